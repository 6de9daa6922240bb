"""The polite HTTP client every adapter and the link resolver fetch through.

One :meth:`PoliteClient.fetch` = robots.txt check → SSRF check of every address the
host resolves to → wait for the host's slot → GET (conditional, from the cache when
fresh) → retries with back-off on 429/5xx honouring Retry-After → redirects followed by
hand, each hop checked again → body streamed and cut at ``max_bytes`` — all inside one
wall-clock budget.  Every failure is a :class:`~scrapers.fetch.errors.FetchError` with
a ``kind`` the scan records.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests

from scrapers.fetch.addresses import AddressPolicy
from scrapers.fetch.config import FetchConfig
from scrapers.fetch.errors import FetchError, FetchResult
from scrapers.fetch.ratelimit import HostRateLimiter
from scrapers.fetch.robots import RobotsCache
from scrapers.fetch.transport import BlockedAddressError, PoliteAdapter, make_cache

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


class PoliteClient:
    """A requests session with the manners of :class:`FetchConfig`; one per scan."""

    def __init__(
        self,
        config: FetchConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config or FetchConfig()
        self.clock = clock
        self.sleep = sleep
        self.policy = AddressPolicy(self.config.allow_loopback, self.config.allow_private)
        self.limiter = HostRateLimiter(self.config.min_interval, clock=clock, sleep=sleep)
        self.session = requests.Session()
        self.session.trust_env = False  # a proxy from the environment would bypass the guard
        self.session.headers["User-Agent"] = self.config.agent
        adapter = PoliteAdapter(self.policy, self.limiter, make_cache(self.config.cache_dir))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.robots = RobotsCache(lambda url: self._fetch(url, "GET", obey_robots=False))

    def fetch(self, url: str) -> FetchResult:
        """GET ``url`` politely, following redirects; raise :class:`FetchError` on failure."""
        return self._fetch(url, "GET", obey_robots=self.config.obey_robots)

    def head(self, url: str) -> FetchResult:
        """HEAD ``url`` (no body), following redirects; used to resolve short links."""
        return self._fetch(url, "HEAD", obey_robots=self.config.obey_robots)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _fetch(self, url: str, method: str, *, obey_robots: bool) -> FetchResult:
        deadline = self.clock() + self.config.total_timeout
        hops: list[str] = []
        current = url
        for _hop in range(self.config.max_redirects + 1):
            self._admit(current, obey_robots)
            response = self._send(method, current, deadline)
            location = response.headers.get("location")
            if response.status_code in REDIRECT_STATUSES and location:
                response.close()
                current = urljoin(current, location)
                hops.append(current)
                continue
            return self._result(url, current, hops, response, method, deadline)
        raise FetchError(
            "redirects", f"{url}: more than {self.config.max_redirects} redirects", url=url
        )

    def _admit(self, url: str, obey_robots: bool) -> None:
        """Refuse a URL (or redirect hop) by scheme, address or robots.txt before sending."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            message = f"{url}: only http(s) URLs with a host are fetched"
            raise FetchError("blocked", message, url=url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        self.policy.check_host(parts.hostname, port, url)
        if obey_robots:
            rules = self.robots.check(url)
            if rules.crawl_delay:
                self.limiter.slow_down(parts.hostname, rules.crawl_delay)

    def _send(self, method: str, url: str, deadline: float) -> requests.Response:
        """One request with retries on 429/5xx and connection errors."""
        for attempt in range(self.config.retries + 1):
            remaining = self._remaining(url, deadline)
            timeout = (min(self.config.connect_timeout, remaining),
                       min(self.config.read_timeout, remaining))
            try:
                response = self.session.request(
                    method, url, stream=True, timeout=timeout, allow_redirects=False
                )
            except requests.RequestException as exc:
                error = _as_fetch_error(exc, url)
                if error.kind in ("blocked",) or attempt == self.config.retries:
                    raise error from exc
                self._pause(url, self.config.backoff * 2**attempt, deadline)
                continue
            if response.status_code not in RETRY_STATUSES or attempt == self.config.retries:
                return response
            wait = retry_after(response.headers.get("retry-after"))
            response.close()
            self._pause(url, self.config.backoff * 2**attempt if wait is None else wait, deadline)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _pause(self, url: str, seconds: float, deadline: float) -> None:
        if seconds > self.config.max_retry_wait:
            raise FetchError(
                "http", f"{url}: the server asks to retry after {seconds:.0f}s, "
                f"over the {self.config.max_retry_wait:.0f}s limit", url=url, status=429,
            )
        if self.clock() + seconds > deadline:
            raise FetchError("timeout", f"{url}: retrying would pass the time limit", url=url)
        self.sleep(seconds)

    def _remaining(self, url: str, deadline: float) -> float:
        remaining = deadline - self.clock()
        if remaining <= 0:
            raise FetchError(
                "timeout", f"{url}: over the {self.config.total_timeout:.0f}s time limit", url=url
            )
        return remaining

    def _result(
        self, url: str, final: str, hops: list[str], response: requests.Response,
        method: str, deadline: float,
    ) -> FetchResult:
        with response:
            if response.status_code >= 400:
                raise FetchError(
                    "http", f"{final}: HTTP {response.status_code} {response.reason or ''}".strip(),
                    url=url, status=response.status_code,
                )
            content = b"" if method == "HEAD" else self._body(final, response, deadline)
        return FetchResult(
            url=url,
            final_url=final,
            status=response.status_code,
            content=content,
            headers={k.lower(): v for k, v in response.headers.items()},
            from_cache=bool(getattr(response, "from_cache", False)),
            redirects=tuple(hops),
        )

    def _body(self, url: str, response: requests.Response, deadline: float) -> bytes:
        """Read the body in chunks, cutting it off past ``max_bytes`` or the deadline."""
        limit = self.config.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _too_large(url, limit, f"declared {int(declared):,} bytes")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _too_large(url, limit, "cut off while reading")
                self._remaining(url, deadline)
                chunks.append(chunk)
        except requests.RequestException as exc:
            raise _as_fetch_error(exc, url) from exc
        return b"".join(chunks)


def _too_large(url: str, limit: int, how: str) -> FetchError:
    return FetchError("too_large", f"{url}: body over the {limit:,}-byte limit ({how})", url=url)


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date).

    >>> retry_after("3"), retry_after(None), retry_after("soon")
    (3.0, None, None)
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def _as_fetch_error(exc: BaseException, url: str) -> FetchError:
    """Map a requests/urllib3 exception to a :class:`FetchError` kind."""
    seen: BaseException | None = exc
    depth = 0
    while seen is not None and depth < 12:
        if isinstance(seen, BlockedAddressError):
            return FetchError("blocked", f"{url}: {seen}", url=url)
        nested = getattr(seen, "reason", None)
        if not isinstance(nested, BaseException):
            nested = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = nested or seen.__cause__ or seen.__context__
        depth += 1
    if isinstance(exc, requests.Timeout):
        return FetchError("timeout", f"{url}: timed out ({exc})", url=url)
    if isinstance(exc, requests.TooManyRedirects):
        return FetchError("redirects", f"{url}: {exc}", url=url)
    return FetchError("fetch", f"{url}: {exc}", url=url)
