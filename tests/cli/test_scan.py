"""``transparant scan``: help with examples, a folder into the store, a summary, resume."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

import scrapers.cli.scan as scan_command
from scrapers.cli import main
from scrapers.fetch.config import FetchConfig
from scrapers.store.database import make_engine
from scrapers.store.schema import SignalRow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scrapers" / "pipeline"))
from link_server import Site, link_site, reply, site

__all__ = ["link_site", "site"]  # fixtures used by name

BLOG = Path(__file__).resolve().parents[1] / "fixtures" / "pipeline" / "blog"
PACE = 0.4
PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>{title}</title></head><body><article><h1>{title}</h1>
<p>Deze week probeerde ik een nieuw serum uit en ik ben er echt enthousiast over. Mijn huid
voelt zachter aan en de geur is heerlijk. Je vindt het serum <a href="{short}">hier</a>,
en ik gebruik het elke ochtend na het douchen.</p></article></body></html>"""


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["scan", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output
    assert "transparant scan https://" in result.output


def test_scan_a_folder_then_again(tmp_path: Path) -> None:
    runner = CliRunner()
    arguments = ["scan", str(BLOG), "--data-dir", str(tmp_path), "-j", "nl,us"]
    first = runner.invoke(main, arguments)
    assert first.exit_code == 0, first.output
    assert "3 posts seen, 3 new, 0 changed, 0 unchanged; 0 errors" in first.output
    again = runner.invoke(main, [*arguments, "--format", "json"])
    summary = json.loads(again.output)
    assert (summary["seen"], summary["unchanged"], summary["verdicts_written"]) == (3, 3, 0)
    stats = json.loads(
        runner.invoke(main, ["stats", "--data-dir", str(tmp_path), "--format", "json"]).output
    )
    assert stats["posts"] == 3
    assert sum(stats["verdicts"].values()) == 6
    assert stats["accounts"] == 2


def test_since_and_limit(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["scan", str(BLOG), "--data-dir", str(tmp_path), "--since", "2024-04-01", "--limit", "1"],
    )
    assert result.exit_code == 0, result.output
    assert "1 posts seen" in result.output


def test_store_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.setenv("TRANSPARANT_DATABASE_URL", url)
    result = CliRunner().invoke(main, ["scan", str(BLOG)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.sqlite3").exists()


def test_a_missing_path_is_a_recorded_error_with_a_failing_status(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["scan", str(tmp_path / "nowhere"), "--data-dir", str(tmp_path)]
    )
    assert result.exit_code == 3
    assert "0 posts seen" in result.output and "1 error" in result.output


def test_bad_since_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["scan", str(BLOG), "--data-dir", str(tmp_path), "--since", "yesterday-ish"]
    )
    assert result.exit_code == 2
    assert "yesterday-ish" in result.output


def test_unknown_jurisdiction_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["scan", str(BLOG), "--data-dir", str(tmp_path), "--jurisdiction", "nl,xx"]
    )
    assert result.exit_code == 2
    assert "unknown jurisdiction 'xx'" in result.output


@pytest.fixture
def local_scan(link_site: Site, monkeypatch: pytest.MonkeyPatch, store_url: str) -> Site:
    """Two blog pages on the local server, each with the same bit.ly link to Amazon."""
    original = scan_command.fetch_config

    def loopback(contact_url: str | None, user_agent: str | None) -> FetchConfig:
        config = original(contact_url, user_agent)
        return replace(config, allow_loopback=True, min_interval=PACE, backoff=0.01)

    monkeypatch.setattr(scan_command, "fetch_config", loopback)
    monkeypatch.setenv("TRANSPARANT_DATABASE_URL", store_url)
    monkeypatch.setenv("TRANSPARANT_CONTACT_URL", "https://example.org/contact")
    short = f"http://bit.ly:{link_site.port}/deal"
    for name in ("a", "b"):
        page = PAGE.format(title=f"Serum review {name}", short=short).encode()
        link_site.routes[f"/{name}"] = reply(200, page, Content_Type="text/html; charset=utf-8")
    landing = f"http://www.amazon.com:{link_site.port}/dp/X?tag=abc-21"
    link_site.routes["/deal"] = reply(301, Location=landing)
    link_site.routes["/dp/X?tag=abc-21"] = reply(200, b"product")
    return link_site


def affiliate_signals(store_url: str) -> int:
    engine = make_engine(store_url)
    try:
        with engine.connect() as connection:
            rule = SignalRow.rule == "commercial.affiliate_link"
            return int(connection.scalar(select(func.count()).where(rule)) or 0)
    finally:
        engine.dispose()


def test_one_client_serves_every_source_and_resolves_short_links(
    local_scan: Site, store_url: str
) -> None:
    pages = [local_scan.url("/a"), local_scan.url("/b")]
    result = CliRunner().invoke(main, ["scan", *pages, "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["seen"], summary["links_resolved"], summary["errors"]) == (2, 1, {})
    robots = [hit.headers["Host"] for hit in local_scan.hits if hit.path == "/robots.txt"]
    assert sorted(robots) == sorted({f"127.0.0.1:{local_scan.port}", f"bit.ly:{local_scan.port}",
                                     f"www.amazon.com:{local_scan.port}"})
    times = [hit.at for hit in local_scan.hits if hit.path in ("/a", "/b")]
    assert len(times) == 2 and times[1] - times[0] >= PACE * 0.95  # one pacer for both
    agents = {hit.headers["User-Agent"] for hit in local_scan.hits}
    assert len(agents) == 1 and agents.pop().endswith("(+https://example.org/contact)")
    assert affiliate_signals(store_url) == 2


def test_no_resolve_links_leaves_short_links_alone(local_scan: Site, store_url: str) -> None:
    result = CliRunner().invoke(
        main, ["scan", local_scan.url("/a"), "--no-resolve-links", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["links_resolved"] == 0
    assert {hit.headers["Host"] for hit in local_scan.hits} == {f"127.0.0.1:{local_scan.port}"}
    assert affiliate_signals(store_url) == 0


@pytest.mark.parametrize("flag", [[], ["--resolve-links"]])
def test_import_follows_short_links_only_when_asked(
    local_scan: Site, store_url: str, tmp_path: Path, flag: list[str]
) -> None:
    short = f"http://bit.ly:{local_scan.port}/deal"
    record = {"text": f"Mijn serum: {short}", "platform": "instagram", "post_id": "1",
              "author": "anna"}
    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "jsonl", str(posts), *flag, "--format", "json"])
    assert result.exit_code == 0, result.output
    resolved = 1 if flag else 0
    assert json.loads(result.output)["links_resolved"] == resolved
    assert affiliate_signals(store_url) == resolved
    assert bool(local_scan.hits) == bool(flag)
