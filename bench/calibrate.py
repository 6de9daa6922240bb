"""Fit the confidence calibration on labelled data in the repo; write data/calibration.json.

Logistic regression (Newton's method with a small L2 penalty, no dependencies) of the
label ``commercial`` on the detector's evidence features (see
``scrapers.detection.confidence``), over:

- ``tests/fixtures/detection/text/labelled.jsonl`` (this project's NL/EN/DE/FR case table);
- ``bench/data/cases_*.jsonl`` (the evaluation harness's NL/EN/DE/FR case tables).

Prints the coefficients, the log-loss and a reliability table (mean confidence vs.
accuracy per bin).  ``--write`` stores the coefficients; without it nothing changes.

Run: ``.venv/bin/python bench/calibrate.py --write``
"""

from __future__ import annotations

import argparse
import json
import math
from datetime import date
from pathlib import Path

from scrapers.detection import Detector
from scrapers.detection.confidence import evidence_features, features
from scrapers.models import Post

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "tests/fixtures/detection/text/labelled.jsonl",
           *sorted((ROOT / "bench/data").glob("cases_*.jsonl"))]
OUTPUT = ROOT / "scrapers/detection/data/calibration.json"
L2 = 0.05


def load_rows() -> tuple[list[list[float]], list[int]]:
    detector = Detector("nl")
    rows, labels = [], []
    for source in SOURCES:
        for line in source.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            post = Post(case["text"], platform=case.get("platform", "unknown"),
                        language=case.get("lang"))
            verdict = detector.analyze(post)
            rows.append([1.0, *features(*evidence_features(verdict.signals))])
            labels.append(1 if case["commercial"] else 0)
    return rows, labels


def fit(rows: list[list[float]], labels: list[int], steps: int = 50) -> list[float]:
    """Newton-Raphson for L2-penalised logistic regression (4 coefficients)."""
    size = len(rows[0])
    beta = [0.0] * size
    for _ in range(steps):
        grad = [L2 * b for b in beta]
        hess = [[L2 if i == j else 0.0 for j in range(size)] for i in range(size)]
        for x, y in zip(rows, labels, strict=True):
            p = _sigmoid(sum(b * v for b, v in zip(beta, x, strict=True)))
            for i in range(size):
                grad[i] += (p - y) * x[i]
                for j in range(size):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        step = _solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return beta


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


def report(beta: list[float], rows: list[list[float]], labels: list[int]) -> None:
    probs = [_sigmoid(sum(b * v for b, v in zip(beta, x, strict=True))) for x in rows]
    loss = -sum(y * math.log(max(p, 1e-12)) + (1 - y) * math.log(max(1 - p, 1e-12))
                for p, y in zip(probs, labels, strict=True)) / len(labels)
    print(f"cases: {len(labels)} ({sum(labels)} commercial)   log-loss: {loss:.3f}")
    print("coefficients: intercept {:.3f}, score {:.3f}, disclosure {:.3f}, guarded {:.3f}"
          .format(*beta))
    print("reliability (confidence of the commercial answer):")
    bins: dict[int, list[tuple[float, bool]]] = {}
    for p, y in zip(probs, labels, strict=True):
        confidence = max(p, 1 - p)
        correct = (p >= 0.5) == bool(y)
        bins.setdefault(min(int(confidence * 10), 9), []).append((confidence, correct))
    for key in sorted(bins):
        items = bins[key]
        mean = sum(c for c, _ in items) / len(items)
        accuracy = sum(ok for _, ok in items) / len(items)
        print(f"  {key / 10:.1f}-{(key + 1) / 10:.1f}: n={len(items):4d} "
              f"mean confidence {mean:.3f}  accuracy {accuracy:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the fitted coefficients")
    args = parser.parse_args()
    rows, labels = load_rows()
    beta = fit(rows, labels)
    report(beta, rows, labels)
    if args.write:
        data = {"intercept": round(beta[0], 4), "score": round(beta[1], 4),
                "disclosure": round(beta[2], 4), "guarded": round(beta[3], 4),
                "fitted_on": f"{len(labels)} labelled cases (NL/EN/DE/FR), {date.today()}"}
        OUTPUT.write_text(json.dumps(data) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
