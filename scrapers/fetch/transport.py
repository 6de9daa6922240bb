"""The requests adapter underneath the client: guarded sockets, per-host pacing, HTTP cache.

Layering (method resolution order): CacheControl answers from its cache or adds
``If-None-Match``/``If-Modified-Since``; only a request that really goes to the network
reaches :class:`PacedAdapter`, which waits for the host's slot; the connection classes
check the address of every socket actually connected against the SSRF policy.
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from cachecontrol import CacheControlAdapter
from cachecontrol.cache import BaseCache, DictCache
from requests import PreparedRequest, Response
from requests.adapters import HTTPAdapter
from urllib3 import HTTPConnectionPool, HTTPSConnectionPool, PoolManager
from urllib3.connection import HTTPConnection, HTTPSConnection

from scrapers.fetch.addresses import AddressPolicy
from scrapers.fetch.ratelimit import HostRateLimiter


class BlockedAddressError(OSError):
    """The socket reached an address the policy refuses (seen by the client as ``blocked``)."""


def _guarded(base: type[HTTPConnection], policy: AddressPolicy) -> type[HTTPConnection]:
    """A connection class that refuses a socket whose peer address the policy refuses."""

    class GuardedConnection(base):  # type: ignore[valid-type,misc]
        def _new_conn(self) -> socket.socket:
            sock: socket.socket = super()._new_conn()
            address = str(sock.getpeername()[0])
            reason = policy.refusal(address)
            if reason:
                sock.close()
                raise BlockedAddressError(f"refused to connect to a {reason}")
            return sock

    return GuardedConnection


def _guarded_pools(policy: AddressPolicy) -> dict[str, type[HTTPConnectionPool]]:
    http = type("GuardedHTTPPool", (HTTPConnectionPool,),
                {"ConnectionCls": _guarded(HTTPConnection, policy)})
    https = type("GuardedHTTPSPool", (HTTPSConnectionPool,),
                 {"ConnectionCls": _guarded(HTTPSConnection, policy)})
    return {"http": http, "https": https}


class PacedAdapter(HTTPAdapter):
    """Waits for the host's rate-limit slot before each request that reaches the network."""

    def __init__(self, policy: AddressPolicy, limiter: HostRateLimiter, **kw: Any) -> None:
        self.policy = policy
        self.limiter = limiter
        super().__init__(max_retries=0, **kw)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        self.poolmanager = PoolManager(num_pools=connections, maxsize=maxsize, block=block,
                                       **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = _guarded_pools(self.policy)  # type: ignore[assignment]

    def send(self, request: PreparedRequest, stream: bool = False, timeout: Any = None,
             verify: bool | str = True, cert: Any = None,
             proxies: Mapping[str, str] | None = None) -> Response:
        self.limiter.wait(urlsplit(request.url or "").hostname or "")
        return super().send(request, stream=stream, timeout=timeout, verify=verify, cert=cert,
                            proxies=proxies)


class PoliteAdapter(CacheControlAdapter, PacedAdapter):
    """Conditional HTTP caching over :class:`PacedAdapter`."""

    def __init__(self, policy: AddressPolicy, limiter: HostRateLimiter,
                 cache: BaseCache | None = None) -> None:
        super().__init__(cache=cache, cache_etags=True, policy=policy, limiter=limiter)


def make_cache(cache_dir: str | None) -> BaseCache:
    """An on-disk cache in ``cache_dir``, or an in-memory one."""
    if cache_dir is None:
        return DictCache()
    from cachecontrol.caches.file_cache import SeparateBodyFileCache

    return SeparateBodyFileCache(cache_dir)
