"""Write a batch of evaluated items: one transaction, and one bad item never sinks the rest.

The batch is first written straight through (fast: no savepoints).  If any item
fails, that transaction is rolled back and the batch is written again with a
savepoint per item, so the bad item is recorded as a ``store`` error and its
neighbours are kept.  Either way the batch's posts, verdicts, scan items and run
counters are committed together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scrapers.fetch.links import ResolvedLink
from scrapers.models import Verdict
from scrapers.pipeline.outcome import Tally
from scrapers.pipeline.runs import add_counts, mark_item, mark_items
from scrapers.sources.base import SourceAccount, SourceItem
from scrapers.store.database import transaction
from scrapers.store.posts import StoredPost, post_key
from scrapers.store.repository import find_posts, store_post
from scrapers.store.verdicts import VerdictJob, record_verdict_batch


@dataclass(frozen=True, slots=True)
class Evaluated:
    """An item ready to store: the post's verdicts, or the error that stopped it."""

    item: SourceItem
    source: str
    verdicts: tuple[Verdict, ...] = ()
    error_kind: str | None = None
    error_message: str | None = None
    links: tuple[ResolvedLink, ...] = ()
    """Short links of the post resolved for the first time in this run."""


@dataclass(frozen=True, slots=True)
class BatchResult:
    tally: Tally
    outcomes: tuple[tuple[SourceItem, str], ...]
    """Each item with ``new``, ``changed``, ``unchanged`` or ``error``."""


def write_batch(engine: Engine, run_id: int, batch: Sequence[Evaluated]) -> BatchResult:
    """Store the batch in one write transaction; isolate failing items if there are any."""
    try:
        return _write(engine, run_id, batch, isolate=False)
    except Exception:  # some item broke the batch: redo it with a savepoint per item
        return _write(engine, run_id, batch, isolate=True)


def _write(
    engine: Engine, run_id: int, batch: Sequence[Evaluated], *, isolate: bool
) -> BatchResult:
    tally = Tally()
    with transaction(engine, write=True) as session:
        write = _write_isolated if isolate else _write_straight
        outcomes = write(session, run_id, batch, tally)
        add_counts(session, run_id, tally.seen, tally.new, tally.changed)
    return BatchResult(tally, tuple(zip((e.item for e in batch), outcomes, strict=True)))


def _write_straight(
    session: Session, run_id: int, batch: Sequence[Evaluated], tally: Tally
) -> list[str]:
    """The fast path: posts one by one, then every verdict of the batch in a few statements.

    Account ids are reused within the batch, which is safe because nothing in this
    transaction is rolled back on its own: any failure fails the whole attempt.
    """
    outcomes = ["error"] * len(batch)
    known: dict[SourceAccount, int] = {}
    posts = find_posts(
        session,
        [post_key(e.item.post, e.item.key) for e in batch if e.item.post and not e.error_kind],
    )
    stored: list[tuple[int, StoredPost]] = []
    marks: list[tuple[str, str | None, str | None]] = []
    for index, evaluated in enumerate(batch):
        item = evaluated.item
        if evaluated.error_kind is not None or item.post is None:
            kind = evaluated.error_kind or "empty"
            marks.append((item.key, kind, evaluated.error_message))
            tally.errors[kind] += 1
            continue
        post = store_post(
            session,
            item.post,
            (),
            account=item.account,
            source=evaluated.source,
            fallback_id=item.key,
            update_niches=False,
            known_accounts=known,
            known_posts=posts,
        )
        marks.append((item.key, None, None))
        marks.extend(_link_marks(evaluated, tally))
        stored.append((index, post))
    mark_items(session, run_id, marks)
    jobs = [
        VerdictJob(post.id, post.content_hash, batch[index].verdicts, post.status == "new")
        for index, post in stored
    ]
    for (index, post), written in zip(stored, record_verdict_batch(session, jobs), strict=True):
        outcomes[index] = _count(post, written, tally)
    return outcomes


def _write_isolated(
    session: Session, run_id: int, batch: Sequence[Evaluated], tally: Tally
) -> list[str]:
    """The careful path: each item in its own savepoint, a failing one recorded as ``store``."""
    outcomes = []
    for evaluated in batch:
        item = evaluated.item
        if evaluated.error_kind is not None or item.post is None:
            kind = evaluated.error_kind or "empty"
            outcomes.append(
                _write_error(session, run_id, item, kind, evaluated.error_message, tally)
            )
            continue
        try:
            with session.begin_nested():
                post = store_post(
                    session,
                    item.post,
                    evaluated.verdicts,
                    account=item.account,
                    source=evaluated.source,
                    fallback_id=item.key,
                    update_niches=False,
                )
                mark_item(session, run_id, item.key)
                links = Tally()
                mark_items(session, run_id, _link_marks(evaluated, links))
        except Exception as error:  # only this item's savepoint is rolled back
            outcomes.append(_write_error(session, run_id, item, "store", repr(error), tally))
            continue
        tally.links_resolved += links.links_resolved
        tally.errors.update(links.errors)
        outcomes.append(_count(post, post.verdicts_written, tally))
    return outcomes


def _link_marks(evaluated: Evaluated, tally: Tally) -> list[tuple[str, str | None, str | None]]:
    """Count the item's resolved short links; each failure becomes a ``link`` error row.

    The row's key is the short URL (``link:…``), so a link is recorded once per run
    however many posts carry it, and the post itself stays ``done``.
    """
    marks: list[tuple[str, str | None, str | None]] = []
    for link in evaluated.links:
        if link.error is None:
            tally.links_resolved += 1
            continue
        tally.errors["link"] += 1
        message = f"{link.original}: {link.error} (in {evaluated.item.key})"
        marks.append((f"link:{link.original}", "link", message))
    return marks


def _count(post: StoredPost, written: int, tally: Tally) -> str:
    tally.count_post(post.status, written)
    return post.status


def _write_error(
    session: Session, run_id: int, item: SourceItem, kind: str, message: str | None, tally: Tally
) -> str:
    mark_item(session, run_id, item.key, kind, message or kind)
    tally.errors[kind] += 1
    return "error"
