"""A fetcher that serves saved fixtures by URL, so adapter tests never touch the network."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scrapers.fetch.errors import FetchError, FetchResult

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "sources"


@dataclass
class FakeFetcher:
    """Answers each known URL with a fixture file's bytes; anything else is an HTTP 404."""

    pages: dict[str, Path | bytes]
    asked: list[str] = field(default_factory=list)

    def fetch(self, url: str) -> FetchResult:
        self.asked.append(url)
        page = self.pages.get(url)
        if page is None:
            raise FetchError("http", f"{url}: HTTP 404 Not Found", url=url, status=404)
        content = page.read_bytes() if isinstance(page, Path) else page
        return FetchResult(url=url, final_url=url, status=200, content=content,
                           headers={"content-type": "text/html; charset=utf-8"})
