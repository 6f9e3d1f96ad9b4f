"""A document-sharing preview's numbered chunks are read as the one text they cut."""

from __future__ import annotations

from castplan import parse_notice
from castplan.grammar.lines import split_lines
from castplan.grammar.previews import find_preview
from castplan.grammar.unfold import unfold_lines

from .helpers import assert_lossless

SITE = (
    "江城街道2024年全域科普工作计划.docx\n"
    "上传人:p** 文档编号:920825 上传时间:2024-04-07 格式:DOCX 页数:3 大小:14.91KB\n"
    "资源描述\n"
    "《江城街道2024年全域科普工作计划.docx》由会员分享,可在线阅读,更多相关请在文库上搜索。\n"
)
SENTENCE = "充分利用新时代文明实践站、党群服务中心等现有资源,针对不同人群需求分类开展科普活动。"
# The document, run together, then cut every 160 characters as the site does.
DOCUMENT = (
    "江城街道2024年全域科普工作计划为深入贯彻落实全民科学素质行动规划纲要,制定本计划。"
    f"一、加强全域科普机制建设。{SENTENCE * 2}"
    f"二、强化基层科普阵地建设。{SENTENCE * 2}"
    f"三、开展丰富多彩的科普活动。{SENTENCE * 2}"
)
CHUNK_LEN = 160


def preview(document: str = DOCUMENT, blank: bool = True) -> str:
    chunks = [document[i : i + CHUNK_LEN] for i in range(0, len(document), CHUNK_LEN)]
    gap = "\n\n" if blank else "\n"
    return SITE + "\n" + gap.join(f"{n}、{chunk}" for n, chunk in enumerate(chunks, 1)) + "\n"


def test_a_previews_chunks_are_read_as_one_text() -> None:
    text = preview()
    notice = parse_notice(text)
    assert_lossless(text, notice)
    # The document's own title, not the file's name the site shows over it.
    assert notice.title == "江城街道2024年全域科普工作计划"
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "加强全域科普机制建设"),
        (2, "强化基层科普阵地建设"),
        (3, "开展丰富多彩的科普活动"),
    ]
    # Each counter is the site's: page chrome, never an item.
    counters = [c.text for c in notice.source.chrome if c.text.endswith("、")]
    assert counters == ["1、", "2、", "3、"]
    assert not any(section.items for section in notice.sections)


def test_a_five_year_plans_title_glued_to_its_preface_in_a_preview() -> None:
    # "南通市科普事业发展“十一五”规划为贯彻落实…": a 规划 is a kind of plan where the
    # words its preface opens with follow it, not only at its line's end.
    for opening in ("为深入贯彻落实", "依照红十字会法和", "根据国家有关规划"):
        document = DOCUMENT.replace(
            "江城街道2024年全域科普工作计划为深入贯彻落实",
            f"江城市科普事业发展“十一五”规划{opening}",
        )
        text = preview(document)
        notice = parse_notice(text)
        assert_lossless(text, notice)
        assert (notice.title, notice.organization) == ("江城市科普事业发展“十一五”规划", "江城市")


def test_a_five_year_plans_title_glued_to_the_period_its_preface_opens_on() -> None:
    # "广元市体育发展“十三五”规划“十三五”时期是…": the preface opens on the period
    # the plan is for, in quotes, with no word between.
    document = DOCUMENT.replace(
        "江城街道2024年全域科普工作计划为深入贯彻落实全民科学素质行动规划纲要,制定本计划。",
        "江城市体育发展“十三五”规划“十三五”时期是深化体育改革的关键时期,制定本规划。",
    )
    text = preview(document)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization) == ("江城市体育发展“十三五”规划", "江城市")


def test_a_plans_title_glued_to_a_year_the_uploader_masked() -> None:
    # "旅游局全年工作计划20**年的工作主要从三个方面来开展(一)…": the uploader's mask for
    # the year, as "XX年" is one, opens the text after the title.
    document = (
        DOCUMENT.replace(
            "江城街道2024年全域科普工作计划为深入贯彻落实全民科学素质行动规划纲要,制定本计划。一、",
            "旅游局全年工作计划20**年的工作主要从三个方面来开展(一)",
        )
        .replace("二、", "(二)")
        .replace("三、", "(三)")
    )
    text = preview(document)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization) == ("旅游局全年工作计划", "旅游局")


