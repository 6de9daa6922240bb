"""Short links resolved through the polite client (HEAD, then GET)."""

from __future__ import annotations

from collections.abc import Callable

from fetch_test_server import Site, reply

from scrapers.fetch.client import PoliteClient
from scrapers.fetch.links import ResolvedLink, resolve_links


def test_short_links_resolve_to_their_final_domain(
    site: Site, client_for: Callable[..., PoliteClient]
) -> None:
    site.routes["/s/1"] = reply(301, Location="/landing?ref=anna")
    site.routes["/landing?ref=anna"] = reply(200, b"shop")
    site.routes["/s/2"] = lambda h: (reply(405) if h.command == "HEAD" else
                                     reply(302, Location="/two"))(h)
    site.routes["/two"] = reply(200, b"two")
    site.routes["/s/3"] = reply(302, Location="http://169.254.169.254/")
    links = [site.url("/s/1"), site.url("/s/2"), site.url("/s/3")]
    resolved = resolve_links(links, client_for())
    assert resolved[0] == ResolvedLink(links[0], site.url("/landing?ref=anna"), "127.0.0.1")
    assert resolved[1].final_url == site.url("/two")
    assert [h.method for h in site.hits if h.path == "/s/2"] == ["HEAD", "GET"]
    assert resolved[2].final_url is None and resolved[2].error is not None
    assert resolved[2].error.startswith("blocked:")
    assert [h.method for h in site.hits if h.path == "/s/1"] == ["HEAD"]


def test_only_shorteners_leaves_other_links_alone(
    site: Site, client_for: Callable[..., PoliteClient]
) -> None:
    resolved = resolve_links(["https://www.awin1.com/cread.php?x=1"], client_for(),
                             only_shorteners=True)
    assert resolved == [ResolvedLink("https://www.awin1.com/cread.php?x=1",
                                     "https://www.awin1.com/cread.php?x=1", "awin1.com")]
    assert site.hits == []
