"""A page run into one line is cut back into its lines, and nothing else is cut."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from castplan import parse_notice
from castplan.grammar.lines import split_lines
from castplan.grammar.patterns import (
    GLUED_HEADING_AT_END_RE,
    GROUP_RE,
    SECTION_RE,
    SECTION_THEN_FIRST_POINT_RE,
    SIGNED_THEN_TITLE_RE,
    SPACED_HEADING_AT_END_RE,
)
from castplan.grammar.unfold import MIN_RUN_TOGETHER_LEN, unfold_lines

from .helpers import assert_lossless

# A sharing site's paragraph mark, a Cyrillic Er.
MARK = "\u0420"
SENTENCE = "加快建设国家战略新区，打造合作新载体，推进重点领域改革创新。"


def parts(text: str) -> list[str]:
    return [line.text for line in unfold_lines(split_lines(text))]


def test_a_page_run_together_is_cut_before_its_headings() -> None:
    text = (
        f"江城市大数据局2023年工作要点 根据工作部署，特制定工作要点如下: 一、总体要求 {SENTENCE * 3}"
        f" 二、重点任务 (一)大力实施数据工程 1.加大归集力度。{SENTENCE} 2.推进平台建设。{SENTENCE}"
    )
    assert parts(text) == [
        "江城市大数据局2023年工作要点",
        "根据工作部署，特制定工作要点如下:",
        "一、总体要求",
        SENTENCE * 3,
        "二、重点任务",
        "(一)大力实施数据工程",
        f"1.加大归集力度。{SENTENCE}",
        f"2.推进平台建设。{SENTENCE}",
    ]


def test_an_excerpt_cut_after_its_first_section_and_item_is_cut_too() -> None:
    # One 一、 and one 1., both set apart: the excerpt stops before any second heading.
    text = (
        f"2022年教育工作的总体要求是:{SENTENCE * 6} 一、坚定不移铸魂育人 1.学习宣传贯彻。{SENTENCE}"
    )
    assert parts(text) == [
        f"2022年教育工作的总体要求是:{SENTENCE * 6}",
        "一、坚定不移铸魂育人",
        f"1.学习宣传贯彻。{SENTENCE}",
    ]
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "坚定不移铸魂育人")]


def test_a_previews_chunks_that_skip_a_heading_are_cut_before_each() -> None:
    # A sharing site shows chunks of the text run into one line: 二、 then 四、, both
    # set apart; the page starts in the middle, and 三、 fell between two chunks.
    text = (
        f"{SENTENCE * 2}制定本实施方案。 二、加强组织领导,成立工作专班 {SENTENCE * 3}"
        f" 四、精心组织,强化措施 {SENTENCE * 3}"
    )
    assert parts(text) == [
        f"{SENTENCE * 2}制定本实施方案。",
        "二、加强组织领导,成立工作专班",
        SENTENCE * 3,
        "四、精心组织,强化措施",
        SENTENCE * 3,
    ]
    # (a heading glued to the text before it never skips: "…完成二、…四、" stays whole)
    glued = f"{SENTENCE * 2}已完成二、加强组织领导{SENTENCE}已完成四、精心组织{SENTENCE}"
    assert parts(glued) == [glued]


def test_the_letters_date_stands_on_a_line_of_its_own() -> None:
    text = (
        "江城市人民政府关于印发江城市环境整治实施方案的通知 江政发[2006]16号 各县人民政府: "
        "《江城市环境整治实施方案》已经市政府研究同意,现印发给你们,请认真组织实施。 "
        f"二OO六年四月十三日 江城市环境整治实施方案 为加快生态市建设步伐,{SENTENCE} "
        f"一、总体要求 {SENTENCE * 2} 二、主要任务 {SENTENCE * 2}"
    )
    assert "二OO六年四月十三日" in parts(text)
    # ... also after an attachment's name, not a sentence's end.
    text = text.replace(
        "请认真组织实施。", "请认真组织实施。 特此通知 附件:《江城市环境整治实施方案》"
    )
    assert "二OO六年四月十三日" in parts(text)


def test_the_signature_before_the_letters_date_stands_on_a_line_of_its_own() -> None:
    # A PDF copy joined with spaces, its date spaced too.
    text = (
        "各区民政局,局机关各处室: 为做好 2024 年全市民政工作,现将《2024 年全市民政工作要点》"
        "印发给你们,请结合实际认真贯彻执行。 江城市民政局 2024 年 3 月 7 日 "
        f"2024 年全市民政工作要点 {SENTENCE * 2} 一、始终保持正确政治方向 "
        f"(一)深入学习贯彻习近平新时代中国特色社会 主义思想。{SENTENCE} "
        f"(二)坚持和加强党的全面领导。{SENTENCE}"
    )
    cut = parts(text)
    assert "江城市民政局" in cut
    assert "2024 年 3 月 7 日" in cut
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert (notice.header.issuer, str(notice.header.date)) == ("江城市民政局", "2024-03-07")
    # A space a few characters before the heading's 。 is a wrapped line, not its end.
    assert notice.sections[0].items[0].title == "深入学习贯彻习近平新时代中国特色社会 主义思想"


def test_a_letter_signed_and_dated_inside_a_line_without_headings_is_cut_there() -> None:
    # An excerpt that stops in the plan's opening: no heading to cut the line at.
    text = (
        f"各乡镇(街道)、部门(单位): 为贯彻落实市委市政府的决策部署,{SENTENCE * 3}"
        "现将《2023年江城市生态文明建设示范区创建工作推进方案》"
        "印发给你们,请你们结合实际,认真组织实施。 市委市政府美丽江城建设领导小组办公室 "
        "2023年3月30日 2023年江城市生态文明建设示范区创建工作推进方案为认真贯彻落实"
    )
    assert len(text) >= MIN_RUN_TOGETHER_LEN
    cut = parts(text)
    assert cut[1:] == [
        "市委市政府美丽江城建设领导小组办公室",
        "2023年3月30日",
        "2023年江城市生态文明建设示范区创建工作推进方案",
        "为认真贯彻落实",
    ]
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == "2023年江城市生态文明建设示范区创建工作推进方案"
    assert notice.header is not None
    assert (notice.header.issuer, str(notice.header.date)) == (
        "市委市政府美丽江城建设领导小组办公室",
        "2023-03-30",
    )


def test_a_first_part_set_apart_after_a_sentence_makes_a_line_a_page_run_together() -> None:
    text = (
        f"2017年江城市食品药品监督管理局工作计划 {SENTENCE * 3}党组织的战斗堡垒作用得到充分发挥。 "
        "一、实施食品药品安全战略,打好安全保障主动仗 以贯彻实施《江城市“十三五”时期食品药品"
        f"安全发展规划》为主线,{SENTENCE * 2}"
    )
    assert "一、实施食品药品安全战略,打好安全保障主动仗" in parts(text)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [s.title for s in notice.sections] == ["实施食品药品安全战略,打好安全保障主动仗"]
    # (never a count of grades: "一、二级医院" in running text)
    plain = f"{SENTENCE * 4}资源下沉到基层。 一、二级医院 均应按要求完成,{SENTENCE * 3}"
    assert len(plain) >= MIN_RUN_TOGETHER_LEN
    assert parts(plain) == [plain]


def test_a_first_part_set_apart_whose_heading_is_a_list() -> None:
    # (the heading's words joined by 、, as a list of duties is)
    text = (
        f"{SENTENCE * 3}森林火灾损失率控制在0.1‰以下。 "
        "一、全面落实政府主导、部门负责、社会参加、齐抓共管的森林防火责任制 党的十八届三中全会"
        f"把生态文明建设放在重要位置,{SENTENCE * 2}"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [s.title for s in notice.sections] == [
        "全面落实政府主导、部门负责、社会参加、齐抓共管的森林防火责任制"
    ]


def test_a_title_glued_to_its_covers_month_and_its_text_is_cut_around_the_month() -> None:
    text = (
        "江城市水污染防治工作方案(送审稿)二O一五年十二月为加强江城生态文明建设,进一步改善"
        f"水环境质量,结合江城实际,制定本工作方案。{SENTENCE * 3}"
    )
    cut = parts(text)
    assert cut[:2] == ["江城市水污染防治工作方案(送审稿)", "二O一五年十二月"]
    assert cut[2].startswith("为加强江城生态文明建设")
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == "江城市水污染防治工作方案(送审稿)"
    assert notice.preamble is not None and notice.preamble.startswith("二O一五年十二月\n为加强")


def test_a_letter_signed_after_its_attachment_note_inside_a_line_is_cut_there() -> None:
    text = (
        f"市政府各部门、各单位: {SENTENCE * 3}现将《江城市政府2021年重点工作责任分工》"
        "印发给你们,请认真贯彻执行。 附件:2021年市级政府投资项目责任分工 江城市人民政府办公室 "
        "2021年2月5日 江城市政府2021年重点工作责任分工为认真贯彻落实"
    )
    assert len(text) >= MIN_RUN_TOGETHER_LEN
    assert parts(text)[-4:] == [
        "江城市人民政府办公室",
        "2021年2月5日",
        "江城市政府2021年重点工作责任分工",
        "为认真贯彻落实",
    ]
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert (notice.header.issuer, str(notice.header.date)) == ("江城市人民政府办公室", "2021-02-05")


def test_two_bodies_that_sign_a_letter_inside_a_line_are_cut_off_its_last_sentence() -> None:
    text = (
        f"各乡镇、县直各单位: {SENTENCE * 3}现将《关于实现巩固拓展脱贫攻坚成果同乡村振兴"
        "有效衔接的实施方案》印发给你们,请结合实际,认真抓好贯彻落实。 中共江城县委 "
        "江城县人民政府 2021年4月20日 关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的"
        f"实施方案 为进一步巩固拓展脱贫攻坚成果,{SENTENCE * 2} 一、总体要求 "
        f"(一)指导思想。{SENTENCE * 2}"
    )
    assert len(text) >= MIN_RUN_TOGETHER_LEN
    assert "中共江城县委 江城县人民政府" in parts(text)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert (notice.header.issuer, str(notice.header.date)) == (
        "中共江城县委、江城县人民政府",
        "2021-04-20",
    )


def test_a_signature_glued_to_the_letter_and_the_plan_cuts_the_line_with_one_heading() -> None:
    # No space anywhere: the office, its date and the disclosure note run together,
    # then the plan's title, its opening and its one heading the excerpt reaches.
    text = (
        "各县(市、区)人民政府,市直有关部门:《江城市进一步完善养老服务体系的若干措施》"
        "已经市政府同意,现印发给你们,请结合实际认真贯彻落实。江城市人民政府办公室"
        "2024年11月21日(此件公开发布)江城市进一步完善养老服务体系的若干措施为贯彻落实"
        f"省政府部署,{SENTENCE * 2}一、总体要求深入贯彻党的二十大精神,{SENTENCE * 2}"
    )
    assert len(text) >= MIN_RUN_TOGETHER_LEN
    assert [p[:10] for p in parts(text)] == [
        "各县(市、区)人民政",
        "江城市人民政府办公室",
        "2024年11月21",
        "(此件公开发布)",
        "江城市进一步完善养老",
        "为贯彻落实省政府部署",
        "一、总体要求深入贯彻",
    ]
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == "江城市进一步完善养老服务体系的若干措施"
    assert notice.header is not None
    assert (notice.header.issuer, str(notice.header.date)) == ("江城市人民政府办公室", "2024-11-21")
    assert [(s.number, s.title) for s in notice.sections] == [(1, "总体要求")]


def test_a_notice_run_into_one_line_with_no_space_anywhere() -> None:
    # The notice title runs into its 文号, the addressees, the letter, the office that
    # signs, its date and the plan's title: cut after the notice title (never inside
    # it, before 的通知), its 文号 and the addressees' colon, before the signature,
    # around its date and after the plan's title.
    text = (
        "江城市科学技术协会关于印发江城市2023年科普工作要点的通知江科协发〔2023〕5号"
        "各区科协,市直有关单位:现将《江城市2023年科普工作要点》印发给你们,请认真贯彻落实。"
        "江城市科学技术协会2023年3月10日江城市2023年科普工作要点2023年全市科普工作的总体要求是:"
        f"{SENTENCE * 2}一、加强科普阵地建设1.建设科普基地。{SENTENCE}"
        f"2.开展科普活动。{SENTENCE}二、强化组织保障3.加强组织领导。{SENTENCE}"
    )
    assert len(text) >= MIN_RUN_TOGETHER_LEN
    assert [p[:10] for p in parts(text)][:8] == [
        "江城市科学技术协会关",
        "江科协发〔2023〕",
        "各区科协,市直有关单",
        "现将《江城市2023",
        "江城市科学技术协会",
        "2023年3月10日",
        "江城市2023年科普",
        "2023年全市科普工",
    ]
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == "江城市2023年科普工作要点"
    assert notice.header is not None
    assert (notice.header.issuer, str(notice.header.date), notice.header.doc_number) == (
        "江城市科学技术协会",
        "2023-03-10",
        "江科协发〔2023〕5号",
    )
    assert notice.header.addressees == ["各区科协", "市直有关单位"]
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "加强科普阵地建设"),
        (2, "强化组织保障"),
    ]
    assert [i.title for i in notice.items()] == ["建设科普基地", "开展科普活动", "加强组织领导"]


def test_a_long_task_list_run_together_is_cut_past_its_ninety_ninth_item() -> None:
    # A government report's tasks, a hundred and more, run into one line: the
    # sequence 99, 100, 101 vouches for the three-digit markers; figures in the text
    # that read like markers ("建成100、200个") are out of sequence and stay text.
    tasks = "".join(f"{n}.建设第{n}批站点。建成100、200个,{SENTENCE}" for n in range(1, 121))
    text = f"江城市2023年重点工作任务分工方案一、稳定经济增长{tasks}"
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [i.number for i in notice.items()] == list(range(1, 121))
    assert list(notice.items())[-1].title == "建设第120批站点"


def test_an_office_and_a_date_inside_a_sentence_are_no_signature() -> None:
    # Without the disclosure note after the date, nothing says a letter was signed.
    text = f"{SENTENCE * 4}根据工作安排。江城市人民政府办公室2024年11月21日召开会议,{SENTENCE * 3}"
    assert len(text) >= MIN_RUN_TOGETHER_LEN
    assert parts(text) == [text]
    # ... nor a date the sentence goes on after, though a plan's kind follows it.
    text = f"{SENTENCE * 4}根据工作安排。江城市人民政府办公室2024年11月21日印发了2024年工作要点,{SENTENCE * 3}"
    assert parts(text) == [text]


def test_a_sharing_sites_paragraph_marks_cut_the_line_where_its_paragraphs_end() -> None:
    # The site writes a Cyrillic Er (U+0420) for each paragraph's end.
    text = (
        "社区居民科学素质行动实施工作方案\n"
        f"四、保障措施{MARK}(一)提高思想认识,强化组织领导{MARK}各地各有关部门要充分认识实施行动的重要性和紧迫性。{MARK}"
        f"责任单位:江城市科协{MARK}(二)完善工作机制{MARK}由江城市科协牵头,负责协调推动方案的贯彻落实。"
    )
    assert parts(text) == [
        "社区居民科学素质行动实施工作方案",
        "四、保障措施",
        "(一)提高思想认识,强化组织领导",
        "各地各有关部门要充分认识实施行动的重要性和紧迫性。",
        "责任单位:江城市科协",
        "(二)完善工作机制",
        "由江城市科协牵头,负责协调推动方案的贯彻落实。",
    ]
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [(s.number, s.title) for s in notice.sections] == [(4, "保障措施")]
    assert [i.title for i in notice.sections[0].items] == [
        "提高思想认识,强化组织领导",
        "完善工作机制",
    ]
    # A Russian word that opens with the same letter is no mark.
    russian = "English \u0420\u0443\u0441\u0441\u043a\u0430\u044f 市人大 市政府"
    assert parts(russian) == [russian]


@pytest.mark.parametrize("repeat", [1, 4])
def test_a_title_glued_to_the_plans_opening_is_cut_off_before_any_heading(repeat: int) -> None:
    # Short or long, an excerpt that stops before the first heading.
    text = f"推动江城冰雪经济高质量发展实施方案为深入贯彻党中央决策部署,{SENTENCE * repeat}"
    assert parts(text) == [
        "推动江城冰雪经济高质量发展实施方案",
        f"为深入贯彻党中央决策部署,{SENTENCE * repeat}",
    ]
    notice = parse_notice(text)
    assert notice.title == "推动江城冰雪经济高质量发展实施方案"
    assert_lossless(text, notice)


def test_any_plan_titled_before_a_space_opens_a_page_run_together() -> None:
    # "…活动方案", no kind of a year's plan, before the space a page turned its line
    # break into: the title, then the text and the headings set apart by spaces.
    text = (
        f"江城大学庆祝建校90周年活动方案 2036年,学校将迎来建校90周年。{SENTENCE * 2} "
        f"一、指导思想 {SENTENCE * 2} 二、活动安排 (一)扎实组织师生理论学习。{SENTENCE * 2}"
    )
    notice = parse_notice(text)
    assert notice.title == "江城大学庆祝建校90周年活动方案"
    assert [s.title for s in notice.sections] == ["指导思想", "活动安排"]
    assert_lossless(text, notice)


def test_a_purpose_sentence_holding_a_kind_word_is_no_glued_title() -> None:
    # "…为民办实事" ends in a kind word, yet a sentence that opens as a plan's purpose
    # does is the text: the line is still a page run together, cut at its headings.
    text = (
        f"为深入贯彻落实2023年省委省政府为民办实事各项任务,彻底改善全镇村庄面貌,{SENTENCE}"
        f"现结合本镇实际,制一、指导思想牢固树立新发展理念,{SENTENCE}"
        f"(一)清理农村生活垃圾。{SENTENCE}(二)清理村内塘沟。{SENTENCE}"
    )
    assert [p[:8] for p in parts(text)] == [
        "为深入贯彻落实2",
        "一、指导思想牢固",
        "(一)清理农村生",
        "(二)清理村内塘",
    ]
    notice = parse_notice(text)
    assert notice.title is None
    assert [s.title for s in notice.sections] == ["指导思想"]
    assert_lossless(text, notice)


def test_a_titles_span_with_the_body_that_drafted_it_glued_after() -> None:
    text = (
        "江城省中等职业教育中长期发展规划\n(2009—2020年)省教育厅\n(二〇〇九年十二月)\n"
        "为全面贯彻落实科学发展观,制定本规划。\n一、发展基础\n"
    )
    assert parts(text)[1:3] == ["(2009—2020年)", "省教育厅"]
    notice = parse_notice(text)
    assert notice.title == "江城省中等职业教育中长期发展规划(2009—2020年)"
    assert_lossless(text, notice)
    # (a span with words of the title after it is no byline)
    plain = "江城省教育发展规划\n(2009—2020年)征求意见稿说明\n一、发展基础\n"
    assert parts(plain)[1] == "(2009—2020年)征求意见稿说明"


def test_a_title_glued_to_the_plans_opening_keeps_its_span() -> None:
    text = f"江城区学前教育发展规划(2021-2025年)为进一步加快我区学前教育改革步伐,{SENTENCE}"
    assert parts(text)[0] == "江城区学前教育发展规划(2021-2025年)"
    assert parse_notice(text).title == "江城区学前教育发展规划(2021-2025年)"


def test_a_plans_own_line_naming_its_kind_far_down_is_no_title() -> None:
    filler = "".join(f"{n}.推进第{n}项工作。\n" for n in range(1, 14))
    text = f"江城市2024年工作要点\n一、重点任务\n{filler}各单位要根据本工作方案为群众办实事。\n"
    assert parts(text)[-1] == "各单位要根据本工作方案为群众办实事。"


def test_a_long_line_that_opens_with_the_plans_title_needs_one_heading_set_apart() -> None:
    text = (
        f"江城区人大常委会2021年工作要点江城区人大常委会2021年工作要点{SENTENCE * 4}"
        f"一、把握党委意图、依法行使权力。{SENTENCE * 2}"
    )
    # (the site's headline, the document's own title, then its opening)
    assert [p[:8] for p in parts(text)] == [
        "江城区人大常委会",
        "江城区人大常委会",
        SENTENCE[:8],
        "一、把握党委意图",
    ]
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "把握党委意图、依法行使权力")]
    # (a title's draft note does not hide it)
    drafted = text.replace("工作要点江城区", "工作要点(征求意见稿)江城区", 1)
    assert [p[:8] for p in parts(drafted)][:2] == ["江城区人大常委会", "江城区人大常委会"]
    assert parts(drafted)[0] == "江城区人大常委会2021年工作要点(征求意见稿)"
    # A line that does not open with a title still needs two headings set apart.
    plain = f"{SENTENCE * 6}一、把握党委意图、依法行使权力。{SENTENCE * 2}"
    assert parts(plain) == [plain]


def test_a_heading_of_two_phrases_set_apart_by_a_space_ends_there() -> None:
    text = (
        f"一、指导思想 {SENTENCE * 3} 二、努力目标与具体工作 "
        f"(一)强化学习,提升思想政治素养 深刻学习领会重要论述。{SENTENCE} "
        f"(二)扎实推进业务工作 {SENTENCE}"
    )
    assert "(一)强化学习,提升思想政治素养" in parts(text)
    assert parse_notice(text).sections[1].items[0].title == "强化学习,提升思想政治素养"


def test_items_glued_after_the_unit_tag_of_the_one_before_are_cut_apart() -> None:
    text = "(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办)"
    assert parts(text) == [
        "(一)地区生产总值增长11%左右。(省发改委负责)",
        "(二)公共财政收入增长13%左右。(省财政厅主办)",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "(一)完善工作制度(试行)(二)号文件的落实。",  # no tag before (二)
        "(一)加强组织领导。(省发改委负责)(三)强化督查。",  # out of sequence
        "开展活动。(市科协负责)(二)号楼建设",  # no marker opens the line
    ],
)
def test_a_bracket_before_a_marker_cuts_only_after_a_tag_in_sequence(text: str) -> None:
    assert parts(text) == [text]


def test_a_title_glued_to_an_opening_that_names_the_year_is_cut_off() -> None:
    text = f"江城县林业局2017年工作计划2017年, 全县林业工作要{SENTENCE}一、指导思想{SENTENCE * 3}二、目标任务{SENTENCE * 3}"
    assert parts(text)[:2] == ["江城县林业局2017年工作计划", f"2017年, 全县林业工作要{SENTENCE}"]


def test_headings_after_a_sentences_end_are_cut_too() -> None:
    text = f"一、总体要求。{SENTENCE * 3}二、重点任务。{SENTENCE * 3}三、保障措施。{SENTENCE}"
    assert [p[:6] for p in parts(text)] == ["一、总体要求", "二、重点任务", "三、保障措施"]


def test_a_page_with_its_breaks_lost_is_cut_before_markers_glued_to_its_text() -> None:
    # A document site ran the lines together with no spaces left: the title is glued
    # to the opening, the items to their section's heading.
    text = (
        f"江城县2018年政务公开工作要点实施方案为深入贯彻落实上级部署，{SENTENCE * 2}"
        f"一、工作目标{SENTENCE * 2}二、工作重点1、确保高标准通过复审。{SENTENCE}"
        f"2、有效推进课程改革。{SENTENCE}三、工作方向1、文化塑造，完成1、2、3号楼建设。"
    )
    assert [p[:10] for p in parts(text)] == [
        "江城县2018年政务",
        "为深入贯彻落实上级部",
        "一、工作目标加快建设",
        "二、工作重点",
        "1、确保高标准通过复",
        "2、有效推进课程改革",
        "三、工作方向",
        "1、文化塑造，完成1",
    ]


def test_items_numbered_on_across_groups_are_cut_from_the_group_they_are_glued_to() -> None:
    # The second group's first item is 3., not 1.: a plan may number its items
    # straight on across its groups, and the page lost the break after the group.
    text = (
        f"江城市城市管理局2023年工作要点{SENTENCE * 2}一、实施精细管理行动"
        f"(一)实施市容乱象清零行动,打造城市活力空间1.推进违法建设动态清零。{SENTENCE}"
        f"2.推进市容秩序乱象动态清零。{SENTENCE}"
        f"(二)实施城市环境绣花行动,提升精细管理水平3.提升环境卫生精细化水平。{SENTENCE}"
        f"4.提升生活垃圾分类精准化水平。{SENTENCE}"
    )
    assert [p[:12] for p in parts(text)] == [
        "江城市城市管理局2023",
        "加快建设国家战略新区，打",
        "一、实施精细管理行动",
        "(一)实施市容乱象清零行",
        "1.推进违法建设动态清零",
        "2.推进市容秩序乱象动态",
        "(二)实施城市环境绣花行",
        "3.提升环境卫生精细化水",
        "4.提升生活垃圾分类精准",
    ]
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [(i.number, i.title) for i in notice.items()][2] == (3, "提升环境卫生精细化水平")
    # A number out of that run glued to a group's words stays in them.
    assert parts("(二)完成改造任务,新建5.5公里管网。")[0] == "(二)完成改造任务,新建5.5公里管网。"


def test_a_title_glued_to_the_first_heading_is_cut_off_on_a_short_line() -> None:
    # A copy lost the break after the title, and later headings stand on lines of
    # their own, so the line is no page run together: only the title is cut off.
    lines = unfold_lines(
        split_lines("江城县2019年教育局工作计划一、指导思想认真学习贯彻落实精神。")
    )
    assert [line.text for line in lines] == [
        "江城县2019年教育局工作计划",
        "一、指导思想认真学习贯彻落实精神。",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plan whose parts are its groups: its first group is glued so too.
        (
            "区教育局202x年工作计划(一)强化政治建设,进一步加强党的全面领导。",
            ["区教育局202x年工作计划", "(一)强化政治建设,进一步加强党的全面领导。"],
        ),
        # A part's number that closes the title is the title's own.
        (
            "2025年省《政府工作报告》重点工作分工方案(一)",
            ["2025年省《政府工作报告》重点工作分工方案(一)"],
        ),
    ],
)
def test_a_title_glued_to_its_first_group_is_cut_off(text: str, expected: list[str]) -> None:
    assert [line.text for line in unfold_lines(split_lines(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二、主要指标1、学前一年教育率达90%。", ["二、主要指标", "1、学前一年教育率达90%。"]),
        ("三、重点工作1.推进项目建设。", ["三、重点工作", "1.推进项目建设。"]),
        # (a title of two clauses)
        (
            "一、明确目标任务,促进学前教育快速发展1、学前三年教育发展目标。",
            ["一、明确目标任务,促进学前教育快速发展", "1、学前三年教育发展目标。"],
        ),
        # (or to its first group)
        (
            "二、发展目标(一)总体目标进一步优化结构。",
            ["二、发展目标", "(一)总体目标进一步优化结构。"],
        ),
        # (a number of the heading's own words, or a decimal, cuts nothing)
        ("一、完成1.5万人培训。", ["一、完成1.5万人培训。"]),
        ("一、建设1、2号楼。", ["一、建设1、2号楼。"]),
        ("一、总体要求。1.坚持稳中求进。", ["一、总体要求。1.坚持稳中求进。"]),
        # (nor does a clause's number after a comma, or a third clause)
        ("一、加强领导,确保1、2号楼完工。", ["一、加强领导,确保1、2号楼完工。"]),
        (
            "一、加强领导,明确责任,狠抓落实1.推进建设。",
            ["一、加强领导,明确责任,狠抓落实1.推进建设。"],
        ),
    ],
)
def test_a_sections_heading_glued_to_its_first_point(text: str, expected: list[str]) -> None:
    assert [line.text for line in unfold_lines(split_lines(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Long, but its numerals are words of the text.
        f"推进一、二、三级医院建设，{SENTENCE * 5}完成1.5万人培训，{SENTENCE * 3}",
        # Headings that run in no sequence: two notices pasted together.
        f"一、总体要求 {SENTENCE * 4} 一、重点任务 {SENTENCE * 4}",
        # Short: a line with two headings is a line.
        f"一、总体要求 {SENTENCE} 二、重点任务",
        # Headings glued to the text before them, with no space or sentence end.
        f"做好规划一、总体要求{SENTENCE * 4}做好落实二、重点任务{SENTENCE * 4}",
        # A lone first item before a first section is no outline's opening.
        f"{SENTENCE * 4} 1.加快建设。{SENTENCE} 一、总体要求{SENTENCE}",
    ],
    ids=["numerals-in-text", "no-sequence", "short", "glued", "item-before-section"],
)
def test_other_lines_are_never_cut(text: str) -> None:
    assert parts(text) == [text]


@given(
    st.lists(
        st.sampled_from(
            [
                "一、总体要求",
                "二、重点任务",
                "(一)实施",
                "(二)推进",
                "1.加强",
                "2.完善",
                SENTENCE,
                " ",
                "：",
                "。",
            ]
        ),
        max_size=60,
    )
)
def test_parts_are_the_lines_own_characters_in_order(pieces: list[str]) -> None:
    text = "".join(pieces)
    lines = split_lines(text)
    if not lines:
        return
    (line,) = lines
    cut = unfold_lines([line])
    assert "".join(p.text for p in cut).replace(" ", "") == line.text.replace(" ", "")
    for before, after in itertools.pairwise(cut):
        assert before.end <= after.start
    for part in cut:
        assert text[part.start : part.end] == part.text and part.no == 1
    # A short line is a line, but for a section's heading glued to its first point, the
    # next heading glued to the end of a paragraph ("…第一书记。(二)帮扶力量安排。"), or
    # set after its sentence by a space on a line that opens with none ("…门户。 二、主要
    # 目标"), and a signature and date before the plan's title: forms a copy makes at any
    # length.
    spaced_heading = SPACED_HEADING_AT_END_RE.search(line.text) and not (
        SECTION_RE.match(line.text) or GROUP_RE.match(line.text)
    )
    kept_whole = not (
        SECTION_THEN_FIRST_POINT_RE.match(line.text)
        or GLUED_HEADING_AT_END_RE.search(line.text)
        or spaced_heading
        or SIGNED_THEN_TITLE_RE.match(line.text)
    )
    if len(line.text) < MIN_RUN_TOGETHER_LEN and kept_whole:
        assert cut == [line]


def test_a_part_outside_the_items_is_quoted_at_its_own_column() -> None:
    # The opening of a page run together stands after an item's tag: that part
    # belongs to no item; the diagnostic quoting it counts for it (by its column).
    measure = "以金融财税、质量安全、环境保护等领域为重点,完善评价指标,推进评价结果应用。"
    line = (
        "根据国家部署,结合本市实际,制定本行动计划。 一、建立覆盖各类主体的信用评价体系 "
        f"(一)建立企业信用评价体系。{measure * 3} (二)建立个人信用评价体系。{measure * 3}"
    )
    text = f"江城市2017年行动计划\n1.推进项目建设。（市发改委负责）\n{line}\n"
    notice = parse_notice(text)
    assert_lossless(text, notice)
    outside = [d for d in notice.diagnostics if d.code == "text-outside-item"]
    assert [(d.line, d.column) for d in outside] == [(3, 1)]


def test_a_task_tables_rows_written_with_bars_are_cut_into_their_cells() -> None:
    text = (
        "江城县2025年食品安全重点工作任务清单\n"
        "| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
        "| 一、加大治理力度 | (一)强化源头治理 | 1.加强防控。 | 县农业局牵头 | 2025年11月底前 |\n"
        "| 2.持续开展行动。 | 县农业农村局 | 2025年11月底前 | ||\n"
        "附件2 | 名单\n"
    )
    assert parts(text) == [
        "江城县2025年食品安全重点工作任务清单",
        *["工作目标", "工作内容", "工作措施", "责任单位", "完成时限"],
        *["一、加大治理力度", "(一)强化源头治理", "1.加强防控。", "县农业局牵头", "2025年11月底前"],
        *["2.持续开展行动。", "县农业农村局", "2025年11月底前"],
        # (a line with one bar after the table is no row)
        "附件2 | 名单",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A page's metadata box is no task table: its cells stay one line.
        "索引号 | 115002300086860353/2023-00019 | 发布机构 | 丰都县政府办 |\n",
        # Nor a table whose header names no task and unit columns.
        "姓名 | 职务 | 电话 |\n张三 | 主任 | 12345 |\n",
    ],
)
def test_rows_of_other_tables_are_never_cut(text: str) -> None:
    assert parts(text) == text.splitlines()


def test_a_title_glued_to_its_text_keeps_its_whole_kind() -> None:
    text = (
        "女职工部2023年创新和重点工作安排2023年市总女职工工作总体思路是围绕一个中心。"
        + SENTENCE * 3
        + " 一、贯彻新思想,实施女职工思想引领行动 "
        + SENTENCE * 2
        + " 二、聚焦新目标,实施女职工康乃馨提升行动 "
        + SENTENCE * 2
    )
    assert parts(text)[0] == "女职工部2023年创新和重点工作安排"


def test_an_opening_that_announces_its_parts_cuts_before_the_first() -> None:
    # An excerpt that stops inside section 一: the opening names the parts to come.
    text = (
        "2012年全省科技工作将以科学发展观为指导,加快实施科技发展规划。"
        + SENTENCE * 3
        + "重点抓好以下七个方面工作: 一、瞄准产业调整升级需求,突破一批关键核心技术。"
        + SENTENCE * 3
    )
    cut = parts(text)
    assert [p[:6] for p in cut] == ["2012年全", "一、瞄准产业"]


def test_a_title_that_names_its_work_before_its_kind_is_whole() -> None:
    # "…重点工作" inside "…重点工作的实施意见" ends no title.
    text = (
        "关于做好二〇二三年全面推进乡村振兴重点工作的实施意见江城是鱼米之乡。"
        + SENTENCE * 3
        + "(一)压紧压实粮食安全政治责任。"
        + SENTENCE * 2
        + "(二)健全种粮农民收益保障机制。"
        + SENTENCE
    )
    assert parts(text)[0] == "关于做好二〇二三年全面推进乡村振兴重点工作的实施意见"


def test_a_sharing_sites_slogan_glued_before_the_text_is_its_own() -> None:
    text = (
        "精选优质文档-倾情为你奉上江城镇屯二小学学生课后服务工作实施方案"
        f"一、指导思想{SENTENCE * 3}二、实施原则。{SENTENCE * 3}三、工作程序和办法。{SENTENCE}"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [c.text for c in notice.source.chrome] == ["精选优质文档-倾情为你奉上"]
    assert (notice.title, notice.organization) == (
        "江城镇屯二小学学生课后服务工作实施方案",
        "江城镇屯二小学",
    )
    assert [s.title for s in notice.sections] == ["指导思想", "实施原则", "工作程序和办法"]


def test_a_footers_record_number_glued_before_the_title_is_its_own() -> None:
    text = (
        "豫公网安备 41152702000118号\n"
        "豫ICP备09002785号-3江城省科技特派员助力乡村振兴\n"
        "五年行动计划(2021-2025年)\n"
        f"{SENTENCE}\n一、总体要求\n{SENTENCE}\n二、重点任务\n{SENTENCE}\n"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert "豫ICP备09002785号-3" in [c.text.strip() for c in notice.source.chrome]
    assert (notice.title, notice.organization) == (
        "江城省科技特派员助力乡村振兴五年行动计划(2021-2025年)",
        "江城省",
    )


def test_a_sharing_sites_note_that_its_file_can_be_edited_is_its_own() -> None:
    text = (
        "江城小学2024第一学期工作计划\n"
        "下载后可任意编辑 江城小学2024第一学期工作计划 "
        f"一、指导思想{SENTENCE * 3}二、工作目标。{SENTENCE * 3}三、主要工作及措施。{SENTENCE}"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert "下载后可任意编辑" in [c.text.strip() for c in notice.source.chrome]
    assert notice.title == "江城小学2024第一学期工作计划"
    assert [s.title for s in notice.sections] == ["指导思想", "工作目标", "主要工作及措施"]


def test_a_heading_glued_to_the_title_that_opens_the_line_is_set_apart_by_it() -> None:
    # Only 二、 follows a sentence's end; 一、 follows the title, which ends there.
    text = f"课后服务实施方案一、指导思想{SENTENCE * 4}二、实施原则。{SENTENCE * 3}"
    assert parts(text)[:2] == ["课后服务实施方案", f"一、指导思想{SENTENCE * 4}"]
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == "课后服务实施方案"
    assert [s.title for s in notice.sections] == ["指导思想", "实施原则"]


def printed(*paragraphs: str, width: int = 28) -> str:
    """Paragraphs as a PDF prints them, lines of ``width``, a copy's spaces for breaks."""
    lines = [p[i : i + width] for p in paragraphs for i in range(0, len(p), width)]
    return " ".join(lines)


def test_a_heading_that_fills_its_printed_line_goes_on_to_its_sentences_end() -> None:
    heading = "一、加强领导、健全机制,科普工作制度规范落实,为开展社区科普活动提供有利保证。"
    second = "二、围绕建设文明和谐社区的目标,积极开展社区科普活动。"
    text = "建国社区科普工作实施方案 " + printed(
        "建国社区为大力开展社区科普工作,提高公众的科技文化素质,现制定本方案。",
        heading,
        SENTENCE * 3,
        second,
        SENTENCE * 3,
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [s.title for s in notice.sections] == [heading[2:-1], second[2:-1]]


def test_a_heading_alone_on_a_full_printed_line_ends_there() -> None:
    # A heading as wide as the line, then a paragraph of several lines: the space
    # after the heading is its end, not a wrap inside it.
    heading = "一、加强领导健全机制落实科普工作制度推动社区科普工作开展"  # 28 characters
    text = "建国社区科普工作实施方案 " + printed(
        "建国社区为大力开展社区科普工作,提高公众的科技文化素质,现制定本方案。",
        heading,
        SENTENCE * 3,
        "二、开展活动",
        SENTENCE * 3,
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [s.title for s in notice.sections] == [heading[2:], "开展活动"]
