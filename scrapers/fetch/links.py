"""Short links in posts, resolved through the polite client to where they really go.

``bit.ly/x`` says nothing; ``bit.ly/x`` → ``www.awin1.com/…`` says "affiliate link".  Each
link is asked with HEAD (no body), then with GET when a server refuses HEAD, through the
same robots/SSRF/rate-limit rules as every other fetch.  The pipeline feeds
``final_url`` back to the link signals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

from scrapers.fetch.errors import Fetcher, FetchError, FetchResult

_HEAD_REFUSED = frozenset({400, 403, 404, 405, 406, 501})


@dataclass(frozen=True, slots=True)
class ResolvedLink:
    """Where one link ends up, or why we could not tell."""

    original: str
    final_url: str | None
    """The URL after every redirect; ``None`` when resolution failed."""
    registered_domain: str | None
    """``awin1.com`` for ``https://www.awin1.com/cread.php?…``; from the bundled suffix list."""
    error: str | None = None
    """``kind: message`` of the failure (``robots``, ``blocked``, ``timeout``, …)."""


class HeadFetcher(Fetcher, Protocol):
    """A fetcher that can also ask HEAD (the :class:`~scrapers.fetch.client.PoliteClient`)."""

    def head(self, url: str) -> FetchResult:
        """HEAD ``url`` or raise :class:`FetchError`."""
        ...


def registered_domain_of(url: str) -> str | None:
    """The registered domain of a URL's host.

    >>> registered_domain_of("https://www.awin1.com/cread.php?awinmid=1")
    'awin1.com'
    """
    from scrapers.detection.links_table import registered_domain

    host = urlsplit(url).hostname or ""
    domain, _label = registered_domain(host)
    return domain or host or None


def is_shortener(url: str) -> bool:
    """True for hosts in the detector's shortener table (``bit.ly``, ``t.co``, …).

    >>> is_shortener("https://bit.ly/3abc"), is_shortener("https://example.com/")
    (True, False)
    """
    from scrapers.detection.links_table import link_table

    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return host in link_table().shorteners


def resolve_link(url: str, client: HeadFetcher) -> ResolvedLink:
    """Follow one link's redirects: HEAD first, GET when the server will not answer HEAD."""
    try:
        result = client.head(url)
    except FetchError as exc:
        if exc.status not in _HEAD_REFUSED:
            return ResolvedLink(url, None, None, f"{exc.kind}: {exc.message}")
        try:
            result = client.fetch(url)
        except FetchError as again:
            return ResolvedLink(url, None, None, f"{again.kind}: {again.message}")
    return ResolvedLink(url, result.final_url, registered_domain_of(result.final_url))


def resolve_links(
    links: Iterable[str], client: HeadFetcher | None = None, *, only_shorteners: bool = False
) -> list[ResolvedLink]:
    """Resolve each link (or only the shortened ones), in order; failures carry ``error``."""
    own = client is None
    if client is None:
        from scrapers.fetch.client import PoliteClient

        client = PoliteClient()
    try:
        return [
            resolve_link(link, client)
            if not only_shorteners or is_shortener(link)
            else ResolvedLink(link, link, registered_domain_of(link))
            for link in links
        ]
    finally:
        if own:
            close = getattr(client, "close", None)
            if close is not None:
                close()
