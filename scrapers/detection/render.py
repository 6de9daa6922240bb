"""Human-readable verdicts for ``transparant analyze``: verdict, sentence, highlighted evidence.

Pure string building; ANSI colour only when the caller says the output is a terminal.

>>> from scrapers.detection import analyze
>>> post = Post("Code ANNA10 voor 10% korting!", platform="instagram", language="nl")
>>> print(render_verdict(analyze(post), post).splitlines()[0])
possible undisclosed ad — commercial signals, no disclosure
"""

from __future__ import annotations

from typing import Final

from scrapers.models import Post, Signal, Verdict

CONTEXT: Final = 40
LABELS: Final = {
    "organic": "organic — no signals of paid content",
    "disclosed": "disclosed — commercial, and it says so",
    "unclear_disclosure": "unclear disclosure — commercial, the disclosure is inadequate here",
    "undisclosed": "possible undisclosed ad — commercial signals, no disclosure",
}
COLORS: Final = {
    "organic": "32", "disclosed": "34", "unclear_disclosure": "33", "undisclosed": "31"}
"""ANSI colour codes: green, blue, yellow, red."""


def render_verdict(verdict: Verdict, post: Post, color: bool = False) -> str:
    """Several lines: the verdict, its sentence, then each signal in its context."""
    head = LABELS.get(verdict.verdict, verdict.verdict)
    lines = [
        _ansi(head, "1;" + COLORS.get(verdict.verdict, "0")) if color else head,
        verdict.explanation,
        f"commercial: {_yes(verdict.commercial)}  disclosed: {_yes(verdict.disclosed)}  "
        f"confidence: {verdict.confidence:.2f}",
        f"rulebook: {verdict.rulebook_version}  language: {verdict.language}  "
        f"detector: {verdict.detector_version}",
    ]
    if verdict.kinds:
        lines.append("kinds: " + ", ".join(verdict.kinds))
    if verdict.problems:
        lines.append("problems: " + ", ".join(verdict.problems))
    if verdict.signals:
        lines.append("evidence:")
        text = _analysed_text(post)
        lines += [f"  {s.family:<11} {s.rule:<32} {_context(s, text, color)}"
                  for s in verdict.signals]
    return "\n".join(lines)


def _analysed_text(post: Post) -> str:
    """The normalised text the spans refer to."""
    from scrapers.detection.document import read_document
    from scrapers.detection.engine import gather

    return read_document(gather(post).text).text


def _context(signal: Signal, text: str, color: bool) -> str:
    if signal.start is None or signal.end is None or signal.end > len(text):
        return _mark(signal.text or signal.detail, color)
    before = text[max(0, signal.start - CONTEXT):signal.start].replace("\n", " ")
    after = text[signal.end:signal.end + CONTEXT].replace("\n", " ")
    return f"…{before}{_mark(text[signal.start:signal.end], color)}{after}…"


def _mark(fragment: str, color: bool) -> str:
    if color:
        return _ansi(fragment, "1;4;33")
    return f"«{fragment}»"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _ansi(fragment: str, code: str) -> str:
    return f"\x1b[{code}m{fragment}\x1b[0m"
