"""A web page (blog post, news article) as a post: main text, links, author, date.

The main text, in-content links, title, author, date and language come from the detector's
own page reader (:func:`scrapers.detection.html.extract_page`, JSON-LD and OpenGraph
included), so scanning and analysing read a page the same way; the whole HTML travels in
``Post.html`` for the on-page advertorial labels.  The canonical URL comes from
``<link rel="canonical">`` or ``og:url``.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from scrapers.models import Post
from scrapers.sources.base import SourceAccount
from scrapers.sources.common import SourceError, iso_timestamp, stable_id

_BLOG_TYPES = {"BlogPosting", "Blog", "SocialMediaPosting"}


def canonical_url(document: str, url: str | None) -> str | None:
    """``<link rel=canonical>``, else ``og:url``, else ``url`` (made absolute against ``url``).

    >>> canonical_url('<link rel="canonical" href="/a?x=1">', "https://blog.example/a?utm=1")
    'https://blog.example/a?x=1'
    """
    try:
        tree = lxml_html.fromstring(document or "<html/>")
    except (ValueError, lxml_html.etree.ParserError):
        return url
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = [str(v).strip() for v in tree.xpath(xpath) if str(v).strip()]
        if found:
            absolute = urljoin(url or "", found[0])
            if urlsplit(absolute).scheme in ("http", "https"):
                return absolute
    return url


def site_handle(url: str | None) -> str | None:
    """The site's host without ``www.`` — a blog's account handle.

    >>> site_handle("https://www.modeblog.nl/2024/zomer")
    'modeblog.nl'
    """
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.") or None


def post_from_html(
    document: str, *, url: str | None, where: str, fallback_id: str | None = None
) -> tuple[Post, SourceAccount | None]:
    """One web page as a post and the site (or author) as its account."""
    from scrapers.detection.html import extract_page

    page = extract_page(document, url)
    if not page.text.strip() and not page.title.strip():
        raise SourceError("parse", f"{where}: no readable text in the page")
    canonical = canonical_url(document, url)
    site = site_handle(canonical)
    author = page.author.strip() or None
    platform = "blog" if _BLOG_TYPES & set(page.jsonld_types) else "web"
    post = Post(
        text=page.text,
        platform=platform,
        url=canonical,
        post_id=canonical or fallback_id or stable_id(where),
        author=site or author,
        title=page.title or None,
        links=page.links,
        html=document,
        language=page.language or None,
        published=iso_timestamp(page.published) if page.published else None,
    )
    account = None
    if post.author:
        account = SourceAccount(
            platform=platform,
            handle=post.author,
            display_name=page.site_name or author or None,
            url=f"https://{site}/" if site else None,
        )
    return post, account
