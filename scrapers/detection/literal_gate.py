"""A cheap "can this list of patterns match at all?" test before an expensive alternation.

Python's ``re`` runs a long alternation such as ``(?<!\\w)(?:marked|labelled|…)`` branch by
branch at every position of the text: over a whole caption that costs microseconds per
pattern list, however rarely anything matches.  Every pattern, though, needs some literal
text in any match: "marked"; "may contain" or "may also contain" for
``may (?:also )?contain``; both "#" and "=" for ``#\\w+ ?= ?``.  One Aho-Corasick automaton
over those literals finds in a single C-level pass which of them occur; a pattern whose
required texts are not all there cannot match.  When every pattern is ruled out the regular
expressions need not run; otherwise the caller runs them: the gate only ever says "maybe".

>>> gate = LiteralGate(["marked", "may (?:also )?contain", "#\\\\w+ ?= ?"])
>>> gate.requirements
((('marked',),), (('may contain', 'may also contain'),), (('#',), ('=',)))
>>> gate.may_match("this post may contain links"), gate.may_match("sunny day #beach")
(True, False)
>>> gate.may_match("#ad = paid")
True
"""

from __future__ import annotations

import re
import re._parser as parser  # private, but the only exact reading of a pattern's structure
from collections.abc import Iterable
from itertools import islice, product
from re import _casefix  # type: ignore[attr-defined]  # private: IGNORECASE's extra cases
from typing import Any, Final

import ahocorasick

Requirement = tuple[str, ...]
"""Texts of which a match contains at least one."""

MAX_CHOICES: Final = 64
"""Bound on the texts a choice like ``(?:a|b)(?:c|d)`` expands to."""
MAX_CLASS: Final = 8
"""Bound on the characters of a class like ``[$£€]`` read as a choice of texts."""
MAX_COMBINATIONS: Final = 16
"""Bound on the requirements an alternation of branches with several each gives."""
_REPEATS: Final = (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT)


def requirements(pattern: str, flags: int = 0) -> tuple[Requirement, ...]:
    """What every match of ``pattern`` contains: each requirement is met by one of its texts.
    ``()`` when nothing is certain (the gate then always says "maybe"); ``flags`` are those
    the pattern is compiled with.  Under ``re.IGNORECASE`` the texts are lower-cased, to be
    looked for in a lower-cased text (see :data:`CASE_FIXES` for the exceptions).

    >>> requirements("kan[^.!?\\\\n]{0,40} bevatten")
    (('kan',), (' bevatten',))
    >>> requirements("op [a-z]+\\\\.(?:nl|be)")
    (('op ',), ('.nl', '.be'))
    >>> requirements("a|\\\\w+"), requirements("(?i)Marked|TAGGED")
    ((), (('marked', 'tagged'),))
    """
    try:
        parsed = parser.parse(pattern, flags)
    except re.error:
        return ()
    found = tuple(_required(list(parsed)))
    if not parsed.state.flags & re.IGNORECASE:
        return found
    lowered = tuple(tuple(dict.fromkeys(_lower(text) for text in requirement))
                    for requirement in found)
    if any(not CASE_FIXES.isdisjoint(text) for requirement in lowered for text in requirement):
        return ()  # "µ" also matches "μ" under IGNORECASE: nothing certain
    return lowered


CASE_FIXES: Final = frozenset(
    char for low, others in _casefix._EXTRA_CASES.items()
    for char in map(chr, (low, *others)) if not char.isascii())
"""Characters that ``re.IGNORECASE`` equates with another one their lower case differs from
("ı" and "i", "ſ" and "s", "µ" and "μ"). Everywhere else a case-insensitive literal matches
exactly where its lower case occurs in the text lower-cased character by character; a text
holding one of these makes every case-insensitive pattern possible."""


def _lower(text: str) -> str:
    """Lower case character by character, as ``re.IGNORECASE`` compares (one character each:
    "İ" is "i")."""
    return "".join(char.lower()[0] for char in text)


def _required(items: list[tuple[Any, Any]]) -> list[Requirement]:
    """Requirements of one parsed sequence: runs of exact text (``_exact`` items side by side
    expand to every combination) and what a group or a repeat of at least once must hold."""
    found: list[Requirement] = []
    texts: Requirement = ("",)
    for op, argument in items:
        exact = _exact(op, argument)
        joined = None if exact is None else _joined(texts, exact)
        if joined is not None:
            texts = joined
            continue
        found += _useful(texts)
        texts = ("",)
        if exact is not None:
            texts = exact
        elif op is parser.SUBPATTERN and not argument[1]:  # a group without inline flags
            found += _required(list(argument[3]))
        elif op is parser.BRANCH:
            found += _either([_required(list(branch)) for branch in argument[1]])
        elif op in _REPEATS and argument[0] >= 1:
            found += _required(list(argument[2]))
    return found + _useful(texts)


def _exact(op: Any, argument: Any) -> Requirement | None:
    """The finite set of texts one parsed item matches, or ``None``."""
    if op is parser.LITERAL:
        return (chr(argument),)
    if op is parser.IN and len(argument) <= MAX_CLASS and all(
            item is parser.LITERAL for item, _ in argument):
        return tuple(chr(code) for _, code in argument)  # "[$£€]": one of a few characters
    if op is parser.SUBPATTERN and not argument[1]:
        return _exact_sequence(list(argument[3]))
    if op is parser.BRANCH:
        choices = [_exact_sequence(list(branch)) for branch in argument[1]]
        if any(choice is None for choice in choices):
            return None
        return tuple(dict.fromkeys(text for choice in choices for text in choice or ()))
    if op in _REPEATS and argument[0] == 0 and argument[1] == 1:
        inner = _exact_sequence(list(argument[2]))
        return None if inner is None else ("", *inner)
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> Requirement | None:
    texts: Requirement | None = ("",)
    for op, argument in items:
        exact = _exact(op, argument)
        if texts is None or exact is None:
            return None
        texts = _joined(texts, exact)
    return texts


