"""The non-serving half of ``transparant demo``: load, scan, build, audit.

Each step uses the project's own parts — the JSONL importer and scan pipeline, the
detector under several rulebooks, the site builder and the brand audit — so the
demo shows the real system, not a mock of it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from scrapers.audit.render import render_text
from scrapers.audit.service import audit_brand
from scrapers.audit.tokens import create_brand_token
from scrapers.demo.loader import demo_brands, demo_campaign, scan_corpus
from scrapers.store.database import open_store, transaction
from scrapers.store.schema import Brand

DEMO_JURISDICTIONS = ("nl", "us", "uk", "de", "fr")
SAMPLE_BRAND = "velvoria"
SAMPLE_LINES = 14


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the demo made: where the store and site are, a token, a sample audit."""

    database_url: str
    site_dir: Path
    scan_line: str
    site_line: str
    sample_audit: str
    token: str


def prepare_demo(
    database_url: str, site_dir: Path, say: Callable[[str], None], search: bool = True
) -> Prepared:
    """Load and scan the demo corpus, build the site, issue a token and run a sample audit."""
    engine = open_store(database_url)
    try:
        started = time.perf_counter()
        say(f"Loading and scanning the fictional demo corpus under "
            f"{', '.join(j.upper() for j in DEMO_JURISDICTIONS)} …")
        summary = scan_corpus(engine, DEMO_JURISDICTIONS)
        scan_line = f"{summary.line()} ({time.perf_counter() - started:.1f} s)"
        say(scan_line)
        say("Building the transparency site …")
        site_line = _build_site(database_url, site_dir, search)
        say(site_line)
        token = _issue_token(engine)
        sample = _sample_audit(engine)
    finally:
        engine.dispose()
    return Prepared(database_url, site_dir, scan_line, site_line, sample, token)


def _build_site(database_url: str, site_dir: Path, search: bool) -> str:
    from scrapers.publish import build_site

    report = build_site(database_url, site_dir, ("en", "nl"), search=search)
    return (f"Built {report.store_pages} pages ({report.accounts} accounts, {report.brands} "
            f"brands) into {report.output} in {report.total_seconds:.1f} s")


def _issue_token(engine: Engine) -> str:
    with transaction(engine) as session:
        brand_id = session.scalar(select(Brand.id).where(Brand.slug == SAMPLE_BRAND))
        if brand_id is None:
            raise RuntimeError("the demo brands were not stored")
        return create_brand_token(session, brand_id)


def _sample_audit(engine: Engine) -> str:
    brand = next(b for b in demo_brands() if b.slug == SAMPLE_BRAND)
    with transaction(engine) as session:
        report = audit_brand(session, brand, jurisdiction="nl",
                             campaign=demo_campaign(SAMPLE_BRAND))
    lines = render_text(report).splitlines()
    return "\n".join(lines[:SAMPLE_LINES])
