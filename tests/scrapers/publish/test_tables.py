"""The open-data tables never include a private table or a column that identifies a reporter."""

from __future__ import annotations

from scrapers.publish.tables import TABLES
from scrapers.store.schema import PRIVATE_TABLES


def test_no_private_table_is_exported() -> None:
    assert not {t.name for t in TABLES} & PRIVATE_TABLES


def test_no_client_hash_or_ip_column() -> None:
    columns = {f.name for t in TABLES for f in t.fields}
    assert not columns & {"client_hash", "ip_hash", "token_hash", "lookup_hash", "note"}


def test_every_column_is_described() -> None:
    assert all(f.description and f.type for t in TABLES for f in t.fields)
