"""Render an :class:`~scrapers.audit.report.AuditReport` as text, CSV, JSON or HTML.

All four read the same ``AuditReport.to_dict()``, so their numbers agree.  The HTML
report is one self-contained file (inline CSS, no script, a Content-Security-Policy
that forbids scripts) rendered with Jinja autoescaping and only ``http(s)`` links, so
nothing in a post's text can inject markup or script into a report a brand forwards.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from scrapers.audit.report import AuditReport, problem_text

FORMATS: tuple[str, ...] = ("text", "csv", "json", "html")

VERDICT_TEXT = {
    "disclosed": "disclosed",
    "unclear_disclosure": "unclear disclosure",
    "undisclosed": "signals of an undisclosed ad",
    "organic": "not commercial",
    "not_scanned": "not scanned",
}

CSV_COLUMNS = (
    "brand", "jurisdiction", "platform", "handle", "display_name", "follower_count", "tier",
    "published", "url", "verdict", "commercial", "disclosed", "problems", "kinds",
    "match_reasons", "evidence", "explanation", "excerpt",
)


def pct(value: float | None) -> str:
    """A rate as a percentage for people.

    >>> pct(0.8421), pct(None)
    ('84.2 %', '–')
    """
    return "–" if value is None else f"{value * 100:.1f} %"


def safe_url(url: str | None) -> str:
    """Only ``http(s)`` URLs become links; anything else (``javascript:``…) becomes ``#``.

    >>> safe_url("javascript:alert(1)"), safe_url("https://x.example/p")
    ('#', 'https://x.example/p')
    """
    if url and url.strip().lower().startswith(("https://", "http://")):
        return url.strip()
    return "#"


def render_json(report: AuditReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _cell(value: Any) -> str:
    """A CSV cell a spreadsheet will not run as a formula.

    >>> _cell("=HYPERLINK(1)"), _cell(True), _cell(None)
    ("'=HYPERLINK(1)", 'true', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(report: AuditReport) -> str:
    """One row per post about the brand, with its creator, verdict and evidence."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for creator in report.to_dict()["creators"]:
        for post in creator["post_list"]:
            row = (
                report.brand["slug"], report.jurisdiction, creator["platform"],
                creator["handle"], creator["display_name"], creator["follower_count"],
                creator["tier"], post["published"], post["url"], post["verdict"],
                post["commercial"], post["disclosed"], ";".join(post["problems"]),
                ";".join(post["kinds"]), ";".join(post["match_reasons"]),
                " | ".join(f"{e['rule']}: {e['text']}" for e in post["evidence"]),
                post["explanation"], post["excerpt"],
            )
            writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def _count_line(data: dict[str, Any]) -> str:
    return (
        f"posts {data['posts']}, commercial {data['commercial']}, "
        f"disclosed {data['disclosed']}, unclear {data['unclear']}, "
        f"undisclosed {data['undisclosed']}, organic {data['organic']}"
    )


def _rate_line(name: str, value: dict[str, Any]) -> str:
    if value["rate"] is None:
        return f"  {name}: – (no commercial posts)"
    return (
        f"  {name}: {pct(value['rate'])} ({value['count']}/{value['total']}; "
        f"95 % CI {pct(value['ci_low'])}–{pct(value['ci_high'])})"
    )


def render_text(report: AuditReport) -> str:
    """A terminal report: summary, rates, what to fix first, per creator, campaign."""
    data = report.to_dict()
    summary = data["summary"]
    lines = [
        f"Disclosure audit: {report.brand['name']} (jurisdiction {report.jurisdiction.upper()}"
        + (f", since {report.since}" if report.since else "") + ")",
        f"Summary: {summary['creators']} creators; {_count_line(summary)}",
        _rate_line("adequately disclosed", summary["rates"]["disclosed"]),
        _rate_line("labelled at all", summary["rates"]["any_label"]),
        _rate_line("signals of an undisclosed ad", summary["rates"]["undisclosed"]),
    ]
    if summary["unclear_reasons"]:
        reasons = ", ".join(f"{problem_text(k)} ({n})" for k, n in
                            summary["unclear_reasons"].items())
        lines.append(f"  unclear because: {reasons}")
    lines += ["", "Fix first:"]
    lines += [
        f"  {f['rank']:>3}. {f['platform']} @{f['handle']} — {VERDICT_TEXT[f['verdict']]}: "
        f"{f['action']} {f['url'] or ''}".rstrip()
        for f in data["fix_first"]
    ] or ["  nothing: every commercial post about the brand was disclosed"]
    lines += ["", "By creator:"]
    lines += [f"  {c['platform']} @{c['handle']}: {_count_line(c)}" for c in data["creators"]]
    if data["campaign"]:
        lines += _campaign_lines(data["campaign"])
    lines += ["", data["wording"]]
    return "\n".join(lines) + "\n"


def _campaign_lines(campaign: dict[str, Any]) -> list[str]:
    lines = ["", f"Campaign {campaign['name']}:"]
    for c in campaign["creators"]:
        window = f"{c['start'] or '…'} – {c['end'] or '…'}"
        lines.append(f"  @{c['handle']} ({window}): {c['status'].replace('_', ' ')}; "
                     f"{_count_line(c)}")
    if campaign["not_found"]:
        lines.append("  not found: " + ", ".join("@" + h for h in campaign["not_found"]))
    return lines


def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("scrapers.audit", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        pct=pct, safe_url=safe_url, problem_text=problem_text,
        verdict_text=lambda v: VERDICT_TEXT.get(v, v),
        num=lambda n: "" if n is None else f"{n:,}",
    )
    return environment


def render_html(report: AuditReport) -> str:
    """One self-contained HTML file: no script, no external resource."""
    return _environment().get_template("report.html").render(**report.to_dict())


RENDERERS: dict[str, Callable[[AuditReport], str]] = {
    "text": render_text,
    "csv": render_csv,
    "json": render_json,
    "html": render_html,
}


def render(report: AuditReport, fmt: str) -> str:
    """The report in one of :data:`FORMATS`."""
    try:
        return RENDERERS[fmt](report)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
