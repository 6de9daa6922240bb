"""How politely, and how far, the fetcher goes: one frozen value per client."""

from __future__ import annotations

from dataclasses import dataclass

from scrapers.version import PACKAGE_VERSION

DEFAULT_CONTACT = "https://github.com/transparant/transparant#contact"


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """Every limit of the fetcher; the defaults are meant for scanning other people's sites."""

    contact_url: str = DEFAULT_CONTACT
    """Where a site owner can reach whoever runs the scan; part of the User-Agent."""
    user_agent: str | None = None
    """Full User-Agent; by default ``Transparant/<version> (+<contact_url>)``."""
    min_interval: float = 1.0
    """Seconds between two requests to the same host (robots.txt Crawl-delay may raise it)."""
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    """Wall-clock limit for one fetch, redirects, retries and body included."""
    max_bytes: int = 10 * 1024 * 1024
    """Largest body read; a bigger one is cut off with a ``too_large`` error."""
    max_redirects: int = 5
    retries: int = 3
    """Extra attempts after a 429 or 5xx (and after a connection error)."""
    backoff: float = 1.0
    """First back-off in seconds when the server gives no Retry-After; doubles each time."""
    max_retry_wait: float = 120.0
    """A Retry-After longer than this fails the fetch instead of sleeping."""
    obey_robots: bool = True
    allow_loopback: bool = False
    """Tests only: let the client reach 127.0.0.0/8 and ::1."""
    allow_private: bool = False
    """Let the client reach private networks (an intranet scan run on purpose)."""
    cache_dir: str | None = None
    """Directory for the HTTP cache; by default it lives in memory for the client's life."""

    @property
    def agent(self) -> str:
        return self.user_agent or f"Transparant/{PACKAGE_VERSION} (+{self.contact_url})"
