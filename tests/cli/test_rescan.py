"""``transparant rescan``: re-evaluates the store offline, locally or on a local Dask cluster."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from scrapers.cli import main

BLOG = Path(__file__).resolve().parents[1] / "fixtures" / "pipeline" / "blog"


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["rescan", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and "--engine dask" in result.output


def test_rescan_adds_a_jurisdiction_then_writes_nothing(tmp_path: Path) -> None:
    runner = CliRunner()
    store = ["--data-dir", str(tmp_path)]
    assert runner.invoke(main, ["scan", str(BLOG), *store]).exit_code == 0
    added = runner.invoke(main, ["rescan", "-j", "nl,be", *store, "--format", "json"])
    assert added.exit_code == 0, added.output
    assert json.loads(added.output)["verdicts_written"] == 3
    again = runner.invoke(main, ["rescan", "-j", "nl,be", *store])
    assert "3 posts seen, 0 new, 0 changed, 3 unchanged; 0 errors" in again.output


def test_scheduler_needs_the_dask_engine(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["rescan", "--scheduler", "tcp://127.0.0.1:18599", "--data-dir", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "--engine dask" in result.output
