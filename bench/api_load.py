"""Load test of the HTTP API: gunicorn on 127.0.0.1 driven by wrk for a bounded time.

Starts ``transparant serve`` (gunicorn, 2 workers, rate limits off) on a store
seeded with 20,000 posts and their verdicts, then runs wrk against:

1. ``GET /v1/health`` — the floor: the same server doing no work;
2. ``POST /v1/analyze`` — a typical 300-character Dutch caption (Lua script for the body);
3. ``GET /v1/lookup/{prefix}`` — 4-hex-character buckets, a different one per request;

in five interleaved rounds (so that a busy spell on a shared machine hits all
three alike), and prints the median round's requests/s, p50 and p99 latency, the
error counts, each endpoint's throughput as a ratio of the floor's, and — from the
server's own structured access log — the time spent inside the app (median and
p99), which separates the API's cost from gunicorn's, the network's and a busy
machine's.

Targets (issue 4): analyze ≥ 50 % of the floor's throughput, p99 < 50 ms, no errors.

Run: ``.venv/bin/python bench/api_load.py [SECONDS]``  (default 10 s per endpoint; needs
/usr/bin/wrk). The store is SQLite; set TRANSPARANT_BENCH_POSTGRES_URL to also run on
PostgreSQL (its schema is replaced).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, text

from extension_api.process import ServerProcess, free_port
from scrapers.identity import lookup_hash
from scrapers.store.database import make_engine, open_store
from scrapers.store.schema import Post, SignalRow, Verdict

PORTS = (18050, 18089)
POSTS = 20_000
CONNECTIONS = 4
ROUNDS = 5
THREADS = 2
CAPTION = (
    "Eindelijk mijn nieuwe zomerjas binnen van @zonnegloed! Superfijne stof en de kleur is "
    "precies wat ik zocht voor de herfst. Met mijn code LIEKE15 krijg je 15% korting op de hele "
    "collectie, link in bio 👉 https://zonnegloed.nl/?ref=lieke #ootd #herfst #mode "
    "#zonnegloed #adv"
)
ANALYZE_LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [==[{"text": %s, "platform": "instagram", "language": "nl"}]==]
"""
LOOKUP_LUA = """
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", string.format("/v1/lookup/%04x", (counter * 7919) % 65536))
end
"""


@dataclass(frozen=True)
class LoadResult:
    name: str
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int


def seed(url: str, posts: int = POSTS) -> None:
    """Posts with one current verdict and one signal each, inserted in bulk."""
    engine = open_store(url)
    now = datetime.now(UTC)
    with engine.begin() as connection:
        for start in range(0, posts, 2_000):
            ids = range(start + 1, min(start + 2_000, posts) + 1)
            connection.execute(insert(Post), [_post_row(i, now) for i in ids])
            connection.execute(insert(Verdict), [_verdict_row(i, now) for i in ids])
            connection.execute(insert(SignalRow), [_signal_row(i) for i in ids])
    engine.dispose()


def _post_row(i: int, now: datetime) -> dict[str, object]:
    post_id = f"C{i:08d}"
    return {
        "id": i,
        "platform": "instagram",
        "post_id": post_id,
        "lookup_hash": lookup_hash("instagram", post_id),
        "text": CAPTION,
        "links": [],
        "native_labels": [],
        "tagged": [],
        "content_hash": "0" * 64,
        "first_seen": now,
        "last_seen": now,
    }


def _verdict_row(i: int, now: datetime) -> dict[str, object]:
    label = ("disclosed", "undisclosed", "organic", "unclear_disclosure")[i % 4]
    return {
        "id": i,
        "post_id": i,
        "verdict": label,
        "commercial": label != "organic",
        "disclosed": label in {"disclosed", "unclear_disclosure"},
        "confidence": 0.8,
        "jurisdiction": "nl",
        "rulebook_version": "nl-bench",
        "detector_version": "bench",
        "language": "nl",
        "explanation": "bench",
        "kinds": [],
        "problems": [],
        "is_current": True,
        "content_hash": "0" * 64,
        "created_at": now,
    }


def _signal_row(i: int) -> dict[str, object]:
    return {
        "verdict_id": i,
        "family": "disclosure",
        "rule": "disclosure.hashtag",
        "text": "#adv",
        "weight": 1.0,
        "start": 0,
        "end": 4,
        "detail": "adv",
    }


