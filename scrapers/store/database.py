"""Open the store: resolve its URL, make an engine, hand out transactional sessions.

The URL comes from ``TRANSPARANT_DATABASE_URL``; without it the store is a SQLite
file in the user's data directory (or ``--data-dir``), opened in WAL mode so the
API can read while a scan writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DATABASE_URL_ENV = "TRANSPARANT_DATABASE_URL"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("transparant", appauthor=False))


def resolve_database_url(url: str | None = None, data_dir: str | Path | None = None) -> str:
    """Pick the store's URL: explicit, then environment, then a SQLite file in the data dir.

    >>> resolve_database_url("sqlite:///x.db")
    'sqlite:///x.db'
    >>> resolve_database_url(None, "/tmp/t").endswith("/tmp/t/transparant.sqlite3")
    True
    """
    if url:
        return url
    if data_dir is None and os.environ.get(DATABASE_URL_ENV):
        return os.environ[DATABASE_URL_ENV]
    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / 'transparant.sqlite3'}"


def make_engine(url: str, **options: Any) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        options.setdefault("connect_args", {"timeout": 30})
        engine = create_engine(url, **options)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    options.setdefault("pool_pre_ping", True)
    return create_engine(url, **options)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed together or not at all."""
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory.begin() as session:
        yield session


def open_store(url: str | None = None, data_dir: str | Path | None = None) -> Engine:
    """Open (and create or migrate) the store; the one call the API, site and demo use.

    PROVISIONAL body: creates tables from the schema; the store work (issue 3) replaces
    it with ``alembic upgrade head``. The signature is the contract.
    """
    from scrapers.store.schema import Base

    engine = make_engine(resolve_database_url(url, data_dir))
    Base.metadata.create_all(engine)
    return engine
