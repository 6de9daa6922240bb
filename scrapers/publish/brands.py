"""Which brands a post is about: tagged or @-mentioned handles, names, linked domains.

This is the site's own matcher, used until ``scrapers.audit.matching`` (the audit
work) is committed; :func:`scrapers.publish.snapshot.take_snapshot` takes any
``matcher_factory`` with the same shape, so swapping it is one argument.

>>> from scrapers.publish.snapshot import BrandRecord
>>> match = make_brand_matcher((BrandRecord(1, "zonly", "Zonly", ("Zonly Skin",), ("zonly_nl",),
...                                          ("zonly.nl",)),))
>>> match("Mijn nieuwe crème van Zonly!", (), ()), match("", ("https://shop.zonly.nl/x",), ())
((1,), (1,))
>>> match("@ZONLY_NL top", (), ()), match("zonlyness", (), ())
((1,), ())
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import tldextract

if TYPE_CHECKING:
    from scrapers.publish.snapshot import BrandMatcher, BrandRecord

MENTION = re.compile(r"@([A-Za-z0-9_.]{2,64})")


def make_brand_matcher(brands: tuple[BrandRecord, ...]) -> BrandMatcher:
    """Compile the brands into one matcher; posts are then matched in one pass each."""
    by_handle = {h.lower().lstrip("@"): b.id for b in brands for h in b.handles}
    by_domain = {d.lower(): b.id for b in brands for d in b.domains}
    by_name = {n.lower(): b.id for b in brands for n in (b.name, *b.aliases) if len(n) >= 2}
    names = _name_pattern(tuple(sorted(by_name, key=len, reverse=True)))
    domain_of = _domain_reader()

    def match(text: str, links: tuple[str, ...], tagged: tuple[str, ...]) -> tuple[int, ...]:
        found: set[int] = set()
        for handle in (*tagged, *MENTION.findall(text)):
            brand = by_handle.get(handle.lower().rstrip("."))
            if brand is not None:
                found.add(brand)
        if names is not None:
            found.update(by_name[m.lower()] for m in names.findall(text))
        for link in links:
            brand = by_domain.get(domain_of(link))
            if brand is not None:
                found.add(brand)
        return tuple(sorted(found))

    return match


def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w@#])({alternatives})(?!\w)", re.IGNORECASE)


def _domain_reader() -> Callable[[str], str]:
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    @lru_cache(maxsize=65536)
    def domain_of(link: str) -> str:
        return str(extract(link).top_domain_under_public_suffix).lower()

    return domain_of
