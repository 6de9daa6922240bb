"""The open-data tables: their columns, what each means (the data dictionary), their rows.

Only what the site itself publishes is exported: named accounts and their posts,
brands, accepted disputes, corrections and aggregate counts.  Private tables
(``PRIVATE_TABLES``: reports, submitter IPs, brand tokens) and accounts below the
naming threshold never appear; their posts are only inside ``verdict_counts``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scrapers.publish.views import SiteViews, shorten

Row = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    type: str
    """Frictionless Table Schema type: ``integer``, ``number``, ``string``, ``boolean``, …"""
    description: str


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    description: str
    fields: tuple[Field, ...]


def _f(name: str, kind: str, description: str) -> Field:
    return Field(name, kind, description)


TABLES: tuple[Table, ...] = (
    Table(
        "accounts",
        "Named accounts (at or above the follower threshold) and their counts.",
        (
            _f("id", "integer", "Transparant's id of the account."),
            _f("platform", "string", "instagram, youtube, tiktok, blog, …"),
            _f("handle", "string", "The account's handle on its platform, without @."),
            _f("display_name", "string", "Display name as scraped."),
            _f("url", "string", "Profile URL."),
            _f("follower_count", "integer", "Followers when last seen."),
            _f("tier", "string", "nano < 1k, micro 1k–100k, macro 100k–1M, mega ≥ 1M followers."),
            _f("niches", "string", "JSON list of topics."),
            _f("posts_scanned", "integer", "Posts of this account in the store."),
            _f(
                "commercial_posts", "integer", "Posts with a commercial verdict (primary rulebook)."
            ),
            _f("disclosed", "integer", "Commercial posts disclosed adequately."),
            _f("unclear_disclosure", "integer", "Commercial posts with an inadequate disclosure."),
            _f("undisclosed", "integer", "Commercial posts with signals of an undisclosed ad."),
            _f("page", "string", "Site-relative URL of the account's page."),
        ),
    ),
    Table(
        "brands",
        "Advertisers, matched by handle, name and registered domain.",
        (
            _f("id", "integer", "Transparant's id of the brand."),
            _f("slug", "string", "URL slug."),
            _f("name", "string", "Brand name."),
            _f("handles", "string", "JSON list of the brand's handles."),
            _f("domains", "string", "JSON list of registered domains."),
            _f("posts", "integer", "Posts that tag, mention or link to the brand (all accounts)."),
            _f("commercial_posts", "integer", "Of those, posts with a commercial verdict."),
            _f("page", "string", "Site-relative URL of the brand's page."),
        ),
    ),
    Table(
        "posts",
        "Posts of named accounts with their current verdict under the primary rulebook.",
        (
            _f("id", "integer", "Transparant's id of the post."),
            _f("account_id", "integer", "accounts.id"),
            _f("platform", "string", "Platform of the post."),
            _f("post_id", "string", "The post's id on its platform."),
            _f("url", "string", "Permalink."),
            _f("published_at", "datetime", "Publication time (UTC), when known."),
            _f("verdict", "string", "organic, disclosed, unclear_disclosure or undisclosed."),
            _f("commercial", "boolean", "Paid, gifted, affiliate or otherwise commercial."),
            _f("confidence", "number", "Detector confidence, 0–1."),
            _f("rulebook_version", "string", "Rulebook the verdict was made under."),
            _f("excerpt", "string", "Start of the text of commercial posts (empty otherwise)."),
            _f("brand_ids", "string", "JSON list of brands.id the post is about."),
        ),
    ),
    Table(
        "signals",
        "The evidence behind each commercial post's verdict.",
        (
            _f("post_id", "integer", "posts.id"),
            _f("family", "string", "disclosure, commercial, guard or obfuscation."),
            _f("rule", "string", "Rule id, e.g. disclosure.hashtag."),
            _f("text", "string", "The matched text (shortened)."),
            _f("detail", "string", "Canonical label, affiliate network, …"),
        ),
    ),
    Table(
        "disputes",
        "Accepted right-of-reply statements, shown beside the verdict.",
        (
            _f("id", "integer", "Dispute id."),
            _f("post_id", "integer", "posts.id"),
            _f("role", "string", "account_owner or brand."),
            _f("statement", "string", "The statement as accepted."),
            _f("created_at", "datetime", "When it was submitted."),
        ),
    ),
    Table(
        "corrections",
        "Published corrections of verdicts and pages.",
        (
            _f("id", "integer", "Correction id."),
            _f("account_id", "integer", "accounts.id, when it concerns a named account."),
            _f("summary_en", "string", "What was corrected, in English."),
            _f("summary_nl", "string", "What was corrected, in Dutch."),
            _f("published_at", "datetime", "When the correction was published."),
        ),
    ),
    Table(
        "verdict_counts",
        "Current verdicts per platform and jurisdiction, all accounts.",
        (
            _f("platform", "string", "Platform."),
            _f("jurisdiction", "string", "Rulebook jurisdiction: nl, us, uk, de, fr, …"),
            _f("verdict", "string", "Verdict."),
            _f("count", "integer", "Number of posts."),
        ),
    ),
)


def rows(views: SiteViews, table: str) -> Iterator[Row]:
    """The rows of one open-data table, in the column order of :data:`TABLES`."""
    yield from _ROWS[table](views)


def _accounts(views: SiteViews) -> Iterator[Row]:
    for v in views.accounts:
        a, t = v.account, v.tally
        yield (
            a.id,
            a.platform,
            a.handle,
            a.display_name,
            a.url,
            a.follower_count,
            a.tier,
            json.dumps(list(a.niches), ensure_ascii=False),
            t.scanned,
            t.commercial,
            t.count("disclosed"),
            t.count("unclear_disclosure"),
            t.count("undisclosed"),
            v.path,
        )


def _brands(views: SiteViews) -> Iterator[Row]:
    for v in views.brands:
        b = v.brand
        yield (
            b.id,
            b.slug,
            b.name,
            json.dumps(list(b.handles)),
            json.dumps(list(b.domains)),
            v.tally.scanned,
            v.tally.commercial,
            v.path,
        )


def _posts(views: SiteViews) -> Iterator[Row]:
    named = {v.account.id for v in views.accounts}
    chars = views.options.excerpt_chars
    for p in views.snapshot.posts:
        if p.account_id in named:
            yield (
                p.id,
                p.account_id,
                p.platform,
                p.post_id,
                p.url,
                p.published_at.isoformat() if p.published_at else None,
                p.verdict,
                p.commercial,
                p.confidence,
                p.rulebook_version,
                shorten(p.text or "", chars),
                json.dumps(list(p.brand_ids)),
            )


def _signals(views: SiteViews) -> Iterator[Row]:
    for v in views.accounts:
        for item in v.evidence:
            for s in item.signals:
                yield (item.post.id, s.family, s.rule, s.text, s.detail)


def _disputes(views: SiteViews) -> Iterator[Row]:
    for v in views.accounts:
        for item in v.evidence:
            for d in item.disputes:
                created = d.created_at.isoformat() if d.created_at else None
                yield (d.id, item.post.id, d.role, d.statement, created)


def _corrections(views: SiteViews) -> Iterator[Row]:
    for c in views.corrections:
        published = c.correction.published_at
        yield (
            c.correction.id,
            c.account.account.id if c.account else None,
            c.summary_en,
            c.summary_nl,
            published.isoformat() if published else None,
        )


def _verdict_counts(views: SiteViews) -> Iterator[Row]:
    for c in views.snapshot.verdict_counts:
        yield (c.platform, c.jurisdiction, c.verdict, c.count)


_ROWS = {
    "accounts": _accounts,
    "brands": _brands,
    "posts": _posts,
    "signals": _signals,
    "disputes": _disputes,
    "corrections": _corrections,
    "verdict_counts": _verdict_counts,
}
