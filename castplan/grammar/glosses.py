"""Texts whose characters carry a gloss: "發(fā)展(zhǎn)規(guī)劃(huà)", "印@@发@@了".

Mirror sites gloss the characters of a plan with their pinyin, and some
reposting sites inject a mark after words ("@@") to spoil copying.  The glosses
are kept (they are the text as received), so the grammar must read through
them: "印發(fā)給你們" is a cover letter's "印发给你们".  Patterns that let a gloss
follow every Han character are slower to compile (some four seconds for the
whole grammar, against a fifth of a second plain) and to run, so a plain text
never meets them: a text with glosses in its opening is parsed with the
grammar's patterns swapped for their glossed forms, each compiled once per
process, on its first use (one glossed plan reaches half of them, fifteen
three quarters).

The swap replaces the values of ``castplan.grammar.patterns``' ``*_RE`` names,
which the grammar reads at each use (``P.UNIT_LABEL_RE``).  A glossed pattern
matches everything its plain form does, so a plain text parsed in another
thread during the swap reads as before.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import regex

from castplan.grammar import patterns as P
from castplan.grammar.lazy import LazyPattern
from castplan.grammar.variants import either_script

# Glosses in a text's opening that make it a glossed text.
MIN_GLOSSES = 8
OPENING = 8192

_lock = threading.Lock()
_active = 0
_plain: dict[str, Any] = {}
_glossed: dict[str, Any] = {}


def is_glossed(text: str) -> bool:
    """Whether ``text`` glosses its characters with pinyin ("發(fā)展") or marks ("印@@发")."""
    opening = text[:OPENING]
    if "(" not in opening and "（" not in opening and "@@" not in opening:
        return False
    found = itertools.islice(P.GLOSS_RE.finditer(opening), MIN_GLOSSES)
    return sum(1 for _ in found) == MIN_GLOSSES


@contextmanager
def glossed_patterns() -> Iterator[None]:
    """The grammar reads through glosses while this context is open."""
    global _active
    with _lock:
        if _active == 0:
            _swap_in()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                _swap_out()


def _swap_in() -> None:
    namespace = vars(P)
    for name, value in list(namespace.items()):
        if not (name.endswith("_RE") and hasattr(value, "pattern")):
            continue
        glossed = _glossed.get(name)
        if glossed is None:
            source, flags = _source_and_flags(value)
            if not isinstance(source, str) or not any("\u3400" <= c <= "\u9fff" for c in source):
                continue  # no Han character: nothing a gloss could follow
            verbose = bool(flags & regex.VERBOSE)
            # (compiled on first use, as the plain grammar is: a glossed pattern takes
            # twenty times longer to compile, and most plans never reach most of them)
            glossed = LazyPattern(
                regex, either_script(source, verbose=verbose, glossed=True), flags
            )
            _glossed[name] = glossed
        _plain[name] = value
        namespace[name] = glossed


def _swap_out() -> None:
    namespace = vars(P)
    for name, value in _plain.items():
        if namespace.get(name) is _glossed.get(name):
            namespace[name] = value
    _plain.clear()


def _source_and_flags(pattern: Any) -> tuple[Any, int]:
    # A pattern not compiled yet keeps its source and flags without compiling.
    flags = pattern.__dict__.get("_flags") if hasattr(pattern, "__dict__") else None
    if flags is not None:
        return pattern.pattern, int(flags)
    return pattern.pattern, int(pattern.flags)
