"""POST /v1/analyze and /v1/analyze/batch return exactly the library's verdicts."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from extension_api.app import create_app
from scrapers.detection import Detector
from scrapers.models import Post

CASES: list[dict[str, Any]] = [
    {
        "text": "Mijn nieuwe jas van @merk, code JAS10 voor korting #adv",
        "platform": "instagram",
        "language": "nl",
    },
    {
        "text": "This video is sponsored by Acme. #ad",
        "platform": "youtube",
        "language": "en",
        "jurisdiction": "us",
    },
    {"text": "Zelf gekocht, niet gesponsord!", "links": ["https://example.nl/?ref=x"]},
    {
        "text": "",
        "html": "<html><body><p>Advertorial: <b>Zonnegloed</b></p></body></html>",
        "platform": "blog",
    },
]


def library_verdict(fields: dict[str, Any]) -> dict[str, Any]:
    values = {k: v for k, v in fields.items() if k not in {"jurisdiction", "id"}}
    values.setdefault("text", "")
    verdict = Detector(fields.get("jurisdiction", "nl")).analyze(Post.from_dict(values))
    return verdict.to_dict()


@pytest.fixture
def client() -> FlaskClient:  # analysis never touches the store: one backend is enough
    app = create_app(
        {"DATABASE_URL": "sqlite://", "RATE_LIMITS": "off", "ACCESS_LOG": "off", "SECRET_SALT": "x"}
    )
    return app.test_client()


@pytest.mark.parametrize("fields", CASES)
def test_analyze_returns_the_library_verdict_with_its_evidence(
    client: FlaskClient, fields: dict[str, Any]
) -> None:
    response = client.post("/v1/analyze", json=fields)
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == library_verdict(fields)
    assert response.get_json()["jurisdiction"] == fields.get("jurisdiction", "nl")


def test_analyze_response_is_not_cached_and_carries_security_headers(client: FlaskClient) -> None:
    response = client.post("/v1/analyze", json={"text": "#ad"})
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_batch_keeps_order_and_echoes_ids(client: FlaskClient) -> None:
    posts: list[dict[str, Any]] = [{**case, "id": f"item-{i}"} for i, case in enumerate(CASES)]
    posts[1]["id"] = 42
    del posts[2]["id"]
    response = client.post("/v1/analyze/batch", json={"posts": posts})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r.get("id") for r in results] == ["item-0", 42, None, "item-3"]
    for post, result in zip(posts, results, strict=True):
        result.pop("id", None)
        assert result == library_verdict(post)


def test_batch_jurisdiction_is_the_default_for_items_without_one(client: FlaskClient) -> None:
    body = {"jurisdiction": "de", "posts": [{"text": "a"}, {"text": "b", "jurisdiction": "uk"}]}
    results = client.post("/v1/analyze/batch", json=body).get_json()["results"]
    assert [r["jurisdiction"] for r in results] == ["de", "uk"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"posts": []}, "posts"),
        ({"posts": [{"text": "x"}] * 51}, "posts"),
        ({"posts": [{"text": "x", "id": True}]}, "posts"),
        ({"posts": [{"text": "x", "id": "i" * 129}]}, "posts"),
        ({"posts": [{"text": "x", "id": 2**60}]}, "posts"),
        ({}, "posts"),
    ],
)
def test_batch_rejects_bad_batches(client: FlaskClient, body: dict[str, Any], field: str) -> None:
    response = client.post("/v1/analyze/batch", json=body)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": 5}, "text"),
        ({"text": "x", "platform": "myspace"}, "platform"),
        ({"text": "x", "jurisdiction": "mars"}, "jurisdiction"),
        ({"text": "x", "language": "Dutch"}, "language"),
        ({"text": "x", "links": "https://a.example"}, "links"),
        ({"text": "x", "links": [1, 2]}, "links"),
        ({"text": "x", "follower_count": "12"}, "follower_count"),
        ({"text": "x", "follower_count": -1}, "follower_count"),
        ({"text": "x", "surprise": 1}, "surprise"),
        ({"text": "x" * 100_001}, "text"),
    ],
)
def test_analyze_names_the_invalid_field(
    client: FlaskClient, body: dict[str, Any], field: str
) -> None:
    response = client.post("/v1/analyze", json=body)
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "invalid_fields"
    assert field in error["fields"]
