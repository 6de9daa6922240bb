"""``transparant rules`` prints a rulebook as text or JSON."""

from __future__ import annotations

import json

from click.testing import CliRunner

from scrapers.cli import main


def test_rules_text_default_is_nl() -> None:
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Netherlands — rulebook nl-2026.11")
    assert "#spon" in result.stdout and "Reclamecode Social Media" in result.stdout


def test_rules_json_for_us() -> None:
    result = CliRunner().invoke(main, ["rules", "--jurisdiction", "us", "--format", "json"])
    data = json.loads(result.stdout)
    assert data["version"] == "us-2026.11"
    assert "#spon" in data["unclear_labels"]


def test_unknown_jurisdiction_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["rules", "--jurisdiction", "xx"])
    assert result.exit_code == 2
