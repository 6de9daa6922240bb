"""``--since`` and ``--limit`` applied to any source, without the adapter knowing.

Posts without a publication date pass the ``since`` filter (we cannot tell they are old);
error items always pass (losing them would hide failures) and do not count to ``limit``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

from scrapers.sources.base import Source, SourceItem
from scrapers.sources.common import iso_timestamp


def parse_since(value: datetime | date | str | None) -> datetime | None:
    """``since`` as an aware UTC datetime; a bare date means its midnight UTC.

    >>> parse_since("2024-05-01").isoformat()
    '2024-05-01T00:00:00+00:00'
    """
    if value is None:
        return None
    text = iso_timestamp(value)
    if text is None:
        raise ValueError(f"cannot read {value!r} as a date (use YYYY-MM-DD)")
    return datetime.fromisoformat(text).astimezone(UTC)


def is_before(published: str | None, since: datetime | None) -> bool:
    """True when ``published`` is known and earlier than ``since``."""
    if since is None or not published:
        return False
    text = iso_timestamp(published)
    return text is not None and datetime.fromisoformat(text) < since


@dataclass(frozen=True)
class BoundedSource:
    """Wraps a source: skips posts before ``since`` and stops after ``limit`` posts."""

    inner: Source
    since: datetime | None = None
    limit: int | None = None

    @property
    def name(self) -> str:
        return self.inner.name

    def items(self) -> Iterator[SourceItem]:
        posts = 0
        for item in self.inner.items():
            if self.limit is not None and posts >= self.limit:
                return
            if item.post is not None:
                if is_before(item.post.published, self.since):
                    continue
                posts += 1
            yield item
