"""The private look-up: every current verdict whose post's look-up hash starts with a prefix.

The answer depends only on the prefix and the store, never on who asks, so every
requester of a bucket gets the same bytes and any cache in between can serve it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, select

from scrapers.store.schema import Post as PostRow
from scrapers.store.schema import SignalRow
from scrapers.store.schema import Verdict as VerdictRow

PREFIX_PATTERN = r"^[0-9a-fA-F]{4,8}$"
_PREFIX = re.compile(PREFIX_PATTERN)


def normalise_prefix(prefix: str) -> str | None:
    """The lower-case prefix, or ``None`` when it is not 4–8 hex characters.

    >>> normalise_prefix("EDADbec0"), normalise_prefix("abc"), normalise_prefix("zzzz")
    ('edadbec0', None, None)
    """
    return prefix.lower() if _PREFIX.match(prefix) else None


# Built once: statements are immutable, and building them per request cost more than running them.
BUCKET_POSTS = select(PostRow.id, PostRow.lookup_hash).where(
    PostRow.lookup_hash >= bindparam("low"), PostRow.lookup_hash < bindparam("high")
)
CURRENT_VERDICTS = select(
    VerdictRow.id,
    VerdictRow.post_id,
    VerdictRow.verdict,
    VerdictRow.commercial,
    VerdictRow.disclosed,
    VerdictRow.confidence,
    VerdictRow.jurisdiction,
    VerdictRow.rulebook_version,
    VerdictRow.language,
    VerdictRow.explanation,
    VerdictRow.kinds,
    VerdictRow.problems,
    VerdictRow.detector_version,
).where(
    VerdictRow.post_id.in_(bindparam("post_ids", expanding=True)),
    VerdictRow.is_current.is_(True),
)
SIGNALS = (
    select(
        SignalRow.verdict_id,
        SignalRow.family,
        SignalRow.rule,
        SignalRow.text,
        SignalRow.weight,
        SignalRow.start,
        SignalRow.end,
        SignalRow.detail,
    )
    .where(SignalRow.verdict_id.in_(bindparam("verdict_ids", expanding=True)))
    .order_by(SignalRow.id)
)
VERDICT_FIELDS = (
    "verdict", "commercial", "disclosed", "confidence", "jurisdiction", "rulebook_version",
    "language", "explanation", "detector_version",
)  # fmt: skip
SIGNAL_FIELDS = ("family", "rule", "text", "weight", "start", "end", "detail")


def lookup_bucket(engine: Engine, prefix: str) -> dict[str, list[dict[str, Any]]]:
    """Current verdicts in one bucket, keyed by full look-up hash (see :func:`lookup_buckets`)."""
    return lookup_buckets(engine, [prefix])[prefix]


def lookup_buckets(
    engine: Engine, prefixes: Iterable[str]
) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Current verdicts of several buckets: prefix → full look-up hash → verdicts.

    Three small queries rather than one join: each bucket's posts by a range on the
    indexed hash column (``prefix <= hash < prefix + "g"``, usable under any
    collation, unlike ``LIKE``), then the current verdicts of all of them by post id,
    and the verdicts' signals. A join let SQLite's planner start from the far larger
    set of current verdicts. Prefixes are deduplicated and sorted, so the answer
    depends only on the set asked for. Each verdict has the shape of
    :meth:`scrapers.models.Verdict.to_dict`; a post in overlapping buckets appears in each.
    """
    ordered = sorted(set(prefixes))
    with engine.connect() as connection:
        members = {
            prefix: dict(
                connection.execute(BUCKET_POSTS, {"low": prefix, "high": prefix + "g"}).all()
            )
            for prefix in ordered
        }
        hashes = {post_id: full for bucket in members.values() for post_id, full in bucket.items()}
        verdicts = _verdicts_by_post(connection, list(hashes))
    results: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for prefix in ordered:
        found: dict[str, list[dict[str, Any]]] = {}
        for post_id, full in sorted(members[prefix].items(), key=lambda item: item[1]):
            if post_id in verdicts:
                found[full] = verdicts[post_id]
        results[prefix] = found
    return results


def _verdicts_by_post(connection: Connection, post_ids: list[int]) -> dict[int, list[Any]]:
    if not post_ids:
        return {}
    rows = list(connection.execute(CURRENT_VERDICTS, {"post_ids": post_ids}))
    signals = _signals_by_verdict(connection, [row.id for row in rows])
    rows.sort(key=lambda row: (row.post_id, row.jurisdiction, row.id))
    found: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        verdict: dict[str, Any] = {name: getattr(row, name) for name in VERDICT_FIELDS}
        verdict["explanation"] = verdict["explanation"] or ""
        verdict["signals"] = signals.get(row.id, [])
        verdict["kinds"] = list(row.kinds or ())
        verdict["problems"] = list(row.problems or ())
        found.setdefault(row.post_id, []).append(verdict)
    return found


def _signals_by_verdict(connection: Connection, verdict_ids: list[int]) -> dict[int, list[Any]]:
    found: dict[int, list[dict[str, Any]]] = {}
    if verdict_ids:
        for row in connection.execute(SIGNALS, {"verdict_ids": verdict_ids}):
            signal = {name: getattr(row, name) for name in SIGNAL_FIELDS}
            signal["detail"] = signal["detail"] or ""
            found.setdefault(row.verdict_id, []).append(signal)
    return found
