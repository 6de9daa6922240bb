"""A structured access log: one JSON line per request, never a body, query string or IP.

Fields: method, the route *template* (``/v1/lookup/<prefix>``, not the prefix the
client asked for, so a log cannot tell which post was looked up), status and
duration in milliseconds.
"""

from __future__ import annotations

import json
import logging
import time

from flask import Flask, Response, g, request

LOG = logging.getLogger("transparant.access")


def start_timer() -> None:
    g.started = time.perf_counter()


def log_request(response: Response) -> Response:
    started = g.get("started")
    duration = (time.perf_counter() - started) * 1000 if started is not None else None
    rule = request.url_rule
    LOG.info(
        json.dumps(
            {
                "method": request.method,
                "path": rule.rule if rule is not None else "<unmatched>",
                "status": response.status_code,
                "duration_ms": round(duration, 2) if duration is not None else None,
            },
            separators=(",", ":"),
        )
    )
    return response


def install_access_log(app: Flask) -> None:
    """Log every request; a handler is added only when the logger has none (e.g. gunicorn)."""
    if not LOG.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        LOG.addHandler(handler)
        LOG.setLevel(logging.INFO)
        LOG.propagate = False
    app.before_request(start_timer)
    app.after_request(log_request)
