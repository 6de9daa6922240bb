"""A scan killed with SIGKILL mid-way loses nothing it wrote, and the resume duplicates nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixture_source import LABEL, POSTS, FolderOfPosts
from sqlalchemy import Engine, func, select

from scrapers.pipeline import scan_sources
from scrapers.store.schema import Account, Post, ScanItem, ScanRun, Verdict

HELPER = Path(__file__).with_name("fixture_source.py")
ROOT = Path(__file__).resolve().parents[3]
TOTAL = len(list(POSTS.glob("*.json")))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def scalar(engine: Engine, statement: object) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(statement) or 0)  # type: ignore[call-overload]


def done_items(engine: Engine) -> int:
    return scalar(
        engine, select(func.count()).select_from(ScanItem).where(ScanItem.status == "done")
    )


def kill_mid_scan(engine: Engine, url: str) -> int:
    """Start a slow scan in a subprocess, SIGKILL it once a few items are done."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, str(HELPER), url, "0.2"], cwd=ROOT, env=environment)
    try:
        deadline = time.monotonic() + 60
        while done_items(engine) < 5:
            assert process.poll() is None, "the scan ended before it could be killed"
            assert time.monotonic() < deadline, "the scan made no progress"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
    return done_items(engine)


def test_sigkill_then_resume_loses_and_duplicates_nothing(store: Engine, store_url: str) -> None:
    done = kill_mid_scan(store, store_url)
    assert 5 <= done < TOTAL
    # What the killed run committed is all there: each done item with its post and verdicts.
    assert scalar(store, select(func.count()).select_from(Post)) == done
    assert scalar(store, select(func.count()).select_from(Verdict)) == 2 * done
    with store.connect() as connection:
        assert connection.scalar(select(ScanRun.status)) == "running"

    summary = scan_sources(store, [FolderOfPosts()], ("nl", "us"), labels=[LABEL])

    assert (summary.resumed, summary.skipped, summary.new, summary.error_count) == (
        True,
        done,
        TOTAL - done,
        0,
    )
    assert scalar(store, select(func.count()).select_from(ScanRun)) == 1
    assert scalar(store, select(func.count()).select_from(Post)) == TOTAL
    assert scalar(store, select(func.count(func.distinct(Post.post_id)))) == TOTAL
    assert scalar(store, select(func.count()).select_from(Verdict)) == 2 * TOTAL
    with store.connect() as connection:
        per_pair = connection.execute(
            select(func.count())
            .select_from(Verdict)
            .where(Verdict.is_current.is_(True))
            .group_by(Verdict.post_id, Verdict.jurisdiction)
        ).scalars()
        assert set(per_pair) == {1}
        assert connection.scalar(select(ScanRun.status)) == "finished"
    assert done_items(store) == TOTAL
    with store.connect() as connection:  # niches cover the posts of both attempts
        niches = {
            row[0]: row[1] for row in connection.execute(select(Account.handle, Account.niches))
        }
    assert niches["fitwithtom"] == ["fitness"] and niches["glowbyjade"] == ["beauty"]
