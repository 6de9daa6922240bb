"""Which posts are about a brand: by handle, by name and by the registered domain of a link.

A post matches a brand when it tags or @mentions one of the brand's handles, names
the brand (whole words, ignoring case, diacritics and zero-width characters), or
links to one of its registered domains — so ``shop.velvoria.nl/?utm_source=x`` counts
and ``velvoria.nl.kortingsdeal-nu.example`` does not.  Every match says *why*: the
audit shows those reasons next to each post.

Domains are compared with tldextract's bundled public-suffix snapshot only; nothing
is downloaded.

>>> brand = BrandSpec("velvoria", "Velvoria", handles=("velvoria",), domains=("velvoria.nl",))
>>> match_post(brand, "Mijn VELVÓRIA-crème is op", links=("https://shop.velvoria.nl/?u=ig",))
('name:Velvoria', 'domain:velvoria.nl')
>>> match_post(brand, "Fan van @velvoria!", tagged=("Velvoria",))
('tagged:@velvoria', 'mention:@velvoria')
>>> match_post(brand, "Velvoriaan is geen merk", links=("https://velvoria.nl.evil.example/",))
()
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

import tldextract
from sqlalchemy import select
from sqlalchemy.orm import Session

from scrapers.store.schema import Account, Brand
from scrapers.store.schema import Post as PostRow

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_DOMAIN_IN_TEXT = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)


def fold(text: str) -> str:
    """Lower-case, without diacritics or invisible characters: how names are compared.

    >>> fold("Crème\u200bBRÛLÉE")
    'cremebrulee'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_INVISIBLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalise_handle(handle: str) -> str:
    """A handle as compared: no ``@``, folded.

    >>> normalise_handle("@Velvoria")
    'velvoria'
    """
    return fold(handle.strip().lstrip("@"))


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registered_domain(url: str) -> str | None:
    """The registered domain of a URL or host name, or ``None`` when it has no public suffix.

    >>> registered_domain("https://shop.velvoria.nl/zomer?utm_source=ig")
    'velvoria.nl'
    >>> registered_domain("https://velvoria.nl.evil.example/") is None
    True
    """
    parts = _extractor()(url.strip())
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}".lower()


@dataclass(frozen=True, slots=True)
class BrandSpec:
    """A brand as the audit matches it; built from a stored row, a file or CLI options."""

    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    """Other names the brand goes by (``Velvoria Skin``)."""
    handles: tuple[str, ...] = ()
    """Platform handles, with or without ``@``."""
    domains: tuple[str, ...] = ()
    """Registered domains (``velvoria.nl``); sub-domains and paths of these match."""

    @classmethod
    def from_row(cls, row: Brand) -> BrandSpec:
        return cls(
            slug=row.slug,
            name=row.name,
            aliases=tuple(row.aliases or ()),
            handles=tuple(row.handles or ()),
            domains=tuple(row.domains or ()),
        )

    def extended(self, domains: Iterable[str] = (), handles: Iterable[str] = ()) -> BrandSpec:
        """The same brand with extra domains and handles (``audit --domain/--handle``)."""
        return BrandSpec(
            self.slug,
            self.name,
            self.aliases,
            tuple(dict.fromkeys((*self.handles, *handles))),
            tuple(dict.fromkeys((*self.domains, *domains))),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "name": self.name,
            "aliases": list(self.aliases),
            "handles": list(self.handles),
            "domains": list(self.domains),
        }


