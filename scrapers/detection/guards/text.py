"""Text helpers the guard families share: sentences, quotations, words pointing at the text.

The families ask where a signal's sentence begins and ends, whether it stands inside a
quotation, whether the text is as long as an article, and the orchestration whether evidence
speaks of the text itself; these live here once, below the families, so that
:mod:`~scrapers.detection.guards.examples`, :mod:`~scrapers.detection.guards.standing` and
:mod:`scrapers.detection.guards` read a text the same way and no family imports another.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from scrapers.detection.document import Document
from scrapers.models import Signal

SELF_REFERENCE_WINDOW: Final = 80
OPENING: Final = 30
"""Evidence within the first characters of a meta text still counts (a header label)."""
ARTICLE_LENGTH: Final = 1500
"""Texts at least this long are read as articles (see ``examples.impersonal_in_article``)."""
OPENING_LABEL: Final = 3
"""A label that starts within the first characters opens the text: it is the text's own
("Anzeige | …", "[Pub] …") even on a page that otherwise explains labels."""
_QUOTED: Final = re.compile(
    r"\"[^\"]{2,600}\"|“[^”]{2,600}”|„[^“”\"]{2,600}[“”\"]|«[^»]{2,600}»|‘[^’]{2,600}’"
    # German »…«, set tight against its words (French « … » has spaces inside: "» et le mot «"
    # between two French quotations is no quotation)
    r"|»(?=\S)[^«»\n]{2,600}(?<=\S)«"
    r"|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){2,600}'(?!\w)"
)
QUOTES: Final = "\"“”'‘’«»„"
_QUOTE_OPENER: Final = re.compile("[\"“„«‘'»]")
"""A character that can open a ``_QUOTED`` quotation (a cheap test before the full pattern)."""


SENTENCE_MARKS: Final = ".!?\n•"
"""Where a sentence ends; a bullet starts a new point on pages that run lines together."""


@lru_cache(maxsize=256)
def sentence_bounds(text: str, start: int, end: int,
                    marks: str = SENTENCE_MARKS) -> tuple[int, int]:
    """The sentence (between ``.!?``, line breaks and bullets, or other ``marks``) around
    ``[start, end)``.

    Cached: several guards ask for the same signal's sentence.

    >>> sentence_bounds("Hi. Paid posts are marked. Bye", 9, 13)
    (3, 25)
    """
    sentence_start = max(text.rfind(mark, 0, start) for mark in marks) + 1
    ends = [at for mark in marks if (at := text.find(mark, end)) >= 0]
    return sentence_start, min(ends) if ends else len(text)


def in_link_target(text: str, at: int) -> bool:
    """Whether ``at`` lies inside the address of a link that a page's extracted text writes as
    ``[text](url)``: what stands there is where a link leads, not words a reader is told.

    >>> text = "[Adverteren](/adverteren/) | Lees meer"
    >>> in_link_target(text, text.index("adverteren/")), in_link_target(text, text.index("Lees"))
    (True, False)
    """
    opening = text.rfind("](", max(0, at - LINK_TARGET_REACH), at)
    return opening >= 0 and not any(c.isspace() or c == ")" for c in text[opening + 2:at])


LINK_TARGET_REACH: Final = 500
"""How far back the opening of a link's address is looked for (a long tracking URL)."""


