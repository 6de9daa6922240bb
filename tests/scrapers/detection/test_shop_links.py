"""Shortened links with a shopping label (``commercial.shop_link``): verdict and evidence."""

from __future__ import annotations

import pytest

from scrapers.detection import Detector
from scrapers.models import Post

SHOP = "commercial.shop_link"


@pytest.mark.parametrize(
    ("jurisdiction", "text", "verdict", "evidence"),
    [
        ("us", "New haul!\nBuy it here: https://bit.ly/3abc", "undisclosed",
         [("Buy it here: https://bit.ly/3abc", "buy")]),
        ("us", "Get the album on iTunes: http://smarturl.it/AnAwesomeWave", "undisclosed",
         [("Get the album on iTunes: http://smarturl.it/AnAwesomeWave", "get the album")]),
        ("us", "What I'm wearing:\nhttps://goo.gl/abcd", "undisclosed",
         [("What I'm wearing:\nhttps://goo.gl/abcd", "what i'm wearing")]),
        ("us", "Propellers: https://goo.gl/aaaa\nFrame: https://goo.gl/bbbb", "undisclosed",
         [("Propellers: https://goo.gl/aaaa", "product list"),
          ("Frame: https://goo.gl/bbbb", "product list")]),
        ("us", "Fan video.\nCreated using Video Star: http://VideoStarApp.com/FREE", "undisclosed",
         [("Created using Video Star: http://VideoStarApp.com/FREE", "created using")]),
        ("us", "Cyntur JumperPack Mini here: http://bit.ly/1Mjh2Cc", "undisclosed",
         [("Cyntur JumperPack Mini here: http://bit.ly/1Mjh2Cc", "here")]),
        ("us", "Affiliate links below.\nGear I use: https://bit.ly/3abc", "disclosed",
         [("Gear I use: https://bit.ly/3abc", "gear i use")]),
        ("nl", "Mijn nieuwe jas! Bestel hem via https://bit.ly/3abc", "undisclosed",
         [("Mijn nieuwe jas! Bestel hem via https://bit.ly/3abc", "bestel")]),
        ("de", "Meine Jacke. Hier kaufen: https://bit.ly/3abc", "undisclosed",
         [("Meine Jacke. Hier kaufen: https://bit.ly/3abc", "kaufen")]),
        ("fr", "Ma veste, disponible sur https://bit.ly/3abc", "undisclosed",
         [("Ma veste, disponible sur https://bit.ly/3abc", "disponible sur")]),
        # Negatives: social, editorial or single unlabelled shortened links stay organic.
        ("us", "Follow me on Twitter: https://bit.ly/3abc\nSubscribe: https://goo.gl/xyz1",
         "organic", []),
        ("us", "Part 1: https://goo.gl/aaaa\nPart 2: https://goo.gl/bbbb", "organic", []),
        ("us", "Slides from my talk: https://bit.ly/3abc", "organic", []),
        ("us", "Made with love in Amsterdam, see www.example.org", "organic", []),
        ("us", "Buy local, support your farmers! https://www.example.org/markets", "organic", []),
        ("nl", "Volg me op Instagram: https://bit.ly/3abc", "organic", []),
        ("de", "Mehr Infos zum Verein: https://bit.ly/3abc", "organic", []),
        ("fr", "Abonnez-vous à la chaîne : https://bit.ly/3abc", "organic", []),
        ("de", "Die Partei will die Geschichte umschreiben, sagt der Historiker im Interview "
               "https://t.co/WyXDMUqEGa\nWir passen uns den neuen Kundenbedürfnissen an, ab "
               "kommendem Jahr gibt es Co-Working https://t.co/k6WxgQUHuF", "organic", []),
    ],
)
def test_shop_links(jurisdiction: str, text: str, verdict: str,
                    evidence: list[tuple[str, str]]) -> None:
    result = Detector(jurisdiction).analyze(Post(text, platform="youtube"))
    assert result.verdict == verdict
    found = [(s.text, s.detail) for s in result.signals if s.rule == SHOP]
    assert found == evidence
    for signal in result.signals:
        if signal.rule == SHOP:
            assert text[signal.start:signal.end] == signal.text
            assert signal.weight == 1.0
    if evidence:
        assert result.commercial and "affiliate" in result.kinds


def test_a_product_on_my_shopmy_is_an_affiliate_storefront() -> None:
    # "on my shopmy in bio, its under 'beauty faves'" (xylopia)
    text = ("the $28 dupe for THAT $90 viral mascara?? girl. run. on my shopmy in bio, its under "
            "'beauty faves' #makeupdupes #mascara")
    verdict = Detector("us").analyze(Post(text, platform="tiktok"))
    assert verdict.verdict == "undisclosed"
    assert {(s.rule, s.text) for s in verdict.signals} == {("commercial.shop_call",
                                                             "on my shopmy")}


def test_a_bios_link_list_naming_my_ltk_sells_nothing_by_itself() -> None:
    text = ("Claire | Gentle parenting & home\nAll ads marked #ad, gifts marked #gifted\n"
            "collabs: claire@littlewildlings.co.uk\n⬇️ my LTK + blog")
    verdict = Detector("uk").analyze(Post(text, platform="instagram"))
    assert verdict.verdict == "organic"
    assert not any(s.rule == "commercial.shop_call" for s in verdict.signals)
