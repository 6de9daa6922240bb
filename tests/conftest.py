"""Fixtures shared by the whole suite: stores on SQLite and on a real PostgreSQL.

``store_url`` is parametrised over both backends.  PostgreSQL comes from
``TRANSPARANT_TEST_POSTGRES_URL`` (``make test`` starts a throwaway server on
127.0.0.1); without it the PostgreSQL half is skipped locally and fails under CI,
so a green CI run always means both backends were tested.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from scrapers.store.database import make_engine, open_store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPORA = ROOT.parent / "shared" / "corpora"
ARTIFACTS = ROOT / "artifacts"


def postgres_url() -> str | None:
    url = os.environ.get("TRANSPARANT_TEST_POSTGRES_URL")
    if not url and os.environ.get("CI"):
        pytest.fail("CI must provide TRANSPARANT_TEST_POSTGRES_URL (see scripts/services.sh)")
    return url


def _reset_postgres(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(autouse=True)
def no_store_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the developer's own store (``TRANSPARANT_DATABASE_URL``)."""
    monkeypatch.delenv("TRANSPARANT_DATABASE_URL", raising=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store's URL, once on SQLite and once on PostgreSQL (marked ``postgres``)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
        return
    url = postgres_url()
    if url is None:
        pytest.skip("no PostgreSQL server (set TRANSPARANT_TEST_POSTGRES_URL or run make test)")
    _reset_postgres(url)
    yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Engine]:
    """An empty, migrated store (``open_store``) on each backend; disposed afterwards."""
    engine = open_store(store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def corpora() -> Path:
    """The shared real-world corpora; tests that need them skip cleanly where absent."""
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is not beside this checkout")
    return CORPORA


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where browser tests save screenshots that the README links to."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
