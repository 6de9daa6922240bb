"""Who is named, which rates are shown, what a brand page says about unnamed creators."""

from __future__ import annotations

import publish_fixtures
import pytest
from sqlalchemy import Engine

from scrapers.publish.options import SiteOptions
from scrapers.publish.snapshot import take_snapshot
from scrapers.publish.views import build_views

sqlite_store = publish_fixtures.sqlite_store


@pytest.mark.parametrize(
    ("threshold", "named"),
    [
        (10_000, {"anna.styles", "TechTom"}),
        (100_000, {"TechTom"}),
        (500, {"anna.styles", "TechTom", "kleine.kim"}),
    ],
)
def test_only_accounts_at_the_threshold_are_named(
    sqlite_store: Engine, threshold: int, named: set[str]
) -> None:
    views = build_views(take_snapshot(sqlite_store), SiteOptions(naming_threshold=threshold))
    assert {v.account.handle for v in views.accounts} == named
    assert views.unnamed_accounts == 4 - len(named)


def test_rates_need_the_minimum_sample(sqlite_store: Engine) -> None:
    snapshot = take_snapshot(sqlite_store)
    anna = build_views(snapshot, SiteOptions(min_sample=4)).accounts[0]
    assert anna.account.handle == "anna.styles"
    rate = anna.tally.rates(4)["disclosed"]
    assert rate is not None and (rate.successes, rate.total) == (2, 4)
    assert anna.tally.rates(5)["disclosed"] is None


def test_account_view_has_evidence_newest_first_with_disputes(sqlite_store: Engine) -> None:
    anna = build_views(take_snapshot(sqlite_store), SiteOptions()).accounts[0]
    assert [e.post.post_id for e in anna.evidence] == ["AnnaP5", "AnnaP3", "AnnaP2", "AnnaP1"]
    disputed = anna.evidence[1]
    assert [d.role for d in disputed.disputes] == ["account_owner"]
    assert [m for m, _ in anna.months] == ["2026-05", "2026-06", "2026-07"]
    assert [b.slug for b in anna.brands] == ["fietsfabriek", "zonly"]


def test_brand_view_aggregates_unnamed_creators(sqlite_store: Engine) -> None:
    views = build_views(take_snapshot(sqlite_store), SiteOptions())
    zonly = next(b for b in views.brands if b.brand.slug == "zonly")
    assert [r.account.account.handle if r.account else None for r in zonly.creators] == [
        "anna.styles",
        None,
    ]
    unnamed = [e for account, e in zonly.evidence if account is None]
    assert len(unnamed) == 1 and unnamed[0].post.verdict == "undisclosed"


def test_country_and_platform_views(sqlite_store: Engine) -> None:
    views = build_views(take_snapshot(sqlite_store), SiteOptions())
    assert [c.jurisdiction for c in views.countries] == ["nl", "us", "uk", "de", "fr"]
    us = dict(views.overall.by_jurisdiction)["us"]
    assert us.count("unclear_disclosure") == 2 and us.commercial == 9
    instagram = next(p for p in views.platforms if p.platform == "instagram")
    assert instagram.unnamed_accounts == 1 and instagram.tally.scanned == 7


def test_corrections_blank_small_accounts(sqlite_store: Engine) -> None:
    views = build_views(take_snapshot(sqlite_store), SiteOptions())
    summaries = [c.summary_en for c in views.corrections]
    assert summaries[0] == "A post by […] was re-scanned after a rulebook fix."
    assert views.corrections[0].account is None
    assert views.corrections[1].account is not None
