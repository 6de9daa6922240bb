"""A web page reduced to what the detector judges: its main article, links and labels.

The main content comes from trafilatura (a well-kept extractor evaluated on the
same pages as ``../shared/corpora/web-pages``), configured offline and fast.
lxml reads the structured parts: links inside the main content, ``rel="sponsored"``,
the article's own advertorial labels, JSON-LD and OpenGraph.  Banner ads and
"Anzeige" slots *around* an editorial article are left out of all of them.

Never raises on real pages: bytes are decoded with charset sniffing, huge pages
are capped (and ``truncated`` says so), unparseable input yields an empty page.

>>> page = extract_page('<html lang="nl"><body><article><h1>Mijn ochtend</h1>'
...     '<p>Ik drink elke ochtend koffie van de markt, zwart en sterk, en lees de krant.</p>'
...     '</article></body></html>')
>>> page.language, page.title
('nl', 'Mijn ochtend')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final
from urllib.parse import urljoin

import trafilatura
from lxml import etree, html
from trafilatura.settings import use_config
from trafilatura.utils import decode_file

from scrapers.detection.html_ads import ad_captions, promoted_post
from scrapers.detection.html_labels import (
    WHOLE,
    article_links,
    article_of,
    clean_text,
    find_labels,
    header_texts,
    headline_of,
    link_text_share,
    typed_as_paid,
)
from scrapers.detection.html_notes import (
    box_labels,
    header_note,
    left_out,
    read_notes,
    site_notes,
)
from scrapers.detection.links import AFFILIATE, PAID_PLACEMENT, classify_link

MAX_HTML_CHARS: Final = 3_000_000
"""Pages beyond this (after dropping scripts and styles) are cut and marked ``truncated``."""
_SCRIPTS: Final = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BOMS: Final = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_DECLARED: Final = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{2,40})""", re.I)
SNIFF_MIN_BYTES: Final = 2048
_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """The parts of a web page the detector looks at."""

    text: str
    """Main content (the article body), without navigation, ads or comments."""
    title: str = ""
    links: tuple[str, ...] = ()
    """Absolute http(s) links inside the main content, in order, without duplicates."""
    labels: tuple[str, ...] = ()
    """Advertorial/sponsored labels of this article (kicker, byline, title, section, URL)."""
    sponsored_links: tuple[str, ...] = ()
    """Main-content links marked ``rel="sponsored"``."""
    author: str = ""
    published: str = ""
    language: str = ""
    """ISO 639-1 code from ``<html lang>`` or ``og:locale``; empty when absent."""
    description: str = ""
    site_name: str = ""
    address: str = ""
    """Where the page was fetched from, else the address it gives itself (canonical link,
    ``og:url``); empty when unknown."""
    page_type: str = ""
    """``og:type`` (``article``, ``product``, …)."""
    jsonld_types: tuple[str, ...] = ()
    """Every JSON-LD ``@type`` on the page (``NewsArticle``, ``AdvertiserContentArticle``, …)."""
    sponsor: str = ""
    """JSON-LD ``sponsor`` of the article, when declared."""
    truncated: bool = False
    """The page was larger than :data:`MAX_HTML_CHARS` and was cut."""
    main_content: bool = True
    """False when no main content was found and the whole visible text was used instead."""
    notes_before: tuple[str, ...] = ()
    """Short boxes of the article left out of ``text`` that stand before its body (a
    "Transparantie:" notice under the byline), see :func:`read_notes`."""
    notes_after: tuple[str, ...] = ()
    """The same after the body (the grey "in samenwerking met" box at the end)."""
    paid_markup: tuple[str, ...] = ()
    """Content types the page's markup gives the article ("advertorial", "native") that no
    reader sees: evidence of a paid piece, never its disclosure."""
    site_notes: tuple[str, ...] = ()
    """Sidebar and footer boxes on how the site earns from its links (:func:`site_notes`):
    read only when the article itself sells and says nothing."""


