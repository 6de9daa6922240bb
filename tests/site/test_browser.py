"""The built site in a real browser: Pagefind search finds an account, its page opens.

Serves the fixture build on 127.0.0.1 (helper W's port range) and drives Debian's
chromium with Playwright; screenshots land in ``artifacts/site-*.png`` for the README.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from scrapers.publish.build import BuildReport

CHROMIUM = Path("/usr/bin/chromium")
PORT = 18231
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium"),
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(built_site: BuildReport) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(built_site.output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{PORT}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def page(site_url: str) -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        yield context.new_page()
        browser.close()


@pytest.mark.parametrize(
    ("lang", "prefix", "heading"),
    [("en", "", "Evidence"), ("nl", "/nl", "Bewijs")],
)
def test_search_finds_an_account_and_its_page_opens(
    page: object, site_url: str, artifacts_dir: Path, lang: str, prefix: str, heading: str
) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(f"{site_url}{prefix}/")
    page.locator(".pagefind-ui__search-input").fill("anna")
    result = page.locator(".pagefind-ui__result-link").first
    expect(result).to_have_text("@anna.styles Anna Styles", timeout=15_000)
    page.screenshot(path=str(artifacts_dir / f"site-home-{lang}.png"), full_page=True)
    result.click()
    page.wait_for_url(f"**{prefix}/accounts/instagram/anna.styles/")
    expect(page.locator("h1")).to_contain_text("@anna.styles")
    expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    expect(page.locator("blockquote.excerpt").last).to_have_text(
        "<script>alert(1)</script> Mijn nieuwe crème van @zonly_nl! #ad code ANNA10"
    )
    expect(page.get_by_role("img", name="@anna.styles")).to_be_visible()
    page.screenshot(path=str(artifacts_dir / f"site-account-{lang}.png"), full_page=True)


@pytest.mark.parametrize(("lang", "prefix"), [("en", ""), ("nl", "/nl")])
def test_methodology_article_reads_in_both_languages(
    page: object, site_url: str, artifacts_dir: Path, lang: str, prefix: str
) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(f"{site_url}{prefix}/methodology/how-detection-works/")
    title = "How detection works" if lang == "en" else "Zo werkt de detectie"
    expect(page.locator("h1")).to_have_text(title)
    other, other_prefix = ("nl", "/nl") if lang == "en" else ("en", "")
    switch = page.locator(f'nav.languages a[hreflang="{other}"]')
    expect(switch).to_have_attribute("href", f"{other_prefix}/methodology/how-detection-works/")
    page.screenshot(path=str(artifacts_dir / f"site-methodology-{lang}.png"), full_page=True)
