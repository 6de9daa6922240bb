"""``POST /v1/reports`` and ``POST /v1/disputes``: queued for review, answered ``202``.

Both are rate-limited more strictly than reads (see ``limits.py``).
"""

from __future__ import annotations

from typing import Any

from flask import Response, request

from extension_api.blueprint import Blueprint
from extension_api.errors import ApiError
from extension_api.rendering import json_response
from extension_api.request_schemas import DisputeSchema, ReportSchema
from extension_api.response_schemas import AcceptedSchema
from extension_api.services import services
from extension_api.submissions import Submitter, UnknownVerdict, store_dispute, store_report

blp = Blueprint(
    "submissions",
    __name__,
    url_prefix="/v1",
    description="Reports and disputes, queued for human review; never published automatically.",
)


def submitter(data: dict[str, Any]) -> Submitter:
    ip = request.remote_addr or "unknown"
    return Submitter.from_request(data["client_secret"], ip, services().config.secret_salt)


def accepted(submission_id: int) -> Response:
    return json_response({"id": submission_id, "status": "queued"}, status=202)


@blp.route("/reports", methods=["POST"])
@blp.arguments(ReportSchema())
@blp.response(202, AcceptedSchema)
def report(data: dict[str, Any]) -> Response:
    """A reader says "this is an undisclosed ad" or "this label is wrong"."""
    return accepted(store_report(services().engine, data, submitter(data)))


@blp.route("/disputes", methods=["POST"])
@blp.arguments(DisputeSchema())
@blp.response(202, AcceptedSchema)
def dispute(data: dict[str, Any]) -> Response:
    """An account owner or brand contests a verdict (right of reply)."""
    try:
        return accepted(store_dispute(services().engine, data, submitter(data)))
    except UnknownVerdict:
        raise ApiError(404, "not_found", "No stored verdict has this verdict_id.") from None
