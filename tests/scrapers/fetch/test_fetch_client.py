"""The polite client against a real HTTP server on 127.0.0.1 (no other network)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from fetch_test_server import Site, reply

from scrapers.fetch.addresses import AddressPolicy
from scrapers.fetch.client import PoliteClient
from scrapers.fetch.errors import FetchError

MakeClient = Callable[..., PoliteClient]


def test_page_is_fetched_with_our_user_agent(site: Site, client_for: MakeClient) -> None:
    site.routes["/post"] = reply(200, b"<p>hallo</p>", Content_Type="text/html; charset=utf-8")
    client = client_for(contact_url="https://example.org/contact")
    result = client.fetch(site.url("/post"))
    assert (result.status, result.text) == (200, "<p>hallo</p>")
    assert result.final_url == site.url("/post")
    agent = site.hits[-1].headers["User-Agent"]
    assert agent.startswith("Transparant/") and "https://example.org/contact" in agent


def test_robots_disallow_is_obeyed(site: Site, client_for: MakeClient) -> None:
    site.routes["/robots.txt"] = reply(200, b"User-agent: *\nDisallow: /private/\n")
    site.routes["/private/page"] = reply(200, b"secret")
    site.routes["/public"] = reply(200, b"ok")
    client = client_for()
    with pytest.raises(FetchError) as caught:
        client.fetch(site.url("/private/page"))
    assert caught.value.kind == "robots"
    assert "/private/page" not in site.paths()
    assert client.fetch(site.url("/public")).content == b"ok"
    assert site.paths().count("/robots.txt") == 1


@pytest.mark.parametrize(("status", "allowed"), [(500, False), (429, False), (404, True),
                                                 (403, True)])
def test_robots_status_decides_for_the_site(
    site: Site, client_for: MakeClient, status: int, allowed: bool
) -> None:
    site.routes["/robots.txt"] = reply(status, b"oops")
    site.routes["/a"] = reply(200, b"a")
    client = client_for(retries=0)
    if allowed:
        assert client.fetch(site.url("/a")).content == b"a"
        return
    with pytest.raises(FetchError) as caught:
        client.fetch(site.url("/a"))
    assert caught.value.kind == "robots" and "unreachable" in caught.value.message
    assert "/a" not in site.paths()


def test_429_with_retry_after_then_success(site: Site, client_for: MakeClient) -> None:
    answers = [reply(429, b"slow down", Retry_After="1"), reply(200, b"finally")]
    site.routes["/busy"] = lambda handler: answers.pop(0)(handler)
    waits: list[float] = []
    client = client_for()
    client.sleep = waits.append
    client.limiter.sleep = waits.append
    result = client.fetch(site.url("/busy"))
    assert result.content == b"finally"
    assert site.paths().count("/busy") == 2
    assert 1.0 in waits


def test_503_backs_off_and_gives_up(site: Site, client_for: MakeClient) -> None:
    site.routes["/down"] = reply(503, b"down")
    client = client_for(retries=2, backoff=0.01)
    with pytest.raises(FetchError) as caught:
        client.fetch(site.url("/down"))
    assert (caught.value.kind, caught.value.status) == ("http", 503)
    assert site.paths().count("/down") == 3


def test_too_long_retry_after_fails_clearly(site: Site, client_for: MakeClient) -> None:
    site.routes["/later"] = reply(429, b"", Retry_After="3600")
    with pytest.raises(FetchError) as caught:
        client_for(max_retry_wait=5).fetch(site.url("/later"))
    assert "3600s" in caught.value.message and caught.value.status == 429


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.7/admin",
        "http://[fd00:ec2::254]/",
        "http://0.0.0.0:80/",
    ],
)
def test_redirect_to_private_address_is_refused(
    site: Site, client_for: MakeClient, target: str
) -> None:
    site.routes["/go"] = reply(302, Location=target)
    with pytest.raises(FetchError) as caught:
        client_for().fetch(site.url("/go"))
    assert caught.value.kind == "blocked"


def test_redirect_to_loopback_refused_unless_allowed(
    site: Site, client_for: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """127.0.0.1 stands in for a public site here; its redirect to 127.0.0.2 is refused."""
    original = AddressPolicy.refusal
    monkeypatch.setattr(
        AddressPolicy, "refusal",
        lambda self, address: None if address == "127.0.0.1" else original(self, address),
    )
    site.routes["/go"] = reply(302, Location=f"http://127.0.0.2:{site.port}/inside")
    with pytest.raises(FetchError) as caught:
        client_for(allow_loopback=False).fetch(site.url("/go"))
    assert caught.value.kind == "blocked"
    assert "loopback address 127.0.0.2" in caught.value.message
    assert site.paths() == ["/robots.txt", "/go"]


def test_socket_guard_catches_what_resolution_missed(
    site: Site, client_for: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: even when the pre-check is fooled, the connected socket is checked."""
    monkeypatch.setattr(AddressPolicy, "check_host", lambda self, host, port, url: [])
    site.routes["/inside"] = reply(200, b"inside")
    with pytest.raises(FetchError) as caught:
        client_for(allow_loopback=False, obey_robots=False).fetch(site.url("/inside"))
    assert caught.value.kind == "blocked" and "loopback" in caught.value.message
    assert site.hits == []


