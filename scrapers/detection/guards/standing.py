"""Standing sentences and non-commercial provision: evidence that is no disclosure of this post.

A standing policy ("Paid posts on this account are always marked with #ad"), a present from
family, a postal "c/o", a member organisation's "affiliate", the audience's Patreon money, an
institution's "zur Verfügung gestellt" or a site's hedged boilerplate each look like a
disclosure; :func:`standing_rule` names the guard that sets such a signal aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.guards.text import (
    ARTICLE_LENGTH,
    OPENING_LABEL,
    OPINION_NOUNS,
    OWN_WORDS,
    masked,
    own_opinion_spans,
    sentence_bounds,
)
from scrapers.detection.lexicon import lexicon_data, load_lexicon
from scrapers.detection.literal_gate import LiteralGate, PatternGate
from scrapers.models import Signal


@dataclass(frozen=True, slots=True)
class StandingCues:
    """Cue patterns for standing-policy sentences and institutional provision (lexicon.yaml)."""

    givers: re.Pattern[str]
    habitual: re.Pattern[str]
    scope: re.Pattern[str]
    labelling: re.Pattern[str]
    spoken: re.Pattern[str]
    """Saying so ("je vous le dis"): labelling only in the label's own sentence."""
    institutions: re.Pattern[str]
    promoters: re.Pattern[str]
    """Public bodies that buy promotion (tourism boards, city marketing): clients, not
    institutions."""
    provision: re.Pattern[str]
    personal: re.Pattern[str]
    plural: re.Pattern[str]
    policy_gate: LiteralGate
    """Whether ``labelling``, ``scope`` or ``spoken`` can match a text at all (one pass)."""
    giver_gate: PatternGate
    """Whether ``givers`` or ``institutions`` can match a text at all: both are long
    alternations searched over a gift's or partner's whole sentence, which in a caption
    without full stops is the whole caption."""


@lru_cache(maxsize=1)
def standing_cues() -> StandingCues:
    """Compile the ``guards`` cue lists that only this module reads (once per process)."""
    raw = lexicon_data()["guards"]
    policy_words = [str(p) for key in _POLICY_CUES for p in raw[key]]
    givers, institutions = _words(raw["personal_givers"]), _words(raw["institutions"])
    return StandingCues(
        givers=givers, habitual=_words(raw["policy_habitual"]),
        scope=_words(raw["policy_scope"]), labelling=_words(raw["policy_labelling"]),
        spoken=_words(raw["policy_labelling_spoken"]), institutions=institutions,
        giver_gate=PatternGate([givers, institutions]),
        promoters=_words(raw["promoters"]), provision=_words(raw["provision"]),
        personal=_words(raw["provision_personal"]), plural=_words(raw["provision_plural"]),
        policy_gate=LiteralGate(policy_words))


_POLICY_CUES: Final = ("policy_labelling", "policy_scope", "policy_labelling_spoken")


