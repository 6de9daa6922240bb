"""GET /v1/brands/{slug}/audit: the brand's self-audit, only with that brand's token."""

from __future__ import annotations

import pytest
from api_support import make_app
from flask.testing import FlaskClient
from sqlalchemy import select

from scrapers.audit.tokens import create_brand_token
from scrapers.store.database import make_engine, transaction
from scrapers.store.schema import Brand


def token_for(url: str, slug: str) -> str:
    engine = make_engine(url)
    with transaction(engine) as session:
        brand_id = session.scalar(select(Brand.id).where(Brand.slug == slug))
        assert brand_id is not None
        token = create_brand_token(session, brand_id)
    engine.dispose()
    return token


@pytest.fixture
def client(seeded_url: str) -> FlaskClient:
    return make_app(seeded_url).test_client()


def test_audit_with_the_brands_token(client: FlaskClient, seeded_url: str) -> None:
    token = token_for(seeded_url, "zonnegloed")
    response = client.get(
        "/v1/brands/zonnegloed/audit", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200
    report = response.get_json()
    assert report["brand"]["slug"] == "zonnegloed"
    summary = report["summary"]
    assert (summary["posts"], summary["disclosed"], summary["unclear"], summary["undisclosed"]) == (
        4,
        2,
        1,
        1,
    )
    first = report["fix_first"][0]
    assert (first["handle"], first["verdict"]) == ("modemeisje", "undisclosed")
    assert response.headers["Cache-Control"] == "no-store"
    assert token not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "header",
    [None, "Bearer ", "Bearer tpb_nope_nope", "Basic dXNlcjpwYXNz", "Bearer garbage"],
)
def test_audit_without_a_valid_token_is_401(client: FlaskClient, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = client.get("/v1/brands/zonnegloed/audit", headers=headers)
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_another_brands_token_and_unknown_brands_look_the_same(
    client: FlaskClient, seeded_url: str
) -> None:
    other = token_for(seeded_url, "nobody")
    answers = [
        client.get(f"/v1/brands/{slug}/audit", headers={"Authorization": f"Bearer {other}"})
        for slug in ("zonnegloed", "does-not-exist")
    ]
    assert [a.status_code for a in answers] == [401, 401]
    assert answers[0].data == answers[1].data