def test_a_heading_a_chunks_end_cuts_goes_on_in_the_next() -> None:
    document = DOCUMENT
    at = document.index("强化基层") + 2  # a chunk ends inside the second heading
    text = SITE + "\n1、" + document[:at] + "\n2、" + document[at:] + "\n"
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [s.number for s in notice.sections] == [1, 2, 3]


def test_only_long_chunks_cut_mid_sentence_make_a_preview() -> None:
    # A plan's own items after a sharing line end their sentences: no preview.
    items = "".join(f"{n}、加强科普阵地建设,{SENTENCE * 2}\n" for n in (1, 2, 3))
    assert find_preview(split_lines(SITE + items)) is None
    notice = parse_notice(SITE + "江城街道2024年全域科普工作计划\n" + items)
    assert [item.number for item in notice.items()] == [1, 2, 3]
    # Short chunks are no preview either, nor chunks with no sharing line above.
    short = "".join(f"{n}、加强科普阵地建设,充分利用现有资源\n" for n in (1, 2, 3))
    assert find_preview(split_lines(SITE + short)) is None
    assert find_preview(split_lines(preview().replace("由会员分享,可在线阅读", ""))) is None


def test_a_preview_without_blank_lines_between_its_chunks() -> None:
    text = preview(blank=False)
    found = find_preview(split_lines(text))
    assert found is not None and len(found[2]) == 3
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert len(notice.sections) == 3


def test_chunks_that_open_a_copy_without_its_sharing_line_are_a_preview() -> None:
    # A copy kept the counters and chunks but not the site's sharing line: the
    # chunks open the page.
    text = preview().removeprefix(SITE + "\n")
    assert text.startswith("1、江城街道")
    found = find_preview(split_lines(text))
    assert found is not None and len(found[2]) == 3
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == "江城街道2024年全域科普工作计划"
    assert [s.number for s in notice.sections] == [1, 2, 3]
    # A plan's own numbered items that open a page end their sentences: no preview.
    items = "".join(f"{n}、加强科普阵地建设,{SENTENCE * 2}\n" for n in (1, 2, 3))
    assert find_preview(split_lines(items)) is None
    # Nor are long items cut mid-sentence of lengths a fixed cut never gives.
    uneven = "".join(
        f"{n}、加强科普阵地建设,{SENTENCE * (n + 2)}充分利用现有资源\n" for n in (1, 2, 3)
    )
    assert find_preview(split_lines(SITE + "\n" + uneven)) is not None
    assert find_preview(split_lines(uneven)) is None


def test_an_items_heading_a_chunks_end_cuts_goes_on_in_the_next() -> None:
    # "(一)加强…定点医疗机" / "3、构的监管力度。…": the item's title is the whole
    # sentence, not the chunk's part, which only looks like a heading on its own line.
    heading = "(一)加强对县级医疗机构、乡镇卫生院、村卫生室等定点医疗机构的监管力度。"
    document = (
        "江城县2022年打击欺诈骗保专项整治行动方案为持续加大打击欺诈骗保力度,特制定此方案。"
        f"一、整治内容{SENTENCE * 2}{heading}严厉查处虚假住院、伪造医学文书、虚构医疗服务等诈骗医保基金行为。"
        f"(二)强化医养结合机构内设定点医疗机构的监管。{SENTENCE}"
    )
    at = document.index("医疗机构的监管力度") + len("医疗机")
    text = SITE + "\n1、" + document[:at] + "\n2、" + document[at:] + "\n"
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [i.title for i in notice.items()] == [
        heading[3:-1],
        "强化医养结合机构内设定点医疗机构的监管",
    ]


