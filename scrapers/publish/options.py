"""The few editorial choices a build makes, with the defaults the methodology documents."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

COMMERCIAL_VERDICTS: tuple[str, ...] = ("disclosed", "unclear_disclosure", "undisclosed")
COMPARED_JURISDICTIONS: tuple[str, ...] = ("nl", "us", "uk", "de", "fr")


@dataclass(frozen=True, slots=True)
class SiteOptions:
    """Read from the Pelican settings (``TRANSPARANT_*``), so a deployment can change them."""

    naming_threshold: int = 10_000
    """Accounts with fewer followers (or an unknown count) are aggregated, never named."""
    min_sample: int = 10
    """No rate is shown for fewer commercial posts than this."""
    primary_jurisdiction: str = "nl"
    """The rulebook whose verdicts account and brand pages show."""
    compared_jurisdictions: tuple[str, ...] = COMPARED_JURISDICTIONS
    excerpt_chars: int = 160
    signal_chars: int = 80
    brand_listed: int = 100
    """Creators and commercial posts listed on a brand's page; all of them are in its JSON."""
    latest: int = 5
    """How many corrections and methodology changes the home page lists."""

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> SiteOptions:
        """Pick ``TRANSPARANT_NAMING_THRESHOLD`` etc. out of a Pelican settings dict.

        >>> SiteOptions.from_settings({"TRANSPARANT_MIN_SAMPLE": 3}).min_sample
        3
        """
        values = {
            name: settings[f"TRANSPARANT_{name.upper()}"]
            for name in cls.__dataclass_fields__
            if f"TRANSPARANT_{name.upper()}" in settings
        }
        if "compared_jurisdictions" in values:
            values["compared_jurisdictions"] = tuple(values["compared_jurisdictions"])
        return cls(**values)

    def is_named(self, follower_count: int | None) -> bool:
        """Only accounts known to have at least the threshold's followers are named.

        >>> options = SiteOptions()
        >>> options.is_named(9_999), options.is_named(None), options.is_named(10_000)
        (False, False, True)
        """
        return follower_count is not None and follower_count >= self.naming_threshold
