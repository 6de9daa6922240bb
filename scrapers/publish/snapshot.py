"""A frozen picture of the store, taken in one pass, that the whole site is rendered from.

The site must say what the data said *at one moment*: every page of a build carries
the same snapshot date, and nothing is read from the database while pages render.
A handful of SQL queries stream the rows into frozen dataclasses; post texts are
read once, matched against brands on the way, and kept only for commercial posts
(whose evidence the site shows).  Small enough for 10k accounts and 500k posts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, Text, and_, func, select, type_coerce

from scrapers.store.schema import Account, Brand, Correction, Dispute, Post, SignalRow, Verdict

TEXT_KEPT = 600
"""Characters of a commercial post's text kept for its excerpt."""


@dataclass(frozen=True, slots=True)
class AccountRecord:
    """A creator as stored; whether the site may name it is decided later."""

    id: int
    platform: str
    handle: str
    display_name: str | None
    url: str | None
    follower_count: int | None
    tier: str | None
    niches: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BrandRecord:
    id: int
    slug: str
    name: str
    aliases: tuple[str, ...]
    handles: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PostRecord:
    """A post with its current verdict under the site's primary jurisdiction."""

    id: int
    account_id: int | None
    platform: str
    post_id: str
    url: str | None
    published_at: datetime | None
    verdict_id: int | None
    verdict: str | None
    commercial: bool
    confidence: float | None
    rulebook_version: str | None
    text: str | None
    """First :data:`TEXT_KEPT` characters, for commercial posts only."""
    brand_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SignalRecord:
    verdict_id: int
    family: str
    rule: str
    text: str
    detail: str


@dataclass(frozen=True, slots=True)
class DisputeRecord:
    """An accepted right-of-reply statement; queued and rejected ones never leave the store."""

    id: int
    verdict_id: int | None
    platform: str
    post_ref: str
    role: str
    statement: str
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class CorrectionRecord:
    id: int
    post_id: int | None
    account_id: int | None
    summary_en: str
    summary_nl: str
    published_at: datetime | None


@dataclass(frozen=True, slots=True)
class VerdictCount:
    """How many current verdicts of one kind a platform has under one jurisdiction."""

    platform: str
    jurisdiction: str
    verdict: str
    count: int


@dataclass(frozen=True, slots=True)
class Snapshot:
    taken_at: datetime
    primary_jurisdiction: str
    detector_versions: tuple[str, ...]
    rulebook_versions: tuple[str, ...]
    accounts: tuple[AccountRecord, ...]
    brands: tuple[BrandRecord, ...]
    posts: tuple[PostRecord, ...]
    signals: Mapping[int, tuple[SignalRecord, ...]]
    """Evidence of commercial posts' verdicts, by verdict id."""
    disputes: tuple[DisputeRecord, ...]
    corrections: tuple[CorrectionRecord, ...]
    verdict_counts: tuple[VerdictCount, ...]


BrandMatcher = Callable[[str, tuple[str, ...], tuple[str, ...]], tuple[int, ...]]
"""``(text, links, tagged) -> brand ids``; see :mod:`scrapers.publish.brands`."""


def take_snapshot(
    engine: Engine,
    primary_jurisdiction: str = "nl",
    matcher_factory: Callable[[tuple[BrandRecord, ...]], BrandMatcher] | None = None,
) -> Snapshot:
    """Read everything the site shows, in one read transaction."""
    from scrapers.publish.brands import make_brand_matcher

    factory = matcher_factory or make_brand_matcher
    with engine.connect() as connection, connection.begin():
        accounts = tuple(_accounts(connection))
        brands = tuple(_brands(connection))
        posts = tuple(_posts(connection, primary_jurisdiction, factory(brands)))
        signals = _signals(connection, primary_jurisdiction)
        disputes = tuple(_disputes(connection))
        corrections = tuple(_corrections(connection))
        counts = tuple(_verdict_counts(connection))
        detectors, rulebooks = _versions(connection)
    return Snapshot(
        taken_at=datetime.now(UTC).replace(microsecond=0),
        primary_jurisdiction=primary_jurisdiction,
        detector_versions=detectors,
        rulebook_versions=rulebooks,
        accounts=accounts,
        brands=brands,
        posts=posts,
        signals=signals,
        disputes=disputes,
        corrections=corrections,
        verdict_counts=counts,
    )


def _accounts(connection: Connection) -> Iterable[AccountRecord]:
    columns = (
        Account.id,
        Account.platform,
        Account.handle,
        Account.display_name,
        Account.url,
        Account.follower_count,
        Account.tier,
        Account.niches,
    )
    for row in connection.execute(select(*columns).order_by(Account.id)):
        yield AccountRecord(*row[:7], tuple(row[7] or ()))


