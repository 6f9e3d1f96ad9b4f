"""Plans into a SQLite database, built with sqlite-utils.

One row per notice, section, item, unit, measure, target, programme, document
and diagnostic, linked by integer keys (see ``SCHEMA``); a full-text index on
item titles and text with SQLite's ``trigram`` tokenizer, so that a Chinese
substring of three or more characters finds its items (Chinese has no spaces
for a word tokenizer to split on); and views of each lead department's load
by plan and by year.

A notice is keyed by the SHA-256 of its input bytes: adding a file already in
the database changes nothing, so building twice from the same files gives the
same database, and ``append=True`` adds only new plans.

Example::

    import sqlite_utils
    db = sqlite_utils.Database("plans.db")
    stats = add_notices(db, notices, load_aliases())
    db.execute("select title from items_fts where items_fts match '科普中國'")
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from castplan.model import Item, Notice, Target
from castplan.script import simplify_strings
from castplan.views.aliases import AliasTable

if TYPE_CHECKING:
    import sqlite_utils

#: Tables, their columns (in order) with SQLite types, primary keys and foreign keys.
_NAMED_THINGS: dict[str, Any] = {
    "columns": {
        "id": int,
        "item_id": int,
        "notice_id": int,
        "position": int,
        "name": str,
        "name_key": str,
    },
    "pk": "id",
    "foreign_keys": [("item_id", "items", "id"), ("notice_id", "notices", "id")],
}

SCHEMA: dict[str, dict[str, Any]] = {
    "notices": {
        "columns": {
            "id": int,
            "sha256": str,
            "path": str,
            "format": str,
            "encoding": str,
            "script": str,
            "title": str,
            "organization": str,
            "organization_key": str,
            "year": int,
            "issuer": str,
            "date": str,
            "doc_number": str,
            "items": int,
            "diagnostics": int,
        },
        "pk": "id",
        "foreign_keys": [],
    },
    "sections": {
        "columns": {
            "id": int,
            "notice_id": int,
            "number": int,
            "numeral": str,
            "title": str,
            "intro": str,
            "line": int,
        },
        "pk": "id",
        "foreign_keys": [("notice_id", "notices", "id")],
    },
    "items": {
        "columns": {
            "id": int,
            "notice_id": int,
            "section_id": int,
            "number": int,
            "marker": str,
            "title": str,
            "text": str,
            "group_numeral": str,
            "group_title": str,
            "deadline": str,
            "line": int,
            "end_line": int,
        },
        "pk": "id",
        "foreign_keys": [("notice_id", "notices", "id"), ("section_id", "sections", "id")],
    },
    "item_units": {
        "columns": {
            "item_id": int,
            "role": str,
            "position": int,
            "department": str,
            "canonical": str,
            "known": int,
        },
        "pk": ("item_id", "role", "position"),
        "foreign_keys": [("item_id", "items", "id")],
    },
    "measures": {
        "columns": {"id": int, "item_id": int, "position": int, "text": str, "line": int},
        "pk": "id",
        "foreign_keys": [("item_id", "items", "id")],
    },
    "targets": {
        "columns": {
            "id": int,
            "measure_id": int,
            "item_id": int,
            "text": str,
            "value": float,
            "unit": str,
            "qualifier": str,
            "min": float,
            "min_inclusive": int,
            "max": float,
            "max_inclusive": int,
            "approximate": int,
        },
        "pk": "id",
        "foreign_keys": [("measure_id", "measures", "id"), ("item_id", "items", "id")],
    },
    # Programmes (“…”) and documents (《…》) are alike: a name an item names.
    "programmes": _NAMED_THINGS,
    "documents": _NAMED_THINGS,
    "diagnostics": {
        "columns": {
            "id": int,
            "notice_id": int,
            "level": str,
            "code": str,
            "message": str,
            "line": int,
            "column": int,
        },
        "pk": "id",
        "foreign_keys": [("notice_id", "notices", "id")],
    },
}

#: Indexes beyond the keys: lookups by foreign key, department and name.
INDEXES = [
    ("notices", ["sha256"], True),
    ("notices", ["year", "organization_key"], False),
    ("sections", ["notice_id"], False),
    ("items", ["notice_id"], False),
    ("items", ["section_id"], False),
    ("item_units", ["canonical", "role"], False),
    ("measures", ["item_id"], False),
    ("targets", ["item_id"], False),
    ("programmes", ["name_key"], False),
    ("programmes", ["item_id"], False),
    ("documents", ["name_key"], False),
    ("documents", ["item_id"], False),
    ("diagnostics", ["notice_id"], False),
]

#: Views: each lead department's load per plan, and per year and issuer.
# Written in SQL that DuckDB also parses (its sqlite extension reads a view's
# SQL as its own): no `a is b` between columns.
VIEWS = {
    "department_load": """
