"""``transparant stats``: what the store holds."""

from __future__ import annotations

import json
from pathlib import Path

import click

from scrapers.cli.scan import open_cli_store, store_options


@click.command()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A short table, or JSON with keys posts, accounts, brands, verdicts, scan_runs.",
)
@store_options
def stats(output_format: str, data_dir: Path | None) -> None:
    """Count the store's posts, accounts, brands, current verdicts by kind and scan runs.

    \b
    Examples:
      transparant stats
      transparant stats --format json --data-dir ./store
    """
    from scrapers.store.summary import summarise_store

    engine = open_cli_store(data_dir)
    try:
        summary = summarise_store(engine)
    finally:
        engine.dispose()
    if output_format == "json":
        click.echo(json.dumps(summary.to_dict()))
        return
    for name, value in (
        ("posts", summary.posts),
        ("accounts", summary.accounts),
        ("brands", summary.brands),
        ("scan runs", summary.scan_runs),
    ):
        click.echo(f"{name:<22}{value:>10}")
    for label, value in summary.verdicts.items():
        click.echo(f"{'verdicts ' + label:<22}{value:>10}")
