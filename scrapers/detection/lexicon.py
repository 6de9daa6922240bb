"""The detector's phrase knowledge, loaded once from ``data/lexicon.yaml`` and compiled.

All phrase lists (disclosures, commercial evidence, guards, code keywords) go into
one Aho-Corasick automaton, so a post is scanned once whatever the list sizes —
that is what makes ≥30,000 posts/s possible.  Matches are kept only on word
boundaries: ``sponsored by`` does not fire inside ``unsponsored bytes``.

>>> lex = load_lexicon()
>>> [h.entry.group for h in scan("niet gesponsord, zelf gekocht", lex)]
['negation', 'disclosure_label', 'self_bought']
>>> lex.hashtags["#adv"].label
'#adv'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, Final, NamedTuple

import ahocorasick
import yaml

from scrapers.detection.literal_gate import PatternGate

GUARD_GROUPS: Final = ("negation", "unpaid", "self_bought", "opinion", "about_advertising",
                       "about_advertising_strong", "policy_title", "policy_site",
                       "policy_terms", "self_reference", "example", "offer_cue",
                       "satire", "response", "rule_cue", "talk_cue", "code_cue")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: a pattern and what it means when found."""

    group: str
    """``disclosure_phrase``, ``disclosure_label``, ``commercial``, ``code_keyword``, or a guard."""
    pattern: str
    label: str = ""
    """Canonical label a rulebook judges (disclosures only)."""
    lang: str = ""
    cls: str = ""
    """``label``, ``statement`` or ``weak`` (disclosures only)."""
    kind: str = ""
    rule: str = ""
    weight: float = 0.0


class Hit(NamedTuple):
    """A lexicon entry found at ``[start, end)`` of the normalised text (many per post)."""

    start: int
    end: int
    entry: Entry


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Compiled lexicon; build it with :func:`load_lexicon`."""

    version: str
    automaton: Any
    """``ahocorasick.Automaton``: lower-case pattern -> (length, entries, word-start, word-end)."""
    labels: tuple[Entry, ...]
    """Bare labels that count only in label position."""
    hashtags: MappingProxyType[str, Entry]
    hashtag_suffixes: MappingProxyType[str, Entry]
    suffix_tuple: tuple[str, ...]
    stopwords: MappingProxyType[str, frozenset[str]]
    stopword_languages: MappingProxyType[str, tuple[int, ...]]
    """Function word -> positions (in ``stopwords`` order) of the languages it belongs to."""
    stopword_order: tuple[str, ...]
    """The languages of ``stopwords``, in order (position -> language code)."""
    spaced_targets: frozenset[str]
    """Words that spaced letters are collapsed into (see ``normalise``)."""
    label_kinds: MappingProxyType[str, str]
    """Canonical label -> kind of commerce it discloses (``sponsored``, ``affiliate``, …)."""
    label_languages: MappingProxyType[str, str]
    """Canonical label -> the language it is written in."""
    example_adjacent: re.Pattern[str]
    """Matches a word that, right before a label, makes it a mention ("een post met #spon").

    A regular expression run only before found disclosures: these words are too common
    to put in the automaton."""
    example_adjacent_reversed: re.Pattern[str]
    """The same pattern for the reversed text, anchored at its start: one ``match`` instead
    of a search at every position (``guards.examples.example_word_before``)."""
    example_adjacent_endings: tuple[str, ...]
    """The same words case-folded, for ``str.endswith``: a window whose end is none of them
    (most are) needs no pattern at all."""
    shop_link_cue: re.Pattern[str]
    """A shopping call that labels a link ("Buy it here:", "iTunes:"); see ``shop_links``."""
    link_call_cue: re.Pattern[str]
    """A call to click ("Click link:", "Go here @") that makes a product-like label a shop link."""
    not_product_label: re.Pattern[str]
    """A link label that is social or editorial ("Subscribe:", "Part 2:"), not a product."""
    app_link_cue: re.Pattern[str]
    """An app's signature before its referral link ("Created using Video Star:")."""
    cue_gate: PatternGate
    """Which of the four link-label patterns above can match a lower-cased text: long
    case-insensitive alternations, tried at every position of a label otherwise."""

    def names_a_suffix(self, lowered: str) -> bool:
        """Whether a hashtag suffix ("partner", "sponsored", …) occurs anywhere in ``lowered``:
        only then can a hashtag end in one (``#nikepartner``). Nine ``in`` tests: compiled,
        half the time of one alternation's scan."""
        return any(suffix in lowered for suffix in self.suffix_tuple)


