"""YouTube videos from yt-dlp ``.info.json`` files and from saved watch pages.

yt-dlp's info JSON carries the description, channel, handle, follower count and date but
**not** YouTube's "Includes paid promotion" flag (yt-dlp does not extract it).  The flag
lives in the watch page's ``ytInitialPlayerResponse.paidContentOverlay``; parse a saved
watch page to get it.  An info JSON that carries ``has_paid_promotion: true`` (our own
convention, for tools that add it) is honoured too.

yt-dlp also writes info JSON for TikTok, Instagram and other sites; the platform follows
``extractor_key``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapers.models import Post
from scrapers.sources.base import SourceAccount, SourceItem
from scrapers.sources.common import (
    SourceError,
    as_int,
    clean_handle,
    dig,
    error_item,
    find_urls,
    iso_timestamp,
    json_files_items,
    parsed_item,
    post_item,
    read_text,
)

PAID_PROMOTION = "Includes paid promotion"
_EXTRACTOR_PLATFORMS = {
    "youtube": "youtube",
    "tiktok": "tiktok",
    "instagram": "instagram",
    "twitter": "x",
    "facebook": "facebook",
    "pinterest": "pinterest",
}


def post_from_info(info: dict[str, Any], where: str) -> tuple[Post, SourceAccount | None]:
    """A yt-dlp info dict as a post and its channel."""
    video_id = info.get("id")
    if not video_id:
        raise SourceError("parse", f"{where}: not a yt-dlp video info JSON (no 'id')")
    platform = _platform(info)
    description = str(info.get("description") or "")
    handle = clean_handle(info.get("uploader_id")) or clean_handle(info.get("channel_id"))
    followers = as_int(info.get("channel_follower_count"))
    labels = (PAID_PROMOTION,) if info.get("has_paid_promotion") else ()
    post = Post(
        text=description,
        platform=platform,
        url=info.get("webpage_url") or _watch_url(platform, str(video_id)),
        post_id=str(video_id),
        author=handle,
        title=info.get("title") or None,
        links=find_urls(description),
        language=_language(info.get("language")),
        native_labels=labels,
        follower_count=followers,
        published=iso_timestamp(info.get("timestamp") or info.get("upload_date")),
    )
    account = None
    if handle:
        account = SourceAccount(
            platform=platform,
            handle=handle,
            display_name=info.get("channel") or info.get("uploader") or None,
            url=info.get("channel_url") or info.get("uploader_url") or None,
            follower_count=followers,
        )
    return post, account


def _platform(info: dict[str, Any]) -> str:
    extractor = str(info.get("extractor_key") or info.get("extractor") or "youtube").lower()
    for prefix, platform in _EXTRACTOR_PLATFORMS.items():
        if extractor.startswith(prefix):
            return platform
    return "web"


def _watch_url(platform: str, video_id: str) -> str | None:
    return f"https://www.youtube.com/watch?v={video_id}" if platform == "youtube" else None


def _language(value: Any) -> str | None:
    if not value or not isinstance(value, str):
        return None
    return value.split("-")[0].lower()[:2] or None


def info_items(info: Any, where: str) -> Iterator[SourceItem]:
    """Items of one info JSON: a video, or every entry of a playlist/channel dump."""
    if not isinstance(info, dict):
        yield error_item(where, "parse", f"{where}: expected a JSON object")
        return
    if info.get("_type") in ("playlist", "multi_video") and isinstance(info.get("entries"), list):
        for number, entry in enumerate(info["entries"]):
            yield from info_items(entry, f"{where}#{number}")
        return
    try:
        post, account = post_from_info(info, where)
    except SourceError as exc:
        yield error_item(where, exc.kind, exc.message)
        return
    yield post_item(f"{post.platform}:{post.post_id}", post, account)


@dataclass(frozen=True)
class YtdlpSource:
    """A yt-dlp ``.info.json`` file, or every one in a folder (``yt-dlp --write-info-json``)."""

    path: Path
    name: str = "ytdlp"

    def items(self) -> Iterator[SourceItem]:
        yield from json_files_items(self.path, (".info.json", ".info.json.xz"), info_items)


# --- saved watch pages ----------------------------------------------------------------

_PLAYER = re.compile(r"ytInitialPlayerResponse\s*=\s*")
_DATA = re.compile(r"ytInitialData\s*=\s*")


def embedded_json(html: str, marker: re.Pattern[str]) -> Any:
    """The JSON object assigned after ``marker`` in a script, or ``None``."""
    match = marker.search(html)
    if not match:
        return None
    try:
        value, _end = json.JSONDecoder().raw_decode(html, match.end())
    except json.JSONDecodeError:
        return None
    return value


def post_from_watch_page(html: str, where: str) -> tuple[Post, SourceAccount | None]:
    """A saved ``youtube.com/watch`` page as a post, with the paid-promotion flag."""
    player = embedded_json(html, _PLAYER)
    details = dig(player, "videoDetails")
    if not isinstance(details, dict) or not details.get("videoId"):
        raise SourceError("parse", f"{where}: no ytInitialPlayerResponse.videoDetails in the page")
    micro = dig(player, "microformat", "playerMicroformatRenderer") or {}
    video_id = str(details["videoId"])
    description = str(details.get("shortDescription") or "")
    handle = _handle_from_url(micro.get("ownerProfileUrl"))
    handle = handle or clean_handle(details.get("channelId"))
    followers = _subscribers(embedded_json(html, _DATA))
    labels = (_paid_label(player),) if dig(player, "paidContentOverlay") else ()
    post = Post(
        text=description,
        platform="youtube",
        url=f"https://www.youtube.com/watch?v={video_id}",
        post_id=video_id,
        author=handle,
        title=details.get("title") or None,
        links=find_urls(description),
        html=None,
        native_labels=labels,
        follower_count=followers,
        published=iso_timestamp(micro.get("publishDate") or micro.get("uploadDate")),
    )
    account = None
    if handle:
        account = SourceAccount(
            platform="youtube",
            handle=handle,
            display_name=details.get("author") or micro.get("ownerChannelName") or None,
            url=micro.get("ownerProfileUrl") or None,
            follower_count=followers,
        )
    return post, account


def _paid_label(player: Any) -> str:
    runs = dig(player, "paidContentOverlay", "paidContentOverlayRenderer", "text", "runs") or []
    text = "".join(str(run.get("text", "")) for run in runs if isinstance(run, dict))
    simple = dig(player, "paidContentOverlay", "paidContentOverlayRenderer", "text", "simpleText")
    return (text or simple or PAID_PROMOTION).strip()


def _handle_from_url(url: Any) -> str | None:
    match = re.search(r"/@([^/?#]+)", str(url or ""))
    return match.group(1) if match else None


def _subscribers(data: Any) -> int | None:
    """The subscriber count from ``ytInitialData`` ("1.2M subscribers" → 1200000)."""
    for content in dig(data, "contents", "twoColumnWatchNextResults", "results", "results",
                       "contents") or []:
        owner = dig(content, "videoSecondaryInfoRenderer", "owner", "videoOwnerRenderer")
        text = dig(owner, "subscriberCountText", "simpleText")
        if text:
            return parse_count(str(text))
    return None


def parse_count(text: str) -> int | None:
    """A displayed count as an integer.

    >>> parse_count("1.2M subscribers"), parse_count("845K"), parse_count("3,210 subscribers")
    (1200000, 845000, 3210)
    """
    match = re.search(r"([\d.,]+)\s*([KMB])?", text.replace("\u00a0", " "), re.IGNORECASE)
    if not match:
        return None
    number, unit = match.groups()
    scale = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000}.get((unit or "").lower(), 1)
    digits = number.replace(",", "") if scale == 1 else number.replace(",", ".")
    try:
        return round(float(digits) * scale)
    except ValueError:
        return None


@dataclass(frozen=True)
class WatchPageSource:
    """A saved YouTube watch page (``.html``)."""

    path: Path
    name: str = "youtube_page"

    def items(self) -> Iterator[SourceItem]:
        where = str(self.path)
        yield parsed_item(
            where, lambda: post_from_watch_page(read_text(self.path), where),
            lambda post: f"youtube:{post.post_id}",
        )
