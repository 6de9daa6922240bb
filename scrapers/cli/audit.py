"""``transparant audit``: a brand's self-audit of the posts about it in the store."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from scrapers.cli.exit_status import ExitStatus
from scrapers.cli.scan import open_cli_store, store_options


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-06-01") from None


@click.command()
@click.option("--brand", "brand_name", required=True, metavar="NAME",
              help="Brand slug or name; a stored brand brings its handles and domains.")
@click.option("--domain", "domains", multiple=True, metavar="DOMAIN",
              help="Registered domain of the brand (repeatable), e.g. velvoria.nl.")
@click.option("--handle", "handles", multiple=True, metavar="@HANDLE",
              help="Platform handle of the brand (repeatable).")
@click.option("--alias", "aliases", multiple=True, metavar="NAME",
              help="Another name the brand goes by (repeatable).")
@click.option("--since", callback=_day, metavar="DATE", help="Only posts published on or after.")
@click.option("--jurisdiction", "-j", default="nl", show_default=True, metavar="CODE",
              help="Rulebook whose current verdicts are audited (nl, be, us, uk, de, fr, eu).")
@click.option("--campaign", "campaign_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Campaign brief (YAML or CSV): contracted handles and the date window.")
@click.option("--format", "output_format", type=click.Choice(["text", "csv", "json", "html"]),
              default="text", show_default=True, help="Report format.")
@click.option("--lang", type=click.Choice(["en", "nl"]), default="en", show_default=True,
              help="Language of the text and HTML reports (CSV and JSON keep codes).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to FILE instead of standard output.")
@store_options
def audit(
    brand_name: str,
    domains: tuple[str, ...],
    handles: tuple[str, ...],
    aliases: tuple[str, ...],
    since: date | None,
    jurisdiction: str,
    campaign_file: Path | None,
    output_format: str,
    lang: str,
    output: Path | None,
    data_dir: Path | None,
) -> None:
    """Which creators' posts about a brand disclosed, which did not — with evidence.

    Finds every stored post that tags, mentions, names or links to the brand
    (registered domains, so shop.example.nl and example.nl/?utm_source=… count),
    groups them by creator, and reports disclosed, unclear (with the reason) and
    posts with signals of an undisclosed ad, rates with 95 % Wilson intervals, and
    a ranked list of what to fix first.

    \b
    Examples:
      transparant audit --brand velvoria
      transparant audit --brand Velvoria --domain velvoria.nl --handle @velvoria --since 2026-06-01
      transparant audit --brand velvoria --campaign brief.yaml --format html --lang nl -o r.html
      transparant audit --brand trailbrook --jurisdiction us --format csv
    """
    from scrapers.audit.brands import find_brand, slugify
    from scrapers.audit.campaign import CampaignError, load_campaign
    from scrapers.audit.matching import BrandSpec
    from scrapers.audit.render import render
    from scrapers.audit.service import audit_brand
    from scrapers.store.database import transaction

    try:
        campaign = load_campaign(campaign_file) if campaign_file else None
    except CampaignError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(ExitStatus.BAD_INPUT)
    engine = open_cli_store(data_dir)
    with transaction(engine) as session:
        stored = find_brand(session, brand_name)
        brand = stored or BrandSpec(slugify(brand_name), brand_name.strip())
        brand = BrandSpec(brand.slug, brand.name, (*brand.aliases, *aliases),
                          brand.handles, brand.domains).extended(domains, handles)
        report = audit_brand(session, brand, since=since, jurisdiction=jurisdiction,
                             campaign=campaign)
    text = render(report, output_format, lang)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output_format} report to {output}", err=True)
    if not report.creators and stored is None:
        click.echo(f"note: no stored brand {brand_name!r} and no post matched; "
                   "try --domain and --handle, or `transparant brand add`.", err=True)
