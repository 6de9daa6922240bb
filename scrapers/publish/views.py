"""What each page shows, computed once from a :class:`Snapshot`; templates only lay it out.

Privacy lives here: an account below the naming threshold never gets a view of its
own, and wherever its posts appear (brand pages, totals) they appear without its
handle, link or text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from scrapers.publish.options import COMMERCIAL_VERDICTS, SiteOptions
from scrapers.publish.snapshot import (
    AccountRecord,
    BrandRecord,
    CorrectionRecord,
    DisputeRecord,
    PostRecord,
    SignalRecord,
    Snapshot,
)
from scrapers.publish.tally import Tally

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SLUG_UNSAFE = re.compile(r"[^a-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One commercial post as an account or brand page lists it."""

    post: PostRecord
    date: str
    excerpt: str
    signals: tuple[SignalRecord, ...]
    disputes: tuple[DisputeRecord, ...]


@dataclass(frozen=True, slots=True)
class AccountView:
    account: AccountRecord
    path: str
    """Site-relative URL, ``accounts/<platform>/<slug>/``."""
    tally: Tally
    months: tuple[tuple[str, Mapping[str, int]], ...]
    evidence: tuple[Evidence, ...]
    brands: tuple[BrandRecord, ...]


@dataclass(frozen=True, slots=True)
class CreatorRow:
    """One creator's posts about a brand; ``account`` is ``None`` for the small accounts' sum."""

    account: AccountView | None
    tally: Tally


@dataclass(frozen=True, slots=True)
class BrandView:
    brand: BrandRecord
    path: str
    tally: Tally
    creators: tuple[CreatorRow, ...]
    evidence: tuple[tuple[AccountView | None, Evidence], ...]


@dataclass(frozen=True, slots=True)
class RulesView:
    """One platform (or everything, ``platform=None``) under each compared jurisdiction."""

    platform: str | None
    by_jurisdiction: tuple[tuple[str, Tally], ...]


@dataclass(frozen=True, slots=True)
class PlatformView:
    platform: str
    path: str
    tally: Tally
    rules: RulesView
    accounts: tuple[AccountView, ...]
    unnamed_accounts: int


@dataclass(frozen=True, slots=True)
class CountryView:
    jurisdiction: str
    path: str
    tally: Tally
    by_platform: tuple[tuple[str, Tally], ...]


@dataclass(frozen=True, slots=True)
class CorrectionView:
    correction: CorrectionRecord
    account: AccountView | None
    summary_en: str
    summary_nl: str


@dataclass(frozen=True, slots=True)
class SiteViews:
    """Everything the generator renders, for one snapshot and one set of options."""

    snapshot: Snapshot
    options: SiteOptions
    accounts: tuple[AccountView, ...]
    brands: tuple[BrandView, ...]
    platforms: tuple[PlatformView, ...]
    countries: tuple[CountryView, ...]
    overall: RulesView
    tally: Tally
    corrections: tuple[CorrectionView, ...]
    unnamed_accounts: int

    @property
    def platform_rows(self) -> tuple[tuple[str, Tally], ...]:
        return tuple((p.platform, p.tally) for p in self.platforms)


def build_views(snapshot: Snapshot, options: SiteOptions) -> SiteViews:
    """Group the snapshot's posts by account, brand, platform and jurisdiction."""
    by_account: dict[int | None, list[PostRecord]] = defaultdict(list)
    for post in snapshot.posts:
        by_account[post.account_id].append(post)
    evidence_of = _evidence_maker(snapshot, options)
    brands = {b.id: b for b in snapshot.brands}
    named = [a for a in snapshot.accounts if options.is_named(a.follower_count)]
    accounts = _account_views(named, by_account, evidence_of, brands)
    account_by_id = {v.account.id: v for v in accounts}
    platforms = _platform_views(snapshot, options, accounts)
    return SiteViews(
        snapshot=snapshot,
        options=options,
        accounts=accounts,
        brands=_brand_views(snapshot, account_by_id, evidence_of),
        platforms=platforms,
        countries=_country_views(snapshot, options),
        overall=_rules_view(snapshot, options, None),
        tally=Tally.of(p.verdict for p in snapshot.posts),
        corrections=_correction_views(snapshot, account_by_id),
        unnamed_accounts=len(snapshot.accounts) - len(named),
    )


def account_slug(handle: str, taken: set[str]) -> str:
    """A path segment for a handle, unique among ``taken`` (which it joins).

    >>> taken: set[str] = set()
    >>> [account_slug(handle, taken) for handle in ("Anna.Styles", "anna.styles", "??")]
    ['anna.styles', 'anna.styles-2', 'account']
    """
    base = SLUG_UNSAFE.sub("-", handle.lower()).strip("-.") or "account"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


