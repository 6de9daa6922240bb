"""The app factory: settings, store, blueprints, limits, headers and JSON errors, in that order."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask_smorest import Api
from werkzeug.middleware.proxy_fix import ProxyFix

from extension_api.access_log import install_access_log
from extension_api.config import ApiConfig, load_config
from extension_api.errors import register_error_handlers
from extension_api.guards import install_guards
from extension_api.headers import install_headers
from extension_api.limits import install_limiter
from extension_api.response_schemas import ErrorSchema
from extension_api.services import DetectorCache, Services, attach_services
from extension_api.views import analyze, audit, lookup, meta, records, submissions
from scrapers.store.database import open_store
from scrapers.version import PACKAGE_VERSION

LOG = logging.getLogger("transparant.api")


class TransparantApi(Api):  # type: ignore[misc]
    """flask-smorest's Api, documenting our error shape instead of its own."""

    ERROR_SCHEMA = ErrorSchema


def openapi_settings(config: ApiConfig) -> dict[str, Any]:
    return {
        "API_TITLE": "Transparant API",
        "API_VERSION": PACKAGE_VERSION,
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/v1",
        "OPENAPI_JSON_PATH": "openapi.json",
        "MAX_CONTENT_LENGTH": config.max_content_length,
        "API_SPEC_OPTIONS": {
            "info": {
                "description": "Is this post paid for, and does it say so? "
                'Every error is JSON {"error": {"code", "message"}}.',
                "license": {"name": "MIT"},
            },
        },
    }


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Make the API app; ``config`` keys override ``TRANSPARANT_*`` variables (see README)."""
    settings = load_config(config)
    if settings.secret_salt_is_random:
        LOG.warning("TRANSPARANT_SECRET_SALT is not set; using a random salt for this process")
    app = Flask("extension_api")
    app.config.update(openapi_settings(settings))
    if settings.proxy_count:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.proxy_count)  # type: ignore[method-assign]
    engine = open_store(settings.database_url)
    attach_services(app, Services(settings, engine, DetectorCache()))
    if settings.access_log:
        install_access_log(app)
    install_guards(app)
    api = TransparantApi(app)
    api.spec.components.security_scheme("brandToken", audit.SECURITY_SCHEME)
    for blueprint in (meta.blp, analyze.blp, lookup.blp, records.blp, audit.blp, submissions.blp):
        api.register_blueprint(blueprint)
    install_limiter(app, settings, strict=[submissions.blp, audit.blp], exempt=[meta.blp])
    install_headers(app, settings.cors_origins)
    register_error_handlers(app)
    return app
