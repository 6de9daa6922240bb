"""The literal gates never rule out a text that one of their patterns matches.

``LiteralGate`` stands before the standing-policy cue lists
(``guards.standing.may_state_policy``): a wrong "no" there would silently keep a policy
sentence as a disclosure.  So the test builds texts from the cue lists' own words, cut and
glued at random, and checks the gate against the compiled patterns themselves.
``PatternGate`` stands before the whole-text patterns of offers, creator links and the
public-code guard; it is checked the same way, on the patterns' own literals and on every
text of the case tables.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.detection.creator_links import _AUTHOR_GATE
from scrapers.detection.document import lower_same_length
from scrapers.detection.guards import _PUBLIC_CODE_GATE
from scrapers.detection.guards.standing import _POLICY_CUES, _words, standing_cues
from scrapers.detection.lexicon import lexicon_data, load_lexicon
from scrapers.detection.literal_gate import CASE_FIXES, LiteralGate, PatternGate, requirements
from scrapers.detection.offers import _CLAIM_GATE, _OFFER_GATE

CUE_WORDS = [str(p) for key in _POLICY_CUES for p in lexicon_data()["guards"][key]]
CUE_PATTERNS = [_words([word]) for word in CUE_WORDS]
FRAGMENTS = [*CUE_WORDS, "marked", "= *", "#ad = paid", "op blog.nl", "on site.com", " ",
             ". ", "x", "(*)", "say \"", "staan er bij", "may also contain"]


def test_requirements_read_the_pattern_structure() -> None:
    assert requirements("gekennzeichnet") == (("gekennzeichnet",),)
    assert requirements("may (?:also )?contain") == (("may contain", "may also contain"),)
    assert requirements("#\\w+ ?= ?(?=\\w)") == (("#",), ("=",))
    assert requirements("op [a-z0-9-]+\\.(?:nl|be)") == (("op ",), (".nl", ".be"))
    # the parser reads "staat|staan" as "staa" and the class [tn]: a choice of two texts
    assert requirements("(?:staat|staan) er[^.!?\\n]{0,20} bij") == (("staat er", "staan er"),
                                                                      (" bij",))
    assert requirements("[$£€] ?[0-9]") == (("$", "£", "€"),)
    # case-blind: the texts in lower case, to be found in a lower-cased text
    assert requirements("(?i)Marked|TAGGED") == (("marked", "tagged"),)
    # nothing certain: a top-level choice with a bare class, a case-blind "µ" (also "μ" then),
    # bad syntax
    assert requirements("a|\\w+") == requirements("(?i)5µm") == requirements("(") == ()


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


PATTERN_GATES = [_OFFER_GATE, _CLAIM_GATE, _AUTHOR_GATE, _PUBLIC_CODE_GATE, load_lexicon().cue_gate,
                 standing_cues().giver_gate]
GATED = [(gate, pattern) for gate in PATTERN_GATES for pattern, _ in gate.requirements]
GATE_WORDS = sorted({text for gate in PATTERN_GATES for _, needed in gate.requirements
                     for requirement in needed for text in requirement})
TABLES = Path(__file__).resolve().parents[3] / "bench" / "data"


def test_every_gated_pattern_has_a_literal_to_look_for() -> None:
    # a pattern without one would always run: the gate in front of it would be dead weight
    assert all(needed for gate in PATTERN_GATES for _, needed in gate.requirements)


def test_a_pattern_gate_answers_per_pattern_and_keeps_their_order() -> None:
    kind = re.compile("(?<!\\w)(?:was|were) kind enough to")
    link = re.compile("link in (?:bio|story)")
    blind = re.compile("KIND", re.IGNORECASE)
    gate = PatternGate([kind, link, blind])
    assert gate.possible("finally! link in bio #ootd") == [link]
    assert gate.possible("they were kind enough to send it, link in story") == [kind, link,
                                                                                blind]
    trial = re.compile("(?:free trial.{0,20}link in bio|link in bio.{0,20}free trial)")
    # each branch needs both words: so does the whole, not just one of them
    assert PatternGate([trial]).possible("link in bio #ootd #love") == []


def test_a_case_blind_pattern_stays_possible_where_ignorecase_equates_other_letters() -> None:
    this = re.compile("this is", re.IGNORECASE)
    gate = PatternGate([this])
    assert gate.possible("that was") == []
    # re.IGNORECASE matches "ı" (dotless) to "i" and "ſ" (long s) to "s": lower case does not
    for text in ("thıs is", "thiſ is", "THİS İS"):
        assert this.search(text) is not None
        assert gate.possible(lower_same_length(text)) == [this], text


LEXICON = load_lexicon()
CUE_PATTERNS_OF_LINKS = [pattern for pattern, _ in LEXICON.cue_gate.requirements]
CUE_TEXTS = sorted({text for _, needed in LEXICON.cue_gate.requirements
                    for requirement in needed for text in requirement})


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from([*CUE_TEXTS, " ", ": ", "x", "https://bit.ly/x", "ı", "ſ", "İ",
                                 "K", "µ"]), min_size=1, max_size=6),
       st.integers(min_value=0, max_value=3), st.booleans())
def test_the_link_label_gate_never_rules_out_a_case_blind_match(pieces: list[str], cut: int,
                                                                upper: bool) -> None:
    text = "".join(piece[cut:] if index % 2 else piece for index, piece in enumerate(pieces))
    text = text.upper() if upper else text.title()
    possible = LEXICON.cue_gate.possible(lower_same_length(text))
    for pattern in CUE_PATTERNS_OF_LINKS:
        if pattern.search(text) is not None:
            assert pattern in possible, (pattern.pattern[:60], text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from([*GATE_WORDS, " ", ". ", "x", "@merk ", "https://a.nl/x"]),
                min_size=1, max_size=6),
       st.integers(min_value=0, max_value=3))
def test_the_pattern_gates_never_rule_out_a_match(pieces: list[str], cut: int) -> None:
    text = "".join(piece[cut:] if index % 2 else piece for index, piece in enumerate(pieces))
    for gate, pattern in GATED:
        if pattern.search(text) is not None:
            assert pattern in gate.possible(text), (pattern.pattern[:60], text)


def test_the_pattern_gates_keep_every_match_in_the_case_tables() -> None:
    texts = sorted({str(json.loads(line).get("text") or "").lower()
                    for path in sorted(TABLES.glob("*_??.jsonl"))
                    for line in path.read_text(encoding="utf-8").splitlines()})
    assert len(texts) > 10_000
    matched = 0
    for lowered in random.Random(7).sample(texts, 3000):  # all 25,000 take 20 s
        for gate in PATTERN_GATES:
            possible = gate.possible(lowered)
            for pattern, _ in gate.requirements:
                if pattern not in possible:
                    assert pattern.search(lowered) is None, (pattern.pattern[:60], lowered[:80])
                    continue
                matched += pattern.search(lowered) is not None
    assert matched > 100  # the tables do exercise the patterns


def _possible_by_definition(gate: PatternGate, text: str) -> list[re.Pattern[str]]:
    """What ``possible`` must answer: every pattern all of whose requirements meet a literal
    that occurs in the text (case-blind ones also when the text holds a CASE_FIXES letter)."""
    folded = not text.isascii() and not CASE_FIXES.isdisjoint(text)
    return [pattern for pattern, needed in gate.requirements
            if (folded and pattern.flags & re.IGNORECASE)
            or all(any(word in text for word in requirement) for requirement in needed)]


def test_the_anchored_lookup_answers_as_the_definition_on_the_case_tables() -> None:
    texts = sorted({lower_same_length(str(json.loads(line).get("text") or ""))
                    for path in sorted(TABLES.glob("*_??.jsonl"))
                    for line in path.read_text(encoding="utf-8").splitlines()})
    for text in [*random.Random(11).sample(texts, 1500), "thıs ıs ſo", ""]:
        for gate in PATTERN_GATES:
            assert gate.possible(text) == _possible_by_definition(gate, text), text[:80]