def _words(patterns: list[str]) -> re.Pattern[str]:
    alternatives = [str(p) + (r"(?!\w)" if str(p)[-1].isalnum() else "") for p in patterns]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")


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
    if not may_state_policy(doc.lowered) or signal.rule == "commercial.follower_offer":
        return False  # "elke klant krijgt … lezers van deze krant krijgen": an offer, no policy
    if (signal.rule in ("disclosure.label", "disclosure.phrase", "disclosure.hashtag")
            and (signal.start or 0) <= OPENING_LABEL):
        return False  # "[Pub] Petit message de notre partenaire, qui finance ce compte",
        # "Gesponsert von Farbwerk | … alle Looks mit Farbwerk Salbei umgesetzt", "#ad Love
        # these …, paid posts are always marked like this"
    start, end = sentence_bounds(doc.text, signal.start or 0, signal.end or 0)
    if any(start <= h.start < end and "descri" not in h.entry.pattern
           and "beschr" not in h.entry.pattern for h in doc.hits_in("self_reference")):
        return False  # "marked in the first seconds and in the description" is still policy
    if _PAYER_NAMED.search(doc.text, start, end) is not None:
        return False  # "Deze pagina is tot stand gekomen … tegen betaling door Warmtetechniek
        # Brouwer" (variscite): one payer named is this page's, not a site's rule
    cues = standing_cues()
    lowered = doc.lowered
    opinions = own_opinion_spans(lowered, start, end)
    if opinions:  # "… offert, mais les avis restent les nôtres, comme toujours sur ce blog"
        lowered = masked(lowered, opinions)
    if _STAR_LEGEND.search(lowered, start, end) and "*" in _GENDER_STAR.sub(
            "", lowered[:start] + lowered[end:]):
        return False  # "(*) Alle mit einem Stern gekennzeichneten Links …" under starred links
    labelling = (cues.labelling.search(lowered, start, end) is not None
                 or cues.spoken.search(lowered, start, end) is not None)
    general = habitual(cues, lowered, start, end)
    if general and labelling:
        return True  # "always marked #ad"
    if cues.scope.search(lowered, start, end) is not None and (
            general or labelling or signal.family == "disclosure"):
        return True  # "Op deze website staan affiliatelinks" (a link there is no statement)
    # "Affiliate links are marked with an asterisk." right after "on this account", "Some
    # articles contain affiliate links." under "Paid posts are marked …", or "affiliate
    # links = *" after "collabs always marked #ad": a labelling or habitual sentence in a text
    # that speaks of the account as a whole or explains its labels elsewhere.
    elsewhere = _labelling_sentences(lowered, cues, start)
    if labelling or general:
        return (cues.scope.search(lowered) is not None or elsewhere >= 1
                or _partners_at_times(lowered, cues, start))
    # "Kaufen Sie über einen solchen Link, erhalten wir eine kleine Provision" on a page that
    # explains its labels in two other sentences: a policy page, not a disclosure. A label or
    # a header phrase ("Contenu sponsorisé — …") always speaks for the text it heads.
    return signal.rule == "disclosure.statement" and elsewhere >= POLICY_LEGEND


_PAYER_NAMED: Final = re.compile(
    r"(?i:tegen betaling (?:van|door)|betaald door|in opdracht van|paid for by|commissioned by|"
    r"bezahlt von|im auftrag von|payé par|financé par|à la demande de)\s+"
    r"(?:(?i:de|het|der|die|das|the|la|le|les)\s+|l')?[A-ZÀ-ÖØ-Þ]")
"""Who paid, by name ("tegen betaling door Warmtetechniek Brouwer", "paid for by Nordfjord
Tourism"); a policy names no one ("tegen betaling door een adverteerder")."""


def habitual(cues: StandingCues, lowered: str, start: int, end: int,
             subject_at: int | None = None) -> bool:
    """Whether a habitual or general word stands in ``lowered[start:end]``; "all" wished
    or said to everyone ("bonne chance à tous", "danke an alle", "thanks to all") is a
    greeting, not a rule: a giveaway that ends "Tirage au sort le 15/11, bonne chance à
    tous" states no policy (nasturtium).  With ``subject_at`` (where the words naming this
    post stand), a partitive before them picks items of this one post: "some of the
    products in this video were sent to me" is no habit (xanthium).

    >>> cues = standing_cues()
    >>> habitual(cues, "bonne chance à tous", 0, 19), habitual(cues, "à tous nos lecteurs", 0, 19)
    (False, True)
    >>> text = "some of the products in this video were sent to me"
    >>> habitual(cues, text, 0, len(text), text.index("in this")), habitual(cues, text, 0, 20)
    (False, True)
    """
    for found in cues.habitual.finditer(lowered, start, end):
        if _OWN_OPINIONS.match(lowered, found.start()):
            continue  # "as always, all opinions are our own" under a hosted stay (peridot)
        if found.group() in _EVERYONE \
                and _TO_BEFORE.search(lowered, max(0, found.start() - 5), found.start()) \
                and _DETERMINER_AFTER.match(lowered, found.end()) is None:
            continue
        if subject_at is not None and found.end() <= subject_at \
                and _PARTITIVE.match(lowered, found.end()) is not None:
            continue
        return True
    return False


_OWN_OPINIONS: Final = re.compile(
    r"(?:always|immer|altijd|toujours|all|alle|tous|toutes)?[,\s]*(?:all |alle |toutes |tous |"
    r"les )?(?:(?:the |my |our |onze |mijn |meine |unsere |mes |nos )?" + OPINION_NOUNS
    + r")\s+(?:are|is|sind|ist|zijn|sont|est|remain|bleiben|"
    r"blijven|restent|reste)\s+(?:\w+\s+)?" + OWN_WORDS)
