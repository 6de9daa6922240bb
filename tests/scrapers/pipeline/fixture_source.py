"""A tiny ``Source`` over ``tests/fixtures/pipeline/posts`` (one post per JSON file).

Used by the pipeline tests instead of a real adapter, and run as a script by the
kill-and-resume test: ``python fixture_source.py URL DELAY`` scans the folder
slowly (``DELAY`` seconds per item, one item per batch) so it can be killed mid-way.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from scrapers.models import Post
from scrapers.sources.base import SourceAccount, SourceItem

POSTS = Path(__file__).resolve().parents[2] / "fixtures" / "pipeline" / "posts"
LABEL = "fixtures/pipeline/posts"


@dataclass(frozen=True)
class FolderOfPosts:
    """Yields one item per ``*.json`` file, in name order; ``delay`` slows each item."""

    folder: Path = POSTS
    delay: float = 0.0
    name: str = "fixture-folder"

    def items(self) -> Iterator[SourceItem]:
        for path in sorted(self.folder.glob("*.json")):
            if self.delay:
                time.sleep(self.delay)
            record = json.loads(path.read_text("utf-8"))
            account = SourceAccount(**record["account"]) if "account" in record else None
            yield SourceItem(path.name, Post.from_dict(record["post"]), account)


@dataclass(frozen=True)
class ListSource:
    """A source over items given in the test."""

    listed: tuple[SourceItem, ...]
    name: str = "list"

    def items(self) -> Iterator[SourceItem]:
        yield from self.listed


def main(url: str, delay: float) -> None:
    from scrapers.pipeline import scan_sources
    from scrapers.store.database import open_store

    engine = open_store(url)
    scan_sources(engine, [FolderOfPosts(delay=delay)], ("nl", "us"), labels=[LABEL], batch_size=1)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
