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

from scrapers.audit.report import AuditReport
from scrapers.audit.wording import LANGUAGES, fix_text, problem_text, translator

FORMATS: tuple[str, ...] = ("text", "csv", "json", "html")

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


def render_json(report: AuditReport, lang: str = "en") -> str:
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


def render_csv(report: AuditReport, lang: str = "en") -> str:
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


def _count_line(data: dict[str, Any], t: Callable[[str], str]) -> str:
    return (
        f"{t('ui.posts')} {data['posts']}, {t('ui.commercial')} {data['commercial']}, "
        f"{t('verdict.disclosed')} {data['disclosed']}, "
        f"{t('verdict.unclear_disclosure')} {data['unclear']}, "
        f"{t('verdict.undisclosed')} {data['undisclosed']}, "
        f"{t('verdict.organic')} {data['organic']}"
    )


def _rate_line(name: str, value: dict[str, Any], t: Callable[[str], str]) -> str:
    if value["rate"] is None:
        return f"  {name}: – ({t('ui.no_commercial')})"
    return (
        f"  {name}: {pct(value['rate'])} ({value['count']}/{value['total']}; "
        f"95 % CI {pct(value['ci_low'])}–{pct(value['ci_high'])})"
    )


def render_text(report: AuditReport, lang: str = "en") -> str:
    """A terminal report: summary, rates, what to fix first, per creator, campaign."""
    t = translator(lang)
    data = report.to_dict()
    summary = data["summary"]
    lines = [
        f"{t('ui.title')}: {report.brand['name']} ({t('ui.jurisdiction')} "
        f"{report.jurisdiction.upper()}" + (f", {t('ui.since')} {report.since}"
                                            if report.since else "") + ")",
        f"{t('ui.summary')}: {summary['creators']} {t('ui.creators')}; {_count_line(summary, t)}",
        _rate_line(t("ui.rate.disclosed"), summary["rates"]["disclosed"], t),
        _rate_line(t("ui.rate.any_label"), summary["rates"]["any_label"], t),
        _rate_line(t("verdict.undisclosed"), summary["rates"]["undisclosed"], t),
    ]
    if summary["unclear_reasons"]:
        reasons = ", ".join(f"{problem_text(k, lang)} ({n})" for k, n in
                            summary["unclear_reasons"].items())
        lines.append(f"  {t('ui.unclear_because')}: {reasons}")
    lines += ["", f"{t('ui.fix_first')}:"]
    lines += [
        f"  {f['rank']:>3}. {f['platform']} @{f['handle']} — {t('verdict.' + f['verdict'])}: "
        f"{fix_text(f['action_code'], lang)} {f['url'] or ''}".rstrip()
        for f in data["fix_first"]
    ] or [f"  {t('ui.nothing_text')}"]
    lines += ["", f"{t('ui.by_creator')}:"]
    lines += [f"  {c['platform']} @{c['handle']}: {_count_line(c, t)}" for c in data["creators"]]
    if data["campaign"]:
        lines += _campaign_lines(data["campaign"], t)
    lines += ["", t("ui.wording")]
    return "\n".join(lines) + "\n"


def _campaign_lines(campaign: dict[str, Any], t: Callable[[str], str]) -> list[str]:
    lines = ["", f"{t('ui.campaign')} {campaign['name']}:"]
    for c in campaign["creators"]:
        window = f"{c['start'] or '…'} – {c['end'] or '…'}"
        lines.append(f"  @{c['handle']} ({window}): {t('ui.status.' + c['status'])}; "
                     f"{_count_line(c, t)}")
    if campaign["not_found"]:
        lines.append(f"  {t('ui.status.not_found')}: "
                     + ", ".join("@" + h for h in campaign["not_found"]))
    return lines


def _environment(lang: str) -> Environment:
    environment = Environment(
        loader=PackageLoader("scrapers.audit", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    t = translator(lang)
    environment.globals.update(
        t=t, lang=lang, pct=pct, safe_url=safe_url,
        problem_text=lambda code: problem_text(code, lang),
        fix_text=lambda code: fix_text(code, lang),
        verdict_text=lambda v: t(f"verdict.{v}"),
        num=lambda n: "" if n is None else f"{n:,}",
    )
    return environment


def render_html(report: AuditReport, lang: str = "en") -> str:
    """One self-contained HTML file: no script, no external resource."""
    return _environment(lang).get_template("report.html").render(**report.to_dict())


RENDERERS: dict[str, Callable[[AuditReport, str], str]] = {
    "text": render_text,
    "csv": render_csv,
    "json": render_json,
    "html": render_html,
}


def render(report: AuditReport, fmt: str, lang: str = "en") -> str:
    """The report in one of :data:`FORMATS`; text and HTML in English or Dutch (``lang``).

    CSV and JSON keep machine-readable codes and English texts whatever ``lang`` is.
    """
    if fmt not in RENDERERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return RENDERERS[fmt](report, lang)
