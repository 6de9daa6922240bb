"""Fixtures for the browser tests: the real API, Chromium with the extension, routed pages.

The tests need Debian's chromium; without it they skip locally and fail under CI, so a
green CI run always means the extension was exercised in a real browser.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from extension_harness import (
    ApiServer,
    chromium_available,
    configure,
    launch,
    route_fixtures,
    run_api,
    service_worker,
)


@pytest.fixture
def api(tmp_path: Path) -> Iterator[ApiServer]:
    """The real Flask API on a SQLite store under ``tmp_path``, recording its requests."""
    with run_api(f"sqlite:///{tmp_path / 'api.sqlite3'}") as server:
        yield server


@pytest.fixture
def chromium() -> None:
    """Skip without Debian's chromium locally; under CI its absence is a failure."""
    if not chromium_available():
        if os.environ.get("CI"):
            pytest.fail("CI must provide /usr/bin/chromium (scripts/install-system-deps.sh)")
        pytest.skip("Debian's chromium is not installed")


@pytest.fixture
def browser(tmp_path: Path, api: ApiServer, chromium: None) -> Iterator[Any]:
    """A persistent Chromium context with the unpacked extension, fixture pages routed."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = launch(playwright, tmp_path / "profile")
        try:
            service_worker(context)
            route_fixtures(context)
            yield context
        finally:
            context.close()


@pytest.fixture
def analyse(browser: Any, api: ApiServer) -> Any:
    """The extension in analyse mode (with consent), pointed at the test API."""
    configure(
        browser,
        apiBase=api.base,
        mode="analyse",
        consent=True,
        jurisdiction="nl",
        siteUrl="http://127.0.0.1:18151",
    )
    return browser
