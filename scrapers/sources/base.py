"""The one small interface every source adapter implements.

An adapter yields ``SourceItem``s: each is either a normalised ``Post`` or the
error that stopped one item, with a stable ``key`` so an interrupted scan can
skip what it already finished and one bad page never aborts a run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from scrapers.models import Post


@dataclass(frozen=True, slots=True)
class SourceAccount:
    """What a source knows about a post's author, beyond the handle on the post."""

    platform: str
    handle: str
    display_name: str | None = None
    url: str | None = None
    follower_count: int | None = None


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One unit of work of a scan: a post, or the reason there is none."""

    key: str
    """Stable across runs (URL, file path + line, platform:id) — the resume key."""
    post: Post | None = None
    account: SourceAccount | None = None
    error_kind: str | None = None
    """``fetch``, ``robots``, ``parse``, ``encoding``, ``too_large``, ``unsupported``, …"""
    error_message: str | None = None

    @property
    def ok(self) -> bool:
        return self.post is not None and self.error_kind is None


class Source(Protocol):
    """A place posts come from."""

    @property
    def name(self) -> str:
        """Short adapter name: ``feed``, ``page``, ``sitemap``, ``ytdlp``, ``instaloader``, …"""
        ...

    def items(self) -> Iterator[SourceItem]:
        """Yield every item of the source, in a stable order."""
        ...
