"""Posts: one row per (platform, post id), rewritten only when what the detector reads changed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any, Literal, NamedTuple

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from scrapers.identity import lookup_hash
from scrapers.models import Post
from scrapers.store.dialect import upsert_insert
from scrapers.store.schema import Post as PostRow
from scrapers.store.schema import utcnow

PostStatus = Literal["new", "changed", "unchanged"]

_UNHASHED = ("follower_count",)
"""Fields left out of the content hash: they describe the account, not the post."""

POSTS: Table = PostRow.__table__  # type: ignore[assignment]
_FIND = select(POSTS.c.id, POSTS.c.content_hash).where(
    POSTS.c.platform == bindparam("platform"), POSTS.c.post_id == bindparam("post_id")
)
_REWRITE = POSTS.update().where(POSTS.c.id == bindparam("row_id"))


@dataclass(frozen=True, slots=True)
class StoredPost:
    """Where a post landed: its row id and whether the store had it already."""

    id: int
    status: PostStatus
    content_hash: str
    verdicts_written: int = 0
    account_id: int | None = None


class _Found(NamedTuple):
    id: int
    content_hash: str


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


KnownPosts = dict[tuple[str, str], tuple[int, str]]
"""``(platform, post_id)`` → ``(row id, content hash)`` of posts looked up for a batch."""


def find_posts(session: Session, keys: Sequence[tuple[str, str]]) -> KnownPosts:
    """Look up many posts in one query (a batch's worth), for :func:`upsert_post`."""
    if not keys:
        return {}
    wanted = set(keys)
    statement = select(POSTS.c.platform, POSTS.c.post_id, POSTS.c.id, POSTS.c.content_hash).where(
        POSTS.c.post_id.in_(sorted({post_id for _, post_id in wanted}))
    )
    rows = session.connection().execute(statement)
    return {(r[0], r[1]): (r[2], r[3]) for r in rows if (r[0], r[1]) in wanted}


def upsert_post(
    session: Session,
    post: Post,
    *,
    account_id: int | None,
    source: str | None = None,
    fallback_id: str | None = None,
    known: KnownPosts | None = None,
) -> StoredPost:
    """Insert the post, rewrite it if its content changed, or leave it alone.

    ``known`` is a :func:`find_posts` result covering this post, saving a look-up.
    """
    platform, post_id = post_key(post, fallback_id)
    digest = content_hash(post)
    connection = session.connection()
    if known is None:
        found = connection.execute(_FIND, {"platform": platform, "post_id": post_id}).first()
        row = _Found(found[0], found[1]) if found is not None else None
    else:
        row = _Found(*known[platform, post_id]) if (platform, post_id) in known else None
    if row is not None and row.content_hash == digest:
        return StoredPost(int(row.id), "unchanged", digest)
    values = _row_values(post, account_id, source, digest)
    if row is not None:
        connection.execute(_REWRITE, {"row_id": row.id, **values})
        return StoredPost(int(row.id), "changed", digest)
    inserted = connection.execute(
        _insert_statement(connection.dialect.name),
        {
            "platform": platform,
            "post_id": post_id,
            "lookup_hash": lookup_hash(platform, post_id),
            "first_seen": values["last_seen"],
            **values,
        },
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


@cache
def _insert_statement(dialect_name: str) -> Any:
    statement = upsert_insert(dialect_name, POSTS)
    return statement.on_conflict_do_nothing(index_elements=["platform", "post_id"]).returning(
        POSTS.c.id
    )


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
