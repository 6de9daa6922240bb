"""The data that crosses layers: a ``Post`` in, ``Signal`` evidence and a ``Verdict`` out.

These are frozen dataclasses so that a verdict cannot be edited after the
detector has explained it, and so that they hash and compare by value.  Their
JSON shape is the contract of the design brief: the CLI, the HTTP API, the
store and the browser extension all read and write exactly these fields.

>>> v = Verdict(verdict="organic", commercial=False, disclosed=False, confidence=0.9,
...             signals=(), jurisdiction="nl", rulebook_version="nl-2026.1", language="nl")
>>> Verdict.from_dict(v.to_dict()) == v
True
"""

from __future__ import annotations

import json
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from typing import Any, Literal, TypeVar

VerdictLabel = Literal["organic", "disclosed", "unclear_disclosure", "undisclosed"]
VERDICTS: tuple[str, ...] = ("organic", "disclosed", "unclear_disclosure", "undisclosed")

SignalFamily = Literal["disclosure", "commercial", "guard", "obfuscation"]
SIGNAL_FAMILIES: tuple[str, ...] = ("disclosure", "commercial", "guard", "obfuscation")

PLATFORMS: tuple[str, ...] = (
    "instagram",
    "youtube",
    "tiktok",
    "x",
    "facebook",
    "pinterest",
    "blog",
    "web",
    "unknown",
)


_Frozen = TypeVar("_Frozen", bound=type)


def _stored_by_slots(cls: _Frozen) -> _Frozen:
    """Give a frozen, slotted dataclass an ``__init__`` that stores each field through its
    slot descriptor.

    The ``__init__`` that ``dataclass`` writes for a frozen class goes through
    ``object.__setattr__`` field by field (a look-up by name each time); storing through
    the slot descriptors builds a ``Signal`` in half the time, and the detector builds
    several for every post with evidence.  Same parameters, defaults and behaviour: the
    instance is still frozen, hashes and compares as before.
    """
    params, body = [], []
    env: dict[str, Any] = {}
    for item in fields(cls):
        name = item.name
        env[f"_set_{name}"] = cls.__dict__[name].__set__
        if item.default is not MISSING:
            env[f"_default_{name}"] = item.default
            params.append(f"{name}=_default_{name}")
        elif item.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{name}: default factories are not supported")
        else:
            params.append(name)
        body.append(f"    _set_{name}(self, {name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = f"Store the fields of a {cls.__name__} (see ``_stored_by_slots``)."
    cls.__init__ = init  # type: ignore[misc]
    return cls


@_stored_by_slots
@dataclass(frozen=True, slots=True)
class Post:
    """One piece of content as the detector sees it, whatever its source."""

    text: str
    """Caption, video description or article body, as published."""
    platform: str = "unknown"
    """One of :data:`PLATFORMS`; adapters map their own names onto these."""
    url: str | None = None
    """Canonical permalink of the post, when known."""
    post_id: str | None = None
    """Stable id on its platform (video id, shortcode, URL for blogs)."""
    author: str | None = None
    """The author's handle, without ``@``."""
    title: str | None = None
    links: tuple[str, ...] = ()
    """Outbound links of the post (description links, links in the article's main content)."""
    html: str | None = None
    """The full page, when the post came from a web page; the detector extracts the main text."""
    language: str | None = None
    """ISO 639-1 code; detected when missing."""
    native_labels: tuple[str, ...] = ()
    """The platform's own labels, e.g. Instagram's "Paid partnership"."""
    tagged: tuple[str, ...] = ()
    """Accounts tagged or named as sponsor by the platform (handles, without ``@``)."""
    follower_count: int | None = None
    published: str | None = None
    """ISO 8601 timestamp of publication, when known."""

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Post:
        """Build a post from a dict, ignoring unknown keys and coercing lists to tuples."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and v is not None}
        for key in ("links", "native_labels", "tagged"):
            if key in values:
                values[key] = tuple(str(item) for item in values[key])
        return cls(**values)


@_stored_by_slots
@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence: which rule fired, on which span of the normalised text.

    ``start`` and ``end`` are offsets into the detector's normalised text; they are
    ``None`` for evidence that is not in the text (a link list, a platform label).
    """

    family: str
    """One of :data:`SIGNAL_FAMILIES`."""
    rule: str
    """Rule id, e.g. ``disclosure.hashtag`` or ``commercial.affiliate_link``."""
    text: str
    """The matched text (or the link, or the platform label)."""
    weight: float
    start: int | None = None
    end: int | None = None
    detail: str = ""
    """Short machine-readable detail: the canonical label, the affiliate network, …"""

    def to_dict(self) -> dict[str, Any]:
        # Built by hand: dataclasses.asdict deep-copies and is the hot path of every API answer.
        return {
            "family": self.family,
            "rule": self.rule,
            "text": self.text,
            "weight": self.weight,
            "start": self.start,
            "end": self.end,
            "detail": self.detail,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Signal:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@_stored_by_slots
@dataclass(frozen=True, slots=True)
class Verdict:
    """The detector's answer for one post, always with its evidence."""

    verdict: str
    """One of :data:`VERDICTS`."""
    commercial: bool
    """The content is paid, gifted, affiliate or otherwise commercial for its author."""
    disclosed: bool
    """The content tells the reader so; *adequacy* is what ``verdict`` says."""
    confidence: float
    signals: tuple[Signal, ...]
    jurisdiction: str
    rulebook_version: str
    language: str
    explanation: str = ""
    """One sentence built from the signals."""
    kinds: tuple[str, ...] = ()
    """What kind of commerce: ``sponsored``, ``affiliate``, ``gifted``, ``advertorial``."""
    problems: tuple[str, ...] = ()
    """Why a disclosure is inadequate: ``below_fold``, ``label_not_accepted``, ``buried``, …"""
    detector_version: str = ""
    id: str | int | None = field(default=None, compare=False)
    """Echo of the caller's id (``analyze --jsonl``, batch API)."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        data.update(
            verdict=self.verdict,
            commercial=self.commercial,
            disclosed=self.disclosed,
            confidence=self.confidence,
            signals=[s.to_dict() for s in self.signals],
            jurisdiction=self.jurisdiction,
            rulebook_version=self.rulebook_version,
            language=self.language,
            explanation=self.explanation,
            kinds=list(self.kinds),
            problems=list(self.problems),
            detector_version=self.detector_version,
        )
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["signals"] = tuple(Signal.from_dict(s) for s in data.get("signals", ()))
        values["kinds"] = tuple(data.get("kinds", ()))
        values["problems"] = tuple(data.get("problems", ()))
        return cls(**values)

    def with_id(self, post_id: str | int | None) -> Verdict:
        return replace(self, id=post_id)


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}
