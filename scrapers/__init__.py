"""Transparant's engine: acquire posts, detect paid content and its disclosure, store verdicts.

The public surface is small on purpose; everything else lives in sub-packages
with one job each (``detection``, ``rules``, ``sources``, ``fetch``, ``store``,
``pipeline``, ``audit``, ``demo``, ``cli``).
"""

from __future__ import annotations

from scrapers.models import Post, Signal, Verdict
from scrapers.version import DETECTOR_VERSION

__all__ = ["DETECTOR_VERSION", "Post", "Signal", "Verdict"]
