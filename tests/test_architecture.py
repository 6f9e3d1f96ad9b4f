"""The package's imports follow its pipeline: no cycles, no import that climbs a layer.

Layers, lowest first (a module may import its own layer and those below):

    model, errors, script   the tree, the exceptions, script conversion
    grammar/                the notice grammar, one stage per module
    readers/                bytes of a file format → text
    parse                   the library's front door: text → tree
    load                    file / stdin / sample → text + origin → tree
    views/                  tree → rows, tables, reports, diffs
    batch                   many files, worker processes
    output                  stdout, atomic files, one file per input, progress
    corpus                  commands over many files: report failures, go on, stream
    cli, __main__           the command line

``castplan/__init__.py`` re-exports names lazily and is left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "castplan"

LAYERS = [
    {"castplan.model", "castplan.errors", "castplan.script", "castplan.t2s"},
    {"castplan.grammar"},
    {"castplan.readers"},
    {"castplan.parse"},
    {"castplan.load"},
    {"castplan.views"},
    {"castplan.batch"},
    {"castplan.output"},
    {"castplan.corpus"},
    {"castplan.cli", "castplan.__main__"},
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> int:
    for index, layer in enumerate(LAYERS):
        if any(module == name or module.startswith(name + ".") for name in layer):
            return index
    raise AssertionError(f"{module} is in no layer; add it to LAYERS")


def _is_type_checking_block(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    )


def imports_of(path: Path, *, runtime_only: bool) -> set[str]:
    """Every castplan module ``path`` imports, at module level or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    skipped: set[int] = set()
    if runtime_only:
        for node in ast.walk(tree):
            if _is_type_checking_block(node):
                skipped.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("castplan"))
        elif (
            isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("castplan")
        ):
            found.add(node.module)
            # "from castplan.grammar import patterns" imports the module castplan.grammar.patterns.
            found.update(
                f"{node.module}.{a.name}" for a in node.names if _is_module(node.module, a.name)
            )
    return found


def _is_module(package: str, name: str) -> bool:
    folder = PACKAGE.parent.joinpath(*package.split("."))
    return (folder / f"{name}.py").exists() or (folder / name / "__init__.py").exists()


MODULES = {
    module_name(path): path for path in sorted(PACKAGE.rglob("*.py")) if path.name != "__init__.py"
} | {
    module_name(path): path
    for path in sorted(PACKAGE.rglob("__init__.py"))
    if path.parent != PACKAGE
}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_climbs_a_layer(module: str) -> None:
    own = layer_of(module)
    upward = sorted(
        target
        for target in imports_of(MODULES[module], runtime_only=False)
        if target != "castplan" and layer_of(target) > own
    )
    assert upward == [], f"{module} (layer {own}) imports a higher layer: {upward}"


def test_no_import_cycle() -> None:
    graph = {
        module: {t for t in imports_of(path, runtime_only=True) if t in MODULES and t != module}
        for module, path in MODULES.items()
    }
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycle = [*stack[stack.index(target) :], target]
                raise AssertionError("import cycle: " + " → ".join(cycle))
            if target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)


def test_the_checker_sees_a_climbing_import(tmp_path: Path) -> None:
    """The layer test can fail: a grammar module importing the CLI is caught."""
    assert layer_of("castplan.grammar.body") < layer_of("castplan.cli")
    assert "castplan.cli" in imports_of(PACKAGE / "__main__.py", runtime_only=True)
    source = tmp_path / "fake.py"
    source.write_text("def f():\n    from castplan.cli import cli\n", encoding="utf-8")
    assert imports_of(source, runtime_only=True) == {"castplan.cli"}
    typed = tmp_path / "typed.py"
    typed.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from castplan.model import Notice\n",
        encoding="utf-8",
    )
    assert imports_of(typed, runtime_only=True) == set()
    assert imports_of(typed, runtime_only=False) == {"castplan.model"}


def names_assigned_twice(source: str) -> list[str]:
    """Module-level names a module assigns more than once."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(target.id)
                seen.add(target.id)
    return twice


def test_the_grammar_table_names_each_pattern_once() -> None:
    # A second pattern of one name silently replaces the first for every reader.
    source = (PACKAGE / "grammar" / "patterns.py").read_text(encoding="utf-8")
    assert names_assigned_twice(source) == []


def test_the_checker_sees_a_pattern_named_twice() -> None:
    assert names_assigned_twice("A_RE = 1\nB_RE = 2\nA_RE = 3\n") == ["A_RE"]
