"""Files: CSV/JSONL in the Post.to_dict() mapping, Markdown/HTML/text posts, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from sources_fakes import FIXTURES

from scrapers.models import Post
from scrapers.sources.registry import import_source, source_for

FILES = FIXTURES / "files"
BAD = FIXTURES / "bad"


def test_csv_rows_map_onto_post_fields_and_bad_rows_are_items() -> None:
    items = list(import_source("csv", FILES / "posts.csv").items())
    assert [i.key.rsplit(":", 1)[1] for i in items] == ["2", "3", "4", "5", "6"]
    first = items[0].post
    assert first == Post(
        text="Nieuwe serum van @glowlab_official ✨ #spon",
        platform="instagram",
        url="https://www.instagram.com/p/C4xAbCdEfGh/",
        post_id="ig-001",
        author="anna.beauty",
        links=("https://bit.ly/glow1", "https://glowlab.example/anna"),
        language="nl",
        native_labels=("Paid partnership",),
        tagged=("glowlab_official",),
        follower_count=48200,
        published="2024-03-01T12:00:00+00:00",
    )
    assert items[0].account is not None
    assert items[0].account.url == "https://www.instagram.com/anna.beauty/"
    assert items[1].post is not None and items[1].post.language == "en"  # detected offline
    kinds = [(i.error_kind, (i.error_message or "").split(": ", 1)[1]) for i in items[2:]]
    assert kinds == [
        ("parse", "unknown platform 'myspace'; known platforms: instagram, youtube, tiktok, x, "
                  "facebook, pinterest, blog, web, unknown"),
        ("parse", "follower_count 'lots' is not a whole number"),
        ("parse", "row has neither 'text' nor 'html'"),
    ]


def test_jsonl_round_trips_post_to_dict_and_reports_each_bad_line() -> None:
    items = list(import_source("jsonl", FILES / "posts.jsonl").items())
    assert [i.key.rsplit(":", 1)[1] for i in items] == ["1", "2", "4", "5", "6"]
    demo = items[0].post
    assert demo is not None and items[0].account is not None
    assert (demo.post_id, demo.author, demo.language) == ("demo-1", "fitwithsam", "nl")
    assert Post.from_dict(demo.to_dict()) == demo
    assert items[0].account.display_name == "Sam"
    html_only = items[1].post
    assert html_only is not None and html_only.text == "" and html_only.html
    assert [i.error_kind for i in items[2:]] == ["parse", "parse", "parse"]
    assert "not a date" in (items[4].error_message or "")


def test_jsonl_written_from_posts_reads_back_identically(tmp_path: Path) -> None:
    import json

    posts = [Post(text="Hallo #spon", platform="instagram", post_id="1", author="a",
                  links=("https://x.example",), language="nl", native_labels=("Paid partnership",),
                  tagged=("b",), follower_count=3, published="2024-01-01T00:00:00+00:00")]
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps(p.to_dict()) + "\n" for p in posts), encoding="utf-8")
    assert [i.post for i in import_source("jsonl", path).items()] == posts


def test_markdown_front_matter() -> None:
    [item] = source_for(str(FILES / "2024-04-02-voorjaarsjas.md")).items()
    post = item.post
    assert post is not None and item.account is not None
    assert (post.platform, post.author, post.title) == (
        "blog", "lotte.loves", "Mijn voorjaarsjas (en waar je hem koopt)")
    assert post.post_id == post.url == "https://lotteloves.example/2024/04/voorjaarsjas"
    assert post.published == "2024-04-02T00:00:00+00:00"
    assert post.text.startswith("Eindelijk is het voorjaar!") and "---" not in post.text
    assert len(post.links) == 1 and post.language == "nl"
    assert item.account.display_name == "Lotte Loves"


def test_html_file_keeps_the_page_and_reads_its_metadata() -> None:
    [item] = source_for(str(FILES / "review.html")).items()
    post = item.post
    assert post is not None
    assert post.url == post.post_id == "https://outdoorollie.example/reviews/trailmaster-2"
    assert (post.platform, post.author, post.language) == ("blog", "outdoorollie.example", "en")
    assert post.published == "2024-01-15T09:30:00+00:00"
    assert post.html is not None and "<nav>" in post.html
    assert "sent me these boots for free" in post.text and "Privacy" not in post.text
    assert post.links == ("https://www.awin1.com/cread.php?awinmid=1234&awinaffid=5678"
                          "&ued=https%3A%2F%2Fboots.example%2Ftrailmaster-2",)


def test_text_file_gets_a_stable_id() -> None:
    first = [i.post for i in source_for(str(FILES / "zondag.txt")).items()]
    again = [i.post for i in source_for(str(FILES / "zondag.txt")).items()]
    assert first == again and first[0] is not None
    assert first[0].post_id and first[0].post_id.startswith("sha256:")
    assert first[0].language == "nl"


@pytest.mark.parametrize(
    ("name", "kind", "words"),
    [
        ("latin1.txt", "encoding", "not UTF-8 (byte 0xe9 at offset 3)"),
        ("latin1.csv", "encoding", "not UTF-8"),
        ("truncated.json", "parse", "looks truncated"),
        ("unknown_shape.json", "unsupported", "unknown shape"),
        ("bad_front_matter.md", "parse", "front matter is not valid YAML at line 3"),
    ],
)
def test_bad_files_are_clear_error_items(name: str, kind: str, words: str) -> None:
    [item] = source_for(str(BAD / name)).items()
    assert (item.post, item.error_kind) == (None, kind)
    assert words in (item.error_message or "")


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    from scrapers.sources import common

    path = tmp_path / "big.info.json"
    path.write_text('{"id": "x", "description": "' + "a" * 5000 + '"}', encoding="utf-8")
    monkeypatch.setattr(common, "MAX_FILE_BYTES", 1000)
    [item] = source_for(str(path)).items()
    assert item.error_kind == "too_large" and "1,000-byte limit" in (item.error_message or "")


def test_missing_path_and_unknown_file_type(tmp_path: Path) -> None:
    [missing] = source_for(str(tmp_path / "nope.jsonl")).items()
    assert (missing.error_kind, missing.error_message) == (
        "io", f"{tmp_path / 'nope.jsonl'}: no such file or folder")
    odd = tmp_path / "data.parquet"
    odd.write_bytes(b"PAR1")
    [unknown] = source_for(str(odd)).items()
    assert unknown.error_kind == "unsupported"
