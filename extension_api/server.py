"""Run the API: gunicorn with several workers in production, Flask's server for development.

The store is opened (created or migrated) once, in the parent, before any worker
starts, so workers never race to migrate it; a secret salt is fixed for the whole
server so that every worker hashes an IP or client secret the same way.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Mapping
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

from extension_api.app import create_app
from extension_api.config import ENV_PREFIX, load_config
from scrapers.store.database import open_store

LOG = logging.getLogger("transparant.api")


class GunicornServer(BaseApplication):  # type: ignore[misc]
    """gunicorn's own application class, configured in code and loading ``create_app``."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.options = dict(options)
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return create_app()


def gunicorn_options(host: str, port: int, workers: int) -> dict[str, Any]:
    """Threaded workers with keep-alive, bounded request lines, graceful restarts.

    The extension sends many small requests over one connection: ``gthread`` keeps
    it open (sync workers close after every response and then wait for the client's
    FIN, which tripled the cost of a request in ``bench/api_load.py``). The GIL keeps
    one worker on one core, so ``workers`` ≈ cores; threads overlap store round trips.
    """
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": 4,
        "timeout": 30,
        "graceful_timeout": 20,
        "keepalive": 5,
        "limit_request_line": 4096,
        "limit_request_fields": 50,
        "accesslog": None,  # the app writes its own structured access log
        "errorlog": "-",
        "proc_name": "transparant-api",
        "control_socket_disable": True,  # one shared socket path would clash between servers
    }


def prepare_environment(environ: dict[str, str] | None = None) -> None:
    """Migrate the store once and fix one salt for every worker of this server."""
    env = os.environ if environ is None else environ
    if not env.get(ENV_PREFIX + "SECRET_SALT"):
        LOG.warning("TRANSPARANT_SECRET_SALT is not set; IP hashes last only until restart")
        env[ENV_PREFIX + "SECRET_SALT"] = secrets.token_hex(32)
    config = load_config(environ=env)
    open_store(config.database_url).dispose()


def run_gunicorn(host: str, port: int, workers: int) -> None:
    prepare_environment()
    GunicornServer(gunicorn_options(host, port, workers)).run()


def run_development(host: str, port: int) -> None:
    """Flask's single-process server, threaded; not for production."""
    prepare_environment()
    create_app().run(host=host, port=port, threaded=True, debug=False, use_reloader=False)
