"""A shortened link labelled with a shopping call: ``commercial.shop_link``.

A shortened link (bit.ly, goo.gl, smarturl.it, …) cannot be resolved offline, so on its own it
is weak evidence.  Labelled with a shopping call on its own line — "Buy it here: bit.ly/x",
"Get the album on iTunes: smarturl.it/y", "What I'm wearing: goo.gl/z" — it is how affiliate
links are published in video descriptions (Mathur et al. 2018 found 31 % of affiliate
descriptions carry only shortened links).  So does a *product list*: two or more shortened
links each labelled with a name that is not social or editorial ("Propellers: goo.gl/a",
"Frame: goo.gl/b", but not "Subscribe:", "Twitter:", "Part 2:").  An app's signature before its
referral link ("Created using Video Star: http://VideoStarApp.com/FREE") counts the same way.

The label is the link's line without its URLs, or — when the link stands alone on its line —
the nearest line above it.  The evidence span covers the label and the link.

>>> from scrapers.detection.document import read_document
>>> text = "New haul!\\nBuy it here: https://bit.ly/3abc"
>>> doc = read_document(text)
>>> short = Signal("commercial", "commercial.shortened_link", "https://bit.ly/3abc", 0.0, 23, 42,
...                "unresolved")
>>> [(s.rule, s.text, s.detail) for s in find_shop_links(doc, [short], [])]
[('commercial.shop_link', 'Buy it here: https://bit.ly/3abc', 'buy')]
>>> find_shop_links(read_document("Follow me: https://bit.ly/3abc"), [short], [])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from scrapers.detection.document import Document, lower_same_length
from scrapers.models import Signal

SHOP_LINK: Final = "commercial.shop_link"
SHOP_LINK_WEIGHT: Final = 1.0
"""A labelled shopping link is as strong as a recognised affiliate link."""
_HAS_LETTER: Final = re.compile(r"[^\W\d_]")
_HERE: Final = re.compile(r"(?<!\w)here\s*[:\-–—►>»]*\s*$", re.IGNORECASE)
"""A product label that points at its link: "Cyntur JumperPack Mini here: bit.ly/x"."""


PRODUCT_LIST: Final = "product list"
PRODUCT_LIST_MIN: Final = 2
PRODUCT_LABEL_MAX: Final = 60
"""A product label is a name ("Fender leather guitar strap -"), not a sentence or a tweet."""
APP_NAME_MAX: Final = 30
"""An app signature is short: "Created using VideoFX Live:"."""
_SIGNATURE_ENDS: Final = (":", "»", "→", "➜", "►", "▶", ">", "-", "–", "—")
MAX_COPIES: Final = 20
"""How many copies of one shortened link are looked at for a shopping label."""
_FREE_MATERIAL: Final = re.compile(
    r"(?<!\w)(?:free|gratis|kostenlos|gratuit|fotos?|photos?|bilder|images?|pdfs?|slides|press|"
    r"presse|pressefotos|persfoto'?s|wallpapers?|brochure|flyer|formular|form)(?!\w)",
    re.IGNORECASE)
"""A download of free or press material ("Fotos zum Download", "Free download") is no sale."""
_URL_CONTINUES: Final = re.compile(r"[\w/?=&%#.-]")
"""A character after a found URL that makes it part of a longer URL (bit.ly/x vs bit.ly/xy)."""
"""Shortened links with product-like labels needed for a product list."""


def find_shop_links(doc: Document, link_signals: Sequence[Signal],
                    urls: Sequence[tuple[str, int, int]]) -> list[Signal]:
    """One ``commercial.shop_link`` per shortened link with a shopping label, or app link.

    ``link_signals`` are the link finder's signals (shortened links carry their span);
    ``urls`` are all ``(url, start, end)`` in the text, for app referral links.
    """
    lexicon = doc.lexicon
    found: list[Signal] = []
    products: list[Signal] = []
    for signal in link_signals:
        if signal.rule != "commercial.shortened_link" or signal.start is None:
            continue
        copies = _occurrences(doc.text, signal.text, signal.start, signal.end)
        for copy, (start, end) in enumerate(copies):
            if _judge_label(doc, start, end, found, products if copy == 0 else None):
                break
    if len(products) >= PRODUCT_LIST_MIN:
        found += [s for s in products if not any(f.start == s.start for f in found)]
    for _url, start, end in urls:
        label_start, label = _label(doc.text, start, end, same_line_only=True)
        cue = lexicon.app_link_cue.search(label)
        if cue is not None and _names_the_link(label, cue.end()):
            _add(found, doc, label_start, end, cue.group().lower())
    return sorted(found, key=lambda s: s.start or 0)


def _judge_label(doc: Document, start: int, end: int, found: list[Signal],
                 products: list[Signal] | None) -> bool:
    """Add a shop link (``found``) or a product-list candidate for the link at ``start``.

    Only a link's first copy may be a product-list candidate (``products`` is ``None`` for
    later copies): one link repeated under a name is one product, not a list. Returns whether a
    shopping label was found, so later copies of the link need no look.
    """
    lexicon = doc.lexicon
    label_start, label = _label(doc.text, start, end, same_line_only=False)
    before = doc.text[label_start:start] if label_start <= start else label
    lowered = lower_same_length(label)
    possible = lexicon.cue_gate.possible(lowered)
    cue = (_shopping_cue(lexicon.shop_link_cue, label, before)
           if lexicon.shop_link_cue in possible else None)
    if cue is not None:
        _add(found, doc, label_start, end, cue.group().lower())
        return True
    if not label or (lexicon.not_product_label in possible
                     and lexicon.not_product_label.search(label) is not None):
        return False
    call = ((lexicon.link_call_cue.search(label) if lexicon.link_call_cue in possible else None)
            or (_HERE.search(label) if "here" in lowered else None))
    if call is not None:
        _add(found, doc, label_start, end, call.group().strip(" :-–—►>»").lower())
        return True
    if products is not None and len(label.strip()) <= PRODUCT_LABEL_MAX:
        _add(products, doc, label_start, end, PRODUCT_LIST)
    return False


def _shopping_cue(cues: re.Pattern[str], label: str, before: str) -> re.Match[str] | None:
    """The first shopping cue in ``label``.

    "download" does not count when the words before the link name free or press material
    ("Fotos zum Download finden Sie hier:"); words after it describe the product instead
    ("Download this template: … photo gallery").
    """
    free = None
    for cue in cues.finditer(label):
        if cue.group().lower() != "download":
            return cue
        if free is None:
            free = _FREE_MATERIAL.search(before) is not None
        if not free:
            return cue
    return None


def _occurrences(text: str, url: str, start: int, end: int | None) -> list[tuple[int, int]]:
    """Every span of a shortened link, first the one the link finder reported.

    The finder reports a repeated link once; its shopping label may stand at a later copy:
    "bit.ly/x ◄★CLICK … Get access to the course here http://bit.ly/x".
    """
    spans = [(start, end or start)]
    at = text.find(url, (end or start))
    while at >= 0 and len(spans) < MAX_COPIES:
        after = at + len(url)
        if after >= len(text) or not _URL_CONTINUES.match(text[after]):
            spans.append((at, after))
        at = text.find(url, after)
    return spans


def _names_the_link(label: str, cue_end: int) -> bool:
    """An app signature names the app and ends in ':' (or an arrow) right before the link.

    "Created using Video Star:", "Made with PicFlow »", "Gemaakt met Video Star:".
    """
    rest = label[cue_end:].rstrip()
    return rest.endswith(_SIGNATURE_ENDS) and len(rest) <= APP_NAME_MAX


def _add(found: list[Signal], doc: Document, start: int, end: int, detail: str) -> None:
    if any(s.start == start for s in found):
        return
    found.append(Signal("commercial", SHOP_LINK, doc.text[start:end], SHOP_LINK_WEIGHT,
                        start, end, detail))


def _label(text: str, start: int, end: int, same_line_only: bool) -> tuple[int, str]:
    """Where the link's label starts, and the label: its line, else the line above."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if same_line_only:
        return line_start, before
    if _HAS_LETTER.search(before):
        return line_start, before + " " + after
    if _HAS_LETTER.search(after):
        return line_start, after
    above_end = line_start - 1
    while above_end > 0:
        above_start = text.rfind("\n", 0, above_end) + 1
        if _HAS_LETTER.search(text[above_start:above_end]):
            return above_start, text[above_start:above_end]
        above_end = above_start - 1
    return line_start, ""
