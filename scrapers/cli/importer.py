"""``transparant import``: load an export (yt-dlp, Instaloader, TikTok, CSV, JSONL)."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import click

from scrapers.cli.scan import (
    fetch_options,
    format_option,
    jurisdiction_option,
    run_options,
    run_scan,
    scan_client,
    store_options,
)

FORMATS = ("ytdlp", "instaloader", "tiktok", "csv", "jsonl")


@click.command(name="import")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(FORMATS, case_sensitive=False))
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--resolve-links",
    is_flag=True,
    help="Go online to follow shortened links (bit.ly, t.co, …) in the posts.",
)
@run_options
@jurisdiction_option
@fetch_options
@store_options
@format_option
def import_(
    fmt: str,
    path: Path,
    resolve_links: bool,
    limit: int | None,
    fresh: bool,
    jurisdiction: str,
    contact_url: str | None,
    user_agent: str | None,
    data_dir: Path | None,
    output_format: str,
) -> None:
    """Import PATH (a file or folder) in FORMAT and store its posts with verdicts.

    FORMAT is ytdlp (``.info.json`` files), instaloader (its JSON metadata),
    tiktok (scraper or research-API JSON), csv or jsonl (one post per row; see
    the sources README for the column mapping).  Like ``scan``, an interrupted
    import resumes and re-importing unchanged posts writes nothing.  An import
    reads only the files, unless --resolve-links lets it follow short links.

    \b
    Examples:
      transparant import ytdlp ~/videos/
      transparant import instaloader ./instaloader/anna --jurisdiction nl,de
      transparant import csv posts.csv --data-dir ./store --format json
      transparant import jsonl posts.jsonl --resolve-links --contact-url https://example.org/me
    """
    from scrapers.sources.registry import import_source

    try:
        source = import_source(fmt.lower(), path)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="FORMAT") from error
    online = scan_client(contact_url, user_agent) if resolve_links else nullcontext(None)
    with online as client:
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
            link_client=client,
        )