"""The boilerplate "(as always,) all opinions are our own": a promise about opinions, not a
habit of labelling."""
_PARTITIVE: Final = re.compile(
    r" (?:of (?:the|these|my)|van (?:de|deze|mijn)|der|von den|des|de ces|"
    r"de mes)(?!\w)")
""""some of the", "sommige van de", "einige der", "certains des": a share of named things."""


_EVERYONE: Final = frozenset({"tous", "toutes", "all", "alle", "allen"})
_TO_BEFORE: Final = re.compile(r"(?<!\w)(?:à|a|to|for|pour|an|für|aan|voor) $")
_DETERMINER_AFTER: Final = re.compile(r" (?:les|nos|mes|vos|ces|des|the|our|my|your|these|of|de|"
                                      r"onze|mijn|jullie|die|deze|unsere|meine|eure|diese)(?!\w)")
"""After "à tous", "les articles", "nos liens": the quantifier is general again."""


_STAR_LEGEND: Final = re.compile(r"\*|sternchen|stern(?!\w)|asterisk|sterretje|astérisque")
"""A legend for starred items: on a text that stars its own links, it labels them."""
_GENDER_STAR: Final = re.compile(r"(?<=\w)\*(?=\w)")
"""The German gender star ("Leser*innen") stars no link."""


@lru_cache(maxsize=64)
def may_state_policy(lowered: str) -> bool:
    """Whether a text has a labelling word or an account/site scope anywhere: every way
    :func:`policy_statement` can answer yes needs one, so without them (most captions) it
    answers no for all of a text's signals.  The literal gate answers most texts in one
    pass; the three alternations, each tried at every position, only run when it cannot."""
    cues = standing_cues()
    if not cues.policy_gate.may_match(lowered):
        return False
    return (cues.labelling.search(lowered) is not None or cues.scope.search(lowered) is not None
            or cues.spoken.search(lowered) is not None)


POLICY_LEGEND: Final = 2
"""Labelling sentences that make a text a policy of labels even for its plain statements."""


def _labelling_sentences(lowered: str, cues: StandingCues, skip: int) -> int:
    """How many other sentences speak of labelling (up to :data:`POLICY_LEGEND`): with this
    one, a legend of labels ("#adv = betaald • PR = gekregen", "… als „Werbung"
    gekennzeichnet. Links mit * …", "Betaalde artikelen herken je aan … Sommige artikelen
    bevatten affiliatelinks")."""
    seen: set[int] = set()
    for start, _ in _other_sentences(lowered, cues.labelling, skip):
        seen.add(start)
        if len(seen) >= POLICY_LEGEND:
            return len(seen)
    # saying so on a condition counts as marking: "Wenn ich Produkte gestellt bekomme …, sag
    # ich das im Video" before "Links mit * sind Affiliate-Links" (a channel's about, quassia);
    # an exclamation ("le meilleur tartare de Nantes, je vous le dis") is no rule
    for start, end in _other_sentences(lowered, cues.spoken, skip):
        if _CONDITION_OPENS.match(lowered, start) and _PAID_OR_GIVEN.search(lowered, start, end):
            seen.add(start)
            if len(seen) >= POLICY_LEGEND:
                break
    return len(seen)


_CONDITION_OPENS: Final = re.compile(
    r"[\W_]*(?:[\w'’]+[\s:]+){0,3}?(?:wenn|falls|sobald|if|whenever|als|zodra|wanneer|si|"
    r"dès que|quand|lorsque)(?!\w)")
"""A sentence that opens on a condition, perhaps after a lead-in ("Zur Info: Wenn ich …")."""
_PAID_OR_GIVEN: Final = re.compile(
    r"sponsor|gesponsert|gesponsord|bezahlt|betaald|paid|payé|rémunér|gestellt|gifted|geschenkt|"
    r"gekregen|offert|kostenlos|gratis|for free|zur verfügung|toegestuurd|zugeschickt|envoyé|"
    r"partenariat|kooperation|samenwerking|collab")
"""The condition is about money or gifts ("Wenn ich Produkte gestellt bekomme …"); "Si je
n'aime pas, je le dis" is about opinions."""


