"""Real-world corpus regression: every annotated field of every notice castplan gets right.

The notices in corpus/ are real pages, kept exactly as found; their annotations
were written before castplan was run on them.  A notice castplan does not yet
get fully right is listed in corpus/known-failures.yaml with its first wrong
field and runs here as a strict xfail, so a fix shows up as an unexpected pass
(then regenerate the list: ``python benchmarks/accuracy.py --known-failures``).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

from castplan import ParseError, parse_notice

from .helpers import assert_lossless

ROOT = Path(__file__).resolve().parent.parent


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module
    spec.loader.exec_module(module)
    return module


SCORER = _load_scorer()
ANNOTATIONS = SCORER.load_annotations()
KNOWN = SCORER.known_failures()


def _case(annotation: object) -> object:
    reason = KNOWN.get(annotation.id)  # type: ignore[attr-defined]
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(annotation, marks=marks, id=annotation.id)  # type: ignore[attr-defined]


def test_the_corpus_is_large_and_annotated() -> None:
    assert len(ANNOTATIONS) >= 150
    assert all(a.path.exists() for a in ANNOTATIONS)
    split = SCORER.test_split()
    assert len(split & {a.id for a in ANNOTATIONS}) >= 40
    assert set(KNOWN) <= {a.id for a in ANNOTATIONS}, "known failures name missing notices"


@pytest.mark.parametrize(
    ("expected", "found", "same"),
    [
        (["各乡镇人民政府、街道办事处"], ["各乡镇人民政府", "街道办事处"], True),
        (["各区、县(市)政府及开发区管委会"], ["各区、县(市)政府", "开发区管委会"], True),
        (["区教育局", "各科室、直属单位"], ["区教育局", "各科室", "直属单位"], True),
        # Units run together, cut inside a name, missing or out of order are wrong.
        (["发改局", "区工信局"], ["发改局区工信局"], False),
        (["市自然资源和规划局"], ["市自然资源", "规划局"], False),
        (["发改局", "区工信局"], ["发改局"], False),
        (["发改局", "区工信局"], ["区工信局", "发改局"], False),
    ],
)
def test_the_scorer_accepts_either_grouping_of_a_collective(
    expected: list[str], found: list[str], same: bool
) -> None:
    assert SCORER.same_units(expected, found) is same


@pytest.mark.parametrize("annotation", [_case(a) for a in ANNOTATIONS])
def test_corpus_notice(annotation: object) -> None:
    outcome = SCORER.score(annotation)
    assert outcome.checks, "the annotation settles nothing"
    assert outcome.wrong == []


@pytest.mark.parametrize("annotation", ANNOTATIONS, ids=[a.id for a in ANNOTATIONS])
def test_corpus_notice_is_lossless(annotation: object) -> None:
    # Right or not, every notice castplan reads keeps each line in exactly one node.
    text = annotation.path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    try:
        notice = parse_notice(text)
    except ParseError as exc:
        assert "not-a-notice" in str(exc)  # the one deliberate refusal
        return
    assert_lossless(text, notice)


# Lines of task tables and page furniture put between a notice's lines: the table
# finder must never leave a line held twice, or by no node, whatever it takes.
TABLE_DEBRIS = [
    "|",
    "",
    "序号",
    "1",
    "(一)",
    "牵头单位",
    "序号 重点工作任务 主要责任单位 协同配合单位",
]


@pytest.mark.parametrize("annotation", ANNOTATIONS, ids=[a.id for a in ANNOTATIONS])
def test_corpus_notice_with_table_debris_is_lossless(annotation: object) -> None:
    lines = annotation.path.read_text(encoding="utf-8").split("\n")  # type: ignore[attr-defined]
    rng = random.Random(annotation.id)  # type: ignore[attr-defined]
    text = "\n".join(x for line in lines for x in (line, rng.choice(TABLE_DEBRIS)))
    try:
        notice = parse_notice(text)
    except ParseError:
        return
    assert_lossless(text, notice)


SECTION_KEYS = {"number", "title"}
ITEM_KEYS = {"section", "group", "number", "title", "lead", "support", "deadline"}


@pytest.mark.parametrize("annotation", ANNOTATIONS, ids=[a.id for a in ANNOTATIONS])
def test_annotations_read_as_written(annotation: object) -> None:
    # An unquoted "title: A,B" inside {…} reads as title A and a stray key B: the
    # annotation would then check less than its author wrote.
    expected = annotation.expected  # type: ignore[attr-defined]
    for section in expected.get("sections") or []:
        assert set(section) <= SECTION_KEYS, section
    for item in expected.get("items") or []:
        assert set(item) <= ITEM_KEYS, item
    # A quoted "2023-03-23" reads as text and would never equal a parsed date.
    assert "date" not in expected or isinstance(expected["date"], dt.date), expected["date"]
    assert "year" not in expected or isinstance(expected["year"], int), expected["year"]


@pytest.mark.parametrize(
    ("notice_id", "batch"),
    [
        ("a003-cast-dangzu-2022-freewechat", "a"),
        ("z010-xizang-shisanwu-guihua-gangyao-2016-pianzhangjie", "z"),
        ("za001-hubei-kexie-2024", "za"),
    ],
)
def test_a_notice_is_in_the_batch_its_id_letters_name(notice_id: str, batch: str) -> None:
    assert SCORER.batch_of(notice_id) == batch


@pytest.mark.parametrize(
    ("option", "names"),
    [("abcd", {"a", "b", "c", "d"}), ("za,zb", {"za", "zb"}), ("z, za", {"z", "za"})],
)
def test_batch_option_names_batches(option: str, names: set[str]) -> None:
    assert SCORER.batch_names(option) == names


def test_second_readings_cover_only_the_training_split() -> None:
    # The agreement figures (benchmarks/agreement.py) read notices twice; a test-split
    # notice read for them would be a notice looked at.
    second = sorted((ROOT / "corpus" / "second-reading").glob("*.yaml"))
    assert len(second) >= 40
    ids = {path.stem for path in second}
    assert not ids & SCORER.test_split()
    assert ids <= {a.id for a in ANNOTATIONS}
