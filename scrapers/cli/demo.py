"""``transparant demo``: the whole system on a fictional corpus, in one command."""

from __future__ import annotations

import json
import signal
import threading
import urllib.error
import urllib.request
from pathlib import Path
from types import FrameType

import click

from scrapers.cli.exit_status import ExitStatus

EXTENSION_DIR = Path(__file__).resolve().parents[2] / "extension"


@click.command()
@click.option("--no-serve", is_flag=True, help="Load, scan, build and audit, then exit.")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the store as a SQLite file in DIR (overrides TRANSPARANT_DATABASE_URL).")
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where the site is built (default: DATA-DIR/site, else ./output).")
@click.option("--port-api", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--port-site", default=8001, show_default=True, type=click.IntRange(1, 65535))
@click.option("--no-search", is_flag=True, help="Skip the site's search index (faster).")
def demo(no_serve: bool, data_dir: Path | None, site_dir: Path | None, port_api: int,
         port_site: int, no_search: bool) -> None:
    """Load the fictional demo corpus, scan it, build the site, serve it all.

    Loads 420 fictional posts (41 creators, two fictional brands) into the store,
    scans them under the NL, US, UK, DE and FR rulebooks, builds the transparency
    site, issues an API token for the brand Velvoria and prints a sample audit.
    Without --no-serve it then starts the API (gunicorn) and serves the site until
    Ctrl-C or SIGTERM, and shuts both down cleanly.

    \b
    Examples:
      transparant demo
      transparant demo --no-serve --data-dir ./demo-store
      transparant demo --port-api 8080 --port-site 8081
    """
    from scrapers.demo.prepare import prepare_demo
    from scrapers.store.database import resolve_database_url

    url = resolve_database_url(None, data_dir)
    site = site_dir or (data_dir / "site" if data_dir else Path("output"))
    say = _say
    prepared = prepare_demo(url, site, say, search=not no_search)
    say("\nSample audit (transparant audit --brand velvoria --campaign …):\n")
    say(prepared.sample_audit)
    say("  …  full report: transparant audit --brand velvoria --format html -o report.html")
    if no_serve:
        say(f"\nDone. Store: {url}\nSite: {prepared.site_dir.resolve()}/index.html")
        return
    _serve(url, site, port_api, port_site, prepared.token)


def _say(text: str) -> None:
    click.echo(text)


def _serve(url: str, site: Path, port_api: int, port_site: int, token: str) -> None:
    from scrapers.demo.serving import DemoServers

    stop = threading.Event()

    def _stop(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, _stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        with DemoServers(url, site, port_api, port_site) as servers:
            _print_ready(servers.site_url, servers.api_url, token)
            while not stop.wait(0.5):
                pass
            click.echo("\nStopping the API and the site …")
    except RuntimeError as error:
        click.echo(f"Error: {error}", err=True)
        raise SystemExit(ExitStatus.ERROR) from error
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    click.echo("Stopped.")


def _audit_endpoint(api_url: str, token: str) -> str:
    """What the brand audit endpoint answers, in one line (it is served by the API)."""
    request = urllib.request.Request(f"{api_url}/v1/brands/velvoria/audit",
                                     headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            summary = json.load(reply).get("summary", {})
            return (f"answers: {summary.get('posts')} posts, {summary.get('disclosed')} "
                    f"disclosed, {summary.get('undisclosed')} undisclosed")
    except urllib.error.HTTPError as error:
        return f"answered HTTP {error.code}"
    except (OSError, ValueError) as error:
        return f"did not answer ({error})"


def _print_ready(site_url: str, api_url: str, token: str) -> None:
    click.echo(f"""
Transparant demo is running (fictional data).
  Site (English)   {site_url}/
  Site (Dutch)     {site_url}/nl/
  API              {api_url}/v1/health   OpenAPI: {api_url}/v1/openapi.json
  Analyse a post   curl -s -X POST {api_url}/v1/analyze -H 'Content-Type: application/json' \\
                     -d '{{"text": "#spon Mijn nieuwe serum van @velvoria", "jurisdiction": "us"}}'
  Brand audit API  curl -s -H 'Authorization: Bearer {token}' \\
                     {api_url}/v1/brands/velvoria/audit
                   ({_audit_endpoint(api_url, token)})
  Extension        Chromium → chrome://extensions → Developer mode → Load unpacked →
                   {EXTENSION_DIR}
                   then set its API address to {api_url} in the extension's options.
Press Ctrl-C to stop.""")
