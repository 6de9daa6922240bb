"""The site fixture store, loaded into either backend (``store_url``: SQLite and PostgreSQL).

Test modules bind these fixtures by name; it is not a ``conftest.py`` because two
conftest files outside packages clash under ``--doctest-modules``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

LOADER = Path(__file__).resolve().parents[2] / "fixtures" / "site" / "store_loader.py"


def _load(url: str) -> Engine:
    spec = importlib.util.spec_from_file_location("site_store_loader", LOADER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    engine: Engine = module.load_fixture_store(url)
    return engine


@pytest.fixture
def fixture_store(store_url: str) -> Iterator[Engine]:
    """The fixture store on each backend, for what touches SQL."""
    engine = _load(store_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Engine]:
    """The fixture store on SQLite only, for logic above the SQL."""
    engine = _load(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        yield engine
    finally:
        engine.dispose()
