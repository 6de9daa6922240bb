"""``transparant analyze``: one post from a file or stdin, or a JSON-lines stream.

Exit codes are :class:`ExitStatus`; bad input ends in a one-line error, never a traceback.
"""

from __future__ import annotations

import sys
from typing import IO, BinaryIO

import click

from scrapers.cli.exit_status import ExitStatus
from scrapers.models import PLATFORMS, Post
from scrapers.rules import JURISDICTIONS

MAX_INPUT_BYTES = 10_000_000
"""One post (text or HTML page) larger than this is refused with exit code 3."""
BINARY_SNIFF_BYTES = 8192


class InputError(Exception):
    """Input that cannot be analysed; carries the exit status to end with."""

    def __init__(self, message: str, status: ExitStatus = ExitStatus.BAD_INPUT) -> None:
        super().__init__(message)
        self.status = status


@click.command()
@click.argument("file", required=False, default=None, metavar="[FILE|-]")
@click.option("--html", "as_html", is_flag=True, help="The input is a web page (HTML).")
@click.option("--url", default=None, help="URL of the post or page (resolves relative links).")
@click.option("--platform", type=click.Choice(PLATFORMS), default=None,
              help="Where the post appeared; sets the 'more' fold "
                   "[default: unknown; web with --html].")
@click.option("--lang", default=None, help="ISO 639-1 language; detected offline when omitted.")
@click.option("--jurisdiction", "-j", type=click.Choice(JURISDICTIONS, case_sensitive=False),
              default="nl", show_default=True, help="Rulebook the disclosure is judged under.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json prints exactly the verdict object.")
@click.option("--jsonl", default=None, metavar="FILE|-",
              help='Stream JSON lines {"id", "text"|"html", "url"?, "platform"?, "lang"?, '
                   '"links"?}; one verdict line each.')
def analyze(file: str | None, as_html: bool, url: str | None, platform: str | None,
            lang: str | None, jurisdiction: str, output_format: str, jsonl: str | None) -> None:
    """Tell whether a post is paid for and whether it says so, with the evidence.

    \b
    Examples:
      transparant analyze caption.txt --platform instagram
      echo "Nieuwe jas! #spon" | transparant analyze - --jurisdiction us
      transparant analyze page.html --html --url https://example.com/post --format json
      transparant analyze --jsonl posts.jsonl > verdicts.jsonl

    Inputs larger than 10 MB (one post) or 5 MB (one JSON line) are refused.
    Exit codes: 0 ok, 1 error, 2 usage, 3 bad input, 4 file not found.
    """
    try:
        if jsonl is not None:
            if file is not None:
                raise click.UsageError("give either FILE or --jsonl, not both")
            _stream(jsonl, jurisdiction.lower())
            return
        raw = read_input(file or "-")
        post = build_post(raw, as_html, url, platform, lang)
        from scrapers.detection import Detector

        verdict = Detector(jurisdiction.lower()).analyze(post)
    except InputError as error:
        click.echo(f"transparant analyze: {error}", err=True)
        sys.exit(error.status)
    except KeyboardInterrupt:
        sys.exit(ExitStatus.INTERRUPTED)
    if output_format == "json":
        click.echo(verdict.to_json())
    else:
        from scrapers.detection.render import render_verdict

        click.echo(render_verdict(verdict, post, color=sys.stdout.isatty()))


def read_input(source: str) -> bytes:
    """Read at most :data:`MAX_INPUT_BYTES` from a file or ``-`` (stdin)."""
    try:
        if source == "-":
            data = _read_capped(sys.stdin.buffer)
        else:
            with open(source, "rb") as handle:
                data = _read_capped(handle)
    except FileNotFoundError:
        raise InputError(f"no such file: {source}", ExitStatus.NOT_FOUND) from None
    except IsADirectoryError:
        raise InputError(f"{source} is a directory, not a file") from None
    except OSError as error:
        raise InputError(f"cannot read {source}: {error.strerror or error}") from None
    return data


def _read_capped(handle: BinaryIO) -> bytes:
    data = handle.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"input is larger than {MAX_INPUT_BYTES // 1_000_000} MB; refused")
    return data


def decode_input(data: bytes, as_html: bool) -> str:
    """UTF-8 text (a BOM is fine); HTML may also be Windows-1252.  Binary is refused."""
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError("input looks binary (NUL bytes); give a text or HTML file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if as_html:
            return data.decode("cp1252", errors="replace")
        raise InputError(f"input is not UTF-8 text (byte {error.start}: {error.reason})") from None


def build_post(data: bytes, as_html: bool, url: str | None, platform: str | None,
               lang: str | None) -> Post:
    """The post the options describe."""
    text = decode_input(data, as_html)
    if not text.strip():
        raise InputError("input is empty")
    language = lang.lower() if lang else None
    if as_html:
        return Post(text="", html=text, url=url, platform=platform or "web", language=language)
    return Post(text=text, url=url, platform=platform or "unknown", language=language)


def _stream(source: str, jurisdiction: str) -> None:
    from scrapers.detection.stream import analyze_lines

    handle: IO[bytes]
    if source == "-":
        handle = sys.stdin.buffer
    else:
        try:
            handle = open(source, "rb")  # noqa: SIM115 - closed below, after streaming
        except FileNotFoundError:
            raise InputError(f"no such file: {source}", ExitStatus.NOT_FOUND) from None
        except OSError as error:
            raise InputError(f"cannot read {source}: {error.strerror or error}") from None
    out = sys.stdout
    try:
        for line in analyze_lines(handle, jurisdiction):
            out.write(line)
            out.write("\n")
    except OSError as error:
        raise InputError(f"cannot read {source}: {error.strerror or error}") from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
        out.flush()

