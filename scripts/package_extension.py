"""Package the browser extension for the Chrome Web Store and Firefox Add-ons.

The folder ``extension/`` loads unpacked in Chromium as it is. This makes two zips from
it, leaving out the tests, with reproducible timestamps:

* ``dist/transparant-chrome-<version>.zip`` — the manifest unchanged;
* ``dist/transparant-firefox-<version>.zip`` — the manifest adapted for Firefox: a
  ``background.scripts`` event page instead of the service worker, and
  ``browser_specific_settings`` with the add-on id and minimum version.

Before packing it checks that every file the manifest names exists, that every JSON file
parses and that the Dutch and English message catalogues have the same keys.

Usage::

    .venv/bin/python scripts/package_extension.py [--out dist] [--unpacked-firefox DIR]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"
EXCLUDED_DIRS = frozenset({"tests"})
EXCLUDED_NAMES = frozenset({"README.md"})
GECKO = {"id": "transparant@transparant.example", "strict_min_version": "128.0"}
FIXED_TIME = (2026, 1, 1, 0, 0, 0)


class PackageError(ValueError):
    """The extension folder is not fit to ship; the message says why."""


def extension_files(folder: Path = EXTENSION) -> list[Path]:
    """Every file that ships, relative to ``folder``, in a stable order."""
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or relative.parts[0] in EXCLUDED_DIRS:
            continue
        if relative.name in EXCLUDED_NAMES or any(p.startswith(".") for p in relative.parts):
            continue
        files.append(relative)
    return files


def manifest_references(manifest: dict[str, Any]) -> list[str]:
    """Files the manifest names directly (icons, pages, scripts)."""
    names = list(manifest.get("icons", {}).values())
    action = manifest.get("action", {})
    names += list(action.get("default_icon", {}).values())
    names += [action.get("default_popup"), manifest.get("options_ui", {}).get("page")]
    names.append(manifest.get("background", {}).get("service_worker"))
    for script in manifest.get("content_scripts", []):
        names += script.get("js", [])
    return [name for name in names if name]


def check(folder: Path = EXTENSION) -> dict[str, Any]:
    """Validate the folder and return its manifest; raise :class:`PackageError` if unfit."""
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    missing = [name for name in manifest_references(manifest) if not (folder / name).is_file()]
    if missing:
        raise PackageError(f"manifest names missing files: {', '.join(missing)}")
    for path in folder.rglob("*.json"):
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            raise PackageError(f"{path.relative_to(folder)} is not valid JSON: {error}") from None
    catalogues = {
        locale.name: set(json.loads((locale / "messages.json").read_text(encoding="utf-8")))
        for locale in (folder / "_locales").iterdir()
    }
    english = catalogues.get("en", set())
    for locale, keys in catalogues.items():
        if keys != english:
            raise PackageError(f"_locales/{locale} differs from en: {sorted(keys ^ english)}")
    return manifest


def firefox_manifest(manifest: dict[str, Any]) -> dict[str, Any]:
    """The same extension for Firefox: an event-page background and a gecko id."""
    adapted = copy.deepcopy(manifest)
    worker = adapted["background"]["service_worker"]
    adapted["background"] = {"scripts": [worker], "type": "module"}
    adapted.pop("minimum_chrome_version", None)
    adapted["browser_specific_settings"] = {"gecko": dict(GECKO)}
    return adapted


def write_zip(target: Path, folder: Path, manifest: dict[str, Any]) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative in extension_files(folder):
            info = zipfile.ZipInfo(relative.as_posix(), FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if relative.as_posix() == "manifest.json":
                data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()
            else:
                data = (folder / relative).read_bytes()
            archive.writestr(info, data)
    return target


def package(out: Path, folder: Path = EXTENSION) -> dict[str, Path]:
    """Check the folder and write both zips into ``out``; returns them by browser."""
    manifest = check(folder)
    version = manifest["version"]
    return {
        "chrome": write_zip(out / f"transparant-chrome-{version}.zip", folder, manifest),
        "firefox": write_zip(
            out / f"transparant-firefox-{version}.zip", folder, firefox_manifest(manifest)
        ),
    }


def unpack_firefox(zip_path: Path, target: Path) -> None:
    """Unzip the Firefox package, for about:debugging → Load Temporary Add-on."""
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Package the Transparant browser extension.")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--unpacked-firefox", type=Path, help="also unzip the Firefox package into this folder"
    )
    args = parser.parse_args(argv)
    try:
        zips = package(args.out)
    except PackageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for browser, path in zips.items():
        print(f"{browser}: {path} ({path.stat().st_size / 1024:.0f} KiB)")
    if args.unpacked_firefox:
        unpack_firefox(zips["firefox"], args.unpacked_firefox)
        print(f"firefox (unpacked): {args.unpacked_firefox}/manifest.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
