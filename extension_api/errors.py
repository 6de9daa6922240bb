"""Every error the API returns is JSON ``{"error": {"code", "message"}}`` with the right status.

No traceback and no HTML page ever leaves the server: HTTP errors raised by Flask,
Werkzeug, webargs (validation) and Flask-Limiter (429) are all rendered here, and
anything unexpected becomes a plain 500 whose details go only to the server log.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException, InternalServerError

LOG = logging.getLogger("transparant.api")

CODES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "The request could not be read."),
    401: ("unauthorized", "Authentication is required."),
    403: ("forbidden", "Not allowed."),
    404: ("not_found", "No such resource."),
    405: ("method_not_allowed", "This method is not allowed here."),
    413: ("payload_too_large", "The request body is over the size limit."),
    415: ("unsupported_media_type", "Send the body as application/json."),
    422: ("invalid_fields", "Some fields are invalid."),
    429: ("rate_limited", "Too many requests; slow down and retry later."),
    500: ("internal_error", "Something went wrong on our side."),
}


class ApiError(HTTPException):
    """An error with an explicit code and message, raised by the API's own checks."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(description=message)
        self.code = status
        self.error_code = code
        self.extra_headers = dict(headers or {})

    def get_headers(self, *args: Any, **kwargs: Any) -> list[tuple[str, str]]:
        return [*super().get_headers(*args, **kwargs), *self.extra_headers.items()]


def error_response(
    status: int, code: str | None = None, message: str | None = None, **extra: Any
) -> Response:
    """The JSON error body for ``status``; unknown statuses get a generic code."""
    default_code, default_message = CODES.get(status, ("error", "The request failed."))
    body: dict[str, Any] = {"code": code or default_code, "message": message or default_message}
    body.update(extra)
    response = jsonify(error=body)
    response.status_code = status
    return response


def handle_http_exception(error: HTTPException) -> Response:
    """Render any ``HTTPException`` (ours, Werkzeug's, webargs', Flask-Limiter's) as JSON."""
    status = error.code or 500
    if isinstance(error, ApiError):
        response = error_response(status, error.error_code, error.description)
    elif status == 422:
        response = error_response(422, fields=_validation_messages(error))
    elif status == 400 and _is_json_error(error):
        response = error_response(400, "malformed_json", "The body is not valid JSON.")
    else:
        response = error_response(status)
    for name, value in error.get_headers():
        if name.lower() not in {"content-type", "content-length"}:
            response.headers[name] = value
    return response


def handle_unexpected(error: Exception) -> Response:
    """Log the real cause privately; tell the client only that it failed."""
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    LOG.error("unhandled error: %s", type(error).__name__, exc_info=error)
    return handle_http_exception(InternalServerError())


def register_error_handlers(app: Flask) -> None:
    """Install the JSON handlers; call after flask-smorest so ours take precedence."""
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(Exception, handle_unexpected)


def _validation_messages(error: HTTPException) -> Any:
    data = getattr(error, "data", None) or {}
    messages = data.get("messages", {})
    # webargs nests messages by location; the location is noise for a client.
    if isinstance(messages, dict) and len(messages) == 1:
        only = next(iter(messages.values()))
        if isinstance(only, dict | list):
            return only
    return messages


def _is_json_error(error: HTTPException) -> bool:
    data = getattr(error, "data", None) or {}
    messages = data.get("messages", {})
    return isinstance(messages, dict) and "json" in messages
