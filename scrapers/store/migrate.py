"""Bring a store's schema to the newest revision with Alembic, without an ``alembic.ini``.

The migration scripts ship inside the package (``scrapers/store/migrations``), so
``open_store`` can create or upgrade any store the same way on SQLite and
PostgreSQL.  Concurrent starters (several gunicorn workers) are serialised: an
advisory lock on PostgreSQL, an immediate write transaction on SQLite.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_LOCK_KEY = 0x7472616E73  # "trans": one advisory lock id for every Transparant store


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the shipped scripts (and a live connection)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision the shipped scripts know.

    >>> head_revision()
    '0001'
    """
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migration scripts in {MIGRATIONS_DIR}")
    return head


def upgrade(engine: Engine) -> None:
    """Run ``alembic upgrade head`` on ``engine``, holding a lock so only one starter migrates.

    A store already at head is only read (no write lock), so opening it while a scan
    writes never waits.
    """
    if schema_version(engine) == head_revision():
        return
    locking = engine.execution_options(sqlite_begin="IMMEDIATE")
    with locking.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        if _current_revision(connection) != head_revision():
            command.upgrade(alembic_config(connection), "head")


def schema_version(engine: Engine) -> str:
    """The store's current schema revision (``/v1/version`` shows it); ``""`` if unmigrated."""
    with engine.connect() as connection:
        return _current_revision(connection) or ""


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()
