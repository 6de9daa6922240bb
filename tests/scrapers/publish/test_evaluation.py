"""Accuracy figures come from the harness's JSON or are declared unavailable; never invented."""

from __future__ import annotations

import json
from pathlib import Path

from scrapers.publish.evaluation import evaluation_html, load_evaluation


def test_missing_file_says_unavailable(tmp_path: Path) -> None:
    html = evaluation_html(load_evaluation(tmp_path / "none.json"), "evaluation.json", "n/a")
    assert html == '<p class="evaluation-missing">n/a</p>'


def test_numbers_are_copied_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "evaluation.json"
    path.write_text(json.dumps({"nl": {"precision": 0.9134, "support": 120}, "note": "<b>"}))
    html = str(evaluation_html(load_evaluation(path), "evaluation.json", "n/a"))
    assert '<th scope="row">nl / precision</th><td>0.913</td>' in html
    assert "<td>120</td>" in html and "<b>" not in html


def test_unreadable_file_is_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "evaluation.json"
    path.write_text("{not json")
    assert load_evaluation(path) is None
