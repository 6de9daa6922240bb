"""What one app holds for its lifetime: its settings, its store and one detector per jurisdiction.

Kept in ``app.extensions`` (not in module globals) so that two apps in one
process — tests do this — never share state.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from flask import Flask, current_app
from sqlalchemy import Engine

from extension_api.config import ApiConfig
from scrapers.detection import Detector

EXTENSION_KEY = "transparant"


@dataclass
class DetectorCache:
    """Builds a :class:`Detector` (compiling its rulebook) once per jurisdiction, then reuses it."""

    _detectors: dict[str, Detector] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, jurisdiction: str) -> Detector:
        detector = self._detectors.get(jurisdiction)
        if detector is None:
            with self._lock:
                detector = self._detectors.get(jurisdiction)
                if detector is None:
                    detector = Detector(jurisdiction)
                    self._detectors[jurisdiction] = detector
        return detector


@dataclass(frozen=True)
class Services:
    config: ApiConfig
    engine: Engine
    detectors: DetectorCache


def attach_services(app: Flask, services: Services) -> None:
    app.extensions[EXTENSION_KEY] = services


def services() -> Services:
    """The current app's services (inside a request or app context)."""
    found: Services = current_app.extensions[EXTENSION_KEY]
    return found
