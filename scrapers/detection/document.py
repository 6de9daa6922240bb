"""A post's text, read once: normalised, lower-cased and scanned against the lexicon.

Every finder takes a :class:`Document`, so the expensive steps happen once per post.

>>> read_document("Zo blij met mijn FIETS! #ad").lowered
'zo blij met mijn fiets! #ad'
>>> [h.entry.pattern for h in read_document("Gesponsord door Gazelle").hits]
['gesponsord', 'gesponsord door']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from scrapers.detection.lexicon import Hit, Lexicon, load_lexicon, scan
from scrapers.detection.normalise import Normalised, normalise
from scrapers.models import Signal

_NONE: list[Hit] = []
"""Shared empty answer of :meth:`Document.hits_in`; never appended to."""


class Document(NamedTuple):
    """The normalised text, its lower-case twin (same length) and the lexicon hits.

    A named tuple rather than a frozen dataclass: it is built for every post and never
    leaves the detector, and a tuple is built in a third of the time.
    """

    text: str
    lowered: str
    hits: tuple[Hit, ...]
    normalised: Normalised
    lexicon: Lexicon
    groups: dict[str, list[Hit]]
    """Hits by lexicon group (built once; finders read it, nobody writes it)."""
    tokens: frozenset[str]
    """The lower-case whitespace-separated tokens, for set lookups (language, hashtags)."""
    hits_in: Callable[[str], list[Hit]]
    """``hits_in(group)``: the hits of one lexicon group, in text order, ``[]`` when none
    (do not modify the list).  The bound ``__getitem__`` of ``groups``: finders and guards
    call it a dozen times per post, and a C-level call is a third of a method call."""

    @property
    def obfuscation(self) -> tuple[Signal, ...]:
        return self.normalised.signals


class _Groups(dict[str, list[Hit]]):
    """Hits by group; a group without hits reads as the shared empty list (not stored)."""

    __slots__ = ()

    def __missing__(self, group: str) -> list[Hit]:
        return _NONE


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` without changing its length, so offsets stay valid.

    >>> lower_same_length("İSTANBUL")
    'istanbul'
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else low[0] for char in text)


def read_document(text: str, lexicon: Lexicon | None = None) -> Document:
    """Normalise, lower-case and scan ``text``."""
    lexicon = lexicon or load_lexicon()
    lowered = lower_same_length(text)
    tokens = frozenset(lowered.split())
    normalised = normalise(text, lexicon.spaced_targets, tokens)
    if normalised.text != text:
        lowered = lower_same_length(normalised.text)
        tokens = frozenset(lowered.split())
    return _document(normalised, lowered, tokens, scan(lowered, lexicon), lexicon)


def document_of(text: str, lowered: str, tokens: frozenset[str], hits: tuple[Hit, ...],
                lexicon: Lexicon) -> Document:
    """The :class:`Document` of a text that normalisation leaves as it is, from the
    caller's own lower-casing, tokens and scan (``Detector.analyze_caption`` has them).

    The caller has checked that nothing is to be undone: no Unicode trick
    (``normalise.can_skip_unicode_pass``) and no spaced-letter hint among the tokens.
    """
    return _document(tuple.__new__(Normalised, (text, None, ())), lowered, tokens, hits, lexicon)


def _document(normalised: Normalised, lowered: str, tokens: frozenset[str],
              hits: tuple[Hit, ...], lexicon: Lexicon) -> Document:
    groups = _Groups()
    if hits:
        for hit in hits:
            group = groups.get(hit.entry.group)
            if group is None:
                groups[hit.entry.group] = [hit]
            else:
                group.append(hit)
    # tuple.__new__: a named tuple's own __new__ is a Python-level lambda, a frame per call
    return tuple.__new__(Document, (normalised.text, lowered, hits, normalised, lexicon, groups,
                                    tokens, groups.__getitem__))
