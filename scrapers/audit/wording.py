"""The audit's words in English and Dutch: verdicts, reasons, advice and headings.

Wording is accusation-safe in both languages: "signals of an undisclosed ad" /
"signalen van niet-vermelde reclame", never "illegal" or "broke the law".

>>> t = translator("nl")
>>> t("verdict.undisclosed"), t("problem.below_fold")
('signalen van niet-vermelde reclame', "de vermelding staat pas na 'meer'")
>>> translator("en")("problem.some_new_code")
'some new code'
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES: tuple[str, ...] = ("en", "nl")

_EN: dict[str, str] = {
    "verdict.disclosed": "disclosed",
    "verdict.unclear_disclosure": "unclear disclosure",
    "verdict.undisclosed": "signals of an undisclosed ad",
    "verdict.organic": "not commercial",
    "verdict.not_scanned": "not scanned",
    "problem.below_fold": "the label only shows after the platform's 'more' fold",
    "problem.label_not_accepted": "the label used is not a clear label in this jurisdiction",
    "problem.not_at_start": "the label is not at the start, where this jurisdiction wants it",
    "problem.buried_in_hashtags": "the label is buried among many hashtags",
    "problem.obfuscated_label": "the label is written with hidden characters or spacing",
    "fix.undisclosed": "Ask the creator to add a clear label at the start (e.g. '#ad', "
    "'Advertentie', 'Paid partnership').",
    "fix.below_fold": "Ask the creator to move the label before the 'more' fold.",
    "fix.label_not_accepted": "Ask the creator to use a label accepted in this jurisdiction.",
    "fix.not_at_start": "Ask the creator to put the label at the very start.",
    "fix.buried_in_hashtags": "Ask the creator to put the label at the start, not among "
    "hashtags.",
    "fix.obfuscated_label": "Ask the creator to write the label plainly, without hidden "
    "characters.",
    "fix.unclear_disclosure": "Ask the creator to make the label clearer and put it first.",
    "fix.contracted_organic": "A contracted post that does not read as an ad: ask the creator "
    "to add a clear label at the start.",
    "ui.title": "Disclosure audit",
    "ui.jurisdiction": "Jurisdiction",
    "ui.since": "posts since",
    "ui.generated": "generated",
    "ui.wording": "Verdicts are signals found by an automatic detector, not findings of a "
    "regulator; check the evidence before acting.",
    "ui.summary": "Summary",
    "ui.posts_about": "posts about the brand",
    "ui.commercial": "commercial",
    "ui.rate_of_commercial": "rate (of commercial posts)",
    "ui.value": "value",
    "ui.interval": "95 % interval (Wilson)",
    "ui.rate.disclosed": "adequately disclosed",
    "ui.rate.any_label": "labelled at all",
    "ui.why_unclear": "Why disclosures were unclear",
    "ui.fix_first": "Fix first",
    "ui.nothing_to_fix": "Nothing to fix: every commercial post about the brand was disclosed.",
    "ui.creator": "creator",
    "ui.followers": "followers",
    "ui.verdict": "verdict",
    "ui.what_to_do": "what to do",
    "ui.post": "post",
    "ui.campaign": "Campaign",
    "ui.contracted": "contracted creator",
    "ui.window": "window",
    "ui.posts_found": "posts found",
    "ui.not_read_as_ad": "not read as an ad",
    "ui.status": "status",
    "ui.status.not_found": "not found",
    "ui.status.all_disclosed": "all disclosed",
    "ui.status.needs_attention": "needs attention",
    "ui.not_found_list": "Contracted creators whose posts were not found in the window",
    "ui.by_creator": "By creator",
    "ui.tier": "tier",
    "ui.posts": "posts",
    "ui.evidence": "Evidence",
    "ui.why": "Why unclear",
    "ui.matched_by": "Matched the brand by",
    "ui.creators": "creators",
    "ui.no_commercial": "no commercial posts",
    "ui.unclear_because": "unclear because",
    "ui.nothing_text": "nothing: every commercial post about the brand was disclosed",
}

_NL: dict[str, str] = {
    "verdict.disclosed": "vermeld",
    "verdict.unclear_disclosure": "onduidelijke vermelding",
    "verdict.undisclosed": "signalen van niet-vermelde reclame",
    "verdict.organic": "niet commercieel",
    "verdict.not_scanned": "niet gescand",
    "problem.below_fold": "de vermelding staat pas na 'meer'",
    "problem.label_not_accepted": "dit label geldt hier niet als duidelijke vermelding",
    "problem.not_at_start": "de vermelding staat niet aan het begin",
    "problem.buried_in_hashtags": "de vermelding gaat verloren tussen veel hashtags",
    "problem.obfuscated_label": "de vermelding is geschreven met verborgen tekens of spaties",
    "fix.undisclosed": "Vraag de maker om aan het begin een duidelijke vermelding te zetten "
    "(bijv. '#ad', 'Advertentie', 'Betaald partnerschap').",
    "fix.below_fold": "Vraag de maker om de vermelding vóór 'meer' te zetten.",
    "fix.label_not_accepted": "Vraag de maker om een label te gebruiken dat hier geldt.",
    "fix.not_at_start": "Vraag de maker om de vermelding helemaal aan het begin te zetten.",
    "fix.buried_in_hashtags": "Vraag de maker om de vermelding aan het begin te zetten, niet "
    "tussen de hashtags.",
    "fix.obfuscated_label": "Vraag de maker om de vermelding gewoon uit te schrijven, zonder "
    "verborgen tekens.",
    "fix.unclear_disclosure": "Vraag de maker om de vermelding duidelijker en vooraan te zetten.",
    "fix.contracted_organic": "Een gecontracteerde post die niet als reclame herkenbaar is: "
    "vraag de maker om aan het begin een duidelijke vermelding te zetten.",
    "ui.title": "Reclame-audit",
    "ui.jurisdiction": "Rechtsgebied",
    "ui.since": "posts vanaf",
    "ui.generated": "gemaakt",
    "ui.wording": "Oordelen zijn signalen van een automatische detector, geen uitspraken van "
    "een toezichthouder; bekijk het bewijs voordat u handelt.",
    "ui.summary": "Samenvatting",
    "ui.posts_about": "posts over het merk",
    "ui.commercial": "commercieel",
    "ui.rate_of_commercial": "aandeel (van de commerciële posts)",
    "ui.value": "waarde",
    "ui.interval": "95 %-interval (Wilson)",
    "ui.rate.disclosed": "goed vermeld",
    "ui.rate.any_label": "met enige vermelding",
    "ui.why_unclear": "Waarom vermeldingen onduidelijk waren",
    "ui.fix_first": "Eerst oplossen",
    "ui.nothing_to_fix": "Niets op te lossen: elke commerciële post over het merk was vermeld.",
    "ui.creator": "maker",
    "ui.followers": "volgers",
    "ui.verdict": "oordeel",
    "ui.what_to_do": "wat te doen",
    "ui.post": "post",
    "ui.campaign": "Campagne",
    "ui.contracted": "gecontracteerde maker",
    "ui.window": "periode",
    "ui.posts_found": "posts gevonden",
    "ui.not_read_as_ad": "niet als reclame herkenbaar",
    "ui.status": "status",
    "ui.status.not_found": "niet gevonden",
    "ui.status.all_disclosed": "alles vermeld",
    "ui.status.needs_attention": "aandacht nodig",
    "ui.not_found_list": "Gecontracteerde makers van wie geen posts in de periode zijn gevonden",
    "ui.by_creator": "Per maker",
    "ui.tier": "klasse",
    "ui.posts": "posts",
    "ui.evidence": "Bewijs",
    "ui.why": "Waarom onduidelijk",
    "ui.matched_by": "Gekoppeld aan het merk via",
    "ui.creators": "makers",
    "ui.no_commercial": "geen commerciële posts",
    "ui.unclear_because": "onduidelijk omdat",
    "ui.nothing_text": "niets: elke commerciële post over het merk was vermeld",
}

_WORDS = {"en": _EN, "nl": _NL}


def translator(lang: str) -> Callable[[str], str]:
    """A look-up for ``lang`` (falls back to English, then to the code itself, readable)."""
    table = _WORDS.get(lang, _EN)

    def t(key: str) -> str:
        return table.get(key) or _EN.get(key) or key.split(".", 1)[-1].replace("_", " ")

    return t


def problem_text(problem: str, lang: str = "en") -> str:
    """Readable reason for a ``Verdict.problems`` code."""
    return translator(lang)(f"problem.{problem}")


def fix_text(code: str, lang: str = "en") -> str:
    """The advice for a fix-list item's ``action_code``."""
    return translator(lang)(f"fix.{code}")
