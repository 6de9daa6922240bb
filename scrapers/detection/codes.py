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
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.links import WEB_ADDRESS
from scrapers.models import Signal

_TOKEN: Final = re.compile(
    r"[ \t]*(?:[:=\-–][ \t]*|(?:is|ist|est|:)[ \t]+)?[\"'“‘«„]?[ \t]*"
    r"([^\W_][\w\-]{2,23})(?!\w)"
)
"""The token after a code keyword; letters of any script count ("Code GELDGESPRÄCH")."""
NOT_CODES: Final = frozenset({
    "CODE", "CODES", "PROMO", "HTML", "HTTP", "HTTPS", "WWW", "QR", "OFF", "THE",
    "AND", "ALL", "GET", "NOW", "NEW", "DIE", "DER", "DAS", "UND", "VAN", "HET",
    "EEN", "LES", "DES", "UNE", "SUR", "PDF", "URL", "API", "CSS", "SQL",
    "KORTING", "RABATT", "DISCOUNT", "USE", "FOR", "GEBRUIK", "VOOR", "MET",
    "AMAZON", "GOOGLE", "APPLE", "NETFLIX", "SPOTIFY", "PAYPAL", "KLARNA",
    "PRIME", "YOUTUBE", "TIKTOK", "INSTAGRAM", "FACEBOOK", "TWITCH"})
"""Capitals that are words, shops or platforms, never a code."""


def looks_like_code(token: str) -> bool:
    """Letters with digits (JANNA15), capitals of three or more (SOMMER), or a collaboration's
    two names in capitals joined by a small x (MOOSBACHxMIA).

    >>> looks_like_code("JANNA15"), looks_like_code("Hello"), looks_like_code("2024")
    (True, False, False)
    >>> looks_like_code("MOOSBACHxMIA"), looks_like_code("Boxer")
    (True, False)
    """
    if token.upper() in NOT_CODES:
        return False
    has_digit = any(c.isdigit() for c in token)
    has_alpha = any(c.isalpha() for c in token)
    if has_digit and has_alpha:
        return True
    return has_alpha and len(token) >= 3 and (
        token.isupper() or _COLLAB_CODE.fullmatch(token) is not None)


_COLLAB_CODE: Final = re.compile(r"[A-Z0-9]{2,}x[A-Z0-9]{2,}")


_PERCENT: Final = re.compile(
    r"\d{1,2}\s?%\s?(?:korting|off|rabatt|de réduction|de remise|discount|sparen|reductie|"
    r"réduction|remise|günstiger|auf|op|sur|on|im|bei|bij|chez|dans|at|drauf|druf|avec|with|met|"
    r"mit)|"
    r"(?<![\w-])-\s?\d{1,2}\s?%|"
    r"(?:spart|saves?|sparen|économisez|bespaar|bespaart)(?:\s+(?:ihr|du|you|je|jullie|vous))?"
    r"(?:\s+[^\s.!?%]+){0,3}?\s+\d{1,2}\s?%",
    re.IGNORECASE)
_AMOUNT_OFF: Final = re.compile(
    r"\d{1,4}\s?(?:€|euro|\$|£)\s?(?:korting|off|rabatt|de réduc(?:tion)?|de remise|discount|"
    r"reductie|réduction|remise|günstiger)|(?:€|\$|£)\s?\d{1,4}\s?(?:off|korting|rabatt)",
    re.IGNORECASE)
"""A discount as an amount: "20 € Rabatt", "$30 off"."""
CURRENCIES: Final = ("€", "$", "£", "euro")
_BARE_CODE: Final = re.compile(r"(?<![\w@#/.])([A-Z][A-Z0-9]{1,15}\d{1,4})(?![\w/])")
_CAPS_TOKEN: Final = re.compile(r"(?<![\w@#/.])[A-Z][A-Z0-9]{2,15}(?:-[A-Z0-9]{2,10})?(?![\w/-])")
"""An upper-case token: where a bare code may stand (scanning for it first is cheap)."""
_BRINGS_BEFORE: Final = re.compile(r"(?:mit|with|met|avec)\s+$")
_FREE_WITH: Final = re.compile(
    r"(?:gratis|kostenlos|free|offerts?|gratuits?)\s+(?:mit|with|met|avec)\s+$")
