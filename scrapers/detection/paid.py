"""Statements that the text itself was paid for: "Dieser Beitrag wurde von der Ennetsee Bank
bezahlt", "This article was paid for by Visit Kerry", "Cet article a été financé par …".

A fixed phrase cannot hold the payer's name between the subject and the verb, so these are
read with one pattern: a self-reference as subject ("dieser Beitrag", "this article"), a
passive verb of paying within a short clause, in one sentence.
"""

from __future__ import annotations

import re
from typing import Final

from scrapers.detection.document import Document
from scrapers.models import Signal

_SUBJECT: Final = (
    r"(?:dieser|diese|dieses) (?:beitrag|artikel|text|inhalt|video|ausgabe|folge|"
    r"newsletter)|"
    r"(?:this|the) (?:article|post|feature|piece|story|content|video|issue|edition|"
    r"episode|newsletter)|"
    r"(?:dit|deze) (?:artikel|bericht|bijdrage|stuk|video|editie|aflevering|nieuwsbrief)|"
    r"(?:cet|ce|cette) (?:article|contenu|reportage|publication|vidéo|numéro|épisode|"
    r"édition|newsletter|lettre)")
_PAID_VERB: Final = (
    r"(?:bezahlt|finanziert|vergütet|ermöglicht|paid for|funded|betaald|gefinancierd|"
    r"payée?|financée?|sponsorisée?|rémunérée?)")
PAID_STATEMENT: Final = re.compile(
    r"(?<!\w)(?:" + _SUBJECT + r")\s+(?:wurde|wird|ist|was|is|has been|werd|wordt|a été|est)\s+"
    r"(?:[^.!?\n]{0,60}?\s)?" + _PAID_VERB + r"(?!\w)")
"""A self-reference, its passive auxiliary and a verb of paying, in one clause; German puts
the payer before the verb, so "ermöglicht" ("made possible", whose other languages are fixed
phrases in the lexicon) is read here: "Diese Ausgabe wird durch die Kontora Bank ermöglicht"
(hematite)."""
PAID_WORDS: Final = ("bezahlt", "finanziert", "vergütet", "ermöglicht", "paid", "funded", "betaald",
                     "gefinancierd", "payé", "financé", "sponsorisé", "rémunéré")
"""Cheap gate: without one of these no statement can match."""
STATEMENT_WEIGHT: Final = 0.9


def find_paid_statements(doc: Document) -> list[Signal]:
    """A ``disclosure.statement`` (label ``sponsored by``) per sentence saying this text was
    paid for.

    >>> from scrapers.detection.document import read_document
    >>> text = "Dieser Beitrag wurde von der Ennetsee Bank bezahlt und mit uns erstellt."
    >>> [s.text for s in find_paid_statements(read_document(text))]
    ['Dieser Beitrag wurde von der Ennetsee Bank bezahlt']
    >>> find_paid_statements(read_document("The article was widely shared and paid off."))
    []
    """
    lowered = doc.lowered
    if not any(word in lowered for word in PAID_WORDS):
        return []
    return [Signal("disclosure", "disclosure.statement", doc.text[m.start():m.end()],
                   STATEMENT_WEIGHT, m.start(), m.end(), "sponsored by")
            for m in PAID_STATEMENT.finditer(lowered)]
