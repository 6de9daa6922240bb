"""XML sitemaps (``urlset`` and ``sitemapindex``): every listed page, fetched politely.

``<lastmod>`` lets ``since`` skip old pages without fetching them.  Nested sitemap indexes
are followed to a bounded depth, and at most :data:`MAX_URLS` pages are listed per run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from scrapers.fetch.errors import Fetcher, FetchError
from scrapers.sources.base import SourceItem
from scrapers.sources.bounds import is_before
from scrapers.sources.common import SourceError, error_item, post_item

MAX_URLS = 50_000
MAX_DEPTH = 3
_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    """One ``<url>`` or ``<sitemap>`` of a sitemap."""

    loc: str
    lastmod: str | None = None


def parse_sitemap(content: bytes, where: str) -> tuple[str, list[SitemapEntry]]:
    """The sitemap's kind (``urlset`` or ``sitemapindex``) and its entries.

    >>> parse_sitemap(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    ...               b'<url><loc>https://a.example/x</loc></url></urlset>', "s")
    ('urlset', [SitemapEntry(loc='https://a.example/x', lastmod=None)])
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError("parse", f"{where}: not a readable sitemap ({exc})") from exc
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise SourceError("parse", f"{where}: <{kind}> is not a sitemap root")
    entries = []
    for node in root:
        if not isinstance(node.tag, str):
            continue
        loc = node.findtext(f"{_NS}loc") or node.findtext("loc")
        if loc and loc.strip():
            lastmod = node.findtext(f"{_NS}lastmod") or node.findtext("lastmod")
            entries.append(SitemapEntry(loc.strip(), lastmod.strip() if lastmod else None))
    return kind, entries[:MAX_URLS]


def sitemap_items(
    content: bytes,
    where: str,
    *,
    client: Fetcher | None,
    since: datetime | None = None,
    depth: int = 0,
) -> Iterator[SourceItem]:
    """Items of every page a sitemap (or its nested sitemaps) lists."""
    try:
        kind, entries = parse_sitemap(content, where)
    except SourceError as exc:
        yield error_item(where, exc.kind, exc.message)
        return
    entries = [e for e in entries if not is_before(e.lastmod, since)]
    if client is not None:
        yield from _entry_items(kind, entries, client, since, depth)
        return
    from scrapers.fetch.client import PoliteClient

    with PoliteClient() as own:
        yield from _entry_items(kind, entries, own, since, depth)


def _entry_items(
    kind: str, entries: list[SitemapEntry], client: Fetcher, since: datetime | None, depth: int
) -> Iterator[SourceItem]:
    for entry in entries:
        if kind == "sitemapindex":
            yield from _nested(entry.loc, client, since, depth)
        else:
            yield page_item(entry.loc, client)


def _nested(url: str, client: Fetcher, since: datetime | None, depth: int) -> Iterator[SourceItem]:
    if depth >= MAX_DEPTH:
        yield error_item(url, "parse", f"{url}: sitemap indexes nested deeper than {MAX_DEPTH}")
        return
    try:
        result = client.fetch(url)
    except FetchError as exc:
        yield error_item(url, exc.kind, exc.message)
        return
    yield from sitemap_items(result.content, url, client=client, since=since, depth=depth + 1)


def page_item(url: str, client: Fetcher) -> SourceItem:
    """Fetch one page and read it as a post; every failure is an error item keyed by URL."""
    from scrapers.detection.html import decode_html
    from scrapers.sources.web import post_from_html

    try:
        result = client.fetch(url)
        post, account = post_from_html(
            decode_html(result.content), url=result.final_url, where=url
        )
    except FetchError as exc:
        return error_item(url, exc.kind, exc.message)
    except SourceError as exc:
        return error_item(url, exc.kind, exc.message)
    return post_item(url, post, account)
