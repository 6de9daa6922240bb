"""The article's notice boxes that main-content extractors leave out.

Publishers put the disclosure in small boxes: "How we make money: …" under the byline, a
"Transparantie:" note above the first paragraph, the grey "Publireportage · Dieser Beitrag
wurde im Auftrag …" box at the end. Extractors drop such boxes as boilerplate. :func:`read_notes`
finds them in the headline's own ``<article>`` (else ``<main>``, else the nearest block with a
body paragraph), :func:`left_out` keeps the lines the main text does not already hold, and the
engine reads them before or after the main text, where the reader sees them — judged by the
same finders and guards as the text.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from lxml import etree, html

from scrapers.detection.html_labels import (
    BARE_LABELS,
    PAID_KINDS,
    READABLE_TEXTS,
    WHOLE,
    affiliate_note,
    article_of,
    class_and_id,
    clean_text,
    header_texts,
    link_text_share,
    slot_named,
)


def header_note(heading: html.HtmlElement | None, texts: list[str] | None = None) -> list[str]:
    """The affiliate note of the headline block ("18 reacties. Dit bericht bevat affiliate
    links."), the innermost element that says it: a sentence, so it is read with the text
    (and its guards: an explainer's "affiliate links, where the maker earns …" is no note).

    >>> from scrapers.detection.html_labels import headline_of
    >>> doc = html.fromstring('<article><header><h1>Pindakaastruffels</h1><p>18 reacties. '
    ...     'Dit bericht bevat affiliate links.</p></header><p>Recept</p></article>')
    >>> header_note(headline_of(doc, "Pindakaastruffels"))
    ['18 reacties. Dit bericht bevat affiliate links.']
    """
    notes = [note for text in (header_texts(heading) if texts is None else texts)
             for note in affiliate_note(text)]
    return sorted(notes, key=len)[:1]


NOTE_CUE: Final = re.compile(
    r"sponsor|partner|samenwerking|affiliate|commissi|provision|commission|anzeige|werbung|publi"
    r"|gesponsord|advertorial|invit|uitnodiging|einladung|offert|aangeboden|paid|betaald|bezahlt"
    r"|auftrag|association|kooperation|collaborat|partenariat|partenaire|gratuit|kostenlos|gratis"
    r"|annonceur|adverteerder|werbekunde|advertiser"
    r"|review (?:copy|unit|sample)|provided|verstrekt|zur verfügung|geschenkt|cadeau|opdracht"
    r"|rémunér|vergoeding|reader-supported|commandit|gift|toegestuurd|opgestuurd|zugeschickt"
    r"|zugesandt|in exchange|envoyé|prêté|guest|gast|hosted|covered|pris en charge|übernommen"
    r"|einschaltung|rabattcode|gutscheincode|kortingscode|code promo|mit dem code|met de code"
    r"|with (?:the )?code|avec le code"
    # "De kinderwagen kregen we kosteloos van Velora om te testen" under a photo (variscite)
    r"|kosteloos|kostenfrei|unentgeltlich|gracieusement|free of charge"
    # "Deze kinderwagen kregen we van Wandelwolk om te testen" under a photo (epidote): a loan
    # or a gift to test, said without "free"
    r"|om te testen|zum testen|to test|pour tester|à tester"
)
"""Words without which a box cannot tell the reader about money, gifts or partners (matched on
lower-cased text: a case-insensitive search is ten times slower on a page's text nodes)."""
MIN_NOTE_CHARS: Final = 20
MAX_BOX_CHARS: Final = 500
_NOTE_TAGS: Final = frozenset({"div", "p", "aside", "section", "small", "footer", "em", "strong",
                               "span", "blockquote", "header", "figcaption", "caption", "td"})
"""Blocks a notice can be: boxes, paragraphs, badges and image captions ("The bike was gifted
to us by …" under a photo)."""


class ArticleNotes(NamedTuple):
    """What :func:`read_notes` finds in the article beside its main text."""

    placed: list[tuple[str, bool]]
    """The article's own notices, each with whether it stands before the body."""
    earning: list[str]
    """Boxes further down on how the site earns: read as :func:`site_notes` are."""


def read_notes(heading: html.HtmlElement | None) -> ArticleNotes:
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
    >>> for text, opening in read_notes(doc.find('.//h1')).placed:
    ...     print(opening, text)
    True Koop je via een link, dan ontvangen wij een kleine commissie.
    False Dit artikel kwam tot stand in samenwerking met Airco BV.

    Run it before the extractor prunes the tree; :func:`left_out` then keeps the boxes the
    main text does not already hold.  A box further down that says how the site earns ("How
    we make money: … we may earn an affiliate commission" between a guide's paragraphs,
    iolite) is the site's notice, not this article's own: it goes to ``earning``, read as
    :func:`site_notes` are, only when the article sells and says nothing.
    """
    container = _note_container(heading)
    if container is None or heading is None:
        return ArticleNotes([], [])
    order = {element: index for index, element in enumerate(container.iter())}
    body = _body_start(container, order)
    boxes: dict[html.HtmlElement, None] = {}
    for node in READABLE_TEXTS(container):  # climb from the few text nodes that hold a cue word
        if NOTE_CUE.search(node.lower()):
            box = _box_of(node.getparent(), container, heading)
            if box is not None:
                boxes[box] = None
    found = [(tip, order.get(element, 0) < body) for element, tip in _tooltips(container)
             if not _chrome(element, container, heading)]
    earning: list[str] = []
    for box in boxes:
        if any(other in box.iterancestors() for other in boxes):
            continue  # inside a larger box already taken
        if link_text_share(box) > 0.5:
            continue
        text, opening = _box_text(box), order.get(box, 0) < body
        names_itself = _names_itself(text)
        if _chrome(box, container, heading) and not names_itself:
            continue
        if names_itself and not opening:
            # "Publi-communiqué — Ce contenu …" after the lead, before the first subheading,
            # is read with the opening: the reader meets it before the article's first part
            opening = order.get(box, 0) < _first_subheading(container, heading, order)
        money = _MONEY_NOTE.search(text.lower()) is not None
        if (opening or _OWN_BOX.search(text) or _caption(box) or _PAID_BY.match(text)
                or _ARTICLE_KIND.match(text)
                or (not money and (_NOTICE_HEAD.match(text) or _AUTHOR_SPEAKS.search(text)))):
            found.append((text, opening))
        elif money:
            earning.append(clean_text(text))
    return ArticleNotes(found, earning)


def _names_itself(text: str) -> bool:
    """A box that opens with the paid kind of article and speaks of "this content" is the
    article's own notice, whatever its class says: French publishers wrap "Publi-communiqué —
    Ce contenu est proposé par Mutuelle Clairval" in a ``mention-pub`` block (tourmaline),
    named like an ad slot."""
    return _ARTICLE_KIND.match(text) is not None and _OWN_BOX.search(text) is not None


def _first_subheading(container: html.HtmlElement, heading: html.HtmlElement,
                      order: dict[html.HtmlElement, int]) -> int:
    """Where the article's first part after its headline begins (its first ``<h2>``/``<h3>``);
    the end of the container when it has none."""
    after = order.get(heading, 0)
    return min((order.get(h, 0) for h in container.iter("h2", "h3") if order.get(h, 0) > after),
               default=len(order))


def _body_start(container: html.HtmlElement, order: dict[html.HtmlElement, int]) -> int:
    """Where the body starts: its first long paragraph that is not itself a notice (a long
    "we may earn a commission" paragraph under the byline opens the article)."""
    long = [p for p in container.iter("p")
            if len(clean_text(p.text_content())) >= MIN_BODY_PARAGRAPH]
    plain = (p for p in long if not NOTE_CUE.search(p.text_content().lower()))
    first = next(plain, long[0] if long else None)
    return order[first] if first is not None else len(order)


_OWN_BOX: Final = re.compile(
    r"(?<!\w)(?:this|dit|deze|dieser|diese|dieses|diesem|diesen|cet|cette|ce)\s+(?:article|"
    r"artikel|beitrag|"
    r"post|bericht|text|tekst|blog|page|pagina|seite|contenu|reportage|story|feature|video|"
    r"content|inhoud|inhalt|review|test|guide|gids|ratgeber)"
    r"(?!\w)", re.IGNORECASE)
"""A box after the body is the article's own notice only when it says so ("Publireportage ·
Dieser Beitrag wurde im Auftrag …"); otherwise it may belong to a widget ("the product
recommendations contain affiliate links") or be an ad ("Anzeige · Absatzplanung: …")."""


_ARTICLE_KIND: Final = re.compile(
    rf"^[\W_]*(?:{PAID_KINDS})(?:[\W_]*$|\s*[–—:|·]\s*[^\n]{{2,160}}$)",
    re.IGNORECASE)
"""A box that is nothing but the name of a paid kind of article ("<small>Publi-reportage</small>"
under the body, kyanite), or opens with it before a dash ("Sonderveröffentlichung – Anzeige
der Autohaus Kronberger GmbH", peridot): the article's own label wherever it stands. Words
that also caption an ad slot ("Anzeige", "Publicité") or head a grid of native ads
("Sponsored content") are not among them."""
_NOTICE_HEAD: Final = re.compile(r"^[\W_]*(?:transparen[a-z]*|disclosure|disclaimer|offenlegung|"
                                 r"werbehinweis|hinweis|note de transparence)\s*:", re.IGNORECASE)
"""A box headed as a notice ("<strong>Transparenz:</strong> Unser Aufenthalt wurde vom Almhotel
… unterstützt" between a travel story's paragraphs, lapis) is the article's own, wherever it
stands; unless it says how the site earns ("*Disclosure: Some of the links above are affiliate
links … Fandom will earn a commission" under every wiki page): that is the site's notice."""
_AUTHOR_SPEAKS: Final = re.compile(
    r"(?<!\w)(?:my|i|we|our|mijn|ik|wij|onze|mein|meine|meinen|ich|wir|unser|unsere|mon|nous|"
    r"notre|nos)(?!\w)", re.IGNORECASE)
"""A box in the author's own voice ("My ferry crossing and two nights … were hosted by Visit
Carrow", "Deze reis maakte ik op uitnodiging van …", malachite) speaks for the article wherever
it stands, unless it says how the site earns. French "je", "ma" and "mes" are left out: in Dutch
they are "you", Monday ("ma t/m za") and a knife."""
_PAID_BY: Final = re.compile(
    rf"^[\W_]*(?:{BARE_LABELS})\s+(?:der|des|von|vom|van|de|du|of|by|für|pour)"
    r"\s+[^\n]{2,60}$", re.IGNORECASE)
"""A one-line box naming who paid ("Entgeltliche Einschaltung der MühlStrom GmbH"): the article's
own declaration wherever it stands; a bare "Anzeige" after the body may caption an ad."""


def _caption(box: html.HtmlElement) -> bool:
    """An image caption is the article's own wherever it stands ("Mon séjour m'a été offert
    par …" under a photo halfway down)."""
    for node in box.iter():  # the box may be the figure or a block around it, all caption
        if isinstance(node.tag, str) and (node.tag in ("figcaption", "caption")
                                          or "caption" in (node.get("class") or "")):
            return node is box or clean_text(node.text_content()) == clean_text(
                box.text_content())
    return False


_TITLED: Final = etree.XPath(".//*[@title]")


def _tooltips(container: html.HtmlElement) -> list[tuple[html.HtmlElement, str]]:
    """Badges whose notice is their tooltip: "Affiliate ⓘ" with title="Deze koopgids bevat
    affiliatelinks …", "Review sample ⓘ" with title="Aurelle sent us these earbuds free of
    charge …". A reader sees the tooltip on the badge; links' titles are left alone."""
    found = []
    for element in _TITLED(container):
        tip = clean_text(element.get("title") or "")
        if (element.tag != "a" and MIN_NOTE_CHARS <= len(tip) <= MAX_BOX_CHARS
                and NOTE_CUE.search(tip.lower())):
            found.append((element, tip))
    return found


def _box_of(element: etree._Element | None, container: html.HtmlElement,
            heading: html.HtmlElement) -> html.HtmlElement | None:
    """The outermost block around a text, below the container, short enough to be a box and
    not page chrome: a byline with a "What's this?" button is chrome, its tooltip is a box."""
    boxes = []
    while element is not None and element is not container and isinstance(element.tag, str):
        text = clean_text(element.text_content())
        if len(text) > MAX_BOX_CHARS or heading in element.iterdescendants():
            break
        if element.tag in _NOTE_TAGS and (len(text) >= MIN_NOTE_CHARS
                                          or _ARTICLE_KIND.match(text) is not None):
            boxes.append(element)
        element = element.getparent()
    return next((box for box in reversed(boxes) if not _chrome(box, container, heading)),
                boxes[-1] if boxes else None)


def left_out(notes: list[tuple[str, bool]], main_text: str) -> tuple[list[str], list[str]]:
    """The lines of the boxes of :func:`read_notes` that the main text does not hold, split
    into boxes before the body and boxes after it."""
    known = clean_text(main_text).lower()
    lines = {clean_text(line).lower() for line in main_text.split("\n")}
    missing = [("\n".join(line for line in text.split("\n") if not _held(line, known, lines)),
                opening) for text, opening in notes]
    return ([t for t, opening in missing if t and opening],
            [t for t, opening in missing if t and not opening])


def _held(line: str, known: str, lines: set[str]) -> bool:
    """Whether the main text holds this line: a short one (a label) as a line of its own,
    since "publireportage" inside a link's query string is no label."""
    lowered = line.lower()
    return lowered in lines if len(line) < MIN_NOTE_CHARS else lowered[:60] in known


MAX_LABELLED_BOX_LINES: Final = 4
"""A box of more lines whose line is a bare label is a menu or a list ("Kalender · Werbung ·
Magazin"), not a notice labelled "Publireportage"."""


def box_labels(boxes: list[str], known: tuple[str, ...]) -> tuple[str, ...]:
    """The label lines of short boxes ("Publireportage" over the grey box): labels of the
    article, as its kicker would be; ``known`` are the labels found already."""
    return tuple(line for box in boxes if box.count("\n") < MAX_LABELLED_BOX_LINES
                 for line in box.split("\n") if WHOLE.match(line) and line not in known)


_BLOCKS: Final = frozenset({
    "p", "div", "li", "br", "h2", "h3", "h4", "h5", "h6", "section", "aside",
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
    lines = (clean_text(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


MIN_BODY_PARAGRAPH: Final = 120
"""A paragraph this long starts the article's body; boxes before it open the article."""


def _article_after_hero(heading: html.HtmlElement) -> html.HtmlElement | None:
    """The ``<article>`` right after the hero ``<header>`` that holds the headline: "<header
    class="hero">…<h1>…</header><article class="post">…<figcaption>Wir waren auf Einladung des
    Hotels …" (jadeite) keeps its body, captions and boxes there."""
    header = next(heading.iterancestors("header"), None)
    following = header.getnext() if header is not None else None
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()  # a comment between them
    return following if following is not None and following.tag == "article" else None


def _note_container(heading: html.HtmlElement | None) -> html.HtmlElement | None:
    if heading is None:
        return None
    article = article_of(heading)
    if article is not None:
        return article
    main = next(heading.iterancestors("main"), None)
    if main is not None:
        return main
    body = _article_after_hero(heading)
    if body is not None:
        return body
    # no <article> or <main>: the nearest block that holds the headline and a body paragraph
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if any(len(clean_text(p.text_content())) >= MIN_BODY_PARAGRAPH for p in ancestor.iter("p")):
            return ancestor
    return None


def _chrome(element: html.HtmlElement, container: html.HtmlElement,
            heading: html.HtmlElement) -> bool:
    """Navigation, a form, comments, share bars and link lists, or an ad slot by name (except
    the article's own header block before the headline: "sponsored-banner" there holds the
    article's label, and so does a badge in the label row above it, "<span class="pill
    pill--ad" title="This article was paid for by Veyra …">Ad ⓘ</span>", epidote)."""
    parent = element.getparent()
    header_zone = parent is not None and (heading in element.itersiblings()
                                          or heading in parent.itersiblings())
    if _FORM_PART(element) or (not header_zone and any(
            slot_named(node) for node in element.iterdescendants() if isinstance(node.tag, str))):
        return True  # a form, or a block that wraps an ad slot ("bannergroup")
    for node in (element, *element.iterancestors()):
        if node is container:
            return False
        names = class_and_id(node)
        if (node.tag in ("nav", "form") or (_NOT_A_BOX.search(names) and not (
                _TAG_LIST.search(names) and heading in node.itersiblings()))
                or (slot_named(node) and not header_zone)):
            return True
    return False


_FORM_PART: Final = etree.XPath("boolean(descendant-or-self::*[self::form or self::textarea "
                                "or self::input or self::button])")
_NOT_A_BOX: Final = re.compile(
    r"comment|respond|reply|reacti|kommentar|share|social|newsletter"
    r"|nieuwsbrief|infolettre|col-side|side-?col"
    r"|related|teaser|breadcrumb|author-?bio|tag-?list|\btags\b|menu|navbar"
    r"|navigation|dropdown", re.IGNORECASE)
"""Comments, forms, share bars and related lists are no notice of the article."""
_TAG_LIST: Final = re.compile(r"tag-?list|\btags\b", re.IGNORECASE)
"""The tag row above a headline may hold a badge ("🎁 Gratis testexemplaar" with its tooltip)."""


_SITE_BLOCK: Final = etree.XPath(
    "//aside | //footer | //*[contains(@class, 'sidebar') or contains(@class, 'Sidebar') "
    "or contains(@id, 'sidebar') or contains(@class, 'footer') or contains(@id, 'footer')]")
_MONEY_NOTE: Final = re.compile(
    r"commissi|provision|commission|vergoeding|affiliate|partnerlink|partner-link|werbelink"
    r"|make[s]? money|\bearn|verdien|verdient|finanzier|finançons|financé|gagnons|rémunér")
"""Words of a site's notice about how it earns from its links ("Hoe verdient Belslim geld?")."""
MAX_SITE_NOTES: Final = 3


def site_notes(tree: html.HtmlElement, heading: html.HtmlElement | None) -> list[str]:
    """Short boxes in a sidebar or footer that say how the site earns from its links ("How
    Tariffly makes money: we earn a commission when …") or speak of "this article" ("Dit artikel
    kwam tot stand in samenwerking met Velora." in the page's footer, lapis), outside the
    headline's article.

    They speak for the article only when the article itself sells (its affiliate links): the
    engine reads them then, after the body, so a notice found only there is judged as placed
    below the fold.

    >>> doc = html.fromstring('<body><article><h1>Best SIM deals</h1><p>Text</p></article>'
    ...     '<aside class="sidebar"><div class="box"><h3>How we make money</h3><p>We earn a '
    ...     'commission when you switch through our links.</p></div></aside></body>')
    >>> site_notes(doc, doc.find('.//h1'))
    ['How we make money We earn a commission when you switch through our links.']
    """
    found: list[str] = []
    for block in _SITE_BLOCK(tree):
        if heading is not None and heading in block.iterdescendants():
            continue
        content = block.text_content()
        if _MONEY_NOTE.search(content.lower()) is None and _OWN_BOX.search(content) is None:
            continue  # most footers and sidebars: one test, no walk through their boxes
        for box in block.iter("div", "section", "p", "aside", "footer", "small"):
            text = clean_text(" ".join(str(t) for t in READABLE_TEXTS(box)))
            lowered = text.lower()
            if (MIN_NOTE_CHARS <= len(text) <= MAX_BOX_CHARS
                    and (_MONEY_NOTE.search(lowered) or _OWN_BOX.search(text))
                    and NOTE_CUE.search(lowered) and link_text_share(box) < 0.5):
                if not any(text in other or other in text for other in found):
                    found.append(text)
                break  # the outermost short box of this block
        if len(found) >= MAX_SITE_NOTES:
            break
    return found
