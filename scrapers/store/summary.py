"""What the store holds, in numbers (``transparant stats``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select

from scrapers.models import VERDICTS
from scrapers.store.schema import Account, Brand, Post, ScanRun, Verdict


@dataclass(frozen=True, slots=True)
class StoreSummary:
    """Counts of what the store holds; verdicts are current ones, by label."""

    posts: int
    accounts: int
    brands: int
    verdicts: dict[str, int]
    scan_runs: int

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``transparant stats --format json`` (keys are a contract)."""
        return {
            "posts": self.posts,
            "accounts": self.accounts,
            "brands": self.brands,
            "verdicts": dict(self.verdicts),
            "scan_runs": self.scan_runs,
        }


def summarise_store(engine: Engine) -> StoreSummary:
    """Count posts, accounts, brands, current verdicts by label (every label listed) and runs."""
    with engine.connect() as connection:

        def count(entity: Any) -> int:
            return int(connection.scalar(select(func.count()).select_from(entity)) or 0)

        by_label = dict.fromkeys(VERDICTS, 0)
        rows = connection.execute(
            select(Verdict.verdict, func.count())
            .where(Verdict.is_current.is_(True))
            .group_by(Verdict.verdict)
        )
        for label, number in rows:
            by_label[label] = int(number)
        return StoreSummary(
            posts=count(Post),
            accounts=count(Account),
            brands=count(Brand),
            verdicts=by_label,
            scan_runs=count(ScanRun),
        )
