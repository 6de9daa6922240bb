"""The store's tables, shared by the scanner, the API, the site and the audits.

One SQLAlchemy 2 declarative model per table; Alembic migrations in
``scrapers/store/migrations`` create them.  Types are chosen to behave the same on
SQLite and PostgreSQL (``JSON`` lists, timezone-aware ``DateTime``).

Verdicts are never overwritten: a re-scan under a new rulebook or detector adds a
row and flips ``is_current``, so the history of a claim stays auditable.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Account(Base):
    """A creator on one platform."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("platform", "handle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    handle: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str | None] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(Text)
    follower_count: Mapped[int | None] = mapped_column(Integer)
    tier: Mapped[str | None] = mapped_column(String(16))
    """nano < 1k, micro 1k–100k, macro 100k–1M, mega ≥ 1M."""
    niches: Mapped[list[str]] = mapped_column(JSON, default=list)
    """Topics from the account's own posts (fashion, beauty, tech, …)."""
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    posts: Mapped[list[Post]] = relationship(back_populates="account")


class Brand(Base):
    """An advertiser, matched by names, handles and registered domains."""

    __tablename__ = "brands"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(128), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    handles: Mapped[list[str]] = mapped_column(JSON, default=list)
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    """Registered domains (``example.nl``), compared via tldextract."""
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class BrandToken(Base):
    """A per-brand API token for the audit endpoint, stored only as a slow salted hash."""

    __tablename__ = "brand_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"))
    token_id: Mapped[str] = mapped_column(String(32), unique=True)
    """Public part of the token, used to find the row before checking the hash."""
    token_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Post(Base):
    """A post as acquired, keyed on (platform, post_id)."""

    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("platform", "post_id"),
        Index("ix_posts_lookup_hash", "lookup_hash"),
        Index("ix_posts_account", "account_id"),
        Index("ix_posts_published", "published_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    post_id: Mapped[str] = mapped_column(String(512))
    lookup_hash: Mapped[str] = mapped_column(String(64))
    """Hex ``sha256(platform + ":" + post_id)``; the API's private look-up buckets by prefix."""
    url: Mapped[str | None] = mapped_column(Text)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    author: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str | None] = mapped_column(Text)
    """The page the post came from, when it came from one; ``rescan`` re-reads it offline."""
    links: Mapped[list[str]] = mapped_column(JSON, default=list)
    native_labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    tagged: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(8))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    content_hash: Mapped[str] = mapped_column(String(64))
    """Hash of what the detector reads, so an unchanged re-scan writes nothing."""
    source: Mapped[str | None] = mapped_column(Text)
    """Where it came from (feed URL, export file), for provenance."""
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    account: Mapped[Account | None] = relationship(back_populates="posts")
    verdicts: Mapped[list[Verdict]] = relationship(back_populates="post")


class Verdict(Base):
    """One evaluation of a post under one rulebook and detector version."""

    __tablename__ = "verdicts"
    __table_args__ = (
        UniqueConstraint(
            "post_id", "jurisdiction", "rulebook_version", "detector_version", "content_hash"
        ),
        Index("ix_verdicts_current", "post_id", "is_current"),
        Index("ix_verdicts_label", "is_current", "verdict"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    verdict: Mapped[str] = mapped_column(String(32))
    commercial: Mapped[bool] = mapped_column(Boolean)
    disclosed: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float] = mapped_column(Float)
    jurisdiction: Mapped[str] = mapped_column(String(8))
    rulebook_version: Mapped[str] = mapped_column(String(64))
    detector_version: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    """The post's ``content_hash`` this verdict was computed from."""
    language: Mapped[str] = mapped_column(String(8))
    explanation: Mapped[str] = mapped_column(Text, default="")
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    problems: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    post: Mapped[Post] = relationship(back_populates="verdicts")
    signals: Mapped[list[SignalRow]] = relationship(
        back_populates="verdict", cascade="all, delete-orphan", order_by="SignalRow.id"
    )


class SignalRow(Base):
    """One piece of evidence behind a stored verdict."""

    __tablename__ = "signals"
    __table_args__ = (Index("ix_signals_verdict", "verdict_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    verdict_id: Mapped[int] = mapped_column(ForeignKey("verdicts.id", ondelete="CASCADE"))
    family: Mapped[str] = mapped_column(String(16))
    rule: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")

    verdict: Mapped[Verdict] = relationship(back_populates="signals")


class ScanRun(Base):
    """One invocation of ``scan``, ``import`` or ``rescan``: what, when, how many, errors."""

    __tablename__ = "scan_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    """``scan``, ``import`` or ``rescan``."""
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    jurisdiction: Mapped[str] = mapped_column(String(8))
    """The first jurisdiction of the run; all of them are in ``jurisdictions``."""
    jurisdictions: Mapped[list[str]] = mapped_column(JSON, default=list)
    fingerprint: Mapped[str] = mapped_column(String(64), default="", index=True)
    """Hash of kind, sources and jurisdictions: an unfinished run with the same one resumes."""
    status: Mapped[str] = mapped_column(String(16), default="running")
    """``running``, ``finished``, ``interrupted`` or ``failed``."""
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    posts_seen: Mapped[int] = mapped_column(Integer, default=0)
    posts_new: Mapped[int] = mapped_column(Integer, default=0)
    posts_changed: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    errors_by_kind: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class ScanItem(Base):
    """Progress of one run per item (page, file, feed entry), so an interrupted scan resumes."""

    __tablename__ = "scan_items"
    __table_args__ = (UniqueConstraint("run_id", "item_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("scan_runs.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    """``done`` or ``error``."""
    error_kind: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Report(Base):
    """A reader's report ("undisclosed ad", "wrong label"); queued, never auto-published."""

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    post_ref: Mapped[str] = mapped_column(String(512))
    """The post id on its platform, or a look-up hash prefix."""
    kind: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    client_hash: Mapped[str] = mapped_column(String(255))
    """Slow salted hash of the reporter's random client secret; never the secret itself."""
    status: Mapped[str] = mapped_column(String(16), default="queued")
    counted: Mapped[bool] = mapped_column(Boolean, default=True)
    """False for reports absorbed as abuse: accepted, stored, but not counted."""
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Dispute(Base):
    """Right of reply: an account owner or brand contests a verdict; shown only after review."""

    __tablename__ = "disputes"

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    post_ref: Mapped[str] = mapped_column(String(512))
    verdict_id: Mapped[int | None] = mapped_column(ForeignKey("verdicts.id"))
    role: Mapped[str] = mapped_column(String(32))
    """``account_owner`` or ``brand``."""
    statement: Mapped[str] = mapped_column(Text)
    client_hash: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    """``queued``, ``accepted`` (published beside the verdict) or ``rejected``."""
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SubmitterIp(Base):
    """Salted hashes of submitters' IPs, for abuse control only. Private: never exported."""

    __tablename__ = "submitter_ips"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_kind: Mapped[str] = mapped_column(String(16))
    submission_id: Mapped[int] = mapped_column(Integer)
    ip_hash: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Correction(Base):
    """A published correction of a verdict or page, for the site's corrections log."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    summary_en: Mapped[str] = mapped_column(Text)
    summary_nl: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


PRIVATE_TABLES: frozenset[str] = frozenset({"submitter_ips", "brand_tokens", "reports"})
"""Tables that no export, site build or open-data download may ever include."""
