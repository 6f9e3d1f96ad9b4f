"""Lead and supporting units: every written form, as a table."""

from __future__ import annotations

import pytest

from castplan import parse_notice
from castplan.grammar.units import (
    find_leading_tag,
    find_open_tag,
    find_trailing_tag,
    parse_unit_tag,
    split_unit_names,
)
from castplan.model import Notice

from .helpers import assert_lossless

# (tag content, lead, supporting); None when the parenthesis is no tag.
TAGS = [
    ("牽頭部門:宣傳文化部", ["宣傳文化部"], []),
    ("牵头部门：科学技术普及部、国际合作部", ["科学技术普及部", "国际合作部"], []),
    ("牵头单位:区发改局", ["区发改局"], []),
    ("牵头部门:办公厅;配合部门:组织人事部、战略发展部", ["办公厅"], ["组织人事部", "战略发展部"]),
    ("牵头部门：办公厅；配合部门：组织人事部", ["办公厅"], ["组织人事部"]),
    ("科技部负责", ["科技部"], []),
    ("农业农村部、国家林草局负责", ["农业农村部", "国家林草局"], []),
    (
        "财政部、国家知识产权局、中央宣传部等部门负责",
        ["财政部", "国家知识产权局", "中央宣传部"],
        [],
    ),
    ("科技部、教育部牵头,财政部按职责分工负责", ["科技部", "教育部"], ["财政部"]),
    (
        "科技部、教育部牵头，财政部、人社部按职责分工负责",
        ["科技部", "教育部"],
        ["财政部", "人社部"],
    ),
    ("國家發展改革委牽頭,各有關部門按職責分工負責", ["國家發展改革委"], ["各有關部門"]),
    ("市发展改革委牵头,各乡镇人民政府按职责分工分别负责", ["市发展改革委"], ["各乡镇人民政府"]),
    ("省财政厅主办,省国税局、地税局协办", ["省财政厅"], ["省国税局", "地税局"]),
    # A legislative plan names the drafting unit: "(省科技厅起草,5月初审)".
    ("省科技厅起草,省司法厅配合", ["省科技厅"], ["省司法厅"]),
    (
        "牵头单位:区发改局;责任单位:立山经济开发区,各街道、区直各部门",
        ["区发改局"],
        ["立山经济开发区", "各街道", "区直各部门"],
    ),
    ("责任单位:市科协", ["市科协"], []),
    # Units that carry out the work by their remits, one with a note in brackets.
    (
        "各县(市)区人民政府,开发区管委会,市政府各部门(单位)按照职能分别落实",
        ["各县(市)区人民政府", "开发区管委会", "市政府各部门(单位)"],
        [],
    ),
    (
        "牵头单位:省编办;协同单位:省财政厅、省农业厅等省直有关部门和各市人民政府",
        ["省编办"],
        ["省财政厅", "省农业厅", "各市人民政府"],
    ),
    ("科协牵头,科技局配合", ["科协"], ["科技局"]),
    ("牵头责任单位:县卫健委;主要协作单位:各乡镇人民政府", ["县卫健委"], ["各乡镇人民政府"]),
    (
        "牵头单位:市大数据局;责任单位:市直有关部门、单位,各区市政府",
        ["市大数据局"],
        ["市直有关部门、单位", "各区市政府"],
    ),
    # Ordinary parentheses are text.
    ("2026—2030年", None, None),
    ("CAST-Scholar", None, None),
    ("促进会", None, None),
    ("企業", None, None),
    ("冬令營", None, None),
    ("境", None, None),
    ("提名", None, None),
    ("加强组织领导,切实负责", None, None),
    # A role may name the work it does after it; the work alone names no unit.
    ("市发改委牵头推进", ["市发改委"], []),
    ("市教育局牵头组织实施", ["市教育局"], []),
    ("市科技局负责推进", ["市科技局"], []),
    ("市发展改革委牵头办理", ["市发展改革委"], []),
    ("市农业农村局负总责", ["市农业农村局"], []),
    ("住房和城乡建设部牵头指导,城市人民政府负责落实", ["住房和城乡建设部"], ["城市人民政府"]),
    # (or two works: "牵头指导推进")
    ("县人力资源和社会保障局牵头指导推进", ["县人力资源和社会保障局"], []),
    ("县人社局、县农业农村局牵头组织推进", ["县人社局", "县农业农村局"], []),
    ("市民政局主责,市财政局配合", ["市民政局"], ["市财政局"]),
    ("市科技局牵头,各区政府具体实施", ["市科技局"], ["各区政府"]),
    ("市发改委牵头,市财政局配合推进", ["市发改委"], ["市财政局"]),
    # (a 、 after the lead's role sets its clause apart as a comma would)
    ("區水務局牽頭、各街辦配合", ["區水務局"], ["各街辦"]),
    ("市发改委牵头、市财政局", ["市发改委"], ["市财政局"]),
    ("市委宣传部牵头,市直各部门参与配合", ["市委宣传部"], ["市直各部门"]),
    ("市发改委牵头,各县(市、区)人民政府共同推进", ["市发改委"], ["各县(市、区)人民政府"]),
    ("由各地组织实施", None, None),
    ("各地共同推进", None, None),
    # Offices named after the lead with no role of their own support it; words that
    # name no office leave the bracket prose.
    ("市发改委牵头,市财政局、市自然资源局", ["市发改委"], ["市财政局", "市自然资源局"]),
    ("市发改委牵头,加强协调", None, None),
    # The main or the direct units named so; a person named beside the unit is none;
    # labels a slash sets apart.
    ("主要责任单位:市发改委", ["市发改委"], []),
    ("主要牵头单位:市发改委;配合单位:市财政局", ["市发改委"], ["市财政局"]),
    ("责任单位:市发改委;责任人:张三", ["市发改委"], []),
    ("牵头单位:市发改委 联系人:李四", ["市发改委"], []),
    ("市发改委 责任人:张三", ["市发改委"], []),
    ("责任人:张三", None, None),
    ("牵头单位:市发改委/配合单位:市财政局", ["市发改委"], ["市财政局"]),
    # (those that take the work on or have charge of it; a ministry's departments;
    # one office named alone)
    ("承担单位:市科技局", ["市科技局"], []),
    ("主管部门:市财政局", ["市财政局"], []),
    ("牵头司局:高技术司;配合司局:规划司", ["高技术司"], ["规划司"]),
    ("责任处(室):计划财务处", ["计划财务处"], []),
    ("牵头机构:市大数据中心", ["市大数据中心"], []),
    # (a label that says its names are)
    ("牵头单位为市科技局，配合单位为市财政局", ["市科技局"], ["市财政局"]),
    # (a party committee's or an association's departments; the work taken on, or the
    # main charge, named alone)
    ("牵头部室:组织部;配合部室:宣传部", ["组织部"], ["宣传部"]),
    ("责任部室:办公室", ["办公室"], []),
    ("主办:市科协;承办:市科技馆", ["市科协"], ["市科技馆"]),
    ("承办:市科技局", ["市科技局"], []),
    ("主责:市科技局", ["市科技局"], []),
    # (a compound label: a level before the role, or the work the role takes on after
    # it; the role word gives its kind)
    ("牵头负责单位:市科技局;协调配合单位:市财政局", ["市科技局"], ["市财政局"]),
    ("牵头落实单位:市发改委,参与实施单位:市财政局", ["市发改委"], ["市财政局"]),
    ("市直牵头单位:市科技局", ["市科技局"], []),
    ("省级牵头部门:省科技厅", ["省科技厅"], []),
    ("责任落实单位:各县区", ["各县区"], []),
    ("具体负责单位:市教育局", ["市教育局"], []),
    ("组织实施单位:市教育局", ["市教育局"], []),
    ("市直责任单位:市科技局", ["市科技局"], []),
    ("主要承办单位:市科技局", ["市科技局"], []),
    ("落实责任单位:市科技局", ["市科技局"], []),
    ("具体实施单位:各县区 完成时限:2025年底", ["各县区"], []),
    ("牵头负责单位:市科技局协调配合单位:市财政局", ["市科技局"], ["市财政局"]),
    ("【牵头负责单位】市科技局【协同配合单位】市财政局", ["市科技局"], ["市财政局"]),
    ("市直配合单位:市财政局", [], ["市财政局"]),
    ("工作责任单位:市科技局", ["市科技局"], []),
    ("行业主管部门:市交通运输局", ["市交通运输局"], []),
    ("归口管理单位:市财政局", ["市财政局"], []),
    ("任务牵头单位:市科技局;任务配合单位:市财政局", ["市科技局"], ["市财政局"]),
    # (the charge before the role, the work after the supporter, the one who does it)
    ("责任牵头单位:市科技局;配合推进单位:市财政局", ["市科技局"], ["市财政局"]),
    (
        "主要承担单位:市科技局;协同推进单位:市财政局、市人社局",
        ["市科技局"],
        ["市财政局", "市人社局"],
    ),
    ("具体承办单位:市科技局", ["市科技局"], []),
    ("责任推进单位:各县区", ["各县区"], []),
    # (Jiangsu's pair: the office that handles it and those that handle it with it)
    ("主办单位:市科技局;会办单位:市财政局", ["市科技局"], ["市财政局"]),
    ("主办处室:规划处;会办处室:财务处", ["规划处"], ["财务处"]),
    # (those besides the lead; leads together, or the lead and the responsible in one
    # label; the one that leads or drives it)
    ("牵头单位:市科技局;相关责任单位:市财政局", ["市科技局"], ["市财政局"]),
    ("其他配合单位:市财政局", [], ["市财政局"]),
    ("共同牵头单位:市科技局、市财政局", ["市科技局", "市财政局"], []),
    ("牵头(责任)单位:市科技局;协作配合单位:市财政局", ["市科技局"], ["市财政局"]),
    ("牵头和责任单位:市科技局", ["市科技局"], []),
    ("责任主体单位:各镇街", ["各镇街"], []),
    ("主导部门:市发改委;配合协作单位:市财政局", ["市发改委"], ["市财政局"]),
    ("牵头统筹单位:市发改委", ["市发改委"], []),
    # (a lead's label with two words of any kind before or after 牵头, where 单位 or
    # 部门 closes it, as offices coin them)
    ("具体牵头单位:市科技局;配合单位:市财政局", ["市科技局"], ["市财政局"]),
    ("州级牵头部门:州科技局", ["州科技局"], []),
    ("牵头执行单位:市科技局", ["市科技局"], []),
    ("牵头主管部门:市科技局", ["市科技局"], []),
    # (the members of a joint body the first one sits on close the list, no unit)
    (
        "牵头单位:省发展改革委;配合单位:省财政厅等省社会信用体系建设联席会议相关成员单位",
        ["省发展改革委"],
        ["省财政厅"],
    ),
    ("科技局牵头:市财政局", None, None),
    # (the role's work alone is no label)
    ("组织实施", None, None),
    ("负责落实", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(
    ("content", "lead", "supporting"), TAGS, ids=[t[0] or "empty" for t in TAGS]
)
def test_parse_unit_tag(content: str, lead: list[str] | None, supporting: list[str] | None) -> None:
    units = parse_unit_tag(content)
    if lead is None:
        assert units is None
        return
    assert units is not None
    assert units.resolve() == (lead, supporting)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("抓好工作落實。(牽頭部門:辦公廳)", "(牽頭部門:辦公廳)"),
        ("抓好工作落實。（牵头部门：办公厅）", "（牵头部门：办公厅）"),
        ("抓好工作落实（科技部负责）。", "（科技部负责）"),
        ("形成基期(2025年)研究報告。", None),
        ("推動企業科協聯合體(促進會)建設", None),
        ("研究編制《綱要實施方案(2026—2030年)》", None),
        (
            "啟動學術科協(CAST-Scholar)平臺建設。(牽頭部門:科學技術創新部)",
            "(牽頭部門:科學技術創新部)",
        ),
        ("(牽頭部門:辦公廳", None),
        # Unit names alone are a tag only after the item's last sentence.
        ("不断提高推动工作跨越发展的能力。(各成员单位)", "(各成员单位)"),
        ("加强基层科普能力建设。（市科协、市科技局）", "（市科协、市科技局）"),
        ("抓好监督检查工作。(专利管理司、监察办公室)", "(专利管理司、监察办公室)"),
        ("推动全市科协(各成员单位)协同发展", None),
        # ... or after a heading with no stop, "1.完善科技创新机制(市科技局)"; but not
        # after an office's own name, whose brackets list the offices it holds, nor
        # names with a date, a document's issuers and day.
        ("推动全市科协协同发展(各成员单位)", "(各成员单位)"),
        ("完善科技创新机制（市科技局）", "（市科技局）"),
        ("综合办公室(党群工作部、监察室、督查室)", None),
        ("教育部2017年工作要点(教育部,2017年2月14日)", None),
        # (the places of a level named together are units alone too)
        ("落实资金保障。（市财政局、各县市区）", "（市财政局、各县市区）"),
        # (of several levels: "各镇、街道", "各县、市、区", "各村、社区")
        ("落实资金保障。（市农业农村局、各镇、街道）", "（市农业农村局、各镇、街道）"),
        ("落实资金保障。（各县、市、区）", "（各县、市、区）"),
        ("落实资金保障。（各乡镇、街道、园区）", "（各乡镇、街道、园区）"),
        ("落实资金保障。（各村、社区）", "（各村、社区）"),
        ("落实资金保障。（加强各镇、街道）", None),
        ("落实资金保障。（各区县（自治县）政府）", "（各区县（自治县）政府）"),
        # (and an office's sections, a body's own union, league or committee, its
        # party branches, stations, halls, squads, presses, federations and banks)
        ("抓好财务管理。（人事科、财务科）", "（人事科、财务科）"),
        ("抓好规划编制。（规划股）", "（规划股）"),
        ("关心职工生活。（工会）", "（工会）"),
        ("开展志愿服务。（团委、学生会）", "（团委、学生会）"),
        ("抓好学术评议。（校学术委员会）", "（校学术委员会）"),
        ("发挥堡垒作用。（各基层党组织）", "（各基层党组织）"),
        ("推广农业技术。（县农技站、市文化馆）", "（县农技站、市文化馆）"),
        ("加强执法检查。（综合执法大队、县司法所）", "（综合执法大队、县司法所）"),
        ("加强宣传报道。（日报社、市电视台、市文联）", "（日报社、市电视台、市文联）"),
        ("优化通关服务。（江城海关、人民银行江城中心支行）", "（江城海关、人民银行江城中心支行）"),
        # (and schools, a zone's or a congress's standing committee, the political
        # consultative conference, the Red Cross, each enterprise; never a kind or a
        # count of schools, nor teachers' surnames before their school)
        ("抓好招生工作。（市第一中学、实验小学、江城大学）", "（市第一中学、实验小学、江城大学）"),
        ("抓好项目落地。（高新区管委会、市人大常委会）", "（高新区管委会、市人大常委会）"),
        ("开展救助活动。（市政协、市红十字会）", "（市政协、市红十字会）"),
        ("落实安全责任。（各企业、各中小学校）", "（各企业、各中小学校）"),
        ("创建特色学校。（示范学校）", None),
        ("推进集团化办学。（30所学校）", None),
        ("组织听课评课。（谢、王、厚余小学）", None),
        # (and places by their own names: towns, and GB/T 2260's cities, counties and
        # districts; never a kind of town, county or area, nor a contest's zone)
        ("推广先进经验。（城关镇、河口镇）", "（城关镇、河口镇）"),
        ("推广先进经验。（绥滨县、萝北县、东胜区）", "（绥滨县、萝北县、东胜区）"),
        ("推广先进经验。（晋城市、长治市）", "（晋城市、长治市）"),
        ("推广先进经验。（重点镇）", None),
        # (and zones that run themselves, and the offices of a kind; never a kind of
        # zone)
        ("加快项目建设。（高新区、经开区）", "（高新区、经开区）"),
        ("加快项目建设。（嘉鱼经济开发区、南太湖新区）", "（嘉鱼经济开发区、南太湖新区）"),
        ("加快项目建设。（新材料产业园、江城工业园区）", "（新材料产业园、江城工业园区）"),
        ("加快项目建设。（全域旅游示范区）", None),
        ("规范执法行为。（各行政执法机关、各直属机构）", "（各行政执法机关、各直属机构）"),
        ("加快项目建设。（国家级高新区）", None),
        ("加快项目建设。（重点园区）", None),
        ("加快项目建设。（产业园）", None),
        ("推广先进经验。（贫困县）", None),
        ("推广先进经验。（城区）", None),
        ("承办阅读马拉松大赛。（桐城赛区）", None),
        # (units named after a dash that closes the last sentence; never a dash
        # inside a sentence, nor a quotation's author)
        ("推动平台建设。——市科技局", "——市科技局"),
        ("加快成果转化。——市财政局、市税务局。", "——市财政局、市税务局"),
        ("加快成果转化。——牵头单位：市财政局", "——牵头单位：市财政局"),
        ("构建两个体系——科技创新体系和服务体系", None),
        ("坚持创新驱动发展。——习近平", None),
        # (but never a meeting, a degree, a site, a platform or a place)
        ("召开工作会议。（座谈会）", None),
        ("扩大招生规模。（本科）", None),
        ("建设公共服务平台。（服务平台）", None),
        ("加强内容管理。（政府网站）", None),
        ("落实禁烟规定。（公共场所）", None),
        ("完善评价体系。(试行)", None),
        # (a name never holds a semicolon: two clauses, one no name, are no tag)
        ("落实资金保障。（加强协调；市财政局）", None),
        ("加强队伍建设。(分管副市长)", None),
        # ... also with a note on the tags below after them.
        (
            "全年建设零工驿站。〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕",
            "〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕",
        ),
    ],
)
def test_only_a_tag_at_the_end_counts(text: str, tag: str | None) -> None:
    found = find_trailing_tag(text)
    if tag is None:
        assert found is None
    else:
        assert found is not None
        assert text[found[0] : found[1]] == tag


