"""A public Instagram post's embed page (``/p/<shortcode>/embed/captioned/``).

The embed page is the one form of a post Instagram serves without a login.  It carries
the caption and the owner, sometimes the full ``shortcode_media`` JSON (read like an
Instaloader node, with the paid-partnership flag and sponsors) — older pages in
``window.__additionalDataLoaded('extra', …)``, newer ones in a ``contextJSON`` string.
Without that JSON the caption is read from the HTML, and a "Paid partnership" line in
the header becomes the native label.  Instagram's robots.txt may disallow fetching it:
the fetcher obeys, and the scan records a ``robots`` error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from scrapers.fetch.errors import Fetcher, FetchError
from scrapers.models import Post
from scrapers.sources.base import SourceAccount, SourceItem
from scrapers.sources.common import (
    SourceError,
    clean_handle,
    dig,
    error_item,
    find_urls,
    parsed_item,
    post_item,
    read_text,
)
from scrapers.sources.instagram import PAID_PARTNERSHIP, post_from_node

_EXTRA = re.compile(r"__additionalDataLoaded\(\s*['\"]extra['\"]\s*,\s*")
_CONTEXT = re.compile(r'"contextJSON"\s*:\s*')
_PERMALINK = re.compile(r"instagram\.com/(?:p|reel|tv)/([\w-]+)")
_PAID = re.compile(r"paid partnership|betaald partnerschap|bezahlte partnerschaft", re.I)


def embed_url(shortcode: str) -> str:
    """The embed page of a post.

    >>> embed_url("C0ffee")
    'https://www.instagram.com/p/C0ffee/embed/captioned/'
    """
    return f"https://www.instagram.com/p/{shortcode}/embed/captioned/"


def _embedded_media(document: str) -> dict[str, Any] | None:
    decoder = json.JSONDecoder()
    if match := _EXTRA.search(document):
        try:
            data, _ = decoder.raw_decode(document, match.end())
        except json.JSONDecodeError:
            data = None
        media = dig(data, "shortcode_media")
        if isinstance(media, dict):
            return media
    if match := _CONTEXT.search(document):
        try:
            raw, _ = decoder.raw_decode(document, match.end())
            data = json.loads(raw) if isinstance(raw, str) else raw
        except json.JSONDecodeError:
            return None
        media = dig(data, "gql_data", "shortcode_media") or dig(data, "context", "media")
        if isinstance(media, dict) and media.get("shortcode"):
            return media
    return None


def post_from_embed(document: str, where: str) -> tuple[Post, SourceAccount | None]:
    """An embed page as a post: from its JSON when present, else from its HTML."""
    media = _embedded_media(document)
    if media is not None:
        return post_from_node(media, where)
    tree = lxml_html.fromstring(document)
    caption_nodes = tree.xpath('//div[contains(@class, "Caption")][not(contains(@class, "Comm"))]')
    permalink = _PERMALINK.search(document)
    if not caption_nodes and not permalink:
        raise SourceError("parse", f"{where}: not an Instagram embed page")
    if not permalink:
        raise SourceError("parse", f"{where}: embed page without a post permalink")
    handle = clean_handle(_first_text(tree, '//a[contains(@class, "CaptionUsername")]')
                          or _first_text(tree, '//a[contains(@class, "Username")]'))
    caption = _caption_text(caption_nodes[0]) if caption_nodes else ""
    header = " ".join(tree.xpath('//div[contains(@class, "Header")]//text()'))
    shortcode = permalink.group(1)
    post = Post(
        text=caption,
        platform="instagram",
        url=f"https://www.instagram.com/p/{shortcode}/",
        post_id=shortcode,
        author=handle,
        links=find_urls(caption),
        native_labels=(PAID_PARTNERSHIP,) if _PAID.search(header) else (),
    )
    account = SourceAccount("instagram", handle, url=f"https://www.instagram.com/{handle}/") \
        if handle else None
    return post, account


def _first_text(tree: Any, xpath: str) -> str | None:
    for node in tree.xpath(xpath):
        text = node.text_content().strip()
        if text:
            return str(text)
    return None


def _caption_text(node: Any) -> str:
    """The caption without the leading username and the trailing comments block."""
    for drop in node.xpath('.//*[contains(@class, "CaptionUsername") or '
                           'contains(@class, "CaptionComments")]'):
        drop.drop_tree()
    for br in node.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in node.text_content().splitlines()).strip()


def embed_url_items(shortcode: str, client: Fetcher) -> Iterator[SourceItem]:
    """Fetch a post's embed page through the polite client and read it."""
    url = embed_url(shortcode)
    key = f"instagram:{shortcode}"
    try:
        result = client.fetch(url)
        post, account = post_from_embed(result.text, url)
    except (FetchError, SourceError) as exc:
        yield error_item(key, exc.kind, exc.message)
        return
    yield post_item(key, post, account)


@dataclass(frozen=True)
class EmbedPageSource:
    """A saved Instagram embed page (``.html``)."""

    path: Path
    name: str = "instagram_embed"

    def items(self) -> Iterator[SourceItem]:
        where = str(self.path)
        yield parsed_item(
            where, lambda: post_from_embed(read_text(self.path), where),
            lambda post: f"instagram:{post.post_id}",
        )
