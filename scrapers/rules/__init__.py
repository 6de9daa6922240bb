"""Jurisdiction rulebooks: data files shipped in the package, loaded into frozen dataclasses."""

from __future__ import annotations

from scrapers.rules.rulebook import (
    JURISDICTIONS,
    Placement,
    Rule,
    Rulebook,
    Source,
    UnknownJurisdictionError,
    load_rulebook,
)

__all__ = [
    "JURISDICTIONS",
    "Placement",
    "Rule",
    "Rulebook",
    "Source",
    "UnknownJurisdictionError",
    "load_rulebook",
]
