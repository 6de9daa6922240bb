"""Build-time SVG charts that read without JavaScript and say what they show.

Each chart is an ``<svg role="img">`` with a ``<title>`` and ``<desc>`` for screen
readers; the page puts the same numbers in a table beside it.

>>> svg = timeline_svg([("2026-01", {"disclosed": 2, "undisclosed": 1})], "Posts per month")
>>> svg.startswith("<svg") and ">Posts per month</title>" in svg
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

from scrapers.publish.options import COMMERCIAL_VERDICTS

COLOURS: Mapping[str, str] = {
    "disclosed": "#1b7f3b",
    "unclear_disclosure": "#b87800",
    "undisclosed": "#b3261e",
}
WIDTH, HEIGHT, PAD = 640, 180, 24


def timeline_svg(
    months: Sequence[tuple[str, Mapping[str, int]]],
    title: str,
    description: str = "",
    labels: Mapping[str, str] | None = None,
) -> Markup:
    """Stacked monthly bars of commercial posts by verdict; ``labels`` name the verdicts."""
    peak = max((sum(c.get(v, 0) for v in COMMERCIAL_VERDICTS) for _, c in months), default=0)
    slot = (WIDTH - 2 * PAD) / max(len(months), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" aria-labelledby="chart-title chart-desc">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(description)}</desc>',
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" '
        'stroke="#666"/>',
    ]
    for index, (month, counts) in enumerate(months):
        parts.extend(_bar(index, month, counts, slot, peak, labels or {}))
    parts.append("</svg>")
    return Markup("".join(parts))


def timeline_rows(months: Sequence[tuple[str, Mapping[str, int]]]) -> Markup:
    """The chart's numbers as table rows (month, then one cell per commercial verdict).

    >>> str(timeline_rows([("2026-01", {"undisclosed": 2})]))
    '<tr><th scope="row">2026-01</th><td>0</td><td>0</td><td>2</td></tr>'
    """
    return Markup(
        "".join(
            f'<tr><th scope="row">{escape(month)}</th>'
            + "".join(f"<td>{int(counts.get(v, 0))}</td>" for v in COMMERCIAL_VERDICTS)
            + "</tr>"
            for month, counts in months
        )
    )


def _bar(
    index: int,
    month: str,
    counts: Mapping[str, int],
    slot: float,
    peak: int,
    labels: Mapping[str, str],
) -> list[str]:
    x = PAD + index * slot + slot * 0.1
    width = max(slot * 0.8, 1.0)
    base = float(HEIGHT - PAD)
    scale = (HEIGHT - 2 * PAD) / peak if peak else 0.0
    parts = []
    for verdict in COMMERCIAL_VERDICTS:
        value = counts.get(verdict, 0)
        if not value:
            continue
        height = value * scale
        base -= height
        parts.append(
            f'<rect x="{x:.1f}" y="{base:.1f}" width="{width:.1f}" height="{height:.1f}" '
            f'fill="{COLOURS[verdict]}"><title>{escape(month)}: {value} '
            f"{escape(labels.get(verdict, verdict))}</title></rect>"
        )
    if index == 0 or (len(month) and month.endswith("-01")):
        parts.append(
            f'<text x="{x:.1f}" y="{HEIGHT - 6}" font-size="10" fill="#333">{escape(month)}</text>'
        )
    return parts
