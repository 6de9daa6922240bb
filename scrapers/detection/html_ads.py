"""What labels something other than the article: ad-slot captions, teasers and widgets.

A page carries labels that are not the article's: "Publicité" over an empty ad container,
"ADVERTISEMENT" over a banner link, a teaser link "Gesponsord: Bespaar 30 %", a "Promoted
Stories" grid of Outbrain links. :func:`ad_captions` finds them so that ``html.extract_page``
can drop them before the main text is extracted; they are then neither the article's
disclosure nor its commerce. A label beside the headline (a kicker) is never one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import Final

from lxml import etree, html

from scrapers.detection.html_labels import (
    AD_CREATIVE_BESIDE,
    AD_CREATIVE_INSIDE,
    BARE_LABELS,
    MAX_LABEL_CHARS,
    PREFIX,
    READABLE_TEXTS,
    WHOLE,
    class_and_id,
    clean_text,
    empty_ad_slot,
    link_text_share,
    slot_named,
)


def ad_captions(tree: html.HtmlElement, heading: html.HtmlElement | None) -> list[html.HtmlElement]:
    """Elements that label something other than the article: the caption of an ad slot
    ("Anzeige" over a banner, "Publicité" over an empty ad container) and a teaser link that
    opens with a label ("Gesponsord: Bespaar tot 30 %"). The main text is extracted without
    them, so they become neither the article's disclosure nor its commerce.

    A label beside the headline (a kicker) is the article's own and is never returned.

    >>> doc = html.fromstring('<div><div class="pub"><p>Publicité</p><div id="b"></div></div>'
    ...     '<article><header><span>Anzeige</span><h1>Titel</h1></header><p>Text</p></article>'
    ...     '<a href="https://x.example">Sponsored: save 30 %</a></div>')
    >>> [clean_text(e.text_content()) for e in ad_captions(doc, doc.find('.//h1'))]
    ['Publicité', 'Sponsored: save 30 %']
    """
    found = [a for a in tree.iter("a") if _NATIVE_AD_HOST.search(a.get("href") or "")]
    for node in _SHORT_TEXTS(tree):  # a label is one short text node: test those, not every tag
        if not LABEL_WORD.search(node.lower()):
            continue
        for element in _label_holders(node.getparent()):
            text = clean_text(element.text_content())
            if ((element.tag == "a" and PREFIX.match(text))
                    or (WHOLE.match(text) and _captions_an_ad(element, heading))):
                found.append(element)
            elif (WHOLE.match(text) and slot_named(element.getparent())
                  and _ad_block(element.getparent(), heading)):
                # "<div class=sponsor-slot><span>Advertentie</span><p>Boekhandel … gratis
                # verzending <a rel=sponsored>…</a></p></div>": a text ad in a named slot
                found.append(element.getparent())
            elif ((WHOLE.match(text) and _link_list(element.getparent(), heading))
                  or (_widget_title(element, text)
                      and _link_list(element.getparent(), heading, MIN_LIST_LINKS))):
                # "Sponsored" over its ad link, "Promoted Stories" over its list of links
                found.append(element.getparent())
            elif (WHOLE.match(text)
                  and (post := _promoted_post_around(element, heading)) is not None):
                # "<div class='fk-post fk-post--promoted'><div class=author><span>Gesponsord
                # </span></div><div class=body>… <a rel=sponsored>…</a></div></div>" (wavellite;
                # yttrium: the label deeper, as the poster's rank): a paid post in a forum
                # thread or feed, not the thread's own
                found.append(post)
            elif QUALIFIED.match(text) and _ad_block(element.getparent(), heading):
                # "Anzeige · Partner dieser Ausgabe" over a shop's offer and its one link,
                # "Sponsored · Local classifieds" over three: a newsletter's paid block
                found.append(element.getparent())
            elif (_widget_title(element, text) and element.getparent() is not None
                  and _link_list(element.getparent().getparent(), heading, MIN_LIST_LINKS)):
                # the title in a header row beside the widget's cards: "<div class=head>
                # Recommended for you <a>Sponsored Links by Tabula</a></div><div>cards</div>"
                found.append(element.getparent().getparent())
            else:
                continue
            break
    return list(dict.fromkeys(found))


_SHORT_TEXTS: Final = etree.XPath(
    "//body//text()[string-length(normalize-space()) > 0 and string-length(.) < 120]"
    "[not(ancestor::script or ancestor::style)]", smart_strings=True)
_NATIVE_NETWORKS: Final = r"outbrain|taboola|plista|ligatus|revcontent|mgid|zergnet"
"""Native-ad networks: their name heads their widgets ("Sélection partenaires · Outbrain")."""
LABEL_WORD: Final = re.compile(rf"(?:{BARE_LABELS})|promoted|recommended|empfohlen|around the web"
                               rf"|aus dem web|partner|{_NATIVE_NETWORKS}")
"""A short text without one of these words (lower case) cannot be an ad caption or a widget
title."""


def _label_holders(element: etree._Element | None) -> Iterator[html.HtmlElement]:
    """The text's element and up to two ancestors ("<a><b>Gesponsord:</b> …</a>")."""
    for _ in range(3):
        if element is None or not isinstance(element.tag, str) or element.tag in ("html", "body"):
            return
        if len(clean_text(element.text_content())) > MAX_LABEL_CHARS:
            return
        yield element
        element = element.getparent()


