"""Advertorial labels of *this* article: its kicker, byline, headline, section and URL.

A label only counts where a reader sees it as a label of the article itself:
the headline's header block, a standalone short element next to the headline,
the document title as a prefix/suffix, the article section in metadata, JSON-LD
``AdvertiserContentArticle``, or a URL section such as ``/advertorial/``.
Ad slots ("Anzeige" above a banner) are skipped by their class/id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from lxml import etree, html

_BARE = (
    r"advertorial|advertentie|gesponsord|gesponsorde?\s+(?:inhoud|content|post|bijdrage)"
    r"|commerci[eë]le?\s+(?:content|bijdrage)|betaalde\s+(?:samenwerking|bijdrage)|adv\.?"
    r"|sponsored(?:\s+(?:content|post|article|story|feature))?|paid\s+(?:post|content|partnership)"
    r"|partner[\s-]?(?:content|inhalt|post|bijdrage)|promoted(?:\s+content)?"
    r"|brand(?:ed)?[\s-]?content|advertising\s+feature|advertisement|native\s+advertising"
    r"|anzeige|werbung|sponsored\s+by|gesponsert|publireportage|publi[\s-]?r[ée]dactionnel"
    r"|publicit[ée]|contenu\s+(?:sponsoris[ée]|partenaire|de\s+marque)|article\s+sponsoris[ée]"
    r"|partenariat|sponsoris[ée]"
)
_PHRASE = (
    r"in\s+samenwerking\s+met|i\.s\.m\.|in\s+opdracht\s+van|mogelijk\s+gemaakt\s+door"
    r"|sponsored\s+by|presented\s+by|in\s+partnership\s+with|paid\s+for\s+by"
    r"|produced\s+in\s+partnership\s+with|pr[äa]sentiert\s+von|in\s+kooperation\s+mit"
    r"|in\s+zusammenarbeit\s+mit|gesponsert\s+von|en\s+partenariat\s+avec|sponsoris[ée]\s+par"
    r"|pr[ée]sent[ée]\s+par|en\s+collaboration\s+avec"
)
WHOLE = re.compile(rf"^[\W_]*(?:{_BARE})[\W_]*$", re.IGNORECASE)
PREFIX = re.compile(rf"^[\W_]*({_BARE})\s*[\]):|–—-]", re.IGNORECASE)
KICKER = re.compile(rf"^[\W_]*({_BARE})\s+[\w&.'’ -]{{2,30}}?[\W_]*$", re.IGNORECASE)
"""A label and the advertiser's name as the kicker: "- Advertorial Dalbello -"."""
MAX_KICKER_CHARS = 45
BRACKETED = re.compile(rf"[\[(]\s*({_BARE})\s*[\])]", re.IGNORECASE)
SUFFIX = re.compile(rf"[|:–—-]\s*[\[(]?({_BARE})[\])]?\s*$", re.IGNORECASE)
PHRASE = re.compile(rf"(?:^|[\s(|,–—-])((?:{_PHRASE})\s+\S[^|,.;]{{0,60}})", re.IGNORECASE)
AFFILIATE_NOTE = re.compile(
    r"\b(?:affiliate[\s-]?links?|partner[\s-]?links?|werbe[\s-]?links?|provisions[\s-]?links?"
    r"|liens?\s+(?:affili[ée]s?|d'affiliation|sponsoris[ée]s?)|amazon[\s-]+associate"
    r"|earn\s+(?:a\s+)?(?:small\s+)?commission|(?:kleine\s+)?provision\s+erhalte"
    r"|kleine\s+(?:commissie|vergoeding)\s+ontvang)",
    re.IGNORECASE,
)
_SLOT_TOKEN = re.compile(
    r"^(?:ads?|adv|advert|advertisement|adslot|adunit|adcontainer|ad[-_].*|.*[-_]ads?"
    r"|.*[-_]ad[-_].*|banner.*|.*[-_]banner|dfp.*|gpt.*|outbrain.*|taboola.*|plista.*"
    r"|anzeige.*|werbung.*|commercial-slot|sponsor-slot|ligatus.*|code-block.*"
    r"|(?:content|top|side|sidebar|inline|native|mobile|desktop|sky|super|leader|text)ads?"
    r"|.*dfp.*|.*adcaption.*|.*adslot.*|.*adunit.*|.*advertisement.*"
    r"|pub|.*[-_]pub|pub[-_]+(?:label|slot|banner|billboard|inarticle|inread|side|haut|bas|pave)"
    r"|publicite.*|reclame.*|advertentie.*)$",
    re.IGNORECASE,
)
_CLASS_LABEL = re.compile(
    r"^(?:advertorial|sponsored|sponsored-content|paid-content|partner-content|brand-content"
    r"|gesponsord|native-ad-article)$",
    re.IGNORECASE,
)
_URL_SECTIONS = frozenset(
    {
        "advertorial",
        "advertorials",
        "sponsored",
        "sponsored-content",
        "partner-content",
        "partnercontent",
        "brandcontent",
        "brand-content",
        "branded-content",
        "paid-post",
        "paidpost",
        "gesponsord",
        "advertentie",
        "publireportage",
        "anzeige",
        "sponsored-post",
        "publi-redactionnel",
        "contenu-sponsorise",
        "partner-inhalt",
    }
)
_HIDDEN = re.compile(r"\b(?:aural|sr-only|screen-reader|visually-hidden|hidden|offscreen)\b")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_SPACE = re.compile(r"\s+")
MAX_LABEL_CHARS = 120
MAX_REGION_CHARS = 1500
MAX_NOTE_CHARS = 300


