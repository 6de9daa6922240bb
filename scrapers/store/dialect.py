"""``INSERT … ON CONFLICT`` for whichever database the session talks to.

SQLite and PostgreSQL spell upserts the same way, but SQLAlchemy keeps them in
separate dialect modules; this picks the right one so the repository reads once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def upsert_insert(session: Session, entity: Any) -> Any:
    """An ``insert(entity)`` that has ``on_conflict_do_nothing`` / ``on_conflict_do_update``."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(entity)
    if name == "sqlite":
        return sqlite.insert(entity)
    raise NotImplementedError(f"the store supports SQLite and PostgreSQL, not {name}")
