"""Stable identities shared by the store, the API and the extension.

The look-up hash is how the browser extension asks about a post without saying
which one: it sends only a short prefix of ``sha256(platform + ":" + post_id)``.

>>> lookup_hash("instagram", "C0ffee")[:8]
'edadbec0'
>>> tier_for(950), tier_for(12_000), tier_for(250_000), tier_for(3_000_000), tier_for(None)
('nano', 'micro', 'macro', 'mega', None)
"""

from __future__ import annotations

import hashlib


def lookup_hash(platform: str, post_id: str) -> str:
    """Hex SHA-256 of ``platform:post_id``; the extension computes the same in JavaScript."""
    return hashlib.sha256(f"{platform}:{post_id}".encode()).hexdigest()


def tier_for(follower_count: int | None) -> str | None:
    """Influencer tier: nano < 1k, micro 1k–100k, macro 100k–1M, mega ≥ 1M."""
    if follower_count is None:
        return None
    if follower_count < 1_000:
        return "nano"
    if follower_count < 100_000:
        return "micro"
    if follower_count < 1_000_000:
        return "macro"
    return "mega"
