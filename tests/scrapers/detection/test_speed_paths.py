"""The throughput shortcuts give exactly the answers of the full path.

``Detector.analyze_caption`` (the stream's path for a plain caption) must equal
``Detector.analyze(Post(text, platform))``, and the stream's verdict lines must be the
bytes of ``json.dumps(verdict.with_id(id).to_dict(), ensure_ascii=False,
separators=(",", ":"))``, for organic captions (the short path) and for every kind of
evidence (the full path).
"""

from __future__ import annotations

import json
import random

import pytest

from scrapers.detection.engine import Detector
from scrapers.detection.stream import analyze_lines
from scrapers.models import Post

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
