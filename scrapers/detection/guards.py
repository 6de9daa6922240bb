"""Guards: what stops a false alarm.

- negation ("niet gesponsord", "not sponsored", "non sponsorisé") cancels the disclosure it negates;
- German "unbezahlte Werbung" is a neutral mention, not a paid one;
- "zelf gekocht" / "selbst gekauft" cancels gift evidence;
- a text *about* advertising (several distinct meta words) keeps only evidence that
  speaks of the text itself ("dit artikel is gesponsord") or opens it;
- a site-wide disclosure-policy page is not a post's disclosure, and neither is a standing
  policy sentence inside a post ("Paid posts on this account are always marked with #ad");
- a gift from family or a friend ("kreeg ik van mijn oma") is no PR, and "c/o" in a postal
  address is "care of", not "courtesy of"; a lone "affiliate" outside label position in a
  text without links names a member organisation ("Creative Commons Affiliate"); "support
  the channel on Patreon" is the audience's money, not a brand's;
- an institution's "zur Verfügung gestellt" / "in Kooperation mit der Universität" is no gift
  or partnership;
- a label quoted or given as an example ('labels such as "#ad"') is not a label.

:func:`apply_guards` returns the surviving evidence plus ``guard`` signals that
say what was set aside and why.

>>> from scrapers.detection.document import read_document
>>> from scrapers.detection.phrases import find_disclosure_phrases
>>> doc = read_document("Dit is niet gesponsord door Nike, zelf gekocht!")
>>> kept = apply_guards(doc, find_disclosure_phrases(doc), [])
>>> kept.disclosures, [g.rule for g in kept.guards]
([], ['guard.negation', 'guard.self_bought'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scrapers.detection.document import Document
from scrapers.detection.lexicon import Hit, lexicon_data, load_lexicon
from scrapers.models import Signal

META_MIN_TERMS = 3
"""Distinct about-advertising words that make a text meta-discussion."""
META_LONG_TEXT = 400
"""Above this length two distinct words suffice."""
SELF_REFERENCE_WINDOW = 80
EXAMPLE_WINDOW = 40
OPENING = 30
"""Evidence within the first characters of a meta text still counts (a header label)."""
UNPAID_LABELS = frozenset({"werbung", "#werbung", "anzeige", "#anzeige"})
_NEGATOR = re.compile(
    r"(?<!\w)(?:not|no|niet|geen|nicht|kein|keine|keinen|pas|non|never|nooit|ohne|zonder|sans|"
    r"aucun|aucune|nul|nulle|"
    r"without|isn't|n'est|niets|niks|nix|nothing|nichts|rien|none|nobody|niemand|personne)(?!\w)"
    r"(?:(?!(?<!\w)(?:but|maar|wel|aber|mais|however|though|doch|toch|sondern|cependant)(?!\w))"
    r"[^.!?\n)–—|]){0,30}$"
)
"""A negation word shortly before the evidence, unless "but"/"maar"/"mais" turns it round
("niet gesponsord, maar wel gekregen")."""
_LISTED_AFTER = re.compile(r"\s*[,;]\s*#\w")
_LISTED_BEFORE = re.compile(r"#\w+\s*[,;]\s*$")
_SECOND_PERSON = re.compile(r"(?<!\w)(?:you(?:'ve| have)? been|you're|you are|u r)\s+$")
_ALTERNATIVE_AFTER = re.compile(r"[\"”’»]?\s+(?:of|or|oder|ou|vs\.?|versus)\s+[\"“‘«]?#\w")
_ALTERNATIVE_BEFORE = re.compile(r"#\w+[\"”’»]?\s+(?:of|or|oder|ou|vs\.?|versus)\s+[\"“‘«]?$")
"""'"#ad" of "#spon"': a choice between labels. The space before "of"/"ou" matters: without it
"#voorjou #ad" and "#foryou #werbung" read as "#voorj" + "ou" ("or") + "#ad"."""
"""'#ad or #spon': labels listed as alternatives are being discussed, not used."""
ARTICLE_LENGTH = 1500
"""Texts at least this long are read as articles (see ``_impersonal_in_article``)."""
ARTICLE_OPENING = 300
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:i|i'm|i've|i'd|me|my|we|us|our|ik|mij|mijn|wij|ons|onze|ich|mir|mich|mein|meine|"
    r"meinen|wir|uns|unser|unsere|je|j'ai|moi|mon|ma|mes|nous|notre|nos)(?!\w)"
)
_QUOTED = re.compile(
    r"\"[^\"]{2,300}\"|“[^”]{2,300}”|„[^“”\"]{2,300}[“”\"]|«[^»]{2,300}»|‘[^’]{2,300}’"
    r"|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){2,300}'(?!\w)"
)
QUOTES = "\"“”'‘’«»„"
_QUOTE_OPENER = re.compile("[\"“„«‘']")
"""A character that can open a ``_QUOTED`` quotation (a cheap test before the full pattern)."""


@dataclass(frozen=True, slots=True)
class Guarded:
    """Evidence that survived the guards, and the guard signals that explain the rest."""

    disclosures: list[Signal]
    commercial: list[Signal]
    guards: list[Signal]


def apply_guards(doc: Document, disclosures: list[Signal], commercial: list[Signal]) -> Guarded:
    """Set aside negated, unpaid, example, meta-discussion and policy-page evidence.

    Meta-discussion and policy pages are only looked for when there is evidence to set aside.
    """
    guards: list[Signal] = []
    negations = doc.hits_in("negation")
    unpaid = doc.hits_in("unpaid")
    self_bought = doc.hits_in("self_bought")
    if negations:
        guards += [_guard("guard.negation", doc, h) for h in negations]
    if unpaid:
        guards += [_guard("guard.unpaid", doc, h) for h in unpaid]
    if self_bought:
        guards += [_guard("guard.self_bought", doc, h) for h in self_bought]
    if disclosures:
        disclosures = [s for s in disclosures
                       if not _negated(doc, s, negations) and not _unpaid(s, unpaid)]
    if negations:
        commercial = [s for s in commercial
                      if s.weight >= 1.0 and s.rule != "commercial.partnership"]
    public = [s for s in commercial if s.rule == "commercial.discount_code"
              and _NOT_MY_CODE.search(doc.lowered, s.end or 0,
                                      (s.end or 0) + NOT_MY_CODE_REACH) is not None
              and _MY_CODE.search(doc.lowered, max(0, (s.start or 0) - 30), s.start or 0) is None]
    if public:
        guards += [_set_aside_as("guard.negation", s) for s in public]
        commercial = [s for s in commercial if s not in public]
    if self_bought:
        commercial = [s for s in commercial if s.detail != "gifted"]
    if not disclosures and not commercial:
        return Guarded(disclosures, commercial, guards)
    quoted = [s for s in commercial if quoted_offer(doc, s)]
    if quoted:
        guards += [_set_aside_as("guard.example", s) for s in quoted]
        commercial = [s for s in commercial if s not in quoted]
    examples = [s for s in disclosures
                if _is_example(doc, s) or _opinion(doc, s) or _impersonal_in_article(doc, s)
                or defines_term(doc, s) or hypothetical(doc, s)]
    sells_itself = _sells_itself(commercial, doc)
    if len(examples) >= LABEL_TALK and not sells_itself:
        # A text that discusses two labels or more ("#sp and #collab are NOT disclosures")
        # is talking about labels: its other labels are explained too, unless they speak of
        # the text itself ("this video is sponsored").
        examples += [s for s in disclosures
                     if s not in examples and not _speaks_of_itself(doc, s, same_sentence=True)]
        talk = [s for s in commercial if s.rule in TALKED_ABOUT
                and not _speaks_of_itself(doc, s, same_sentence=True)]
        if talk:
            guards += [_set_aside_as("guard.example", s) for s in talk]
            commercial = [s for s in commercial if s not in talk]
    if examples:
        guards += [_set_aside_as("guard.example", s) for s in examples]
        disclosures = [s for s in disclosures if s not in examples]
    jokes = doc.hits_in("satire")
    if jokes and disclosures and not commercial:
        guards += [_guard("guard.satire", doc, h) for h in jokes]
        disclosures = []
    replies = doc.hits_in("response")
    if replies and not any("link" in s.rule for s in commercial):
        # "#stitch with the girl saying 'Paid partnership with Detoxa' … code DETOX15": the
        # label and the code belong to the video being answered, not to this post.
        guards += [_guard("guard.example", doc, h) for h in replies]
        disclosures, commercial = [], []
    standing = [(s, rule) for s in disclosures + commercial
                if s.start is not None and s.rule not in OWN_COMMERCE
                and (rule := standing_rule(doc, s, sells_itself)) is not None]
    if standing:
        guards += [_set_aside_as(rule, s) for s, rule in standing]
        aside = [s for s, _ in standing]
        disclosures = [s for s in disclosures if s not in aside]
        commercial = [s for s in commercial if s not in aside]
    meta = None if sells_itself else about_advertising(doc)
    if meta is not None:
        guards.append(meta)
        disclosures = [s for s in disclosures if _speaks_of_itself(doc, s)]
        commercial = [s for s in commercial
                      if (s.rule == "commercial.discount_code" and own_code(doc, s))
                      or _speaks_of_itself(doc, s)]
    if not disclosures and len(doc.text) > LONG_TEXT:
        scattered = scattered_hints(commercial)
        guards += [_set_aside_as("guard.scattered", s) for s in scattered]
        commercial = [s for s in commercial if s not in scattered]
    policy = None if sells_itself else policy_page(doc)
    if policy is not None:
        guards.append(policy)
        disclosures = [s for s in disclosures if s.rule not in ("disclosure.statement",)
                       and not (s.rule == "disclosure.label" and (s.start or 0) > OPENING_LABEL)]
        commercial = [s for s in commercial if s.rule == "commercial.discount_code"]
    return Guarded(disclosures, commercial, guards)


OPENING_LABEL = 3
"""On a policy page only a label that opens the text is the page's own ("Anzeige | …")."""
_NOT_MY_CODE = re.compile(
    r"(?<!\w)(?:not mine|their (?:own |public )?code|public code|i get nothing|i earn nothing|"
    r"i don't get anything|niet van mij|niet mijn code|ik verdien er niets aan|ik krijg er niets|"
    r"nicht meiner|kein eigener code|ich verdiene nichts|ich bekomme nichts|pas le mien|"
    r"pas mon code|je ne touche rien|je touche rien|on their homepage|homepage banner|"
    r"on the homepage|site-?wide code|auf der startseite|steht (?:groß )?auf der startseite|"
    r"sur (?:la|leur) page d'accueil|op (?:hun|de) homepage|voor iedereen geldig)(?!\w)")
