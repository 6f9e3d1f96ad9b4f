"""Plans across years: the alias table, depts over many plans, timeline."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from castplan import parse_notice
from castplan.cli import cli
from castplan.views.aliases import (
    AliasTable,
    bundled_aliases,
    load_aliases,
    parse_alias_file,
)
from castplan.views.diff import diff_notices
from castplan.views.timeline import build_timeline

from .conftest import FIXTURES
from .years import NAMES, YEARS, corpus

REAL = FIXTURES / "real-years"
ALIASES = load_aliases()


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def plans() -> list[object]:
    return [parse_notice(text, path=name) for name, text in corpus().items()]


@pytest.fixture(scope="module")
def timeline():  # type: ignore[no-untyped-def]
    return build_timeline(plans(), ALIASES)  # type: ignore[arg-type]


def test_corpus_files_are_current() -> None:
    for name, text in corpus().items():
        assert (YEARS / name).read_bytes() == text.encode("utf-8"), (
            f"run python -m tests.years ({name})"
        )


# --- the alias table --------------------------------------------------------------------


def test_every_bundled_fact_names_a_public_source() -> None:
    table = bundled_aliases()
    assert len(table.departments) == 10
    for entry in table.departments:
        assert entry.attested, entry.name
        for fact in [*entry.attested, *entry.changes]:
            assert fact.source.startswith(("http://", "https://")), entry.name
        assert entry.traditional and entry.traditional != entry.name


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("科普部", "科学技术普及部"),
        ("科學技術普及部", "科学技术普及部"),
        ("中國科協科普部", "科学技术普及部"),  # as a signature writes it
        ("辦公廳", "办公厅"),
        ("机关党委", "机关党委"),
        ("学会学术部", "学会学术部"),  # a former department: itself, not a successor
    ],
)
def test_names_resolve_in_either_script(written: str, canonical: str) -> None:
    found = ALIASES.resolve(written)
    assert found is not None
    assert found.name == canonical


def test_unknown_names_are_kept_as_written() -> None:
    assert ALIASES.resolve("省科协学会部") is None
    assert ALIASES.display("省科協學會部", "simplified") == "省科協學會部"
    assert ALIASES.key("省科協學會部") == ALIASES.key("省科协学会部")  # script folding only
    assert ALIASES.key("国际部") != ALIASES.key("国际合作部")  # no source: not merged


def test_former_departments_stay_apart_until_a_table_says_otherwise(tmp_path: Path) -> None:
    assert ALIASES.key("调研宣传部") != ALIASES.key("宣传文化部")
    extra = tmp_path / "aliases.yaml"
    extra.write_text(
        "departments:\n  - name: 宣传文化部\n    traditional: 宣傳文化部\n    aliases: [调研宣传部]\n",
        encoding="utf-8",
    )
    table = load_aliases([extra])
    assert table.key("調研宣傳部") == table.key("宣传文化部")
    assert table.resolve("科普部") is not None  # the bundled entries stay


def test_a_bad_alias_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("departments:\n  - aliases: [x]\n", encoding="utf-8")
    result = run("depts", str(YEARS), "--aliases", str(bad))
    assert result.exit_code == 1
    assert result.stderr == (
        f"castplan: error: {bad}: not an alias table: departments.0.name: Field required\n"
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text("departments: [\n", encoding="utf-8")
    assert "not valid YAML" in run("depts", str(YEARS), "--aliases", str(broken)).stderr
    assert run("depts", str(YEARS), "--aliases", "no-such.yaml").exit_code == 2


def test_alias_file_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError, match=r"departments\.0\.nmae: Extra inputs are not permitted"):
        parse_alias_file("departments:\n  - name: 科普部\n    nmae: 科普部\n")


def test_later_tables_override() -> None:
    text = "departments:\n  - name: 科普部\n"
    table = AliasTable([bundled_aliases(), parse_alias_file(text)])
    assert table.canonical("科普部") == "科普部"
    assert table.canonical("科學技術普及部") == "科学技术普及部"


# --- departments across plans -----------------------------------------------------------


def test_diff_counts_a_renamed_department_as_one() -> None:
    old, _, new = plans()
    loads = {d.department: d for d in diff_notices(old, new, ALIASES).departments}  # type: ignore[arg-type]
    popular = loads["科學技術普及部"]
    assert (popular.before, popular.after, popular.change) == (7, 6, -1)
    assert popular.written == ["科普部", "科學技術普及部"]
    assert "科普部" not in loads
    # Without the table the same plans show one department vanishing, another appearing.
    plain = {d.department: d.change for d in diff_notices(old, new).departments}  # type: ignore[arg-type]
    assert (plain["科普部"], plain["科學技術普及部"]) == (-7, 6)


def test_depts_over_a_folder_of_plans() -> None:
    result = run("depts", str(YEARS), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    rows = {row["department"]: row for row in json.loads(result.stdout)}
    popular = rows["科学技术普及部"]
    assert [(x["column"], x["count"]) for x in popular["loads"]] == [
        ("2020", 7),
        ("2023", 6),
        ("2025", 6),
    ]
    assert popular["written"] == ["科普部", "科學技術普及部"]
    assert popular["total"] == 19
    assert rows["学会学术部"]["known"] is True
    assert [x["count"] for x in rows["学会学术部"]["loads"]] == [4, 0, 0]
    assert sum(row["total"] for row in rows.values()) == 96


def test_depts_by_issuer_folds_scripts_and_by_year_adds_up() -> None:
    result = run("depts", str(YEARS), "--by", "issuer", "--format", "json", "-q")
    rows = json.loads(result.stdout)
    assert {x["column"] for row in rows for x in row["loads"]} == {"中国科协"}
    popular = next(row for row in rows if row["department"] == "科学技术普及部")
    assert popular["loads"][0]["count"] == 19
    assert popular["loads"][0]["share"] == round(19 / 96, 4)


def test_depts_table_csv_and_markdown() -> None:
    table = run("depts", str(YEARS), "-q").stdout
    assert "2020 count" in table and "科学技术普及部" in table
    csv = run("depts", str(YEARS), "--format", "csv", "-q").stdout
    assert csv.splitlines()[0] == (
        "department,written,2020 count,2020 share,2023 count,2023 share,2025 count,2025 share,total"
    )
    assert csv.splitlines()[1] == (
        "科学技术普及部,科普部、科學技術普及部,7,0.2188,6,0.1875,6,0.1875,19"
    )
    markdown = run("depts", str(YEARS), "--format", "markdown", "-q").stdout
    assert "| 科学技术普及部 | 7 (21.9%) | 6 (18.8%) | 6 (18.8%) | 19 |" in markdown
    assert "- 科学技术普及部: 科普部、科學技術普及部" in markdown


def test_depts_columns_are_titles_when_years_repeat(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes((YEARS / NAMES[2025]).read_bytes())
    rows = json.loads(run("depts", str(tmp_path), "--format", "json", "-q").stdout)
    assert [x["column"] for x in rows[0]["loads"]] == ["中國科協2025年工作要點"] * 2


def test_one_plan_keeps_its_own_script() -> None:
    rows = json.loads(run("depts", str(YEARS / NAMES[2020]), "--format", "json", "-q").stdout)
    assert rows[0] == {
        "department": "科学技术普及部",
        "count": 7,
        "share": 0.2188,
        "items": [11, 15, 16, 17, 18, 19, 20],
        "written": ["科普部"],
        "refs": ["11", "15", "16", "17", "18", "19", "20"],
        "source": str(YEARS / NAMES[2020]),
    }


def test_list_dept_finds_a_department_by_any_of_its_names() -> None:
    result = run("list", str(YEARS), "--dept", "科普部", "--format", "jsonl", "-q")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    by_year = Counter(row["year"] for row in rows)
    assert by_year == {2020: 7, 2023: 6, 2025: 6}
    assert {d for row in rows for d in row["lead_departments"]} == {"科普部", "科學技術普及部"}


def test_check_departments_reports_names_no_table_knows(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    text = (YEARS / NAMES[2020]).read_text(encoding="utf-8")
    plan.write_text(text.replace("(牵头部门:机关党委)", "(牵头部门:党建工作部)"), encoding="utf-8")
    result = run("check", str(plan), "--departments")
    assert result.exit_code == 0
    unknown = [line for line in result.stdout.splitlines() if "unknown-department" in line]
    assert len(unknown) == 2
    assert all("names 党建工作部, which is not a known department" in line for line in unknown)
    extra = tmp_path / "aliases.yaml"
    extra.write_text("departments:\n  - name: 党建工作部\n", encoding="utf-8")
    result = run("check", str(plan), "--aliases", str(extra), "--departments")
    assert "unknown-department" not in result.stdout
    # A departments file lists the known units; other names of them are known too.
    listed = tmp_path / "known.txt"
    listed.write_text("科学技术普及部\n", encoding="utf-8")
    result = run("check", str(plan), f"--departments={listed}")
    assert "names 科普部," not in result.stdout
    assert "names 学会学术部, which is not a known department" in result.stdout


# --- timeline --------------------------------------------------------------------------


def test_timeline_chains_items_across_three_years(timeline) -> None:  # type: ignore[no-untyped-def]
    assert [p.year for p in timeline.plans] == [2020, 2023, 2025]
    current = [t for t in timeline.items if t.status == "current"]
    dropped = [t for t in timeline.items if t.status == "dropped"]
    assert len(current) == 32
    assert [(t.title, t.last_year) for t in dropped] == [
        ("推動科普期刊數字化轉型", 2023),
        ("推进科普信息化建设", 2020),
    ]
    by_number = {t.history[-1].number: t for t in current}
    assert [(a.year, a.number) for a in by_number[12].history] == [
        (2020, 12),
        (2023, 12),
        (2025, 12),
    ]
    assert [a.year for a in by_number[15].history] == [2023, 2025]  # starts in 2023
    assert [a.year for a in by_number[20].history] == [2025]  # new in 2025
    assert [a.title for a in by_number[3].history] == [
        "弘扬科学家精神",
        "弘揚科學家精神",
        "大力弘揚科學家精神和科學精神",
    ]


def test_timeline_leads_through_the_alias_table(timeline) -> None:  # type: ignore[no-untyped-def]
    by_number = {t.history[-1].number: t for t in timeline.items if t.status == "current"}
    assert by_number[11].lead_changed is False  # 科普部 → 科學技術普及部: one department
    assert by_number[11].history[0].lead_departments == ["科普部"]
    assert by_number[11].history[0].leads == ["科学技术普及部"]
    assert by_number[31].lead_changed is True  # 组织人事部 → 辦公廳: re-assigned
    assert by_number[1].lead_changed is True  # 调研宣传部: a former department, kept apart


def test_timeline_programmes_start_and_end(timeline) -> None:  # type: ignore[no-untyped-def]
    names = {t.name: t for t in timeline.programmes}
    ended = names["科普信息化建设工程"]
    assert (ended.first_year, ended.last_year, ended.years) == (2020, 2020, [2020])
    started = names["科創中國"]
    assert (started.first_year, started.last_year) == (2023, 2025)
    assert [(m.year, m.number) for m in started.items] == [(2023, 15), (2025, 15)]
    lasting = names["科普中國"]  # written 科普中国 in 2020: one programme
    assert lasting.years == [2020, 2023, 2025]
    documents = {t.name: t for t in timeline.documents}
    assert documents["中國科協通訊"].years == [2020, 2023, 2025]


def test_timeline_command_formats() -> None:
    table = run("timeline", str(YEARS), "-q")
    assert table.exit_code == 0, table.stderr
    assert "dropped after 2023" in table.stdout
    assert "组织人事部 → 办公厅" in table.stdout
    data = json.loads(run("timeline", str(YEARS), "--format", "json", "-q").stdout)
    assert set(data) == {"plans", "items", "programmes", "documents"}
    lines = run("timeline", str(YEARS), "--format", "jsonl", "-q").stdout.splitlines()
    kinds = Counter(json.loads(line)["kind"] for line in lines)
    assert kinds["item"] == 34
    assert kinds["programme"] == len(data["programmes"])


def test_timeline_scores_few_pairs_and_grows_linearly() -> None:
    """7 plans of 40 items: blocking scores a small share of all pairs, and twice
    the plans cost about twice the comparisons, not four times."""
    texts = list(corpus().values())

    def series(count: int) -> list[object]:
        return [
            parse_notice(texts[k % 3].replace("2025年", f"{2000 + k}年"), path=f"plan-{k}.txt")
            for k in range(count)
        ]

    small, large = Counter[str](), Counter[str]()
    build_timeline(series(7), ALIASES, counter=small)  # type: ignore[arg-type]
    build_timeline(series(14), ALIASES, counter=large)  # type: ignore[arg-type]
    assert small["scored"] <= small["pairs"] / 10
    assert large["scored"] <= 2.5 * small["scored"]


def test_real_excerpts_of_other_years_go_through(tmp_path: Path) -> None:
    """The real CAST excerpts (2017–2023, both scripts) give a timeline and a database."""
    data = json.loads(run("timeline", str(REAL), "--format", "json", "-q").stdout)
    assert [p["year"] for p in data["plans"]] == [2017, 2020, 2021, 2022, 2023]
    assert {p["source"].rsplit("/", 1)[-1] for p in data["plans"]} == {
        path.name for path in REAL.glob("*.txt")
    }
    out = tmp_path / "real.db"
    assert run("db", str(REAL), "-o", str(out), "-q").exit_code == 0


def test_sources_of_the_real_excerpts_are_listed() -> None:
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    for path in REAL.glob("*.txt"):
        assert path.name in sources
    assert yaml.safe_load  # the table is Markdown; YAML stays the alias format


@pytest.mark.parametrize(
    ("schema", "args"),
    [
        ("depts-plans", ["depts", str(YEARS), "--format", "json", "-q"]),
        ("timeline", ["timeline", str(YEARS), "--format", "json", "-q"]),
    ],
)
def test_json_output_validates_against_its_schema(schema: str, args: list[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    document = json.loads(run("schema", "--for", schema).stdout)
    data = json.loads(run(*args).stdout)
    for row in data if isinstance(data, list) else [data]:
        jsonschema.validate(row, document)
