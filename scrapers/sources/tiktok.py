"""TikTok videos from the JSON that common scrapers and the Research API produce.

Shapes read (one file may hold one video or a list):

* the web app's ``itemStruct`` (alone, in ``itemInfo``, in ``itemList``/``items``, or in a
  saved ``__UNIVERSAL_DATA_FOR_REHYDRATION__`` under ``webapp.video-detail``): ``desc``,
  ``createTime``, ``author.uniqueId`` (or a bare ``author`` string), ``authorStats.followerCount``,
  ``isAd``, ``textExtra`` mentions, and branded-content flags when present;
* Apify-style scraper output: ``text``, ``authorMeta.name``/``fans``, ``isAd``/``isSponsored``,
  ``webVideoUrl``, ``createTimeISO``;
* the Research API video query: ``{"data": {"videos": [{"id", "video_description",
  "create_time", "username", "hashtag_names", ...}]}}`` — it carries no ad flag.

``isAd`` becomes the native label "Ad"; any branded-content flag ("Paid partnership" toggle:
``brandedContentType``/``isBrandedContent``/``commerceInfo.branded_content_type``, or
``isSponsored``) becomes "Paid partnership".
"""

from __future__ import annotations

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
    post_item,
)

AD_LABEL = "Ad"
PAID_PARTNERSHIP = "Paid partnership"
_BRANDED_KEYS = ("brandedContentType", "isBrandedContent", "branded_content_type", "isSponsored")


def video_records(data: Any) -> list[Any]:
    """Every video object in one scraper or Research API document."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return []
    scope = dig(data, "__DEFAULT_SCOPE__", "webapp.video-detail")
    for container in (
        dig(data, "data", "videos"),
        data.get("itemList"),
        data.get("items"),
        dig(data, "itemInfo", "itemStruct"),
        dig(scope, "itemInfo", "itemStruct"),
        data.get("itemStruct"),
    ):
        if isinstance(container, list):
            return container
        if isinstance(container, dict):
            return [container]
    return [data] if data.get("id") else []


def post_from_video(video: Any, where: str) -> tuple[Post, SourceAccount | None]:
    """One TikTok video object, of any shape above, as a post and its author."""
    if not isinstance(video, dict) or not video.get("id"):
        raise SourceError("parse", f"{where}: TikTok video without an 'id'")
    video_id = str(video["id"])
    author = video.get("author")
    handle = clean_handle(
        dig(author, "uniqueId")
        or (author if isinstance(author, str) else None)
        or video.get("username")
        or dig(video, "authorMeta", "name")
    )
    text = str(video.get("desc") or video.get("video_description") or video.get("text") or "")
    followers = as_int(dig(video, "authorStats", "followerCount"))
    if followers is None:
        followers = as_int(dig(video, "authorMeta", "fans"))
    url = video.get("webVideoUrl") or (
        f"https://www.tiktok.com/@{handle}/video/{video_id}" if handle else None
    )
    post = Post(
        text=text,
        platform="tiktok",
        url=url,
        post_id=video_id,
        author=handle,
        links=find_urls(text),
        language=_language(video.get("textLanguage")),
        native_labels=_labels(video),
        tagged=_mentions(video),
        follower_count=followers,
        published=iso_timestamp(
            video.get("createTime") or video.get("create_time") or video.get("createTimeISO")
        ),
    )
    account = None
    if handle:
        display = dig(author, "nickname") or video.get("nickname") or dig(
            video, "authorMeta", "nickName"
        )
        account = SourceAccount(
            platform="tiktok",
            handle=handle,
            display_name=display or None,
            url=f"https://www.tiktok.com/@{handle}",
            follower_count=followers,
        )
    return post, account


def _labels(video: dict[str, Any]) -> tuple[str, ...]:
    labels = []
    if video.get("isAd") is True:
        labels.append(AD_LABEL)
    info = video.get("commerceInfo")
    commerce: dict[str, Any] = info if isinstance(info, dict) else {}
    if any(_truthy(video.get(k)) or _truthy(commerce.get(k)) for k in _BRANDED_KEYS):
        labels.append(PAID_PARTNERSHIP)
    return tuple(labels)


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, int) and not isinstance(value, bool) and value > 0)


def _mentions(video: dict[str, Any]) -> tuple[str, ...]:
    names = [dig(extra, "userUniqueId") for extra in video.get("textExtra") or []]
    names += [dig(m, "name") if isinstance(m, dict) else m for m in video.get("mentions") or []]
    handles = (clean_handle(n) for n in names if n)
    return tuple(dict.fromkeys(h for h in handles if h))


def _language(value: Any) -> str | None:
    if isinstance(value, str) and len(value) >= 2 and value.isalpha() and value != "un":
        return value[:2].lower()
    return None


def json_items(data: Any, where: str) -> Iterator[SourceItem]:
    """Items of one parsed TikTok document."""
    records = video_records(data)
    if not records:
        yield error_item(where, "unsupported", f"{where}: no TikTok videos found in this JSON")
        return
    for number, video in enumerate(records):
        here = where if len(records) == 1 else f"{where}#{number}"
        try:
            post, account = post_from_video(video, here)
        except SourceError as exc:
            yield error_item(here, exc.kind, exc.message)
            continue
        yield post_item(f"tiktok:{post.post_id}", post, account)


@dataclass(frozen=True)
class TiktokJsonSource:
    """A TikTok scraper/Research API JSON file, or every ``.json`` in a folder."""

    path: Path
    name: str = "tiktok"

    def items(self) -> Iterator[SourceItem]:
        yield from json_files_items(self.path, (".json", ".json.xz"), json_items)
