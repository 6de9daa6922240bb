"""Instagram posts from Instaloader's JSON metadata files.

Instaloader (``instaloader --no-pictures --metadata-json``, default ``.json.xz``) writes one
``{"node": {...}, "instaloader": {"node_type": "Post"|"Profile", ...}}`` file per post and
one per profile.  A post node is Instagram's GraphQL ``shortcode_media``: the caption in
``edge_media_to_caption``, ``is_paid_partnership``, the brand in
``edge_media_to_sponsor_user.edges[].node.sponsor.username``, tagged accounts in
``edge_media_to_tagged_user``.  The profile file gives the follower count.

A data-download export (``posts_1.json``) and a file that is itself a bare
``shortcode_media`` node (an embed page's data) are accepted too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
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
    files_in,
    find_urls,
    iso_timestamp,
    post_item,
    read_json,
)

PAID_PARTNERSHIP = "Paid partnership"
_DATED = re.compile(r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}")
_PROFILE = re.compile(r"^.+_\d+\.json(?:\.xz)?$")


def post_from_node(
    node: dict[str, Any], where: str, followers: dict[str, int] | None = None
) -> tuple[Post, SourceAccount | None]:
    """An Instagram GraphQL media node as a post and its owner."""
    shortcode = node.get("shortcode") or node.get("code")
    if not shortcode:
        raise SourceError("parse", f"{where}: Instagram post without a shortcode")
    caption = _caption(node)
    owner: dict[str, Any] = node["owner"] if isinstance(node.get("owner"), dict) else {}
    handle = clean_handle(owner.get("username"))
    count = as_int(dig(owner, "edge_followed_by", "count"))
    if count is None and handle and followers:
        count = followers.get(handle)
    sponsors = _sponsors(node)
    paid = bool(node.get("is_paid_partnership")) or bool(sponsors)
    post = Post(
        text=caption,
        platform="instagram",
        url=f"https://www.instagram.com/p/{shortcode}/",
        post_id=str(shortcode),
        author=handle,
        links=find_urls(caption),
        native_labels=(PAID_PARTNERSHIP,) if paid else (),
        tagged=_unique(sponsors + _tagged_users(node)),
        follower_count=count,
        published=iso_timestamp(node.get("taken_at_timestamp") or node.get("taken_at")),
    )
    account = None
    if handle:
        account = SourceAccount(
            platform="instagram",
            handle=handle,
            display_name=owner.get("full_name") or None,
            url=f"https://www.instagram.com/{handle}/",
            follower_count=count,
        )
    return post, account


def _caption(node: dict[str, Any]) -> str:
    text = dig(node, "edge_media_to_caption", "edges", 0, "node", "text")
    if text is None:
        text = dig(node, "caption", "text")
    return str(text or "")


def _sponsors(node: dict[str, Any]) -> tuple[str, ...]:
    found = []
    for edge in dig(node, "edge_media_to_sponsor_user", "edges") or []:
        name = dig(edge, "node", "sponsor", "username") or dig(edge, "node", "username")
        if handle := clean_handle(name):
            found.append(handle)
    for sponsor in dig(node, "sponsor_tags") or []:
        if handle := clean_handle(dig(sponsor, "sponsor", "username")):
            found.append(handle)
    return tuple(found)


def _tagged_users(node: dict[str, Any]) -> tuple[str, ...]:
    names = (
        dig(edge, "node", "user", "username")
        for edge in dig(node, "edge_media_to_tagged_user", "edges") or []
    )
    return tuple(h for h in (clean_handle(n) for n in names) if h)


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _record_kind(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("node"), dict):
        return str(dig(data, "instaloader", "node_type") or "Post")
    if isinstance(data, dict) and data.get("shortcode"):
        return "Post"
    if isinstance(data, dict) and isinstance(dig(data, "graphql", "shortcode_media"), dict):
        return "Graphql"
    if is_export(data):
        return "Export"
    return "Unknown"


def is_export(data: Any) -> bool:
    """True for a data-download ``posts_1.json``: a list of ``{"media": [...]}`` objects."""
    return isinstance(data, list) and bool(data) and isinstance(dig(data, 0, "media"), list)


@dataclass(frozen=True)
class InstaloaderSource:
    """An Instaloader metadata file, or a folder of them (profile files give follower counts)."""

    path: Path
    name: str = "instaloader"

    def items(self) -> Iterator[SourceItem]:
        paths = files_in(self.path, (".json", ".json.xz"))
        profiles = paths if self.path.is_dir() else sorted(self.path.parent.glob("*.json*"))
        followers = self._followers(
            p for p in profiles if _PROFILE.match(p.name) and not _DATED.match(p.name)
        )
        for path in paths:
            yield from self._file_items(path, followers)

    @staticmethod
    def _followers(paths: Iterable[Path]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for path in paths:
            try:
                data = read_json(path)
            except SourceError:
                continue  # reported when the file is read as a post
            if _record_kind(data) == "Profile":
                handle = clean_handle(dig(data, "node", "username"))
                count = as_int(dig(data, "node", "edge_followed_by", "count"))
                if handle and count is not None:
                    counts[handle] = count
        return counts

    def _file_items(self, path: Path, followers: dict[str, int]) -> Iterator[SourceItem]:
        where = str(path)
        try:
            data = read_json(path)
        except SourceError as exc:
            yield error_item(where, exc.kind, exc.message)
            return
        kind = _record_kind(data)
        if kind == "Profile":
            return
        if kind == "Export":
            from scrapers.sources.instagram_export import export_items

            yield from export_items(data, path)
            return
        node = {"Post": data.get("node", data), "Graphql": dig(data, "graphql", "shortcode_media")}
        if kind not in node:
            yield error_item(where, "unsupported", f"{where}: not an Instaloader post or profile")
            return
        try:
            post, account = post_from_node(node[kind], where, followers)
        except SourceError as exc:
            yield error_item(where, exc.kind, exc.message)
            return
        yield post_item(f"instagram:{post.post_id}", post, account)
