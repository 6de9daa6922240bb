"""What politeness and the SSRF guard cost per request, and how fast adapters read posts.

Serves a 20 KB page from a local ``http.server`` on 127.0.0.1 (port 18400–18499) and
fetches it N times three ways in the same process: a bare ``requests.Session`` (the
baseline), the ``PoliteClient`` with pacing off (robots.txt, DNS + socket address checks,
manual redirects, streamed body cap, cache bookkeeping), and the client again on the same
URLs when the server answers ``304 Not Modified`` (revalidation from the cache).  Then it
reads the bundled demo corpus through ``import_source("jsonl", …)`` and reports posts per
second.  Figures are printed, never asserted.

Usage: ``.venv/bin/python bench/fetch_overhead.py [--requests N]``
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from scrapers.fetch.client import PoliteClient  # noqa: E402
from scrapers.fetch.config import FetchConfig  # noqa: E402
from scrapers.sources.registry import import_source  # noqa: E402

BODY = b"<html><body><article>" + b"<p>Een alinea tekst.</p>" * 800 + b"</article></body></html>"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 256 * 1024  # one write per response: no Nagle / delayed-ACK stalls

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nAllow: /\n")
        elif self.headers.get("If-None-Match") == '"v1"':
            self._send(304, b"")
        else:
            self._send(200, BODY)

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("ETag", '"v1"')
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve() -> ThreadingHTTPServer:
    for port in range(18400, 18500):
        try:
            server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        except OSError:
            continue
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server
    raise SystemExit("no free port in 18400-18499")


def timed(label: str, count: int, fetch: object) -> float:
    start = time.perf_counter()
    for number in range(count):
        fetch(number)  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {count / elapsed:8.0f} requests/s  ({elapsed * 1000 / count:.2f} ms each)")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    count = parser.parse_args().requests
    server = serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    session = requests.Session()
    bare = timed("bare requests.Session (baseline)", count,
                 lambda n: session.get(f"{base}/p{n}").content)
    client = PoliteClient(FetchConfig(allow_loopback=True, min_interval=0.0))
    polite = timed("PoliteClient, first fetch (200)", count,
                   lambda n: client.fetch(f"{base}/p{n}").content)
    cached = timed("PoliteClient, revalidated (304 from cache)", count,
                   lambda n: client.fetch(f"{base}/p{n}").content)
    print(f"overhead of the polite client: {polite / bare:.2f}x the bare session; "
          f"304 revalidation: {cached / bare:.2f}x")
    client.close()
    server.shutdown()

    demo = ROOT / "scrapers" / "demo" / "data" / "posts.jsonl"
    if demo.exists():
        start = time.perf_counter()
        posts = sum(item.ok for item in import_source("jsonl", demo).items())
        elapsed = time.perf_counter() - start
        print(f"jsonl adapter on the demo corpus: {posts} posts in {elapsed:.2f}s "
              f"({posts / elapsed:.0f} posts/s, language detection included)")


if __name__ == "__main__":
    main()
