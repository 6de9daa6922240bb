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

from functools import lru_cache
from typing import Any

from scrapers.detection.lexicon import Lexicon

LANGID_MIN_LENGTH = 20
"""Below this, py3langid guesses no better than chance; the answer is ``und``."""
LANGUAGES = ("nl", "en", "de", "fr", "es", "it", "pt", "da", "sv", "pl")
_PUNCTUATION = str.maketrans(dict.fromkeys('.,!?;:()[]{}"“”‘’«»…|/#@*-–—\n\t', " "))


def guess_language(lowered: str, lexicon: Lexicon) -> str:
    """ISO 639-1 code of ``lowered`` (lower-case text), or ``und`` when unknowable."""
    words = set(lowered.translate(_PUNCTUATION).split())
    votes = sorted(((len(stop & words), lang) for lang, stop in lexicon.stopwords.items()),
                   reverse=True)
    if votes[0][0] >= 2 and votes[0][0] > votes[1][0]:
        return votes[0][1]
    if len(lowered) < LANGID_MIN_LENGTH:
        return votes[0][1] if votes[0][0] > votes[1][0] else "und"
    language, _score = _identifier().classify(lowered)
    return str(language)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(list(LANGUAGES))
    return identifier
