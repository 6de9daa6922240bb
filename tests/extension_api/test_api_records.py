"""GET /v1/accounts/{platform}/{handle} and GET /v1/brands/{slug}: counts, Wilson rates, links."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from scrapers.stats import rate


def test_account_record_counts_current_verdicts_with_wilson_rates(
    seeded_client: FlaskClient,
) -> None:
    response = seeded_client.get("/v1/accounts/instagram/modemeisje")
    assert response.status_code == 200
    body = response.get_json()
    # four posts; C1dddd's superseded "disclosed" verdict must not count
    assert body["counts"] == {
        "scanned": 4,
        "commercial": 3,
        "disclosed": 1,
        "unclear_disclosure": 1,
        "undisclosed": 1,
    }
    assert body["rates"]["commercial"] == rate(3, 4).to_dict()
    assert body["rates"]["undisclosed"] == rate(1, 3).to_dict()
    assert body["rates"]["disclosed"]["ci_low"] < 1 / 3 < body["rates"]["disclosed"]["ci_high"]
    assert body["first_seen"] == "2026-05-20T12:00:00+00:00"
    assert body["last_seen"] == "2026-11-03T12:00:00+00:00"
    assert body["site_url"] == "https://transparant.test/accounts/instagram/modemeisje/"
    assert (body["tier"], body["display_name"], body["jurisdiction"]) == (
        "micro",
        "Mode Meisje",
        "nl",
    )
    assert response.headers["Cache-Control"].startswith("public")


def test_account_handle_is_matched_without_at_and_case(seeded_client: FlaskClient) -> None:
    body = seeded_client.get("/v1/accounts/instagram/@ModeMeisje").get_json()
    assert body["handle"] == "modemeisje"


def test_account_record_per_jurisdiction(seeded_client: FlaskClient) -> None:
    body = seeded_client.get("/v1/accounts/youtube/techtom?jurisdiction=us").get_json()
    assert body["counts"]["scanned"] == 1 and body["counts"]["disclosed"] == 1
    assert body["jurisdiction"] == "us"
    empty = seeded_client.get("/v1/accounts/instagram/modemeisje?jurisdiction=de").get_json()
    assert empty["counts"]["scanned"] == 0
    assert empty["rates"]["commercial"] == {
        "count": 0,
        "total": 0,
        "rate": None,
        "ci_low": None,
        "ci_high": None,
    }


def test_small_accounts_get_no_site_link(seeded_client: FlaskClient) -> None:
    body = seeded_client.get("/v1/accounts/instagram/buurvrouw").get_json()
    assert body["tier"] == "nano" and body["site_url"] is None


def test_brand_record_matches_by_tag_domain_and_name(seeded_client: FlaskClient) -> None:
    body = seeded_client.get("/v1/brands/zonnegloed").get_json()
    # tagged (C1aaaa), link domain (C1bbbb), name (C1dddd and the YouTube video)
    assert body["counts"] == {
        "scanned": 4,
        "commercial": 4,
        "disclosed": 2,
        "unclear_disclosure": 1,
        "undisclosed": 1,
    }
    assert body["rates"]["disclosed"] == rate(2, 4).to_dict()
    assert body["first_seen"] == "2026-06-01T10:00:00+00:00"
    assert body["last_seen"] == "2026-11-04T09:09:09+00:00"
    assert body["site_url"] == "https://transparant.test/brands/zonnegloed/"
    assert body["name"] == "Zonnegloed"


def test_brand_without_posts_has_empty_record(seeded_client: FlaskClient) -> None:
    body = seeded_client.get("/v1/brands/nobody").get_json()
    assert body["counts"]["scanned"] == 0 and body["first_seen"] is None


@pytest.mark.parametrize(
    "path",
    ["/v1/accounts/instagram/niemand", "/v1/accounts/tiktok/modemeisje", "/v1/brands/onbekend"],
)
def test_unknown_records_are_404(seeded_client: FlaskClient, path: str) -> None:
    response = seeded_client.get(path)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_bad_jurisdiction_is_422(seeded_client: FlaskClient) -> None:
    response = seeded_client.get("/v1/brands/zonnegloed?jurisdiction=mars")
    assert response.status_code == 422
    assert "jurisdiction" in response.get_json()["error"]["fields"]
