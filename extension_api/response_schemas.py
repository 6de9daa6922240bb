"""What the API answers: schemas used to document responses in the OpenAPI document.

Views build their JSON directly (the verdict's own ``to_dict``), so these schemas
cost nothing per request; the schemathesis tests check that what is sent matches
what is documented here.
"""

from __future__ import annotations

from marshmallow import Schema, fields

from extension_api.request_schemas import CLIENT_ID_DOC, ClientId
from scrapers.models import VERDICTS


class ErrorBodySchema(Schema):
    code = fields.String(required=True)
    message = fields.String(required=True)
    field_messages = fields.Raw(
        data_key="fields", metadata={"description": "Per-field messages, on 422."}
    )


class ErrorSchema(Schema):
    error = fields.Nested(ErrorBodySchema, required=True)


class SignalSchema(Schema):
    family = fields.String(required=True)
    rule = fields.String(required=True)
    text = fields.String(required=True)
    weight = fields.Float(required=True)
    start = fields.Integer(required=True, allow_none=True)
    end = fields.Integer(required=True, allow_none=True)
    detail = fields.String(required=True)


class VerdictSchema(Schema):
    """The verdict object of the design brief."""

    id = ClientId(metadata=CLIENT_ID_DOC)
    verdict = fields.String(required=True, metadata={"enum": list(VERDICTS)})
    commercial = fields.Boolean(required=True)
    disclosed = fields.Boolean(required=True)
    confidence = fields.Float(required=True)
    signals = fields.List(fields.Nested(SignalSchema), required=True)
    jurisdiction = fields.String(required=True)
    rulebook_version = fields.String(required=True)
    language = fields.String(required=True)
    explanation = fields.String(required=True)
    kinds = fields.List(fields.String(), required=True)
    problems = fields.List(fields.String(), required=True)
    detector_version = fields.String(required=True)


class BatchResultSchema(Schema):
    results = fields.List(fields.Nested(VerdictSchema), required=True)


class LookupBatchResultSchema(Schema):
    prefixes = fields.List(
        fields.String(),
        required=True,
        metadata={"description": "The prefixes asked for: lower-case, sorted, without repeats."},
    )
    results = fields.Dict(
        keys=fields.String(),
        values=fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(VerdictSchema))),
        required=True,
        metadata={
            "description": "Per prefix, as in the single look-up: current verdicts keyed by "
            "the post's full look-up hash (an empty object for an empty bucket)."
        },
    )


class LookupSchema(Schema):
    prefix = fields.String(required=True)
    results = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.Nested(VerdictSchema)),
        required=True,
        metadata={"description": "Current verdicts keyed by the post's full look-up hash."},
    )


class RateSchema(Schema):
    count = fields.Integer(required=True)
    total = fields.Integer(required=True)
    rate = fields.Float(required=True, allow_none=True)
    ci_low = fields.Float(required=True, allow_none=True)
    ci_high = fields.Float(required=True, allow_none=True)


class CountsSchema(Schema):
    scanned = fields.Integer(required=True)
    commercial = fields.Integer(required=True)
    disclosed = fields.Integer(required=True)
    unclear_disclosure = fields.Integer(required=True)
    undisclosed = fields.Integer(required=True)


class RatesSchema(Schema):
    commercial = fields.Nested(RateSchema, required=True)
    disclosed = fields.Nested(RateSchema, required=True)
    unclear_disclosure = fields.Nested(RateSchema, required=True)
    undisclosed = fields.Nested(RateSchema, required=True)


class RecordSchema(Schema):
    """Shared shape of an account's and a brand's disclosure record."""

    jurisdiction = fields.String(required=True)
    counts = fields.Nested(CountsSchema, required=True)
    rates = fields.Nested(
        RatesSchema,
        required=True,
        metadata={"description": "commercial over scanned; the others over commercial posts."},
    )
    first_seen = fields.String(required=True, allow_none=True)
    last_seen = fields.String(required=True, allow_none=True)
    site_url = fields.String(required=True, allow_none=True)


class AccountRecordSchema(RecordSchema):
    platform = fields.String(required=True)
    handle = fields.String(required=True)
    display_name = fields.String(required=True, allow_none=True)
    tier = fields.String(required=True, allow_none=True)


class BrandRecordSchema(RecordSchema):
    slug = fields.String(required=True)
    name = fields.String(required=True)
    matching = fields.String(required=True)


class AuditReportSchema(Schema):
    """The report of ``scrapers.audit`` (the same as ``transparant audit --format json``)."""

    brand = fields.Dict(required=True)
    jurisdiction = fields.String(required=True)
    since = fields.String(required=True, allow_none=True)
    generated_at = fields.String(required=True)
    summary = fields.Dict(required=True)
    creators = fields.List(fields.Dict(), required=True)
    fix_first = fields.List(fields.Dict(), required=True)
    campaign = fields.Dict(required=True, allow_none=True)
    wording = fields.String(required=True)


class AcceptedSchema(Schema):
    id = fields.Integer(required=True)
    status = fields.String(required=True)


class HealthSchema(Schema):
    status = fields.String(required=True)


class VersionSchema(Schema):
    package = fields.String(required=True)
    detector = fields.String(required=True)
    rulebooks = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    schema = fields.String(required=True, allow_none=True)
    api = fields.String(required=True)
