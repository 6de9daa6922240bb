"""Exit codes of the ``transparant`` command, shared by every subcommand."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """What a script calling ``transparant`` can rely on."""

    OK = 0
    ERROR = 1
    """Something went wrong that is not the caller's fault."""
    USAGE = 2
    """Bad options or arguments (click's own code)."""
    BAD_INPUT = 3
    """Input unreadable, binary, oversized or malformed."""
    NOT_FOUND = 4
    INTERRUPTED = 130
