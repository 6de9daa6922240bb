"""Which brands a post is about: tagged or @-mentioned handles, names, linked domains.

The rules are the audit's (:mod:`scrapers.audit.matching`: names as whole words
ignoring case, diacritics and invisible characters; domains by registered domain),
and so are its normalising functions.  The audit matches one brand against many
posts; the site needs every brand against every post, so this module compiles all
brands into one matcher that reads each post once.

>>> from scrapers.publish.snapshot import BrandRecord
>>> match = make_brand_matcher((BrandRecord(1, "zonly", "Zonly", ("Zonly Skin",), ("zonly_nl",),
...                                          ("zonly.nl",)),))
>>> match("Mijn nieuwe crème van ZÓNLY!", (), ()), match("", ("https://shop.zonly.nl/x",), ())
((1,), (1,))
>>> match("@ZONLY_NL top", (), ()), match("zonlyness", (), ())
((1,), ())
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from scrapers.audit.matching import fold, normalise_handle, registered_domain

if TYPE_CHECKING:
    from scrapers.publish.snapshot import BrandMatcher, BrandRecord

MENTION = re.compile(r"@([\w.]{2,64})")


def make_brand_matcher(brands: tuple[BrandRecord, ...]) -> BrandMatcher:
    """Compile the brands into one matcher; posts are then matched in one pass each."""
    by_handle = {normalise_handle(h): b.id for b in brands for h in b.handles}
    by_domain = {d.lower(): b.id for b in brands for d in b.domains}
    by_name = {fold(n): b.id for b in brands for n in (b.name, *b.aliases) if len(n) >= 2}
    names = _name_pattern(tuple(sorted(by_name, key=len, reverse=True)))
    domain_of = _domain_reader()

    def match(text: str, links: tuple[str, ...], tagged: tuple[str, ...]) -> tuple[int, ...]:
        folded = text.casefold() if text.isascii() else fold(text)
        found: set[int] = set()
        for handle in (*(normalise_handle(t) for t in tagged), *MENTION.findall(folded)):
            brand = by_handle.get(handle.rstrip("."))
            if brand is not None:
                found.add(brand)
        if names is not None:
            found.update(by_name[m] for m in names.findall(folded))
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
    return re.compile(rf"(?<![\w@#])({alternatives})(?!\w)")


def _domain_reader() -> Callable[[str], str]:
    @lru_cache(maxsize=65536)
    def domain_of(link: str) -> str:
        return registered_domain(link) or ""

    return domain_of
