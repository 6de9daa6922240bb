"""Apps on an empty and on a seeded store, once on SQLite and once on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from api_support import SEED, make_app, seed_store
from flask import Flask
from flask.testing import FlaskClient


@pytest.fixture
def app(store_url: str) -> Flask:
    return make_app(store_url)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def seeded_url(store_url: str) -> Iterator[str]:
    seed_store(store_url)
    yield store_url


@pytest.fixture
def seeded_client(seeded_url: str) -> FlaskClient:
    return make_app(seeded_url).test_client()


@pytest.fixture
def seed() -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(SEED.read_text(encoding="utf-8"))
    return parsed
