"""A store holding the demo corpus with its hand-written labels as the verdicts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from scrapers.demo.loader import load_reference
from scrapers.store.database import open_store


@pytest.fixture
def labelled_store(store_url: str) -> Iterator[Engine]:
    """The 420 demo posts stored with ``label.verdict_nl`` / ``verdict_us`` as verdicts."""
    engine = open_store(store_url)
    load_reference(engine)
    yield engine
    engine.dispose()
