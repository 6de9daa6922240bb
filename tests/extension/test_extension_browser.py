"""The extension end to end in Debian's Chromium against the real API and saved pages.

Each test loads the unpacked extension, serves fixture pages in place of the real sites
(nothing touches the internet) and checks what a reader would see, and what the API saw.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from extension_harness import (
    FIXTURES,
    PAGE_ORIGIN,
    ApiServer,
    configure,
    extension_id,
    json_body,
    launch,
    route_fixtures,
    service_worker,
    tab_id,
    wait_for,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from scrapers.identity import lookup_hash
from scrapers.models import Post, Signal, Verdict
from scrapers.store.database import open_store, transaction
from scrapers.store.repository import store_post
from scrapers.store.schema import Report

pytestmark = pytest.mark.browser

EXPECTED: dict[str, dict[str, str | None]] = json.loads(
    (FIXTURES / "expected.json").read_text(encoding="utf-8")
)
BADGE = "[data-transparant-post]"


def badges(page: Any) -> dict[str, str]:
    return dict(
        page.eval_on_selector_all(
            BADGE,
            "els => els.map(e => [e.dataset.transparantPost, e.dataset.transparantVerdict])",
        )
    )


def wait_for_badges(page: Any, count: int, timeout: float = 20.0) -> dict[str, str]:
    found = wait_for(lambda: len(badges(page)) >= count and badges(page), timeout=timeout)
    time.sleep(0.4)  # anything still arriving would show up now
    return dict(found) if len(badges(page)) == len(found) else badges(page)


def open_popup(context: Any, tab_url: str) -> Any:
    popup = context.new_page()
    popup.set_viewport_size({"width": 400, "height": 640})
    tab = tab_id(context, tab_url)
    popup.goto(f"chrome-extension://{extension_id(context)}/popup/popup.html?tab={tab}")
    return popup


@pytest.mark.parametrize("url", list(EXPECTED))
def test_badges_on_sponsored_posts_only(analyse: Any, api: ApiServer, url: str) -> None:
    expected = {key: verdict for key, verdict in EXPECTED[url].items() if verdict}
    page = analyse.new_page()
    page.goto(url)
    assert wait_for_badges(page, len(expected)) == expected
    batches = api.received("POST", "/v1/analyze/batch")
    assert len(batches) == 1, "the posts on screen go out as one batch"
    sent = json_body(batches[0])["posts"]
    assert len(sent) == len(EXPECTED[url])
    for post in sent:
        assert set(post) <= {
            "id",
            "text",
            "platform",
            "jurisdiction",
            "links",
            "url",
            "language",
            "native_labels",
        }
    assert all("cookie" not in r.headers for r in api.requests)


def test_popup_shows_evidence_and_report_reaches_queue(
    analyse: Any, api: ApiServer, artifacts_dir: Path, tmp_path: Path
) -> None:
    page = analyse.new_page()
    page.goto("https://www.instagram.com/")
    wait_for_badges(page, 2)
    badge = page.locator('[data-transparant-post="instagram:C9bSanneKicks"]')
    badge.locator("button.t-badge").focus()
    page.keyboard.press("Enter")
    panel = badge.locator(".t-panel")
    panel.wait_for(state="visible")
    assert panel.get_attribute("role") == "dialog"
    assert "Signals of an undisclosed ad" in panel.inner_text()
    box = page.locator("article").nth(1).bounding_box()
    assert box is not None
    clip = {"x": box["x"], "y": box["y"], "width": 640, "height": 420}
    page.screenshot(path=str(artifacts_dir / "extension-badge.png"), clip=clip)
    page.keyboard.press("Escape")
    panel.wait_for(state="hidden")

    popup = open_popup(analyse, "https://www.instagram.com/*")
    item = popup.locator('article[data-transparant-post="instagram:C9bSanneKicks"]')
    item.wait_for()
    text = item.inner_text()
    assert "Signals of an undisclosed ad" in text
    marks = item.locator("mark").all_inner_texts()
    assert marks, "the matched text is highlighted"
    sent_text = next(
        p["text"]
        for b in api.received("POST", "/v1/analyze/batch")
        for p in json_body(b)["posts"]
        if "SANNE20" in p["text"]
    )
    assert all(mark in sent_text or mark.startswith("http") for mark in marks)
    assert item.locator(".t-rulebook a").get_attribute("href").startswith("https://")
    record = item.locator(".t-links a").first.get_attribute("href")
    assert record == "http://127.0.0.1:18151/accounts/instagram/sanne.sneakers/"
    popup.screenshot(path=str(artifacts_dir / "extension-popup.png"), full_page=True)

    item.locator('button[data-kind="wrong_label"]').click()
    item.locator(".t-report-status").filter(has_text="Thank you").wait_for()
    engine = open_store(api.database_url)
    with Session(engine) as session:
        rows = session.execute(select(Report.platform, Report.post_ref, Report.kind)).all()
    assert [tuple(row) for row in rows] == [("instagram", "C9bSanneKicks", "wrong_label")]


def _seed(database_url: str, platform: str, post_id: str, verdict: Verdict) -> None:
    """Put a post and its verdict in the store, as a scan would."""
    with transaction(open_store(database_url), write=True) as session:
        store_post(session, Post(text="stored", platform=platform, post_id=post_id), [verdict])


def test_lookup_only_mode_sends_no_text(browser: Any, api: ApiServer) -> None:
    stored = Verdict(
        verdict="undisclosed",
        commercial=True,
        disclosed=False,
        confidence=0.9,
        signals=(Signal("commercial", "commercial.discount_code", "code SANNE20", 0.8),),
        jurisdiction="nl",
        rulebook_version="nl-test",
        language="nl",
        explanation="A discount code and an affiliate link, and no disclosure.",
    )
    _seed(api.database_url, "instagram", "C9bSanneKicks", stored)
    configure(browser, apiBase=api.base)  # no consent: the default, look-up only
    page = browser.new_page()
    page.goto("https://www.instagram.com/")
    assert wait_for_badges(page, 1) == {"instagram:C9bSanneKicks": "undisclosed"}
    wait_for(lambda: len(api.requests) >= 1)
    time.sleep(0.5)
    assert len(api.requests) == 1, "the three posts' prefixes go out in one request"
    (request,) = api.requests
    assert (request.method, request.path, request.query) == ("POST", "/v1/lookup", "")
    body = json_body(request)
    assert list(body) == ["prefixes"], "nothing but the prefixes: no text, links or ids"
    assert len(body["prefixes"]) == 3
    assert all(re.fullmatch(r"[0-9a-f]{6}", prefix) for prefix in body["prefixes"])
    assert lookup_hash("instagram", "C9bSanneKicks")[:6] in body["prefixes"]
    for text in (b"SANNE", b"code", b"Sanne", b"instagram"):
        assert text not in request.body
    assert "cookie" not in request.headers and "referer" not in request.headers


def test_hostile_caption_executes_nothing(analyse: Any, api: ApiServer) -> None:
    page = analyse.new_page()
    page.goto("https://www.instagram.com/p/HOSTILE0001/")
    assert wait_for_badges(page, 1) == {"instagram:HOSTILE0001": "disclosed"}
    page.locator(BADGE).locator("button.t-badge").click()
    panel = page.locator(BADGE).locator(".t-panel")
    panel.wait_for(state="visible")
    popup = open_popup(analyse, "https://www.instagram.com/*")
    popup.locator("article[data-transparant-post]").wait_for()
    time.sleep(0.5)
    assert page.evaluate("window.__transparantPwned") is None
    assert popup.evaluate("window.__transparantPwned") is None
    assert page.locator("img[src=x]").count() == 0
    assert popup.locator("img").count() == 0
    assert (
        '<img src=x onerror="window.__transparantPwned=1">'
        in popup.locator(".post-meta").inner_text()
    )


def test_article_mode_runs_only_when_asked(analyse: Any, api: ApiServer) -> None:
    page = analyse.new_page()
    page.goto(f"{PAGE_ORIGIN}/blog/beste-airfryers-2026/")
    time.sleep(1.0)
    assert badges(page) == {} and api.requests == [], "nothing runs on other sites by itself"
    popup = open_popup(analyse, f"{PAGE_ORIGIN}/blog/beste-airfryers-2026/")
    popup.locator("#check-page").click()
    key = f"blog:{PAGE_ORIGIN}/blog/beste-airfryers-2026/"
    assert wait_for_badges(page, 1) == {key: "undisclosed"}
    (sent,) = json_body(api.received("POST", "/v1/analyze/batch")[0])["posts"]
    assert sent["url"] == f"{PAGE_ORIGIN}/blog/beste-airfryers-2026/"
    assert any("tag=kookblogkim-21" in link for link in sent["links"])
    popup.locator(f'article[data-transparant-post="{key}"]').wait_for()


def test_organic_article_gets_no_badge(analyse: Any, api: ApiServer) -> None:
    page = analyse.new_page()
    page.goto(f"{PAGE_ORIGIN}/blog/herfstwandeling-veluwe/")
    popup = open_popup(analyse, f"{PAGE_ORIGIN}/blog/herfstwandeling-veluwe/")
    popup.locator("#check-page").click()
    popup.get_by_text("No signals of advertising found on this page.").wait_for()
    assert len(api.received("POST", "/v1/analyze/batch")) == 1
    assert badges(page) == {}


def test_api_down_means_no_badges_and_a_quiet_status(browser: Any, api: ApiServer) -> None:
    configure(browser, apiBase="http://127.0.0.1:18149", mode="analyse", consent=True)
    page = browser.new_page()
    page.goto("https://www.instagram.com/")
    time.sleep(1.0)
    popup = open_popup(browser, "https://www.instagram.com/*")

    def quiet_status() -> bool:
        popup.reload()
        return "cannot be reached" in popup.locator("#status").inner_text()

    wait_for(quiet_status, timeout=20, interval=0.5)
    assert badges(page) == {}
    assert page.locator("article").count() == 3


def test_saved_fixture_page_by_hand_on_localhost(analyse: Any, api: ApiServer) -> None:
    """The README's way to try a fixture without routing: served from 127.0.0.1, on request."""
    url = f"{PAGE_ORIGIN}/youtube-watch.html?v=Pix9Review0"
    page = analyse.new_page()
    page.goto(url)
    popup = open_popup(analyse, f"{PAGE_ORIGIN}/youtube-watch.html*")
    popup.locator("#check-page").click()
    expected = EXPECTED["https://www.youtube.com/watch?v=Pix9Review0"]
    flagged = {key: verdict for key, verdict in expected.items() if verdict}
    assert wait_for_badges(page, len(flagged)) == flagged


