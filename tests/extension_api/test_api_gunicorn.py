"""Hostile requests against the production server (gunicorn), not only the test client.

Bodies stay under 64 KiB past the limit: gunicorn drains that much of an unread body
before closing, so the client never meets a reset while it is still sending.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator

import pytest

from extension_api.process import ServerProcess, free_port

PORTS = (18090, 18099)
LIMIT = 32 * 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    directory = tmp_path_factory.mktemp("gunicorn")
    settings = {
        "DATABASE_URL": f"sqlite:///{directory / 'store.sqlite3'}",
        "RATE_LIMITS": "off",
        "SECRET_SALT": "gunicorn-tests",
        "MAX_CONTENT_LENGTH": str(LIMIT),
    }
    process = ServerProcess(free_port(*PORTS), settings, workers=1, log_path=directory / "log")
    with process:
        yield process


def send(
    server: ServerProcess, body: bytes, headers: dict[str, str]
) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        connection.putrequest("POST", "/v1/analyze")
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders()
        connection.send(body)
        answer = connection.getresponse()
        return answer.status, dict(answer.getheaders()), answer.read()
    finally:
        connection.close()


def chunked(body: bytes, size: int = 4096) -> bytes:
    parts = [
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size])
        for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def test_chunked_body_over_the_limit_is_413(server: ServerProcess) -> None:
    body = json.dumps({"text": "x" * 60_000}).encode()
    headers = {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
    status, _, data = send(server, chunked(body), headers)
    assert status == 413
    assert json.loads(data)["error"]["code"] == "payload_too_large"


def test_chunked_body_within_the_limit_is_analysed(server: ServerProcess) -> None:
    body = json.dumps({"text": "Gebruik code ZOMER10 #adv"}).encode()
    headers = {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
    status, _, data = send(server, chunked(body, 7), headers)
    assert status == 200
    assert "verdict" in json.loads(data)


def test_declared_length_over_the_limit_is_413_without_reading(server: ServerProcess) -> None:
    body = b"{" + b" " * (LIMIT + 1024) + b"}"
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    status, response_headers, _ = send(server, body, headers)
    assert status == 413
    assert response_headers["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"[" * 20_000 + b"]" * 20_000, 413),
        (b"[" * 10_000 + b"]" * 10_000, 400),
        (b'{"text": "\xff\xfe"}', 400),
        (b'{"text": "<script>alert(1)</script>"}', 200),
    ],
)
def test_hostile_bodies_get_json_answers(server: ServerProcess, body: bytes, status: int) -> None:
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    got, response_headers, data = send(server, body, headers)
    assert got == status
    assert response_headers["Content-Type"] == "application/json"
    assert response_headers["X-Content-Type-Options"] == "nosniff"
    assert b"<script" not in data and b"Traceback" not in data
    json.loads(data)


def test_server_is_still_healthy_afterwards(server: ServerProcess) -> None:
    connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
    connection.request("GET", "/v1/health")
    assert connection.getresponse().status == 200
    connection.close()
