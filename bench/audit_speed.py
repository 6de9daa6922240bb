"""How fast a brand audit runs over a store, next to merely reading the same posts.

Builds a SQLite store of the demo corpus repeated COPIES times (post ids made
unique, labels stored as verdicts), then times, in one process:

* the floor: reading every post row (text, links, tagged, author) from the store;
* the audit: ``audit_brand`` for each demo brand (match every post, read the
  matched posts' current verdicts with evidence, group, rank).

Usage: ``.venv/bin/python bench/audit_speed.py [COPIES]`` (default 20 → 8,400 posts).
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from scrapers.audit.service import audit_brand
from scrapers.demo.loader import demo_brands, read_corpus, reference_verdict, store_brands
from scrapers.store.database import open_store, transaction
from scrapers.store.repository import store_post
from scrapers.store.schema import Post as PostRow


def build_store(path: Path, copies: int) -> tuple[object, int]:
    engine = open_store(f"sqlite:///{path}")
    records = list(read_corpus())
    with transaction(engine) as session:
        for copy in range(copies):
            for record in records:
                post = replace(record.post, post_id=f"{record.post.post_id}-{copy}",
                               url=f"{record.post.url}#{copy}")
                verdicts = [reference_verdict(record.label, "nl")]
                store_post(session, post, verdicts, account=record.account,
                           update_niches=False)
    store_brands(engine, demo_brands())
    return engine, copies * len(records)


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory() as directory:
        started = time.perf_counter()
        engine, total = build_store(Path(directory) / "bench.sqlite3", copies)
        print(f"store: {total:,} posts built in {time.perf_counter() - started:.1f} s")
        with transaction(engine) as session:  # type: ignore[arg-type]
            started = time.perf_counter()
            rows = session.execute(
                select(PostRow.text, PostRow.links, PostRow.tagged, PostRow.author)
            ).all()
            floor = time.perf_counter() - started
        print(f"floor (read {len(rows):,} posts): {floor:.3f} s, {len(rows) / floor:,.0f} posts/s")
        for brand in demo_brands():
            with transaction(engine) as session:  # type: ignore[arg-type]
                started = time.perf_counter()
                report = audit_brand(session, brand)
                took = time.perf_counter() - started
            print(f"audit {brand.slug}: {report.summary.posts:,} matched of {total:,} in "
                  f"{took:.3f} s, {total / took:,.0f} posts/s scanned, {took / floor:.1f}× floor")


if __name__ == "__main__":
    main()
