"""The OpenAPI document, generated from the code and checked in as ``extension_api/openapi.json``.

Regenerate after changing an endpoint or schema::

    .venv/bin/python -m extension_api.openapi          # rewrite the checked-in file
    .venv/bin/python -m extension_api.openapi --check  # exit 1 if it has drifted

A test runs the check, so the document never silently disagrees with the code.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from extension_api.app import create_app

CHECKED_IN = Path(__file__).resolve().parent / "openapi.json"
GENERATION_CONFIG = {
    "DATABASE_URL": "sqlite://",
    "RATE_LIMITS": "off",
    "ACCESS_LOG": "off",
    "SECRET_SALT": "openapi-generation",
}


def generate_document() -> dict[str, Any]:
    """The document exactly as ``GET /v1/openapi.json`` serves it."""
    app = create_app(GENERATION_CONFIG)
    document: dict[str, Any] = app.test_client().get("/v1/openapi.json").get_json()
    return document


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write or check extension_api/openapi.json.")
    parser.add_argument("--check", action="store_true", help="fail if the file has drifted")
    args = parser.parse_args(argv)
    text = render(generate_document())
    if args.check:
        current = CHECKED_IN.read_text(encoding="utf-8") if CHECKED_IN.exists() else ""
        if current != text:
            print(f"{CHECKED_IN} is out of date; run python -m extension_api.openapi")
            return 1
        return 0
    CHECKED_IN.write_text(text, encoding="utf-8")
    print(f"wrote {CHECKED_IN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
