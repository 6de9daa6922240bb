"""``transparant scan``: read URLs, feeds, sitemaps, files and folders into the store.

Also home of what ``import`` and ``rescan`` share with it: the store and
jurisdiction options, the progress bar and the one-line summary.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from sqlalchemy import Engine

from scrapers.cli.exit_status import ExitStatus
from scrapers.pipeline.evaluate import parse_jurisdictions
from scrapers.pipeline.outcome import RunSummary
from scrapers.sources.base import Source, SourceItem

if TYPE_CHECKING:
    from scrapers.fetch.client import PoliteClient
    from scrapers.fetch.config import FetchConfig

F = TypeVar("F", bound=Callable[..., Any])
PROGRESS_LABELS = {"scan": "scanning", "import": "importing"}


def store_options(command: F) -> F:
    """``--data-dir`` (the store's location when ``TRANSPARANT_DATABASE_URL`` is not used)."""
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Keep the store as a SQLite file in DIR (overrides TRANSPARANT_DATABASE_URL).",
    )(command)


def run_options(command: F) -> F:
    """``--limit`` and ``--fresh``, shared by ``scan`` and ``import``."""
    command = click.option(
        "--fresh", is_flag=True, help="Start a new run instead of resuming an unfinished one."
    )(command)
    return click.option(
        "--limit", type=click.IntRange(min=1), metavar="N", help="Stop after N posts."
    )(command)


def jurisdiction_option(command: F) -> F:
    return click.option(
        "--jurisdiction",
        "-j",
        default="nl",
        show_default=True,
        metavar="CODE[,CODE…]",
        help="Rulebooks to judge by, comma-separated (nl, be, us, uk, de, fr, eu).",
    )(command)


def fetch_options(command: F) -> F:
    """``--contact-url`` and ``--user-agent``: how the scan introduces itself to sites."""
    command = click.option(
        "--user-agent",
        envvar="TRANSPARANT_USER_AGENT",
        metavar="TEXT",
        help="Full User-Agent header [env TRANSPARANT_USER_AGENT; default: "
        "Transparant/<version> (+CONTACT_URL)].",
    )(command)
    return click.option(
        "--contact-url",
        envvar="TRANSPARANT_CONTACT_URL",
        metavar="URL",
        help="Where site owners can reach you, sent in the User-Agent "
        "[env TRANSPARANT_CONTACT_URL].",
    )(command)


def fetch_config(contact_url: str | None, user_agent: str | None) -> FetchConfig:
    """The fetcher settings of one scan: the defaults, with the user's identity."""
    from scrapers.fetch.config import DEFAULT_CONTACT, FetchConfig

    return FetchConfig(contact_url=contact_url or DEFAULT_CONTACT, user_agent=user_agent or None)


@contextmanager
def scan_client(contact_url: str | None, user_agent: str | None) -> Iterator[PoliteClient]:
    """ONE polite client for a whole scan, so every source shares its per-host pacing,
    robots.txt cache and HTTP cache; closed when the scan ends."""
    from scrapers.fetch.client import PoliteClient

    with PoliteClient(fetch_config(contact_url, user_agent)) as client:
        yield client


def format_option(command: F) -> F:
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help="Summary as one line of text or as a JSON object.",
    )(command)


def open_cli_store(data_dir: Path | None) -> Engine:
    """Open (create or migrate) the store, turning failures into a clear CLI error."""
    from scrapers.store.database import open_store

    try:
        return open_store(data_dir=data_dir)
    except Exception as error:
        raise click.ClickException(f"cannot open the store: {error}") from error


def jurisdictions_from(value: str) -> tuple[str, ...]:
    """The ``--jurisdiction`` codes, checked against the shipped rulebooks."""
    from scrapers.pipeline.evaluate import Evaluator

    codes = parse_jurisdictions(value)
    try:
        Evaluator(codes)
    except (KeyError, ValueError) as error:
        message = error.args[0] if error.args else str(error)
        raise click.BadParameter(str(message), param_hint="--jurisdiction") from error
    return codes


def stable_spec(spec: str) -> str:
    """A local path made absolute, so a scan resumes whatever directory it is run from.

    >>> stable_spec("https://example.nl/feed.xml")
    'https://example.nl/feed.xml'
    """
    if "://" in spec or not Path(spec).exists():
        return spec
    return str(Path(spec).resolve())


