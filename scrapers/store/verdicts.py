"""Verdicts and their evidence, with history: rows are added and flagged, never overwritten.

A verdict row is identified by (post, jurisdiction, rulebook version, detector
version, content hash).  Re-evaluating a post gives the same key → nothing is
written; a changed post or a new rulebook/detector gives a new key → a new row
becomes current and the old one stays as history (or, when a post returns to an
earlier state, that earlier row becomes current again).

Writes are planned for a whole batch of posts and sent as a handful of
multi-row statements, because a rescan of millions of posts is bound by round
trips to the database, not by the database itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, bindparam, false, select, true
from sqlalchemy.orm import Session

from scrapers.models import Signal, Verdict
from scrapers.store.schema import SignalRow, utcnow
from scrapers.store.schema import Verdict as VerdictRow

VERDICTS: Table = VerdictRow.__table__  # type: ignore[assignment]
SIGNALS: Table = SignalRow.__table__  # type: ignore[assignment]
_RETIRE = (
    VERDICTS.update()
    .where(
        VERDICTS.c.post_id == bindparam("row_id"),
        VERDICTS.c.jurisdiction == bindparam("code"),
        VERDICTS.c.is_current == true(),
    )
    .values(is_current=False)
)
_REVIVE = VERDICTS.update().where(VERDICTS.c.id == bindparam("verdict_row")).values(is_current=True)
_INSERT = VERDICTS.insert().returning(VERDICTS.c.id, sort_by_parameter_order=True)
_INSERT_SIGNALS = SIGNALS.insert()


class VerdictKey(NamedTuple):
    """What makes two evaluations of one post in one jurisdiction the same."""

    rulebook_version: str
    detector_version: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class VerdictJob:
    """The verdicts of one post to record; ``new_post`` skips looking for earlier ones."""

    post_row_id: int
    content_hash: str
    verdicts: Sequence[Verdict]
    new_post: bool = False


def record_verdicts(
    session: Session,
    post_row_id: int,
    content_hash: str,
    verdicts: Sequence[Verdict],
    *,
    new_post: bool = False,
) -> int:
    """Store each verdict unless the same evaluation is already current; returns rows written."""
    job = VerdictJob(post_row_id, content_hash, verdicts, new_post)
    return record_verdict_batch(session, [job])[0]


def record_verdict_batch(session: Session, jobs: Sequence[VerdictJob]) -> list[int]:
    """Record the verdicts of many posts at once; returns the rows written per job.

    A post that appears twice is recorded in order (the second sees the first).
    """
    connection = session.connection()
    written: list[int] = []
    for chunk in _chunks_of_distinct_posts(jobs):
        written.extend(_record_chunk(connection, chunk))
    return written


def _record_chunk(connection: Connection, jobs: Sequence[VerdictJob]) -> list[int]:
    existing = {job.post_row_id for job in jobs if job.verdicts and not job.new_post}
    current = _current_keys(connection, sorted(existing))
    retire: list[dict[str, Any]] = []
    wanted: list[tuple[int, VerdictKey, Verdict]] = []
    written = []
    for job in jobs:
        count = 0
        for verdict in job.verdicts:
            key = VerdictKey(verdict.rulebook_version, verdict.detector_version, job.content_hash)
            held = current.get((job.post_row_id, verdict.jurisdiction))
            if held == key:
                continue
            if held is not None:
                retire.append({"row_id": job.post_row_id, "code": verdict.jurisdiction})
            wanted.append((job.post_row_id, key, verdict))
            count += 1
        written.append(count)
    if retire:
        connection.execute(_RETIRE, retire)
    _make_current(connection, wanted, {post for post, _, _ in wanted if post in existing})
    return written


def _chunks_of_distinct_posts(jobs: Sequence[VerdictJob]) -> list[list[VerdictJob]]:
    """Split where a post repeats, so each chunk holds a post at most once.

    >>> [[j.post_row_id for j in c] for c in _chunks_of_distinct_posts(
    ...     [VerdictJob(1, "a", ()), VerdictJob(2, "a", ()), VerdictJob(1, "b", ())])]
    [[1, 2], [1]]
    """
    chunks: list[list[VerdictJob]] = [[]]
    seen: set[int] = set()
    for job in jobs:
        if job.post_row_id in seen:
            chunks.append([])
            seen = set()
        chunks[-1].append(job)
        seen.add(job.post_row_id)
    return [chunk for chunk in chunks if chunk]


def current_keys(session: Session, post_row_id: int) -> dict[str, VerdictKey]:
    """The key of each jurisdiction's current verdict of a post."""
    keys = _current_keys(session.connection(), [post_row_id])
    return {code: key for (_, code), key in keys.items()}


