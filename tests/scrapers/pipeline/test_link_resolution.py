"""Short links in posts are resolved through the scan's client and judged by where they go."""

from __future__ import annotations

from link_server import Site, link_client, link_site, reply, site
from sqlalchemy import Engine, select

from scrapers.fetch.client import PoliteClient
from scrapers.models import Post
from scrapers.pipeline import scan_sources
from scrapers.pipeline.links import LinkResolver
from scrapers.sources.base import SourceItem
from scrapers.store.schema import Post as PostRow
from scrapers.store.schema import ScanItem, SignalRow, Verdict

from fixture_source import ListSource  # isort: skip

__all__ = ["link_client", "link_site", "site"]  # fixtures used by name


def short_item(key: str, short: str) -> SourceItem:
    text = f"Mijn favoriete serum van dit moment, echt een aanrader: {short}"
    return SourceItem(key, Post(text, platform="instagram", post_id=key, author="anna"))


def signals_of(engine: Engine, post_id: str) -> list[tuple[str, str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(SignalRow.rule, SignalRow.detail, SignalRow.text)
            .join(Verdict, SignalRow.verdict_id == Verdict.id)
            .join(PostRow, Verdict.post_id == PostRow.id)
            .where(PostRow.post_id == post_id, Verdict.is_current.is_(True))
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def stored_links(engine: Engine, post_id: str) -> list[str]:
    with engine.connect() as connection:
        links = connection.scalar(select(PostRow.links).where(PostRow.post_id == post_id))
    return list(links or [])


def test_short_link_to_an_affiliate_url_becomes_affiliate_evidence(
    store: Engine, link_site: Site, link_client: PoliteClient
) -> None:
    landing = f"http://www.amazon.com:{link_site.port}/dp/X?tag=abc-21"
    link_site.routes["/deal"] = reply(301, Location=landing)
    link_site.routes["/dp/X?tag=abc-21"] = reply(200, b"product")
    short = f"http://bit.ly:{link_site.port}/deal"
    items = (short_item("p1", short), short_item("p2", short))
    summary = scan_sources(store, [ListSource(items)], ("nl",), link_client=link_client)
    assert (summary.seen, summary.errors, summary.links_resolved) == (2, {}, 1)
    assert [h.method for h in link_site.hits if h.path == "/deal"] == ["HEAD"]  # cached
    for key in ("p1", "p2"):
        assert stored_links(store, key) == [landing]
        found = signals_of(store, key)
        assert ("commercial.affiliate_link", "amazon", landing) in found
        assert ("commercial.shortened_link", "unresolved", short) in found


def test_a_failed_resolution_is_recorded_and_the_post_still_stored(
    store: Engine, link_site: Site, link_client: PoliteClient
) -> None:
    short = f"http://bit.ly:{link_site.port}/gone"
    summary = scan_sources(
        store, [ListSource((short_item("p3", short),))], ("nl",), link_client=link_client
    )
    assert (summary.seen, summary.new, summary.errors) == (1, 1, {"link": 1})
    assert [h.method for h in link_site.hits if h.path == "/gone"] == ["HEAD", "GET"]
    assert stored_links(store, "p3") == []
    assert ("commercial.shortened_link", "unresolved", short) in signals_of(store, "p3")
    with store.connect() as connection:
        rows = connection.execute(
            select(ScanItem.item_key, ScanItem.status, ScanItem.error_kind, ScanItem.error_message)
        ).all()
    by_key = {row[0]: row[1:] for row in rows}
    assert by_key["p3"] == ("done", None, None)
    status, kind, message = by_key[f"link:{short}"]
    assert (status, kind) == ("error", "link")
    assert message is not None and "http: " in message and "(in p3)" in message
    assert "404" in message


def test_without_a_client_nothing_is_fetched(store: Engine, link_site: Site) -> None:
    short = f"http://bit.ly:{link_site.port}/deal"
    summary = scan_sources(store, [ListSource((short_item("p4", short),))], ("nl",))
    assert (summary.seen, summary.links_resolved) == (1, 0)
    assert link_site.hits == []
    assert ("commercial.shortened_link", "unresolved", short) in signals_of(store, "p4")


def test_resolver_keeps_originals_and_skips_ordinary_links(
    link_site: Site, link_client: PoliteClient
) -> None:
    link_site.routes["/x"] = reply(302, Location="/landing")
    link_site.routes["/landing"] = reply(200)
    short = f"http://bit.ly:{link_site.port}/x"
    post = Post("Kijk https://example.nl/blog", links=(short, "https://example.nl/blog"))
    expanded = LinkResolver(link_client).expand(post)
    final = f"http://bit.ly:{link_site.port}/landing"
    assert expanded.post.links == (short, "https://example.nl/blog", final)
    assert [(r.original, r.final_url, r.error) for r in expanded.resolved] == [(short, final, None)]
    assert {h.path for h in link_site.hits} == {"/robots.txt", "/x", "/landing"}
