"""Store one evaluated post: its account, the post, its verdicts — idempotently.

The pipeline, the API and the demo call :func:`store_post` inside a transaction
(``scrapers.store.database.transaction``); everything it writes is committed
together or not at all, and storing the same post twice writes nothing the
second time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from scrapers.models import Post, Verdict
from scrapers.sources.base import SourceAccount
from scrapers.store.accounts import account_of, refresh_niches, upsert_account
from scrapers.store.brands import BrandRecord, upsert_brand
from scrapers.store.posts import (
    KnownPosts,
    StoredPost,
    content_hash,
    find_posts,
    post_key,
    upsert_post,
)
from scrapers.store.verdicts import current_verdicts, record_verdicts

__all__ = [
    "BrandRecord",
    "StoredPost",
    "content_hash",
    "current_verdicts",
    "find_posts",
    "post_key",
    "refresh_niches",
    "store_post",
    "upsert_brand",
]


def store_post(
    session: Session,
    post: Post,
    verdicts: Sequence[Verdict],
    *,
    account: SourceAccount | None = None,
    source: str | None = None,
    fallback_id: str | None = None,
    update_niches: bool = True,
    known_accounts: dict[SourceAccount, int] | None = None,
    known_posts: KnownPosts | None = None,
) -> StoredPost:
    """Upsert the post's account and the post, and record its verdicts.

    ``update_niches=False`` leaves the account's niches for the caller to refresh
    once per batch (:func:`refresh_niches`), which the pipeline does for speed.
    ``known_accounts`` remembers accounts already upserted *in this transaction*
    (an export holds many posts of one account); never share it across transactions.
    ``known_posts`` (:func:`find_posts`, same transaction) saves the post look-up.
    """
    author = account_of(post, account)
    account_id = None
    if author is not None:
        cached = known_accounts.get(author) if known_accounts is not None else None
        account_id = cached if cached is not None else upsert_account(session, author)
        if known_accounts is not None:
            known_accounts[author] = account_id
    stored = upsert_post(
        session,
        post,
        account_id=account_id,
        source=source,
        fallback_id=fallback_id,
        known=known_posts,
    )
    is_new = stored.status == "new"
    written = record_verdicts(session, stored.id, stored.content_hash, verdicts, new_post=is_new)
    if update_niches and account_id is not None and stored.status != "unchanged":
        refresh_niches(session, [account_id])
    return replace(stored, verdicts_written=written, account_id=account_id)
