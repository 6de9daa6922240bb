"""The registry: formats, sniffing, folders, and the --since/--limit wrapper."""

from __future__ import annotations

from pathlib import Path

import pytest
from sources_fakes import FIXTURES

from scrapers.sources.bounds import BoundedSource, parse_since
from scrapers.sources.registry import IMPORT_FORMATS, import_source, source_for


def test_unknown_import_format_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="known formats: ytdlp, instaloader, tiktok, csv, jsonl"):
        import_source("vhs", FIXTURES)


@pytest.mark.parametrize(
    ("fmt", "path", "posts"),
    [
        ("ytdlp", "ytdlp", 2),
        ("instaloader", "instaloader", 2),
        ("tiktok", "tiktok", 5),
        ("csv", "files/posts.csv", 2),
        ("jsonl", "files/posts.jsonl", 2),
    ],
)
def test_every_import_format_reads_its_fixtures(fmt: str, path: str, posts: int) -> None:
    assert fmt in IMPORT_FORMATS
    items = list(import_source(fmt, FIXTURES / path).items())
    assert sum(i.ok for i in items) == posts
    assert all(i.ok or (i.error_kind and i.error_message) for i in items)


def test_whole_fixture_folder_scans_without_an_exception() -> None:
    items = list(source_for(str(FIXTURES / "files")).items())
    assert sum(i.ok for i in items) == 7
    keys = [i.key for i in items]
    assert len(keys) == len(set(keys))


def test_scanning_twice_gives_the_same_items() -> None:
    first = list(source_for(str(FIXTURES)).items())
    assert first == list(source_for(str(FIXTURES)).items())


def test_bounded_source_limits_posts_but_keeps_errors() -> None:
    source = source_for(str(FIXTURES / "files" / "posts.jsonl"), limit=1)
    assert isinstance(source, BoundedSource) and source.name == "jsonl"
    items = list(source.items())
    assert [i.ok for i in items] == [True]
    since = list(source_for(str(FIXTURES / "files" / "posts.csv"), since="2024-01-01").items())
    assert [i.ok for i in since] == [True, False, False, False]  # the 2023 post is skipped


def test_parse_since_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_since("last tuesday")
    assert parse_since(None) is None


def test_hidden_files_and_media_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "clip.mp4").write_bytes(b"\x00")
    (tmp_path / "note.txt").write_text("Een gewone notitie zonder reclame erin, gewoon tekst.",
                                       encoding="utf-8")
    items = list(source_for(str(tmp_path)).items())
    assert [Path(i.key).name for i in items] == ["note.txt"]
