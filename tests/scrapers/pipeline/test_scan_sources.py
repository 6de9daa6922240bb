"""scan_sources: stores every item, resumes unfinished runs, and never stops for one bad item."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fixture_source import POSTS, FolderOfPosts, ListSource
from sqlalchemy import Engine, func, select, update

from scrapers.models import Post
from scrapers.pipeline import scan_sources
from scrapers.sources.base import SourceItem
from scrapers.store.schema import Account, ScanItem, ScanRun, Verdict
from scrapers.store.schema import Post as PostRow

FIXTURE_POSTS = len(list(POSTS.glob("*.json")))


def count(engine: Engine, entity: object, *where: object) -> int:
    with engine.connect() as connection:
        statement = select(func.count()).select_from(entity)  # type: ignore[arg-type]
        return int(connection.scalar(statement.where(*where)) or 0)  # type: ignore[arg-type]


def item(key: str, text: str = "Mooie dag #ad", **fields: object) -> SourceItem:
    post = Post(text, platform="instagram", post_id=key, author="anna", **fields)  # type: ignore[arg-type]
    return SourceItem(key, post)


def test_scan_stores_posts_accounts_and_a_verdict_per_jurisdiction(store: Engine) -> None:
    summary = scan_sources(store, [FolderOfPosts()], ("nl", "us"))
    assert (summary.status, summary.seen, summary.new, summary.error_count) == (
        "finished",
        FIXTURE_POSTS,
        FIXTURE_POSTS,
        0,
    )
    assert count(store, PostRow) == FIXTURE_POSTS
    assert count(store, Verdict, Verdict.is_current.is_(True)) == 2 * FIXTURE_POSTS
    with store.connect() as connection:
        niches = dict(connection.execute(select(Account.handle, Account.niches)).all())
    assert niches["fitwithtom"] == ["fitness"]
    assert niches["koken.met.kim"] == ["food"]
    assert niches["techtobi"] == ["tech"]


def test_scanning_again_writes_nothing_new(store: Engine) -> None:
    scan_sources(store, [FolderOfPosts()], ("nl",))
    again = scan_sources(store, [FolderOfPosts()], ("nl",))
    assert (again.resumed, again.unchanged, again.new, again.verdicts_written) == (
        False,
        FIXTURE_POSTS,
        0,
        0,
    )
    assert count(store, Verdict) == FIXTURE_POSTS
    assert count(store, ScanRun) == 2


def test_a_bad_item_is_recorded_and_the_run_goes_on(store: Engine) -> None:
    items = (
        item("a"),
        SourceItem("broken.html", error_kind="encoding", error_message="not UTF-8"),
        item("b"),
    )
    summary = scan_sources(store, [ListSource(items)], ("nl",))
    assert (summary.seen, summary.errors) == (2, {"encoding": 1})
    with store.connect() as connection:
        row = connection.execute(
            select(ScanItem.status, ScanItem.error_kind, ScanItem.error_message).where(
                ScanItem.item_key == "broken.html"
            )
        ).one()
        run = connection.execute(select(ScanRun.errors, ScanRun.errors_by_kind)).one()
    assert tuple(row) == ("error", "encoding", "not UTF-8")
    assert tuple(run) == (1, {"encoding": 1})


def test_a_detector_crash_is_one_error_of_kind_detect(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scrapers.pipeline import evaluate

    real = evaluate.Evaluator.verdicts

    def fragile(self: evaluate.Evaluator, post: Post) -> list:  # type: ignore[type-arg]
        if post.post_id == "boom":
            raise RecursionError("pathological input")
        return real(self, post)

    monkeypatch.setattr(evaluate.Evaluator, "verdicts", fragile)
    summary = scan_sources(store, [ListSource((item("a"), item("boom"), item("b")))])
    assert (summary.seen, summary.errors) == (2, {"detect": 1})


def test_a_store_failure_rolls_back_only_that_item(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scrapers.pipeline import batch

    real = batch.store_post

    def fragile(session: object, post: Post, *args: object, **kwargs: object) -> object:
        stored = real(session, post, *args, **kwargs)  # type: ignore[arg-type]
        if post.post_id == "bad":
            raise ValueError("constraint violated after partial write")
        return stored

    monkeypatch.setattr(batch, "store_post", fragile)
    summary = scan_sources(store, [ListSource((item("a"), item("bad"), item("b")))])
    assert (summary.seen, summary.errors) == (2, {"store": 1})
    with store.connect() as connection:
        stored = sorted(connection.scalars(select(PostRow.post_id)))
    assert stored == ["a", "b"]


@dataclass(frozen=True)
class InterruptedSource:
    """Yields two posts, then the user presses Ctrl-C."""

    name: str = "interrupted"

    def items(self) -> Iterator[SourceItem]:
        yield item("a")
        yield item("b")
        raise KeyboardInterrupt


def test_ctrl_c_keeps_what_was_read_and_the_next_run_resumes(store: Engine) -> None:
    with pytest.raises(KeyboardInterrupt):
        scan_sources(store, [InterruptedSource()], labels=["feed"])
    with store.connect() as connection:
        assert connection.scalar(select(ScanRun.status)) == "interrupted"
    assert count(store, PostRow) == 2
    resumed = scan_sources(store, [ListSource((item("a"), item("b"), item("c")))], labels=["feed"])
    assert (resumed.resumed, resumed.skipped, resumed.new) == (True, 2, 1)
    assert count(store, ScanRun) == 1
    assert count(store, ScanItem) == 3


def test_an_error_item_is_retried_on_resume(store: Engine) -> None:
    failing = ListSource((item("a"), SourceItem("b", error_kind="fetch", error_message="503")))
    summary = scan_sources(store, [failing], labels=["feed"])
    assert summary.errors == {"fetch": 1}
    with store.begin() as connection:
        connection.execute(update(ScanRun).values(status="failed"))
    retried = scan_sources(store, [ListSource((item("a"), item("b")))], labels=["feed"])
    assert (retried.resumed, retried.skipped, retried.new, retried.errors) == (True, 1, 1, {})
    with store.connect() as connection:
        assert connection.scalar(select(ScanRun.errors)) == 0


def test_since_and_limit(store: Engine) -> None:
    items = (
        item("old", published="2020-01-01T00:00:00+00:00"),
        item("undated"),
        item("new", published="2024-06-01T00:00:00+00:00"),
        item("newer", published="2024-07-01T00:00:00Z"),
    )
    summary = scan_sources(store, [ListSource(items)], since="2024-01-01", limit=2)
    assert (summary.seen, summary.skipped) == (2, 1)
    with store.connect() as connection:
        assert sorted(connection.scalars(select(PostRow.post_id))) == ["new", "undated"]


def test_one_post_twice_in_a_batch_keeps_one_current_verdict(store: Engine) -> None:
    edited = Post("second version", platform="instagram", post_id="a", author="anna")
    both = (item("a", "first version #ad"), SourceItem("a-again", edited))
    summary = scan_sources(store, [ListSource(both)])
    assert (summary.new, summary.changed, summary.error_count) == (1, 1, 0)
    with store.connect() as connection:
        rows = connection.execute(select(Verdict.is_current).order_by(Verdict.id)).scalars()
        assert list(rows) == [False, True]
