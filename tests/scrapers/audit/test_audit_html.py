"""The HTML report is self-contained and no post text can put script into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import Engine

from scrapers.audit.matching import BrandSpec
from scrapers.audit.render import render
from scrapers.audit.service import audit_brand
from scrapers.demo.loader import demo_brands, demo_campaign, reference_verdict
from scrapers.models import Post
from scrapers.store.database import open_store, transaction
from scrapers.store.repository import store_post

HOSTILE = BrandSpec("evil", "Evilcorp", handles=("evilcorp",))
PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)> #ad @evilcorp'
LABEL = {"commercial": True, "disclosed": True, "verdict_nl": "disclosed", "kind": "sponsored",
         "note": "<script>alert('note')</script>", "problems_nl": []}


def hostile_report(store_url: str) -> str:
    engine = open_store(store_url)
    post = Post(PAYLOAD, platform="instagram", post_id="p1", author="x<script>",
                url="javascript:alert(1)", links=("javascript:alert(2)",))
    with transaction(engine) as session:
        store_post(session, post, [reference_verdict(LABEL, "nl")])
    with transaction(engine) as session:
        report = audit_brand(session, HOSTILE)
    engine.dispose()
    assert report.summary.posts == 1
    return render(report, "html")


def test_no_script_from_data(store_url: str) -> None:
    html = hostile_report(store_url)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None
    assert not any(attr.startswith("on") for tag in soup.find_all(True) for attr in tag.attrs)
    assert all(a["href"].startswith(("https://", "http://", "#")) for a in soup.find_all("a"))
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "script-src" not in html and "default-src 'none'" in html


def test_self_contained_no_external_resources(labelled_store: Engine) -> None:
    with transaction(labelled_store) as session:
        report = audit_brand(session, demo_brands()[0], campaign=demo_campaign("velvoria"))
    soup = BeautifulSoup(render(report, "html"), "html.parser")
    assert soup.find("link") is None and soup.find("img") is None
    assert soup.find("style") is not None
    assert "Fix first" in soup.get_text()


@pytest.mark.browser
def test_report_renders_in_chromium(tmp_path: Path, artifacts_dir: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    engine = open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    from scrapers.demo.loader import load_reference

    load_reference(engine)
    with transaction(engine) as session:
        report = audit_brand(session, demo_brands()[0], campaign=demo_campaign("velvoria"))
    page_file = tmp_path / "audit-report.html"
    page_file.write_text(render(report, "html"), encoding="utf-8")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(page_file.as_uri())
        assert page.title() == "Disclosure audit: Velvoria"
        assert page.locator("#summary [data-field=posts]").inner_text() == str(
            report.summary.posts)
        assert page.evaluate("document.scripts.length") == 0
        page.screenshot(path=str(artifacts_dir / "audit-report.png"), full_page=False)
        browser.close()
    engine.dispose()
    assert errors == []
    assert (artifacts_dir / "audit-report.png").stat().st_size > 10_000
