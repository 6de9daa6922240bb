"""Brands: advertisers matched by names, handles and registered domains, keyed on a slug."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from scrapers.store.dialect import upsert_insert
from scrapers.store.schema import Brand


@dataclass(frozen=True, slots=True)
class BrandRecord:
    """A brand as configured (``transparant brand add``, a brands file, an audit)."""

    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    """Platform handles without ``@``."""
    domains: tuple[str, ...] = ()
    """Registered domains (``example.nl``)."""


def upsert_brand(session: Session, brand: BrandRecord) -> int:
    """Insert the brand or replace its names, handles and domains; returns its row id."""
    values = {
        "name": brand.name,
        "aliases": _unique(brand.aliases),
        "handles": _unique(h.lstrip("@") for h in brand.handles),
        "domains": _unique(d.lower() for d in brand.domains),
    }
    statement = upsert_insert(session.get_bind().dialect.name, Brand.__table__)
    statement = statement.values(slug=brand.slug, **values)
    statement = statement.on_conflict_do_update(index_elements=["slug"], set_=values)
    return int(session.execute(statement.returning(Brand.id)).scalar_one())


def _unique(items: object) -> list[str]:
    """Keep the first of each value, in order.

    >>> _unique(["a", "b", "a"])
    ['a', 'b']
    """
    return list(dict.fromkeys(items))  # type: ignore[call-overload]
