"""Build the whole site: one snapshot, one Pelican run per language, open data, search.

English is written at ``/`` and Dutch at ``/nl/``; pages have the same path below
each prefix, which is what the ``hreflang`` links rely on.

The Pelican settings live in ``site/pelicanconf.py`` (``site/publishconf.py`` for a
publish build); this module only overrides the per-language values.
"""

from __future__ import annotations

import gc
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.settings import read_settings
from sqlalchemy import Engine

from scrapers.publish.opendata import write_open_data
from scrapers.publish.options import SiteOptions
from scrapers.publish.render import RenderStats
from scrapers.publish.search import index_site
from scrapers.publish.snapshot import take_snapshot
from scrapers.publish.views import SiteViews, build_views

ROOT = Path(__file__).resolve().parents[2]
SITE_DIR = ROOT / "site"
LANGUAGE_PREFIX = {"en": "", "nl": "nl"}
"""Where each language is written below the output directory."""


@dataclass
class RenderTimings:
    """Collects the generator's render figures per language (one instance per build)."""

    by_lang: dict[str, RenderStats] = field(default_factory=dict)

    def record(self, lang: str, stats: RenderStats) -> None:
        self.by_lang[lang] = stats


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build made and how long each step took, in seconds."""

    output: Path
    langs: tuple[str, ...]
    accounts: int
    brands: int
    store_pages: int
    """Pages rendered from the store, over all languages."""
    snapshot_seconds: float
    render_seconds: float
    """Time inside the store-page generator, summed over languages."""
    render_cpu_seconds: float
    """The same, as process CPU time (robust against other load on the machine)."""
    pelican_seconds: float
    """Whole Pelican runs (Markdown, theme, feeds and the generator), summed."""
    open_data_seconds: float
    search_seconds: float
    total_seconds: float
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    """CPU time per step (``snapshot``, ``render``, ``open data``, ``search`` incl. Pagefind),
    which, unlike wall time, does not grow when others load the machine."""

    @property
    def render_ms_per_page(self) -> float:
        return 1000 * self.render_seconds / max(self.store_pages, 1)


def build_site(
    engine_or_url: Engine | str,
    output: Path,
    langs: tuple[str, ...] = ("en", "nl"),
    *,
    publish: bool = False,
    search: bool = True,
    settings: dict[str, Any] | None = None,
) -> BuildReport:
    """Build the site for ``langs`` from the store into ``output``; the demo calls this."""
    unknown = [lang for lang in langs if lang not in LANGUAGE_PREFIX]
    if unknown:
        raise ValueError(f"unknown language(s) {unknown}; choose from {sorted(LANGUAGE_PREFIX)}")
    started, cpu_started = time.perf_counter(), _cpu()
    output = Path(output).resolve()
    base = _base_settings(publish, settings or {})
    options = SiteOptions.from_settings(base)
    views = _views(engine_or_url, options)
    snapshot_seconds = time.perf_counter() - started
    cpu = {"snapshot": _cpu() - cpu_started}
    # The snapshot is millions of long-lived objects that never form cycles; without this,
    # every full collection while pages render walks all of them again.
    gc.collect()
    gc.freeze()
    try:
        return _build(
            views,
            base,
            langs,
            output,
            publish,
            search,
            settings or {},
            started,
            snapshot_seconds,
            cpu,
        )
    finally:
        gc.unfreeze()


def _build(
    views: SiteViews,
    base: dict[str, Any],
    langs: tuple[str, ...],
    output: Path,
    publish: bool,
    search: bool,
    extra: dict[str, Any],
    started: float,
    snapshot_seconds: float,
    cpu: dict[str, float],
) -> BuildReport:
    timings = RenderTimings()
    pelican_started = time.perf_counter()
    for lang in sorted(langs, key=lambda code: LANGUAGE_PREFIX[code]):
        _run_pelican(base, lang, output, views, timings, publish, extra)
    pelican_seconds = time.perf_counter() - pelican_started
    data_started, data_cpu = time.perf_counter(), _cpu()
    write_open_data(views, output, base)
    open_data_seconds = time.perf_counter() - data_started
    cpu["open data"] = _cpu() - data_cpu
    search_started, search_cpu = time.perf_counter(), _cpu()
    if search:
        index_site(output)
    search_seconds = time.perf_counter() - search_started
    cpu["search"] = _cpu() - search_cpu
    cpu["render"] = sum(s.cpu_seconds for s in timings.by_lang.values())
    return BuildReport(
        output=output,
        langs=tuple(langs),
        accounts=len(views.accounts),
        brands=len(views.brands),
        store_pages=sum(s.pages for s in timings.by_lang.values()),
        snapshot_seconds=snapshot_seconds,
        render_seconds=sum(s.seconds for s in timings.by_lang.values()),
        render_cpu_seconds=sum(s.cpu_seconds for s in timings.by_lang.values()),
        pelican_seconds=pelican_seconds,
        open_data_seconds=open_data_seconds,
        search_seconds=search_seconds,
        total_seconds=time.perf_counter() - started,
        cpu_seconds=cpu,
    )


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Pagefind)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _views(engine_or_url: Engine | str, options: SiteOptions) -> SiteViews:
    from scrapers.store.database import open_store

    engine = open_store(engine_or_url) if isinstance(engine_or_url, str) else engine_or_url
    try:
        return build_views(take_snapshot(engine, options.primary_jurisdiction), options)
    finally:
        if isinstance(engine_or_url, str):
            engine.dispose()


def _base_settings(publish: bool, extra: dict[str, Any]) -> dict[str, Any]:
    settings: dict[str, Any] = dict(read_settings(str(_config(publish))))
    settings.update(extra)
    return settings


def _config(publish: bool) -> Path:
    return SITE_DIR / ("publishconf.py" if publish else "pelicanconf.py")


def _run_pelican(
    base: dict[str, Any],
    lang: str,
    output: Path,
    views: SiteViews,
    timings: RenderTimings,
    publish: bool,
    extra: dict[str, Any],
) -> None:
    prefix = LANGUAGE_PREFIX[lang]
    root_url = str(base.get("ROOT_URL", ""))
    override = {
        **extra,
        "PATH": str(ROOT / "content" / lang),
        "DEFAULT_LANG": lang,
        "OUTPUT_PATH": str(output / prefix) if prefix else str(output),
        "SITEURL": f"{root_url}/{prefix}" if prefix else root_url,
        "TRANSPARANT_VIEWS": views,
        "TRANSPARANT_TIMINGS": timings,
        # The English build shares its directory with /nl/; a publish build of Dutch
        # alone then only cleans /nl/, and the English one keeps /nl/ for its own build.
        "OUTPUT_RETENTION": [*base.get("OUTPUT_RETENTION", []), *([] if prefix else ["nl"])],
    }
    settings = read_settings(str(_config(publish)), override=override)
    Pelican(settings).run()
