"""``transparant brand``: register brands for audits and issue their API tokens."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from scrapers.cli.exit_status import ExitStatus
from scrapers.cli.scan import open_cli_store, store_options


@click.group()
def brand() -> None:
    """Brands a self-audit matches posts against, and their API tokens.

    \b
    Examples:
      transparant brand add Velvoria --domain velvoria.nl --handle @velvoria
      transparant brand list --format json
      transparant brand token velvoria
    """


@brand.command("add")
@click.argument("name")
@click.option("--slug", help="URL name of the brand (default: from NAME).")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@click.option("--domain", "domains", multiple=True, help="Registered domain (repeatable).")
@click.option("--handle", "handles", multiple=True, help="Platform handle (repeatable).")
@click.option("--no-token", is_flag=True, help="Do not issue an API token.")
@store_options
def add(name: str, slug: str | None, aliases: tuple[str, ...], domains: tuple[str, ...],
        handles: tuple[str, ...], no_token: bool, data_dir: Path | None) -> None:
    """Store (or update) a brand and print a new API token for its audit endpoint, once.

    The token is shown only now; the store keeps a slow salted hash of it.

    \b
    Example:
      transparant brand add "Trailbrook Outdoor" --alias Trailbrook \\
          --domain trailbrook-outdoor.com --handle @trailbrookoutdoor
    """
    from scrapers.audit.brands import save_brand, slugify
    from scrapers.audit.matching import BrandSpec, registered_domain
    from scrapers.audit.tokens import create_brand_token
    from scrapers.store.database import transaction

    spec = BrandSpec(
        slug=slugify(slug or name), name=name.strip(), aliases=aliases,
        handles=tuple(h.strip().lstrip("@") for h in handles),
        domains=tuple(registered_domain(d) or d.strip().lower() for d in domains),
    )
    engine = open_cli_store(data_dir)
    with transaction(engine) as session:
        brand_id = save_brand(session, spec)
        token = None if no_token else create_brand_token(session, brand_id)
    click.echo(f"brand {spec.slug}: {spec.name} (domains: {', '.join(spec.domains) or '-'}; "
               f"handles: {', '.join('@' + h for h in spec.handles) or '-'})")
    if token:
        click.echo(f"API token (shown once, keep it secret): {token}")
        click.echo(f"use: curl -H 'Authorization: Bearer {token}' "
                   f"http://127.0.0.1:8000/v1/brands/{spec.slug}/audit")


@brand.command("list")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@store_options
def list_(output_format: str, data_dir: Path | None) -> None:
    """List the stored brands (never their tokens).

    \b
    Example:
      transparant brand list --format json
    """
    from scrapers.audit.brands import list_brands
    from scrapers.store.database import transaction

    with transaction(open_cli_store(data_dir)) as session:
        brands = list_brands(session)
    if output_format == "json":
        click.echo(json.dumps([b.to_dict() for b in brands], ensure_ascii=False, indent=2))
        return
    for b in brands:
        click.echo(f"{b.slug}\t{b.name}\tdomains: {', '.join(b.domains) or '-'}\t"
                   f"handles: {', '.join('@' + h for h in b.handles) or '-'}")


@brand.command("token")
@click.argument("slug")
@store_options
def token(slug: str, data_dir: Path | None) -> None:
    """Issue another API token for a stored brand (printed once).

    \b
    Example:
      transparant brand token velvoria
    """
    from sqlalchemy import select

    from scrapers.audit.tokens import create_brand_token
    from scrapers.store.database import transaction
    from scrapers.store.schema import Brand

    with transaction(open_cli_store(data_dir)) as session:
        brand_id = session.scalar(select(Brand.id).where(Brand.slug == slug))
        if brand_id is None:
            click.echo(f"Error: no brand {slug!r}; add it with `transparant brand add`.", err=True)
            sys.exit(ExitStatus.NOT_FOUND)
        issued = create_brand_token(session, brand_id)
    click.echo(f"API token for {slug} (shown once, keep it secret): {issued}")
