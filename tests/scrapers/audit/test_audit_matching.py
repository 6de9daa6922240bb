"""Brand matching: handles, name variants and registered domains, each with its reason."""

from __future__ import annotations

import pytest

from scrapers.audit.matching import BrandSpec, match_post

VELVORIA = BrandSpec(
    "velvoria", "Velvoria", aliases=("Velvoria Skin",), handles=("velvoria", "@VelvoriaSkin"),
    domains=("velvoria.nl", "velvoria.com"),
)
TRAILBROOK = BrandSpec("trailbrook", "Trailbrook Outdoor", aliases=("Trailbrook",))


@pytest.mark.parametrize(
    ("text", "links", "tagged", "expected"),
    [
        ("Nieuw van @velvoria!", (), (), ("mention:@velvoria",)),
        ("Nieuw van @VelvoriaSkin.", (), (), ("mention:@velvoriaskin",)),
        ("", (), ("Velvoria",), ("tagged:@velvoria",)),
        ("Mijn VELVÓRIA-crème", (), (), ("name:Velvoria",)),
        ("velvoria's best product", (), (), ("name:Velvoria",)),
        ("Vel\u200bvoria is op", (), (), ("name:Velvoria",)),
        ("love my velvoria  skin routine", (), (), ("name:Velvoria", "name:Velvoria Skin")),
        ("shop", ("https://shop.velvoria.nl/zomer?utm_source=ig&utm_medium=social",), (),
         ("domain:velvoria.nl",)),
        ("bestel op velvoria.com vandaag", (), (), ("name:Velvoria", "domain:velvoria.com")),
    ],
)
def test_matches_with_reasons(
    text: str, links: tuple[str, ...], tagged: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert match_post(VELVORIA, text, links, tagged) == expected


@pytest.mark.parametrize(
    ("text", "links", "tagged", "author"),
    [
        ("Velvoriaan is een ander woord", (), (), None),
        ("volg @velvoria_fanclub", (), (), None),
        ("mail me at info@velvoria", (), (), None),
        ("nep", ("https://velvoria.nl.kortingsdeal-nu.example/actie",), (), None),
        ("nep", ("https://notvelvoria.nl/",), (), None),
        ("", (), ("velvoria_fans",), None),
        ("Our new Velvoria serum", ("https://velvoria.nl",), (), "velvoria"),
    ],
)
def test_does_not_match(
    text: str, links: tuple[str, ...], tagged: tuple[str, ...], author: str | None
) -> None:
    assert match_post(VELVORIA, text, links, tagged, author) == ()


def test_multi_word_name_and_alias() -> None:
    assert match_post(TRAILBROOK, "Mijn Trailbrook-Outdoor jas") == ("name:Trailbrook Outdoor",
                                                                     "name:Trailbrook")
    assert match_post(TRAILBROOK, "Trailbrooks are nice") == ()


def test_extended_adds_domains_and_handles_and_reduces_urls_to_registered_domains() -> None:
    brand = BrandSpec("x", "Xyzzy").extended(domains=("https://www.xyzzy.nl/shop",),
                                             handles=("@xy",))
    assert match_post(brand, "hi @xy", ("https://a.b.xyzzy.nl/?utm_source=x",)) == (
        "mention:@xy", "domain:xyzzy.nl")
    assert match_post(brand, "hi", ("https://xyzzy.nl.example/",)) == ()
