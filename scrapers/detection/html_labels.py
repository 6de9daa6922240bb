"""Advertorial labels of *this* article: its kicker, byline, headline, section and URL.

A label only counts where a reader sees it as a label of the article itself:
the headline's header block, a standalone short element next to the headline,
the document title as a prefix/suffix, the article section in metadata, JSON-LD
``AdvertiserContentArticle``, or a URL section such as ``/advertorial/``.
Ad slots ("Anzeige" above a banner) are skipped by their class/id. Two neighbours use the
helpers shared here: ``html_ads`` (what labels something other than the article, dropped
before extraction) and ``html_notes`` (the article's notice boxes the extractor leaves out).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy
from typing import Final
from urllib.parse import urlsplit

from lxml import etree, html

from scrapers.detection.paid import PAID_STATEMENT

BARE_LABELS: Final = (
    r"advertorial|advertentie|gesponsord|gesponsorde?\s+(?:inhoud|content|post|bijdrage)"
    r"|commerci[eë]le?\s+(?:content|bijdrage)|betaalde\s+(?:samenwerking|bijdrage)|adv\.?"
    r"|sponsored(?:\s+(?:content|post|article|story|feature))?|paid\s+(?:post|content|partnership)"
    r"|partner[\s-]?(?:content|inhalt|post|bijdrage)|promoted(?:\s+content)?"
    r"|partner[\s-]?(?:aanbod|angebot|offer|deal)|offre\s+partenaire"
    r"|brand(?:ed)?[\s-]?content|advertising\s+feature|advertisement|native\s+advertising"
    r"|anzeige|werbung|sponsored\s+by|gesponsert|publi[\s-]?reportage|publi[\s-]?r[ée]dactionnel"
    r"|publi[\s-]?communiqu[ée]"
    r"|(?:entgeltliche|bezahlte|werbliche)\s+einschaltung"
    r"|publicit[ée]|contenu\s+(?:sponsoris[ée]|partenaire|de\s+marque|propos[ée]\s+par)"
    r"|article\s+sponsoris[ée]"
    r"|partenariat|sponsoris[ée]"
)
PAID_KINDS: Final = (r"advertorial|publi[\s-]?reportage|publi[\s-]?r[ée]dactionnel"
                     r"|publi[\s-]?communiqu[ée]|sonderveröffentlichung")
"""Names of a paid kind of article that are never a topic word or an ad slot's caption: a box
opening with one (``html_notes``) or a title closing on one and its client is the page's own
label."""
_TOPIC_WORDS: Final = (
    r"auf|im|in|für|über|bei|und|on|of|for|about|and|op|bij|over|voor|en|van|sur|dans"
    r"|de|du|des|pour|et|à")
"""Words that make "Werbung auf Instagram" a topic, where a name would make it a label."""
_PHRASE: Final = (
    r"in\s+samenwerking\s+met|i\.s\.m\.|in\s+opdracht\s+van|mogelijk\s+gemaakt\s+door"
    r"|sponsored\s+by|presented\s+by|in\s+partnership\s+with|paid\s+for\s+by"
    r"|produced\s+in\s+partnership\s+with|pr[äa]sentiert\s+von|in\s+kooperation\s+mit"
    r"|in\s+zusammenarbeit\s+mit|gesponsert\s+von|en\s+partenariat\s+avec|sponsoris[ée]\s+par"
    r"|pr[ée]sent[ée]\s+par|en\s+collaboration\s+avec|aangeboden\s+door"
    r"|contenu\s+propos[ée]\s+par"  # "Contenu proposé par Énéral Habitat." (rhodonite)
    r"|brand\s+studio\s+(?:pour|for|für|voor)"  # "Par Élégance Brand Studio pour Maison X"
    r"|ein\s+angebot\s+(?:von|der|des)"  # "ANZEIGE · Ein Angebot von [logo of Nordwatt]"
)
_PHRASE_AT_END: Final = re.compile(rf"(?:{_PHRASE})\s*$", re.IGNORECASE)
"""A sponsor phrase that its logo completes: "Presented by [logo]", linked or not."""
WHOLE: Final = re.compile(rf"^[\W_]*(?:{BARE_LABELS})[\W_]*$", re.IGNORECASE)
PREFIX: Final = re.compile(rf"^[\W_]*({BARE_LABELS})\s*[\]):|–—-]", re.IGNORECASE)
KICKER: Final = re.compile(
    rf"^[\W_]*({BARE_LABELS})\s+(?!(?:{_TOPIC_WORDS})\s)[\w&.'’ -]{{2,30}}?[\W_]*$",
    re.IGNORECASE)
"""A label and the advertiser's name as the kicker: "- Advertorial Dalbello -"; "Werbung auf
Instagram und TikTok" is the topic of a news story, not a label."""
MAX_KICKER_CHARS: Final = 45
BRACKETED: Final = re.compile(rf"[\[(]\s*({BARE_LABELS})\s*[\])]", re.IGNORECASE)
SUFFIX: Final = re.compile(
    rf"[|:–—-]\s*[\[(]?({BARE_LABELS})[\])]?\s*(?:[|–—-]\s*[^|–—-]{{2,40}})?$",
    re.IGNORECASE)
