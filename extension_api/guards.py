"""Checks every request body passes before a view sees it: size, content type, JSON syntax.

They run first so that hostile bodies fail fast with the right status: 413 over
the size limit (checked on the declared length before reading, and on what was
read for chunked bodies), 415 for anything but JSON, 400 for bytes that
are not UTF-8 JSON or nest deeper than the parser can follow.
"""

from __future__ import annotations

import json

from flask import Flask, current_app, g, request

from extension_api.errors import ApiError

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
PARSED_BODY = "parsed_body"
"""Where the parsed body is kept in ``flask.g`` for the argument parser."""


def is_json_mimetype(mimetype: str) -> bool:
    """``application/json`` or any ``application/*+json``.

    >>> is_json_mimetype("application/json"), is_json_mimetype("application/problem+json")
    (True, True)
    >>> is_json_mimetype("text/plain")
    False
    """
    return mimetype == "application/json" or (
        mimetype.startswith("application/") and mimetype.endswith("+json")
    )


def check_body() -> None:
    """Reject a body that is too large, not JSON, or not parseable, before any view runs."""
    if request.method not in BODY_METHODS or request.url_rule is None:
        return
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is not None and request.content_length > limit:
        raise ApiError(413, "payload_too_large", f"The body is over {limit} bytes.")
    if not is_json_mimetype(request.mimetype):
        raise ApiError(415, "unsupported_media_type", "Send the body as application/json.")
    data = request.get_data(cache=True)
    if request.content_length is None and len(data) >= limit:
        # A chunked body is cut at the limit by Werkzeug's stream, not refused: refuse it here.
        raise ApiError(413, "payload_too_large", f"The body is over {limit} bytes.")
    try:
        setattr(g, PARSED_BODY, json.loads(data))
    except RecursionError:
        raise ApiError(400, "malformed_json", "The JSON body is nested too deeply.") from None
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        raise ApiError(400, "malformed_json", "The body is not valid UTF-8 JSON.") from None


def install_guards(app: Flask) -> None:
    app.before_request(check_body)
