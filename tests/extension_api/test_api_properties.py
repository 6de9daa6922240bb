"""Property tests generated from the OpenAPI document: no 5xx, no response off its schema.

schemathesis reads the checked-in document (the drift test keeps it identical to
the one the server serves), generates valid and invalid requests for every
operation, and checks status codes, content types and bodies against it.
Examples are bounded so the whole file runs in well under a minute.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from api_support import make_app, seed_store
from flask import Flask
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from extension_api.openapi import CHECKED_IN

MAX_EXAMPLES = 30


REJECTIONS = ["400", "401", "404", "405", "413", "415", "422", "429"]
"""What an invalid request may get: 413 counts (a huge invalid body is refused by size), and
401 (a request without a brand token is refused before its other fields matter)."""
CONFIG = SchemathesisConfig.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": REJECTIONS}}}
)
schema = schemathesis.openapi.from_path(CHECKED_IN, config=CONFIG)


@pytest.fixture(scope="module")
def api_app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    url = f"sqlite:///{tmp_path_factory.mktemp('properties') / 'store.sqlite3'}"
    seed_store(url)
    return make_app(url)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_every_operation_conforms_to_the_document(case: Any, api_app: Flask) -> None:
    case.call_and_validate(app=api_app)
