"""A calibrated confidence: how likely the ``commercial`` answer is right.

Method: logistic calibration.  Three features of the evidence — the commercial
score, the strongest surviving disclosure weight and whether a guard fired — go
through ``p = sigmoid(b0 + b1*score + b2*disclosure + b3*guarded)``, the
probability that the post is commercial.  ``bench/calibrate.py`` fits the
coefficients by logistic regression on the labelled case tables in
``tests/fixtures/detection/text/`` and writes ``data/calibration.json``; the
confidence is ``p`` for commercial verdicts and ``1 - p`` for organic ones,
rounded to three decimals so output is deterministic.

>>> round(probability_commercial(2.0, 1.0, False, load_calibration()), 1) > 0.9
True
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Final

from scrapers.detection.verdict import commercial_score
from scrapers.models import Signal

SCORE_CAP: Final = 3.0
"""Scores above this add no confidence: ten affiliate links are not ten times as sure."""


@dataclass(frozen=True, slots=True)
class Calibration:
    """Fitted logistic coefficients (see ``bench/calibrate.py``)."""

    intercept: float
    score: float
    disclosure: float
    guarded: float
    fitted_on: str = ""


@lru_cache(maxsize=1)
def load_calibration() -> Calibration:
    """The shipped coefficients."""
    raw = json.loads(files("scrapers.detection").joinpath("data", "calibration.json")
                     .read_text("utf-8"))
    return Calibration(**raw)


def evidence_features(signals: Iterable[Signal]) -> tuple[float, float, bool]:
    """(commercial score, strongest disclosure weight, guarded) from surviving signals.

    The engine and ``bench/calibrate.py`` both use this, so the fit sees what runs.
    """
    signals = list(signals)
    score = commercial_score([s for s in signals if s.family == "commercial"])
    strongest = max((s.weight for s in signals if s.family == "disclosure"), default=0.0)
    return score, strongest, any(s.family == "guard" for s in signals)


def features(score: float, disclosure: float, guarded: bool) -> tuple[float, float, float]:
    """The calibration's inputs, capped as the fit saw them."""
    return min(score, SCORE_CAP), disclosure, 1.0 if guarded else 0.0


def probability_commercial(score: float, disclosure: float, guarded: bool,
                           calibration: Calibration) -> float:
    """``P(commercial | evidence)`` under the fitted logistic model."""
    x1, x2, x3 = features(score, disclosure, guarded)
    z = (calibration.intercept + calibration.score * x1 + calibration.disclosure * x2
         + calibration.guarded * x3)
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4096)
def confidence(commercial: bool, score: float, disclosure: float, guarded: bool) -> float:
    """Confidence in the verdict's ``commercial`` answer, three decimals (pure, so cached)."""
    p = probability_commercial(score, disclosure, guarded, load_calibration())
    return round(p if commercial else 1.0 - p, 3)
