"""Statements that the text itself was paid for: "Dieser Beitrag wurde von der Ennetsee Bank
bezahlt", "This article was paid for by Visit Kerry", "Cet article a été financé par …".

A fixed phrase cannot hold the payer's name between the subject and the verb, so these are
read with one pattern: a self-reference as subject ("dieser Beitrag", "this article"), a
passive verb of paying within a short clause, in one sentence.
"""

from __future__ import annotations

import re

from scrapers.detection.document import Document
from scrapers.models import Signal

_SUBJECT = (r"(?:dieser|diese|dieses) (?:beitrag|artikel|text|inhalt|video)|"
            r"(?:this|the) (?:article|post|feature|piece|story|content|video)|"
            r"(?:dit|deze) (?:artikel|bericht|bijdrage|stuk|video)|"
            r"(?:cet|ce|cette) (?:article|contenu|reportage|publication|vidéo)")
_PAID_VERB = (r"(?:bezahlt|finanziert|vergütet|paid for|funded|betaald|gefinancierd|payée?|"
              r"financée?|sponsorisée?|rémunérée?)")
PAID_STATEMENT = re.compile(
    r"(?<!\w)(?:" + _SUBJECT + r")\s+(?:wurde|ist|was|is|has been|werd|a été|est)\s+"
    r"(?:[^.!?\n]{0,60}?\s)?" + _PAID_VERB + r"(?!\w)")
"""A self-reference, its passive auxiliary and a verb of paying, in one clause."""
PAID_WORDS = ("bezahlt", "finanziert", "vergütet", "paid", "funded", "betaald", "gefinancierd",
              "payé", "financé", "sponsorisé", "rémunéré")
"""Cheap gate: without one of these no statement can match."""
STATEMENT_WEIGHT = 0.9


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
