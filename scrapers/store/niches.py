"""An account's niches — what it posts about — from its own posts, offline.

Influence is topic-specific: a fitness creator with 20k followers matters for
protein shakes, not for mortgages.  So Transparant records *which topics* an
account covers (fashion, beauty, tech, …) from a keyword lexicon in Dutch,
English, German and French shipped in ``data/niches.yaml``, and no single
"influence score".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

MAX_NICHES = 3
MIN_SHARE = 0.2
"""A niche must appear in at least this share of the account's posts (and in two of them)."""


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Keyword (one to a few words) → the niches it signals, and the longest keyword length."""

    owners: Mapping[str, frozenset[str]]
    longest: int


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded once per process."""
    raw = resources.files("scrapers.store").joinpath("data/niches.yaml").read_text("utf-8")
    data: dict[str, dict[str, list[str]]] = yaml.safe_load(raw)
    owners: dict[str, set[str]] = {}
    for niche, languages in data.items():
        for words in languages.values():
            for word in words:
                owners.setdefault(" ".join(_WORD.findall(str(word).casefold())), set()).add(niche)
    return Lexicon(
        owners={word: frozenset(niches) for word, niches in owners.items()},
        longest=max(len(word.split()) for word in owners),
    )


def topics_of(text: str) -> set[str]:
    """The niches one text mentions: whole words and phrases; a hashtag counts as its word.

    >>> sorted(topics_of("Nieuwe #outfit en mijn favoriete serum voor de huid"))
    ['beauty', 'fashion']
    >>> sorted(topics_of("My pre-workout, get ready with me"))
    ['beauty', 'fitness']
    """
    known = lexicon()
    words = _WORD.findall(text.casefold())
    found: set[str] = set()
    for start in range(len(words)):
        for size in range(1, known.longest + 1):
            phrase = " ".join(words[start : start + size])
            found |= known.owners.get(phrase, frozenset())
        for part in words[start].split("-")[1:]:
            found |= known.owners.get(part, frozenset())
    return found


def niches_for(texts: Iterable[str]) -> list[str]:
    """The account's niches: topics in enough of its posts, most frequent first.

    >>> niches_for(["Leg day! #gym", "Protein pancakes recipe", "Homemade dinner, recipe below"])
    ['fitness', 'food']
    >>> niches_for(["Good morning"])
    []
    """
    counts: Counter[str] = Counter()
    total = 0
    for text in texts:
        total += 1
        counts.update(topics_of(text))
    if total == 0:
        return []
    needed = max(min(2, total), math.ceil(MIN_SHARE * total))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [niche for niche, count in ranked if count >= needed][:MAX_NICHES]
