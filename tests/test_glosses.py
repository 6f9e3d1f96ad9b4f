"""Texts that gloss every character with pinyin read through their glosses."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from castplan import parse_notice
from castplan.grammar import patterns as P
from castplan.grammar.glosses import glossed_patterns, is_glossed

from .helpers import assert_lossless

GLOSSED = (
    "關(guān)于印發(fā)《江城市科協(xié)2017年工作要點(diǎn)》的通知\n"
    "各區(qū)縣科協(xié):\n"
    "現(xiàn)將《江城市科協(xié)2017年工作要點(diǎn)》印發(fā)給你們,請(qǐng)認(rèn)真貫徹落實(shí)。\n"
    "江(jiāng)城(chéng)市(shì)科(kē)協(xié)辦(bàn)公(gōng)室(shì)\n"
    "2017年3月6日\n"
    "江城市科協(xié)2017年工作要點(diǎn)\n"
    "一、加強(qiáng)組織建設(shè)\n"
    "1.推進(jìn)基層組織建設(shè)。(牽(qiān)頭(tóu)部門(mén):組織部)\n"
)


def test_a_glossed_text_is_told_from_a_plain_one() -> None:
    assert is_glossed(GLOSSED)
    assert not is_glossed("江城市科协2017年工作要点\n一、加强组织建设（含基层组织）\n")


def test_the_grammar_reads_through_glosses() -> None:
    notice = parse_notice(GLOSSED)
    assert_lossless(GLOSSED, notice)
    header = notice.header
    assert header is not None
    assert (header.issuer, header.date) == (
        "江(jiāng)城(chéng)市(shì)科(kē)協(xié)辦(bàn)公(gōng)室(shì)",
        dt.date(2017, 3, 6),
    )
    assert "印發(fā)給你們" in (header.cover_letter or "")
    (item,) = notice.items()
    assert item.lead_departments == ["組織部"]


def test_the_plain_patterns_come_back_after_a_glossed_text() -> None:
    plain = P.UNIT_LABEL_RE
    with glossed_patterns():
        assert P.UNIT_LABEL_RE is not plain
        assert P.UNIT_LABEL_RE.match("牽(qiān)頭(tóu)部門(mén):組織部")
        with glossed_patterns():  # nested, as two threads would
            pass
        assert P.UNIT_LABEL_RE is not plain
    assert P.UNIT_LABEL_RE is plain
    assert not P.UNIT_LABEL_RE.match("牽(qiān)頭(tóu)部門(mén):組織部")


def test_a_glossed_pattern_is_compiled_on_its_first_use_only() -> None:
    # Compiling every glossed pattern takes seconds; a plan reaches about half of
    # them.  Counted in a fresh process, as a test run compiles them all.
    script = (
        "import castplan.grammar.glosses as G\n"
        "from castplan import parse_notice\n"
        "from castplan.grammar.lazy import LazyPattern\n"
        f"parse_notice({GLOSSED!r})\n"
        "waiting = sum(isinstance(p, LazyPattern) for p in G._glossed.values())\n"
        "print(len(G._glossed), waiting)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    total, waiting = map(int, run.stdout.split())
    assert total > 100
    assert 0 < waiting < total


def test_a_glossed_qualifier_keeps_its_meaning() -> None:
    text = GLOSSED.replace(
        "推進(jìn)基層組織建設(shè)。", "推進基層組織建設。新建基層組織100個以(yǐ)上。"
    )
    (item,) = parse_notice(text).items()
    (target,) = item.measures[0].targets
    assert (target.value, target.qualifier) == (100, "以(yǐ)上")
    assert (target.interval.min, target.interval.min_inclusive) == (100, True)


def test_a_glossed_name_is_read_whole() -> None:
    # "\p{Han}{2,30}" in a pattern reads a run of glossed characters, each with its gloss.
    title = "江城省農(nóng)業(yè)農(nóng)村廳關(guān)于落實(shí)2021年重點(diǎn)工作部署的實(shí)施意見(jiàn)"
    text = GLOSSED.replace("江城市科協(xié)2017年工作要點(diǎn)\n一、", f"{title}\n一、")
    notice = parse_notice(text)
    assert notice.title == title
    assert (notice.organization, notice.year) == ("江城省農(nóng)業(yè)農(nóng)村廳", 2021)
    with glossed_patterns():
        about = P.TITLE_ABOUT_RE.match(title)
    assert about is not None and about["org"] == "江城省農(nóng)業(yè)農(nóng)村廳"


def test_glossed_numerals_number_their_headings() -> None:
    # A mirror glosses the numerals too: "一(yī)、", "(二(èr))".
    text = GLOSSED.replace("一、加強(qiáng)組織建設(shè)", "一(yī)、加強組織建設")
    text += "(二(èr))健全工作機制。(牽(qiān)頭(tóu)部門(mén):辦公廳)\n二(èr)、深化改革\n"
    notice = parse_notice(text)
    assert [(s.number, s.numeral) for s in notice.sections] == [(1, "一(yī)"), (2, "二(èr)")]
    assert_lossless(text, notice)


def test_a_gloss_of_every_reading_of_a_character_is_read_through() -> None:
    # "一(yī / yì /yí)、總體要(yào / yāo)求": a mirror glosses a character of more than
    # one reading with them all, the numerals too.
    text = GLOSSED.replace("一、加強(qiáng)組織建設(shè)", "一(yī / yì /yí)、總體要(yào / yāo)求")
    text += "(二(èr))健全工作機制。\n二(èr)、深化改革\n"
    text = text.replace("1.推進(jìn)", "(一(yī / yì /yí))推進(jìn)")
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "總體要(yào / yāo)求"),
        (2, "深化改革"),
    ]
    assert [item.number for item in notice.sections[0].items] == [1, 2]


MARKED = (
    "各区县科协@@、各学会@@:\n"
    "现将@@《江城市科协@@2019年@@工作要点@@》印@@发@@给你们@@,请认真贯彻落实@@。\n"
    "江城市科协@@办公室@@@@\n"
    "2019年@@3月@@6日@@\n"
    "江城市科协@@2019年@@工作要点@@\n"
    "一@@、加强组织建设@@\n"
    "(一@@)推进基层组织建设@@。(牵头部门@@:组织部@@)\n"
    "二@@、深化改革@@\n"
)


def test_marks_a_reposting_site_injects_are_read_through_like_glosses() -> None:
    # "印@@发@@了": marks after words, in numerals and in names too; kept as received.
    assert is_glossed(MARKED)
    assert not is_glossed("联系邮箱:kx@@example.cn\n" + MARKED.replace("@@", ""))
    notice = parse_notice(MARKED)
    assert_lossless(MARKED, notice)
    assert (notice.title, notice.organization, notice.year) == (
        "江城市科协@@2019年@@工作要点@@",
        "江城市科协@@",
        2019,
    )
    header = notice.header
    assert header is not None
    assert (header.issuer, header.date) == ("江城市科协@@办公室@@@@", dt.date(2019, 3, 6))
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "加强组织建设@@"),
        (2, "深化改革@@"),
    ]
    (item,) = notice.items()
    assert item.lead_departments == ["组织部@@"]
