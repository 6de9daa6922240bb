"""What a run did, counted as it goes and reported once at the end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RunSummary:
    """The one-line summary of a scan, import or rescan."""

    run_id: int
    kind: str
    status: str
    """``finished``, ``interrupted`` or ``failed``."""
    resumed: bool
    seen: int
    """Posts read and stored (new + changed + unchanged)."""
    new: int
    changed: int
    unchanged: int
    skipped: int
    """Items already done by the interrupted run this one resumed, or older than ``since``."""
    verdicts_written: int
    errors: dict[str, int]
    """Errors by kind (``fetch``, ``parse``, ``detect``, ``store``, ``link``, …)."""
    links_resolved: int = 0
    """Short links followed to their final URL (each once per run)."""

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "kind": self.kind,
            "status": self.status,
            "resumed": self.resumed,
            "seen": self.seen,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "verdicts_written": self.verdicts_written,
            "errors": dict(self.errors),
            "links_resolved": self.links_resolved,
        }

    def line(self) -> str:
        """One line for a terminal.

        >>> RunSummary(3, "scan", "finished", False, 5, 2, 1, 2, 0, 3, {"parse": 1}).line()
        'scan run 3 finished: 5 posts seen, 2 new, 1 changed, 2 unchanged; 1 error (parse 1)'
        """
        errors = self.error_count
        detail = ", ".join(f"{kind} {n}" for kind, n in sorted(self.errors.items()))
        text = (
            f"{self.kind} run {self.run_id} {self.status}"
            f"{' (resumed)' if self.resumed else ''}: {self.seen} posts seen, "
            f"{self.new} new, {self.changed} changed, {self.unchanged} unchanged"
        )
        if self.skipped:
            text += f", {self.skipped} skipped"
        if self.links_resolved:
            text += f", {self.links_resolved} short links resolved"
        text += f"; {errors} error{'' if errors == 1 else 's'}"
        return text + (f" ({detail})" if detail else "")


@dataclass
class Tally:
    """Counters of one invocation; mutable on purpose, owned by one run, frozen at the end."""

    seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    verdicts_written: int = 0
    links_resolved: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    def count_post(self, status: str, verdicts_written: int) -> None:
        self.seen += 1
        self.verdicts_written += verdicts_written
        if status == "new":
            self.new += 1
        elif status == "changed":
            self.changed += 1
        else:
            self.unchanged += 1

    def freeze(self, run_id: int, kind: str, status: str, resumed: bool) -> RunSummary:
        return RunSummary(
            run_id=run_id,
            kind=kind,
            status=status,
            resumed=resumed,
            seen=self.seen,
            new=self.new,
            changed=self.changed,
            unchanged=self.unchanged,
            skipped=self.skipped,
            verdicts_written=self.verdicts_written,
            errors=dict(self.errors),
            links_resolved=self.links_resolved,
        )
