"""Posts: one row per (platform, post id), rewritten only when what the detector reads changed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from scrapers.identity import lookup_hash
from scrapers.models import Post
from scrapers.store.dialect import upsert_insert
from scrapers.store.schema import Post as PostRow
from scrapers.store.schema import utcnow

PostStatus = Literal["new", "changed", "unchanged"]

_UNHASHED = ("follower_count",)
"""Fields left out of the content hash: they describe the account, not the post."""


@dataclass(frozen=True, slots=True)
class StoredPost:
    """Where a post landed: its row id and whether the store had it already."""

    id: int
    status: PostStatus
    content_hash: str
    verdicts_written: int = 0
    account_id: int | None = None


class MissingPostId(ValueError):
    """A post with neither an id nor a URL cannot be stored idempotently."""


def content_hash(post: Post) -> str:
    """Hex SHA-256 of everything the detector reads, so an unchanged re-scan writes nothing.

    >>> content_hash(Post("hi", follower_count=1)) == content_hash(Post("hi", follower_count=2))
    True
    >>> content_hash(Post("hi")) == content_hash(Post("hi!"))
    False
    """
    data = {k: v for k, v in post.to_dict().items() if k not in _UNHASHED}
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def post_key(post: Post, fallback: str | None = None) -> tuple[str, str]:
    """``(platform, post_id)``: the post's own id, else its URL, else the source's item key.

    >>> post_key(Post("x", platform="youtube", post_id="dQw4w9WgXcQ"))
    ('youtube', 'dQw4w9WgXcQ')
    >>> post_key(Post("x", platform="blog", url="https://example.nl/a"))
    ('blog', 'https://example.nl/a')
    """
    post_id = post.post_id or post.url or fallback
    if not post_id:
        raise MissingPostId("the post has no id, no URL and no source key")
    return post.platform, post_id


def upsert_post(
    session: Session,
    post: Post,
    *,
    account_id: int | None,
    source: str | None = None,
    fallback_id: str | None = None,
) -> StoredPost:
    """Insert the post, rewrite it if its content changed, or leave it alone."""
    platform, post_id = post_key(post, fallback_id)
    digest = content_hash(post)
    row = session.execute(
        select(PostRow.id, PostRow.content_hash).where(
            PostRow.platform == platform, PostRow.post_id == post_id
        )
    ).one_or_none()
    if row is not None and row.content_hash == digest:
        return StoredPost(int(row.id), "unchanged", digest)
    values = _row_values(post, account_id, source, digest)
    if row is not None:
        session.execute(update(PostRow).where(PostRow.id == row.id).values(**values))
        return StoredPost(int(row.id), "changed", digest)
    statement = upsert_insert(session, PostRow).values(
        platform=platform,
        post_id=post_id,
        lookup_hash=lookup_hash(platform, post_id),
        first_seen=values["last_seen"],
        **values,
    )
    inserted = session.execute(
        statement.on_conflict_do_nothing(index_elements=["platform", "post_id"]).returning(
            PostRow.id
        )
    ).scalar_one_or_none()
    if inserted is None:  # another writer stored it between our look-up and insert
        return upsert_post(
            session, post, account_id=account_id, source=source, fallback_id=fallback_id
        )
    return StoredPost(int(inserted), "new", digest)


def post_from_row(row: PostRow, follower_count: int | None = None) -> Post:
    """Rebuild the detector's input from a stored row (``rescan`` reads no network)."""
    return Post(
        text=row.text,
        platform=row.platform,
        url=row.url,
        post_id=row.post_id,
        author=row.author,
        title=row.title,
        links=tuple(row.links or ()),
        html=row.html,
        language=row.language,
        native_labels=tuple(row.native_labels or ()),
        tagged=tuple(row.tagged or ()),
        follower_count=follower_count,
        published=row.published_at.isoformat() if row.published_at else None,
    )


def parse_timestamp(value: str | None) -> datetime | None:
    """An ISO 8601 timestamp, or ``None`` when absent or unreadable.

    >>> parse_timestamp("2024-05-01T12:00:00Z").isoformat()
    '2024-05-01T12:00:00+00:00'
    >>> parse_timestamp("last tuesday") is None
    True
    """
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _row_values(
    post: Post, account_id: int | None, source: str | None, digest: str
) -> dict[str, Any]:
    return {
        "url": post.url,
        "account_id": account_id,
        "author": post.author,
        "title": post.title,
        "text": post.text,
        "html": post.html,
        "links": list(post.links),
        "native_labels": list(post.native_labels),
        "tagged": list(post.tagged),
        "language": post.language,
        "published_at": parse_timestamp(post.published),
        "content_hash": digest,
        "source": source,
        "last_seen": utcnow(),
    }
