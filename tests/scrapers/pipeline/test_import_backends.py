"""Every source type's fixtures import into SQLite and PostgreSQL with the same results.

The fixtures are the source adapters' own (``tests/fixtures/sources``): yt-dlp, Instaloader,
TikTok, CSV and JSONL imports, a folder of files, an Instagram data export and a folder of
broken files.  Each store is reduced to a snapshot of what it holds — posts, accounts,
current verdicts with their evidence, recorded errors — and the PostgreSQL snapshot must
equal the SQLite one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from scrapers.pipeline import scan_sources
from scrapers.sources.base import Source
from scrapers.store.database import open_store
from scrapers.store.schema import Account, Post, ScanItem, SignalRow, Verdict

SOURCES = Path(__file__).resolve().parents[2] / "fixtures" / "sources"
IMPORTS = [
    ("ytdlp", "ytdlp"),
    ("instaloader", "instaloader"),
    ("tiktok", "tiktok"),
    ("csv", "files/posts.csv"),
    ("jsonl", "files/posts.jsonl"),
]
SCANS = ["files", "instagram_export", "bad"]


def sources() -> list[tuple[str, Source]]:
    registry = pytest.importorskip("scrapers.sources.registry")
    if not SOURCES.is_dir():
        pytest.skip("the source adapters' fixtures are not here")
    listed = [
        (f"{fmt}:{path}", registry.import_source(fmt, SOURCES / path)) for fmt, path in IMPORTS
    ]
    listed += [(spec, registry.source_for(str(SOURCES / spec))) for spec in SCANS]
    return listed


def import_all(engine: Engine) -> list[int]:
    """Import every fixture; returns the posts seen per source."""
    seen = []
    for label, source in sources():
        summary = scan_sources(engine, [source], ("nl", "us"), labels=[label], kind="import")
        assert "store" not in summary.errors and "detect" not in summary.errors, summary.line()
        seen.append(summary.seen)
    return seen


def snapshot(engine: Engine) -> dict[str, Any]:
    """What the store holds, without row ids or timestamps."""
    with engine.connect() as connection:
        posts = connection.execute(
            select(
                Post.platform,
                Post.post_id,
                Post.lookup_hash,
                Post.content_hash,
                Post.author,
                Post.text,
                Post.links,
                Post.language,
                Account.handle,
            ).outerjoin(Account, Post.account_id == Account.id)
        ).all()
        accounts = connection.execute(
            select(
                Account.platform,
                Account.handle,
                Account.follower_count,
                Account.tier,
                Account.niches,
            )
        ).all()
        evidence = connection.execute(
            select(
                Post.platform,
                Post.post_id,
                Verdict.jurisdiction,
                Verdict.verdict,
                Verdict.commercial,
                Verdict.disclosed,
                Verdict.confidence,
                Verdict.rulebook_version,
                SignalRow.rule,
                SignalRow.text,
                SignalRow.start,
                SignalRow.end,
            )
            .join(Post, Verdict.post_id == Post.id)
            .outerjoin(SignalRow, SignalRow.verdict_id == Verdict.id)
            .where(Verdict.is_current.is_(True))
        ).all()
        errors = connection.execute(
            select(ScanItem.item_key, ScanItem.error_kind).where(ScanItem.status == "error")
        ).all()
    return {
        "posts": sorted(map(repr, posts)),
        "accounts": sorted(map(repr, accounts)),
        "evidence": sorted(map(repr, evidence)),
        "errors": sorted(map(repr, errors)),
    }


def test_fixtures_import_the_same_into_both_backends(
    store: Engine, store_url: str, tmp_path: Path
) -> None:
    reference = open_store(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    seen = import_all(reference)
    assert all(seen[: len(IMPORTS)]), seen  # every import format gave posts
    expected = snapshot(reference)
    reference.dispose()

    import_all(store)
    assert snapshot(store) == expected
    assert expected["errors"], "the broken fixtures are recorded as errors"
    again = [
        scan_sources(store, [source], ("nl", "us"), labels=[label], kind="import")
        for label, source in sources()
    ]
    assert sum(summary.verdicts_written for summary in again) == 0
    assert snapshot(store)["posts"] == expected["posts"]
