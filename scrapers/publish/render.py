"""Render the store's pages (home, accounts, brands, platforms, countries, corrections).

Called by the Pelican plugin's generator with Pelican's own Jinja environment, so
the theme, autoescaping and translations are the same as for the Markdown pages.
Files are written directly (one ``render`` + one write per page) to keep the
per-page cost measurable and small.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from feedgenerator import Atom1Feed
from jinja2 import Template

from scrapers.publish.views import SiteViews

GetTemplate = Callable[[str], Template]


@dataclass(frozen=True, slots=True)
class RenderStats:
    pages: int
    seconds: float
    cpu_seconds: float
    """Process CPU time: what the step costs without other load on a shared machine."""


def render_store_pages(
    get_template: GetTemplate, context: Mapping[str, Any], views: SiteViews, output: Path
) -> RenderStats:
    """Write every store-derived page of one language build under ``output``."""
    started, cpu_started = time.perf_counter(), time.process_time()
    pages = 0
    for template_name, path, extra in _pages(views):
        html = get_template(template_name).render(context, page_url=path, **extra)
        target = output / path / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        pages += 1
    write_corrections_feed(context, views, output / "corrections" / "feed.atom.xml")
    return RenderStats(pages, time.perf_counter() - started, time.process_time() - cpu_started)


def _pages(views: SiteViews) -> Iterator[tuple[str, str, dict[str, Any]]]:
    yield "home", "", {"views": views}
    yield "accounts", "accounts/", {"views": views}
    for account in views.accounts:
        yield "account", account.path, {"view": account, "views": views}
    yield "brands", "brands/", {"views": views}
    for brand in views.brands:
        yield "brand", brand.path, {"view": brand, "views": views}
    yield "platforms", "platforms/", {"views": views}
    for platform in views.platforms:
        yield "platform", platform.path, {"view": platform, "views": views}
    yield "countries", "countries/", {"views": views}
    for country in views.countries:
        yield "country", country.path, {"view": country, "views": views}
    yield "corrections", "corrections/", {"views": views}
    yield "changes", "changes/", {"views": views}
    yield "methodology", "methodology/", {"views": views}
    yield "data", "data/", {"views": views}


def write_corrections_feed(context: Mapping[str, Any], views: SiteViews, target: Path) -> None:
    """The corrections log as Atom, in the build's language."""
    lang = str(context.get("DEFAULT_LANG", "en"))
    site = str(context.get("FEED_DOMAIN") or "") + str(context.get("SITEURL", ""))
    feed = Atom1Feed(
        title=f"{context.get('SITENAME', 'Transparant')} — corrections",
        link=f"{site}/corrections/",
        description="",
        language=lang,
        feed_url=f"{site}/corrections/feed.atom.xml",
    )
    for item in views.corrections:
        correction = item.correction
        summary = item.summary_nl if lang == "nl" else item.summary_en
        feed.add_item(
            title=summary[:80],
            link=f"{site}/corrections/#correction-{correction.id}",
            description=summary,
            unique_id=f"transparant-correction-{correction.id}",
            pubdate=correction.published_at or views.snapshot.taken_at,
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as handle:
        feed.write(handle, "utf-8")
