"""``transparant stats``: what the store holds, as text or JSON with fixed keys."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from scrapers.cli import main
from scrapers.models import VERDICTS

BLOG = Path(__file__).resolve().parents[1] / "fixtures" / "pipeline" / "blog"


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["stats", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and "transparant stats --format json" in result.output


def test_json_keys_of_an_empty_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--data-dir", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == ["posts", "accounts", "brands", "verdicts", "scan_runs"]
    assert data == {
        "posts": 0,
        "accounts": 0,
        "brands": 0,
        "verdicts": dict.fromkeys(VERDICTS, 0),
        "scan_runs": 0,
    }


def test_json_and_text_after_a_scan(tmp_path: Path) -> None:
    runner = CliRunner()
    store = ["--data-dir", str(tmp_path)]
    runner.invoke(main, ["scan", str(BLOG), *store])
    data = json.loads(runner.invoke(main, ["stats", *store, "--format", "json"]).output)
    assert (data["posts"], data["accounts"], data["scan_runs"]) == (3, 2, 1)
    assert sum(data["verdicts"].values()) == 3
    text = runner.invoke(main, ["stats", *store]).output
    assert "posts" in text and "verdicts organic" in text
    assert text.split("\n")[0].split() == ["posts", "3"]