def _account_views(
    named: list[AccountRecord],
    by_account: Mapping[int | None, list[PostRecord]],
    evidence_of: _EvidenceMaker,
    brands: Mapping[int, BrandRecord],
) -> tuple[AccountView, ...]:
    taken: dict[str, set[str]] = defaultdict(set)
    views = []
    for account in sorted(named, key=lambda a: (a.platform, a.handle.lower())):
        posts = by_account.get(account.id, [])
        slug = account_slug(account.handle, taken[account.platform])
        brand_ids = sorted({b for p in posts for b in p.brand_ids}, key=lambda b: brands[b].name)
        views.append(
            AccountView(
                account=account,
                path=f"accounts/{account.platform}/{slug}/",
                tally=Tally.of(p.verdict for p in posts),
                months=_months(posts),
                evidence=tuple(evidence_of(p) for p in _newest_first(posts) if p.commercial),
                brands=tuple(brands[b] for b in brand_ids),
            )
        )
    return tuple(views)


def _brand_views(
    snapshot: Snapshot,
    account_by_id: Mapping[int, AccountView],
    evidence_of: _EvidenceMaker,
) -> tuple[BrandView, ...]:
    posts_of: dict[int, list[PostRecord]] = defaultdict(list)
    for post in snapshot.posts:
        for brand_id in post.brand_ids:
            posts_of[brand_id].append(post)
    views = []
    for brand in snapshot.brands:
        posts = _newest_first(posts_of.get(brand.id, []))
        views.append(
            BrandView(
                brand=brand,
                path=f"brands/{brand.slug}/",
                tally=Tally.of(p.verdict for p in posts),
                creators=_creator_rows(posts, account_by_id),
                evidence=tuple(
                    (account_by_id.get(p.account_id or -1), evidence_of(p))
                    for p in posts
                    if p.commercial
                ),
            )
        )
    return tuple(views)


def _creator_rows(
    posts: list[PostRecord], account_by_id: Mapping[int, AccountView]
) -> tuple[CreatorRow, ...]:
    grouped: dict[int | None, list[PostRecord]] = defaultdict(list)
    for post in posts:
        named = post.account_id is not None and post.account_id in account_by_id
        grouped[post.account_id if named else None].append(post)
    rows = [
        CreatorRow(account_by_id[key], Tally.of(p.verdict for p in group))
        for key, group in grouped.items()
        if key is not None
    ]
    rows.sort(key=lambda r: (-r.tally.commercial, r.account.account.handle if r.account else ""))
    if None in grouped:
        rows.append(CreatorRow(None, Tally.of(p.verdict for p in grouped[None])))
    return tuple(rows)


def _platform_views(
    snapshot: Snapshot, options: SiteOptions, accounts: tuple[AccountView, ...]
) -> tuple[PlatformView, ...]:
    platforms = sorted(
        {p.platform for p in snapshot.posts} | {a.platform for a in snapshot.accounts}
    )
    all_accounts = Counter(a.platform for a in snapshot.accounts)
    views = []
    for platform in platforms:
        listed = tuple(v for v in accounts if v.account.platform == platform)
        views.append(
            PlatformView(
                platform=platform,
                path=f"platforms/{platform}/",
                tally=Tally.of(p.verdict for p in snapshot.posts if p.platform == platform),
                rules=_rules_view(snapshot, options, platform),
                accounts=listed,
                unnamed_accounts=all_accounts[platform] - len(listed),
            )
        )
    return tuple(views)


def _rules_view(snapshot: Snapshot, options: SiteOptions, platform: str | None) -> RulesView:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in snapshot.verdict_counts:
        if platform is None or row.platform == platform:
            counts[row.jurisdiction][row.verdict] += row.count
    order = [j for j in options.compared_jurisdictions if j in counts]
    order += sorted(j for j in counts if j not in options.compared_jurisdictions)
    return RulesView(platform, tuple((j, Tally.from_counts(counts[j])) for j in order))


def _country_views(snapshot: Snapshot, options: SiteOptions) -> tuple[CountryView, ...]:
    views = []
    for jurisdiction, tally in _rules_view(snapshot, options, None).by_jurisdiction:
        per_platform: dict[str, Counter[str]] = defaultdict(Counter)
        for row in snapshot.verdict_counts:
            if row.jurisdiction == jurisdiction:
                per_platform[row.platform][row.verdict] += row.count
        views.append(
            CountryView(
                jurisdiction=jurisdiction,
                path=f"countries/{jurisdiction}/",
                tally=tally,
                by_platform=tuple(
                    (p, Tally.from_counts(per_platform[p])) for p in sorted(per_platform)
                ),
            )
        )
    return tuple(views)


