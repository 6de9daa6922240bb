"""Disclosure phrases ("betaalde samenwerking", "sponsored by", "Anzeige") and bare labels.

Phrases count wherever they stand.  Bare labels — ``advertentie``, ``Werbung``,
``Ad`` — count only in *label position*: opening a line and followed by a
separator or an emoji (``Anzeige |``, ``Werbung:``, ``Publicité 📣``), in brackets
(``[ad]``), after a pipe, or written in capitals (``ANZEIGE``).  "Reclame is overal" is not a label.

>>> from scrapers.detection.document import read_document
>>> [s.detail for s in find_disclosure_phrases(read_document("Paid partnership with Nike"))]
['paid partnership']
>>> [s.detail for s in find_disclosure_labels(read_document("Anzeige | Mein Lieblingsshampoo"))]
['anzeige']
>>> find_disclosure_labels(read_document("Reclame is overal om ons heen"))
[]
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.lexicon import Hit
from scrapers.models import Signal

PHRASE_RULES: Final = {"label": "disclosure.phrase", "statement": "disclosure.statement",
                       "weak": "disclosure.phrase_unclear"}
LABEL_RULES: Final = {"label": "disclosure.label", "statement": "disclosure.label",
                      "weak": "disclosure.label_unclear"}
WEIGHTS: Final = {"label": 1.0, "statement": 0.9, "weak": 0.5}
OPENERS: Final = "[(*【|•·-–—>\"“'«:"
_CONTACT: Final = re.compile(r"[:\-–—]?\s*(?:[\w.+-]+@[\w-]+\.\w|(?:dm|pm|mail|e-?mail|contact)\b)",
                             re.IGNORECASE)
"""What follows a word that heads a contact line: an e-mail address or "DM"."""
_SYMBOLS: Final = frozenset({"So", "Sk", "Mn", "Cf"})
"""Emoji, their modifiers and joiners: a label after "📢 " still opens its line."""
CLOSERS: Final = "])*】"
AFTER_LABEL: Final = ":|·•-–—/*])】,!.\n"
"""What may follow a bare label: a separator (the middle dot of "Gesponsord · Keukenhuys",
the platforms' promoted-post header, or a bullet: "Gesponsord • Scandinavisch …"), a closing
bracket, punctuation or a line break."""
_SPONSORED_BY_AGENT: Final = re.compile(
    r"(?:wird|werden|wurde|is|wordt|werd|est|was)\s+(?:\S+\s+){0,2}(?:von|door|by|par)\s+"
    r"(?:\S+\s+){1,3}$", re.I)
"""'Dieses Video wird von NordVPN gesponsert.': a passive sentence naming the sponsor."""
_DASH_AFTER: Final = re.compile(r" [–—-] ")
"""The sentence goes on after a dash: "… wird von Pixelhafen VPN gesponsert – vielen Dank für
die Unterstützung!" (zizia)."""
_FOR_ACCOUNT: Final = re.compile(r"(?:voor|for|für|pour|van|von|de|met|mit|avec|with|w/)\s*@",
                                 re.I)
"""'Publicité pour @lidl', 'Samenwerking met @vattenfall', 'Sponsored post w/ @FernbankMoney'
(wormwood): a label naming its advertiser."""
_TO_LINE_END: Final = r"[^\n.!?]{0,50}(?=\n|\Z)"
"""The rest of a short header line, up to its end or the text's."""
_FOR_NAMED: Final = re.compile(r"(?:voor|for|für|pour|van|von|met|mit|avec|with)\s+[A-Z0-9]"
                               + _TO_LINE_END)
"""'Paid content for Greenleaf Energy' as a whole header line: the label and its advertiser."""
_NAMED_LINE: Final = re.compile(r"[A-Z0-9@]" + _TO_LINE_END)
"""The rest of a header line after a label that ends on its preposition: "In Zusammenarbeit mit
Gartenwelt Brenner⏎" (erica); inside a sentence the same words name no advertiser."""
_ENDS_ON_PREPOSITION: Final = (" mit", " met", " with", " avec")
_BECAUSE_PAID: Final = re.compile(
    r"(?:weil|da|because|bc|omdat|want|car|parce que)\s+(?:[\w']+\s+){0,2}?(?:bezahlt|paid|betaald|"
    r"payée?|rémunérée?|sponsored|gesponsert|gesponsord|sponsorisée?)(?!\w)|"
    r"(?:wegen|weil|aufgrund|due to|vanwege|en raison d[e'’]\s?)\s*(?:einer |der |a |an |een |un )?"
    r"(?:kooperation|zusammenarbeit|partnerschaft|bezahlung|partnership|collaboration|"
    r"samenwerking|partenariat)(?!\w)", re.IGNORECASE)
"""A label with its reason: "*werbung weil bezahlt 💸", "ad because they paid me", "*Werbung
wegen Kooperation*" (not "wegen Markennennung", which is the unpaid kind)."""


def find_disclosure_phrases(doc: Document) -> list[Signal]:
    """A ``disclosure`` signal per phrase, the longest winning where phrases overlap."""
    hits = doc.hits_in("disclosure_phrase")
    if not hits:
        return []
    hits = longest(hits)
    return [Signal("disclosure", PHRASE_RULES[h.entry.cls], doc.text[h.start:h.end],
                   WEIGHTS[h.entry.cls], h.start, h.end, h.entry.label) for h in hits]


def find_disclosure_labels(doc: Document) -> list[Signal]:
    """A ``disclosure`` signal per bare label standing in label position."""
    hits = [h for h in doc.hits_in("disclosure_label") if in_label_position(doc, h)]
    if not hits:
        return []
    return [Signal("disclosure", LABEL_RULES[h.entry.cls], doc.text[h.start:h.end],
                   WEIGHTS[h.entry.cls], h.start, h.end, h.entry.label) for h in longest(hits)]


def longest(hits: list[Hit]) -> list[Hit]:
    """Drop hits that overlap a longer (or earlier equally long) hit."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


_BRACKET_ASIDE: Final = re.compile(r",[^()\[\]\n]{0,60}[)\]]")
"""The rest of a short bracketed aside after a label and a comma: "(cadeau, pas payée …)"."""


def in_label_position(doc: Document, hit: Hit) -> bool:
    """Whether a bare word stands as a label rather than inside a sentence."""
    text = doc.text
    word = text[hit.start:hit.end]
    if len(word) >= 6 and word.isupper() and hit.entry.cls != "weak":
        return True
    if (text[hit.end:hit.end + 1] in ("", ".", "!", "\n", ",")
            or _DASH_AFTER.match(text, hit.end) is not None) and \
            _SPONSORED_BY_AGENT.search(text, max(0, hit.start - 60), hit.start):
        return True  # the cheap test first: the pattern tries every position of its window
    before = text[:hit.start].rstrip(" \t")
    after = text[hit.end:].lstrip(" \t")
    if _CONTACT.match(after):
        return False  # "📩 samenwerking: kees@klusmetkees.nl": a bio's contact line
    if after.startswith("](") and before.endswith("["):
        return False  # "| [Publicité](/publicite.php3) |": a menu's link to the ad sales page
    after_ok = (not after or after[0] in AFTER_LABEL or after[0] in "(["
                or unicodedata.category(after[0]) == "So"  # "Publicité 📣 Le brunch…"
                or text.startswith("  ", hit.end)  # a header run into its text by two spaces
                or _FOR_ACCOUNT.match(after) is not None
                or _FOR_NAMED.match(after) is not None
                or (hit.entry.pattern.endswith(_ENDS_ON_PREPOSITION)
                    and _NAMED_LINE.match(after) is not None)
                or _BECAUSE_PAID.match(after) is not None)
    line_start = before.rsplit("\n", 1)[-1].strip(OPENERS + " \t")
    if line_start and not line_start.isascii():  # "📢 Post sponsorisé": emoji open no sentence
        line_start = "".join(c for c in line_start if unicodedata.category(c) not in _SYMBOLS)
    if not line_start and after_ok:
        return True
    if before and before[-1] in "[(*【" and after and (
            after[0] in CLOSERS or (after[0] == "," and _BRACKET_ASIDE.match(after))):
        return True  # "(Werbung)", "(cadeau, pas payée pour en parler)": a label in brackets
    if before and before[-1] == "*" and (not after or after[0] == "\n") and (
            len(before) < 2 or not before[-2].isalnum()):
        return True  # "zum Glück gibts @zappr.energy 🥭 *werbung" closing the caption
    if before and before[-1] in ".!?" and after.startswith(":"):
        return True  # "… near Turlough. Sponsored content: image and article supplied by …"
    # "pendant un mois — pub, oui, mais …": a label set off by a dash is said aside
    return bool(before) and before[-1] in "|•·—–" and after_ok
