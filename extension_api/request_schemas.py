"""What clients may send: marshmallow schemas that validate bodies and generate the OpenAPI.

Every string and list has an upper bound, so a valid request is a bounded amount of
work, and unknown fields are rejected (422) rather than silently ignored.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from scrapers.models import PLATFORMS

JURISDICTIONS: tuple[str, ...] = ("nl", "be", "us", "uk", "de", "fr", "eu")
"""The rulebooks of the design brief; a request naming another gets a 422."""
MAX_BATCH = 50
MAX_LINKS = 500
MAX_TEXT = 100_000
REPORT_KINDS: tuple[str, ...] = ("undisclosed_ad", "wrong_label", "other")
DISPUTE_ROLES: tuple[str, ...] = ("account_owner", "brand")
JS_SAFE_INTEGER = 2**53 - 1


def check_storable_text(value: str) -> None:
    """Reject text a database cannot store faithfully: NUL, other C0 controls, lone surrogates.

    >>> check_storable_text("Gekregen van @merk\\n#adv")
    >>> check_storable_text("a\\x00b")
    Traceback (most recent call last):
    ...
    marshmallow.exceptions.ValidationError: Control characters are not allowed.
    """
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise ValidationError("Control characters are not allowed.")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise ValidationError("Unpaired surrogates are not allowed.")


class ClientId(fields.Field):
    """A caller's own id for a batch item, echoed back: a string or a JS-safe integer."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if isinstance(value, str) and len(value) <= 128:
            return value
        is_integer = isinstance(value, int) and not isinstance(value, bool)
        if is_integer and abs(value) <= JS_SAFE_INTEGER:
            return value
        raise ValidationError("Expected a string of at most 128 characters or a safe integer.")


CLIENT_ID_DOC = {
    "oneOf": [
        {"type": "string", "maxLength": 128},
        {"type": "integer", "minimum": -JS_SAFE_INTEGER, "maximum": JS_SAFE_INTEGER},
    ]
}


def _string(max_length: int, **kwargs: Any) -> fields.String:
    return fields.String(validate=validate.Length(max=max_length), **kwargs)


def _string_list(max_items: int, max_length: int) -> fields.List:
    return fields.List(
        fields.String(validate=validate.Length(max=max_length)),
        validate=validate.Length(max=max_items),
    )


class PostSchema(Schema):
    """One post to analyse. ``text`` or ``html`` is required; nothing is stored or logged."""

    text = _string(MAX_TEXT, metadata={"description": "Caption, description or article body."})
    html = _string(MAX_TEXT, metadata={"description": "The page, when analysing a web page."})
    url = _string(2048)
    platform = fields.String(validate=validate.OneOf(PLATFORMS), load_default="unknown")
    post_id = _string(512)
    author = _string(255)
    title = _string(1000)
    language = fields.String(
        validate=validate.Regexp(r"^[a-z]{2}$"), metadata={"description": "ISO 639-1 code."}
    )
    links = _string_list(MAX_LINKS, 2048)
    native_labels = _string_list(20, 200)
    tagged = _string_list(100, 255)
    follower_count = fields.Integer(strict=True, validate=validate.Range(0, JS_SAFE_INTEGER))
    published = _string(64)
    jurisdiction = fields.String(validate=validate.OneOf(JURISDICTIONS))

    @validates_schema
    def _needs_content(self, data: dict[str, Any], **kwargs: Any) -> None:
        if "text" not in data and "html" not in data:
            raise ValidationError("Send text or html.", "text")


class BatchItemSchema(PostSchema):
    id = ClientId(metadata=CLIENT_ID_DOC)


class BatchSchema(Schema):
    """Up to 50 posts; ``jurisdiction`` applies to items that do not name their own."""

    posts = fields.List(
        fields.Nested(BatchItemSchema),
        required=True,
        validate=validate.Length(min=1, max=MAX_BATCH),
    )
    jurisdiction = fields.String(validate=validate.OneOf(JURISDICTIONS))


class SubmissionSchema(Schema):
    """Shared by reports and disputes: which post, and who (as a random client secret)."""

    platform = fields.String(required=True, validate=validate.OneOf(PLATFORMS))
    post_ref = fields.String(
        required=True,
        validate=[validate.Length(min=1, max=512), check_storable_text],
        metadata={"description": "The post id on its platform, its URL, or its look-up hash."},
    )
    client_secret = fields.String(
        required=True,
        load_only=True,
        validate=[validate.Length(min=16, max=256), check_storable_text],
        metadata={"description": "A random secret the client keeps; stored only as a slow hash."},
    )


class ReportSchema(SubmissionSchema):
    kind = fields.String(required=True, validate=validate.OneOf(REPORT_KINDS))
    note = fields.String(load_default="", validate=[validate.Length(max=2000), check_storable_text])


class DisputeSchema(SubmissionSchema):
    role = fields.String(required=True, validate=validate.OneOf(DISPUTE_ROLES))
    statement = fields.String(
        required=True, validate=[validate.Length(min=1, max=5000), check_storable_text]
    )
    verdict_id = fields.Integer(strict=True, validate=validate.Range(1, JS_SAFE_INTEGER))


class RecordQuerySchema(Schema):
    jurisdiction = fields.String(validate=validate.OneOf(JURISDICTIONS))
