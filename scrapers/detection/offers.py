"""Brand gifts and follower offers that no fixed phrase catches: they are shapes, not words.

- thanks to a tagged account *for a parcel*: "Thanks @knuffelkoffie voor dit pakketje!",
  "Danke @kaffeekommune für das riesige Paket", "Merci @biscuiterie pour ce colis";
- a tagged brand, a perk for the followers and a way to claim it: "@ecobudget.app … Lien
  dans ma bio pour 1 mois premium offert", "Download via spaarvarken.app/joost en je
  krijgt €10 startbonus".

Both are commercial evidence that does not tell the reader (family ``commercial``), so an
otherwise silent post comes out ``undisclosed``.

>>> from scrapers.detection.document import read_document
>>> [(s.rule, s.text) for s in find_offers(read_document("Merci @doree pour ce colis 😍"))]
[('commercial.gifted', 'Merci @doree pour ce colis')]
"""

from __future__ import annotations

import re

from scrapers.detection.document import Document
from scrapers.models import Signal

_THANKS_FOR_PARCEL = re.compile(
    r"(?<!\w)(?:thanks?(?: you)?|thx|bedankt|dankjewel|dankuwel|dank je wel|dank je|danke(?: dir)?|"
    r"vielen dank|merci(?: beaucoup)?)\s*,?\s*(?:to\s+)?@[\w.]+\s*,?\s*"
    r"(?:for|voor|für|fürs|pour)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:pakket\w*|pakje\w*|paket\w*|päckchen|colis|package|parcel|box|gift|gifts|goodies|"
    r"cadeau\w*|geschenk\w*|surprise|überraschung|sending|opsturen|toesturen|zuschicken|l'envoi)"
    r"(?!\w)"
)
_OCCASION = re.compile(
    r"(?:birthday|verjaardag|geburtstag|anniversaire|christmas|kerst|weihnacht|noël|wedding|"
    r"bruiloft|hochzeit|mariage)")
"""A present for a personal occasion ("thanks @mom for the birthday gift") is no PR parcel."""
_HANDLE = re.compile(r"(?<![\w.])@\w")
_PERK = re.compile(
    r"(?<!\w)(?<!my )(?<!mijn )(?<!mein )(?<!meine )(?<!mon )(?<!ma )"
    r"(?:gratis|free|offert|offerte|kostenlos|bonus|\w*bonus|startbonus|premium|"
    r"korting|rabatt|réduction|remise|\d+\s?%\s?(?:off|korting|rabatt|de réduction))(?!\w)"
)
_CLAIM = re.compile(
    r"(?<!\w)(?:link in (?:bio|my bio|mijn bio|meiner bio)|lien dans (?:ma|la) bio|"
    r"download(?:en)? via|télécharge\w* via|via (?:mijn|meinen|my|mon) link|swipe up|"
    r"(?:mit|with|met|avec) (?:dem |de |le )?code|\w+\.app/\w+)(?!\w)"
)
PERK_REACH = 120
"""How far apart the perk and the way to claim it may stand."""
FOLLOWER_OFFER_WEIGHT = 1.0
"""A tagged brand plus a claimable perk is as telling as a discount code."""


def find_offers(doc: Document) -> list[Signal]:
    """``commercial.gifted`` for thanks-for-a-parcel, ``commercial.follower_offer`` for perks."""
    if "@" not in doc.text or not doc.hits_in("offer_cue"):
        return []
    signals = [Signal("commercial", "commercial.gifted", doc.text[m.start():m.end()], 1.0,
                      m.start(), m.end(), "gifted")
               for m in _THANKS_FOR_PARCEL.finditer(doc.lowered)
               if _OCCASION.search(m.group()) is None]
    offer = follower_offer(doc)
    if offer is not None:
        signals.append(offer)
    return signals


def follower_offer(doc: Document) -> Signal | None:
    """A perk ("3 Monate Premium gratis") near a way to claim it, in a text tagging a brand.

    >>> from scrapers.detection.document import read_document
    >>> text = "@finanzfuchs.app sortiert alles. Link in meiner Bio → 3 Monate Premium gratis"
    >>> follower_offer(read_document(text)).text
    'Link in meiner Bio → 3 Monate Premium'
    >>> follower_offer(read_document("Link in bio for my free e-book!")) is None
    True
    """
    if _HANDLE.search(doc.text) is None:
        return None
    lowered = doc.lowered
    for claim in _CLAIM.finditer(lowered):
        perk = _PERK.search(lowered, max(0, claim.start() - PERK_REACH), claim.end() + PERK_REACH)
        if perk is not None:
            start, end = min(claim.start(), perk.start()), max(claim.end(), perk.end())
            return Signal("commercial", "commercial.follower_offer", doc.text[start:end],
                          FOLLOWER_OFFER_WEIGHT, start, end, "sponsored")
    return None
