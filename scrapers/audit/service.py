"""Run a brand's self-audit over the store: match, read current verdicts, group, rank.

:func:`audit_brand` is what ``transparant audit`` and the API's
``GET /v1/brands/{slug}/audit`` call; it only reads the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from scrapers.audit.campaign import Campaign, ContractedCreator
from scrapers.audit.matching import BrandPost, BrandSpec, normalise_handle, posts_for_brand
from scrapers.audit.report import (
    UNSCANNED,
    AuditPost,
    AuditReport,
    CampaignCreatorCheck,
    CampaignReport,
    Counts,
    CreatorAudit,
    Evidence,
    FixItem,
)
from scrapers.store.schema import Verdict as VerdictRow

EXCERPT_CHARS = 280
_CHUNK = 500


def as_utc(moment: datetime | date | None) -> datetime | None:
    """A timezone-aware UTC datetime; dates become midnight, naive values are taken as UTC.

    >>> as_utc(date(2026, 6, 1)).isoformat()
    '2026-06-01T00:00:00+00:00'
    """
    if moment is None:
        return None
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time.min)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def current_verdict_rows(
    session: Session, row_ids: Sequence[int], jurisdiction: str
) -> dict[int, VerdictRow]:
    """The current verdict row (with signals) of each post in one jurisdiction."""
    found: dict[int, VerdictRow] = {}
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        rows = session.scalars(
            select(VerdictRow)
            .options(selectinload(VerdictRow.signals))
            .where(
                VerdictRow.post_id.in_(chunk),
                VerdictRow.jurisdiction == jurisdiction,
                VerdictRow.is_current.is_(True),
            )
        )
        found.update({row.post_id: row for row in rows})
    return found


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1] + "…"


def audit_post(post: BrandPost, row: VerdictRow | None) -> AuditPost:
    """Join a matched post with its current verdict (or mark it not scanned)."""
    return AuditPost(
        platform=post.platform,
        post_id=post.post_id,
        url=post.url,
        author=post.author or "",
        published=as_utc(post.published),
        excerpt=_excerpt(post.text),
        reasons=post.reasons,
        verdict=row.verdict if row else UNSCANNED,
        commercial=bool(row and row.commercial),
        disclosed=bool(row and row.disclosed),
        problems=tuple(row.problems or ()) if row else (),
        kinds=tuple(row.kinds or ()) if row else (),
        explanation=row.explanation if row else "",
        confidence=row.confidence if row else None,
        evidence=tuple(
            Evidence(s.family, s.rule, s.text, s.detail or "") for s in (row.signals if row else ())
        ),
    )


def _creators(posts: list[tuple[BrandPost, AuditPost]]) -> tuple[CreatorAudit, ...]:
    def key(pair: tuple[BrandPost, AuditPost]) -> tuple[str, str]:
        return (pair[0].platform, normalise_handle(pair[0].author or ""))

    creators = []
    for _, group in groupby(sorted(posts, key=key), key=key):
        pairs = list(group)
        first = pairs[-1][0]
        audited = [p for _, p in pairs]
        creators.append(
            CreatorAudit(
                platform=first.platform,
                handle=first.author or "",
                display_name=first.display_name,
                follower_count=first.follower_count,
                posts=tuple(audited),
                counts=Counts.of(audited),
            )
        )
    creators.sort(key=lambda c: (-c.counts.undisclosed, -c.counts.unclear,
                                 -(c.follower_count or 0), c.handle.lower()))
    return tuple(creators)


KNOWN_PROBLEMS = ("below_fold", "label_not_accepted", "not_at_start", "buried_in_hashtags",
                  "obfuscated_label")


def _action(post: AuditPost) -> str:
    """The advice code for a post: the first known problem, else the verdict."""
    if post.verdict == "undisclosed":
        return "undisclosed"
    return next((p for p in post.problems if p in KNOWN_PROBLEMS), "unclear_disclosure")


def fix_list(
    creators: Iterable[CreatorAudit],
    contracted_organic: Iterable[tuple[CreatorAudit, AuditPost]] = (),
) -> tuple[FixItem, ...]:
    """Undisclosed before unclear before contracted-but-unlabelled, biggest audience first."""
    severity = {"undisclosed": 0, "unclear_disclosure": 1}
    todo = [(c, p, _action(p)) for c in creators for p in c.posts if p.verdict in severity]
    todo += [(c, p, "contracted_organic") for c, p in contracted_organic]

    def rank_key(item: tuple[CreatorAudit, AuditPost, str]) -> tuple[int, int, float]:
        creator, post, _ = item
        stamp = post.published.timestamp() if post.published else 0.0
        return (severity.get(post.verdict, 2), -(creator.follower_count or 0), -stamp)

    todo.sort(key=rank_key)
    return tuple(
        FixItem(n + 1, c.platform, c.handle, c.follower_count, p.url, p.verdict, p.problems, a)
        for n, (c, p, a) in enumerate(todo)
    )


def _in_window(post: AuditPost, start: date | None, end: date | None) -> bool:
    if post.published is None:
        return False
    day = post.published.date()
    return (start is None or day >= start) and (end is None or day <= end)


def _is_creator(creator: CreatorAudit, contracted: ContractedCreator) -> bool:
    same_handle = normalise_handle(creator.handle) == normalise_handle(contracted.handle)
    return same_handle and contracted.platform in (None, creator.platform)


def check_campaign(campaign: Campaign, creators: Sequence[CreatorAudit]) -> CampaignReport:
    """Each contracted creator's posts about the brand inside their window."""
    checks = []
    for contracted in campaign.creators:
        start, end = contracted.window(campaign)
        posts = tuple(
            p for c in creators if _is_creator(c, contracted)
            for p in c.posts if _in_window(p, start, end)
        )
        if not posts:
            status = "not_found"
        elif all(p.verdict == "disclosed" for p in posts):
            status = "all_disclosed"
        else:
            status = "needs_attention"
        checks.append(CampaignCreatorCheck(
            contracted.handle, contracted.platform, start.isoformat() if start else None,
            end.isoformat() if end else None, posts, Counts.of(list(posts)), status,
        ))
    return CampaignReport(campaign.name, tuple(checks))


def _contracted_organic(
    report: CampaignReport, creators: Sequence[CreatorAudit]
) -> list[tuple[CreatorAudit, AuditPost]]:
    """Posts in a contracted creator's window that do not read as commercial at all."""
    by_post = {id(p): c for c in creators for p in c.posts}
    return [
        (by_post[id(p)], p) for check in report.creators for p in check.posts
        if p.verdict == "organic"
    ]


def audit_brand(
    session: Session,
    brand: BrandSpec,
    since: datetime | date | None = None,
    jurisdiction: str = "nl",
    campaign: Campaign | None = None,
) -> AuditReport:
    """The full self-audit of ``brand`` over the store, under ``jurisdiction``."""
    jurisdiction = jurisdiction.lower()
    since_at = as_utc(since)
    matched = posts_for_brand(session, brand, since_at)
    rows = current_verdict_rows(session, [p.row_id for p in matched], jurisdiction)
    pairs = [(p, audit_post(p, rows.get(p.row_id))) for p in matched]
    creators = _creators(pairs)
    campaign_report = check_campaign(campaign, creators) if campaign else None
    organic = _contracted_organic(campaign_report, creators) if campaign_report else []
    return AuditReport(
        brand=brand.to_dict(),
        jurisdiction=jurisdiction,
        since=since_at.date().isoformat() if since_at else None,
        generated_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        creators=creators,
        summary=Counts.of([p for _, p in pairs]),
        fix_first=fix_list(creators, organic),
        campaign=campaign_report,
    )
