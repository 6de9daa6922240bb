"""Which adapter reads a scan spec or an import: the one entry point the CLI and pipeline use.

``source_for`` sniffs a URL, file or folder; ``import_source`` takes an explicit format.
Both return a :class:`~scrapers.sources.base.Source` whose ``items()`` never raises for a
bad item — a missing path or an unreadable file becomes an error item.

>>> import_source("vhs", Path("x"))
Traceback (most recent call last):
...
ValueError: unknown import format 'vhs'; known formats: ytdlp, instaloader, tiktok, csv, jsonl
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from scrapers.fetch.errors import Fetcher
from scrapers.sources.base import Source
from scrapers.sources.bounds import BoundedSource, parse_since

IMPORT_FORMATS: tuple[str, ...] = ("ytdlp", "instaloader", "tiktok", "csv", "jsonl")
_ALIASES = {"yt-dlp": "ytdlp", "youtube": "ytdlp", "instagram": "instaloader"}


def source_for(
    spec: str,
    *,
    client: Fetcher | None = None,
    since: datetime | date | str | None = None,
    limit: int | None = None,
) -> Source:
    """The source for a URL (page, feed, sitemap, video), a file or a folder.

    ``client`` fetches URLs (default: a new polite client); ``since`` drops posts
    published earlier; ``limit`` stops after that many posts.
    """
    since_at = parse_since(since)
    inner: Source
    if spec.startswith(("http://", "https://")):
        from scrapers.sources.url import UrlSource

        inner = UrlSource(spec, client=client, since=since_at)
    else:
        from scrapers.sources.sniff import source_for_path

        inner = source_for_path(Path(spec), client)
    if since_at is None and limit is None:
        return inner
    return BoundedSource(inner, since=since_at, limit=limit)


def import_source(fmt: str, path: Path) -> Source:
    """The source for an export file or folder in a named format (see ``IMPORT_FORMATS``)."""
    key = fmt.strip().lower()
    key = _ALIASES.get(key, key)
    factory = _import_factories().get(key)
    if factory is None:
        raise ValueError(
            f"unknown import format {fmt!r}; known formats: {', '.join(IMPORT_FORMATS)}"
        )
    return factory(Path(path))


def _import_factories() -> dict[str, Callable[[Path], Source]]:
    from scrapers.sources.instagram import InstaloaderSource
    from scrapers.sources.tabular import CsvSource, JsonlSource
    from scrapers.sources.tiktok import TiktokJsonSource
    from scrapers.sources.youtube import YtdlpSource

    return {
        "ytdlp": YtdlpSource,
        "instaloader": InstaloaderSource,
        "tiktok": TiktokJsonSource,
        "csv": CsvSource,
        "jsonl": JsonlSource,
    }
