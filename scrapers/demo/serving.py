"""The serving half of ``transparant demo``: the API under gunicorn and the static site.

The API runs as a child process (``transparant serve``, gunicorn with two workers);
the site is served from a thread of this process.  :class:`DemoServers` stops both
cleanly — SIGTERM to gunicorn (graceful), then the site server — whether the demo
ends by Ctrl-C, SIGTERM or an error.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from types import TracebackType

API_START_SECONDS = 90.0
PROJECT_ROOT = Path(__file__).resolve().parents[2]
"""Put first on the API's path, so a stale editable install cannot hide ``extension_api``."""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site without logging every request to the terminal."""

    def log_message(self, format: str, *args: object) -> None:
        return


class DemoServers:
    """The API child process and the site server thread, as one context manager."""

    def __init__(self, database_url: str, site_dir: Path, port_api: int, port_site: int) -> None:
        self.database_url = database_url
        self.site_dir = site_dir
        self.port_api = port_api
        self.port_site = port_site
        self._api: subprocess.Popen[bytes] | None = None
        self._site: http.server.ThreadingHTTPServer | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port_api}"

    @property
    def site_url(self) -> str:
        return f"http://127.0.0.1:{self.port_site}"

    def __enter__(self) -> DemoServers:
        handler = functools.partial(QuietHandler, directory=str(self.site_dir))
        self._site = http.server.ThreadingHTTPServer(("127.0.0.1", self.port_site), handler)
        threading.Thread(target=self._site.serve_forever, name="demo-site", daemon=True).start()
        env = {**os.environ, "TRANSPARANT_DATABASE_URL": self.database_url,
               "TRANSPARANT_SITE_URL": self.site_url,
               "PYTHONPATH": os.pathsep.join(filter(None, (str(PROJECT_ROOT),
                                                            os.environ.get("PYTHONPATH"))))}
        self._api = subprocess.Popen(
            [sys.executable, "-m", "scrapers.cli", "serve", "--host", "127.0.0.1",
             "--port", str(self.port_api), "--workers", "2"],
            env=env,
        )
        self._wait_for_api()
        return self

    def _wait_for_api(self) -> None:
        deadline = time.monotonic() + API_START_SECONDS
        while time.monotonic() < deadline:
            if self._api is not None and self._api.poll() is not None:
                raise RuntimeError(f"the API exited with status {self._api.returncode}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/v1/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"the API did not answer on {self.api_url} within "
                           f"{API_START_SECONDS:.0f} s")

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop gunicorn gracefully (SIGTERM, then SIGKILL after 25 s) and the site server."""
        if self._api is not None and self._api.poll() is None:
            self._api.terminate()
            try:
                self._api.wait(timeout=25)
            except subprocess.TimeoutExpired:
                self._api.kill()
                self._api.wait()
        self._api = None
        if self._site is not None:
            self._site.shutdown()
            self._site.server_close()
            self._site = None
