"""``transparant site build`` and ``serve``: help, a real build, and clear errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine

from scrapers.cli import main
from scrapers.cli.exit_status import ExitStatus


@pytest.mark.parametrize(
    "command", [["site", "--help"], ["site", "build", "--help"], ["site", "serve", "--help"]]
)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(main, command)
    assert result.exit_code == ExitStatus.OK
    assert "Example" in result.output and "transparant site" in result.output


def test_build_dutch_only_from_a_data_dir(
    tmp_path: Path, load_store: Callable[[str], Engine]
) -> None:
    load_store(f"sqlite:///{tmp_path / 'transparant.sqlite3'}").dispose()
    output = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "site",
            "build",
            "--lang",
            "nl",
            "--output",
            str(output),
            "--data-dir",
            str(tmp_path),
            "--no-search",
        ],
    )
    assert result.exit_code == ExitStatus.OK, result.output
    assert "2 accounts" in result.output
    assert (output / "nl" / "accounts" / "instagram" / "anna.styles" / "index.html").is_file()
    assert not (output / "index.html").exists()
    assert json.loads((output / "accounts/instagram/anna.styles/data.json").read_text())


def test_unknown_language_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["site", "build", "--lang", "de"])
    assert result.exit_code == ExitStatus.USAGE


def test_serve_without_a_build_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["site", "serve", "--output", str(tmp_path / "none")])
    assert result.exit_code == ExitStatus.NOT_FOUND
    assert "transparant site build" in result.output
