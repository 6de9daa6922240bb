"""One detector per jurisdiction, built once per run and reused for every post."""

from __future__ import annotations

from collections.abc import Sequence

from scrapers.detection import Detector
from scrapers.models import Post, Verdict


class Evaluator:
    """Analyses a post under every jurisdiction of the run."""

    def __init__(self, jurisdictions: Sequence[str]) -> None:
        if not jurisdictions:
            raise ValueError("at least one jurisdiction is needed")
        self.jurisdictions = tuple(j.strip().lower() for j in jurisdictions)
        self._detectors = [Detector(j) for j in self.jurisdictions]

    def verdicts(self, post: Post) -> list[Verdict]:
        """The post's verdict in each jurisdiction, in the run's order."""
        return [detector.analyze(post) for detector in self._detectors]


def parse_jurisdictions(value: str | Sequence[str]) -> tuple[str, ...]:
    """``"nl,us"`` or ``["nl", "us"]`` → ``("nl", "us")``, lower case, no repeats.

    >>> parse_jurisdictions("NL, us,nl")
    ('nl', 'us')
    """
    parts = value.split(",") if isinstance(value, str) else list(value)
    cleaned = (part.strip().lower() for part in parts)
    return tuple(dict.fromkeys(part for part in cleaned if part))
