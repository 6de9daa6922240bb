"""Security headers on every response, and CORS closed unless an origin is allow-listed.

The browser extension calls from its service worker, which needs no CORS; only
the transparency site's own origin (``CORS_ORIGINS``) may read responses from a page.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, Response, request

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Permissions-Policy", "interest-cohort=()"),
    ("Strict-Transport-Security", "max-age=63072000"),
)
CORS_METHODS = "GET, POST, OPTIONS"
CORS_HEADERS = "Content-Type, If-None-Match"
CORS_MAX_AGE = "86400"


def add_security_headers(response: Response) -> Response:
    """Added, not set: no view sets these (``setdefault`` raised a KeyError per header)."""
    response.headers.extend(SECURITY_HEADERS)
    if "Cache-Control" not in response.headers:
        response.headers["Cache-Control"] = "no-store"
    return response


def make_cors_handler(origins: tuple[str, ...]) -> Callable[[Response], Response]:
    """An ``after_request`` hook that allows exactly the listed origins, nothing else."""
    allowed = frozenset(origins)

    def add_cors_headers(response: Response) -> Response:
        origin = request.headers.get("Origin")
        response.vary.add("Origin")
        if origin is None or origin not in allowed:
            return response
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Expose-Headers"] = "ETag, Retry-After"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
            response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
            response.headers["Access-Control-Max-Age"] = CORS_MAX_AGE
        return response

    return add_cors_headers


def install_headers(app: Flask, cors_origins: tuple[str, ...]) -> None:
    app.after_request(add_security_headers)
    app.after_request(make_cors_handler(cors_origins))
