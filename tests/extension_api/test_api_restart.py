"""A server restarted (gracefully, by reload, and by a crash) during a stream of reports
loses no report it answered 2xx to: each report is committed before it is acknowledged."""

from __future__ import annotations

import json
import signal
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from extension_api.process import ServerProcess, free_port
from scrapers.store.database import make_engine, open_store
from scrapers.store.schema import Report

PORTS = (18010, 18049)
SENDERS = 4


class ReportStream:
    """Threads posting numbered reports until told to stop; remembers which were accepted."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.accepted: set[str] = set()
        self.failed = 0
        self.sent = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._send, args=(n,)) for n in range(SENDERS)]

    def __enter__(self) -> ReportStream:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()

    def accepted_count(self) -> int:
        with self._lock:
            return len(self.accepted)

    def wait_for_more(self, count: int, timeout: float = 60.0) -> None:
        target = self.accepted_count() + count
        deadline = time.monotonic() + timeout
        while self.accepted_count() < target:
            assert time.monotonic() < deadline, "the server stopped accepting reports"
            time.sleep(0.05)

    def _send(self, sender: int) -> None:
        number = 0
        while not self._stop.is_set():
            number += 1
            note = f"restart-test sender={sender} n={number}"
            if self._post(note):
                with self._lock:
                    self.accepted.add(note)
            else:
                with self._lock:
                    self.failed += 1
                time.sleep(0.05)

    def _post(self, note: str) -> bool:
        body = {
            "platform": "instagram",
            "post_ref": note.replace(" ", "_"),
            "kind": "undisclosed_ad",
            "note": note,
            "client_secret": f"restart-test-secret-{note}",
        }
        request = urllib.request.Request(
            f"{self.base_url}/v1/reports",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return 200 <= answer.status < 300
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False


def stored_notes(url: str) -> list[str]:
    engine = make_engine(url)
    with Session(engine) as session:
        notes = list(session.scalars(select(Report.note)))
    engine.dispose()
    return notes


@pytest.mark.slow
def test_restarts_during_a_report_stream_lose_no_accepted_report(
    store_url: str, tmp_path: Path
) -> None:
    open_store(store_url).dispose()
    settings = {
        "DATABASE_URL": store_url,
        "RATE_LIMITS": "off",
        "SECRET_SALT": "restart-test",
        "ACCESS_LOG": "off",
    }
    server = ServerProcess(free_port(*PORTS), settings, log_path=tmp_path / "server.log")
    server.start()
    try:
        with ReportStream(server.base_url) as stream:
            stream.wait_for_more(10)
            assert server.process is not None
            server.process.send_signal(signal.SIGHUP)  # reload: workers replaced gracefully
            stream.wait_for_more(10)
            server.stop(signal.SIGTERM)  # graceful stop and start again
            server.start()
            stream.wait_for_more(10)
            server.stop(signal.SIGKILL)  # crash: master and workers killed mid-request
            server.start()
            stream.wait_for_more(10)
    finally:
        server.stop()
    notes = stored_notes(store_url)
    assert len(notes) == len(set(notes)), "a report was stored twice"
    lost = stream.accepted - set(notes)
    assert not lost, f"{len(lost)} accepted reports were lost: {sorted(lost)[:5]}"
    assert len(stream.accepted) >= 40
