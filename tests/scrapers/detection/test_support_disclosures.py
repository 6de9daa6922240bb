"""Affiliate and channel-support statements in video descriptions: verdict and evidence."""

from __future__ import annotations

import pytest

from scrapers.detection import Detector
from scrapers.models import Post


@pytest.mark.parametrize(
    ("text", "verdict", "evidence"),
    [
        ("Support TYT for FREE by doing your Amazon shopping through this link (bookmark it!) "
         "https://www.amazon.com/?tag=tyt-20", "disclosed",
         [("disclosure.statement", "your Amazon shopping through"),
          ("commercial.affiliate_link", "https://www.amazon.com/?tag=tyt-20")]),
        ("The description may contain affiliate links. This means I may make a small commission "
         "if you purchase through my links.", "disclosed",
         [("disclosure.statement", "may contain affiliate links"),
          ("disclosure.statement", "make a small commission"),
          ("disclosure.statement", "if you purchase through")]),
        ("Shopping with these links helps the channel\nAmazon Link: http://goo.gl/XTJ3OG",
         "disclosed",
         [("disclosure.statement", "Shopping with these links"),
          ("commercial.shop_link", "Amazon Link: http://goo.gl/XTJ3OG")]),
        ("My camera: https://amzn.to/3xYz\nI earn a small commission at no extra cost to you.",
         "disclosed",
         [("commercial.affiliate_link", "https://amzn.to/3xYz"),
          ("disclosure.statement", "small commission at no extra cost")]),
        # A description with its own codes is not *about* advertising, whatever its words.
        ("Black-owned brands I love, do your research! Use code JACKIE15 for 15% off.\n"
         "*Affiliate links are used", "disclosed",
         [("commercial.discount_code", "code JACKIE15"),
          ("disclosure.statement", "Affiliate links")]),
        # Negatives: denials and texts about advertising without their own commerce.
        ("Not sponsored. I am not affiliated with any brand.", "organic",
         [("guard.negation", "Not sponsored"), ("guard.negation", "not affiliated")]),
        ("Influencers and brands: new research shows the FTC wants affiliate links disclosed, "
         "marketers say.", "organic", [("guard.about_advertising", "brands")]),
    ],
)
def test_support_and_commission_statements(text: str, verdict: str,
                                           evidence: list[tuple[str, str]]) -> None:
    result = Detector("us").analyze(Post(text, platform="youtube"))
    assert result.verdict == verdict
    found = [(s.rule, s.text) for s in result.signals]
    for item in evidence:
        assert item in found
    assert not any(rule.startswith("disclosure") for rule, _ in found) or result.disclosed
