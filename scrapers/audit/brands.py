"""Brands in the store, as the audit sees them: find one by slug or name, add one.

>>> slugify("Trailbrook Outdoor & Co.")
'trailbrook-outdoor-co'
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scrapers.audit.matching import BrandSpec, fold
from scrapers.store.brands import BrandRecord, upsert_brand
from scrapers.store.schema import Brand


def slugify(name: str) -> str:
    """A URL-safe slug: folded, words joined by ``-``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "brand"


def find_brand(session: Session, name_or_slug: str) -> BrandSpec | None:
    """The stored brand whose slug or name (ignoring case) is ``name_or_slug``."""
    wanted = name_or_slug.strip()
    row = session.scalar(select(Brand).where(Brand.slug == slugify(wanted)))
    if row is None:
        row = session.scalar(select(Brand).where(func.lower(Brand.name) == wanted.lower()))
    return BrandSpec.from_row(row) if row is not None else None


def save_brand(session: Session, brand: BrandSpec) -> int:
    """Insert or update the brand; returns its row id."""
    record = BrandRecord(brand.slug, brand.name, brand.aliases, brand.handles, brand.domains)
    return upsert_brand(session, record)


def list_brands(session: Session) -> list[BrandSpec]:
    return [BrandSpec.from_row(row) for row in session.scalars(select(Brand).order_by(Brand.slug))]
