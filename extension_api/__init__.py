"""Transparant's HTTP API for the browser extension, newsrooms and brands.

The public surface is :func:`create_app`; see ``README.md`` for endpoints and settings.
"""

from __future__ import annotations

from extension_api.app import create_app

__all__ = ["create_app"]