"""A shop's public code the author does not earn from ("it's on their homepage banner",
"that's their public code, not mine")."""
NOT_MY_CODE_REACH = 120
_MY_CODE = re.compile(r"(?<!\w)(?:my|mijn|mein|meinem|meinen|mon|ma)\s+(?:\w+\s+)?"
                      r"(?:code|kortingscode|rabattcode|gutscheincode|code promo)\W*$")
"""A code the author calls their own ("mit meinem Code LENA10") is never a public one."""
LABEL_TALK = 2
"""Labels set aside as examples from which a text counts as talking about labels."""
TALKED_ABOUT = frozenset({"commercial.shop_call", "commercial.follower_offer",
                          "commercial.gifted", "commercial.partnership", "commercial.discount"})
"""Commercial phrases that a text about labels quotes as examples ("'Link in bio 😘' with an
affiliate link"); links and codes are never set aside this way."""

OWN_COMMERCE = frozenset({"commercial.affiliate_link", "commercial.shop_link",
                          "commercial.discount_code"})
"""Evidence that the text itself sells: a text with its own affiliate links or codes is not
*about* advertising, however often it says "brands" or "research" (video descriptions)."""


LONG_TEXT = 5000
"""Beyond this many characters weak hints must stand together to add up: longer than any
YouTube description (5,000) or Instagram caption (2,200), so only web pages and articles."""
HINT_WINDOW = 400


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


