"""A multi-year test corpus made from the 2025 plan, with planted changes.

``python -m tests.years`` writes the files into ``tests/fixtures/years/``;
``tests/test_years.py`` checks that the committed files are what this module
makes.  Three plans:

- ``cast-2025-work-plan.zh-Hant.txt``: the 2025 plan as published (traditional).
- ``cast-2023-work-plan.zh-Hant.txt``: a 2023 plan in the same script, made
  from the 2025 one:
    item 3 titled 弘揚科學家精神 (reworded title in 2025);
    item 12 in section 8, after item 28 (moved to section 3 in 2025);
    item 16 aims at 150個 counties (160個 in 2025);
    item 20 is 推動科普期刊數字化轉型 (dropped after 2023; 2025's item 20 is new);
    item 31 led by 組織人事部 (re-assigned to 辦公廳 in 2025).
- ``cast-2020-work-plan.zh-Hans.txt``: a 2020 plan in the other script, made
  from the 2023 one, with departments under their pre-2021 names:
    科普部 for 科学技术普及部 (a short form: the alias table merges it),
    学会学术部 for 科学技术创新部 and 调研宣传部 for 宣传文化部 (former
    departments: the bundled table keeps them apart);
    item 15 is 推进科普信息化建设, naming the programme “科普信息化建设工程”,
    which ends in 2020; 2023's item 15 starts “科创中国”;
    item 16 aims at 140个 counties; item 21 reworded in its body.
"""

from __future__ import annotations

from pathlib import Path

from castplan.script import to_simplified

from .conftest import FIXTURES, SAMPLE_PATH

YEARS = FIXTURES / "years"
NAMES = {
    2020: "cast-2020-work-plan.zh-Hans.txt",
    2023: "cast-2023-work-plan.zh-Hant.txt",
    2025: "cast-2025-work-plan.zh-Hant.txt",
}

ITEM_20_2023 = (
    "20.推動科普期刊數字化轉型。建設科普期刊數字出版平臺,培育一批科普期刊品牌,"
    "開展優秀科普期刊評選推介。(牽頭部門:科學技術普及部)"
)
ITEM_15_2020 = (
    "15.推进科普信息化建设。深入实施“科普信息化建设工程”,推动科普内容资源共建共享,"
    "提升基层科普信息服务能力。(牵头部门:科普部)"
)


def _index(lines: list[str], number: int) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith(f"{number}."))


def _with_year(text: str, year: int) -> str:
    # The plan's own year: the title, the opening sentence and the cover notice.
    return text.replace("2025年工作要點", f"{year}年工作要點").replace(
        "2025年,中國科協", f"{year}年,中國科協"
    )


def plan_2023() -> str:
    """The 2023 plan, traditional, current department names."""
    lines = SAMPLE_PATH.read_text(encoding="utf-8").split("\n")
    lines[_index(lines, 3)] = lines[_index(lines, 3)].replace(
        "大力弘揚科學家精神和科學精神。", "弘揚科學家精神。"
    )
    lines[_index(lines, 16)] = lines[_index(lines, 16)].replace("160個", "150個")
    lines[_index(lines, 20)] = ITEM_20_2023
    lines[_index(lines, 31)] = lines[_index(lines, 31)].replace(
        "(牽頭部門:辦公廳)", "(牽頭部門:組織人事部)"
    )
    item_12 = lines.pop(_index(lines, 12))
    lines.insert(_index(lines, 28) + 1, item_12)
    return _with_year("\n".join(lines), 2023)


def plan_2020() -> str:
    """The 2020 plan, simplified, pre-2021 department names."""
    lines = plan_2023().replace("2023年", "2020年").split("\n")
    lines[_index(lines, 21)] = lines[_index(lines, 21)].replace(
        "組織開展全球科技治理研究。", "開展全球科技治理研究工作。"
    )
    lines[_index(lines, 16)] = lines[_index(lines, 16)].replace("150個", "140個")
    text = to_simplified("\n".join(lines))
    lines = text.split("\n")
    lines[_index(lines, 15)] = ITEM_15_2020
    renamed = {
        "(牵头部门:科学技术普及部)": "(牵头部门:科普部)",
        "(牵头部门:科学技术创新部)": "(牵头部门:学会学术部)",
        "(牵头部门:宣传文化部)": "(牵头部门:调研宣传部)",
    }
    text = "\n".join(lines)
    for new, old in renamed.items():
        text = text.replace(new, old)
    return text


def corpus() -> dict[str, str]:
    """File name → text of every plan of the corpus."""
    return {
        NAMES[2020]: plan_2020(),
        NAMES[2023]: plan_2023(),
        NAMES[2025]: SAMPLE_PATH.read_text(encoding="utf-8"),
    }


def write_corpus(folder: Path = YEARS) -> None:
    """Write the corpus files (UTF-8, as the 2025 plan is)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in corpus().items():
        (folder / name).write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    write_corpus()
