"""The snapshot reads only what may be published, the same way on SQLite and PostgreSQL."""

from __future__ import annotations

import publish_fixtures
from sqlalchemy import Engine

from scrapers.publish.snapshot import take_snapshot

fixture_store = publish_fixtures.fixture_store


def test_snapshot_holds_current_primary_verdicts_only(fixture_store: Engine) -> None:
    snapshot = take_snapshot(fixture_store, "nl")
    assert len(snapshot.posts) == 11
    assert {p.rulebook_version for p in snapshot.posts} == {"nl-2026.1"}
    by_id = {p.post_id: p for p in snapshot.posts}
    assert by_id["AnnaP3"].verdict == "undisclosed"
    assert by_id["AnnaP4"].verdict == "organic" and by_id["AnnaP4"].text is None
    assert by_id["AnnaP1"].text is not None and by_id["AnnaP1"].text.startswith("<script>")
    assert by_id["AnnaP1"].published_at is not None and by_id["AnnaP1"].published_at.tzinfo


def test_snapshot_evidence_and_versions(fixture_store: Engine) -> None:
    snapshot = take_snapshot(fixture_store, "nl")
    texts = {s.text for signals in snapshot.signals.values() for s in signals}
    assert "code ANNA10" in texts and "SUPERSEDED-SIGNAL" not in texts
    assert snapshot.rulebook_versions == (
        "de-2026.1",
        "fr-2026.1",
        "nl-2026.1",
        "uk-2026.1",
        "us-2026.1",
    )
    assert snapshot.detector_versions == ("2026.11.1",)


def test_snapshot_keeps_accepted_disputes_only(fixture_store: Engine) -> None:
    snapshot = take_snapshot(fixture_store, "nl")
    assert [d.post_ref for d in snapshot.disputes] == ["AnnaP3"]


def test_snapshot_counts_every_jurisdiction(fixture_store: Engine) -> None:
    snapshot = take_snapshot(fixture_store, "nl")
    counts = {(c.platform, c.jurisdiction, c.verdict): c.count for c in snapshot.verdict_counts}
    assert counts[("instagram", "nl", "disclosed")] == 2
    assert counts[("instagram", "us", "unclear_disclosure")] == 2
    assert sum(c.count for c in snapshot.verdict_counts) == 11 * 5


def test_snapshot_matches_brands(fixture_store: Engine) -> None:
    snapshot = take_snapshot(fixture_store, "nl")
    brands = {b.id: b.slug for b in snapshot.brands}
    matched = {p.post_id: sorted(brands[b] for b in p.brand_ids) for p in snapshot.posts}
    assert matched["AnnaP1"] == ["zonly"]
    assert matched["AnnaP2"] == ["zonly"]
    assert matched["yt-abc123"] == ["fietsfabriek"]
    assert matched["AnnaP4"] == []