def _sells_itself(commercial: list[Signal], doc: Document) -> bool:
    return any(s.rule in OWN_COMMERCE and (s.rule != "commercial.discount_code"
                                            or own_code(doc, s)) for s in commercial)


def own_code(doc: Document, signal: Signal) -> bool:
    """Whether a discount code is the text's own offer: not quoted, and in a text naming
    regulators only after "use"/"my"/"met"… ("the ASA noted the discount code GLOW20" is not)."""
    if quoted_code(doc, signal):
        return False
    if not doc.hits_in("about_advertising_strong"):
        return True
    start = signal.start or 0
    return _OWN_CODE.search(doc.lowered, max(0, start - 20), start) is not None


_OWN_CODE = re.compile(r"(?<!\w)(?:use|using|my|mijn|mein|meinem|meinen|mon|ma|gebruik|nutze|nutzt|"
                       r"utilise|utilisez|avec|met|with|mit)\W+(?:\w+\W+)?$")
"""In a text naming regulators, a code is the text's own only after "use"/"my"/"met"…"""


def quoted_code(doc: Document, signal: Signal) -> bool:
    """Whether a discount code is quoted ("kortingscode 'LOTTE20'", « BELLE30 »): an example
    in a text about advertising, not the text's own offer.

    >>> from scrapers.detection.document import read_document
    >>> text = "Ook de kortingscode 'LOTTE20' werd genoemd."
    >>> at = text.index("kortingscode")
    >>> quoted_code(read_document(text), Signal("commercial", "commercial.discount_code",
    ...     "kortingscode 'LOTTE20", 1.0, at, at + 21, "LOTTE20"))
    True
    """
    if signal.rule != "commercial.discount_code" or signal.start is None or signal.end is None:
        return False
    token_start = signal.end - len(signal.detail)
    before = doc.text[max(0, token_start - 2):token_start].strip()
    return (before[-1:] in QUOTES) or quotation_around(doc.text, signal.start,
                                                       signal.end) is not None


GENERIC_META = frozenset({
    "research", "study", "studie", "onderzoek", "étude", "survey", "umfrage", "sondage",
    "enquête", "onderzoekers", "onderzoeksbureau", "researchers", "forscher", "chercheurs",
    "journalist", "journalisten", "journalism", "journalistiek", "journalismus", "journalisme",
    "redactie", "editorial", "column", "chronique", "kolumne", "consumenten", "consumers",
    "verbraucher", "consommateurs", "social media", "sociale media", "soziale medien",
    "réseaux sociaux", "transparantie", "transparency", "transparence", "transparenz"})
"""News and essay words that say a text reports, not what it reports on: with only these a
text is not *about advertising* (a political news clip cites "a new survey by Pew Research")."""


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
    strong = {h.entry.pattern for h in doc.hits_in("about_advertising_strong")}
    terms = sorted(strong | tags | {h.entry.pattern for h in doc.hits_in("about_advertising")})
    needed = 2 if strong or len(doc.text) > META_LONG_TEXT else META_MIN_TERMS
    if len(terms) < needed or not set(terms) - GENERIC_META:
        return None
    return Signal("guard", "guard.about_advertising", terms[0], 0.0, None, None, ", ".join(terms))


_TOPIC_TAG = re.compile(r"(?<![\w#])#(\w{6,})")


def _topic_tags(doc: Document) -> set[str]:
    """Hashtags that name the subject of advertising (``#influencermarketing``,
    ``#medienkompetenz``, ``#mediawijsheid``): the lexicon's words written as one tag."""
    if "#" not in doc.text:
        return set()
    topics = about_advertising_tags()
    return {tag for tag in _TOPIC_TAG.findall(doc.lowered) if tag in topics}


@lru_cache(maxsize=1)
def about_advertising_tags() -> frozenset[str]:
    """The about-advertising words of ``lexicon.yaml`` as hashtag bodies (spaces dropped)."""
    raw = lexicon_data()["guards"]
    words = [*raw["about_advertising"], *raw["about_advertising_strong"]]
    return frozenset(re.sub(r"[\s'’-]", "", str(w).lower()) for w in words
                     if len(str(w)) >= 6) - GENERIC_TAGS


GENERIC_TAGS = frozenset({"marketing", "brands", "marken", "marques", "merken", "campagne",
                          "campaigns", "campagnes", "creators", "makers", "labels",
                          "influencer", "influencers", "socialmedia", "research", "study"})
"""Tags too common on ads themselves to say a text is *about* advertising."""


def policy_page(doc: Document) -> Signal | None:
    """A ``guard.policy_page`` signal for a site's standing disclosure or privacy policy.

    >>> from scrapers.detection.document import read_document
    >>> text = "Disclosure policy: this website may contain affiliate links."
    >>> policy_page(read_document(text)).rule
    'guard.policy_page'
    """
    if "policy_site" not in doc.groups and "policy_terms" not in doc.groups:
        return None
    site = {h.entry.pattern for h in doc.hits_in("policy_site")}
    terms = {h.entry.pattern for h in doc.hits_in("policy_terms")}
    if len(site) + len(terms) < 2 or doc.hits_in("self_reference"):
        return None
    if not site and len(terms) < 2:
        return None
    return Signal("guard", "guard.policy_page", sorted(site or terms)[0], 0.0, None, None,
                  ", ".join(sorted(site | terms)))


def _guard(rule: str, doc: Document, hit: Hit) -> Signal:
    return Signal("guard", rule, doc.text[hit.start:hit.end], 0.0, hit.start, hit.end,
                  hit.entry.pattern)


def _negated(doc: Document, signal: Signal, negations: list[Hit]) -> bool:
    start, end = signal.start or 0, signal.end or 0
    if any(h.start < end and start < h.end for h in negations):
        return True
    # A hashtag is denied only right after the negation ("not #ad", "geen #spon"): in
    # "I'm not going back #sponsored" the "not" belongs to another clause.
    reach = HASHTAG_NEGATION_REACH if signal.text.startswith("#") else NEGATION_REACH
    return _NEGATOR.search(doc.lowered, max(0, start - reach), start) is not None