def find_labels(
    tree: html.HtmlElement, heading: html.HtmlElement | None, title: str, section: str,
    jsonld_types: Iterable[str], url: str | None, texts: list[str] | None = None
) -> tuple[str, ...]:
    """Return the advertorial labels of the page's own article, in a stable order.

    ``heading`` is the article's own ``<h1>`` (:func:`headline_of`), or ``None``.

    >>> doc = html.fromstring('<html><body><div class="ad-slot"><span>Anzeige</span></div>'
    ...     '<article><header><span class="kicker">Advertorial</span><h1>Zo slaap je beter</h1>'
    ...     '</header><p>Tekst</p></article></body></html>')
    >>> title = "Zo slaap je beter"
    >>> find_labels(doc, headline_of(doc, title), title, "", (), None)
    ('Advertorial',)
    """
    found: list[str] = []
    for text in header_texts(heading) if texts is None else texts:
        found.extend(_labels_in(text))
    for page_title in dict.fromkeys((title, tree.findtext(".//title") or "")):
        found.extend(_title_labels(page_title))
    if section and WHOLE.match(_clean(section)):
        found.append(_clean(section))
    if "AdvertiserContentArticle" in jsonld_types:
        found.append("AdvertiserContentArticle")
    found.extend(_url_labels(url))
    return tuple(dict.fromkeys(found))


def header_note(heading: html.HtmlElement | None, texts: list[str] | None = None) -> list[str]:
    """The affiliate note of the headline block ("18 reacties. Dit bericht bevat affiliate
    links."), the innermost element that says it: a sentence, so it is read with the text
    (and its guards: an explainer's "affiliate links, where the maker earns …" is no note).

    >>> doc = html.fromstring('<article><header><h1>Pindakaastruffels</h1><p>18 reacties. '
    ...     'Dit bericht bevat affiliate links.</p></header><p>Recept</p></article>')
    >>> header_note(headline_of(doc, "Pindakaastruffels"))
    ['18 reacties. Dit bericht bevat affiliate links.']
    """
    notes = [note for text in (header_texts(heading) if texts is None else texts)
             for note in _affiliate_note(text)]
    return sorted(notes, key=len)[:1]


def article_of(heading: html.HtmlElement | None) -> html.HtmlElement | None:
    """The ``<article>`` that holds the page's own headline, or ``None``.

    Shop buttons and product carousels inside it belong to the article even when the
    main-content extractor drops them as boilerplate.
    """
    return None if heading is None else next(heading.iterancestors("article"), None)


