"""Short links in posts, resolved before detection so the link signals see where they go.

``bit.ly/x`` alone is only a "shortened link"; resolved to ``amazon.com/dp/…?tag=…`` it
is an affiliate link.  The detector stays IO-free: the pipeline resolves each post's
shortened links through the scan's one polite client (HEAD, then GET — see
``scrapers.fetch.links``) and hands the detector the post with the final URLs appended
to ``Post.links`` (the originals kept).  Each short URL is asked once per run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from scrapers.detection.links import extract_urls
from scrapers.fetch.links import HeadFetcher, ResolvedLink, is_shortener, resolve_links
from scrapers.models import Post


@dataclass(frozen=True, slots=True)
class Expanded:
    """A post with its resolved links appended, and what resolving them did."""

    post: Post
    resolved: tuple[ResolvedLink, ...] = ()
    """Short links resolved for the first time in this run (the cache answers repeats)."""


class LinkResolver:
    """Resolves the shortened links of posts through one client, remembering every answer.

    Owned by one run (its cache is the run's memory of short links, not global state).
    """

    def __init__(self, client: HeadFetcher) -> None:
        self.client = client
        self.cache: dict[str, ResolvedLink] = {}

    def expand(self, post: Post) -> Expanded:
        """The post with the final URL of each of its shortened links added to ``links``."""
        short = shortened_links(post)
        resolved = [self._resolve(url) for url in short if url not in self.cache]
        finals = [self.cache[url].final_url for url in short]
        known = set(post.links)
        added = tuple(dict.fromkeys(u for u in finals if u and u not in known and u not in short))
        if added:
            post = replace(post, links=(*post.links, *added))
        return Expanded(post, tuple(resolved))

    def _resolve(self, url: str) -> ResolvedLink:
        """Resolve one link and remember it; a failure of any kind is an answer too."""
        try:
            link = resolve_links([url], self.client)[0]
        except Exception as error:  # a fetch bug must not cost the post its verdict
            link = ResolvedLink(url, None, None, f"error: {error!r}")
        self.cache[url] = link
        return link


def shortened_links(post: Post) -> list[str]:
    """The post's links and the URLs in its text whose host is a link shortener, in order.

    >>> shortened_links(Post(text="Shop: https://bit.ly/3x en https://example.nl/a",
    ...                      links=("https://t.co/9", "https://bit.ly/3x")))
    ['https://t.co/9', 'https://bit.ly/3x']
    """
    in_text = [url for url, _start, _end in extract_urls(post.text)]
    candidates = [_absolute(url) for url in (*post.links, *in_text)]
    return list(dict.fromkeys(url for url in candidates if is_shortener(url)))


def _absolute(url: str) -> str:
    """A URL found in text without a scheme (``bit.ly/x``) gets ``https://``.

    >>> _absolute("bit.ly/x"), _absolute("http://t.co/y")
    ('https://bit.ly/x', 'http://t.co/y')
    """
    return url if "://" in url else "https://" + url.removeprefix("//")