NEGATION_REACH = 40
HASHTAG_NEGATION_REACH = 12


def _unpaid(signal: Signal, unpaid: list[Hit]) -> bool:
    start, end = signal.start or 0, signal.end or 0
    if any(h.start < end and start < h.end for h in unpaid):
        return True
    return bool(unpaid) and signal.detail in UNPAID_LABELS


def _is_example(doc: Document, signal: Signal) -> bool:
    start, end = signal.start or 0, signal.end or 0
    if signal.start is None:
        return False
    if example_word_before(doc, start):
        return True
    if signal.text.startswith("#") and doc.text[end:end + 1] == "-" \
            and doc.text[end + 1:end + 2].isalpha():
        return True  # "#ad-moe", "#ad-free": a word built on the label, not the label
    if signal.text.startswith("#") and (_LISTED_AFTER.match(doc.text, end)
                                        or _LISTED_BEFORE.search(doc.text, max(0, start - 40),
                                                                 start)):
        return True  # "#sponsored, #spon, #partner": labels listed with commas are named
    if _SECOND_PERSON.search(doc.lowered, max(0, start - 25), start):
        return True  # "you have been sponsored by six protein powders"
    if signal.text.startswith("#") and _LEGEND_AFTER.match(doc.text, end):
        return True  # "#ad = paid, #gifted = free stuff": a bio's legend of its labels
    key = doc.text[max(0, start - 4):start].strip()
    if key.endswith("=") and not (key.startswith("*") and doc.text.count("*") > 1):
        # "betaalde samenwerkingen = #adv · gekregen = #gekregen": a bio's key; but
        # "* = affiliate link" under links marked * is this text's own legend
        return True
    if quotation_around(doc.text, start, end) is not None:
        return True
    lowered = doc.lowered
    before = max(0, start - 30)
    if lowered.find("#", end) >= 0 and _ALTERNATIVE_AFTER.match(lowered, end):
        return True  # both alternative patterns need a "#" on their side
    if lowered.find("#", before, start) >= 0 and _ALTERNATIVE_BEFORE.search(
            lowered, before, start):
        return True
    if start > 0 and end < len(doc.text) and doc.text[start - 1] in QUOTES \
            and doc.text[end] in QUOTES:
        return True
    for hit in doc.hits_in("example"):
        if start - EXAMPLE_WINDOW <= hit.end <= start and not re.search(
                r"[.!?\n]", doc.text[hit.end:start]):
            return True
    return False


_LEGEND_AFTER = re.compile(r" ?= ?[^\W\d_]")
EXAMPLE_ADJACENT_WINDOW = 24


def example_word_before(doc: Document, start: int) -> bool:
    """Whether an ``example_adjacent`` word ("met", "or", "the hashtag") ends right before
    ``start``, perhaps followed by spaces and a quote ('een post met "#spon').

    Equals ``lexicon.example_adjacent.search(text, start - 24, start)``, but matches the
    reversed pattern once at the reversed window's start instead of trying every position.
    The pattern's word-boundary look-behind may see before the window: a ``_`` stands in for a word
    character there (no example word contains one).

    >>> from scrapers.detection.document import read_document
    >>> doc = read_document('Gebruik liever "#ad" of  "#spon"')
    >>> example_word_before(doc, 25), example_word_before(doc, 16), example_word_before(doc, 0)
    (True, False, False)
    """
    text = doc.text
    low = max(0, start - EXAMPLE_ADJACENT_WINDOW)
    window = text[low:start][::-1]
    if low and (text[low - 1].isalnum() or text[low - 1] == "_"):
        window += "_"
    return doc.lexicon.example_adjacent_reversed.match(window) is not None


def _impersonal_in_article(doc: Document, signal: Signal) -> bool:
    """In a long article, weak evidence must speak for its author or stand near the top.

    News and magazine pages say "Foto zur Verfügung gestellt", "in Kooperation mit der
    Universität", "supported by the ministry", and carry "ANZEIGE" slots between
    paragraphs; none of that is the article's own disclosure.  A label counts when it
    opens the article; a statement or an unclear phrase when it stands near the top or its
    sentence is in the first person ("wurde mir zur Verfügung gestellt", "I received") or
    speaks of the text itself ("Dieser Beitrag enthält Affiliate-Links").
    """
    if len(doc.text) < ARTICLE_LENGTH or signal.start is None:
        return False
    if signal.rule in ("disclosure.label", "disclosure.label_unclear"):
        bracketed = signal.start > 0 and doc.text[signal.start - 1] in "([【"
        return signal.start > ARTICLE_OPENING and not bracketed
    if signal.rule not in ("disclosure.statement", "disclosure.phrase_unclear"):
        return False
    if signal.start <= ARTICLE_OPENING:
        return False  # "Vielen Dank an den Verlag für das Rezensionsexemplar." above the review
    sentence_start, sentence_end = sentence_bounds(doc.text, signal.start, signal.end or 0)
    if any(sentence_start <= h.start < sentence_end for h in doc.hits_in("self_reference")):
        return False
    sentence = doc.lowered[sentence_start:sentence_end]
    if any(word in sentence for word in ("link", "http", "www.", "amazon")):
        return False  # "some of the links above are affiliate links": about this text's links
    return _FIRST_PERSON.search(doc.lowered, sentence_start, sentence_end) is None


def _opinion(doc: Document, signal: Signal) -> bool:
    """'Why I stopped using affiliate links': an opinion about disclosures, in the same sentence."""
    start = signal.start or 0
    return any(start - 40 <= h.end <= start and not re.search(r"[.!?\n]", doc.text[h.end:start])
               for h in doc.hits_in("opinion"))


def quotation_around(text: str, start: int, end: int) -> str | None:
    """The quotation on its line that ``[start, end)`` lies inside ('… #ad …'), if any.

    >>> quotation_around("Oma las: 'Gebruik code ZOMER20!' 😂", 16, 28)
    "'Gebruik code ZOMER20!'"
    """
    line_start = text.rfind("\n", 0, start) + 1
    if _QUOTE_OPENER.search(text, line_start, start) is None:
        return None  # no quotation opens on this line before the span
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    for match in _QUOTED.finditer(line):
        if match.start() + line_start < start and end < match.end() + line_start:
            return match.group()
    return None


