"""castplan db: tables, keys, full-text search, views, idempotence, README queries."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from castplan.cli import cli

from .conftest import ROOT
from .years import NAMES, YEARS

TABLES = {
    "notices",
    "sections",
    "items",
    "item_units",
    "measures",
    "targets",
    "programmes",
    "documents",
    "diagnostics",
}


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("db") / "plans.db"
    result = run("db", str(YEARS), "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"{out}: 3 plan(s) added (96 items), 0 already present\n"
    return out


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"select * from [{t}] order by 1, 2").fetchall() for t in TABLES}


def test_tables_keys_and_counts(database: Path) -> None:
    conn = sqlite3.connect(database)
    names = {row[0] for row in conn.execute("select name from sqlite_master where type='table'")}
    assert names >= TABLES and "items_fts" in names
    views = {row[0] for row in conn.execute("select name from sqlite_master where type='view'")}
    assert views == {"department_load", "department_load_by_year"}
    counts = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in TABLES}
    assert counts["notices"] == 3
    assert counts["sections"] == 27
    assert counts["items"] == 96
    assert counts["item_units"] == 96  # one lead each, no supporting units
    assert counts["targets"] == 17  # 6 in 2023 and 2025; 2020 lacks item 15 and its 6個左右
    parents = {(row[2], row[3]) for row in conn.execute("pragma foreign_key_list(items)")}
    assert parents == {("notices", "notice_id"), ("sections", "section_id")}
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    units_key = [row[1] for row in conn.execute("pragma table_info(item_units)") if row[5]]
    assert units_key == ["item_id", "role", "position"]
    notice = conn.execute(
        "select year, title, script, issuer, date, sha256 from notices order by year"
    ).fetchall()[0]
    assert notice[:5] == (
        2020,
        "中国科协2020年工作要点",
        "simplified",
        "中国科协办公厅",
        "2025-02-28",
    )
    assert re.fullmatch(r"[0-9a-f]{64}", notice[5])


def test_trigram_search_finds_chinese_substrings(database: Path) -> None:
    conn = sqlite3.connect(database)
    tokenize = conn.execute("select sql from sqlite_master where name = 'items_fts'").fetchone()
    assert "trigram" in tokenize[0]
    found = conn.execute(
        "select i.number from items_fts f join items i on i.id = f.rowid "
        "where items_fts match '科普期刊' order by i.id"
    ).fetchall()
    assert found == [(20,), (20,)]  # the 2020 and 2023 item, in either script
    assert conn.execute(
        "select count(*) from items_fts where items_fts match '科普'"
    ).fetchone() == (0,)


def test_rebuild_is_idempotent_and_append_adds_only_new_plans(
    database: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.db"
    assert run("db", str(YEARS), "-o", str(again), "-q").exit_code == 0
    assert run("db", str(YEARS), "-o", str(again), "-q").exit_code == 0
    assert dump(again) == dump(database)
    result = run("db", str(YEARS), "-o", str(again), "--append", "-q")
    assert result.stderr.endswith(": 0 plan(s) added (0 items), 3 already present\n")
    assert dump(again) == dump(database)
    partial = tmp_path / "partial.db"
    run("db", str(YEARS / NAMES[2020]), "-o", str(partial), "-q")
    result = run("db", str(YEARS), "-o", str(partial), "--append", "-q")
    assert result.stderr.endswith(": 2 plan(s) added (64 items), 1 already present\n")
    conn = sqlite3.connect(partial)
    assert conn.execute("select count(*) from items").fetchone() == (96,)
    # The full-text index follows appended rows (sqlite-utils' triggers).
    hits = conn.execute("select count(*) from items_fts where items_fts match '科創中國'")
    assert hits.fetchone() == (2,)


def test_a_bad_input_is_reported_and_skipped(tmp_path: Path) -> None:
    bad = tmp_path / "plans"
    bad.mkdir()
    (bad / "a.txt").write_bytes((YEARS / NAMES[2025]).read_bytes())
    (bad / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out.db"
    result = run("db", str(bad), "-o", str(out), "-q")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"castplan: error: {bad / 'b.txt'}: ")
    assert lines[1:] == [
        f"{out}: 1 plan(s) added (32 items), 0 already present",
        "castplan: 1 input(s) failed",
    ]
    assert "Traceback" not in result.stderr
    assert sqlite3.connect(out).execute("select count(*) from notices").fetchone() == (1,)


def test_db_needs_an_output() -> None:
    result = run("db", str(YEARS))
    assert result.exit_code == 2
    assert "missing option '-o'" in result.stderr


# --- the README's example queries --------------------------------------------------------


def readme_queries(engine: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### `castplan db`") : text.index("### `castplan check`")]
    blocks = re.findall(r"```sql\n(.*?)```", section, flags=re.DOTALL)
    return [b for b in blocks if b.startswith(f"-- {engine}:")]


def test_readme_queries_in_sqlite3(database: Path) -> None:
    queries = readme_queries("sqlite3")
    assert len(queries) == 4
    conn = sqlite3.connect(database)
    search, like, load, written = (conn.execute(q).fetchall() for q in queries)
    assert search == [(2023, 19, "加強高端科普資源供給"), (2025, 19, "加強高端科普資源供給")]
    assert like == [(13,)]
    assert load == [
        (2020, "科学技术普及部", 7, 0.2188),
        (2023, "科学技术普及部", 6, 0.1875),
        (2025, "科学技术普及部", 6, 0.1875),
    ]
    assert ("科普部", "科学技术普及部") in written
    assert all(
        canonical
        in {
            "科学技术普及部",
            "办公厅",
            "国际合作部",
            "宣传文化部",
            "战略发展部",
            "机关党委",
            "科学技术创新部",
            "组织人事部",
        }
        for _, canonical in written
    )


def duckdb_connection():  # type: ignore[no-untyped-def]
    duckdb = pytest.importorskip("duckdb")
    duckdb_ext = pytest.importorskip("duckdb_ext")
    conn = duckdb.connect()
    # The extension comes from the duckdb-ext-sqlite wheel: CI cannot download it.
    folder = Path(next(iter(duckdb_ext.__path__))) / "extensions"
    conn.execute("SET extension_directory = ?", [str(folder)])
    conn.execute("SET autoinstall_known_extensions = false")
    conn.execute("LOAD sqlite")
    return conn


def test_readme_queries_in_duckdb(database: Path) -> None:
    (query,) = readme_queries("duckdb")
    conn = duckdb_connection()
    statements = [s.strip() for s in query.split(";") if s.strip()]
    attach, select = statements
    conn.execute(attach.replace("'plans.db'", f"'{database}'"))
    rows = dict(conn.execute(select).fetchall())
    assert rows["科学技术普及部"] == [7, 6, 6]
    assert rows["办公厅"] == [1, 1, 2]
    assert rows["学会学术部"] == [4]
