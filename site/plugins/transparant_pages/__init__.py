"""Pelican plugin: render Transparant's store pages from a snapshot, beside the Markdown.

Hooks Pelican's signals rather than forking a generator:

* ``get_generators`` adds :class:`StorePagesGenerator` (accounts, brands, platforms,
  countries, corrections, home) — pages rendered straight from a store snapshot;
* ``generator_init`` installs the build language's gettext catalogue in every
  generator's Jinja environment;
* ``content_object_init`` fills build-time figures into methodology pages;
* ``finalized`` writes ``build.json``, the stamp of what this build was made from.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pelican import Pelican, signals
from pelican.contents import Content
from pelican.generators import Generator

from scrapers.publish.pelican_hooks import (
    fill_placeholders,
    prepare_environment,
    prepare_views,
    stamp_of,
)
from scrapers.publish.render import render_store_pages


class StorePagesGenerator(Generator):  # type: ignore[misc]
    """Renders every page whose content comes from the store rather than from Markdown."""

    def generate_context(self) -> None:
        self.views = prepare_views(self.settings)
        self.context["TRANSPARANT"] = self.views
        self.context["STAMP"] = stamp_of(self.views)
        self.settings["TRANSPARANT_STAMP_OUT"] = self.context["STAMP"]

    def generate_output(self, writer: Any) -> None:
        stats = render_store_pages(
            self.get_template, self.context, self.views, Path(self.output_path)
        )
        collector = self.settings.get("TRANSPARANT_TIMINGS")
        if collector is not None:
            collector.record(self.settings["DEFAULT_LANG"], stats)


def get_generators(_pelican: Pelican) -> type[Generator]:
    return StorePagesGenerator


def on_generator_init(generator: Generator) -> None:
    prepare_environment(generator.env, generator.settings)


def on_content_init(content: Content) -> None:
    fill_placeholders(content)


def on_finalized(pelican: Pelican) -> None:
    stamp = pelican.settings.get("TRANSPARANT_STAMP_OUT")
    target = Path(pelican.output_path) / "build.json"
    if stamp is not None:
        target.write_text(json.dumps(stamp, indent=2, sort_keys=True), encoding="utf-8")


def register() -> None:
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(on_generator_init)
    signals.content_object_init.connect(on_content_init)
    signals.finalized.connect(on_finalized)
