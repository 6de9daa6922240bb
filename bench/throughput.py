"""Throughput of ``transparant analyze --jsonl`` on ≥100,000 realistic short posts.

Generates mixed nl/en/de/fr posts (some with links, discount codes, hashtags,
disclosures and denials) into a temporary JSONL file, then in one process:

1. the floor: read the file, JSON-decode each line and lower-case its text;
2. the real path: :func:`scrapers.detection.stream.analyze_lines` (what the CLI runs),
   writing every verdict line to /dev/null;

and prints posts/s for both (CPU time of this process, so a busy machine does not
distort the figures), their ratio, and memory: peak RSS, plus traced peak
allocations for 10,000 vs all lines to show memory does not grow with the stream.
Floor and analysis are measured in turns, three rounds; every round is printed and the
round with the median ratio is reported.

This runs twice: on the pure-Python package of the developer install, then on the compiled
build (``setup.py``: the same source compiled with mypyc, as ``make install-compiled``
installs it), built into a temporary folder and measured in a child process that must load
the compiled modules. ``--pure`` skips the compiled run.

Run: ``.venv/bin/python bench/throughput.py [N] [--pure]``  (targets: ≥30,000 posts/s; ≤10× the
floor)
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from itertools import islice
from pathlib import Path

import scrapers.detection.engine
from scrapers.detection.stream import analyze_lines

ROOT = Path(__file__).resolve().parent.parent

OPENERS = {
    "nl": ["Wat een heerlijke dag gehad met", "Eindelijk mijn nieuwe", "Ik ben echt fan van",
           "Vandaag uitgeprobeerd:", "Zo blij met deze", "Mijn favoriete ochtendroutine met"],
    "en": ["Had the best day with", "Finally got my new", "I am obsessed with",
           "Tried this today:", "So happy with this", "My favourite morning routine with"],
    "de": ["Heute war ein toller Tag mit", "Endlich ist mein neues", "Ich bin total verliebt in",
           "Heute ausprobiert:", "So glücklich mit diesem", "Meine liebste Morgenroutine mit"],
    "fr": ["Une super journée avec", "Enfin mon nouveau", "Je suis fan de",
           "Testé aujourd'hui :", "Trop contente de ce", "Ma routine du matin avec"],
}
THINGS = ["serum", "sneakers", "koffie", "jas", "Lippenstift", "parfum", "fiets", "camera",
          "yoga mat", "smoothie", "Rucksack", "sac", "boek", "headphones"]
EXTRAS = {
    "nl": ["#adv", "In samenwerking met @merk", "Gebruik code LIEKE15 voor 15% korting",
           "Niet gesponsord, zelf gekocht!", "Link in bio", "ik kreeg dit toegestuurd"],
    "en": ["#ad", "Paid partnership with @brand", "Use code ANNA20 for 20% off",
           "Not sponsored, just love it", "https://amzn.to/3xYz", "#sp #collab"],
    "de": ["Anzeige |", "Werbung", "Rabattcode: LISA10", "unbezahlte Werbung",
           "https://www.amazon.de/dp/B0?tag=lisa-21", "#werbung"],
    "fr": ["Collaboration commerciale", "#pub", "code promo MARIE10", "non sponsorisé",
           "https://bit.ly/3abc", "offert par @marque"],
}
TAGS = ["#ootd", "#zomer", "#love", "#skincare", "#travel", "#foodie", "#adventure", "#fitness",
        "#sommer", "#mode", "#beauty", "#instagood"]


def make_post(rng: random.Random, index: int) -> dict[str, object]:
    """One realistic short caption in a random language."""
    lang = rng.choice(list(OPENERS))
    parts = [rng.choice(OPENERS[lang]), rng.choice(THINGS), rng.choice(["!", " 😍", ".", " ✨"])]
    if rng.random() < 0.45:
        parts.append(" " + rng.choice(EXTRAS[lang]))
    parts.append(" " + " ".join(rng.sample(TAGS, rng.randint(0, 5))))
    record: dict[str, object] = {"id": index, "text": " ".join(parts).strip(),
                                 "platform": rng.choice(["instagram", "tiktok", "youtube"])}
    if rng.random() < 0.1:
        record["links"] = ["https://www.bol.com/nl/p/x/9200000?Referrer=ADVNLPPcef"]
    return record


def write_corpus(path: Path, count: int) -> None:
    rng = random.Random(20261122)
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps(make_post(rng, index), ensure_ascii=False) + "\n")


def floor_rate(path: Path) -> float:
    """Read + JSON-decode + lower-case every post: the least any analyser must do."""
    start = time.process_time()
    count = 0
    with path.open("rb") as handle:
        for line in handle:
            json.loads(line)["text"].lower()
            count += 1
    return count / (time.process_time() - start)


def analyze_rate(path: Path, limit: int | None = None) -> tuple[float, int]:
    start = time.process_time()
    count = 0
    with path.open("rb") as handle, open(os.devnull, "w", encoding="utf-8") as sink:
        for line in analyze_lines(islice(handle, limit)):
            sink.write(line)
            sink.write("\n")
            count += 1
    return count / (time.process_time() - start), count


def traced_peak(path: Path, limit: int) -> float:
    """Peak traced allocation (kB) while streaming ``limit`` lines."""
    tracemalloc.start()
    analyze_rate(path, limit)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e3


ROUNDS = 3
"""Floor and analysis are measured in turns this many times; the median round is reported
(the machine is shared, so one round can be slowed by other work)."""


def main(count: int = 100_000) -> None:
    """Measure and print one block of figures for the package this process imported."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "posts.jsonl"
        write_corpus(path, count)
        analyze_rate(path, 2000)  # warm up: load rulebook, lexicon, language model
        rounds = []
        for _ in range(ROUNDS):
            floor = floor_rate(path)
            rate, analysed = analyze_rate(path)
            rounds.append((floor / rate, rate, floor))
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        small, large = traced_peak(path, 10_000), traced_peak(path, count)
    print(f"== {build_name()}")
    for number, (ratio, rate, floor) in enumerate(rounds, 1):
        print(f"round {number}: {rate:,.0f} posts/s, floor {floor:,.0f} posts/s, {ratio:.1f}x")
    ratio, rate, floor = sorted(rounds)[len(rounds) // 2]
    print(f"posts analysed:        {analysed:,} per round (median round below)")
    print(f"analyze --jsonl path:  {rate:,.0f} posts/s   (target >= 30,000)")
    print(f"floor (read+json+lower): {floor:,.0f} posts/s")
    print(f"ratio floor/analyze:   {ratio:.1f}x   (target <= 10x)")
    print(f"peak RSS:              {rss:,.0f} MB")
    print(f"traced peak, 10,000 lines: {small:,.0f} kB; {count:,} lines: {large:,.0f} kB")


def build_name() -> str:
    """Which package this process measures: the compiled build or the pure-Python source."""
    if scrapers.detection.engine.__file__.endswith(".so"):
        return "compiled build (mypyc; make install-compiled)"
    return "pure Python (developer install)"


def build_compiled(folder: Path) -> subprocess.CompletedProcess[str]:
    """Install the package compiled with mypyc into ``folder`` (see setup.py); the benchmark
    and ``tests/test_compiled_build.py`` build it this one way."""
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-build-isolation",
               "--no-deps", "--target", str(folder), str(ROOT)]
    return subprocess.run(command, env={**os.environ, "TRANSPARANT_COMPILE": "1"},
                          capture_output=True, text=True, check=False)


def measure_compiled(count: int) -> None:
    """Run this benchmark again in a child process that imports the compiled build."""
    with tempfile.TemporaryDirectory() as folder:
        build = build_compiled(Path(folder))
        if build.returncode:
            print("compiled build failed (needs gcc, Python headers, mypy):\n"
                  f"{build.stderr[-2000:]}")
            return
        env = {**os.environ, "PYTHONPATH": folder}
        child = subprocess.run([sys.executable, __file__, str(count), "--pure", "--compiled"],
                               env=env, check=False)
        if child.returncode:
            raise SystemExit(child.returncode)


if __name__ == "__main__":
    numbers = [int(arg) for arg in sys.argv[1:] if arg.isdigit()]
    size = numbers[0] if numbers else 100_000
    if "--compiled" in sys.argv and not scrapers.detection.engine.__file__.endswith(".so"):
        raise SystemExit(f"not the compiled build: {scrapers.detection.engine.__file__}")
    main(size)
    if "--pure" not in sys.argv:
        measure_compiled(size)