_QUESTION_WORD = re.compile(
    r"(?<!\w)(?:what|what's|wat|was|qu'est-ce|quoi|how|hoe|wie|comment|why|waarom|warum|"
    r"pourquoi|welke|which|welche|quel|quelle)(?!\w)")
_INDEFINITE = re.compile(r"(?:^|\s)(?:an?|een|ein|eine|einen|un|une)\s+$")
_COPULA = re.compile(r"\s+(?:is|are|est|sont|ist|sind|zijn|means|betekent|bedeutet|signifie)(?!\w)")


_MEANING = (r"means|betekent|bedeutet|heißt|signifie|veut dire|wil zeggen|stands for|"
            r"staat voor|steht für")
_MEANS = re.compile(r"[\"”'’]?\s*(?:" + _MEANING + r"|meant)(?!\w)")
"""A label followed by its meaning: "#ad means they got paid"."""
_QUOTED_MEANS = re.compile(r"[\"”'’»]\s*(?:" + _MEANING + r")(?!\w)")
"""A quoted label followed by its meaning: "'Gekregen' betekent …"."""


def defines_term(doc: Document, signal: Signal) -> bool:
    """Whether a statement names its term in a question or a definition, not for this text.

    "C'est quoi, un lien affilié ?", "Een affiliate link is een link waarmee…": the words
    of a disclosure used to explain them.

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str, term: str) -> bool:
    ...     at = text.index(term)
    ...     return defines_term(read_document(text), Signal(
    ...         "disclosure", "disclosure.statement", term, 0.9, at, at + len(term), term))
    >>> check("C'est quoi, un lien affilié ? Petit guide", "lien affilié")
    True
    >>> check("Un lien affilié est un lien qui rapporte une commission.", "lien affilié")
    True
    >>> check("Ceci est un lien affilié : https://amzn.to/x", "lien affilié")
    False
    >>> check("It costs you nothing. #ad means they got paid.", "#ad")
    True
    """
    if signal.start is None or signal.end is None:
        return False
    start, end = sentence_bounds(doc.text, signal.start, signal.end)
    opening = doc.text[start:signal.start].strip(" \t\"“'‘")
    if ((not opening or opening.endswith(":"))
            and _MEANS.match(doc.lowered, signal.end) is not None):
        return True  # "#ad means they got paid", "Uitleg: #ad betekent …"
    if signal.rule != "disclosure.statement":
        return False
    if _QUOTED_MEANS.search(doc.lowered, start, signal.start) is not None:
        return True  # "'Gekregen' betekent gratis opgestuurd": the meaning of a quoted label
    if end < len(doc.text) and doc.text[end] == "?" and _QUESTION_WORD.search(
            doc.lowered, start, signal.start) is not None:
        return True
    opening = doc.lowered[start:signal.start]
    return (_INDEFINITE.search(opening) is not None and not opening.strip(" \t").count(" ")
            and _COPULA.match(doc.lowered, signal.end) is not None)


_CONDITIONAL_OPENING = re.compile(
    r"[\s\"'“„«(]*(?:if|when|whenever|once|zodra|wanneer|als ooit|wenn|sobald|falls|si|quand|"
    r"dès que|lorsque)(?!\w)")


def hypothetical(doc: Document, signal: Signal) -> bool:
    """Whether a label stands in a sentence that opens with "if"/"zodra"/"wenn"/"si".

    "If it's ever an ad you'll see #ad", "Zodra iets reclame is zet ik er #adv bij": a promise
    about other posts, not a label on this one.

    >>> from scrapers.detection.document import read_document
    >>> text = "nee hoor. Zodra iets reclame is zet ik er #adv bij, beloofd."
    >>> at = text.index("#adv")
    >>> hypothetical(read_document(text), Signal("disclosure", "disclosure.hashtag", "#adv",
    ...     1.0, at, at + 4, "#adv"))
    True
    """
    if signal.start is None or signal.rule not in LABEL_RULES:
        return False  # "If you use the link above, I may earn a commission" is a disclosure
    start, end = sentence_bounds(doc.text, signal.start, signal.end or signal.start)
    return (_CONDITIONAL_OPENING.match(doc.lowered, start) is not None
            or _ASKED_IF.search(doc.lowered, start, signal.start) is not None
            or (doc.text[end:end + 1] == "?"
                and _SHOULD_I.match(doc.lowered, start) is not None))


_SHOULD_I = re.compile(
    r"\s*(?:(?:en|and|und|et|but|maar|aber|mais)\s+)?(?:moet|moeten|hoef|hoeven|mag|should|"
    r"do|must|need|muss|müssen|sollte|sollten|soll|dois|doit|faut|est-ce que)\s+"
    r"(?:ik|we|wij|i|ich|wir|je|on|il)(?!\w)")
"""A question about what to do ("Moet ik dan #reclame erbij zetten?", "Should I put #ad on
it?"): a label asked about, not one put on this post."""


_ASKED_IF = re.compile(
    r"(?<!\w)(?:ask|asks|asking|asked|wonder|wonders|wondering|vraag|vragen|vraagt|vroeg|vroegen|"
    r"frage|fragen|fragt|fragte|fragten|demande|demandez|demandent|demandé)\s+"
    r"(?:[\w'’]+\s+){0,2}?(?:if|whether|of|ob|si)\s+(?:[\w'’]+\s+){0,3}$")
"""An indirect question right before the label: "y'all keep asking if this is an ad"."""


LABEL_RULES = frozenset({"disclosure.hashtag", "disclosure.hashtag_unclear", "disclosure.label",
                         "disclosure.label_unclear", "disclosure.phrase",
                         "disclosure.phrase_unclear"})


QUOTED_SENTENCE_WORDS = 5
"""A quotation this long is someone's sentence being quoted, not a code put in quotes."""


