"""``transparant analyze``: files, stdin, HTML, JSON lines, and clean errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from scrapers.cli import main
from scrapers.cli.exit_status import ExitStatus
from scrapers.models import Verdict


def run(*args: str, stdin: bytes | str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["analyze", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_text_from_stdin_shows_verdict_explanation_and_evidence() -> None:
    code, out, _ = run("-", "--platform", "instagram", stdin="Use code ANNA20 for 20% off!")
    assert code == ExitStatus.OK
    assert out.startswith("possible undisclosed ad")
    assert "Signals of an undisclosed ad" in out
    assert "«code ANNA20»" in out
    assert "\x1b[" not in out  # no ANSI when not a terminal


def test_json_is_exactly_the_verdict(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Betaalde samenwerking met @zalando", encoding="utf-8")
    code, out, _ = run(str(post), "--format", "json", "--jurisdiction", "us", "--lang", "nl")
    assert code == ExitStatus.OK
    verdict = Verdict.from_dict(json.loads(out))
    assert verdict.to_dict() == json.loads(out)
    assert verdict.jurisdiction == "us" and verdict.language == "nl" and verdict.disclosed


def test_html_page() -> None:
    page = ("<html lang='nl'><body><article><h1>Mijn nieuwe fiets</h1><p>Dit artikel is "
            "gesponsord door Gazelle. Ik fiets nu elke dag naar mijn werk en dat bevalt goed.</p>"
            "</article></body></html>")
    code, out, _ = run("-", "--html", "--format", "json", stdin=page)
    assert code == ExitStatus.OK
    data = json.loads(out)
    assert data["commercial"] and data["disclosed"]
    assert any(s["rule"] == "disclosure.phrase" for s in data["signals"])


def test_jsonl_stream(tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    source.write_text('{"id": 1, "text": "#ad nieuwe jas"}\nbroken\n{"id": 2, "text": "hoi"}\n',
                      encoding="utf-8")
    code, out, _ = run("--jsonl", str(source))
    assert code == ExitStatus.OK
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line.get("id") for line in lines] == [1, None, 2]
    assert lines[1]["error"]["code"] == "bad_json"


def test_missing_file_is_one_line_not_a_traceback() -> None:
    code, out, err = run("/no/such/file.txt")
    assert code == ExitStatus.NOT_FOUND
    assert err.strip() == "transparant analyze: no such file: /no/such/file.txt"
    assert "Traceback" not in out + err


def test_binary_and_wrong_encoding_are_refused() -> None:
    code, _, err = run("-", stdin=b"\x00\x01binary\x00")
    assert code == ExitStatus.BAD_INPUT and "binary" in err
    code, _, err = run("-", stdin=b"caf\xe9 au lait")
    assert code == ExitStatus.BAD_INPUT and "not UTF-8" in err


def test_oversized_input_is_refused(monkeypatch: object) -> None:
    import scrapers.cli.analyze as module

    monkeypatch.setattr(module, "MAX_INPUT_BYTES", 10)  # type: ignore[attr-defined]
    code, _, err = run("-", stdin="x" * 50)
    assert code == ExitStatus.BAD_INPUT and "larger than" in err


def test_empty_input_and_conflicting_options() -> None:
    code, _, err = run("-", stdin="   ")
    assert code == ExitStatus.BAD_INPUT and "empty" in err
    code, _, _ = run("file.txt", "--jsonl", "-")
    assert code == ExitStatus.USAGE


def test_help_has_examples() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "Examples:" in out and "--jsonl" in out
