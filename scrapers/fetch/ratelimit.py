"""Per-host spacing of requests, so a scan never hammers one site."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class HostRateLimiter:
    """Waits until ``interval`` seconds have passed since the last request to the same host.

    Each client owns one; ``slow_down`` raises a host's interval (robots.txt Crawl-delay).

    >>> now = [0.0]; slept = []
    >>> limiter = HostRateLimiter(1.0, clock=lambda: now[0], sleep=slept.append)
    >>> limiter.wait("a.example"); limiter.wait("a.example"); limiter.wait("b.example")
    >>> slept
    [1.0]
    """

    interval: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _next: dict[str, float] = field(default_factory=dict)
    _intervals: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def slow_down(self, host: str, interval: float) -> None:
        """Use at least ``interval`` seconds between requests to ``host``."""
        with self._lock:
            self._intervals[host] = max(interval, self.interval)

    def wait(self, host: str) -> None:
        """Block until ``host`` may be contacted again, and book the next slot."""
        with self._lock:
            now = self.clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self._intervals.get(host, self.interval)
        if start > now:
            self.sleep(start - now)
