"""Campaign briefs: which creators a brand contracted, and when the campaign ran.

A brief is YAML (``name``, ``start``, ``end``, ``creators``: handles or
``{handle, platform, start?, end?}``) or CSV (columns ``handle``, optional
``platform``, ``start``, ``end``; one row per creator).  Dates are ISO 8601 days;
a creator's own dates override the campaign's.

>>> c = parse_campaign({"name": "Zomer", "start": "2026-06-01", "end": "2026-07-31",
...                     "creators": ["@sanne", {"handle": "bram", "platform": "youtube"}]})
>>> [(x.handle, x.platform) for x in c.creators], c.creators[0].window(c)
([('sanne', None), ('bram', 'youtube')], (datetime.date(2026, 6, 1), datetime.date(2026, 7, 31)))
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml


class CampaignError(ValueError):
    """A campaign brief that cannot be read; the message says which field and why."""


@dataclass(frozen=True, slots=True)
class ContractedCreator:
    """One creator of a brief; ``platform`` ``None`` means any platform."""

    handle: str
    platform: str | None = None
    start: date | None = None
    end: date | None = None

    def window(self, campaign: Campaign) -> tuple[date | None, date | None]:
        """The days this creator's posts count for, inclusive."""
        return (self.start or campaign.start, self.end or campaign.end)


@dataclass(frozen=True, slots=True)
class Campaign:
    """A campaign brief: a name, a date window and the contracted creators."""

    name: str
    creators: tuple[ContractedCreator, ...]
    start: date | None = None
    end: date | None = None
    brand: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "brand": self.brand,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "creators": [
                {"handle": c.handle, "platform": c.platform, "start": _iso(c.start),
                 "end": _iso(c.end)}
                for c in self.creators
            ],
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def parse_day(value: Any, where: str) -> date | None:
    """A date from YAML (already a date) or text (``2026-06-01``); ``None`` when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as error:
        raise CampaignError(f"{where}: {value!r} is not a date like 2026-06-01") from error


def _creator(item: Any, where: str) -> ContractedCreator:
    if isinstance(item, str):
        item = {"handle": item}
    if not isinstance(item, dict) or not str(item.get("handle") or "").strip("@ "):
        raise CampaignError(f"{where}: a creator needs a handle")
    platform = str(item.get("platform") or "").strip().lower() or None
    return ContractedCreator(
        handle=str(item["handle"]).strip().lstrip("@"),
        platform=platform,
        start=parse_day(item.get("start"), where),
        end=parse_day(item.get("end"), where),
    )


def parse_campaign(document: Any, source: str = "campaign") -> Campaign:
    """A :class:`Campaign` from a parsed YAML document."""
    if not isinstance(document, dict):
        raise CampaignError(f"{source}: expected a mapping with 'creators'")
    creators = document.get("creators")
    if not isinstance(creators, list) or not creators:
        raise CampaignError(f"{source}: 'creators' must be a non-empty list")
    campaign = Campaign(
        name=str(document.get("name") or Path(source).stem),
        creators=tuple(_creator(c, f"{source}: creator {i + 1}") for i, c in enumerate(creators)),
        start=parse_day(document.get("start"), f"{source}: start"),
        end=parse_day(document.get("end"), f"{source}: end"),
        brand=str(document["brand"]) if document.get("brand") else None,
    )
    _check_window(campaign.start, campaign.end, source)
    return campaign


def _check_window(start: date | None, end: date | None, source: str) -> None:
    if start and end and end < start:
        raise CampaignError(f"{source}: end {end} is before start {start}")


def parse_campaign_csv(text: str, source: str = "campaign.csv") -> Campaign:
    """A :class:`Campaign` from CSV text with a ``handle`` column.

    >>> brief = parse_campaign_csv("handle,platform,start\\n@tijn,tiktok,2026-09-01\\n")
    >>> [(c.handle, c.platform, c.start.isoformat()) for c in brief.creators]
    [('tijn', 'tiktok', '2026-09-01')]
    """
    reader = csv.DictReader(io.StringIO(text))
    if "handle" not in (reader.fieldnames or []):
        raise CampaignError(f"{source}: the header needs a 'handle' column")
    rows = [
        _creator({k: (v or "").strip() for k, v in row.items() if k}, f"{source}: line {n + 2}")
        for n, row in enumerate(reader)
    ]
    if not rows:
        raise CampaignError(f"{source}: no creators")
    for row in rows:
        _check_window(row.start, row.end, source)
    return Campaign(name=Path(source).stem, creators=tuple(rows))


def load_campaign(path: str | Path) -> Campaign:
    """Read a brief from a ``.yaml``/``.yml`` or ``.csv`` file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CampaignError(f"{path}: cannot read ({error})") from error
    if path.suffix.lower() == ".csv":
        return parse_campaign_csv(text, str(path))
    try:
        document = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError) as error:  # PyYAML raises ValueError on 2026-13-01
        raise CampaignError(f"{path}: not valid YAML ({error})") from error
    return parse_campaign(document, str(path))
