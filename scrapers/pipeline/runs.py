"""Bookkeeping of runs: a ``scan_runs`` row per run and a ``scan_items`` row per item.

An unfinished run (interrupted, failed, or killed while ``running``) with the same
kind, sources and jurisdictions is *resumed*: its ``done`` items are skipped, its
failed items are tried again.  A finished run is never resumed — scanning the same
sources again later is a new run (and unchanged posts write nothing).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from scrapers.store.database import transaction
from scrapers.store.dialect import upsert_insert
from scrapers.store.schema import ScanItem, ScanRun, utcnow

UNFINISHED = ("running", "interrupted", "failed")


@dataclass(frozen=True, slots=True)
class RunHandle:
    """The run being worked on, and what an earlier attempt already finished."""

    id: int
    kind: str
    resumed: bool
    done: frozenset[str]
    started_at: datetime
    """When the run (or the run it resumes) first started."""


def run_fingerprint(kind: str, sources: Sequence[str], jurisdictions: Sequence[str]) -> str:
    """Same kind, sources and jurisdictions → same fingerprint → resumable.

    >>> run_fingerprint("scan", ["a"], ["nl"]) == run_fingerprint("scan", ["a"], ["nl"])
    True
    >>> run_fingerprint("scan", ["a"], ["nl"]) == run_fingerprint("import", ["a"], ["nl"])
    False
    """
    key = json.dumps([kind, list(sources), sorted(jurisdictions)], ensure_ascii=False)
    return hashlib.sha256(key.encode()).hexdigest()


def start_run(
    engine: Engine,
    kind: str,
    sources: Sequence[str],
    jurisdictions: Sequence[str],
    *,
    resume: bool = True,
) -> RunHandle:
    """Resume the latest unfinished run with the same fingerprint, or start a new one."""
    fingerprint = run_fingerprint(kind, sources, jurisdictions)
    with transaction(engine, write=True) as session:
        run_id = _unfinished_run(session, fingerprint) if resume else None
        if run_id is not None:
            session.execute(
                update(ScanRun)
                .where(ScanRun.id == run_id)
                .values(status="running", finished_at=None)
            )
            done = session.scalars(
                select(ScanItem.item_key).where(
                    ScanItem.run_id == run_id, ScanItem.status == "done"
                )
            )
            started = session.scalar(select(ScanRun.started_at).where(ScanRun.id == run_id))
            return RunHandle(run_id, kind, True, frozenset(done), started or utcnow())
        run = ScanRun(
            started_at=utcnow(),
            kind=kind,
            sources=list(sources),
            jurisdiction=jurisdictions[0] if jurisdictions else "",
            jurisdictions=list(jurisdictions),
            fingerprint=fingerprint,
            status="running",
            errors_by_kind={},
        )
        session.add(run)
        session.flush()
        return RunHandle(run.id, kind, False, frozenset(), run.started_at)


def mark_item(
    session: Session,
    run_id: int,
    key: str,
    error_kind: str | None = None,
    error_message: str | None = None,
) -> None:
    """Record one item as ``done`` or as an ``error`` of a kind (retried on resume)."""
    mark_items(session, run_id, [(key, error_kind, error_message)])


def mark_items(
    session: Session, run_id: int, items: Sequence[tuple[str, str | None, str | None]]
) -> None:
    """Record many ``(key, error kind or None, error message)`` items in one statement."""
    if not items:
        return
    now = utcnow()
    connection = session.connection()
    connection.execute(
        _mark_statement(connection.dialect.name),
        [
            {
                "run_id": run_id,
                "item_key": key,
                "status": "error" if kind else "done",
                "error_kind": kind,
                "error_message": (message or kind or "")[:2000] if kind else None,
                "updated_at": now,
            }
            for key, kind, message in items
        ],
    )


@cache
def _mark_statement(dialect_name: str) -> Any:
    statement = upsert_insert(dialect_name, ScanItem.__table__)
    updated = ("status", "error_kind", "error_message", "updated_at")
    return statement.on_conflict_do_update(
        index_elements=["run_id", "item_key"],
        set_={name: statement.excluded[name] for name in updated},
    )


def add_counts(session: Session, run_id: int, seen: int, new: int, changed: int) -> None:
    """Add a batch's counts to the run, in the batch's own transaction."""
    session.execute(
        update(ScanRun)
        .where(ScanRun.id == run_id)
        .values(
            posts_seen=ScanRun.posts_seen + seen,
            posts_new=ScanRun.posts_new + new,
            posts_changed=ScanRun.posts_changed + changed,
        )
    )


def finish_run(engine: Engine, run_id: int, status: str) -> None:
    """Close the run with its status and its outstanding errors by kind."""
    with transaction(engine, write=True) as session:
        rows = session.execute(
            select(ScanItem.error_kind, func.count())
            .where(ScanItem.run_id == run_id, ScanItem.status == "error")
            .group_by(ScanItem.error_kind)
        )
        by_kind = {str(kind): int(number) for kind, number in rows}
        session.execute(
            update(ScanRun)
            .where(ScanRun.id == run_id)
            .values(
                status=status,
                finished_at=utcnow(),
                errors=sum(by_kind.values()),
                errors_by_kind=by_kind,
            )
        )


def _unfinished_run(session: Session, fingerprint: str) -> int | None:
    return session.scalar(
        select(ScanRun.id)
        .where(ScanRun.fingerprint == fingerprint, ScanRun.status.in_(UNFINISHED))
        .order_by(ScanRun.id.desc())
        .limit(1)
    )
