"""Pelican settings for the Transparant site (local builds; see publishconf.py to publish).

``transparant site build`` reads this file and overrides, per language: ``PATH``
(``content/en`` or ``content/nl``), ``DEFAULT_LANG``, ``OUTPUT_PATH`` (English at
``/``, Dutch at ``/nl/``) and ``SITEURL``.  Run plain ``pelican -s site/pelicanconf.py``
and you get the English build from the store named by ``TRANSPARANT_DATABASE_URL``.
"""

from __future__ import annotations

import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

SITENAME = "Transparant"
ROOT_URL = os.environ.get("TRANSPARANT_SITE_URL", "")
"""Where the English build lives; the Dutch one is ``ROOT_URL + "/nl"``."""
SITEURL = ROOT_URL
RELATIVE_URLS = False
PATH = str(ROOT / "content" / "en")
OUTPUT_PATH = str(ROOT / "output")
THEME = str(HERE / "theme")
THEME_STATIC_DIR = "theme"
DEFAULT_LANG = "en"
TIMEZONE = "UTC"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"

# The plugin list is pinned: nothing else runs in a build.
PLUGIN_PATHS = [str(HERE / "plugins")]
PLUGINS = ["transparant_pages"]

# Scraped captions are untrusted: autoescape everything; Markdown bodies are marked |safe.
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": True,
    "extensions": ["jinja2.ext.i18n"],
}

# Hand-written Markdown: methodology pages, and dated methodology changes as articles.
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = ["changes"]
STATIC_PATHS: list[str] = []
PAGE_URL = "methodology/{slug}/"
PAGE_SAVE_AS = "methodology/{slug}/index.html"
ARTICLE_URL = "changes/{slug}/"
ARTICLE_SAVE_AS = "changes/{slug}/index.html"
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
# The store generator renders the home page and every index; Pelican's own are off.
DIRECT_TEMPLATES: list[str] = []
AUTHOR_SAVE_AS = CATEGORY_SAVE_AS = TAG_SAVE_AS = ""
AUTHORS_SAVE_AS = CATEGORIES_SAVE_AS = TAGS_SAVE_AS = ARCHIVES_SAVE_AS = ""
ARTICLE_LANG_SAVE_AS = ""
PAGE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""

FEED_ALL_ATOM = "feeds/changes.atom.xml"
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DELETE_OUTPUT_DIRECTORY = False
OUTPUT_RETENTION: list[str] = []

# Transparant's editorial settings (documented on the privacy and methodology pages).
TRANSPARANT_NAMING_THRESHOLD = 10_000
TRANSPARANT_MIN_SAMPLE = 10
TRANSPARANT_PRIMARY_JURISDICTION = "nl"
TRANSPARANT_COMPARED_JURISDICTIONS = ["nl", "us", "uk", "de", "fr"]
TRANSPARANT_TRANSLATIONS = str(HERE / "translations")
TRANSPARANT_EVALUATION = str(ROOT / "bench" / "results" / "evaluation.json")
TRANSPARANT_DATABASE_URL = os.environ.get("TRANSPARANT_DATABASE_URL")
TRANSPARANT_LANGUAGES = {"en": "", "nl": "/nl"}
"""Language code -> path prefix below ``ROOT_URL``, for ``hreflang`` and the switcher."""
