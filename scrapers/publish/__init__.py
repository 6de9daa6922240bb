"""Publishing the store: the snapshot, the page views, the site build and the open data.

``build_site`` is the one call the CLI (``transparant site build``) and the demo use.
"""

from __future__ import annotations

from scrapers.publish.build import BuildReport, build_site

__all__ = ["BuildReport", "build_site"]
