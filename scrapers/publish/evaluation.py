"""The measured accuracy, read from the evaluation harness's output at build time.

Methodology pages carry ``<!-- transparant:evaluation -->``; the build replaces it
with a table of whatever ``bench/results/evaluation.json`` holds, or with a plain
statement that no numbers are available.  No figure is ever typed by hand.

>>> flatten({"overall": {"precision": 0.91, "n": 400}, "note": "x"})
[('overall / precision', 0.91), ('overall / n', 400)]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

MARKER = "<!-- transparant:evaluation -->"
BOOKKEEPING = frozenset({"schema", "items_per_second", "generated", "detector_version"})
"""Keys of the harness's file that describe the run, not the detector's accuracy."""


def load_evaluation(path: Path) -> dict[str, Any] | None:
    """The harness's JSON, or ``None`` when it has not been run (or is unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def flatten(data: Any, prefix: str = "", depth: int = 5) -> list[tuple[str, float | int]]:
    """Every number in a nested dict, with its path as a label."""
    rows: list[tuple[str, float | int]] = []
    if isinstance(data, dict) and depth > 0:
        for key, value in data.items():
            label = f"{prefix} / {key}" if prefix else str(key)
            rows.extend(flatten(value, label, depth - 1))
    elif isinstance(data, int | float) and not isinstance(data, bool):
        rows.append((prefix, data))
    return rows


def evaluation_html(data: dict[str, Any] | None, source: str, unavailable: str) -> Markup:
    """A table of the harness's numbers, or the sentence ``unavailable``."""
    data = {k: v for k, v in (data or {}).items() if k not in BOOKKEEPING}
    rows = flatten(data, depth=5)
    if not rows:
        return Markup('<p class="evaluation-missing">{}</p>').format(unavailable)
    body = "".join(
        f'<tr><th scope="row">{escape(label)}</th><td>{_format(value)}</td></tr>'
        for label, value in rows
    )
    return Markup(
        f'<table class="evaluation"><caption>{escape(source)}</caption>'
        f"<thead><tr><th>metric</th><th>value</th></tr></thead><tbody>{body}</tbody></table>"
    )


def _format(value: float | int) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"
