"""Run ``transparant serve`` as a child process: for tests, benchmarks and the demo.

The child is started in its own process group so that it (the gunicorn master)
and its workers can be stopped together — gracefully with SIGTERM, or abruptly
with SIGKILL to simulate a crash — without touching any other process.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType


def free_port(first: int, last: int, host: str = "127.0.0.1") -> int:
    """The first port in ``first..last`` that nothing is listening on."""
    for port in range(first, last + 1):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((host, port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {first}-{last}")


class ServerProcess:
    """One ``transparant serve`` child on ``host:port`` with the given settings."""

    def __init__(
        self,
        port: int,
        settings: Mapping[str, str],
        workers: int = 2,
        host: str = "127.0.0.1",
        log_path: Path | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.workers = workers
        self.env = {**os.environ, **{f"TRANSPARANT_{k}": v for k, v in settings.items()}}
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 30.0) -> ServerProcess:
        command = [
            sys.executable,
            "-m",
            "scrapers.cli",
            "serve",
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--workers",
            str(self.workers),
        ]
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            command, env=self.env, stdout=log, stderr=log, start_new_session=True
        )
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"server exited with status {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/v1/health", timeout=1) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        raise TimeoutError(f"server on port {self.port} not ready after {timeout} s")

    def stop(self, how: signal.Signals = signal.SIGTERM, timeout: float = 30.0) -> None:
        """Signal the whole process group (master and workers) and wait for the master."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, how)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout)

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
