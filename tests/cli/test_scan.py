"""``transparant scan``: help with examples, a folder into the store, a summary, resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrapers.cli import main

BLOG = Path(__file__).resolve().parents[1] / "fixtures" / "pipeline" / "blog"


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
