"""What a brand audit says: per post, per creator, in total, and what to fix first.

These frozen dataclasses are the one result every face of the audit renders — the
CLI's text, CSV, JSON and HTML, and the API's ``GET /v1/brands/{slug}/audit`` — so
their numbers cannot disagree.  Wording is accusation-safe: a post has *signals of
an undisclosed ad*; nobody is said to have broken a rule.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from scrapers.audit.wording import fix_text, problem_text
from scrapers.identity import tier_for
from scrapers.stats import Rate, rate

UNSCANNED = "not_scanned"
"""Verdict shown for a matched post that has no current verdict in the jurisdiction."""

@dataclass(frozen=True, slots=True)
class Evidence:
    """One signal behind a verdict, as the report shows it."""

    family: str
    rule: str
    text: str
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"family": self.family, "rule": self.rule, "text": self.text,
                "detail": self.detail}


@dataclass(frozen=True, slots=True)
class AuditPost:
    """One post about the brand with its current verdict in the audit's jurisdiction."""

    platform: str
    post_id: str
    url: str | None
    author: str
    published: datetime | None
    excerpt: str
    reasons: tuple[str, ...]
    """Why it matched the brand (``tagged:@x``, ``name:X``, ``domain:x.nl``)."""
    verdict: str
    commercial: bool
    disclosed: bool
    problems: tuple[str, ...]
    kinds: tuple[str, ...]
    explanation: str
    confidence: float | None
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "post_id": self.post_id,
            "url": self.url,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "excerpt": self.excerpt,
            "match_reasons": list(self.reasons),
            "verdict": self.verdict,
            "commercial": self.commercial,
            "disclosed": self.disclosed,
            "problems": list(self.problems),
            "problem_texts": [problem_text(p) for p in self.problems],
            "kinds": list(self.kinds),
            "explanation": self.explanation,
            "confidence": self.confidence,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Counts:
    """How many posts of a set fall in each verdict, and the rates that follow."""

    posts: int
    commercial: int
    disclosed: int
    unclear: int
    undisclosed: int
    organic: int
    not_scanned: int
    unclear_reasons: tuple[tuple[str, int], ...]

    @classmethod
    def of(cls, posts: list[AuditPost]) -> Counts:
        verdicts = Counter(p.verdict for p in posts)
        reasons = Counter(r for p in posts if p.verdict == "unclear_disclosure"
                          for r in p.problems)
        return cls(
            posts=len(posts),
            commercial=sum(1 for p in posts if p.commercial and p.verdict != UNSCANNED),
            disclosed=verdicts["disclosed"],
            unclear=verdicts["unclear_disclosure"],
            undisclosed=verdicts["undisclosed"],
            organic=verdicts["organic"],
            not_scanned=verdicts[UNSCANNED],
            unclear_reasons=tuple(sorted(reasons.items())),
        )

    @property
    def disclosure_rate(self) -> Rate:
        """Adequately disclosed, out of the commercial posts."""
        return rate(self.disclosed, self.commercial)

    @property
    def any_label_rate(self) -> Rate:
        """Disclosed at all (adequately or not), out of the commercial posts."""
        return rate(self.disclosed + self.unclear, self.commercial)

    @property
    def undisclosed_rate(self) -> Rate:
        return rate(self.undisclosed, self.commercial)

    @property
    def commercial_rate(self) -> Rate:
        return rate(self.commercial, self.posts - self.not_scanned)

    def to_dict(self) -> dict[str, Any]:
        return {
            "posts": self.posts,
            "commercial": self.commercial,
            "disclosed": self.disclosed,
            "unclear": self.unclear,
            "undisclosed": self.undisclosed,
            "organic": self.organic,
            "not_scanned": self.not_scanned,
            "unclear_reasons": dict(self.unclear_reasons),
            "rates": {
                "commercial": self.commercial_rate.to_dict(),
                "disclosed": self.disclosure_rate.to_dict(),
                "any_label": self.any_label_rate.to_dict(),
                "undisclosed": self.undisclosed_rate.to_dict(),
            },
        }


@dataclass(frozen=True, slots=True)
class CreatorAudit:
    """Everything the audit found for one creator on one platform."""

    platform: str
    handle: str
    display_name: str | None
    follower_count: int | None
    posts: tuple[AuditPost, ...]
    counts: Counts

    @property
    def tier(self) -> str | None:
        return tier_for(self.follower_count)

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "handle": self.handle,
            "display_name": self.display_name,
            "follower_count": self.follower_count,
            "tier": self.tier,
            **self.counts.to_dict(),
            "post_list": [p.to_dict() for p in self.posts],
        }


@dataclass(frozen=True, slots=True)
class FixItem:
    """One thing to fix, ranked: undisclosed first, then unclear, by the creator's reach."""

    rank: int
    platform: str
    handle: str
    follower_count: int | None
    url: str | None
    verdict: str
    problems: tuple[str, ...]
    action_code: str
    """``undisclosed``, a problem code, or ``contracted_organic``; see ``wording.fix_text``."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "platform": self.platform,
            "handle": self.handle,
            "follower_count": self.follower_count,
            "url": self.url,
            "verdict": self.verdict,
            "problems": list(self.problems),
            "action_code": self.action_code,
            "action": fix_text(self.action_code),
        }


@dataclass(frozen=True, slots=True)
class CampaignCreatorCheck:
    """One contracted creator's posts about the brand inside the campaign window."""

    handle: str
    platform: str | None
    start: str | None
    end: str | None
    posts: tuple[AuditPost, ...]
    counts: Counts
    status: str
    """``not_found``, ``all_disclosed`` or ``needs_attention``."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "handle": self.handle,
            "platform": self.platform,
            "start": self.start,
            "end": self.end,
            "status": self.status,
            **self.counts.to_dict(),
            "post_urls": [p.url for p in self.posts],
        }


@dataclass(frozen=True, slots=True)
class CampaignReport:
    """The campaign brief check: each contracted creator, and those not found."""

    name: str
    creators: tuple[CampaignCreatorCheck, ...]

    @property
    def not_found(self) -> tuple[str, ...]:
        return tuple(c.handle for c in self.creators if c.status == "not_found")

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "creators": [c.to_dict() for c in self.creators],
            "not_found": list(self.not_found),
        }


@dataclass(frozen=True, slots=True)
class AuditReport:
    """A brand's self-audit under one jurisdiction."""

    brand: dict[str, Any]
    jurisdiction: str
    since: str | None
    generated_at: str
    creators: tuple[CreatorAudit, ...]
    summary: Counts
    fix_first: tuple[FixItem, ...]
    campaign: CampaignReport | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "brand": self.brand,
            "jurisdiction": self.jurisdiction,
            "since": self.since,
            "generated_at": self.generated_at,
            "summary": {"creators": len(self.creators), **self.summary.to_dict()},
            "creators": [c.to_dict() for c in self.creators],
            "fix_first": [f.to_dict() for f in self.fix_first],
            "campaign": self.campaign.to_dict() if self.campaign else None,
            "wording": "Verdicts are signals found by an automatic detector, not findings "
            "of a regulator; check the evidence before acting.",
        }
