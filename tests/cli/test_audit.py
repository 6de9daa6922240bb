"""``transparant audit`` on a store holding the labelled demo corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrapers.cli import main
from scrapers.cli.exit_status import ExitStatus
from scrapers.demo.loader import DATA_DIR, load_reference
from scrapers.store.database import open_store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "store"
    engine = open_store(data_dir=directory)
    load_reference(engine)
    engine.dispose()
    return directory


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_summary_and_campaign(data_dir: Path) -> None:
    code, out, _ = run("audit", "--brand", "Velvoria", "--format", "json",
                       "--campaign", str(DATA_DIR / "campaign_velvoria.yaml"),
                       "--data-dir", str(data_dir))
    assert code == ExitStatus.OK
    report = json.loads(out)
    labels = [json.loads(line)["label"] for line in
              (DATA_DIR / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    mine = [label for label in labels if label["brand"] == "velvoria"]
    assert report["summary"]["posts"] == len(mine)
    assert report["summary"]["undisclosed"] == sum(
        label["verdict_nl"] == "undisclosed" for label in mine)
    assert "vera.velours" in report["campaign"]["not_found"]
    assert report["fix_first"][0]["verdict"] == "undisclosed"


def test_ad_hoc_brand_by_domain_and_handle_with_since(data_dir: Path) -> None:
    code, out, _ = run("audit", "--brand", "Some Shop", "--domain", "https://shop.velvoria.nl",
                       "--since", "2026-07-01", "--format", "csv", "--data-dir", str(data_dir))
    assert code == ExitStatus.OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["published"] >= "2026-07-01" for r in rows)
    assert all("domain:velvoria.nl" in r["match_reasons"] for r in rows)


def test_html_to_file(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, out, err = run("audit", "--brand", "trailbrook", "-j", "us", "--format", "html",
                         "--lang", "nl", "-o", str(target), "--data-dir", str(data_dir))
    assert code == ExitStatus.OK and out == ""
    assert "wrote html report" in err
    html = target.read_text(encoding="utf-8")
    assert "<script" not in html
    assert '<html lang="nl">' in html and "Reclame-audit: Trailbrook Outdoor" in html


def test_bad_campaign_and_bad_date_are_clear_errors(data_dir: Path, tmp_path: Path) -> None:
    brief = tmp_path / "brief.yaml"
    brief.write_text("creators: []\n", encoding="utf-8")
    code, _, err = run("audit", "--brand", "velvoria", "--campaign", str(brief),
                       "--data-dir", str(data_dir))
    assert code == ExitStatus.BAD_INPUT and "non-empty list" in err
    code, _, err = run("audit", "--brand", "velvoria", "--since", "juni",
                       "--data-dir", str(data_dir))
    assert code == ExitStatus.USAGE and "not a date" in err


def test_help_has_examples() -> None:
    code, out, _ = run("audit", "--help")
    assert code == 0 and "transparant audit --brand velvoria" in out
