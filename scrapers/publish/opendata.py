"""Open data: every account and brand page as JSON, and bulk CSV, JSON and SQLite downloads.

Written under ``<output>/data/`` with a ``datapackage.json`` (Frictionless Data
Package: schema, licence, versions), the CC BY 4.0 licence notice and a
``SHA256SUMS`` file; page JSON sits beside each page as ``data.json``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from scrapers.publish.tables import TABLES, Table, rows
from scrapers.publish.views import AccountView, BrandView, Evidence, SiteViews
from scrapers.version import DETECTOR_VERSION, PACKAGE_VERSION

LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
LICENCE_TEXT = """Transparant open data — licence

The data in this directory is licensed under the Creative Commons Attribution 4.0
International licence (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/

You may share and adapt it for any purpose, provided you give appropriate credit
("Transparant, data snapshot {date}"), link to the licence and indicate changes.

Verdicts are signals found by software, not legal findings. See the methodology
pages for what each verdict means, and the corrections log for what was corrected.
"""
SQLITE_TYPES = {"integer": "INTEGER", "number": "REAL", "boolean": "INTEGER"}


def write_open_data(views: SiteViews, output: Path, settings: Mapping[str, Any]) -> None:
    """Write page JSON and the bulk downloads for one snapshot."""
    meta = versions(views)
    for account in views.accounts:
        _write_json(output / account.path / "data.json", {**account_json(account, views), **meta})
    for brand in views.brands:
        _write_json(output / brand.path / "data.json", {**brand_json(brand, views), **meta})
    data = output / "data"
    data.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        _write_csv(data / f"{table.name}.csv", table, views)
    _write_bulk_json(data / "transparant.json", views, meta)
    _write_sqlite(data / "transparant.sqlite", views)
    (data / "LICENSE.txt").write_text(LICENCE_TEXT.format(date=meta["snapshot_date"][:10]))
    _write_json(data / "datapackage.json", datapackage(views, data, meta))
    write_checksums(data)


def versions(views: SiteViews) -> dict[str, Any]:
    snapshot = views.snapshot
    return {
        "snapshot_date": snapshot.taken_at.isoformat(),
        "detector_version": DETECTOR_VERSION,
        "detector_versions_in_data": list(snapshot.detector_versions),
        "rulebook_versions": list(snapshot.rulebook_versions),
        "primary_jurisdiction": snapshot.primary_jurisdiction,
        "licence": LICENCE["name"],
    }


def account_json(view: AccountView, views: SiteViews) -> dict[str, Any]:
    a = view.account
    return {
        "type": "account",
        "platform": a.platform,
        "handle": a.handle,
        "display_name": a.display_name,
        "url": a.url,
        "follower_count": a.follower_count,
        "tier": a.tier,
        "niches": list(a.niches),
        **view.tally.to_dict(views.options.min_sample),
        "timeline": [{"month": m, **dict(c)} for m, c in view.months],
        "brands": [b.slug for b in view.brands],
        "evidence": [_evidence_json(e) for e in view.evidence],
    }


def brand_json(view: BrandView, views: SiteViews) -> dict[str, Any]:
    b = view.brand
    return {
        "type": "brand",
        "slug": b.slug,
        "name": b.name,
        "handles": list(b.handles),
        "domains": list(b.domains),
        **view.tally.to_dict(views.options.min_sample),
        "creators": [
            {
                "account": f"{r.account.account.platform}/{r.account.account.handle}"
                if r.account
                else None,
                "named": r.account is not None,
                **r.tally.to_dict(views.options.min_sample),
            }
            for r in view.creators
        ],
        "evidence": [
            {"account": f"{a.account.platform}/{a.account.handle}", **_evidence_json(e)}
            if a
            else {"account": None, **_evidence_json(e, named=False)}
            for a, e in view.evidence
        ],
    }


def _evidence_json(item: Evidence, named: bool = True) -> dict[str, Any]:
    post = item.post
    data: dict[str, Any] = {
        "date": item.date or None,
        "verdict": post.verdict,
        "confidence": post.confidence,
        "rulebook_version": post.rulebook_version,
        "signals": [
            {"family": s.family, "rule": s.rule, **({"text": s.text} if named else {})}
            for s in item.signals
        ],
    }
    if named:
        data.update(url=post.url, post_id=post.post_id, excerpt=item.excerpt)
        data["disputes"] = [{"role": d.role, "statement": d.statement} for d in item.disputes]
    return data


def datapackage(views: SiteViews, data: Path, meta: Mapping[str, Any]) -> dict[str, Any]:
    """A Frictionless Data Package descriptor, with the data dictionary as table schemas."""
    resources: list[dict[str, Any]] = [
        {
            "name": table.name,
            "path": f"{table.name}.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": table.description,
            "hash": f"sha256:{sha256_of(data / f'{table.name}.csv')}",
            "schema": {
                "fields": [
                    {"name": f.name, "type": f.type, "description": f.description}
                    for f in table.fields
                ]
            },
        }
        for table in TABLES
    ]
    for name, media in (
        ("transparant.json", "application/json"),
        ("transparant.sqlite", "application/vnd.sqlite3"),
    ):
        resources.append(
            {
                "name": name.replace(".", "-"),
                "path": name,
                "mediatype": media,
                "hash": f"sha256:{sha256_of(data / name)}",
            }
        )
    return {
        "name": "transparant",
        "title": "Transparant: disclosure of paid influencer posts",
        "version": PACKAGE_VERSION,
        "created": meta["snapshot_date"],
        "licenses": [LICENCE],
        "transparant": dict(meta),
        "resources": resources,
    }


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksums(directory: Path) -> None:
    """``SHA256SUMS`` in the format ``sha256sum -c`` reads."""
    lines = [
        f"{sha256_of(path)}  {path.name}\n"
        for path in sorted(directory.iterdir())
        if path.is_file() and path.name not in {"SHA256SUMS", "index.html"}
    ]
    (directory / "SHA256SUMS").write_text("".join(lines))


def _write_json(path: Path, payload: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str))


def _write_csv(path: Path, table: Table, views: SiteViews) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(f.name for f in table.fields)
        writer.writerows(rows(views, table.name))


def _write_bulk_json(path: Path, views: SiteViews, meta: Mapping[str, Any]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"meta": ' + json.dumps(dict(meta)) + ', "tables": {')
        for index, table in enumerate(TABLES):
            names = [f.name for f in table.fields]
            handle.write(("," if index else "") + json.dumps(table.name) + ": [")
            for number, row in enumerate(rows(views, table.name)):
                handle.write(
                    ("," if number else "")
                    + json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False)
                )
            handle.write("]")
        handle.write("}}\n")


def _write_sqlite(path: Path, views: SiteViews) -> None:
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    try:
        for table in TABLES:
            columns = ", ".join(
                f'"{f.name}" {SQLITE_TYPES.get(f.type, "TEXT")}' for f in table.fields
            )
            connection.execute(f'CREATE TABLE "{table.name}" ({columns})')
            marks = ", ".join("?" for _ in table.fields)
            connection.executemany(
                f'INSERT INTO "{table.name}" VALUES ({marks})', rows(views, table.name)
            )
        connection.commit()
    finally:
        connection.close()