def test_a_groups_heading_a_chunks_end_cuts_takes_its_last_words_from_the_next() -> None:
    # "(二)持续深化集体林权制度改" / "2、革。一是…": the heading's last word and its
    # stop open the next chunk; the heading takes them, and the text after is its intro.
    document = (
        "江城县林业局2023年度工作计划(一)科学开展国土绿化。"
        f"{SENTENCE * 2}(二)持续深化集体林权制度改革。一是大力发展绿色富民产业。{SENTENCE}"
    )
    at = document.index("制度改革") + len("制度改")
    text = SITE + "\n1、" + document[:at] + "\n2、" + document[at:] + "\n"
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [s.title for s in notice.sections] == ["科学开展国土绿化", "持续深化集体林权制度改革"]
    assert (notice.sections[1].intro or "").startswith("一是大力发展绿色富民产业。")


def test_a_site_that_shares_an_upload_and_doubles_its_title() -> None:
    # "…由会员上传分享,免费在线阅读": another site's sharing line; its first chunk
    # opens with the site's headline glued to the document's own title.
    site = (
        "欢迎来到天天文库\n"
        "《乡镇2016年全国科普日集中宣传活动方案》由会员上传分享,免费在线阅读,"
        "更多相关内容在行业资料-天天文库。\n"
    )
    title = "乡镇2016年全国科普日集中宣传活动方案"
    document = (
        f"{title}{title}各村、三办三中心: " + DOCUMENT[len("江城街道2024年全域科普工作计划") :]
    )
    chunks = [document[i : i + CHUNK_LEN] for i in range(0, len(document), CHUNK_LEN)]
    text = site + "".join(f"{n}、{chunk}\n" for n, chunk in enumerate(chunks, 1))
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == title
    # (the site's record over the document is its furniture, not a cover letter)
    assert "欢迎来到天天文库" in [c.text for c in notice.source.chrome]
    assert notice.preamble is not None and notice.preamble.startswith("各村、三办三中心:")
    assert [s.number for s in notice.sections] == [1, 2, 3]


def test_a_site_that_counts_the_pages_read_over_two_chunks() -> None:
    # (its count of pages read stands where another site's sharing line does; the draft's
    # plan title glued to its text is cut off it, and a heading of the state of things
    # glued to a year keeps its 分析)
    first = (
        "江城烟叶发展规划(征求意见稿)为认真落实省局贯彻“卷烟上水平”战略规划纲要,抓住发展机遇,"
        "发挥资源优势,提高原料保障能力,特制定本规划。一、烟叶工作现状分析2005年以来,我省烟叶工作"
        "在国家局和省委、省政府的坚强领导下,坚定恢复性发展目标,取得了显著成效。烟叶生产实现恢复性发展,走出了一"
    )
    second = "条在经济较发达地区烟叶生产持续稳定发展的新路子,收购量稳步增长。"
    text = (
        "江城烟叶发展规划_第1页\n已阅读5页,还剩15页未读 继续免费阅读\n\n下载本文档\n\n"
        "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n\n"
        f"文档简介\n\n1、{first}\n\n2、{second}\n"
    )
    assert find_preview(split_lines(text)) is not None
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "烟叶工作现状分析")]
    cut = [line.text for line in unfold_lines(split_lines(text))]
    assert "江城烟叶发展规划(征求意见稿)" in cut


def test_a_preview_that_closes_with_its_end_note_over_the_documents_summary() -> None:
    # (the page captions name the plan; the note that the preview ended is the site's,
    # and a purpose sentence that ends in a kind word, "…为民办实事", is the text)
    text = (
        "江城镇村庄清洁行动实施方案_第1页\n江城镇村庄清洁行动实施方案_第2页\n全文预览已结束\n\n"
        "下载本文档\n\n文档简介\n\n"
        "为深入贯彻落实2023年省委省政府为民办实事各项任务,彻底改善全镇村庄面貌,特制定本方案。\n"
        "一、指导思想\n(一)清理农村生活垃圾。全面开展排查。\n"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert "全文预览已结束" in [c.text for c in notice.source.chrome]
    assert notice.title == "江城镇村庄清洁行动实施方案"
    assert notice.preamble is not None and notice.preamble.startswith("为深入贯彻落实")