def extract_page(document: str | bytes, url: str | None = None) -> Page:
    """Reduce an HTML page (``str`` or undecoded ``bytes``) to a :class:`Page`.

    >>> extract_page(b"").text
    ''
    """
    text = decode_html(document) if isinstance(document, bytes) else document
    text, truncated = _cap(_XML_DECLARATION.sub("", text, count=1))
    tree = _parse(text)
    if tree is None:
        return Page(text="", truncated=truncated, main_content=False)
    meta = _metadata(tree)
    address = url or _own_url(tree, meta) or ""
    base = _base_url(tree, address)
    jsonld = _jsonld(tree)
    types = tuple(dict.fromkeys(_jsonld_types(jsonld)))
    title = (
        meta.get("og:title", "")
        or _first_text(tree, "(//article//h1 | //main//h1)[1]")
        or _first_text(tree, "//title")
        or _first_text(tree, "//h1")
    )
    heading = headline_of(tree, title)
    captions = ad_captions(tree, heading)
    # a feed's paid post in a short thread (yttrium) and an ad slot's caption in the site's
    # header above a bare headline (zoisite) stand in the headline's region: gone before their
    # labels are read as the page's. A caption inside the headline's own <header> or
    # <article> stays until the labels are read ("ANZEIGE, UNTERWEGS" in the entry meta is
    # the article's own label)
    own = next(heading.iterancestors("header", "article"), None) if heading is not None else None
    _drop([caption for caption in captions if promoted_post(caption, heading)
           or own is None or own not in caption.iterancestors()])
    texts = list(header_texts(heading))
    # the meta tag may name a section ("Partenaires") where the JSON-LD names the label
    sections = (meta.get("article:section", ""), _jsonld_value(jsonld, "articleSection"))
    section = next((s for s in sections if WHOLE.match(clean_text(s))), sections[0])
    # a saved page names its own address: its section ("/advertorial/") is a label too
    labels = find_labels(tree, heading, title, section, types, address, texts)
    marked = _sponsored(tree, base)
    language = _language(tree, meta)
    _drop(captions)
    article = article_of(heading)
    if article is None:
        article = _card_list(heading)
    marked_only = article is not None
    if article is None and heading is not None:
        # no <article>: the <main> around the headline holds the shop buttons and the
        # "£119 at Dormer & Pike" lines the extractor drops as link-dense; there only links
        # of an affiliate network count (native widgets in <main> are marked sponsored too),
        # and only on a page without <article> markup (else the grid beside it is a widget)
        article = _content_block(heading)
    buttons = (_affiliate_buttons(article, base, marked_only) if article is not None
               else ())  # ads dropped
    own = read_notes(heading)
    notes = [(note, True) for note in header_note(heading, texts)] + own.placed
    earning = own.earning + site_notes(tree, heading)
    posts, post_links = forum_posts(tree, base) if _FORUM_MARKUP.search(text) else ("", ())
    # trafilatura prunes the tree it is given, so it runs last on the same parse.
    _inline_divs_as_paragraphs(tree, {note for note, _ in own.placed} | set(own.earning))
    body, main_text, main = _main_content(tree, text, url)
    if len(posts) > len(main_text):
        main_text = f"{main_text}\n{posts}"
    before, after = left_out(notes, main_text) if main else ([], [])
    labels += box_labels([*before, *after], labels)
    links = _ordered(iter((*_links(body, base), *buttons, *post_links)))
    in_main = frozenset(links)
    return Page(
        text=main_text,
        title=title,
        links=links,
        labels=labels,
        sponsored_links=tuple(href for href in marked if href in in_main),
        author=meta.get("author", "") or _jsonld_name(jsonld, "author"),
        published=meta.get("article:published_time", "") or _jsonld_value(jsonld, "datePublished"),
        language=language,
        description=meta.get("og:description", "") or meta.get("description", ""),
        site_name=meta.get("og:site_name", ""),
        address=address,
        page_type=meta.get("og:type", ""),
        jsonld_types=types,
        sponsor=_jsonld_name(jsonld, "sponsor"),
        truncated=truncated,
        main_content=main,
        notes_before=tuple(before),
        notes_after=tuple(after),
        site_notes=tuple(earning),
        paid_markup=tuple(typed_as_paid(heading)),
    )


