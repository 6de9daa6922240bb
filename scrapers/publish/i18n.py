"""Template translations: gettext catalogues read from ``site/translations`` at build time.

The ``.po`` files are the source of truth; they are compiled in memory with Babel,
so no generated ``.mo`` file has to be kept in step by hand.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from jinja2 import Environment

DOMAIN = "messages"


def load_translations(directory: Path, lang: str) -> gettext.NullTranslations:
    """The catalogue for ``lang``; English (the source language) or a missing one is identity."""
    po_file = directory / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == "en" or not po_file.is_file():
        return gettext.NullTranslations()
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def install(env: Environment, directory: Path, lang: str) -> None:
    """Give a Jinja environment ``{% trans %}`` and ``_()`` in ``lang``."""
    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")
    env.install_gettext_translations(load_translations(directory, lang), newstyle=True)  # type: ignore[attr-defined]
