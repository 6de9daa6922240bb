"""A YouTube video fetched live through the yt-dlp library (optional extra ``online``).

yt-dlp does its own HTTP (outside the polite client), so this path is only taken for a
video URL a user asked for, one request per video.  Without yt-dlp installed the item is
an ``unsupported`` error that says how to get it.  The paid-promotion flag is not in
yt-dlp's output; save the watch page and scan that file to get it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapers.sources.base import SourceItem
from scrapers.sources.common import error_item
from scrapers.sources.youtube import info_items


def online_video_items(url: str) -> Iterator[SourceItem]:
    """Items of one video (or playlist) URL, extracted without downloading media."""
    try:
        import yt_dlp
    except ImportError:
        yield error_item(
            url, "unsupported",
            "fetching YouTube live needs yt-dlp (pip install 'transparant[online]'); "
            "or import yt-dlp --write-info-json files with: transparant import ytdlp PATH",
        )
        return
    options: dict[str, Any] = {
        "skip_download": True,
        "quiet": True,
        "no_warnings": True,
        "noplaylist": True,
        "extract_flat": False,
    }
    try:
        with yt_dlp.YoutubeDL(options) as downloader:  # type: ignore[no-untyped-call]
            info = downloader.extract_info(url, download=False)
            info = downloader.sanitize_info(info)
    except Exception as exc:  # yt-dlp raises many types; every one is this item's error
        yield error_item(url, "fetch", f"{url}: yt-dlp could not read the video ({exc})")
        return
    yield from info_items(info, url)
