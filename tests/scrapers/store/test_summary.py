"""summarise_store counts what ``transparant stats`` prints, on both backends."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine

from scrapers.models import VERDICTS, Post, Verdict
from scrapers.store.database import transaction
from scrapers.store.repository import BrandRecord, store_post, upsert_brand
from scrapers.store.summary import summarise_store

ORGANIC = Verdict("organic", False, False, 0.9, (), "nl", "nl-1", "nl", detector_version="1")


def test_counts_current_verdicts_by_label(store: Engine) -> None:
    with transaction(store, write=True) as session:
        store_post(session, Post("a", platform="instagram", post_id="1", author="anna"), [ORGANIC])
        store_post(session, Post("b", platform="instagram", post_id="2", author="anna"), [ORGANIC])
        upsert_brand(session, BrandRecord("zara", "Zara"))
    undisclosed = replace(ORGANIC, verdict="undisclosed", commercial=True, rulebook_version="nl-2")
    with transaction(store, write=True) as session:
        store_post(
            session, Post("a", platform="instagram", post_id="1", author="anna"), [undisclosed]
        )

    summary = summarise_store(store).to_dict()

    assert list(summary) == ["posts", "accounts", "brands", "verdicts", "scan_runs"]
    assert summary["verdicts"] == {**dict.fromkeys(VERDICTS, 0), "organic": 1, "undisclosed": 1}
    assert (summary["posts"], summary["accounts"], summary["brands"], summary["scan_runs"]) == (
        2,
        1,
        1,
        0,
    )
