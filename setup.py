"""Build hook for the optional compiled build.

``TRANSPARANT_COMPILE=1 pip install --no-build-isolation .`` compiles the detector's text path
with mypyc (the same source; verdicts identical, ~1.5× the posts per second of ``analyze
--jsonl``): what a bulk scanner should run. Without the variable the package is pure Python,
which is what an editable developer install must be — a compiled module next to its source
would shadow every later edit. ``make install-compiled`` and ``bench/throughput.py`` use it.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

NOT_COMPILED = {"html.py", "html_ads.py", "html_labels.py", "html_notes.py", "render.py"}
"""The page path spends its time in lxml and trafilatura, not in Python (and mypyc 2.4 stops
with an internal error on ``html_notes``); ``render`` draws text for people."""


def compiled_modules() -> list[str]:
    """The detection modules mypyc compiles: the text path of ``analyze --jsonl``."""
    folder = Path("scrapers/detection")
    paths = [*folder.glob("*.py"), *(folder / "guards").glob("*.py")]
    return sorted(str(path) for path in paths
                  if path.name not in NOT_COMPILED and path != folder / "__init__.py")


def extensions() -> list[object]:
    if os.environ.get("TRANSPARANT_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy

    return list(mypycify(compiled_modules(), opt_level="3"))


setup(ext_modules=extensions())
