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

_THANKS = (r"(?<!\w)(?:thanks?(?: you)?|thank u|thx|ty|bedankt|dankjewel|dankuwel|dank je(?: wel)?|"
           r"danke(?: dir| euch)?|vielen (?:lieben )?dank|merci(?: beaucoup| mille fois)?)")
_GIFT_NOUNS = (r"(?:pakket\w*|pakje\w*|paket\w*|päckchen|colis|package|parcel|box|gift|gifts|"
               r"goodies|cadeau\w*|geschenk\w*|surprise|überraschung|sending|opsturen|toesturen|"
               r"zuschicken|l'envoi|samples?|proefjes|producten|products?|produkte?|produits?|"
               r"treats|kit|set|bundle)")
_THANKS_FOR_PARCEL = re.compile(
    _THANKS + r"(?:\s+[\w'’-]+){0,2}?\s*,?\s*(?:to\s+)?@[\w.]+\s*,?\s*"
    r"(?:for|voor|für|fürs|pour)\s+(?:[\w'’-]+\s+){0,3}?" + _GIFT_NOUNS + r"(?!\w)"
)
_PARCEL_FROM = re.compile(
    r"(?<!\w)(?:colis|paket\w*|päckchen|pakket\w*|pakje|package|parcel|pr[ -]?box|pr-paket|"
    r"pr package)\s+(?:de|du|von|vom|van|from|by)\s+@[\w.]+"
)
_THANKS_FOR_HOSTING = re.compile(
    _THANKS + r"(?:@[\w.]+|[^.!?\n]){0,60}?(?:for|voor|für|fürs|pour)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:uitnodiging|einladung|einladen|invitation|invite|inviting|having us|hosting us|hosting|"
    r"l'accueil|accueil|gastvrijheid|hospitality|gastfreundschaft)(?!\w)"
)
"""Thanks for an invitation or for having us: a hosted stay or meal."""
_OCCASION = re.compile(
    r"(?:birthday|verjaardag|geburtstag|anniversaire|christmas|kerst|weihnacht|noël|wedding|"
    r"bruiloft|hochzeit|mariage)")
"""A present for a personal occasion ("thanks @mom for the birthday gift") is no PR parcel."""
_HANDLE = re.compile(r"(?<![\w.])@\w")
_PERK = re.compile(
    r"(?<!\w)(?<!my )(?<!mijn )(?<!mein )(?<!meine )(?<!mon )(?<!ma )"
    r"(?:gratis|free|offert|offerte|kostenlos|bonus|\w*bonus|startbonus|premium|"
    r"korting|rabatt|réduction|remise|\d+\s?%\s?(?:off|korting|rabatt|de réduction)|"
    r"(?:ersten|first|eerste|premier) (?:monat|month|maand|mois))(?!\w)"
)
_CLAIM = re.compile(
    r"(?<!\w)(?:link in (?:bio|my bio|mijn bio|meiner bio)|lien dans (?:ma|la) bio|"
    r"download(?:en)? via|télécharge\w* via|via (?:mijn|meinen|my|mon) link|swipe up|"
    r"(?:mit|with|met|avec) (?:dem |de |le )?code|\w+\.app/\w+)(?!\w)"
)
_OWN_LINK_CLAIM = re.compile(
    r"(?<!\w)(?:über meinen link|via my link|with my link|using my link|through my link|"
    r"met mijn link|via mijn link|avec mon lien|via mon lien)(?!\w)"
)
"""Without a tagged brand only the creator's own link makes a perk an offer."""
PERK_REACH = 120
"""How far apart the perk and the way to claim it may stand."""
FOLLOWER_OFFER_WEIGHT = 1.0
"""A tagged brand plus a claimable perk is as telling as a discount code."""


def find_offers(doc: Document) -> list[Signal]:
    """``commercial.gifted`` for thanks-for-a-parcel, ``commercial.follower_offer`` for perks."""
    if not doc.hits_in("offer_cue"):
        return []
    lowered = doc.lowered
    tagged = _HANDLE.search(doc.text) is not None
    shapes = [_THANKS_FOR_PARCEL, _PARCEL_FROM] if tagged else []
    if tagged or "http" in lowered or "www." in lowered:
        shapes.append(_THANKS_FOR_HOSTING)
    signals = [Signal("commercial", "commercial.gifted", doc.text[m.start():m.end()], 1.0,
                      m.start(), m.end(), "gifted")
               for shape in shapes for m in shape.finditer(lowered)
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
    lowered = doc.lowered
    claims = _CLAIM if _HANDLE.search(doc.text) is not None else _OWN_LINK_CLAIM
    for claim in claims.finditer(lowered):
        perk = _PERK.search(lowered, max(0, claim.start() - PERK_REACH), claim.end() + PERK_REACH)
        if perk is not None:
            start, end = min(claim.start(), perk.start()), max(claim.end(), perk.end())
            return Signal("commercial", "commercial.follower_offer", doc.text[start:end],
                          FOLLOWER_OFFER_WEIGHT, start, end, "sponsored")
    return None
