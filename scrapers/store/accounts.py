"""Creators: one row per (platform, handle), with tier and niches kept up to date."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Engine, Table, bindparam, func, select
from sqlalchemy.orm import Session

from scrapers.identity import tier_for
from scrapers.models import Post
from scrapers.sources.base import SourceAccount
from scrapers.store.database import transaction
from scrapers.store.dialect import upsert_insert
from scrapers.store.niches import niches_for
from scrapers.store.schema import Account, utcnow
from scrapers.store.schema import Post as PostRow

NICHE_SAMPLE = 300
"""Newest posts per account read to decide its niches."""

ACCOUNTS: Table = Account.__table__  # type: ignore[assignment]
POSTS: Table = PostRow.__table__  # type: ignore[assignment]
_FIND = select(
    ACCOUNTS.c.id, ACCOUNTS.c.display_name, ACCOUNTS.c.url, ACCOUNTS.c.follower_count
).where(ACCOUNTS.c.platform == bindparam("platform"), ACCOUNTS.c.handle == bindparam("handle"))
_UPDATE = ACCOUNTS.update().where(ACCOUNTS.c.id == bindparam("row_id"))


def account_of(post: Post, known: SourceAccount | None = None) -> SourceAccount | None:
    """What we know of the post's author: the source's account, else the post's handle.

    >>> account = account_of(Post("hi", platform="instagram", author="@anna", follower_count=5))
    >>> account.handle, account.follower_count
    ('anna', 5)
    """
    if known is not None:
        handle = normalise_handle(known.handle)
        return None if not handle else _with_handle(known, handle, post.follower_count)
    handle = normalise_handle(post.author or "")
    if not handle:
        return None
    return SourceAccount(post.platform, handle, follower_count=post.follower_count)


def normalise_handle(handle: str) -> str:
    """Handles are stored without the ``@`` and surrounding space, case kept as published."""
    return handle.strip().lstrip("@").strip()


def upsert_account(session: Session, account: SourceAccount) -> int:
    """Insert or refresh the account; returns its row id and writes nothing if nothing changed.

    A missing value (``None``) never erases one already known.
    """
    connection = session.connection()
    row = connection.execute(
        _FIND, {"platform": account.platform, "handle": account.handle}
    ).one_or_none()
    if row is None:
        return _insert_account(session, account)
    changes: dict[str, Any] = {
        name: value
        for name, value, old in (
            ("display_name", account.display_name, row.display_name),
            ("url", account.url, row.url),
            ("follower_count", account.follower_count, row.follower_count),
        )
        if value is not None and value != old
    }
    if "follower_count" in changes:
        changes["tier"] = tier_for(account.follower_count)
    if changes:
        connection.execute(_UPDATE, {"row_id": row.id, "updated_at": utcnow(), **changes})
    return int(row.id)


def refresh_niches(session: Session, account_ids: Iterable[int]) -> None:
    """Recompute the niches of these accounts from their newest posts (two queries in all)."""
    wanted = sorted(set(account_ids))
    if not wanted:
        return
    connection = session.connection()
    newest = (
        select(
            POSTS.c.account_id,
            POSTS.c.text,
            func.row_number()
            .over(partition_by=POSTS.c.account_id, order_by=POSTS.c.id.desc())
            .label("rank"),
        )
        .where(POSTS.c.account_id.in_(wanted))
        .subquery()
    )
    texts: dict[int, list[str]] = defaultdict(list)
    for account_id, text in connection.execute(
        select(newest.c.account_id, newest.c.text).where(newest.c.rank <= NICHE_SAMPLE)
    ):
        texts[account_id].append(text)
    known = select(ACCOUNTS.c.id, ACCOUNTS.c.niches).where(ACCOUNTS.c.id.in_(wanted))
    current: dict[int, list[str]] = {row[0]: row[1] for row in connection.execute(known)}
    changed = [
        {"row_id": account_id, "niches": niches}
        for account_id in wanted
        if list(current.get(account_id) or []) != (niches := niches_for(texts[account_id]))
    ]
    if changed:
        connection.execute(_UPDATE.values(niches=bindparam("niches")), changed)


def refresh_niches_since(engine: Engine, since: datetime, chunk: int = 500) -> int:
    """Refresh the niches of every account with a post written since ``since``.

    The scanner calls this once at the end of a run (a resumed run's start is the
    original run's), rather than after every batch.  Returns the accounts refreshed.
    """
    with engine.connect() as connection:
        touched = sorted(
            connection.scalars(
                select(POSTS.c.account_id)
                .where(POSTS.c.last_seen >= since, POSTS.c.account_id.is_not(None))
                .distinct()
            )
        )
    for start in range(0, len(touched), chunk):
        with transaction(engine, write=True) as session:
            refresh_niches(session, touched[start : start + chunk])
    return len(touched)


def _insert_account(session: Session, account: SourceAccount) -> int:
    connection = session.connection()
    inserted = connection.execute(
        _insert_statement(connection.dialect.name),
        {
            "platform": account.platform,
            "handle": account.handle,
            "display_name": account.display_name,
            "url": account.url,
            "follower_count": account.follower_count,
            "tier": tier_for(account.follower_count),
            "niches": [],
        },
    ).scalar_one_or_none()
    if inserted is not None:
        return int(inserted)
    return upsert_account(session, account)  # another writer inserted it first


@cache
def _insert_statement(dialect_name: str) -> Any:
    statement = upsert_insert(dialect_name, ACCOUNTS)
    return statement.on_conflict_do_nothing(index_elements=["platform", "handle"]).returning(
        ACCOUNTS.c.id
    )


def _with_handle(known: SourceAccount, handle: str, followers: int | None) -> SourceAccount:
    return SourceAccount(
        platform=known.platform,
        handle=handle,
        display_name=known.display_name,
        url=known.url,
        follower_count=known.follower_count if known.follower_count is not None else followers,
    )
