"""``transparant import``: an export file into the store; a broken line is one recorded error."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from scrapers.cli import main
from scrapers.store.database import open_store
from scrapers.store.schema import Account, ScanItem

JSONL = Path(__file__).resolve().parents[1] / "fixtures" / "pipeline" / "posts.jsonl"


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["import", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and "transparant import ytdlp" in result.output


def test_import_jsonl_records_the_broken_line_and_goes_on(tmp_path: Path) -> None:
    arguments = ["import", "jsonl", str(JSONL), "--data-dir", str(tmp_path), "--format", "json"]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["kind"], summary["new"], summary["errors"]) == ("import", 3, {"parse": 1})
    engine = open_store(data_dir=tmp_path)
    with engine.connect() as connection:
        errors = connection.execute(
            select(ScanItem.item_key, ScanItem.error_kind).where(ScanItem.status == "error")
        ).all()
        accounts = dict(connection.execute(select(Account.handle, Account.tier)).all())
    engine.dispose()
    assert len(errors) == 1 and errors[0][0].endswith(":4")
    assert accounts == {"pixelpete": "macro", "koken.met.kim": "micro"}


def test_importing_again_is_a_new_run_that_writes_nothing(tmp_path: Path) -> None:
    runner = CliRunner()
    arguments = ["import", "jsonl", str(JSONL), "--data-dir", str(tmp_path), "--format", "json"]
    runner.invoke(main, arguments)
    again = json.loads(runner.invoke(main, arguments).output)
    assert (again["resumed"], again["new"], again["unchanged"]) == (False, 0, 3)


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["import", "vhs", str(JSONL), "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "ytdlp" in result.output
