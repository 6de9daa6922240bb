"""The campaign briefs of the two fictional demo brands: who was contracted, and when.

Each brief names one contracted creator who never posted (``vera.velours``,
``kampeerkoen``) and one whose posts all fall outside the window, so the audit's
"contracted creators whose posts were not found" list has something to show.
"""

from __future__ import annotations

from typing import Any


def _creators(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"handle": handle, "platform": platform} for handle, platform in pairs]


CAMPAIGNS: tuple[dict[str, Any], ...] = (
    {
        "brand": "velvoria",
        "name": "Zomerglow 2026",
        "start": "2026-06-01",
        "end": "2026-07-31",
        "creators": _creators(
            ("sanne.stralend", "instagram"),
            ("glowmetfemke", "instagram"),
            ("lieke.leeft", "instagram"),
            ("brooke.and.balm", "instagram"),
            ("daphne.dewy", "instagram"),
            ("HuidmetHanna", "youtube"),
            ("jaimy.glow", "tiktok"),
            ("ppcpaula", "x"),
            ("vera.velours", "instagram"),
        ),
    },
    {
        "brand": "trailbrook",
        "name": "Autumn Trails 2026",
        "start": "2026-09-01",
        "end": "2026-10-15",
        "creators": _creators(
            ("trailtessa", "instagram"),
            ("kampvuurkees", "instagram"),
            ("BuitenMetBram", "youtube"),
            ("PeakPackPete", "youtube"),
            ("tentjetijn", "tiktok"),
            ("thetrailjournal", "blog"),
            ("kampeerkoen", "instagram"),
        ),
    },
)
