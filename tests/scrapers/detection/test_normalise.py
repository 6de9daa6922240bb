"""Obfuscation is undone for matching and recorded as evidence, with offsets kept."""

from __future__ import annotations

import pytest

from scrapers.detection import analyze
from scrapers.detection.normalise import normalise
from scrapers.models import Post

TARGETS = frozenset({"#ad", "#spon", "werbung", "ad"})


@pytest.mark.parametrize(
    ("text", "normalised", "rule"),
    [
        ("Top! #a\u200bd", "Top! #ad", "obfuscation.zero_width"),
        ("Nieuw #\u0430d", "Nieuw #ad", "obfuscation.homoglyph"),
        ("Love it #a d", "Love it #ad", "obfuscation.spaced_letters"),
        ("Neu # spon", "Neu #spon", "obfuscation.spaced_letters"),
        ("W e r b u n g | Mein Rad", "Werbung | Mein Rad", "obfuscation.spaced_letters"),
        ("𝗔𝗗 new bag", "AD new bag", "obfuscation.styled_text"),
    ],
)
def test_obfuscation_is_recorded(text: str, normalised: str, rule: str) -> None:
    result = normalise(text, TARGETS)
    assert result.text == normalised
    assert rule in [s.rule for s in result.signals]


def test_offsets_map_back_to_the_original() -> None:
    text = "Top! #a\u200bd"
    result = normalise(text)
    assert text[result.to_original(5)] == "#"
    assert text[result.to_original(7)] == "d"


def test_plain_text_is_untouched() -> None:
    result = normalise("Café met taart en koffie", TARGETS)
    assert result.text == "Café met taart en koffie"
    assert result.signals == () and result.origin is None


def test_an_obfuscated_disclosure_counts_but_is_flagged() -> None:
    verdict = analyze(Post("#a d Mijn nieuwe fiets van @vanmoof", platform="instagram"))
    assert verdict.disclosed
    assert verdict.verdict == "unclear_disclosure"
    assert "obfuscated_label" in verdict.problems


@pytest.mark.parametrize(
    "text",
    ["SEMI DE BORDEAUX ✅ 1h42 🏃\u200d♀️💨 les jambes en béton 😵\u200d💫 #running",
     "Onze familie 👩\u200d👩\u200d👧 op vakantie #zomer", "\ufeffGewoon een zondag",
     "ℹ️ Tip: de oven eerst voorverwarmen"],
)
def test_emoji_sequences_and_stray_marks_are_not_obfuscation(text: str) -> None:
    """U+200D joins emoji, a byte-order mark opens some files and "ℹ" is a symbol that NFKC
    spells "i": nothing is hidden there."""
    result = normalise(text, TARGETS)
    assert "\u200d" not in result.text and "\ufeff" not in result.text
    assert result.signals == ()
    assert analyze(Post(text, platform="instagram")).signals == ()
