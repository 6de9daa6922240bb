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
from typing import Any, Final

import ahocorasick

Requirement = tuple[str, ...]
"""Texts of which a match contains at least one."""

MAX_CHOICES: Final = 64
"""Bound on the texts a choice like ``(?:a|b)(?:c|d)`` expands to."""
_REPEATS: Final = (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT)


def requirements(pattern: str) -> tuple[Requirement, ...]:
    """What every match of ``pattern`` contains: each requirement is met by one of its texts.
    ``()`` when nothing is certain (the gate then always says "maybe").

    >>> requirements("kan[^.!?\\\\n]{0,40} bevatten")
    (('kan',), (' bevatten',))
    >>> requirements("op [a-z]+\\\\.(?:nl|be)")
    (('op ',), ('.nl', '.be'))
    >>> requirements("a|\\\\w+"), requirements("(?i)marked")  # case unknown: nothing certain
    ((), ())
    """
    try:
        parsed = parser.parse(pattern)
    except re.error:
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    return tuple(_required(list(parsed)))


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
    """One of several branches matches: each must offer a requirement; any of them will do."""
    if not branches or not all(branches):
        return []
    return [tuple(dict.fromkeys(text for branch in branches for text in branch[0]))]


def _useful(texts: Requirement) -> list[Requirement]:
    """``texts`` as a requirement, without those containing another ("= " holds "=");
    none when one of them is empty."""
    if "" in texts:
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
