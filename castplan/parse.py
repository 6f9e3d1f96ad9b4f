"""Parse the text of a work-plan notice into a validated ``Notice`` tree.

Grammar sketch (GB/T 9704 outline levels; any level may be missing)::

    chrome*   header?   title?   preamble?   section*   closing*
    header   = doc-number? notice-title? addressees cover-letter issuer seal? date
    section  = "一、" title intro? (group | item)*
    group    = "（一）" title intro? item*
    item     = "1." title "。" measure* unit-tag?    (also "（一）" or "——" items)
    sub-item = "（1）" text                           (inside an item)
    unit-tag = "(牽頭部門:宣傳文化部)"  and the other forms in ``castplan.grammar.units``

This module is the library's front door: it detects the script once, converts
the text for simplified output, runs ``castplan.grammar.notice.build_notice``
and turns errors into ``ParseError``.  The stages themselves live in
``castplan.grammar``, one module each.  No file I/O, no printing.

Example::

    from castplan import parse_notice
    notice = parse_notice(text)
    print(notice.title, len(list(notice.items())))
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from typing import Any

import regex as re

from castplan.errors import ParseError
from castplan.grammar.checks import check_known_departments
from castplan.grammar.lines import Report
from castplan.grammar.notice import Script, build_notice
from castplan.model import Diagnostic, Notice, Origin, SourceFormat, sha256_hex
from castplan.script import detect_script, simplify_strings, to_simplified


def parse_notice(
    text: str,
    *,
    path: str = "<string>",
    encoding: str = "utf-8",
    sha256: str | None = None,
    source_format: SourceFormat = "text",
    dropped_bytes: int = 0,
    simplified: bool = False,
    origin: Origin | None = None,
) -> Notice:
    """Parse the text of a work-plan notice.

    Args:
        text: the decoded notice, in either script, either punctuation width.
        path, encoding, sha256, source_format, dropped_bytes: where the text
            came from, for ``source`` (sha256 of the text when absent);
            ignored when ``origin`` gives them all at once.
        simplified: give every text value in simplified script; spans still
            point into ``text`` and ``source.script`` names its script.
        origin: where the text came from, as built by ``castplan.load``.

    Returns:
        The validated tree, with warnings in ``diagnostics``.

    Raises:
        ParseError: when the text is not a work-plan notice.
    """
    if origin is None:
        origin = Origin(path, encoding, sha256, source_format, dropped_bytes)
    if origin.sha256 is None:  # of the text as given, before any conversion
        origin = dataclasses.replace(origin, sha256=sha256_hex(text.encode("utf-8")))
    script = detect_script(text)
    if not simplified:
        return _parse_or_raise(text, origin, script)
    converted = to_simplified(text)
    if _line_breaks(converted) != _line_breaks(text):  # pragma: no cover - no table does this
        return simplify_notice(_parse_or_raise(text, origin, script))
    # Conversion keeps every line's length (t2s maps characters and phrases to
    # ones of equal length), so the converted text's spans are the input's.
    return _parse_or_raise(converted, origin, script)


def _line_breaks(text: str) -> list[int]:
    return [match.start() for match in re.finditer(r"\r\n?|\n", text)]


def _parse_or_raise(text: str, origin: Origin, script: Script) -> Notice:
    report = Report()
    notice = build_notice(text, origin, script, report)
    errors = [d for d in report.diagnostics if d.level == "error"]
    if errors or notice is None:
        raise ParseError(errors, source_name=origin.path)
    return notice


def check_notice(
    text: str,
    *,
    path: str = "<string>",
    dropped_bytes: int = 0,
    known_departments: Collection[str] | None = None,
) -> list[Diagnostic]:
    """Return every problem of a notice, warnings included, without raising.

    Args:
        text: the decoded notice.
        path: the name to report.
        dropped_bytes: bytes of a cut-off last character the decoder dropped.
        known_departments: when given, units not in it (either script) are
            reported as ``unknown-department``.
    """
    report = Report()
    origin = Origin(path=path, dropped_bytes=dropped_bytes)
    notice = build_notice(text, origin, detect_script(text), report)
    if notice is not None and known_departments is not None:
        check_known_departments(notice, known_departments, report)
    return report.sorted()


# --- simplified script for a finished tree ------------------------------------------

# Fields whose values are identifiers or data, not Chinese prose.
_KEEP_KEYS = frozenset(
    {"path", "sha256", "encoding", "format", "script", "level", "code", "kind"}
    | {"schema_version", "date"}
)


def simplify_notice(notice: Notice) -> Notice:
    """Return a copy of ``notice`` with every prose string in simplified script.

    Spans, numbers and identifiers are left alone, so spans still point into
    the original input.  ``parse_notice(text, simplified=True)`` converts the
    input instead, which is faster; this serves trees parsed earlier.
    """
    data = notice.to_json_dict()
    slots: list[tuple[dict[str, Any] | list[Any], Any]] = []
    _collect_strings(data, slots)
    converted = simplify_strings([holder[key] for holder, key in slots])
    for (holder, key), text in zip(slots, converted, strict=True):
        holder[key] = text
    return Notice.model_validate(data)


def _collect_strings(node: Any, slots: list[tuple[dict[str, Any] | list[Any], Any]]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str):
                if key not in _KEEP_KEYS:
                    slots.append((node, key))
            elif key not in _KEEP_KEYS:
                _collect_strings(value, slots)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, str):
                slots.append((node, index))
            else:
                _collect_strings(value, slots)