def decode_html(data: bytes) -> str:
    """Decode page bytes: BOM, declared charset, UTF-8, then sniffing; never raises.

    Short or undecidable input falls back to windows-1252, as browsers do.

    >>> decode_html("Café".encode("cp1252"))
    'Café'
    >>> decode_html(b'<meta charset="iso-8859-1"><p>Gr\\xfc\\xdfe</p>')[-12:]
    '<p>Grüße</p>'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    declared = _DECLARED.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if len(data) >= SNIFF_MIN_BYTES:
        try:
            return decode_file(data)
        except (LookupError, ValueError):
            pass
    return data.decode("cp1252", errors="replace")


def _cap(text: str) -> tuple[str, bool]:
    if len(text) <= MAX_HTML_CHARS:
        return text, False
    text = _SCRIPTS.sub("", text)
    return text[:MAX_HTML_CHARS], len(text) > MAX_HTML_CHARS


def _parse(text: str) -> html.HtmlElement | None:
    if not text.strip():
        return None
    try:
        return html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError, TypeError):
        return None


def _parser() -> html.HTMLParser:
    """A fresh parser per page: lxml parser objects must not be shared between threads."""
    return html.HTMLParser(remove_comments=True, remove_pis=True, recover=True)


@lru_cache(maxsize=1)
def _config() -> Any:
    """Offline, fast trafilatura settings: no download, no timeout signal, no dedup state."""
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "50")
    return config


def _drop(captions: list[html.HtmlElement]) -> None:
    """Take ad captions out of the tree: their links leave the main content, their tail text
    stays."""
    for caption in captions:
        if caption.getparent() is not None:  # not inside a caption dropped already
            caption.drop_tree()


def _main_content(
    tree: html.HtmlElement, text: str, url: str | None
) -> tuple[etree._Element | None, str, bool]:
    """``(main body element, main text, found)`` from trafilatura, else the visible text."""
    doc = _extract(tree, url, comments=False)
    if doc is not None and (doc.text or "").strip():
        main_text = doc.text or ""
        if len(main_text) < THIN_MAIN_TEXT and (thread := _thread_text(text, url, main_text)):
            main_text = thread
        return doc.body, main_text, True
    fresh = _parse(text)  # the failed extraction may have pruned ``tree``
    return None, _visible_text(fresh) if fresh is not None else "", False


INLINE_TAGS: Final = frozenset({
    "a", "abbr", "b", "bdi", "cite", "code", "em", "i", "kbd", "mark", "q", "s", "small", "span",
    "strong", "sub", "sup", "time", "u"})


def _inline_divs_as_paragraphs(tree: html.HtmlElement, notes: set[str]) -> None:
    """Rename to ``<p>`` every ``<div>`` that holds running text opening on an inline element.

    trafilatura reads such a div only from its own leading text: of '<div class="code-box">
    <strong>Für euch:</strong> Mit dem Code <strong>MAMAQUADRAT15</strong> bekommt ihr 15 % im
    <a …>Lumio-Onlineshop</a>.</div>' (beryl) it kept the link alone, and the code and the
    offer were lost. With inline children only, the div is a paragraph and is read whole.
    The article's ``notes`` (``read_notes``) stay divs: left out by the extractor, they are
    placed where the reader meets them ("<strong>Publi-communiqué</strong> — Ce contenu est
    proposé par …" under the standfirst opens the article); so does a div broken into lines
    ("<b>Entgeltliche Einschaltung</b><br>Dieser Beitrag …"), a notice box whose label
    ``box_labels`` reads as the page's.
    """
    for div in tree.iter("div"):
        children = list(div)
        if (not children or (div.text or "").strip()
                or any(not isinstance(child.tag, str) or child.tag not in INLINE_TAGS
                       for child in children)):
            continue
        if (any((child.tail or "").strip() for child in children)
                and clean_text(div.text_content()) not in notes):
            div.tag = "p"


THIN_MAIN_TEXT: Final = 300
"""A main text shorter than this (a headline and a "join the conversation" box) may be a
forum thread whose posts the extractor filed as comments."""


_FORUM_MARKUP: Final = re.compile(r'class="[^"]*\b(?:postbody|bbWrapper)\b')
"""phpBB's and XenForo's markup for a post: a topic's replies are the page as much as its
opening post."""
_FORUM_POSTS: Final = etree.XPath(
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' postbody ')]"
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' content ')]"
    " | //div[contains(concat(' ', normalize-space(@class), ' '), ' bbWrapper ')]")


def forum_posts(tree: html.HtmlElement, base: str | None) -> tuple[str, tuple[str, ...]]:
    """The posts of a phpBB or XenForo topic, one per line, and the links inside them.

    trafilatura keeps a topic's opening post and drops the replies, neither text nor comments;
    yet a reply can be the page's promotion ("J'ai envoyé ma batterie chez <a href=
    "…?utm_campaign=…">VoltaCycle</a> … code RANDO15" from a new account, fluorite; a XenForo
    reply's "rechenfuchs.app/start?ref=LENA30", heliodor). The caller reads them when they say
    more than the extracted text; read them before the extractor prunes ``tree``.
    """
    posts = _FORUM_POSTS(tree)
    joined = "\n".join(clean_text(post.text_content()) for post in posts)
    links = _ordered(_absolute(anchor.get("href"), base)
                     for post in posts for anchor in post.iter("a") if anchor.get("href"))
    return joined, links


def _extract(tree: html.HtmlElement, url: str | None, comments: bool) -> Any:
    """trafilatura's extraction of ``tree`` (which it prunes), or ``None``."""
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            fast=True,
            include_comments=comments,
            include_links=True,
            include_tables=True,
            with_metadata=False,
            config=_config(),
        )
    except Exception:  # a third-party extractor must not take a page down
        return None
    return None if doc is None or isinstance(doc, dict) else doc


