"""``GET /v1/lookup/{prefix}`` and ``POST /v1/lookup``: stored verdicts by short hash prefixes.

The answer depends only on the prefixes asked for (the batch sorts and deduplicates
them), never on who asks or in which order; neither the access log nor anything else
records the prefixes.
"""

from __future__ import annotations

import hashlib
from typing import Any

from flask import request
from werkzeug.wrappers import Response

from extension_api.blueprint import Blueprint
from extension_api.bucket import PREFIX_PATTERN, lookup_bucket, lookup_buckets, normalise_prefix
from extension_api.errors import ApiError
from extension_api.rendering import json_body, json_response
from extension_api.request_schemas import LookupBatchSchema
from extension_api.response_schemas import LookupBatchResultSchema, LookupSchema
from extension_api.services import services

blp = Blueprint(
    "lookup", __name__, url_prefix="/v1", description="Private look-ups of stored verdicts."
)

PREFIX_PARAMETER = {
    "in": "path",
    "name": "prefix",
    "required": True,
    "description": 'First 4–8 hex characters of sha256(platform + ":" + post_id).',
    "schema": {"type": "string", "pattern": PREFIX_PATTERN},
}


@blp.route("/lookup/<prefix>", methods=["GET"], parameters=[PREFIX_PARAMETER])
@blp.response(200, LookupSchema)
def lookup(prefix: str) -> Response:
    """Every current verdict in the prefix's bucket; cacheable, with ``ETag`` and ``304``."""
    bucket = normalise_prefix(prefix)
    if bucket is None:
        raise ApiError(422, "invalid_prefix", "The prefix must be 4 to 8 hex characters.")
    body = json_body({"prefix": bucket, "results": lookup_bucket(services().engine, bucket)})
    response = Response(body, mimetype="application/json")
    response.set_etag(hashlib.sha256(body).hexdigest()[:32])
    response.headers["Cache-Control"] = f"public, max-age={services().config.lookup_max_age}"
    return response.make_conditional(request)


@blp.route("/lookup", methods=["POST"])
@blp.arguments(LookupBatchSchema())
@blp.response(200, LookupBatchResultSchema)
def lookup_batch(data: dict[str, Any]) -> Response:
    """Up to 50 buckets in one request: the same verdicts as one ``GET`` per prefix.

    Lets a client ask about every post on screen at once; the server learns the same
    prefixes as from separate look-ups, only grouped. Not cacheable (a ``POST``).
    """
    prefixes = sorted({prefix.lower() for prefix in data["prefixes"]})
    results = lookup_buckets(services().engine, prefixes)
    return json_response({"prefixes": prefixes, "results": results})
