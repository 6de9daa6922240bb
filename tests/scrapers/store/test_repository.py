"""Idempotent upserts and verdict history, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import Engine, func, select

from scrapers.identity import lookup_hash
from scrapers.models import Post, Signal, Verdict
from scrapers.sources.base import SourceAccount
from scrapers.store.database import transaction
from scrapers.store.posts import MissingPostId
from scrapers.store.repository import BrandRecord, current_verdicts, store_post, upsert_brand
from scrapers.store.schema import Account, Brand, SignalRow
from scrapers.store.schema import Post as PostRow
from scrapers.store.schema import Verdict as VerdictRow

POST = Post(
    "Nieuwe jurk van @zara! Code ANNA15 #adv",
    platform="instagram",
    post_id="C0ffee",
    url="https://www.instagram.com/p/C0ffee/",
    author="anna.styles",
    language="nl",
    published="2024-05-01T12:00:00+00:00",
)
SIGNALS = (
    Signal("disclosure", "disclosure.hashtag", "#adv", 1.0, 34, 38, "adv"),
    Signal("commercial", "commercial.discount_code", "ANNA15", 0.8, 27, 33, "ANNA15"),
)
VERDICT = Verdict(
    verdict="disclosed",
    commercial=True,
    disclosed=True,
    confidence=0.93,
    signals=SIGNALS,
    jurisdiction="nl",
    rulebook_version="nl-2026.1",
    language="nl",
    explanation="Disclosed with #adv.",
    kinds=("sponsored",),
    detector_version="2026.11.1",
)
ACCOUNT = SourceAccount("instagram", "anna.styles", "Anna", None, 18_500)


def count(engine: Engine, entity: object) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(entity)) or 0)  # type: ignore[arg-type]


def put(engine: Engine, post: Post = POST, *verdicts: Verdict, **options: object) -> str:
    with transaction(engine, write=True) as session:
        return store_post(session, post, verdicts or (VERDICT,), **options).status  # type: ignore[arg-type]


def current_rows(engine: Engine) -> list[tuple[str, str, bool]]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(
                VerdictRow.jurisdiction, VerdictRow.rulebook_version, VerdictRow.is_current
            ).order_by(VerdictRow.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_storing_the_same_post_twice_writes_nothing_the_second_time(store: Engine) -> None:
    assert put(store, account=ACCOUNT) == "new"
    with store.connect() as connection:
        before = connection.execute(select(PostRow.last_seen, PostRow.content_hash)).one()
    assert put(store, account=ACCOUNT) == "unchanged"
    assert (count(store, PostRow), count(store, VerdictRow), count(store, SignalRow)) == (1, 1, 2)
    with store.connect() as connection:
        assert connection.execute(select(PostRow.last_seen, PostRow.content_hash)).one() == before


def test_stored_post_has_identity_account_tier_and_evidence(store: Engine) -> None:
    put(store, account=ACCOUNT)
    with transaction(store) as session:
        row = session.scalars(select(PostRow)).one()
        assert row.lookup_hash == lookup_hash("instagram", "C0ffee")
        assert row.account is not None
        assert (row.account.handle, row.account.tier) == ("anna.styles", "micro")
        assert row.account.niches == ["fashion"]
        assert current_verdicts(session, row.id) == [VERDICT]


def test_a_changed_post_adds_a_verdict_and_keeps_history(store: Engine) -> None:
    put(store)
    edited = replace(POST, text=POST.text + " (edited)")
    assert put(store, edited) == "changed"
    assert current_rows(store) == [
        ("nl", "nl-2026.1", False),
        ("nl", "nl-2026.1", True),
    ]
    assert count(store, PostRow) == 1


def test_a_new_rulebook_version_adds_a_verdict_for_an_unchanged_post(store: Engine) -> None:
    put(store)
    newer = replace(VERDICT, rulebook_version="nl-2026.2", verdict="unclear_disclosure")
    assert put(store, POST, newer) == "unchanged"
    assert current_rows(store) == [("nl", "nl-2026.1", False), ("nl", "nl-2026.2", True)]
    assert put(store, POST, newer) == "unchanged"
    assert count(store, VerdictRow) == 2


def test_jurisdictions_keep_their_own_current_verdict(store: Engine) -> None:
    us = replace(VERDICT, jurisdiction="us", rulebook_version="us-2026.1")
    put(store, POST, VERDICT, us)
    newer_us = replace(us, rulebook_version="us-2026.2")
    put(store, POST, VERDICT, newer_us)
    assert current_rows(store) == [
        ("nl", "nl-2026.1", True),
        ("us", "us-2026.1", False),
        ("us", "us-2026.2", True),
    ]


def test_reverting_a_post_revives_its_earlier_verdict(store: Engine) -> None:
    put(store)
    put(store, replace(POST, text="changed"))
    assert put(store) == "changed"
    assert count(store, VerdictRow) == 2
    assert current_rows(store) == [("nl", "nl-2026.1", True), ("nl", "nl-2026.1", False)]


def test_account_keeps_known_values_and_updates_tier(store: Engine) -> None:
    put(store, account=ACCOUNT)
    put(store, replace(POST, post_id="other"), account=replace(ACCOUNT, follower_count=None))
    with store.connect() as connection:
        assert connection.execute(select(Account.follower_count, Account.tier)).one() == (
            18_500,
            "micro",
        )
    put(store, replace(POST, post_id="third"), account=replace(ACCOUNT, follower_count=150_000))
    with store.connect() as connection:
        assert connection.execute(select(Account.tier)).scalar() == "macro"
    assert count(store, Account) == 1


def test_post_without_id_falls_back_to_url_then_source_key(store: Engine) -> None:
    put(store, Post("Blog post", platform="blog", url="https://example.nl/a"))
    put(store, Post("Text file post", platform="blog"), fallback_id="posts/a.md")
    with store.connect() as connection:
        ids = sorted(connection.scalars(select(PostRow.post_id)))
    assert ids == ["https://example.nl/a", "posts/a.md"]
    with pytest.raises(MissingPostId):
        put(store, Post("nowhere", platform="blog"))


def test_brand_upsert_replaces_by_slug(store: Engine) -> None:
    with transaction(store, write=True) as session:
        first = upsert_brand(session, BrandRecord("zara", "Zara", handles=("@zara",)))
    with transaction(store, write=True) as session:
        again = upsert_brand(
            session,
            BrandRecord("zara", "ZARA", ("Zara Home",), ("zara", "zarahome"), ("Zara.com",)),
        )
    assert first == again
    with store.connect() as connection:
        row = connection.execute(
            select(Brand.name, Brand.aliases, Brand.handles, Brand.domains)
        ).one()
    assert tuple(row) == ("ZARA", ["Zara Home"], ["zara", "zarahome"], ["zara.com"])
    assert count(store, Brand) == 1


def test_a_failed_transaction_writes_nothing(store: Engine) -> None:
    with pytest.raises(RuntimeError), transaction(store, write=True) as session:
        store_post(session, POST, (VERDICT,), account=ACCOUNT)
        raise RuntimeError("crash between writes")
    assert (count(store, PostRow), count(store, VerdictRow), count(store, Account)) == (0, 0, 0)