def _thread_text(text: str, url: str | None, main_text: str) -> str:
    """The thin main text followed by the posts the extractor calls comments, when they say
    more than it does: on a forum topic (IPS, phpBB, Discourse markup) the opening post is
    marked up as the first comment, and it is the page's content (hematite); ``""`` else."""
    fresh = _parse(text)
    doc = _extract(fresh, url, comments=True) if fresh is not None else None
    posts = (doc.comments or "") if doc is not None else ""
    return f"{main_text}\n{posts}" if len(posts) > len(main_text) else ""


_VISIBLE: Final = etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template or ancestor::svg)]"
)


def _card_list(heading: html.HtmlElement | None) -> html.HtmlElement | None:
    """The ``<main>`` of a best-of list whose items are ``<article>`` cards, or ``None``.

    A roundup ("The best cordless vacuums") puts its headline in ``<main>`` and each product
    in an ``<article>`` of its own; the extractor would take the first card for the whole
    text and leave the other cards' shop buttons out. The cards become plain blocks, so the
    list is read as one article, and its ``<main>`` is where the article's buttons are.
    Teaser grids of other posts are not such cards, and the cards must hold a third or more
    of the text: a few product tiles beside a body are a shop widget, not the article.
    """
    if heading is None:
        return None
    main = next((node for node in heading.iterancestors()
                 if node.tag == "main" or node.get("role") == "main"), None)
    if main is None:
        return None
    cards = [card for card in main.iter("article") if heading not in card.iterdescendants()
             and link_text_share(card) < TEASER_LINK_SHARE]
    if len(cards) < MIN_CARDS:
        return None
    in_cards = sum(len(clean_text(card.text_content())) for card in cards)
    if in_cards * 3 < len(clean_text(main.text_content())):
        return None  # an article with a shop widget of product cards beside its own body
    for card in cards:
        card.tag = "div"
    return main


MIN_CARDS: Final = 2
"""Two ``<article>`` items beside a headline outside them make a list of cards."""
TEASER_LINK_SHARE: Final = 0.5
"""A card that is mostly link text is a teaser of another post ("related posts" grids), not
an item of the list."""


def _visible_text(tree: html.HtmlElement) -> str:
    """Fallback when trafilatura finds no main content: every visible text node."""
    return " ".join(t.strip() for t in _VISIBLE(tree) if isinstance(t, str) and t.strip())


def _links(body: etree._Element | None, base: str | None) -> tuple[str, ...]:
    if body is None:
        return ()
    return _ordered(_absolute(ref.get("target"), base) for ref in body.iter("ref"))


def _content_block(heading: html.HtmlElement) -> html.HtmlElement | None:
    """On a page without ``<article>`` markup, the ``<main>`` that holds the headline, or the
    page's only ``<main>`` right after a headline standing above it in a banner of its own (a
    comparison site's "Cheapest broadband deals" hero over its table of "Get deal" buttons,
    hematite; see :func:`_headed_main`). (A page's top-level ``<div>`` is no substitute: on
    real pages it holds the shop widgets beside the article too.)"""
    main = next(heading.iterancestors("main"), None)
    if main is None:
        return _headed_main(heading)
    if main.find(".//article") is not None:
        return None
    return main


def _headed_main(heading: html.HtmlElement) -> html.HtmlElement | None:
    """The page's only ``<main>``, when the headline stands in the banner right before it and
    no sidebar (``<aside>``) shares it: there the guide below the table may be an
    ``<article>`` of its own without being the page's whole content."""
    mains = heading.getroottree().getroot().findall(".//main")
    if len(mains) != 1 or heading not in _before(mains[0]) or mains[0].find(".//aside") is not None:
        return None
    return mains[0]


