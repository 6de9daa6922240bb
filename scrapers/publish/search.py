"""Pagefind, run over the built site once both languages are written.

Only account and brand pages carry ``data-pagefind-body``, so only they are
indexed; Pagefind splits the index by each page's ``<html lang>``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class SearchIndexError(RuntimeError):
    """Pagefind failed; its output is in the message."""


def index_site(output: Path) -> None:
    """Run the Pagefind binary shipped by the ``pagefind[bin]`` package over ``output``."""
    command = [sys.executable, "-m", "pagefind", "--site", str(output), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(f"pagefind failed ({result.returncode}): {result.stderr.strip()}")