# Tags that state which unit leads, and tags that name people first: (content, lead, supporting).
TAGS_WITH_RULES = [
    ("省发展改革委、省财政厅负责，列第一位的为牵头单位", ["省发展改革委"], ["省财政厅"]),
    (
        "责任单位:标准化处、省药监局相关处室,各市〔州〕市场监管局;"
        "若工作涉及多个处室的,列第一的为牵头责任处室,下同",
        ["标准化处"],
        ["省药监局相关处室", "各市〔州〕市场监管局"],
    ),
    (
        "分管副省長、協管副秘書長負責,省經信委、省發改委負責。"
        "責任單位兩個以上的,列第一者為牽頭單位,下同",
        ["省經信委"],
        ["省發改委"],
    ),
    ("市商务局、市财政局负责，排在第一位的为牵头部门", ["市商务局"], ["市财政局"]),
    # Names alone, the rule after a full stop, the first "ranked" first; a grain
    # depot is a unit.
    (
        "市發改委、市農委、各縣市區人民政府、中儲糧株洲直屬庫。排名第一的為牽頭單位,下同",
        ["市發改委"],
        ["市農委", "各縣市區人民政府", "中儲糧株洲直屬庫"],
    ),
    # The first named by its rank, in brackets after the list.
    ("责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)", ["市发改委"], ["市财政局"]),
    # "牵头负责" leads; "参加" supports; a 场 (farm, forest station) is a unit.
    (
        "县政府法制办、人行德安分行、县发改委牵头负责",
        ["县政府法制办", "人行德安分行", "县发改委"],
        [],
    ),
    ("发展改革委、人民银行牵头负责,法制办参加", ["发展改革委", "人民银行"], ["法制办"]),
    ("县直有关部门、各乡镇场负责", ["县直有关部门", "各乡镇场"], []),
    ("政務司司長辦公室/勞工及福利局負責", ["政務司司長辦公室", "勞工及福利局"], []),
    ("分管副市长负责,市发改委牵头", ["市发改委"], []),
    # The rule in brackets of its own after the list, with an exception before it.
    (
        "责任单位:市政府办公室、各区县政府(含南太湖新区管委会)(列第一位的为工作牵头单位或汇总单位,下同)",
        ["市政府办公室"],
        ["各区县政府(含南太湖新区管委会)"],
    ),
    # A list that says who leads: the names after the lead support it.
    (
        "責任單位:省政府辦公廳、省財政廳牽頭,省商務廳、省文化廣電和旅遊廳"
        "(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)",
        ["省政府辦公廳", "省財政廳"],
        ["省商務廳", "省文化廣電和旅遊廳"],
    ),
    # Without a rule, every 负责 unit leads.
    ("省經信委、省發改委負責", ["省經信委", "省發改委"], []),
]


