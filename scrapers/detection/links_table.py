"""The shipped table of affiliate networks, trackers and shorteners, loaded once.

The knowledge lives in ``data/links_networks.json`` (data, not code) so that a
new network is a one-line change.  Everything here is immutable and built by a
cached factory, so there is no global mutable state beyond an ``lru_cache``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Final

import tldextract

TABLE_FILE: Final = "links_networks.json"


@dataclass(frozen=True, slots=True)
class ParamRule:
    """A URL parameter that makes a link on ``domain`` an affiliate link."""

    domain: str
    """Registered domain (``bol.com``) or ``name.*`` for every suffix (``amazon.*``)."""
    params: frozenset[str]
    """Lower-cased query keys."""
    network: str
    prefix: str = ""
    """When set, the value must start with it (lower-cased)."""


@dataclass(frozen=True, slots=True)
class PathRule:
    """An affiliate endpoint that is a path on an otherwise ordinary host."""

    host: str
    path: str
    network: str
    param: str = ""


@dataclass(frozen=True, slots=True)
class LinkTable:
    """The compiled link knowledge; see ``data/links_networks.json`` for sources."""

    version: str
    affiliate_hosts: dict[str, str]
    path_rules: tuple[PathRule, ...]
    path_segments: dict[str, str]
    """A referral path segment (``ref`` in ``/ref/jane/``) and its network, on any host."""
    program_subdomains: frozenset[str]
    program_suffixes: tuple[str, ...]
    """A programme's tracking host: ``record.`` + a domain named ``…affiliates``."""
    creator_paths: frozenset[str]
    """Whole paths that name a creator's channel (``zapklik.nl/yt``): a brand's landing page
    for one creator's audience, i.e. a campaign."""
    platform_domains: frozenset[str]
    """The platforms themselves, where ``/tiktok`` or ``/podcast`` is just a page."""
    first_segments: dict[str, str]
    """Segments that mean a referral only when they open the path (``/r/<creator>``)."""
    segment_exempt: frozenset[str]
    """Registered domains whose paths use those segments for something else (``reddit.com/r/``)."""
    param_rules_by_domain: dict[str, tuple[ParamRule, ...]]
    param_rules_by_name: dict[str, tuple[ParamRule, ...]]
    query_keys: dict[str, str]
    query_key_values: dict[str, re.Pattern[str]]
    tracking_values: dict[str, frozenset[str]]
    paid_placement_values: dict[str, frozenset[str]]
    """``utm_medium=native``-style values: the link sits in bought editorial space."""
    shorteners: frozenset[str]
    sponsor_domains: frozenset[str]


@lru_cache(maxsize=1)
def link_table() -> LinkTable:
    """Load and compile the shipped table (once per process).

    >>> link_table().affiliate_hosts["prf.hn"]
    'partnerize'
    """
    raw: dict[str, Any] = json.loads(
        files("scrapers.detection").joinpath("data", TABLE_FILE).read_text(encoding="utf-8")
    )
    by_domain: dict[str, list[ParamRule]] = {}
    by_name: dict[str, list[ParamRule]] = {}
    for item in raw["affiliate_params"]:
        rule = ParamRule(
            domain=item["domain"],
            params=frozenset(p.lower() for p in item["params"]),
            network=item["network"],
            prefix=item.get("prefix", "").lower(),
        )
        if rule.domain.endswith(".*"):
            by_name.setdefault(rule.domain[:-2], []).append(rule)
        else:
            by_domain.setdefault(rule.domain, []).append(rule)
    return LinkTable(
        version=raw["version"],
        affiliate_hosts={k.lower(): v for k, v in raw["affiliate_hosts"].items()},
        path_rules=tuple(PathRule(**item) for item in raw["affiliate_paths"]),
        path_segments={k.lower(): v for k, v in raw.get("affiliate_path_segments", {}).items()},
        program_subdomains=frozenset(raw.get("program_tracking_subdomains", ())),
        program_suffixes=tuple(raw.get("program_name_suffixes", ())),
        creator_paths=frozenset(raw.get("creator_landing_paths", ())),
        platform_domains=frozenset(raw.get("platform_domains", ())),
        first_segments={k.lower(): v
                        for k, v in raw.get("affiliate_first_path_segments", {}).items()},
        segment_exempt=frozenset(raw.get("path_segment_exempt_domains", ())),
        param_rules_by_domain={k: tuple(v) for k, v in by_domain.items()},
        param_rules_by_name={k: tuple(v) for k, v in by_name.items()},
        query_keys={k.lower(): v for k, v in raw["affiliate_query_keys"].items()},
        query_key_values={
            k: re.compile(v, re.IGNORECASE) for k, v in raw["affiliate_query_key_values"].items()
        },
        tracking_values={k: frozenset(v) for k, v in raw["tracking_values"].items()},
        paid_placement_values={k: frozenset(v)
                               for k, v in raw.get("paid_placement_values", {}).items()},
        shorteners=frozenset(raw["shorteners"]),
        sponsor_domains=frozenset(raw["sponsor_domains"]),
    )


@lru_cache(maxsize=1)
def domain_extractor() -> tldextract.TLDExtract:
    """tldextract on its bundled public-suffix snapshot: never downloads, never caches to disk."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=65536)
def registered_domain(host: str) -> tuple[str, str]:
    """``(registered domain, domain label)`` of a host; empty strings when it has no suffix.

    >>> registered_domain("www.amazon.co.uk")
    ('amazon.co.uk', 'amazon')
    >>> registered_domain("localhost")
    ('', '')
    """
    parts = domain_extractor()(host)
    if not parts.suffix or not parts.domain:
        return "", ""
    return f"{parts.domain}.{parts.suffix}", parts.domain
