"""The SSRF guard: which IP addresses the fetcher may connect to.

Only globally routable unicast addresses pass.  Private (RFC 1918, ULA), loopback,
link-local (including the 169.254.169.254 cloud metadata service), multicast, reserved,
shared (100.64/10, where Alibaba's metadata lives), unspecified and documentation
ranges are refused — checked after DNS resolution, on every redirect hop, and again on
the socket actually connected, so DNS rebinding cannot slip past.

>>> AddressPolicy().refusal("169.254.169.254")
'link-local or cloud metadata address 169.254.169.254'
>>> AddressPolicy().refusal("93.184.215.14") is None
True
>>> AddressPolicy(allow_loopback=True).refusal("127.0.0.1") is None
True
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

from scrapers.fetch.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which addresses are reachable; loopback and private networks only when asked for."""

    allow_loopback: bool = False
    allow_private: bool = False

    def refusal(self, address: str) -> str | None:
        """Why ``address`` may not be contacted, or ``None`` when it may."""
        ip: IPAddress = ipaddress.ip_address(address.split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if ip in METADATA_ADDRESSES or ip.is_link_local:
            return f"link-local or cloud metadata address {ip}"
        if ip.is_loopback:
            return None if self.allow_loopback else f"loopback address {ip}"
        if ip.is_multicast:
            return f"multicast address {ip}"
        if ip.is_unspecified or ip.is_reserved:
            return f"reserved address {ip}"
        if ip.is_private or not ip.is_global:
            return None if self.allow_private else f"private or non-public address {ip}"
        return None

    def check_address(self, address: str, url: str) -> None:
        """Raise a ``blocked`` :class:`FetchError` when ``address`` is refused."""
        reason = self.refusal(address)
        if reason:
            raise FetchError("blocked", f"{url}: refused to connect to a {reason}", url=url)

    def check_host(self, host: str, port: int, url: str) -> list[str]:
        """Resolve ``host`` and refuse it if any of its addresses is refused."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError("fetch", f"{url}: cannot resolve {host} ({exc})", url=url) from exc
        addresses = sorted({str(info[4][0]) for info in infos})
        for address in addresses:
            self.check_address(address, url)
        return addresses
