"""A link checker over the built site: every internal href and src must resolve to a file."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scrapers.publish.build import BuildReport


class LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"href", "src"} and value:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def resolve(output: Path, page: Path, link: str) -> Path | None:
    """The file a link points to, or ``None`` for links off the site."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "#")):
        return None
    base = output if parts.path.startswith("/") else page.parent
    target = (base / unquote(parts.path).lstrip("/")).resolve()
    return target / "index.html" if parts.path.endswith("/") or target.is_dir() else target


def parse(page: Path) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(page.read_text(encoding="utf-8"))
    return collector


def broken_links(output: Path) -> list[tuple[str, str]]:
    broken = []
    ids: dict[Path, set[str]] = {}
    for page in sorted(output.rglob("*.html")):
        if "pagefind" in page.relative_to(output).parts:
            continue
        for link in parse(page).links:
            target = resolve(output, page, link)
            if target is None:
                continue
            fragment = urlsplit(link).fragment
            if not target.is_file():
                broken.append((str(page.relative_to(output)), link))
            elif fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = parse(target).ids
                if fragment not in ids[target]:
                    broken.append((str(page.relative_to(output)), link))
    return broken


def test_every_internal_link_resolves(built_site: BuildReport) -> None:
    assert broken_links(built_site.output) == []


def test_the_checker_finds_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<a href="/a/">ok</a><a href="/missing/">no</a><a href="#x">self</a>'
        '<a href="/a/#nope">no id</a><img src="https://example.com/x.png">'
    )
    assert broken_links(tmp_path) == [("a/index.html", "/missing/"), ("a/index.html", "/a/#nope")]
