"""Disclosure hashtags: ``#ad``, ``#adv``, ``#spon``, ``#werbung``, ``#nikepartner`` …

Hashtags are compared whole, so ``#ad`` never fires inside ``#adventure``.

>>> from scrapers.detection.document import read_document
>>> [(s.text, s.detail) for s in find_disclosure_hashtags(read_document("Zomer! #adv #adventure"))]
[('#adv', '#adv')]
>>> [s.rule for s in find_disclosure_hashtags(read_document("Dank! #nikepartner"))]
['disclosure.hashtag_unclear']
"""

from __future__ import annotations

import re
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.lexicon import Entry
from scrapers.models import Signal

HASHTAG: Final = re.compile(r"#[^\W_][\w]*")
CLASS_WEIGHT: Final = {"label": 1.0, "statement": 0.9, "weak": 0.5}
NEGATING_PREFIXES: Final = (
    "#un", "#non", "#not", "#no", "#niet", "#nicht", "#kein", "#pas", "#geen")
"""A partnership word after one of these denies it: "#unsponsored", "#notsponsored",
"#nichtgesponsert" (marigold)."""


def find_disclosure_hashtags(doc: Document) -> list[Signal]:
    """A ``disclosure`` signal for each hashtag the lexicon knows as a disclosure.

    Exact hashtags come from the lexicon scan (whole-word matches); hashtags that
    *end* in a partnership word (``#nikepartner``) are looked for only when such a
    word occurs at all.
    """
    if "#" not in doc.text:
        return []
    hits = doc.hits_in("hashtag")
    suffixed = doc.lexicon.names_a_suffix(doc.lowered)
    if not (hits or suffixed):
        return []
    found = [(h.start, h.end, h.entry) for h in hits]
    if suffixed:
        found += _suffixed(doc, {start for start, _end, _entry in found})
    if len(found) > 1:
        found.sort(key=lambda item: item[0])
    return [Signal("disclosure",
                   "disclosure.hashtag_unclear" if entry.cls == "weak" else "disclosure.hashtag",
                   doc.text[start:end], CLASS_WEIGHT[entry.cls], start, end, entry.label)
            for start, end, entry in found]


def _suffixed(doc: Document, taken: set[int]) -> list[tuple[int, int, Entry]]:
    out = []
    for match in HASHTAG.finditer(doc.lowered):
        tag = match.group()
        if match.start() in taken or tag in doc.lexicon.hashtags:
            continue
        for suffix, entry in doc.lexicon.hashtag_suffixes.items():
            if tag.endswith(suffix) and len(tag) > len(suffix) + 2 \
                    and tag[:-len(suffix)] not in NEGATING_PREFIXES:
                out.append((match.start(), match.end(), entry))
                break
    return out


def hashtag_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every hashtag in ``text``.

    >>> hashtag_spans("a #b #c")
    [(2, 4), (5, 7)]
    """
    return [(m.start(), m.end()) for m in HASHTAG.finditer(text)]
