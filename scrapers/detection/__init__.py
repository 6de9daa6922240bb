"""The detector: IO-free signal finders, jurisdiction rulebooks and the verdict.

Nothing in this package reads files other than its own shipped data, touches the
network or a database: the scanners, the API, the site plugin and the CLI all call
:func:`analyze` the same way.
"""

from __future__ import annotations

from scrapers.detection.engine import Detector, analyze

__all__ = ["Detector", "analyze"]
