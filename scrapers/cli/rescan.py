"""``transparant rescan``: re-evaluate stored posts under the current rulebooks, no fetching."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from scrapers.cli.exit_status import ExitStatus
from scrapers.cli.scan import (
    format_option,
    jurisdiction_option,
    jurisdictions_from,
    open_cli_store,
    report,
    store_options,
)


@click.command()
@click.option(
    "--engine",
    "engine_kind",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="One process, or Dask (a local cluster unless --scheduler is given).",
)
@click.option("--scheduler", metavar="ADDR", help="Address of a running Dask scheduler.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Worker processes of the local Dask cluster.",
)
@jurisdiction_option
@store_options
@format_option
def rescan(
    engine_kind: str,
    scheduler: str | None,
    workers: int,
    jurisdiction: str,
    data_dir: Path | None,
    output_format: str,
) -> None:
    """Re-evaluate every stored post under the current rulebooks and detector.

    Nothing is fetched.  A verdict that would not change writes nothing; a new
    rulebook or detector version adds a verdict and keeps the old one as history.
    With --engine dask the posts are split into id ranges run in parallel.

    \b
    Examples:
      transparant rescan
      transparant rescan --jurisdiction nl,be,us --engine dask --workers 4
      transparant rescan --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from scrapers.pipeline import rescan_store

    if scheduler and engine_kind != "dask":
        raise click.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    codes = jurisdictions_from(jurisdiction)
    engine = open_cli_store(data_dir)
    try:
        summary = rescan_store(engine, codes, engine_kind, scheduler, workers=workers)
    except KeyboardInterrupt:
        click.echo("rescan interrupted; running it again is safe", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except (KeyError, ValueError, OSError) as error:
        raise click.ClickException(str(error)) from error
    finally:
        engine.dispose()
    report(summary, output_format)