@pytest.mark.parametrize(("content", "lead", "supporting"), TAGS_WITH_RULES)
def test_tags_that_say_which_unit_leads(
    content: str, lead: list[str], supporting: list[str]
) -> None:
    units = parse_unit_tag(content)
    assert units is not None
    assert units.resolve() == (lead, supporting)


def test_a_rule_followed_by_xiatong_holds_for_the_items_below() -> None:
    with_rule = parse_unit_tag("省发改委、省财政厅负责，列第一位的为牵头单位，下同")
    without = parse_unit_tag("省发改委、省财政厅负责，列第一位的为牵头单位")
    assert with_rule is not None and with_rule.first_leads_below
    assert without is not None and not without.first_leads_below
    later = parse_unit_tag("市商务局、市财政局负责")
    assert later is not None
    assert later.resolve(first_leads=True) == (["市商务局"], ["市财政局"])
    assert later.resolve() == (["市商务局", "市财政局"], [])


def test_a_star_rule_makes_the_starred_units_lead_here_and_below() -> None:
    with_rule = parse_unit_tag("責任單位:☆經信局、科技局。標☆的為牽頭單位,下同。")
    assert with_rule is not None and with_rule.star_rule_below
    assert with_rule.resolve() == (["經信局"], ["科技局"])
    # A later tag marks its lead with the star alone; the rule stated above holds.
    later = parse_unit_tag("責任單位:農業農村局、☆科技局")
    assert later is not None
    assert later.resolve(star_leads=True) == (["科技局"], ["農業農村局"])
    # Without a rule the star says nothing: every 负责 unit leads, named without it.
    assert later.resolve() == (["農業農村局", "科技局"], [])


