"""Counting verdicts and turning counts into rates that are shown only when earned.

>>> t = Tally.of(["disclosed"] * 8 + ["undisclosed"] * 2 + ["organic"] * 5)
>>> t.scanned, t.commercial, t.rates(min_sample=10)["disclosed"].value
(15, 10, 0.8)
>>> t.rates(min_sample=11)["disclosed"] is None
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from scrapers.publish.options import COMMERCIAL_VERDICTS
from scrapers.stats import Rate, rate


@dataclass(frozen=True, slots=True)
class Tally:
    """Verdict counts of a set of posts (an account, a brand, a platform under one rulebook)."""

    counts: Mapping[str, int]
    scanned: int
    """Posts scanned, including those without a verdict yet."""

    @classmethod
    def of(cls, verdicts: Iterable[str | None]) -> Tally:
        counter: Counter[str] = Counter()
        total = 0
        for verdict in verdicts:
            total += 1
            if verdict is not None:
                counter[verdict] += 1
        return cls(dict(counter), total)

    @classmethod
    def from_counts(cls, counts: Mapping[str, int]) -> Tally:
        return cls(dict(counts), sum(counts.values()))

    def count(self, verdict: str) -> int:
        return self.counts.get(verdict, 0)

    @property
    def commercial(self) -> int:
        return sum(self.count(v) for v in COMMERCIAL_VERDICTS)

    def rates(self, min_sample: int) -> dict[str, Rate | None]:
        """Share of commercial posts per commercial verdict; ``None`` below ``min_sample``."""
        total = self.commercial
        if total < max(min_sample, 1):
            return dict.fromkeys(COMMERCIAL_VERDICTS)
        return {v: rate(self.count(v), total) for v in COMMERCIAL_VERDICTS}

    def to_dict(self, min_sample: int) -> dict[str, object]:
        rates = self.rates(min_sample)
        return {
            "posts_scanned": self.scanned,
            "commercial_posts": self.commercial,
            "counts": {v: self.count(v) for v in ("organic", *COMMERCIAL_VERDICTS)},
            "rates": {v: (r.to_dict() if r else None) for v, r in rates.items()},
            "min_sample": min_sample,
        }
