"""Every corpus notice, written the other ways real pages write it, gives the same tree.

Pages differ in what carries no meaning: punctuation width, line endings,
indentation (full-width spaces, no-break spaces), trailing spaces, and the
script itself (OpenCC ``s2t`` writes 爲 and 發佈 where a Taiwan page writes 為 and
發布).  Each corpus notice is rewritten each way and parsed again; its title,
organization, year, header, sections and items, folded to one width and one
script, must not change.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from opencc import OpenCC

from castplan import ParseError, parse_notice
from castplan.model import Notice

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "notices"
NOTICES = sorted(CORPUS.glob("*.txt"))

FULL = "，：；（）！？"
HALF = ",:;()!?"
TO_HALF = str.maketrans(FULL, HALF)
TO_FULL = str.maketrans(HALF, FULL)


@functools.lru_cache(maxsize=2)
def converter(config: str) -> OpenCC:
    return OpenCC(config)


def each_line(text: str, change: Callable[[str], str]) -> str:
    return "\n".join(change(line) if line.strip() else line for line in text.split("\n"))


REWRITES: dict[str, Callable[[str], str]] = {
    "half-width punctuation": lambda text: text.translate(TO_HALF),
    "full-width punctuation": lambda text: text.translate(TO_FULL),
    "CRLF line endings": lambda text: text.replace("\n", "\r\n"),
    "full-width indentation": lambda text: each_line(text, lambda line: "\u3000\u3000" + line),
    "no-break-space indentation": lambda text: each_line(text, lambda line: "\u00a0\u00a0" + line),
    "trailing spaces": lambda text: each_line(text, lambda line: line + "  "),
    "traditional script (s2t)": lambda text: converter("s2t").convert(text),
    "simplified script (t2s)": lambda text: converter("t2s").convert(text),
}

# A word the converter itself rewrites (谘询 → 咨询), or converts one way in the page's
# sentence and another in the heading alone (适宜於 → 适宜于 only in context): the
# texts differ, not the reading.
CONVERTER_CHANGES_WORDS = {
    "d034-macau-gsaj-shizheng-fangzhen-2019-hans",
    # (Macau's simplified script keeps 谘询 and 馀, which a round trip writes 咨询 and 余)
    "zzzzzzzzzzzzzzzzzzzzi013-macau-xingzheng-fawu-shizheng-fangzhen-2018-simplified",
    "za006-beijing-kejichuangxin-zhongxin-shisanwu-guihua-2016-big5-toc",
    # (计画 written in simplified script: 計畫 converts back to 计划)
    "zf006-npm-gugong-zhongcheng-shizheng-99-102-jinchutou",
    # (Hong Kong's 谘询 in simplified script: 諮詢 converts back to 咨询)
    "zzzzzzzzzzzzzzzzzzzzm100-xianggang-tebie-erling-yiqi-nianshi-2017",
    "zzzzzzzzzzzzzzzzzzzzm102-xianggang-tebie-shizheng-baogao-qunce-2009",
    "zzzzzzzzzzzzzzzzzzzzm105-xianggang-tebie-erling-yiliu-nianshi-2016",
    "zzzzzzzzzzzzzzzzzzzzm113-xianggang-tebie-erling-yiliu-nianshi-2016",
    "zzzzzzzzzzzzzzzzzzzzs036-hongkong-shizhengbaogao-zhishichanquan-2024",
    # (Taiwan's 谘询 in a simplified-script copy: 諮詢 converts back to 咨询)
    "zzzzzzzzzzzzzzzzzzzzx005-xingzhengyuan-shizhengbaogao-liangan-2021",
    # (浚县: s2t writes 濬縣, its historical name, which t2s keeps; castplan's own
    # --simplified reads it back through its place-name table)
    "zzzzzzzzzzzzzzzzzzzzu032-xunxian-shuiwuran-gongjianzhan-fangan-2018",
    # (澄江县 likewise: s2t writes 澂江縣, which t2s keeps)
    "zzzzzzzzzzzzzzzzzzzzzg027-chengjiang-dizhi-zaihai-fangzhi-fangan-2015",
}


def fold(value: Any) -> Any:
    if isinstance(value, str):
        text = converter("t2s").convert(value.translate(TO_HALF))
        return "".join(text.split())
    if isinstance(value, list | tuple):
        return [fold(v) for v in value]
    return value


def reading(notice: Notice | None) -> Any:
    if notice is None:
        return None
    header = notice.header
    return fold(
        [
            notice.title,
            notice.organization,
            notice.year,
            [header.issuer, str(header.date), header.doc_number] if header else None,
            [(s.number, s.title) for s in notice.sections],
            [
                (i.number, i.title, i.lead_departments, i.supporting_departments)
                for i in notice.items()
            ],
        ]
    )


def parsed(text: str) -> Notice | None:
    try:
        return parse_notice(text)
    except ParseError:
        return None


@pytest.mark.parametrize("rewrite", list(REWRITES), ids=list(REWRITES))
def test_every_notice_reads_the_same_written_another_way(rewrite: str) -> None:
    changed = []
    for path in NOTICES:
        if "script" in rewrite and path.stem in CONVERTER_CHANGES_WORDS:
            continue
        text = path.read_text(encoding="utf-8")
        if reading(parsed(text)) != reading(parsed(REWRITES[rewrite](text))):
            changed.append(path.stem)
    assert changed == []