def test_a_star_rule_holds_for_the_items_below_in_a_plan() -> None:
    text = (
        "江城县人工智能+行动计划\n一、推动重点领域应用\n"
        "(一)推进人工智能+工业制造。支持模型应用。(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。)\n"
        "(二)推进人工智能+现代农业。发展智慧农业。(责任单位:☆农业农村局、科技局)\n"
    )
    assert [(i.lead_departments, i.supporting_departments) for i in parse_notice(text).items()] == [
        (["经信局"], ["科技局"]),
        (["农业农村局"], ["科技局"]),
    ]


def test_other_labelled_clauses_name_no_unit_but_keep_the_deadline() -> None:
    units = parse_unit_tag("责任领导：张三；牵头单位：市科协；完成时限：2025年6月底")
    assert units is not None
    assert units.resolve() == (["市科协"], [])
    assert units.deadline == "2025年6月底"
    deadline_only = parse_unit_tag("完成时限：2025年6月底")
    assert deadline_only is not None
    assert (deadline_only.resolve(), deadline_only.deadline) == (([], []), "2025年6月底")
    assert parse_unit_tag("责任领导：张三") is None


# Real tag shapes that end with a deadline, a standing status or a note, and the
# labels of task-division notices: (tag content, lead, supporting, deadline).
TAGS_WITH_DEADLINES = [
    # (the deadline before the units)
    ("持续推进；市财政局牵头", ["市财政局"], [], "持续推进"),
    ("2025年底前完成，市科技局负责", ["市科技局"], [], "2025年底前完成"),
    # Labelled clauses set apart by commas, the deadline's label among them.
    (
        "牵头单位:区司法局、区政府办公室,责任单位:区政府各部门、各乡镇街道,完成时限:长期坚持",
        ["区司法局", "区政府办公室"],
        ["区政府各部门", "各乡镇街道"],
        "长期坚持",
    ),
    (
        "国家发展改革委牵头，财政部等按职责分工负责；2025年6月底前完成",
        ["国家发展改革委"],
        ["财政部"],
        "2025年6月底前完成",
    ),
    (
        "省发展改革委牵头，省财政厅等按职责分工负责；2019年6月底前完成",
        ["省发展改革委"],
        ["省财政厅"],
        "2019年6月底前完成",
    ),
    ("国务院各部门分别负责,年内持续推进", ["国务院各部门"], [], "年内持续推进"),
    ("市科技局负责；持续推进", ["市科技局"], [], "持续推进"),
    ("市委组织部牵头;长期坚持", ["市委组织部"], [], "长期坚持"),
    ("省科技厅起草,5月初审", ["省科技厅"], [], "5月初审"),
    ("牵头单位：市教育局；完成时限：2024年12月底", ["市教育局"], [], "2024年12月底"),
    ("责任单位:市建设局;时限要求:持续推进", ["市建设局"], [], "持续推进"),
    (
        "责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府",
        ["省发展改革委", "省市场监管局", "商务厅", "省大数据中心"],
        [],
        None,
    ),
    (
        "牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。以下任务均需各区市政府落实",
        ["市行政审批服务局"],
        ["市直有关部门、单位", "各区市政府", "开发区管委"],
        None,
    ),
    ("责任科室:组干科、机关党委", ["组干科", "机关党委"], [], None),
    # A labelled list whose leads close with their role word and a 、.
    (
        "责任单位:经济投资局和航空口岸局分别牵头、区发改局",
        ["经济投资局", "航空口岸局"],
        ["区发改局"],
        None,
    ),
    # A note after a comma on how the tags below read names no unit.
    ("市人社局负责,此项及以下任务均需各县(市、区)落实,不再列出", ["市人社局"], [], None),
    # A page nests tortoise-shell brackets in a tag for round ones.
    (
        "市发展和改革委员会、市交通运输局,各县〔市、区〕政府〔管委会〕按职责分工负责",
        ["市发展和改革委员会", "市交通运输局", "各县〔市、区〕政府〔管委会〕"],
        [],
        None,
    ),
    # Two kinds of office named together in the label.
    ("责任处室及单位:种植业管理处,农技中心", ["种植业管理处", "农技中心"], [], None),
    ("牵头部门(单位):市财政局;配合部门:市税务局", ["市财政局"], ["市税务局"], None),
    (
        "责任单位:县政府办公室、县司法局,乡镇人民政府按职责分工分别负责",
        ["县政府办公室", "县司法局", "乡镇人民政府"],
        [],
        None,
    ),
    # Each for its own part, and each carrying it out: the role words are no part of a name.
    (
        "责任单位:市卫生局、市食品局、市政府办公室各负其责,各区县分别落实",
        ["市卫生局", "市食品局", "市政府办公室", "各区县"],
        [],
        None,
    ),
    ("市科协、市教育局各负其责", ["市科协", "市教育局"], [], None),
    ("牵头责任单位:省发展改革委", ["省发展改革委"], [], None),
    ("协同责任单位:省政府各部门、各直属机构", [], ["省政府各部门", "各直属机构"], None),
    ("部门分工:省发展改革委牵头,各地、各部门配合", ["省发展改革委"], ["各地", "各部门"], None),
    ("主办单位:市科协;协办单位:市教育局", ["市科协"], ["市教育局"], None),
    ("责任主体:各区（县、市）人民政府（管委会）", ["各区（县、市）人民政府（管委会）"], [], None),
    ("主体责任单位:各村(居)", ["各村(居)"], [], None),
    # A generic word after 和 goes on with the collective, its 和 kept.
    (
        "责任单位:镇直镇企各有关单位和部门、各村(居)",
        ["镇直镇企各有关单位和部门", "各村(居)"],
        [],
        None,
    ),
    # "各县、区人民政府" is one collective; after a lead, "负责落实" units support it.
    (
        "市生态环境局牵头,市发展和改革局、自然资源局参与,各县、区人民政府(管委会)负责落实",
        ["市生态环境局"],
        ["市发展和改革局", "自然资源局", "各县、区人民政府(管委会)"],
        None,
    ),
    # Three roles: a bare 落实 after the lead supports it too.
    (
        "市河长办牵头,各成员单位参与,各乡(镇)办落实",
        ["市河长办"],
        ["各成员单位", "各乡(镇)办"],
        None,
    ),
    # A note after the units on how to read the tags below names no unit.
    (
        "市委组织部、市委宣传部,各有关部门分工负责;以下各项工作均需各县区具体落实,不再注明",
        ["市委组织部", "市委宣传部", "各有关部门"],
        [],
        None,
    ),
    # Leads by their duties, each its own part.
    (
        "发展改革委、公安部按照职责分工分别牵头负责,中央编办、民政部参加",
        ["发展改革委", "公安部"],
        ["中央编办", "民政部"],
        None,
    ),
    # Places named bare share the government of the last of them: one collective.
    (
        "江城机场扩建指挥部、江城、黑河、绥芬河市政府、省农垦总局负责",
        ["江城机场扩建指挥部", "江城、黑河、绥芬河市政府", "省农垦总局"],
        [],
        None,
    ),
    # ... also where the list closes on it with 等, a wrap's space inside its name.
    (
        "省发展改革委、 省教育厅,长沙、株洲、湘潭市人民 政府等按职责分工负责",
        ["省发展改革委", "省教育厅", "长沙、株洲、湘潭市人民 政府"],
        [],
        None,
    ),
    # ... or the committee of the last one's development zone.
    (
        "市环保局牵头,市经信委配合,临汾、侯马、洪洞经济开发区管委会负责落实",
        ["市环保局"],
        ["市经信委", "临汾、侯马、洪洞经济开发区管委会"],
        None,
    ),
    # Roles run together with no comma between them.
    ("县司法局牵头各行政机关负责", ["县司法局"], ["各行政机关"], None),
    ("市科技局牵头市财政局配合", ["市科技局"], ["市财政局"], None),
    # An association named short ends a name as an office does.
    (
        "省卫生健康委牵头负责,省妇联、省计生协等有关部门参与",
        ["省卫生健康委"],
        ["省妇联", "省计生协"],
        None,
    ),
    ("牵头领导:王五;牵头单位:区发改局", ["区发改局"], [], None),
    ("建議組織單位:區委宣傳部、區科技局", ["區委宣傳部", "區科技局"], [], None),
    ("县分局牵头,各有关部门按照职责分工负责", ["县分局"], ["各有关部门"], None),
    ("责任科室:财务科、办公室", ["财务科", "办公室"], [], None),
    # Names alone under the rule that the first listed leads; a name holds its office.
    (
        "省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同",
        ["省经信委"],
        ["省发改委(省能源局)"],
        None,
    ),
    # Several labels on one line, set apart by spaces; a 政协 plan's sector group leads
    # and the departments it consults support.
    ("牵头单位:市发改委 配合单位:市财政局", ["市发改委"], ["市财政局"], None),
    (
        "时间安排:4月 牵头界别组:无党派组 协商部门:省住建厅、经信委",
        ["无党派组"],
        ["省住建厅", "经信委"],
        "4月",
    ),
    # More deadline labels; a bare 时间 beside units (before or after them) gives it too.
    ("牵头单位:市科技局;截止时间:2025年6月底", ["市科技局"], [], "2025年6月底"),
    ("牵头单位:市科技局;进度安排:2025年6月底前", ["市科技局"], [], "2025年6月底前"),
    ("责任单位:市科技局 办结时限:2025年9月", ["市科技局"], [], "2025年9月"),
    ("牵头单位:市科技局,时间:2025年6月", ["市科技局"], [], "2025年6月"),
    ("时间:全年;牵头单位:市科技局;配合单位:市财政局", ["市科技局"], ["市财政局"], "全年"),
    # Labels run on after an office's name with nothing between, where a line break or
    # a cell border stood.
    ("牵头单位:市科技局配合单位:市财政局完成时限:2025年底", ["市科技局"], ["市财政局"], "2025年底"),
]


