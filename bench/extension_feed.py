"""The browser extension's cost on a long feed: 1,000 Instagram-shaped posts in Chromium.

Loads ``tests/fixtures/extension/instagram-feed-1000.html`` (made by :func:`make_feed`:
every tenth post disclosed, every tenth-plus-five undisclosed, the rest organic) in three
modes, each in a fresh Chromium profile, in the same process, against the real API:

1. **baseline** — no extension: the page's own main-thread time;
2. **analyse** — the extension in analyse mode: time until all 200 badges are shown, API
   requests, and main-thread time (Chrome's ``TaskDuration``) minus the baseline's, per post;
   also the content script's own instrumented time (``performance.measure`` entries);
3. **look-up** — the default privacy mode, against a store holding the detector's verdict
   for every feed post (as after a scan): the page is scrolled from top to bottom, and the
   run reports the ``POST /v1/lookup`` requests (prefixes only, ≤ 50 per request), the
   badges shown and the main-thread time minus that of a baseline scrolled the same way.

Targets (issue 5): ≤ 1 request per 20 posts, < 2 ms added main-thread time per post.

Run: ``.venv/bin/python bench/extension_feed.py [--repeat N] [--write-fixture]``
(needs /usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "extension")]

from extension_harness import (  # noqa: E402
    CHROMIUM_ARGS,
    FIXTURES,
    ApiServer,
    configure,
    json_body,
    launch,
    route_fixtures,
    run_api,
    service_worker,
)

from scrapers.detection import Detector  # noqa: E402
from scrapers.models import Post  # noqa: E402
from scrapers.store.database import open_store, transaction  # noqa: E402
from scrapers.store.repository import store_post  # noqa: E402

POSTS = 1000
FEED = FIXTURES / "instagram-feed-1000.html"
URL = "https://www.instagram.com/feed-1000/"
SETTLE = 4.0
"""Seconds after the last badge (or after load, for the baseline) before reading metrics."""
SCROLL_STEP, SCROLL_PAUSE = 800, 100
"""Pixels per step and milliseconds between steps: a brisk scroll, 8,000 px (~35 posts) a second."""

ORGANIC = (
    "Zondag uitgeslapen en daarna pannenkoeken gebakken met de kinderen.",
    "Wat een storm vannacht! De hele tuin ligt vol bladeren.",
    "Eindelijk mijn eerste halve marathon gelopen, 2:04 op de klok.",
    "Nieuwe plantjes op het balkon, hopelijk overleven ze de winter.",
    "Throwback naar de zomer in Zeeland. Wie mist het strand ook?",
)


def post_html(index: int) -> str:
    """One feed post; disclosed every 10th, undisclosed every 10th + 5, else organic."""
    handle = f"creator.{index % 97:02d}"
    shortcode = f"Feed{index:05d}"
    label = ""
    if index % 10 == 0:
        caption = f"Mijn favoriete serum van @brand{index % 7} ✨ Echt een aanrader! #ad #skincare"
        label = (
            '<div><a href="/accounts/paid_partnerships/">'
            "Paid partnership with <span>brand</span></a></div>"
        )
    elif index % 10 == 5:
        code = f"DEAL{index:04d}"
        caption = (
            f"Nieuwe sneakers binnen 👟 Met mijn code {code} krijg je 20% korting! Shop: "
            f'<a href="https://l.instagram.com/?u=https%3A%2F%2Fwww.amazon.nl%2Fdp%2FB0{index:08d}'
            f'%3Ftag%3D{handle.replace(".", "")}-21">amazon.nl</a>'
        )
    else:
        caption = escape(ORGANIC[index % len(ORGANIC)]) + f" #dag{index}"
    return (
        '<article class="x1iyjqo2 x1lliihq" role="presentation">'
        f'<header class="x1lliihq"><span><a href="/{handle}/" role="link">{handle}</a></span>'
        f"{label}</header>"
        '<div class="_aagv" style="height:120px;background:#efefef"></div>'
        f'<div><a href="/p/{shortcode}/">'
        '<time datetime="2026-11-20T09:00:00Z">2 d.</time></a></div>'
        f'<div><span class="_ap3a _aaco _aacw">{handle}</span> '
        f'<span class="_ap3a _aaco _aacu" dir="auto">{caption}</span></div>'
        "</article>"
    )


def feed_post(index: int) -> Post:
    """The post as a scan would have stored it: the same text, link and label as the page."""
    handle = f"creator.{index % 97:02d}"
    shortcode = f"Feed{index:05d}"
    if index % 10 == 0:
        text = f"Mijn favoriete serum van @brand{index % 7} ✨ Echt een aanrader! #ad #skincare"
        return Post(
            text=text, platform="instagram", post_id=shortcode, author=handle,
            native_labels=("Paid partnership with brand",),
        )  # fmt: skip
    if index % 10 == 5:
        text = (
            f"Nieuwe sneakers binnen 👟 Met mijn code DEAL{index:04d} krijg je 20% korting! "
            "Shop: amazon.nl"
        )
        link = f"https://www.amazon.nl/dp/B0{index:08d}?tag={handle.replace('.', '')}-21"
        return Post(
            text=text, platform="instagram", post_id=shortcode, author=handle, links=(link,)
        )
    text = ORGANIC[index % len(ORGANIC)] + f" #dag{index}"
    return Post(text=text, platform="instagram", post_id=shortcode, author=handle)


def seed_feed(database_url: str, count: int = POSTS) -> int:
    """Store every feed post with the detector's Dutch verdict; returns how many are flagged."""
    detector = Detector("nl")
    flagged = 0
    with transaction(open_store(database_url), write=True) as session:
        for index in range(count):
            post = feed_post(index)
            verdict = detector.analyze(post)
            flagged += verdict.verdict != "organic"
            store_post(session, post, [verdict])
    return flagged