"""A bare code right after what it gives for free: "3 Monate gratis mit FUCHS3"."""
_BRINGS_AFTER: Final = re.compile(
    r"\s+(?:gibt'?s|bekommt ihr|bekommst du|kriegt ihr|kriegst du|spart ihr|sparst du|krijg je|"
    r"krijgen jullie|"
    r"ontvang je|you get|you'll get|get|saves?|tu as|vous avez|obtenez|économisez|gits|"
    r"git's)(?!\w)")
"""A bare code with what it brings, discount or not: "mit ELLAMAMA gibt's das erste Paket
für 1€", "mit JONAS150 gibt's 150€"."""
_CODE_GETS_YOU_OFF: Final = re.compile(
    r"(?<![\w@#/.])([A-Z]{5,15}\d{0,4})\s+(?:gets?|gives?|saves?|geeft|bespaart|gibt|spart|"
    r"donne|fait)\s+(?:you|u|ya|je|jou|dir|euch|vous|te)\s+(?:\d{1,2}\s?%|\d{1,3}\s?(?:€|\$|£))"
    r"\s?(?:off|korting|rabatt|de réduction|de remise|discount|réduction)(?!\w)")
"""A capitals word that "gets u 25% off" (amaranth): a code named by the discount it gives."""
_PERCENT_AFTER: Final = re.compile(r"\s+-?\d{1,2}\s?%")
MIN_CODE_WORD: Final = 8
"""A code of letters only this long, right before a percentage, is a creator's code; shorter
capitals are a loyalty scheme or a carrier ("mit PAYBACK 10%")."""
_NAMED_BEFORE: Final = re.compile(
    r"(?:quote|mention|use|noem|gebruik|nutze|nennt|utilisez|indiquez)\s+$")
_NAMED_AFTER: Final = re.compile(r"\s+(?:for|at|to get|voor|bij|für|pour)(?!\w)")
"""A code named with a verb and what it is for ("quote LONDON24 for a free thermostat"); it
must hold digits, which keeps "use THIS for" out."""
NEAR_DISCOUNT: Final = 40


def _code_that_brings(doc: Document) -> re.Match[str] | None:
    """The first upper-case token framed as a code that brings something, or ``None``."""
    lowered = doc.lowered
    for token in _CAPS_TOKEN.finditer(doc.text):
        start, end = token.span()
        before = lowered[max(0, start - 12):start]
        digits = any(c.isdigit() for c in token.group())
        brings = _BRINGS_BEFORE.search(before) is not None
        if len(token.group()) >= 4 and brings and _BRINGS_AFTER.match(lowered, end):
            return token
        if digits and _FREE_WITH.search(before):
            return token
        if brings and _PERCENT_AFTER.match(lowered, end) and (
                len(token.group()) >= MIN_CODE_WORD or digits):
            return token  # "online mit VOLTAXJONAS 10% 🔗" (thyme); not "mit PAYBACK 10%"
        if digits and _NAMED_BEFORE.search(before) and _NAMED_AFTER.match(lowered, end):
            return token
    return None


def find_bare_codes(doc: Document) -> list[Signal]:
    """Codes without the word "code", next to a discount: "20% korting met LISA20".

    >>> from scrapers.detection.document import read_document
    >>> [s.detail for s in find_bare_codes(read_document("Spart 15 % mit ANNA15 bei @x"))]
    ['ANNA15']
    >>> [s.detail for s in find_bare_codes(read_document("mit LENA20 spart ihr 20 % 🫶"))]
    ['LENA20']
    >>> [s.detail for s in find_bare_codes(read_document("Pour vous lancer, -15% avec MANON15"))]
    ['MANON15']
    >>> [s.detail for s in find_bare_codes(read_document("mit ELLAMAMA gibt's das erste Paket"))]
    ['ELLAMAMA']
    >>> [s.detail for s in find_bare_codes(read_document("mit GRILL20 noch 20 € Rabatt im Shop"))]
    ['GRILL20']
    >>> [s.detail for s in find_bare_codes(read_document("60% off: https://brightmeal.co/JO60"))]
    ['JO60']
    """
    brings = _code_that_brings(doc) if "code_cue" in doc.groups else None
    if brings is not None and looks_like_code(brings.group()):
        return [Signal("commercial", "commercial.discount_code", brings.group(), 1.0,
                       brings.start(), brings.end(), brings.group())]
    has_amount = any(sign in doc.lowered for sign in CURRENCIES)
    if "%" not in doc.text and not has_amount:
        return []
    signals = []
    discounts = [*_PERCENT.finditer(doc.text),
                 *(_AMOUNT_OFF.finditer(doc.text) if has_amount else ())]
    for found in _PATH_CODE.finditer(doc.text):
        if any(abs(d.start() - found.start(1)) <= NEAR_PATH_CODE for d in discounts):
            return [Signal("commercial", "commercial.discount_code", found.group(1), 1.0,
                           found.start(1), found.end(1), found.group(1))]
    for percent in discounts:
        window_start = max(0, percent.start() - NEAR_DISCOUNT)
        window_end = percent.end() + NEAR_DISCOUNT
        for match in (*_BARE_CODE.finditer(doc.text, window_start, window_end),
                      *_WORD_CODE.finditer(doc.text, window_start, window_end),
                      *_CODE_GETS_YOU_OFF.finditer(doc.text, window_start, window_end),
                      *_SAY_CODE.finditer(doc.text, max(0, percent.start() - SAY_REACH),
                                          window_end)):
            token = match.group(1)
            if len(token) >= 4 and looks_like_code(token):
                signals.append(Signal("commercial", "commercial.discount_code", token, 1.0,
                                      match.start(1), match.end(1), token))
                return signals
    return signals


