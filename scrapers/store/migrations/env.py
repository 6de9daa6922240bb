"""Alembic environment: runs on the connection ``scrapers.store.migrate`` hands over.

There is no ``alembic.ini``: the configuration is built in code, so an installed
package migrates its own store.  For a developer's ``alembic revision
--autogenerate``, see ``scrapers/store/README.md``.
"""

from __future__ import annotations

from alembic import context

from scrapers.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through scrapers.store.migrate.upgrade(engine)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
