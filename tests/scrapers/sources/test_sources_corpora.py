"""Real pages and articles from ../shared/corpora read without an exception (skipped if absent)."""

from __future__ import annotations

from pathlib import Path

from scrapers.sources.registry import source_for


def test_seed_articles_read_as_dutch_posts(corpora: Path) -> None:
    items = list(source_for(str(corpora / "seed-articles")).items())
    assert len(items) == 5 and all(i.ok for i in items)
    assert {i.post.language for i in items if i.post} == {"nl"}


def test_real_web_pages_become_posts_or_clear_errors(corpora: Path) -> None:
    pages = sorted((corpora / "web-pages" / "eval").glob("*.html"))[:15]
    for page in pages:
        [item] = source_for(str(page)).items()
        assert item.ok, (page.name, item.error_kind, item.error_message)
        assert item.post is not None and item.post.html and item.post.post_id
