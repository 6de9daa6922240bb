"""Blogs and news: pages, RSS/Atom feeds and sitemaps, through a fake fetcher."""

from __future__ import annotations

from sources_fakes import FIXTURES, FakeFetcher

from scrapers.sources.registry import source_for

WEB = FIXTURES / "web"
REVIEW = "https://outdoorollie.example/reviews/trailmaster-2"


def test_rss_feed_entries_become_posts_from_their_content() -> None:
    fetcher = FakeFetcher({"https://lotteloves.example/feed/": WEB / "feed.xml"})
    items = list(source_for("https://lotteloves.example/feed/", client=fetcher).items())
    assert [i.key for i in items] == [
        "https://lotteloves.example/2024/04/voorjaarsjas",
        "https://lotteloves.example/2023/07/boeken",
    ]
    first = items[0].post
    assert first is not None and items[0].account is not None
    assert first.post_id == first.url == "https://lotteloves.example/2024/04/voorjaarsjas"
    assert (first.platform, first.author, first.language) == ("blog", "lotteloves.example", "nl")
    assert first.published == "2024-04-02T08:00:00+00:00"
    assert "In samenwerking met Jassenhuis" in first.text
    assert first.links == ("https://tc.tradetracker.net/?c=1234&m=567&a=890",)
    assert items[0].account.display_name == "Lotte Loves"
    teaser = items[1].post
    assert teaser is not None and teaser.text.startswith("Mijn leeslijst voor deze zomer")
    assert fetcher.asked == ["https://lotteloves.example/feed/"]  # entries are not fetched


def test_since_skips_old_feed_entries_and_limit_stops_early() -> None:
    fetcher = FakeFetcher({"https://lotteloves.example/feed/": WEB / "feed.xml"})
    recent = list(source_for("https://lotteloves.example/feed/", client=fetcher,
                             since="2024-01-01").items())
    assert [i.key for i in recent] == ["https://lotteloves.example/2024/04/voorjaarsjas"]
    one = list(source_for("https://lotteloves.example/feed/", client=fetcher, limit=1).items())
    assert len(one) == 1


def test_atom_feed() -> None:
    [item] = source_for(str(WEB / "atom.xml")).items()
    post = item.post
    assert post is not None
    assert (post.post_id, post.language, post.title) == (
        REVIEW, "en", "Three weeks with the Trailmaster 2 hiking boots")
    assert post.links == ("https://www.awin1.com/cread.php?awinmid=1234",)


def test_sitemap_fetches_each_recent_page_and_records_failures() -> None:
    fetcher = FakeFetcher({
        "https://outdoorollie.example/sitemap.xml": WEB / "sitemap.xml",
        REVIEW: FIXTURES / "files" / "review.html",
    })
    items = list(source_for("https://outdoorollie.example/sitemap.xml", client=fetcher,
                            since="2020-01-01").items())
    assert [(i.key, i.error_kind) for i in items] == [
        (REVIEW, None),
        ("https://outdoorollie.example/reviews/missing", "http"),
    ]
    assert "https://outdoorollie.example/reviews/old-tent" not in fetcher.asked
    post = items[0].post
    assert post is not None and post.html is not None and post.author == "outdoorollie.example"


def test_sitemap_index_is_followed() -> None:
    fetcher = FakeFetcher({
        "https://outdoorollie.example/sitemap_index.xml": WEB / "sitemap_index.xml",
        "https://outdoorollie.example/sitemap-posts.xml": WEB / "sitemap.xml",
        REVIEW: FIXTURES / "files" / "review.html",
    })
    items = list(source_for("https://outdoorollie.example/sitemap_index.xml",
                            client=fetcher).items())
    assert [i.error_kind for i in items] == [None, "http", "http"]


def test_page_url_and_fetch_errors() -> None:
    fetcher = FakeFetcher({REVIEW: FIXTURES / "files" / "review.html",
                           "https://empty.example/": b"<html><body></body></html>"})
    [page] = source_for(REVIEW, client=fetcher).items()
    assert page.post is not None and page.post.url == REVIEW
    [gone] = source_for("https://outdoorollie.example/gone", client=fetcher).items()
    assert (gone.key, gone.error_kind) == ("https://outdoorollie.example/gone", "http")
    [empty] = source_for("https://empty.example/", client=fetcher).items()
    assert empty.error_kind == "parse" and "no readable text" in (empty.error_message or "")


def test_broken_sitemap_is_a_parse_error() -> None:
    fetcher = FakeFetcher({"https://x.example/sitemap.xml": b"<urlset><url><loc>https://x"})
    [item] = source_for("https://x.example/sitemap.xml", client=fetcher).items()
    assert item.error_kind == "parse"