@pytest.mark.parametrize(
    ("content", "lead", "supporting", "deadline"),
    TAGS_WITH_DEADLINES,
    ids=[t[0][:20] for t in TAGS_WITH_DEADLINES],
)
def test_tags_with_deadlines_statuses_and_new_labels(
    content: str, lead: list[str], supporting: list[str], deadline: str | None
) -> None:
    units = parse_unit_tag(content)
    assert units is not None
    assert (units.resolve(), units.deadline) == ((lead, supporting), deadline)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("持续实施“歇业登记”等新制度。〔责任单位:省市场监管局〕", "〔责任单位:省市场监管局〕"),
        ("推进改革。[牵头单位:区发改局]", "[牵头单位:区发改局]"),
        ("落实《意见》(国发〔2022〕18号)", None),
    ],
)
def test_tags_in_other_brackets(text: str, tag: str | None) -> None:
    found = find_trailing_tag(text)
    assert (text[found[0] : found[1]] if found else None) == tag


@pytest.mark.parametrize(
    ("names", "split"),
    [
        ("市人保局,各市(县)、区政府", ["市人保局", "各市(县)、区政府"]),
        # (a town with its note is a unit of its own)
        ("各镇(街道)、市安委会有关成员单位", ["各镇(街道)", "市安委会有关成员单位"]),
    ],
)
def test_a_collective_whose_first_place_has_a_note(names: str, split: list[str]) -> None:
    assert split_unit_names(names) == split


