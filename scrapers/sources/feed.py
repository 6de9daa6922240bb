"""RSS and Atom feeds (feedparser): one post per entry, from the entry's own content.

Entries are not fetched one by one (a feed is the polite way to read a site); the entry's
``content:encoded``/``content`` (else its summary) is the post's HTML.  Feeds that carry
only a teaser therefore give only the teaser — scan the page URLs for full text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import feedparser

from scrapers.models import Post
from scrapers.sources.base import SourceAccount, SourceItem
from scrapers.sources.bounds import is_before
from scrapers.sources.common import error_item, iso_timestamp, post_item
from scrapers.sources.web import site_handle


def feed_items(
    content: bytes, where: str, *, url: str | None = None, since: datetime | None = None
) -> Iterator[SourceItem]:
    """Items of one feed document; entries before ``since`` are skipped."""
    from scrapers.detection.html import extract_page

    parsed = feedparser.parse(content, response_headers={"content-location": url or ""})
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield error_item(where, "parse", f"{where}: not a readable RSS/Atom feed ({reason})")
        return
    site = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries):
        link = entry.get("link") or None
        key = link or f"{where}#{number}"
        published = _published(entry)
        if is_before(published, since):
            continue
        body = _body(entry)
        page = extract_page(f"<html><body><article>{body}</article></body></html>", link)
        text = page.text or _plain(entry.get("summary", ""))
        if not text.strip() and not entry.get("title"):
            yield error_item(key, "parse", f"{key}: feed entry without text or title")
            continue
        handle = site_handle(link or url)
        post = Post(
            text=text,
            platform="blog",
            url=link,
            post_id=link or entry.get("id") or key,
            author=handle,
            title=entry.get("title") or None,
            links=content_links(body, link),
            html=body or None,
            language=_language(entry, parsed),
            published=published,
        )
        account = SourceAccount("blog", handle, display_name=site) if handle else None
        yield post_item(key, post, account)


def content_links(body: str, base: str | None) -> tuple[str, ...]:
    """Every http(s) link in an entry's HTML (all of it is the post's own content).

    >>> content_links('<p><a href="/a">x</a> <a href="mailto:x@y">m</a></p>', "https://b.example/p")
    ('https://b.example/a',)
    """
    from urllib.parse import urljoin

    from lxml import html as lxml_html

    if not body.strip():
        return ()
    try:
        tree = lxml_html.fromstring(f"<div>{body}</div>")
    except (ValueError, lxml_html.etree.ParserError):
        return ()
    found = (urljoin(base or "", str(href).strip()) for href in tree.xpath("//a/@href"))
    return tuple(dict.fromkeys(u for u in found if u.startswith(("http://", "https://"))))


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    if contents:
        return "\n".join(str(c.get("value", "")) for c in contents)
    return str(entry.get("summary", ""))


def _plain(text: str) -> str:
    from lxml import html as lxml_html

    return lxml_html.fromstring(f"<div>{text}</div>").text_content().strip() if text else ""


def _published(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        if entry.get(key):
            stamp = iso_timestamp(entry[key])
            if stamp:
                return stamp
    return None


def _language(entry: Any, parsed: Any) -> str | None:
    value = (entry.get("content") or [{}])[0].get("language") or parsed.feed.get("language")
    return str(value).split("-")[0].lower()[:2] if value else None