_AD_WORD: Final = (
    r"sponsored|gesponsorde?|gesponserte?|anzeigen?|werbung|advertenties?|publicités?|"
    r"sponsoris[ée]e?s?|ads?|pub|promoted")
_BY_NETWORK: Final = (
    r"(?:(?:empfohlen von|recommended by|aanbevolen door|recommandé par|powered by|"
    r"anzeigen von|ads by|by|door|von|par)\s+)?[\w.-]+")
WIDGET_TITLE: Final = re.compile(
    r"^[\W_]*(?:(?:promoted|sponsored|gesponsorde|gesponserte|sponsoris[ée]e?s|recommended)\s+"
    r"(?:stories|links|content|verhalen|inhoud|artikelen|beiträge|inhalte|contenus|liens)"
    r"|empfohlen von|recommended by|aus dem web|around the web|(?:contenus|liens) "
    r"sponsoris[ée]s|partner-?angebote|partner offers)"
    rf"(?:[\W_]+(?:{_AD_WORD}|{_BY_NETWORK})){{0,2}}[\W_]*$",
    re.IGNORECASE)
"""The title of a native-ad widget under an article ("Promoted Stories", "Empfohlen von"),
perhaps with its label ("Around the Web · Sponsored") and its network ("Gesponsorde links door
Contentkiosk", "Gesponserte Inhalte · Empfohlen von Taboolix", "Empfohlen von Ligatus ·
Anzeige")."""
LABELLED_HEAD: Final = re.compile(
    rf"(?:(?<![\w-])(?:{_AD_WORD})|anzeigen von [\w.-]+|ads by [\w.-]+"
    r"|(?:sponsored by|promoted by|gesponsord door|gesponsert von|sponsoris[ée]e? par) [\w.-]+"
    rf"|(?<![\w-])(?:{_NATIVE_NETWORKS}))"
    r"[\W_]*$", re.IGNORECASE)
"""Any short heading that ends in a label ("Empfohlene Inhalte · Gesponsert", "Das könnte dich
auch interessieren · Anzeigen von Taboolix", "Ook interessant <a>Promoted</a>", obsidian), in
the network that sponsors it ("You may like · Sponsored by MediaCrest", rhodonite) or in the
name of a native-ad network ("Sélection partenaires · Outbrain", tourmaline): over a list of
links, an ad widget."""
MAX_HEAD_CHARS: Final = 80
_NATIVE_AD_HOST: Final = re.compile(
    rf"^https?://(?:[\w-]+\.)*(?:{_NATIVE_NETWORKS}|carbonads)\.(?:com|net)/", re.IGNORECASE)


def _spaced(element: html.HtmlElement) -> str:
    """The element's text with its parts apart: "<span>Gesponsorde verhalen</span><a>Nativa</a>"
    reads "Gesponsorde verhalen Nativa", as shown, not "verhalenNativa"."""
    return clean_text(" ".join(element.itertext()))


def _link_list(block: html.HtmlElement | None, heading: html.HtmlElement | None,
               min_links: int = 1) -> bool:
    return (block is not None and block.tag not in ("html", "body")
            and (heading is None or heading not in block.iterdescendants())
            and link_text_share(block) >= 0.5
            and sum(1 for _ in block.iter("a")) >= min_links)


QUALIFIED: Final = re.compile(
    rf"^[\W_]*(?:{BARE_LABELS})\s*[·•|:–—-]\s*[^.!?]{{2,40}}$", re.IGNORECASE)
