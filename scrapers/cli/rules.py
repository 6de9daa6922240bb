"""``transparant rules``: print a jurisdiction's rulebook — labels, placement, sources."""

from __future__ import annotations

import json

import click

from scrapers.rules import JURISDICTIONS, Rulebook, load_rulebook


@click.command()
@click.option("--jurisdiction", "-j", type=click.Choice(JURISDICTIONS, case_sensitive=False),
              default="nl", show_default=True, help="Which rulebook to print.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def rules(jurisdiction: str, output_format: str) -> None:
    """Print the rulebook a verdict is judged under.

    \b
    Examples:
      transparant rules
      transparant rules --jurisdiction us
      transparant rules -j de --format json
    """
    book = load_rulebook(jurisdiction)
    if output_format == "json":
        click.echo(json.dumps(book.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_rulebook(book))


def render_rulebook(book: Rulebook) -> str:
    """The rulebook as readable text.

    >>> print(render_rulebook(load_rulebook("uk")).splitlines()[0])
    United Kingdom — rulebook uk-2026.11
    """
    place = book.placement
    lines = [f"{book.name} — rulebook {book.version}", f"Authority: {book.authority}", "",
             "Accepted labels:"]
    lines += [f"  {lang}: {', '.join(labels)}" for lang, labels in book.accepted_labels.items()]
    lines += ["Unclear on their own: " + ", ".join(sorted(book.unclear_labels)),
              "Plain statements (\"I received this for free\") accepted: "
              + ("yes" if book.statements_accepted else "no"), "", "Placement:",
              "  visible before the 'more' fold: "
              + ", ".join(f"{p} {n}" for p, n in place.fold.items()) + " characters",
              f"  buried when {place.hashtag_wall} or more hashtags precede it in one block"]
    if place.at_start:
        lines.append(f"  must open the post (within {place.start_window} characters)")
    lines += ["", "Rules:"]
    for rule in book.rules:
        lines.append(f"  [{rule.id}] {rule.summary}")
        lines.append(f"      {rule.source.title} ({rule.date}) {rule.source.url}")
    return "\n".join(lines)
