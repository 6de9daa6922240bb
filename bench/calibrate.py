"""Fit the confidence calibration on labelled data in the repo; write data/calibration.json.

L2-penalised logistic regression (Newton's method, no dependencies) of the label
``commercial`` on the detector's evidence features (see ``scrapers.detection.confidence``):
the capped commercial score, the strongest disclosure weight and whether a guard fired.
Data: every labelled text case in the repo —

- ``tests/fixtures/detection/text/labelled.jsonl`` (the detector's NL/EN/DE/FR case table);
- ``bench/data/{cases,heldout,blind}_*.jsonl`` (the evaluation harness's tables).

The cases are nearly separable on these features, so an unpenalised fit runs its
coefficients off towards infinity and says 1.000.  The penalty strength is chosen by
exact leave-one-out log-loss over a grid (cases with equal features are pooled, so
leave-one-out needs one fit per distinct feature/label pair).  If the fit's most certain
reachable feature combination (a corner of the feature box, ``reachable_extremes``) still
says more than ``CEILING`` = 0.999, that corner is held at 0.999 and the other coefficients
refitted (a linear constraint), so no confidence rounds to 1.000 or 0.000 at the engine's
three decimals.  The leave-one-out figures score this whole procedure.  Prints the leave-one-out
table (log-loss, Brier score), the choice, the coefficients and a reliability table.
``--write`` stores the coefficients; without it nothing changes.

Run: ``.venv/bin/python bench/calibrate.py --write``
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from scrapers.detection import Detector
from scrapers.detection.confidence import SCORE_CAP, evidence_features, features
from scrapers.models import Post

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "tests/fixtures/detection/text/labelled.jsonl",
           *sorted((ROOT / "bench/data").glob("cases_*.jsonl")),
           *sorted((ROOT / "bench/data").glob("heldout_*.jsonl")),
           *sorted((ROOT / "bench/data").glob("blind_*.jsonl"))]
OUTPUT = ROOT / "scrapers/detection/data/calibration.json"
JURISDICTION_BY_LANGUAGE = {"nl": "nl", "en": "us", "de": "de", "fr": "fr"}
GRID = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
"""Candidate L2 strengths (penalty ``lam/2 * |beta|^2`` on the slopes, not the intercept)."""
DISCLOSURE_MAX = 1.0
"""The strongest disclosure weight a finder emits (a label)."""
CEILING = 0.999
"""The most certain a prediction may be (and ``1 - CEILING`` the least).  465 cases cannot
support odds beyond about 1000:1, and the engine rounds to three decimals, where anything
from 0.9995 up would print as 1.000."""

Pattern = tuple[float, float, float]
Pooled = dict[tuple[Pattern, int], int]
"""``{(features, label): number of cases}``."""


def load_pooled() -> Pooled:
    """Run the detector over every labelled case and count cases per (features, label)."""
    detectors: dict[str, Detector] = {}
    pooled: Counter[tuple[Pattern, int]] = Counter()
    for case in _cases():
        lang = case.get("lang", "en")
        jurisdiction = case.get("jurisdiction", JURISDICTION_BY_LANGUAGE.get(lang, "nl"))
        detector = detectors.setdefault(jurisdiction, Detector(jurisdiction))
        post = Post(case.get("text", ""), platform=case.get("platform", "unknown"),
                    language=lang, html=case.get("html"), links=tuple(case.get("links", ())))
        pattern = features(*evidence_features(detector.analyze(post).signals))
        pooled[(pattern, 1 if case["commercial"] else 0)] += 1
    return dict(pooled)


def _cases() -> Iterator[dict[str, Any]]:
    for source in SOURCES:
        for line in source.read_text("utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def fit(pooled: Pooled, lam: float) -> list[float]:
    """The penalised fit; if its most certain corner says more than ``CEILING``, the fit with
    that corner held at ``CEILING`` (a linear constraint on the coefficients)."""
    beta = _newton([((1.0, *x), 0.0, y, n) for (x, y), n in pooled.items()], lam)
    corner = max(_corners(), key=lambda c: abs(_dot(beta, (1.0, *c))))
    edge = _logit(CEILING)
    z = _dot(beta, (1.0, *corner))
    if abs(z) <= edge:
        return beta
    edge = math.copysign(edge, z)
    rows = [(tuple(v - c for v, c in zip(x, corner, strict=True)), edge, y, n)
            for (x, y), n in pooled.items()]
    slopes = _newton(rows, lam, penalise_first=True)
    return [edge - _dot(slopes, corner), *slopes]


def _newton(rows: list[tuple[tuple[float, ...], float, int, int]], lam: float,
            penalise_first: bool = False, steps: int = 100) -> list[float]:
    """Newton-Raphson for L2-penalised logistic regression.

    ``rows`` are ``(x, offset, label, count)``; the first coefficient is the unpenalised
    intercept unless ``penalise_first``.
    """
    size = len(rows[0][0])
    skip = 0 if penalise_first else 1
    beta = [0.0] * size
    for _ in range(steps):
        grad = [lam * b if i >= skip else 0.0 for i, b in enumerate(beta)]
        hess = [[lam if i == j and i >= skip else 0.0 for j in range(size)]
                for i in range(size)]
        for x, offset, y, count in rows:
            p = _sigmoid(offset + _dot(beta, x))
            for i in range(size):
                grad[i] += count * (p - y) * x[i]
                for j in range(size):
                    hess[i][j] += count * p * (1 - p) * x[i] * x[j]
        step = _solve(hess, grad)
        current = _objective(rows, beta, lam, skip)
        scale = 1.0
        while True:  # halve the Newton step until the penalised loss does not rise
            trial = [b - scale * s for b, s in zip(beta, step, strict=True)]
            if _objective(rows, trial, lam, skip) <= current or scale < 1e-6:
                break
            scale /= 2
        beta = trial
        if max(abs(scale * s) for s in step) < 1e-10:
            break
    return beta


def _objective(rows: list[tuple[tuple[float, ...], float, int, int]], beta: list[float],
               lam: float, skip: int) -> float:
    """Penalised negative log-likelihood."""
    loss = sum(count * _log_loss(_sigmoid(offset + _dot(beta, x)), y)
               for x, offset, y, count in rows)
    return loss + lam / 2 * sum(b * b for b in beta[skip:])


def leave_one_out(pooled: Pooled, lam: float) -> tuple[float, float]:
    """Exact leave-one-out (log-loss, Brier score): one refit per distinct (features, label)."""
    total = sum(pooled.values())
    loss = brier = 0.0
    for key, count in pooled.items():
        rest = dict(pooled)
        rest[key] = count - 1
        p = _sigmoid(_dot(fit(rest, lam), (1.0, *key[0])))
        loss += count * _log_loss(p, key[1])
        brier += count * (p - key[1]) ** 2
    return loss / total, brier / total


def reachable_extremes(beta: list[float]) -> tuple[float, float]:
    """The lowest and highest probability any feature combination can give.

    The model is linear in its features and each lies in a box (score in [0, SCORE_CAP],
    disclosure in [0, DISCLOSURE_MAX], guarded in {0, 1}), so the extremes sit at corners.
    """
    probabilities = [_sigmoid(_dot(beta, (1.0, *c))) for c in _corners()]
    return min(probabilities), max(probabilities)


def _corners() -> list[Pattern]:
    return [(s, d, g) for s in (0.0, SCORE_CAP) for d in (0.0, DISCLOSURE_MAX) for g in (0.0, 1.0)]


def choose(pooled: Pooled) -> tuple[float, dict[float, tuple[float, float]]]:
    """The strength with the lowest leave-one-out log-loss (of the whole procedure)."""
    table = {lam: leave_one_out(pooled, lam) for lam in GRID}
    return min(GRID, key=lambda lam: table[lam][0]), table


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _dot(beta: list[float], x: tuple[float, ...]) -> float:
    return sum(b * v for b, v in zip(beta, x, strict=True))


def _log_loss(p: float, y: int) -> float:
    return -math.log(max(p if y else 1 - p, 1e-15))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col], strict=True)]
    return [a[i][n] / a[i][i] for i in range(n)]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def report(lam: float, table: dict[float, tuple[float, float]], beta: list[float],
           pooled: Pooled) -> None:
    total = sum(pooled.values())
    positives = sum(count for (_, y), count in pooled.items() if y)
    print(f"cases: {total} ({positives} commercial), distinct feature/label pairs: {len(pooled)}")
    print("leave-one-out by L2 strength:")
    for candidate, (loss, brier) in table.items():
        mark = "  <- chosen" if candidate == lam else ""
        print(f"  lambda {candidate:<6g} log-loss {loss:.4f}  Brier {brier:.4f}{mark}")
    loss, brier = table[lam]
    print(f"chosen lambda {lam:g}: held-out (leave-one-out) log-loss {loss:.4f}, Brier {brier:.4f}")
    print("coefficients: intercept {:.3f}, score {:.3f}, disclosure {:.3f}, guarded {:.3f}"
          .format(*beta))
    low, high = reachable_extremes(beta)
    print(f"reachable P(commercial): {low:.4f} .. {high:.4f} "
          f"(rounded: {round(low, 3):.3f} .. {round(high, 3):.3f})")
    print("reliability in-sample (confidence of the commercial answer):")
    bins: dict[int, list[tuple[float, bool]]] = {}
    for (pattern, y), count in pooled.items():
        p = _sigmoid(_dot(beta, (1.0, *pattern)))
        confidence = max(p, 1 - p)
        bins.setdefault(min(int(confidence * 10), 9), []).extend(
            [(confidence, (p >= 0.5) == bool(y))] * count)
    for key in sorted(bins):
        items = bins[key]
        mean = sum(c for c, _ in items) / len(items)
        accuracy = sum(ok for _, ok in items) / len(items)
        print(f"  {key / 10:.1f}-{(key + 1) / 10:.1f}: n={len(items):4d} "
              f"mean confidence {mean:.3f}  accuracy {accuracy:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the fitted coefficients")
    args = parser.parse_args()
    pooled = load_pooled()
    lam, table = choose(pooled)
    beta = fit(pooled, lam)
    report(lam, table, beta, pooled)
    if args.write:
        total = sum(pooled.values())
        data = {"intercept": round(beta[0], 4), "score": round(beta[1], 4),
                "disclosure": round(beta[2], 4), "guarded": round(beta[3], 4),
                "fitted_on": f"{total} labelled cases (NL/EN/DE/FR), L2 {lam:g} "
                             f"by leave-one-out log-loss, {date.today()}"}
        OUTPUT.write_text(json.dumps(data) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