def run_wrk(name: str, url: str, seconds: int, script: str | None, workdir: Path) -> LoadResult:
    command = ["wrk", "--latency", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s"]
    if script is not None:
        path = workdir / f"{name}.lua"
        path.write_text(script, encoding="utf-8")
        command += ["-s", str(path)]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    return parse_wrk(name, output)


def parse_wrk(name: str, output: str) -> LoadResult:
    """Figures from wrk's text report (``--latency`` gives the percentiles)."""
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return LoadResult(
        name, rps, _percentile(output, "50"), _percentile(output, "99"), errors, total
    )


def _percentile(output: str, which: str) -> float:
    found = re.search(rf"^\s+{which}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    if found is None:
        return float("nan")
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[found.group(2)]
    return float(found.group(1)) * scale


def bench_store(url: str, seconds: int, workdir: Path, log: Path) -> list[LoadResult]:
    settings = {
        "DATABASE_URL": url,
        "RATE_LIMITS": "off",
        "SECRET_SALT": "bench",
        "ACCESS_LOG": "on",
    }
    with ServerProcess(free_port(*PORTS), settings, workers=2, log_path=log) as server:
        analyze = ANALYZE_LUA % _lua_json_string(CAPTION)
        run_wrk("warm-up", f"{server.base_url}/v1/analyze", 2, analyze, workdir)
        log.write_text("", encoding="utf-8")  # the server appends: drop the warm-up's lines
        targets = {
            "health": (f"{server.base_url}/v1/health", None),
            "analyze": (f"{server.base_url}/v1/analyze", analyze),
            "lookup": (server.base_url, LOOKUP_LUA),
        }
        rounds: dict[str, list[LoadResult]] = {name: [] for name in targets}
        for _ in range(ROUNDS):  # interleaved, so a busy spell on the machine hits all three
            for name, (url_, script) in targets.items():
                rounds[name].append(run_wrk(name, url_, max(1, seconds // ROUNDS), script, workdir))
        return [combine(results) for results in rounds.values()]


def combine(rounds: list[LoadResult]) -> LoadResult:
    """Median of the rounds for rates and latencies; errors and requests summed."""
    return LoadResult(
        rounds[0].name,
        statistics.median(r.requests_per_second for r in rounds),
        statistics.median(r.p50_ms for r in rounds),
        statistics.median(r.p99_ms for r in rounds),
        sum(r.errors for r in rounds),
        sum(r.requests for r in rounds),
    )


def _lua_json_string(value: str) -> str:
    """A JSON string literal; the Lua long bracket around it keeps its backslashes as they are."""
    return json.dumps(value, ensure_ascii=True)


def in_app_times(log: Path) -> dict[str, tuple[float, float, int]]:
    """Median and p99 in-app milliseconds per route, from the access log's JSON lines."""
    durations: dict[str, list[float]] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            durations.setdefault(entry["path"], []).append(entry["duration_ms"])
    return {
        path: (statistics.median(values), sorted(values)[int(len(values) * 0.99)], len(values))
        for path, values in durations.items()
    }


def report_in_app(log: Path) -> None:
    print(f"{'in the app':<24}{'p50 ms':>10}{'p99 ms':>10}{'requests':>10}")
    for path, (median, p99, count) in sorted(in_app_times(log).items()):
        print(f"{path:<24}{median:>10.2f}{p99:>10.2f}{count:>10}")


def report(store: str, results: list[LoadResult]) -> None:
    floor = results[0].requests_per_second
    print(
        f"\n{store}: wrk {THREADS} threads, {CONNECTIONS} keep-alive connections, median of "
        f"{ROUNDS} interleaved rounds; gunicorn 2 gthread workers"
    )
    print(
        f"{'endpoint':<10}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}"
        f"{'requests':>10}{'vs floor':>10}"
    )
    for r in results:
        print(
            f"{r.name:<10}{r.requests_per_second:>10.0f}{r.p50_ms:>10.2f}{r.p99_ms:>10.2f}"
            f"{r.errors:>8}{r.requests:>10}{r.requests_per_second / floor:>9.0%}"
        )
    analyze = next(r for r in results if r.name == "analyze")
    verdicts = {
        "analyze >= 50% of floor": analyze.requests_per_second >= 0.5 * floor,
        "analyze p99 < 50 ms": analyze.p99_ms < 50,
        "no errors": all(r.errors == 0 for r in results),
    }
    print(
        "targets: " + ", ".join(f"{k}: {'met' if ok else 'MISSED'}" for k, ok in verdicts.items())
    )


def reset_postgres(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> int:
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk)")
        return 1
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory(prefix="api-load-") as directory:
        workdir = Path(directory)
        sqlite_url = f"sqlite:///{workdir / 'store.sqlite3'}"
        seed(sqlite_url)
        report("SQLite", bench_store(sqlite_url, seconds, workdir, workdir / "sqlite.log"))
        report_in_app(workdir / "sqlite.log")
        postgres_url = os.environ.get("TRANSPARANT_BENCH_POSTGRES_URL")
        if postgres_url:
            reset_postgres(postgres_url)
            seed(postgres_url)
            report("PostgreSQL", bench_store(postgres_url, seconds, workdir, workdir / "pg.log"))
            report_in_app(workdir / "pg.log")
    return 0


if __name__ == "__main__":
    sys.exit(main())
