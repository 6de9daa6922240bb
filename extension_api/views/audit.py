"""``GET /v1/brands/{slug}/audit``: a brand's self-audit, for holders of that brand's token.

The token (``Authorization: Bearer tpb_…``, made by ``transparant brand token``) is
checked by :func:`scrapers.audit.tokens.verify_brand_token` against a slow salted
hash; a wrong token, another brand's token and an unknown brand all get the same
401, so the endpoint does not reveal which brands exist. Rate-limited like reports.
"""

from __future__ import annotations

from typing import Any

from flask import Response, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from extension_api.blueprint import Blueprint
from extension_api.errors import ApiError
from extension_api.rendering import json_response
from extension_api.request_schemas import AuditQuerySchema
from extension_api.response_schemas import AuditReportSchema
from extension_api.services import services
from scrapers.audit.matching import BrandSpec
from scrapers.audit.service import audit_brand
from scrapers.audit.tokens import verify_brand_token
from scrapers.store.schema import Brand

blp = Blueprint(
    "audit", __name__, url_prefix="/v1", description="Brand self-audits (per-brand token)."
)

SECURITY_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "description": "A per-brand token, tpb_<id>_<secret>, from `transparant brand token`.",
}


def bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def unauthorized() -> ApiError:
    return ApiError(
        401,
        "unauthorized",
        "A valid token for this brand is required.",
        {"WWW-Authenticate": 'Bearer realm="transparant-brand-audit"'},
    )


@blp.route("/brands/<slug>/audit", methods=["GET"])
@blp.arguments(AuditQuerySchema(), location="query")
@blp.response(200, AuditReportSchema)
@blp.doc(security=[{"brandToken": []}])
def brand_audit(query: dict[str, Any], slug: str) -> Response:
    """Which creators' posts about the brand disclosed, which did not, with evidence."""
    jurisdiction = query.get("jurisdiction") or services().config.default_jurisdiction
    with Session(services().engine) as session:
        if not verify_brand_token(session, slug, bearer_token()):
            raise unauthorized()
        row = session.scalars(select(Brand).where(Brand.slug == slug)).first()
        if row is None:  # the token was valid a moment ago: the brand was just removed
            raise unauthorized()
        report = audit_brand(session, BrandSpec.from_row(row), query.get("since"), jurisdiction)
    return json_response(report.to_dict())
