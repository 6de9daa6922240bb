"""A scriptable HTTP server on 127.0.0.1 (ports 18400–18499) for the fetcher's tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from scrapers.fetch.client import PoliteClient
from scrapers.fetch.config import FetchConfig

PORTS = range(18400, 18500)
Route = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Hit:
    method: str
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class Site:
    """The routes the server answers and every request it saw."""

    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]


def reply(status: int, body: bytes = b"", **headers: str) -> Route:
    """A route answering ``status`` with ``body`` and headers (``_`` in names becomes ``-``)."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        if "Content_Length" not in headers:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(body)

    return route


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            site.hits.append(Hit(self.command, self.path, dict(self.headers), time.monotonic()))
            route = site.routes.get(self.path) or site.routes.get("*") or reply(404, b"nope")
            route(self)

        do_GET = do_HEAD = _serve

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def _bind(site: Site) -> ThreadingHTTPServer:
    for port in PORTS:
        try:
            server = ThreadingHTTPServer(("127.0.0.1", port), _handler(site))
        except OSError:
            continue
        site.port = port
        return server
    raise RuntimeError("no free port in 18400-18499")


@pytest.fixture
def site() -> Iterator[Site]:
    """A running server; add routes to ``site.routes`` and read ``site.hits``."""
    site = Site(routes={"/robots.txt": reply(404)})
    server = _bind(site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def client_for() -> Iterator[Callable[..., PoliteClient]]:
    """Build clients that may reach loopback, with fast defaults; all closed afterwards."""
    made: list[PoliteClient] = []

    def make(**options: object) -> PoliteClient:
        settings: dict[str, object] = {"allow_loopback": True, "min_interval": 0.0,
                                       "backoff": 0.01}
        settings.update(options)
        client = PoliteClient(FetchConfig(**settings))  # type: ignore[arg-type]
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def free_port_is_closed(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0
