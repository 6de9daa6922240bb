"""Load a jurisdiction's rulebook from ``data/<code>.yaml`` into frozen dataclasses.

Rulebooks are data, not code: what a country's regulator accepts as a disclosure
label, what it calls unclear and where a label must stand.  Labels are the
canonical labels of the detector's lexicon (lower case, hashtags with ``#``), so
a rulebook can judge any disclosure signal by its ``detail``.

>>> book = load_rulebook("us")
>>> book.version, book.judge_label("#spon"), book.judge_label("#ad")
('us-2026.11', 'unclear', 'accepted')
>>> load_rulebook("NL").judge_label("#spon")
'accepted'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, Literal

import yaml

JURISDICTIONS: tuple[str, ...] = ("nl", "be", "us", "uk", "de", "fr", "eu")
"""Every shipped rulebook; ``nl`` is the default."""

LabelStatus = Literal["accepted", "unclear", "unknown"]


class UnknownJurisdictionError(ValueError):
    """Raised for a jurisdiction code without a shipped rulebook."""


@dataclass(frozen=True, slots=True)
class Source:
    """A published text a rule rests on."""

    key: str
    title: str
    url: str
    date: str


@dataclass(frozen=True, slots=True)
class Rule:
    """One requirement, in a sentence, with the source and date it comes from."""

    id: str
    summary: str
    source: Source
    date: str


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a disclosure must stand to count as visible."""

    fold: MappingProxyType[str, int]
    """Characters visible before the platform's "more" fold, per platform."""
    hashtag_wall: int
    """A label preceded by at least this many hashtags in one block is buried."""
    at_start: bool
    """The label must open the post (UK, DE)."""
    start_window: int
    """How many characters count as "the start" when ``at_start`` is set."""

    def fold_for(self, platform: str) -> int:
        """Visible characters on ``platform``; unknown platforms use the ``unknown`` entry."""
        return self.fold.get(platform, self.fold.get("unknown", 200))


@dataclass(frozen=True, slots=True)
class Rulebook:
    """Everything the verdict needs to judge a disclosure under one jurisdiction."""

    jurisdiction: str
    name: str
    version: str
    authority: str
    accepted_labels: MappingProxyType[str, tuple[str, ...]]
    """Accepted canonical labels, per language of the label."""
    accepted: frozenset[str]
    """Every accepted label, whatever its language (for fast lookup)."""
    unclear_labels: frozenset[str]
    statements_accepted: bool
    """Whether a plain statement ("I received this for free") is an adequate disclosure."""
    placement: Placement
    rules: tuple[Rule, ...]
    sources: tuple[Source, ...]

    def judge_label(self, label: str) -> LabelStatus:
        """Whether this rulebook accepts a canonical label, finds it unclear, or omits it."""
        if label in self.accepted:
            return "accepted"
        if label in self.unclear_labels:
            return "unclear"
        return "unknown"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view, as ``transparant rules --format json`` prints it."""
        return {
            "jurisdiction": self.jurisdiction,
            "name": self.name,
            "version": self.version,
            "authority": self.authority,
            "accepted_labels": {k: list(v) for k, v in self.accepted_labels.items()},
            "unclear_labels": sorted(self.unclear_labels),
            "statements_accepted": self.statements_accepted,
            "placement": {
                "fold": dict(self.placement.fold),
                "hashtag_wall": self.placement.hashtag_wall,
                "at_start": self.placement.at_start,
                "start_window": self.placement.start_window,
            },
            "rules": [
                {"id": r.id, "summary": r.summary, "source": r.source.title,
                 "url": r.source.url, "date": r.date}
                for r in self.rules
            ],
        }


@cache
def load_rulebook(jurisdiction: str = "nl") -> Rulebook:
    """Return the shipped rulebook for ``jurisdiction`` (case-insensitive), parsed once."""
    code = jurisdiction.strip().lower()
    if code not in JURISDICTIONS:
        raise UnknownJurisdictionError(
            f"unknown jurisdiction {jurisdiction!r}; choose one of {', '.join(JURISDICTIONS)}"
        )
    path = files("scrapers.rules").joinpath("data", f"{code}.yaml")
    raw = yaml.safe_load(path.read_text("utf-8"))
    return _build(raw)


def _build(raw: dict[str, Any]) -> Rulebook:
    sources = {key: Source(key, s["title"], s["url"], str(s["date"]))
               for key, s in raw["sources"].items()}
    rules = tuple(
        Rule(r["id"], r["summary"], sources[r["source"]], str(r["date"])) for r in raw["rules"]
    )
    place = raw["placement"]
    accepted = {lang: tuple(labels) for lang, labels in raw["accepted_labels"].items()}
    return Rulebook(
        jurisdiction=raw["jurisdiction"],
        name=raw["name"],
        version=raw["version"],
        authority=raw["authority"],
        accepted_labels=MappingProxyType(accepted),
        accepted=frozenset(label for labels in accepted.values() for label in labels),
        unclear_labels=frozenset(raw["unclear_labels"]),
        statements_accepted=bool(raw["statements_accepted"]),
        placement=Placement(
            fold=MappingProxyType({k: int(v) for k, v in place["fold"].items()}),
            hashtag_wall=int(place["hashtag_wall"]),
            at_start=bool(place["at_start"]),
            start_window=int(place["start_window"]),
        ),
        rules=rules,
        sources=tuple(sources.values()),
    )
