"""``INSERT … ON CONFLICT`` for whichever database the session talks to.

SQLite and PostgreSQL spell upserts the same way, but SQLAlchemy keeps them in
separate dialect modules; this picks the right one so the repository reads once.
Hot statements are built once per dialect and executed with parameters, which
keeps SQLAlchemy's statement cache warm (building a statement per row costs more
than running it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite


def upsert_insert(dialect_name: str, table: Any) -> Any:
    """An ``insert(table)`` that has ``on_conflict_do_nothing`` / ``on_conflict_do_update``."""
    if dialect_name == "postgresql":
        return postgresql.insert(table)
    if dialect_name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"the store supports SQLite and PostgreSQL, not {dialect_name}")
