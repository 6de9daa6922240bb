"""What clients may send: marshmallow schemas that validate bodies and generate the OpenAPI.

Every string and list has an upper bound, so a valid request is a bounded amount of
work, and unknown fields are rejected (422) rather than silently ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

from extension_api.bucket import PREFIX_PATTERN
from scrapers.models import PLATFORMS

JURISDICTIONS: tuple[str, ...] = ("nl", "be", "us", "uk", "de", "fr", "eu")
"""The rulebooks of the design brief; a request naming another gets a 422."""
MAX_BATCH = 50
MAX_LINKS = 500
MAX_TEXT = 100_000
REPORT_KINDS: tuple[str, ...] = ("undisclosed_ad", "wrong_label", "other")
DISPUTE_ROLES: tuple[str, ...] = ("account_owner", "brand")
JS_SAFE_INTEGER = 2**53 - 1


STORABLE_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$"
"""No NUL or other C0 controls (tab and newlines are fine), stated as a pattern so the
OpenAPI document says it too; ``\\xHH`` escapes read the same in Python, ECMA and Rust."""


def _no_lone_surrogates(value: str) -> str:
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise ValidationError("Unpaired surrogates are not allowed.")
    return value


def storable_text(max_length: int, min_length: int = 0) -> list[Callable[[str], Any]]:
    """Validators for text that will be stored: PostgreSQL refuses NUL and lone surrogates.

    >>> [v("Gekregen van @merk\\n#adv") for v in storable_text(100)][-1]
    'Gekregen van @merk\\n#adv'
    >>> storable_text(100)[1]("a\\x00b")
    Traceback (most recent call last):
    ...
    marshmallow.exceptions.ValidationError: Control characters are not allowed.
    """
    return [
        validate.Length(min=min_length, max=max_length),
        validate.Regexp(
            STORABLE_PATTERN,
            error="Control characters are not allowed.",
        ),
        _no_lone_surrogates,
    ]


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
    """One post to analyse; nothing is stored or logged."""

    text = _string(
        MAX_TEXT,
        required=True,
        metadata={"description": "Caption, description or article body; may be empty with html."},
    )
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


class LookupBatchSchema(Schema):
    """Up to 50 hash prefixes, looked up together; lengths may differ (each is its own bucket)."""

    prefixes = fields.List(
        fields.String(
            validate=validate.Regexp(PREFIX_PATTERN, error="Expected 4 to 8 hex characters."),
        ),
        required=True,
        validate=validate.Length(min=1, max=MAX_BATCH),
        metadata={
            "description": 'First 4–8 hex characters of sha256(platform + ":" + post_id), '
            "each; case and order do not matter and repeats count once."
        },
    )


class SubmissionSchema(Schema):
    """Shared by reports and disputes: which post, and who (as a random client secret)."""

    platform = fields.String(required=True, validate=validate.OneOf(PLATFORMS))
    post_ref = fields.String(
        required=True,
        validate=storable_text(512, 1),
        metadata={"description": "The post id on its platform, its URL, or its look-up hash."},
    )
    client_secret = fields.String(
        required=True,
        load_only=True,
        validate=storable_text(256, 16),
        metadata={"description": "A random secret the client keeps; stored only as a slow hash."},
    )


class ReportSchema(SubmissionSchema):
    kind = fields.String(required=True, validate=validate.OneOf(REPORT_KINDS))
    note = fields.String(load_default="", validate=storable_text(2000))


class DisputeSchema(SubmissionSchema):
    role = fields.String(required=True, validate=validate.OneOf(DISPUTE_ROLES))
    statement = fields.String(required=True, validate=storable_text(5000, 1))
    verdict_id = fields.Integer(strict=True, validate=validate.Range(1, JS_SAFE_INTEGER))


class RecordQuerySchema(Schema):
    jurisdiction = fields.String(validate=validate.OneOf(JURISDICTIONS))


class AuditQuerySchema(RecordQuerySchema):
    since = fields.Date(metadata={"description": "Only posts published on or after this day."})