def article_links(article: html.HtmlElement) -> Iterator[tuple[str, str]]:
    """``(href, rel)`` of the article's links outside ad slots, page chrome and the boxes of
    related or promoted links that sites put inside the article element."""
    for anchor in article.iter("a"):
        href = anchor.get("href")
        if href and not _in_slot(anchor, article) and not _in_link_box(anchor, article):
            yield href, (anchor.get("rel") or "").lower()


_LINK_BOX = re.compile(r"related|teaser|recommend|lnkrel|spons|outbrain|taboola|newsletter"
                       r"|promo|more-?articles|read-?more", re.IGNORECASE)


def _in_link_box(anchor: html.HtmlElement, article: html.HtmlElement) -> bool:
    for node in (anchor, *anchor.iterancestors()):
        if node is article:
            return False
        if _LINK_BOX.search(_names(node)):
            return True
    return False


def _labels_in(text: str) -> list[str]:
    text = _clean(text)
    if not text or len(text) > MAX_LABEL_CHARS:
        return []
    if WHOLE.match(text):
        return [text.strip(" :|-–—[]()")]
    kicker = KICKER.match(text) if len(text) <= MAX_KICKER_CHARS else None
    labels = [m.group(1) for m in (PREFIX.match(text), SUFFIX.search(text), kicker) if m]
    labels += [m.group(1).strip() for m in PHRASE.finditer(text)]
    return labels


def _affiliate_note(text: str) -> list[str]:
    """A byline note such as "This post may contain affiliate links" (outside the body text);
    "enthält keine Affiliate-Links" denies it."""
    text = _clean(text)
    note = AFFILIATE_NOTE.search(text) if len(text) <= MAX_NOTE_CHARS else None
    if note is None or _DENIED.search(text, 0, note.start()):
        return []
    return [text[:MAX_NOTE_CHARS]]


