"""Analysis: year-over-year diff, flat exports, indexes and the JSON Schemas."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from castplan import parse_notice
from castplan.cli import cli
from castplan.script import to_simplified
from castplan.views.diff import diff_notices
from castplan.views.rows import item_rows

from .conftest import SAMPLE_PATH

SAMPLE = SAMPLE_PATH.read_text(encoding="utf-8")
LINES = SAMPLE.split("\n")


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def _line_of(number: int) -> int:
    return next(i for i, line in enumerate(LINES) if line.startswith(f"{number}."))


def derived_old_plan() -> str:
    """A 'previous year' made from the 2025 plan, with planted differences, in simplified script.

    Planted, seen from the old plan to the 2025 one:
      item 20 is added;        an old item on science journals is removed;
      item 3 changed title;    item 31 changed lead unit (组织人事部 → 辦公廳);
      item 16 changed target (150个 → 160個);   item 12 moved (section 8 → 3);
      item 21 was reworded only (unchanged, with 'text').
    """
    lines = list(LINES)
    lines[_line_of(3)] = lines[_line_of(3)].replace(
        "大力弘揚科學家精神和科學精神。", "弘揚科學家精神。"
    )
    lines[_line_of(31)] = lines[_line_of(31)].replace("(牽頭部門:辦公廳)", "(牽頭部門:組織人事部)")
    lines[_line_of(16)] = lines[_line_of(16)].replace("160個", "150個")
    lines[_line_of(21)] = lines[_line_of(21)].replace(
        "組織開展全球科技治理研究。", "開展全球科技治理研究工作。"
    )
    item_12 = lines[_line_of(12)]
    removed = "20.推動科普期刊數字化轉型。建設科普期刊數字出版平臺,培育一批科普期刊品牌,開展優秀科普期刊評選推介。(牽頭部門:科學技術普及部)"
    lines[_line_of(20)] = removed
    lines.remove(item_12)
    after_28 = lines.index(next(line for line in lines if line.startswith("28."))) + 1
    lines.insert(after_28, item_12)
    return to_simplified("\n".join(lines))


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return diff_notices(parse_notice(derived_old_plan()), parse_notice(SAMPLE))


def test_diff_finds_exactly_the_planted_changes(report) -> None:  # type: ignore[no-untyped-def]
    by_status: dict[str, list[str]] = {}
    for entry in report.items:
        by_status.setdefault(entry.status, []).append((entry.new or entry.old).title)
    assert by_status["added"] == ["提升科普陣地服務效能"]
    assert by_status["removed"] == ["推动科普期刊数字化转型"]
    assert sorted(by_status["changed"]) == sorted(
        ["大力弘揚科學家精神和科學精神", "助力鄉村振興與區域協調發展", "建設網上科協"]
    )
    assert by_status["moved"] == ["強化海外及港澳臺人才聯系服務"]
    assert report.summary.model_dump() == {
        "added": 1,
        "removed": 1,
        "changed": 3,
        "moved": 1,
        "unchanged": 27,
    }


def test_diff_says_what_changed(report) -> None:  # type: ignore[no-untyped-def]
    changes = {(e.new or e.old).title: e for e in report.items}
    assert changes["大力弘揚科學家精神和科學精神"].changes == ["title"]
    assert changes["建設網上科協"].changes == ["lead_departments"]
    assert changes["建設網上科協"].old.lead_departments == ["组织人事部"]
    assert changes["助力鄉村振興與區域協調發展"].changes == ["targets", "text"]
    assert changes["助力鄉村振興與區域協調發展"].old.targets == ["150个"]
    moved = changes["強化海外及港澳臺人才聯系服務"]
    assert (moved.old.section, moved.new.section, moved.changes) == (8, 3, ["section"])
    reworded = changes["開展重大科技咨詢"]
    assert (reworded.status, reworded.changes) == ("unchanged", ["text"])


def test_diff_department_counts(report) -> None:  # type: ignore[no-untyped-def]
    loads = {d.department: (d.before, d.after, d.change) for d in report.departments}
    assert loads["辦公廳"] == (1, 2, 1)
    assert loads["組織人事部"] == (4, 3, -1)
    assert loads["科學技術普及部"] == (6, 6, 0)  # one removed, one added


def test_diff_of_a_plan_with_itself_is_all_unchanged() -> None:
    same = diff_notices(parse_notice(SAMPLE), parse_notice(to_simplified(SAMPLE)))
    assert same.summary.unchanged == 32
    assert all(entry.changes == [] for entry in same.items)


@pytest.mark.parametrize("fmt", ["json", "markdown", "table"])
def test_diff_command(tmp_path: Path, fmt: str) -> None:
    old = tmp_path / "plan-2024.zh-Hans.txt"
    old.write_text(derived_old_plan(), encoding="utf-8")
    result = run("diff", str(old), str(SAMPLE_PATH), "--format", fmt)
    assert result.exit_code == 0
    if fmt == "json":
        assert json.loads(result.stdout)["summary"]["moved"] == 1
    elif fmt == "markdown":
        assert "1 added, 1 removed, 3 changed, 1 moved, 27 unchanged." in result.stdout
        assert "| 辦公廳 | 1 | 2 | +1 |" in result.stdout
    else:
        assert "lead 组织人事部 → 辦公廳" in result.stdout


# --- flat exports ---------------------------------------------------------------------


def test_list_jsonl_of_several_plans(tmp_path: Path) -> None:
    other = tmp_path / "old.txt"
    other.write_text(derived_old_plan(), encoding="utf-8")
    result = run("list", str(SAMPLE_PATH), str(other), "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 64
    first = rows[0]
    assert first["notice_title"] == "中國科協2025年工作要點"
    assert first["year"] == 2025
    assert first["section_title"] == "強化思想政治引領,激發科技界使命擔當"
    assert first["targets"][0]["text"] == "1萬名以上"
    assert rows[-1]["source"] == str(other)


def test_jsonl_loads_in_pandas_and_duckdb(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "items.jsonl"
    out.write_text(run("list", "--sample", "--format", "jsonl").stdout, encoding="utf-8")
    frame = pandas.read_json(out, lines=True)
    assert len(frame) == 32
    assert frame.loc[frame["number"] == 12, "lead_departments"].iloc[0] == ["國際合作部"]
    counts = duckdb.sql(
        # unnest in a subquery: DuckDB 1.4 (which duckdb-ext-sqlite pins) refuses it beside GROUP BY.
        f"select d, count(*) as n from (select unnest(lead_departments) as d "
        f"from read_json_auto('{out}')) group by d order by n desc, d limit 1"
    ).fetchall()
    assert counts == [("科學技術普及部", 6)]
    targets = duckdb.sql(f"select sum(len(targets)) from read_json_auto('{out}')").fetchall()
    assert targets == [(6,)]


def test_csv_loads_in_pandas_with_excel_bom() -> None:
    pandas = pytest.importorskip("pandas")
    text = run("list", "--sample", "--format", "csv", "--excel").stdout
    assert text.startswith("\ufeffsource,")
    frame = pandas.read_csv(io.StringIO(text.lstrip("\ufeff")))
    assert len(frame) == 32
    assert frame.loc[frame["number"] == 14, "targets"].iloc[0] == "百場左右、千篇左右"
    assert "\n" not in frame.columns[-1]


def test_markdown_report() -> None:
    text = run("list", "--sample", "--dept", "国际合作部", "--format", "markdown").stdout
    assert text.startswith("# 中國科協2025年工作要點\n")
    assert "## 八、拓展國際合作網絡,主動服務對外開放" in text
    assert "### 28. 加強外事管理和國際傳播" in text
    assert "- Documents: 《中國科協通訊》" in text
    assert text.count("### ") == 5


def test_python_api_rows() -> None:
    notice = parse_notice(SAMPLE)
    rows = [row.model_dump(mode="json") for row in item_rows(notice)]
    assert len(rows) == len(list(notice.items())) == 32
    assert rows[13]["targets"][1]["value"] == 1000


@pytest.mark.parametrize(
    ("flag", "expected"),
    [("--programmes", ("科創中國", 1, [15])), ("--documents", ("科技導報", 1, [13]))],
)
def test_index(flag: str, expected: tuple[str, int, list[int]]) -> None:
    rows = json.loads(run("index", "--sample", flag, "--format", "json").stdout)
    found = {row["name"]: (row["name"], row["count"], row["items"]) for row in rows}
    assert found[expected[0]] == expected
    assert "十五五" not in found


def test_every_item_of_the_2025_plan_has_its_named_things() -> None:
    notice = parse_notice(SAMPLE)
    programmes = {i.number: i.programmes for i in notice.items() if i.programmes}
    documents = {i.number: i.documents for i in notice.items() if i.documents}
    assert programmes == {
        2: ["中國科協之聲"],
        3: ["科學家精神百場講壇"],
        6: ["評價-管理-支持"],
        8: ["雙一流"],
        11: ["中學生英才計劃", "一帶一路"],
        12: ["海智計劃"],
        15: ["科創中國"],
        18: ["百千萬"],
        19: ["科普中國"],
        21: ["無人區"],
        24: ["智匯中國"],
        26: ["一帶一路"],
        28: ["科協之聲"],
        29: ["同題共學", "四風"],
        32: ["十一大"],
    }
    assert documents == {
        4: ["科技界情況"],
        13: ["科技導報", "Research"],
        14: ["重要學術會議目錄"],
        17: ["中華人民共和國科學技術普及法", "全民科學素質行動規劃綱要實施方案(2026—2030年)"],
        24: ["科技工作者建議"],
        28: ["中國科協通訊"],
    }


def test_targets_of_the_2025_plan() -> None:
    notice = parse_notice(SAMPLE)
    found = [
        (item.number, t.text, t.value, t.unit, t.qualifier, t.approximate)
        for item in notice.items()
        for m in item.measures
        for t in m.targets
    ]
    assert found == [
        (1, "1萬名以上", 10000, "名", "以上", False),
        (3, "不少于50位", 50, "位", "不少于", False),
        (14, "百場左右", 100, "場", "左右", True),
        (14, "千篇左右", 1000, "篇", "左右", True),
        (15, "6個左右", 6, "個", "左右", True),
        (16, "160個", 160, "個", None, False),
    ]


# --- JSON Schema ----------------------------------------------------------------------


def _schema(command: str) -> dict[str, object]:
    return json.loads(run("schema", "--for", command).stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("command", "args", "shape"),
    [
        ("parse", ["parse", "--sample"], "one"),
        ("parse", ["parse", "--sample", "--simplified"], "one"),
        ("list", ["list", "--sample", "--format", "json"], "array"),
        ("depts", ["depts", "--sample", "--format", "json"], "array"),
        (
            "index",
            ["index", "--sample", "--documents", "--programmes", "--format", "json"],
            "array",
        ),
        ("diff", ["diff", str(SAMPLE_PATH), str(SAMPLE_PATH), "--format", "json"], "one"),
    ],
)
def test_schema_validates_every_json_output(command: str, args: list[str], shape: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _schema(command)
    data = json.loads(run(*args).stdout)
    for document in data if shape == "array" else [data]:
        jsonschema.validate(document, schema)


def test_schema_documents_every_field() -> None:
    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                assert "description" in prop or "$ref" in prop or "allOf" in prop, f"{path}.{name}"
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, path)

    for command in ("parse", "list", "depts", "index"):
        walk(_schema(command), command)


def test_schema_version_is_in_output_and_schema() -> None:
    data = json.loads(run("parse", "--sample").stdout)
    assert data["schema_version"] == "1.3"
    assert _schema("parse")["properties"]["schema_version"]["default"] == "1.3"  # type: ignore[index]
