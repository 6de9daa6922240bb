"""``transparant demo`` from a clean directory: site, API and audit answer, clean shutdown.

Runs the real command in a subprocess (as ``make demo`` does), on ports of this
test's own range, with a time limit; then stops it with SIGINT (Ctrl-C) and
expects a clean exit with both servers gone.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PORT_API, PORT_SITE = 18310, 18311
START_LIMIT = 300.0
"""The issue's limit: a working site, API and audit within 5 minutes on 2 cores."""
READY = "Press Ctrl-C to stop"


class Output:
    """The demo's output, read on a thread so a pipe never blocks the test."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._pump, args=(process.stdout,), daemon=True)
        self._thread.start()

    def _pump(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self.lines.append(line)
            if line.startswith(READY):
                self.ready.set()
        self.ready.set()
        self.done.set()

    @property
    def text(self) -> str:
        return "".join(self.lines)


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=30) as reply:
        return reply.status, reply.read()


def _port_closed(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def _check_running(printed: str) -> None:
    assert "420 posts seen" in printed
    audit = re.search(r"Summary: (\d+) creators; posts (\d+), commercial (\d+)", printed)
    assert audit and int(audit.group(2)) >= 60 and int(audit.group(3)) > 0
    assert "Fix first:" in printed and "chrome://extensions" in printed
    token = re.search(r"Bearer (tpb_[0-9a-f]{16}_[\w-]+)", printed)
    assert token
    _check_audit_api(token.group(1), int(audit.group(2)))
    status, page = _get(f"http://127.0.0.1:{PORT_SITE}/")
    assert status == 200 and b"<html" in page.lower()
    assert _get(f"http://127.0.0.1:{PORT_SITE}/nl/")[0] == 200
    status, body = _get(f"http://127.0.0.1:{PORT_API}/v1/health")
    assert status == 200 and json.loads(body)["status"] == "ok"
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORT_API}/v1/analyze", method="POST",
        data=json.dumps({"text": "#ad Mijn nieuwe serum van @velvoria"}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as reply:
        assert json.load(reply)["verdict"] == "disclosed"


def _check_audit_api(token: str, posts: int) -> None:
    """The API's brand audit (helper A's endpoint over scrapers.audit) agrees with the CLI's."""
    url = f"http://127.0.0.1:{PORT_API}/v1/brands/velvoria/audit"
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=60) as reply:
        assert json.load(reply)["summary"]["posts"] == posts
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(url, timeout=30)
    assert refused.value.code in (401, 403)


@pytest.mark.slow
def test_demo_serves_site_api_and_audit(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRANSPARANT_")}
    env.update(TRANSPARANT_SECRET_SALT="demo-test-salt", PYTHONPATH=str(ROOT),
               PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapers.cli", "demo", "--data-dir", str(tmp_path / "data"),
         "--port-api", str(PORT_API), "--port-site", str(PORT_SITE), "--no-search"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    output = Output(process)
    try:
        assert output.ready.wait(START_LIMIT) and READY in output.text, output.text[-3000:]
        _check_running(output.text)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    output.done.wait(10)
    assert process.returncode == 0, output.text[-3000:]
    assert "Stopped." in output.text
    assert _port_closed(PORT_API) and _port_closed(PORT_SITE)
