"""The ``transparant`` command: one click group whose subcommands live in their own modules.

Subcommands are imported only when invoked, so ``transparant analyze`` does not
pay for Flask, Pelican or Dask.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from scrapers.version import DETECTOR_VERSION, PACKAGE_VERSION

# name -> "module:attribute"; each module owns one command (or group).
SUBCOMMANDS: dict[str, str] = {
    "analyze": "scrapers.cli.analyze:analyze",
    "rules": "scrapers.cli.rules:rules",
    "scan": "scrapers.cli.scan:scan",
    "import": "scrapers.cli.importer:import_",
    "rescan": "scrapers.cli.rescan:rescan",
    "stats": "scrapers.cli.stats:stats",
    "serve": "scrapers.cli.serve:serve",
    "site": "scrapers.cli.site:site",
    "audit": "scrapers.cli.audit:audit",
    "brand": "scrapers.cli.brand:brand",
    "demo": "scrapers.cli.demo:demo",
}


class LazyGroup(click.Group):
    """A group that imports a subcommand's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in SUBCOMMANDS if self._load(name) is not None)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._load(cmd_name)

    def _load(self, name: str) -> click.Command | None:
        target = SUBCOMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:  # not built yet; any other missing import is a bug
                return None
            raise
        command: click.Command = getattr(module, attribute)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    PACKAGE_VERSION, message=f"%(prog)s %(version)s (detector {DETECTOR_VERSION})"
)
def main() -> None:
    """Transparant: is this post paid for, and does it say so?

    \b
    Examples:
      transparant analyze post.txt
      echo "Love it! #ad" | transparant analyze - --jurisdiction us
      transparant demo
    """


def run(*args: Any) -> None:
    """Entry point for ``python -m scrapers.cli``."""
    main(*args)
