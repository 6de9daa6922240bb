"""Instagram: Instaloader metadata, the data-download export, and embed pages."""

from __future__ import annotations

from sources_fakes import FIXTURES, FakeFetcher

from scrapers.sources.instagram import PAID_PARTNERSHIP
from scrapers.sources.instagram_export import fix_meta_text
from scrapers.sources.registry import import_source, source_for

INSTALOADER = FIXTURES / "instaloader"


def test_instaloader_folder_reads_posts_sponsors_and_follower_count() -> None:
    items = list(import_source("instaloader", INSTALOADER).items())
    assert [i.key for i in items] == ["instagram:C4xAbCdEfGh", "instagram:C4zXyWvUtSr"]
    paid, plain = (i.post for i in items)
    assert paid is not None and plain is not None
    assert paid.native_labels == (PAID_PARTNERSHIP,)
    assert paid.tagged == ("glowlab_official",)
    assert paid.url == "https://www.instagram.com/p/C4xAbCdEfGh/"
    assert (paid.author, paid.follower_count) == ("anna.beauty", 48200)
    assert paid.published == "2024-03-01T12:00:00+00:00" and paid.language == "nl"
    assert items[0].account is not None
    assert items[0].account.display_name == "Anna | Beauty & Skincare"
    assert plain.native_labels == () and plain.tagged == ()
    assert plain.links == ("https://bakkerij.example/shop?ref=anna",)  # read from .json.xz
    assert "ANNA10" in plain.text


def test_single_instaloader_file_finds_its_profile_and_skips_caption_copy() -> None:
    [item] = source_for(str(INSTALOADER / "2024-03-01_12-00-00_UTC.json")).items()
    assert item.post is not None and item.post.follower_count == 48200
    keys = [i.key for i in source_for(str(INSTALOADER)).items()]
    assert keys == ["instagram:C4xAbCdEfGh", "instagram:C4zXyWvUtSr"]  # no .txt, no profile


def test_data_download_export_repairs_text_and_finds_the_handle() -> None:
    items = list(source_for(str(FIXTURES / "instagram_export")).items())
    posts = [i.post for i in items if i.post is not None]
    assert [p.text for p in posts] == [
        "Café in Amsterdam ☕ zelf betaald, gewoon lekker! #koffie",
        "Gifted by @sunnyskin 😍 #gifted #pr",
    ]
    assert {p.author for p in posts} == {"noor.daily"}
    assert posts[0].published == "2024-05-06T12:53:20+00:00"
    assert posts[0].post_id and posts[0].post_id.startswith("sha256:")
    errors = [i for i in items if i.error_kind]
    assert [e.error_kind for e in errors] == ["parse"]
    assert "without media" in (errors[0].error_message or "")


def test_fix_meta_text_leaves_correct_text_alone() -> None:
    assert fix_meta_text("Ã\xa0 la carte") == "à la carte"
    assert fix_meta_text("zoë & café") == "zoë & café"


def test_embed_page_caption_owner_and_paid_partnership() -> None:
    [item] = source_for(str(FIXTURES / "web" / "instagram_embed.html")).items()
    post = item.post
    assert post is not None
    assert (post.post_id, post.author) == ("C5fItSaMpLe", "fitwithsam")
    assert post.text.startswith("Post-workout shake time 💪 My go-to after leg day.")
    assert "#ad #fitness" in post.text and "View all" not in post.text
    assert "fitwithsam" not in post.text
    assert post.native_labels == (PAID_PARTNERSHIP,)


def test_instagram_url_is_read_from_its_embed_page() -> None:
    embed = "https://www.instagram.com/p/C5fItSaMpLe/embed/captioned/"
    fetcher = FakeFetcher({embed: FIXTURES / "web" / "instagram_embed.html"})
    [item] = source_for("https://www.instagram.com/p/C5fItSaMpLe/?igsh=x", client=fetcher).items()
    assert item.post is not None and item.post.post_id == "C5fItSaMpLe"
    assert fetcher.asked == [embed]
    [missing] = source_for("https://www.instagram.com/reel/Zzz/", client=fetcher).items()
    assert (missing.key, missing.error_kind) == ("instagram:Zzz", "http")


def test_embed_json_is_preferred_when_present() -> None:
    from scrapers.sources.instagram_embed import post_from_embed

    page = ('<script>window.__additionalDataLoaded(\'extra\', {"shortcode_media": '
            '{"shortcode": "Q1", "owner": {"username": "x"}, "is_paid_partnership": true, '
            '"edge_media_to_caption": {"edges": [{"node": {"text": "hi"}}]}}});</script>')
    post, _ = post_from_embed(page, "page")
    assert (post.post_id, post.text, post.native_labels) == ("Q1", "hi", (PAID_PARTNERSHIP,))
