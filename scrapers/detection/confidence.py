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
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

SCORE_CAP = 3.0
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