_DENIED = re.compile(r"(?<!\w)(?:keine|no|geen|aucun|aucuns|pas de|not|nicht|without|zonder|sans|"
                     r"ohne)(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)


def _title_labels(title: str) -> list[str]:
    title = _clean(title)
    found = (PREFIX.match(title), SUFFIX.search(title), BRACKETED.search(title))
    return list(dict.fromkeys(m.group(1) for m in found if m))


def _url_labels(url: str | None) -> list[str]:
    if not url:
        return []
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return []
    return [segment for segment in path.split("/") if segment in _URL_SECTIONS]


def header_texts(heading: html.HtmlElement | None) -> Iterator[str]:
    """Short texts of the headline block: kicker, headline, byline, label badges (computed
    once per page and passed to :func:`find_labels` and :func:`header_note`)."""
    if heading is None:
        return
    yield heading.text_content()
    own_article = article_of(heading)
    for element in _header_region(heading):
        if not isinstance(element.tag, str) or element is heading or _in_slot(element, heading):
            continue
        if next(element.iterancestors("article"), own_article) is not own_article:
            continue  # a teaser for another article ("Anzeige" on a promoted teaser)
        if _beside_ad(element, heading) or _wraps_slot(element, heading):
            continue
        classes = (element.get("class") or "").split()
        yield from (token for token in classes if _CLASS_LABEL.match(token))
        yield element.text_content()


def headline_of(tree: html.HtmlElement, title: str) -> html.HtmlElement | None:
    """The article's own ``<h1>``: the one that matches the extracted title, else the first
    one inside ``<article>``/``<main>``, else an ``<h2>`` that matches the title; screen-reader
    and slot headings are skipped."""
    wanted = _clean(title).lower()
    candidates = [
        h for h in tree.iter("h1")
        if not _in_slot(h, h) and not _HIDDEN.search(h.get("class") or "")
    ]
    for heading in candidates:
        text = _clean(heading.text_content()).lower()
        if text and wanted and (text in wanted or wanted in text):
            return heading
    for heading in candidates:
        if any(a.tag in ("article", "main") for a in heading.iterancestors()):
            return heading
    for heading in tree.iter("h2"):  # some sites set the headline in <h2> ("#headline")
        text = _clean(heading.text_content()).lower()
        if len(text) >= MIN_HEADLINE_CHARS and wanted and (text in wanted or wanted in text) \
                and not _in_slot(heading, heading):
            return heading
    return None


MIN_HEADLINE_CHARS = 20
"""An ``<h2>`` stands in for the headline only when it is a real title, not "News"."""


def _header_region(heading: html.HtmlElement) -> list[html.HtmlElement]:
    header = next((a for a in heading.iterancestors("header")), None)
    if header is not None and len(header.text_content()) <= MAX_REGION_CHARS:
        return list(header.iter())
    parent = heading.getparent()
    if parent is None:
        return []
    if len(parent.text_content()) <= MAX_REGION_CHARS:
        return list(parent.iter())
    near = [*reversed(list(heading.itersiblings(preceding=True)))][-3:]
    near += list(heading.itersiblings())[:3]
    return [element for sibling in near for element in sibling.iter()]


_AD_INSIDE = (
    "descendant::*[self::ins or self::iframe or self::object or self::embed"
    " or (self::a and .//img) or self::script]"
)
_AD_IN_ELEMENT = etree.XPath(_AD_INSIDE)
_AD_IN_PARENT = etree.XPath("../" + _AD_INSIDE)


def _beside_ad(element: html.HtmlElement, heading: html.HtmlElement) -> bool:
    """A label next to (or wrapped with) an ad creative, away from the headline, labels that ad."""
    if heading in element.iterdescendants():
        return False
    if _AD_IN_ELEMENT(element):
        return True
    parent = element.getparent()
    if parent is None or heading in parent.iterdescendants():
        return False
    return bool(_AD_IN_PARENT(element))


_EDITORIAL_PART = re.compile(r"headline|title|topline|kicker|hero|header|byline", re.IGNORECASE)
"""Class names of an article's own header ("banner__headline", "article-hero-banner"): a site
that calls its hero image a banner does not make its headline an ad slot."""


def _names(node: etree._Element) -> str:
    """The class and id of an element, as one string of space-separated names."""
    return f"{node.get('class') or ''} {node.get('id') or ''}"


def _slot_named(node: etree._Element) -> bool:
    """Whether a class or id names an ad slot (and not the article's own header part)."""
    return any(_SLOT_TOKEN.match(name) and not _EDITORIAL_PART.search(name)
               for name in _names(node).split())


def _wraps_slot(element: html.HtmlElement, heading: html.HtmlElement) -> bool:
    """Whether a block away from the headline wraps an ad slot ("Advertisement" captions)."""
    if heading in element.iterdescendants():
        return False
    return any(_slot_named(node) for node in element.iterdescendants()
               if isinstance(node.tag, str))


def _in_slot(element: etree._Element, heading: etree._Element | None = None) -> bool:
    """Whether ``element`` sits in an ad slot or in page chrome (aside, nav, footer).

    A block that holds the article's headline is not a slot, whatever its class ("banner" is
    also what sites call the hero block around ``<h1>``).
    """
    holders = [] if heading is None else [heading, *heading.iterancestors()]
    for node in (element, *element.iterancestors()):
        holds_headline = any(node is holder for holder in holders)
        if not holds_headline and _slot_named(node):
            return True
        if node.tag in ("aside", "nav", "footer"):
            return True
    return False


def ad_captions(tree: html.HtmlElement, heading: html.HtmlElement | None) -> list[html.HtmlElement]:
    """Elements that label something other than the article: the caption of an ad slot
    ("Anzeige" over a banner, "Publicité" over an empty ad container) and a teaser link that
    opens with a label ("Gesponsord: Bespaar tot 30 %"). The main text is extracted without
    them, so they become neither the article's disclosure nor its commerce.

    A label beside the headline (a kicker) is the article's own and is never returned.

    >>> doc = html.fromstring('<div><div class="pub"><p>Publicité</p><div id="b"></div></div>'
    ...     '<article><header><span>Anzeige</span><h1>Titel</h1></header><p>Text</p></article>'
    ...     '<a href="https://x.example">Sponsored: save 30 %</a></div>')
    >>> [_clean(e.text_content()) for e in ad_captions(doc, doc.find('.//h1'))]
    ['Publicité', 'Sponsored: save 30 %']
    """
    found = [a for a in tree.iter("a") if _NATIVE_AD_HOST.search(a.get("href") or "")]
    for node in _SHORT_TEXTS(tree):  # a label is one short text node: test those, not every tag
        if not LABEL_WORD.search(node.lower()):
            continue
        for element in _label_holders(node.getparent()):
            text = _clean(element.text_content())
            if ((element.tag == "a" and PREFIX.match(text))
                    or (WHOLE.match(text) and _captions_an_ad(element, heading))):
                found.append(element)
            elif ((WIDGET_TITLE.match(text) or WHOLE.match(text))
                  and _link_list(element.getparent(), heading)):  # "Promoted" over its links
                found.append(element.getparent())
            else:
                continue
            break
    return list(dict.fromkeys(found))


_SHORT_TEXTS = etree.XPath(
    "//body//text()[string-length(normalize-space()) > 0 and string-length(.) < 120]"
    "[not(ancestor::script or ancestor::style)]", smart_strings=True)
LABEL_WORD = re.compile(rf"(?:{_BARE})|promoted|recommended|empfohlen|around the web|aus dem web"
                        r"|partner")
"""A short text without one of these words (lower case) cannot be an ad caption or a widget
title."""


def _label_holders(element: etree._Element | None) -> Iterator[html.HtmlElement]:
    """The text's element and up to two ancestors ("<a><b>Gesponsord:</b> …</a>")."""
    for _ in range(3):
        if element is None or not isinstance(element.tag, str) or element.tag in ("html", "body"):
            return
        if len(_clean(element.text_content())) > MAX_LABEL_CHARS:
            return
        yield element
        element = element.getparent()


WIDGET_TITLE = re.compile(
    r"^[\W_]*(?:(?:promoted|sponsored|gesponsorde|gesponserte|sponsoris[ée]e?s|recommended)\s+"
    r"(?:stories|links|content|verhalen|inhoud|artikelen|beiträge|inhalte|contenus|liens)"
    r"|empfohlen von|recommended by|aus dem web|around the web|(?:contenus|liens) "
    r"sponsoris[ée]s|partner-?angebote|partner offers)[\W_]*$",
    re.IGNORECASE)
"""The title of a native-ad widget under an article ("Promoted Stories", "Empfohlen von")."""
_NATIVE_AD_HOST = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:outbrain|taboola|plista|ligatus|revcontent|mgid|zergnet)"
    r"\.com/", re.IGNORECASE)


