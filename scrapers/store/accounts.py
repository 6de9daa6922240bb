"""Creators: one row per (platform, handle), with tier and niches kept up to date."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from scrapers.identity import tier_for
from scrapers.models import Post
from scrapers.sources.base import SourceAccount
from scrapers.store.dialect import upsert_insert
from scrapers.store.niches import niches_for
from scrapers.store.schema import Account
from scrapers.store.schema import Post as PostRow

NICHE_SAMPLE = 300
"""Newest posts per account read to decide its niches."""


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
    row = session.execute(
        select(Account.id, Account.display_name, Account.url, Account.follower_count).where(
            Account.platform == account.platform, Account.handle == account.handle
        )
    ).one_or_none()
    if row is None:
        return _insert_account(session, account)
    changes: dict[str, object] = {
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
        session.execute(update(Account).where(Account.id == row.id).values(**changes))
    return int(row.id)


def refresh_niches(session: Session, account_ids: Iterable[int]) -> None:
    """Recompute the niches of these accounts from their newest posts."""
    for account_id in sorted(set(account_ids)):
        texts = session.scalars(
            select(PostRow.text)
            .where(PostRow.account_id == account_id)
            .order_by(PostRow.id.desc())
            .limit(NICHE_SAMPLE)
        )
        niches = niches_for(texts)
        current = session.scalar(select(Account.niches).where(Account.id == account_id))
        if list(current or []) != niches:
            session.execute(update(Account).where(Account.id == account_id).values(niches=niches))


def _insert_account(session: Session, account: SourceAccount) -> int:
    statement = upsert_insert(session, Account).values(
        platform=account.platform,
        handle=account.handle,
        display_name=account.display_name,
        url=account.url,
        follower_count=account.follower_count,
        tier=tier_for(account.follower_count),
        niches=[],
    )
    inserted = session.execute(
        statement.on_conflict_do_nothing(index_elements=["platform", "handle"]).returning(
            Account.id
        )
    ).scalar_one_or_none()
    if inserted is not None:
        return int(inserted)
    return upsert_account(session, account)  # another writer inserted it first


def _with_handle(known: SourceAccount, handle: str, followers: int | None) -> SourceAccount:
    return SourceAccount(
        platform=known.platform,
        handle=handle,
        display_name=known.display_name,
        url=known.url,
        follower_count=known.follower_count if known.follower_count is not None else followers,
    )