def current_verdicts(session: Session, post_row_id: int) -> list[Verdict]:
    """The current verdict of a post in every jurisdiction, evidence included."""
    rows = session.scalars(
        select(VerdictRow)
        .where(VerdictRow.post_id == post_row_id, VerdictRow.is_current.is_(True))
        .order_by(VerdictRow.jurisdiction)
    )
    return [verdict_from_row(row) for row in rows]


def verdict_from_row(row: VerdictRow) -> Verdict:
    """The ``Verdict`` a stored row holds, with its signals in detector order."""
    return Verdict(
        verdict=row.verdict,
        commercial=row.commercial,
        disclosed=row.disclosed,
        confidence=row.confidence,
        signals=tuple(
            Signal(s.family, s.rule, s.text, s.weight, s.start, s.end, s.detail)
            for s in row.signals
        ),
        jurisdiction=row.jurisdiction,
        rulebook_version=row.rulebook_version,
        language=row.language,
        explanation=row.explanation,
        kinds=tuple(row.kinds or ()),
        problems=tuple(row.problems or ()),
        detector_version=row.detector_version,
    )


class _KeyedRow(NamedTuple):
    id: int
    post_row_id: int
    jurisdiction: str
    key: VerdictKey


def _keyed_rows(
    connection: Connection, post_row_ids: Sequence[int] | set[int], *, current: bool
) -> list[_KeyedRow]:
    """The current (or the historic) verdict rows of these posts, with their keys."""
    if not post_row_ids:
        return []
    rows = connection.execute(
        select(
            VERDICTS.c.id,
            VERDICTS.c.post_id,
            VERDICTS.c.jurisdiction,
            VERDICTS.c.rulebook_version,
            VERDICTS.c.detector_version,
            VERDICTS.c.content_hash,
        ).where(
            VERDICTS.c.post_id.in_(sorted(post_row_ids)),
            VERDICTS.c.is_current == (true() if current else false()),
        )
    )
    return [_KeyedRow(r[0], r[1], r[2], VerdictKey(r[3], r[4], r[5])) for r in rows]


def _current_keys(
    connection: Connection, post_row_ids: Sequence[int]
) -> dict[tuple[int, str], VerdictKey]:
    rows = _keyed_rows(connection, post_row_ids, current=True)
    return {(row.post_row_id, row.jurisdiction): row.key for row in rows}


def _make_current(
    connection: Connection,
    wanted: Sequence[tuple[int, VerdictKey, Verdict]],
    known_posts: set[int],
) -> None:
    """Insert the wanted verdicts as current, reviving identical historic rows (A → B → A)."""
    historic = _historic_rows(connection, known_posts)
    revive = []
    fresh = []
    for post_row_id, key, verdict in wanted:
        found = historic.get((post_row_id, verdict.jurisdiction, key))
        if found is not None:
            revive.append({"verdict_row": found})
        else:
            fresh.append((post_row_id, key, verdict))
    if revive:
        connection.execute(_REVIVE, revive)
    if not fresh:
        return
    ids = connection.execute(
        _INSERT, [_verdict_values(post, key, verdict) for post, key, verdict in fresh]
    ).scalars()
    signal_rows = [
        _signal_values(verdict_id, signal)
        for verdict_id, (_, _, verdict) in zip(ids, fresh, strict=True)
        for signal in verdict.signals
    ]
    if signal_rows:
        connection.execute(_INSERT_SIGNALS, signal_rows)


def _historic_rows(
    connection: Connection, post_row_ids: set[int]
) -> dict[tuple[int, str, VerdictKey], int]:
    rows = _keyed_rows(connection, post_row_ids, current=False)
    return {(row.post_row_id, row.jurisdiction, row.key): row.id for row in rows}


def _verdict_values(post_row_id: int, key: VerdictKey, verdict: Verdict) -> dict[str, Any]:
    return {
        "post_id": post_row_id,
        "verdict": verdict.verdict,
        "commercial": verdict.commercial,
        "disclosed": verdict.disclosed,
        "confidence": float(verdict.confidence),
        "jurisdiction": verdict.jurisdiction,
        "rulebook_version": key.rulebook_version,
        "detector_version": key.detector_version,
        "content_hash": key.content_hash,
        "language": verdict.language,
        "explanation": verdict.explanation,
        "kinds": list(verdict.kinds),
        "problems": list(verdict.problems),
        "is_current": True,
        "created_at": utcnow(),
    }


def _signal_values(verdict_id: int, signal: Signal) -> dict[str, Any]:
    return {
        "verdict_id": verdict_id,
        "family": signal.family,
        "rule": signal.rule,
        "text": signal.text,
        "weight": float(signal.weight),
        "start": signal.start,
        "end": signal.end,
        "detail": signal.detail,
    }
