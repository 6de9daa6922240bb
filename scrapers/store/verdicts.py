"""Verdicts and their evidence, with history: rows are added and flagged, never overwritten.

A verdict row is identified by (post, jurisdiction, rulebook version, detector
version, content hash).  Re-evaluating a post gives the same key → nothing is
written; a changed post or a new rulebook/detector gives a new key → a new row
becomes current and the old one stays as history.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from scrapers.models import Signal, Verdict
from scrapers.store.schema import SignalRow
from scrapers.store.schema import Verdict as VerdictRow


class VerdictKey(NamedTuple):
    """What makes two evaluations of one post in one jurisdiction the same."""

    rulebook_version: str
    detector_version: str
    content_hash: str


def current_keys(session: Session, post_row_id: int) -> dict[str, VerdictKey]:
    """The key of each jurisdiction's current verdict of a post."""
    rows = session.execute(
        select(
            VerdictRow.jurisdiction,
            VerdictRow.rulebook_version,
            VerdictRow.detector_version,
            VerdictRow.content_hash,
        ).where(VerdictRow.post_id == post_row_id, VerdictRow.is_current.is_(True))
    )
    return {row[0]: VerdictKey(row[1], row[2], row[3]) for row in rows}


def record_verdicts(
    session: Session,
    post_row_id: int,
    content_hash: str,
    verdicts: Sequence[Verdict],
    *,
    new_post: bool = False,
) -> int:
    """Store each verdict unless the same evaluation is already current; returns rows written."""
    current = {} if new_post else current_keys(session, post_row_id)
    written = 0
    for verdict in verdicts:
        key = VerdictKey(verdict.rulebook_version, verdict.detector_version, content_hash)
        if current.get(verdict.jurisdiction) == key:
            continue
        if verdict.jurisdiction in current:
            _retire(session, post_row_id, verdict.jurisdiction)
        _make_current(session, post_row_id, key, verdict, known=not new_post)
        written += 1
    return written


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


def _retire(session: Session, post_row_id: int, jurisdiction: str) -> None:
    session.execute(
        update(VerdictRow)
        .where(
            VerdictRow.post_id == post_row_id,
            VerdictRow.jurisdiction == jurisdiction,
            VerdictRow.is_current.is_(True),
        )
        .values(is_current=False)
    )


def _make_current(
    session: Session, post_row_id: int, key: VerdictKey, verdict: Verdict, *, known: bool
) -> None:
    """Insert the verdict as current, or revive the identical historic row (A → B → A)."""
    if known:
        historic = session.scalar(
            select(VerdictRow.id).where(
                VerdictRow.post_id == post_row_id,
                VerdictRow.jurisdiction == verdict.jurisdiction,
                VerdictRow.rulebook_version == key.rulebook_version,
                VerdictRow.detector_version == key.detector_version,
                VerdictRow.content_hash == key.content_hash,
            )
        )
        if historic is not None:
            session.execute(
                update(VerdictRow).where(VerdictRow.id == historic).values(is_current=True)
            )
            return
    verdict_id = session.execute(
        insert(VerdictRow)
        .values(**_verdict_values(post_row_id, key, verdict))
        .returning(VerdictRow.id)
    ).scalar_one()
    if verdict.signals:
        session.execute(
            insert(SignalRow), [_signal_values(verdict_id, s) for s in verdict.signals]
        )


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