def _brands(connection: Connection) -> Iterable[BrandRecord]:
    columns = (Brand.id, Brand.slug, Brand.name, Brand.aliases, Brand.handles, Brand.domains)
    for row in connection.execute(select(*columns).order_by(Brand.slug)):
        yield BrandRecord(row[0], row[1], row[2], *(tuple(v or ()) for v in row[3:]))


def _posts(connection: Connection, jurisdiction: str, match: BrandMatcher) -> Iterable[PostRecord]:
    current = and_(
        Verdict.post_id == Post.id,
        Verdict.is_current.is_(True),
        Verdict.jurisdiction == jurisdiction,
    )
    query = (
        select(
            Post.id,
            Post.account_id,
            Post.platform,
            Post.post_id,
            Post.url,
            Post.published_at,
            Verdict.id,
            Verdict.verdict,
            Verdict.commercial,
            Verdict.confidence,
            Verdict.rulebook_version,
            Post.text,
            type_coerce(Post.links, Text),
            type_coerce(Post.tagged, Text),
        )
        .outerjoin(Verdict, current)
        .order_by(Post.id)
    )
    result = connection.execute(query.execution_options(yield_per=5000))
    for row in result:
        text, links, tagged = row[11] or "", _json_list(row[12]), _json_list(row[13])
        commercial = bool(row[8])
        yield PostRecord(
            id=row[0],
            account_id=row[1],
            platform=row[2],
            post_id=row[3],
            url=row[4],
            published_at=_aware(row[5]),
            verdict_id=row[6],
            verdict=row[7],
            commercial=commercial,
            confidence=row[9],
            rulebook_version=row[10],
            text=text[:TEXT_KEPT] if commercial else None,
            brand_ids=match(text, links, tagged),
        )


def _signals(connection: Connection, jurisdiction: str) -> Mapping[int, tuple[SignalRecord, ...]]:
    query = (
        select(
            SignalRow.verdict_id, SignalRow.family, SignalRow.rule, SignalRow.text, SignalRow.detail
        )
        .join(Verdict, Verdict.id == SignalRow.verdict_id)
        .where(
            Verdict.is_current.is_(True),
            Verdict.jurisdiction == jurisdiction,
            Verdict.commercial.is_(True),
        )
        .order_by(SignalRow.verdict_id, SignalRow.id)
    )
    grouped: dict[int, list[SignalRecord]] = defaultdict(list)
    result = connection.execute(query.execution_options(yield_per=5000))
    for row in result:
        grouped[row[0]].append(SignalRecord(row[0], row[1], row[2], row[3], row[4] or ""))
    return {key: tuple(value) for key, value in grouped.items()}


def _disputes(connection: Connection) -> Iterable[DisputeRecord]:
    query = (
        select(
            Dispute.id,
            Dispute.verdict_id,
            Dispute.platform,
            Dispute.post_ref,
            Dispute.role,
            Dispute.statement,
            Dispute.created_at,
        )
        .where(Dispute.status == "accepted")
        .order_by(Dispute.id)
    )
    for row in connection.execute(query):
        yield DisputeRecord(*row[:6], _aware(row[6]))


def _corrections(connection: Connection) -> Iterable[CorrectionRecord]:
    query = select(
        Correction.id,
        Correction.post_id,
        Correction.account_id,
        Correction.summary_en,
        Correction.summary_nl,
        Correction.published_at,
    )
    for row in connection.execute(query.order_by(Correction.published_at.desc())):
        yield CorrectionRecord(*row[:5], _aware(row[5]))


def _verdict_counts(connection: Connection) -> Iterable[VerdictCount]:
    query = (
        select(Post.platform, Verdict.jurisdiction, Verdict.verdict, func.count())
        .join(Post, Post.id == Verdict.post_id)
        .where(Verdict.is_current.is_(True))
        .group_by(Post.platform, Verdict.jurisdiction, Verdict.verdict)
    )
    for row in connection.execute(query):
        yield VerdictCount(*row)


def _versions(connection: Connection) -> tuple[tuple[str, ...], tuple[str, ...]]:
    query = (
        select(Verdict.detector_version, Verdict.rulebook_version)
        .where(Verdict.is_current.is_(True))
        .distinct()
    )
    rows = list(connection.execute(query))
    return tuple(sorted({r[0] for r in rows})), tuple(sorted({r[1] for r in rows}))


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; the store writes UTC, so say so."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _json_list(value: object) -> tuple[str, ...]:
    """A JSON list column read raw: SQLite gives text (mostly ``[]``), PostgreSQL a list.

    Skipping the JSON decoder for empty lists is most of the snapshot's saving on links.

    >>> _json_list("[]"), _json_list('["a"]'), _json_list(["b"]), _json_list(None)
    ((), ('a',), ('b',), ())
    """
    if not value or value == "[]":
        return ()
    if isinstance(value, str):
        value = json.loads(value)
    return tuple(str(item) for item in value) if isinstance(value, list) else ()