def make_feed(count: int = POSTS) -> str:
    """A deterministic Instagram-shaped feed page of ``count`` posts."""
    posts = "\n".join(post_html(index) for index in range(count))
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Instagram</title>'
        "<style>article{max-width:470px;margin:12px auto;border-bottom:1px solid #dbdbdb}</style>"
        f'</head>\n<body><main role="main">\n{posts}\n</main></body></html>\n'
    )


def flagged_count(count: int = POSTS) -> int:
    return sum(1 for index in range(count) if index % 10 in (0, 5))


LONGTASKS = """
window.__longtasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longtasks.push(entry.duration);
}).observe({ type: "longtask", buffered: true });
"""

COUNT = "document.querySelectorAll('[data-transparant-post]').length"
SCROLL = """async ([step, pause]) => {
  while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
    scrollBy(0, step);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}"""


@dataclass(frozen=True, slots=True)
class Run:
    name: str
    task_ms: float
    script_ms: float
    badges: int
    badge_all_ms: float | None
    instrumented_ms: float
    longtasks: list[float]
    requests: int
    batch_sizes: list[int]
    body_fields: list[str]


def wait_until_quiet(page: Any, api: Any, deadline: float) -> None:
    """Wait until the API has received nothing new for two seconds (look-ups trickle in)."""
    seen, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        page.evaluate("0")  # keep Playwright's event loop turning
        if len(api.requests) != seen:
            seen, since = len(api.requests), time.monotonic()
        elif time.monotonic() - since > 2:
            return
        time.sleep(0.2)


def measure(
    playwright: Any,
    api: ApiServer,
    *,
    extension: bool,
    mode: str = "analyse",
    scroll: bool = False,
    expected: int = 0,
) -> Run:
    """One page load in a fresh profile; waits for ``expected`` badges (at most 90 s)."""
    before = len(api.requests)
    with tempfile.TemporaryDirectory() as profile:
        context = open_context(playwright, Path(profile), api, mode if extension else None)
        try:
            route_fixtures(context)
            page = context.new_page()
            page.add_init_script(LONGTASKS)
            cdp = context.new_cdp_session(page)
            cdp.send("Performance.enable")
            page.goto(URL, wait_until="load")
            deadline = time.monotonic() + 90
            if scroll:
                page.evaluate(SCROLL, [SCROLL_STEP, SCROLL_PAUSE])
            while expected and page.evaluate(COUNT) < expected and time.monotonic() < deadline:
                time.sleep(0.1)
            if extension and mode == "lookup":
                wait_until_quiet(page, api, deadline)
            time.sleep(SETTLE)
            metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
            measures = page.evaluate(
                "performance.getEntriesByType('measure')"
                ".filter(m => m.name.startsWith('transparant:'))"
                ".map(m => [m.name, m.startTime + m.duration, m.duration])"
            )
            renders = [end for name, end, _ in measures if name == "transparant:render"]
            badges = int(page.evaluate(COUNT))
            longtasks = [float(value) for value in page.evaluate("window.__longtasks")]
        finally:
            context.close()
    received = api.requests[before:]
    return Run(
        name=("scrolled " if scroll else "") + (mode if extension else "baseline"),
        task_ms=metrics["TaskDuration"] * 1000,
        script_ms=metrics["ScriptDuration"] * 1000,
        badges=badges,
        badge_all_ms=max(renders) if renders and badges >= flagged_count() else None,
        instrumented_ms=sum(duration for _, _, duration in measures),
        longtasks=longtasks,
        requests=len(received),
        batch_sizes=[len(items) for items in map(batch_items, received) if items is not None],
        body_fields=sorted({key for r in received if r.method == "POST" for key in json_body(r)}),
    )


def open_context(playwright: Any, profile: Path, api: ApiServer, mode: str | None) -> Any:
    """A fresh Chromium profile: with the extension in ``mode``, or without it (``None``)."""
    if mode is None:
        return playwright.chromium.launch_persistent_context(
            profile,
            executable_path="/usr/bin/chromium",
            headless=True,
            args=list(CHROMIUM_ARGS),
            viewport={"width": 1100, "height": 900},
        )
    context = launch(playwright, profile)
    service_worker(context)
    configure(
        context,
        apiBase=api.base,
        mode=mode,
        consent=mode == "analyse",
        jurisdiction="nl",
        instrument=True,
    )
    return context