def _link_list(block: html.HtmlElement | None, heading: html.HtmlElement | None) -> bool:
    return (block is not None and block.tag not in ("html", "body")
            and (heading is None or heading not in block.iterdescendants())
            and _link_text_share(block) >= 0.5)


NOTE_CUE = re.compile(
    r"sponsor|partner|samenwerking|affiliate|commissi|provision|commission|anzeige|werbung|publi"
    r"|gesponsord|advertorial|invit|uitnodiging|einladung|offert|aangeboden|paid|betaald|bezahlt"
    r"|auftrag|association|kooperation|collaborat|partenariat|gratuit|kostenlos|gratis"
    r"|review (?:copy|unit|sample)|provided|verstrekt|zur verfügung|geschenkt|cadeau|opdracht"
    r"|rémunér|vergoeding|reader-supported|commandit"
)
"""Words without which a box cannot tell the reader about money, gifts or partners (matched on
lower-cased text: a case-insensitive search is ten times slower on a page's text nodes)."""
MIN_NOTE_CHARS = 20
MAX_BOX_CHARS = 500
_NOTE_TAGS = frozenset({"div", "p", "aside", "section", "small", "footer", "em", "strong",
                        "span", "blockquote", "header"})


def notes_of(heading: html.HtmlElement | None) -> list[tuple[str, bool]]:
    """Short boxes of the article that the main-content extractor left out, split into those
    before its body and those after: the "Transparantie:" notice under the byline, the grey
    "produced in association with …" box at the end, a press-trip note above the first line.

    Extractors drop such boxes as boilerplate, yet they are where publishers put the
    disclosure. Only boxes inside the headline's own ``<article>`` (else its ``<main>``)
    count, outside ad slots and link lists, and only when a word of :data:`NOTE_CUE` is in
    them; what they say is then judged by the same finders and guards as the text.

    >>> doc = html.fromstring('<main><article><h1>Beste airfryers</h1><div class="note">'
    ...     'Koop je via een link, dan ontvangen wij een kleine commissie.</div>'
    ...     '<p>' + 'De tekst van het artikel, lang genoeg om de hoofdtekst te zijn. ' * 3 + '</p>'
    ...     '<div class="box">Dit artikel kwam tot stand in samenwerking met Airco BV.</div>'
    ...     '</article></main>')
    >>> for text, opening in notes_of(doc.find('.//h1')):
    ...     print(opening, text)
    True Koop je via een link, dan ontvangen wij een kleine commissie.
    False Dit artikel kwam tot stand in samenwerking met Airco BV.

    Run it before the extractor prunes the tree; :func:`left_out` then keeps the boxes the
    main text does not already hold.
    """
    container = _note_container(heading)
    if container is None or heading is None:
        return []
    order = {element: index for index, element in enumerate(container.iter())}
    body = next((order[p] for p in container.iter("p")
                 if len(_clean(p.text_content())) >= MIN_BODY_PARAGRAPH), len(order))
    boxes: dict[html.HtmlElement, None] = {}
    for node in _TEXTS(container):  # climb from the few text nodes that hold a cue word
        if NOTE_CUE.search(node.lower()):
            box = _box_of(node.getparent(), container, heading)
            if box is not None:
                boxes[box] = None
    found = []
    for box in boxes:
        if any(other in box.iterancestors() for other in boxes):
            continue  # inside a larger box already taken
        if _link_text_share(box) > 0.5 or _chrome(box, container, heading):
            continue
        text, opening = _box_text(box), order.get(box, 0) < body
        if opening or _OWN_BOX.search(text):
            found.append((text, opening))
    return found


