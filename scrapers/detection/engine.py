"""PROVISIONAL — replaced by the detection-engine work (issue 2). Signature is the contract."""

from __future__ import annotations

from scrapers.models import Post, Signal, Verdict
from scrapers.version import DETECTOR_VERSION


class Detector:
    """Holds the compiled rulebook for one jurisdiction; reuse it for many posts."""

    def __init__(self, jurisdiction: str = "nl") -> None:
        self.jurisdiction = jurisdiction.lower()

    def analyze(self, post: Post) -> Verdict:
        text = post.text.lower()
        at = text.find("#ad")
        signals: tuple[Signal, ...] = ()
        if at >= 0:
            signals = (Signal("disclosure", "disclosure.hashtag", "#ad", 1.0, at, at + 3, "ad"),)
        disclosed = bool(signals)
        return Verdict(
            verdict="disclosed" if disclosed else "organic",
            commercial=disclosed,
            disclosed=disclosed,
            confidence=0.5,
            signals=signals,
            jurisdiction=self.jurisdiction,
            rulebook_version=f"{self.jurisdiction}-provisional",
            language=post.language or "und",
            explanation="provisional",
            detector_version=DETECTOR_VERSION,
        )


def analyze(post: Post, jurisdiction: str = "nl") -> Verdict:
    """Analyse one post under one jurisdiction's rulebook."""
    return Detector(jurisdiction).analyze(post)
