"""Jinja filters of the site theme: percentages in the build's language, safe external links.

>>> percent_formatter("nl")(0.1234), percent_formatter("en")(0.5), percent_formatter("en")(None)
('12,3 %', '50.0 %', '—')
>>> number_formatter("nl")(52000), number_formatter("en")(52000), number_formatter("en")(None)
('52.000', '52,000', '—')
>>> safe_url("https://example.com/p?x=1"), safe_url("javascript:alert(1)"), safe_url(None)
('https://example.com/p?x=1', None, None)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scrapers.publish.charts import timeline_rows, timeline_svg


def percent_formatter(lang: str) -> Callable[[float | None], str]:
    """A formatter of a 0–1 share as a percentage with one decimal, comma in Dutch."""

    def percent(value: float | None) -> str:
        if value is None:
            return "—"
        text = f"{100 * value:.1f} %"
        return text.replace(".", ",") if lang == "nl" else text

    return percent


def number_formatter(lang: str) -> Callable[[int | None], str]:
    """Thousands separators as each language writes them (52,000 / 52.000)."""

    def number(value: int | None) -> str:
        if value is None:
            return "—"
        text = f"{value:,}"
        return text.replace(",", ".") if lang == "nl" else text

    return number


def safe_url(value: Any) -> str | None:
    """Only http(s) links from scraped data become hrefs (no ``javascript:``, no ``data:``)."""
    if isinstance(value, str) and value.lower().startswith(("https://", "http://")):
        return value
    return None


def filters_for(lang: str) -> dict[str, Callable[..., Any]]:
    return {
        "pct": percent_formatter(lang),
        "number": number_formatter(lang),
        "safe_url": safe_url,
        "timeline_rows": timeline_rows,
        "timeline_svg": timeline_svg,
    }
