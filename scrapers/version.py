"""Versions stamped on every verdict, page and export, so results can be traced and re-run."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    PACKAGE_VERSION = version("transparant")
except PackageNotFoundError:  # running from a source tree that was never installed
    PACKAGE_VERSION = "0.0.0"

DETECTOR_VERSION = "2026.12.129"
"""Bumped whenever a signal finder or the verdict logic changes what it returns."""
