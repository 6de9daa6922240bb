"""Helpers shared by the API tests: apps with test settings, and a seeded store."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from extension_api import create_app
from scrapers.identity import lookup_hash
from scrapers.store.database import open_store, transaction
from scrapers.store.schema import Account, Brand, Post, SignalRow, Verdict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extension_api"
SEED = FIXTURES / "store_seed.json"
TEST_SALT = "test-salt-not-secret"


def redis_url() -> str | None:
    """Redis for the limiter tests: skipped locally without it, required under CI."""
    url = os.environ.get("TRANSPARANT_TEST_REDIS_URL")
    if not url and os.environ.get("CI"):
        pytest.fail("CI must provide TRANSPARANT_TEST_REDIS_URL (see scripts/services.sh)")
    return url


def make_app(store_url: str, **overrides: Any) -> Flask:
    config: dict[str, Any] = {
        "DATABASE_URL": store_url,
        "RATE_LIMITS": "off",
        "SECRET_SALT": TEST_SALT,
        "SITE_URL": "https://transparant.test",
        "ACCESS_LOG": "off",
    }
    config.update(overrides)
    return create_app(config)


def seed_store(url: str, path: Path = SEED) -> dict[str, Any]:
    """Load the real-shaped seed file into the store; returns the parsed seed."""
    seed: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    engine = open_store(url)
    with transaction(engine) as session:
        accounts = {}
        for data in seed["accounts"]:
            account = Account(**data)
            session.add(account)
            accounts[data["handle"]] = account
        session.add_all(Brand(**data) for data in seed["brands"])
        for data in seed["posts"]:
            session.add(_post(data, accounts.get(data["account"])))
    engine.dispose()
    return seed


def _post(data: dict[str, Any], account: Account | None) -> Post:
    post = Post(
        platform=data["platform"],
        post_id=data["post_id"],
        lookup_hash=lookup_hash(data["platform"], data["post_id"]),
        account=account,
        author=data["account"],
        text=data["text"],
        links=data["links"],
        tagged=data["tagged"],
        native_labels=[],
        content_hash="0" * 64,
        first_seen=datetime.fromisoformat(data["first_seen"]),
        last_seen=datetime.fromisoformat(data["last_seen"]),
    )
    for verdict in data["verdicts"]:
        values = {k: v for k, v in verdict.items() if k != "signals"}
        row = Verdict(**values)
        row.signals = [SignalRow(**signal) for signal in verdict["signals"]]
        post.verdicts.append(row)
    return post
