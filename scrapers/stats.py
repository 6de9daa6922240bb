"""Rates with honest uncertainty, for account, brand and platform records.

A disclosure rate of 2 out of 3 is not "67 %": every rate Transparant shows comes
with a Wilson score interval, and none is shown below a minimum sample size.

>>> r = rate(8, 10)
>>> round(r.value, 2), round(r.low, 3), round(r.high, 3)
(0.8, 0.49, 0.943)
>>> rate(0, 0).value is None
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z_95 = 1.959963984540054


@dataclass(frozen=True, slots=True)
class Rate:
    """``successes / total`` with a 95 % Wilson interval; ``None`` values when ``total`` is 0."""

    successes: int
    total: int
    value: float | None
    low: float | None
    high: float | None

    def to_dict(self) -> dict[str, float | int | None]:
        return {
            "count": self.successes,
            "total": self.total,
            "rate": self.value,
            "ci_low": self.low,
            "ci_high": self.high,
        }


def wilson_interval(successes: int, total: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval, which behaves at 0 % and 100 % where the normal one fails."""
    if total <= 0:
        raise ValueError("total must be positive")
    p = successes / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    margin = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return max(0.0, centre - margin), min(1.0, centre + margin)


def rate(successes: int, total: int) -> Rate:
    """A :class:`Rate` for ``successes`` out of ``total``."""
    if total <= 0:
        return Rate(successes, 0, None, None, None)
    low, high = wilson_interval(successes, total)
    return Rate(successes, total, successes / total, low, high)
