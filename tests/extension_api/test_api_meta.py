"""Health, version, the checked-in OpenAPI document, CORS, and the access log."""

from __future__ import annotations

import json
import logging

import pytest
from flask.testing import FlaskClient

from extension_api import openapi
from extension_api.app import create_app
from scrapers.version import DETECTOR_VERSION

BASE = {"DATABASE_URL": "sqlite://", "RATE_LIMITS": "off", "SECRET_SALT": "x"}


@pytest.fixture
def client() -> FlaskClient:
    return create_app(dict(BASE, ACCESS_LOG="off")).test_client()


def test_health(client: FlaskClient) -> None:
    response = client.get("/v1/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_version_names_detector_rulebooks_and_schema(client: FlaskClient) -> None:
    body = client.get("/v1/version").get_json()
    assert body["detector"] == DETECTOR_VERSION
    assert body["api"] == "v1"
    assert "nl" in body["rulebooks"] and body["rulebooks"]["nl"]
    assert "schema" in body


def test_served_openapi_document_is_the_checked_in_one(client: FlaskClient) -> None:
    served = client.get("/v1/openapi.json").get_json()
    checked_in = json.loads(openapi.CHECKED_IN.read_text(encoding="utf-8"))
    assert served == checked_in, "run: .venv/bin/python -m extension_api.openapi"
    assert openapi.main(["--check"]) == 0


def test_openapi_describes_every_endpoint(client: FlaskClient) -> None:
    paths = client.get("/v1/openapi.json").get_json()["paths"]
    assert {
        "/v1/analyze",
        "/v1/analyze/batch",
        "/v1/lookup/{prefix}",
        "/v1/health",
        "/v1/version",
    } <= set(paths)


def test_cors_is_closed_by_default(client: FlaskClient) -> None:
    response = client.get("/v1/health", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_allows_only_listed_origins() -> None:
    app = create_app(dict(BASE, ACCESS_LOG="off", CORS_ORIGINS="https://transparant.test"))
    client = app.test_client()
    allowed = client.get("/v1/health", headers={"Origin": "https://transparant.test"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://transparant.test"
    assert "Origin" in allowed.headers["Vary"]
    preflight = client.options(
        "/v1/analyze",
        headers={"Origin": "https://transparant.test", "Access-Control-Request-Method": "POST"},
    )
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    other = client.get("/v1/health", headers={"Origin": "https://transparant.test.evil"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_access_log_has_the_route_template_and_never_the_body(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = create_app(BASE).test_client()
    logger = logging.getLogger("transparant.access")
    logger.addHandler(caplog.handler)
    try:
        client.post("/v1/analyze", json={"text": "geheime tekst #ad"})
        client.get("/v1/lookup/abcd1234")
    finally:
        logger.removeHandler(caplog.handler)
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == logger.name]
    assert [(line["method"], line["path"], line["status"]) for line in lines] == [
        ("POST", "/v1/analyze", 200),
        ("GET", "/v1/lookup/<prefix>", 200),
    ]
    assert all(isinstance(line["duration_ms"], float) for line in lines)
    assert "geheime" not in caplog.text and "abcd1234" not in caplog.text
