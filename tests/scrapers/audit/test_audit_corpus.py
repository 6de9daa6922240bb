"""The audit's numbers for the demo brands equal the corpus labels, in every format.

The store holds the labels as verdicts (``load_reference``), so these tests check the
audit — matching, grouping, counting, campaign windows and rendering — against an
expectation computed here, independently, from ``posts.jsonl``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import date
from typing import Any

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import Engine

from scrapers.audit.render import render
from scrapers.audit.report import AuditReport
from scrapers.audit.service import audit_brand
from scrapers.demo.loader import POSTS_FILE, demo_brands, demo_campaign
from scrapers.store.database import transaction

FIELDS = ("posts", "commercial", "disclosed", "unclear", "undisclosed", "organic")
VERDICT_FIELD = {"disclosed": "disclosed", "unclear_disclosure": "unclear",
                 "undisclosed": "undisclosed", "organic": "organic"}


def corpus() -> list[dict[str, Any]]:
    return [json.loads(line) for line in POSTS_FILE.read_text(encoding="utf-8").splitlines()]


def expected_counts(records: list[dict[str, Any]], jurisdiction: str) -> dict[str, int]:
    verdicts = Counter(VERDICT_FIELD[r["label"][f"verdict_{jurisdiction}"]] for r in records)
    return {
        "posts": len(records),
        "commercial": sum(r["label"]["commercial"] for r in records),
        **{name: verdicts[name] for name in FIELDS[2:]},
    }


def expected_by_creator(slug: str, jurisdiction: str,
                        since: date | None = None) -> dict[str, dict[str, int]]:
    mine = [r for r in corpus() if r["label"]["brand"] == slug
            and (since is None or r["published"][:10] >= since.isoformat())]
    authors = sorted({r["author"] for r in mine})
    return {a: expected_counts([r for r in mine if r["author"] == a], jurisdiction)
            for a in authors}


def total(by_creator: dict[str, dict[str, int]]) -> dict[str, int]:
    return {f: sum(c[f] for c in by_creator.values()) for f in FIELDS}


def from_json(report: AuditReport) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    data = json.loads(render(report, "json"))
    return ({f: data["summary"][f] for f in FIELDS},
            {c["handle"]: {f: c[f] for f in FIELDS} for c in data["creators"]})


def from_csv(report: AuditReport) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    creators: dict[str, dict[str, int]] = {}
    for row in rows:
        counts = creators.setdefault(row["handle"], dict.fromkeys(FIELDS, 0))
        counts["posts"] += 1
        counts["commercial"] += row["commercial"] == "true"
        counts[VERDICT_FIELD[row["verdict"]]] += 1
    return total(creators), creators


def from_text(report: AuditReport, lang: str = "en"
              ) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    text = render(report, "text", lang)
    pattern = re.compile(r"posts (\d+), \w+ (\d+), [^,]+ (\d+), [^,]+ (\d+), [^,]+ (\d+), "
                         r"[^,]+ (\d+)$")

    def counts(line: str) -> dict[str, int]:
        found = pattern.search(line)
        assert found, line
        return dict(zip(FIELDS, map(int, found.groups()), strict=True))

    lines = text.splitlines()
    summary = counts(next(line for line in lines if line.startswith(("Summary:", "Samenvatting:"))))
    start = next(n for n, line in enumerate(lines) if line in ("By creator:", "Per maker:")) + 1
    creators = {}
    for line in lines[start:]:
        if not line.startswith("  "):
            break
        handle = line.split("@", 1)[1].split(":", 1)[0]
        creators[handle] = counts(line)
    return summary, creators


def from_html(report: AuditReport, lang: str = "en"
              ) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    soup = BeautifulSoup(render(report, "html", lang), "html.parser")
    summary = {f: int(soup.select_one(f"#summary [data-field={f}]").text) for f in FIELDS}
    creators = {}
    for row in soup.select("#creators tr[data-creator]"):
        handle = row["data-creator"].split(":", 1)[1]
        creators[handle] = {f: int(row.select_one(f"[data-field={f}]").text) for f in FIELDS}
    return summary, creators


PARSERS = {"json": from_json, "csv": from_csv, "text": from_text, "html": from_html}


@pytest.mark.slow
def test_audit_numbers_match_labels_in_all_formats(labelled_store: Engine) -> None:
    for brand in demo_brands():
        for jurisdiction in ("nl", "us"):
            expected = expected_by_creator(brand.slug, jurisdiction)
            with transaction(labelled_store) as session:
                report = audit_brand(session, brand, jurisdiction=jurisdiction)
            assert report.summary.posts >= 60
            for fmt, parse in PARSERS.items():
                summary, creators = parse(report)
                assert creators == expected, (brand.slug, jurisdiction, fmt)
                assert summary == total(expected), (brand.slug, jurisdiction, fmt)
            for parse_nl in (from_text, from_html):
                assert parse_nl(report, "nl") == (total(expected), expected)


def test_since_filters_by_publication_day(labelled_store: Engine) -> None:
    brand = demo_brands()[0]
    since = date(2026, 7, 1)
    with transaction(labelled_store) as session:
        report = audit_brand(session, brand, since=since, jurisdiction="nl")
    assert from_json(report)[1] == expected_by_creator(brand.slug, "nl", since)
    assert report.since == "2026-07-01"


def expected_campaign(slug: str, jurisdiction: str) -> dict[str, tuple[str, int, int]]:
    """handle -> (status, posts in window, disclosed in window), from the labels."""
    brief = demo_campaign(slug)
    result = {}
    for creator in brief.creators:
        start, end = creator.window(brief)
        assert start and end
        posts = [r for r in corpus() if r["label"]["brand"] == slug
                 and r["author"] == creator.handle
                 and start.isoformat() <= r["published"][:10] <= end.isoformat()]
        verdicts = [r["label"][f"verdict_{jurisdiction}"] for r in posts]
        status = ("not_found" if not posts else
                  "all_disclosed" if all(v == "disclosed" for v in verdicts) else
                  "needs_attention")
        result[creator.handle] = (status, len(posts), verdicts.count("disclosed"))
    return result


@pytest.mark.parametrize("jurisdiction", ["nl", "us"])
def test_campaign_check_matches_labels(labelled_store: Engine, jurisdiction: str) -> None:
    for brand in demo_brands():
        with transaction(labelled_store) as session:
            report = audit_brand(session, brand, jurisdiction=jurisdiction,
                                 campaign=demo_campaign(brand.slug))
        assert report.campaign is not None
        got = {c.handle: (c.status, c.counts.posts, c.counts.disclosed)
               for c in report.campaign.creators}
        expected = expected_campaign(brand.slug, jurisdiction)
        assert got == expected
        assert {"vera.velours", "kampeerkoen"} & set(report.campaign.not_found)
        html = render(report, "html")
        for handle in report.campaign.not_found:
            assert f"@{handle}" in html


def test_fix_first_ranks_undisclosed_before_unclear_by_reach(labelled_store: Engine) -> None:
    with transaction(labelled_store) as session:
        report = audit_brand(session, demo_brands()[0], jurisdiction="nl")
    verdicts = [f.verdict for f in report.fix_first]
    assert verdicts == sorted(verdicts, key=lambda v: v != "undisclosed")
    assert len(report.fix_first) == report.summary.undisclosed + report.summary.unclear
    undisclosed = [f.follower_count or 0 for f in report.fix_first if f.verdict == "undisclosed"]
    assert undisclosed == sorted(undisclosed, reverse=True)
    unclear = [f for f in report.fix_first if f.verdict == "unclear_disclosure"]
    assert {"below_fold", "label_not_accepted", "obfuscated_label"} <= {
        f.action_code for f in unclear}
    dutch = render(report, "text", "nl")
    assert "Eerst oplossen:" in dutch and "signalen van niet-vermelde reclame" in dutch
    assert "Vraag de maker om de vermelding vóór 'meer' te zetten." in dutch