def test_redirects_are_bounded(site: Site, client_for: MakeClient) -> None:
    site.routes["/loop"] = reply(302, Location="/loop")
    with pytest.raises(FetchError) as caught:
        client_for(max_redirects=3).fetch(site.url("/loop"))
    assert caught.value.kind == "redirects"
    assert site.paths().count("/loop") == 4


def test_redirect_hops_are_recorded(site: Site, client_for: MakeClient) -> None:
    site.routes["/a"] = reply(301, Location="/b")
    site.routes["/b"] = reply(307, Location="/c")
    site.routes["/c"] = reply(200, b"end")
    result = client_for().fetch(site.url("/a"))
    assert result.final_url == site.url("/c")
    assert result.redirects == (site.url("/b"), site.url("/c"))


def _chunked(size: int) -> Callable[[BaseHTTPRequestHandler], None]:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.protocol_version = "HTTP/1.1"
        handler.send_response(200)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.send_header("Connection", "close")
        handler.end_headers()
        block = b"x" * 65536
        sent = 0
        try:
            while sent < size:
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
                sent += len(block)
            handler.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass

    return route


def test_oversized_body_is_cut_off(site: Site, client_for: MakeClient) -> None:
    site.routes["/declared"] = reply(200, b"y" * 300_000)
    site.routes["/streamed"] = _chunked(5_000_000)
    client = client_for(max_bytes=100_000)
    for path, how in (("/declared", "declared"), ("/streamed", "cut off")):
        with pytest.raises(FetchError) as caught:
            client.fetch(site.url(path))
        assert caught.value.kind == "too_large"
        assert "100,000-byte limit" in caught.value.message and how in caught.value.message


@pytest.mark.parametrize("on_disk", [False, True])
def test_conditional_request_served_from_cache(
    site: Site, client_for: MakeClient, on_disk: bool, tmp_path: Path
) -> None:
    def route(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"':
            reply(304, ETag='"v1"', Cache_Control="no-cache")(handler)
        else:
            reply(200, b"<p>post</p>", ETag='"v1"', Cache_Control="no-cache")(handler)

    site.routes["/feed"] = route
    client = client_for(cache_dir=str(tmp_path / "http-cache") if on_disk else None)
    first = client.fetch(site.url("/feed"))
    second = client.fetch(site.url("/feed"))
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.content == first.content == b"<p>post</p>"
    asked = [h for h in site.hits if h.path == "/feed"]
    assert "If-None-Match" not in asked[0].headers
    assert asked[1].headers["If-None-Match"] == '"v1"'


def test_requests_to_one_host_are_spaced(site: Site, client_for: MakeClient) -> None:
    site.routes["*"] = reply(200, b"ok")
    client = client_for(min_interval=0.25)
    for number in range(3):
        client.fetch(site.url(f"/p{number}"))
    times = [h.at for h in site.hits if h.path.startswith("/p")]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert len(gaps) == 2 and all(gap >= 0.24 for gap in gaps)


def test_crawl_delay_slows_the_host(site: Site, client_for: MakeClient) -> None:
    site.routes["/robots.txt"] = reply(200, b"User-agent: *\nCrawl-delay: 0.3\n")
    site.routes["*"] = reply(200, b"ok")
    client = client_for(min_interval=0.0)
    client.fetch(site.url("/x"))
    client.fetch(site.url("/y"))
    times = [h.at for h in site.hits if h.path in ("/x", "/y")]
    assert times[1] - times[0] >= 0.29


def test_http_error_and_refused_scheme(site: Site, client_for: MakeClient) -> None:
    client = client_for()
    with pytest.raises(FetchError) as caught:
        client.fetch(site.url("/missing"))
    assert (caught.value.kind, caught.value.status) == ("http", 404)
    with pytest.raises(FetchError) as caught:
        client.fetch("file:///etc/passwd")
    assert caught.value.kind == "blocked"


def test_connection_refused_is_a_fetch_error(client_for: MakeClient) -> None:
    from fetch_test_server import PORTS, free_port_is_closed

    port = next(p for p in reversed(PORTS) if free_port_is_closed(p))
    with pytest.raises(FetchError) as caught:
        client_for(retries=1).fetch(f"http://127.0.0.1:{port}/")
    assert caught.value.kind == "robots"  # robots.txt unreachable disallows the site
    with pytest.raises(FetchError) as caught:
        client_for(retries=1, obey_robots=False).fetch(f"http://127.0.0.1:{port}/")
    assert caught.value.kind == "fetch"
