"""YouTube: yt-dlp info JSON and saved watch pages."""

from __future__ import annotations

import pytest
from sources_fakes import FIXTURES

from scrapers.sources.registry import import_source, source_for
from scrapers.sources.youtube import PAID_PROMOTION, info_items, parse_count

YTDLP = FIXTURES / "ytdlp"


def test_info_json_becomes_a_post_with_channel() -> None:
    items = list(import_source("yt-dlp", YTDLP).items())
    assert [i.key for i in items] == ["youtube:x7Kq2mP9aBc", "youtube:Tt9mRvw0001"]
    post, account = items[0].post, items[0].account
    assert post is not None and account is not None
    assert (post.platform, post.post_id, post.author) == ("youtube", "x7Kq2mP9aBc", "glowmetnoor")
    assert post.url == "https://www.youtube.com/watch?v=x7Kq2mP9aBc"
    assert post.title == "Mijn ochtendroutine | skincare die écht werkt"
    assert "gesponsord door Glowlab" in post.text
    assert post.links == (
        "https://glowlab.example/noor?utm_source=youtube&utm_campaign=noor",
        "https://amzn.to/3xYzAbc",
        "https://bit.ly/noorcreme",
        "https://www.instagram.com/glowmetnoor",
    )
    assert (post.follower_count, post.published) == (183000, "2024-03-12T12:00:00+00:00")
    assert post.language == "nl" and post.native_labels == ()
    assert (account.display_name, account.follower_count) == ("Glow met Noor", 183000)
    assert items[1].post is not None and items[1].post.language == "en"


def test_paid_promotion_key_and_playlists_and_other_extractors() -> None:
    playlist = {"_type": "playlist", "entries": [
        {"id": "a1", "description": "x", "has_paid_promotion": True, "uploader_id": "@c"},
        {"id": "v9", "description": "dans", "extractor_key": "TikTok", "uploader_id": "dansjes",
         "webpage_url": "https://www.tiktok.com/@dansjes/video/v9"},
        {"title": "no id"},
    ]}
    items = list(info_items(playlist, "p.json"))
    assert items[0].post is not None and items[0].post.native_labels == (PAID_PROMOTION,)
    assert items[1].post is not None and items[1].post.platform == "tiktok"
    assert items[2].error_kind == "parse" and "no 'id'" in (items[2].error_message or "")


def test_watch_page_gives_the_paid_promotion_label_and_subscribers() -> None:
    [item] = source_for(str(FIXTURES / "web" / "youtube_watch.html")).items()
    post = item.post
    assert post is not None and item.account is not None
    assert (post.post_id, post.author, post.title) == (
        "Pp4idPr0m0X", "soundstudio", "Unboxing: de nieuwe koptelefoon")
    assert post.native_labels == ("Bevat betaalde promotie",)
    assert post.links == ("https://klankhuis.example/kh500?aff=sound123",)
    assert post.follower_count == 412000 and post.published == "2024-02-20T16:00:03+00:00"
    assert item.account.display_name == "Sound Studio"


def test_watch_page_without_video_details_is_a_clear_error() -> None:
    [item] = source_for(str(FIXTURES / "web" / "youtube_watch_no_player.html")).items()
    assert item.post is None and item.error_kind == "parse"
    assert "ytInitialPlayerResponse" in (item.error_message or "")


@pytest.mark.parametrize(
    ("text", "count"),
    [("412K abonnees", 412_000), ("1.2M subscribers", 1_200_000), ("3,210 subscribers", 3_210),
     ("1,5 mln. abonnees", 1_500_000), ("geen", None)],
)
def test_parse_count(text: str, count: int | None) -> None:
    assert parse_count(text) == count


def test_truncated_info_json_is_reported_not_raised() -> None:
    [item] = import_source("ytdlp", FIXTURES / "bad" / "truncated.info.json").items()
    assert item.error_kind == "parse" and "truncated" in (item.error_message or "")
