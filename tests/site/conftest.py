"""A small real-shaped store and a full two-language build of it, shared by the site tests."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import Engine

from scrapers.publish.build import BuildReport, build_site

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "site"
TEST_SETTINGS = {"TRANSPARANT_MIN_SAMPLE": 3}
SMALL_NAMES = ("kleine.kim", "Kim Privé", "mystery.mo", "Mo Onbekend", "KimP1", "MoP1", "KIM5")
PRIVATE_MARKERS = (
    "REPORT-PRIVATE-NOTE",
    "TOKEN-PRIVATE-HASH",
    "IP-PRIVATE-HASH",
    "QUEUED-DISPUTE-SECRET",
    "REJECTED-DISPUTE-SECRET",
    "SUPERSEDED-SIGNAL",
)


def store_loader() -> ModuleType:
    spec = importlib.util.spec_from_file_location("site_store_loader", FIXTURES / "store_loader.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def load_store() -> Callable[[str], Engine]:
    """``load_store(url)`` writes the fixture store at ``url`` and returns its engine."""
    loader: Callable[[str], Engine] = store_loader().load_fixture_store
    return loader


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuildReport]:
    """The fixture store built once, in English and Dutch, with search, as the tests read it."""
    root = tmp_path_factory.mktemp("site")
    engine = store_loader().load_fixture_store(f"sqlite:///{root / 'store.sqlite3'}")
    try:
        yield build_site(engine, root / "output", ("en", "nl"), settings=TEST_SETTINGS)
    finally:
        engine.dispose()
