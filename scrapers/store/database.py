"""Open the store: resolve its URL, make an engine, hand out transactional sessions.

The URL comes from ``TRANSPARANT_DATABASE_URL``; without it the store is a SQLite
file in the user's data directory (or ``--data-dir``), opened in WAL mode so the
API can read while a scan writes.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from scrapers.store.migrate import schema_version, upgrade

__all__ = [
    "DATABASE_URL_ENV",
    "default_data_dir",
    "make_engine",
    "open_store",
    "resolve_database_url",
    "schema_version",
    "transaction",
]

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
    """Create an engine; SQLite gets WAL, foreign keys, a busy timeout and real transactions.

    pysqlite's own transaction handling neither wraps DDL nor lets a writer take its
    lock up front; SQLAlchemy's documented recipe turns it off and emits ``BEGIN``
    itself.  ``engine.execution_options(sqlite_begin="IMMEDIATE")`` gives writers
    that take the write lock at once, so concurrent writers wait instead of failing.
    """
    if url.startswith("sqlite"):
        connect_args = options.setdefault("connect_args", {})
        connect_args.setdefault("timeout", 30)
        connect_args["isolation_level"] = None
        engine = create_engine(url, **options)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    options.setdefault("pool_pre_ping", True)
    return create_engine(url, **options)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    _use_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


WAL_WAIT = 30.0
"""Seconds to keep retrying the switch to WAL while other processes hold the new file."""


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch a store to WAL once; wait while another process switches or migrates it.

    Changing the journal mode needs the file to itself, and SQLite answers "database is
    locked" at once rather than through the busy timeout, so gunicorn workers that open a new
    store together would fail. A store already in WAL is left alone (no lock needed).
    """
    deadline = time.monotonic() + WAL_WAIT
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY)


WAL_RETRY = 0.05


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())


@contextmanager
def transaction(engine: Engine, *, write: bool = False) -> Iterator[Session]:
    """A session whose work is committed together or not at all.

    ``write=True`` takes SQLite's write lock when the transaction starts, so a
    read-then-write transaction never fails because another writer went first.
    """
    if write:
        engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory.begin() as session:
        yield session


def open_store(url: str | None = None, data_dir: str | Path | None = None) -> Engine:
    """Open the store, creating or migrating it (``alembic upgrade head``) first.

    The one call the scanner, the API, the site and the demo use.
    """
    engine = make_engine(resolve_database_url(url, data_dir))
    upgrade(engine)
    return engine
