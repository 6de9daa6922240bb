"""The shipped Alembic migrations create exactly the schema the models describe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from scrapers.store.database import open_store, schema_version
from scrapers.store.migrate import head_revision
from scrapers.store.schema import Base


def test_open_store_migrates_to_head(store: Engine) -> None:
    assert schema_version(store) == head_revision()
    tables = set(inspect(store).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrations_match_the_models(store: Engine) -> None:
    with store.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_opening_twice_changes_nothing(store_url: str) -> None:
    first = open_store(store_url)
    first.dispose()
    again = open_store(store_url)
    assert schema_version(again) == head_revision()
    again.dispose()


def test_sqlite_store_uses_wal(tmp_path: Path) -> None:
    engine = open_store(data_dir=tmp_path)
    with engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    engine.dispose()
    assert mode == "wal"


def test_unmigrated_store_has_no_version(tmp_path: Path) -> None:
    from scrapers.store.database import make_engine

    engine = make_engine(f"sqlite:///{tmp_path}/empty.sqlite3")
    assert schema_version(engine) == ""
    engine.dispose()


def test_several_processes_can_open_a_new_store_at_once(store_url: str) -> None:
    """Gunicorn starts workers together; each calls open_store on the same new store."""
    import subprocess
    import sys

    code = "import sys; from scrapers.store.database import open_store; open_store(sys.argv[1])"
    starters = [
        subprocess.Popen([sys.executable, "-c", code, store_url], stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    failures = [p.stderr.read() for p in starters if p.wait(timeout=60) != 0]  # type: ignore[union-attr]
    assert failures == []
    engine = open_store(store_url)
    assert schema_version(engine) == head_revision()
    engine.dispose()


class _LockedTwice:
    """A cursor whose first two journal-mode switches meet another process's lock."""

    def __init__(self) -> None:
        self.tries = 0
        self.mode = "delete"

    def execute(self, sql: str) -> _LockedTwice:
        if sql == "PRAGMA journal_mode=WAL":
            self.tries += 1
            if self.tries <= 2:
                raise sqlite3.OperationalError("database is locked")
            self.mode = "wal"
        return self

    def fetchone(self) -> tuple[str]:
        return (self.mode,)


def test_switching_to_wal_waits_for_another_process_instead_of_failing() -> None:
    """SQLite answers "database is locked" to a journal-mode switch at once (no busy timeout):
    gunicorn workers opening a new store together must wait, not crash."""
    from scrapers.store.database import _use_wal

    cursor = _LockedTwice()
    _use_wal(cursor)  # type: ignore[arg-type]
    assert cursor.mode == "wal" and cursor.tries == 3


def test_another_sqlite_error_is_not_retried() -> None:
    from scrapers.store.database import _use_wal

    class Broken(_LockedTwice):
        def execute(self, sql: str) -> _LockedTwice:
            raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _use_wal(Broken())  # type: ignore[arg-type]
