"""Brand matching by handle, @-mention, name or alias, and registered domain."""

from __future__ import annotations

import pytest

from scrapers.publish.brands import make_brand_matcher
from scrapers.publish.snapshot import BrandRecord

BRANDS = (
    BrandRecord(1, "zonly", "Zonly", ("Zonly Skin",), ("zonly_nl",), ("zonly.nl",)),
    BrandRecord(2, "hema", "HEMA", (), ("hema",), ("hema.nl",)),
)
MATCH = make_brand_matcher(BRANDS)


@pytest.mark.parametrize(
    ("text", "links", "tagged", "expected"),
    [
        ("Nieuwe crème van Zonly!", (), (), (1,)),
        ("Thanks @zonly_nl for the gift", (), (), (1,)),
        ("love it", (), ("ZONLY_NL",), (1,)),
        ("shop here", ("https://www.zonly.nl/p?ref=x",), (), (1,)),
        ("shop here", ("https://zonly.nl.evil.example/",), (), ()),
        ("Zonlyness is not a brand", (), (), ()),
        ("#zonly in a hashtag is not the name", (), (), ()),
        ("Bij de HEMA gekocht, en Zonly Skin", (), (), (1, 2)),
        ("Ich liebe hema.nl", ("https://HEMA.nl/x",), (), (2,)),
    ],
)
def test_brand_matcher(
    text: str, links: tuple[str, ...], tagged: tuple[str, ...], expected: tuple[int, ...]
) -> None:
    assert MATCH(text, links, tagged) == expected


def test_no_brands_match_nothing() -> None:
    assert make_brand_matcher(())("Zonly @zonly_nl", ("https://zonly.nl",), ("zonly_nl",)) == ()
