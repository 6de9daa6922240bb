"""Run a rescan's post-id ranges on Dask: a local cluster by default, or a real one by address.

Each partition opens its own database connection from the store's URL, re-evaluates
its range and writes back idempotently, so a partition that Dask retries on another
worker after a crash writes nothing twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from typing import Any

from sqlalchemy import Engine

from scrapers.pipeline.rescan import RangeResult, merge_results, rescan_range


def rescan_on_dask(
    engine: Engine,
    run_id: int,
    jurisdictions: Sequence[str],
    ranges: Sequence[tuple[int, int]],
    scheduler: str | None,
    workers: int,
    cluster_options: dict[str, Any],
) -> RangeResult:
    """Map :func:`rescan_range` over ``ranges`` on a Dask cluster and add up the results."""
    from distributed import Client, LocalCluster

    if not ranges:
        return RangeResult()
    url = engine.url.render_as_string(hide_password=False)
    with ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            options: dict[str, Any] = {
                "n_workers": workers,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
                "host": "127.0.0.1",
            }
            options.update(cluster_options)
            cluster = stack.enter_context(LocalCluster(**options))
            client = stack.enter_context(Client(cluster))
        futures = client.map(
            _partition,
            [low for low, _ in ranges],
            [high for _, high in ranges],
            url=url,
            run_id=run_id,
            jurisdictions=tuple(jurisdictions),
            pure=False,
        )
        results: list[RangeResult] = client.gather(futures)
    return merge_results(results)


def _partition(
    low: int, high: int, *, url: str, run_id: int, jurisdictions: tuple[str, ...]
) -> RangeResult:
    """One Dask task: its own engine, its own range, disposed afterwards."""
    from scrapers.store.database import make_engine

    engine = make_engine(url)
    try:
        return rescan_range(engine, run_id, jurisdictions, low, high)
    finally:
        engine.dispose()