_PATH_CODE: Final = re.compile(WEB_ADDRESS + r"/([A-Z][A-Z0-9]{2,15}\d{1,4})(?![\w/])")
"""A code as a link's only path segment ("brightmeal.co/JORDAN60"): a sponsor's vanity link
that applies the code."""
NEAR_PATH_CODE: Final = 100
_WORD_CODE: Final = re.compile(r"(?:(?<=\b[Uu]se )|(?<=\b[Aa]vec )|(?<=\b[Ww]ith )|(?<=\b[Mm]et )|"
                               r"(?<=\b[Mm]it )|(?<=\b[Gg]ebruik )|(?<=\b[Nn]utze ))"
                               r"([A-Z]{6,15})(?![\w/])")
"""A code of letters only, named with "use"/"avec"/"mit" beside a discount ("Use RUNWITHDEV for
15% off", "-15% avec CLAIRERUN"); shorter capitals are words ("with LOVE")."""
_SAY_CODE: Final = re.compile(
    r"(?<![\w'])(?:[Vv]ermeld|[Nn]oem|[Mm]ention|[Nn]ennt|[Mm]entionnez)\s+"
    r"['\"‘“]([A-Z]{4,15}\d{0,4})['\"’”](?!\w)")
"""A word in quotes to say when ordering, beside a discount: "vermeld 'FAMVANDAM' voor … 10%
korting" (gardenia)."""
SAY_REACH: Final = 80
"""How far before the discount the word to say may stand (the perk may be listed after it)."""


def find_discount_codes(doc: Document) -> list[Signal]:
    """A ``commercial.discount_code`` signal per code keyword followed by a code."""
    signals: list[Signal] = []
    for hit in doc.hits_in("code_keyword"):
        match = _TOKEN.match(doc.text, hit.end)
        if match is None or not (looks_like_code(match.group(1)) or _set_apart(doc.text, match)):
            match = _my_code_after_colon(doc, hit.start, hit.end)
            if match is None:
                continue
        if hit.entry.pattern == "promo:" and not _promo_code(doc.lowered, match.group(1)):
            continue  # "PROMO: ALERT" is a shout, "Promo: MAC" beside lootcrate.com/mac a code
        if _FAULT_CODE.fullmatch(match.group(1)) and not _near_discount(doc.lowered, hit.start):
            continue  # "chaudière qui se met en sécurité, code E133": an error code
        if signals and signals[-1].end == match.end(1):
            continue  # "promo code X": "code" and "promo code" end on the same token
        signals.append(Signal("commercial", "commercial.discount_code",
                              doc.text[hit.start:match.end(1)], 1.0, hit.start, match.end(1),
                              match.group(1)))
    return signals or find_link_codes(doc) or find_bare_codes(doc)


_MY: Final = re.compile(r"(?<!\w)(?:my|mijn|mein|meinem|meinen|mon|ma)\s+$")
_AFTER_COLON: Final = re.compile(
    r"[^.!?\n]{0,50}?:[ \t]*([A-Z][A-Z0-9]{2,15}(?:-[A-Z0-9]{2,15})?)(?![\w/-])")


