"""``POST /v1/analyze`` and ``POST /v1/analyze/batch``: the detector over HTTP.

Pure computation: the post is analysed and forgotten — never stored, never logged.
"""

from __future__ import annotations

from typing import Any

from flask import Response

from extension_api.blueprint import Blueprint
from extension_api.errors import ApiError
from extension_api.rendering import json_response, verdict_payload
from extension_api.request_schemas import BatchSchema, PostSchema
from extension_api.response_schemas import BatchResultSchema, VerdictSchema
from extension_api.services import services
from scrapers.detection import Detector
from scrapers.models import Post, Verdict

blp = Blueprint(
    "analyze", __name__, url_prefix="/v1", description="Analyse posts; nothing is stored."
)

_NOT_POST_FIELDS = frozenset({"jurisdiction", "id"})


def post_from_fields(data: dict[str, Any]) -> Post:
    """The validated request fields as the detector's :class:`Post`."""
    values = {k: v for k, v in data.items() if k not in _NOT_POST_FIELDS}
    values.setdefault("text", "")
    return Post.from_dict(values)


def detector_for(jurisdiction: str | None) -> Detector:
    name = jurisdiction or services().config.default_jurisdiction
    try:
        return services().detectors.get(name)
    except (LookupError, ValueError, FileNotFoundError):
        raise ApiError(422, "invalid_fields", f"No rulebook for jurisdiction {name!r}.") from None


def analyze_fields(data: dict[str, Any], default_jurisdiction: str | None = None) -> Verdict:
    detector = detector_for(data.get("jurisdiction") or default_jurisdiction)
    verdict = detector.analyze(post_from_fields(data))
    return verdict.with_id(data["id"]) if "id" in data else verdict


@blp.route("/analyze", methods=["POST"])
@blp.arguments(PostSchema())
@blp.response(200, VerdictSchema)
def analyze(data: dict[str, Any]) -> Response:
    """Analyse one post: the verdict with its evidence."""
    return json_response(verdict_payload(analyze_fields(data)))


@blp.route("/analyze/batch", methods=["POST"])
@blp.arguments(BatchSchema())
@blp.response(200, BatchResultSchema)
def analyze_batch(data: dict[str, Any]) -> Response:
    """Analyse up to 50 posts; results come back in order, each with its ``id`` if it had one."""
    default = data.get("jurisdiction")
    results = [verdict_payload(analyze_fields(item, default)) for item in data["posts"]]
    return json_response({"results": results})
