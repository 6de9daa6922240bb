"""``transparant serve``: the HTTP API for the browser extension, newsrooms and brands."""

from __future__ import annotations

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="gunicorn worker processes (about 2 per core).",
)
@click.option("--dev", is_flag=True, help="Flask's development server instead of gunicorn.")
def serve(host: str, port: int, workers: int, dev: bool) -> None:
    """Serve the API under /v1 (OpenAPI document at /v1/openapi.json).

    Settings come from TRANSPARANT_* variables: DATABASE_URL, RATE_LIMITS (on/off),
    RATELIMIT_STORAGE_URI (redis://… to share limits between workers), CORS_ORIGINS,
    SITE_URL, SECRET_SALT, MAX_CONTENT_LENGTH. See extension_api/README.md.

    \b
    Examples:
      transparant serve
      transparant serve --port 8080 --workers 4
      TRANSPARANT_RATELIMIT_STORAGE_URI=redis://127.0.0.1:6379/0 transparant serve
      transparant serve --dev
    """
    from extension_api.server import run_development, run_gunicorn

    if dev:
        run_development(host, port)
    else:
        run_gunicorn(host, port, workers)