def _other_sentences(lowered: str, cue: re.Pattern[str], skip: int) -> Iterator[tuple[int, int]]:
    """The bounds of each sentence with a ``cue`` match, except the sentence around ``skip``
    (once per match: a sentence with two matches comes twice)."""
    for found in cue.finditer(lowered):
        start, end = sentence_bounds(lowered, found.start(), found.end())
        if not start <= skip < end:
            yield start, end


_PARTNERING: Final = re.compile(
    r"(?<!\w)(?:partner(?:s|ing)?|collaborate|work with brands|"
    r"werk(?:e|en)? (?:samen )?met merken|samenwerk\w*|arbeite\w* (?:\w+ )?mit marken|"
    r"kooperier\w*|collaborer|travailler avec des marques|(?:travaille|collabore)\w* avec)(?!\w)")
"""Working with brands: with a habitual word, a creator's standing rule ("I occasionally
partner with…", "il m'arrive de collaborer avec…", "ab und zu arbeite ich mit Marken")."""


def _partners_at_times(lowered: str, cues: StandingCues, skip: int) -> bool:
    """Whether another sentence says the author works with brands now and then: a labelling
    sentence after it ("Affiliate links … are marked with [aff]") describes the practice."""
    return any(cues.habitual.search(lowered, start, end) is not None
               for start, end in _other_sentences(lowered, _PARTNERING, skip))


PARTNER_RULES: Final = frozenset({"disclosure.statement", "disclosure.phrase",
                                  "disclosure.phrase_unclear", "disclosure.label",
                                  "disclosure.label_unclear", "commercial.partnership",
                                  "commercial.gifted"})
AD_LABELS: Final = frozenset({
    "paid ad", "advertorial", "advertisement", "advertisement feature", "advert",
    "advertentie", "anzeige", "publicité", "reclame", "dauerwerbesendung"})
"""Labels that call the text an advertisement: an institution that buys one is an advertiser
("PAID POST — Calder University Online", lavender)."""


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
    if signal.rule not in PARTNER_RULES or signal.detail in AD_LABELS:
        return False
    start, end = sentence_bounds(doc.text, signal.start or 0, signal.end or 0)
    if "@" in doc.text[start:end]:
        return False
    cues = standing_cues()
    lowered = doc.lowered
    if _BUSINESS_GIVER.search(lowered, start, end) is not None \
            and _WE.search(lowered, start, end) is not None:
        return False  # "Unser Aufenthalt wurde uns vom Hotel zur Verfügung gestellt" (wavellite);
        # a photo credit "zur Verfügung gestellt vom Hotel" names no one it was given to
    if cues.institutions in _possible_givers(lowered) and any(
            _LOCAL_BEFORE.search(lowered, max(0, found.start() - LOCAL_REACH), found.start())
            is None or found.group() not in _REGION_WORDS
            for found in cues.institutions.finditer(lowered, start, end)):
        # a tourism board or city marketing buys the content it partners on ("En partenariat
        # avec Région Bretagne Tourisme"): a client, however public
        return (cues.personal.search(lowered, start, end) is None
                and cues.promoters.search(lowered, start, end) is None)
    if cues.provision.search(lowered, signal.start or 0, signal.end or 0) is None:
        return False
    return (cues.personal.search(lowered, start, end) is None
            and cues.plural.search(lowered, start, end) is None)


_BUSINESS_GIVER: Final = re.compile(
    r"(?<!\w)(?:vom|von der|von dem|by the|from the|door het|door de|van het|van de|par l'|"
    r"par le|par la|de l'|du)\s*(?:hotel|hôtel|hersteller|marke|firma|unternehmen|brand|"
    r"manufacturer|maker|company|fabrikant|merk|bedrijf|fabricant|marque|entreprise|restaurant|"
    r"resort|camping|lodge|chalet|gîte|domaine)(?!\w)")
"""A business named as the giver: provision by a hotel or a maker is a gift, whoever "uns" is."""
_WE: Final = re.compile(r"(?<!\w)(?:uns|unser|unsere|unseren|we|us|our|wij|ons|onze|nous|"
                       r"notre|nos)(?!\w)")
