"""The throughput shortcuts give exactly the answers of the full path.

``Detector.analyze_caption`` (the stream's path for a plain caption) must equal
``Detector.analyze(Post(text, platform))``, and the stream's verdict lines must be the
bytes of ``json.dumps(verdict.with_id(id).to_dict(), ensure_ascii=False,
separators=(",", ":"))``, for organic captions (the short path) and for every kind of
evidence (the full path).
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import random

import pytest

from scrapers.detection.engine import Detector
from scrapers.detection.stream import analyze_lines
from scrapers.models import Post, Signal, Verdict

CAPTIONS = [
    # organic: the short path
    "Wat een heerlijke dag gehad met mijn fiets! #zomer #adventure",
    "Had the best day with my new sneakers ✨ #ootd #travel",
    "Heute ausprobiert: Rucksack 😍",
    "Trop contente de ce sac !",
    "ok",
    "",
    "x" * 200,
    "Mijn oma kreeg een bos bloemen. " * 6,
    # evidence of every kind: the full path
    "#ad Love my new Nikes",
    "Anzeige | Mein Lieblingsshampoo",
    "Niet gesponsord, zelf gekocht!",
    "Use code ANNA20 for 20% off",
    "Shop: https://amzn.to/3xYz",
    "See www.example.com for more",
    "Top! #a\u200bd",  # zero-width inside #ad
    "Nieuwe jas #а d",  # Cyrillic a, spaced letters
    "𝗔𝗗 Mijn nieuwe jas",  # styled letters
    "Dank aan mijn vriend! #nikepartner",
    "#SP Widget review",
    "İSTANBUL was mooi #reizen",  # lower-casing changes the length
    "Paid posts on this account are always marked with #ad. Sunset walk.",
    "Dit artikel gaat over de Reclamecode, influencers en sluikreclame met #spon.",
]


@pytest.mark.parametrize("jurisdiction", ["nl", "us", "de"])
@pytest.mark.parametrize("platform", ["instagram", "youtube", "unknown"])
def test_caption_path_equals_full_path(jurisdiction: str, platform: str) -> None:
    detector = Detector(jurisdiction)
    for text in CAPTIONS:
        assert detector.analyze_caption(text, platform) == detector.analyze(
            Post(text, platform)), text


def test_caption_path_shares_one_organic_verdict_per_language() -> None:
    detector = Detector("nl")
    first = detector.analyze_caption("Wat een heerlijke dag gehad met mijn fiets!", "tiktok")
    second = detector.analyze_caption("Wat een mooie dag met de fiets", "instagram")
    assert first is second
    assert (first.verdict, first.language, first.signals) == ("organic", "nl", ())
    assert first.explanation == "Geen signalen van betaalde inhoud gevonden."


def _random_caption(rng: random.Random) -> str:
    words = ["Zo", "blij", "met", "deze", "jas", "#ad", "#adv", "code", "LIEKE15", "korting",
             "15%", "niet", "gesponsord", "https://bit.ly/x", "Werbung", "|", "sponsored",
             "by", "@merk", "#ootd", "the", "und", "le", "link", "in", "bio", "ad", "\n",
             "Anzeige", "gifted", "#spon", "merci", "offert", "par", "😍", "r e c l a m e"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(0, 14)))


def test_stream_lines_are_the_bytes_of_to_dict() -> None:
    rng = random.Random(7)
    records = []
    for index in range(400):
        record: dict[str, object] = {"id": index, "text": _random_caption(rng)}
        if index % 3:
            record["platform"] = rng.choice(["instagram", "tiktok", "youtube"])
        if index % 11 == 0:
            record["links"] = ["https://www.bol.com/nl/p/x/9200000?Referrer=ADVNLPPcef"]
        if index % 13 == 0:
            record["lang"] = "de"
        records.append(record)
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    detector = Detector("nl")
    for record, line in zip(records, analyze_lines(lines), strict=True):
        post = Post(str(record["text"]), str(record.get("platform", "unknown")),
                    links=tuple(record.get("links", ())),  # type: ignore[arg-type]
                    language=record.get("lang"))  # type: ignore[arg-type]
        expected = detector.analyze(post).with_id(record["id"]).to_dict()  # type: ignore[arg-type]
        assert line == json.dumps(expected, ensure_ascii=False, separators=(",", ":"))


def test_models_built_through_slots_behave_as_dataclasses() -> None:
    signal = Signal("disclosure", "disclosure.hashtag", "#ad", 1.0, 3, 6, "#ad")
    assert signal == Signal(family="disclosure", rule="disclosure.hashtag", text="#ad",
                            weight=1.0, start=3, end=6, detail="#ad")
    assert (Signal("guard", "guard.x", "t", 0.0).start, Signal("guard", "guard.x", "t", 0.0).detail
            ) == (None, "")
    with pytest.raises(dataclasses.FrozenInstanceError):
        signal.text = "#spon"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Signal("disclosure", "disclosure.hashtag")  # type: ignore[call-arg]
    verdict = Verdict("organic", False, False, 0.9, (signal,), "nl", "nl-1", "nl")
    assert (verdict.explanation, verdict.kinds, verdict.id) == ("", (), None)
    assert dataclasses.replace(verdict, id=7).id == 7
    assert dataclasses.replace(verdict, id=7) == verdict  # the id does not compare
    assert hash(dataclasses.replace(verdict, id=7)) == hash(verdict)
    assert Verdict.from_dict(verdict.to_dict()) == verdict
    assert pickle.loads(pickle.dumps(verdict)) == verdict
    assert Post("x").platform == "unknown" and Post("x", links=("a",)).links == ("a",)
    assert [f.name for f in dataclasses.fields(Signal)] == [
        "family", "rule", "text", "weight", "start", "end", "detail"]


def test_lines_orjson_cannot_decode_as_json_does_get_jsons_answer() -> None:
    lines = [
        b'{"id": 123456789012345678901234567890, "text": "Hallo"}',  # beyond 64 bits
        b'{"id": -9223372036854775809, "text": "#ad Jas"}',
        b'{"id": NaN, "text": "Hallo"}',
        b'{"id": 1, "text": "\\ud800 #ad"}',  # a lone surrogate
        b'\xef\xbb\xbf{"id": 2, "text": "x"}',  # a byte-order mark
        b'{"id": 3, "text": "x", "platform": 18446744073709551616}',
        b'{"id": 4, "text": "x", "native_labels": [123456789012345678901]}',
        b'{"id": 5.5, "text": "x"}',
        b'{"id": 6, "text": "x\ty"}',
    ]
    out = [json.loads(line) for line in analyze_lines(lines)]
    assert out[0]["id"] == 123456789012345678901234567890 and out[0]["verdict"] == "organic"
    assert out[1]["id"] == -9223372036854775809 and out[1]["verdict"] == "disclosed"
    assert out[2]["id"] != out[2]["id"]  # NaN, echoed as json writes it
    assert out[3]["verdict"] == "disclosed"
    assert out[4]["error"]["code"] == "bad_json"
    assert "Unexpected UTF-8 BOM" in out[4]["error"]["message"]
    assert out[5]["error"]["message"].startswith("unknown platform 18446744073709551616;")
    assert out[6]["verdict"] == "organic" and out[6]["id"] == 4
    assert out[7]["id"] == 5.5
    assert out[8]["error"]["code"] == "bad_json"
    assert "control character" in out[8]["error"]["message"]
