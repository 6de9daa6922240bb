"""What the detection tests compare: a verdict's evidence as ``(rule, text)`` pairs."""

from __future__ import annotations

from scrapers.models import Verdict


def signal_pairs(verdict: Verdict) -> set[tuple[str, str]]:
    """The verdict's signals as ``(rule, shown text)`` pairs, the unit every test asserts on."""
    return {(s.rule, s.text) for s in verdict.signals}
