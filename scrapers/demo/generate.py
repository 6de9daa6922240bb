"""Write the demo corpus files from the fictional accounts, kinds and texts.

The checked-in files under ``scrapers/demo/data/`` are this module's output; run
``python -m scrapers.demo.generate`` after changing an account, a kind or a text.
Output is deterministic (a fixed seed), so a regenerated corpus diffs cleanly.

>>> records = build_records()
>>> len(records) >= 400
True
>>> sorted({r["label"]["verdict_nl"] for r in records})
['disclosed', 'organic', 'unclear_disclosure', 'undisclosed']
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from scrapers.demo.accounts import ACCOUNTS, AUDITED_BRANDS, DemoAccount, DemoBrand, brand_for
from scrapers.demo.campaigns import CAMPAIGNS
from scrapers.demo.templates import LABELS, Draft, write_post
from scrapers.demo.texts import organic_lines

DATA_DIR = Path(__file__).resolve().parent / "data"
SEED = 20260601
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
SPAN_DAYS = 290

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def account_url(account: DemoAccount) -> str:
    """The profile URL of a fictional account (blogs live under the reserved .example TLD)."""
    handle = account.handle
    return {
        "instagram": f"https://www.instagram.com/{handle}/",
        "youtube": f"https://www.youtube.com/@{handle}",
        "tiktok": f"https://www.tiktok.com/@{handle}",
        "x": f"https://x.com/{handle}",
        "blog": f"https://{handle}.example/",
    }[account.platform]


def _post_identity(account: DemoAccount, rng: random.Random, day: datetime,
                   title: str | None) -> tuple[str, str]:
    """A plausible (post_id, url) pair for the platform; ids are random but seeded."""
    if account.platform in ("instagram", "youtube"):
        short = "".join(rng.choice(_ALPHABET) for _ in range(11))
        if account.platform == "instagram":
            return short, f"https://www.instagram.com/p/{short}/"
        return short, f"https://www.youtube.com/watch?v={short}"
    if account.platform in ("tiktok", "x"):
        number = str(rng.randint(7 * 10**18, 8 * 10**18))
        path = "video" if account.platform == "tiktok" else "status"
        host = "www.tiktok.com/@" if account.platform == "tiktok" else "x.com/"
        return number, f"https://{host}{account.handle}/{path}/{number}"
    slug = "-".join((title or "bericht").lower().replace(":", "").split())[:60]
    url = f"https://{account.handle}.example/{day:%Y/%m}/{slug}-{rng.randint(100, 999)}/"
    return url, url


def _label(kind: str, brand: DemoBrand) -> dict[str, Any]:
    label = LABELS[kind]
    names = label.commercial or label.names_brand
    return {
        "commercial": label.commercial,
        "disclosed": label.disclosed,
        "verdict_nl": label.verdict_nl,
        "verdict_us": label.verdict_us,
        "brand": brand.slug if names else None,
        "kind": label.kind,
        "note": label.note,
        "problems_nl": list(label.problems_nl),
        "problems_us": list(label.problems_us),
    }


def _record(account: DemoAccount, draft: Draft, kind: str, brand: DemoBrand,
            rng: random.Random, day: datetime) -> dict[str, Any]:
    title = draft.title
    if title is None and account.platform in ("youtube", "blog"):
        title = draft.text.split(".")[0][:80]
    post_id, url = _post_identity(account, rng, day, title)
    record: dict[str, Any] = {
        "text": draft.text,
        "platform": account.platform,
        "url": url,
        "post_id": post_id,
        "author": account.handle,
        "title": title,
        "links": list(draft.links),
        "language": account.language,
        "native_labels": list(draft.native_labels),
        "tagged": list(draft.tagged),
        "follower_count": account.followers,
        "published": day.isoformat().replace("+00:00", "Z"),
        "display_name": account.display_name,
        "account_url": account_url(account),
    }
    if draft.html is not None:
        record["html"] = draft.html
    record["label"] = _label(kind, brand)
    return record


def build_account(account: DemoAccount, rng: random.Random) -> list[dict[str, Any]]:
    """All posts of one account, in publication order."""
    lines = organic_lines(account.language, account.niche)
    step = SPAN_DAYS / len(account.plan)
    records: list[dict[str, Any]] = []
    commercial_index = 0
    for index, kind in enumerate(account.plan):
        brand = brand_for(account.niche, commercial_index)
        if kind != "o":
            commercial_index += 1
        organic = lines[(index + len(account.handle)) % len(lines)]
        draft = write_post(kind, account, brand, rng, organic)
        day = START + timedelta(days=index * step + rng.uniform(0, step * 0.8),
                                minutes=rng.randint(0, 600))
        records.append(_record(account, draft, kind, brand, rng, day.replace(microsecond=0)))
    return records


def build_records() -> list[dict[str, Any]]:
    """Every record of the corpus, account by account."""
    rng = random.Random(SEED)
    return [record for account in ACCOUNTS for record in build_account(account, rng)]


def brands_document() -> dict[str, Any]:
    """The ``brands.yaml`` content: the two audited fictional brands."""
    return {
        "fictional": True,
        "brands": [
            {
                "slug": brand.slug,
                "name": brand.name,
                "aliases": list(brand.aliases),
                "handles": list(brand.handles),
                "domains": list(brand.domains),
            }
            for brand in AUDITED_BRANDS
        ],
    }


def write_corpus(directory: Path = DATA_DIR) -> None:
    """(Re)write ``posts.jsonl``, ``brands.yaml`` and one ``campaign_<slug>.yaml`` per brand."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "posts.jsonl").open("w", encoding="utf-8") as out:
        for record in build_records():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    header = "# Fictional: written for Transparant's demo. No real brand or person.\n"
    (directory / "brands.yaml").write_text(
        header + yaml.safe_dump(brands_document(), allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    for campaign in CAMPAIGNS:
        (directory / f"campaign_{campaign['brand']}.yaml").write_text(
            header + yaml.safe_dump(campaign, allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )


if __name__ == "__main__":  # pragma: no cover
    write_corpus()