select n.id as notice_id, n.year, n.organization, n.title, u.canonical as department,
       count(distinct u.item_id) as items,
       round(count(distinct u.item_id) * 1.0 / n.items, 4) as share
from item_units u
join items i on i.id = u.item_id
join notices n on n.id = i.notice_id
where u.role = 'lead'
group by n.id, u.canonical
""",
    "department_load_by_year": """
select n.year, n.organization_key as organization, u.canonical as department,
       count(distinct u.item_id) as items,
       round(count(distinct u.item_id) * 1.0 / (
           select sum(m.items) from notices m
           where coalesce(m.year, 0) = coalesce(n.year, 0)
             and coalesce(m.organization_key, '') = coalesce(n.organization_key, '')
       ), 4) as share,
       count(distinct n.id) as plans
from item_units u
join items i on i.id = u.item_id
join notices n on n.id = i.notice_id
where u.role = 'lead'
group by n.year, n.organization_key, u.canonical
""",
}

FTS_COLUMNS = ["title", "text"]
# Rows are written in batches of this many notices: one transaction each.
BATCH_NOTICES = 200


@dataclass
class BuildStats:
    """What one run added to the database."""

    added: int = 0
    present: int = 0
    items: int = 0
    added_paths: list[str] = field(default_factory=list)


def create_schema(db: sqlite_utils.Database, *, full_text: bool = True) -> None:
    """Create the tables, indexes, full-text index and views that do not exist yet.

    ``full_text=False`` leaves the index for ``create_full_text`` to build
    after a bulk load: filling it once is far cheaper than row by row.
    """
    for name, spec in SCHEMA.items():
        if not db[name].exists():
            db.table(name).create(
                spec["columns"],
                pk=spec["pk"],
                foreign_keys=spec["foreign_keys"],
                not_null=_not_null(name),
            )
    for table, columns, unique in INDEXES:
        db.table(table).create_index(columns, unique=unique, if_not_exists=True)
    if full_text:
        create_full_text(db)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)


def create_full_text(db: sqlite_utils.Database) -> None:
    """The trigram index on item title and text, filled from the table, and the
    triggers that keep it in step with later inserts (``--append``)."""
    if not db["items_fts"].exists():
        db.table("items").enable_fts(FTS_COLUMNS, tokenize="trigram", create_triggers=True)


def _not_null(table: str) -> set[str]:
    return {"sha256", "path"} if table == "notices" else set()


class _Ids:
    """The next free id of each table, so rows can name their parents before insert."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.next: dict[str, int] = {}
        for name, spec in SCHEMA.items():
            if spec["pk"] == "id":
                row = db.execute(f"select max(id) from [{name}]").fetchone()
                self.next[name] = (row[0] or 0) + 1

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def add_notices(
    db: sqlite_utils.Database,
    notices: Iterable[Notice],
    aliases: AliasTable,
    *,
    fresh: bool = False,
) -> BuildStats:
    """Add each notice whose sha256 is not yet in the database.

    Args:
        db: an open database; the schema is created if missing.
        notices: the plans, read one at a time (memory stays flat).
        aliases: the table that gives each unit its canonical name.
        fresh: ``db`` is a new file that is thrown away if the build fails
            (the CLI builds into a temporary file): skip the journal and
            fsync, and build the full-text index once at the end.

    Returns:
        How many notices were added and how many were there already.
    """
    if fresh:
        # Safe only because a failed build's file is deleted, never used.
        db.execute("pragma journal_mode = off")
        db.execute("pragma synchronous = off")
    create_schema(db, full_text=not fresh)
    present = {row[0] for row in db.execute("select sha256 from notices")}
    ids = _Ids(db)
    stats = BuildStats()
    batch: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMA}
    pending = 0
    for notice in notices:
        if notice.source.sha256 in present:
            stats.present += 1
            continue
        present.add(notice.source.sha256)
        stats.items += _notice_rows(notice, aliases, ids, batch)
        stats.added += 1
        stats.added_paths.append(notice.source.path)
        pending += 1
        if pending >= BATCH_NOTICES:
            _flush(db, batch)
            pending = 0
    _flush(db, batch)
    if fresh:
        create_full_text(db)
    return stats


def _flush(db: sqlite_utils.Database, batch: dict[str, list[dict[str, Any]]]) -> None:
    # Parents first, so foreign keys hold at every step; one transaction a batch.
    with db.conn:
        for name in SCHEMA:
            if batch[name]:
                db.table(name).insert_all(batch[name], batch_size=1000)
                batch[name].clear()


