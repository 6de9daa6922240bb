"""Publish settings: the local ones, plus absolute URLs and a clean output directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: F403

ROOT_URL = os.environ.get("TRANSPARANT_SITE_URL", "")
SITEURL = ROOT_URL
# Stale pages (an account that left the index, a removed brand) must not linger.
DELETE_OUTPUT_DIRECTORY = True
