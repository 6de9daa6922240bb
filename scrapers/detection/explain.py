"""One sentence per verdict, built from its signals, in Dutch or English.

Wording is careful: "signals of an undisclosed ad", never a claim that anyone broke a rule.

>>> from scrapers.models import Signal
>>> code = Signal("commercial", "commercial.discount_code", "code JANNA15", 1.0, 0, 12, "JANNA15")
>>> explain("undisclosed", [], [code], [], (), "en")
"Signals of an undisclosed ad: discount code 'JANNA15', and no disclosure."
>>> explain("undisclosed", [], [code], [], (), "nl")
"Signalen van niet-vermelde reclame: kortingscode 'JANNA15', en geen vermelding."
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from scrapers.models import Signal

MAX_EVIDENCE: Final = 3

TEMPLATES: Final = {
    "en": {
        "organic": "No signals of paid content found.",
        "organic_guarded": "No signals of paid content remain after checking: {guards}.",
        "disclosed": "Disclosed as commercial: {disclosure}.",
        "unclear_disclosure": "Signals of an unclear disclosure: {disclosure} ({problems}).",
        "undisclosed": "Signals of an undisclosed ad: {evidence}, and no disclosure.",
    },
    "nl": {
        "organic": "Geen signalen van betaalde inhoud gevonden.",
        "organic_guarded": "Geen signalen van betaalde inhoud na controle: {guards}.",
        "disclosed": "Vermeld als commercieel: {disclosure}.",
        "unclear_disclosure":
            "Signalen van een onduidelijke vermelding: {disclosure} ({problems}).",
        "undisclosed": "Signalen van niet-vermelde reclame: {evidence}, en geen vermelding.",
    },
}

PHRASES: Final = {
    "en": {
        "commercial.discount_code": "discount code '{detail}'",
        "commercial.gifted": "gift mention \"{text}\"",
        "commercial.partnership": "partnership mention \"{text}\"",
        "commercial.giveaway": "giveaway \"{text}\"",
        "commercial.shop_call": "shopping call \"{text}\"",
        "commercial.discount": "discount \"{text}\"",
        "commercial.shop_link": "link with a shopping label ({detail})",
        "commercial.follower_offer": "an offer for followers \"{text}\"",
        "commercial.brand_push": "a push for a tagged brand \"{text}\"",
        "commercial.paid_markup": "the page's own markup calls it paid ({detail})",
        "commercial.ad_warning": "a warning the law requires in credit ads \"{text}\"",
        "link": "affiliate or tracking link ({detail})",
        "disclosure": "\"{text}\"",
        "disclosure.native_label": "platform label \"{text}\"",
        "disclosure.page_label": "page label \"{text}\"",
        "guard.negation": "a denial (\"{text}\")",
        "guard.public_code": "a shop's public code, not the author's (\"{text}\")",
        "guard.unpaid": "an unpaid mention (\"{text}\")",
        "guard.self_bought": "bought by the author (\"{text}\")",
        "guard.about_advertising": "the text is about advertising",
        "guard.policy_page": "a site-wide disclosure policy",
        "guard.example": "a quoted example (\"{text}\")",
        "guard.institutional": "a cooperation with a public institution (\"{text}\")",
        "guard.personal_gift": "a present from family or friends (\"{text}\")",
        "guard.address": "a postal address (\"{text}\")",
        "guard.scattered": "unrelated remarks far apart on a long page",
        "guard.no_way_to_buy": "shopping words in an article with no way to buy (\"{text}\")",
        "guard.not_a_label": "a word that names no relationship here (\"{text}\")",
        "guard.own_funding": "support from the audience, not a brand (\"{text}\")",
        "guard.satire": "a joke or parody (\"{text}\")",
    },
    "nl": {
        "commercial.discount_code": "kortingscode '{detail}'",
        "commercial.gifted": "cadeau-vermelding \"{text}\"",
        "commercial.partnership": "samenwerking \"{text}\"",
        "commercial.giveaway": "winactie \"{text}\"",
        "commercial.shop_call": "koopoproep \"{text}\"",
        "commercial.discount": "korting \"{text}\"",
        "commercial.shop_link": "link met een koopoproep ({detail})",
        "commercial.follower_offer": "een aanbod voor volgers \"{text}\"",
        "commercial.brand_push": "promotie voor een getagd merk \"{text}\"",
        "commercial.paid_markup": "de opmaak van de pagina zelf noemt het betaald ({detail})",
        "commercial.ad_warning": "een waarschuwing die de wet in kredietreclame eist \"{text}\"",
        "link": "affiliate- of trackinglink ({detail})",
        "disclosure": "\"{text}\"",
        "disclosure.native_label": "platformlabel \"{text}\"",
        "disclosure.page_label": "paginalabel \"{text}\"",
        "guard.negation": "een ontkenning (\"{text}\")",
        "guard.public_code": "een openbare code van de winkel, niet van de maker (\"{text}\")",
        "guard.unpaid": "een onbetaalde vermelding (\"{text}\")",
        "guard.self_bought": "zelf gekocht (\"{text}\")",
        "guard.about_advertising": "de tekst gaat over reclame",
        "guard.policy_page": "een algemeen vermeldingsbeleid van de site",
        "guard.example": "een geciteerd voorbeeld (\"{text}\")",
        "guard.institutional": "een samenwerking met een publieke instelling (\"{text}\")",
        "guard.personal_gift": "een cadeau van familie of vrienden (\"{text}\")",
        "guard.address": "een postadres (\"{text}\")",
        "guard.scattered": "losse opmerkingen ver uit elkaar op een lange pagina",
        "guard.no_way_to_buy": "koopwoorden in een artikel zonder manier om te kopen (\"{text}\")",
        "guard.not_a_label": "een woord dat hier geen relatie noemt (\"{text}\")",
        "guard.own_funding": "steun van het publiek, niet van een merk (\"{text}\")",
        "guard.satire": "een grap of parodie (\"{text}\")",
    },
}

PROBLEMS: Final = {
    "en": {"below_fold": "below the \"more\" fold", "label_not_accepted": "label not accepted here",
           "buried_in_hashtags": "buried among hashtags", "not_at_start": "not at the start",
           "obfuscated_label": "label disguised from search"},
    "nl": {"below_fold": "pas na \"meer\"", "label_not_accepted": "label hier niet geaccepteerd",
           "buried_in_hashtags": "verstopt tussen hashtags", "not_at_start": "niet aan het begin",
           "obfuscated_label": "label verhuld voor zoekfuncties"},
}


def explain(verdict: str, disclosures: list[Signal], commercial: list[Signal],
            guards: list[Signal], problems: tuple[str, ...], language: str,
            best: Signal | None = None) -> str:
    """The verdict's sentence in ``language`` (Dutch for ``nl``, English otherwise).

    Sentences are built from a few short fields of at most three signals (rule, family,
    text, detail), which repeat across posts ("Disclosed as commercial: \"#ad\"."), so
    each distinct sentence is formatted once (``_listing``, ``_labelled``).
    """
    lang = "nl" if language == "nl" else "en"
    if verdict == "organic":
        if guards:
            return _listing("organic_guarded", "guards", _keys(guards), lang)
        return TEMPLATES[lang]["organic"]
    if verdict == "undisclosed":
        return _listing("undisclosed", "evidence", _keys(commercial), lang)
    shown = best or disclosures[0]
    return _labelled(verdict, (shown.rule, shown.family, shown.text, shown.detail), problems,
                     lang)


_Key = tuple[str, str, str, str]
"""What a sentence says of one signal: its rule, family, text and detail."""


def describe(signal: Signal, lang: str) -> str:
    """A short phrase for one signal."""
    return _phrase((signal.rule, signal.family, signal.text, signal.detail), lang)


def _phrase(key: _Key, lang: str) -> str:
    rule, family, text, detail = key
    table = PHRASES[lang]
    name = rule if rule in table else ("link" if "link" in rule else family)
    phrase = table.get(name, "\"{text}\"")
    return phrase.format(text=text, detail=detail)


@lru_cache(maxsize=2048)
def _listing(template: str, field: str, keys: tuple[_Key, ...], lang: str) -> str:
    """A sentence listing evidence or guards ("… discount code 'X' and a gift mention …")."""
    names = _join([_phrase(key, lang) for key in keys], lang)
    return TEMPLATES[lang][template].format_map({field: names})


@lru_cache(maxsize=2048)
def _labelled(verdict: str, key: _Key, problems: tuple[str, ...], lang: str) -> str:
    """A sentence naming the disclosure judged, and its problems."""
    return TEMPLATES[lang][verdict].format(
        disclosure=_phrase(key, lang),
        problems=", ".join(PROBLEMS[lang].get(p, p) for p in problems),
    )


def _keys(signals: list[Signal]) -> tuple[_Key, ...]:
    """The first signal of each rule, at most :data:`MAX_EVIDENCE`."""
    seen: set[str] = set()
    out = []
    for signal in signals:
        if signal.rule not in seen:
            seen.add(signal.rule)
            out.append((signal.rule, signal.family, signal.text, signal.detail))
    return tuple(out[:MAX_EVIDENCE])


def _join(parts: list[str], lang: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    word = " en " if lang == "nl" else " and "
    return ", ".join(parts[:-1]) + word + parts[-1]
