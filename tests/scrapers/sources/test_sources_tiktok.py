"""TikTok: web itemStruct, itemList, Apify-style output and the Research API."""

from __future__ import annotations

from sources_fakes import FIXTURES

from scrapers.sources.registry import import_source, source_for
from scrapers.sources.tiktok import AD_LABEL, PAID_PARTNERSHIP

TIKTOK = FIXTURES / "tiktok"


def _posts(name: str) -> list:  # type: ignore[type-arg]
    return list(import_source("tiktok", TIKTOK / name).items())


def test_video_detail_item_struct() -> None:
    [item] = _posts("video_detail.json")
    post = item.post
    assert post is not None and item.account is not None
    assert (post.post_id, post.author, post.follower_count) == (
        "7345678901234567890", "lisakookt", 231000)
    assert post.url == "https://www.tiktok.com/@lisakookt/video/7345678901234567890"
    assert post.native_labels == (PAID_PARTNERSHIP,)
    assert post.tagged == ("snackbrand",)
    assert (post.language, post.published) == ("nl", "2024-03-15T10:53:20+00:00")
    assert item.account.display_name == "Lisa kookt"


def test_item_list_with_ad_flag_and_a_broken_item() -> None:
    items = _posts("item_list.json")
    first, ad, broken = items
    assert first.post is not None and first.post.native_labels == ()
    assert first.post.tagged == ("modehuis",)
    assert ad.post is not None and ad.post.native_labels == (AD_LABEL,)
    assert ad.post.author == "stylebysara"  # the older shape: author as a bare string
    assert broken.post is None and broken.error_kind == "parse"
    assert broken.key.endswith("item_list.json#2")


def test_research_api_and_apify_shapes() -> None:
    [research] = _posts("research_api.json")
    assert research.post is not None
    assert (research.post.post_id, research.post.author) == ("7289000000000000011", "nurse.jo")
    assert research.post.text.startswith("Day in my life as a nurse")
    assert research.post.native_labels == ()
    [apify] = _posts("apify_dataset.json")
    assert apify.post is not None
    assert apify.post.native_labels == (PAID_PARTNERSHIP,)
    assert (apify.post.follower_count, apify.post.tagged) == (1520000, ("zephyrhome",))
    assert apify.post.url == "https://www.tiktok.com/@kitchenkai/video/7351111111111111111"


def test_folder_import_and_tiktok_urls_are_refused_clearly() -> None:
    keys = [i.key for i in import_source("tiktok", TIKTOK).items() if i.post]
    assert len(keys) == 5 and len(set(keys)) == 5
    [item] = source_for("https://www.tiktok.com/@lisakookt/video/7345678901234567890").items()
    assert item.error_kind == "unsupported" and "import tiktok" in (item.error_message or "")


def test_json_without_videos_is_unsupported() -> None:
    [item] = import_source("tiktok", FIXTURES / "bad" / "unknown_shape.json").items()
    assert item.error_kind == "unsupported"
