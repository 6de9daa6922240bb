"""Re-evaluate stored posts under the current rulebooks and detector, without fetching.

Posts are read in id order, analysed outside any transaction and written back in
short batches through the same idempotent verdict recording as a scan: a verdict
that is already current writes nothing, a new rulebook or detector version adds a
row and keeps the old one as history.  The work splits into post-id ranges, so the
same function serves one process and every partition of a Dask run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select

from scrapers.models import Verdict
from scrapers.pipeline.evaluate import Evaluator, parse_jurisdictions
from scrapers.pipeline.outcome import RunSummary, Tally
from scrapers.pipeline.runs import finish_run, mark_item, start_run
from scrapers.store.database import make_engine, transaction
from scrapers.store.posts import post_from_row
from scrapers.store.schema import Account
from scrapers.store.schema import Post as PostRow
from scrapers.store.verdicts import VerdictJob, record_verdict_batch

RESCAN_BATCH = 500
"""Posts read, analysed and written per transaction (fewer, larger writes share SQLite better)."""


@dataclass(frozen=True, slots=True)
class RangeResult:
    """What one post-id range did: posts evaluated, posts whose verdicts changed, errors."""

    evaluated: int = 0
    changed: int = 0
    verdicts_written: int = 0
    errors: dict[str, int] = field(default_factory=dict)


def rescan_store(
    engine: Engine,
    jurisdictions: Sequence[str] = ("nl",),
    engine_kind: str = "local",
    scheduler: str | None = None,
    *,
    partitions: int | None = None,
    workers: int = 2,
    cluster_options: dict[str, object] | None = None,
) -> RunSummary:
    """Re-evaluate every stored post in each jurisdiction, locally or with Dask.

    ``engine_kind="dask"`` runs the post-id ranges on a Dask cluster: the one at
    ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``), else a local
    cluster of ``workers`` processes (``cluster_options`` go to ``LocalCluster``).
    """
    codes = parse_jurisdictions(jurisdictions)
    run = start_run(engine, "rescan", ["store"], codes, resume=False)
    status = "failed"
    try:
        if engine_kind == "local":
            result = rescan_range(engine, run.id, codes, *id_bounds(engine))
        elif engine_kind == "dask":
            from scrapers.pipeline.on_dask import rescan_on_dask

            ranges = id_ranges(engine, partitions or workers * 4)
            result = rescan_on_dask(
                engine, run.id, codes, ranges, scheduler, workers, cluster_options or {}
            )
        else:
            raise ValueError(f"unknown engine {engine_kind!r}; use 'local' or 'dask'")
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        finish_run(engine, run.id, status)
    return _summary(run.id, status, result)


def rescan_range(
    engine: Engine | str, run_id: int, jurisdictions: Sequence[str], low: int, high: int
) -> RangeResult:
    """Re-evaluate posts with ``low <= id <= high``; safe to run twice or concurrently."""
    if isinstance(engine, str):
        engine = make_engine(engine)
    evaluator = Evaluator(jurisdictions)
    evaluated = changed = written = 0
    errors: Counter[str] = Counter()
    cursor = low
    while cursor <= high:
        rows = _read_batch(engine, cursor, high)
        if not rows:
            break
        cursor = rows[-1][0].id + 1
        outcomes = [_evaluate(evaluator, row, followers) for row, followers in rows]
        jobs = []
        with transaction(engine, write=True) as session:
            for (row, _), outcome in zip(rows, outcomes, strict=True):
                if isinstance(outcome, str):
                    mark_item(session, run_id, f"post:{row.id}", "detect", outcome)
                    errors["detect"] += 1
                else:
                    jobs.append(VerdictJob(row.id, row.content_hash, outcome))
            counts = record_verdict_batch(session, jobs)
        evaluated += len(counts)
        changed += sum(count > 0 for count in counts)
        written += sum(counts)
    return RangeResult(evaluated, changed, written, dict(errors))


def id_bounds(engine: Engine) -> tuple[int, int]:
    """Lowest and highest post row id (``(1, 0)`` for an empty store)."""
    with engine.connect() as connection:
        low, high = connection.execute(select(func.min(PostRow.id), func.max(PostRow.id))).one()
    return (int(low), int(high)) if low is not None else (1, 0)


def id_ranges(engine: Engine, partitions: int) -> list[tuple[int, int]]:
    """Split the post ids into at most ``partitions`` contiguous, non-overlapping ranges."""
    low, high = id_bounds(engine)
    return split_range(low, high, partitions)


def split_range(low: int, high: int, partitions: int) -> list[tuple[int, int]]:
    """Contiguous ranges covering ``low..high`` exactly once.

    >>> split_range(1, 10, 3)
    [(1, 4), (5, 8), (9, 10)]
    >>> split_range(1, 0, 4)
    []
    """
    if high < low:
        return []
    width = -(-(high - low + 1) // max(1, partitions))
    return [(start, min(start + width - 1, high)) for start in range(low, high + 1, width)]


def merge_results(results: Sequence[RangeResult]) -> RangeResult:
    errors: Counter[str] = Counter()
    for result in results:
        errors.update(result.errors)
    return RangeResult(
        evaluated=sum(r.evaluated for r in results),
        changed=sum(r.changed for r in results),
        verdicts_written=sum(r.verdicts_written for r in results),
        errors=dict(errors),
    )


def _read_batch(engine: Engine, cursor: int, high: int) -> list[tuple[PostRow, int | None]]:
    with transaction(engine) as session:
        rows = session.execute(
            select(PostRow, Account.follower_count)
            .outerjoin(Account, PostRow.account_id == Account.id)
            .where(PostRow.id >= cursor, PostRow.id <= high)
            .order_by(PostRow.id)
            .limit(RESCAN_BATCH)
        )
        return [(row[0], row[1]) for row in rows]


def _evaluate(evaluator: Evaluator, row: PostRow, followers: int | None) -> list[Verdict] | str:
    try:
        return evaluator.verdicts(post_from_row(row, followers))
    except Exception as error:  # recorded against the post; the rescan goes on
        return repr(error)


def _summary(run_id: int, status: str, result: RangeResult) -> RunSummary:
    tally = Tally(
        seen=result.evaluated,
        changed=result.changed,
        unchanged=result.evaluated - result.changed,
        verdicts_written=result.verdicts_written,
        errors=Counter(result.errors),
    )
    return tally.freeze(run_id, "rescan", status, resumed=False)
