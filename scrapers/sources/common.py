"""Small helpers every adapter shares: errors, file reading, timestamps, language, links.

Adapters never raise out of ``items()``: they catch :class:`SourceError` per item and
turn it into a ``SourceItem`` with ``error_kind``.  File reading here is where the
"clear error, lose nothing" promise is kept for wrong encodings, truncated JSON and
huge files.

>>> iso_timestamp("20240131")
'2024-01-31T00:00:00+00:00'
>>> iso_timestamp(1700000000)
'2023-11-14T22:13:20+00:00'
>>> find_urls("Shop here: https://bit.ly/x1 (code SAVE10) and www.example.com/a.")
('https://bit.ly/x1', 'https://www.example.com/a')
"""

from __future__ import annotations

import email.utils
import json
import lzma
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from scrapers.models import Post
from scrapers.sources.base import SourceAccount, SourceItem

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest single input file an adapter reads (a yt-dlp info.json is ~1 MB at most)."""

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'`()\[\]{}]+", re.IGNORECASE)
_TRAILING = ".,;:!?…'\")]}"


class SourceError(Exception):
    """One item could not be read; ``kind`` is the ``SourceItem.error_kind``."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def error_item(key: str, kind: str, message: str) -> SourceItem:
    """The item that records why ``key`` produced no post."""
    return SourceItem(key=key, error_kind=kind, error_message=message)


