"""Is a disclosure adequate under a rulebook: an accepted label, visible, not buried?

>>> from scrapers.rules import load_rulebook
>>> from scrapers.models import Signal
>>> late = Signal("disclosure", "disclosure.hashtag", "#ad", 1.0, 300, 303, "#ad")
>>> disclosure_problems(late, "x" * 300 + "#ad", "instagram", load_rulebook("nl"))
('below_fold',)
>>> spon = Signal("disclosure", "disclosure.hashtag", "#spon", 1.0, 0, 5, "#spon")
>>> disclosure_problems(spon, "#spon Nieuwe jas!", "instagram", load_rulebook("us"))
('label_not_accepted',)
"""

from __future__ import annotations

import re
from typing import Final

from scrapers.models import Signal
from scrapers.rules import Rulebook

OBFUSCATING: Final = frozenset({"obfuscation.spaced_letters", "obfuscation.zero_width",
                                "obfuscation.homoglyph"})
"""Tricks that make a label invisible to search even when people can read it."""
ALWAYS_VISIBLE: Final = frozenset({"disclosure.native_label", "disclosure.page_label"})
"""Shown by the platform or in the page header, whatever the text says."""
_HASHTAG_BLOCK: Final = re.compile(r"(?:#[^\W_]\w*[\s,.·|]*){2,}")


def label_status(signal: Signal, rulebook: Rulebook, in_post_language: bool = False) -> str:
    """``accepted`` or ``unclear`` for one disclosure signal under ``rulebook``.

    A label the rulebook does not list is accepted when it is a plain label written
    in the post's own language (a German "Anzeige" on a German post), as the EU
    guidance asks for disclosure in the language of the content.
    """
    if signal.rule in ALWAYS_VISIBLE:
        return "accepted"
    status = rulebook.judge_label(signal.detail)
    if status != "unknown":
        return status
    if signal.rule == "disclosure.statement":
        return "accepted" if rulebook.statements_accepted else "unclear"
    if in_post_language and signal.rule in ("disclosure.hashtag", "disclosure.phrase",
                                            "disclosure.label"):
        return "accepted"
    return "unclear"


def disclosure_problems(
    signal: Signal, text: str, platform: str, rulebook: Rulebook,
    obfuscation: tuple[Signal, ...] = (), in_post_language: bool = False,
    link_starts: tuple[int, ...] = (),
) -> tuple[str, ...]:
    """Why this disclosure is not adequate here; ``()`` when it is.

    An affiliate statement that stands before the first link, or right next to a
    link, is where the FTC and the EU guidance want it even when it is below the fold.
    """
    problems: list[str] = []
    if label_status(signal, rulebook, in_post_language) != "accepted":
        problems.append("label_not_accepted")
    if signal.rule in ALWAYS_VISIBLE or signal.start is None:
        return tuple(problems)
    place = rulebook.placement
    if signal.start >= place.fold_for(platform) and not _next_to_links(signal, link_starts):
        problems.append("below_fold")
    if place.at_start and signal.start > place.start_window:
        problems.append("not_at_start")
    if signal.text.startswith("#") and hashtags_before(text, signal.start) >= place.hashtag_wall:
        problems.append("buried_in_hashtags")
    if any(o.rule in OBFUSCATING and o.start is not None
           and signal.start <= o.start <= (signal.end or signal.start) for o in obfuscation):
        problems.append("obfuscated_label")
    return tuple(problems)


NEAR_LINK: Final = 150
"""Characters between an affiliate statement and a link that still count as "next to it"."""


def _next_to_links(signal: Signal, link_starts: tuple[int, ...]) -> bool:
    if signal.rule != "disclosure.statement" or not link_starts or signal.start is None:
        return False
    return signal.start <= min(link_starts) or any(
        abs(at - signal.start) <= NEAR_LINK for at in link_starts)


def hashtags_before(text: str, at: int) -> int:
    """How many hashtags precede position ``at`` in the same block of hashtags.

    >>> hashtags_before("Leuk! #a #b #c #d #ad", 18)
    4
    """
    if text.find("#", 0, at) < 0:
        return 0  # no hashtag before ``at``: nothing to count
    for block in _HASHTAG_BLOCK.finditer(text):
        if block.start() <= at < block.end():
            return text[block.start():at].count("#")
    return 0
