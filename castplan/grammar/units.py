"""Lead and supporting units: the tag that ends an item.

Accepted forms (either width, either script)::

    (牽頭部門:宣傳文化部)                      labelled, one unit
    （牵头部门：X、Y）                           labelled, several units
    (牵头部门:X;配合部门:Y)                    lead and supporting
    (X、Y负责)  (财政部、中央宣传部等部门负责)  State Council style, no label
    (A、B牵头,C按职责分工负责)                lead A, B; supporting C
    牵头单位:区发改局                          on a line of its own
    责任单位:立山经济开发区,各街道、区直各部门    on a line of its own

Only a parenthesis that ends the item is a tag: ``(2026—2030年)`` in the
middle of an item is text.  ``责任单位``/``负责`` name the lead units unless a
``牵头`` clause in the same item names them, in which case they support.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from castplan.grammar.patterns import (
    CLOSE,
    OPEN,
    OTHER_LABEL_RE,
    UNIT_CLAUSE_SPLIT_RE,
    UNIT_LABEL_RE,
    UNIT_NAME_END_RE,
    UNIT_NAME_SPLIT_RE,
    UNIT_ROLE_RE,
    UNIT_TAIL_RE,
)

# A unit's name is short; a long "name" means the parenthesis is prose.
MAX_UNIT_NAME = 30


@dataclass
class Units:
    """Units named by one or more tags of an item."""

    lead: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)
    # Units from 负责/责任单位 clauses, whose role depends on whether a 牵头 clause exists.
    responsible: list[str] = field(default_factory=list)
    # The completion deadline (完成时限) a tag or a line under the item gives.
    deadline: str | None = None

    def merge(self, other: Units) -> None:
        """Add another tag's units to these."""
        self.lead.extend(other.lead)
        self.supporting.extend(other.supporting)
        self.responsible.extend(other.responsible)
        self.deadline = self.deadline or other.deadline

    def resolve(self) -> tuple[list[str], list[str]]:
        """Return (lead, supporting), placing the 负责 units by the rule above."""
        if self.lead:
            return _unique(self.lead), _unique(self.supporting + self.responsible)
        return _unique(self.responsible), _unique(self.supporting)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def split_unit_names(text: str) -> list[str] | None:
    """Split "X、Y等部门" into ["X", "Y"]; None when a piece cannot be a unit name."""
    names = []
    for piece in UNIT_NAME_SPLIT_RE.split(text):
        name = UNIT_TAIL_RE.sub("", piece.strip()).strip()
        if not name:
            continue
        if len(name) > MAX_UNIT_NAME or any(ch in name for ch in "。:：()（）《》“”"):
            return None
        names.append(name)
    return names


def parse_unit_tag(content: str) -> Units | None:
    """Read the inside of a tag; None when it is not a unit tag.

    Args:
        content: the text between the parentheses, e.g. ``牽頭部門:宣傳文化部``.

    Returns:
        The units, or None for an ordinary parenthetical such as ``2026—2030年``.
    """
    units = Units()
    for clause in UNIT_CLAUSE_SPLIT_RE.split(content):
        clause = clause.strip()
        if not clause:
            continue
        other = OTHER_LABEL_RE.match(clause)
        if other:
            # "完成时限：2025年底" and "责任领导：…" sit in tags too; they name no unit.
            if other["deadline"] and other["value"]:
                units.deadline = units.deadline or other["value"]
            continue
        labelled = UNIT_LABEL_RE.match(clause)
        found = _read_labelled(labelled) if labelled else _read_role_clauses(clause)
        if found is None:
            return None
        units.merge(found)
    if not (units.lead or units.supporting or units.responsible or units.deadline):
        return None
    return units


def _read_labelled(match: re.Match[str]) -> Units | None:
    names = split_unit_names(match["names"])
    if not names:
        return None
    if match["lead"]:
        return Units(lead=names)
    if match["support"]:
        return Units(supporting=names)
    return Units(responsible=names)


def _read_role_clauses(clause: str) -> Units | None:
    """Read "A、B牵头,C按职责分工负责": comma-separated runs, each ending in a role."""
    units = Units()
    pending: list[str] = []
    for piece in split_commas(clause):
        match = UNIT_ROLE_RE.match(piece)
        if not match:
            pending.append(piece)
            continue
        names = split_unit_names("、".join([*pending, match["names"]]))
        pending = []
        # Without a label word only the names themselves say this is a tag.
        if not names or not all(UNIT_NAME_END_RE.search(name) for name in names):
            return None
        if match["lead"]:
            units.lead.extend(names)
        elif match["support"]:
            units.supporting.extend(names)
        else:
            units.responsible.extend(names)
    # Names left without a role word mean the parenthesis is not a tag.
    return None if pending else units


def split_commas(text: str) -> list[str]:
    """Split on ASCII and full-width commas, dropping empty pieces."""
    return [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]


def find_trailing_tag(text: str) -> tuple[int, int, Units] | None:
    """Find the unit tag that ends ``text``.

    The tag is a balanced parenthesis at the very end, optionally followed by
    a 。 or ；.  Returns (start, end, units) with ``text[start:end]`` the tag
    including its parentheses, or None.
    """
    end = len(text.rstrip())
    while end > 0 and text[end - 1] in "。；;.":
        end -= 1
    if end == 0 or text[end - 1] not in CLOSE:
        return None
    depth = 0
    for pos in range(end - 1, -1, -1):
        ch = text[pos]
        if ch in CLOSE:
            depth += 1
        elif ch in OPEN:
            depth -= 1
            if depth == 0:
                units = parse_unit_tag(text[pos + 1 : end - 1])
                return (pos, end, units) if units else None
    return None