def _notice_rows(
    notice: Notice, aliases: AliasTable, ids: _Ids, batch: dict[str, list[dict[str, Any]]]
) -> int:
    header = notice.header
    notice_id = ids.take("notices")
    items = list(notice.items())
    batch["notices"].append(
        {
            "id": notice_id,
            "sha256": notice.source.sha256,
            "path": notice.source.path,
            "format": notice.source.format,
            "encoding": notice.source.encoding,
            "script": notice.source.script,
            "title": notice.title,
            "organization": notice.organization,
            # Folded across scripts: 中國科協 and 中国科协 are one issuer.
            "organization_key": aliases.folded(notice.organization)
            if notice.organization
            else None,
            "year": notice.year,
            "issuer": header.issuer if header else None,
            "date": header.date.isoformat() if header and header.date else None,
            "doc_number": header.doc_number if header else None,
            "items": len(items),
            "diagnostics": len(notice.diagnostics),
        }
    )
    for diag in notice.diagnostics:
        batch["diagnostics"].append(
            {"id": ids.take("diagnostics"), "notice_id": notice_id, **diag.model_dump()}
        )
    names: list[tuple[str, str, int, int, str]] = []
    for section in notice.sections:
        section_id = ids.take("sections")
        batch["sections"].append(
            {
                "id": section_id,
                "notice_id": notice_id,
                "number": section.number,
                "numeral": section.numeral,
                "title": section.title,
                "intro": section.intro,
                "line": section.span.line,
            }
        )
        for item in section.items:
            item_id = ids.take("items")
            _item_rows(item, item_id, notice_id, section_id, aliases, ids, batch)
            names += [("programmes", p, item_id, k, p) for k, p in enumerate(item.programmes)]
            names += [("documents", d, item_id, k, d) for k, d in enumerate(item.documents)]
    # One script conversion for all names of the plan: the key that joins years.
    keys = simplify_strings([n[1] for n in names]) if names else []
    for (table, name, item_id, position, _), key in zip(names, keys, strict=True):
        batch[table].append(
            {
                "id": ids.take(table),
                "item_id": item_id,
                "notice_id": notice_id,
                "position": position,
                "name": name,
                "name_key": key.replace(" ", ""),
            }
        )
    return len(items)


def _item_rows(
    item: Item,
    item_id: int,
    notice_id: int,
    section_id: int,
    aliases: AliasTable,
    ids: _Ids,
    batch: dict[str, list[dict[str, Any]]],
) -> None:
    batch["items"].append(
        {
            "id": item_id,
            "notice_id": notice_id,
            "section_id": section_id,
            "number": item.number,
            "marker": item.marker,
            "title": item.title,
            "text": item.text,
            "group_numeral": item.group.numeral if item.group else None,
            "group_title": item.group.title if item.group else None,
            "deadline": item.deadline,
            "line": item.span.line,
            "end_line": item.span.end_line,
        }
    )
    for role, names in (("lead", item.lead_departments), ("support", item.supporting_departments)):
        for position, name in enumerate(names):
            found = aliases.resolve(name)
            batch["item_units"].append(
                {
                    "item_id": item_id,
                    "role": role,
                    "position": position,
                    "department": name,
                    # Unknown names are folded across scripts only, never guessed.
                    "canonical": found.name if found else aliases.folded(name),
                    "known": int(found is not None),
                }
            )
    for position, measure in enumerate(item.measures):
        measure_id = ids.take("measures")
        batch["measures"].append(
            {
                "id": measure_id,
                "item_id": item_id,
                "position": position,
                "text": measure.text,
                "line": measure.span.line,
            }
        )
        for target in measure.targets:
            batch["targets"].append(_target_row(target, ids.take("targets"), measure_id, item_id))


def _number(value: Any) -> int | float | None:
    # SQLite stores int or float; Decimal (6.2, 1.5万) goes in as its float.
    return value if value is None or isinstance(value, int) else float(value)


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _target_row(target: Target, target_id: int, measure_id: int, item_id: int) -> dict[str, Any]:
    interval = target.interval
    return {
        "id": target_id,
        "measure_id": measure_id,
        "item_id": item_id,
        "text": target.text,
        "value": _number(target.value),
        "unit": target.unit,
        "qualifier": target.qualifier,
        "min": _number(interval.min),
        "min_inclusive": _flag(interval.min_inclusive),
        "max": _number(interval.max),
        "max_inclusive": _flag(interval.max_inclusive),
        "approximate": int(target.approximate),
    }
