"""``GET /v1/health`` and ``GET /v1/version``: is it up, and which detector and rules answer."""

from __future__ import annotations

from flask import Response

from extension_api.blueprint import Blueprint
from extension_api.rendering import json_response
from extension_api.response_schemas import HealthSchema, VersionSchema
from extension_api.services import services
from extension_api.versions import rulebook_versions, store_schema_version
from scrapers.version import DETECTOR_VERSION, PACKAGE_VERSION

blp = Blueprint("meta", __name__, url_prefix="/v1", description="Health and versions.")

API_VERSION = "v1"


@blp.route("/health", methods=["GET"])
@blp.response(200, HealthSchema)
def health() -> Response:
    """Liveness: answers without touching the store (the load balancer's check)."""
    return json_response({"status": "ok"})


@blp.route("/version", methods=["GET"])
@blp.response(200, VersionSchema)
def version() -> Response:
    """Package, detector, rulebook and store-schema versions, so results can be traced."""
    return json_response(
        {
            "api": API_VERSION,
            "package": PACKAGE_VERSION,
            "detector": DETECTOR_VERSION,
            "rulebooks": rulebook_versions(services().detectors),
            "schema": store_schema_version(services().engine),
        }
    )
