"""The grammar's patterns compile on first use, and every one of them compiles."""

from __future__ import annotations

import re
import subprocess
import sys

import regex

from castplan.grammar import patterns as P
from castplan.grammar.lazy import GrammarPattern, LazyEngine


def test_every_pattern_of_the_grammar_compiles() -> None:
    # Patterns used by earlier tests are compiled already; the rest compile now.
    lazy = [value for value in vars(P).values() if isinstance(value, GrammarPattern)]
    for pattern in lazy:
        # (the compiled text is the source with each Han character's variants, so
        # it is the compiled object, not its text, that is checked)
        compiled = pattern.compiled()
        assert isinstance(compiled, (regex.Pattern, re.Pattern))
        assert pattern.compiled() is compiled
    # The module now hands out the compiled patterns themselves.
    assert not [v for v in vars(P).values() if isinstance(v, GrammarPattern)]
    compiled = [v for v in vars(P).values() if isinstance(v, (regex.Pattern, re.Pattern))]
    assert len(compiled) > 60


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?P<n>\d+)項"
    lazy = LazyEngine(regex).compile(source, regex.V0)
    assert lazy.pattern == source
    assert "_compiled" not in vars(lazy)
    text = "完成12項、3項"
    assert [m["n"] for m in lazy.finditer(text)] == ["12", "3"]
    assert "_compiled" in vars(lazy) and "finditer" in vars(lazy)
    assert type(lazy) is GrammarPattern  # compiled: no look-up hook left
    assert lazy.sub("N", text) == regex.compile(source).sub("N", text)
    assert lazy.groupindex == {"n": 1}


def test_a_compiled_pattern_takes_its_name_in_the_module() -> None:
    namespace: dict[str, object] = {}
    namespace["COUNT_RE"] = lazy = LazyEngine(regex, namespace).compile(r"\d+", 0)
    assert lazy.search("第3") is not None
    assert isinstance(namespace["COUNT_RE"], regex.Pattern)


def test_importing_the_grammar_compiles_next_to_nothing() -> None:
    script = (
        "from castplan.grammar import patterns as P\n"
        "from castplan.grammar.lazy import GrammarPattern\n"
        "values = [v for v in vars(P).values() if isinstance(v, GrammarPattern)]\n"
        "print(sum('_compiled' in vars(v) for v in values), len(values))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    compiled, total = map(int, done.stdout.split())
    # Built on at import: PLAN_KIND_RE's source only, which needs no compiling.
    assert compiled == 0 < total