_OWN_BOX = re.compile(
    r"(?<!\w)(?:this|dit|deze|dieser|diese|dieses|cet|cette|ce)\s+(?:article|artikel|beitrag|"
    r"post|bericht|text|tekst|blog|page|pagina|seite|contenu|reportage|story|feature|video)"
    r"(?!\w)", re.IGNORECASE)
"""A box after the body is the article's own notice only when it says so ("Publireportage ·
Dieser Beitrag wurde im Auftrag …"); otherwise it may belong to a widget ("the product
recommendations contain affiliate links") or be an ad ("Anzeige · Absatzplanung: …")."""


_TEXTS = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]", smart_strings=True)


def _box_of(element: etree._Element | None, container: html.HtmlElement,
            heading: html.HtmlElement) -> html.HtmlElement | None:
    """The outermost block around a text, below the container, short enough to be a box."""
    box = None
    while element is not None and element is not container and isinstance(element.tag, str):
        length = len(_clean(element.text_content()))
        if length > MAX_BOX_CHARS or heading in element.iterdescendants():
            break
        if element.tag in _NOTE_TAGS and length >= MIN_NOTE_CHARS:
            box = element
        element = element.getparent()
    return box


def left_out(notes: list[tuple[str, bool]], main_text: str) -> tuple[list[str], list[str]]:
    """The lines of the boxes of :func:`notes_of` that the main text does not hold, split
    into boxes before the body and boxes after it."""
    known = _clean(main_text).lower()
    lines = {_clean(line).lower() for line in main_text.split("\n")}
    missing = [("\n".join(line for line in text.split("\n") if not _held(line, known, lines)),
                opening) for text, opening in notes]
    return ([t for t, opening in missing if t and opening],
            [t for t, opening in missing if t and not opening])


def _held(line: str, known: str, lines: set[str]) -> bool:
    """Whether the main text holds this line: a short one (a label) as a line of its own,
    since "publireportage" inside a link's query string is no label."""
    lowered = line.lower()
    return lowered in lines if len(line) < MIN_NOTE_CHARS else lowered[:60] in known


