"""Discount codes: "code JANNA15", "kortingscode: ZOMER20", "Rabattcode LISA10", "code promo MARIE".

A code is a token after a code keyword that looks like a code — letters with digits,
or capitals of three or more — so "dress code" and "de code is simpel" do not count.

>>> from scrapers.detection.document import read_document
>>> [s.detail for s in find_discount_codes(read_document("15% korting met code JANNA15!"))]
['JANNA15']
>>> [s.detail for s in find_discount_codes(read_document("Mit dem Rabattcode: SOMMER spart ihr"))]
['SOMMER']
>>> find_discount_codes(read_document("The dress code was black tie"))
[]
"""

from __future__ import annotations

import re

from scrapers.detection.document import Document
from scrapers.models import Signal

_TOKEN = re.compile(
    r"[ \t]*(?:[:=\-–][ \t]*|(?:is|ist|est|:)[ \t]+)?[\"'“‘«„]?[ \t]*"
    r"([A-Za-z0-9][A-Za-z0-9_\-]{2,23})(?!\w)"
)
NOT_CODES = frozenset({"CODE", "CODES", "PROMO", "HTML", "HTTP", "HTTPS", "WWW", "QR", "OFF", "THE",
                       "AND", "ALL", "GET", "NOW", "NEW", "DIE", "DER", "DAS", "UND", "VAN", "HET",
                       "EEN", "LES", "DES", "UNE", "SUR", "PDF", "URL", "API", "CSS", "SQL",
                       "KORTING", "RABATT", "DISCOUNT", "USE", "FOR", "GEBRUIK", "VOOR", "MET"})


def looks_like_code(token: str) -> bool:
    """Letters with digits (JANNA15) or capitals of three or more (SOMMER).

    >>> looks_like_code("JANNA15"), looks_like_code("Hello"), looks_like_code("2024")
    (True, False, False)
    """
    if token.upper() in NOT_CODES:
        return False
    has_digit = any(c.isdigit() for c in token)
    has_alpha = any(c.isalpha() for c in token)
    if has_digit and has_alpha:
        return True
    return has_alpha and token.isupper() and len(token) >= 3


def find_discount_codes(doc: Document) -> list[Signal]:
    """A ``commercial.discount_code`` signal per code keyword followed by a code."""
    signals: list[Signal] = []
    for hit in doc.hits_in("code_keyword"):
        match = _TOKEN.match(doc.text, hit.end)
        if match is None or not looks_like_code(match.group(1)):
            continue
        if signals and signals[-1].end == match.end(1):
            continue  # "promo code X": "code" and "promo code" end on the same token
        signals.append(Signal("commercial", "commercial.discount_code",
                              doc.text[hit.start:match.end(1)], 1.0, hit.start, match.end(1),
                              match.group(1)))
    return signals
