"""The fetcher tests' local HTTP server, on this area's ports, answering for short-link hosts.

Reuses ``tests/scrapers/fetch/fetch_test_server.py`` (its ``site`` fixture), bound to
ports 18700–18799, and makes ``bit.ly`` and ``www.amazon.com`` resolve to 127.0.0.1 for
the test, so a real shortener host name redirects to a real affiliate host name without
any request leaving the machine.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

FETCH_TESTS = Path(__file__).resolve().parents[1] / "fetch"
if str(FETCH_TESTS) not in sys.path:
    sys.path.insert(0, str(FETCH_TESTS))

import fetch_test_server  # noqa: E402
from fetch_test_server import Site, reply, site  # noqa: E402

from scrapers.fetch.client import PoliteClient  # noqa: E402
from scrapers.fetch.config import FetchConfig  # noqa: E402

PORTS = range(18700, 18800)
LOCAL_HOSTS = frozenset({"bit.ly", "www.amazon.com"})

__all__ = ["Site", "link_client", "link_site", "loopback_config", "reply", "site"]


@pytest.fixture
def link_site(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Site:
    """A running local server that ``bit.ly`` and ``www.amazon.com`` resolve to."""
    monkeypatch.setattr(fetch_test_server, "PORTS", PORTS)
    running: Site = request.getfixturevalue("site")
    real = socket.getaddrinfo

    def local(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        return real("127.0.0.1" if host in LOCAL_HOSTS else host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", local)
    return running


def loopback_config(**options: Any) -> FetchConfig:
    """A fetch config that may reach loopback, with fast retries."""
    settings: dict[str, Any] = {"allow_loopback": True, "min_interval": 0.0, "backoff": 0.01}
    settings.update(options)
    return FetchConfig(**settings)




@pytest.fixture
def link_client(link_site: Site) -> Iterator[PoliteClient]:
    with PoliteClient(loopback_config()) as client:
        yield client