def quoted_offer(doc: Document, signal: Signal) -> bool:
    """Whether a code or shopping phrase sits inside a quoted sentence (someone else's ad).

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str, code: str) -> bool:
    ...     at = text.index(code)
    ...     return quoted_offer(read_document(text), Signal(
    ...         "commercial", "commercial.discount_code", code, 1.0, at, at + len(code), code))
    >>> check("Oma las voor: 'Gebruik code ZOMER20 voor 20% korting!' en vroeg of het moest",
    ...       "code ZOMER20")
    True
    >>> check('Met code "LIEKE15" krijg je 15% korting', "LIEKE15")
    False
    """
    if signal.start is None or signal.end is None or "link" in signal.rule:
        return False
    quotation = quotation_around(doc.text, signal.start, signal.end)
    return quotation is not None and len(quotation.split()) >= QUOTED_SENTENCE_WORDS


_MID_SENTENCE = re.compile(r"[a-zß-ÿ]\s+$")
"""A lower-case word just before: the label runs on in a sentence ("… halten #sponsored für")."""


def _speaks_of_itself(doc: Document, signal: Signal, same_sentence: bool = False) -> bool:
    """Whether the signal heads the text or stands near words pointing at the text itself
    ("this video", "dit artikel") — within its sentence when ``same_sentence``."""
    start = signal.start or 0
    if (start < OPENING and signal.rule not in ("disclosure.statement",
                                                 "disclosure.phrase_unclear")
            and _MID_SENTENCE.search(doc.text, 0, start) is None):
        # a header label; a title such as "What is affiliate marketing?" or "Teens think
        # #sponsored is praise" is not
        return True
    if same_sentence:
        low, high = sentence_bounds(doc.text, start, signal.end or start)
    else:
        low, high = start - SELF_REFERENCE_WINDOW, start + SELF_REFERENCE_WINDOW
    inside = (start, signal.end or start)
    return any(low <= h.end and h.start <= high and not inside[0] <= h.start < inside[1]
               for h in doc.hits_in("self_reference"))


@dataclass(frozen=True, slots=True)
class StandingCues:
    """Cue patterns for standing-policy sentences and institutional provision (lexicon.yaml)."""

    givers: re.Pattern[str]
    habitual: re.Pattern[str]
    scope: re.Pattern[str]
    labelling: re.Pattern[str]
    institutions: re.Pattern[str]
    provision: re.Pattern[str]
    personal: re.Pattern[str]
    plural: re.Pattern[str]


@lru_cache(maxsize=1)
def standing_cues() -> StandingCues:
    """Compile the ``guards`` cue lists that only this module reads (once per process)."""
    raw = lexicon_data()["guards"]
    return StandingCues(*(_words(raw[key]) for key in (
        "personal_givers", "policy_habitual", "policy_scope", "policy_labelling",
        "institutions", "provision", "provision_personal", "provision_plural")))


def _words(patterns: list[str]) -> re.Pattern[str]:
    alternatives = [str(p) + (r"(?!\w)" if str(p)[-1].isalnum() else "") for p in patterns]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")


SENTENCE_MARKS = ".!?\n•"
"""Where a sentence ends; a bullet starts a new point on pages that run lines together."""


@lru_cache(maxsize=256)
def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between ``.!?`` or line breaks) around ``[start, end)``.

    Cached: several guards ask for the same signal's sentence.

    >>> sentence_bounds("Hi. Paid posts are marked. Bye", 9, 13)
    (3, 25)
    """
    sentence_start = max(text.rfind(mark, 0, start) for mark in SENTENCE_MARKS) + 1
    ends = [at for mark in SENTENCE_MARKS if (at := text.find(mark, end)) >= 0]
    return sentence_start, min(ends) if ends else len(text)


def policy_statement(doc: Document, signal: Signal) -> bool:
    """Whether the signal sits in a sentence about how the author labels content in general.

    A habitual, general or conditional word ("always", "worden gemarkeerd" with "alle",
    "gelegentlich", "peut contenir") with an account/site scope or a labelling verb, or a
    labelling verb alone in a text that names the account or site as its scope; and no
    words pointing at this one post ("this post", "dieser Beitrag", "cet article").
    Callers skip this for a text with its own affiliate links or codes: there such a
    sentence discloses the text itself.

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str, label: str) -> bool:
    ...     at = text.index(label)
    ...     return policy_statement(read_document(text), Signal(
    ...         "disclosure", "disclosure.hashtag", label, 1.0, at, at + len(label), label))
    >>> check("Paid posts on this account are always marked with #ad. Sunset walk.", "#ad")
    True
    >>> check("This site may contain affiliate links.", "affiliate links")
    True
    >>> check("This post contains affiliate links.", "affiliate links")
    False
    >>> check("#ad Always happy with my @nike shoes", "#ad")
    False
    >>> check("On this account ads say 'ad'. Affiliate links are marked with *.", "Affiliate links")
    True
    >>> check("Affiliate links are marked with *.", "Affiliate links")
    False
    >>> check("Jess | plants | collabs always marked #ad / affiliate links = *", "affiliate links")
    True
    """
    if not may_state_policy(doc.lowered):
        return False
    start, end = sentence_bounds(doc.text, signal.start or 0, signal.end or 0)
    if any(start <= h.start < end and "descri" not in h.entry.pattern
           and "beschr" not in h.entry.pattern for h in doc.hits_in("self_reference")):
        return False  # "marked in the first seconds and in the description" is still policy
    cues = standing_cues()
    lowered = doc.lowered
    if _STAR_LEGEND.search(lowered, start, end) and "*" in lowered[:start] + lowered[end:]:
        return False  # "(*) Alle mit einem Stern gekennzeichneten Links …" under starred links
    labelling = cues.labelling.search(lowered, start, end) is not None
    habitual = cues.habitual.search(lowered, start, end) is not None
    if habitual and labelling:
        return True  # "always marked #ad"
    if cues.scope.search(lowered, start, end) is not None and (
            habitual or labelling or signal.family == "disclosure"):
        return True  # "Op deze website staan affiliatelinks" (a link there is no statement)
    # "Affiliate links are marked with an asterisk." right after "on this account", "Some
    # articles contain affiliate links." under "Paid posts are marked …", or "affiliate
    # links = *" after "collabs always marked #ad": a labelling or habitual sentence in a text
    # that speaks of the account as a whole or explains its labels elsewhere.
    elsewhere = _labelling_sentences(lowered, cues, start)
    if labelling or habitual:
        return cues.scope.search(lowered) is not None or elsewhere >= 1
    # "Kaufen Sie über einen solchen Link, erhalten wir eine kleine Provision" on a page that
    # explains its labels in two other sentences: a policy page, not a disclosure. A label or
    # a header phrase ("Contenu sponsorisé — …") always speaks for the text it heads.
    return signal.rule == "disclosure.statement" and elsewhere >= POLICY_LEGEND


_STAR_LEGEND = re.compile(r"\*|sternchen|stern(?!\w)|asterisk|sterretje|astérisque")
"""A legend for starred items: on a text that stars its own links, it labels them."""


@lru_cache(maxsize=64)
def may_state_policy(lowered: str) -> bool:
    """Whether a text has a labelling word or an account/site scope anywhere: every way
    :func:`policy_statement` can answer yes needs one, so without them (most captions) it
    answers no for all of a text's signals at the cost of two searches."""
    cues = standing_cues()
    return cues.labelling.search(lowered) is not None or cues.scope.search(lowered) is not None


