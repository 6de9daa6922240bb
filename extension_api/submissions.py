"""Reports and disputes: queued for human review, written in one transaction, never published.

A submission and its IP hash are committed together before the client hears
"accepted", so a server that dies mid-request has either stored the whole
submission or told nobody it did.

Abusive patterns are absorbed quietly: the report is accepted and stored like any
other, but with ``counted = False`` so it never weighs on a verdict. Quiet, so an
abuser learns nothing from the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from extension_api.hashing import hash_client_secret, hash_ip
from scrapers.store.database import transaction
from scrapers.store.schema import Dispute, Report, SubmitterIp
from scrapers.store.schema import Verdict as VerdictRow

ABUSE_WINDOW = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class AbuseThresholds:
    """More reports than this in :data:`ABUSE_WINDOW` are stored but not counted."""

    per_client: int = 20
    per_ip: int = 60


@dataclass(frozen=True, slots=True)
class Submitter:
    """Who submitted, as the store may know it: hashes only."""

    client_hash: str
    ip_hash: str

    @classmethod
    def from_request(cls, client_secret: str, ip: str, salt: str) -> Submitter:
        return cls(hash_client_secret(client_secret, salt), hash_ip(ip, salt))


class UnknownVerdict(ValueError):
    """A dispute named a verdict id the store does not have."""


def is_abusive(
    session: Session, submitter: Submitter, data: dict[str, Any], limits: AbuseThresholds
) -> bool:
    """A duplicate of the client's own report, or too many reports from one client or IP."""
    since = datetime.now(UTC) - ABUSE_WINDOW
    duplicate = session.scalar(
        select(Report.id)
        .where(
            Report.client_hash == submitter.client_hash,
            Report.platform == data["platform"],
            Report.post_ref == data["post_ref"],
            Report.kind == data["kind"],
        )
        .limit(1)
    )
    if duplicate is not None:
        return True
    by_client = session.scalar(
        select(func.count())
        .select_from(Report)
        .where(Report.client_hash == submitter.client_hash, Report.created_at >= since)
    )
    if (by_client or 0) >= limits.per_client:
        return True
    by_ip = session.scalar(
        select(func.count())
        .select_from(SubmitterIp)
        .where(
            SubmitterIp.ip_hash == submitter.ip_hash,
            SubmitterIp.submission_kind == "report",
            SubmitterIp.created_at >= since,
        )
    )
    return (by_ip or 0) >= limits.per_ip


def queue(session: Session, row: Report | Dispute, kind: str, submitter: Submitter) -> int:
    """Add the submission and its IP hash to the same transaction; returns the new id."""
    session.add(row)
    session.flush()
    session.add(SubmitterIp(submission_kind=kind, submission_id=row.id, ip_hash=submitter.ip_hash))
    return row.id


def store_report(
    engine: Engine,
    data: dict[str, Any],
    submitter: Submitter,
    limits: AbuseThresholds = AbuseThresholds(),
) -> int:
    """Queue a report; returns its id whether or not it will be counted."""
    with transaction(engine, write=True) as session:
        report = Report(
            platform=data["platform"],
            post_ref=data["post_ref"],
            kind=data["kind"],
            note=data.get("note", ""),
            client_hash=submitter.client_hash,
            status="queued",
            counted=not is_abusive(session, submitter, data, limits),
        )
        return queue(session, report, "report", submitter)


def store_dispute(engine: Engine, data: dict[str, Any], submitter: Submitter) -> int:
    """Queue a dispute (right of reply) for review; raises :class:`UnknownVerdict`."""
    with transaction(engine, write=True) as session:
        verdict_id = data.get("verdict_id")
        if verdict_id is not None and session.get(VerdictRow, verdict_id) is None:
            raise UnknownVerdict(verdict_id)
        dispute = Dispute(
            platform=data["platform"],
            post_ref=data["post_ref"],
            verdict_id=verdict_id,
            role=data["role"],
            statement=data["statement"],
            client_hash=submitter.client_hash,
            status="queued",
        )
        return queue(session, dispute, "dispute", submitter)
