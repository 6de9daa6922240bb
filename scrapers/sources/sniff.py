"""Which adapter reads a local file or folder, decided by name first and content second."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapers.fetch.errors import Fetcher
from scrapers.sources.base import Source, SourceItem
from scrapers.sources.common import SourceError, dig, error_item, read_bytes, read_json

JSON_SUFFIXES = (".json", ".json.xz")
SKIPPED_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".mp4", ".webm", ".mkv", ".mp3",
                    ".m4a", ".part", ".ytdl", ".vtt", ".srt")


@dataclass(frozen=True)
class ErrorSource:
    """A spec that cannot be read at all: one error item, so the run records it and goes on."""

    key: str
    kind: str
    message: str
    name: str = "error"

    def items(self) -> Iterator[SourceItem]:
        yield error_item(self.key, self.kind, self.message)


@dataclass(frozen=True)
class JsonFileSource:
    """A ``.json`` file whose shape (yt-dlp, Instaloader, Instagram export, TikTok) is sniffed."""

    path: Path
    name: str = "json"

    def items(self) -> Iterator[SourceItem]:
        try:
            data = read_json(self.path)
        except SourceError as exc:
            yield error_item(str(self.path), exc.kind, exc.message)
            return
        yield from json_document_items(data, self.path)


def json_document_items(data: Any, path: Path) -> Iterator[SourceItem]:
    """Items of a parsed JSON document of any supported shape."""
    from scrapers.sources import instagram, tiktok, youtube

    where = str(path)
    if isinstance(data, dict) and (data.get("extractor_key") or data.get("webpage_url")):
        yield from youtube.info_items(data, where)
    elif isinstance(data, dict) and "profile_user" in data:
        return  # the export's personal_information.json: read for the handle, holds no post
    elif instagram.is_export(data):
        from scrapers.sources.instagram_export import export_items

        yield from export_items(data, path)
    elif isinstance(data, dict) and (dig(data, "instaloader") or dig(data, "node", "shortcode")):
        yield from instagram.InstaloaderSource(path).items()
    elif tiktok.video_records(data):
        yield from tiktok.json_items(data, where)
    else:
        yield error_item(
            where, "unsupported",
            f"{where}: JSON of an unknown shape (expected yt-dlp info, Instaloader, "
            "Instagram export or TikTok JSON)",
        )


@dataclass(frozen=True)
class HtmlFileSource:
    """A saved ``.html`` page: a YouTube watch page, an Instagram embed, or any web page."""

    path: Path
    name: str = "html"

    def items(self) -> Iterator[SourceItem]:
        from scrapers.sources.textfile import TextFileSource

        try:
            head = read_bytes(self.path)
        except SourceError as exc:
            yield error_item(str(self.path), exc.kind, exc.message)
            return
        inner: Source
        if b"ytInitialPlayerResponse" in head:
            from scrapers.sources.youtube import WatchPageSource

            inner = WatchPageSource(self.path)
        elif b"CaptionUsername" in head or b'class="EmbeddedMedia' in head:
            from scrapers.sources.instagram_embed import EmbedPageSource

            inner = EmbedPageSource(self.path)
        else:
            inner = TextFileSource(self.path)
        yield from inner.items()


@dataclass(frozen=True)
class XmlFileSource:
    """A saved RSS/Atom feed or sitemap file (a sitemap's pages are fetched with ``client``)."""

    path: Path
    client: Fetcher | None = None
    name: str = "xml"

    def items(self) -> Iterator[SourceItem]:
        from scrapers.sources.url import document_items

        try:
            content = read_bytes(self.path)
        except SourceError as exc:
            yield error_item(str(self.path), exc.kind, exc.message)
            return
        yield from document_items(
            content, str(self.path), url=None, client=self.client, since=None
        )


def source_for_file(path: Path, client: Fetcher | None = None) -> Source | None:
    """The adapter for one file, or ``None`` for a file no adapter reads."""
    from scrapers.sources.tabular import CsvSource, JsonlSource
    from scrapers.sources.textfile import MARKDOWN_SUFFIXES, TEXT_SUFFIXES, TextFileSource
    from scrapers.sources.youtube import YtdlpSource

    name = path.name.lower()
    if name.endswith((".info.json", ".info.json.xz")):
        return YtdlpSource(path)
    if name.endswith(JSON_SUFFIXES):
        return JsonFileSource(path)
    if name.endswith((".jsonl", ".ndjson")):
        return JsonlSource(path)
    if name.endswith(".csv"):
        return CsvSource(path)
    if name.endswith((".html", ".htm")):
        return HtmlFileSource(path)
    if name.endswith((".xml", ".rss", ".atom")):
        return XmlFileSource(path, client)
    if name.endswith(MARKDOWN_SUFFIXES + TEXT_SUFFIXES):
        return TextFileSource(path)
    return None


@dataclass(frozen=True)
class FolderSource:
    """Every readable file under a folder, sorted, each through its own adapter.

    Media files are skipped silently; a ``.txt`` next to a ``.json``/``.json.xz`` of the
    same stem is Instaloader's caption copy and is skipped too.
    """

    path: Path
    client: Fetcher | None = None
    name: str = "folder"

    def items(self) -> Iterator[SourceItem]:
        for path in sorted(p for p in self.path.rglob("*") if p.is_file()):
            relative = path.relative_to(self.path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if path.name.lower().endswith(SKIPPED_SUFFIXES) or _is_caption_copy(path):
                continue
            source = source_for_file(path, self.client)
            if source is None:
                yield error_item(str(path), "unsupported", f"{path}: no adapter reads this file")
                continue
            yield from source.items()


def _is_caption_copy(path: Path) -> bool:
    if path.suffix.lower() != ".txt":
        return False
    return any(path.with_name(path.stem + s).exists() for s in JSON_SUFFIXES)


def source_for_path(path: Path, client: Fetcher | None = None) -> Source:
    """The source for a local path: a folder, a file, or an error for what does not exist."""
    if path.is_dir():
        return FolderSource(path, client)
    if not path.exists():
        return ErrorSource(str(path), "io", f"{path}: no such file or folder")
    source = source_for_file(path, client)
    if source is None:
        return ErrorSource(
            str(path), "unsupported",
            f"{path}: unknown file type (expected .json, .info.json, .jsonl, .csv, .md, .html, "
            ".txt, .xml)",
        )
    return source
