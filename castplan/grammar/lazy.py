"""Regular expressions compiled on first use, for the grammar table in ``patterns.py``.

Compiling the grammar's eighty patterns took 35–50 ms at every start, a
third of them for patterns most plans never reach (tables, run-together
pages, Republic-of-China years).  ``patterns.py`` reads ``re.compile(...)``
as before; at run time its ``re`` is a ``LazyEngine`` whose ``compile``
returns a ``LazyPattern``, compiled the first time it is used.  Type checkers
see the real engine.

Once compiled, the module's name for a pattern is given the compiled
pattern itself, and the ``LazyPattern`` (still held by a table built at
import) keeps the compiled methods as its own attributes.  A pattern with an error
would fail at first use, not at import: ``tests/test_lazy_patterns.py``
compiles them all.
"""

from __future__ import annotations

from typing import Any

# What a ``LazyPattern`` binds to itself when it is compiled: after that,
# looking one up no longer reaches ``__getattr__``.
_BOUND = (
    "match",
    "fullmatch",
    "search",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "flags",
    "groups",
    "groupindex",
)


class GrammarPattern:
    """A pattern of the grammar, compiled: its methods are its own attributes."""

    def __init__(
        self, engine: Any, source: str, flags: int, namespace: dict[str, Any] | None = None
    ) -> None:
        self._engine = engine
        self._source = source
        self._flags = flags
        self._namespace = namespace
        # The source is known without compiling: patterns.py builds on it.
        self.pattern = source

    def compiled(self) -> Any:
        """The compiled pattern, compiling it now if need be."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._engine.compile(self._source, self._flags)
            self._compiled = compiled
            for name in _BOUND:
                setattr(self, name, getattr(compiled, name))
            # Without a __getattr__ hook every look-up is a plain one.
            self.__class__ = GrammarPattern
            self._replace_in_namespace(compiled)
        return compiled

    def _replace_in_namespace(self, compiled: Any) -> None:
        # patterns.P_RE reads the compiled pattern from now on; a table that
        # holds this object (CHROME_RES) goes on calling its bound methods.
        namespace = self._namespace or {}
        for name in [name for name, value in namespace.items() if value is self]:
            namespace[name] = compiled


class LazyPattern(GrammarPattern):
    """A pattern not compiled yet: the first use compiles it."""

    def __getattr__(self, name: str) -> Any:
        # Reached only for what is not bound yet: the first use.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


class LazyEngine:
    """A regular-expression module whose ``compile`` waits for first use."""

    def __init__(self, engine: Any, namespace: dict[str, Any] | None = None) -> None:
        self._engine = engine
        self._namespace = namespace

    def compile(self, pattern: str, flags: int = 0) -> LazyPattern:
        return LazyPattern(self._engine, pattern, flags, self._namespace)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)
