"""The private look-up: every current verdict whose post's look-up hash starts with a prefix.

The answer depends only on the prefix and the store, never on who asks, so every
requester of a bucket gets the same bytes and any cache in between can serve it.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload

from scrapers.models import Signal, Verdict
from scrapers.store.schema import Post as PostRow
from scrapers.store.schema import Verdict as VerdictRow

PREFIX_PATTERN = r"^[0-9a-fA-F]{4,8}$"
_PREFIX = re.compile(PREFIX_PATTERN)


def normalise_prefix(prefix: str) -> str | None:
    """The lower-case prefix, or ``None`` when it is not 4–8 hex characters.

    >>> normalise_prefix("EDADbec0"), normalise_prefix("abc"), normalise_prefix("zzzz")
    ('edadbec0', None, None)
    """
    return prefix.lower() if _PREFIX.match(prefix) else None


def verdict_from_row(row: VerdictRow) -> Verdict:
    """A stored verdict as the model the detector returns, evidence included."""
    return Verdict(
        verdict=row.verdict,
        commercial=row.commercial,
        disclosed=row.disclosed,
        confidence=row.confidence,
        signals=tuple(
            Signal(s.family, s.rule, s.text, s.weight, s.start, s.end, s.detail or "")
            for s in row.signals
        ),
        jurisdiction=row.jurisdiction,
        rulebook_version=row.rulebook_version,
        language=row.language,
        explanation=row.explanation or "",
        kinds=tuple(row.kinds or ()),
        problems=tuple(row.problems or ()),
        detector_version=row.detector_version,
    )


def lookup_bucket(engine: Engine, prefix: str) -> dict[str, list[dict[str, object]]]:
    """Current verdicts in the bucket, keyed by full look-up hash, in a stable order.

    A range on the indexed column (``prefix <= hash < prefix + "g"``) rather than
    ``LIKE`` keeps the index usable under any PostgreSQL collation.
    """
    query = (
        select(PostRow.lookup_hash, VerdictRow)
        .join(VerdictRow, VerdictRow.post_id == PostRow.id)
        .where(PostRow.lookup_hash >= prefix, PostRow.lookup_hash < prefix + "g")
        .where(VerdictRow.is_current.is_(True))
        .options(selectinload(VerdictRow.signals))
        .order_by(PostRow.lookup_hash, VerdictRow.jurisdiction, VerdictRow.id)
    )
    results: dict[str, list[dict[str, object]]] = {}
    with Session(engine) as session:
        for lookup_hash, row in session.execute(query):
            results.setdefault(lookup_hash, []).append(verdict_from_row(row).to_dict())
    return results