@dataclass(frozen=True, slots=True)
class BrandMatcher:
    """A brand's patterns, compiled once and reused for every post of an audit."""

    brand: BrandSpec
    _names: tuple[tuple[str, re.Pattern[str]], ...] = field(init=False, repr=False)
    _handles: frozenset[str] = field(init=False, repr=False)
    _mention: re.Pattern[str] | None = field(init=False, repr=False)
    _domains: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        names = dict.fromkeys(n for n in (self.brand.name, *self.brand.aliases) if n.strip())
        object.__setattr__(self, "_names", tuple((n, _name_pattern(n)) for n in names))
        handles = frozenset(normalise_handle(h) for h in self.brand.handles if h.strip("@ "))
        object.__setattr__(self, "_handles", handles)
        object.__setattr__(self, "_mention", _mention_pattern(handles))
        domains = {registered_domain(d) or d.lower() for d in self.brand.domains if d.strip()}
        object.__setattr__(self, "_domains", frozenset(domains))

    def match(
        self,
        text: str,
        links: Sequence[str] = (),
        tagged: Sequence[str] = (),
        author: str | None = None,
    ) -> tuple[str, ...]:
        """Why this post is about the brand (``kind:value`` reasons); empty when it is not.

        Posts by the brand's own accounts are not matched: a brand's own feed is not a
        creator's post about it.
        """
        if author and normalise_handle(author) in self._handles:
            return ()
        folded = fold(text)
        reasons = [*self._tag_reasons(tagged), *self._mention_reasons(folded)]
        reasons += [f"name:{name}" for name, pattern in self._names if pattern.search(folded)]
        reasons += self._domain_reasons(links, folded)
        return tuple(dict.fromkeys(reasons))

    def _tag_reasons(self, tagged: Sequence[str]) -> Iterator[str]:
        for handle in tagged:
            if normalise_handle(handle) in self._handles:
                yield f"tagged:@{normalise_handle(handle)}"

    def _mention_reasons(self, folded: str) -> Iterator[str]:
        if self._mention is not None:
            for found in self._mention.finditer(folded):
                yield f"mention:@{found.group(1)}"

    def _domain_reasons(self, links: Sequence[str], folded: str) -> Iterator[str]:
        candidates = [*links, *(m.group(0) for m in _DOMAIN_IN_TEXT.finditer(folded))]
        for link in candidates:
            domain = registered_domain(link)
            if domain is not None and domain in self._domains:
                yield f"domain:{domain}"


def _name_pattern(name: str) -> re.Pattern[str]:
    """Whole words of the folded name; any run of spaces or hyphens between its words."""
    words = [re.escape(w) for w in re.split(r"[\s\-]+", fold(name).strip()) if w]
    return re.compile(r"(?<![\w@])" + r"[\s\-]+".join(words) + r"(?!\w)")


def _mention_pattern(handles: frozenset[str]) -> re.Pattern[str] | None:
    if not handles:
        return None
    alternatives = "|".join(re.escape(h) for h in sorted(handles, key=len, reverse=True))
    return re.compile(r"(?<![\w@])@(" + alternatives + r")(?![\w]|\.[\w])")


def match_post(
    brand: BrandSpec,
    text: str,
    links: Sequence[str] = (),
    tagged: Sequence[str] = (),
    author: str | None = None,
) -> tuple[str, ...]:
    """Why a post is about ``brand`` (empty tuple: it is not). See :class:`BrandMatcher`."""
    return BrandMatcher(brand).match(text, links, tagged, author)


@dataclass(frozen=True, slots=True)
class BrandPost:
    """A stored post that matched a brand, with what the audit shows about its creator."""

    row_id: int
    platform: str
    post_id: str
    url: str | None
    author: str | None
    display_name: str | None
    follower_count: int | None
    published: datetime | None
    text: str
    links: tuple[str, ...]
    reasons: tuple[str, ...]


def posts_for_brand(
    session: Session, brand: BrandSpec, since: datetime | None = None
) -> list[BrandPost]:
    """Every stored post about ``brand`` (published on or after ``since``), oldest first.

    Matching runs in Python over the stored posts, because name folding (case,
    diacritics, zero-width characters) and registered-domain comparison cannot be
    expressed portably in SQL on both SQLite and PostgreSQL.
    """
    matcher = BrandMatcher(brand)
    query = (
        select(*_POST_COLUMNS, Account.display_name, Account.follower_count)
        .outerjoin(Account, PostRow.account_id == Account.id)
        .order_by(PostRow.published_at, PostRow.id)
    )
    if since is not None:
        query = query.where(PostRow.published_at >= since)
    found: list[BrandPost] = []
    for row in session.execute(query.execution_options(yield_per=1000)):
        reasons = matcher.match(row.text or "", row.links or (), row.tagged or (), row.author)
        if reasons:
            found.append(_brand_post(row, reasons))
    return found


_POST_COLUMNS = (
    PostRow.id, PostRow.platform, PostRow.post_id, PostRow.url, PostRow.author,
    PostRow.published_at, PostRow.text, PostRow.links, PostRow.tagged,
)
"""Only what matching and the report need: loading whole ORM rows costs several times more."""


def _brand_post(row: Any, reasons: tuple[str, ...]) -> BrandPost:
    return BrandPost(
        row_id=row.id,
        platform=row.platform,
        post_id=row.post_id,
        url=row.url,
        author=row.author,
        display_name=row.display_name,
        follower_count=row.follower_count,
        published=row.published_at,
        text=row.text or "",
        links=tuple(row.links or ()),
        reasons=reasons,
    )
