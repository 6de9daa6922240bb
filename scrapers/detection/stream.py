"""Streaming analysis of JSON lines: one post in, one verdict (or error) out, in order.

IO-free: it takes an iterable of raw lines and yields output lines, so the CLI
(``transparant analyze --jsonl``), the benchmark and any batch runner share it.
Memory stays constant: nothing is kept between lines.  A bad line yields
``{"id": …, "error": {"code", "message"}}`` and the stream goes on.

>>> lines = [b'{"id": 1, "text": "Nieuwe sneakers! #ad"}', b'{"id": 2}', b'not json']
>>> for out in analyze_lines(lines):
...     print(out[:60])
{"id":1,"verdict":"disclosed","commercial":true,"disclosed":
{"id":2,"error":{"code":"missing_text","message":"a line nee
{"id":null,"error":{"code":"bad_json","message":"line 3 is n
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any, Final

import orjson

from scrapers.detection.engine import Detector
from scrapers.models import PLATFORMS, Post, Signal, Verdict

_ENCODE: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_TEXT: Final = encode_basestring
"""JSON string literal of a ``str`` (the C encoder ``json`` uses with ``ensure_ascii=False``)."""
_BOOL: Final = {True: "true", False: "false"}
_INF: Final = float("inf")
_SEQUENCES: Final = (list, tuple)
_PLATFORMS: Final = frozenset(PLATFORMS)
_CAPTION_KEYS: Final = frozenset({"id", "text", "platform"})
"""A line with only these keys is a plain caption: ``Detector.analyze_caption``, no ``Post``."""
MAX_SHARED_BODIES: Final = 64
MAX_LINE_BYTES: Final = 5_000_000
"""A longer line gets a ``too_large`` error (the rest of the stream is still read)."""


class LineError(ValueError):
    """A line that cannot be analysed; ``code`` is machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def analyze_lines(lines: Iterable[bytes | str], jurisdiction: str = "nl") -> Iterator[str]:
    """Yield one JSON line (without newline) per non-blank input line."""
    detector = Detector(jurisdiction)
    bodies: dict[int, tuple[Verdict, str, str]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        post_id: Any = None
        try:
            record = parse_line(line, number)
            post_id = record.get("id")
            text = record.get("text")
            if record.keys() <= _CAPTION_KEYS and text.__class__ is str:
                platform = record.get("platform") or "unknown"
                if platform.__class__ is str and platform in _PLATFORMS:
                    verdict = detector.analyze_caption(text, platform)
                    yield _verdict_line(verdict, post_id, bodies)
                    continue
            yield _verdict_line(detector.analyze(post_from_record(record)), post_id, bodies)
        except LineError as error:
            yield error_line(post_id, error.code, str(error))
        except Exception as error:  # one bad post must not end a million-line stream
            yield error_line(post_id, "analysis_failed", f"{type(error).__name__}: {error}")


def parse_line(line: bytes | str, number: int) -> dict[str, Any]:
    """Decode one line into a JSON object or raise :class:`LineError`."""
    if len(line) > MAX_LINE_BYTES:
        raise LineError("too_large", f"line {number} is longer than {MAX_LINE_BYTES} bytes")
    if isinstance(line, bytes):
        record = _fast_record(line)
        if record is not None:
            return record
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as error:
            raise LineError("bad_encoding", f"line {number} is not UTF-8: {error.reason}") from None
    try:
        record = json.loads(line)
    except ValueError as error:
        raise LineError("bad_json", f"line {number} is not JSON: {error}") from None
    if not isinstance(record, dict):
        raise LineError("not_an_object", f"line {number} is not a JSON object")
    return record


def _fast_record(line: bytes) -> dict[str, Any] | None:
    """The line's object by ``orjson`` (a sixth of ``json``'s time), or ``None`` when only
    ``json`` gives the stream's answer.

    orjson accepts a subset of what ``json`` accepts (no NaN, no lone surrogates, strict
    UTF-8) and decodes it to the same values, except integers beyond 64 bits, which it
    turns into floats.  So anything orjson rejects, a non-object, and a float where the
    stream echoes or prints a value (the id, the platform, platform labels) go to ``json``,
    which gives exactly the old answer or error.
    """
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if record.__class__ is not dict:
        return None
    if (record.get("id").__class__ is float or record.get("platform").__class__ is float
            or ("native_labels" in record and _has_float(record["native_labels"]))):
        return None
    return record  # type: ignore[no-any-return]


def _has_float(value: Any) -> bool:
    return isinstance(value, list) and any(item.__class__ is float for item in value)


def post_from_record(record: dict[str, Any]) -> Post:
    """Build a :class:`Post` from ``{"id", "text"|"html", "url"?, "platform"?, "lang"?, …}``."""
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise LineError("missing_text", "a line needs a string \"text\" or \"html\"")
    platform = record.get("platform") or ("web" if html else "unknown")
    if not isinstance(platform, str) or platform not in _PLATFORMS:  # lists are unhashable
        choices = ", ".join(PLATFORMS)
        raise LineError("bad_field", f"unknown platform {platform!r}; one of {choices}")
    links = record.get("links") or ()
    if links and (not isinstance(links, _SEQUENCES) or not all(isinstance(x, str) for x in links)):
        raise LineError("bad_field", "\"links\" must be a list of strings")
    lang = record.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise LineError("bad_field", "\"lang\" must be a string")
    url, title = _optional_str(record, "url"), _optional_str(record, "title")
    native = record.get("native_labels")
    if (html is None and url is None and title is None and not (links or lang or native)
            and isinstance(text, str)):
        return Post(text, platform)  # a plain caption (most lines): other fields at defaults
    return Post(
        text=text if isinstance(text, str) else "",
        html=html if isinstance(html, str) else None,
        platform=platform,
        url=url,
        title=title,
        links=tuple(links),
        language=lang.lower() if lang else None,
        native_labels=tuple(str(x) for x in native) if native else (),
    )


def _verdict_line(verdict: Verdict, post_id: Any,
                  bodies: dict[int, tuple[Verdict, str, str]]) -> str:
    """:func:`verdict_json`, remembering the bodies of shared signal-less verdicts by identity.

    The detector returns one shared verdict object per language for plainly organic posts;
    looking it up by ``id`` skips hashing its thirteen fields for every post.  ``bodies`` is
    small: only verdicts without signals are kept, at most :data:`MAX_SHARED_BODIES`.
    """
    if verdict.signals:
        return _encode_verdict(verdict, post_id)
    known = bodies.get(id(verdict))
    if known is None or known[0] is not verdict:
        body = _signalless_body(verdict)
        known = (verdict, body, "," + body[1:])
        if len(bodies) < MAX_SHARED_BODIES:
            bodies[id(verdict)] = known
    if post_id is None:
        return known[1]
    kind = post_id.__class__
    if kind is int:
        return '{"id":' + int.__repr__(post_id) + known[2]
    if kind is str:
        return '{"id":' + _TEXT(post_id) + known[2]
    return '{"id":' + _scalar(post_id) + known[2]


def verdict_json(verdict: Verdict, post_id: Any = None) -> str:
    """``verdict.with_id(post_id).to_json()``, without ``dataclasses.asdict``'s deep copies.

    The stream's hot path; a test checks it equals ``Verdict.to_dict`` field for field.
    Verdicts without signals (most posts) repeat, so their body is encoded once.
    """
    if not verdict.signals:
        body = _signalless_body(verdict)
        return body if post_id is None else '{"id":' + _scalar(post_id) + "," + body[1:]
    return _encode_verdict(verdict, post_id)


@lru_cache(maxsize=512)
def _signalless_body(verdict: Verdict) -> str:
    """JSON of a verdict without signals; ``Verdict`` hashes by value (``id`` excluded)."""
    return _encode_verdict(verdict, None)


def _encode_verdict(verdict: Verdict, post_id: Any) -> str:
    """The same bytes as ``json.dumps(verdict.with_id(post_id).to_dict(), ensure_ascii=False,
    separators=(",", ":"))``, assembled from pieces: no intermediate dicts (hot path).

    The parts that repeat across posts — a signal's family, rule and text, and everything
    after the signals (jurisdiction … detector version) — are encoded once and cached;
    numbers and offsets, which differ from post to post, are written each time.
    """
    head = "{" if post_id is None else '{"id":' + _scalar(post_id) + ","
    confidence = verdict.confidence
    return "".join((
        head, '"verdict":', _TEXT(verdict.verdict),
        ',"commercial":', _BOOL[verdict.commercial], ',"disclosed":', _BOOL[verdict.disclosed],
        ',"confidence":', float.__repr__(confidence) if _finite_float(confidence)
        else _number(confidence),
        ',"signals":[', ",".join([_encode_signal(s) for s in verdict.signals]),
        _verdict_tail(verdict.jurisdiction, verdict.rulebook_version, verdict.language,
                      verdict.explanation, verdict.kinds, verdict.problems,
                      verdict.detector_version),
    ))


@lru_cache(maxsize=1024, typed=True)
def _verdict_tail(jurisdiction: str, rulebook_version: str, language: Any, explanation: str,
                  kinds: tuple[str, ...], problems: tuple[str, ...], detector_version: str) -> str:
    """Everything after the signals; the same for many posts (one rulebook, few sentences)."""
    text = _TEXT
    return "".join((
        '],"jurisdiction":', text(jurisdiction), ',"rulebook_version":', text(rulebook_version),
        ',"language":', _scalar(language), ',"explanation":', text(explanation),
        ',"kinds":[', ",".join([text(k) for k in kinds]),
        '],"problems":[', ",".join([text(p) for p in problems]),
        '],"detector_version":', text(detector_version), "}",
    ))


def _encode_signal(signal: Signal) -> str:
    weight, start, end, detail = signal.weight, signal.start, signal.end, signal.detail
    return "".join((
        _signal_head(signal.family, signal.rule, signal.text),
        float.__repr__(weight) if _finite_float(weight) else _number(weight),
        ',"start":', int.__repr__(start) if start.__class__ is int else _number(start),
        ',"end":', int.__repr__(end) if end.__class__ is int else _number(end),
        ',"detail":', _TEXT(detail) if detail.__class__ is str else _scalar(detail), "}",
    ))


@lru_cache(maxsize=4096, typed=True)
def _signal_head(family: str, rule: str, text: str) -> str:
    """``{"family":…,"rule":…,"text":…,"weight":`` — labels and phrases repeat across posts."""
    return "".join(('{"family":', _TEXT(family), ',"rule":', _TEXT(rule),
                    ',"text":', _TEXT(text), ',"weight":'))


def _finite_float(value: Any) -> bool:
    return value.__class__ is float and value - value == 0.0  # inf - inf and nan are nan


def _scalar(value: Any) -> str:
    """JSON of an id, a language or a detail: mostly ``str`` or ``int``, anything JSON allows."""
    if value.__class__ is str:
        return _TEXT(value)
    return _number(value)


def _number(value: Any) -> str:
    """JSON of a finite float, an int or ``None`` as ``json`` writes it; else ``json`` itself."""
    kind = value.__class__
    if kind is float and value == value and value not in (_INF, -_INF):
        return float.__repr__(value)
    if kind is int:
        return int.__repr__(value)
    return "null" if value is None else _ENCODE(value)


def error_line(post_id: Any, code: str, message: str) -> str:
    """The error object for one line."""
    return json.dumps({"id": post_id, "error": {"code": code, "message": message}},
                      ensure_ascii=False, separators=(",", ":"))


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise LineError("bad_field", f"{key!r} must be a string")
    return value