def batch_items(received: Any) -> list[Any] | None:
    """The posts of an analyse batch or the prefixes of a batched look-up, else ``None``."""
    if received.method != "POST" or received.path not in ("/v1/analyze/batch", "/v1/lookup"):
        return None
    body = json_body(received)
    items: list[Any] = body["posts"] if received.path == "/v1/analyze/batch" else body["prefixes"]
    return items


MODES: dict[str, dict[str, Any]] = {
    "baseline": {"extension": False},
    "analyse": {"extension": True, "mode": "analyse"},
    "scrolled baseline": {"extension": False, "scroll": True},
    "scrolled lookup": {"extension": True, "mode": "lookup", "scroll": True},
}


def median_run(runs: list[Run]) -> Run:
    """The run with the median main-thread time: its figures belong together."""
    return sorted(runs, key=lambda run: run.task_ms)[len(runs) // 2]


def report(runs: dict[str, Run], flagged: int) -> None:
    baseline, analyse = runs["baseline"], runs["analyse"]
    added = (analyse.task_ms - baseline.task_ms) / POSTS
    print(f"feed: {POSTS} posts, {flagged_count()} with commercial signals")
    print(
        f"baseline (no extension): main thread {baseline.task_ms:8.1f} ms "
        f"(script {baseline.script_ms:.1f} ms), long tasks {len(baseline.longtasks)}"
    )
    print(
        f"analyse mode:            main thread {analyse.task_ms:8.1f} ms "
        f"(script {analyse.script_ms:.1f} ms), long tasks {len(analyse.longtasks)}"
        + (f" (max {max(analyse.longtasks):.0f} ms)" if analyse.longtasks else "")
    )
    print(f"  badges shown: {analyse.badges} / {flagged_count()}")
    if analyse.badge_all_ms is not None:
        print(f"  time to badge all: {analyse.badge_all_ms:.0f} ms after navigation start")
    print(
        f"  added main-thread time: {added:.3f} ms per post "
        f"(ratio to baseline {analyse.task_ms / baseline.task_ms:.2f}x); target < 2 ms"
    )
    print(
        f"  content script's own (instrumented) time: {analyse.instrumented_ms:.1f} ms, "
        f"{analyse.instrumented_ms / POSTS:.3f} ms per post"
    )
    print_requests(analyse)
    scrolled, lookup = runs["scrolled baseline"], runs["scrolled lookup"]
    print(
        f"scrolled top to bottom ({SCROLL_STEP} px every {SCROLL_PAUSE} ms), baseline: "
        f"main thread {scrolled.task_ms:8.1f} ms"
    )
    print(
        f"look-up mode (default):  main thread {lookup.task_ms:8.1f} ms, "
        f"long tasks {len(lookup.longtasks)}"
    )
    print(f"  badges shown: {lookup.badges} / {flagged} stored non-organic verdicts")
    print(
        f"  added main-thread time: {(lookup.task_ms - scrolled.task_ms) / POSTS:.3f} ms per post "
        f"(ratio to scrolled baseline {lookup.task_ms / scrolled.task_ms:.2f}x); target < 2 ms"
    )
    print(
        f"  content script's own (instrumented) time: {lookup.instrumented_ms:.1f} ms, "
        f"{lookup.instrumented_ms / POSTS:.3f} ms per post"
    )
    print_requests(lookup)
    print(f"  fields in request bodies: {', '.join(lookup.body_fields) or 'none'}")


def print_requests(run: Run) -> None:
    per = POSTS / run.requests if run.requests else float("inf")
    sizes = run.batch_sizes
    print(
        f"  API requests: {run.requests} (batch sizes "
        f"{statistics.mean(sizes) if sizes else 0:.0f} on average, "
        f"max {max(sizes, default=0)}): 1 request per {per:.0f} posts; target ≥ 20"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write-fixture", action="store_true", help="(re)write instagram-feed-1000.html"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per mode; medians are shown")
    args = parser.parse_args()
    if args.write_fixture or not FEED.exists():
        FEED.write_text(make_feed(), encoding="utf-8")
    if not Path("/usr/bin/chromium").exists():
        print("skipped: /usr/bin/chromium is not installed")
        return 0
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as data:
        url = f"sqlite:///{data}/bench.sqlite3"
        flagged = seed_feed(url)
        with run_api(url) as api, sync_playwright() as playwright:
            runs: dict[str, list[Run]] = {name: [] for name in MODES}
            for _ in range(max(1, args.repeat)):
                for name, options in MODES.items():
                    expected = {"analyse": flagged_count(), "lookup": flagged}.get(
                        options.get("mode", "") if options["extension"] else "", 0
                    )
                    runs[name].append(measure(playwright, api, expected=expected, **options))
    print(f"median of {max(1, args.repeat)} runs per mode (machine load varies)")
    report({name: median_run(found) for name, found in runs.items()}, flagged)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
