"""``transparant import``: load an export (yt-dlp, Instaloader, TikTok, CSV, JSONL)."""

from __future__ import annotations

from pathlib import Path

import click

from scrapers.cli.scan import (
    format_option,
    jurisdiction_option,
    run_options,
    run_scan,
    store_options,
)

FORMATS = ("ytdlp", "instaloader", "tiktok", "csv", "jsonl")


@click.command(name="import")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(FORMATS, case_sensitive=False))
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@run_options
@jurisdiction_option
@store_options
@format_option
def import_(
    fmt: str,
    path: Path,
    limit: int | None,
    fresh: bool,
    jurisdiction: str,
    data_dir: Path | None,
    output_format: str,
) -> None:
    """Import PATH (a file or folder) in FORMAT and store its posts with verdicts.

    FORMAT is ytdlp (``.info.json`` files), instaloader (its JSON metadata),
    tiktok (scraper or research-API JSON), csv or jsonl (one post per row; see
    the sources README for the column mapping).  Like ``scan``, an interrupted
    import resumes and re-importing unchanged posts writes nothing.

    \b
    Examples:
      transparant import ytdlp ~/videos/
      transparant import instaloader ./instaloader/anna --jurisdiction nl,de
      transparant import csv posts.csv --data-dir ./store --format json
    """
    from scrapers.sources.registry import import_source

    try:
        source = import_source(fmt.lower(), path)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="FORMAT") from error
    run_scan(
        kind="import",
        sources=[source],
        labels=[f"{fmt.lower()}:{path.resolve()}"],
        jurisdiction=jurisdiction,
        data_dir=data_dir,
        since=None,
        limit=limit,
        fresh=fresh,
        output_format=output_format,
    )
