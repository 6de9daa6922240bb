"""Commercial evidence that does not itself tell the reader: gifts, partnerships, giveaways,
a tagged brand's own promotion page, and the sales pitch that closes an unlabelled
advertorial (``pitch``).

>>> from scrapers.detection.document import read_document
>>> [(s.rule, s.detail) for s in find_commercial_evidence(read_document("Jurk c/o @mango"))]
[('commercial.gifted', 'gifted')]
>>> [s.weight for s in find_commercial_evidence(read_document("GIVEAWAY met @lush!"))]
[1.0]
"""

from __future__ import annotations

import re
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.offers import HANDLE, amazon_finds, find_offers, find_own_offer_page
from scrapers.detection.pitch import find_sales_pitch
from scrapers.models import Signal

GIVEAWAY_WITH_TAG: Final = 0.6
"""Extra weight for a giveaway that tags an account: the brand behind the prize."""
TAG_REACH: Final = 300
"""How far from the giveaway word the tagged account may stand."""


def find_commercial_evidence(doc: Document) -> list[Signal]:
    """A ``commercial`` signal per gifted, partnership, shop-call, giveaway or discount phrase."""
    signals = []
    for hit in doc.hits_in("commercial"):
        entry = hit.entry
        weight = entry.weight
        if entry.rule == "commercial.giveaway" and _IDIOM.search(
                doc.lowered, max(0, hit.start - 5), hit.end + 20) is not None:
            continue  # "a dead giveaway", "the code is the giveaway that there's a deal"
        if entry.rule == "commercial.giveaway" and _tags_nearby(doc.text, hit.start, hit.end):
            weight = round(weight + GIVEAWAY_WITH_TAG, 2)
        signals.append(Signal("commercial", entry.rule, doc.text[hit.start:hit.end], weight,
                              hit.start, hit.end, entry.kind))
    return (signals + find_offers(doc) + find_sales_pitch(doc) + find_own_offer_page(doc)
            + amazon_finds(doc))


_IDIOM: Final = re.compile(r"dead giveaway|giveaway that there(?:'s| is| was)")
""""Giveaway" as a tell, not a contest (gardenia): "the discount code is the giveaway that
there's a commercial deal"."""


def _tags_nearby(text: str, start: int, end: int) -> bool:
    low, high = max(0, start - TAG_REACH), end + TAG_REACH
    if "@" in text and HANDLE.search(text, low, high) is not None:
        return True
    return _WITH_SPONSOR.search(text, low, high) is not None


_WITH_SPONSOR: Final = re.compile(
    r"(?<!\w)(?:namens|zusammen mit|gemeinsam mit|together with|in samenwerking met|avec|mit|met|"
    r"with)\s+(?:(?:la|le|les|l'|de|het|der|die|dem|den|the)\s+)?[A-ZÄÖÜÉ][\w'-]+")
"""A giveaway run with a named business ("verlosung machen wir zusammen mit Möbel Lindner")."""
