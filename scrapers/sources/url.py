"""A URL to scan: fetched once through the polite client, then read as what it turns out to be.

An RSS/Atom feed or a sitemap is recognised by its XML root, anything else is a web page.
YouTube video URLs go through the yt-dlp library when it is installed (extra ``online``);
Instagram post URLs are read from their public embed page; TikTok pages are behind
scripts and a login wall and are refused with a clear error (use a scraper's JSON).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from scrapers.fetch.errors import Fetcher, FetchError
from scrapers.sources.base import SourceItem
from scrapers.sources.common import error_item

_XML_ROOT = re.compile(rb"<(?:[a-zA-Z0-9_]+:)?(rss|feed|RDF|urlset|sitemapindex)[\s>]")
_YOUTUBE = re.compile(r"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch|shorts/)|youtu\.be/)")
_INSTAGRAM = re.compile(r"^https?://(?:www\.)?instagram\.com/(?:[^/]+/)?(?:p|reel|tv)/([\w-]+)")
_TIKTOK = re.compile(r"^https?://(?:www\.|vm\.|m\.)?tiktok\.com/")


def document_items(
    content: bytes,
    where: str,
    *,
    url: str | None,
    client: Fetcher | None,
    since: datetime | None,
) -> Iterator[SourceItem]:
    """Items of a fetched or saved document: a feed, a sitemap, or one page."""
    from scrapers.sources.feed import feed_items
    from scrapers.sources.sitemap import sitemap_items

    match = _XML_ROOT.search(content[:4096])
    kind = match.group(1).decode() if match else "page"
    if kind in ("urlset", "sitemapindex"):
        yield from sitemap_items(content, where, client=client, since=since)
    elif kind in ("rss", "feed", "RDF"):
        yield from feed_items(content, where, url=url, since=since)
    else:
        yield _page_document_item(content, where, url)


def _page_document_item(content: bytes, where: str, url: str | None) -> SourceItem:
    from scrapers.detection.html import decode_html
    from scrapers.sources.common import parsed_item
    from scrapers.sources.web import post_from_html

    document = decode_html(content)
    return parsed_item(where, lambda: post_from_html(document, url=url, where=where),
                       lambda _post: url or where)


@dataclass(frozen=True)
class UrlSource:
    """Whatever lives at a URL: page, feed, sitemap, YouTube video or Instagram post."""

    url: str
    client: Fetcher | None = None
    since: datetime | None = None
    name: str = "url"

    def items(self) -> Iterator[SourceItem]:
        if _TIKTOK.match(self.url):
            yield error_item(
                self.url, "unsupported",
                "TikTok pages need scripts and a login; import a scraper's JSON instead "
                "(transparant import tiktok FILE)",
            )
            return
        if _YOUTUBE.match(self.url):
            from scrapers.sources.youtube_online import online_video_items

            yield from online_video_items(self.url)
            return
        if self.client is not None:
            yield from self._fetched_items(self.client)
            return
        from scrapers.fetch.client import PoliteClient

        with PoliteClient() as client:
            yield from self._fetched_items(client)

    def _fetched_items(self, client: Fetcher) -> Iterator[SourceItem]:
        if shortcode := _INSTAGRAM.match(self.url):
            from scrapers.sources.instagram_embed import embed_url_items

            yield from embed_url_items(shortcode.group(1), client)
            return
        try:
            result = client.fetch(self.url)
        except FetchError as exc:
            yield error_item(self.url, exc.kind, exc.message)
            return
        yield from document_items(
            result.content, self.url, url=result.final_url, client=client, since=self.since
        )
