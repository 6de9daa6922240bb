"""The API's settings: from the caller's mapping, then ``TRANSPARANT_*`` variables, then defaults.

Settings are read once, when the app is made, into a frozen :class:`ApiConfig`,
so a running server never changes behaviour because the environment did.

>>> cfg = load_config({"RATE_LIMITS": "off", "CORS_ORIGINS": "https://a.example, https://b"},
...                   environ={})
>>> cfg.rate_limits, cfg.cors_origins, cfg.max_content_length
(False, ('https://a.example', 'https://b'), 262144)
>>> load_config({}, environ={"TRANSPARANT_MAX_CONTENT_LENGTH": "1024"}).max_content_length
1024
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ENV_PREFIX = "TRANSPARANT_"
DEFAULT_MAX_CONTENT_LENGTH = 256 * 1024


@dataclass(frozen=True, slots=True)
class ApiConfig:
    """Everything ``create_app`` needs to know; see README.md for each key."""

    database_url: str | None
    """``None`` means :func:`scrapers.store.database.resolve_database_url` picks it."""
    rate_limits: bool
    ratelimit_storage_uri: str
    default_limits: str
    """Flask-Limiter syntax, per client IP, for every endpoint."""
    submission_limits: str
    """Stricter limits for ``POST /v1/reports`` and ``POST /v1/disputes``."""
    max_content_length: int
    cors_origins: tuple[str, ...]
    site_url: str
    secret_salt: str
    """Salt of IP hashes and client-secret hashes; random per process when not set."""
    secret_salt_is_random: bool
    default_jurisdiction: str
    access_log: bool
    lookup_max_age: int
    """Seconds a look-up bucket may be cached by the client and shared caches."""
    ratelimit_key_prefix: str
    """Namespace of the limiter's keys, so deployments can share one Redis."""
    proxy_count: int
    """How many trusted reverse proxies set ``X-Forwarded-For`` (0: use the socket address)."""


def load_config(
    config: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> ApiConfig:
    """Merge ``config`` over ``TRANSPARANT_<KEY>`` variables over defaults."""
    env = os.environ if environ is None else environ
    given = dict(config or {})

    def get(key: str, default: Any = None) -> Any:
        if key in given and given[key] is not None:
            return given[key]
        return env.get(ENV_PREFIX + key, default)

    salt = get("SECRET_SALT")
    return ApiConfig(
        database_url=get("DATABASE_URL") or None,
        rate_limits=_flag(get("RATE_LIMITS", "on")),
        ratelimit_storage_uri=str(get("RATELIMIT_STORAGE_URI", "memory://")),
        default_limits=str(get("DEFAULT_LIMITS", "600/minute")),
        submission_limits=str(get("SUBMISSION_LIMITS", "10/minute;60/hour")),
        max_content_length=int(get("MAX_CONTENT_LENGTH", DEFAULT_MAX_CONTENT_LENGTH)),
        cors_origins=_origins(get("CORS_ORIGINS", "")),
        site_url=str(get("SITE_URL", "https://transparant.example")).rstrip("/"),
        secret_salt=str(salt) if salt else secrets.token_hex(32),
        secret_salt_is_random=not salt,
        default_jurisdiction=str(get("DEFAULT_JURISDICTION", "nl")).lower(),
        access_log=_flag(get("ACCESS_LOG", "on")),
        lookup_max_age=int(get("LOOKUP_MAX_AGE", 300)),
        ratelimit_key_prefix=str(get("RATELIMIT_KEY_PREFIX", "transparant")),
        proxy_count=int(get("PROXY_COUNT", 0)),
    )


def _flag(value: Any) -> bool:
    """``on``/``off`` (and the usual spellings of true and false) as a bool."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"on", "true", "1", "yes"}:
        return True
    if text in {"off", "false", "0", "no"}:
        return False
    raise ValueError(f"expected on or off, got {value!r}")


def _origins(value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(item.strip().rstrip("/") for item in items if item and item.strip())