_REGION_WORDS: Final = frozenset({"region", "région", "regio"})
_LOCAL_BEFORE: Final = re.compile(
    r"(?<!\w)(?:de la|of the|from the|in the|aus der|in der|uit de|in de|van de|dans la) $")
"""A region word after "de la"/"aus der" means local ("un chef de la région"), not a public
body ("la Région Occitanie")."""
LOCAL_REACH: Final = 8


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
    if not _speaks_of_a_gift(signal):
        return False
    start, end = sentence_bounds(doc.text, signal.start or 0, signal.end or 0)
    if "@" in doc.text[start:end]:
        return False
    givers = standing_cues().givers
    if givers not in _possible_givers(doc.lowered):
        return False
    return any(_CO_GUEST.match(doc.lowered, giver.end()) is None
               for giver in givers.finditer(doc.lowered, start, end))


@lru_cache(maxsize=64)
def _possible_givers(lowered: str) -> list[re.Pattern[str]]:
    """Which of ``givers`` and ``institutions`` can match ``lowered`` (one pass, asked for
    each gift or partner signal of a text)."""
    return standing_cues().giver_gate.possible(lowered)


_CO_GUEST: Final = re.compile(r"\s+(?:en|and|und|et)\s+(?:ik|i|me|mij|ich|moi)(?!\w)")
""""Op uitnodiging van Boshotel De Uil mochten mijn vriend en ik …": a friend who came along is
no giver."""


def _speaks_of_a_gift(signal: Signal) -> bool:
    """Gift evidence, or a disclosure whose label names the gifted kind ("ontvangen van")."""
    return signal.detail == "gifted" or load_lexicon().label_kinds.get(signal.detail) == "gifted"