@pytest.mark.parametrize(
    ("names", "split"),
    [
        ("省直有关部门,各州、市人民政府", ["省直有关部门", "各州、市人民政府"]),
        ("自治区教育厅,各盟、市教育局", ["自治区教育厅", "各盟、市教育局"]),
        ("各旗、县、区人民政府", ["各旗、县、区人民政府"]),
        ("各县、市、区政府,市财政局", ["各县、市、区政府", "市财政局"]),
        # (bare levels after the first: towns, streets, communities, parks; never an
        # office's name after them)
        ("各乡镇、街道、园区", ["各乡镇、街道、园区"]),
        ("各村、社区", ["各村、社区"]),
        ("各镇、街道、市财政局", ["各镇、街道", "市财政局"]),
        ("各街道、市城管局", ["各街道", "市城管局"]),
    ],
)
def test_a_collective_of_places_of_any_level(names: str, split: list[str]) -> None:
    # 州 (prefectures), 盟 and 旗 (Inner Mongolia) open a collective as 市 and 县 do.
    assert split_unit_names(names) == split


@pytest.mark.parametrize(
    ("tag", "lead", "supporting"),
    [
        # Beside a 牵头 clause, 责任 and 配合 units support it, in the order named.
        (
            "牵头领导:王某,牵头单位:市发改委,责任单位:市农业农村局、市经信局,数据提供单位:市统计局",
            ["市发改委"],
            ["市农业农村局", "市经信局", "市统计局"],
        ),
        (
            "牵头单位:市商务局;配合单位:市财政局;责任单位:各区县政府",
            ["市商务局"],
            ["市财政局", "各区县政府"],
        ),
        ("牵头单位:市发改委,数据提供单位:市统计局", ["市发改委"], ["市统计局"]),
        # (the key responsible ones under a lead: "重点责任部门")
        (
            "牵头责任部门:城市管理科,重点责任部门:综合执法支队、各县市区城管局",
            ["城市管理科"],
            ["综合执法支队", "各县市区城管局"],
        ),
    ],
)
def test_units_beside_the_lead_support_it_in_the_order_named(
    tag: str, lead: list[str], supporting: list[str]
) -> None:
    units = parse_unit_tag(tag)
    assert units is not None
    assert units.resolve() == (lead, supporting)


@pytest.mark.parametrize(
    ("tag", "lead", "supporting"),
    [
        # Labels in lenticular brackets, with no colon.
        ("【牵头单位】市发改委【配合单位】市财政局", ["市发改委"], ["市财政局"]),
        # Bare role words as labels.
        ("牵头:市发改委;参与:市财政局", ["市发改委"], ["市财政局"]),
        ("主办:市发改委;协办:市财政局", ["市发改委"], ["市财政局"]),
        # (a 、 after the role that handles it, as after 牵头)
        ("市发改委主办、市财政局协办", ["市发改委"], ["市财政局"]),
        ("市发改委主办、市财政局、市商务局协办", ["市发改委"], ["市财政局", "市商务局"]),
        # Labels that name who carries the work out.
        ("落实单位:各县区政府", ["各县区政府"], []),
        ("实施单位:市发改委", ["市发改委"], []),
        ("执行单位:市发改委、市财政局", ["市发改委", "市财政局"], []),
        ("负责单位:市发改委", ["市发改委"], []),
        ("主要负责单位:市发改委", ["市发改委"], []),
        # Roles stated as "为…单位", or with 由 before the names, or a word after the role.
        ("市发改委为牵头单位,市财政局为配合单位", ["市发改委"], ["市财政局"]),
        ("由市发改委牵头,市财政局配合", ["市发改委"], ["市财政局"]),
        ("市发改委牵头抓总", ["市发改委"], []),
        ("市人力社保局、市农业农村局分别牵头", ["市人力社保局", "市农业农村局"], []),
        ("省发改委总牵头", ["省发改委"], []),
        ("市住建局,市民政局按照职责分工牵头;责任单位:各区县", ["市住建局", "市民政局"], ["各区县"]),
        (
            "牵头部门:市住建局,市民政局按照职责分工牵头;责任单位:各区县",
            ["市住建局", "市民政局"],
            ["各区县"],
        ),
        ("市发改委牵头实施", ["市发改委"], []),
        ("市发改委具体负责", ["市发改委"], []),
        ("市发改委、市财政局等按职能分工负责", ["市发改委", "市财政局"], []),
        # 会同: the first leads, working together with the rest.
        ("市发改委会同市财政局、市商务局负责", ["市发改委"], ["市财政局", "市商务局"]),
        # A name a list marks as its lead.
        ("责任单位:市发改委(牵头)、市财政局", ["市发改委"], ["市财政局"]),
        ("市发改委（牵头）,市财政局、市商务局负责", ["市发改委"], ["市财政局", "市商务局"]),
    ],
)
def test_tag_forms_of_task_division_notices(
    tag: str, lead: list[str], supporting: list[str]
) -> None:
    units = parse_unit_tag(tag)
    assert units is not None
    assert units.resolve() == (lead, supporting)


@pytest.mark.parametrize(
    "text",
    [
        "推进项目建设。(市发改委(牵头)、市财政局)",
        # (the mark in tortoise-shell brackets)
        "推进项目建设。(市发改委〔牵头〕、市财政局)",
    ],
)
def test_names_alone_with_one_marked_as_lead(text: str) -> None:
    found = find_trailing_tag(text)
    assert found is not None and found[2] is not None
    assert found[2].resolve() == (["市发改委"], ["市财政局"])


# Names alone, then when the work is due: (text, lead, deadline); None where the
# parenthesis is no tag.
NAMES_THEN_DEADLINE = [
    ("完善工作机制。(市科技局;2025年底前)", ["市科技局"], "2025年底前"),
    (
        "完善工作机制。（市科技局、市财政局，2025年6月底前完成）",
        ["市科技局", "市财政局"],
        "2025年6月底前完成",
    ),
    ("完善工作机制。(各成员单位,持续推进)", ["各成员单位"], "持续推进"),
    # (a place and a year, or a time alone, are no tag)
    ("完善工作机制。(上海市,2025年)", None, None),
    ("完善工作机制。(时间:2025年6月)", None, None),
    ("完善工作机制。(2025年,2026年)", None, None),
]


