"""What the site plugin does at each Pelican signal, kept here so it is typed and tested.

The plugin module in ``site/plugins`` only wires these functions to signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment

from scrapers.publish import i18n
from scrapers.publish.evaluation import MARKER, evaluation_html, load_evaluation
from scrapers.publish.filters import filters_for
from scrapers.publish.options import SiteOptions
from scrapers.publish.tables import TABLES
from scrapers.publish.views import SiteViews, build_views
from scrapers.version import DETECTOR_VERSION, PACKAGE_VERSION

UNAVAILABLE = {
    "en": "The evaluation numbers are not available for this build: the evaluation harness "
    "(bench/evaluate.py) has not been run, so no accuracy figure is shown.",
    "nl": "De evaluatiecijfers zijn voor deze build niet beschikbaar: de evaluatie "
    "(bench/evaluate.py) is niet gedraaid, dus er staat hier geen nauwkeurigheidscijfer.",
}


def prepare_views(settings: dict[str, Any]) -> SiteViews:
    """The views handed in by :func:`build_site`, or a fresh snapshot of the configured store."""
    views = settings.get("TRANSPARANT_VIEWS")
    if isinstance(views, SiteViews):
        return views
    from scrapers.publish.snapshot import take_snapshot
    from scrapers.store.database import open_store

    options = SiteOptions.from_settings(settings)
    engine = open_store(settings.get("TRANSPARANT_DATABASE_URL"))
    try:
        return build_views(take_snapshot(engine, options.primary_jurisdiction), options)
    finally:
        engine.dispose()


def stamp_of(views: SiteViews) -> dict[str, Any]:
    """Versions and snapshot date printed on every page and in every export."""
    snapshot = views.snapshot
    return {
        "package_version": PACKAGE_VERSION,
        "detector_version": DETECTOR_VERSION,
        "detector_versions_in_data": list(snapshot.detector_versions),
        "rulebook_versions": list(snapshot.rulebook_versions),
        "snapshot_date": snapshot.taken_at.isoformat(),
        "primary_jurisdiction": snapshot.primary_jurisdiction,
        "naming_threshold": views.options.naming_threshold,
        "min_sample": views.options.min_sample,
    }


def prepare_environment(env: Environment, settings: dict[str, Any]) -> None:
    """Give a generator's Jinja environment the build language's catalogue and our filters."""
    lang = str(settings.get("DEFAULT_LANG", "en"))
    i18n.install(env, Path(settings["TRANSPARANT_TRANSLATIONS"]), lang)
    env.filters.update(filters_for(lang))
    env.globals["DATA_TABLES"] = TABLES


def fill_placeholders(content: Any) -> None:
    """Replace build-time markers in a Markdown page's HTML with figures from data."""
    html = getattr(content, "_content", None)
    if not html or "<!-- transparant:" not in html:
        return
    settings = content.settings
    lang = str(settings.get("DEFAULT_LANG", "en"))
    options = SiteOptions.from_settings(settings)
    if MARKER in html:
        path = Path(settings.get("TRANSPARANT_EVALUATION", "bench/results/evaluation.json"))
        data = load_evaluation(path)
        caption = _evaluation_caption(path, data)
        table = evaluation_html(data, caption, UNAVAILABLE.get(lang, ""))
        html = html.replace(MARKER, str(table))
    html = html.replace("<!-- transparant:naming-threshold -->", f"{options.naming_threshold:,}")
    html = html.replace("<!-- transparant:min-sample -->", str(options.min_sample))
    html = html.replace("<!-- transparant:detector-version -->", DETECTOR_VERSION)
    content._content = html


def _evaluation_caption(path: Path, data: dict[str, Any] | None) -> str:
    """Which run the figures come from: file, date and detector version."""
    if not data:
        return path.name
    return (
        f"{path.name} — generated {data.get('generated', '?')}, "
        f"detector {data.get('detector_version', '?')}"
    )
