"""The literal gate never rules out a text that one of its patterns matches.

It stands before the standing-policy cue lists (``guards.standing.may_state_policy``): a
wrong "no" there would silently keep a policy sentence as a disclosure.  So the test
builds texts from the cue lists' own words, cut and glued at random, and checks the gate
against the compiled patterns themselves.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.detection.guards.standing import _POLICY_CUES, _words, standing_cues
from scrapers.detection.lexicon import lexicon_data
from scrapers.detection.literal_gate import LiteralGate, requirements

CUE_WORDS = [str(p) for key in _POLICY_CUES for p in lexicon_data()["guards"][key]]
CUE_PATTERNS = [_words([word]) for word in CUE_WORDS]
FRAGMENTS = [*CUE_WORDS, "marked", "= *", "#ad = paid", "op blog.nl", "on site.com", " ",
             ". ", "x", "(*)", "say \"", "staan er bij", "may also contain"]


def test_requirements_read_the_pattern_structure() -> None:
    assert requirements("gekennzeichnet") == (("gekennzeichnet",),)
    assert requirements("may (?:also )?contain") == (("may contain", "may also contain"),)
    assert requirements("#\\w+ ?= ?(?=\\w)") == (("#",), ("=",))
    assert requirements("op [a-z0-9-]+\\.(?:nl|be)") == (("op ",), (".nl", ".be"))
    assert requirements("(?:staat|staan) er[^.!?\\n]{0,20} bij") == (("staa",), (" er",),
                                                                      (" bij",))
    # nothing certain: a top-level choice with a bare class, a case-blind pattern, bad syntax
    assert requirements("a|\\w+") == requirements("(?i)marked") == requirements("(") == ()


def test_a_pattern_with_nothing_certain_keeps_the_gate_open() -> None:
    gate = LiteralGate(["marked", "\\w+"])
    assert gate.may_match("nothing in common") is True
    assert LiteralGate(["marked"]).may_match("nothing in common") is False


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6),
       st.integers(min_value=0, max_value=3))
def test_the_policy_gate_never_says_no_to_a_match(pieces: list[str], cut: int) -> None:
    text = "".join(piece[cut:] if index % 2 else piece for index, piece in enumerate(pieces))
    gate = standing_cues().policy_gate
    if not gate.may_match(text):
        assert not any(pattern.search(text) for pattern in CUE_PATTERNS), text


def test_the_policy_gate_rules_out_plain_captions() -> None:
    gate = standing_cues().policy_gate
    assert not gate.may_match("vandaag uitgeprobeerd: serum 😍 in samenwerking met @merk #adv")
    assert gate.may_match("alle samenwerkingen zijn gemarkeerd met #adv")
    assert re.search(standing_cues().labelling, "alle samenwerkingen zijn gemarkeerd met #adv")