EXAMPLE_QUOTES: Final = "\"“‘'«„"
"""The one opening quote ``example_adjacent`` allows between its word and the label."""


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@lru_cache(maxsize=1)
def lexicon_data() -> dict[str, Any]:
    """``data/lexicon.yaml`` parsed once per process (~0.15 s): the compiled lexicon and the
    guards' cue lists both read it. Shared: callers must not modify it."""
    path = files("scrapers.detection").joinpath("data", "lexicon.yaml")
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    return data


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Parse and compile the shipped lexicon (once per process)."""
    raw = lexicon_data()
    entries = _entries(raw)
    automaton = ahocorasick.Automaton()
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        grouped.setdefault(entry.pattern, []).append(entry)
    for pattern, items in grouped.items():
        # A hashtag needs a boundary before its "#" too: "ad#ad-2" is a shortcode, not "#ad".
        word_start = _is_word(pattern[0]) or pattern[0] == "#"
        automaton.add_word(pattern, (len(pattern), tuple(items), word_start,
                                     _is_word(pattern[-1])))
    automaton.make_automaton()
    labels = tuple(Entry("disclosure_label", str(p), str(lb), lang, cls, kind)
                   for p, lb, lang, cls, kind in raw["disclosure_labels"])
    hashtags = {tag: Entry("hashtag", tag, lb, lang, cls, kind)
                for tag, (lb, lang, cls, kind) in raw["hashtags"].items()}
    suffixes = {suffix: Entry("hashtag", suffix, lb, "", cls, kind)
                for suffix, (lb, cls, kind) in raw["hashtag_suffixes"].items()}
    shop_link_cue, link_call_cue, not_product_label, app_link_cue = (
        _alternation(raw[key]) for key in ("shop_link_cues", "link_call_cues",
                                           "not_product_labels", "app_link_cues"))
    return Lexicon(
        version=str(raw["version"]),
        automaton=automaton,
        labels=labels,
        hashtags=MappingProxyType(hashtags),
        hashtag_suffixes=MappingProxyType(suffixes),
        suffix_tuple=tuple(suffixes),
        stopwords=MappingProxyType({lang: frozenset(words)
                                    for lang, words in raw["stopwords"].items()}),
        stopword_languages=MappingProxyType(_stopword_index(raw["stopwords"])),
        stopword_order=tuple(raw["stopwords"]),
        spaced_targets=frozenset(hashtags) | {e.pattern for e in labels},
        label_kinds=MappingProxyType(_label_field(entries, "kind", hashtags, suffixes)),
        label_languages=MappingProxyType(_label_field(entries, "lang", hashtags)),
        example_adjacent=re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(str(w)) for w in raw["guards"]["example_adjacent"])
            + r")\s*[" + EXAMPLE_QUOTES + r"]?\s*$", re.IGNORECASE),
        example_adjacent_reversed=re.compile(
            r"\s*[" + EXAMPLE_QUOTES + r"]?\s*(?:"
            + "|".join(re.escape(str(w)[::-1]) for w in raw["guards"]["example_adjacent"])
            + r")(?!\w)", re.IGNORECASE),
        example_adjacent_endings=tuple(str(w).casefold()
                                       for w in raw["guards"]["example_adjacent"]),
        shop_link_cue=shop_link_cue,
        link_call_cue=link_call_cue,
        not_product_label=not_product_label,
        app_link_cue=app_link_cue,
        cue_gate=PatternGate([shop_link_cue, link_call_cue, not_product_label, app_link_cue]),
    )


def _alternation(fragments: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any fragment between word boundaries."""
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{f})" for f in fragments) + r")(?!\w)",
                      re.IGNORECASE)


def _stopword_index(stopwords: dict[str, list[str]]) -> dict[str, tuple[int, ...]]:
    index: dict[str, tuple[int, ...]] = {}
    for position, words in enumerate(stopwords.values()):
        for word in frozenset(words):
            index[word] = (*index.get(word, ()), position)
    return index


def _label_field(entries: list[Entry], name: str, *tables: dict[str, Entry]) -> dict[str, str]:
    """Canonical label -> the first non-empty ``name`` field among entries with that label."""
    found: dict[str, str] = {}
    for entry in [*entries, *(e for table in tables for e in table.values())]:
        value = getattr(entry, name)
        if entry.label and value:
            found.setdefault(entry.label, value)
    return found


def _entries(raw: dict[str, Any]) -> list[Entry]:
    entries = [Entry("disclosure_phrase", str(p), str(lb), lang, cls, kind)
               for p, lb, lang, cls, kind in raw["disclosure_phrases"]]
    entries += [Entry("disclosure_label", str(p), str(lb), lang, cls, kind)
                for p, lb, lang, cls, kind in raw["disclosure_labels"]]
    entries += [Entry("commercial", str(p), rule=rule, kind=kind, weight=float(w))
                for p, rule, kind, w in raw["commercial"]]
    entries += [Entry("code_keyword", str(p)) for p in raw["code_keywords"]]
    entries += [Entry("hashtag", tag, lb, lang, cls, kind)
                for tag, (lb, lang, cls, kind) in raw["hashtags"].items()]
    for group in GUARD_GROUPS:
        entries += [Entry(group, str(p)) for p in raw["guards"][group]]
    return entries


def scan(lowered: str, lexicon: Lexicon) -> tuple[Hit, ...]:
    """Every lexicon match in ``lowered`` (already lower-cased) that sits on word boundaries.

    A match preceded by ``#`` or ``@`` is part of a hashtag or handle and is skipped.
    Hot path (every post): one plain loop over the automaton's matches with the word test
    of :func:`_is_word` inlined, and hits built with ``tuple.__new__``, skipping the named
    tuple's Python-level constructor.

    >>> [h.entry.pattern for h in scan("#adventure, not sponsored", load_lexicon())]
    ['not sponsored', 'sponsored']
    """
    hits: list[Hit] = []
    append = hits.append
    make = tuple.__new__
    size = len(lowered)
    for last, (length, entries, word_start, word_end) in lexicon.automaton.iter(lowered):
        start = last - length + 1
        if start:
            before = lowered[start - 1]
            if before in "#@" or (word_start and (before.isalnum() or before == "_")):
                continue
        end = last + 1
        if word_end and end < size:
            after = lowered[end]
            if after.isalnum() or after == "_":
                continue
        for entry in entries:
            append(make(Hit, (start, end, entry)))
    return tuple(hits)
