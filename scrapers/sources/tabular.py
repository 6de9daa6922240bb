"""CSV and JSONL files of posts, in the column mapping of ``Post.to_dict()``.

Columns (JSONL keys) are the field names of :class:`scrapers.models.Post` — ``text``,
``platform``, ``url``, ``post_id``, ``author``, ``title``, ``links``, ``html``,
``language``, ``native_labels``, ``tagged``, ``follower_count``, ``published`` — plus the
account fields ``display_name`` and ``account_url``.  ``id`` and ``lang`` are accepted for
``post_id`` and ``language`` (the ``analyze --jsonl`` names).  Unknown columns are ignored.
In CSV, list fields are ``|``-separated.  Each row is one item keyed ``path:line``; a bad
row becomes an error item and the file goes on.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapers.models import Post
from scrapers.sources.base import SourceAccount, SourceItem
from scrapers.sources.common import (
    MAX_FILE_BYTES,
    SourceError,
    as_int,
    clean_handle,
    decode_text,
    error_item,
    files_in,
    iso_timestamp,
    normalise_platform,
    parse_json,
    parsed_item,
    stable_id,
)

LIST_FIELDS = ("links", "native_labels", "tagged")
MAX_LINE_BYTES = 16 * 1024 * 1024
_ALIASES = {"id": "post_id", "lang": "language"}


def post_from_row(row: dict[str, Any], where: str) -> tuple[Post, SourceAccount | None]:
    """One row (CSV cells or a JSON object) as a post and its account."""
    values = {_ALIASES.get(k, k): v for k, v in row.items() if k is not None}
    text = values.get("text")
    html = values.get("html") or None
    if not isinstance(text, str) or not text.strip():
        if not html:
            raise SourceError("parse", f"{where}: row has neither 'text' nor 'html'")
        text = ""
    try:
        platform = normalise_platform(values.get("platform"))
    except SourceError as exc:
        raise SourceError(exc.kind, f"{where}: {exc.message}") from exc
    follower_count = _count(values.get("follower_count"), where)
    author = clean_handle(values.get("author"))
    url = values.get("url") or None
    post = Post(
        text=text,
        platform=platform,
        url=url,
        post_id=str(values.get("post_id") or "") or url or stable_id(where, text),
        author=author,
        title=values.get("title") or None,
        links=_listed(values.get("links")),
        html=html,
        language=values.get("language") or None,
        native_labels=_listed(values.get("native_labels")),
        tagged=tuple(filter(None, (clean_handle(t) for t in _listed(values.get("tagged"))))),
        follower_count=follower_count,
        published=_published(values.get("published"), where),
    )
    account = None
    if author:
        account = SourceAccount(
            platform=platform,
            handle=author,
            display_name=values.get("display_name") or None,
            url=values.get("account_url") or None,
            follower_count=follower_count,
        )
    return post, account


def _listed(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split("|") if part.strip())
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value if item not in (None, ""))
    return (str(value),)


def _count(value: Any, where: str) -> int | None:
    if value is None or value == "":
        return None
    count = as_int(value)
    if count is None or count < 0:
        raise SourceError("parse", f"{where}: follower_count {value!r} is not a whole number")
    return count


def _published(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    stamp = iso_timestamp(value)
    if stamp is None:
        raise SourceError("parse", f"{where}: published {value!r} is not a date (use ISO 8601)")
    return stamp


def _row_item(row: dict[str, Any], where: str) -> SourceItem:
    return parsed_item(where, lambda: post_from_row(row, where))


@dataclass(frozen=True)
class JsonlSource:
    """One post per line of a JSON Lines file (or every ``.jsonl`` in a folder); streams."""

    path: Path
    name: str = "jsonl"

    def items(self) -> Iterator[SourceItem]:
        for path in files_in(self.path, (".jsonl", ".ndjson")):
            yield from self._file_items(path)

    def _file_items(self, path: Path) -> Iterator[SourceItem]:
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield error_item(str(path), "io", f"{path}: {exc.strerror or exc}")
            return
        with handle:
            for number, raw in enumerate(_lines(handle), start=1):
                where = f"{path}:{number}"
                if raw is None:
                    message = f"{where}: line over {MAX_LINE_BYTES:,} bytes"
                    yield error_item(where, "too_large", message)
                elif raw.strip():
                    yield self._line_item(raw, where)

    @staticmethod
    def _line_item(raw: bytes, where: str) -> SourceItem:
        try:
            row = parse_json(decode_text(raw, where), where)
        except SourceError as exc:
            return error_item(where, exc.kind, exc.message)
        if not isinstance(row, dict):
            return error_item(where, "parse", f"{where}: expected a JSON object per line")
        return _row_item(row, where)


def _lines(handle: Any) -> Iterator[bytes | None]:
    """Lines of a binary file; ``None`` for (and skipping the rest of) an over-long line."""
    while True:
        line = handle.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (more := handle.readline(MAX_LINE_BYTES)) and not more.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


@dataclass(frozen=True)
class CsvSource:
    """One post per row of a CSV file with a header row (or every ``.csv`` in a folder)."""

    path: Path
    name: str = "csv"

    def items(self) -> Iterator[SourceItem]:
        for path in files_in(self.path, (".csv",)):
            yield from self._file_items(path)

    def _file_items(self, path: Path) -> Iterator[SourceItem]:
        if path.exists() and path.stat().st_size > MAX_FILE_BYTES * 20:
            yield error_item(str(path), "too_large", f"{path}: over {MAX_FILE_BYTES * 20:,} bytes")
            return
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                columns = set(reader.fieldnames or ())
                if not columns & {"text", "html"}:
                    yield error_item(
                        str(path), "parse", f"{path}: the header needs a 'text' or 'html' column"
                    )
                    return
                for row in reader:
                    yield _row_item(row, f"{path}:{reader.line_num}")
        except OSError as exc:
            yield error_item(str(path), "io", f"{path}: {exc.strerror or exc}")
        except UnicodeDecodeError as exc:
            yield error_item(
                str(path), "encoding", f"{path}: not UTF-8 at byte {exc.start}; re-save as UTF-8"
            )
        except csv.Error as exc:
            yield error_item(str(path), "parse", f"{path}: {exc}")
