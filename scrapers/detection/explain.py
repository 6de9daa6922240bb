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

from scrapers.models import Signal

MAX_EVIDENCE = 3

TEMPLATES = {
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

PHRASES = {
    "en": {
        "commercial.discount_code": "discount code '{detail}'",
        "commercial.gifted": "gift mention \"{text}\"",
        "commercial.partnership": "partnership mention \"{text}\"",
        "commercial.giveaway": "giveaway \"{text}\"",
        "commercial.shop_call": "shopping call \"{text}\"",
        "commercial.discount": "discount \"{text}\"",
        "commercial.shop_link": "link with a shopping label ({detail})",
        "link": "affiliate or tracking link ({detail})",
        "disclosure": "\"{text}\"",
        "disclosure.native_label": "platform label \"{text}\"",
        "disclosure.page_label": "page label \"{text}\"",
        "guard.negation": "a denial (\"{text}\")",
        "guard.unpaid": "an unpaid mention (\"{text}\")",
        "guard.self_bought": "bought by the author (\"{text}\")",
        "guard.about_advertising": "the text is about advertising",
        "guard.policy_page": "a site-wide disclosure policy",
        "guard.example": "a quoted example (\"{text}\")",
        "guard.institutional": "a cooperation with a public institution (\"{text}\")",
        "guard.personal_gift": "a present from family or friends (\"{text}\")",
        "guard.address": "a postal address (\"{text}\")",
        "guard.scattered": "unrelated remarks far apart on a long page",
        "guard.not_a_label": "a word that names no relationship here (\"{text}\")",
        "guard.own_funding": "support from the audience, not a brand (\"{text}\")",
    },
    "nl": {
        "commercial.discount_code": "kortingscode '{detail}'",
        "commercial.gifted": "cadeau-vermelding \"{text}\"",
        "commercial.partnership": "samenwerking \"{text}\"",
        "commercial.giveaway": "winactie \"{text}\"",
        "commercial.shop_call": "koopoproep \"{text}\"",
        "commercial.discount": "korting \"{text}\"",
        "commercial.shop_link": "link met een koopoproep ({detail})",
        "link": "affiliate- of trackinglink ({detail})",
        "disclosure": "\"{text}\"",
        "disclosure.native_label": "platformlabel \"{text}\"",
        "disclosure.page_label": "paginalabel \"{text}\"",
        "guard.negation": "een ontkenning (\"{text}\")",
        "guard.unpaid": "een onbetaalde vermelding (\"{text}\")",
        "guard.self_bought": "zelf gekocht (\"{text}\")",
        "guard.about_advertising": "de tekst gaat over reclame",
        "guard.policy_page": "een algemeen vermeldingsbeleid van de site",
        "guard.example": "een geciteerd voorbeeld (\"{text}\")",
        "guard.institutional": "een samenwerking met een publieke instelling (\"{text}\")",
        "guard.personal_gift": "een cadeau van familie of vrienden (\"{text}\")",
        "guard.address": "een postadres (\"{text}\")",
        "guard.scattered": "losse opmerkingen ver uit elkaar op een lange pagina",
        "guard.not_a_label": "een woord dat hier geen relatie noemt (\"{text}\")",
        "guard.own_funding": "steun van het publiek, niet van een merk (\"{text}\")",
    },
}

PROBLEMS = {
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
    """The verdict's sentence in ``language`` (Dutch for ``nl``, English otherwise)."""
    lang = "nl" if language == "nl" else "en"
    template = TEMPLATES[lang]
    if verdict == "organic":
        if guards:
            names = _join([describe(g, lang) for g in _distinct(guards)], lang)
            return template["organic_guarded"].format(guards=names)
        return template["organic"]
    if verdict == "undisclosed":
        evidence = _join([describe(s, lang) for s in _distinct(commercial)], lang)
        return template["undisclosed"].format(evidence=evidence)
    shown = best or disclosures[0]
    return template[verdict].format(
        disclosure=describe(shown, lang),
        problems=", ".join(PROBLEMS[lang].get(p, p) for p in problems),
    )


def describe(signal: Signal, lang: str) -> str:
    """A short phrase for one signal."""
    table = PHRASES[lang]
    key = signal.rule if signal.rule in table else (
        "link" if "link" in signal.rule else signal.family)
    phrase = table.get(key, "\"{text}\"")
    return phrase.format(text=signal.text, detail=signal.detail)


def _distinct(signals: list[Signal]) -> list[Signal]:
    seen: set[str] = set()
    out = []
    for signal in signals:
        if signal.rule not in seen:
            seen.add(signal.rule)
            out.append(signal)
    return out[:MAX_EVIDENCE]


def _join(parts: list[str], lang: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    word = " en " if lang == "nl" else " and "
    return ", ".join(parts[:-1]) + word + parts[-1]
