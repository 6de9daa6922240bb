"""Hostile and malformed input: every failure is a JSON error with the right status."""

from __future__ import annotations

import io
import json

import pytest
from flask.testing import FlaskClient

from extension_api.app import create_app


@pytest.fixture
def client() -> FlaskClient:
    app = create_app(
        {
            "DATABASE_URL": "sqlite://",
            "RATE_LIMITS": "off",
            "ACCESS_LOG": "off",
            "SECRET_SALT": "x",
            "MAX_CONTENT_LENGTH": 64 * 1024,
        }
    )
    return app.test_client()


def assert_error(response: object, status: int, code: str | None = None) -> None:
    assert response.status_code == status  # type: ignore[attr-defined]
    assert response.mimetype == "application/json"  # type: ignore[attr-defined]
    error = response.get_json()["error"]  # type: ignore[attr-defined]
    assert set(error) >= {"code", "message"}
    assert "Traceback" not in error["message"] and "<html" not in error["message"].lower()
    if code is not None:
        assert error["code"] == code
    headers = response.headers  # type: ignore[attr-defined]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")


@pytest.mark.parametrize(
    "body",
    [b"{", b'{"text": "x",}', b"\xff\xfe\x00", b'{"text": "\xc3\x28"}', b"", b"NaN-ish"],
)
def test_malformed_json_is_400(client: FlaskClient, body: bytes) -> None:
    response = client.post("/v1/analyze", data=body, content_type="application/json")
    assert_error(response, 400, "malformed_json")


@pytest.mark.parametrize("depth", [1_000, 30_000])
def test_deep_nesting_is_400_not_a_crash(client: FlaskClient, depth: int) -> None:
    body = '{"text": ' + "[" * depth + "]" * depth + "}"
    response = client.post("/v1/analyze", data=body, content_type="application/json")
    assert response.status_code in (400, 422)
    assert_error(response, response.status_code)


def test_moderate_nesting_in_a_field_is_422(client: FlaskClient) -> None:
    body = {"text": "x", "links": [[[["https://a.example"]]]]}
    assert_error(client.post("/v1/analyze", json=body), 422, "invalid_fields")


def test_huge_body_is_413_by_declared_length(client: FlaskClient) -> None:
    body = json.dumps({"text": "x" * 70_000})
    assert_error(client.post("/v1/analyze", data=body, content_type="application/json"), 413)


def test_huge_chunked_body_is_413(client: FlaskClient) -> None:
    """No declared length (chunked, as gunicorn passes it): the stream limit still applies."""
    body = json.dumps({"text": "x" * 70_000}).encode()
    response = client.post(
        "/v1/analyze",
        input_stream=io.BytesIO(body),
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert_error(response, 413)


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]
)
def test_wrong_content_type_is_415(client: FlaskClient, content_type: str) -> None:
    response = client.post("/v1/analyze", data='{"text": "x"}', content_type=content_type)
    assert_error(response, 415, "unsupported_media_type")


def test_missing_content_type_is_415(client: FlaskClient) -> None:
    assert_error(client.post("/v1/analyze", data='{"text": "x"}'), 415)


@pytest.mark.parametrize("body", [[], "text", 5, None, [{"text": "x"}]])
def test_wrong_top_level_type_is_422(client: FlaskClient, body: object) -> None:
    response = client.post("/v1/analyze", data=json.dumps(body), content_type="application/json")
    assert_error(response, 422, "invalid_fields")


def test_ten_thousand_links_are_refused_cleanly(client: FlaskClient) -> None:
    links = [f"https://shop.example/p/{i}?ref=x" for i in range(10_000)]
    app = create_app(
        {
            "DATABASE_URL": "sqlite://",
            "RATE_LIMITS": "off",
            "ACCESS_LOG": "off",
            "SECRET_SALT": "x",
            "MAX_CONTENT_LENGTH": 1024 * 1024,
        }
    )
    response = app.test_client().post("/v1/analyze", json={"text": "x", "links": links})
    assert_error(response, 422, "invalid_fields")
    assert "links" in response.get_json()["error"]["fields"]


def test_many_links_within_the_limit_are_analysed(client: FlaskClient) -> None:
    links = [f"https://shop.example/p/{i}?ref=x" for i in range(500)]
    response = client.post("/v1/analyze", json={"text": "x", "links": links})
    assert response.status_code == 200
    assert response.get_json()["verdict"] in {
        "organic",
        "disclosed",
        "unclear_disclosure",
        "undisclosed",
    }


def test_nul_bytes_and_surrogates_in_text_do_not_break_analysis(client: FlaskClient) -> None:
    body = '{"text": "a\\u0000b #ad \\ud800 end", "author": "x\\u0000"}'
    response = client.post("/v1/analyze", data=body, content_type="application/json")
    assert response.status_code == 200
    assert response.get_json()["signals"] is not None


def test_script_in_text_comes_back_as_escaped_json_data(client: FlaskClient) -> None:
    text = "<script>alert('x')</script> #ad"
    response = client.post("/v1/analyze", json={"text": text})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert b"<script" not in response.data
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_unknown_path_is_json_404(client: FlaskClient) -> None:
    assert_error(client.get("/v1/nothing-here"), 404, "not_found")
    assert_error(client.get("/"), 404)


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/v1/analyze"), ("delete", "/v1/lookup/abcd"), ("post", "/v1/health")],
)
def test_wrong_method_is_json_405(client: FlaskClient, method: str, path: str) -> None:
    response = getattr(client, method)(path, json={})
    assert_error(response, 405, "method_not_allowed")
    assert "Allow" in response.headers


def test_unexpected_failures_are_json_500_without_details(monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(
        {"DATABASE_URL": "sqlite://", "RATE_LIMITS": "off", "ACCESS_LOG": "off", "SECRET_SALT": "x"}
    )

    def explode(*_args: object) -> None:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr("extension_api.views.analyze.analyze_fields", explode)
    response = app.test_client().post("/v1/analyze", json={"text": "x"})
    assert_error(response, 500, "internal_error")
    assert b"secret internals" not in response.data
