"""The pieces the browser tests and the benchmark share: a real API on 127.0.0.1 that
records what it receives, Chromium with the unpacked extension, and fixture pages routed
in place of the real sites so that nothing touches the internet.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
FIXTURES = ROOT / "tests" / "fixtures" / "extension"
CHROMIUM = "/usr/bin/chromium"
PORTS = range(18100, 18150)
PAGE_ORIGIN = "http://127.0.0.1:18150"
"""Blog fixtures are routed here: an address the extension's host permissions cover."""

CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--lang=en-US",
    # Belt and braces: no name resolves except 127.0.0.1, so nothing can reach the internet.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
)

PAGES: dict[str, str] = {
    "https://www.instagram.com/": "instagram-feed.html",
    "https://www.instagram.com/p/HOSTILE0001/": "instagram-hostile.html",
    "https://www.youtube.com/watch?v=Pix9Review0": "youtube-watch.html",
    "https://www.youtube.com/": "youtube-home.html",
    "https://www.tiktok.com/@fitfenna/video/7301234567890123456": "tiktok-post.html",
    "https://x.com/home": "x-post.html",
    f"{PAGE_ORIGIN}/blog/beste-airfryers-2026/": "blog-article.html",
    f"{PAGE_ORIGIN}/blog/herfstwandeling-veluwe/": "organic.html",
    "https://www.instagram.com/feed-1000/": "instagram-feed-1000.html",
    f"{PAGE_ORIGIN}/youtube-watch.html?v=Pix9Review0": "youtube-watch.html",
}


@dataclass(frozen=True, slots=True)
class Received:
    """One request as the API saw it."""

    method: str
    path: str
    query: str
    body: bytes
    headers: dict[str, str]


@dataclass
class ApiServer:
    base: str
    app: Any
    database_url: str
    requests: list[Received] = field(default_factory=list)

    def received(self, method: str | None = None, prefix: str = "") -> list[Received]:
        return [
            r
            for r in self.requests
            if (method is None or r.method == method) and r.path.startswith(prefix)
        ]


class Recorder:
    """WSGI middleware keeping every request's method, path, body and headers."""

    def __init__(self, app: Callable[..., Any], sink: list[Received]) -> None:
        self.app = app
        self.sink = sink

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        import io

        environ["wsgi.input"] = io.BytesIO(body)
        headers = {
            key[5:].replace("_", "-").lower(): str(value)
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        self.sink.append(
            Received(
                environ["REQUEST_METHOD"],
                environ.get("PATH_INFO", ""),
                environ.get("QUERY_STRING", ""),
                body,
                headers,
            )
        )
        return self.app(environ, start_response)


def free_port(ports: range = PORTS) -> int:
    for port in ports:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {ports}")


@contextmanager
def run_api(database_url: str, port: int | None = None) -> Iterator[ApiServer]:
    """The real Flask API (extension_api.create_app) in a werkzeug thread on 127.0.0.1."""
    from extension_api import create_app

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    app = create_app(
        {
            "DATABASE_URL": database_url,
            "RATE_LIMITS": "off",
            "SECRET_SALT": "browser-tests",
            "ACCESS_LOG": "off",
            "SITE_URL": "http://127.0.0.1:18151",
        }
    )
    sink: list[Received] = []
    app.wsgi_app = Recorder(app.wsgi_app, sink)  # type: ignore[method-assign]
    server = make_server("127.0.0.1", port or free_port(), app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ApiServer(f"http://127.0.0.1:{server.server_port}", app, database_url, sink)
    finally:
        server.shutdown()
        thread.join(5)


def chromium_available() -> bool:
    return Path(CHROMIUM).exists() or shutil.which("chromium") is not None


def launch(
    playwright: Any, user_data_dir: Path, headless: bool = True, language: str = "en"
) -> Any:
    """Chromium with the unpacked extension; Playwright's own browsers are never used.

    ``language`` sets the browser's UI language, which picks the extension's _locales.
    """
    args = [a for a in CHROMIUM_ARGS if not a.startswith("--lang=")]
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir),
        executable_path=CHROMIUM,
        headless=headless,
        args=[
            f"--disable-extensions-except={EXTENSION}",
            f"--load-extension={EXTENSION}",
            f"--lang={language}",
            *args,
        ],
        env={**os.environ, "LANGUAGE": language},
        viewport={"width": 1100, "height": 900},
    )


def service_worker(context: Any) -> Any:
    workers = [w for w in context.service_workers if w.url.startswith("chrome-extension://")]
    return workers[0] if workers else context.wait_for_event("serviceworker", timeout=15_000)


def route_fixtures(context: Any, pages: dict[str, Path] | None = None) -> None:
    """Serve fixture pages for the real sites' URLs, and refuse anything else on those hosts.

    Only the fixture origins are routed: the API on 127.0.0.1 is reached directly, so the
    service worker's requests never wait for this (synchronous) test process.
    """
    table = {url: FIXTURES / name for url, name in PAGES.items()}
    table.update(pages or {})
    origins = sorted({"/".join(url.split("/")[:3]) for url in table})

    def handle(route: Any) -> None:
        url = route.request.url
        if url in table and table[url].exists():
            body = table[url].read_bytes()
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)
        else:
            route.abort()

    for origin in origins:
        context.route(f"{origin}/**", handle)


def configure(context: Any, **settings: Any) -> None:
    """Store extension settings, as the options page would."""
    worker = service_worker(context)
    worker.evaluate(
        "async (s) => { await chrome.storage.local.set({settings: s}); "
        "await chrome.storage.session.clear(); }",
        settings,
    )


def extension_id(context: Any) -> str:
    return str(service_worker(context).url.split("/")[2])


def tab_id(context: Any, url_pattern: str) -> int:
    worker = service_worker(context)
    ids = worker.evaluate(
        "async (u) => (await chrome.tabs.query({url: u})).map((t) => t.id)", url_pattern
    )
    if not ids:
        raise AssertionError(f"no tab matches {url_pattern}")
    return int(ids[0])


def wait_for(predicate: Callable[[], Any], timeout: float = 15.0, interval: float = 0.1) -> Any:
    """Poll until ``predicate`` is truthy; returns its value or raises ``TimeoutError``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(interval)


def json_body(received: Received) -> Any:
    return json.loads(received.body or b"null")
