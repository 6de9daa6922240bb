"""Versions of the parts behind an answer, asked of the parts themselves.

Rulebook versions come from the detector's own verdicts (the stable contract), so
this works whatever loader the rules package has; the store's schema version comes
from the store when it says, and is ``None`` otherwise.
"""

from __future__ import annotations

import importlib
import logging

from sqlalchemy import Engine

from extension_api.request_schemas import JURISDICTIONS
from extension_api.services import DetectorCache
from scrapers.models import Post

LOG = logging.getLogger("transparant.api")


def rulebook_versions(detectors: DetectorCache) -> dict[str, str]:
    """``{jurisdiction: rulebook_version}`` for every jurisdiction whose rulebook loads."""
    versions: dict[str, str] = {}
    for jurisdiction in JURISDICTIONS:
        try:
            verdict = detectors.get(jurisdiction).analyze(Post(text=""))
        except (LookupError, ValueError, FileNotFoundError):
            continue
        versions[jurisdiction] = verdict.rulebook_version
    return versions


def store_schema_version(engine: Engine) -> str | None:
    """The store's schema (migration) version, if the store package exposes one."""
    database = importlib.import_module("scrapers.store.database")
    reader = getattr(database, "schema_version", None)
    if reader is None:
        return None
    try:
        found = reader(engine)
    except Exception as error:  # a version page must not fail because the store is odd
        LOG.warning("schema version unavailable: %s", type(error).__name__)
        return None
    return None if found is None else str(found)
