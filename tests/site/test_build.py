"""A full two-language build of the fixture store: pages, JSON, stamps, privacy, escaping."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import feedparser
import pytest

from scrapers.publish.build import BuildReport
from scrapers.publish.opendata import sha256_of
from scrapers.publish.tables import TABLES
from scrapers.store.schema import PRIVATE_TABLES
from scrapers.version import DETECTOR_VERSION

CONTENT = Path(__file__).resolve().parents[2] / "content"

SMALL_NAMES = ("kleine.kim", "Kim Privé", "mystery.mo", "Mo Onbekend", "KimP1", "MoP1", "KIM5")
"""Handles, display names, post ids and caption text of the fixture's two small accounts."""
PRIVATE_MARKERS = (
    "REPORT-PRIVATE-NOTE",
    "TOKEN-PRIVATE-HASH",
    "IP-PRIVATE-HASH",
    "QUEUED-DISPUTE-SECRET",
    "REJECTED-DISPUTE-SECRET",
    "SUPERSEDED-SIGNAL",
)
NAMED = (("instagram", "anna.styles"), ("youtube", "techtom"))


def html_pages(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def every_text(output: Path) -> dict[Path, str]:
    """Every output file as text; SQLite as its bytes, Pagefind's gzipped chunks unpacked."""
    texts = {}
    for path in output.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if path.suffix.startswith(".pf_"):
            raw = gzip.decompress(raw)
        texts[path] = raw.decode("utf-8", errors="replace")
    return texts


def test_report_counts_the_pages(built_site: BuildReport) -> None:
    assert built_site.accounts == 2
    assert built_site.brands == 2
    assert built_site.store_pages > 2 * (built_site.accounts + built_site.brands)
    assert built_site.render_ms_per_page > 0


@pytest.mark.parametrize("prefix", ["", "nl/"])
@pytest.mark.parametrize(("platform", "slug"), NAMED)
def test_every_published_account_has_a_page_and_json(
    built_site: BuildReport, prefix: str, platform: str, slug: str
) -> None:
    page = built_site.output / prefix / "accounts" / platform / slug / "index.html"
    assert page.is_file()
    data = json.loads((built_site.output / "accounts" / platform / slug / "data.json").read_text())
    assert data["handle"].lower() == slug
    assert data["posts_scanned"] >= 3
    assert all(item["signals"] for item in data["evidence"])


def test_account_json_has_rates_with_intervals(built_site: BuildReport) -> None:
    data = json.loads((built_site.output / "accounts/instagram/anna.styles/data.json").read_text())
    disclosed = data["rates"]["disclosed"]
    assert (disclosed["count"], disclosed["total"]) == (2, 4)
    assert disclosed["ci_low"] < 0.5 < disclosed["ci_high"]
    assert data["rulebook_versions"] == [
        "de-2026.1",
        "fr-2026.1",
        "nl-2026.1",
        "uk-2026.1",
        "us-2026.1",
    ]


def test_small_accounts_are_named_nowhere(built_site: BuildReport) -> None:
    leaks = [
        (path.relative_to(built_site.output), name)
        for path, text in every_text(built_site.output).items()
        for name in SMALL_NAMES
        if name in text
    ]
    assert leaks == []


def test_small_accounts_still_count_in_totals(built_site: BuildReport) -> None:
    counts = (built_site.output / "data" / "verdict_counts.csv").read_text()
    assert "tiktok,nl,disclosed,1" in counts
    brand = json.loads((built_site.output / "brands/zonly/data.json").read_text())
    unnamed = [c for c in brand["creators"] if not c["named"]]
    assert unnamed and unnamed[0]["counts"]["undisclosed"] == 1


def test_private_and_superseded_data_never_leave_the_store(built_site: BuildReport) -> None:
    leaks = [
        (path.relative_to(built_site.output), marker)
        for path, text in every_text(built_site.output).items()
        for marker in PRIVATE_MARKERS
        if marker in text
    ]
    assert leaks == []


def test_script_in_a_caption_is_shown_as_text(built_site: BuildReport) -> None:
    for prefix in ("", "nl/"):
        html = (
            built_site.output / prefix / "accounts/instagram/anna.styles/index.html"
        ).read_text()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<script>alert(1)" not in html
    dispute = "I bought these sneakers myself &lt;b&gt;really&lt;/b&gt;"
    assert dispute in (built_site.output / "accounts/instagram/anna.styles/index.html").read_text()


def test_every_page_is_stamped_with_versions_and_snapshot(built_site: BuildReport) -> None:
    pages = [p for p in html_pages(built_site.output) if "pagefind" not in p.parts]
    assert len(pages) > 40
    for page in pages:
        html = page.read_text()
        assert 'class="stamp"' in html, page
        assert "nl-2026.1" in html and DETECTOR_VERSION in html, page


def test_languages_are_linked_with_hreflang(built_site: BuildReport) -> None:
    english = (built_site.output / "methodology/privacy/index.html").read_text()
    dutch = (built_site.output / "nl/methodology/privacy/index.html").read_text()
    for html in (english, dutch):
        assert '<link rel="alternate" hreflang="nl" href="/nl/methodology/privacy/">' in html
        assert '<link rel="alternate" hreflang="en" href="/methodology/privacy/">' in html
    assert '<html lang="en">' in english and '<html lang="nl">' in dutch
    assert "Privacy en wie genoemd wordt" in dutch
    assert (
        "signalen van onvermelde reclame"
        in (built_site.output / "nl/accounts/instagram/anna.styles/index.html").read_text()
    )


def test_build_time_figures_replace_the_markers(built_site: BuildReport) -> None:
    privacy = (built_site.output / "methodology/privacy/index.html").read_text()
    assert "10,000" in privacy and "transparant:" not in privacy
    accuracy = (built_site.output / "methodology/accuracy/index.html").read_text()
    assert "transparant:evaluation" not in accuracy
    assert 'class="evaluation' in accuracy


def test_dispute_is_beside_the_verdict_and_only_accepted_ones(built_site: BuildReport) -> None:
    html = (built_site.output / "accounts/instagram/anna.styles/index.html").read_text()
    item = html[html.index('id="post-3"') :]
    item = item[: item.index("</li>", item.index("dispute"))]
    assert "signals of an undisclosed ad" in item and "Right of reply" in item


@pytest.mark.parametrize("prefix", ["", "nl/"])
def test_corrections_feed_is_atom(built_site: BuildReport, prefix: str) -> None:
    feed = feedparser.parse((built_site.output / prefix / "corrections/feed.atom.xml").read_text())
    assert not feed.bozo
    assert len(feed.entries) == 2
    assert "[…]" in " ".join(e.summary for e in feed.entries)
    changes = feedparser.parse((built_site.output / prefix / "feeds/changes.atom.xml").read_text())
    written = sorted((CONTENT / (prefix.strip("/") or "en") / "changes").glob("*.md"))
    assert len(changes.entries) == len(written) >= 1  # one entry per methodology change


def test_bulk_downloads_are_complete_and_checksummed(built_site: BuildReport) -> None:
    data = built_site.output / "data"
    package = json.loads((data / "datapackage.json").read_text())
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["transparant"]["detector_version"]
    for resource in package["resources"]:
        assert resource["hash"] == f"sha256:{sha256_of(data / resource['path'])}"
    sums = dict(line.split("  ")[::-1] for line in (data / "SHA256SUMS").read_text().splitlines())
    assert sums["datapackage.json"] == sha256_of(data / "datapackage.json")
    with sqlite3.connect(data / "transparant.sqlite") as connection:
        names = {
            r[0] for r in connection.execute("select name from sqlite_master where type='table'")
        }
        assert names == {t.name for t in TABLES}
        assert not names & PRIVATE_TABLES
        assert connection.execute("select count(*) from accounts").fetchone() == (2,)
    bulk = json.loads((data / "transparant.json").read_text())
    assert len(bulk["tables"]["posts"]) == 8


def test_dutch_brand_page_links_to_dutch_account_pages(built_site: BuildReport) -> None:
    html = (built_site.output / "nl/brands/zonly/index.html").read_text()
    assert '<a href="/nl/accounts/instagram/anna.styles/">@anna.styles</a>' in html
    assert "Een kleiner account (niet genoemd)" in html


def test_timeline_is_an_accessible_svg_with_a_table_fallback(built_site: BuildReport) -> None:
    html = (built_site.output / "nl/accounts/instagram/anna.styles/index.html").read_text()
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"' in html
    assert "<title>2026-06: 1 signalen van onvermelde reclame</title>" in html
    assert '<tr><th scope="row">2026-06</th><td>0</td><td>0</td><td>1</td></tr>' in html
