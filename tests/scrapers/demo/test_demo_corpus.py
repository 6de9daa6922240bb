"""The demo corpus is what the issue asks for, honest, importable and reproducible."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from scrapers.audit.matching import BrandMatcher
from scrapers.demo.agreement import measure
from scrapers.demo.generate import build_records
from scrapers.demo.loader import POSTS_FILE, demo_brands, demo_campaign, read_corpus
from scrapers.identity import tier_for
from scrapers.models import VERDICTS
from scrapers.sources.registry import import_source


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in POSTS_FILE.read_text(encoding="utf-8").splitlines()]


def test_checked_in_files_are_the_generator_output(records: list[dict[str, Any]]) -> None:
    assert records == build_records()


def test_size_and_spread(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 400
    accounts = {(r["platform"], r["author"]) for r in records}
    assert 38 <= len(accounts) <= 45
    assert {r["platform"] for r in records} == {"instagram", "youtube", "tiktok", "x", "blog"}
    assert {r["language"] for r in records} == {"nl", "en"}
    assert {tier_for(r["follower_count"]) for r in records} == {"nano", "micro", "macro", "mega"}
    assert len({(r["platform"], r["post_id"]) for r in records}) == len(records)
    for jurisdiction in ("nl", "us"):
        assert {r["label"][f"verdict_{jurisdiction}"] for r in records} == set(VERDICTS)
    kinds = Counter(r["label"]["kind"] for r in records)
    assert {"sponsored", "affiliate", "gifted", "advertorial", None} <= set(kinds)
    assert sum("html" in r for r in records) >= 4


@pytest.mark.parametrize(
    ("needle", "verdict_nl", "verdict_us"),
    [
        ("^#spon ", "disclosed", "unclear_disclosure"),
        ("^#adv ", "disclosed", "unclear_disclosure"),
        ("#a\u200bd", "unclear_disclosure", "unclear_disclosure"),
        ("Niet gesponsord", "organic", "organic"),
        ("Hoe herken je een gesponsorde post?", "organic", "organic"),
        ("amzn.to/", "undisclosed", "undisclosed"),
    ],
)
def test_hard_cases_are_present_and_labelled(
    records: list[dict[str, Any]], needle: str, verdict_nl: str, verdict_us: str
) -> None:
    def has(r: dict[str, Any]) -> bool:
        if needle.startswith("^"):
            return bool(r["text"].startswith(needle[1:]))
        return needle in r["text"] or any(needle in link for link in r["links"])

    found = [r for r in records if has(r)]
    assert found
    if needle != "amzn.to/":
        assert {(r["label"]["verdict_nl"], r["label"]["verdict_us"]) for r in found} == {
            (verdict_nl, verdict_us)}
    else:
        assert ("undisclosed", "undisclosed") in {
            (r["label"]["verdict_nl"], r["label"]["verdict_us"]) for r in found}


def test_below_the_fold_disclosures_really_are_below_it(records: list[dict[str, Any]]) -> None:
    below = [r for r in records if "below_fold" in r["label"]["problems_nl"]]
    assert below and all(r["platform"] == "instagram" for r in below)
    assert all(r["text"].index("#ad") > 125 for r in below)


def test_labels_are_consistent(records: list[dict[str, Any]]) -> None:
    for r in records:
        label = r["label"]
        if not label["commercial"]:
            assert label["verdict_nl"] == label["verdict_us"] == "organic" and not label["kind"]
        elif not label["disclosed"]:
            assert label["verdict_nl"] == label["verdict_us"] == "undisclosed"
        else:
            assert {label["verdict_nl"], label["verdict_us"]} <= {"disclosed",
                                                                    "unclear_disclosure"}
        for jurisdiction in ("nl", "us"):
            unclear = label[f"verdict_{jurisdiction}"] == "unclear_disclosure"
            assert bool(label[f"problems_{jurisdiction}"]) == unclear


def test_brand_labels_equal_what_matching_finds(records: list[dict[str, Any]]) -> None:
    for brand in demo_brands():
        matcher = BrandMatcher(brand)
        for r in records:
            matched = bool(matcher.match(r["text"], r["links"], r["tagged"], r["author"]))
            assert matched == (r["label"]["brand"] == brand.slug), r["text"]


def test_campaigns_name_a_creator_without_posts(records: list[dict[str, Any]]) -> None:
    authors = {r["author"] for r in records}
    for brand in demo_brands():
        campaign = demo_campaign(brand.slug)
        assert campaign.brand == brand.slug and campaign.start and campaign.end
        assert any(c.handle not in authors for c in campaign.creators)


def test_the_jsonl_importer_reads_every_record() -> None:
    items = list(import_source("jsonl", POSTS_FILE).items())
    assert len(items) == len(list(read_corpus()))
    assert all(item.ok for item in items)
    first = next(read_corpus())
    assert items[0].post is not None
    assert replace(items[0].post, published=None) == replace(first.post, published=None)
    assert datetime.fromisoformat(str(items[0].post.published)) == datetime.fromisoformat(
        str(first.post.published))
    assert items[0].account is not None and items[0].account.display_name


def test_detector_agrees_with_most_labels() -> None:
    """A floor, not a target: the disagreements are printed by ``python -m
    scrapers.demo.agreement`` and are the detector's open cases."""
    for jurisdiction in ("nl", "us"):
        result = measure(jurisdiction)
        assert result.agreed / result.total >= 0.85, result.disagreements[:5]
