"""Every shipped rulebook loads, cites its sources, and knows only labels the lexicon knows."""

from __future__ import annotations

import pytest

from scrapers.detection.lexicon import load_lexicon
from scrapers.rules import JURISDICTIONS, UnknownJurisdictionError, load_rulebook


@pytest.mark.parametrize("code", JURISDICTIONS)
def test_rulebook_is_complete(code: str) -> None:
    book = load_rulebook(code)
    assert book.jurisdiction == code
    assert book.version.startswith(f"{code}-")
    assert book.authority and book.rules and book.accepted_labels
    for rule in book.rules:
        assert rule.source.url.startswith("https://")
        assert len(rule.date) == 10 and rule.date[4] == "-"
    assert book.placement.fold_for("instagram") == 125


@pytest.mark.parametrize("code", JURISDICTIONS)
def test_rulebook_labels_exist_in_the_lexicon(code: str) -> None:
    known = set(load_lexicon().label_kinds)
    book = load_rulebook(code)
    unknown = {label for label in book.accepted | book.unclear_labels if label not in known}
    assert unknown == set()


@pytest.mark.parametrize(
    ("code", "label", "status"),
    [
        ("us", "#spon", "unclear"), ("us", "#collab", "unclear"), ("us", "#ad", "accepted"),
        ("nl", "#spon", "accepted"), ("nl", "#adv", "accepted"),
        ("uk", "sponsored", "unclear"), ("uk", "ad", "accepted"),
        ("de", "werbung", "accepted"), ("de", "#ad", "unclear"),
        ("fr", "collaboration commerciale", "accepted"), ("fr", "publicité", "accepted"),
    ],
)
def test_labels_are_judged_per_jurisdiction(code: str, label: str, status: str) -> None:
    assert load_rulebook(code).judge_label(label) == status


def test_unknown_jurisdiction_is_a_clear_error() -> None:
    with pytest.raises(UnknownJurisdictionError, match="choose one of"):
        load_rulebook("xx")


def test_to_dict_is_json_ready() -> None:
    data = load_rulebook("de").to_dict()
    assert data["placement"]["at_start"] is True
    assert data["rules"][0]["url"].startswith("https://")
