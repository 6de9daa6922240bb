"""POST /v1/lookup: many buckets in one request, the same verdicts as one GET per prefix."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from api_support import make_app
from flask.testing import FlaskClient

from scrapers.identity import lookup_hash

POSTS = [("instagram", "C1dddd"), ("instagram", "C1bbbb"), ("youtube", "dQw4w9WgXcQ")]


def batch(client: FlaskClient, prefixes: Any) -> Any:
    return client.post("/v1/lookup", json={"prefixes": prefixes})


def test_batch_equals_one_get_per_prefix(seeded_client: FlaskClient) -> None:
    prefixes = [lookup_hash(platform, post_id)[:6] for platform, post_id in POSTS] + ["0000"]
    response = batch(seeded_client, prefixes)
    assert response.status_code == 200
    body = response.get_json()
    assert body["prefixes"] == sorted(prefixes)
    for prefix in prefixes:
        single = seeded_client.get(f"/v1/lookup/{prefix}").get_json()
        assert body["results"][prefix] == single["results"]
    assert body["results"]["0000"] == {}
    full = lookup_hash("instagram", "C1dddd")
    (verdict,) = body["results"][full[:6]][full]
    assert verdict["verdict"] == "unclear_disclosure"
    assert verdict["signals"][0]["text"] == "#sp"


def test_prefix_lengths_may_differ(seeded_client: FlaskClient) -> None:
    short, full = lookup_hash("youtube", "dQw4w9WgXcQ")[:4], lookup_hash("youtube", "dQw4w9WgXcQ")
    body = batch(seeded_client, [full[:8], short]).get_json()
    assert body["prefixes"] == sorted([full[:8], short])
    assert body["results"][short][full] == body["results"][full[:8]][full]
    assert sorted(v["jurisdiction"] for v in body["results"][short][full]) == ["nl", "us"]


def test_answer_depends_only_on_the_set_of_prefixes(seeded_client: FlaskClient) -> None:
    prefixes = [lookup_hash(platform, post_id)[:5] for platform, post_id in POSTS]
    first = batch(seeded_client, prefixes)
    shuffled = [prefixes[2].upper(), prefixes[0], prefixes[1], prefixes[0]]
    second = seeded_client.post(
        "/v1/lookup",
        json={"prefixes": shuffled},
        headers={"User-Agent": "other"},
        environ_base={"REMOTE_ADDR": "9.9.9.9"},
    )
    assert first.data == second.data
    assert first.headers["Cache-Control"] == "no-store"


def test_batch_escapes_markup_from_stored_text(seeded_client: FlaskClient) -> None:
    response = batch(seeded_client, [lookup_hash("instagram", "C1bbbb")[:8]])
    assert b"<script>" not in response.data and b"&" not in response.data
    assert b"\\u003cscript\\u003e" in response.data


@pytest.mark.parametrize(
    "body",
    [
        {"prefixes": []},
        {"prefixes": ["abc"]},
        {"prefixes": ["abcd", "abcdef012"]},
        {"prefixes": ["ghij"]},
        {"prefixes": ["abcd\u0000"]},
        {"prefixes": [1234]},
        {"prefixes": "abcd"},
        {"prefixes": [f"{n:04x}" for n in range(51)]},
        {"prefixes": ["abcd"], "text": "geen tekst hier"},
        {},
    ],
)
def test_bad_batches_are_422_in_json(client: FlaskClient, body: dict[str, Any]) -> None:
    response = client.post("/v1/lookup", json=body)
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "invalid_fields"
    assert error["fields"]


def test_fifty_prefixes_are_accepted(client: FlaskClient) -> None:
    prefixes = [f"{n:04x}" for n in range(50)]
    body = batch(client, prefixes).get_json()
    assert body == {"prefixes": prefixes, "results": {p: {} for p in prefixes}}


def test_access_log_records_the_route_never_the_prefixes(
    store_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_app(store_url, ACCESS_LOG="on").test_client()
    logger = logging.getLogger("transparant.access")
    logger.addHandler(caplog.handler)
    try:
        assert batch(client, ["abcd1234", "fedc"]).status_code == 200
    finally:
        logger.removeHandler(caplog.handler)
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == logger.name]
    assert [(line["method"], line["path"], line["status"]) for line in lines] == [
        ("POST", "/v1/lookup", 200)
    ]
    assert "abcd1234" not in caplog.text and "fedc" not in caplog.text