@pytest.mark.parametrize(("text", "lead", "deadline"), NAMES_THEN_DEADLINE)
def test_names_alone_then_a_deadline(
    text: str, lead: list[str] | None, deadline: str | None
) -> None:
    found = find_trailing_tag(text)
    if lead is None:
        assert found is None
        return
    assert found is not None
    assert (found[2].resolve(), found[2].deadline) == ((lead, []), deadline)


def _parsed_losslessly(*lines: str) -> Notice:
    """The notice these lines make, every line of it in one node."""
    text = "\n".join(lines)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    return notice


# Units that stand apart from the item's sentences, as printed copies and tables
# copied a cell a line set them: (the item's lines, its title, lead, supporting).
UNITS_APART = [
    # A tag on a line of its own under a heading or a paragraph closes it.
    (
        ["（一）加强科技创新。完善机制。", "（牵头单位：市科技局；配合单位：市财政局）"],
        "加强科技创新",
        ["市科技局"],
        ["市财政局"],
    ),
    (["（一）加强科技创新。", "（市科技局牵头）"], "加强科技创新", ["市科技局"], []),
    # A tag a printed line broke in two, its labels run together once rejoined.
    (
        ["（一）加强科技创新。完善机制。（牵头单位：市科技局", "配合单位：市财政局）"],
        "加强科技创新",
        ["市科技局"],
        ["市财政局"],
    ),
    # Labels in lenticular brackets, a line each.
    (
        ["（一）加强科技创新。完善机制。", "【牵头单位】市科技局", "【配合单位】市财政局"],
        "加强科技创新",
        ["市科技局"],
        ["市财政局"],
    ),
    # A label alone on its line over its names, a table's cells a line each.
    (
        ["（一）加强科技创新。完善机制。", "牵头单位", "市科技局", "配合单位", "市财政局"],
        "加强科技创新",
        ["市科技局"],
        ["市财政局"],
    ),
    (
        ["（一）加强科技创新。完善机制。", "牵头单位 |", "市科技局 |", "配合单位 |", "市财政局 |"],
        "加强科技创新",
        ["市科技局"],
        ["市财政局"],
    ),
    # Compound labels, a line each.
    (
        ["（一）加强科技创新。完善机制。", "牵头负责单位：市科技局", "协调配合单位：市财政局"],
        "加强科技创新",
        ["市科技局"],
        ["市财政局"],
    ),
]


@pytest.mark.parametrize(("lines", "title", "lead", "supporting"), UNITS_APART)
def test_units_that_stand_apart_from_the_items_sentences(
    lines: list[str], title: str, lead: list[str], supporting: list[str]
) -> None:
    notice = _parsed_losslessly(
        "江城市2025年重点工作任务分工方案",
        "一、重点任务",
        *lines,
        "（二）推进改革开放。深化改革。（市发展改革委牵头）",
    )
    first, second = notice.sections[0].items
    assert (first.title, first.lead_departments, first.supporting_departments) == (
        title,
        lead,
        supporting,
    )
    assert second.lead_departments == ["市发展改革委"]
    assert not [d for d in notice.diagnostics if d.code == "empty-item"]


def test_unnumbered_paragraphs_whose_tags_stand_a_line_below() -> None:
    notice = _parsed_losslessly(
        "江城市2025年工作要点",
        "一、重点任务",
        "加强理论武装。深入学习。",
        "（牵头部门：宣传文化部）",
        "推进改革开放。深化改革。",
        "（牵头部门：组织人事部）",
    )
    items = notice.sections[0].items
    assert [(i.title, i.lead_departments) for i in items] == [
        ("加强理论武装", ["宣传文化部"]),
        ("推进改革开放", ["组织人事部"]),
    ]


# Labelled clauses run in after the item's last sentence, each closed by a stop or
# after a person's label; and a closing sentence of the names alone and their role:
# (the item's text, lead, deadline).
RUN_IN_CLAUSES = [
    ("完善机制。责任单位：市科技局。完成时限：2025年底。", ["市科技局"], "2025年底"),
    ("完善机制。责任领导：李四。责任单位：市财政局。", ["市财政局"], None),
    ("完善机制。责任人：张三 责任单位：市科技局", ["市科技局"], None),
    ("完善机制。加大投入。市财政局、市税务局负责。", ["市财政局", "市税务局"], None),
    ("完善机制。各县市区按职责分工负责。", ["各县市区"], None),
    # (prose that closes with 负责 names no unit)
    ("完善机制。各单位要切实负责。", [], None),
]


@pytest.mark.parametrize(("text", "lead", "deadline"), RUN_IN_CLAUSES)
def test_clauses_run_in_after_the_items_text(
    text: str, lead: list[str], deadline: str | None
) -> None:
    notice = parse_notice(f"江城市2025年工作要点\n一、重点任务\n1.{text}\n")
    (item,) = notice.sections[0].items
    assert (item.title, item.lead_departments, item.deadline) == ("完善机制", lead, deadline)


def _assert_headings_over_their_text(notice: Notice) -> None:
    """Two items, each a heading with its units over its text: 完善科技创新机制 (市科技局)
    over 进一步完善机制。, 落实资金保障 (市财政局) over 加大投入…; no text left outside."""
    first, second = notice.sections[0].items
    assert (first.title, first.lead_departments) == ("完善科技创新机制", ["市科技局"])
    assert [m.text for m in first.measures] == ["进一步完善机制。"]
    assert (second.title, second.lead_departments) == ("落实资金保障", ["市财政局"])
    assert [m.text for m in second.measures] == ["加大投入，提升能力，确保资金到位。"]
    assert not [d for d in notice.diagnostics if d.code == "text-outside-item"]


@pytest.mark.parametrize(
    "tag_line", ["（市科技局）", "牵头单位：市科技局", "(牵头单位:市科技局;配合单位:市财政局)"]
)
def test_a_tag_between_a_heading_and_its_text(tag_line: str) -> None:
    """ "(一)完善科技创新机制" / "(市科技局)" / "进一步完善机制…": the heading is the
    title, the tag its units, the paragraph below its text (not text of no item)."""
    notice = _parsed_losslessly(
        "江城市2025年工作要点",
        "一、重点任务",
        "（一）完善科技创新机制",
        tag_line,
        "进一步完善机制。",
        "（二）落实资金保障",
        "（市财政局）",
        "加大投入，提升能力，确保资金到位。",
    )
    _assert_headings_over_their_text(notice)


