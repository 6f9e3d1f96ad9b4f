"""castplan: Chinese annual work-plan notices (工作要点) as validated, structured data.

Example::

    from castplan import parse_notice
    notice = parse_notice(open("plan.txt", encoding="utf-8").read())
    for item in notice.items():
        print(item.number, item.title, item.lead_departments)

Names are imported on first use, so ``castplan --version`` does not pay for
pydantic and the parser.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "1.71.0"

if TYPE_CHECKING:
    from castplan.errors import CastplanError, InputError, ParseError
    from castplan.model import Diagnostic, Header, Item, Measure, Notice, Section, Span
    from castplan.parse import check_notice, parse_notice, simplify_notice
    from castplan.script import to_simplified

_EXPORTS = {
    "CastplanError": "castplan.errors",
    "InputError": "castplan.errors",
    "ParseError": "castplan.errors",
    "Diagnostic": "castplan.model",
    "Header": "castplan.model",
    "Item": "castplan.model",
    "Measure": "castplan.model",
    "Notice": "castplan.model",
    "Section": "castplan.model",
    "Span": "castplan.model",
    "check_notice": "castplan.parse",
    "parse_notice": "castplan.parse",
    "simplify_notice": "castplan.parse",
    "to_simplified": "castplan.script",
}

__all__ = [
    "CastplanError",
    "Diagnostic",
    "Header",
    "InputError",
    "Item",
    "Measure",
    "Notice",
    "ParseError",
    "Section",
    "Span",
    "__version__",
    "check_notice",
    "parse_notice",
    "simplify_notice",
    "to_simplified",
]


if not TYPE_CHECKING:
    # Hidden from type checkers: they see the real names imported above, so a
    # misspelt ``castplan.parse_notik`` is an error there, not an ``Any``.

    def __getattr__(name: str) -> Any:
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module 'castplan' has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)
