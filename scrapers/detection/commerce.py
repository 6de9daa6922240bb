"""Commercial evidence that does not itself tell the reader: gifts, partnerships, giveaways.

>>> from scrapers.detection.document import read_document
>>> [(s.rule, s.detail) for s in find_commercial_evidence(read_document("Jurk c/o @mango"))]
[('commercial.gifted', 'gifted')]
>>> [s.weight for s in find_commercial_evidence(read_document("GIVEAWAY met @lush!"))]
[1.0]
"""

from __future__ import annotations

from scrapers.detection.document import Document
from scrapers.models import Signal

GIVEAWAY_WITH_TAG = 0.6
"""Extra weight for a giveaway that tags an account: the brand behind the prize."""


def find_commercial_evidence(doc: Document) -> list[Signal]:
    """A ``commercial`` signal per gifted, partnership, shop-call, giveaway or discount phrase."""
    signals = []
    for hit in doc.hits_in("commercial"):
        entry = hit.entry
        weight = entry.weight
        if entry.rule == "commercial.giveaway" and "@" in doc.text:
            weight = round(weight + GIVEAWAY_WITH_TAG, 2)
        signals.append(Signal("commercial", entry.rule, doc.text[hit.start:hit.end], weight,
                              hit.start, hit.end, entry.kind))
    return signals
