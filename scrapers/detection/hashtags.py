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

from scrapers.detection.document import Document
from scrapers.detection.lexicon import Entry
from scrapers.models import Signal

HASHTAG = re.compile(r"#[^\W_][\w]*")
CLASS_WEIGHT = {"label": 1.0, "statement": 0.9, "weak": 0.5}


def find_disclosure_hashtags(doc: Document) -> list[Signal]:
    """A ``disclosure`` signal for each hashtag the lexicon knows as a disclosure."""
    if "#" not in doc.text:
        return []
    signals = []
    for match in HASHTAG.finditer(doc.lowered):
        entry = _lookup(match.group(), doc)
        if entry is None:
            continue
        rule = "disclosure.hashtag_unclear" if entry.cls == "weak" else "disclosure.hashtag"
        signals.append(Signal("disclosure", rule, doc.text[match.start():match.end()],
                              CLASS_WEIGHT[entry.cls], match.start(), match.end(), entry.label))
    return signals


def _lookup(tag: str, doc: Document) -> Entry | None:
    entry = doc.lexicon.hashtags.get(tag)
    if entry is not None:
        return entry
    for suffix, suffixed in doc.lexicon.hashtag_suffixes.items():
        if tag.endswith(suffix) and len(tag) > len(suffix) + 2:
            return suffixed
    return None


def hashtag_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every hashtag in ``text``.

    >>> hashtag_spans("a #b #c")
    [(2, 4), (5, 7)]
    """
    return [(m.start(), m.end()) for m in HASHTAG.finditer(text)]
