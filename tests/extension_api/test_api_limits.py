"""Rate limits: JSON 429s, stricter on submissions, shared between workers through Redis."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from api_support import make_app, redis_url
from flask.testing import FlaskClient

REPORT = {
    "platform": "instagram",
    "post_ref": "C1bbbb",
    "kind": "wrong_label",
    "client_secret": "a-random-client-secret",
}


def limited_client(store_url: str, **settings: Any) -> FlaskClient:
    config = {"RATE_LIMITS": "on", "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}"}
    config.update(settings)
    return make_app(store_url, **config).test_client()


def assert_429(response: Any) -> None:
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "rate_limited"
    assert int(response.headers["Retry-After"]) > 0


def test_reads_are_limited_per_client(tmp_path: Any) -> None:
    client = limited_client(f"sqlite:///{tmp_path / 's.db'}", DEFAULT_LIMITS="3/minute")
    statuses = [client.get("/v1/lookup/abcd").status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert_429(client.get("/v1/lookup/abcd"))
    other = client.get("/v1/lookup/abcd", environ_base={"REMOTE_ADDR": "198.51.100.7"})
    assert other.status_code == 200


def test_submissions_are_limited_more_strictly(tmp_path: Any) -> None:
    client = limited_client(
        f"sqlite:///{tmp_path / 's.db'}", DEFAULT_LIMITS="100/minute", SUBMISSION_LIMITS="2/minute"
    )
    assert [client.post("/v1/reports", json=REPORT).status_code for _ in range(2)] == [202, 202]
    assert_429(client.post("/v1/reports", json=REPORT))
    assert client.post("/v1/analyze", json={"text": "x"}).status_code == 200


def test_health_is_never_limited(tmp_path: Any) -> None:
    client = limited_client(f"sqlite:///{tmp_path / 's.db'}", DEFAULT_LIMITS="1/minute")
    assert {client.get("/v1/health").status_code for _ in range(5)} == {200}


def test_limits_off_disables_them(tmp_path: Any) -> None:
    client = limited_client(
        f"sqlite:///{tmp_path / 's.db'}", RATE_LIMITS="off", DEFAULT_LIMITS="1/minute"
    )
    assert {client.get("/v1/lookup/abcd").status_code for _ in range(5)} == {200}


def test_redis_storage_shares_limits_between_workers(tmp_path: Any) -> None:
    url = redis_url()
    if url is None:
        pytest.skip("no Redis (set TRANSPARANT_TEST_REDIS_URL or run make test)")
    settings = {
        "RATE_LIMITS": "on",
        "RATELIMIT_STORAGE_URI": url,
        "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        "DEFAULT_LIMITS": "4/minute",
    }
    store = f"sqlite:///{tmp_path / 's.db'}"
    first, second = (make_app(store, **settings).test_client() for _ in range(2))
    assert [first.get("/v1/lookup/abcd").status_code for _ in range(2)] == [200, 200]
    assert [second.get("/v1/lookup/abcd").status_code for _ in range(2)] == [200, 200]
    assert_429(first.get("/v1/lookup/abcd"))
    assert_429(second.get("/v1/lookup/abcd"))
