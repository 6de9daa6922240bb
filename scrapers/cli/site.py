"""``transparant site``: build the public transparency site from the store, and preview it."""

from __future__ import annotations

import functools
import http.server
from pathlib import Path

import click

from scrapers.cli.exit_status import ExitStatus

LANGS = {"en": ("en",), "nl": ("nl",), "all": ("en", "nl")}


@click.group()
def site() -> None:
    """Build and preview the transparency site (English at /, Dutch at /nl/).

    \b
    Examples:
      transparant site build
      transparant site build --lang nl --output public/
      transparant site serve --port 8000
    """


@site.command()
@click.option(
    "--lang",
    type=click.Choice(sorted(LANGS)),
    default="all",
    show_default=True,
    help="Which language build(s): English is written at /, Dutch at /nl/.",
)
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Directory the static site is written to.",
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Store directory (SQLite); default: TRANSPARANT_DATABASE_URL or the user data dir.",
)
@click.option("--database-url", default=None, help="Store URL (overrides --data-dir).")
@click.option(
    "--publish",
    is_flag=True,
    help="Use site/publishconf.py: absolute URLs, and stale output is deleted.",
)
@click.option("--no-search", is_flag=True, help="Skip the Pagefind index (faster previews).")
def build(
    lang: str,
    output: Path,
    data_dir: Path | None,
    database_url: str | None,
    publish: bool,
    no_search: bool,
) -> None:
    """Build the site from the store: pages, open data, search index.

    \b
    Example:
      transparant site build --lang all --output output/
    """
    from scrapers.publish import build_site
    from scrapers.store.database import resolve_database_url

    url = resolve_database_url(database_url, data_dir)
    report = build_site(url, output, LANGS[lang], publish=publish, search=not no_search)
    click.echo(
        f"Built {report.store_pages} store pages ({report.accounts} accounts, {report.brands} "
        f"brands) in {', '.join(report.langs)} into {report.output} in "
        f"{report.total_seconds:.1f} s (snapshot {report.snapshot_seconds:.1f} s, render "
        f"{report.render_ms_per_page:.2f} ms/page, search {report.search_seconds:.1f} s)."
    )


@site.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="The built site to serve.",
)
def serve(port: int, output: Path) -> None:
    """Preview a built site on http://127.0.0.1:PORT/ (local only; Ctrl-C stops it).

    \b
    Example:
      transparant site serve --port 8000
    """
    if not (output / "index.html").is_file():
        click.echo(f"No built site in {output}; run `transparant site build` first.", err=True)
        raise SystemExit(ExitStatus.NOT_FOUND)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        click.echo(f"Serving {output} on http://127.0.0.1:{port}/ (English) and /nl/ (Dutch)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("Stopped.")
