"""A post's text, read once: normalised, lower-cased and scanned against the lexicon.

Every finder takes a :class:`Document`, so the expensive steps happen once per post.

>>> read_document("Zo blij met mijn FIETS! #ad").lowered
'zo blij met mijn fiets! #ad'
>>> [h.entry.pattern for h in read_document("Gesponsord door Gazelle").hits]
['gesponsord', 'gesponsord door']
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapers.detection.lexicon import Hit, Lexicon, load_lexicon, scan
from scrapers.detection.normalise import Normalised, normalise
from scrapers.models import Signal


@dataclass(frozen=True, slots=True)
class Document:
    """The normalised text, its lower-case twin (same length) and the lexicon hits."""

    text: str
    lowered: str
    hits: tuple[Hit, ...]
    normalised: Normalised
    lexicon: Lexicon

    @property
    def obfuscation(self) -> tuple[Signal, ...]:
        return self.normalised.signals

    def hits_in(self, *groups: str) -> list[Hit]:
        """The hits of the given lexicon groups, in text order."""
        return [hit for hit in self.hits if hit.entry.group in groups]


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
    normalised = normalise(text, lexicon.spaced_targets)
    lowered = lower_same_length(normalised.text)
    return Document(normalised.text, lowered, scan(lowered, lexicon), normalised, lexicon)
