"""Run sources through the detector into the store: resumable, batched, never all-or-nothing.

Each item is analysed outside any transaction, then written in a batch, one write
transaction per batch (``batch.write_batch``).  So a kill (even ``kill -9``)
loses at most the batch in flight — which was never written, and is redone on
resume — and one item that cannot be stored is recorded as an error without
taking its neighbours down.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import Engine

from scrapers.fetch.links import HeadFetcher, ResolvedLink
from scrapers.pipeline.batch import Evaluated, write_batch
from scrapers.pipeline.evaluate import Evaluator
from scrapers.pipeline.links import LinkResolver
from scrapers.pipeline.outcome import RunSummary, Tally
from scrapers.pipeline.runs import RunHandle, finish_run, start_run
from scrapers.sources.base import Source, SourceItem
from scrapers.store.accounts import refresh_niches_since
from scrapers.store.posts import parse_timestamp

Progress = Callable[[SourceItem, str], None]
"""Called after each item with its outcome: ``new``, ``changed``, ``unchanged``,
``skipped`` or ``error``."""

BATCH_SIZE = 50
BATCH_SECONDS = 2.0
"""A batch is written when it is this full or this old, whichever comes first."""


def scan_sources(
    engine: Engine,
    sources: Iterable[Source],
    jurisdictions: Sequence[str] = ("nl",),
    since: datetime | date | str | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    *,
    kind: str = "scan",
    labels: Sequence[str] | None = None,
    resume: bool = True,
    batch_size: int = BATCH_SIZE,
    link_client: HeadFetcher | None = None,
) -> RunSummary:
    """Analyse every item of ``sources`` under each jurisdiction and store it.

    ``labels`` name the sources for resuming (the CLI passes the specs the user
    typed; default: each source's ``name``).  ``limit`` caps the posts processed
    by this call; ``since`` drops posts published earlier (undated posts stay).
    With ``link_client`` (the scan's polite client), each post's shortened links
    are resolved through it before detection (see ``links.py``); a link that will
    not resolve is recorded as a ``link`` error and the post is stored anyway.
    """
    sources = list(sources)
    names = list(labels) if labels is not None else [s.name for s in sources]
    evaluator = Evaluator(jurisdictions)
    run = start_run(engine, kind, names, evaluator.jurisdictions, resume=resume)
    resolver = LinkResolver(link_client) if link_client is not None else None
    scanner = _Scanner(engine, run, evaluator, progress, batch_size, resolver)
    status = "failed"
    try:
        scanner.consume(_items(sources, names), parse_since(since), limit)
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        scanner.flush()
        raise
    finally:
        if status != "failed":
            refresh_niches_since(engine, run.started_at)
        finish_run(engine, run.id, status)
    return scanner.tally.freeze(run.id, kind, status, run.resumed)


def parse_since(value: datetime | date | str | None) -> datetime | None:
    """``since`` as an aware datetime (a bare date is midnight UTC).

    >>> parse_since("2024-05-01").isoformat()
    '2024-05-01T00:00:00+00:00'
    """
    if value is None:
        return None
    if isinstance(value, str):
        parsed = parse_timestamp(value)
        if parsed is None:
            raise ValueError(f"cannot read {value!r} as a date (use YYYY-MM-DD)")
        value = parsed
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class _Scanner:
    """The loop of one run: evaluate, batch, write, count."""

    def __init__(
        self,
        engine: Engine,
        run: RunHandle,
        evaluator: Evaluator,
        progress: Progress | None,
        batch_size: int,
        resolver: LinkResolver | None = None,
    ) -> None:
        self.engine = engine
        self.resolver = resolver
        self.run = run
        self.evaluator = evaluator
        self.progress = progress
        self.batch_size = max(1, batch_size)
        self.tally = Tally()
        self.pending: list[Evaluated] = []
        self.oldest = 0.0

    def consume(
        self, items: Iterable[tuple[str, SourceItem]], since: datetime | None, limit: int | None
    ) -> None:
        taken = 0
        for source, item in items:
            if limit is not None and taken >= limit:
                break
            if item.key in self.run.done or _older(item, since):
                self.tally.skipped += 1
                self._report(item, "skipped")
                continue
            taken += 1
            self._add(self._evaluate(source, item))
        self.flush()

    def _evaluate(self, source: str, item: SourceItem) -> Evaluated:
        if item.post is None or item.error_kind:
            kind = item.error_kind or "empty"
            return Evaluated(item, source, error_kind=kind, error_message=item.error_message)
        post = item.post
        links: tuple[ResolvedLink, ...] = ()
        if self.resolver is not None:
            expanded = self.resolver.expand(post)
            post, links = expanded.post, expanded.resolved
            item = replace(item, post=post)
        try:
            verdicts = tuple(self.evaluator.verdicts(post))
        except Exception as error:  # one post the detector chokes on must not stop the run
            return Evaluated(item, source, error_kind="detect", error_message=repr(error))
        return Evaluated(item, source, verdicts, links=links)

    def _add(self, evaluated: Evaluated) -> None:
        if not self.pending:
            self.oldest = time.monotonic()
        self.pending.append(evaluated)
        full = len(self.pending) >= self.batch_size
        if full or time.monotonic() - self.oldest >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the pending batch; if that fails it stays pending (and unwritten)."""
        if not self.pending:
            return
        result = write_batch(self.engine, self.run.id, self.pending)
        self.pending = []
        self._merge(result.tally)
        for item, outcome in result.outcomes:
            self._report(item, outcome)

    def _merge(self, batch: Tally) -> None:
        self.tally.seen += batch.seen
        self.tally.new += batch.new
        self.tally.changed += batch.changed
        self.tally.unchanged += batch.unchanged
        self.tally.verdicts_written += batch.verdicts_written
        self.tally.links_resolved += batch.links_resolved
        self.tally.errors.update(batch.errors)

    def _report(self, item: SourceItem, outcome: str) -> None:
        if self.progress is not None:
            self.progress(item, outcome)


def _items(sources: Sequence[Source], names: Sequence[str]) -> Iterator[tuple[str, SourceItem]]:
    """Every item of every source; a source that raises becomes one error item."""
    for source, name in zip(sources, names, strict=True):
        try:
            for item in source.items():
                yield name, item
        except Exception as error:  # adapters should not raise; if one does, record it
            key = f"{name}#source-error"
            yield name, SourceItem(key=key, error_kind="source", error_message=repr(error))


def _older(item: SourceItem, since: datetime | None) -> bool:
    if since is None or item.post is None:
        return False
    published = parse_timestamp(item.post.published)
    if published is None:
        return False
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return published < since
