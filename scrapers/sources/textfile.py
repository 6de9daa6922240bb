"""One post per file: Markdown (with YAML front matter), HTML, or plain text.

Front matter keys follow the CSV/JSONL mapping (``title``, ``author``, ``url``, ``platform``,
``published`` or ``date``, ``language`` or ``lang``, ``links``, ``tags``…).  An HTML file is
passed whole in ``Post.html`` (the detector extracts the main text) with its text as a
fallback; author and date come from its JSON-LD/OpenGraph metadata.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scrapers.models import Post
from scrapers.sources.base import SourceAccount, SourceItem
from scrapers.sources.common import SourceError, parsed_item, read_bytes, read_text, stable_id

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
POST_SUFFIXES = MARKDOWN_SUFFIXES + HTML_SUFFIXES + TEXT_SUFFIXES


def split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str]:
    """YAML front matter (between ``---`` lines) and the body after it.

    >>> split_front_matter("---\\ntitle: Hoi\\n---\\nBody", "x")
    ({'title': 'Hoi'}, 'Body')
    """
    if not text.startswith("---"):
        return {}, text
    head, sep, body = text[3:].partition("\n---")
    if not sep:
        return {}, text
    try:
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise SourceError(
            "parse", f"{where}: front matter is not valid YAML{place}: {problem}"
        ) from exc
    if not isinstance(meta, dict):
        raise SourceError("parse", f"{where}: front matter must be a mapping")
    return meta, body.partition("\n")[2]


def post_from_file(path: Path) -> tuple[Post, SourceAccount | None]:
    """The post in one Markdown, HTML or text file."""
    from scrapers.sources.tabular import post_from_row

    where = str(path)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:  # a page declares its own charset: sniff it, never guess UTF-8
        from scrapers.detection.html import decode_html
        from scrapers.sources.web import post_from_html

        document = decode_html(read_bytes(path))
        return post_from_html(document, url=None, where=where, fallback_id=stable_id(where))
    raw = read_text(path)
    meta: dict[str, Any] = {}
    body = raw
    if suffix in MARKDOWN_SUFFIXES:
        meta, body = split_front_matter(raw, where)
    row = {key: _plain(value) for key, value in meta.items()}
    row.setdefault("published", row.get("date"))
    row.setdefault("platform", "blog" if suffix in MARKDOWN_SUFFIXES else "unknown")
    row["text"] = body.strip()
    row.setdefault("post_id", row.get("url") or stable_id(where))
    return post_from_row(row, where)


def _plain(value: Any) -> Any:
    """YAML dates and lists as the strings and lists the row mapping expects."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class TextFileSource:
    """A single Markdown, HTML or text file as one post."""

    path: Path
    name: str = "file"

    def items(self) -> Iterator[SourceItem]:
        yield parsed_item(str(self.path), lambda: post_from_file(self.path))