_BLOCKS = frozenset({"p", "div", "li", "br", "h2", "h3", "h4", "h5", "h6", "section", "aside",
                     "header", "footer", "blockquote", "ul", "ol"})


def _box_text(element: html.HtmlElement) -> str:
    """The box's text with a line break where a block or ``<br>`` breaks it, so that a
    "Publireportage" heading stays a line of its own (and a label in label position)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            block = isinstance(child.tag, str) and child.tag in _BLOCKS
            if block:
                parts.append("\n")
            if isinstance(child.tag, str):
                walk(child)
            if block:
                parts.append("\n")
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (_clean(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


MIN_BODY_PARAGRAPH = 120
"""A paragraph this long starts the article's body; boxes before it open the article."""


def _note_container(heading: html.HtmlElement | None) -> html.HtmlElement | None:
    if heading is None:
        return None
    article = article_of(heading)
    if article is not None:
        return article
    main = next(heading.iterancestors("main"), None)
    if main is not None:
        return main
    # no <article> or <main>: the nearest block that holds the headline and a body paragraph
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if any(len(_clean(p.text_content())) >= MIN_BODY_PARAGRAPH for p in ancestor.iter("p")):
            return ancestor
    return None


def _link_text_share(element: html.HtmlElement) -> float:
    total = len(_clean(element.text_content())) or 1
    return sum(len(_clean(a.text_content())) for a in element.iter("a")) / total


def _chrome(element: html.HtmlElement, container: html.HtmlElement,
            heading: html.HtmlElement) -> bool:
    """Navigation, a form, comments, share bars and link lists, or an ad slot by name (except
    the article's own header block before the headline: "sponsored-banner" there holds the
    article's label)."""
    header_zone = element.getparent() is not None and heading in element.itersiblings()
    if _FORM_PART(element) or (not header_zone and any(
            _slot_named(node) for node in element.iterdescendants() if isinstance(node.tag, str))):
        return True  # a form, or a block that wraps an ad slot ("bannergroup")
    for node in (element, *element.iterancestors()):
        if node is container:
            return False
        if (node.tag in ("nav", "form") or _NOT_A_BOX.search(_names(node))
                or (_slot_named(node) and not header_zone)):
            return True
    return False


_FORM_PART = etree.XPath("boolean(descendant-or-self::*[self::form or self::textarea "
                         "or self::input or self::button])")
_NOT_A_BOX = re.compile(r"comment|respond|reply|reacti|kommentar|share|social|newsletter"
                        r"|related|teaser|breadcrumb|author-?bio|tag-?list|\btags\b|menu|navbar"
                        r"|navigation|dropdown", re.IGNORECASE)
"""Comments, forms, share bars and related lists are no notice of the article."""


def _captions_an_ad(element: html.HtmlElement, heading: html.HtmlElement | None) -> bool:
    """Whether a bare label captions an ad: its block holds nothing else to read (or is named
    as a slot) and an ad creative or an empty ad container stands beside it. A label paragraph
    that opens an article body full of linked images is the article's own."""
    parent = element.getparent()
    if parent is None or (heading is not None and heading in parent.iterdescendants()):
        return False
    if _AD_IN_ELEMENT(element):
        return True  # the label and the creative in one block: "<center>- Anzeige- <a><img>"
    if _readable(parent) != _readable(element) and not _slot_named(parent):
        return False
    if _AD_IN_ELEMENT(element) or _AD_IN_PARENT(element):
        return True
    return any(_placeholder(sibling) for sibling in parent if sibling is not element)


_READABLE = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]")


def _readable(element: etree._Element) -> str:
    """The text a reader sees in an element (an ad slot's inline script is not read)."""
    return _clean(" ".join(str(text) for text in _READABLE(element)))


def _placeholder(node: etree._Element) -> bool:
    """An empty container where an ad is loaded ("<div id='gpt-haut'></div>")."""
    return (isinstance(node.tag, str) and node.tag in ("div", "span", "section")
            and not _clean(node.text_content()) and node.find(".//img") is None)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()
