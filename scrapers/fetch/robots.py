"""robots.txt, read once per site per client with Protego (RFC 9309 semantics).

A missing robots.txt (a 4xx other than 429) allows everything; a server error, a 429 or
an unreachable robots.txt disallows the whole site for this run, as RFC 9309 asks.  ``Crawl-delay``
for our agent slows that host down.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from protego import Protego

from scrapers.fetch.errors import FetchError, FetchResult

AGENT_TOKEN = "Transparant"
MAX_ROBOTS_BYTES = 512 * 1024


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """The rules of one site: parsed rules, or a blanket allow/deny."""

    parser: Protego | None
    allow_all: bool = False
    reason: str = ""

    def allowed(self, url: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, AGENT_TOKEN))

    @property
    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(AGENT_TOKEN)
        return float(delay) if delay is not None else None


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL.

    >>> origin_of("https://Blog.Example:8443/a/b?c")
    'https://blog.example:8443'
    """
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{(parts.hostname or '').lower()}{port}"


def rules_from(fetch: Callable[[str], FetchResult], origin: str) -> RobotsRules:
    """Fetch and parse ``origin``'s robots.txt with ``fetch`` (which must not check robots)."""
    try:
        result = fetch(f"{origin}/robots.txt")
    except FetchError as exc:
        if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
            return RobotsRules(None, allow_all=True, reason=f"robots.txt: HTTP {exc.status}")
        return RobotsRules(None, allow_all=False, reason=f"robots.txt unreachable ({exc.message})")
    text = result.content[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
    return RobotsRules(Protego.parse(text))


@dataclass
class RobotsCache:
    """robots.txt rules per origin, fetched on first use."""

    fetch: Callable[[str], FetchResult]
    _rules: dict[str, RobotsRules] = field(default_factory=dict)

    def rules(self, url: str) -> RobotsRules:
        origin = origin_of(url)
        if origin not in self._rules:
            self._rules[origin] = rules_from(self.fetch, origin)
        return self._rules[origin]

    def check(self, url: str) -> RobotsRules:
        """The site's rules; raise a ``robots`` :class:`FetchError` when ``url`` is disallowed."""
        rules = self.rules(url)
        if not rules.allowed(url):
            why = f" ({rules.reason})" if rules.reason else ""
            raise FetchError("robots", f"{url}: disallowed by robots.txt{why}", url=url)
        return rules
