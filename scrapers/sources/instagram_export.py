"""Posts from Instagram's own data download (``your_instagram_activity/content/posts_1.json``).

The export is the account holder's own: it has captions and dates but no shortcode, no
URL and no paid-partnership flag, and Meta writes its text as UTF-8 bytes escaped as
Latin-1 code points ("cafÃ©"), which :func:`fix_meta_text` repairs.  The handle comes
from ``personal_information.json`` when it is anywhere in the same export.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scrapers.models import Post
from scrapers.sources.base import SourceAccount, SourceItem
from scrapers.sources.common import (
    SourceError,
    clean_handle,
    dig,
    error_item,
    find_urls,
    iso_timestamp,
    post_item,
    read_json,
    stable_id,
)


def fix_meta_text(text: str) -> str:
    """Undo Meta's export mojibake; leave text that was fine alone.

    >>> fix_meta_text("caf\\u00c3\\u00a9 \\u00f0\\u009f\\u0098\\u008d"), fix_meta_text("café")
    ('café 😍', 'café')
    """
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def export_handle(path: Path) -> str | None:
    """The account's username from the export's ``personal_information.json``."""
    for root in list(path.parents)[:4]:
        for info in sorted(root.glob("**/personal_information.json"))[:1]:
            try:
                data = read_json(info)
            except SourceError:
                return None
            value = dig(data, "profile_user", 0, "string_map_data", "Username", "value")
            return clean_handle(fix_meta_text(str(value))) if value else None
    return None


def export_items(data: list[Any], path: Path) -> Iterator[SourceItem]:
    """One item per exported post."""
    handle = export_handle(path)
    account = SourceAccount("instagram", handle) if handle else None
    for number, entry in enumerate(data):
        where = f"{path}#{number}"
        media = dig(entry, "media", 0)
        if not isinstance(media, dict):
            yield error_item(where, "parse", f"{where}: exported post without media")
            continue
        caption = fix_meta_text(str(dig(entry, "title") or media.get("title") or ""))
        stamp = dig(entry, "creation_timestamp") or media.get("creation_timestamp")
        post = Post(
            text=caption,
            platform="instagram",
            post_id=stable_id("instagram-export", str(media.get("uri")), str(stamp)),
            author=handle,
            links=find_urls(caption),
            published=iso_timestamp(stamp),
        )
        yield post_item(f"instagram:{post.post_id}", post, account)