POLICY_LEGEND = 2
"""Labelling sentences that make a text a policy of labels even for its plain statements."""


def _labelling_sentences(lowered: str, cues: StandingCues, skip: int) -> int:
    """How many other sentences speak of labelling (up to :data:`POLICY_LEGEND`): with this
    one, a legend of labels ("#adv = betaald • PR = gekregen", "… als „Werbung"
    gekennzeichnet. Links mit * …", "Betaalde artikelen herken je aan … Sommige artikelen
    bevatten affiliatelinks")."""
    seen: set[int] = set()
    for found in cues.labelling.finditer(lowered):
        start, end = sentence_bounds(lowered, found.start(), found.end())
        if not start <= skip < end:
            seen.add(start)
            if len(seen) >= POLICY_LEGEND:
                break
    return len(seen)


PARTNER_RULES = frozenset({"disclosure.statement", "disclosure.phrase",
                           "disclosure.phrase_unclear", "disclosure.label",
                           "disclosure.label_unclear", "commercial.partnership",
                           "commercial.gifted"})


def institutional(doc: Document, signal: Signal) -> bool:
    """Whether a partnership or provision mention is an institution's, not a brand's.

    "Fotos wurden uns vom Ministerium zur Verfügung gestellt", "in Kooperation mit der
    Universität": an institution named in the sentence and no @handle; provision wording
    ("zur Verfügung gestellt", "provided by") also needs the first person singular or a
    product context ("kostenlos") to count as a gift.

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str, phrase: str) -> bool:
    ...     at = text.index(phrase)
    ...     return institutional(read_document(text), Signal(
    ...         "disclosure", "disclosure.statement", phrase, 0.9, at, at + len(phrase), phrase))
    >>> check("Daten zur Verfügung gestellt vom Statistischen Bundesamt.", "zur Verfügung gestellt")
    True
    >>> check("Das Serum wurde mir von @rituals zur Verfügung gestellt.", "zur Verfügung gestellt")
    False
    >>> check("In samenwerking met de Universiteit Utrecht.", "In samenwerking met")
    True
    """
    if signal.rule not in PARTNER_RULES:
        return False
    start, end = sentence_bounds(doc.text, signal.start or 0, signal.end or 0)
    if "@" in doc.text[start:end]:
        return False
    cues = standing_cues()
    lowered = doc.lowered
    if cues.institutions.search(lowered, start, end) is not None:
        return cues.personal.search(lowered, start, end) is None
    if cues.provision.search(lowered, signal.start or 0, signal.end or 0) is None:
        return False
    return (cues.personal.search(lowered, start, end) is None
            and cues.plural.search(lowered, start, end) is None)


def personal_gift(doc: Document, signal: Signal) -> bool:
    """Whether gift evidence names family or a friend as the giver, and no @handle.

    "Deze trui kreeg ik van mijn oma", "m'a été offert par mes parents": a present, not PR.

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str, phrase: str, label: str) -> bool:
    ...     at = text.index(phrase)
    ...     return personal_gift(read_document(text), Signal(
    ...         "disclosure", "disclosure.statement", phrase, 0.9, at, at + len(phrase), label))
    >>> check("Deze trui kreeg ik van mijn oma ❤️", "kreeg ik van", "ontvangen van")
    True
    >>> check("Deze trui kreeg ik van @zara en mijn oma vindt hem mooi", "kreeg ik van",
    ...       "ontvangen van")
    False
    >>> check("Paid partnership with my best friend's brand", "Paid partnership",
    ...       "betaalde samenwerking")
    False
    """
    if signal.detail != "gifted" and load_lexicon().label_kinds.get(signal.detail) != "gifted":
        return False
    start, end = sentence_bounds(doc.text, signal.start or 0, signal.end or 0)
    if "@" in doc.text[start:end]:
        return False
    return standing_cues().givers.search(doc.lowered, start, end) is not None


_POSTAL = re.compile(
    r"(?:postfach|postbus|po box|p\.o\. box|boîte postale|bp \d|str\.|straße|strasse|straat|"
    r"street|road|avenue|laan|weg \d|rue |\d{4,5}\b)"
)


def care_of_address(doc: Document, signal: Signal) -> bool:
    """Whether a "c/o" opens a postal address ("Wake News c/o D. Hegeler, Postfach 267").

    On Instagram "c/o @brand" means "courtesy of"; in an address it means "care of".

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str) -> bool:
    ...     at = text.index("c/o")
    ...     return care_of_address(read_document(text), Signal(
    ...         "commercial", "commercial.gifted", "c/o", 1.0, at, at + 3, "gifted"))
    >>> check("Adresse: Wake News c/o D. Hegeler, Postfach 267, CH-4005 Basel")
    True
    >>> check("Jurk c/o @mango, tas van de markt")
    False
    """
    if signal.text.lower() != "c/o" or signal.end is None:
        return False
    after = doc.lowered[signal.end:signal.end + 60]
    return "@" not in after[:20] and _POSTAL.search(after) is not None


