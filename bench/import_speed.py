"""Posts imported per second into SQLite and PostgreSQL, against the detector alone.

Generates realistic captions (NL/EN, disclosures, affiliate links, codes, plain
posts) and imports them with the real pipeline (``scan_sources``: detector,
repository, scan bookkeeping, batched transactions).  The detector alone on the
same posts, in the same process, is the baseline: the ratio says what the store
costs on top of the analysis.  A second import of the same posts (unchanged:
nothing written) is printed too.

PostgreSQL comes from ``TRANSPARANT_BENCH_POSTGRES_URL`` (``make bench`` sets it);
the benchmark works in its own schema (``transparant_bench``) and drops it afterwards.  Without the
variable the PostgreSQL line says "skipped".

Usage: ``.venv/bin/python bench/import_speed.py [--posts N] [--jurisdictions nl,us]``
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, text  # noqa: E402

from scrapers.models import Post  # noqa: E402
from scrapers.pipeline import scan_sources  # noqa: E402
from scrapers.pipeline.evaluate import Evaluator  # noqa: E402
from scrapers.sources.base import SourceAccount, SourceItem  # noqa: E402
from scrapers.store.database import make_engine, open_store  # noqa: E402

BENCH_SCHEMA = "transparant_bench"
TEMPLATES = (
    "Mijn nieuwe outfit voor het weekend, jurk van @{brand} #ootd #mode",
    "In samenwerking met @{brand}: drie recepten voor een snelle lunch #spon",
    "Gebruik code {code} voor 15% korting bij @{brand}! Link in bio",
    "Zelf gekocht, niet gesponsord: deze sneakers zijn perfect voor de herfst",
    "Leg day done, protein shake after every workout #gym #fitness",
    "My favourite pre-workout from @{brand}, code {code} #ad",
    "Shop my look: https://amzn.to/{code} (affiliate link) #fashion",
    "Gifted by @{brand}, thoughts are my own #gifted",
    "Sunset in Lisbon, what a trip #travel",
    "Kreeg ik toegestuurd van @{brand}, eerlijke review in mijn stories",
    "Anzeige | Die neuen Kopfhörer von @{brand} im Test",
    "Recept voor de lekkerste pompoensoep, helemaal zelfgemaakt",
)
BRANDS = ("zara", "albertheijn", "musclefuel", "rougeco", "gearcorp", "sonicbeat", "woonhuis")


@dataclass(frozen=True)
class GeneratedSource:
    """``count`` posts, 20 per account in a row, the same for every call with one seed."""

    count: int
    seed: int = 7
    name: str = "generated"

    def items(self) -> Iterator[SourceItem]:
        yield from generated_items(self.count, self.seed)


def generated_items(count: int, seed: int = 7) -> Iterator[SourceItem]:
    random_ = random.Random(seed)
    accounts = max(1, count // 20)
    for number in range(count):
        account = number // 20 % accounts  # exports come an account at a time
        handle = f"creator{account:05d}"
        template = random_.choice(TEMPLATES)
        caption = template.format(
            brand=random_.choice(BRANDS), code=f"SAVE{random_.randint(10, 99)}"
        )
        post = Post(
            text=f"{caption} ({number})",
            platform="instagram",
            post_id=f"B{number:08d}",
            url=f"https://www.instagram.com/p/B{number:08d}/",
            author=handle,
            language="nl" if "ij" in caption or "voor" in caption else "en",
            published=f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}T12:00:00+00:00",
        )
        followers = 500 + account * 997
        yield SourceItem(
            post.post_id or "", post, SourceAccount("instagram", handle, None, None, followers)
        )


def detector_only(count: int, jurisdictions: Sequence[str]) -> float:
    """Posts per second through the detector alone (the baseline)."""
    evaluator = Evaluator(jurisdictions)
    posts = [item.post for item in generated_items(count) if item.post is not None]
    started = time.perf_counter()
    for post in posts:
        evaluator.verdicts(post)
    return len(posts) / (time.perf_counter() - started)


def import_rate(engine: Engine, count: int, jurisdictions: Sequence[str]) -> tuple[float, float]:
    """Posts per second for a first import and for re-importing the same (unchanged) posts."""
    rates = []
    for _ in range(2):
        started = time.perf_counter()
        summary = scan_sources(engine, [GeneratedSource(count)], jurisdictions, kind="import")
        elapsed = time.perf_counter() - started
        assert summary.seen == count and not summary.errors, summary.line()
        rates.append(count / elapsed)
    return rates[0], rates[1]


def in_schema(url: str) -> str:
    """The URL with the benchmark's schema first on the search path (workers get it too)."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{BENCH_SCHEMA}"


def reset_schema(url: str) -> None:
    drop_schema(url)
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {BENCH_SCHEMA}"))
    admin.dispose()


def drop_schema(url: str) -> None:
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {BENCH_SCHEMA} CASCADE"))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3000)
    parser.add_argument("--jurisdictions", default="nl")
    options = parser.parse_args()
    codes = tuple(options.jurisdictions.split(","))
    count = options.posts

    baseline = detector_only(count, codes)
    print(f"posts: {count}, jurisdictions: {','.join(codes)}")
    print(f"detector only (baseline)      {baseline:9.0f} posts/s")

    with tempfile.TemporaryDirectory() as directory:
        engine = open_store(data_dir=directory)
        first, again = import_rate(engine, count, codes)
        engine.dispose()
    print(f"import into SQLite            {first:9.0f} posts/s  ({first / baseline:.2f}x baseline)")
    print(f"re-import unchanged, SQLite   {again:9.0f} posts/s  ({again / baseline:.2f}x baseline)")

    url = os.environ.get("TRANSPARANT_BENCH_POSTGRES_URL")
    if not url:
        print("import into PostgreSQL        skipped (set TRANSPARANT_BENCH_POSTGRES_URL)")
        return
    reset_schema(url)
    engine = open_store(in_schema(url))
    try:
        first, again = import_rate(engine, count, codes)
    finally:
        engine.dispose()
        drop_schema(url)
    print(f"import into PostgreSQL        {first:9.0f} posts/s  ({first / baseline:.2f}x baseline)")
    print(f"re-import unchanged, Postgres {again:9.0f} posts/s  ({again / baseline:.2f}x baseline)")


if __name__ == "__main__":
    main()
