"""How the cost of one caption grows with its block of hashtags.

Real captions carry anything from no hashtag to thirty; a pattern that is tried at every
position of a text costs in proportion to the text, hashtags included.  For a few caption shapes
(nothing to find, a label, "Link in bio", a discount code, a short link) this prints the time to
analyse one caption with 0, 10, 20 and 30 hashtags, and the ratio to the same caption without
hashtags, measured in the same process (CPU time, best of five rounds).  `throughput.py` gives
the stream's figure; this shows where long captions spend it.

Run: ``.venv/bin/python bench/caption_length.py``
"""

from __future__ import annotations

import time

from scrapers.detection.engine import Detector

OPENING = "Finally got my new serum 😍"
SHAPES = {
    "nothing to find": "",
    "a label": "#ad",
    "link in bio": "Link in bio",
    "a discount code": "Use code ANNA20 for 20% off",
    "a short link": "https://bit.ly/3abc",
    "a partnership": "In samenwerking met @merk",
}
TAGS = ("#ootd", "#love", "#skincare", "#travel", "#foodie", "#fitness", "#sommer", "#mode",
        "#beauty", "#instagood", "#zomer", "#adventure", "#amsterdam", "#weekend", "#happy",
        "#style", "#photooftheday", "#nature", "#food", "#summer", "#glow", "#routine",
        "#selfcare", "#morning", "#coffee", "#sunday", "#vibes", "#outfit", "#makeup", "#hair")
COUNTS = (0, 10, 20, 30)
REPEATS = 200
ROUNDS = 5


def caption(extra: str, hashtags: int) -> str:
    """The opening, the shape's words and the first ``hashtags`` of :data:`TAGS`."""
    return " ".join(part for part in (OPENING, extra, *TAGS[:hashtags]) if part)


def microseconds(detector: Detector, text: str) -> float:
    """CPU time of one analysis, best of :data:`ROUNDS` rounds of :data:`REPEATS`."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time_ns()
        for _ in range(REPEATS):
            detector.analyze_caption(text, "instagram")
        best = min(best, time.process_time_ns() - start)
    return best / REPEATS / 1000


def main() -> None:
    detector = Detector("nl")
    print(f"{'caption':18s}" + "".join(f"{n:>9d} tags" for n in COUNTS) + "   30 vs 0")
    for name, extra in SHAPES.items():
        costs = [microseconds(detector, caption(extra, n)) for n in COUNTS]
        cells = "".join(f"{cost:11.1f} µs" for cost in costs)
        print(f"{name:18s}{cells}   {costs[-1] / costs[0]:5.1f}×")


if __name__ == "__main__":
    main()