"""A label with what it labels after a separator: "Anzeige · Partner dieser Ausgabe"."""
MAX_AD_BLOCK_CHARS: Final = 400
MAX_AD_BLOCK_PARTS: Final = 5


def _ad_block(block: html.HtmlElement | None, heading: html.HtmlElement | None) -> bool:
    """A small block of a few parts with a link, away from the headline: a labelled ad."""
    if block is None or block.tag in ("html", "body", "article", "main"):
        return False
    if heading is not None and heading in block.iterdescendants():
        return False
    return (len(block) <= MAX_AD_BLOCK_PARTS and block.find(".//a") is not None
            and len(clean_text(block.text_content())) <= MAX_AD_BLOCK_CHARS)


_PROMOTED_CLASS: Final = re.compile(r"(?:^|[\s_-])(?:promoted|sponsored)(?:$|[\s_-])", re.I)
"""A class a feed gives its paid posts: "fk-post--promoted", "post is-sponsored"."""


MAX_POST_DEPTH: Final = 3
"""How far above its label a feed's paid post may stand (label, author box, post)."""


def _promoted_post_around(element: html.HtmlElement,
                          heading: html.HtmlElement | None) -> html.HtmlElement | None:
    """The paid post of a thread or feed that holds ``element``, a few levels up, or ``None``."""
    for ancestor in islice(element.iterancestors(), MAX_POST_DEPTH):
        if promoted_post(ancestor, heading):
            return ancestor
    return None


def promoted_post(block: html.HtmlElement | None, heading: html.HtmlElement | None) -> bool:
    """A small block with a link whose class marks it as a paid post among the posts of a
    thread or feed: a sibling, or a post inside one ("<div class=posts>…</div><div class='post
    sponsored-post'>", yttrium), shares its other class ("fk-post"). The article's own notice box
    ("<div class=ic-sponsored-box><strong>Sponsored content</strong> This article was
    produced in association with …", ebony) stands among paragraphs and is read."""
    if block is None or _PROMOTED_CLASS.search(class_and_id(block)) is None:
        return False
    kinds = {name for name in (block.get("class") or "").split()
             if _PROMOTED_CLASS.search(name) is None}
    return _ad_block(block, heading) and any(
        not kinds.isdisjoint((node.get("class") or "").split())
        for sibling in (block.getprevious(), block.getnext())
        if sibling is not None and isinstance(sibling.tag, str)
        for node in sibling.iter() if isinstance(node.tag, str))


MIN_LIST_LINKS: Final = 2
"""A widget lists links; a head with its one "Empfohlen von X" link is not yet the list."""


def _widget_title(element: html.HtmlElement, text: str) -> bool:
    """A native-ad widget's title, or a short heading ending in a label."""
    spaced = _spaced(element)
    return (WIDGET_TITLE.match(spaced) is not None
            or (len(text) <= MAX_HEAD_CHARS and LABELLED_HEAD.search(spaced) is not None))


def _captions_an_ad(element: html.HtmlElement, heading: html.HtmlElement | None) -> bool:
    """Whether a bare label captions an ad: its block holds nothing else to read (or is named
    as a slot) and an ad creative or an empty ad container stands beside it. A label paragraph
    that opens an article body full of linked images is the article's own."""
    parent = element.getparent()
    if empty_ad_slot(element.getnext()):
        return True  # the label sits on its empty slot, even above the headline (turquoise)
    if parent is None or (heading is not None and heading in parent.iterdescendants()):
        return False
    if AD_CREATIVE_INSIDE(element):
        return True  # the label and the creative in one block: "<center>- Anzeige- <a><img>"
    if _readable(parent) != _readable(element) and not slot_named(parent):
        return False
    if AD_CREATIVE_BESIDE(element):
        return True
    return any(_placeholder(sibling) for sibling in parent if sibling is not element)


def _readable(element: etree._Element) -> str:
    """The text a reader sees in an element (an ad slot's inline script is not read)."""
    return clean_text(" ".join(str(text) for text in READABLE_TEXTS(element)))


def _placeholder(node: etree._Element) -> bool:
    """An empty container where an ad is loaded ("<div id='gpt-haut'></div>")."""
    return (isinstance(node.tag, str) and node.tag in ("div", "span", "section")
            and not clean_text(node.text_content()) and node.find(".//img") is None)
