"""Load the fictional demo corpus: its files, its brands, and into a store.

Two ways into the store, both through the store's own repository functions:

* :func:`scan_corpus` runs the real pipeline (``import jsonl`` + the detector) — what
  ``transparant demo`` does;
* :func:`load_reference` stores the corpus's hand-written ``label`` as the verdicts —
  what the audit tests use, so they check the audit's arithmetic against the labels
  independently of how good the detector is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine

from scrapers.audit.campaign import Campaign, load_campaign
from scrapers.audit.matching import BrandSpec
from scrapers.models import Post, Signal, Verdict
from scrapers.sources.base import SourceAccount
from scrapers.store.accounts import refresh_niches
from scrapers.store.brands import BrandRecord, upsert_brand
from scrapers.store.database import transaction
from scrapers.store.repository import store_post

DATA_DIR = Path(__file__).resolve().parent / "data"
POSTS_FILE = DATA_DIR / "posts.jsonl"
LABELLED_JURISDICTIONS = ("nl", "us")
REFERENCE_VERSION = "demo-labels"


@dataclass(frozen=True, slots=True)
class LabelledPost:
    """One corpus record: the post, its author's account, and the hand-written label."""

    post: Post
    account: SourceAccount
    label: dict[str, Any]


def read_corpus(path: Path = POSTS_FILE) -> Iterator[LabelledPost]:
    """Every record of the corpus file, in file order."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                post = Post.from_dict(record)
                account = SourceAccount(
                    platform=post.platform,
                    handle=post.author or "",
                    display_name=record.get("display_name"),
                    url=record.get("account_url"),
                    follower_count=post.follower_count,
                )
                yield LabelledPost(post, account, record["label"])


def demo_brands(path: Path = DATA_DIR / "brands.yaml") -> tuple[BrandSpec, ...]:
    """The audited fictional brands of ``brands.yaml``."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(
        BrandSpec(
            slug=b["slug"],
            name=b["name"],
            aliases=tuple(b.get("aliases", ())),
            handles=tuple(b.get("handles", ())),
            domains=tuple(b.get("domains", ())),
        )
        for b in document["brands"]
    )


def demo_campaign(slug: str) -> Campaign:
    """The campaign brief of one demo brand."""
    return load_campaign(DATA_DIR / f"campaign_{slug}.yaml")


def store_brands(engine: Engine, brands: Sequence[BrandSpec]) -> None:
    """Register the brands in the store (what ``transparant brand add`` does, without tokens)."""
    with transaction(engine) as session:
        for brand in brands:
            upsert_brand(
                session,
                BrandRecord(brand.slug, brand.name, brand.aliases, brand.handles, brand.domains),
            )


def reference_verdict(label: dict[str, Any], jurisdiction: str) -> Verdict:
    """The verdict the label says a post deserves, with the label's note as its evidence."""
    verdict = label[f"verdict_{jurisdiction}"]
    note = Signal("disclosure" if label["disclosed"] else "commercial", "demo.label",
                  label["note"], 1.0, detail=label.get("kind") or "")
    return Verdict(
        verdict=verdict,
        commercial=bool(label["commercial"]),
        disclosed=bool(label["disclosed"]),
        confidence=1.0,
        signals=(note,) if label["commercial"] else (),
        jurisdiction=jurisdiction,
        rulebook_version=REFERENCE_VERSION,
        language="und",
        explanation=label["note"],
        kinds=(label["kind"],) if label.get("kind") else (),
        problems=tuple(label.get(f"problems_{jurisdiction}", ())),
        detector_version=REFERENCE_VERSION,
    )


def load_reference(
    engine: Engine, jurisdictions: Sequence[str] = LABELLED_JURISDICTIONS,
    path: Path = POSTS_FILE,
) -> int:
    """Store every corpus post with its *label* as the verdicts; returns the posts stored.

    Niches are refreshed once per account at the end (in the same transaction), not
    after every post.
    """
    count = 0
    accounts: set[int] = set()
    with transaction(engine) as session:
        for record in read_corpus(path):
            verdicts = [reference_verdict(record.label, j) for j in jurisdictions]
            stored = store_post(session, record.post, verdicts, account=record.account,
                                source="demo-corpus", update_niches=False)
            if stored.account_id is not None:
                accounts.add(stored.account_id)
            count += 1
        refresh_niches(session, accounts)
    store_brands(engine, demo_brands())
    return count


def scan_corpus(engine: Engine, jurisdictions: Sequence[str], path: Path = POSTS_FILE) -> Any:
    """Import the corpus through the real pipeline and detector; returns its ``RunSummary``."""
    from scrapers.pipeline import scan_sources
    from scrapers.sources.registry import import_source

    summary = scan_sources(
        engine, [import_source("jsonl", path)], jurisdictions, kind="import",
        labels=[f"demo:{path.name}"],
    )
    store_brands(engine, demo_brands())
    return summary