_POSTAL: Final = re.compile(
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


_FIRST_PERSON_SINGULAR: Final = re.compile(
    r"(?<!\w)(?:i|i'm|i’m|my|me|ik|mijn|ich|mein|meine|meinen|je|j'|mon|ma|mes)(?!\w)")
_AFFILIATE_TOPIC: Final = re.compile(
    r"[\s-]*(?:marketing|marketeer|marketer|marketers|netwerk|network|"
    r"programs|programmes|programma's|programme)(?!\w)")
"""'affiliate marketing' is a trade, not a disclosure of this text's links; so are "affiliate
programs" in the plural, listed as a topic ("brand deals, affiliate programs, the FTC's
Endorsement Guides", amaranth)."""
_MEMBER_OF: Final = re.compile(
    r"\s+(?:in|im|of|van|von|für|for|de|du|network|netzwerk|netwerk|organisation|organization|"
    r"member|mitglied|lid|chapter|team|status|programmes?|programs?|programma's|programme?)(?!\w)")


OWN_FUNDING_REACH: Final = 120
"""How far after "support the channel" the Patreon link may stand (a URL breaks sentences)."""
_OWN_FUNDING: Final = re.compile(
    r"(?<!\w)(?:patreon|ko-fi|kofi|buymeacoffee|buy me a coffee|steady|tipeee|"
    r"steadyhq|memberships?|lidmaatschap|kanalmitglied\w*|join (?:the|my) (?:channel|patreon))"
    r"(?!\w)")

_BY_WORDS: Final = (" by", " door", " von", " durch", " par")
_BY_THE_AUDIENCE: Final = re.compile(
    r"\s+(?:(?:our|its|my|the|onze|haar|zijn|mijn|de|unseren|unsere|meinen|den|nos|ses|mes|"
    r"les|leurs)\s+)?(?:readers|subscribers|listeners|viewers|members|patrons|supporters|"
    r"lezers|abonnees|luisteraars|kijkers|leden|lesern|leserinnen|abonnenten|hörern|"
    r"hörerinnen|zuschauern|mitgliedern|lecteurs|lectrices|abonnés|auditeurs|membres|you|jullie|"
    r"euch|vous)(?!\w)")
"""Who supports the text right after "supported by": its audience, not a brand."""


def own_funding(doc: Document, signal: Signal) -> bool:
    """Whether "support the channel" asks for the audience's money, not a brand's; so does
    "supported by readers".

    "Support the channel on Patreon" is the creator's own funding; "support the channel by
    using my Amazon link" is an affiliate disclosure (callers skip texts with such links).

    >>> from scrapers.detection.document import read_document
    >>> text = "If you want to support the channel, you can join the Patreon: patreon.com/x"
    >>> at = text.index("support the channel")
    >>> own_funding(read_document(text), Signal("disclosure", "disclosure.statement",
    ...     "support the channel", 0.9, at, at + 19, "affiliate links"))
    True
    """
    lowered = signal.text.lower()
    if lowered.endswith(_BY_WORDS) and _BY_THE_AUDIENCE.match(doc.lowered, signal.end or 0):
        return True  # "It's supported by readers (thank you, paid subscribers 💛)" (elderflower)
    if "support" not in lowered and "steun" not in lowered:
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
    if paperwork(doc, signal):
        return "guard.not_a_label"
    if not sells_itself and (policy_statement(doc, signal) or hedged_boilerplate(doc, signal)):
        return "guard.policy_page"
    if institutional(doc, signal):
        return "guard.institutional"
    return None


_USUALLY: Final = re.compile(
    r"[\W_]*(?:normaal gesproken|normaal|meestal|doorgaans|gewoonlijk|usually|normally|"
    r"typically|generally|normalerweise|meistens|sonst|gewöhnlich|d'habitude|habituellement|"
    r"généralement|en temps normal|d'ordinaire)(?!\w)")


def usual_practice(doc: Document, signal: Signal) -> bool:
    """Whether a gift or loan stands in a sentence that opens on "usually" ("Normaal gesproken
    krijgen wij telefoons te leen van de fabrikant"): in a text that says it bought the thing
    itself, that is the practice it departs from, not this text's gift.

    >>> from scrapers.detection.document import read_document
    >>> text = "Zelf gekocht. Normaal gesproken krijgen wij telefoons te leen van de fabrikant."
    >>> at = text.index("te leen van")
    >>> usual_practice(read_document(text), Signal("disclosure", "disclosure.statement",
    ...     "te leen van", 0.9, at, at + 11, "ontvangen van"))
    True
    """
    if signal.start is None or not _speaks_of_a_gift(signal):
        return False
    start, _ = sentence_bounds(doc.text, signal.start, signal.end or signal.start)
    return _USUALLY.match(doc.lowered, start, signal.start) is not None


_SERVICE: Final = re.compile(
    r"(?<!\w)(?:sav|service après-vente|after-sales|customer service|warranty|under guarantee|"
    r"garantie|kundenservice|kundendienst|klantenservice|klantendienst|servicedienst)(?!\w)")


def customer_service(doc: Document, signal: Signal) -> bool:
    """A free replacement from customer service ("le SAV m'a envoyé une pièce gratuitement",
    "under warranty they sent me a new one"): after-sales service, not a PR gift."""
    if signal.detail != "gifted" or signal.start is None:
        return False
    start, end = sentence_bounds(doc.text, signal.start, signal.end or signal.start)
    return _SERVICE.search(doc.lowered, start, end) is not None


_PAPERWORK: Final = re.compile(
    r"(?<!\w)(?:offerte|offertes|factuur|rekening|antwoord|reactie|e-?mail|mail|bericht|brief|"
    r"boete|quote|quotes|invoice|bill|reply|answer|angebot|rechnung|antwort|nachricht|devis|"
    r"facture|réponse|message)\W+(?:\w+\W+)?$")


def paperwork(doc: Document, signal: Signal) -> bool:
    """Whether gift wording names a quote, a bill or an answer received ("we hebben een offerte
    gekregen van SolarNoord", "got a reply from"), not a present.

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str, phrase: str) -> bool:
    ...     at = text.index(phrase)
    ...     return paperwork(read_document(text), Signal(
    ...         "disclosure", "disclosure.statement", phrase, 0.9, at, at + len(phrase), "gifted"))
    >>> check("We hebben een offerte gekregen van SolarNoord voor 12 panelen.", "gekregen van")
    True
    >>> check("Deze jas heb ik gekregen van @zara", "gekregen van")
    False
    """
    if signal.start is None or not _speaks_of_a_gift(signal):
        return False
    return _PAPERWORK.search(doc.lowered, max(0, signal.start - 30), signal.start) is not None


_HEDGE: Final = re.compile(r"(?<!\w)(?:may|might|can|could|kan|kunnen|kann|können|peut|peuvent|"
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
