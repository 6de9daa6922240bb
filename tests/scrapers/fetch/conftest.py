"""Fixtures of the fetcher's tests: a local server and loopback-allowed clients."""

from fetch_test_server import client_for, site

__all__ = ["client_for", "site"]