def bare_affiliate(doc: Document, signal: Signal) -> bool:
    """Whether a lone "affiliate" names a member organisation (callers: no affiliate links).

    "Seit 2012 sind wir Creative Commons Affiliate in Österreich": "affiliate" followed by
    "in"/"of"/"network", no first person singular ("I'm a Book Depository affiliate" is a
    disclosure).

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str) -> bool:
    ...     at = text.lower().index("affiliate")
    ...     return bare_affiliate(read_document(text), Signal(
    ...         "disclosure", "disclosure.statement", text[at:at + 9], 0.9, at, at + 9, ""))
    >>> check("Seit 2012 sind wir offiziell Creative Commons Affiliate in Österreich.")
    True
    >>> check("Mijn favoriete jas (affiliate) is weer op voorraad")
    False
    >>> check("I am now a Sigma Beauty affiliate! How exciting!")
    False
    """
    if signal.text.lower() != "affiliate" or signal.end is None:
        return False
    if _AFFILIATE_TOPIC.match(doc.lowered, signal.end) is not None:
        return True
    start, end = sentence_bounds(doc.text, signal.start or 0, signal.end)
    if _FIRST_PERSON_SINGULAR.search(doc.lowered, start, end) is not None:
        return False
    return _MEMBER_OF.match(doc.lowered, signal.end) is not None


_FIRST_PERSON_SINGULAR = re.compile(
    r"(?<!\w)(?:i|i'm|i’m|my|me|ik|mijn|ich|mein|meine|meinen|je|j'|mon|ma|mes)(?!\w)")
_AFFILIATE_TOPIC = re.compile(r"[\s-]*(?:marketing|marketeer|marketer|marketers|netwerk|network)")
"""'affiliate marketing' is a trade, not a disclosure of this text's links."""
_MEMBER_OF = re.compile(
    r"\s+(?:in|im|of|van|von|für|for|de|du|network|netzwerk|netwerk|organisation|organization|"
    r"member|mitglied|lid|chapter|team|status|programme|program)(?!\w)")


OWN_FUNDING_REACH = 120
"""How far after "support the channel" the Patreon link may stand (a URL breaks sentences)."""
_OWN_FUNDING = re.compile(
    r"(?<!\w)(?:patreon|ko-fi|kofi|buymeacoffee|buy me a coffee|steady|tipeee|"
    r"steadyhq|memberships?|lidmaatschap|kanalmitglied\w*|join (?:the|my) (?:channel|patreon))"
    r"(?!\w)")


def own_funding(doc: Document, signal: Signal) -> bool:
    """Whether "support the channel" asks for the audience's money, not a brand's.

    "Support the channel on Patreon" is the creator's own funding; "support the channel by
    using my Amazon link" is an affiliate disclosure (callers skip texts with such links).

    >>> from scrapers.detection.document import read_document
    >>> text = "If you want to support the channel, you can join the Patreon: patreon.com/x"
    >>> at = text.index("support the channel")
    >>> own_funding(read_document(text), Signal("disclosure", "disclosure.statement",
    ...     "support the channel", 0.9, at, at + 19, "affiliate links"))
    True
    """
    if "support" not in signal.text.lower() and "steun" not in signal.text.lower():
        return False
    start = signal.start or 0
    return _OWN_FUNDING.search(doc.lowered, start, start + OWN_FUNDING_REACH) is not None


def standing_rule(doc: Document, signal: Signal, sells_itself: bool) -> str | None:
    """The guard that sets ``signal`` aside as standing or non-commercial, or ``None``.

    Policy statements, a lone "affiliate" and Patreon support only count in a text without its
    own affiliate links or codes: there such a sentence speaks of the text itself.
    """
    if not sells_itself and own_funding(doc, signal):
        return "guard.own_funding"
    if not sells_itself and bare_affiliate(doc, signal):
        return "guard.not_a_label"
    if care_of_address(doc, signal):
        return "guard.address"
    if personal_gift(doc, signal) or customer_service(doc, signal):
        return "guard.personal_gift"
    if not sells_itself and (policy_statement(doc, signal) or hedged_boilerplate(doc, signal)):
        return "guard.policy_page"
    if institutional(doc, signal):
        return "guard.institutional"
    return None


_SERVICE = re.compile(
    r"(?<!\w)(?:sav|service après-vente|after-sales|customer service|warranty|under guarantee|"
    r"garantie|kundenservice|kundendienst|klantenservice|klantendienst|servicedienst)(?!\w)")


def customer_service(doc: Document, signal: Signal) -> bool:
    """A free replacement from customer service ("le SAV m'a envoyé une pièce gratuitement",
    "under warranty they sent me a new one"): after-sales service, not a PR gift."""
    if signal.detail != "gifted" or signal.start is None:
        return False
    start, end = sentence_bounds(doc.text, signal.start, signal.end or signal.start)
    return _SERVICE.search(doc.lowered, start, end) is not None


_HEDGE = re.compile(r"(?<!\w)(?:may|might|can|could|kan|kunnen|kann|können|peut|peuvent|"
                    r"pourrions|pourrait)(?!\w)")


def hedged_boilerplate(doc: Document, signal: Signal) -> bool:
    """A page's hedged compensation notice ("We may receive compensation when you click on
    links to those products") in a long text without links or codes of its own: the site's
    boilerplate above every article, not a disclosure of this one.

    Only on web-page-length texts: a short post or video description that says "I may earn a
    commission" speaks of itself even when its links were stripped.
    """
    if (signal.rule != "disclosure.statement" or signal.start is None
            or len(doc.text) < ARTICLE_LENGTH):
        return False
    start, _ = sentence_bounds(doc.text, signal.start, signal.end or signal.start)
    return _HEDGE.search(doc.lowered, start, signal.end or signal.start) is not None


def _set_aside_as(rule: str, signal: Signal) -> Signal:
    """The guard signal that records ``signal`` as set aside by ``rule``."""
    return Signal("guard", rule, signal.text, 0.0, signal.start, signal.end, signal.detail)