@pytest.mark.parametrize(
    "tag",
    [
        "（市科技局）",
        "（牵头单位：市科技局）",
        "【市科技局】",
        "(牵头单位:市科技局;配合单位:市财政局)",
    ],
)
def test_a_heading_its_tag_closes_over_its_text(tag: str) -> None:
    """ "1.完善科技创新机制(市科技局)" / "进一步完善机制…": the heading, its tag cut, is
    the title, the paragraph below its text (not text of no item)."""
    notice = _parsed_losslessly(
        "江城市2025年工作要点",
        "一、重点任务",
        f"1.完善科技创新机制{tag}",
        "进一步完善机制。",
        "2.落实资金保障（市财政局）",
        "加大投入，提升能力，确保资金到位。",
    )
    _assert_headings_over_their_text(notice)
    # (a sentence before the tag is no heading: the paragraph below is the next one's)
    closed = _parsed_losslessly(
        "江城市2025年工作要点",
        "一、重点任务",
        "1.完善科技创新机制。（市科技局）",
        "各单位要抓好落实。",
    )
    assert [d.code for d in closed.diagnostics if d.code == "text-outside-item"] == [
        "text-outside-item"
    ]


@pytest.mark.parametrize(
    ("text", "lead", "supporting", "deadline"),
    [
        # Two lists of names alone set apart by a semicolon: the lead's, then its
        # supporters' (a task table's two columns run into the text).
        (
            "推进实验室建设。(市发改委;市财政局、市商务局)",
            ["市发改委"],
            ["市财政局", "市商务局"],
            None,
        ),
        (
            "推进实验室建设。（市科技局；市财政局；2025年底前）",
            ["市科技局"],
            ["市财政局"],
            "2025年底前",
        ),
        ("推进实验室建设。（市科技局；2025年底前）", ["市科技局"], [], "2025年底前"),
        # (not three lists, nor a list and words that name no unit)
        ("推进实验室建设。（市科技局；市财政局；市人社局）", None, None, None),
        ("推进实验室建设。（市科技局；加强协调）", None, None, None),
        # A label set off from its names by a space alone, where a cell border stood.
        (
            "推进实验室建设。（牵头单位 市科技局 配合单位 市财政局）",
            ["市科技局"],
            ["市财政局"],
            None,
        ),
        ("推进实验室建设。（责任单位　市科技局、市财政局）", ["市科技局", "市财政局"], [], None),
        ("推进实验室建设。（牵头单位：市科技局 责任人：张三）", ["市科技局"], [], None),
    ],
)
def test_lists_set_apart_and_labels_set_off_by_a_space(
    text: str, lead: list[str] | None, supporting: list[str] | None, deadline: str | None
) -> None:
    found = find_trailing_tag(text)
    if lead is None:
        assert found is None or not (found[2].lead or found[2].supporting)
        return
    assert found is not None
    units = found[2]
    assert (units.resolve(), units.deadline) == ((lead, supporting), deadline)


@pytest.mark.parametrize(
    ("text", "rest", "lead", "supporting"),
    [
        ("【市科技局】完善科技创新机制。", "完善科技创新机制。", ["市科技局"], []),
        ("【牵头单位：市科技局】完善机制。", "完善机制。", ["市科技局"], []),
        # A labelled tag in round brackets opens the text too.
        ("（牵头单位：市科技局）推进实验室建设。", "推进实验室建设。", ["市科技局"], []),
        (
            "(牵头单位:市科技局;配合单位:市财政局)推进建设。",
            "推进建设。",
            ["市科技局"],
            ["市财政局"],
        ),
        # (round brackets open many things: only labels make a tag there)
        ("（试行）推进实验室建设。", None, None, None),
        ("（市科技局）推进实验室建设。", None, None, None),
        ("(一)推进实验室建设。", None, None, None),
    ],
)
def test_a_tag_that_opens_the_text(
    text: str, rest: str | None, lead: list[str] | None, supporting: list[str] | None
) -> None:
    found = find_leading_tag(text)
    if rest is None:
        assert found is None
        return
    assert found is not None
    assert text[found[0] :] == rest
    assert found[1].resolve() == (lead, supporting)


def test_a_star_after_a_name_is_no_part_of_it() -> None:
    assert split_unit_names("市科技局*、★市财政局、市人社局\uff0a") == [
        "市科技局",
        "市财政局",
        "市人社局",
    ]


@pytest.mark.parametrize(
    ("names", "split"),
    [
        # Two offices of one level a copy ran together without their 、.
        (
            "镇工业办公室、镇城建办镇农技站、各村(居)",
            ["镇工业办公室", "镇城建办", "镇农技站", "各村(居)"],
        ),
        ("县财政局县卫健局、县教育局", ["县财政局", "县卫健局", "县教育局"]),
        # ... and the 等 that closes a list before a collective of its own.
        (
            "省政务办等各有关部门和单位、各设区市人民政府",
            ["省政务办", "各有关部门和单位", "各设区市人民政府"],
        ),
        # Never one name whose words go on after an office's end.
        ("县委宣传部", ["县委宣传部"]),
        ("市政府办公室", ["市政府办公室"]),
        ("省委省政府", ["省委省政府"]),
        ("市局市场监管科", ["市局市场监管科"]),
        ("市科技局等部门", ["市科技局"]),
    ],
)
def test_names_a_copy_ran_together(names: str, split: list[str]) -> None:
    assert split_unit_names(names) == split


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # (a labelled tag whose closing bracket a copy lost; never names alone, which
        # may be cut text, nor a bracket closed before the last one opens)
        (
            "构建特色支柱产业体系(责任单位:农技推广服务中心、汀头村",
            "(责任单位:农技推广服务中心、汀头村",
        ),
        ("构建特色支柱产业体系(农技推广服务中心、汀头村", None),
        ("构建特色支柱产业体系(责任单位:农技中心)", None),
        ("构建特色支柱产业体系。", None),
    ],
)
def test_a_labelled_tag_left_open_at_an_items_end(text: str, tag: str | None) -> None:
    found = find_open_tag(text)
    assert (text[found[0] : found[1]] if found else None) == tag


def test_an_item_whose_tag_lost_its_closing_bracket_keeps_its_leads() -> None:
    text = (
        "江城镇科技扶贫工作实施方案\n一、重点任务\n"
        "1、培育农业特色支柱产业  培育壮大地方特色和知名品牌,初步构建特色支柱产业体系"
        "(责任单位:农技推广服务中心、汀头村\n\n"
        "2、积极推广一批新品种  推广新品种20个。(责任单位:农技推广服务中心)\n"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    first = notice.sections[0].items[0]
    assert (first.title, first.lead_departments) == (
        "培育农业特色支柱产业",
        ["农技推广服务中心", "汀头村"],
    )
    assert first.measures[-1].text == "培育壮大地方特色和知名品牌,初步构建特色支柱产业体系"
