"""Account niches from the account's own posts, in Dutch, English, German and French."""

from __future__ import annotations

import pytest

from scrapers.store.niches import niches_for, topics_of


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Mijn nieuwe outfit voor het weekend #ootd", {"fashion"}),
        ("Deze dagcrème en het serum houden mijn huid zacht", {"beauty"}),
        ("Unboxing des neuen Smartphones, die Kamera ist top", {"tech"}),
        ("Leg day! #gym", {"fitness"}),
        ("Week-end à Lisbonne, hôtel incroyable", {"travel"}),
        ("Recept voor zelfgemaakte pompoensoep", {"food"}),
        ("Speedrun in Minecraft op Twitch vanavond", {"gaming"}),
        ("Onze pasgeboren baby slaapt eindelijk door", {"parenting"}),
        ("Waarom ik maandelijks beleg in een ETF", {"finance"}),
        ("Ochtendroutine met koffie tussen de planten", {"lifestyle"}),
        ("Goedemorgen allemaal!", set()),
        ("Bon appétit", set()),
        ("modest outfit", {"fashion"}),
        ("a modest proposal", set()),
    ],
)
def test_topics_of_one_post(text: str, topics: set[str]) -> None:
    assert topics_of(text) == topics


def test_a_niche_needs_to_recur() -> None:
    posts = ["#gym day", "protein shake after my workout", "new lipstick", "pilates class"]
    assert niches_for(posts) == ["fitness"]


def test_at_most_three_niches_most_frequent_first() -> None:
    posts = ["outfit"] * 4 + ["recipe"] * 3 + ["gym"] * 3 + ["hotel"] * 3 + ["laptop"] * 2
    assert niches_for(posts) == ["fashion", "fitness", "food"]  # ties by name; travel is 4th


def test_a_single_post_account_gets_its_topics() -> None:
    assert niches_for(["Unboxing my new laptop"]) == ["tech"]
