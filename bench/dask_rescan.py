"""Speed-up of ``rescan --engine dask`` over one process, on a generated store.

Builds a store of generated posts (default 20,000) without verdicts, rescans it in
this process, deletes the verdicts, and rescans it again on a Dask cluster
(processes, ports 18570-18599, no dashboard), so both runs do the same work:
analyse every post and write its verdict.  Both must write the same number of
verdicts; the ratio of their wall times is the speed-up.  The cluster's start-up
is timed separately.  SQLite takes one writer at a time, so there only the
detector's share parallelises; PostgreSQL (``TRANSPARANT_BENCH_POSTGRES_URL``, in a
throwaway schema) takes parallel writers.

Usage: ``.venv/bin/python bench/dask_rescan.py [--posts N] [--workers N]``
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, Path(__file__).resolve().parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from distributed import Client, LocalCluster  # noqa: E402
from import_speed import drop_schema, generated_items, in_schema, reset_schema  # noqa: E402
from sqlalchemy import Engine, delete  # noqa: E402

from scrapers.pipeline import rescan_store  # noqa: E402
from scrapers.sources.base import SourceAccount  # noqa: E402
from scrapers.store.database import open_store, transaction  # noqa: E402
from scrapers.store.repository import store_post  # noqa: E402
from scrapers.store.schema import SignalRow  # noqa: E402
from scrapers.store.schema import Verdict as VerdictRow  # noqa: E402

CLUSTER = {"scheduler_port": 18570, "worker_port": "18571:18584", "port": "18585:18599"}


def build_store(url: str, count: int) -> Engine:
    """Posts and accounts only, in large transactions (no detector: that is the rescan's job)."""
    engine = open_store(url)
    items = list(generated_items(count))
    for start in range(0, count, 2000):
        known: dict[SourceAccount, int] = {}
        with transaction(engine, write=True) as session:
            for item in items[start : start + 2000]:
                assert item.post is not None
                store_post(
                    session,
                    item.post,
                    (),
                    account=item.account,
                    update_niches=False,
                    known_accounts=known,
                )
    return engine


def forget_verdicts(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(delete(SignalRow))
        connection.execute(delete(VerdictRow))


def timed(engine: Engine, engine_kind: str, scheduler: str | None, partitions: int) -> float:
    started = time.perf_counter()
    summary = rescan_store(engine, ("nl",), engine_kind, scheduler, partitions=partitions)
    elapsed = time.perf_counter() - started
    assert not summary.errors, summary.line()
    assert summary.verdicts_written == summary.seen > 0, summary.line()
    return elapsed


def warm_up() -> None:
    """Import the detector and build its rulebook in a worker, as any long-lived worker has."""
    from scrapers.pipeline.evaluate import Evaluator

    Evaluator(("nl",))


def compare(label: str, url: str, count: int, workers: int) -> None:
    engine = build_store(url, count)
    try:
        local = timed(engine, "local", None, 1)
        forget_verdicts(engine)
        started = time.perf_counter()
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                **CLUSTER,
            ) as cluster,
            Client(cluster) as client,
        ):
            client.run(warm_up)
            start_up = time.perf_counter() - started
            on_dask = timed(engine, "dask", cluster.scheduler_address, workers * 8)
    finally:
        engine.dispose()
    print(
        f"{label}: one process {local:6.1f} s ({count / local:6.0f} posts/s); "
        f"Dask, {workers} workers {on_dask:6.1f} s ({count / on_dask:6.0f} posts/s; "
        f"cluster start-up and warm-up {start_up:.1f} s more); speed-up {local / on_dask:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()
    print(f"posts: {options.posts}, cores: {os.cpu_count()}, Dask workers: {options.workers}")
    with tempfile.TemporaryDirectory() as directory:
        compare("SQLite", f"sqlite:///{directory}/store.sqlite3", options.posts, options.workers)
    url = os.environ.get("TRANSPARANT_BENCH_POSTGRES_URL")
    if not url:
        print("PostgreSQL: skipped (set TRANSPARANT_BENCH_POSTGRES_URL)")
        return
    reset_schema(url)
    try:
        compare("PostgreSQL", in_schema(url), options.posts, options.workers)
    finally:
        drop_schema(url)


if __name__ == "__main__":
    main()
