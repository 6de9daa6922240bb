"""How far the detector agrees with the demo corpus's hand-written labels.

``python -m scrapers.demo.agreement`` prints, per jurisdiction, the share of posts
whose detector verdict equals the label, and each disagreement (kind of post,
label, detector), so a change to the rules shows at once where it moved.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from scrapers.demo.loader import LABELLED_JURISDICTIONS, read_corpus
from scrapers.detection import Detector


@dataclass(frozen=True, slots=True)
class Agreement:
    """Verdict agreement with the labels under one jurisdiction."""

    jurisdiction: str
    total: int
    agreed: int
    disagreements: tuple[tuple[str, str, str, int], ...]
    """(label note, label verdict, detector verdict, count), most frequent first."""


def measure(jurisdiction: str) -> Agreement:
    detector = Detector(jurisdiction)
    total = agreed = 0
    misses: Counter[tuple[str, str, str]] = Counter()
    for record in read_corpus():
        expected = record.label[f"verdict_{jurisdiction}"]
        got = detector.analyze(record.post).verdict
        total += 1
        if got == expected:
            agreed += 1
        else:
            misses[(record.label["note"], expected, got)] += 1
    return Agreement(jurisdiction, total, agreed,
                     tuple((*key, n) for key, n in misses.most_common()))


def main() -> None:  # pragma: no cover - a report for people
    for jurisdiction in LABELLED_JURISDICTIONS:
        result = measure(jurisdiction)
        print(f"{jurisdiction}: {result.agreed}/{result.total} verdicts agree with the labels "
              f"({result.agreed / result.total:.1%})")
        for note, expected, got, n in result.disagreements:
            print(f"  {n:>3} × label {expected:<18} detector {got:<18} {note}")


if __name__ == "__main__":  # pragma: no cover
    main()
