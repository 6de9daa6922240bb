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
from functools import lru_cache
from importlib import resources

import yaml

MAX_NICHES = 3
MIN_SHARE = 0.2
"""A niche must appear in at least this share of the account's posts (and in two of them)."""


@lru_cache(maxsize=1)
def niche_patterns() -> Mapping[str, re.Pattern[str]]:
    """One whole-word pattern per niche, built from every language's keywords."""
    raw = resources.files("scrapers.store").joinpath("data/niches.yaml").read_text("utf-8")
    lexicon: dict[str, dict[str, list[str]]] = yaml.safe_load(raw)
    patterns = {}
    for niche, languages in lexicon.items():
        words = sorted({str(w).casefold() for ws in languages.values() for w in ws}, key=len)
        alternatives = "|".join(re.escape(word) for word in reversed(words))
        patterns[niche] = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    return patterns


def topics_of(text: str) -> set[str]:
    """The niches one text mentions.

    >>> sorted(topics_of("Nieuwe #outfit en mijn favoriete serum voor de huid"))
    ['beauty', 'fashion']
    """
    folded = text.casefold().replace("#", " ")
    return {niche for niche, pattern in niche_patterns().items() if pattern.search(folded)}


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
