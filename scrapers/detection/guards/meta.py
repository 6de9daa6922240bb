"""Texts about advertising, policy pages and long pages: evidence that is not a post's own.

An article on influencer marketing, a site's disclosure policy, or a long web page whose
weak hints lie paragraphs apart names advertising words without advertising anything;
:func:`~scrapers.detection.guards.apply_guards` uses these tests to set that evidence aside.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.guards.standing import habitual, standing_cues
from scrapers.detection.guards.text import (
    ARTICLE_LENGTH,
    in_link_target,
    own_opinion_spans,
    quotation_around,
    sentence_bounds,
)
from scrapers.detection.lexicon import Hit, lexicon_data
from scrapers.detection.thanks import HANDLE
from scrapers.models import Signal

META_MIN_TERMS: Final = 3
"""Distinct about-advertising words that make a text meta-discussion."""
META_LONG_TEXT: Final = 400
"""Above this length two distinct words suffice."""
HINT_WINDOW: Final = 400


def scattered_hints(commercial: list[Signal]) -> list[Signal]:
    """Weak hints outside the densest ``HINT_WINDOW`` of a text without strong evidence.

    Links are facts about the page, never set aside; a page with any link evidence keeps all.

    On a long page a "Verlosung" in one paragraph and a "hier bestellen" eight paragraphs
    later are two unrelated remarks, not one advertisement.

    >>> def hint(start: int) -> Signal:
    ...     return Signal("commercial", "commercial.shop_call", "buy now", 0.5, start, start + 7)
    >>> [s.start for s in scattered_hints([hint(10), hint(200), hint(5000)])]
    [5000]
    >>> link = Signal("commercial", "commercial.affiliate_link", "x", 1.0, 900)
    >>> scattered_hints([hint(10), link])
    []
    """
    placed = [s for s in commercial if s.start is not None and "link" not in s.rule]
    if len(placed) < 2 or any(s.weight >= 1.0 or "link" in s.rule for s in commercial):
        return []
    def window(first: Signal) -> list[Signal]:
        start = first.start or 0
        return [s for s in placed if start <= (s.start or 0) < start + HINT_WINDOW]
    densest = max((window(s) for s in placed), key=lambda group: sum(s.weight for s in group))
    return [s for s in placed if s not in densest]


SHOPPING_WORDS: Final = frozenset({"commercial.shop_call", "commercial.discount"})


def shopping_words_alone(doc: Document, commercial: list[Signal]) -> list[Signal]:
    """Weak shopping words in an article that offers no way to buy: no link, web address,
    handle or code.

    "The cheapest unleaded was at Sainsfield's", "drivers could save up to 12p a litre"
    (tourmaline): a consumer reporter compares prices; a paid article sends the reader
    somewhere. Captions and descriptions are shorter than an article and keep these words.
    """
    if (len(doc.text) < ARTICLE_LENGTH or not commercial
            or any(s.rule not in SHOPPING_WORDS or s.weight >= 1.0 for s in commercial)):
        return []
    lowered = doc.lowered
    if ("http:" in lowered or "https:" in lowered or "www." in lowered
            or HANDLE.search(lowered) is not None):  # an e-mail to the newsdesk is no handle
        return []
    return commercial


SAME_TERM: Final = {"marken": "brands", "merken": "brands", "marques": "brands"}
"""One word in several languages counts once: in a German text "merken" is "to notice" beside
"Online-Marken" (zoisite), not a second word about brands."""
GENERIC_META: Final = frozenset({
    "research", "study", "studie", "onderzoek", "étude", "survey", "umfrage", "sondage",
    "peiling", "poll",
    "enquête", "onderzoekers", "onderzoeksbureau", "researchers", "forscher", "chercheurs",
    "journalist", "journalisten", "journalism", "journalistiek", "journalismus", "journalisme",
    "redactie", "editorial", "column", "chronique", "kolumne", "consumenten", "consumers",
    "verbraucher", "consommateurs", "social media", "sociale media", "soziale medien",
    "réseaux sociaux", "transparantie", "transparency", "transparence", "transparenz",
    "campagne"})
"""News and essay words that say a text reports, not what it reports on: with only these a
text is not *about advertising* (a political news clip cites "a new survey by Pew Research").
French "campagne" is also the countryside ("on est à la campagne")."""


def _menu_link(text: str, hit: Hit) -> bool:
    """Whether a word is the whole text of a link or part of its address, as a page's
    extracted text writes links ("[Adverteren](/adverteren/) | [Kopij aanleveren](/redactie/)"):
    a footer or menu that offers advertising space names no topic of the article (hematite)."""
    return ((text[hit.start - 1:hit.start] == "[" and text.startswith("](", hit.end))
            or in_link_target(text, hit.start))


def about_advertising(doc: Document) -> Signal | None:
    """A ``guard.about_advertising`` signal when the text discusses advertising.

    >>> from scrapers.detection.document import read_document
    >>> text = "Influencers en merken: de Reclamecode eist transparantie over gesponsorde posts."
    >>> about_advertising(read_document(text)).detail
    'gesponsorde posts, influencers, merken, reclamecode, transparantie'
    """
    tags = _topic_tags(doc)
    if not tags and "about_advertising" not in doc.groups \
            and "about_advertising_strong" not in doc.groups:
        return None
    strong = {h.entry.pattern for h in doc.hits_in("about_advertising_strong")
              if not _menu_link(doc.text, h)}
    strong |= tags & strong_advertising_tags()  # "#loiinfluenceurs" names the law as a tag
    terms = sorted(strong | tags | {h.entry.pattern for h in doc.hits_in("about_advertising")
                                    if not _menu_link(doc.text, h)})
    needed = 2 if strong or len(doc.text) > META_LONG_TEXT else META_MIN_TERMS
    distinct = {SAME_TERM.get(term, term) for term in terms}
    if len(distinct) < needed or not distinct - GENERIC_META:
        return None
    return Signal("guard", "guard.about_advertising", terms[0], 0.0, None, None, ", ".join(terms))


# the mark before its look-behind: re finds it with a C scan (README, Speed)
_TOPIC_TAG: Final = re.compile(r"#(?<![\w#]#)(\w{6,})")


def _topic_tags(doc: Document) -> set[str]:
    """Hashtags that name the subject of advertising (``#influencermarketing``,
    ``#medienkompetenz``, ``#mediawijsheid``): the lexicon's words written as one tag."""
    if "#" not in doc.text:
        return set()
    topics = about_advertising_tags()
    return {tag for tag in _TOPIC_TAG.findall(doc.lowered) if tag in topics}


@lru_cache(maxsize=1)
def strong_advertising_tags() -> frozenset[str]:
    """The strong about-advertising words (regulators, laws) as hashtag bodies."""
    return _tag_bodies(lexicon_data()["guards"]["about_advertising_strong"])


@lru_cache(maxsize=1)
def about_advertising_tags() -> frozenset[str]:
    """The about-advertising words of ``lexicon.yaml`` as hashtag bodies (spaces dropped)."""
    raw = lexicon_data()["guards"]
    return _tag_bodies([*raw["about_advertising"], *raw["about_advertising_strong"]])


def _tag_bodies(words: list[object]) -> frozenset[str]:
    """Words of six letters or more written as one hashtag body, without the generic ones."""
    return frozenset(re.sub(r"[\s'’-]", "", str(w).lower()) for w in words
                     if len(str(w)) >= 6) - GENERIC_TAGS


GENERIC_TAGS: Final = frozenset({"marketing", "brands", "marken", "marques", "merken", "campagne",
                                 "campaigns", "campagnes", "creators", "makers", "labels",
                                 "influencer", "influencers", "socialmedia", "research", "study"})
"""Tags too common on ads themselves to say a text is *about* advertising."""


SITE_SELF_REFERENCE: Final = frozenset({
    "deze blog", "dit blog", "this blog", "ce blog", "dieser blog"})
"""Words that point at the blog as a whole: on a policy page they name the site, not one post."""


POLICY_TITLE_REACH: Final = 80
""""Over mij", "Mediadaten 2024" name a policy page only as its title: menus and footers of
ordinary pages carry the same words."""


def _habitual(doc: Document, hit: Hit) -> bool:
    """"Sponsor segments are always announced in the video": a sentence about every video
    speaks of the channel, not of one post ("some of the products in this video" does not)."""
    start, end = sentence_bounds(doc.text, hit.start, hit.end)
    return habitual(standing_cues(), doc.lowered, start, end, subject_at=hit.start)


def names_the_page(doc: Document, hit: Hit) -> bool:
    """Whether a policy title names the page: a bare "About" only where it opens its line
    ("About⏎Bench Notes is a channel …", "About — Bench Notes"), not inside a headline
    ("Why Nobody Talks About Grief at Work")."""
    if hit.entry.pattern != "about":
        return True
    return not doc.text[doc.text.rfind("\n", 0, hit.start) + 1:hit.start].strip()


def _title_line(doc: Document, hit: Hit) -> bool:
    """Whether a policy title is its text's first line, alone ("Kooperationen", "About me") or
    with a year and the site's name after it."""
    if hit.start >= POLICY_TITLE_REACH:
        return False
    line_end = doc.text.find("\n")
    first = doc.lowered[:line_end if line_end >= 0 else len(doc.lowered)].strip(" \t#*|–-")
    title = hit.entry.pattern
    return first == title or (first.startswith(title)
                              and _TITLE_REST.fullmatch(first, len(title)) is not None)


_TITLE_REST: Final = re.compile(r"\s*(?:\d{4})?\s*(?:[–—|:-]\s*[^\n]{0,60})?")
"""A year and the site's name after the title: "Mediadaten 2024 – Werben auf Landliebe Leben"."""


def policy_page(doc: Document) -> Signal | None:
    """A ``guard.policy_page`` signal for a site's standing disclosure or privacy policy.

    >>> from scrapers.detection.document import read_document
    >>> text = "Disclosure policy: this website may contain affiliate links."
    >>> policy_page(read_document(text)).rule
    'guard.policy_page'
    """
    groups = doc.groups
    if "policy_site" not in groups and "policy_terms" not in groups \
            and "policy_title" not in groups:
        return None
    # "… les avis restent les nôtres, comme toujours sur ce blog" names the blog for opinions
    opinions = own_opinion_spans(doc.lowered) if "policy_site" in groups else []
    site = {h.entry.pattern for h in doc.hits_in("policy_site")
            if not any(low <= h.start < high for low, high in opinions)}
    site |= {h.entry.pattern for h in doc.hits_in("policy_title")
             if h.start < POLICY_TITLE_REACH and names_the_page(doc, h)}
    terms = {h.entry.pattern for h in doc.hits_in("policy_terms")}
    # 'begint met de zin "Dit artikel is geschreven in samenwerking met…"' quotes an example
    # "always mentioned in the video and in the description" states a channel's policy
    own = [h for h in doc.hits_in("self_reference") if h.entry.pattern not in SITE_SELF_REFERENCE
           and "descri" not in h.entry.pattern and "beschr" not in h.entry.pattern
           and quotation_around(doc.text, h.start, h.end) is None and not _habitual(doc, h)]
    if own:
        return None
    # a page under a title line of its own ("Kooperationen⏎", "Work with me⏎") that says how
    # paid posts are labelled ("Alle bezahlten Beiträge werden … gekennzeichnet", saxifrage)
    # is a policy too; "Transparenz: Die Maschine wurde mir … gestellt" heads a disclosure
    labelled = (any(_title_line(doc, h) for h in doc.hits_in("policy_title"))
                and standing_cues().labelling.search(doc.lowered) is not None)
    if len(site) + len(terms) < 2 and not labelled:
        return None
    if not site and len(terms) < 2:
        return None
    return Signal("guard", "guard.policy_page", sorted(site or terms)[0], 0.0, None, None,
                  ", ".join(sorted(site | terms)))
