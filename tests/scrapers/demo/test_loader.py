"""The demo loaders leave every demo account with its niches, like a scan does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, select

from scrapers.demo.loader import load_reference, read_corpus, scan_corpus
from scrapers.store.schema import Account

LOADERS: dict[str, Callable[[Engine], Any]] = {
    "reference": load_reference,
    "pipeline": lambda engine: scan_corpus(engine, ("nl",)),
}


@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_demo_accounts_get_niches(store: Engine, loader: str) -> None:
    LOADERS[loader](store)
    with store.connect() as connection:
        niches = dict(connection.execute(select(Account.handle, Account.niches)).all())
    handles = {record.account.handle for record in read_corpus()}
    assert set(niches) == handles
    assert len([handle for handle in handles if niches[handle]]) >= 25
    expected = {"sanne.stralend": ["beauty"], "GameHoekGijs": ["gaming"],
                "KeukenKlaas": ["food"], "BuitenMetBram": ["travel"], "dealdaan": ["tech"]}
    assert {handle: niches[handle] for handle in expected} == expected