def test_dutch_interface(tmp_path: Path, api: ApiServer, chromium: None) -> None:
    """With a Dutch browser, badges, labels and the panel speak Dutch (``_locales/nl``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = launch(playwright, tmp_path / "profile-nl", language="nl")
        try:
            route_fixtures(context)
            configure(context, apiBase=api.base, mode="analyse", consent=True)
            page = context.new_page()
            page.goto("https://www.instagram.com/")
            wait_for_badges(page, 2)
            button = page.locator(
                '[data-transparant-post="instagram:C9bSanneKicks"] button.t-badge'
            )
            assert button.inner_text().endswith("Signalen van niet-gemelde reclame")
            assert button.get_attribute("aria-label") == (
                "Transparant: Signalen van niet-gemelde reclame. Toon het bewijs."
            )
            button.click()
            panel = page.locator('[data-transparant-post="instagram:C9bSanneKicks"] .t-panel')
            assert "Bewijs" in panel.inner_text()
            assert "Dit label klopt niet" in panel.inner_text()
        finally:
            context.close()


def test_worker_restart_keeps_verdicts(analyse: Any, api: ApiServer) -> None:
    """A stopped service worker loses nothing: the verdicts come back from session storage."""
    worker = service_worker(analyse)
    worker.evaluate("globalThis.__before_restart = true")
    page = analyse.new_page()
    page.goto("https://www.instagram.com/")
    first = wait_for_badges(page, 2)
    cdp = analyse.new_cdp_session(page)
    cdp.send("ServiceWorker.enable")
    cdp.send("ServiceWorker.stopAllWorkers")
    page.reload()
    assert wait_for_badges(page, 2) == first
    assert service_worker(analyse).evaluate("globalThis.__before_restart") is None, "not restarted"
    assert len(api.received("POST", "/v1/analyze/batch")) == 1
