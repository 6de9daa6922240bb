"""Benchmark: build the transparency site from a generated store of 10k accounts / 500k posts.

Generates a SQLite store with bulk inserts (every post judged under NL, US, UK, DE
and FR, with signals for commercial verdicts), then runs the real ``build_site``
in both languages and prints the time per page for each step: snapshot (SQL into
frozen dataclasses, plus the page views), render (the plugin's generator), search
indexing (Pagefind), and the total.  Targets: render < 2 ms per page, total < 3 min.

    .venv/bin/python bench/site_build.py                      # full size
    .venv/bin/python bench/site_build.py --accounts 1000 --posts 50000   # quick look
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from scrapers.identity import lookup_hash, tier_for
from scrapers.publish.build import BuildReport, build_site
from scrapers.store.database import open_store

PLATFORMS = ("instagram", "youtube", "tiktok", "blog")
NICHES = ("fashion", "beauty", "tech", "food", "travel", "fitness", "parenting", "gaming")
JURISDICTIONS = ("nl", "us", "uk", "de", "fr")
NOW = "2026-11-01 00:00:00.000000"
TEMPLATES = {
    "organic": "Zondag in het park met de hond, heerlijk weer {n}",
    "disclosed": "Mijn nieuwe favoriet van @{handle}! #ad gebruik code {code} {n}",
    "unclear_disclosure": "Swipe voor de look, dank @{handle} #collab {n}",
    "undisclosed": "Kreeg dit toegestuurd van {name}, shop via https://{domain}/?ref={code} {n}",
}
SIGNALS = {
    "disclosed": (
        ("disclosure", "disclosure.hashtag", "#ad"),
        ("commercial", "commercial.discount_code", "code {code}"),
    ),
    "unclear_disclosure": (("disclosure", "disclosure.hashtag", "#collab"),),
    "undisclosed": (
        ("commercial", "commercial.gifted", "Kreeg dit toegestuurd"),
        ("commercial", "commercial.affiliate_link", "{domain}/?ref={code}"),
    ),
}


def generate_store(path: Path, accounts: int, posts: int, brands: int, seed: int = 7) -> None:
    """Create the schema with ``open_store`` and fill it with plain ``executemany`` batches."""
    open_store(f"sqlite:///{path}").dispose()
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous=OFF")
    brand_rows = [
        (
            i,
            f"brand{i}",
            f"Brand{i}",
            "[]",
            json.dumps([f"brand{i}_official"]),
            json.dumps([f"brand{i}.example"]),
            NOW,
        )
        for i in range(1, brands + 1)
    ]
    connection.executemany("INSERT INTO brands VALUES (?,?,?,?,?,?,?)", brand_rows)
    account_rows = []
    for i in range(1, accounts + 1):
        followers = int(10 ** rng.uniform(2, 6.7))
        niches = json.dumps(rng.sample(NICHES, 2))
        platform = PLATFORMS[i % len(PLATFORMS)]
        account_rows.append(
            (
                i,
                platform,
                f"creator{i}",
                f"Creator {i}",
                f"https://{platform}.example/creator{i}",
                followers,
                tier_for(followers),
                niches,
                NOW,
                NOW,
            )
        )
    connection.executemany("INSERT INTO accounts VALUES (?,?,?,?,?,?,?,?,?,?)", account_rows)
    for batch in _batches(_post_rows(rng, account_rows, posts, brands), 20_000):
        _insert_batch(connection, batch)
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


def _post_rows(
    rng: random.Random, accounts: list[tuple], posts: int, brands: int
) -> Iterator[tuple[tuple, str, int, str, str]]:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    labels = ("organic", "disclosed", "unclear_disclosure", "undisclosed")
    weights = (60, 22, 7, 11)
    for post_id in range(1, posts + 1):
        account = accounts[rng.randrange(len(accounts))]
        brand = rng.randrange(1, brands + 1)
        label = rng.choices(labels, weights)[0]
        code = f"C{post_id % 997}"
        words = {
            "handle": f"brand{brand}_official",
            "name": f"Brand{brand}",
            "domain": f"brand{brand}.example",
            "code": code,
            "n": post_id,
        }
        text = TEMPLATES[label].format(**words)
        published = (start + timedelta(minutes=rng.randrange(0, 60 * 24 * 680))).strftime(
            "%Y-%m-%d %H:%M:%S.000000"
        )
        key = f"p{post_id}"
        row = (
            post_id,
            account[1],
            key,
            lookup_hash(account[1], key),
            f"https://{account[1]}.example/p/{key}",
            account[0],
            account[2],
            None,
            text,
            None,
            json.dumps([f"https://brand{brand}.example/?ref={code}"] if "https" in text else []),
            "[]",
            "[]",
            "nl",
            published,
            "h",
            None,
            NOW,
            NOW,
        )
        yield row, label, brand, code, f"brand{brand}.example"


def _batches(rows: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert_batch(connection: sqlite3.Connection, batch: list[tuple]) -> None:
    connection.executemany(
        "INSERT INTO posts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [r[0] for r in batch]
    )
    verdicts, signals = [], []
    for row, label, _brand, code, domain in batch:
        post_id = row[0]
        for offset, jurisdiction in enumerate(JURISDICTIONS):
            verdict = label
            if jurisdiction == "us" and label == "disclosed" and post_id % 3 == 0:
                verdict = "unclear_disclosure"
            verdict_id = post_id * len(JURISDICTIONS) + offset
            commercial = verdict != "organic"
            verdicts.append(
                (
                    verdict_id,
                    post_id,
                    verdict,
                    commercial,
                    verdict == "disclosed",
                    0.8,
                    jurisdiction,
                    f"{jurisdiction}-2026.1",
                    "2026.11.1",
                    "h",
                    "nl",
                    "",
                    "[]",
                    "[]",
                    True,
                    NOW,
                )
            )
            for family, rule, text in SIGNALS.get(verdict, ()):
                signals.append(
                    (
                        verdict_id,
                        family,
                        rule,
                        text.format(code=code, domain=domain),
                        1.0,
                        None,
                        None,
                        "",
                    )
                )
    connection.executemany(
        "INSERT INTO verdicts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", verdicts
    )
    connection.executemany(
        'INSERT INTO signals (verdict_id, family, rule, text, weight, start, "end", detail) '
        "VALUES (?,?,?,?,?,?,?,?)",
        signals,
    )


def print_report(report: BuildReport, accounts: int, posts: int, generate_seconds: float) -> None:
    pages = report.store_pages
    steps = {
        "snapshot (SQL + views)": (report.snapshot_seconds, report.cpu_seconds["snapshot"]),
        "render (store pages)": (report.render_seconds, report.cpu_seconds["render"]),
        "pelican (markdown, theme, feeds)": (report.pelican_seconds - report.render_seconds, None),
        "open data": (report.open_data_seconds, report.cpu_seconds["open data"]),
        "search indexing (Pagefind)": (report.search_seconds, report.cpu_seconds["search"]),
        "total": (report.total_seconds, sum(report.cpu_seconds.values())),
    }
    print(
        f"store: {accounts} accounts, {posts} posts, x{len(JURISDICTIONS)} jurisdictions "
        f"(generated in {generate_seconds:.1f} s)"
    )
    print(
        f"site: {report.accounts} named accounts, {report.brands} brands, {pages} store pages "
        f"in {len(report.langs)} languages"
    )
    print(f"{'step':<34}{'wall s':>9}{'wall ms/page':>14}{'CPU s':>9}{'CPU ms/page':>13}")
    for step, (wall, cpu) in steps.items():
        cpu_text = (
            f"{cpu:>9.2f}{1000 * cpu / max(pages, 1):>13.3f}"
            if cpu is not None
            else f"{'':>9}{'':>13}"
        )
        print(f"{step:<34}{wall:>9.2f}{1000 * wall / max(pages, 1):>14.3f}{cpu_text}")
    render_cpu = 1000 * report.cpu_seconds["render"] / max(pages, 1)
    print(
        f"render: {report.render_ms_per_page:.3f} ms/page wall, {render_cpu:.3f} ms/page CPU "
        f"(target < 2 ms): {'met' if render_cpu < 2 else 'NOT met'} on CPU time"
    )
    total_cpu = sum(report.cpu_seconds.values())
    print(
        f"full build: {report.total_seconds:.1f} s wall, {total_cpu:.1f} s CPU (target < 180 s): "
        f"{'met' if report.total_seconds < 180 else 'NOT met'} on wall time"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=500_000)
    parser.add_argument("--brands", type=int, default=500)
    parser.add_argument("--workdir", type=Path, default=None, help="keep store and site here")
    parser.add_argument("--no-search", action="store_true")
    parser.add_argument(
        "--reuse-store",
        action="store_true",
        help="keep an existing WORKDIR/store.sqlite3 (same sizes) instead of regenerating",
    )
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="transparant-site-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    store = workdir / "store.sqlite3"
    started = time.perf_counter()
    if not (args.reuse_store and store.is_file()):
        store.unlink(missing_ok=True)
        generate_store(store, args.accounts, args.posts, args.brands)
    generated = time.perf_counter() - started
    report = build_site(
        f"sqlite:///{store}", workdir / "output", ("en", "nl"), search=not args.no_search
    )
    print_report(report, args.accounts, args.posts, generated)
    print(
        f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(wall times grow with other load; CPU times do not)"
    )
    if args.workdir is None:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