def _before(main: html.HtmlElement) -> set[html.HtmlElement]:
    """The headings of the sibling just before ``main`` (or before its nearest ancestor that
    has one): the banner that heads it."""
    node: html.HtmlElement | None = main
    while node is not None and node.getprevious() is None:
        node = node.getparent()
    banner = node.getprevious() if node is not None else None
    return set(banner.iter("h1", "h2")) if banner is not None else set()


def _affiliate_buttons(article: html.HtmlElement, base: str | None,
                       marked: bool = True) -> tuple[str, ...]:
    """Affiliate and paid-placement links (and, when ``marked``, ``rel="sponsored"`` ones) of
    the article that the extractor may drop: shop buttons, product carousels, "buy on Amazon"
    boxes, a test's "Zum Shop" buttons tagged ``utm_medium=review`` (kyanite)."""
    def wanted(href: str, rel: str) -> bool:
        if marked and "sponsored" in rel.split():
            return True
        url = _absolute(href, base)
        kind = classify_link(url) if url else None
        return kind is not None and (kind.rule == AFFILIATE or kind.detail == PAID_PLACEMENT)

    return _ordered(_absolute(href, base) for href, _rel in article_links(article, wanted))


def _ordered(urls: Iterator[str]) -> tuple[str, ...]:
    return tuple(u for u in dict.fromkeys(urls) if u)


def _absolute(href: str | None, base: str | None) -> str:
    href = (href or "").strip()
    if not href:
        return ""
    try:
        absolute = urljoin(base, href) if base else href
    except ValueError:
        return ""
    return absolute if absolute.lower().startswith(("http://", "https://")) else ""


def _sponsored(tree: html.HtmlElement, base: str | None) -> tuple[str, ...]:
    """Every ``rel="sponsored"`` href; the caller keeps those inside the main content."""
    return _ordered(
        _absolute(a.get("href"), base)
        for a in tree.iter("a")
        if "sponsored" in (a.get("rel") or "").lower().split()
    )


def _base_url(tree: html.HtmlElement, address: str) -> str | None:
    """Where the page's relative links point from: ``<base>``, else ``address`` (where it was
    fetched from, or the address it gives itself) — a saved page's "/out/slaapwel-hybrid/"
    redirects are still the site's own affiliate links."""
    base = tree.find(".//base[@href]")
    href = base.get("href") if base is not None else None
    if href and href.lower().startswith(("http://", "https://")):
        return href
    return address or None


def _own_url(tree: html.HtmlElement, meta: dict[str, str]) -> str | None:
    """The address the page gives itself (canonical link, ``og:url``), when absolute."""
    canonical = tree.find(".//link[@rel='canonical'][@href]")
    own = (canonical.get("href") if canonical is not None else "") or meta.get("og:url", "")
    return own if own.lower().startswith(("http://", "https://")) else None


def _metadata(tree: html.HtmlElement) -> dict[str, str]:
    """``<meta>`` values by lower-cased name/property; the first one wins."""
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key and content and key not in meta:
            meta[key] = content
    return meta


def _language(tree: html.HtmlElement, meta: dict[str, str]) -> str:
    raw = tree.get("lang") or tree.get("xml:lang") or meta.get("og:locale", "")
    code = re.split(r"[-_]", raw.strip().lower(), maxsplit=1)[0] if raw else ""
    return code if code.isalpha() and len(code) in (2, 3) else ""


def _first_text(tree: html.HtmlElement, path: str) -> str:
    found = tree.xpath(path)
    return str(found[0].text_content()).strip() if found else ""


def _jsonld(tree: html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, ``@graph`` flattened; malformed blocks are skipped."""
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    objects.extend(g for g in graph if isinstance(g, dict))
    return objects


def _jsonld_types(objects: list[dict[str, Any]]) -> Iterator[str]:
    for item in objects:
        kind = item.get("@type")
        for name in kind if isinstance(kind, list) else [kind]:
            if isinstance(name, str):
                yield name


def _jsonld_value(objects: list[dict[str, Any]], key: str) -> str:
    return next((str(o[key]) for o in objects if isinstance(o.get(key), str | int)), "")


def _jsonld_name(objects: list[dict[str, Any]], key: str) -> str:
    for item in objects:
        value = item.get(key)
        value = value[0] if isinstance(value, list) and value else value
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            return str(value["name"])
        if isinstance(value, str):
            return value
    return ""
