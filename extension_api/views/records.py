"""``GET /v1/accounts/{platform}/{handle}`` and ``GET /v1/brands/{slug}``: disclosure records."""

from __future__ import annotations

from typing import Any

from flask import Response

from extension_api.blueprint import Blueprint
from extension_api.errors import ApiError
from extension_api.records import account_record, brand_record
from extension_api.rendering import json_response
from extension_api.request_schemas import RecordQuerySchema
from extension_api.response_schemas import AccountRecordSchema, BrandRecordSchema
from extension_api.services import services

blp = Blueprint(
    "records", __name__, url_prefix="/v1", description="Disclosure records of accounts and brands."
)

RECORD_MAX_AGE = 300


def record_response(record: dict[str, Any] | None, what: str) -> Response:
    if record is None:
        raise ApiError(404, "not_found", f"No such {what} in the store.")
    response = json_response(record)
    response.headers["Cache-Control"] = f"public, max-age={RECORD_MAX_AGE}"
    return response


def _jurisdiction(query: dict[str, Any]) -> str:
    return str(query.get("jurisdiction") or services().config.default_jurisdiction)


@blp.route("/accounts/<platform>/<handle>", methods=["GET"])
@blp.arguments(RecordQuerySchema(), location="query")
@blp.response(200, AccountRecordSchema)
def account(query: dict[str, Any], platform: str, handle: str) -> Response:
    """An account's posts scanned, commercial, disclosed, unclear and undisclosed, with rates."""
    config = services().config
    record = account_record(
        services().engine, platform.lower(), handle, _jurisdiction(query), config.site_url
    )
    return record_response(record, "account")


@blp.route("/brands/<slug>", methods=["GET"])
@blp.arguments(RecordQuerySchema(), location="query")
@blp.response(200, BrandRecordSchema)
def brand(query: dict[str, Any], slug: str) -> Response:
    """The same record over posts about a brand (matched by handle, name or domain)."""
    config = services().config
    record = brand_record(services().engine, slug, _jurisdiction(query), config.site_url)
    return record_response(record, "brand")
