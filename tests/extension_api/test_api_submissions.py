"""POST /v1/reports and /v1/disputes: queued, hashed, private, abuse absorbed quietly."""

from __future__ import annotations

from typing import Any

import pytest
from api_support import TEST_SALT, make_app
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from extension_api.hashing import hash_client_secret, hash_ip
from scrapers.store.database import make_engine
from scrapers.store.schema import Dispute, Report, SubmitterIp

SECRET = "k3Jd9-random-client-secret-0001"


def report(**changes: Any) -> dict[str, Any]:
    body = {
        "platform": "instagram",
        "post_ref": "C1bbbb",
        "kind": "undisclosed_ad",
        "note": "Kortingscode zonder #ad",
        "client_secret": SECRET,
    }
    body.update(changes)
    return body


def rows(url: str, model: type) -> list[Any]:
    engine = make_engine(url)
    with Session(engine) as session:
        found: list[Any] = list(session.scalars(select(model).order_by(model.id)))  # type: ignore[attr-defined]
    engine.dispose()
    return found


def test_report_is_queued_with_hashes_only(client: FlaskClient, store_url: str) -> None:
    response = client.post(
        "/v1/reports", json=report(), environ_base={"REMOTE_ADDR": "203.0.113.9"}
    )
    assert response.status_code == 202
    assert response.get_json() == {"id": 1, "status": "queued"}
    (stored,) = rows(store_url, Report)
    assert (stored.status, stored.counted, stored.kind) == ("queued", True, "undisclosed_ad")
    assert stored.note == "Kortingscode zonder #ad"
    assert stored.client_hash == hash_client_secret(SECRET, TEST_SALT)
    assert SECRET not in stored.client_hash
    (ip,) = rows(store_url, SubmitterIp)
    assert (ip.submission_kind, ip.submission_id) == ("report", 1)
    assert ip.ip_hash == hash_ip("203.0.113.9", TEST_SALT) and "203.0.113" not in ip.ip_hash


def test_duplicate_reports_are_accepted_but_not_counted(
    client: FlaskClient, store_url: str
) -> None:
    answers = [client.post("/v1/reports", json=report()) for _ in range(3)]
    assert [a.status_code for a in answers] == [202, 202, 202]
    assert [r.counted for r in rows(store_url, Report)] == [True, False, False]


def test_floods_from_one_client_are_absorbed_quietly(client: FlaskClient, store_url: str) -> None:
    for i in range(22):
        response = client.post("/v1/reports", json=report(post_ref=f"post-{i}"))
        assert response.status_code == 202
    counted = [r.counted for r in rows(store_url, Report)]
    assert counted == [True] * 20 + [False] * 2


def test_another_client_is_counted(client: FlaskClient, store_url: str) -> None:
    client.post("/v1/reports", json=report())
    client.post("/v1/reports", json=report(client_secret="another-secret-of-16+"))
    assert [r.counted for r in rows(store_url, Report)] == [True, True]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": "spam"}, "kind"),
        ({"client_secret": "short"}, "client_secret"),
        ({"client_secret": None}, "client_secret"),
        ({"note": "nul\u0000byte"}, "note"),
        ({"note": "lone \ud800 surrogate"}, "note"),
        ({"post_ref": ""}, "post_ref"),
        ({"platform": "friendster"}, "platform"),
        ({"note": "x" * 2001}, "note"),
    ],
)
def test_invalid_reports_are_422_and_store_nothing(
    client: FlaskClient, store_url: str, changes: dict[str, Any], field: str
) -> None:
    response = client.post("/v1/reports", json=report(**changes))
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert rows(store_url, Report) == []


def test_dispute_is_queued_never_published(seeded_url: str) -> None:
    client = make_app(seeded_url).test_client()
    body = {
        "platform": "instagram",
        "post_ref": "C1bbbb",
        "role": "account_owner",
        "statement": "De code is van mijn eigen webshop, geen samenwerking.",
        "client_secret": SECRET,
        "verdict_id": 2,
    }
    response = client.post("/v1/disputes", json=body)
    assert response.status_code == 202
    (dispute,) = rows(seeded_url, Dispute)
    assert (dispute.status, dispute.role, dispute.verdict_id) == ("queued", "account_owner", 2)
    assert dispute.client_hash == hash_client_secret(SECRET, TEST_SALT)
    assert [ip.submission_kind for ip in rows(seeded_url, SubmitterIp)] == ["dispute"]
    missing = client.post("/v1/disputes", json=dict(body, verdict_id=9999))
    assert missing.status_code == 404
    assert len(rows(seeded_url, Dispute)) == 1


def test_dispute_needs_a_statement_and_a_role(client: FlaskClient) -> None:
    body = {"platform": "youtube", "post_ref": "x", "client_secret": SECRET}
    fields = client.post("/v1/disputes", json=body).get_json()["error"]["fields"]
    assert {"role", "statement"} <= set(fields)