def _joined(texts: Requirement, following: Requirement) -> Requirement | None:
    """Every text of ``texts`` followed by every one of ``following`` (in order, without
    repeats); ``None`` beyond :data:`MAX_CHOICES` texts."""
    if len(texts) * len(following) > MAX_CHOICES:
        return None
    return tuple(dict.fromkeys(a + b for a in texts for b in following))


def _either(branches: list[list[Requirement]]) -> list[Requirement]:
    """One of several branches matches: each must offer a requirement.  Taking one of every
    branch's requirements gives a requirement of the whole, any of whose texts will do;
    every such choice holds (up to :data:`MAX_COMBINATIONS`), so "a trial … the bio link or
    the bio link … a trial" needs both a trial word and a bio word."""
    if not branches or not all(branches):
        return []
    choices = islice(product(*branches), MAX_COMBINATIONS)
    return [tuple(dict.fromkeys(text for requirement in choice for text in requirement))
            for choice in choices]


def _useful(texts: Requirement) -> list[Requirement]:
    """``texts`` as a requirement, without those containing another ("= " holds "=");
    none when one of them is empty or only spaces: every caption has a space, and the
    automaton would report each one (a gate's whole cost on a short caption)."""
    if any(not text.strip() for text in texts):
        return []
    return [tuple(text for text in texts
                  if not any(other != text and other in text for other in texts))]


class LiteralGate:
    """Says whether any of ``patterns`` could match a text (see the module docstring)."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.requirements: tuple[tuple[Requirement, ...], ...] = tuple(
            requirements(pattern) for pattern in patterns)
        self._always = not self.requirements or not all(self.requirements)
        self._automaton = ahocorasick.Automaton()
        self._needs: dict[str, list[tuple[frozenset[str], ...]]] = {}
        """First text of a pattern's first requirement -> the pattern's requirements."""
        if self._always:
            return
        for needed in self.requirements:
            sets = tuple(frozenset(requirement) for requirement in needed)
            for text in needed[0]:
                self._needs.setdefault(text, []).append(sets)
            for requirement in needed:
                for text in requirement:
                    self._automaton.add_word(text, text)
        self._automaton.make_automaton()

    def may_match(self, text: str) -> bool:
        """``False`` only when no pattern can match ``text``."""
        if self._always:
            return True
        found = {anchor for _, anchor in self._automaton.iter(text)}
        if not found:
            return False
        for anchor in found:
            for sets in self._needs.get(anchor, ()):
                if all(not required.isdisjoint(found) for required in sets):
                    return True
        return False


class PatternGate:
    """Which of several compiled patterns could match a text, from one Aho-Corasick pass.

    For patterns that a finder runs over a whole text one after another: each gets its own
    answer, and the literals of all of them are found at once.  A long alternation with no
    literal prefix (``(?<!\\w)(?:were|was|…) kind enough to …``) is tried at every position
    of the text, so its cost grows with the text (a caption's block of hashtags included);
    the gate's pass costs a fraction of one such pattern.  A pattern compiled with
    ``re.IGNORECASE``, or with no certain literal, is always possible.

    >>> kind = re.compile(r"(?<!\\w)(?:was|were) kind enough to")
    >>> link = re.compile("link in (?:bio|story)")
    >>> gate = PatternGate([kind, link])
    >>> [p is link for p in gate.possible("Finally! Link in bio #ootd".lower())]
    [True]
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.requirements = tuple(
            (pattern, tuple(frozenset(needed)
                            for needed in requirements(pattern.pattern, pattern.flags)))
            for pattern in patterns)
        """Each pattern with what any match of it contains (nothing: always possible)."""
        self._automaton = ahocorasick.Automaton()
        self._anchored: dict[str, list[int]] = {}
        """A text of a pattern's first requirement -> the patterns (by position) it anchors:
        only patterns one of whose anchors occurs need their other requirements checked."""
        self._open: set[int] = set()
        """Patterns with nothing certain: always possible."""
        self._blind = {index for index, (pattern, _) in enumerate(self.requirements)
                       if pattern.flags & re.IGNORECASE}
        """Case-insensitive patterns: possible whenever the text holds a :data:`CASE_FIXES`."""
        for index, (_, needed) in enumerate(self.requirements):
            if not needed:
                self._open.add(index)
            for text in needed[0] if needed else ():
                self._anchored.setdefault(text, []).append(index)
            for requirement in needed:
                for text in requirement:
                    self._automaton.add_word(text, text)
        self._searchable = len(self._automaton) > 0
        if self._searchable:
            self._automaton.make_automaton()

    def possible(self, text: str) -> list[re.Pattern[str]]:
        """The patterns, in their order, that are not ruled out for ``text``, which must be
        lower-cased character by character (``document.lower_same_length``)."""
        found = ({anchor for _, anchor in self._automaton.iter(text)} if self._searchable
                 else set())
        chosen = set(self._open)
        if not text.isascii() and not CASE_FIXES.isdisjoint(text):
            chosen |= self._blind
        for anchor in found:
            for index in self._anchored.get(anchor, ()):
                if index not in chosen and all(not requirement.isdisjoint(found)
                                               for requirement in self.requirements[index][1]):
                    chosen.add(index)
        return [self.requirements[index][0] for index in sorted(chosen)]
