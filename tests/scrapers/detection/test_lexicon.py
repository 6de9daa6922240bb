"""The lexicon's per-label fields stay what they were unless someone changes them on purpose.

A canonical label ("gesponsord door", "#partner") is shared by many phrases, and its kind of
commerce and its language come from the first entry that gives one.  A new phrase written
before the others, with another kind, would silently re-kind every post that wears the label
(a review once caught 410 answers changed that way).  The pinned table makes such a change
fail here, naming the label, so it is made deliberately.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapers.detection.lexicon import Entry, _label_field, load_lexicon

PINNED = Path(__file__).parents[2] / "fixtures" / "detection" / "lexicon" / "label_fields.json"


def _changes(now: dict[str, str], pinned: dict[str, str]) -> list[str]:
    return [f"{label!r}: {pinned.get(label)!r} -> {now.get(label)!r}"
            for label in sorted(set(now) | set(pinned)) if now.get(label) != pinned.get(label)]


@pytest.mark.parametrize(("field", "attribute"), [("kinds", "label_kinds"),
                                                   ("languages", "label_languages")])
def test_label_fields_are_pinned(field: str, attribute: str) -> None:
    pinned = json.loads(PINNED.read_text("utf-8"))[field]
    changes = _changes(dict(getattr(load_lexicon(), attribute)), pinned)
    assert changes == [], (f"label {field} changed (update {PINNED.name} if meant): "
                           + "; ".join(changes))


def test_first_entry_with_a_value_decides_a_labels_kind() -> None:
    # why the pin exists: order, not majority, decides; an empty kind is skipped
    entries = [Entry("disclosure_phrase", "mede mogelijk gemaakt door", "gesponsord door"),
               Entry("disclosure_phrase", "brand studio voor", "gesponsord door",
                     kind="advertorial"),
               Entry("disclosure_label", "gesponsord door", "gesponsord door", kind="sponsored")]
    assert _label_field(entries, "kind") == {"gesponsord door": "advertorial"}


def test_the_pin_notices_a_re_kinded_label() -> None:
    pinned = json.loads(PINNED.read_text("utf-8"))["kinds"]
    assert pinned["gesponsord door"] == "sponsored"
    moved = {**pinned, "gesponsord door": "advertorial"}
    assert _changes(moved, pinned) == ["'gesponsord door': 'sponsored' -> 'advertorial'"]
