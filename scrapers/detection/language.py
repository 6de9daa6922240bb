"""A cheap, offline language guess: function words first, py3langid only when they are silent.

Counting function words is a set intersection (microseconds); py3langid costs
tens of microseconds and a one-second model load, so it runs only for texts
whose function words do not decide.

>>> from scrapers.detection.lexicon import load_lexicon
>>> guess_language("ik heb dit echt niet verwacht, wat een dag", load_lexicon())
'nl'
>>> guess_language("das ist mein neuer Lieblingsduft und ich liebe ihn", load_lexicon())
'de'
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Any, Final

from scrapers.detection.lexicon import Lexicon

LANGID_MIN_LENGTH: Final = 20
"""Below this, py3langid guesses no better than chance; the answer is ``und``."""
LANGUAGES: Final = ("nl", "en", "de", "fr", "es", "it", "pt", "da", "sv", "pl")


def guess_language(lowered: str, lexicon: Lexicon) -> str:
    """ISO 639-1 code of ``lowered`` (lower-case text), or ``und`` when unknowable."""
    cheap = guess_from_function_words(lowered, lexicon)
    return cheap if cheap != "und" else guess_by_model(lowered)


def guess_by_model(lowered: str) -> str:
    """py3langid's answer for a text whose function words are silent; ``und`` when short."""
    if len(lowered) < LANGID_MIN_LENGTH:
        return "und"
    language, _score = _identifier().classify(lowered)
    return str(language)


def guess_from_function_words(lowered: str, lexicon: Lexicon,
                              words: Collection[str] | None = None) -> str:
    """The language whose function words occur most, if one clearly leads; else ``und``.

    >>> from scrapers.detection.lexicon import load_lexicon
    >>> guess_from_function_words("trop contente de ce sac !", load_lexicon())
    'fr'
    """
    if words is None:
        words = lowered.split()
    index = lexicon.stopword_languages
    found = index.keys() & words  # C-level: most of a post's words are not function words
    if not found:
        return "und"
    order = lexicon.stopword_order
    counts = [0] * len(order)
    for word in found:
        for position in index[word]:
            counts[position] += 1
    best = max(counts)
    if counts.count(best) > 1:  # a tie (also no votes at all): no clear leader
        return "und"
    return order[counts.index(best)]


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(list(LANGUAGES))
    return identifier
