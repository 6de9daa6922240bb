"""The cheap language guess: function words decide short captions, py3langid the rest."""

from __future__ import annotations

import pytest

from scrapers.detection import Detector
from scrapers.detection.language import guess_from_function_words, guess_language
from scrapers.detection.lexicon import load_lexicon


@pytest.mark.parametrize(("caption", "language"), [
    ("Je suis fan de ce sac !", "fr"),
    ("Ils sont trop beaux, on les adore", "fr"),
    ("Ich bin total verliebt in diesen Duft", "de"),
    ("Alles verlinkt in meiner LTK", "de"),
    ("So glücklich mit diesem Rucksack", "de"),
    ("Ze heeft alles zelf gemaakt", "nl"),
    ("I'm in love with a new serum", "en"),
])
def test_function_words_decide_short_captions(caption: str, language: str) -> None:
    # The model is slow in a stream and guesses no better than chance on six words
    # ("je suis fan de boek" came out Dutch): the function words must decide these alone.
    assert guess_from_function_words(caption.lower(), load_lexicon()) == language


def test_a_word_of_several_languages_votes_for_none_alone() -> None:
    lexicon = load_lexicon()
    assert guess_from_function_words("in freiburg", lexicon) == "und"  # nl, en and de
    assert guess_from_function_words("alles in freiburg", lexicon) == "und"  # nl and de
    assert guess_language("samstagsmarkt in freiburg, immer käse vom selben stand holen",
                          lexicon) == "de"  # the model decides what the words leave open


def test_every_function_word_is_text() -> None:
    # YAML reads a bare on/yes/no as a boolean: the French "on" must stay a word.
    words = load_lexicon().stopword_languages
    assert all(isinstance(word, str) and word == word.lower() for word in words)
    assert "on" in words and "y" in words


def test_a_french_label_on_a_french_caption_is_in_its_language() -> None:
    verdict = Detector("nl").analyze_caption("Je suis fan de ce sac ! #pub #mode", "instagram")
    assert verdict.language == "fr"
    assert (verdict.verdict, verdict.disclosed) == ("disclosed", True)
    assert [(s.rule, s.text) for s in verdict.signals] == [("disclosure.hashtag", "#pub")]