def _my_code_after_colon(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """The author's own code named later in the sentence, after a colon: "Mit meinem Code
    bekommt ihr 50€ Startbonus: KONTORA-FELIX" (erica). Only after "my": "the dress code for
    tonight: RSVP" names no code of anyone's.

    >>> from scrapers.detection.document import read_document
    >>> text = "With my code you get a welcome bonus: LENA-FIT"
    >>> _my_code_after_colon(read_document(text), 8, 12).group(1)
    'LENA-FIT'
    """
    if _MY.search(doc.lowered, max(0, start - 10), start) is None:
        return None
    match = _AFTER_COLON.match(doc.text, end)
    return match if match is not None and looks_like_code(match.group(1)) else None


def find_link_codes(doc: Document) -> list[Signal]:
    """A code carried by a link's query ("…/?promo=CLARA", "&coupon=LENA15"): the shop applies
    it on arrival, so the link is a code the author hands out.

    >>> from scrapers.detection.document import read_document
    >>> text = "Toutes les infos pour réserver : https://casa-azulejo.pt/?promo=CLARA"
    >>> [(s.text, s.detail) for s in find_link_codes(read_document(text))]
    [('promo=CLARA', 'CLARA')]
    >>> find_link_codes(read_document("https://shop.example/?promo=summer&utm_source=ig"))
    []
    """
    if "=" not in doc.text:
        return []
    for found in _LINK_CODE.finditer(doc.text):
        token = found.group(1)
        if token.isupper() or looks_like_code(token):
            return [Signal("commercial", "commercial.discount_code", found.group()[1:], 1.0,
                           found.start() + 1, found.end(), token)]
    return []


_LINK_CODE: Final = re.compile(
    r"[?&](?:promo|promocode|promo_code|coupon|couponcode|coupon_code|discount|discount_code|"
    r"voucher|gutschein|gutscheincode|rabattcode|kortingscode|code)=([A-Za-z0-9][\w-]{2,19})"
    r"(?![\w-])")


_FAULT_CODE: Final = re.compile(r"[A-Z]{1,2}\d{1,3}")
"""A letter or two and a few digits (E133, F28): how appliances and cars name their faults."""
_DISCOUNT_NEAR: Final = re.compile(
    r"%|korting|rabatt|réduction|remise|discount|\boff\b|sparen|save|"
    r"bespaar|économis|€|\$|£|checkout|kassa|kasse|caisse|bestel|order|"
    r"commande|warenkorb|panier|shop")


def _near_discount(lowered: str, at: int) -> bool:
    return _DISCOUNT_NEAR.search(lowered, max(0, at - 60), at + 80) is not None


def _promo_code(lowered: str, token: str) -> bool:
    """After a bare "Promo:" only a token with digits ("Promo: SAVE20") or one that is also the
    path of a link in the text ("lootcrate.com/mac Promo: MAC", a creator's vanity address)
    is a code.

    >>> _promo_code("lootcrate.com/mac promo: mac", "MAC"), _promo_code("promo: alert", "ALERT")
    (True, False)
    """
    return any(c.isdigit() for c in token) or f"/{token.lower()}" in lowered


_CLOSING_QUOTES: Final = "\"'”’»“"


def _set_apart(text: str, match: re.Match[str]) -> bool:
    """A token the author set apart as a code: quoted ('Use Code "Red"') or CamelCase
    after a colon ("Coupon: GarlicNation"), so no capitals or digits are needed.

    >>> from scrapers.detection.document import read_document
    >>> [s.detail for s in find_discount_codes(read_document('Use Code "Red" at checkout'))]
    ['Red']
    >>> [s.detail for s in find_discount_codes(read_document("Coupon: GarlicNation"))]
    ['GarlicNation']
    >>> find_discount_codes(read_document("the code is simple"))
    []
    """
    token = match.group(1)
    if token.upper() in NOT_CODES:
        return False
    end = match.end(1)
    quoted = any(q in match.group(0) for q in "\"'“‘«„") and end < len(text) \
        and text[end] in _CLOSING_QUOTES
    camel = (":" in match.group(0) and token[0].isupper() and token.isalpha()
             and any(c.isupper() for c in token[1:]))
    return quoted or camel
