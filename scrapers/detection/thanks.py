"""Thanks to a brand: the commonest way a seeded product is posted without a disclosure.

"Thanks @knuffelkoffie 💛 #knuffelkoffie", "Merci @sonaris de me faire confiance", "Danke
@Holzgold" under "die Lasur ist von Holzgold", "Thank you Blastoff Builders!!" beside
blastoffbuilders.com: thanks to an account or a name that reads as the brand of what is shown
(its hashtag, its shop link, its product, a business-like handle) is commercial evidence of a
gift (family ``commercial``); thanks to a friend for the photos or the evening is not. The
parcel and hosting shapes and the follower offers that use these helpers live in ``offers``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.lexicon import lexicon_data
from scrapers.models import Signal

THANKS: Final = (
    r"(?<!\w)(?:thanks?(?: you+)?|thank u+|thx|ty|bedankt|bedanken|dankjewel|dankuwel|"
    r"dank je(?: wel)?|remercier|remercie|remercions|"
    r"dank aan|dank jullie(?: wel)?|danke(?: dir| euch)?|dankeschön|vielen (?:lieben )?dank|"
    r"merci(?: beaucoup| mille fois)?|shout ?out(?: to| naar| an| à)?|cheers|"
    r"(?:so |zo |sehr )?(?:grateful|dankbaar|dankbar)(?: to| aan| für| voor| for)?|"
    r"(?:tausend|herzlichen|großen|grote|big|huge|many|riesen|mega) ?(?:dank|thanks))")
THANKS_WORD: Final = re.compile(THANKS)
"""Any word of thanks: the shapes that open with one cannot match where it is missing."""
OCCASION: Final = re.compile(
    r"(?:birthday|bday|verjaardag|geburtstag|anniversaire|christmas|kerst|weihnacht|noël|wedding|"
    r"bruiloft|hochzeit|mariage|happy \d{1,3}(?:st|nd|rd|th)(?!\w))")
"""A present for a personal occasion ("thanks @mom for the birthday gift") is no PR parcel."""
_THANKS_HANDLE: Final = re.compile(
    THANKS + r"(?:\s+(?:[\w'’-]+|&)){0,6}?\s*,?\s*(?:to\s+)?@([\w.]+)")
# the mark before its look-behind: re finds it with a C scan (README, Speed)
_HANDLE_THANKS: Final = re.compile(
    r"@(?<![\w.]@)([\w.]+)[ \t]*(?:[^\w\s@#.,!?]{1,3}[ \t]*)?,?[ \t]*"
    r"(?:thanks?(?: you+)?|thank u+|thx|bedankt|dankjewel|danke(?: dir| euch)?|merci)(?!\w)")
"""The thanks after the account: "@groenbox thanks!! 💚", "binnen van @SonaroAudio 🎧 thanks!!"."""


def thanks_to_a_brand(doc: Document) -> list[Signal]:
    """``commercial.gifted`` for thanks to a brand's account over what it gave.

    The account is a brand when its name is also a hashtag of the post or reads as a business
    ("@lichtlab.be", "@vortekgear"); any account thanked *for a thing* ("für das schöne Stück",
    "pour le nouveau clavier") gave that thing, unless it is a friend's kind of gift (the
    photos, the help) or a personal occasion.

    "Big thank you to the team at @Brickbloom 💛 #mailday #brickbloom": thanking a brand and
    tagging it twice over a product shot is how seeded products are posted; thanks to a friend
    ("thanks @sarah for the photos") has no matching hashtag.

    >>> from scrapers.detection.document import read_document
    >>> text = "Our new castle 🏰 Big thank you to @Brickbloom 💛 #mailday #brickbloom"
    >>> [s.text for s in thanks_to_a_brand(read_document(text))]
    ['thank you to @Brickbloom']
    >>> thanks_to_a_brand(read_document("thanks @sarah.k for the photos 📸 #weekend"))
    []
    >>> [s.text for s in thanks_to_a_brand(read_document("merci @vortekgear, je le teste ce soir"))]
    ['merci @vortekgear']
    >>> [s.text for s in thanks_to_a_brand(read_document("Danke @nora für das schöne Stück!"))]
    ['Danke @nora für das schöne Stück']
    """
    lowered = doc.lowered
    tags = {tag.lower() for tag in HASHTAG.findall(doc.text)}
    occasion = OCCASION.search(lowered) is not None
    for match in [*_THANKS_HANDLE.finditer(lowered), *_HANDLE_THANKS.finditer(lowered)]:
        handle = match.group(1)
        name = tag_form(handle)
        if OCCASION.search(match.group()) is not None or _SARCASM.search(
                lowered, match.start(), match.end() + SARCASM_REACH):
            continue
        tried = _FOR_A_TRIAL.match(lowered, match.end())
        if tried is not None and not _GROUP_HANDLE.search(handle) \
                and (business_handle(handle) or not _PERSON_HANDLE.match(handle)):
            return [gifted(doc, match.start(), tried.end())]
        if _FOR_A_SERVICE.match(lowered, match.end()):
            continue  # "thank you to my physio Sam at @riversideclinic for not giving up on me"
        if bought_in_sentence(lowered, match.end()):
            continue  # "Merci @cafe.lesvolets … pour le flat white à 3,80€": a customer's thanks
        if _SPORT_HANDLE.search(handle) and (_CLUB.search(lowered)
                                              or _GROUP_HANDLE.search(handle)):
            continue  # "une coach bénévole du club … Merci @asrochelle_running": a club
        tagged = names_a_tag(handle, name, tags)
        if occasion and not tagged:
            continue  # "30 🎂 danke @osteria.lucia.zh für den schönsten Abend": a guest's thanks
        brand = _COUNTRY_SUFFIX.sub("", name)  # "@KeyforgeDE" names the maker Keyforge
        if (tagged or business_handle(handle)
                or _spaced_name(doc.text, handle, tags)
                or _makes_a_product(lowered, handle, match.start(), match.end())
                or _names_its_product(lowered, handle, match.start(), match.end())
                or _shows_its_model(doc.text, brand, match.start(), match.end())
                or _names_a_linked_address(brand, lowered)):
            return [gifted(doc, match.start(), match.end())]
        trust = _FOR_TRUST.match(lowered, match.end())
        if trust is not None:
            return [gifted(doc, match.start(), trust.end())]
        thing = _FOR_A_THING.match(lowered, match.end())
        if (thing is not None and _NOT_A_GIFT.search(thing.group(1)) is None
                and not _PERSON_HANDLE.match(handle) and not _GROUP_HANDLE.search(handle)
                and not occasion):
            return [gifted(doc, match.start(), thing.end())]
    return [] if occasion else _thanks_to_the_tagged_brand(doc, tags)


_THANKS_YOU_ALL: Final = re.compile(
    r"(?<!\w)(?:dank jullie(?: wel)?|bedankt jullie|danke (?:ihr|euch)(?: \w+)?|"
    r"(?:dankjewel|dank je wel|bedankt|dankuwel) (?:lieverds|schatten|schatjes|toppers)|"
    # "ma nouvelle routine avec @Lunéa Skin 🌙 merci pour tout 💕" (hyssop)
    r"merci pour tout|thanks for everything|thank you for everything|danke für alles|"
    r"bedankt voor alles|dank voor alles|"
    r"merci (?:les filles|la team|l'équipe)|"
    r"(?:danke|thanks|thank you|merci|bedankt)(?: nochmal| again| encore)? (?:ans|an das|to the|"
    r"aan het|à l'|à toute l') ?(?:ganze |gesamte |whole |entire |hele )?(?:team|équipe))(?!\w)")
# the mark before its look-behind: re finds it with a C scan (README, Speed)
HANDLE: Final = re.compile(r"@(?<![\w.]@)\w")
"""An @handle, not the @ of an e-mail address."""
HANDLE_NAME: Final = re.compile(r"@(?<![\w.]@)([\w.]+)")
"""An @handle and its name (not the @ of an e-mail address)."""
_TO_FOLLOWERS: Final = re.compile(
    r"(?<!\w)(?:support|steun|unterstützung|soutien|reacties|berichtjes|comments|kommentare|"
    r"commentaires|likes|volgers|followers|abonnés|abonnenten|wensen|wünsche|wishes|lieve woorden|"
    r"\d+k)(?!\w)")
THANKED_BRAND_REACH: Final = 200
"""How far after the tagged brand the thanks to "you all" may stand."""


def _thanks_to_the_tagged_brand(doc: Document, tags: set[str]) -> list[Signal]:
    """Thanks to "you all" under a product from one tagged brand ("nieuwe houten keukentje van
    @houtjetouwtje.speelgoed … Dank jullie wel!!", "Matratze von @Schlafgut_de … Danke ihr
    Lieben"): the brand is the one thanked, for what it gave. Only when the post tags a single
    account and that account reads as a business, is also a hashtag of the post, or is named as
    the maker of what it shows ("die neuen sneaker von @laufwerk.berlin … danke ihr süßen",
    "la bouilloire rétro de @cuisinella.home … merci la team", bergamot)."""
    lowered = doc.lowered
    thanks = _THANKS_YOU_ALL.search(lowered)
    if thanks is None:
        return []
    tagged = list(HANDLE_NAME.finditer(lowered))
    if len({m.group(1).rstrip(".") for m in tagged}) != 1:
        return []
    handle = tagged[0].group(1).rstrip(".")
    sentence = lowered[thanks.start():thanks.start() + THANKED_BRAND_REACH].split("\n")[0]
    if (not 0 < thanks.start() - tagged[0].end() <= THANKED_BRAND_REACH
            or _TO_FOLLOWERS.search(sentence)  # "Danke ihr Lieben für eure Unterstützung"
            or not (business_handle(handle) or names_a_tag(handle, tag_form(handle), tags)
                    or _makes_a_product(lowered, handle, thanks.start(), thanks.end()))):
        return []
    return [gifted(doc, thanks.start(), thanks.end())]


_FOR_A_SERVICE: Final = re.compile(
    r"\s*,?\s*for (?:not giving up|never giving up|fixing|repairing|treating|healing|teaching|"
    r"training|coaching|patching|rescuing|saving|operating|stitching|letting (?:us|me|our))"
    r"(?!\w)")
"""Thanks to a clinic, a garage or a coach for its work ("for not giving up on my knee", "for
fixing my bike"): a service paid for, not a gift. "For keeping us going", "for making this
possible" stay a sponsor's thanks."""
_PRICE_PAID: Final = re.compile(r"(?:€|£|\$|chf) ?\d+(?:[.,]\d+)?|"
                                r"\d+(?:[.,]\d+)? ?(?:€|euros?|eur|£|chf)(?!\w)")
"""A price in the sentence of the thanks: what was thanked for was bought."""


def bought_in_sentence(lowered: str, start: int) -> bool:
    """Whether the rest of the sentence from ``start`` names a price: the thanks is a
    customer's, for what was bought."""
    return _PRICE_PAID.search(lowered, start, _sentence_end(lowered, start)) is not None


def _sentence_end(lowered: str, start: int) -> int:
    """Where the sentence from ``start`` ends (an account's dot, "@cafe.lesvolets", ends none)."""
    end = _SENTENCE_END.search(lowered, start)
    return len(lowered) if end is None else end.start()


_SENTENCE_END: Final = re.compile(r"[.!?](?!\w)|\n")


_COUNTRY_SUFFIX: Final = re.compile(r"(?<=\w{4})(?:nl|be|de|fr|at|ch|uk|official)$")
"""A shop's national account ("@camperlandNL") beside its address (camperland.nl)."""
_SARCASM: Final = re.compile(
    r"(?:für|for|voor|pour) (?:nix|nichts|nothing|nada|niks|niets|rien)(?!\w)"
    r"|(?<!\w)(?:retard|delays?|vertraging|verspätung|annulation|cancellation)"
    r"(?!\w)|[🙃🙄😒]")
""""Danke für nix @Paketblitz", "Merci @TransRegio pour les 47 min de retard", "Danke
@PaketBlitz_DE, wirklich top Service 🙃" (an upside-down or eye-rolling face): a complaint,
not a gift."""
SARCASM_REACH: Final = 40
"""How far after the thanked account the complaint may follow."""


def business_handle(handle: str) -> bool:
    """A handle that names a business ("@lichtlab.be", "@gazonix_nl", "@vortekgear",
    "@atelierbrume", "@waldhotel_sonnenhang"): thanking it over a product or a stay is
    thanking a brand, not a friend."""
    ending, opening = _business_handle_patterns()
    return (ending.search(handle) is not None or opening.match(handle) is not None
            or _LODGING_PART.search(handle) is not None)


_LODGING_PART: Final = re.compile(
    r"(?:hotel|resort|lodge|gasthof|gasthaus|hostel|camping|glamping)[._]")
"""A lodging word closing the first part of a handle ("@waldhotel_sonnenhang", dill): the house,
wherever the place name follows."""


@lru_cache(maxsize=1)
def _business_handle_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ``business_handles`` word lists of ``lexicon.yaml``, compiled once per process."""
    raw = lexicon_data()["business_handles"]
    ending = (r"(?:\.(?:" + "|".join(raw["after_dot"]) + r")|_(?:"
              + "|".join(raw["after_underscore"]) + r")|" + "|".join(raw["endings"]) + r")$")
    opening = r"(?:" + "|".join(raw["openings"]) + r")[._]?\w"
    return re.compile(ending), re.compile(opening)


def names_a_tag(handle: str, name: str, tags: set[str]) -> bool:
    """The account is also a hashtag of the post, whole (``@brickbloom`` … ``#brickbloom``)
    or by its first part (``@bruisz.drinks`` … ``#bruisz``), accents aside (``@Lunéa`` …
    ``#lunea``)."""
    stem = re.split(r"[._]", handle, maxsplit=1)[0]
    return (len(name) >= 4 and (name in tags or _unaccented(name) in tags)) or (
        len(stem) >= 4 and stem != handle and stem in tags)


def _spaced_name(text: str, handle: str, tags: set[str]) -> bool:
    """The account typed with its name's next words apart, and the whole name a hashtag:
    "Thanks @Ridgeline Outdoors for the waders 🙌 #ridgelineoutdoors".

    Only capitalised words continue a name, one or two of them.

    >>> _spaced_name("Thanks @Ridgeline Outdoors for the waders #ridgelineoutdoors",
    ...              "ridgeline", {"ridgelineoutdoors"})
    True
    >>> _spaced_name("Thanks @ridgeline for the waders #ridgelineoutdoors",
    ...              "ridgeline", {"ridgelineoutdoors"})
    False
    """
    if not tags:
        return False
    after = re.search("(?i:@" + re.escape(handle) + r")((?:\s[A-Z][\w&'-]*){1,2})", text)
    if after is None:
        return False
    words = after.group(1).split()
    return any(tag_form(handle + re.sub(r"[&'-]", "", "".join(words[:count]))) in tags
               for count in range(1, len(words) + 1))


_TEAM_OF: Final = (r"(?i:(?:(?:toute |tout )?l'équipe(?: de| d')?|(?:the )?team (?:at |of )?|"
                   r"(?:het )?team van|(?:das )?team von|(?:de )?mensen (?:van|bij)|"
                   r"(?:the )?(?:people|folks) (?:at|of)|"
                   r"(?:les )?gens (?:de|d')|(?:die )?leute (?:von|bei))\s*)?")
_NAME: Final = r"([A-Z][\w'&-]*(?:\s[A-Z][\w'&-]*){0,2})"
_DEAR_TEAM_OF: Final = _TEAM_OF.replace(
    "(?i:", "(?i:(?:(?:the )?(?:lieve|liebe|dear|chère|cher|lovely|lieben) )?", 1)
"""``_TEAM_OF`` after a word of affection: "lieve mensen van", "the lovely folks at" (xylopia)."""
_THANKS_NAME: Final = re.compile("(?i:" + THANKS + r")(?i:\s+(?:so|very) much)?\s+"
                                r"(?:(?:to|à|an|aan)\s+)?"
                                r"(?i:(?:la|le|les|l'|die|der|das|de|het)\s+)?" + _DEAR_TEAM_OF
                                + _NAME)
"""Thanks to a capitalised name of up to three words ("Thank you Blastoff Builders"), or to its
team ("Un immense merci à toute l'équipe Nomadio")."""
_NAME_THANKS: Final = re.compile(
    _DEAR_TEAM_OF + _NAME
    + r"[,!]?\s+(?i:(?:heel |enorm |super |vielen |many |mille )?(?:erg |lieben )?"
    r"(?:bedankt|dankjewel|danke|thanks|thank you|merci))(?!\w)")
"""The thanks after the name: "Lieve mensen van Bubbelbos, heel erg bedankt!"."""


def thanks_to_a_shop(doc: Document) -> list[Signal]:
    """``commercial.gifted`` for thanks to a brand by name when the post links to its shop (the
    address may add a word: "Lumio" … lumio-maison.fr) or wears its name as a hashtag ("Merci
    à Brikotoys pour ce super colis … #brikotoys").

    >>> from scrapers.detection.document import read_document
    >>> text = "Get yours 👉 https://blastoffbuilders.com/rocket Thank you Blastoff Builders!!"
    >>> [s.text for s in thanks_to_a_shop(read_document(text))]
    ['Thank you Blastoff Builders']
    >>> text = "[Bubbelbos](https://www.bubbelbos.be/slaap) Lieve mensen van Bubbelbos, bedankt!"
    >>> [s.text for s in thanks_to_a_shop(read_document(text))]
    ['Lieve mensen van Bubbelbos']

    The people of a tagged account count as well ("nieuwe loopfiets van @Rolrobbe … Dankjewel
    lieve mensen van Rolrobbe!!", marjoram); a person thanked by the name of their account
    ("Thank you Sarah" beside @sarah) does not.

    >>> text = "Zijn nieuwe loopfiets van @Rolrobbe 😍 Dankjewel lieve mensen van Rolrobbe!!"
    >>> [s.text for s in thanks_to_a_shop(read_document(text))]
    ['Dankjewel lieve mensen van Rolrobbe']
    """
    domains = domain_forms(doc.lowered)
    forms = domains | {t for t in HASHTAG.findall(doc.lowered) if len(t) >= 5}
    accounts = {tag_form(handle) for handle in _accounts(doc)}
    if not (forms or accounts):
        return []
    for match in [*_THANKS_NAME.finditer(doc.text), *_NAME_THANKS.finditer(doc.text)]:
        name = _unaccented(re.sub(r"[\s'&-]", "", match.group(1)).lower())
        team = _TEAM_WORD.search(doc.text, match.start(), match.start(1)) is not None
        if name in forms or (team and name in accounts) or (len(name) >= SHOP_NAME and any(
                domain.startswith(name) or (len(domain) >= SHOP_DOMAIN and name.startswith(domain))
                for domain in domains)) or _maker_with_a_tag(doc, match, name, forms):
            return [gifted(doc, match.start(), match.end(1))]
    return []


MAKER_TAG_NAME: Final = 7
"""A thanked name this long that opens a hashtag ("Bramblewood" … #bramblewoodbaby); shorter
ones are as often places ("Thanks London #londonmarathon")."""


def _maker_with_a_tag(doc: Document, thanks: re.Match[str], name: str, forms: set[str]) -> bool:
    """The thanked name opens a hashtag of the post and is named elsewhere as where a new thing
    came from ("Loving our new stroller from Bramblewood Baby … Thanks so much Bramblewood!!
    #bramblewoodbaby", ugni): the maker, thanked for what it sent. "Back from Amsterdam …
    Thank you Amsterdam #amsterdamdance" names a place, not a new thing's maker."""
    if len(name) < MAKER_TAG_NAME or not any(form.startswith(name) for form in forms):
        return False
    came_from = re.compile(r"(?i:new|nieuwe?|neue[nrs]?|nouvel(?:le)?s?|nouveaux)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?i:from|van|von|de chez|de)\s+"
                           + re.escape(thanks.group(1)) + r"(?!\w)")
    return any(m.start() >= thanks.end() or m.end() <= thanks.start()
               for m in came_from.finditer(doc.text))


_TEAM_WORD: Final = re.compile(r"(?i:team|équipe|mensen|people|folks|gens|leute)")
"""The people of a company, thanked ("lieve mensen van", "the team at")."""
_THANKS_TEAM_OF: Final = re.compile(
    "(?i:" + THANKS + r")\s+(?:(?:to|à|an|aan)\s+)?(?i:the |das |het |l'|toute l'|tout l'|"
    r"de |le )?(?i:team|équipe|crew|mensen|leute|people|folks)\s+(?i:von|vom|of|at|from|van|bij|"
    r"de|chez|bei)\s+([A-Z][\w&-]{3,})")
"""Thanks to "das Team von Pixelon": the people of a company, named by its first word."""
_MODEL: Final = r"\s+(?:[A-Za-z]{0,3}\d[\w-]*|[A-Z][\w-]*\s+\d+)(?!\w)"
"""A model after the maker's name: "Pixelon X7", "Tempo Run 3"."""


def thanks_to_the_maker(doc: Document) -> list[Signal]:
    """``commercial.gifted`` for thanks to a company's team when the post shows that company's
    product by model ("Pixelon X7 nach 3 Wochen … Großes Danke an das Team von Pixelon"): how
    a review unit is acknowledged without saying it was lent or given. A team thanked whose
    name stands on no model ("the team at Riverside Running Club") is not a maker.

    >>> from scrapers.detection.document import read_document
    >>> text = "Pixelon X7 nach 3 Wochen. Großes Danke an das Team von Pixelon Deutschland 🙏"
    >>> [s.text for s in thanks_to_the_maker(read_document(text))]
    ['Danke an das Team von Pixelon']
    >>> thanks_to_the_maker(read_document("10K done! Thanks to the team at Riverside Running"))
    []

    So is "the kestrel team" thanked under the review of a tagged business account it opens
    ("first impressions of the @KestrelAudio Fjord buds … big thanks to the kestrel team",
    lovage): the team behind the account, not a group of friends.

    >>> text = "the @KestrelAudio Fjord buds after a week: 8.5/10. big thanks to the kestrel team"
    >>> [s.text for s in thanks_to_the_maker(read_document(text))]
    ['big thanks to the kestrel']
    """
    for match in [*_THANKS_TEAM_OF.finditer(doc.text), *_THANKS_NAME.finditer(doc.text)]:
        maker = match.group(1).split()[0]  # "Pulso" of "Merci à Pulso France"
        if len(maker) < MAKER_NAME:
            continue
        model = re.compile(re.escape(maker) + _MODEL)
        if _outside(model, doc.text, match.start(), match.end()):
            return [gifted(doc, match.start(), match.end(1))]
    accounts = _accounts(doc)
    if accounts:
        for match in _THANKS_NAMED_TEAM.finditer(doc.lowered):
            name = match.group(1)
            if len(name) >= MAKER_NAME and any(
                    tag_form(account).startswith(name) and business_handle(account)
                    for account in accounts):
                return [gifted(doc, match.start(), match.end(1))]
    return []


_THANKS_NAMED_TEAM: Final = re.compile(
    THANKS + r"\s+(?:to\s+)?(?:the\s+)?([\w-]+)\s+(?:team|crew)(?!\w)")
"""Thanks to "the kestrel team": a team named by the first part of an account's name."""


MAKER_NAME: Final = 4
"""A maker's name this long opening a model ("Pulso X7"): shorter words are initials."""


def _shows_its_model(text: str, name: str, start: int, end: int) -> bool:
    """The thanked account's name (without a country suffix) opens a model shown outside the
    thanks ("Heute kam die neue Keyforge K2 Pro an … Danke @KeyforgeDE!"): the maker of the
    review unit."""
    if len(name) < MAKER_NAME or not name.isalpha():
        return False
    model = re.compile(r"(?<![\w@#.])(?i:" + re.escape(name) + ")" + _MODEL)
    return _outside(model, text, start, end)


def _unaccented(name: str) -> str:
    """"Somnéa" as its address spells it: "somnea"."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


SHOP_DOMAIN: Final = 5
"""A linked address this long that opens the thanked name is its shop ("thank you to Oakmere
Appliances" … oakmere.co.uk)."""
SHOP_NAME: Final = 4
"""A thanked name this long that opens the linked address names the shop ("Merci à Lumio pour
cette vidéo … lumio-maison.fr")."""


PRODUCT_WORD: Final = 5
"""Shorter name parts are places and initials ("@hafentreff_kiel … #kiel")."""


def _names_its_product(lowered: str, handle: str, start: int, end: int) -> bool:
    """The account's second part is a thing the post's words are about ("@lumi.kaarsen" under
    "deze kaarsen ruiken naar vijgen"): a shop named after its goods. Hashtags do not count."""
    parts = re.split(r"[._]", handle)
    if len(parts) < 2 or len(parts[-1]) < PRODUCT_WORD:
        return False
    word = re.compile(r"(?<![\w@.#])" + re.escape(parts[-1]) + r"(?!\w)")
    return _outside(word, lowered, start, end)


def _makes_a_product(lowered: str, handle: str, start: int, end: int) -> bool:
    """The account is named outside the thanks (``start``–``end``) as the maker of something
    shown ("der Zweistein von @kiwo.mobility", "la poussette Trio de @Bambinou"); "Danke an
    die Orga vom @hafentreff" names no product."""
    return any(m.end() <= start or m.start() >= end for m in maker_mentions(lowered, handle))


def maker_mentions(lowered: str, handle: str) -> list[re.Match[str]]:
    """Where the account is named as the maker of something ("von @kiwo.mobility",
    "de @Bambinou", "by @janphoto"); callers judge what was made."""
    maker = re.compile(r"(?<!\w)(?:von|vom|van|de|du|from|by)\s+(?:the |de |la |le |der |dem )?@?"
                       + re.escape(handle) + r"(?!\w|\.\w)")
    return list(maker.finditer(lowered))


def _outside(pattern: re.Pattern[str], lowered: str, start: int, end: int) -> bool:
    """Whether ``pattern`` matches somewhere other than the thanks itself (``start``–``end``)."""
    return any(m.end() <= start or m.start() >= end for m in pattern.finditer(lowered))


DOMAIN_NAME: Final = (r"(?<![\w@./-])(?:https?://)?(?:www\.)?([a-z0-9][a-z0-9-]{2,})\.[a-z]{2,6}"
                      r"(?:\.[a-z]{2})?")
"""A web address up to its suffix, its name captured, also under a two-part suffix
("oakmere.co.uk"); ``offers`` adds the promotion paths it looks for."""
_DOMAIN_NAME: Final = re.compile(DOMAIN_NAME + r"(?=[/\s]|$)")


def domain_forms(lowered: str) -> set[str]:
    """The names of the web addresses in a text, in hashtag form (``klarwerk-home.de/v9`` →
    ``klarwerkhome``): a thanked account of the same name is the shop linked to."""
    if "." not in lowered:
        return set()
    return {m.group(1).replace("-", "") for m in _DOMAIN_NAME.finditer(lowered)}


def _names_a_linked_address(brand: str, lowered: str) -> bool:
    """The account's name is a linked address's name in hashtag form ("@camperlandNL" …
    camperland.nl), or opens it before a hyphen ("@sunrover" … ``sunrover-energy.de``, erica):
    the shop linked to. One pass over the addresses for both."""
    if "." not in lowered:
        return False
    opens = len(brand) >= SHOP_DOMAIN
    for match in _DOMAIN_NAME.finditer(lowered):
        name = match.group(1)
        if name.replace("-", "") == brand or (opens and name.split("-", 1)[0] == brand) \
                or (len(name) >= SHOP_DOMAIN and brand.startswith(name)):
            return True  # "@BrilloBrillen" … brillo.nl/daily (vervain): the shop's own name
    return False


def gifted(doc: Document, start: int, end: int) -> Signal:
    return Signal("commercial", "commercial.gifted", doc.text[start:end], 1.0, start, end,
                  "gifted")


_FOR_A_THING: Final = re.compile(
    # "huge shoutout to the @BrewlineCo team for the new Forge grinder" (caraway): the account's
    # team thanked for the thing
    r"(?:\s+(?:team|crew|folks|people))?"
    r"\s*,?\s*(?:for|voor|für|fürs|pour)\s+(?:this|these|the|my|our|deze|dit|het|de|mijn|onze|"
    r"das|die|den|dieses|diese|meine|meinen|unsere|le|la|les|l'|ce|cette|ces|mon|ma|mes|notre)"
    r"\s*((?:[^\W\d_][\w'’-]*\s*){1,4})")
"""Thanks to an account *for a thing* ("für das wunderschöne Stück", "pour le nouveau clavier")."""
_FOR_TRUST: Final = re.compile(
    r"\s*,?\s*(?:de (?:me|nous) faire confiance|pour (?:sa|leur|votre|ta|la|cette) confiance|"
    r"for (?:the |your )?trust(?:ing (?:me|us))?|voor het vertrouwen|für das vertrauen|"
    r"for having me on board|voor de samenwerking|für die zusammenarbeit|"
    r"pour (?:la|cette) collaboration|for the collab(?:oration)?)(?!\w)")
"""Thanks to an account for its trust or for the collaboration: how sponsored posts sign off
("Merci @sonarisaudio de me faire confiance pour cette saison")."""
_FOR_A_TRIAL: Final = re.compile(
    r"\s*,?\s*(?:for letting (?:me|us) (?:test|try|review)|for the chance to (?:test|try|review)|"
    r"voor het (?:mogen )?testen|dat (?:ik|we|wij) (?:\w+ )?(?:mocht|mochten|mag|mogen) testen|"
    r"fürs testen(?: lassen)?|dass (?:ich|wir) (?:\w+ )?(?:testen|ausprobieren) (?:durfte|durften|"
    r"darf|dürfen)|de m'avoir (?:fait|laissé) (?:tester|essayer)|"
    r"de (?:me|nous) (?:faire|laisser) (?:tester|essayer))(?!\w)")
"""Thanks to an account for letting the author test its product ("Thanks @OrbisAudio for
letting me test these early", elderflower): a review unit, which the maker gave or lent."""
_NOT_A_GIFT: Final = re.compile(
    r"(?<!\w)(?:photos?|pics?|pictures?|foto'?s?|fotos|bilder|bild|help|hulp|hilfe|aide|support|"
    r"steun|soutien|unterstützung|encouragements?|aanmoediging(?:en)?|anfeuerung(?:en)?|"
    r"cheer(?:s|ing)?|motivation|motivatie|zuspruch|tips?|company|gezelschap|advice|advies|"
    r"train\w*|coaching|begeleiding|berichtjes?|berichten|messages?|nachrichten|wishes|"
    r"sorties?|séances?|entraînements?|runs?|workouts?|sessions?|"
    r"love|liefde|shout ?out|feature|repost|edit|"
    r"ride|lift|video|lesson|les|cours|talk|chat|inspiration|inspiratie|idea|idee|recipe|recept|"
    r"rezept|recette|words|woorden|mots|worte|fun|time|tijd|zeit|temps|vibes?|laughs?|memories|"
    r"herinneringen|follow|listen|read|interview|invite|invitation|uitnodiging|einladung|night|"
    r"nacht|abend|evening|avond|soirée|dinner|diner|dîner|meal|conseils?|beratung|raad|day|days|"
    r"dag|dagje|tag|journée|jour|weekend|week-end|wochenende|trip|afternoon|middag|nachmittag|"
    r"après-midi|morning|ochtend|morgen|matinée|geduld|patience|patient|care|zorg|sorg|soin|"
    r"work|werk|arbeit|travail|job)(?!\w)")
"""Thanks for the photos, the help, the cheering, the evening, the patience, the work: what
friends (or a tattoo artist, a restaurant one paid) give, not brands."""
_SPORT_HANDLE: Final = re.compile(r"running|runners?(?![a-z0-9])|runclub|athletics|athle|atletiek|"
                                  r"triathlon|lauf|loop|cycling|cyclists|wielren|zwem|swim|schwimm|"
                                  r"natation")
_CLUB: Final = re.compile(
    r"(?<!\w)(?:club|clubs|vereniging|verein|vereins|association|asso|loopgroep|"
    r"lauftreff|atletiekvereniging|bénévoles?|vrijwilligers?|ehrenamtliche?)(?!\w)")
"""A sport's account in a post that speaks of its club and volunteers is the club, however
business-like its name ends ("@asrochelle_running"); "_" parts a handle's words as a space
would ("@runners_de_lorient", zedoary)."""
_GROUP_HANDLE: Final = re.compile(r"club|crew|team|verein|vereniging|asso|squad")
"""A club, a crew or a team of people ("@hardloopclubdevlucht … voor de maanden trainen"):
thanks to people for what they did, not to a brand for what it gave."""
_PERSON_HANDLE: Final = re.compile(r"[a-z]+[._][a-z]{1,12}$")
"""A first-and-last-name handle ("@annika.roth", "@sarah.k"): a friend's, unless it also reads
as a business ("@lichtlab.be", tested first)."""


def _accounts(doc: Document) -> list[str]:
    """The lower-case names of the accounts a text tags."""
    return [m.group(1) for m in HANDLE_NAME.finditer(doc.lowered)] if "@" in doc.text else []


def tag_form(handle: str) -> str:
    """An account name as a hashtag body: lower case, without dots and underscores.

    >>> tag_form("Brick_Bloom.nl")
    'brickbloomnl'
    """
    return handle.lower().replace(".", "").replace("_", "")


# the mark before its look-behind: re finds it with a C scan (README, Speed)
HASHTAG: Final = re.compile(r"#(?<![\w#]#)(\w+)")