def between_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone between quotation marks ('"#ad"', ‘giveaway’).

    >>> between_quotes("een ‘giveaway’ die rondgaat", 5, 13), between_quotes("#ad", 0, 3)
    (True, False)
    """
    return start > 0 and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES


def quotation_around(text: str, start: int, end: int) -> str | None:
    """The quotation on its line that ``[start, end)`` lies inside ('… #ad …'), if any.

    >>> quotation_around("Oma las: 'Gebruik code ZOMER20!' 😂", 16, 28)
    "'Gebruik code ZOMER20!'"
    """
    line_start = text.rfind("\n", 0, start) + 1
    if _QUOTE_OPENER.search(text, line_start, start) is None:
        return None  # no quotation opens on this line before the span
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    for match in _QUOTED.finditer(line):
        if match.start() + line_start < start and end < match.end() + line_start:
            return match.group()
    return None


QUOTED_BLOCK_REACH: Final = 1000
"""How far a quotation opened right before a label may run on (over several lines)."""


def quoted_block_opens(text: str, start: int) -> bool:
    r"""Whether a quotation opens right before ``start`` and closes on a later line.

    Someone else's ad copied into a post ('copying the text so you know:⏎"Sponsored ·
    HeritageHealth⏎Doctors HATE this…"') spans lines, which ``quotation_around`` (one line)
    does not see.

    >>> quoted_block_opens('PSA:\n"Sponsored · Brand\nBuy now!"\nDon\'t click.', 6)
    True
    >>> quoted_block_opens('"Sponsored" is what they wrote', 1)
    False
    """
    opener = text[start - 1]
    if opener not in "\"“„«":
        return False
    closer = {"“": "”", "„": "“", "«": "»"}.get(opener, '"')
    line_end = text.find("\n", start)
    if line_end < 0 or text.find(closer, start, line_end) >= 0:
        return False  # a one-line quotation: quotation_around's business
    return text.find(closer, line_end, start + QUOTED_BLOCK_REACH) >= 0


_MID_SENTENCE: Final = re.compile(r"[a-zß-ÿ,]\s+$")
"""A lower-case word just before: the label runs on in a sentence ("… halten #sponsored für");
or a comma: it is an item of a list ("Anzeige, Werbung, bezahlte Partnerschaft, Kooperation –
was ist denn jetzt richtig?", zedoary)."""


def speaks_of_itself(doc: Document, signal: Signal, same_sentence: bool = False) -> bool:
    """Whether the signal heads the text or stands near words pointing at the text itself
    ("this video", "dit artikel") — within its sentence when ``same_sentence``."""
    start = signal.start or 0
    if (start < OPENING and signal.rule not in ("disclosure.statement",
                                                 "disclosure.phrase_unclear")
            and _MID_SENTENCE.search(doc.text, 0, start) is None):
        # a header label; a title such as "What is affiliate marketing?" or "Teens think
        # #sponsored is praise" is not
        return True
    if same_sentence:
        low, high = sentence_bounds(doc.text, start, signal.end or start)
    else:
        low, high = start - SELF_REFERENCE_WINDOW, start + SELF_REFERENCE_WINDOW
    inside = (start, signal.end or start)
    return any(low <= h.end and h.start <= high and not inside[0] <= h.start < inside[1]
               and quotation_around(doc.text, h.start, h.end) is None
               for h in doc.hits_in("self_reference"))  # a quoted "Cet article contient …"


OPINION_NOUNS: Final = r"(?:opinions?|views?|meinungen?|meningen?|mening|avis)"
OWN_WORDS: Final = r"(?:own|eigen|eigenen|miennes|nôtres|mine|ours)"
"""The words of "opinions are our own" that every pattern of that promise shares (here and
``standing._OWN_OPINIONS``)."""
_OWN_OPINIONS_CLAUSE: Final = re.compile(
    r"(?<!\w)(?:(?:(?:as|like|comme|wie|zoals)\s+)?(?:always|toujours|immer|altijd|steeds)"
    r"[\s,]+)?"
    r"(?:(?:the|my|our|all|alle|toutes|tous|les|onze|mijn|meine|unsere|mes|nos)\s+)*"
    + OPINION_NOUNS + r"\s+"
    r"(?:are|is|sind|ist|zijn|sont|est|remain|bleiben|blijven|blijft|restent|reste)\s+"
    r"(?:[\w'’]+\s+){0,2}?" + OWN_WORDS + r"(?!\w)"
    r"(?:[\s,]*(?:as always|like always|comme toujours|comme d'habitude|wie immer|zoals altijd|"
    r"zoals steeds)(?:\s+(?:on|sur|auf|op|in)\s+(?:this|ce|cette|diesem|dieser|deze|dit|mon|ma|"
    r"my|mijn|meinem|meiner)\s+(?:blog|site|website|channel|chaîne|kanal|kanaal|account|"
    r"compte|page|pagina|seite))?)?")
"""The boilerplate "(as always,) opinions are our own", or with a trailing "as always on this
blog": a promise about opinions that names the site or a habit, not a rule of labelling ("Le
séjour nous a été offert, mais les avis restent les nôtres, comme toujours sur ce blog",
quassia)."""
_OPINION_WORDS: Final = ("opinion", "view", "meinung", "mening", "avis")


def own_opinion_spans(lowered: str, start: int = 0, end: int | None = None
                      ) -> list[tuple[int, int]]:
    """Where "(all) opinions are my own (, as always on this blog)" stands in
    ``lowered[start:end]``: words of the site or of habit there speak of opinions.

    >>> text = ("le séjour nous a été offert, mais les avis restent les nôtres, comme toujours "
    ...         "sur ce blog.")
    >>> [text[a:b] for a, b in own_opinion_spans(text)]
    ['les avis restent les nôtres, comme toujours sur ce blog', 'mais les avis restent les nôtres']
    """
    end = len(lowered) if end is None else end
    if not any(lowered.find(word, start, end) >= 0 for word in _OPINION_WORDS):
        return []
    return [match.span() for pattern in (_OWN_OPINIONS_CLAUSE, _BUT_OWN_OPINIONS)
            for match in pattern.finditer(lowered, start, end)]


_BUT_OWN_OPINIONS: Final = re.compile(
    r"(?<!\w)(?:but|mais|maar|aber)\s[^.!?\n]*?" + OPINION_NOUNS
    + r"\s[^.!?\n]{0,30}?(?:miens|" + OWN_WORDS + r")(?!\w)")
"""The same promise after "but", whatever stands between ("… offert par l'hôtel, mais comme
toujours sur ce blog, je ne me suis engagée à rien et mes avis restent 100 % les miens", rue)."""


def masked(lowered: str, spans: list[tuple[int, int]]) -> str:
    """``lowered`` with ``spans`` blanked out (same length, so offsets stay valid)."""
    for low, high in spans:
        lowered = lowered[:low] + " " * (high - low) + lowered[high:]
    return lowered
