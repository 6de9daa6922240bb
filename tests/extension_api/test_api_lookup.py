"""GET /v1/lookup/{prefix}: the same bytes for every requester of a bucket, with ETag/304."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from extension_api.rendering import verdict_payload
from scrapers.identity import lookup_hash
from scrapers.models import Signal, Verdict


def current_verdicts(seed: dict[str, Any], platform: str, post_id: str) -> list[dict[str, Any]]:
    post = next(p for p in seed["posts"] if (p["platform"], p["post_id"]) == (platform, post_id))
    return [v for v in post["verdicts"] if v["is_current"]]


@pytest.mark.parametrize("length", [4, 6, 8])
def test_lookup_returns_every_current_verdict_in_the_bucket(
    seeded_client: FlaskClient, seed: dict[str, Any], length: int
) -> None:
    full = lookup_hash("instagram", "C1dddd")
    response = seeded_client.get(f"/v1/lookup/{full[:length]}")
    assert response.status_code == 200
    body = response.get_json()
    assert body["prefix"] == full[:length]
    assert all(key.startswith(full[:length]) for key in body["results"])
    (verdict,) = body["results"][full]  # the superseded verdict is not returned
    expected = current_verdicts(seed, "instagram", "C1dddd")[0]
    assert verdict["verdict"] == "unclear_disclosure"
    assert verdict["problems"] == ["label_not_accepted"]
    assert verdict["signals"][0]["text"] == expected["signals"][0]["text"] == "#sp"


def test_lookup_returns_every_jurisdiction_of_a_post(seeded_client: FlaskClient) -> None:
    full = lookup_hash("youtube", "dQw4w9WgXcQ")
    verdicts = seeded_client.get(f"/v1/lookup/{full[:8]}").get_json()["results"][full]
    assert sorted(v["jurisdiction"] for v in verdicts) == ["nl", "us"]
    assert all(v["signals"][0]["rule"] == "disclosure.phrase" for v in verdicts)


def test_lookup_is_the_same_bytes_for_everyone_and_cacheable(seeded_client: FlaskClient) -> None:
    prefix = lookup_hash("instagram", "C1bbbb")[:4]
    first = seeded_client.get(f"/v1/lookup/{prefix}", headers={"User-Agent": "a"})
    second = seeded_client.get(
        f"/v1/lookup/{prefix.upper()}", environ_base={"REMOTE_ADDR": "9.9.9.9"}
    )
    assert first.data == second.data
    assert first.headers["ETag"] == second.headers["ETag"]
    assert first.headers["Cache-Control"].startswith("public, max-age=")
    revalidated = seeded_client.get(
        f"/v1/lookup/{prefix}", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert revalidated.status_code == 304
    assert revalidated.data == b""


def test_lookup_escapes_markup_from_stored_text(seeded_client: FlaskClient) -> None:
    full = lookup_hash("instagram", "C1bbbb")
    response = seeded_client.get(f"/v1/lookup/{full[:8]}")
    link = "https://shop.zonnegloed.nl/?ref=mode&x=<script>alert(1)</script>"
    assert b"<script>" not in response.data and b"&" not in response.data
    assert b"\\u003cscript\\u003e" in response.data
    signals = response.get_json()["results"][full][0]["signals"]
    assert [s["text"] for s in signals] == ["code MODE10", link]


def test_empty_bucket_is_an_empty_object(client: FlaskClient) -> None:
    response = client.get("/v1/lookup/0000")
    assert response.status_code == 200
    assert response.get_json() == {"prefix": "0000", "results": {}}


@pytest.mark.parametrize("prefix", ["abc", "abcdef012", "ghij", "ab-d", "%20abcd", "abcd%00"])
def test_lookup_rejects_bad_prefixes(client: FlaskClient, prefix: str) -> None:
    response = client.get(f"/v1/lookup/{prefix}")
    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "invalid_prefix"


def test_every_stored_current_verdict_comes_back_exactly(
    seeded_client: FlaskClient, seed: dict[str, Any]
) -> None:
    for post in seed["posts"]:
        full = lookup_hash(post["platform"], post["post_id"])
        expected = [
            Verdict.from_dict(v).to_dict()
            for v in sorted(post["verdicts"], key=lambda v: v["jurisdiction"])
            if v["is_current"]
        ]
        body = seeded_client.get(f"/v1/lookup/{full[:6]}").get_json()
        assert body["results"][full] == expected


def test_verdict_payload_is_the_models_own_dict() -> None:
    signal = Signal("commercial", "commercial.discount_code", "code X", 0.7, 3, 9, "X")
    verdict = Verdict(
        "undisclosed",
        True,
        False,
        0.8,
        (signal,),
        "nl",
        "nl-1",
        "nl",
        "Signals of an undisclosed ad.",
        ("affiliate",),
        ("none",),
        "1",
        id=7,
    )
    assert verdict_payload(verdict) == verdict.to_dict()
    assert verdict_payload(verdict.with_id(None)) == verdict.with_id(None).to_dict()
