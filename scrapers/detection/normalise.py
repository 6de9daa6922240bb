"""Normalise a post's text before matching, and record every trick it undoes.

Disclosures are sometimes written so that people still read them but filters do
not: zero-width characters inside ``#ad``, a Cyrillic ``а`` in ``#аd``, spaced
letters (``#a d``), "styled" Unicode letters (𝗔𝗗).  Normalisation undoes these so
that the finders see the label, and every undoing is *recorded* as an
``obfuscation`` signal — never fixed silently.  Spans of all signals refer to the
normalised text; :attr:`Normalised.origin` maps them back to the original.

>>> n = normalise("Top! #a\u200bd")
>>> n.text, [s.rule for s in n.signals]
('Top! #ad', ['obfuscation.zero_width'])
>>> n.to_original(7)
8
>>> normalise("plain ascii text").signals
()
>>> normalise("Record! 🏃\u200d♀️ #running").signals  # an emoji sequence hides nothing
()
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import Final, NamedTuple

from scrapers.models import Signal

ZERO_WIDTH: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")
"""Invisible characters that split a word without showing."""

HOMOGLYPHS: dict[str, str] = dict(
    zip(
        "аеорсухіјԁѕɑοναΑВЕКМНОРСТХΑΒΕΖΗΙΚΜΝΟΡΤΧΥ",
        "aeopcyxijdsaovaABEKMHOPCTXABEZHIKMNOPTXY",
        strict=True,
    )
)
"""Cyrillic and Greek letters that look like Latin ones; folded only inside Latin words."""

_SPACED: Final = re.compile(r"(?<![\w#])(#\s?)?((?:[^\W\d_][ .\-_*·]){1,20}[^\W\d_])(?!\w)")
_HASH_GAP: Final = re.compile(r"#\s+([^\W\d_]{2,20})(?!\w)")
SPACED_HINT_TOKENS: Final = frozenset("bcdfghjklmnpqrstvwxz#")\
    | {f"#{c}" for c in "abcdefghijklmnopqrstuvwxyz"}
"""Tokens that betray spaced letters ("#a d", "s p o n"): a lone consonant, a bare or short "#"."""
_SPACED_HINT: Final = re.compile(r"(?<!\w)[^\W\d_][ .\-_*·][^\W\d_](?!\w)|#\s")
_WORD: Final = re.compile(r"[#\w]+")
_SUSPECT: Final = re.compile("[" + "".join(sorted(ZERO_WIDTH | set(HOMOGLYPHS))) + "]")


class Normalised(NamedTuple):
    """The text the finders read, with a map back to the original (built for every post)."""

    text: str
    origin: tuple[int, ...] | None
    """``origin[i]`` is the original index of normalised character ``i``; ``None`` = identity."""
    signals: tuple[Signal, ...]

    def to_original(self, index: int) -> int:
        """Map an offset in the normalised text to the original text."""
        if self.origin is None:
            return index
        if index >= len(self.origin):
            return (self.origin[-1] + 1) if self.origin else 0
        return self.origin[index]


def normalise(text: str, spaced_targets: Collection[str] = (),
              tokens: Collection[str] | None = None) -> Normalised:
    """Return the normalised text and an ``obfuscation`` signal for each trick undone.

    ``spaced_targets`` are the lower-case words (``ad``, ``#ad``, ``werbung``) that spaced
    letters are collapsed into; other spaced letters are left alone.  ``tokens``, the
    lower-case whitespace tokens of ``text`` when the caller has them, make the check
    for spaced letters a set lookup instead of a regular-expression scan.
    """
    signals: list[Signal] = []
    origin: list[int] | None = None
    if not text.isascii() and _needs_unicode_pass(text):
        text, origin = _unicode_pass(text, signals)
        tokens = None
    if spaced_targets and _may_be_spaced(text, tokens):
        text, origin = _collapse_spaced(text, origin, spaced_targets, signals)
    return Normalised(text, tuple(origin) if origin is not None else None, tuple(signals))


def _may_be_spaced(text: str, tokens: Collection[str] | None) -> bool:
    if tokens is None:
        return _SPACED_HINT.search(text) is not None
    return not SPACED_HINT_TOKENS.isdisjoint(tokens)


def _needs_unicode_pass(text: str) -> bool:
    """Cheap C-level checks: most non-ASCII posts (accents, emoji) need nothing undone."""
    return (not unicodedata.is_normalized("NFKC", text) or _SUSPECT.search(text) is not None)


def can_skip_unicode_pass(text: str) -> bool:
    """Whether a non-ASCII ``text`` has nothing for the Unicode pass to undo (no signal)."""
    return not _needs_unicode_pass(text)


def _unicode_pass(text: str, signals: list[Signal]) -> tuple[str, list[int]]:
    """NFKC per character, zero-width removal and homoglyph folding, keeping the offset map."""
    out: list[str] = []
    origin: list[int] = []
    styled_at: int | None = None
    for index, char in enumerate(text):
        if char in ZERO_WIDTH:
            if _splits_word(text, index):
                _record(signals, "obfuscation.zero_width", len(out), f"U+{ord(char):04X}")
            continue
        if char.isascii():
            out.append(char)
            origin.append(index)
            continue
        if unicodedata.combining(char) and out:
            composed = unicodedata.normalize("NFC", out[-1] + char)
            if len(composed) == 1:
                out[-1] = composed
                continue
        folded = unicodedata.normalize("NFKC", char)
        if styled_at is None and _styled(char, folded) and (
                _styled(text[index - 1:index]) or _styled(text[index + 1:index + 2])):
            styled_at = len(out)  # a word of styled letters, not one symbol such as "ℹ"
        out.extend(folded)
        origin.extend([index] * len(folded))
    result = "".join(out)
    if styled_at is not None:
        signals.append(Signal("obfuscation", "obfuscation.styled_text",
                              result[styled_at:styled_at + 1], 0.0, styled_at, styled_at + 1,
                              "nfkc"))
    return _fold_homoglyphs(result, signals), origin


def _styled(char: str, folded: str | None = None) -> bool:
    """Whether ``char`` is a styled letter (𝗔, ｄ) that NFKC turns into a plain ASCII one."""
    if not char or char.isascii() or not char.isalpha():
        return False
    folded = unicodedata.normalize("NFKC", char) if folded is None else folded
    return folded != char and folded.isascii()


def _splits_word(text: str, index: int) -> bool:
    """Whether the invisible character at ``index`` stands inside a word (``#a\u200bd``).

    Emoji sequences join their parts with U+200D (🏃‍♀️, 👩‍👩‍👧) and text may end on a
    stray U+FEFF: removed like any other, but nothing is hidden there, so no signal.
    """
    after = index + 1
    while after < len(text) and text[after] in ZERO_WIDTH:
        after += 1
    before = text[index - 1] if index else ""
    return (before.isalnum() or before in ("#", "@")) and after < len(text) \
        and text[after].isalnum()


def _fold_homoglyphs(text: str, signals: list[Signal]) -> str:
    if not any(char in HOMOGLYPHS for char in text):
        return text
    chars = list(text)
    for match in _WORD.finditer(text):
        word = match.group()
        if any(c in HOMOGLYPHS for c in word) and any(c.isascii() and c.isalpha() for c in word):
            fixed = "".join(HOMOGLYPHS.get(c, c) for c in word)
            chars[match.start():match.end()] = fixed
            signals.append(Signal("obfuscation", "obfuscation.homoglyph", fixed, 0.0,
                                  match.start(), match.end(), word))
    return "".join(chars)


def _collapse_spaced(
    text: str, origin: list[int] | None, targets: Collection[str], signals: list[Signal]
) -> tuple[str, list[int] | None]:
    """Join ``#a d`` / ``A.D`` / ``# ad`` into ``#ad`` when the result is a known label."""
    edits: list[tuple[int, int, str]] = []
    for match in _SPACED.finditer(text):
        joined = (match.group(1) or "").strip() + re.sub(r"[ .\-_*·]", "", match.group(2))
        if joined.lower() in targets:
            edits.append((match.start(), match.end(), joined))
    for match in _HASH_GAP.finditer(text):
        joined = "#" + match.group(1)
        if joined.lower() in targets and not any(s <= match.start() < e for s, e, _ in edits):
            edits.append((match.start(), match.end(), joined))
    if not edits:
        return text, origin
    base = origin if origin is not None else list(range(len(text)))
    out, new_origin, cursor = [], [], 0
    for start, end, joined in sorted(edits):
        out.append(text[cursor:start])
        new_origin.extend(base[cursor:start])
        at = sum(len(part) for part in out)
        signals.append(Signal("obfuscation", "obfuscation.spaced_letters", joined, 0.0,
                              at, at + len(joined), text[start:end]))
        out.append(joined)
        new_origin.extend(base[start:start + len(joined)])
        cursor = end
    out.append(text[cursor:])
    new_origin.extend(base[cursor:])
    return "".join(out), new_origin


def _record(signals: list[Signal], rule: str, at: int, detail: str) -> None:
    """One signal per run of adjacent invisible characters."""
    if signals and signals[-1].rule == rule and signals[-1].start == at:
        return
    signals.append(Signal("obfuscation", rule, "", 0.0, at, at, detail))
