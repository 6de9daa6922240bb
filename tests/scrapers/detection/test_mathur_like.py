"""Real-shaped video descriptions (after Mathur et al. 2018): verdict and exact evidence.

Each row of ``tests/fixtures/detection/mathur_like/descriptions.jsonl`` was written for this
project in the shape of the affiliate descriptions the paper collected (no corpus text is
copied): shorteners labelled with a shopping call, a label at a later copy of a repeated link,
app signatures in several languages, and the official Amazon Associates sentence in nl/de/fr.
Rows hold ``id``, ``jurisdiction``, ``text``, ``verdict``, optional ``problems``, ``note`` and
``evidence``: every commercial and disclosure signal as ``[rule, text, detail]``, in order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scrapers.detection import Detector
from scrapers.models import Post

FIXTURE = (Path(__file__).resolve().parents[2] / "fixtures" / "detection" / "mathur_like"
           / "descriptions.jsonl")


def _rows() -> list[dict[str, Any]]:
    with FIXTURE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("row", _rows(), ids=lambda row: str(row["id"]))
def test_description(row: dict[str, Any]) -> None:
    verdict = Detector(row["jurisdiction"]).analyze(Post(row["text"], platform="youtube"))
    assert verdict.verdict == row["verdict"]
    assert list(verdict.problems) == row.get("problems", [])
    evidence = [[s.rule, s.text, s.detail] for s in verdict.signals
                if s.family in ("commercial", "disclosure")]
    assert evidence == row["evidence"]
    for signal in verdict.signals:
        if signal.start is not None and signal.end is not None:
            assert row["text"][signal.start:signal.end] == signal.text


def test_fixture_covers_positives_and_negatives() -> None:
    verdicts = {row["verdict"] for row in _rows()}
    assert "organic" in verdicts
    assert {"undisclosed", "disclosed"} <= verdicts
