"""The JSON-lines stream: one output line per input line, same id, errors inline."""

from __future__ import annotations

import json

from scrapers.detection import analyze
from scrapers.detection.stream import analyze_lines, verdict_json
from scrapers.models import Post


def test_stream_keeps_order_and_ids_and_survives_bad_lines() -> None:
    lines = [
        b'{"id": "a", "text": "#ad Nieuwe jas", "platform": "instagram"}',
        b"not json",
        b'{"id": 7, "text": 5}',
        b"",
        b'{"id": "b", "text": "Wat een mooie dag", "lang": "nl"}',
        b'{"id": "c", "text": "x", "platform": "myspace"}',
        b'\xff\xfe{"id": 9}',
        b'["a list"]',
    ]
    out = [json.loads(line) for line in analyze_lines(lines)]
    assert [o.get("id") for o in out] == ["a", None, 7, "b", "c", None, None]
    assert out[0]["verdict"] == "disclosed"
    assert [o["error"]["code"] for o in out if "error" in o] == [
        "bad_json", "missing_text", "bad_field", "bad_encoding", "not_an_object"]
    assert out[3]["verdict"] == "organic" and out[3]["language"] == "nl"


def test_fast_serialisation_equals_to_dict() -> None:
    for text in ("Use code ANNA20 https://amzn.to/x #ad #sp", "Niet gesponsord", "Hallo",
                 "Hallo", "Wat een mooie dag vandaag"):
        verdict = analyze(Post(text, platform="instagram"))
        assert json.loads(verdict_json(verdict, "x")) == verdict.with_id("x").to_dict()
        assert json.loads(verdict_json(verdict, 12)) == verdict.with_id(12).to_dict()
        assert json.loads(verdict_json(verdict)) == verdict.to_dict()
