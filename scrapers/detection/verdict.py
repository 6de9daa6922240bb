"""From surviving evidence to a verdict: organic, disclosed, unclear_disclosure, undisclosed.

- ``disclosed`` (bool) — the content tells the reader: any surviving disclosure signal
  other than a bare hint tag (:data:`HINT_TAGS`); a post whose only disclosure is
  ``#collab`` is ``unclear_disclosure`` with ``disclosed`` false.
- ``commercial`` (bool) — a disclosure, or commercial evidence weighing at least
  :data:`COMMERCIAL_THRESHOLD` (an affiliate link or a discount code alone suffice;
  a "link in bio" or a "% off" alone do not).
- the verdict judges the best disclosure under the rulebook (see ``placement``).

>>> from scrapers.rules import load_rulebook
>>> from scrapers.models import Signal
>>> code = Signal("commercial", "commercial.discount_code", "code JANNA15", 1.0, 0, 12, "JANNA15")
>>> d = decide([], [code], "code JANNA15", "instagram", load_rulebook("nl"), {})
>>> d.verdict, d.commercial, d.disclosed, d.kinds
('undisclosed', True, False, ('affiliate',))
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, NamedTuple

from scrapers.detection.placement import disclosure_problems
from scrapers.models import Signal
from scrapers.rules import Rulebook

COMMERCIAL_THRESHOLD: Final = 1.0
REWEIGH: Final = {"commercial.shortened_link": 0.5}
"""Shortened links cannot be resolved offline: one, with a shopping call, is commercial."""
CAPS: Final = {"commercial.shortened_link": 1, "commercial.partnership": 1}
"""How many signals of a rule count towards the score (default 2)."""
KIND_ORDER: Final = ("sponsored", "affiliate", "gifted", "advertorial")
HINT_TAGS: Final = frozenset({
    "#collab", "#partner", "#ambassador", "#brandambassador", "#ambassadeur",
    "#thanks", "#thankyou", "#bedankt", "#merci", "#promo", "#sp",
    "#kooperation", "#invit"})
"""Hashtags (lexicon labels, so ``#nikepartner`` is ``#partner``) that hint at a tie
without saying what it is. Regulators call them unclear and readers of our labelled
tables do not count them as telling (54 of 73 such posts labelled not disclosed);
``#prpackage``, ``#sponsor``, ``#sponsorise`` and ``#partenariat`` name the relationship;
a bare ``#pr`` does not (a runner's personal record wears the same tag)."""


class Decision(NamedTuple):
    """The verdict fields that follow from the evidence, before confidence and wording.

    A named tuple: built for every post with evidence, read once by the engine."""

    verdict: str
    commercial: bool
    disclosed: bool
    kinds: tuple[str, ...]
    problems: tuple[str, ...]
    commercial_score: float
    best_disclosure: Signal | None
    placement_signals: tuple[Signal, ...]
    """``obfuscation.below_fold`` / ``obfuscation.buried_in_hashtags`` evidence."""


def decide(
    disclosures: list[Signal], commercial: list[Signal], text: str, platform: str,
    rulebook: Rulebook, label_kinds: Mapping[str, str],
    obfuscation: tuple[Signal, ...] = (), label_languages: Mapping[str, str] | None = None,
    language: str = "und",
) -> Decision:
    """Combine surviving disclosure and commercial signals under ``rulebook``."""
    score = commercial_score(commercial)
    is_commercial = bool(disclosures) or score >= COMMERCIAL_THRESHOLD
    kinds = _kinds(disclosures, commercial, label_kinds) if is_commercial else ()
    if not is_commercial:
        return _decision(("organic", False, False, (), (), score, None, ()))
    if not disclosures:
        return _decision(("undisclosed", True, False, kinds, (), score, None, ()))
    link_starts = tuple(s.start for s in commercial if "link" in s.rule and s.start is not None)
    languages = label_languages or {}
    judged = [(disclosure_problems(s, text, platform, rulebook, obfuscation,
                                   languages.get(s.detail) == language, link_starts), s)
              for s in disclosures]
    if len(judged) > 1:
        judged.sort(key=lambda pair: (len(pair[0]), pair[1].start or 0, pair[1].rule))
    problems, best = judged[0]
    verdict = "unclear_disclosure" if problems else "disclosed"
    # a hint tag tells nothing as a hashtag or as a word of its own ("✨collab✨", ylang)
    tells = any(s.rule not in ("disclosure.hashtag_unclear", "disclosure.label_unclear")
                or not (s.detail in HINT_TAGS or s.text.lower() == "#pr") for s in disclosures)
    return _decision((verdict, True, tells, kinds, problems, score, best,
                      _placement_signals(best, problems) if problems else ()))


def _decision(fields: tuple[Any, ...]) -> Decision:
    """A :class:`Decision` built as a plain tuple: a named tuple's own ``__new__`` is a
    Python-level lambda, and one is built for every post with evidence."""
    return tuple.__new__(Decision, fields)


def commercial_score(commercial: list[Signal]) -> float:
    """Sum of commercial weights, each rule counted at most twice (ten links are one fact) and
    a weak word of a gift once: "gratuitement" twice in a forum thread (a free repair, free
    help) is one hint, while two discounts in one pitch stay two."""
    if not commercial:
        return 0.0
    seen: dict[str, int] = {}
    hints: set[str] = set()
    total = 0.0
    for signal in commercial:
        if signal.weight < 1.0 and signal.rule == "commercial.gifted":
            word = signal.text.lower()
            if word in hints:
                continue
            hints.add(word)
        seen[signal.rule] = seen.get(signal.rule, 0) + 1
        if seen[signal.rule] <= CAPS.get(signal.rule, 2):
            total += REWEIGH.get(signal.rule, signal.weight)
    return round(total, 3)


def _kinds(disclosures: list[Signal], commercial: list[Signal],
           label_kinds: Mapping[str, str]) -> tuple[str, ...]:
    found: set[str] = set()
    for signal in disclosures:
        if signal.rule == "disclosure.page_label":
            found.add("advertorial")
        else:
            found.add(label_kinds.get(signal.detail, "sponsored"))
    for signal in commercial:
        found.add(_commercial_kind(signal))
    return tuple([k for k in KIND_ORDER if k in found])


def _commercial_kind(signal: Signal) -> str:
    if signal.detail in KIND_ORDER:
        return signal.detail
    if signal.rule == "commercial.discount_code" or "link" in signal.rule:
        return "affiliate"
    return "sponsored"


def _placement_signals(best: Signal, problems: tuple[str, ...]) -> tuple[Signal, ...]:
    return tuple(Signal("obfuscation", f"obfuscation.{p}", best.text, 0.0, best.start, best.end,
                        best.detail)
                 for p in problems if p in ("below_fold", "buried_in_hashtags"))
