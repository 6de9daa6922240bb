"""Disclosure records of an account or a brand: counts, honest rates, first and last seen.

Rates use :func:`scrapers.stats.rate` (Wilson 95 % intervals): ``commercial`` is
over all scanned posts; ``disclosed``, ``unclear_disclosure`` and ``undisclosed``
are over the commercial ones, so those three add up to the whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from sqlalchemy import ColumnElement, Engine, func, select
from sqlalchemy.orm import Session

from scrapers.audit.matching import BrandSpec, posts_for_brand
from scrapers.stats import rate
from scrapers.store.schema import Account, Brand
from scrapers.store.schema import Post as PostRow
from scrapers.store.schema import Verdict as VerdictRow

COMMERCIAL_VERDICTS = ("disclosed", "unclear_disclosure", "undisclosed")
SMALL_ACCOUNT_TIERS = frozenset({"nano"})
"""Private persons, more or less: the site does not name them, so no page link is given."""
CHUNK = 900


def tally(rows: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Counts per verdict label as the record's ``counts``.

    >>> tally([("organic", 3), ("disclosed", 2), ("undisclosed", 1)])["commercial"]
    3
    """
    by_label = Counter[str]()
    for label, count in rows:
        by_label[label] += count
    commercial = sum(by_label[label] for label in COMMERCIAL_VERDICTS)
    counts = {"scanned": sum(by_label.values()), "commercial": commercial}
    counts.update({label: by_label[label] for label in COMMERCIAL_VERDICTS})
    return counts


def rates_of(counts: dict[str, int]) -> dict[str, dict[str, Any]]:
    rates = {"commercial": rate(counts["commercial"], counts["scanned"]).to_dict()}
    for label in COMMERCIAL_VERDICTS:
        rates[label] = rate(counts[label], counts["commercial"]).to_dict()
    return rates


def _timestamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


def _filters_for_ids(ids: Sequence[int]) -> list[ColumnElement[bool]]:
    return [PostRow.id.in_(ids[i : i + CHUNK]) for i in range(0, len(ids), CHUNK)]


def record_for(
    session: Session, filters: Sequence[ColumnElement[bool]], jurisdiction: str
) -> dict[str, Any]:
    """Counts, rates and first/last seen of the posts each filter selects (disjoint filters)."""
    rows: list[tuple[str, int]] = []
    firsts: list[datetime] = []
    lasts: list[datetime] = []
    for where in filters:
        rows += [
            (label, count)
            for label, count in session.execute(
                select(VerdictRow.verdict, func.count())
                .join(PostRow, VerdictRow.post_id == PostRow.id)
                .where(where, VerdictRow.is_current.is_(True))
                .where(VerdictRow.jurisdiction == jurisdiction)
                .group_by(VerdictRow.verdict)
            )
        ]
        first, last = session.execute(
            select(func.min(PostRow.first_seen), func.max(PostRow.last_seen)).where(where)
        ).one()
        firsts += [first] if first is not None else []
        lasts += [last] if last is not None else []
    counts = tally(rows)
    return {
        "jurisdiction": jurisdiction,
        "counts": counts,
        "rates": rates_of(counts),
        "first_seen": _timestamp(min(firsts, default=None)),
        "last_seen": _timestamp(max(lasts, default=None)),
    }


def account_record(
    engine: Engine, platform: str, handle: str, jurisdiction: str, site_url: str
) -> dict[str, Any] | None:
    """The account's record, or ``None`` when the store does not know it."""
    wanted = handle.strip().lstrip("@").lower()
    with Session(engine) as session:
        account = session.scalars(
            select(Account)
            .where(Account.platform == platform, func.lower(Account.handle) == wanted)
            .order_by(Account.id)
            .limit(1)
        ).first()
        if account is None:
            return None
        record = record_for(session, [PostRow.account_id == account.id], jurisdiction)
    page = None
    if account.tier not in SMALL_ACCOUNT_TIERS:
        page = f"{site_url}/accounts/{quote(platform)}/{quote(account.handle)}/"
    return {
        "platform": account.platform,
        "handle": account.handle,
        "display_name": account.display_name,
        "tier": account.tier,
        **record,
        "site_url": page,
    }


def brand_record(
    engine: Engine, slug: str, jurisdiction: str, site_url: str
) -> dict[str, Any] | None:
    """The brand's record over the posts that match it, or ``None`` for an unknown slug."""
    with Session(engine) as session:
        brand = session.scalars(select(Brand).where(Brand.slug == slug)).first()
        if brand is None:
            return None
        ids = [post.row_id for post in posts_for_brand(session, BrandSpec.from_row(brand))]
        record = record_for(session, _filters_for_ids(ids), jurisdiction)
    return {
        "slug": brand.slug,
        "name": brand.name,
        "matching": "handle, name or registered domain (scrapers.audit.matching)",
        **record,
        "site_url": f"{site_url}/brands/{quote(brand.slug)}/",
    }
