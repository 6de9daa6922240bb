"""Runs sources through the detector into the store, resumably; re-evaluates stored posts.

``scan_sources`` (scan and import), ``rescan_store`` (no fetching; local or Dask).
"""

from __future__ import annotations

from scrapers.pipeline.outcome import RunSummary
from scrapers.pipeline.rescan import rescan_store
from scrapers.pipeline.scan import scan_sources

__all__ = ["RunSummary", "rescan_store", "scan_sources"]