"""A label closing the title, perhaps before the site's name: "Test … | Publireportage -
NumériTest"."""
PHRASE: Final = re.compile(rf"(?:^|[\s(|,–—-])((?:{_PHRASE})\s+\S[^|,.;]{{0,60}})", re.IGNORECASE)
AFFILIATE_NOTE: Final = re.compile(
    r"\b(?:affiliate[\s-]?links?|partner[\s-]?links?|werbe[\s-]?links?|provisions[\s-]?links?"
    r"|liens?\s+(?:affili[ée]s?|d'affiliation|sponsoris[ée]s?)|amazon[\s-]+associate"
    r"|earn\s+(?:a\s+)?(?:small\s+)?commission|(?:kleine\s+)?provision\s+erhalte"
    r"|kleine\s+(?:commissie|vergoeding)\s+ontvang)",
    re.IGNORECASE,
)
_SLOT_TOKEN: Final = re.compile(
    r"^(?:ads?|adv|advert|advertisement|adslot|adunit|adcontainer|ad[-_].*|.*[-_]ads?"
    r"|.*[-_]ad[-_].*|banner.*|.*[-_]banner|dfp.*|gpt.*|outbrain.*|taboola.*|plista.*"
    r"|anzeige.*|werbung.*|commercial-slot|sponsor-slot|ligatus.*|code-block.*"
    r"|(?:content|top|side|sidebar|inline|native|mobile|desktop|sky|super|leader|text)ads?"
    r"|.*dfp.*|.*adcaption.*|.*adslot.*|.*adunit.*|.*advertisement.*|.*adzone.*|.*ad-zone.*"
    r"|pub|.*[-_]pub|pub[-_]+(?:label|slot|banner|billboard|inarticle|inread|side|haut|bas|pave)"
    r"|publicite.*|reclame.*|advertentie.*|carbon.*|(?:.*[-_])?in-?read(?:[-_].*)?"
    r"|(?:.*[-_])?outstream(?:[-_].*)?|(?:.*[-_])?ad-?box(?:[-_].*)?|bnr(?:[-_].*)?"
    # XenForo's ad manager (Siropu): "samUnitWrapper", "samBannerUnit", "samCodeUnit"
    r"|sam(?:unit|bannerunit|codeunit|item)\w*"
    # fluorite: "<div class="adv-between"><span>Advertentie</span><div class="raptive-slot">";
    # the ad managers of food and lifestyle blogs by name
    # (an "adv-label" or "adv-badge" is an advertorial's own label, no slot: zoisite)
    r"|adv[-_](?:between|slot|unit|container|wrap(?:per)?|box|banner|top|side|bottom|inline|\d+)"
    r"|raptive.*|adthrive.*|mediavine.*|ezoic.*)$",
    re.IGNORECASE,
)
_CLASS_LABEL: Final = re.compile(
    r"^(?:advertorial|sponsored|sponsored-content|paid-content|partner-content|brand-content"
    r"|gesponsord|native-ad-article)$",
    re.IGNORECASE,
)
_URL_SECTIONS: Final = frozenset(
    {
        "advertorial",
        "advertorials",
        "sponsored",
        "sponsored-content",
        "partner",
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
_HIDDEN: Final = re.compile(r"\b(?:aural|sr-only|screen-reader|visually-hidden|hidden|offscreen)\b")
_INVISIBLE: Final = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_SPACE: Final = re.compile(r"\s+")
MAX_LABEL_CHARS: Final = 120
MAX_REGION_CHARS: Final = 1500
MAX_NOTE_CHARS: Final = 300


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
        found.extend(_sponsor_in_title(page_title, tree))
    if section and WHOLE.match(clean_text(section)):
        found.append(clean_text(section))
    if "AdvertiserContentArticle" in jsonld_types:
        found.append("AdvertiserContentArticle")
    found.extend(_url_labels(url))
    if not found:  # the badge's word is the label only where the page gives no other
        found.extend(explained_badges(heading))
    return tuple(dict.fromkeys(found))


_CONTENT_TYPE_KEYS: Final = ("data-content-type", "data-article-type", "data-type", "data-content")
_PAID_TYPES: Final = frozenset({
    "advertorial", "sponsored", "sponsored-content", "paid-content",
    "partner-content", "brand-content", "native-ad", "native",
    "publireportage", "paid_content", "sponsored_content", "partnercontent"})


def typed_as_paid(heading: html.HtmlElement | None) -> list[str]:
    """The content type the site's own markup gives the headline's article
    (``<article data-content-type="advertorial">``): what its CMS calls the piece. A reader
    never sees it, so it is commercial evidence, not a disclosure."""
    if heading is None:
        return []
    for element in heading.iterancestors():
        for key in _CONTENT_TYPE_KEYS:
            value = (element.get(key) or "").strip().lower()
            if value in _PAID_TYPES:
                return [value]
    return []


def article_of(heading: html.HtmlElement | None) -> html.HtmlElement | None:
    """The ``<article>`` that holds the page's own headline, or ``None``.

    Shop buttons and product carousels inside it belong to the article even when the
    main-content extractor drops them as boilerplate.
    """
    return None if heading is None else next(heading.iterancestors("article"), None)


def article_links(article: html.HtmlElement,
                  wanted: Callable[[str, str], bool] | None = None) -> Iterator[tuple[str, str]]:
    """``(href, rel)`` of the article's links outside ad slots, page chrome and the boxes of
    related or promoted links that sites put inside the article element. ``wanted`` is asked
    first: the ancestor walk that finds slots is the costly part, done only for links kept."""
    for anchor in article.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        rel = (anchor.get("rel") or "").lower()
        if wanted is not None and not wanted(href, rel):
            continue
        if not _in_slot(anchor, article) and not _in_link_box(anchor, article):
            yield href, rel


_LINK_BOX: Final = re.compile(
    r"related|teaser|recommend|lnkrel|spons|outbrain|taboola|newsletter"
    r"|nieuwsbrief|infolettre|promo|more-?articles|read-?more|partner-?deal"
    r"|partner-?offer", re.IGNORECASE)


def _in_link_box(anchor: html.HtmlElement, article: html.HtmlElement) -> bool:
    for node in (anchor, *anchor.iterancestors()):
        if node is article:
            return False
        if _LINK_BOX.search(class_and_id(node)):
            return True
    return False


def _labels_in(text: str) -> list[str]:
    text = clean_text(text)
    if len(text) > MAX_LABEL_CHARS:
        # a byline note that opens on who offers the article ("Contenu proposé par Énéral
        # Habitat. Cet article a été réalisé par … Studio", rhodonite): its first sentence
        opening = _OPENING_PHRASE.match(text)
        return [opening.group(1).strip()] if opening is not None else []
    if not text:
        return []
    if WHOLE.match(text):
        return [text.strip(" :|-–—[]()")]
    kicker = KICKER.match(text) if len(text) <= MAX_KICKER_CHARS else None
    labels = [m.group(1) for m in (PREFIX.match(text), SUFFIX.search(text), kicker,
                                   _LABEL_THEN_SPONSOR.match(text)) if m]
    labels += [m.group(1).strip() for m in PHRASE.finditer(text)]
    return labels


_OPENING_PHRASE: Final = re.compile(
    rf"^[\W_]*((?:{_PHRASE})\s+[^.!?|]{{2,60}}?)\.(?:\s|$)", re.IGNORECASE)
"""A long header text's first sentence when a sponsor phrase opens it."""
_LABEL_THEN_SPONSOR: Final = re.compile(
    rf"^[\W_]*(?:[^\W\d_][^\s]*\s+){{0,3}}?({BARE_LABELS})\s+(?=(?:{_PHRASE})|propos[ée]e?\s+par)",
    re.IGNORECASE)
"""A band's label followed by who offers it: "CONTENU PARTENAIRE Proposé par [logo]", also
after the sponsor's logo ("[logo of Helvane Énergie] Contenu partenaire Proposé par …")."""


def affiliate_note(text: str) -> list[str]:
    """A byline note such as "This post may contain affiliate links" (outside the body text);
    "enthält keine Affiliate-Links" denies it."""
    text = clean_text(text)
    note = AFFILIATE_NOTE.search(text) if len(text) <= MAX_NOTE_CHARS else None
    if note is None or _DENIED.search(text, 0, note.start()):
        return []
    return [text[:MAX_NOTE_CHARS]]


_DENIED: Final = re.compile(
    r"(?<!\w)(?:keine|no|geen|aucun|aucuns|pas de|not|nicht|without|zonder|sans|"
    r"ohne)(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)


SPONSOR_IN_TITLE: Final = re.compile(
    rf"\s[–—|-]\s*((?i:{PAID_KINDS}|partner[\s-]?bijdrage))\s+"
    r"([A-Z][\w&'’.-]+(?:\s+(?:(?:van|de|der|den|du|von|la|le)\s+)?[A-Z][\w&'’.-]+){1,3})"
    r"\s*(?:[|–—-]\s*[^|–—-]{2,40})?$")
"""A paid kind of article and its client closing the title, before the site's name ("… –
partnerbijdrage Koffiebranderij Van Oosterwijk | Keukenhuis Lindeboom", rhodonite; "… –
Publi-rédactionnel Cuisines Verlaine | Maison & Sens", tourmaline). A name of two words or
more, written as a name, that the page names again; "– Advertorial guidelines | Blog" is a
topic."""


def _sponsor_in_title(title: str, tree: html.HtmlElement) -> list[str]:
    """The label of :data:`SPONSOR_IN_TITLE` when the page's body names the client too."""
    found = SPONSOR_IN_TITLE.search(clean_text(title))
    body = tree.find(".//body") if found is not None else None
    if found is None or body is None or found.group(2) not in body.text_content():
        return []
    return [found.group(1)]


def _title_labels(title: str) -> list[str]:
    title = clean_text(title)
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
    # no <article>: the band stands before the <header> that holds the headline
    banner = _banner_over(own_article if own_article is not None
                          else next(heading.iterancestors("header"), None))
    if banner is not None:
        yield banner
    for element in _header_region(heading):
        if not isinstance(element.tag, str) or element is heading or _in_slot(element, heading):
            continue
        if next(element.iterancestors("article"), own_article) is not own_article:
            continue  # a teaser for another article ("Anzeige" on a promoted teaser)
        text = _with_logos(element, linked_only=not _PHRASE_AT_END.search(element.text_content()))
        if _beside_ad(element, heading) or _wraps_slot(element, heading):
            if len(text) <= MAX_LABEL_CHARS and PHRASE.search(text):
                yield text  # "Präsentiert von" and the sponsor's logo: the byline's sponsor
            continue
        classes = (element.get("class") or "").split()
        yield from (token for token in classes if _CLASS_LABEL.match(token))
        yield text


def explained_badges(heading: html.HtmlElement | None) -> Iterator[str]:
    """The visible words of a badge in the headline block whose tooltip says the article
    itself was paid for: "<span class="pill pill--ad" title="This article was paid for by
    Veyra …">Ad ⓘ</span>" (epidote) is the article's label, whatever the word (a bare "Ad"
    is no label elsewhere) and though its class names an ad as a slot's would."""
    if heading is None:
        return
    for element in _header_region(heading):
        tip = element.get("title") if isinstance(element.tag, str) else None
        if tip and PAID_STATEMENT.search(clean_text(tip).lower()) is not None:
            words = _INFO_MARK.sub("", clean_text(element.text_content()))
            if len(words) >= 2 and len(words) <= MAX_LABEL_CHARS \
                    and _INFO_BUTTON.match(words) is None:
                yield words


_INFO_MARK: Final = re.compile(r"^[\W_]+|(?:\W+i)?[\W_]*$")
"""The "ⓘ", "(i)" or arrow beside a badge's word."""
_INFO_BUTTON: Final = re.compile(
    r"(?i:what'?s this|was ist das|wat is dit|qu'est-ce que c'est|info|mehr info|more info)")
"""A button that opens the notice names no label ("What's this?")."""


def _with_logos(element: html.HtmlElement, linked_only: bool = True, spaced: bool = False) -> str:
    """The element's text with the names of its (linked) logos where they stand: "Präsentiert
    von [logo of Teehaus Lindenblatt]" reads "Präsentiert von Teehaus Lindenblatt", as seen.
    ``spaced`` keeps a space between inline elements ("<span>ANZEIGE</span><span>Ein …")."""
    def text_of(node: html.HtmlElement) -> str:
        return " ".join(READABLE_TEXTS(node)) if spaced else node.text_content()

    if not any(image.get("alt") for image in element.iter("img")):
        return text_of(element)
    copy = deepcopy(element)
    for image in copy.iter("img"):
        alt = clean_text(image.get("alt") or "")
        if alt and (not linked_only or next(image.iterancestors("a"), None) is not None):
            image.tail = f" {alt} {image.tail or ''}"
    return text_of(copy)


def _banner_over(article: html.HtmlElement | None) -> str | None:
    """The text of a sponsor banner right above the article ("CONTENU PARTENAIRE · Proposé par
    [logo of Thermalis]"): the article's own label, whatever the block's class says. Only a
    short block that names its sponsor counts; an "Anzeige" slot names none."""
    previous = _element_before(article) if article is not None else None
    opening = _opening_strip(article)
    if previous is None or (opening is not None and _sponsor_band(opening) is not None):
        previous = opening  # "<article><div class=partner-strip>Contenu sponsorisé · proposé par"
    if previous is None:
        return None
    return _sponsor_band(previous)


MAX_WRAPPERS: Final = 2
"""How many wrappers an article may open and still stand right under a band before them."""


def _element_before(block: html.HtmlElement) -> html.HtmlElement | None:
    """The element right before ``block``, or before a wrapper that ``block`` opens: the band
    in "<div class=brand-strip>Contenu partenaire …</div><main><article>" (wavellite) stands
    over the article as one right before ``<article>`` does. Past a wrapper, an ad slot
    ("<div class=adslot><span>Advertentie / Publicité</span>", opal) is the page's, not a band.
    """
    for depth in range(MAX_WRAPPERS + 1):
        previous = block.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()  # a comment between them
        if previous is not None:
            return previous if depth == 0 or not slot_named(previous) else None
        block = block.getparent()
        if block is None or block.tag in ("body", "html"):
            return None
    return None


def _opening_strip(article: html.HtmlElement | None) -> html.HtmlElement | None:
    """The article's first block when it stands before the block with the headline."""
    first = next((child for child in article if isinstance(child.tag, str)), None) \
        if article is not None else None
    if first is None or first.tag in ("h1", "h2") or first.find(".//h1") is not None:
        return None
    return first


def _sponsor_band(previous: html.HtmlElement) -> str | None:
    """The text of a short band that names a sponsor (a label phrase, "Proposé par", or a bare
    label with the sponsor's unlinked logo), or ``None``."""
    if previous.find(".//*[@hidden]") is not None:
        previous = deepcopy(previous)  # the band as seen: its folded "what is this?" text is not
        for folded in previous.findall(".//*[@hidden]"):
            folded.drop_tree()
    if len(previous.text_content()) > MAX_LABEL_CHARS * 2:
        return None  # an article's body, not a band (and no deep copy of it for its logos)
    text = clean_text(_with_logos(previous, linked_only=False, spaced=True))
    if len(text) > MAX_LABEL_CHARS:
        return None
    if PHRASE.search(text) or _OFFERED_BY.search(text):
        return text
    # "CONTENU PARTENAIRE ⓘ [logo of Thermalia]": a label and the sponsor's unlinked logo; an
    # ad slot's creative is a link, a frame or a script ("-banner" classes name both)
    bare = clean_text(_ICONS.sub(" ", text))
    kicker = KICKER.match(bare)
    if (kicker is not None and _NAMED.search(bare, kicker.end(1))
            and next(previous.iter("iframe", "script", "a"), None) is None
            and not any(slot_named(node) for node in previous.iterdescendants()
                        if isinstance(node.tag, str))):
        return bare  # not "-- Anzeige --" over an empty "div-gpt-ad" container
    return None


_NAMED: Final = re.compile(r"[^\W\d_]{2}")
"""A sponsor's name has letters."""
_ICONS: Final = re.compile(r"[^\w\s&.'’-]+")
"""Info icons and separators between a banner's label and its sponsor's logo ("ⓘ", "·")."""


_OFFERED_BY: Final = re.compile(r"propos[ée]e?\s+par\s+\S", re.IGNORECASE)
""""Proposé par [logo]" over an article is its sponsor; in a recipe's byline "Proposée par Odile"
names the member who sent it in, so it is no sponsor phrase elsewhere."""


def headline_of(tree: html.HtmlElement, title: str) -> html.HtmlElement | None:
    """The article's own ``<h1>``: the one that matches the extracted title, else the first
    one inside ``<article>``/``<main>``, else an ``<h2>`` that matches the title, else the page's
    only ``<h1>``; screen-reader and slot headings are skipped."""
    wanted = clean_text(title).lower()
    candidates = [
        h for h in tree.iter("h1")
        if not _in_slot(h, h) and not _HIDDEN.search(h.get("class") or "")
    ]
    for heading in candidates:
        text = clean_text(heading.text_content()).lower()
        if text and wanted and (text in wanted or wanted in text) and not _site_name(heading):
            return heading
    for heading in candidates:
        if any(a.tag in ("article", "main") for a in heading.iterancestors()):
            return heading
    for heading in tree.iter("h2"):  # some sites set the headline in <h2> ("#headline")
        text = clean_text(heading.text_content()).lower()
        if len(text) >= MIN_HEADLINE_CHARS and wanted and (text in wanted or wanted in text) \
                and not _in_slot(heading, heading):
            return heading
    # the only <h1>, its wording not the title's ("Zonnepanelen maar geen terugdraaiende
    # teller meer? Zo haalt u …" under the og:title "Zo haalt u …")
    return candidates[0] if len(candidates) == 1 else None


def _site_name(heading: html.HtmlElement) -> bool:
    """Whether an ``<h1>`` is the site's name ("<h1 class="site-title"><a href="/">Maman en
    Bottes de Pluie</a></h1>", nephrite): it matches the ``<title>``'s suffix on every page,
    while the article's headline stands in an ``<h2>`` below."""
    if _SITE_NAME.search(heading.get("class") or ""):
        return True
    return any(link.get("href") in ("/", "./", "index.html") for link in heading.iter("a"))


_SITE_NAME: Final = re.compile(r"site-?(?:title|name|logo|branding)|logo|masthead", re.IGNORECASE)
MIN_HEADLINE_CHARS: Final = 20
"""An ``<h2>`` stands in for the headline only when it is a real title, not "News"."""


def _header_region(heading: html.HtmlElement) -> list[html.HtmlElement]:
    header = next((a for a in heading.iterancestors("header")), None)
    if header is not None and len(header.text_content()) <= MAX_REGION_CHARS:
        return list(header.iter())
    parent = heading.getparent()
    if parent is None:
        return []
    following = list(heading.itersiblings())
    # the body's first section ("What I offer") ends the region, and so does a container of the
    # whole body (a list item deep in it, "press trips paid for by tourism boards", is no
    # byline: iolite)
    cut = next((i for i, sibling in enumerate(following) if sibling.tag in _SECTION_HEADS
                or len(sibling.text_content()) > MAX_REGION_CHARS), len(following))
    if len(parent.text_content()) <= MAX_REGION_CHARS:
        if cut == len(following):
            return list(parent.iter())
        near = [*reversed(list(heading.itersiblings(preceding=True))), *following[:cut]]
    else:
        near = [*reversed(list(heading.itersiblings(preceding=True)))][-3:]
        near += following[:min(cut, 3)]
    return [element for sibling in near for element in sibling.iter()]


_SECTION_HEADS: Final = frozenset({"h2", "h3", "h4", "h5", "h6"})


_AD_INSIDE: Final = (
    "descendant::*[self::ins or self::iframe or self::object or self::embed"
    " or (self::a and .//img) or self::script]"
)
AD_CREATIVE_INSIDE: Final = etree.XPath(_AD_INSIDE)
AD_CREATIVE_BESIDE: Final = etree.XPath("../" + _AD_INSIDE)
READABLE_TEXTS: Final = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]",
                                    smart_strings=True)
"""The text nodes a reader sees below an element (inline scripts and styles are not read)."""


def _beside_ad(element: html.HtmlElement, heading: html.HtmlElement) -> bool:
    """A label next to (or wrapped with) an ad creative, away from the headline, labels that ad;
    so does one right before an empty ad slot, even beside the headline."""
    if heading in element.iterdescendants():
        return False
    if AD_CREATIVE_INSIDE(element) or empty_ad_slot(element.getnext()):
        return True
    parent = element.getparent()
    if parent is None or heading in parent.iterdescendants():
        return False
    return bool(AD_CREATIVE_BESIDE(element))


_EDITORIAL_PART: Final = re.compile(
    r"headline|title|topline|kicker|hero|header|byline", re.IGNORECASE)
"""Class names of an article's own header ("banner__headline", "article-hero-banner"): a site
that calls its hero image a banner does not make its headline an ad slot."""


def empty_ad_slot(node: etree._Element | None) -> bool:
    """An empty container named as an ad slot, where an ad is loaded ("<div class=ad-728
    id=div-gpt-ad-forum-top>"): a label right before it ("<div class=pubforum>Publicité</div>"
    above a forum thread's title, turquoise) captions the ad, not the page."""
    return (node is not None and isinstance(node.tag, str) and slot_named(node)
            and not clean_text(node.text_content()) and node.find(".//img") is None)


def class_and_id(node: etree._Element) -> str:
    """The class and id of an element, as one string of space-separated names."""
    return f"{node.get('class') or ''} {node.get('id') or ''}"


def slot_named(node: etree._Element) -> bool:
    """Whether a class or id names an ad slot (and not the article's own header part)."""
    return any(_SLOT_TOKEN.match(name) and not _EDITORIAL_PART.search(name)
               for name in class_and_id(node).split())


def _wraps_slot(element: html.HtmlElement, heading: html.HtmlElement) -> bool:
    """Whether a block away from the headline wraps an ad slot ("Advertisement" captions)."""
    if heading in element.iterdescendants():
        return False
    return any(slot_named(node) for node in element.iterdescendants()
               if isinstance(node.tag, str))


def _in_slot(element: etree._Element, heading: etree._Element | None = None) -> bool:
    """Whether ``element`` sits in an ad slot or in page chrome (aside, nav, footer, sidebar).

    A block that holds the article's headline is not a slot, whatever its class ("banner" is
    also what sites call the hero block around ``<h1>``).
    """
    holders = [] if heading is None else [heading, *heading.iterancestors()]
    for node in (element, *element.iterancestors()):
        holds_headline = any(node is holder for holder in holders)
        if not holds_headline and (slot_named(node) or _SIDEBAR.search(class_and_id(node))):
            return True
        if node.tag in ("aside", "nav", "footer"):
            return True
    return False


_SIDEBAR: Final = re.compile(r"(?<![a-z])(?:side-?bar|col-side|side-?col(?:umn)?)(?![a-z])",
                             re.IGNORECASE)
"""A sidebar is chrome like ``<aside>``, also when a site builder puts it inside ``<article>``
("page-section trage-sidebar-section")."""


def link_text_share(element: html.HtmlElement) -> float:
    """The share of an element's text that is link text (a list of teasers is mostly links)."""
    total = len(clean_text(element.text_content())) or 1
    return sum(len(clean_text(a.text_content())) for a in element.iter("a")) / total



def clean_text(text: str) -> str:
    """Text with invisible characters removed and white space collapsed."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()