def post_item(key: str, post: Post, account: SourceAccount | None = None) -> SourceItem:
    """A finished item: detects the language offline when the source did not give one."""
    if not post.language:
        language = detect_language(" ".join(filter(None, (post.title, post.text))))
        if language:
            post = replace(post, language=language)
    return SourceItem(key=key, post=post, account=account)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` by py3langid (offline), or ``None`` for too little text."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < 12:
        return None
    import py3langid

    language, _score = py3langid.classify(text)
    return str(language)


def iso_timestamp(value: Any) -> str | None:
    """Normalise epoch seconds, ``YYYYMMDD``, RFC 822 and ISO 8601 to ISO 8601 in UTC."""
    if value is None or value == "":
        return None
    moment = _to_datetime(value)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def _to_datetime(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        return datetime.strptime(text, "%Y%m%d")
    if re.fullmatch(r"\d{9,11}", text):
        return datetime.fromtimestamp(int(text), UTC)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None


def find_urls(text: str) -> tuple[str, ...]:
    """Links written in plain text (descriptions, captions), in order, without duplicates."""
    found: list[str] = []
    for match in _URL.finditer(text or ""):
        url = match.group(0).rstrip(_TRAILING)
        if url.lower().startswith("www."):
            url = "https://" + url
        if url not in found:
            found.append(url)
    return tuple(found)


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, refusing files over ``max_bytes`` (default :data:`MAX_FILE_BYTES`)."""
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(
                "too_large", f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError("io", f"{path}: {exc.strerror or exc}") from exc
    if path.suffix == ".xz":
        data = _unxz(path, data, max_bytes)
    return data


def _unxz(path: Path, data: bytes, max_bytes: int) -> bytes:
    decompressor = lzma.LZMADecompressor()
    try:
        out = decompressor.decompress(data, max_length=max_bytes + 1)
    except lzma.LZMAError as exc:
        raise SourceError("parse", f"{path}: not a valid .xz file ({exc})") from exc
    if len(out) > max_bytes:
        raise SourceError("too_large", f"{path}: unpacks to more than {max_bytes:,} bytes")
    if not decompressor.eof:
        raise SourceError("parse", f"{path}: truncated .xz file")
    return out


def decode_text(data: bytes, where: str) -> str:
    """Decode UTF-8 (with or without BOM); anything else is a clear ``encoding`` error."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            "encoding",
            f"{where}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8",
        ) from exc


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """The file as text, with the errors of :func:`read_bytes` and :func:`decode_text`."""
    return decode_text(read_bytes(path, max_bytes), str(path))


def parse_json(text: str, where: str) -> Any:
    """Parse JSON, naming the line and column (and truncation) when it fails."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        hint = " (the file looks truncated)" if cut else ""
        place = f"line {exc.lineno} column {exc.colno}"
        raise SourceError("parse", f"{where}: invalid JSON at {place}: {exc.msg}{hint}") from exc


def read_json(path: Path, max_bytes: int | None = None) -> Any:
    """A JSON (or ``.json.xz``) file, with every failure as a :class:`SourceError`."""
    return parse_json(read_text(path, max_bytes), str(path))


def dig(data: Any, *keys: str | int) -> Any:
    """``data[k1][k2]…`` or ``None`` when any step is missing — exports omit fields freely.

    >>> dig({"a": {"b": [{"c": 1}]}}, "a", "b", 0, "c"), dig({}, "a", "b")
    (1, None)
    """
    for key in keys:
        if isinstance(key, int):
            if not isinstance(data, list) or not -len(data) <= key < len(data):
                return None
            data = data[key]
        elif isinstance(data, dict):
            data = data.get(key)
        else:
            return None
    return data


def as_int(value: Any) -> int | None:
    """An integer count, or ``None`` for anything that is not one."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def clean_handle(value: Any) -> str | None:
    """A handle without ``@`` and whitespace, or ``None``."""
    if not value:
        return None
    handle = str(value).strip().lstrip("@").strip()
    return handle or None


def stable_id(*parts: str | None) -> str:
    """A short, stable id for a post that has none of its own (hash of what identifies it).

    >>> stable_id("notes/a.md")
    'sha256:b33a8099b0121956'
    """
    import hashlib

    digest = hashlib.sha256("\x1f".join(p or "" for p in parts).encode()).hexdigest()
    return f"sha256:{digest[:16]}"


def files_in(path: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """``path`` itself, or every file under the folder ending in one of ``suffixes``, sorted.

    Hidden files and folders (``.git``, ``.DS_Store``) are skipped.
    """
    if not path.is_dir():
        return [path]
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.name.lower().endswith(suffixes)
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


PLATFORM_ALIASES = {
    "ig": "instagram",
    "insta": "instagram",
    "yt": "youtube",
    "tt": "tiktok",
    "twitter": "x",
    "fb": "facebook",
    "website": "web",
    "news": "web",
}


def normalise_platform(value: Any) -> str:
    """A platform name from :data:`scrapers.models.PLATFORMS`, or a ``SourceError``.

    >>> normalise_platform("YT"), normalise_platform(None)
    ('youtube', 'unknown')
    """
    from scrapers.models import PLATFORMS

    if value is None or str(value).strip() == "":
        return "unknown"
    name = str(value).strip().lower()
    name = PLATFORM_ALIASES.get(name, name)
    if name not in PLATFORMS:
        raise SourceError(
            "parse", f"unknown platform {value!r}; known platforms: {', '.join(PLATFORMS)}"
        )
    return name


def json_files_items(
    root: Path,
    suffixes: tuple[str, ...],
    read: Callable[[Any, str], Iterator[SourceItem]],
) -> Iterator[SourceItem]:
    """``read(document, where)`` for every JSON file at or under ``root``; bad files are items."""
    for path in files_in(root, suffixes):
        try:
            data = read_json(path)
        except SourceError as exc:
            yield error_item(str(path), exc.kind, exc.message)
            continue
        yield from read(data, str(path))


def parsed_item(
    where: str,
    parse: Callable[[], tuple[Post, SourceAccount | None]],
    key: Callable[[Post], str] | None = None,
) -> SourceItem:
    """Run one item's parser: its post keyed by ``key(post)`` (default ``where``), or its error."""
    try:
        post, account = parse()
    except SourceError as exc:
        return error_item(where, exc.kind, exc.message)
    return post_item(key(post) if key else where, post, account)
