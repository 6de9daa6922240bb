"""rescan_store: re-evaluates stored posts offline, idempotently, locally or on a Dask cluster."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fixture_source import POSTS, FolderOfPosts
from sqlalchemy import Engine, delete, func, select

from scrapers.models import Post, Verdict
from scrapers.pipeline import evaluate, rescan_store, scan_sources
from scrapers.store.schema import ScanItem, ScanRun, SignalRow
from scrapers.store.schema import Verdict as VerdictRow

TOTAL = len(list(POSTS.glob("*.json")))
# Dask ports inside this helper's range (18500-18599), dashboard off.
CLUSTER = {"scheduler_port": 18540, "worker_port": "18541:18549", "port": "18550:18559"}


def verdict_rows(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(VerdictRow)) or 0)


def current_evidence(engine: Engine, jurisdiction: str) -> set[tuple[object, ...]]:
    """Every current verdict of a jurisdiction with its signals, comparable across runs."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(
                VerdictRow.post_id,
                VerdictRow.verdict,
                VerdictRow.rulebook_version,
                VerdictRow.content_hash,
                SignalRow.rule,
                SignalRow.text,
                SignalRow.start,
            )
            .outerjoin(SignalRow, SignalRow.verdict_id == VerdictRow.id)
            .where(VerdictRow.jurisdiction == jurisdiction, VerdictRow.is_current.is_(True))
        )
        return {tuple(row) for row in rows}


class NextDetector(evaluate.Detector):  # type: ignore[misc, valid-type]
    """The same detector, released as a new version."""

    def analyze(self, post: Post) -> Verdict:
        return replace(super().analyze(post), detector_version="next")


def test_rescan_of_an_unchanged_store_writes_nothing(store: Engine) -> None:
    scan_sources(store, [FolderOfPosts()], ("nl",))
    summary = rescan_store(store, ("nl",))
    assert (summary.kind, summary.seen, summary.changed, summary.verdicts_written) == (
        "rescan",
        TOTAL,
        0,
        0,
    )
    assert verdict_rows(store) == TOTAL


def test_rescan_under_a_new_detector_adds_history(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan_sources(store, [FolderOfPosts()], ("nl",))
    monkeypatch.setattr(evaluate, "Detector", NextDetector)
    summary = rescan_store(store, ("nl",))
    assert (summary.changed, summary.verdicts_written) == (TOTAL, TOTAL)
    with store.connect() as connection:
        versions = connection.execute(
            select(VerdictRow.detector_version, VerdictRow.is_current, func.count()).group_by(
                VerdictRow.detector_version, VerdictRow.is_current
            )
        ).all()
    assert sorted((v, bool(c), n) for v, c, n in versions if v == "next") == [("next", True, TOTAL)]
    assert sum(n for v, c, n in versions if not c) == TOTAL


def test_a_post_the_detector_fails_on_is_recorded(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan_sources(store, [FolderOfPosts()], ("nl",))
    real = evaluate.Evaluator.verdicts

    def fragile(self: evaluate.Evaluator, post: Post) -> list[Verdict]:
        if post.author == "techtobi":
            raise MemoryError("too big")
        return real(self, post)

    monkeypatch.setattr(evaluate.Evaluator, "verdicts", fragile)
    summary = rescan_store(store, ("nl", "be"))
    assert summary.errors == {"detect": 3}
    assert summary.seen == TOTAL - 3
    with store.connect() as connection:
        run = connection.execute(
            select(ScanRun.kind, ScanRun.errors).where(ScanRun.kind == "rescan")
        ).one()
        keys = connection.scalars(select(ScanItem.item_key).where(ScanItem.status == "error"))
        assert all(key.startswith("post:") for key in keys)
    assert tuple(run) == ("rescan", 3)


@pytest.mark.slow
def test_dask_rescan_on_a_local_cluster_equals_the_local_rescan(store: Engine) -> None:
    scan_sources(store, [FolderOfPosts()], ("nl",))
    local = rescan_store(store, ("nl", "be"))
    by_local = current_evidence(store, "be")
    with store.begin() as connection:
        connection.execute(delete(VerdictRow).where(VerdictRow.jurisdiction == "be"))
    assert current_evidence(store, "be") == set()

    on_dask = rescan_store(
        store, ("nl", "be"), "dask", partitions=4, workers=2, cluster_options=CLUSTER
    )

    assert current_evidence(store, "be") == by_local
    assert (
        (on_dask.seen, on_dask.changed, on_dask.verdicts_written)
        == (
            local.seen,
            local.changed,
            local.verdicts_written,
        )
        == (TOTAL, TOTAL, TOTAL)
    )
    again = rescan_store(store, ("nl", "be"), "dask", workers=2, cluster_options=CLUSTER)
    assert again.verdicts_written == 0
    assert verdict_rows(store) == 2 * TOTAL