def _correction_views(
    snapshot: Snapshot, account_by_id: Mapping[int, AccountView]
) -> tuple[CorrectionView, ...]:
    """Corrections, with any small account's handle blanked out of the editors' summaries."""
    post_account = {p.id: p.account_id for p in snapshot.posts}
    hidden = [a.handle for a in snapshot.accounts if a.id not in account_by_id]
    views = []
    for correction in snapshot.corrections:
        account_id = correction.account_id or post_account.get(correction.post_id or -1)
        views.append(
            CorrectionView(
                correction=correction,
                account=account_by_id.get(account_id or -1),
                summary_en=_blank(correction.summary_en, hidden),
                summary_nl=_blank(correction.summary_nl, hidden),
            )
        )
    return tuple(views)


def _blank(text: str, handles: Iterable[str]) -> str:
    for handle in handles:
        if handle and handle.lower() in text.lower():
            text = re.sub(re.escape(handle), "[…]", text, flags=re.IGNORECASE)
    return text


class _EvidenceMaker:
    """Turns a commercial post into :class:`Evidence`, with its signals and accepted disputes."""

    def __init__(self, snapshot: Snapshot, options: SiteOptions) -> None:
        self.signals = snapshot.signals
        self.options = options
        self.made: dict[int, Evidence] = {}
        self.by_verdict: dict[int, list[DisputeRecord]] = defaultdict(list)
        self.by_ref: dict[tuple[str, str], list[DisputeRecord]] = defaultdict(list)
        for dispute in snapshot.disputes:
            if dispute.verdict_id is not None:
                self.by_verdict[dispute.verdict_id].append(dispute)
            else:
                self.by_ref[(dispute.platform, dispute.post_ref)].append(dispute)

    def __call__(self, post: PostRecord) -> Evidence:
        """The evidence of ``post``, made once even when account and brand pages both list it."""
        known = self.made.get(post.id)
        if known is None:
            known = self.made[post.id] = self._make(post)
        return known

    def _short(self, signal: SignalRecord) -> SignalRecord:
        text = shorten(signal.text, self.options.signal_chars)
        if text == signal.text:
            return signal
        return SignalRecord(signal.verdict_id, signal.family, signal.rule, text, signal.detail)

    def _make(self, post: PostRecord) -> Evidence:
        signals = self.signals.get(post.verdict_id or -1, ())
        disputes = self.by_verdict.get(post.verdict_id or -1, []) + self.by_ref.get(
            (post.platform, post.post_id), []
        )
        return Evidence(
            post=post,
            date=post.published_at.date().isoformat() if post.published_at else "",
            excerpt=shorten(post.text or "", self.options.excerpt_chars),
            signals=tuple(self._short(s) for s in signals),
            disputes=tuple(disputes),
        )


def _evidence_maker(snapshot: Snapshot, options: SiteOptions) -> _EvidenceMaker:
    return _EvidenceMaker(snapshot, options)


def shorten(text: str, limit: int) -> str:
    """Collapse whitespace and cut at ``limit`` characters with an ellipsis.

    >>> shorten("a  b\\n c", 10), shorten("abcdefghij", 5)
    ('a b c', 'abcd…')
    """
    if len(text) <= limit and text.isprintable() and "  " not in text:
        return text
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _months(posts: Iterable[PostRecord]) -> tuple[tuple[str, Mapping[str, int]], ...]:
    grouped: dict[str, Counter[str]] = defaultdict(Counter)
    for post in posts:
        if post.published_at is not None and post.verdict in COMMERCIAL_VERDICTS:
            moment = post.published_at
            grouped[f"{moment.year:04d}-{moment.month:02d}"][post.verdict] += 1
    if not grouped:
        return ()
    return tuple(
        (month, dict(grouped.get(month, {}))) for month in _month_range(min(grouped), max(grouped))
    )


def _month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``YYYY-MM``), so a timeline shows quiet months.

    >>> _month_range("2025-11", "2026-02")
    ['2025-11', '2025-12', '2026-01', '2026-02']
    """
    year, month = int(first[:4]), int(first[5:])
    months = []
    while (label := f"{year:04d}-{month:02d}") <= last:
        months.append(label)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _newest_first(posts: list[PostRecord]) -> list[PostRecord]:
    return sorted(posts, key=_published, reverse=True)


def _published(post: PostRecord) -> datetime:
    return post.published_at or EPOCH
