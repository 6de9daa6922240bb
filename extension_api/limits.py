"""Rate limits per client IP with Flask-Limiter: in memory by default, Redis by URL.

Several gunicorn workers must share one Redis, or each worker counts alone.
Reports and disputes get stricter limits than reads; ``RATE_LIMITS=off`` turns
everything off for benchmarks and trusted private deployments. If the limiter's
storage fails, requests are served with an in-memory fallback rather than errors.
"""

from __future__ import annotations

from flask import Blueprint, Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from extension_api.config import ApiConfig


def install_limiter(
    app: Flask, config: ApiConfig, strict: list[Blueprint], exempt: list[Blueprint]
) -> Limiter:
    limiter = Limiter(
        get_remote_address,
        app=app,
        default_limits=[config.default_limits],
        storage_uri=config.ratelimit_storage_uri,
        headers_enabled=True,
        swallow_errors=True,
        in_memory_fallback_enabled=True,
        key_prefix=config.ratelimit_key_prefix,
        enabled=config.rate_limits,
    )
    for blueprint in strict:
        limiter.limit(config.submission_limits)(blueprint)
    for blueprint in exempt:
        limiter.exempt(blueprint)
    return limiter
