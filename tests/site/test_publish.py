"""A publish build (site/publishconf.py) deletes stale output in both languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from scrapers.publish.build import build_site


def test_publish_build_deletes_stale_pages(
    tmp_path: Path, load_store: Callable[[str], Engine]
) -> None:
    engine = load_store(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    output = tmp_path / "out"
    stale = [output / "accounts/instagram/gone/index.html", output / "nl/accounts/x/index.html"]
    for path in stale:
        path.parent.mkdir(parents=True)
        path.write_text("stale")
    try:
        report = build_site(engine, output, ("en", "nl"), publish=True, search=False)
    finally:
        engine.dispose()
    assert report.accounts == 2
    assert [p.exists() for p in stale] == [False, False]
    assert (output / "nl/accounts/instagram/anna.styles/index.html").is_file()
    assert (output / "data/SHA256SUMS").is_file()