@contextmanager
def progress_reporter(label: str) -> Iterator[Callable[[SourceItem, str], None] | None]:
    """A progress bar on stderr when it is a terminal, else nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(
        itertools.count(),
        label=label,
        bar_template="%(label)s  %(info)s",
        show_pos=True,
        file=sys.stderr,
    ) as bar:

        def advance(item: SourceItem, outcome: str) -> None:
            bar.label = f"{label} {outcome:<9} {item.key[-50:]}"
            bar.update(1)

        yield advance


def report(summary: RunSummary, output_format: str) -> None:
    """Print the summary and exit with a status scripts can test."""
    if output_format == "json":
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        click.echo(summary.line())
    if summary.error_count and not summary.seen and not summary.skipped:
        sys.exit(ExitStatus.BAD_INPUT)


def run_scan(
    *,
    kind: str,
    sources: Sequence[Source],
    labels: Sequence[str],
    jurisdiction: str,
    data_dir: Path | None,
    since: str | None,
    limit: int | None,
    fresh: bool,
    output_format: str,
    link_client: PoliteClient | None = None,
) -> None:
    """Scan or import: open the store, run the pipeline with a progress bar, report.

    With ``link_client``, shortened links in posts are resolved through it first.
    """
    from scrapers.pipeline import scan_sources

    codes = jurisdictions_from(jurisdiction)
    engine = open_cli_store(data_dir)
    try:
        with progress_reporter(PROGRESS_LABELS.get(kind, kind)) as progress:
            summary = scan_sources(
                engine,
                sources,
                codes,
                since=since,
                limit=limit,
                progress=progress,
                kind=kind,
                labels=labels,
                resume=not fresh,
                link_client=link_client,
            )
    except KeyboardInterrupt:
        click.echo(f"{kind} interrupted; run the same command again to resume", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except (KeyError, ValueError) as error:
        raise click.ClickException(str(error)) from error
    finally:
        engine.dispose()
    report(summary, output_format)


@click.command()
@click.argument("specs", metavar="SOURCE…", nargs=-1, required=True)
@click.option("--since", metavar="DATE", help="Skip posts published before DATE (YYYY-MM-DD).")
@click.option(
    "--resolve-links/--no-resolve-links",
    default=True,
    show_default=True,
    help="Follow shortened links (bit.ly, t.co, …) in posts to where they lead.",
)
@run_options
@jurisdiction_option
@fetch_options
@store_options
@format_option
def scan(
    specs: tuple[str, ...],
    since: str | None,
    resolve_links: bool,
    limit: int | None,
    fresh: bool,
    jurisdiction: str,
    contact_url: str | None,
    user_agent: str | None,
    data_dir: Path | None,
    output_format: str,
) -> None:
    """Scan SOURCEs (URLs, feeds, sitemaps, files, folders) and store posts with verdicts.

    An interrupted scan (Ctrl-C, kill, crash) resumes where it stopped when the same
    command runs again; a bad page is recorded with its error and the run goes on.
    Re-scanning unchanged posts writes nothing.  Every URL (pages, feeds, sitemaps,
    short links) goes through one polite client: robots.txt, one request per second
    per site, an identifying User-Agent.

    \b
    Examples:
      transparant scan https://blog.example.nl/feed.xml --since 2024-01-01
      transparant scan exports/ posts.jsonl --jurisdiction nl,us --limit 500
      transparant scan saved-pages/ --data-dir ./store --no-resolve-links
      transparant scan https://blog.example.nl/ --contact-url https://example.org/me
    """
    from scrapers.sources.registry import source_for

    specs = tuple(stable_spec(spec) for spec in specs)
    with scan_client(contact_url, user_agent) as client:
        try:
            sources = [
                source_for(spec, client=client, since=since, limit=limit) for spec in specs
            ]
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="SOURCE/--since") from error
        run_scan(
            kind="scan",
            sources=sources,
            labels=list(specs),
            jurisdiction=jurisdiction,
            data_dir=data_dir,
            since=since,
            limit=limit,
            fresh=fresh,
            output_format=output_format,
            link_client=client if resolve_links else None,
        )
