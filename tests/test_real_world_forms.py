"""Forms met in real notices (corpus/), each as a small notice of our own with the tree it gives.

One test per form of the accuracy work: titles of every kind, dates, 文号,
note lines, numbering, run-in headings, unit labels, tags with deadlines,
cover letters with their own points, signatures below the plan, plans
without a title, item headings on their own lines, pinyin glosses and lists
inside items.  Every notice must also stay lossless.
"""

from __future__ import annotations

import datetime as dt

import pytest

from castplan import ParseError, parse_notice
from castplan.grammar.lines import split_lines
from castplan.grammar.patterns import ISSUER_RE, PART_RE
from castplan.grammar.unfold import unfold_lines
from castplan.model import Notice

from .helpers import assert_lossless


def parse(text: str) -> Notice:
    notice = parse_notice(text)
    assert_lossless(text, notice)
    return notice


def items(notice: Notice) -> list[tuple[int, str, list[str], list[str], str | None]]:
    return [
        (i.number, i.title, i.lead_departments, i.supporting_departments, i.deadline)
        for i in notice.items()
    ]


BODY = "一、重点任务\n1.推进项目建设。全年完成投资10亿元。（市发展改革委负责）\n"


# --- plan titles -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "organization", "year"),
    [
        ("江城市2019年工作计划", "江城市", 2019),
        ("江城省科技厅2020年工作意见", "江城省科技厅", 2020),
        ("关于加快科普事业发展的实施意见", None, None),
        ("江城市全民科学素质行动实施方案（2021—2025年）", "江城市", None),
        ("江城区2023年推进计划", "江城区", 2023),
        ("江城市2022年重点工作任务分工方案", "江城市", 2022),
        ("2022年市政府重点工作安排", "市政府", 2022),
        ("江城县政府2024年度施政计划", "江城县政府", 2024),
        ("2021年度江城市科学技术协会重点工作", "江城市科学技术协会", 2021),
        ("江城县2024年十大民生实事项目清单", "江城县", 2024),
        ("江城縣政府101年度施政計畫", "江城縣政府", 2012),
        # (a span of Republic years is for no one year)
        ("江城縣政府中程施政計畫(104至107年度)", "江城縣政府", None),
        ("江城縣政府中程施政計畫(104-107年度)", "江城縣政府", None),
        ("江城省贯彻落实《某某规划》工作方案", "江城省", None),
        ("江城縣人民政府關于進一步優化營商環境的若干意見", "江城縣人民政府", None),
        ("以控制成本为核心优化营商环境的具体措施", None, None),
        ("2023年度江城区市场监督管理局工作要点", "江城区市场监督管理局", 2023),
        ("2020年中国科协学会学术工作要点", "中国科协", 2020),
        ("江城市城东镇中学学校工作计划", "江城市城东镇中学", None),
        # (a school by its own name, with no place; a school year is no year)
        ("启迪外国语学校工作计划", "启迪外国语学校", None),
        ("2014学年世界外国语中学教学工作计划", "世界外国语中学", None),
        ("2021-2022学年第一学期学校工作计划", None, None),
        ("2022年江城省文化和旅游厅工作要点", "江城省文化和旅游厅", 2022),
        ("2024年江城市市中区政务公开工作要点", "江城市市中区", 2024),
        ("2024年江城市滨海新区科普工作要点", "江城市滨海新区", 2024),
        # A longer word before 区 is a topic, not a district.
        ("江城市城市社区嵌入式服务设施建设实施方案", "江城市", None),
        ("江城市人民政府办公室 关于做好2021年重点工作任务落实的通知", "江城市人民政府办公室", 2021),
        ("二〇二五年江城市科协工作要点", "江城市科协", 2025),
        ("教育部思想政治工作司工作要点", "教育部思想政治工作司", None),
        ("江城县县域商业体系建设工作方案", "江城县", None),
        ("三甲镇安全生产治本攻坚三年行动实施方案(2024-2026年)", "三甲镇", None),
        ("城乡融合发展实施方案", None, None),
        ("江城省数字政府建设总体方案", "江城省", None),
        ("数字江城2019行动方案", "数字江城", 2019),
        ("江城市科技创新“十四五”规划", "江城市", None),
        ("“十四五”县域创新驱动发展专项规划", None, None),
        ("江城省人力资源和社会保障厅推进就业创业实施方案", "江城省人力资源和社会保障厅", None),
        ("2022年科技部工作要点", "科技部", 2022),
        ("教育部门课后服务实施方案", None, None),
        # 中小学 is a topic, not a school: "增加中小学…学位".
        ("江城市增加中小学幼儿园学位供给的实施意见", "江城市", None),
        ("2025年江城市机关党的建设主要工作", "江城市", 2025),
        ("江城特別行政區二〇二五年財政年度施政報告", "江城特別行政區", 2025),
        # Taiwan years in Chinese numerals: 民國九十四年 is 2005, 一百零一年 2012.
        ("江城縣政府九十四年度施政計畫", "江城縣政府", 2005),
        ("江城縣政府一百零一年度施政計畫", "江城縣政府", 2012),
        ("江城縣政府一〇一年度施政計畫", "江城縣政府", 2012),
        ("江城市一百年度施政計畫", "江城市", 2011),
        ("2025年中央和国家机关党的建设主要工作", "中央和国家机关", 2025),
        # Any plan whose title ends in 方案, or in 规划 before its span.
        ("江城县深化医药卫生体制改革综合试点方案", "江城县", None),
        ("江城市政府大数据中心建设方案", "江城市政府", None),
        ("江城市防治慢性病中長期規劃(2018—2025年)", "江城市", None),
        ("江城中學學校發展計劃書", "江城中學", None),
        # (省份 is the word "province", no place: the province short name names it)
        ("湖南创新型省份建设实施方案", "湖南", None),
        # ... or in 计划 before its span ("培训计划" alone is any list).
        ("广西创新计划(2005-2007年)", "广西", None),
        # (perhaps with a note after the span)
        ("江城市全民健身计划(2011—2015年)(修订稿)", "江城市", None),
        # ... or in 计划 after a named work of four characters or more.
        ("江城市街道信息公开计划", "江城市", None),
        ("江城市“双随机、一公开”监管计划", "江城市", None),
        # ... or in 主要任务 after its year.
        ("江城省2017年交通运输工作主要任务", "江城省", 2017),
        # ... or in 意见 after a title's opening 关于, its 的 left out.
        ("关于推进非公有制经济跨越式发展意见", None, None),
        # ... and a plan before its draft's note, or a draft's plan.
        ("江城省红十字事业发展“十四五”规划草案", "江城省", None),
        ("江城市创建文明城市宣传方案(征求意见稿)", "江城市", None),
        ("江城市人民政府关于加快学前教育改革与发展的若干意见(试行)", "江城市人民政府", None),
        # Bodies a title names without their place, and schools by their own name.
        ("2020年市农业农村局工作要点", "市农业农村局", 2020),
        ("县林业局2017年工作计划", "县林业局", 2017),
        ("2020年实验小学学校工作计划", "实验小学", 2020),
        ("初级中学2022-2023学年度第一学期学校工作计划", "初级中学", None),
        ("中学生心理健康教育工作计划", None, None),
        ("2020年人民法院工作要点", "人民法院", 2020),
        # A school's League committee or Young Pioneers, named alone or after the school.
        ("2018-2019学年第一学期团委工作计划", "团委", None),
        ("2023年少先队工作计划", "少先队", 2023),
        ("七一路小学少先队工作计划", "七一路小学", None),
        ("光明路小学工作计划", "光明路小学", None),
        # A copy that masks the place's name keeps its end.
        ("XX市XX区打击防范电信网络诈骗犯罪工作实施方案", "XX市XX区", None),
        ("**县食品安全工作任务清单", "**县", None),
        # ... or the body's own name, its kind kept.
        ("XX公安分局智慧警务三年发展规划", "XX公安分局", None),
        ("XXXX中学2023-2024学年工作计划", "XXXX中学", None),
        ("2024年X人大工作计划", "X人大", 2024),
        ("XX中学支部委员会意识形态工作责任制实施方案", "XX中学支部委员会", None),
        ("XXX镇安全生产治本攻坚三年行动实施方案", "XXX镇", None),
        # ... and a copy that masks the year keeps the body named before it.
        ("气象局XX年度工作要点", "气象局", None),
        ("教研室20XX年工作计划", "教研室", None),
        # A university or college named before its school year.
        ("江城海洋大学2022-2023学年第一学期教务工作安排", "江城海洋大学", None),
        ("2023年市科协工作要点", "市科协", 2023),
        ("县妇联2021年工作要点", "县妇联", 2021),
        ("2022年市人大常委会工作要点", "市人大常委会", 2022),
        ("市委巡察办2021年工作要点", "市委巡察办", 2021),
        ("市场监管工作要点", None, None),
        ("人民法院第五个五年改革纲要(2019—2023)", "人民法院", None),
        ("江城市2024年重点工作任务台账", "江城市", 2024),
        ("2022年11—12月政务公开重点工作任务提示单", None, 2022),
        ("最高人民检察院2019年工作要点", "最高人民检察院", 2019),
        # A province-level place without its 市/省 names the body; a city keeps its 市.
        ("2020年上海民政工作要点", "上海", 2020),
        ("湖北科技创新工作要点", "湖北", None),
        # A topic between the body and the year is no part of the body.
        ("江城市促进夜间经济提质增效2023行动方案", "江城市", 2023),
        ("江城市水污染防治攻坚战2018年工作方案", "江城市", 2018),
        ("江城市推动经济高质量发展若干政策(2025年版)", "江城市", 2025),
        # (an edition's year without its 年: "(2026版)")
        ("江城省大力优化营商环境行动方案(2026版)", "江城省", 2026),
        # (a place, then a verb: not the district a greedy reading finds, 建设区)
        ("江城市建设区域性国际中心城市2019年度行动计划", "江城市", 2019),
        ("江城市创建省级生态文明建设示范市2018年工作计划", "江城市", 2018),
        ("江城县法治政府建设2023年工作要点", "江城县", 2023),
        # (words after the place that name no office are a topic too)
        ("江城省河湖长制2025年度工作要点", "江城省", 2025),
        # (a body's own name stays whole)
        ("江城市红十字会2021年工作要点", "江城市红十字会", 2021),
        ("江城市第八中学2025年工作要点", "江城市第八中学", 2025),
        # A school numbered in its place, also where the place lacks its 市.
        ("江城市第四中学五年发展规划", "江城市第四中学", None),
        ("江城第十中学德育工作方案", "江城第十中学", None),
        # A Party committee and its government, named together.
        (
            "江城省委省政府贯彻落实《关于推进西部大开发的指导意见》的若干措施",
            "江城省委省政府",
            None,
        ),
        # A place's library or museum.
        ("2014年江城区图书馆工作计划", "江城区图书馆", 2014),
        ("江城市博物馆2017年工作计划", "江城市博物馆", 2017),
        # A monthly plan names its month after the year.
        ("2020年07月江城区教育局工作安排", "江城区教育局", 2020),
        # A body that carries out another's document names itself before 贯彻.
        (
            "江城省人民政府贯彻国务院关于推进江城三角洲发展指导意见的实施意见",
            "江城省人民政府",
            None,
        ),
        # A plan that carries out a document it names first is its place's.
        ("《促进中部地区崛起规划》江城省实施方案", "江城省", None),
        # An office after the year, with no place, just before the kind.
        ("2016年教育局工作要点", "教育局", 2016),
        # spaces a copy set around the title's digits
        ("剑湖实验学校 2025-2026 学年第一学期学校工作计划", "剑湖实验学校", None),
        ("江城镇 2025 年工作要点", "江城镇", 2025),
        # "…的几点意见" at the end
        ("关于进一步加强学院意识形态阵地管理的几点意见", None, None),
        # a span that opens the title
        ("2015-2017年江城市大气污染综合防治行动计划", "江城市", None),
        # (each year with its 年: "2004年至2005年", "2000年-2002年")
        ("2004年至2005年江城市信息化建设实施纲要", "江城市", None),
        ("2000年-2002年江城市信息化实施计划", "江城市", None),
        # "政策措施" at the title's end, perhaps with its edition
        ("江城市降低制造业企业成本若干政策措施(修订版)", "江城市", None),
        # measures counted in the title, perhaps with their year
        ("江城市支持民营经济发展十条措施", "江城市", None),
        ("江城市促进消费10条政策措施", "江城市", None),
        ("江城市稳经济促增长三十条举措(2023年)", "江城市", 2023),
        ("2023年机关党委工作计划", "机关党委", 2023),
        ("2023年财政工作要点", None, 2023),
        # a legislative plan
        ("湖南省人民政府2024年立法计划", "湖南省人民政府", 2024),
        # a place that carries out another's plan names itself before 贯彻落实
        ("江城省贯彻落实国务院办公厅2022年政务公开工作要点分工方案", "江城省", 2022),
        # an annual work guide, its year alone in the brackets that close it
        ("推动知识产权高质量发展年度工作指引(2023)", None, 2023),
        ("江城市科普工作要点(2023)", "江城市", 2023),
        ("江城市大气污染防治实施方案(2021-2023)", "江城市", None),
        # A title that reviews one year and plans the next is for the second; one
        # year named twice, or a plan that names a review, keeps the first.
        ("宣汉县文联2010年总结和2011年工作要点", "宣汉县文联", 2011),
        ("江城博物馆2023年年度报告及2024年工作计划", "江城博物馆", 2024),
        ("江城市科协2022年工作总结暨2023年工作计划", "江城市科协", 2023),
        # (a review whose own year a copy left out names no body: the body is before it)
        ("政务服务数据管理局年度工作总结及2021年工作计划", "政务服务数据管理局", 2021),
        ("工作总结及2021年工作计划", None, 2021),
        ("江城市关工委2014年工作情况和2015年工作要点", "江城市关工委", 2015),
        ("江城市2007年度目标考评及2008年度目标制订方案", "江城市", 2008),
        # (whatever the first year's part is called, a plan's kind closing the second)
        ("江城镇2035年高质量发展特色亮点及2036年工作安排", "江城镇", 2036),
        ("江城市科协2023年工作要点", "江城市科协", 2023),
        ("江城市2023年开展2022年度工作报告评议的实施方案", "江城市", 2023),
        # a year's work planned (谋划), a target responsibility letter
        ("城东街道2025年工作谋划", "城东街道", 2025),
        # ... or the work of a year considered as a whole (总体考虑)
        ("江城镇2021年工作总体考虑", "江城镇", 2021),
        # a headline's place before a colon is the title's and names its body; its verb
        # names none
        ("江城县:确定2031年农机化工作重点", "江城县", 2031),
        ("确定2031年农机化工作重点", None, 2031),
        # a village after its town is the body; a kind of village, or villages as a
        # word, is no name
        ("江城镇东关村美丽乡村建设项目实施方案", "江城镇东关村", None),
        ("江城县红羊乡东关村2031年工作计划", "江城县红羊乡东关村", 2031),
        ("**镇**村新农村建设方案", "**镇**村", None),
        ("江城镇中心村建设规划", "江城镇", None),
        ("江城镇数字乡村建设方案", "江城镇", None),
        ("江城区水务局2019年度(分季)目标责任书", "江城区水务局", 2019),
        # an office's targets and measures; an office alone before its kind is its body
        ("江城市科技局2012年工作目标与措施", "江城市科技局", 2012),
        ("科技局工作目标与措施", "科技局", None),
        # ... and before "年度" and its kind, with no year: the year is not named
        ("科学技术局年度工作计划", "科学技术局", None),
        # a year's plan of any work, however long its subject (two plans joined by 暨)
        (
            "江城区交通运输局2026年度交通运输行政执法检查计划暨安全生产监督检查计划",
            "江城区交通运输局",
            2026,
        ),
        # a year's list of major decisions
        ("2022年度重大行政决策事项目录", None, 2022),
        ("江城市2022年度市政府重大行政决策公众参与事项目录", "江城市", 2022),
        # a plan's public edition; a space a page left where the title once wrapped
        ("江城市贯彻落实督察反馈意见整改方案(公开版)", "江城市", None),
        ("江城区2022年全面推进乡村振兴重点 工作目标任务", "江城区", 2022),
        # a year's plan of any work, its kind 计划 at the end
        ("江城省2020年度统一组织审计项目计划", "江城省", 2020),
        ("江城市2021年群众体育赛事活动计划", "江城市", 2021),
        # (a place inside a 关于 title's subject is no body the title opens with)
        ("关于进一步加强江城市科技志愿服务队伍建设的实施方案", None, None),
        # (also laid out as a table: a year's inspection plan of an office)
        ("2026年江城市互联网信息办公室涉企检查计划表", "江城市互联网信息办公室", 2026),
        ("江城区应急管理局2025年度安全生产监督检查计划一览表", "江城区应急管理局", 2025),
        # (or on trial)
        ("江城市2025年生态环境行政检查计划(试行)", "江城市", 2025),
        # (its work may be quoted)
        ("江城市2023年度“双随机、一公开”监管计划", "江城市", 2023),
        # (or its targets; a zone's 管委会 is an office whole)
        ("2008年江城新区管委会全年工作目标", "江城新区管委会", 2008),
        ("江城高新区管委会2020年工作要点", "江城高新区管委会", 2020),
        # (a title that opens with a verb names work, not a body, though it ends as a
        # place's name does; a town may be named 建设)
        ("打造新时代学习型城市实施方案", None, None),
        ("全面推进江城市基层政务公开标准化工作实施方案", None, None),
        # ... but a place named right after the era or the five-year plan its work
        # belongs to is the plan's.
        ("加强新时代江城市中小学科学教育工作行动方案", "江城市", None),
        ("全面加强和改进新时代江城省学生心理健康工作专项行动计划", "江城省", None),
        ("“十四五”江城省档案事业发展规划", "江城省", None),
        # A short office opens a title a copy stripped of its place; a word that ends
        # as an office does is no office.
        ("地震局监测工作打算", "地震局", None),
        ("农委渔业科技工作方案", "农委", None),
        ("布局优化实施方案", None, None),
        ("建设镇2020年工作计划", "建设镇", 2020),
        # (a ministry of an earlier State Council, and its department)
        ("2011年农业部畜牧业司工作要点", "农业部畜牧业司", 2011),
        ("卫生部2012年工作要点", "卫生部", 2012),
        ("2020年卫生部门工作要点", None, 2020),
        # (a government's office, before work it carries out; the title may quote a
        # long law by name)
        (
            "江城省人民政府办公厅贯彻落实《全国人民代表大会常务委员会关于全面禁止非法野生动物交易、"
            "革除滥食野生动物陋习、切实保障人民群众生命健康安全的决定》的实施意见",
            "江城省人民政府办公厅",
            None,
        ),
        # (a federation of social science societies by its short name, unplaced)
        ("省社科联落实《江城省哲学社会科学促进条例》重点任务分工的工作方案", "省社科联", None),
        ("2023年市社科联工作要点", "市社科联", 2023),
        # (a title that opens with 关于 names no body before its 贯彻落实)
        ("关于贯彻落实国务院关于加强科普工作的意见的实施意见", None, None),
        # (a body's working rules for a campaign)
        ("江城区深化聚焦产业链链长制工作细则", "江城区", None),
        # (a place before the firms or offices it owns or runs: 市属, 省属, 市级)
        ("江城市市属国有企业整合重组及管理体制改革实施方案", "江城市", None),
        ("江城省省属企业改革实施方案", "江城省", None),
        # (a university named after the year, its campus perhaps in brackets; never a
        # place's students)
        ("2014年江城大学共青团工作要点", "江城大学", 2014),
        ("2022年中国地质大学(北京)科研工作要点", "中国地质大学(北京)", 2022),
        ("2014年全市大学生就业工作要点", "全市", 2014),
        # (and one named after its province, with no year; never the province's students)
        ("黑龙江江城学院教学改革与质量工程行动方案(2009-2010年)", "黑龙江江城学院", None),
        ("江苏省大学生创新创业训练计划实施方案", "江苏省", None),
        # (bodies counted in digits after the first, before 关于)
        (
            "江城市卫生健康委等10部门关于加强健康促进与教育的实施意见",
            "江城市卫生健康委等10部门",
            None,
        ),
        # (a college with no year or period, its name opening with a city's short name)
        ("江城工程学院发展规划", "江城工程学院", None),
        ("江城工程學院發展規劃", "江城工程學院", None),
        # (a school's or a bureau's own office, a brigade, a police station, a students'
        # union, a chamber of commerce, alone before the kind or after the year)
        ("教务处工作计划", "教务处", None),
        ("教務處工作計畫", "教務處", None),
        ("教務處112學年度工作計畫", "教務處", None),
        ("2023年消防救援大队工作计划", "消防救援大队", 2023),
        ("2023年城关派出所工作计划", "城关派出所", 2023),
        ("2023年学生会工作计划", "学生会", 2023),
        ("2023年度商会工作计划", "商会", 2023),
        # (a year's work's targets, measures, list, arrangement or guiding opinions)
        ("江城市科学技术协会2023年工作目标", "江城市科学技术协会", 2023),
        ("江城市科学技术协会2023年工作举措", "江城市科学技术协会", 2023),
        ("江城市科学技术协会2023年工作清单", "江城市科学技术协会", 2023),
        ("江城市科学技术协会2023年进度安排", "江城市科学技术协会", 2023),
        ("江城市科学技术协会2023年工作指导意见", "江城市科学技术协会", 2023),
        # (a year that opens the title with no 年, its body after it; never a school
        # term's)
        ("2023江城市科协工作要点", "江城市科协", 2023),
        ("2022春季学期课后服务方案", None, None),
        # (a village after its county; never a kind of village, nor villages counted)
        ("江城县东关村2023年工作计划", "江城县东关村", 2023),
        ("江城县数字乡村建设2023年工作方案", "江城县", 2023),
        ("江城县新农村建设2023年工作方案", "江城县", 2023),
        ("江城县三个村2023年人居环境整治方案", "江城县", 2023),
        # (the arrangement a body's opinions make of a year's work)
        ("江城市科协关于2023年工作的安排意见", "江城市科协", 2023),
        # (the nation, where it opens a title with no body of it; never an adjective)
        ("中国妇女发展纲要(2021—2030年)", "中国", None),
        ("中国式现代化江城实践行动方案", None, None),
        # (but a title that names no place names no body)
        ("关于加强人民政协协商民主建设的实施意见", None, None),
        ("2018年全民科学素质行动工作要点", None, 2018),
        # (a city's new area named without its 市)
        ("江州新区国民经济和社会发展第十三个五年规划纲要", "江州新区", None),
        # (a bureau named after its city's government, as Taiwan's cities name theirs)
        ("臺中市政府消防局104年度施政計畫", "臺中市政府消防局", 2015),
        # (a body's departments named together after it)
        ("2009年市政府各部门招商引资工作任务安排意见", "市政府各部门", 2009),
        ("江城市政府各部门2023年工作要点", "江城市政府各部门", 2023),
        # (a year of the Republic of China era after 民國, with a plain 年)
        ("民國109年推展全民國防教育工作計畫", None, 2020),
        ("中華民國109年推展全民國防教育工作計畫", None, 2020),
        # (a free trade zone, its province in brackets, perhaps one of its areas)
        ("中国(江城)自由贸易试验区总体方案", "中国(江城)自由贸易试验区", None),
        (
            "中国(江城)自由贸易试验区临港新片区海绵城市专项规划(2022-2035年)",
            "中国(江城)自由贸易试验区临港新片区",
            None,
        ),
    ],
)
def test_plan_titles_of_every_kind(title: str, organization: str | None, year: int | None) -> None:
    notice = parse(f"{title}\n{BODY}")
    assert (notice.title, notice.organization, notice.year) == (title, organization, year)


@pytest.mark.parametrize(
    ("line", "title", "organization"),
    [
        (
            "江城市人力资源和社会保障局江城市人力资源和社会保障事业“十四五”发展规划",
            "江城市人力资源和社会保障事业“十四五”发展规划",
            "江城市",
        ),
        # Two offices of one place run together both name the plan.
        (
            "江城市科协江城市科技局2023年科普工作要点",
            "江城市科协江城市科技局2023年科普工作要点",
            "江城市科协江城市科技局",
        ),
        (
            "中共江城市委 江城市人民政府关于深化国企改革的实施意见",
            "中共江城市委 江城市人民政府关于深化国企改革的实施意见",
            "中共江城市委 江城市人民政府",
        ),
    ],
)
def test_a_page_author_run_into_the_title(line: str, title: str, organization: str) -> None:
    notice = parse(f"{line}\n{BODY}")
    assert (notice.title, notice.organization) == (title, organization)


def test_a_year_a_pdf_set_apart_from_its_nian_rejoins_the_title() -> None:
    text = f"2016\n年教育局工作要点\n2016\n年教育工作的总体要求是:稳中求进。\n{BODY}"
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "2016年教育局工作要点",
        "教育局",
        2016,
    )
    assert notice.title_span is not None
    assert (notice.title_span.line, notice.title_span.end_line) == (1, 2)
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("江城省人大常委会2020年工作要点 -ag某某k8国际", "江城省人大常委会2020年工作要点"),
        ("江城市科协2021年工作要点_江城科技网", "江城市科协2021年工作要点"),
        # (two tails: the site's category, a kind alone, then its name)
        (
            "2021年江城市生态环境保护工作要点_年度计划_江城市生态环境局",
            "2021年江城市生态环境保护工作要点",
        ),
        # (three: an advert site's name, its download page, its app)
        (
            "江城市危险化学品安全专项整治实施方案_某某体育app_某某体育app下载_安卓通用版",
            "江城市危险化学品安全专项整治实施方案",
        ),
        ("江城市科协2021年工作要点\uff5c江城发布", "江城市科协2021年工作要点"),
        ("二〇二五年財政年度施政報告---二〇二五年度施政重點 (1)", "二〇二五年財政年度施政報告"),
        # (a chapter after one dash, its part counted at its end)
        (
            "二〇二五年財政年度施政報告—二○二五年度施政總體方向、主要預期目標和施政重點(2)",
            "二〇二五年財政年度施政報告",
        ),
        (
            "江城自治区“十三五”时期国民经济和社会发展规划纲要(全文)",
            "江城自治区“十三五”时期国民经济和社会发展规划纲要",
        ),
        ("江城市科协2021年工作要点【图解】", "江城市科协2021年工作要点"),
        # (the day a copy site posted it)
        ("江城市2021年科普活动方案(2021年10月4日)", "江城市2021年科普活动方案"),
        ("江城市2024年工作要点 (2024-03-01)", "江城市2024年工作要点"),
        ("江城市2024年工作要点2024-03-01", "江城市2024年工作要点"),
        # (the page's posting time glued to the kind)
        ("江城市2024年工作要点发布日期:2024-03-01", "江城市2024年工作要点"),
        # (the site's category, then its name, neither a kind)
        ("江城市2024年工作要点_政务公开_江城市科学技术局", "江城市2024年工作要点"),
        # (the kind before its span)
        ("江城市数字乡村发展五年规划(2019-2023年)_建设", "江城市数字乡村发展五年规划(2019-2023年)"),
        ("江城街道2024年全域科普工作计划.docx", "江城街道2024年全域科普工作计划"),
        # (with the site's badge for a paid file glued after it)
        (
            "江城市创建国家卫生城市工作任务目标分解表.docVIP",
            "江城市创建国家卫生城市工作任务目标分解表",
        ),
        # (a preview's page number glued before the year)
        ("12012年江城市农业科技促进年实施方案", "2012年江城市农业科技促进年实施方案"),
        # (or the first page's number before its body's name; a count is none)
        ("1江城电子科技职业学院2007年招生工作方案", "江城电子科技职业学院2007年招生工作方案"),
        ("1号江城农业科技园区2007年建设方案", "1号江城农业科技园区2007年建设方案"),
        # (or a printed page's number between its dashes, glued to the title)
        (
            "-2-江城市关键信息基础设施网络安全检查工作方案",
            "江城市关键信息基础设施网络安全检查工作方案",
        ),
        ("-12-江城市2024年科普工作要点", "江城市2024年科普工作要点"),
        # (a collection site's label of the Nth document it holds)
        ("第一篇:2014年文化體育新聞出版工作要點", "2014年文化體育新聞出版工作要點"),
        # (a news headline that reports the plan issued: the plan is the title)
        ("《江城市政府印发江城市水污染防治2018年行动计划》", "江城市水污染防治2018年行动计划"),
        # (or sent out by a government named by its level alone)
        ("省政府下达2020年江城省国民经济和社会发展计划", "2020年江城省国民经济和社会发展计划"),
        # (also a plan named with 关于, though never a notice that hands one over)
        ("江城市市委市政府印发关于大力发展民营经济的实施意见", "关于大力发展民营经济的实施意见"),
        (
            "江城省政府办公厅印发江城省科技创新行动方案(2023—2025年)",
            "江城省科技创新行动方案(2023—2025年)",
        ),
        # (a document-sharing site's word of praise for its copy)
        ("江城市2019年县教育局工作计划 精品", "江城市2019年县教育局工作计划"),
        ("江城市2019年科普工作实施方案(完整版)", "江城市2019年科普工作实施方案"),
        ("江城市2019年科普工作要点[精选]", "江城市2019年科普工作要点"),
        ("江城市2019年科普工作要点(word版)", "江城市2019年科普工作要点"),
        (
            "江城省动力支撑能力提升行动方案(2022―2025年).doc",
            "江城省动力支撑能力提升行动方案(2022―2025年)",
        ),
        ("江城省科技创新“十三五”规划(下)", "江城省科技创新“十三五”规划"),
        ("市教育局2018年工作要点 字号:[ ]", "市教育局2018年工作要点"),
        # (the bar that closes a table's caption cell)
        ("江城市2021年群众体育赛事活动计划 |", "江城市2021年群众体育赛事活动计划"),
        # (the anchor a documentation site sets after each heading)
        (
            "江城市灾害监测预警能力三年行动方案(2025—2027年) #",
            "江城市灾害监测预警能力三年行动方案(2025—2027年)",
        ),
        (
            "江城市科协事业发展“十三五”规划(2016-2020)江城市科协 2016-08-12 |",
            "江城市科协事业发展“十三五”规划(2016-2020)",
        ),
        # (a bracket that is the plan's own stays: "(试行)")
        ("江城市科普工作实施方案(试行)", "江城市科普工作实施方案(试行)"),
        # A tail that is part of the title stays: no kind word before it, or one in it.
        (
            "江城市科协2021年工作要点-江城市科协2022年工作计划",
            "江城市科协2021年工作要点-江城市科协2022年工作计划",
        ),
        ("江城市“十四五”科普规划—2021年度实施方案", "江城市“十四五”科普规划—2021年度实施方案"),
        # A sharing site's file name glued before the document's own title.
        ("镇河长制湖长制工作计划XX镇2020年河长制湖长制工作安排", "XX镇2020年河长制湖长制工作安排"),
        ("县林业局工作计划江城县2023年林业工作计划", "江城县2023年林业工作计划"),
        # ... but a plan that names a national one before its own place stays whole.
        (
            "贯彻落实全民科学素质行动规划纲要江城市2023年实施方案",
            "贯彻落实全民科学素质行动规划纲要江城市2023年实施方案",
        ),
    ],
)
def test_what_a_page_sets_after_the_title_is_no_part_of_it(line: str, title: str) -> None:
    assert parse(f"{line}\n{BODY}").title == title


@pytest.mark.parametrize(
    "line",
    [
        "【江城市2024年工作要点】",
        "[江城市2024年工作要点]",
        "“江城市2024年工作要点”",
        # (brackets a page padded with spaces)
        "《 江城市2024年工作要点 》",
        # (a browser tab's site name before the title)
        "江城市人民政府门户网站 - 江城市2024年工作要点",
        # (a document-sharing site's mark of a new copy)
        "最新-江城市2024年工作要点",
        # (a forum's category in square brackets)
        "[计划总结] 江城市2024年工作要点",
        # (a school site's category glued to the title)
        "[通知]江城市2024年工作要点",
        "［公告］江城市2024年工作要点",
    ],
)
def test_what_a_page_sets_around_or_before_the_title_is_no_part_of_it(line: str) -> None:
    notice = parse(f"{line}\n{BODY}")
    assert (notice.title, notice.organization) == ("江城市2024年工作要点", "江城市")


def test_a_news_pages_word_for_its_own_region_is_no_part_of_a_notices_title() -> None:
    notice = parse(f"我区关于做好2024年城乡居民基本医疗保障工作的通知\n{BODY}")
    assert notice.title == "关于做好2024年城乡居民基本医疗保障工作的通知"
    assert notice.organization is None


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # A page's headline, a short label, then the plan's own title of the same kind.
        (
            ["2022年教育部思政司工作要点", "本期导读", "教育部思想政治工作司工作要点"],
            "教育部思想政治工作司工作要点",
        ),
        # ... set a character at a time, as a Word copy sets a heading out
        (
            ["2020年度捐助計劃", "", "美 國 康 德 基 金 會 2020 年 度 捐 助 計 劃"],
            "美國康德基金會2020年度捐助計劃",
        ),
        # A site's breadcrumb and category over the title: neither is it.
        (
            [
                "江城师范大学附属实验小学基础教育信息公开 > 年度计划 > 2022学年度学校工作计划",
                "年度计划",
                "2022学年度学校工作计划(简略版)",
            ],
            "2022学年度学校工作计划(简略版)",
        ),
        # A headline of another kind, or prose between: the headline stays the title.
        (["江城市科协2022年工作要点", "江城市科协2022年科普工作计划"], "江城市科协2022年工作要点"),
    ],
)
def test_the_plans_own_title_under_a_pages_headline(lines: list[str], title: str) -> None:
    assert parse("\n".join([*lines, BODY])).title == title


def test_a_title_issued_directly_is_signed_below_the_plan() -> None:
    notice = parse(f"江城市科协2024年工作要点\n{BODY}江城市科学技术协会\n2024年3月1日\n")
    assert notice.title == "江城市科协2024年工作要点"
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城市科学技术协会", dt.date(2024, 3, 1))
    assert notice.closing == []


@pytest.mark.parametrize(
    "attached", ["附表: 2024年任务分配表 村 别 任务数(人) 邹家营村 6", "附表1 2024年任务分配表"]
)
def test_a_table_attached_after_the_signature_leaves_it_closing_the_plan(attached: str) -> None:
    text = f"江城市博物馆2024年工作计划\n{BODY}江城市博物馆\n2024年3月1日\n{attached}\n"
    notice = parse(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城市博物馆", dt.date(2024, 3, 1))
    assert [line.text for line in notice.closing] == [attached]
    assert_lossless(text, notice)


@pytest.mark.parametrize("links", ["相关文档:", "相關新聞", "相关阅读："])
def test_a_pages_heading_over_its_links_below_the_signature_is_furniture(links: str) -> None:
    text = (
        f"江城市博物馆2024年工作计划\n{BODY}江城市博物馆\n2024年3月1日\n{links}\n扫一扫在手机打开\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城市博物馆", dt.date(2024, 3, 1))
    assert [c.text for c in notice.source.chrome] == [links, "扫一扫在手机打开"]
    assert_lossless(text, notice)


@pytest.mark.parametrize("fragment", ["2024", "2024年", "2024.3"])
def test_a_page_cut_after_the_signature_keeps_the_fragment_with_it(fragment: str) -> None:
    # The page stops a few characters into the line after the signed date.
    text = f"江城市博物馆2024年工作计划\n{BODY}江城市博物馆\n2024年3月1日\n{fragment}\n"
    notice = parse(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城市博物馆", dt.date(2024, 3, 1))
    assert [line.text for line in notice.closing] == [fragment]
    assert_lossless(text, notice)


@pytest.mark.parametrize(("fragment", "signed"), [("2024", True), ("推进全馆", False)])
def test_only_a_dates_start_after_the_signature_is_a_fragment(fragment: str, signed: bool) -> None:
    body = "一、重点任务\n1.推进项目建设。全年完成投资10亿元。\n"
    text = f"江城市博物馆2024年工作计划\n{body}江城市博物馆\n2024年3月1日\n{fragment}\n"
    header = parse(text).header
    assert (header is not None and header.date == dt.date(2024, 3, 1)) is signed


def test_a_headline_over_the_wrapped_title_is_no_part_of_it() -> None:
    text = "\n".join(
        [
            "江城省深化医药卫生体制改革实施方案",
            "索引号:012500 发布时间:2017-09-22 19:26:54",
            "江城省深化医药卫生体制",
            "改革实施方案",
            "各设区市人民政府，省人民政府各工作部门：",
            "现将《江城省深化医药卫生体制改革实施方案》印发给你们，请认真贯彻落实。",
            "江城省人民政府 2017821",
            BODY,
        ]
    )
    notice = parse(text)
    assert notice.title == "江城省深化医药卫生体制改革实施方案"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["江城区政府2023年重点工作", "", "任务分解和责任分工方案"],
            "江城区政府2023年重点工作任务分解和责任分工方案",
        ),
        (
            ["国务院关于落实《政府工作报告》", "重点工作部门分工的意见"],
            "国务院关于落实《政府工作报告》重点工作部门分工的意见",
        ),
        (
            ["江城市加快推进“互联网+政务服务”", "", "工作实施方案"],
            "江城市加快推进“互联网+政务服务”工作实施方案",
        ),
        (
            ["江城区全力打响服务品牌", "三年行动计划", "（2018—2020年）"],
            "江城区全力打响服务品牌三年行动计划（2018—2020年）",
        ),
        (
            ["江城市全民科学素质行动规划纲要", "实施方案(2021-2025年)"],
            "江城市全民科学素质行动规划纲要实施方案(2021-2025年)",
        ),
        (
            ["江城经开区优化营商环境三年行动", "(2021—2023年)贯彻落实方案"],
            "江城经开区优化营商环境三年行动(2021—2023年)贯彻落实方案",
        ),
        # Two bodies set apart by a space over the title that opens with its year.
        (
            ["中共江城省委科技工委 江城省科学技术厅", "2022年科技工作要点"],
            "中共江城省委科技工委 江城省科学技术厅2022年科技工作要点",
        ),
        # Two bodies and their 关于 set apart by spaces, the page's width cutting a word.
        (
            ["中共江城县委 江城县人民政府 关于做好2022年全面推进乡", "村振兴重点工作的实施意见"],
            "中共江城县委 江城县人民政府 关于做好2022年全面推进乡村振兴重点工作的实施意见",
        ),
        # Official documents set a long title over three lines: body, 关于…, the rest.
        (
            ["江城省人民检察院", "关于全面深化检察改革", "进一步加强新时代检察工作的意见"],
            "江城省人民检察院关于全面深化检察改革进一步加强新时代检察工作的意见",
        ),
        # A title that names no body opens with 关于, a slogan's comma in its quotes.
        (
            ["关于在全州开展“收好官,开好局”", "", "专项行动实施方案"],
            "关于在全州开展“收好官,开好局”专项行动实施方案",
        ),
        # An upper half broken off after a list's 、.
        (
            ["江城县深入打好柴油货车污染治理、", "", "臭氧污染防治攻坚战行动实施方案"],
            "江城县深入打好柴油货车污染治理、臭氧污染防治攻坚战行动实施方案",
        ),
        # An upper half with a slogan whose 、 stand in its quotes, or opening with the year.
        (
            ["江城市城市“规划水平、基本功能、品质品位”", "", "提升三年行动实施方案"],
            "江城市城市“规划水平、基本功能、品质品位”提升三年行动实施方案",
        ),
        (
            ["2018年省政府“重实干、强执行、抓落实”", "专项行动绩效考评工作实施方案"],
            "2018年省政府“重实干、强执行、抓落实”专项行动绩效考评工作实施方案",
        ),
        # A title broken inside its 《》, a blank line between the halves.
        (
            ["江城自治区实施《国家农村义务教育", "", "学生营养改善计划》试点方案"],
            "江城自治区实施《国家农村义务教育学生营养改善计划》试点方案",
        ),
        # A heading set out with spaces between its characters.
        (
            ["江城学院关于加强新时代劳动教育", "工 作 的 实 施 方 案"],
            "江城学院关于加强新时代劳动教育工作的实施方案",
        ),
        # ... its year a word of its own.
        (["江 城 市 2025 年 工 作 要 点"], "江城市2025年工作要点"),
        # A body with its campus in brackets over a title that opens with its year.
        (
            ["江城地质大学(北京)", "2022年硕士研究生复试录取工作方案"],
            "江城地质大学(北京)2022年硕士研究生复试录取工作方案",
        ),
        # A year's edition of a set of policies names it.
        (
            ["江城市推动经济高质量发展若干政策", "(2025年版)"],
            "江城市推动经济高质量发展若干政策(2025年版)",
        ),
        (
            ["江城省大力优化营商环境行动方案", "(2026版)"],
            "江城省大力优化营商环境行动方案(2026版)",
        ),
        # The school term a school's plan is for, under it, a blank line between.
        (
            ["江城县万集幼儿园园务工作计划", "", "(2016-2017年度第一学期)"],
            "江城县万集幼儿园园务工作计划(2016-2017年度第一学期)",
        ),
        (
            ["江城县实验小学工作计划", "（2023—2024学年第二学期）"],
            "江城县实验小学工作计划（2023—2024学年第二学期）",
        ),
        # ... also where no body opens it: the 、 says the list goes on below.
        (
            [
                "贯彻《“健康中国2030”规划纲要》、",
                "",
                "实施《“健康江城2030”规划纲要》2017年行动计划",
            ],
            "贯彻《“健康中国2030”规划纲要》、实施《“健康江城2030”规划纲要》2017年行动计划",
        ),
        # ... or after its year, where the kind reads as one only after the year.
        (
            ["江城区应急管理局2025年度", "安全生产监督检查计划"],
            "江城区应急管理局2025年度安全生产监督检查计划",
        ),
        # ... or by 、, with blank lines between the halves.
        (
            ["江城省教育厅、中共江城省委教育工委", "", "", "2012年工作要点"],
            "江城省教育厅、中共江城省委教育工委2012年工作要点",
        ),
        # A template's masked title, each field on a line of its own as a copy set it.
        (["XX", "县", "2022", "年“无废城市”建设实施方案"], "XX县2022年“无废城市”建设实施方案"),
        (
            ["xx", "区", "2019", "年乡", "风文明", "建设工作实施方案"],
            "xx区2019年乡风文明建设工作实施方案",
        ),
        # ... or a masked name not broken, over the kind alone.
        (["XX區縣域節水型社會達標建設工作", "實施方案"], "XX區縣域節水型社會達標建設工作實施方案"),
        # ... also where a page wrote a full-width space in it as two spaces (kept).
        (
            ["发挥民政职能  提升基层治理体系和", "治理能力现代化建设水平行动计划"],
            "发挥民政职能  提升基层治理体系和治理能力现代化建设水平行动计划",
        ),
        # ... never up into a page's menu word over a line that opens with the place.
        (
            ["产品", "企业", "江城区进一步防范和化解拖欠中小企业", "账款工作方案"],
            "江城区进一步防范和化解拖欠中小企业账款工作方案",
        ),
        # ... but a place's end alone over the year names no place.
        (["县", "2022", "年“无废城市”建设实施方案"], "2022年“无废城市”建设实施方案"),
        # A PDF's width cuts a title inside its kind, or inside its span.
        (
            ["2023年区《政府工作报告》确定的重点工作任务责任分解方", "案"],
            "2023年区《政府工作报告》确定的重点工作任务责任分解方案",
        ),
        (
            ["江城省人民政府关于落实《政府工作报告》重点工作部门分工的", "意见"],
            "江城省人民政府关于落实《政府工作报告》重点工作部门分工的意见",
        ),
        (
            ["中共江城市委 江城市人民政府关于深化国有企业改革的实施意", "见"],
            "中共江城市委 江城市人民政府关于深化国有企业改革的实施意见",
        ),
        (
            ["江城市减污降碳协同增效三年行动计划（2023—2025", "年）"],
            "江城市减污降碳协同增效三年行动计划（2023—2025年）",
        ),
        (
            ["江城市数字经济发展三年行动计划 (2022—2024 年", ")"],
            "江城市数字经济发展三年行动计划 (2022—2024 年)",
        ),
        # (or after the span's first year, its dash opening the line below)
        (
            ["江城市地质灾害综合防治能力提升三年行动实施方案(2023", "—2025年)"],
            "江城市地质灾害综合防治能力提升三年行动实施方案(2023—2025年)",
        ),
        # ... or inside a word, a 、 in the quotes of its upper half.
        (
            ["2024年度全市公共法律服务领域“双随机、一公开”检查工", "作方案"],
            "2024年度全市公共法律服务领域“双随机、一公开”检查工作方案",
        ),
        # ... or inside a word, its school year set apart by spaces.
        (
            ["江城市明珠中心小学 2024-2025 学年度第二学期学", "校工作计划"],
            "江城市明珠中心小学 2024-2025 学年度第二学期学校工作计划",
        ),
        # ... also where its opening lists bodies, or its subject's, with 、.
        (
            ["中共江城省委、江城省人民政府关于加强和完善城乡社区治理的", "实施意见"],
            "中共江城省委、江城省人民政府关于加强和完善城乡社区治理的实施意见",
        ),
        (
            ["江城省農業農村廳關于落實黨中央、國務院2020年農業農村重點工", "作部署的實施意見"],
            "江城省農業農村廳關于落實黨中央、國務院2020年農業農村重點工作部署的實施意見",
        ),
        # ... but a short title under a note in brackets is whole, as is one whose
        # kind ends its line.
        (["(此件公开发布)", "健康江城行动实施方案"], "健康江城行动实施方案"),
        (["江城市2025年工作要点", "一"], "江城市2025年工作要点"),
        # ... nor does a short line of a title's words a copy set a line each reach
        # any width.
        (["2023", "地震局", "监测", "工作", "打算", "地震局监测工作打算"], "地震局监测工作打算"),
        # ... nor the plan's opening sentence a PDF's width cut after a document's name
        # that ends in a kind and its span.
        (
            [
                "江城市知识产权强国建设纲要实施年度推进计划",
                "为贯彻落实《知识产权强国建设纲要(2021—2035年)",
                "》,深入实施知识产权强国战略,制定本计划。",
            ],
            "江城市知识产权强国建设纲要实施年度推进计划",
        ),
    ],
)
def test_titles_split_over_lines(lines: list[str], title: str) -> None:
    assert parse("\n".join(lines) + "\n" + BODY).title == title


@pytest.mark.parametrize(
    "line",
    [
        ":2021年江城市特种设备安全监察工作要点",
        "：2021年江城市特种设备安全监察工作要点",
        "标题：2021年江城市特种设备安全监察工作要点",
        "名称: 2021年江城市特种设备安全监察工作要点",
    ],
)
def test_a_plan_title_after_a_pages_label_or_its_colon(line: str) -> None:
    lines = ["首页 > 新闻中心 > 行业知识", line, BODY]
    notice = parse("\n".join(lines))
    assert (notice.title, notice.year) == ("2021年江城市特种设备安全监察工作要点", 2021)
    # (a labelled title is the page's metadata, kept in its chrome; a colon alone
    # leaves the title line in the text)
    if line.startswith((":", "：")):
        assert notice.title_span is not None and notice.title_span.line == 2


@pytest.mark.parametrize(
    ("lines", "title", "organization"),
    [
        (
            ["江城省人民政府關于", "2014年《政府工作報告》有關工作部門", "分工的意見"],
            "江城省人民政府關于2014年《政府工作報告》有關工作部門分工的意見",
            "江城省人民政府",
        ),
        (
            ["省人民政府關于", "進一步優化營商環境的若干意見"],
            "省人民政府關于進一步優化營商環境的若干意見",
            "省人民政府",
        ),
    ],
)
def test_a_document_issued_as_an_opinion_titled_over_lines(
    lines: list[str], title: str, organization: str
) -> None:
    notice = parse("\n".join([*lines, "江政發〔2014〕1號", "各市、縣人民政府:", BODY]))
    assert (notice.title, notice.organization) == (title, organization)
    assert notice.header is not None and notice.header.doc_number == "江政發〔2014〕1號"


@pytest.mark.parametrize(
    "lines",
    [
        ["江城县人民政府关于分解落实2022年县政府重点工作任务的通", "知"],
        ["关于做好2018年政府工作报告主要目标任务和为民办实事的", "通知"],
    ],
)
def test_a_notice_title_a_pdf_cut_before_its_end_is_no_plan_title(lines: list[str]) -> None:
    notice = parse("\n".join([*lines, "江政发〔2022〕3号", "各乡镇人民政府:", BODY]))
    assert notice.header is not None
    assert notice.header.notice_title == "".join(lines)
    assert notice.header.doc_number == "江政发〔2022〕3号"
    assert notice.title != lines[0]


def test_a_title_whose_upper_half_follows_the_signed_notice() -> None:
    text = (
        "江城发〔2021〕5号\n"
        "中共江城新区工作委员会\n江城新区管理委员会\n"
        "关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知\n"
        "新区各部门：\n"
        "现将《全面推进乡村振兴加快农业农村现代化的实施方案》印发给你们，请认真贯彻执行。\n"
        "中共江城新区工作委员会\n江城新区管理委员会\n2021年3月15日\n（此件公开发布）\n"
        "全面推进乡村振兴\n加快农业农村现代化的实施方案\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "全面推进乡村振兴加快农业农村现代化的实施方案"
    header = notice.header
    assert header is not None and header.forwarded is None
    assert header.notice_title == (
        "中共江城新区工作委员会江城新区管理委员会"
        "关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知"
    )
    # A joint signature, one issuer a line, is joined with 、.
    assert (header.issuer, header.date, header.doc_number) == (
        "中共江城新区工作委员会、江城新区管理委员会",
        dt.date(2021, 3, 15),
        "江城发〔2021〕5号",
    )


def test_a_long_name_signed_over_two_lines_is_one_issuer() -> None:
    text = (
        "关于印发《江城市第一次全国自然灾害综合风险普查工作方案》的通知\n"
        "江灾险普办发〔2021〕1号\n各区普查领导小组办公室:\n"
        "现将《江城市第一次全国自然灾害综合风险普查工作方案》印发给你们,请认真贯彻执行。\n"
        "江城市第一次全国自然灾害\n综合风险普查领导小组办公室\n2021年7月20日\n"
        "江城市第一次全国自然灾害综合风险普查工作方案\n" + BODY
    )
    header = parse(text).header
    assert header is not None
    assert (header.issuer, header.date) == (
        "江城市第一次全国自然灾害综合风险普查领导小组办公室",
        dt.date(2021, 7, 20),
    )
    assert header.cover_letter is not None and "自然灾害\n" not in header.cover_letter


def test_a_browser_tab_headline_over_a_document_issued_as_itself() -> None:
    text = (
        "江城省人民政府关于落实《政府工作报告》重点工作部门分工的意见-江城省人民政府门户网站\n\n"
        "江城省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n\n"
        "江城省人民政府门户网站 www.example.gov.cn 发布时间: 2019-02-20 11:02 【字体:\n\n"
        "江城省人民政府关于\n\n落实《政府工作报告》重点工作部门分工的意见\n\n"
        "江政发〔2019〕1号\n\n省直有关单位:\n\n"
        "为认真做好2019年政府工作，现就重点工作提出部门分工意见如下：\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "江城省人民政府关于落实《政府工作报告》重点工作部门分工的意见"
    assert notice.title_span is not None and notice.title_span.line == 7
    assert (notice.organization, notice.year) == ("江城省人民政府", 2019)
    header = notice.header
    assert header is not None
    assert (header.doc_number, header.issuer, header.date, header.addressees) == (
        "江政发〔2019〕1号",
        "江城省人民政府",
        dt.date(2019, 2, 20),
        ["省直有关单位"],
    )


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("2018年，在党中央坚强领导下，创新活力不断释放。2019年是决胜之年。", 2019),
        ("为认真做好2019年政府工作，现就重点工作提出分工意见。", 2019),
        (
            "为全面贯彻党的十九大精神,推动各项部署落地见效,切实做好2020年政府工作,实现目标任务,分工如下。",
            2020,
        ),
        ("2018年，全省教育工作的总体要求是：立德树人。", 2018),
        ("2024年省人大常委会监督工作，聚焦省委省政府行动方案统筹安排。", 2024),
        ("2019年教育工作的基本要求是：坚持立德树人。", 2019),
        ("根据监督法和江城省实施监督法办法的规定,对2020年度监督工作具体安排如下。", 2020),
        ("为做好工作,现将2016年科普工作计划如下：", 2016),
        # The year of the plan the opening says it sets out.
        ("为更好地开展工作,根据省文物局的工作安排,结合我馆的实际,制定2017年工作计划:", 2017),
        # A goal far ahead is no year of the plan.
        ("2025年是关键一年。国家文物局将锚定2035年建成文化强国的战略目标,推动事业发展。", 2025),
        # A look back too long for the first sentences: the next year opens a later one.
        (
            "2014年,各地、各部门全面贯彻落实党中央、国务院和省委、省政府“三农”工作决策部署,"
            "全省农业农村经济继续保持良好发展态势,农业生产稳定发展,农民收入实现“八连快”,"
            "农村改革深入推进,农村社会稳定和谐。当前,我省正处于全面深化农村改革的攻坚期、"
            "加快农村全面小康建设进程的关键期,农业农村工作面临形势更为复杂、挑战前所未有、"
            "任务依然艰巨,必须再接再厉,推动工作再上新台阶。 2015年,要认真贯彻落实中央1号文件精神。",
            2015,
        ),
        # ... but a deadline later in the paragraph is no such sentence.
        ("2014年,全省经济稳定增长。全年任务已经完成;2015年底前完成验收。", 2014),
    ],
)
def test_the_year_from_the_plans_opening(opening: str, year: int) -> None:
    notice = parse(f"关于加快科普事业发展的实施意见\n{opening}\n{BODY}")
    assert notice.year == year


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        # (the first part opens by naming the year ahead: the plan's own word, before
        # the date a sharing site posted it on)
        ("2012年是全面实施“十二五”规划的关键之年。我局将依靠科技转变发展方式。", 2012),
        # (a look back at the year before names no year ahead: the page's date stands)
        ("2011年,我局依靠科技转变发展方式,各项工作取得新进展。", 2022),
    ],
)
def test_the_year_ahead_the_first_part_opens_with(opening: str, year: int) -> None:
    text = (
        "科技局工作目标与措施\n时间:2022-03-30 09:34:00\n科技局工作目标与措施\n"
        f"一、工作思路\n{opening}\n二、主要措施\n1.加强科技创新。推进平台建设。\n"
    )
    assert parse(text).year == year


def test_a_plan_attached_to_its_notice_after_an_attachment_list() -> None:
    text = (
        "江政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n"
        "重点工作及市《政府工作报告》涉及江城的\n重点事项进行责任分解的通知\n"
        "各镇人民政府，县政府各部门：\n经县人民政府同意，现将重点工作责任分解给你们，请狠抓落实。\n"
        "附件：1.县《政府工作报告》确定的2021年重点工作责任分解\n"
        "2.市《政府工作报告》涉及江城的重点事项责任分解\n"
        "2021年5月12日\n（此件公开发布）\n附件1\n"
        "县《政府工作报告》确定的2021年重点工作责任分解\n"
        "一、2021年经济社会发展主要目标\n"
        "（一）地区生产总值增长11%。[牵头单位：县发改局（粮食局）；责任单位：各镇人民政府]\n"
    )
    notice = parse(text)
    assert notice.title == "县《政府工作报告》确定的2021年重点工作责任分解"
    header = notice.header
    assert header is not None
    assert header.issuer == "县人民政府办公室"  # from a notice title over four lines
    assert any(a.text.startswith("2.市《政府工作报告》") for a in header.attachments)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "2021年经济社会发展主要目标")]
    (item,) = notice.items()
    assert (item.lead_departments, item.supporting_departments) == (
        ["县发改局（粮食局）"],
        ["各镇人民政府"],
    )


def test_a_letter_spaced_doc_number_label_with_the_next_label_glued_after_it() -> None:
    text = (
        "名 称 :江城区人民政府关于印发江城区2018年国民经济和社会发展计划的通知\n"
        "发 文 字 号 :江青政发〔2018〕2号主 题 :综合政务\\政务公开\n"
        "江城区人民政府关于印发江城区2018年国民经济和社会发展计划的通知\n"
        "各镇人民政府、街道办事处:\n现将《江城区2018年国民经济和社会发展计划》印发给你们。\n"
        "江城区人民政府\n2018年1月18日\n江城区2018年国民经济和社会发展计划\n" + BODY
    )
    header = parse(text).header
    assert header is not None and header.doc_number == "江青政发〔2018〕2号"


@pytest.mark.parametrize(
    ("field", "number"),
    [
        ("文号 江政发〔2025〕6号 成文日期: 2025年04月15日", "江政发〔2025〕6号"),
        ("文号 江政发〔2025〕3 号 成文日期: 2025年04月29日", "江政发〔2025〕3 号"),
    ],
)
def test_a_doc_number_label_set_apart_from_its_value_by_a_space(field: str, number: str) -> None:
    text = (
        "江城县人民政府关于印发2025年国民经济和社会发展计划的通知\n"
        f"索引号 zfgzbmxzfbgs/2025-0549 公开目录: 县政府文件\n{field}\n"
        "各镇人民政府:\n《江城县2025年国民经济和社会发展计划》已经县人民代表大会审议批准,现印发给你们。\n"
        f"江城县2025年国民经济和社会发展计划\n{BODY}"
    )
    header = parse(text).header
    assert header is not None and header.doc_number == number


def test_a_doc_number_and_a_bare_date_after_a_title_run_into_one_line() -> None:
    sentence = "坚持科学发展,推进转型升级,努力保持经济平稳较快发展。"
    text = (
        "江城省人民政府关于推进江城三角洲地区改革开放的实施意见 江政发[2009]69号 2009-11-03 "
        f"为贯彻国务院的指导意见精神,现结合我省实际,提出以下实施意见。 一、总体要求 (一)基本原则。{sentence * 3} "
        f"(二)发展定位。{sentence * 3} 二、主要任务 (一)加快转型。{sentence * 2}"
    )
    notice = parse(text)
    assert notice.title == "江城省人民政府关于推进江城三角洲地区改革开放的实施意见"
    assert notice.header is not None
    assert (notice.header.doc_number, notice.header.date) == (
        "江政发[2009]69号",
        dt.date(2009, 11, 3),
    )
    assert [s.title for s in notice.sections] == ["总体要求", "主要任务"]


def test_an_untitled_plan_takes_its_year_from_the_cover_letter_and_units_from_a_closing_sentence() -> (
    None
):
    text = (
        "各省辖市人民政府,省人民政府各部门:\n"
        "省长代表省政府所作的《政府工作报告》已经省人大审议通过。现将《政府工作报告》提出的"
        "2007年重点工作任务分解,请各责任单位认真组织落实。\n"
        "一、主要工作目标\n"
        "1.2007年是我省加快实现中原崛起的关键一年。生产总值增长10%。 "
        "由省发展改革委、财政厅、商务厅、环保局、农业厅、人口计生委、劳动保障厅等部门和各省辖市政府负责落实。\n"
    )
    notice = parse(text)
    assert notice.year == 2007
    (item,) = notice.items()
    assert (item.number, item.title) == (1, "2007年是我省加快实现中原崛起的关键一年")
    assert item.lead_departments == [
        "省发展改革委",
        "财政厅",
        "商务厅",
        "环保局",
        "农业厅",
        "人口计生委",
        "劳动保障厅",
        "各省辖市政府",
    ]


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "江民字〔2016〕1号《江城市民政局社会事务处关于印发2016年社会事务工作要点的通知》",
            "2016年社会事务工作要点",
        ),
        # (a title inside the notice's title in the inner brackets)
        (
            "江政办发〔2016〕26号《江城市民政局社会事务处关于印发〈江城市2016年政务公开工作要点〉的通知》",
            "江城市2016年政务公开工作要点",
        ),
    ],
)
def test_a_headline_of_number_and_bracketed_notice_title(headline: str, title: str) -> None:
    notice_title = headline[headline.index("《") + 1 : -1]
    text = (
        f"{headline}\n{notice_title}\n江民字〔2016〕1号\n"
        "2016年是全面建成小康社会决胜阶段的开局之年。\n一、政策创制\n继续推动修订条例。\n"
    )
    notice = parse(text)
    assert notice.title == title
    assert notice.header is not None
    assert notice.header.issuer == "江城市民政局社会事务处"


def test_a_metadata_box_of_label_and_value_lines_signs_nothing() -> None:
    text = (
        "首页 > 政务公开 > 江政办发\n索引号\n113715250044422281/2021-26757114\n"
        "发布机关\n江县政府\n成文日期\n2021-06-28\n发文字号\n江政办发〔2021〕9号\n"
        "江县人民政府办公室\n关于印发2021年江县政务公开工作要点的通知\n江政办发〔2021〕9号\n"
        "县直各有关部门：\n《2021年江县政务公开工作要点》已经县政府同意，现印发给你们。\n"
        "江县人民政府办公室\n2021年6月28日\n2021年江县政务公开工作要点\n" + BODY
    )
    notice = parse(text)
    header = notice.header
    assert header is not None and header.forwarded is None
    assert (header.issuer, header.date, header.doc_number) == (
        "江县人民政府办公室",
        dt.date(2021, 6, 28),
        "江政办发〔2021〕9号",
    )
    assert notice.title == "2021年江县政务公开工作要点"


def test_a_joint_signature_over_a_line_that_sets_the_date_apart() -> None:
    text = (
        "中共江城市委办公室 江城市人民政府办公室\n关于印发《江城市河长制工作实施方案》的通知\n"
        "江办发〔2017〕19号\n各乡镇党委、人民政府：\n"
        "《江城市河长制工作实施方案》已经市委、市政府同意，现印发给你们，请认真贯彻执行。\n"
        "中共江城市委办公室\n江城市人民政府办公室\n\n"
        "（此件发至乡）                  2017年6月13日\n\n"
        "江城市河长制工作实施方案\n" + BODY
    )
    header = parse(text).header
    assert header is not None
    assert (header.issuer, header.date, header.disclosure) == (
        "中共江城市委办公室、江城市人民政府办公室",
        dt.date(2017, 6, 13),
        "（此件发至乡）",
    )


def test_a_joint_signature_two_names_a_line_over_several_lines() -> None:
    text = (
        "教育部等八部门关于印发《综合防控儿童青少年近视实施方案》的通知\n"
        "各省、自治区、直辖市人民政府：\n经国务院同意，现予以印发，请遵照执行。\n\n"
        "教育部 国家卫生健康委员会\n\n国家体育总局 财政部\n\n"
        "人力资源和社会保障部 国家市场监督管理总局\n\n国家新闻出版署 国家广播电视总局\n\n"
        "2018年8月30日\n综合防控儿童青少年近视实施方案\n" + BODY
    )
    header = parse(text).header
    assert header is not None
    assert header.issuer == (
        "教育部、国家卫生健康委员会、国家体育总局、财政部、"
        "人力资源和社会保障部、国家市场监督管理总局、国家新闻出版署、国家广播电视总局"
    )
    assert header.date == dt.date(2018, 8, 30)
    # A letter's last sentence between the names ends the signature's run.
    broken = text.replace("国家体育总局 财政部", "请认真贯彻执行")
    header = parse(broken).header
    assert header is not None and header.issuer == "教育部、国家卫生健康委员会"


def test_a_joint_signature_of_peoples_organisations_by_their_short_names() -> None:
    # "共青团中央" and "全国妇联" sign as the ministries beside them do.
    text = (
        "关于印发《提升公民生态文明意识行动计划(2021-2025年)》的通知\n"
        "各省、自治区、直辖市生态环境厅(局)、团委、妇联：\n现印发给你们，请认真贯彻落实。\n"
        "生态环境部 中宣部 中央文明办\n\n教育部 共青团中央 全国妇联\n\n"
        "2021年1月29日\n提升公民生态文明意识行动计划(2021-2025年)\n" + BODY
    )
    header = parse(text).header
    assert header is not None
    assert header.issuer == "生态环境部、中宣部、中央文明办、教育部、共青团中央、全国妇联"
    assert header.date == dt.date(2021, 1, 29)


def test_a_joint_signature_with_a_general_administration_one_a_line() -> None:
    # "海关总署" signs as the ministries beside it do; a plan's 部署 is no signer.
    signers = ["国家疾控局", "国家发展改革委", "海关总署", "国家中医药局"]
    text = (
        "关于印发全国疾病预防控制行动方案的通知\n各省疾控局、发展改革委:\n"
        "现印发给你们,请根据职责抓好推进落实。\n"
        + "\n".join(signers)
        + "\n2024年5月21日\n全国疾病预防控制行动方案\n"
        + BODY
    )
    header = parse(text).header
    assert header is not None and header.issuer == "、".join(signers)
    assert not ISSUER_RE.match("工作部署")


def test_a_plans_own_opening_that_ends_tongzhi_ruxia_keeps_its_sections() -> None:
    # The notice above the title handed the plan over; the plan's own opening then
    # reads like a letter's ("…有关事项通知如下"), but its 一、 are the plan's.
    text = (
        "关于印发《2025年江县科技活动周实施方案》的通知\n江科〔2025〕17号\n各成员单位:\n"
        "现将《2025年江县科技活动周实施方案》印发给你们,请认真组织实施。\n"
        "江县科技活动周工作专班办公室(代)\n2025年5月22日\n"
        "2025年江县科技活动周实施方案\n"
        "为办好今年的科技活动周,现将有关事项通知如下。\n"
        "一、活动时间\n2025年5月下旬。\n二、活动主题\n“矢志创新发展 建设科技强国”\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "活动时间"), (2, "活动主题")]
    assert notice.header is not None
    # An office that signs for its group marks it "(代)": no part of its name.
    assert notice.header.issuer == "江县科技活动周工作专班办公室"
    assert_lossless(text, notice)


def test_a_work_notice_named_only_by_the_pages_box_is_the_plan() -> None:
    text = (
        "索  引 号: 111423LL00100/2025-56115 主题分类:\n"
        "标      题: 江城市商务局江城市财政局关于开展下半年促消费活动的通知\n"
        "发文字号: 江商务〔2025〕45号 发布日期: 2025年08月22日\n"
        "各县市、区商务主管部门、财政局:\n"
        "为促进消费提质扩容,经市政府同意,现就促消费活动通知如下:\n"
        "一、活动主题\n“乐购江城 惠享秋冬”\n二、活动时间\n2025年9月1日至12月31日。\n"
    )
    notice = parse(text)
    assert notice.title == "江城市商务局江城市财政局关于开展下半年促消费活动的通知"
    assert [s.title for s in notice.sections] == ["活动主题", "活动时间"]


def test_a_byline_under_the_title_names_the_issuer() -> None:
    text = (
        "日前,江城市发展改革委出台了一系列措施。全文如下:\n"
        "关于江城市恢复和扩大消费政策措施\n江城市发展改革委\n"
        "为深入实施扩大内需战略,制定以下政策措施。\n一、稳定大宗消费\n1.支持汽车消费。\n"
    )
    notice = parse(text)
    assert notice.title == "关于江城市恢复和扩大消费政策措施"
    assert notice.header is not None and notice.header.issuer == "江城市发展改革委"
    assert notice.preamble == "为深入实施扩大内需战略,制定以下政策措施。"
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    "title", ["江城省教育厅等五部门关于加强中小学科学教育的意见", "中小学科学教育工作方案"]
)
def test_a_byline_over_the_documents_own_number(title: str) -> None:
    # A page's source line stands between the title and the 文号; the 文号 is the
    # document's own, and the issuer the body the title names (else the byline).
    text = (
        f"{title}\n2023-05-29 15:41:00\n江城省教育厅\n作者:\n\n江教监管〔2023〕2号\n\n"
        "各市、县教育局：\n为深入贯彻党的二十大精神，现提出如下意见。\n一、总体要求\n"
        "（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。\n"
    )
    notice = parse(text)
    header = notice.header
    assert header is not None
    assert header.doc_number == "江教监管〔2023〕2号"
    assert header.issuer == ("江城省教育厅等五部门" if "关于" in title else "江城省教育厅")
    assert header.addressees == ["各市、县教育局"]
    assert str(header.date) == "2023-05-29"
    assert_lossless(text, notice)


def test_a_body_that_carries_out_a_document_in_book_brackets_issues_its_plan() -> None:
    text = (
        "江城省人民政府办公厅贯彻落实《全国人民代表大会常务委员会关于全面禁止非法野生动物交易的决定》"
        "的实施意见 (江政办字〔2020〕150号)\n各市人民政府，省政府有关部门：\n"
        "为深入贯彻党中央、国务院的部署要求，提出如下实施意见。\n一、总体要求\n"
        "（一）指导思想。坚持以人民为中心。\n"
    )
    notice = parse(text)
    assert notice.organization == "江城省人民政府办公厅"
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.doc_number) == (
        "江城省人民政府办公厅",
        "江政办字〔2020〕150号",
    )


def test_a_date_in_brackets_under_a_newspapers_byline_is_the_documents() -> None:
    text = (
        "江城日报 2019年03月27日\n(2019年3月16日)\n"
        "为全面提升预算绩效，现提出如下实施意见。\n一、总体要求\n坚持稳中求进。\n"
        "二、构建全方位预算绩效管理格局\n(一)实施政府预算绩效管理。将政府收支预算纳入绩效管理。\n"
    )
    notice = parse(text)
    assert notice.header is not None and str(notice.header.date) == "2019-03-16"
    assert_lossless(text, notice)


def test_the_year_from_the_letters_opening() -> None:
    text = (
        "各市、县人民政府：\n2017年是实施“十三五”规划的重要一年。现将重点工作责任分解如下。\n"
        "《政府工作报告》重点工作责任分解\n" + BODY
    )
    assert parse(text).year == 2017


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("国务院关于落实《政府工作报告》重点工作部门分工的意见", 2020),
        ("江城市全民科学素质行动实施方案（2021—2025年）", None),
    ],
)
def test_the_year_of_a_document_whose_text_names_none(title: str, year: int | None) -> None:
    notice = parse(f"{title}\n国发〔2020〕6号\n各省人民政府：\n{BODY}")
    assert notice.year == year
    codes = [d.code for d in notice.diagnostics]
    assert ("year-from-doc-number" in codes) is (year is not None)


def test_an_issuer_alone_over_a_title_that_opens_with_guanyu() -> None:
    text = (
        "政务服务丨江城市人民政府关于持续深化“市县同权”改革的实施意见\n"
        "- 发布日期:2021-07-19\n- 浏览次数:\n"
        "江城市人民政府\n关于持续深化“市县同权”改革的实施意见\n江政字〔2021〕30号\n"
        "各县（市、区）人民政府，市政府各部门：\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "江城市人民政府关于持续深化“市县同权”改革的实施意见"
    assert notice.organization == "江城市人民政府"
    header = notice.header
    assert header is not None
    assert (header.doc_number, header.issuer, header.date) == (
        "江政字〔2021〕30号",
        "江城市人民政府",
        dt.date(2021, 7, 19),
    )
    assert header.addressees == ["各县（市、区）人民政府", "市政府各部门"]


def test_a_ministry_department_signs_and_a_page_names_its_publisher() -> None:
    signed = parse(
        "关于印发《教育部社会科学司2022年工作要点》的通知(教社科司函〔2022〕15号)\n"
        "发布时间: 2022-03-13 浏览次数: 848\n各省教育厅：\n"
        "现将《教育部社会科学司2022年工作要点》印发给你们，供参考。\n"
        "教育部社会科学司\n2022年3月7日\n教育部社会科学司2022年工作要点\n" + BODY
    ).header
    assert signed is not None
    assert (signed.issuer, signed.date) == ("教育部社会科学司", dt.date(2022, 3, 7))
    published = parse(
        "县科协2022年重点工作谋划\n"
        "体裁分类:其他     发布时间: 2021-11-19      发布机构:江县科学技术协会      浏览次数:44\n"
        "县科协2022年重点工作谋划\n" + BODY
    ).header
    assert published is not None
    assert (published.issuer, published.date) == ("江县科学技术协会", dt.date(2021, 11, 19))


def test_an_opinion_addressed_under_its_title_is_issued_by_the_body_it_names() -> None:
    notice = parse("江城市人民政府關於加快推進氣象現代化的意見\n各縣市區人民政府：\n" + BODY)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.addressees) == (
        "江城市人民政府",
        ["各縣市區人民政府"],
    )
    two = parse("中共江城市委 江城市人民政府关于深化国企改革的实施意见\n各县区：\n" + BODY)
    assert two.organization == "中共江城市委 江城市人民政府"


def test_a_last_updated_line_is_page_furniture() -> None:
    notice = parse(
        "关于印发《中国科协2016年科普工作要点》的通知\n 最后更新:2016-12-28 14:53:59  浏览:4530次\n"
        "科协普函综字〔2016〕9号\n各全国学会：\n现将《中国科协2016年科普工作要点》印发给你们。\n"
        + BODY
    )
    assert notice.header is not None and notice.header.doc_number == "科协普函综字〔2016〕9号"


@pytest.mark.parametrize(
    ("under", "date"),
    [
        (["（征求意见稿V2.2）", "（2015年9月15日）"], dt.date(2015, 9, 15)),
        (["2023年02月22日"], dt.date(2023, 2, 22)),
        (
            [
                "（2020年11月27日第十三届全国人民代表大会常务委员会第78次委员长会议原则通过 "
                "2021年4月16日第十三届全国人民代表大会常务委员会第91次委员长会议修改）"
            ],
            dt.date(2021, 4, 16),
        ),
    ],
)
def test_a_date_under_the_title_of_a_plan_no_notice_dates(under: list[str], date: dt.date) -> None:
    notice = parse("\n".join(["全国人大常委会2021年度监督工作计划", *under, BODY]))
    assert notice.header is not None and notice.header.date == date
    # The lines themselves are the header's note, word for word.
    assert notice.header.note == "\n".join(under)


def test_a_page_byline_of_publisher_and_date() -> None:
    notice = parse(f"江城市政协| 2017-05-31\n打印\n市政协督办重点提案工作方案\n\n{BODY}")
    assert notice.header is not None and notice.header.date == dt.date(2017, 5, 31)
    assert [c.kind for c in notice.source.chrome][:1] == ["published"]


@pytest.mark.parametrize(
    ("metadata", "date"),
    [
        ("• 日期:97-12-13", dt.date(2008, 12, 13)),
        ("發布日期：民國108年5月2日", dt.date(2019, 5, 2)),
        ("日期:103-01-02", dt.date(2014, 1, 2)),
        # a year too early for the era is no date: never 1935
        ("日期:24-05-12", None),
    ],
)
def test_a_page_dated_in_the_republic_of_china_era(metadata: str, date: dt.date | None) -> None:
    notice = parse(f"跳到主要內容區塊\n{metadata}\n\n未來展望與工作重點\n\n{BODY}")
    assert (notice.header.date if notice.header else None) == date
    chrome = {c.text: c.kind for c in notice.source.chrome}
    assert chrome.get("跳到主要內容區塊") == "breadcrumb"


def test_a_headline_that_names_no_body_over_the_title_that_does() -> None:
    text = (
        "2025-2026学年度上学期工作计划\n\n来源:江城市城东镇中学 发布时间:2025年07月07日\n\n"
        "　　江城市城东镇中学学校工作计划\n\n　　2025-2026上学期\n\n" + BODY
    )
    notice = parse(text)
    assert (notice.title, notice.organization) == (
        "江城市城东镇中学学校工作计划",
        "江城市城东镇中学",
    )


def test_a_legal_database_copy_of_a_notice_that_is_the_plan() -> None:
    text = (
        "江城市科学技术局关于分解落实市委全会和《政府工作报告》2018年重点工作任务的通知\n文章属性\n"
        "•【制定机关】江城市科学技术局\n•【公布日期】2018.03.23\n•【字号】江市科发〔2018〕24号\n正文\n"
        "江城市科学技术局\n关于分解落实市委全会和《政府工作报告》2018年\n重点工作任务的通知\n"
        "江市科发〔2018〕24号\n局属各单位、各科室:\n现将2018年重点工作任务分解如下，请认真落实。\n"
        "1.加快科技资源统筹中心建设，努力建设创新型城市。\n责任领导:李建雄\n"
        "牵头科室(单位):计划科、科技资源统筹中心基建办\n完成时限:2018年12月\n"
    )
    notice = parse(text)
    assert notice.title == (
        "江城市科学技术局关于分解落实市委全会和《政府工作报告》2018年重点工作任务的通知"
    )
    header = notice.header
    assert header is not None
    assert (header.issuer, header.date, header.doc_number) == (
        "江城市科学技术局",
        dt.date(2018, 3, 23),
        "江市科发〔2018〕24号",
    )
    assert items(notice) == [
        (
            1,
            "加快科技资源统筹中心建设，努力建设创新型城市",
            ["计划科", "科技资源统筹中心基建办"],
            [],
            "2018年12月",
        )
    ]


def test_issuers_named_before_yinfa_and_by_the_title() -> None:
    notice = parse(
        "“党政混合信息公开” 中共江城区委办公室 江城区人民政府办公室印发"
        "《江城区三年行动计划(2018—2020年)》的通知\n江城区三年行动计划\n(2018—2020年)\n" + BODY
    )
    assert notice.header is not None
    assert notice.header.issuer == "中共江城区委办公室、江城区人民政府办公室"
    titled = parse(
        "江城省人民政府关于实施《某某决定》的意见\n2025-06-07 16:43\n166人看过\n"
        "江城省人民政府关于实施《某某决定》的意见(江政[2001]85号)各市、县人民政府:为认真贯彻\n"
        "江城省人民政府关于实施\n《某某决定》的意见\n(江政[2001]85号)\n各市、县人民政府:\n" + BODY
    )
    assert titled.title == "江城省人民政府关于实施《某某决定》的意见"
    assert titled.header is not None and titled.header.issuer == "江城省人民政府"
    # A government that approves and forwards a department's report issues the notice.
    forwarded = parse(
        "省政府批转省发展改革委关于2018年全省国民经济和社会发展计划报告的通知\n"
        "各市、州、县人民政府,省政府各部门:\n"
        "省发展改革委《关于2018年全省国民经济和社会发展计划的报告》已经省人大审议通过,"
        "现批转给你们,请据此安排工作。\n2018年2月27日\n" + BODY
    )
    assert forwarded.header is not None and forwarded.header.issuer == "省政府"


def test_a_letter_that_numbers_what_it_asks_is_no_plan() -> None:
    text = (
        "江政办〔2023〕1号\n《江城市人民政府办公厅关于印发2023年市〈政府工作报告〉目标任务责任分解方案的通知》\n"
        "《2023年市〈政府工作报告〉目标任务责任分解方案》已经市人民政府同意，现印发给你们，"
        "并就有关事项通知如下，请一并贯彻执行。\n"
        "一、高度重视，精心组织，科学制订办理方案。各责任单位要逐项谋划。\n"
        "二、强化担当，压实责任，高效推进办理工作。\n"
    )
    notice = parse(text)
    assert notice.sections == []
    assert notice.title == "2023年市〈政府工作报告〉目标任务责任分解方案"
    assert notice.header is not None
    assert "一、高度重视" in (notice.header.cover_letter or "")


@pytest.mark.parametrize(
    ("letter", "points_are_the_letters"),
    [
        # A letter that hands the plan over, then asks what such letters ask.
        (
            "《2021年区政府工作报告目标任务分解方案》已经区政府同意,现印发给你们,并提出以下工作要求,请认真贯彻执行。",
            True,
        ),
        (
            "《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。",
            True,
        ),
        # A notice that is itself the division sets out its own parts after such a lead-in.
        ("结合我市实际,进一步细化分解各项工作任务,并提出以下要求,请认真抓好落实。", False),
    ],
)
def test_a_letter_that_hands_the_plan_over_then_asks(
    letter: str, points_are_the_letters: bool
) -> None:
    first = (
        "一、高度重视,夯实责任。各责任单位要进一步树立目标导向。"
        if points_are_the_letters
        else "一、总体要求"
    )
    text = (
        "江城区人民政府办公室关于印发2021年区政府工作报告目标任务分解方案的通知\n"
        f"各街道办事处,区政府各部门:\n{letter}\n{first}\n"
        "二、加强统筹,严格督查考核。区政府督查室要加强督查。\n"
        "江城区人民政府办公室\n2021年3月1日\n"
    )
    notice = parse(text)
    assert (notice.sections == []) is points_are_the_letters


@pytest.mark.parametrize(
    ("letter", "first"),
    [
        # The sentence that hands the plan over points to the requirements below: the
        # points are the letter's, whatever their first words.
        (
            "《2020年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,"
            "请结合以下要求认真贯彻执行。",
            "一、2020年是“十三五”规划收官之年。各级各部门要提高站位,强化责任。",
        ),
        # A letter's stock point with 工作 in it.
        (
            "现将《2019年市政府工作报告主要目标任务分解表》印发给你们,请认真抓好贯彻落实。",
            "一、落实工作责任。建立责任体系,一级抓一级,层层抓落实。",
        ),
        # ... or as opinions: "并提出如下意见".
        (
            "现将《2021年江城市政务公开工作任务分解表》印发给你们,并提出如下意见,请一并贯彻落实。",
            "一、强化组织保障。各级各部门要高度重视政务公开工作。",
        ),
        # The requirements named as work: "并提出如下工作要求".
        (
            "现将《江城区2022年政务公开工作要点任务分工》印发给你们,并提出如下工作要求,"
            "请认真贯彻执行。",
            "一、切实把准工作方向。各镇街、各部门要围绕中心工作。",
        ),
        # A letter's stock point that asks for the whole duty to be taken up.
        (
            "《2020年政府工作报告目标任务分解方案》已经市政府同意,现印发给你们,请认真贯彻执行。",
            "一、高度负责,抓好各项目标任务。各级各部门要确保各项目标任务全面完成。",
        ),
        # A letter that issues the plan in so many words, then asks.
        (
            "市政府制定了2020年政府工作报告重点工作责任分解方案,现予以印发,请做好贯彻落实。",
            "一、加强组织领导,完善工作机制。各区县、各部门都要高度重视。",
        ),
    ],
)
def test_a_letter_whose_points_follow_its_handing_over(letter: str, first: str) -> None:
    text = (
        "江城市人民政府办公室关于印发2020年政府工作报告重点工作责任分解的通知\n"
        f"各区、县(市)人民政府,市政府各部门:\n{letter}\n{first}\n"
        "二、责任分解中,列第一位的责任单位为牵头单位或汇总单位。各牵头单位要及时报告。\n"
        "江城市人民政府办公室\n2020年5月20日\n"
    )
    notice = parse(text)
    assert notice.sections == []
    assert notice.header is not None and notice.header.date == dt.date(2020, 5, 20)


def test_a_headline_over_a_letter_that_numbers_what_it_asks() -> None:
    # The page's headline closes with the notice's 文号 in brackets; the letter under it
    # hands the plan over and numbers what it asks: no plan sections.
    text = (
        "2021年县政府重点工作任务(江政发〔2021〕2号)\n各乡镇人民政府、县直各单位:\n"
        "《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。\n"
        "一、强化责任落实。县政府重点工作任务实行分线领导牵头负责制。\n"
        "二、严格督查考核。县政府督查室要加强督查。\n"
        "江城县人民政府\n2021年3月23日\n"
    )
    notice = parse(text)
    assert notice.title == "2021年县政府重点工作任务"
    assert notice.sections == []
    assert notice.header is not None and notice.header.doc_number == "江政发〔2021〕2号"


def test_a_plan_title_closed_by_its_number_in_brackets_a_space_before_the_bracket() -> None:
    # "…振兴行动计划(西交党〔2019〕9号 )": a copy left a space inside the brackets.
    text = "江城大学新时代学生工作振兴行动计划(江大党〔2019〕9号 )\n发布时间:2019-05-16\n" + BODY
    notice = parse(text)
    assert (notice.title, notice.organization) == ("江城大学新时代学生工作振兴行动计划", "江城大学")
    assert notice.header is not None and notice.header.doc_number == "江大党〔2019〕9号"


def test_a_notice_that_divides_the_work_itself_is_the_plan() -> None:
    # No plan is handed over: the notice title names the plan, also where the page
    # is cut before any heading.
    text = (
        "江城县人民政府关于分解落实政府工作报告目标任务的通知\n"
        "各乡镇人民政府,县政府各部门:\n为确保完成县十七届人大二次会议确定的目标任务,现将有关事项通知如下。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "江城县人民政府关于分解落实政府工作报告目标任务的通知",
        "江城县人民政府",
        None,
    )


def test_a_notice_that_publishes_a_decision_list_is_the_plan() -> None:
    text = (
        "江城县人民政府办公室关于公布\n2022年县政府重大行政决策目录的通知\n"
        "江政办发〔2022〕9号\n各乡镇人民政府,县政府各部门:\n"
        "现决定将下列事项列入2022年度县政府重大行政决策目录,具体由各决策承办单位负责落实。\n"
        "序号\n重大行政决策事项\n承办单位\n决策时间安排\n"
        "1\n江城县“十四五”残疾人保障和发展规划\n县残联\n第三季度\n"
    )
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "江城县人民政府办公室关于公布2022年县政府重大行政决策目录的通知",
        "江城县人民政府办公室",
        2022,
    )


def test_a_plan_under_a_letter_that_made_it_takes_the_year_the_letter_names() -> None:
    # The letter hands the plan over after a comma, its year in the name; the
    # signature is an enforcement brigade's, its date glued to the attachment's label.
    text = (
        "江城县生态环境保护综合执法大队各执法队员:\n"
        "结合执法工作实际,我队制定了《2026年江城县生态环境执法“双随机、一公开”工作实施方案》,"
        "现印发给你们,请认真贯彻执行。\n"
        "江城县生态环境保护综合执法大队\n2026年1月16日附件\n"
        "江城县生态环境执法\n“双随机、一公开”工作实施方案\n"
        "为切实加强事中事后监管,制定本方案。\n" + BODY
    )
    notice = parse(text)
    assert (notice.title, notice.year) == ("江城县生态环境执法“双随机、一公开”工作实施方案", 2026)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "江城县生态环境保护综合执法大队",
        dt.date(2026, 1, 16),
    )


def test_a_dated_headline_without_the_bodys_name_yields_to_the_title_below() -> None:
    text = "2024年教育局工作要点 2024-03-22\n\n2024年江城区教育局工作要点\n\n" + BODY
    notice = parse(text)
    assert (notice.title, notice.organization) == ("2024年江城区教育局工作要点", "江城区教育局")


def test_a_headline_of_two_documents_over_the_first_ones_title_is_no_upper_half() -> None:
    text = (
        "江城县文旅局2026年度涉企行政检查计划及涉企行政检查事项清单\n\n"
        "江城县文旅局2026年度涉企行政检查计划\n" + BODY
    )
    assert parse(text).title == "江城县文旅局2026年度涉企行政检查计划"


def test_a_heading_closed_by_a_count_in_brackets_takes_no_line_below() -> None:
    text = (
        "江城市人民政府2021年度立法工作计划\n"
        "一、地方性法规草案拟定项目(1件)\n江城市城市管理条例\n起草单位:市城管局\n"
        "二、市政府规章制定项目(1件)\n江城古城保护办法\n起草单位:市住房城乡建设局\n"
    )
    notice = parse(text)
    assert [s.title for s in notice.sections] == [
        "地方性法规草案拟定项目(1件)",
        "市政府规章制定项目(1件)",
    ]


def test_a_metadata_cell_names_a_notice_that_is_the_plan() -> None:
    text = (
        "- 標題:江城市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知\n"
        "- 公文生成日期:2025-01-24\n- 發布日期:2025-01-26\n"
        "各鎮人民政府、街道辦事處,市直各單位:\n"
        "為進一步明確任務,現將有關事項通知如下。\n"
    )
    notice = parse(text)
    assert notice.title == "江城市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知"
    assert notice.year == 2025
    assert notice.header is not None and notice.header.date == dt.date(2025, 1, 24)


def test_a_title_that_joins_the_plan_and_last_years_report() -> None:
    notice = parse(f"江城市教育局2025年工作要点和2024年工作总结\n{BODY}")
    assert (notice.title, notice.organization, notice.year) == (
        "江城市教育局2025年工作要点",
        "江城市教育局",
        2025,
    )


def test_a_societys_lead_into_its_list_gives_the_year_and_addresses_no_one() -> None:
    text = (
        "围绕中国科协要求，结合学会实际，拟2021年度学会重点开展的工作及活动计划如下：\n"
        "1.加强政治引领，推进学会党建。做到党委职责明确。\n"
        "2.开展学术交流活动。举办学术年会。\n"
        "3.加强科普工作。开展科普日活动。\n"
        "4.加强学会自身建设。完善学会章程。\n"
    )
    notice = parse(text)
    assert notice.year == 2021
    assert notice.header is None or notice.header.addressees == []


def test_the_letter_names_the_plan_it_hands_over_not_the_ones_it_cites() -> None:
    text = (
        "江政办字〔2023〕1号\n各县区人民政府：\n"
        "为深入贯彻落实《国务院关于支持江城深化改革的意见》（国发〔2022〕18号），"
        "经市政府同意，现将《江城市深化改革分工落实方案》（以下简称《方案》）印发给你们，"
        "请认真贯彻实施。\n" + BODY
    )
    assert parse(text).title == "江城市深化改革分工落实方案"


def test_a_page_headline_above_the_notice_is_not_the_title() -> None:
    text = (
        "数字江城建设2023年工作要点\n"
        "江城市人民政府办公室关于印发数字江城建设2023年工作要点的通知\n"
        "各区市人民政府，市政府各部门：\n"
        "《数字江城建设2023年工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
        "江城市人民政府办公室\n2023年8月19日\n"
        "数字江城建设2023年工作要点\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "数字江城建设2023年工作要点"
    assert notice.title_span is not None and notice.title_span.line == 7
    assert notice.header is not None
    assert notice.header.issuer == "江城市人民政府办公室"
    assert notice.header.addressees == ["各区市人民政府", "市政府各部门"]


def test_a_headline_without_its_closing_tongzhi_is_the_notice_title() -> None:
    # The page heads the notice with its 文号 and a title cut before 的通知.
    text = (
        "江政办发〔2017〕55号 江城省人民政府办公厅关于印发江城省贯彻落实《某某规划》工作方案\n"
        "江城省人民政府办公厅关于印发江城省贯彻落实《某某规划》工作方案\n"
        "江政办发〔2017〕55号\n"
        "各市、县人民政府：\n"
        "《江城省贯彻落实〈某某规划〉工作方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n"
        "江城省人民政府办公厅\n2017年5月15日\n"
        "江城省贯彻落实《某某规划》工作方案\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "江城省贯彻落实《某某规划》工作方案"
    assert notice.organization == "江城省"
    assert notice.header is not None
    assert notice.header.notice_title == (
        "江城省人民政府办公厅关于印发江城省贯彻落实《某某规划》工作方案"
    )
    assert (notice.header.doc_number, notice.header.issuer, notice.header.date) == (
        "江政办发〔2017〕55号",
        "江城省人民政府办公厅",
        dt.date(2017, 5, 15),
    )
    assert notice.header.cover_letter is not None
    assert "关于印发" not in notice.header.cover_letter


def test_a_cover_notice_under_the_title_is_the_header() -> None:
    # A wiki page: its headline, then the plan title, the notice that issued it, the plan.
    text = (
        "江城市教育局2017年工作要点\n维基文库，自由的图书馆\n"
        "江城市教育局2017年工作要点\n"
        "江教发〔2017〕4号\n"
        "2017年1月25日\n"
        "江城市教育局关于印发《江城市教育局2017年工作要点》的通知\n"
        "各区教育局，局属各单位：\n"
        "现将《江城市教育局2017年工作要点》印发给你们，请认真贯彻落实。\n"
        "江城市教育局\n2017年1月22日\n"
        "2017年教育工作的总体要求是：立德树人。\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "江城市教育局2017年工作要点"
    assert notice.title_span is not None and notice.title_span.line == 3
    header = notice.header
    assert header is not None and header.forwarded is None
    assert (header.doc_number, header.issuer, header.date) == (
        "江教发〔2017〕4号",
        "江城市教育局",
        dt.date(2017, 1, 22),
    )
    assert header.addressees == ["各区教育局", "局属各单位"]
    assert notice.preamble == "2017年教育工作的总体要求是：立德树人。"
    # The page's lines above the title held nothing of the notice: page furniture.
    assert [c.text for c in notice.source.chrome] == [
        "江城市教育局2017年工作要点",
        "维基文库，自由的图书馆",
    ]


def test_a_notice_title_alone_under_the_title_names_the_issuer() -> None:
    # A page's headline names the plan; the notice's title, alone on the next line,
    # hands it over; the plan's text follows with no letter or signature between.
    text = (
        "首页 >> 政策法规\n"
        "江城市科技创新行动计划(2022—2025年)\n"
        "中共江城市委办公室江城市人民政府办公室关于印发《江城市科技创新行动计划(2022—2025年)》的通知\n"
        "为深入贯彻创新驱动发展战略，制定本计划。\n" + BODY
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "江城市科技创新行动计划(2022—2025年)"
    header = notice.header
    assert header is not None
    assert header.issuer == "中共江城市委办公室江城市人民政府办公室"
    assert header.notice_title is not None and header.notice_title.endswith("的通知")
    assert notice.preamble == "为深入贯彻创新驱动发展战略，制定本计划。"
    # (a notice that hands over another document is no part of this one's header)
    other = text.replace(
        "关于印发《江城市科技创新行动计划(2022—2025年)》", "关于印发《江城市人才工作要点》"
    )
    unrelated = parse(other).header
    assert unrelated is None or unrelated.issuer is None


@pytest.mark.parametrize(
    "line",
    [
        "江城省“十四五”文化和旅游改革发展专项规划 发布时间:2022-04-15 17;12",
        "江城省“十四五”文化和旅游改革发展专项规划 来源:江城省文化和旅游厅",
        # (the page's note that it shows the whole text is no part of the title)
        "江城省“十四五”文化和旅游改革发展专项规划(附全文) 发布时间:2021-06-03 09:17",
    ],
)
def test_a_title_before_the_pages_posting_time_on_its_line(line: str) -> None:
    opening = "中商情报网讯:“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n"
    notice = parse(f"{line}\n\n{opening}{BODY}")
    assert (notice.title, notice.organization) == (
        "江城省“十四五”文化和旅游改革发展专项规划",
        "江城省",
    )


@pytest.mark.parametrize(
    "breadcrumb",
    [
        "当前位置:首页 > 行业资料 > 畜牧/养殖 > 江城市2024年工作要点",
        "首页>政务公开>通知公告>江城市2024年工作要点",
        "您现在的位置：首页 » 规划计划 » 江城市2024年工作要点",
        "当前位置:文档库 › 江城市2024年工作要点",
    ],
)
def test_a_breadcrumb_that_ends_in_the_title_titles_a_page_that_sets_no_other(
    breadcrumb: str,
) -> None:
    notice = parse(f"{breadcrumb}\n{BODY}")
    assert (notice.title, notice.organization, notice.year) == (
        "江城市2024年工作要点",
        "江城市",
        2024,
    )


@pytest.mark.parametrize(
    "breadcrumb",
    [
        # (a column's name: short, and no year)
        "当前位置:首页 > 政务公开 > 规划计划 > 工作计划",
        "現在位置 首頁 > 關於市府 > 市政資訊 > 中程施政計畫",
    ],
)
def test_a_breadcrumb_that_ends_in_a_column_gives_no_title(breadcrumb: str) -> None:
    assert parse(f"{breadcrumb}\n{BODY}").title is None


@pytest.mark.parametrize(
    "entry",
    [
        "(江城省)江城县国民经济和社会发展第十四个五年规划和二零三五年远景目标纲要",
        "(江城省)北江市江城县国民经济和社会发展十四五规划(2022年更新)",
    ],
)
def test_a_catalogues_entry_filed_under_its_province_over_the_plans_cover(entry: str) -> None:
    # A catalogue of plans files each under its province and names it its own way; the
    # plan's cover below, its title over lines, then the body that issues it and the
    # month, is the plan's own.
    text = (
        f"{entry}\n[规划计划] 发表于:2021-10-08 18:05:57\n收藏\n详情\n"
        "江城县国民经济和社会发展第十四个五年\n规划和二〇三五年远景目标纲要\n"
        "江城县人民政府\n2021 年 3 月\n"
        "江城县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要,主要阐明发展战略。\n"
        "第一章 发展基础\n“十三五”时期,全县经济稳步增长。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization) == (
        "江城县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        "江城县",
    )
    assert notice.header is not None and notice.header.issuer == "江城县人民政府"


def test_a_letter_spaced_kind_printed_twice_under_the_upper_half() -> None:
    text = (
        "关于“谁执法 谁普法”普法责任制的\n实 施 意 见\n实 施 意 见\n"
        "为全面落实党的十八届四中全会精神,现制定如下实施意见:\n一、指导思想\n以邓小平理论为指导。\n"
    )
    assert parse(text).title == "关于“谁执法 谁普法”普法责任制的实施意见"


def test_a_headline_that_restates_the_title_cut_short_is_no_part_of_it() -> None:
    text = (
        "江城貫徹落實大別山革命老區振興發展規劃\n來源:未知 日期:2016-02-03 點擊:次\n"
        f"江城省貫徹落實大別山革命老區振興發展規劃實施方案\n{BODY}"
    )
    notice = parse(text)
    assert (notice.title, notice.organization) == (
        "江城省貫徹落實大別山革命老區振興發展規劃實施方案",
        "江城省",
    )


def test_a_news_category_and_table_cells_are_cut_from_the_title() -> None:
    assert parse(f"政务服务丨江城市2021年工作要点\n{BODY}").title == "江城市2021年工作要点"
    # (the category set apart from the title by a bar and spaces, as a page's cells)
    assert parse(f"关注 | 江城市2021年工作要点\n{BODY}").title == "江城市2021年工作要点"
    # (a call to read, its "!" no sentence of the title)
    called = parse(f"全文来了!中共江城市委关于推进清廉江城建设的实施意见\n{BODY}")
    assert called.title == "中共江城市委关于推进清廉江城建设的实施意见"
    # (a blog's or school site's mark of a repost)
    for reposted in ("转:江城市教育局2012年工作要点", "[转载]江城市教育局2012年工作要点"):
        assert parse(f"{reposted}\n{BODY}").title == "江城市教育局2012年工作要点"
    assert (
        parse(f"江城县2021年重点工作 | 发布日期 2021-03-02\n{BODY}").title == "江城县2021年重点工作"
    )


# --- dates ------------------------------------------------------------------------------

LETTER = (
    "江城市科协关于印发《江城市科协2019年工作要点》的通知\n"
    "各区科协：\n现将《江城市科协2019年工作要点》印发给你们，请认真贯彻执行。\n"
    "江城市科协\n{date}\n江城市科协2019年工作要点\n" + BODY
)


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2019年5月8日", dt.date(2019, 5, 8)),
        ("2019年5月8", dt.date(2019, 5, 8)),
        ("2019508", dt.date(2019, 5, 8)),
        ("20190508", dt.date(2019, 5, 8)),
        ("2019508日)", dt.date(2019, 5, 8)),  # its 日 and closing bracket kept
        ("2019年528日)", dt.date(2019, 5, 28)),  # its 年 and 日 kept, its 月 lost
        ("2019年528", dt.date(2019, 5, 28)),  # its 年 kept, its 月 and 日 lost
        ("二〇一九年五月八日", dt.date(2019, 5, 8)),
        ("二○一九年五月八日", dt.date(2019, 5, 8)),
        ("二零一九年五月八日", dt.date(2019, 5, 8)),
        ("（2019年5月8日）", dt.date(2019, 5, 8)),
        # (the year's last two numerals only, as some signatures write it)
        ("一九年五月八日", dt.date(2019, 5, 8)),
        ("九八年五月八日", dt.date(1998, 5, 8)),
    ],
)
def test_signature_dates(written: str, date: dt.date) -> None:
    notice = parse(LETTER.format(date=written))
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城市科协", date)


def test_a_date_that_lost_its_month_and_day_is_no_part_of_the_title_below() -> None:
    # "2025年513" under the signature, over the plan's title: the date, not a year
    # the title opens with.
    notice = parse(LETTER.format(date="2019年528"))
    assert notice.title == "江城市科协2019年工作要点"
    assert notice.organization == "江城市科协"


@pytest.mark.parametrize(
    ("published", "date"),
    [
        # "2019115" is 1月15日 or 11月5日: the reading on or before the page's date.
        ("发布时间:2019-01-18", dt.date(2019, 1, 15)),
        ("发布时间:2019-11-08", dt.date(2019, 11, 5)),
        # With no page date to tell them apart, neither is taken.
        (None, None),
    ],
)
def test_a_run_together_date_read_two_ways(published: str | None, date: dt.date | None) -> None:
    text = LETTER.format(date="2019115")
    notice = parse(f"{published}\n{text}" if published else text)
    assert notice.header is not None
    assert notice.header.date == date
    # (the signature's line is warned of whatever the page's date then picks)
    warned = [d.message for d in notice.diagnostics if d.code == "bad-date"]
    assert warned == ["ambiguous date: 2019115 may be 2019-01-15 or 2019-11-05"]


@pytest.mark.parametrize(
    "metadata",
    [
        "成文日期：2019-05-08",
        "发布日期 2019-05-08",
        "- 发布日期:2019-05-08",
        "成 文 日 期：2019-05-08",
        # (the day it was made, where a box run into one line also gives the day it was sent)
        "发文日期:2019年05月09日 主题词: 文  号:X政发〔2019〕6号 成文日期:2019年05月08日",
    ],
)
def test_a_metadata_date_stands_in_for_a_missing_signature(metadata: str) -> None:
    notice = parse(f"{metadata}\n江城市2019年工作要点\n{BODY}")
    assert notice.header is not None and notice.header.date == dt.date(2019, 5, 8)
    assert [c.text for c in notice.source.chrome] == [metadata]


@pytest.mark.parametrize("bar", [" | ", "  "])
def test_a_pages_box_run_into_one_long_line_is_its_metadata(bar: str) -> None:
    # A portal's box, its cells run onto one line by bars or spaces, its title's cell
    # making it longer than furniture: its fields date, number and issue the plan.
    box = bar.join(
        [
            "索  引  号：000014349/2025-00012",
            "主题分类：科技",
            "发文机关：江城省人民政府办公厅",
            "成文日期：2025年02月20日",
            "标      题：江城省人民政府办公厅关于印发江城省2025年科普工作要点的通知",
            "发文字号：江政办发〔2025〕5号",
            "发布日期：2025年02月25日",
        ]
    )
    text = f"{box}\n江城省2025年科普工作要点\n{BODY}"
    notice = parse(text)
    assert_lossless(text, notice)
    assert [c.text for c in notice.source.chrome] == [box]
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date, notice.header.doc_number) == (
        "江城省人民政府办公厅",
        dt.date(2025, 2, 20),
        "江政办发〔2025〕5号",
    )


@pytest.mark.parametrize(
    "box",
    [
        # The day it was issued, not the day the page posted it, whichever comes first,
        # on one line or on two, with a field's value run onto the label after it.
        "发布日期: 2019年05月20日\n有效性: 有效 发文日期: 2019-05-08",
        "发文日期：2019-05-08 发布日期：2019-05-20",
        "发布时间：2019-05-20\n印发日期：2019年5月8日",
    ],
)
def test_a_pages_issuing_date_before_its_posting_date(box: str) -> None:
    notice = parse(f"{box}\n江城市2019年工作要点\n{BODY}")
    assert notice.header is not None and notice.header.date == dt.date(2019, 5, 8)
    assert [c.text for c in notice.source.chrome] == box.split("\n")


# --- 文号 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "doc_number"),
    [
        ("江城市人民政府文件X政发〔2019〕3号", "X政发〔2019〕3号"),
        ("中国科协办公厅文件科协办发调字〔2020〕12号", "科协办发调字〔2020〕12号"),
        ("X政办发〔2017〕55号", "X政办发〔2017〕55号"),
        ("X政办字 〔2023〕1号", "X政办字 〔2023〕1号"),
    ],
)
def test_document_numbers_glued_to_a_masthead(first_line: str, doc_number: str) -> None:
    text = f"{first_line}\n" + LETTER.format(date="2019年5月8日")
    notice = parse(text)
    assert notice.header is not None and notice.header.doc_number == doc_number


def test_a_document_number_cited_in_the_letter_is_not_the_notices_own() -> None:
    text = LETTER.format(date="2019年5月8日").replace(
        "现将", "根据《江城省科协关于加强基层组织建设的意见》（X科协发〔2018〕5号），现将"
    )
    notice = parse(text)
    assert notice.header is not None and notice.header.doc_number is None


def test_a_document_number_from_the_metadata_box() -> None:
    notice = parse("文  号: X教体[2020]1号\n" + LETTER.format(date="2019年5月8日"))
    assert notice.header is not None and notice.header.doc_number == "X教体[2020]1号"


def test_a_note_line_under_the_title_is_neither_title_nor_organization() -> None:
    notice = parse(f"江城省科协2020年工作计划\n（2020年1月8日省科协九届三次全委会通过）\n{BODY}")
    assert (notice.title, notice.organization) == ("江城省科协2020年工作计划", "江城省科协")
    # The note dates the plan: the header holds it.
    assert notice.preamble is None
    assert notice.header is not None
    assert (notice.header.date, notice.header.span.line) == (dt.date(2020, 1, 8), 2)
    assert notice.header.note == "（2020年1月8日省科协九届三次全委会通过）"


# --- numbering and headings ---------------------------------------------------------------


@pytest.mark.parametrize("marker", ["1﹒", "1·", "1‧", "1:", "１．", "1、", "1. "])
def test_item_number_punctuation(marker: str) -> None:
    notice = parse(
        f"江城市2020年工作要点\n一、重点任务\n{marker}推进项目建设。全年完成投资10亿元。\n"
    )
    assert items(notice) == [(1, "推进项目建设", [], [], None)]


def test_an_item_whose_text_opens_with_a_day() -> None:
    # "1.4月15日…" is item 1 on the 15th of April, not a decimal 1.4.
    text = (
        "各党支部:\n现将2024年5月理论学习安排如下:\n一、学习内容\n"
        "1.4月15日习近平总书记在《求是》杂志发表重要文章\n"
        "2.4月23日习近平总书记在座谈会上的重要讲话精神\n"
    )
    notice = parse(text)
    assert [(i.number, i.title) for i in notice.items()] == [
        (1, "4月15日习近平总书记在《求是》杂志发表重要文章"),
        (2, "4月23日习近平总书记在座谈会上的重要讲话精神"),
    ]


def test_a_months_list_of_days_with_labelled_details_under_its_items() -> None:
    # "1.12日,…" is item 1 on the 12th, not a decimal 1.12; the "时间:"/"地点:" lines
    # and a label over its value are details, out of the heading line's title.
    text = (
        "江城市老年体协2024年工作要点\n一、上半年主要活动\n(一)三月份\n"
        "1.12日,召开会长工作会议\n2.组队参加门球赛\n时间:3月16~18日\n地点:市公园门球场\n"
        "3.组织太极拳培训\n承办学校:\n江城职业技术学院\n"
    )
    notice = parse(text)
    assert [(i.number, i.title) for i in notice.items()] == [
        (1, "12日,召开会长工作会议"),
        (2, "组队参加门球赛"),
        (3, "组织太极拳培训"),
    ]
    assert [m.text for m in list(notice.items())[1].measures] == [
        "时间:3月16~18日",
        "地点:市公园门球场",
    ]


def test_articles_numbered_as_regulations_are() -> None:
    notice = parse("江城市2020年工作要点\n一、总则\n第一条　推进项目建设。\n第二条　扩大消费。\n")
    assert [(i.number, i.marker, i.title) for i in notice.items()] == [
        (1, "第一条", "推进项目建设"),
        (2, "第二条", "扩大消费"),
    ]


def test_yi_shi_runs_stay_measures_of_their_item() -> None:
    notice = parse(
        "江城市2020年工作要点\n一、重点任务\n1.加强组织建设。一是健全制度。二是强化考核。\n"
    )
    (item,) = notice.items()
    assert [m.text for m in item.measures] == ["一是健全制度。", "二是强化考核。"]


@pytest.mark.parametrize(
    ("heading", "title", "intro"),
    [
        ("一、总体要求：坚持稳中求进工作总基调。", "总体要求", "坚持稳中求进工作总基调。"),
        ("一、总体要求:坚持稳中求进工作总基调。", "总体要求", "坚持稳中求进工作总基调。"),
        ("一、主要任务：", "主要任务", None),
        # a heading of two phrases closed by its colon
        (
            "一、落實鐵路改革,確保行車安全:以「乘客、員工雙贏」為改革最終指引,規劃公司化。",
            "落實鐵路改革,確保行車安全",
            "以「乘客、員工雙贏」為改革最終指引,規劃公司化。",
        ),
        # ... but a sentence of three clauses before a colon is no heading's title
        (
            "一、为落实部署,推进改革,现提出如下要求:坚持稳中求进。",
            "为落实部署,推进改革,现提出如下要求:坚持稳中求进",
            None,
        ),
        ("一、指导思想。坚持稳中求进工作总基调。", "指导思想", "坚持稳中求进工作总基调。"),
        # set apart by a space alone, before a sentence of clauses
        (
            "一、把握一条主线 紧紧围绕这条主线,全力做好凝聚人心工作。",
            "把握一条主线",
            "紧紧围绕这条主线,全力做好凝聚人心工作。",
        ),
        # ... and a heading of two phrases, before a long sentence
        (
            "一、推进远交近融,彰显平台特色 江城近年经济和社会有所发展,固然与自身的努力相关,"
            "亦与外部因素的积极互动分不开。",
            "推进远交近融,彰显平台特色",
            "江城近年经济和社会有所发展,固然与自身的努力相关,亦与外部因素的积极互动分不开。",
        ),
        # ... but two phrases of one heading stay one title
        ("一、坚持陆海统筹 全力推动海洋经济发展", "坚持陆海统筹 全力推动海洋经济发展", None),
        (
            "一、坚持陆海统筹,推进海洋经济 发展海洋产业",
            "坚持陆海统筹,推进海洋经济 发展海洋产业",
            None,
        ),
        # a five-year plan's first part, its text glued to it
        (
            "一、形势与任务加快林业发展,改善生态环境,是建设新农村的重要内容。",
            "形势与任务",
            "加快林业发展,改善生态环境,是建设新农村的重要内容。",
        ),
        # ... as does a space inside quotes
        (
            "一、实施“科创赋能 智汇江城”行动,聚力创新。",
            "实施“科创赋能 智汇江城”行动,聚力创新",
            None,
        ),
    ],
)
def test_run_in_headings(heading: str, title: str, intro: str | None) -> None:
    notice = parse(f"江城市2020年工作要点\n{heading}\n二、重点任务\n1.推进项目建设。\n")
    assert (notice.sections[0].title, notice.sections[0].intro) == (title, intro)


def test_an_item_heading_on_its_own_line_is_the_title() -> None:
    text = (
        "江城市教育局2025年工作要点\n一、深化党的全面领导\n"
        "1.深化党的全面领导\n\n全面贯彻党的教育方针，加强党对教育工作的全面领导。\n"
        "2.推进教育数字化\n全面推进教育数字化转型，建设智慧教育平台，扩大优质资源覆盖面。\n"
    )
    assert [(i.title, len(i.measures)) for i in parse(text).items()] == [
        ("深化党的全面领导", 1),
        ("推进教育数字化", 1),
    ]


def test_a_heading_over_a_blank_line_does_not_take_the_next_line() -> None:
    text = "江城市2026年工作要点\n一、全面加强党建引领\n\n坚守教育初心使命\n1.推进党建工作。\n"
    notice = parse(text)
    assert notice.sections[0].title == "全面加强党建引领"
    assert notice.sections[0].intro == "坚守教育初心使命"


def test_sub_lists_stay_inside_their_item() -> None:
    text = (
        "江城市2020年工作要点\n一、重点任务\n1.推进科普。\n（1）开展科普月活动。\n"
        "②举办科普讲座。\n（牵头部门：科普部）\n2.扩大消费。（市商务局负责）\n"
    )
    notice = parse(text)
    assert [(i.number, i.lead_departments, len(i.sub_items)) for i in notice.items()] == [
        (1, ["科普部"], 2),
        (2, ["市商务局"], 0),
    ]


# A PDF's lines, 28 characters, each set apart by a blank line as a copy that made
# every line a paragraph does.
GAPPED_LINES = [
    "江城集团2026年党建工作要点",
    "一、突出政治建设统领,在把准方向、强化引领上实现新提",
    "升",
    "(一)深入学习贯彻习近平新时代中国特色社会主义思想。坚持",
    "把学习贯彻党的创新理论作为首要政治任务,健全第一议题制度",
    "。(牵头部门:党委办公室)",
    "(二)加强理论武装。组织开展专题读书班,推动学习走深走实。",
]


def test_an_items_indented_first_line_a_pdf_wrapped_mid_word_goes_on() -> None:
    # The point's first line is four characters short of the width its text fills:
    # its indent fills the rest, so it is the paragraph's first line, not a heading.
    lines = [
        "江城市科协2024年学会工作要点",
        "一、加强学会建设",
        "    (一)切实提高学会是科协的组织基础和工作基础的思",
        "想认识。科协是科技工作者的群众组织。科协章程规定,县级以",
        "上科协由所属学会、下一级科协和基层组织组成。县级以上科协",
        "只有团体会员,没有个人会员。",
        "    (二)加强学会党的建设。",
    ]
    text = "\n".join(lines) + "\n"
    notice = parse(text)
    first = notice.sections[0].items[0]
    assert first.title == "切实提高学会是科协的组织基础和工作基础的思想认识"
    assert first.measures[0].text == "科协是科技工作者的群众组织。"
    assert_lossless(text, notice)


def test_a_hard_wrapped_text_whose_lines_a_copy_set_apart_reads_as_one() -> None:
    notice = parse("\n\n".join(GAPPED_LINES) + "\n")
    (section,) = notice.sections
    assert section.title == "突出政治建设统领,在把准方向、强化引领上实现新提升"
    first, second = section.items
    assert first.title == "深入学习贯彻习近平新时代中国特色社会主义思想"
    assert first.lead_departments == ["党委办公室"]
    assert second.title == "加强理论武装"


def test_a_blank_line_after_a_short_line_still_ends_its_paragraph() -> None:
    lines = [*GAPPED_LINES[:2], "", "升", *GAPPED_LINES[3:]]
    lines[1] = "一、突出政治建设统领"
    notice = parse("\n\n".join(lines) + "\n")
    assert notice.sections[0].title == "突出政治建设统领"


# --- units --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "lead", "support"),
    [
        (
            ["牵头责任单位：市发展改革委。", "协同责任单位：市财政局、市商务局。"],
            ["市发展改革委"],
            ["市财政局", "市商务局"],
        ),
        (["牵头负责领导：张三。", "牵头单位：市发展改革委。"], ["市发展改革委"], []),
        (["部门分工：省发展改革委牵头，各地、各部门配合。"], ["省发展改革委"], ["各地", "各部门"]),
        (["主办单位：市科协", "协办单位：市教育局"], ["市科协"], ["市教育局"]),
        (["责任主体：各区（县、市）人民政府（管委会）"], ["各区（县、市）人民政府（管委会）"], []),
        # Labels a space apart after the item's sentence; those who bear the work where
        # it is done support the lead.
        (
            ["牵头部门:镇水利站 协作部门:镇工业办公室,镇城建办 主体责任单位:各村(居)"],
            ["镇水利站"],
            ["镇工业办公室", "镇城建办", "各村(居)"],
        ),
        # A note that the first unit named leads, and a deadline under its own label.
        (
            ["责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)", "时限要求:持续推进"],
            ["市发改委"],
            ["市财政局"],
        ),
    ],
)
def test_unit_lines_under_items(lines: list[str], lead: list[str], support: list[str]) -> None:
    text = (
        "江城市2020年重点工作\n一、稳增长\n1.地区生产总值增长6%以上。\n" + "\n".join(lines) + "\n"
    )
    ((_, _, found_lead, found_support, deadline),) = items(parse(text))
    assert (found_lead, found_support) == (lead, support)
    assert deadline == ("持续推进" if "时限要求:持续推进" in lines else None)


# An item in a hard-wrapped text (a PDF's lines, 28 characters), its unit line or
# its tag cut at the width.
WRAPPED_ITEM = (
    "江城县2020年度法治政府建设工作安排\n"
    "一、重点任务\n"
    "(一)为推动经济高质量发展提供法治保障。坚持稳中快进工作\n"
    "总基调,加强规范性文件备案审查、执法、法律服务相关工作,\n"
    "为深化重点领域改革提供强有力的法治保障。\n"
)


@pytest.mark.parametrize(
    ("lines", "lead", "support"),
    [
        (
            ["责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政", "府按职责分工分别负责。"],
            ["县政府办公室", "县司法局", "各有关部门", "乡镇人民政府"],
            [],
        ),
        (
            ["牵头单位:县发展改革委、县经信局、县财政局、县商务局、县", "地方金融监管局"],
            ["县发展改革委", "县经信局", "县财政局", "县商务局", "县地方金融监管局"],
            [],
        ),
        # A tag the line above opened, its label line cut inside a name.
        (
            [
                "(",
                "牵头领导:刘江城,牵头单位:县人社局,责任单位:县农业农",
                "村局;数据提供单位:县调查队)",
            ],
            ["县人社局"],
            ["县农业农村局", "县调查队"],
        ),
    ],
)
def test_a_unit_line_a_hard_wrap_cut_at_the_width_goes_on_below(
    lines: list[str], lead: list[str], support: list[str]
) -> None:
    text = WRAPPED_ITEM
    if lines[0] == "(":
        text = text.replace("法治保障。\n", "法治保障。(\n", 1)
        lines = lines[1:]
    notice = parse(text + "\n".join(lines) + "\n(二)全面提高依法防控依法治理能力。\n")
    first, second = notice.items()
    assert (first.lead_departments, first.supporting_departments) == (lead, support)
    assert second.title == "全面提高依法防控依法治理能力"
    assert not [d for d in notice.diagnostics if d.code == "text-outside-item"]


def test_a_short_unit_line_ends_where_its_line_does() -> None:
    text = WRAPPED_ITEM + "责任单位:县司法局\n2020年底前完成。\n"
    (item,) = parse(text).items()
    assert item.lead_departments == ["县司法局"]


@pytest.mark.parametrize(
    ("tag", "lead", "support", "deadline"),
    [
        (
            "（省发展改革委牵头，省财政厅等按职责分工负责；2019年6月底前完成）",
            ["省发展改革委"],
            ["省财政厅"],
            "2019年6月底前完成",
        ),
        ("（市科技局负责；持续推进）", ["市科技局"], [], "持续推进"),
        ("〔责任单位：省市场监管局〕", ["省市场监管局"], [], None),
    ],
)
def test_tags_that_end_with_a_deadline_or_status(
    tag: str, lead: list[str], support: list[str], deadline: str | None
) -> None:
    text = f"江城省2019年工作要点\n一、稳增长\n1.推进项目建设。全年完成投资10亿元。{tag}\n"
    assert items(parse(text)) == [(1, "推进项目建设", lead, support, deadline)]


def test_roles_written_into_the_sentence() -> None:
    text = (
        "江城市2008年重点工作任务分工\n1、设立综合配套改革试验区\n"
        "由张副市长负责，市发改委牵头，相关部门配合，尽快完成实施方案。\n"
        "2、大气污染防治研究\n由李副市长负责，市环保局牵头，相关部门配合，细化分工。\n"
        "3、污水处理厂项目\n由李副市长负责，市建委牵头，相关部门配合，尽快完成前期工作。\n"
    )
    assert [
        (i.title, i.lead_departments, i.supporting_departments) for i in parse(text).items()
    ] == [
        ("设立综合配套改革试验区", ["市发改委"], ["相关部门"]),
        ("大气污染防治研究", ["市环保局"], ["相关部门"]),
        ("污水处理厂项目", ["市建委"], ["相关部门"]),
    ]
    # ... also after the item's sentence, the lead given by 由
    text = "江城市2025年工作要点\n一、重点任务\n1.推进重点项目建设。由市发改委牵头,市财政局配合。\n"
    assert [(i.lead_departments, i.supporting_departments) for i in parse(text).items()] == [
        (["市发改委"], ["市财政局"])
    ]


@pytest.mark.parametrize(
    ("closing", "supporting"),
    [
        # The others assist, or take on their share of the work.
        ("市财政局协办。", ["市财政局"]),
        ("市财政局、市人社局协同。", ["市财政局", "市人社局"]),
        ("市财政局、市人社局负责。", ["市财政局", "市人社局"]),
        ("市财政局、市人社局按职责分工负责。", ["市财政局", "市人社局"]),
        ("市财政局、市人社局等部门负责落实。", ["市财政局", "市人社局"]),
        # (a share of the work is taken on by offices: the rest is prose)
        ("全市上下共同负责。", []),
    ],
)
def test_a_sentence_that_names_the_lead_then_the_others(
    closing: str, supporting: list[str]
) -> None:
    text = f"江城市2025年工作要点\n一、重点任务\n1.推进重点项目建设。由市发改委牵头,{closing}\n"
    assert [(i.lead_departments, i.supporting_departments) for i in parse(text).items()] == [
        (["市发改委"], supporting)
    ]


@pytest.mark.parametrize(
    ("opening", "tag"),
    [
        # A rule the cover letter or the opening states once for every task.
        ("为抓好落实,现将任务分解如下(列第一位的为牵头单位):", "(市科技局、市财政局)"),
        (
            "为抓好落实,现将任务分解如下。各项任务中,排在第一位的为牵头单位。",
            "(市科技局、市财政局)",
        ),
        # ... or a tag's own rule, its rank worded otherwise.
        ("", "(责任单位:市科技局、市财政局,第一位为牵头单位,下同)"),
        ("", "(责任单位:市科技局、市财政局,排序第一的为牵头单位,下同)"),
        ("", "(责任单位:市科技局、市财政局,位列第一的为牵头单位,下同)"),
    ],
)
def test_a_rule_that_the_first_unit_leads(opening: str, tag: str) -> None:
    text = (
        f"2025年全市重点工作任务分解\n{opening}\n一、重点任务\n"
        f"1.推进实验室建设。{tag}\n2.推进人才工作。(市人社局、市财政局)\n"
    )
    assert [(i.lead_departments, i.supporting_departments) for i in parse(text).items()] == [
        (["市科技局"], ["市财政局"]),
        (["市人社局"], ["市财政局"]),
    ]


@pytest.mark.parametrize(
    "after",
    [
        # A note after the last task states the rule for all of them, and closes the plan.
        "\n注：各项任务中排在第一位的为牵头单位，其他为配合单位。\n",
        "备注:列第一位的为牵头单位。\n",
        # ... before the signature, which still closes the notice.
        "\n各项任务中，排在第一位的为牵头单位。\n江城市人民政府办公室\n2025年3月1日\n",
    ],
)
def test_a_note_after_the_tasks_that_the_first_unit_leads(after: str) -> None:
    text = (
        "2025年全市重点工作任务分解\n一、重点任务\n"
        f"1.推进实验室建设。(市科技局、市财政局)\n2.推进人才工作。(市人社局、市财政局)\n{after}"
    )
    notice = parse(text)
    assert [(i.lead_departments, i.supporting_departments) for i in notice.items()] == [
        (["市科技局"], ["市财政局"]),
        (["市人社局"], ["市财政局"]),
    ]
    assert list(notice.items())[-1].text == "2.推进人才工作。(市人社局、市财政局)"
    assert any("牵头单位" in p.text for p in notice.closing)
    assert not [d for d in notice.diagnostics if d.code == "text-outside-item"]


def test_a_tasks_last_line_that_holds_the_rule_stays_the_tasks() -> None:
    text = (
        "2025年全市重点工作任务分解\n一、重点任务\n1.推进实验室建设。(市科技局、市财政局)\n"
        "2.推进人才工作，加快引进高层次人才\n团队。（市人社局、市财政局，列第一位的为牵头单位）\n"
    )
    notice = parse(text)
    last = list(notice.items())[-1]
    assert (last.lead_departments, last.supporting_departments) == (["市人社局"], ["市财政局"])
    assert last.text.endswith("列第一位的为牵头单位）")
    assert notice.closing == []


def test_no_rule_leaves_every_unit_named_alone_responsible() -> None:
    text = (
        "2025年全市重点工作任务分解\n为抓好落实,现将任务分解如下。\n一、重点任务\n"
        "1.推进实验室建设。(市科技局、市财政局)\n"
    )
    assert [(i.lead_departments, i.supporting_departments) for i in parse(text).items()] == [
        (["市科技局", "市财政局"], [])
    ]


@pytest.mark.parametrize(
    ("sentence", "lead", "supporting"),
    [
        # The lead given by 由 after a comma: the sentence's last clauses.
        ("推进重点项目建设,由市发改委牵头,市财政局负责。", ["市发改委"], ["市财政局"]),
        (
            "推进重点项目建设。完善机制,由市发改委牵头,市财政局、市商务局负责落实。加快进度。",
            ["市发改委"],
            ["市财政局", "市商务局"],
        ),
        # One in charge, or the office that handles it, with others named after it.
        (
            "推进重点项目建设。市发改委负责,市财政局、市商务局配合。",
            ["市发改委"],
            ["市财政局", "市商务局"],
        ),
        ("推进重点项目建设。由市发改委负责,市财政局协办。", ["市发改委"], ["市财政局"]),
        ("推进重点项目建设。市发改委主办,市财政局协办。", ["市发改委"], ["市财政局"]),
        # (one in charge alone is the sentence's business; a person leads no unit)
        ("推进重点项目建设。市发改委负责,加快进度。", [], []),
        ("推进重点项目建设。张副市长负责,市财政局配合。", [], []),
        # A lead that closes its name with its role and a 、, with no 由.
        (
            "推进重点项目建设。市发改委牵头、市财政局、市商务局负责。",
            ["市发改委"],
            ["市财政局", "市商务局"],
        ),
    ],
)
def test_roles_written_into_the_items_sentences(
    sentence: str, lead: list[str], supporting: list[str]
) -> None:
    text = f"江城市2025年工作要点\n一、重点任务\n1.{sentence}\n"
    assert [(i.lead_departments, i.supporting_departments) for i in parse(text).items()] == [
        (lead, supporting)
    ]


def test_tags_inside_an_item_and_a_rule_that_holds_below() -> None:
    # A task-division 意见: each sub-task closes with its own tag; one tag states
    # that the first unit named leads, "下同" carries the rule to the items below.
    text = (
        "一、全面落实改革目标任务\n"
        "（一）促进多种所有制经济共同发展。完成国企改革（分管副省长负责,省国资委牵头）。"
        "推进混合所有制改革（省经信委、省发改委负责。责任单位两个以上的,列第一者为牵头单位,下同）。"
        "推进工商注册制度便利化（省工商局牵头）。\n"
        "（二）扩大开放。推进口岸建设（省商务厅、省交通运输厅负责）。\n"
    )
    first, second = parse(text).items()
    assert (first.lead_departments, first.supporting_departments) == (
        ["省国资委", "省经信委", "省工商局"],
        ["省发改委"],
    )
    assert (second.lead_departments, second.supporting_departments) == (
        ["省商务厅"],
        ["省交通运输厅"],
    )


def test_each_sentences_tag_names_who_leads_its_own_work() -> None:
    # A tag after its sentence's 。 with the next sentence run on; units named alone
    # lead their sentence's work even where the next sentence's tag names a 牵头.
    text = (
        "宣州区2025年工作要点\n一、扎实推进美丽城区载体建设\n"
        "1.积极推进美丽城区建设。深入实施环境问题整治。"
        "(区生态环境分局、区工信局、区住建局按职责落实)探索推进美丽中国建设实践的新机制。"
        "(区生态环境分局牵头)\n"
    )
    assert items(parse(text)) == [
        (1, "积极推进美丽城区建设", ["区生态环境分局", "区工信局", "区住建局"], [], None)
    ]
    # One tag alone keeps its roles: 责任 units beside a 牵头 clause support it.
    alone = "宣州区2025年工作要点\n一、重点任务\n1.推进整治。(牵头单位:区生态环境分局;责任单位:区工信局)\n"
    assert items(parse(alone)) == [(1, "推进整治", ["区生态环境分局"], ["区工信局"], None)]


def test_pinyin_glosses_do_not_hide_names() -> None:
    text = (
        "全面推進新鄉(xiāng)市基層政務公開工作實施方案\n"
        "一、總體要求\n1.推進公開。（牽頭單位：市經(jīng)貿(mào)委）\n"
    )
    notice = parse(text)
    assert notice.title == "全面推進新鄉(xiāng)市基層政務公開工作實施方案"
    assert items(notice) == [(1, "推進公開", ["市經(jīng)貿(mào)委"], [], None)]


# --- plans without a title or headings -----------------------------------------------------


def test_a_preamble_and_items_parse_with_a_diagnostic() -> None:
    text = (
        "2018年，全省教育工作的总体要求是：坚持稳中求进。\n"
        "1.加强党的建设。\n2.推进教育公平。\n3.提高教育质量。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year, len(list(notice.items()))) == (None, 2018, 3)
    assert "title-not-found" in [d.code for d in notice.diagnostics]


@pytest.mark.parametrize(
    ("opening", "parses"),
    [
        # An opening that sets out the year's work makes one item a plan's.
        ("2023年全省教育工作的总体要求是:坚持稳中求进。", True),
        ("2019年全市科协工作的总体思路是：服务创新。", True),
        ("2023年生态环境保护工作目标为:空气质量优良天数比例达到90%以上。", True),
        # Any other opening does not: one numbered line is any sentence.
        ("2023年我们去了很多地方。", False),
    ],
)
def test_one_item_after_a_plan_opening_is_a_plan(opening: str, parses: bool) -> None:
    text = f"摘要\n\n{opening}\n\n1. 深入学习贯彻党的二十大精神。扎实开展主题教育。\n"
    if parses:
        notice = parse(text)
        assert [i.title for i in notice.items()] == ["深入学习贯彻党的二十大精神"]
        assert notice.year == int(opening[:4])
    else:
        with pytest.raises(ParseError, match="not-a-notice"):
            parse_notice(text)


def test_bullets_under_bare_headings_parse() -> None:
    text = "施政方針\n- 推動公共行政改革\n- 完善公共服務\n- 加強廉政建設\n"
    notice = parse(text)
    assert [(i.marker, i.title) for i in notice.items()] == [
        ("-", "推動公共行政改革"),
        ("-", "完善公共服務"),
        ("-", "加強廉政建設"),
    ]


@pytest.mark.parametrize(
    ("lines", "parses"),
    [
        # A page of a plan cut from its title: two items, one naming its lead unit.
        (
            [
                "任务专栏6-2 建设基础域",
                "1.扩大数据归集范围。规范公共数据采集。(牵头单位:市直相关单位)",
                "2.完善基础库和主题库",
            ],
            True,
        ),
        # Two numbered lines without a tag are any list.
        (["今天的安排如下", "1.去公园散步。", "2.看电影。"], False),
    ],
)
def test_two_items_are_a_plan_when_a_unit_tag_says_so(lines: list[str], parses: bool) -> None:
    text = "\n".join(lines) + "\n"
    if parses:
        assert len(list(parse(text).items())) == 2
    else:
        with pytest.raises(ParseError, match="not-a-notice"):
            parse_notice(text)


def test_a_tables_runs_of_empty_bars_do_not_hide_the_notice() -> None:
    # A government page sets its title cell and an empty row as bars by the hundred.
    bars = "|" * 600
    text = (
        "发布机构: | 江城市生态环境分局 | 公开日期: | 2023-05-29 |\n"
        f"江城市美丽江城建设领导小组办公室关于印发2023年江城市生态文明建设推进方案的通知 | {bars}\n"
        f"| {bars}\n"
        "各乡镇(街道)、部门(单位): 现将《2023年江城市生态文明建设推进方案》印发给你们,请认真组织实施。\n"
    )
    notice = parse(text)
    assert notice.title == "2023年江城市生态文明建设推进方案"
    # Prose among the bars is still no notice.
    with pytest.raises(ParseError, match="not-a-notice"):
        parse_notice(f"| {bars}\n今天天气很好，我们去公园散步。| {bars}\n")


def test_prose_without_plan_structure_is_still_refused() -> None:
    with pytest.raises(ParseError, match="not-a-notice"):
        parse_notice("今天天气很好，我们去公园散步，看见很多人在锻炼身体。\n大家都很开心。\n")
    # ... and so is a day's news that opens with its date.
    with pytest.raises(ParseError, match="not-a-notice"):
        parse_notice("2024年3月5日,江城市科协召开全委会议,将部署全年工作。\n会议由主席主持。\n")


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("2025年,江城市科协将深入学习贯彻党的二十大精神,推动科协事业高质量发展。", 2025),
        ("2025年是“十四五”规划收官之年,江城县科协将全面学习贯彻全会精神。", 2025),
        ("2007年是落实“十一五”规划的关键一年。要贯彻落实科学发展观,推进产业升级。", 2007),
        ("2012年江城省科技工作將全面貫徹黨的十七屆六中全會精神。", 2012),
        ("2010年,城东街道总的工作思路是:认真贯彻党的十七届四中全会精神。", 2010),
    ],
)
def test_a_plan_told_in_paragraphs_under_no_title(opening: str, year: int) -> None:
    # No title, no notice, no headings: a body's account of what it will do in the
    # year is a plan all the same, its paragraphs the preamble, with warnings.
    text = f"首页 > 工作动态\n{opening}\n围绕中心工作,抓好各项任务落实。\n"
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.year, notice.sections) == (None, year, [])
    assert notice.preamble is not None and notice.preamble.startswith(opening[:10])
    assert {"title-not-found", "no-plan-body"} <= {d.code for d in notice.diagnostics}


POINTS_IN_WORDS = [
    "一是强化党建引领。全面加强党的建设,发挥党员先锋模范作用。",
    "二是抓实项目推进。加快推进明珠花园项目二期建设。",
    "三是加强社会保障。持续推进三级养老服务体系建设。",
]


@pytest.mark.parametrize(
    "lines",
    [
        POINTS_IN_WORDS,
        # (a page that starts in the middle of the plan, at its second point)
        [
            p.replace("三是", "四是").replace("二是", "三是").replace("一是", "二是")
            for p in POINTS_IN_WORDS
        ],
    ],
)
def test_a_plan_told_in_paragraphs_counted_in_words_is_read(lines: list[str]) -> None:
    # A paper's excerpt: the plan's points, each a paragraph counted in words, in order.
    text = "\n".join(lines) + "\n"
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.sections) == (None, [])
    assert {"title-not-found", "no-plan-body"} <= {d.code for d in notice.diagnostics}


@pytest.mark.parametrize(
    "lines",
    [
        POINTS_IN_WORDS[:2],  # two points are any paragraph's
        [POINTS_IN_WORDS[1], POINTS_IN_WORDS[0], POINTS_IN_WORDS[2]],  # out of order
    ],
)
def test_points_counted_in_words_out_of_a_run_prove_no_plan(lines: list[str]) -> None:
    with pytest.raises(ParseError, match="not-a-notice"):
        parse_notice("\n".join(lines) + "\n")


def test_a_cover_notice_flattened_from_a_table_is_read_cell_by_cell() -> None:
    text = (
        "江城市人民政府关于印发江城市2019年重点工作任务分工方案的通知 | 江政发〔2019〕3号"
        " | 各县（市、区）人民政府，市政府各部门：\n"
        "现将《江城市2019年重点工作任务分工方案》印发给你们，请认真贯彻执行。\t江城市人民政府\t2019年5月8日\n"
        "江城市2019年重点工作任务分工方案\n一、稳增长\n1.推进项目建设。（市发展改革委牵头）\n"
    )
    header = parse(text).header
    assert header is not None
    assert (header.doc_number, header.issuer, header.date) == (
        "江政发〔2019〕3号",
        "江城市人民政府",
        dt.date(2019, 5, 8),
    )
    assert header.notice_title == "江城市人民政府关于印发江城市2019年重点工作任务分工方案的通知"
    assert header.addressees == ["各县（市、区）人民政府", "市政府各部门"]


def test_a_reposts_headline_announcing_the_plan_gives_its_title() -> None:
    text = (
        "资讯丨速递!教育部2022年工作要点全文来了\n"
        "2022年,教育工作怎么干?2月8日,《教育部2022年工作要点》发布。\n"
        "1.加强党的建设。\n2.推进教育公平。\n3.提高教育质量。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "教育部2022年工作要点",
        "教育部",
        2022,
    )
    assert "title-from-text" in [d.code for d in notice.diagnostics]


def test_a_lead_announcing_the_notice_that_issued_the_plan_gives_the_plans_title() -> None:
    text = (
        "最新消息:今天,江城省人民政府网站发布了《江城省人民政府办公厅关于印发江城都市圈建设"
        "2019年工作计划的通知》,明确了都市圈建设2019年工作计划。\n"
        "为认真贯彻落实省委部署，特制定本计划。\n一、基础设施互联互通\n"
        "(一)道路畅通工程。加快建设都市圈快速通道。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year) == ("江城都市圈建设2019年工作计划", 2019)
    assert "title-from-text" in [d.code for d in notice.diagnostics]


def test_a_headline_saying_the_plan_came_out_gives_its_title() -> None:
    text = (
        "江城市委、市政府近日出台《关于加快发展现代物流业的意见》\n"
        "2008-9-10 15:11:00 来源:物流天下\n为促进经济社会又好又快发展,制定本意见。\n"
        "一、指导思想\n1.坚持市场主导。\n"
    )
    assert parse(text).title == "关于加快发展现代物流业的意见"


def test_a_dash_point_before_the_first_heading_is_no_subtitle() -> None:
    text = "各乡镇人民政府:\n今年重点抓好以下工作\n——落实重点任务\n——做好年度工作计划\n" + BODY
    assert parse(text).title is None


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["凝心聚力提质效 协同创新谋新篇 ——江城实验学校2025年秋季学期学校工作计划"],
            "江城实验学校2025年秋季学期学校工作计划",
        ),
        (
            ["凝心聚力提质效 协同创新谋新篇", "——江城实验学校2025年秋季学期学校工作计划"],
            "江城实验学校2025年秋季学期学校工作计划",
        ),
        # (a slogan may quote a name; a typed copy may draw the dash with hyphens)
        (
            ["推进“一融双高”发展,助力基层党建创新", "——组织部党支部2022年立项活动方案"],
            "组织部党支部2022年立项活动方案",
        ),
        (
            ["科学发展义务教育  积极成就美好人生", "------江城市第九中学“十二五”办学规划"],
            "江城市第九中学“十二五”办学规划",
        ),
        # A site's category of plans with no year, over a body's plan of a year.
        (
            ["全面工作计划及总结——江城县残联2024年工作总结和2025年工作安排的报告"],
            "江城县残联2024年工作总结和2025年工作安排的报告",
        ),
        # A dash inside the title, between two kinds, is the title's own.
        (["江城市“十四五”科普规划——2021年度实施方案"], "江城市“十四五”科普规划——2021年度实施方案"),
        # ... and so is a span's between two years.
        (
            ["江城大学2022--2023学年第一学期教务工作安排"],
            "江城大学2022--2023学年第一学期教务工作安排",
        ),
    ],
)
def test_a_slogan_over_the_title_set_apart_by_a_dash(lines: list[str], title: str) -> None:
    text = "\n".join([*lines, BODY])
    notice = parse(text)
    assert notice.title == title
    # (the slogan is part of the title block: its span, not its text)
    assert notice.title_span is not None and notice.title_span.end_line == len(lines)
    assert_lossless(text, notice)


def test_a_law_librarys_box_names_an_untitled_plan() -> None:
    text = (
        "首页 > 财经相关法律法规 >\n"
        "发文标题: 江城省人民政府关于加快发展体育产业促进体育消费的实施意见\n"
        "发文文号: 江政[2015]50号\n发文部门: 江城省人民政府\n发文时间: 2015-6-1\n"
        "实施时间: 2015-6-30\n发文内容:\n各市、自治州人民政府,省政府各部门:\n"
        "为加快推进我省体育产业发展,现提出以下实施意见。\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "江城省人民政府关于加快发展体育产业促进体育消费的实施意见"
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城省人民政府", dt.date(2015, 6, 1))


def test_joint_issuers_stacked_over_an_about_title_open_it() -> None:
    text = (
        "联系电话:0316-2190891\n中共江城市委\n江城市人民政府\n"
        "关于实施旅游产业化战略建设旅游强市的意见\n(征求意见稿)\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "中共江城市委江城市人民政府关于实施旅游产业化战略建设旅游强市的意见"
    assert notice.organization == "中共江城市委江城市人民政府"
    assert notice.title_span is not None and notice.title_span.line == 2


def test_a_pages_headline_showing_a_documents_full_text_names_it() -> None:
    text = (
        "《2015-2017年江城市大气污染综合防治计划》全文\n2015-09-23 中国节能网\n"
        "国务院发布了《大气污染防治行动计划》。结合我市实际,制定本计划。\n"
        "一、防治形势\n1.推进治理。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.organization) == (
        "2015-2017年江城市大气污染综合防治计划",
        "江城市",
    )


def test_a_news_lead_that_brings_a_notices_full_text_names_it() -> None:
    # "…印发了《关于…的通知》。全文如下:": the notice over its own points is the plan.
    text = (
        "新华社北京12月22日电 近日,中共中央办公厅、国务院办公厅印发了"
        "《关于做好2026年元旦春节期间有关工作的通知》。全文如下:\n"
        "2026年是“十五五”规划开局之年。\n一、关心困难群众生产生活。做好救助帮扶。\n"
        "二、确保市场供应平稳有序。做好保供稳价。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year) == ("关于做好2026年元旦春节期间有关工作的通知", 2026)
    assert [s.title for s in notice.sections] == ["关心困难群众生产生活", "确保市场供应平稳有序"]
    # A lead that only reports a notice, with no full text after it, names no title.
    reported = text.replace("。全文如下:", ",要求各地认真贯彻落实。")
    assert parse(reported).title is None


DECIMAL_PLAN = (
    "江城市大气污染综合防治计划(2015-2017年)\n为改善空气质量,制定本计划。\n"
    "1.污染防治形势\n1.1 现状\n全市空气质量有所改善,优良天数逐年增加。\n"
    "1.2 问题\n颗粒物浓度仍高,臭氧污染日益突出。\n"
    "2.主要任务\n2.1 调整能源结构\n推进煤改气,全年完成改造1000户。(市发改委负责)\n"
    "2.2 控制扬尘\n加强工地管理,落实六个百分之百:\n1.工地围挡。\n2.道路硬化。\n"
    "3.保障措施\n加强组织领导。\n"
)


def test_a_plan_numbered_in_decimals_reads_n_as_sections_and_n_m_as_items() -> None:
    notice = parse(DECIMAL_PLAN)
    assert [(s.number, s.numeral, s.title) for s in notice.sections] == [
        (1, "1", "污染防治形势"),
        (2, "2", "主要任务"),
        (3, "3", "保障措施"),
    ]
    assert [[(i.number, i.marker, i.title) for i in s.items] for s in notice.sections] == [
        [(1, "1.1", "现状"), (2, "1.2", "问题")],
        [(1, "2.1", "调整能源结构"), (2, "2.2", "控制扬尘")],
        [],
    ]
    assert notice.sections[1].items[0].lead_departments == ["市发改委"]
    # (a list "1. 2." inside an item stays in it)
    assert [sub.text for sub in notice.sections[1].items[1].sub_items] == [
        "工地围挡。",
        "道路硬化。",
    ]
    assert_lossless(DECIMAL_PLAN, notice)


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        ("{n}.", "{n}.{m} "),
        ("{n}、", "{n}.{m}、"),
        # A copy that set a space for the top level's mark, or closed the number
        # with one ("1.1."), is numbered in decimals all the same.
        ("{n} ", "{n}.{m} "),
        ("{n}\u3000", "{n}.{m}\u3000"),
        ("{n}.", "{n}.{m}."),
        ("{n}.", "{n}.{m}"),
    ],
)
def test_decimal_numbering_in_every_form_copies_write_it(heading: str, item: str) -> None:
    def h(n: int) -> str:
        return heading.format(n=n)

    def i(n: int, m: int) -> str:
        return item.format(n=n, m=m)

    text = (
        f"江城市2025年工作要点\n{h(1)}稳增长\n{i(1, 1)}推进重点项目建设。(市发改委负责)\n"
        f"{i(1, 2)}扩大有效投资。\n{h(2)}促改革\n{i(2, 1)}深化国企改革。\n"
        f"{i(2, 2)}优化营商环境。\n2.2.1 压减审批时限。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "稳增长"), (2, "促改革")]
    assert [[(it.number, it.title) for it in s.items] for s in notice.sections] == [
        [(1, "推进重点项目建设"), (2, "扩大有效投资")],
        [(1, "深化国企改革"), (2, "优化营商环境")],
    ]
    assert notice.sections[0].items[0].lead_departments == ["市发改委"]
    # (a third level stays text of its item)
    assert notice.sections[1].items[1].text.endswith("\n2.2.1 压减审批时限。")
    assert_lossless(text, notice)


def test_a_numbered_line_with_a_space_is_a_heading_only_over_its_decimal_items() -> None:
    # "2 促改革" with no 2.M line under it, after a heading with none: a line of text
    # (a table's row or a count, "15 岁及以上人群吸烟率", is no heading).
    text = (
        "江城市2025年工作要点\n1 稳增长\n1.1 推进重点项目建设。\n1.2 扩大有效投资。\n"
        "15 岁及以上人群吸烟率下降。\n2 促改革\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "稳增长")]
    assert [it.title for it in notice.sections[0].items] == ["推进重点项目建设", "扩大有效投资"]
    assert_lossless(text, notice)


def test_a_blank_line_inside_a_cited_title_does_not_end_the_item() -> None:
    text = (
        "江城区2016年科技活动周工作要点\n一、工作要求\n"
        "1.各单位要形成工作总结,连同《2016年科技活动周情况统计表》、《2016\n \n"
        "年科学使者进社区人员信息表》,于2016年5月20日前报送区科协。\n"
        "2.加强宣传报道。\n"
    )
    notice = parse(text)
    first, second = notice.sections[0].items
    assert first.title.endswith("年科学使者进社区人员信息表》,于2016年5月20日前报送区科协")
    assert second.title == "加强宣传报道"
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    ("letter", "year"),
    [
        ("现将2023年3月教职工政治学习安排如下:", 2023),
        ("现将2022年11月份政治理论学习安排如下:", 2022),
        ("现就2024年4月理论学习安排通知如下:", 2024),
        # A date or a deadline names no plan's period.
        ("请于2024年4月15日前报送学习情况。", None),
    ],
)
def test_a_monthly_arrangements_letter_gives_its_year(letter: str, year: int | None) -> None:
    text = f"各单位、各部门:\n{letter}\n一、学习时间\n每周四下午。\n二、学习内容\n1.重要讲话。\n"
    assert parse(text).year == year


def test_a_link_under_a_reading_lists_entry_is_no_part_of_its_title() -> None:
    text = (
        "各党支部:\n现将2020年5月政治理论学习安排如下:\n一、学习主要内容\n"
        "1.习近平主持召开中央全面深化改革委员会第十三次会议\n"
        "http://www.gov.cn/xinwen/2020-04/27/content_5506777.htm\n"
        "2.习近平给北京大学援鄂医疗队全体“90后”党员回信\n"
        "http://www.gov.cn/xinwen/2020-03/16/content_5491932.htm\n"
    )
    notice = parse(text)
    first, second = notice.sections[0].items
    assert first.title == "习近平主持召开中央全面深化改革委员会第十三次会议"
    assert [m.text for m in first.measures] == [
        "http://www.gov.cn/xinwen/2020-04/27/content_5506777.htm"
    ]
    assert second.title == "习近平给北京大学援鄂医疗队全体“90后”党员回信"
    assert_lossless(text, notice)


def test_a_note_under_the_title_with_the_number_and_the_day() -> None:
    text = (
        "江城省人民政府办公厅关于加快发展体育产业的实施意见\n(江政办〔2011〕2号 2011年1月27日)\n"
        "各设区市人民政府,省政府各部门:\n为满足群众体育需求,制定如下实施意见:\n" + BODY
    )
    header = parse(text).header
    assert header is not None
    assert (header.issuer, header.doc_number, header.date) == (
        "江城省人民政府办公厅",
        "江政办〔2011〕2号",
        dt.date(2011, 1, 27),
    )


def test_a_decimal_zero_opens_no_item() -> None:
    # "1.0" is a number: no item 0 (a generated text once made one, and the tree failed).
    text = (
        "江城市科协2025年工作要点\n（一）\n1.(牵头部门:宣传文化部)\n1.(牵头部门:宣传文化部)\n"
        "（一）\n1.0(牵头部门:宣传文化部)\n1.0(牵头部门:宣传文化部)\n"
    )
    notice = parse(text)
    assert all(item.number >= 1 for item in notice.items())
    assert_lossless(text, notice)


def test_decimal_lines_before_any_heading_make_no_decimal_plan() -> None:
    # N.M lines with no "N." heading over them, then "1." lines: no section is made
    # of a "1." with no N.M line under it (a generated text once broke the tree here).
    text = (
        "江城市科协2025年工作要点\n（一）\n1.1(牵头部门:宣传文化部)\n1.1(牵头部门:宣传文化部)\n"
        "1.(牵头部门:宣传文化部)\n1.(牵头部门:宣传文化部)\n"
    )
    notice = parse(text)
    assert [s.numeral for s in notice.sections] == ["一"]
    assert_lossless(text, notice)


def test_one_decimal_line_makes_no_decimal_plan() -> None:
    text = "江城市2020年工作要点\n1.推进项目建设。\n1.1 万元以上项目全部开工。\n2.加强安全生产。\n"
    notice = parse(text)
    assert [(s.number, [i.number for i in s.items]) for s in notice.sections] == [(0, [1, 2])]


def test_a_document_the_lead_implements_is_not_the_title() -> None:
    text = (
        "2019年全省科协系统要认真落实《某省科协系统深化改革实施方案》。\n"
        "一、加强思想政治引领\n1.推进学习。\n"
    )
    assert parse(text).title is None


CLAUSE = "加快建设国家战略新区，打造合作新载体，推进重点领域改革创新。"


def test_a_notice_run_into_one_line_is_read_as_its_lines() -> None:
    # A page kept the whole notice on one line, its parts set apart by spaces.
    text = (
        "某省人民政府关于支持某新区加快开发建设的意见 各地级以上市人民政府，省政府各部门： "
        "为深入贯彻规划，现提出如下意见："
        f" 一、授予新区部分省级管理权限 {CLAUSE * 5} （一）下放审批权限 {CLAUSE * 3}"
        f" （二）扩大用地自主权 {CLAUSE * 3} 二、支持新区创新发展 {CLAUSE * 5}\n"
    )
    notice = parse(text)
    assert notice.title == "某省人民政府关于支持某新区加快开发建设的意见"
    assert notice.header is not None
    assert notice.header.addressees == ["各地级以上市人民政府", "省政府各部门"]
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "授予新区部分省级管理权限"),
        (2, "支持新区创新发展"),
    ]
    assert [i.title for i in notice.items()] == ["下放审批权限", "扩大用地自主权"]
    # Every part keeps the line's number and points at its own characters.
    item = next(notice.items())
    assert item.span.line == 1 and text[item.span.start : item.span.end].startswith("（一）下放")


@pytest.mark.parametrize("label", ["附件2 ", "附件2：", "附件 "])
def test_an_attachments_own_page_opens_with_its_label_on_the_title_line(label: str) -> None:
    title = "江城市个体工商户分型分类精准帮扶总体工作方案(试行)"
    # (as its lines, and as a page that ran them into one line, a space apart)
    lines = [
        label + title,
        "一、总体要求",
        f"（一）指导思想。{CLAUSE}",
        "二、重点任务",
        f"1.推进项目建设。{CLAUSE}",
    ]
    one_line = (
        f"{label}{title} 个体工商户是重要的市场主体。为贯彻落实条例,现就开展帮扶工作制定如下方案。"
        f" 一、总体要求 （一）指导思想。{CLAUSE * 3} （二）基本原则。{CLAUSE * 3}"
        f" 二、重点任务 （一）推进项目建设。{CLAUSE * 3}\n"
    )
    for text in ("\n".join(lines), one_line):
        notice = parse(text)
        assert notice.title == title
        assert [s.title for s in notice.sections] == ["总体要求", "重点任务"]
        assert notice.header is not None
        assert [a.text for a in notice.header.attachments] == [label.strip()]


def test_a_line_whose_headings_run_in_no_sequence_is_refused_with_the_reason() -> None:
    # Two notices pasted into one line: each starts at 一, so neither is cut.
    text = (
        "某省人民政府关于支持某新区加快开发建设的意见 各地级以上市人民政府：为深入贯彻规划，现提出如下意见："
        f" 一、授予新区部分省级管理权限 {CLAUSE * 10} 一、支持新区创新发展 {CLAUSE * 10}\n"
    )
    with pytest.raises(ParseError, match="ran its paragraphs together"):
        parse_notice(text)


def test_a_repost_numbering_items_01_02_over_their_headings() -> None:
    # A social-media repost: a lead instead of a title, items numbered "01" alone on a line.
    text = (
        "2月11日，江城市教育局发布2026年工作要点，一起来看详细内容。\n"
        "一、全面加强党建对教育工作的引领\n"
        "01\n坚守教育初心使命\n深刻领悟教育的政治属性，坚持为党育人、为国育才初心。\n"
        "02\n夯实学校党建根基\n出台党建引领新时代校园治理的指导性意见。\n"
    )
    notice = parse(text)
    assert notice.year == 2026
    assert [(i.number, i.title) for i in notice.items()] == [
        (1, "坚守教育初心使命"),
        (2, "夯实学校党建根基"),
    ]
    assert next(notice.items()).measures[0].text.startswith("深刻领悟")


def test_an_item_heading_with_a_comma_stands_on_its_own_line() -> None:
    text = (
        "一、以政治引领为统领\n"
        "（一）坚持旗帜鲜明讲政治，为党的二十大召开营造良好氛围\n"
        "紧密团结在以习近平同志为核心的党中央周围，运用好党史学习教育成果。举办专题展览。\n"
    )
    (item,) = parse(text).items()
    assert item.title == "坚持旗帜鲜明讲政治，为党的二十大召开营造良好氛围"
    assert item.measures[0].text.startswith("紧密团结")


def test_a_numbered_list_an_item_leads_into_stays_in_the_item() -> None:
    text = (
        "江城市2020年工作要点\n一、重点任务\n1.加强组织建设。主要措施：\n1.健全制度。\n2.强化考核。\n"
        "2.推进改革。（市改革办负责）\n3.扩大开放。（市商务局负责）\n"
    )
    notice = parse(text)
    assert [(i.number, i.title, [s.text for s in i.sub_items]) for i in notice.items()] == [
        (1, "加强组织建设", ["健全制度。", "强化考核。"]),
        (2, "推进改革", []),
        (3, "扩大开放", []),
    ]
    assert "item-number-duplicate" not in [d.code for d in notice.diagnostics]


def test_a_notice_title_headlined_without_guanyu_gives_the_year() -> None:
    text = (
        "省政府印发2020年政府工作报告重点工作责任分解通知\n"
        "各市、县人民政府，省政府直属各单位：\n"
        "现将2020年政府工作报告重点工作责任分解印发给你们，请认真贯彻落实。\n"
        "一、稳增长\n1.地区生产总值增长6%左右。（省发展改革委牵头）\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.notice_title == "省政府印发2020年政府工作报告重点工作责任分解通知"
    assert notice.year == 2020


def test_a_section_heading_keeps_its_units_tag_out_of_its_title() -> None:
    text = (
        "江城省大气污染防治2014年重点工作任务分工\n一、加快调整能源结构(省发改委总牵头)\n"
        "1.控制煤炭消费总量。(省发改委负责)\n"
    )
    notice = parse(text)
    assert [s.title for s in notice.sections] == ["加快调整能源结构"]
    assert items(notice) == [(1, "控制煤炭消费总量", ["省发改委"], [], None)]


def test_the_notice_title_names_the_plan_before_the_letter() -> None:
    # No title line: the notice title's wording is the document's own; the letter
    # hands the plan over worded otherwise.
    text = (
        "江城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知\n"
        "各乡镇人民政府,区政府各部门:\n"
        "现将《江城区2020年度政府工作报告重点工作任务分解表》印发给你们,请认真抓好落实。\n"
        "江城区人民政府办公室\n2020年3月2日\n"
    )
    notice = parse(text)
    assert notice.title == "2020年政府工作报告重点工作任务分解表"
    assert "title-from-notice" in [d.code for d in notice.diagnostics]


def test_a_notice_title_given_only_in_the_metadata_names_the_plan_first() -> None:
    text = (
        "标 题: | 江城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||\n"
        "各乡镇人民政府,区政府各部门:\n"
        "现将《江城区2020年度政府工作报告重点工作任务分解表》印发给你们,请认真抓好落实。\n"
        "江城区人民政府办公室\n2020年3月2日\n"
    )
    assert parse(text).title == "2020年政府工作报告重点工作任务分解表"


def test_a_metadata_line_of_two_fields_gives_the_notice_title_and_a_bracketed_number() -> None:
    # "名  称: …的通知 发布机构: 区政府": the title cell ends before the next field;
    # a number whose year stands in lenticular brackets is whole.
    text = (
        "文  号: 江政办【2019】3号 索 引 号: 737546075/2020-837611\n"
        "名  称: 区人民政府办公室关于印发2019年政府工作报告重点工作任务分解表的通知"
        " 发布机构: 区政府\n"
        "各街道办事处,区人民政府各部门:\n"
        "现将《江城区2019年度政府工作报告重点工作任务分解表》印发给你们,请认真抓好落实。\n"
    )
    notice = parse(text)
    assert notice.title == "2019年政府工作报告重点工作任务分解表"
    assert notice.header is not None and notice.header.doc_number == "江政办【2019】3号"


@pytest.mark.parametrize("category", ["", "【市政府重点工作及责任分解】"])
def test_a_notice_that_is_the_plan_gives_its_title(category: str) -> None:
    text = (
        f"{category}江城市人民政府关于2020年市政府重点工作及责任分解的通知\n"
        "各县、市、区人民政府，市政府各部门：\n"
        "2020年市政府工作报告确定了10个方面重点工作，现将责任分解如下。\n"
        "一、确保完成全年主要预期目标\n1.地区生产总值增长8%以上。\n牵头责任单位：市发展改革委。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "江城市人民政府关于2020年市政府重点工作及责任分解的通知",
        "江城市人民政府",
        2020,
    )
    assert "title-from-notice" in [d.code for d in notice.diagnostics]
    assert items(notice) == [(1, "地区生产总值增长8%以上", ["市发展改革委"], [], None)]


def test_a_notice_of_an_event_over_its_own_sections_is_the_plan() -> None:
    # No verb of work in its title: the notice over numbered sections is its own plan.
    text = (
        "关于2021级本科生军训的通知\n各学院:\n"
        "2021级本科生计划于2023年4月8日至5月31日进行军训,具体工作安排如下。\n"
        "一、训练内容\n军训包括四部分内容。\n二、训练安排\n完成8天的集中训练。\n"
        "武装部\n2023年4月3日\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.year) == ("关于2021级本科生军训的通知", 2023)
    assert "title-from-notice" in [d.code for d in notice.diagnostics]


# --- a section heading that lost its numeral --------------------------------------------


@pytest.mark.parametrize(
    ("lines", "sections"),
    [
        (
            ["一、总体思路", "坚持稳中求进。", "", "、重点工作", "(一)做好规划。"],
            [(1, "总体思路"), (2, "重点工作")],
        ),
        (
            [
                "一、总体思路",
                "坚持稳中求进。",
                "、重点工作",
                "1.做好规划。",
                "三、保障措施",
                "加强领导。",
            ],
            [(1, "总体思路"), (2, "重点工作"), (3, "保障措施")],
        ),
        # The next section follows 一 directly: the line is a wrapped list's end, not 二.
        (
            [
                "一、重点任务",
                "1.推进项目建设（牵头单位：市发展改革委",
                "、市财政局）",
                "二、保障措施",
            ],
            [(1, "重点任务"), (2, "保障措施")],
        ),
        # Punctuated: a sentence's tail, never a heading.
        (["一、总体思路", "坚持稳中求进", "、统筹发展和安全。"], [(1, "总体思路")]),
        # Two phrases, as headings pair them.
        (
            ["一、普及健康知识,提升健康素养", "(一)推进素养提升。", "、践行健康生活,促进身心健康"],
            [(1, "普及健康知识,提升健康素养"), (2, "践行健康生活,促进身心健康")],
        ),
        # A standard heading alone that lost its numeral and its 、, before 二、.
        (
            ["工作目标", "完成下达的控制指标。", "二、工作重点", "坚持政治引领。"],
            [(1, "工作目标"), (2, "工作重点")],
        ),
        # ... or two of them joined, the second short.
        (
            ["指导思想和目标", "坚持政治引领。", "二、活动时间和主题", "5月22日至28日。"],
            [(1, "指导思想和目标"), (2, "活动时间和主题")],
        ),
        # ... never before 一、, nor with no numbered section after it.
        (
            ["工作目标", "完成下达的控制指标。", "一、工作重点", "坚持政治引领。"],
            [(1, "工作重点")],
        ),
        (["工作目标", "完成下达的控制指标。"], []),
        # ... or between two numbered sections that skip its number,
        (
            [
                "一、指导思想",
                "坚持农业农村优先发展。",
                "目标任务",
                "全市农业总产值增长3%。",
                "三、重点工作",
                "扛稳粮油安全生产重任。",
            ],
            [(1, "指导思想"), (2, "目标任务"), (3, "重点工作")],
        ),
        # ... never under the last one, whose own heading it is.
        (
            ["一、指导思想", "坚持农业农村优先发展。", "工作目标", "全市农业总产值增长3%。"],
            [(1, "指导思想")],
        ),
    ],
    ids=[
        "last-section",
        "between-sections",
        "wrapped-list",
        "sentence-tail",
        "two-phrases",
        "bare-standard-heading",
        "bare-joined-headings",
        "bare-before-one",
        "bare-alone",
        "bare-between-sections",
        "bare-under-the-last",
    ],
)
def test_a_section_heading_that_lost_its_numeral(
    lines: list[str], sections: list[tuple[int, str]]
) -> None:
    notice = parse("江城市经济和信息化局2025年工作要点\n" + "\n".join(lines) + "\n")
    assert [(s.number, s.title) for s in notice.sections] == sections
    lost = [d.line for d in notice.diagnostics if d.code == "lost-numeral"]
    restored = [s.heading_span.line for s in notice.sections if s.numeral is None]
    assert lost == restored


def test_a_task_division_letter_names_the_year_of_the_tasks() -> None:
    # No title: the letter divides the tasks a report set for the year.
    text = (
        "文号 | 江政办〔2013〕11号 | 索引号 | 005452065/2013-00024 |\n"
        "各县(市、区)人民政府,市人民政府各部门:\n"
        "市长在市九届人大六次会议上所作的《政府工作报告》中,提出了2013年市政府要做好的8项重点工作,"
        "已经市政府常务会议研究通过。现将重点工作任务分解如下:\n"
        "一、加快产业转型\n"
        "1.加大传统优势产业帮扶力度,帮助企业开拓市场。\n"
        "牵头单位:市工业和信息化局\n"
        "责任单位:市发改委、市商务局\n"
    )
    notice = parse(text)
    assert notice.year == 2013
    (item,) = notice.items()
    assert (item.lead_departments, item.supporting_departments) == (
        ["市工业和信息化局"],
        ["市发改委", "市商务局"],
    )


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        (
            "近日,江城区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》方案。",
            "江城区人民政府办公室",
        ),
        (
            "据江城省人民政府网消息,近日,江城省人民政府发布关于2023年重点工作及责任分解的通知。",
            "江城省人民政府",
        ),
        # (two offices issue it together)
        (
            "近日,中共江城市委办公室、江城市人民政府办公室印发《关于进一步加强东西部协作的指导意见》。",
            "中共江城市委办公室、江城市人民政府办公室",
        ),
        # A lead that names no issuing: nobody is read into it.
        ("近日,记者从江城区人民政府办公室获悉,全区重点工作已分解到位。", None),
    ],
)
def test_a_reposts_lead_names_the_issuer(lead: str, issuer: str | None) -> None:
    text = (
        "地区生产总值增长5%左右\n"
        f"{lead}\n"
        "一、主要预期指标\n"
        "1.地区生产总值增长5%左右。（牵头单位：区发展改革委）\n"
    )
    notice = parse(text)
    assert (notice.header.issuer if notice.header else None) == issuer
    if issuer is not None:  # the lead is the site's, not the plan's opening
        assert lead not in (notice.preamble or "")


def test_a_reposts_lead_under_the_sites_link_words_names_the_issuer() -> None:
    # A feed's link words stand over the lead; they are not lines of the text, so
    # the lead is still among its first three.
    text = (
        "跳到正文\nBack to Feed\n总结\n"
        "1月4日,江城市人民政府办公厅印发《江城市优化营商环境行动方案(2026年)》,提出26条举措。\n"
        "一、提升政务服务水平\n1.拓展“一件事”集成办理。（牵头单位：市政务服务办）\n"
    )
    notice = parse(text)
    assert notice.header is not None and notice.header.issuer == "江城市人民政府办公厅"
    # (three lines of text above it are the lead's limit, link words or not)
    far = text.replace("总结\n", "总结\n第一行文字很长很长很长。\n第二行文字。\n第三行文字。\n")
    far_header = parse(far).header
    assert far_header is None or far_header.issuer is None


def test_a_reposts_note_of_the_headline_it_took_names_the_issuer() -> None:
    # Below the site's own lines (its headline, date and column), the note that gives
    # the original headline names who issued the text.
    text = (
        "中办国办印发《关于加快推进江城公共法律服务体系建设的意见》\n\n日期:07-10\n中共中央\n\n"
        "原标题:中共中央办公厅、国务院办公厅印发《关于加快推进江城公共法律服务体系建设的意见》\n\n"
        "为加快推进公共法律服务体系建设,现提出如下意见。\n一、总体要求\n(一)指导思想。坚持依法治国。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "中共中央办公厅、国务院办公厅"
    assert notice.preamble == "为加快推进公共法律服务体系建设,现提出如下意见。"
    # (further down the text, such a line is the plan's, and names nobody)
    far = text.replace("中共中央\n", "中共中央\n" + "第一行。\n第二行。\n第三行。\n第四行。\n")
    far_header = parse(far).header
    assert far_header is None or far_header.issuer is None


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("2023年3月31日? ?", "2023年3月31日"),
        ("??1.推进项目建设。", "1.推进项目建设。"),
        ("????????? ?江城市人民政府", "江城市人民政府"),
        ("是否需要调整?", "是否需要调整?"),  # one "?" may end a question
    ],
)
def test_question_marks_a_page_left_for_spaces_are_no_text(raw: str, text: str) -> None:
    (line,) = split_lines(raw)
    assert line.text == text
    assert raw[line.start : line.end] == text


@pytest.mark.parametrize(
    ("heading", "title", "intro"),
    [
        (
            "一、指导思想以“三个代表”重要思想为指导，以科学发展观统领全局，全面推进素质教育。",
            "指导思想",
            "以“三个代表”重要思想为指导，以科学发展观统领全局，全面推进素质教育。",
        ),
        (
            "二、任务目标落实党委、政府主体责任,将打击防范电信网络诈骗犯罪纳入平安建设重要内容。",
            "任务目标",
            "落实党委、政府主体责任,将打击防范电信网络诈骗犯罪纳入平安建设重要内容。",
        ),
        (
            "一、工作目标紧紧围绕重大决策部署，不断提升政务公开的质量和实效。",
            "工作目标",
            "紧紧围绕重大决策部署，不断提升政务公开的质量和实效。",
        ),
        # (its text may open with the year)
        (
            "一、重点工作2022年,全市应急管理工作要着力加强“五个建设”,高质量推进各项工作。",
            "重点工作",
            "2022年,全市应急管理工作要着力加强“五个建设”,高质量推进各项工作。",
        ),
        # (the longer name first: the targets and tasks, not the targets alone)
        (
            "二、主要目标任务2031年计划完成油茶新造1.2万亩、义务植树112.6万株。",
            "主要目标任务",
            "2031年计划完成油茶新造1.2万亩、义务植树112.6万株。",
        ),
        # (the targets of any work, before a year or a numbered target)
        (
            "一、创建目标2022年8月底前,各项创建指标全部达到创建标准,评价总分值在90分以上。",
            "创建目标",
            "2022年8月底前,各项创建指标全部达到创建标准,评价总分值在90分以上。",
        ),
        # A heading that goes on with its own words, or a short one, stays whole.
        ("一、总体要求和主要目标", "总体要求和主要目标", None),
        ("一、创建目标任务", "创建目标任务", None),
        ("一、指导思想", "指导思想", None),
        # A page that turned the line break into a space keeps it between them,
        # however short the text.
        ("一、组织领导 成立学校活动工作领导小组。", "组织领导", "成立学校活动工作领导小组。"),
        ("一、指导思想 以科学发展观统领全局。", "指导思想", "以科学发展观统领全局。"),
        # (a plan's own part of the year's points, before the year)
        (
            "四、工作要点2012年,我们将围绕以下工作抓好落实。",
            "工作要点",
            "2012年,我们将围绕以下工作抓好落实。",
        ),
        # An event's plan names its parts so too; a short text after them counts
        # where the line closes its sentence, and a date whatever the length.
        (
            "一、活动主题创新放飞梦想、科技引领未来。",
            "活动主题",
            "创新放飞梦想、科技引领未来。",
        ),
        ("三、活动时间2016年10月8日至20日。", "活动时间", "2016年10月8日至20日。"),
        # (a month and day the year goes without is a date too)
        ("二、督查时间12月4日至12月10日", "督查时间", "12月4日至12月10日"),
        ("一、培训时间2013年3月—4月(每周日)", "培训时间", "2013年3月—4月(每周日)"),
        (
            "二、工作机构及职责市政府决定成立服务管理体系建设领导小组,组成人员如下:",
            "工作机构及职责",
            "市政府决定成立服务管理体系建设领导小组,组成人员如下:",
        ),
        # An inspection's or a campaign's parts, named by what is done and which part
        (
            "二、治理目标通过相关部门的及时治理,使校园周边区域内的社会不良现象得到明显改善。",
            "治理目标",
            "通过相关部门的及时治理,使校园周边区域内的社会不良现象得到明显改善。",
        ),
        (
            "二、工作职责本实施方案所称政务新媒体,是指各级行政机关在第三方平台上开设的政务账号。",
            "工作职责",
            "本实施方案所称政务新媒体,是指各级行政机关在第三方平台上开设的政务账号。",
        ),
        # A plan's bare parts: its bodies, its duties, its targets
        (
            "三、组织机构“江城市食品安全专项整治领导小组”下设“农产品整治组”,负责全市整治工作。",
            "组织机构",
            "“江城市食品安全专项整治领导小组”下设“农产品整治组”,负责全市整治工作。",
        ),
        (
            "四、职责乡人民政府负责本乡重大疫病的防控工作。",
            "职责",
            "乡人民政府负责本乡重大疫病的防控工作。",
        ),
        (
            "二、目标坚持预防为主、防治结合,加强防治体系建设,提高防治能力。",
            "目标",
            "坚持预防为主、防治结合,加强防治体系建设,提高防治能力。",
        ),
        (
            "二、目标及步骤全镇共有32个行政村,力争三年内全部达标。",
            "目标及步骤",
            "全镇共有32个行政村,力争三年内全部达标。",
        ),
        # (never the opening of a longer name the colon keeps whole)
        (
            "二、目标任务:到2020年,全市转移农业劳动力总量继续增加。",
            "目标任务",
            "到2020年,全市转移农业劳动力总量继续增加。",
        ),
        # (a service's parts, the staff that provide it, a call to see the work's
        # weight, a place's outline before text on a masked name)
        (
            "二、服务对象“送教上门”服务的对象为本镇户籍的重度残疾儿童少年。",
            "服务对象",
            "“送教上门”服务的对象为本镇户籍的重度残疾儿童少年。",
        ),
        (
            "五、师资保障由学校选派责任心强、业务水平高的教师组成送教团队。",
            "师资保障",
            "由学校选派责任心强、业务水平高的教师组成送教团队。",
        ),
        (
            "一、提高认识政区是国家行政管理和组织经济活动的基本地理单元,历史悠久。",
            "提高认识",
            "政区是国家行政管理和组织经济活动的基本地理单元,历史悠久。",
        ),
        (
            "一、江城乡概况XX县江城乡位于县城北部,三面临湖,是群山中的半岛。",
            "江城乡概况",
            "XX县江城乡位于县城北部,三面临湖,是群山中的半岛。",
        ),
        ("一、服务对象和范围", "服务对象和范围", None),
        ("二、职责分工", "职责分工", None),
        ("一、督查内容及方式", "督查内容及方式", None),
        ("一、活动时间安排", "活动时间安排", None),
        ("一、工作目标明确。", "工作目标明确", None),
        ("一、组织领导 与 工作保障", "组织领导 与 工作保障", None),
        (
            "一、地震灾害背景陕西地处中国大陆东西和南北巨型构造单元的交接地带,地震构造复杂。",
            "地震灾害背景",
            "陕西地处中国大陆东西和南北巨型构造单元的交接地带,地震构造复杂。",
        ),
        # A heading of targets glued to the run-in label of its first part: the label
        # and its text are the intro, not a longer title.
        (
            "二、行动目标总体目标:全面提升学生科技素养和创新素养。",
            "行动目标",
            "总体目标:全面提升学生科技素养和创新素养。",
        ),
        ("二、工作目标总目标:提升质量、全面发展。", "工作目标", "总目标:提升质量、全面发展。"),
        ("二、工作目标:提升质量、全面发展。", "工作目标", "提升质量、全面发展。"),
    ],
)
def test_a_standard_heading_glued_to_its_text(heading: str, title: str, intro: str | None) -> None:
    notice = parse(f"江城市2020年工作要点\n{heading}\n二、重点任务\n")
    section = notice.sections[0]
    assert (section.title, section.intro) == (title, intro)


def test_a_heading_glued_to_its_first_numbered_point_opens_its_items() -> None:
    # "1、" glued to the heading is the section's first point, as "2、" on the next
    # line is its second: the copy lost the break after the heading, nothing more.
    notice = parse(
        "江城市2020年工作要点\n"
        "一、主要指标1、学前一年教育率达90%,学前三年幼儿入园率达73%以上。\n"
        "2、继续推进校舍维修改造。\n"
    )
    section = notice.sections[0]
    assert (section.title, section.intro) == ("主要指标", None)
    assert [(i.number, i.title) for i in section.items] == [
        (1, "学前一年教育率达90%,学前三年幼儿入园率达73%以上"),
        (2, "继续推进校舍维修改造"),
    ]


@pytest.mark.parametrize(
    ("heading", "title", "intro"),
    [
        (
            "一、健全基层科普网络按照全区科普工作方案,制定本镇年度计划。每季度研究一次。",
            "健全基层科普网络",
            "按照全区科普工作方案,制定本镇年度计划。每季度研究一次。",
        ),
        (
            "一、擦亮文明实践品牌始终坚持把新时代文明实践志愿服务与文明城市创建紧密结合起来。组建志愿服务队伍。",
            "擦亮文明实践品牌",
            "始终坚持把新时代文明实践志愿服务与文明城市创建紧密结合起来。组建志愿服务队伍。",
        ),
        (
            "一、凝聚共识、依法履职,同心同德推动发展坚持把党的领导贯穿人大工作全过程。",
            "凝聚共识、依法履职,同心同德推动发展",
            "坚持把党的领导贯穿人大工作全过程。",
        ),
        (
            "一、办好群众性科普活动以全国科普日为契机,组织开展科普讲座和展览。",
            "办好群众性科普活动",
            "以全国科普日为契机,组织开展科普讲座和展览。",
        ),
        (
            "二、分工落实到部门根据上述原则,明确各项指标和重大工程的责任部门及其分工。",
            "分工落实到部门",
            "根据上述原则,明确各项指标和重大工程的责任部门及其分工。",
        ),
        (
            "一、开创乡镇科协工作新局面“十四五”时期全镇科协事业取得长足进展。",
            "开创乡镇科协工作新局面",
            "“十四五”时期全镇科协事业取得长足进展。",
        ),
        (
            "一、以“六个一”抓实示范县创建,进一步强化中华民族共同体意识教育一是化解一批疑难涉稳问题。二是开展宣传。",
            "以“六个一”抓实示范县创建,进一步强化中华民族共同体意识教育",
            "一是化解一批疑难涉稳问题。二是开展宣传。",
        ),
        (
            "一、加强组织领导一是成立工作专班。二是开展督查。",
            "加强组织领导",
            "一是成立工作专班。二是开展督查。",
        ),
        (
            "一、统一思想、高度重视近几年来,全街道的防汛工作取得了显著成绩。今年汛期降水偏多。",
            "统一思想、高度重视",
            "近几年来,全街道的防汛工作取得了显著成绩。今年汛期降水偏多。",
        ),
        (
            "一、2023年决策气象服务工作回顾2023年是气象部门全力做好防汛救灾气象服务保障的一年。",
            "2023年决策气象服务工作回顾",
            "2023年是气象部门全力做好防汛救灾气象服务保障的一年。",
        ),
        (
            "二、防汛工作总体要求今年防汛工作要继续贯彻“以防为主,全力抢险”的方针。",
            "防汛工作总体要求",
            "今年防汛工作要继续贯彻“以防为主,全力抢险”的方针。",
        ),
        (
            "一、督查工作的原则以教育方针和国家法律法规为依据,办人民满意的教育。",
            "督查工作的原则",
            "以教育方针和国家法律法规为依据,办人民满意的教育。",
        ),
        (
            "一、加强组织领导我乡政府成立由乡长任组长的食品安全工作领导小组,如发生事故,做好应急处置工作。",
            "加强组织领导",
            "我乡政府成立由乡长任组长的食品安全工作领导小组,如发生事故,做好应急处置工作。",
        ),
        # A heading alone on its line keeps the same words: it holds them itself.
        # (never at the 一 of a word: 统一是非; nor at a body that a verb takes as its
        # object: 推动我省)
        (
            "一、进一步推动我省科技工作高质量发展,为全省经济社会发展提供坚强支撑",
            "进一步推动我省科技工作高质量发展,为全省经济社会发展提供坚强支撑",
            None,
        ),
        (
            "一、推动各地统一是非标准的宣传教育工作全面深入开展。组织宣讲。",
            "推动各地统一是非标准的宣传教育工作全面深入开展",
            "组织宣讲。",
        ),
        (
            "一、毫不动摇坚持党对科协工作的全面领导,为全镇发展提供坚强保证",
            "毫不动摇坚持党对科协工作的全面领导,为全镇发展提供坚强保证",
            None,
        ),
        (
            "一、深入学习贯彻习近平总书记关于坚持和完善人民代表大会制度的重要思想",
            "深入学习贯彻习近平总书记关于坚持和完善人民代表大会制度的重要思想",
            None,
        ),
        (
            "一、强化政治引领,确保全镇教育领域始终成为坚持党的领导的坚强阵地",
            "强化政治引领,确保全镇教育领域始终成为坚持党的领导的坚强阵地",
            None,
        ),
        # ... and a short heading with its sentence is read to its 。 as before.
        ("一、推进乡村振兴坚持走共同富裕之路。", "推进乡村振兴坚持走共同富裕之路", None),
        # A sentence that opens by saying where it looks from, or what a document is.
        (
            "一、深入学习贯彻党的创新理论,在解放思想中打开工作新局面从全镇发展的历史来看,组织路线从来都是受思想路线指导的。",
            "深入学习贯彻党的创新理论,在解放思想中打开工作新局面",
            "从全镇发展的历史来看,组织路线从来都是受思想路线指导的。",
        ),
        (
            "一、全面推进依法行政的指导思想、基本原则和基本要求及目标《纲要》是指导各级政府依法行政的纲领性文件。",
            "全面推进依法行政的指导思想、基本原则和基本要求及目标",
            "《纲要》是指导各级政府依法行政的纲领性文件。",
        ),
        # (or a term's span it quotes: "…“十二五”期间,…")
        (
            "一、取得成绩“十二五”期间,全省民族地区发展取得显著成绩,经济步入健康发展轨道。",
            "取得成绩",
            "“十二五”期间,全省民族地区发展取得显著成绩,经济步入健康发展轨道。",
        ),
        # A heading that opens with a verb and names the work it does, glued to text
        # that opens with a verb again.
        (
            "三、依法加强森林资源管理工作加强对木材采伐、运输和经营加工的管理,严厉打击乱砍滥伐。",
            "依法加强森林资源管理工作",
            "加强对木材采伐、运输和经营加工的管理,严厉打击乱砍滥伐。",
        ),
        (
            "一、全力做好县域义务教育均衡发展督导评估积极推动各县(区)做好优质均衡发展基础性工作。",
            "全力做好县域义务教育均衡发展督导评估",
            "积极推动各县(区)做好优质均衡发展基础性工作。",
        ),
        # ... but a heading that starts from where it stands keeps its words.
        (
            "一、坚持从全镇实际出发,因地制宜推进乡村振兴和农村人居环境整治工作",
            "坚持从全镇实际出发,因地制宜推进乡村振兴和农村人居环境整治工作",
            None,
        ),
        # A heading of parallel clauses, its text glued on at a verb that opens a
        # sentence once the last clause is about as long as the ones before ...
        (
            "一、贯彻新思想,实施全镇妇女思想引领行动学习宣传贯彻党的二十大精神。组织集中宣讲。",
            "贯彻新思想,实施全镇妇女思想引领行动",
            "学习宣传贯彻党的二十大精神。组织集中宣讲。",
        ),
        (
            "二、提高政治站位,把牢乡镇工作新方向坚守政治定力。组织专题学习。",
            "提高政治站位,把牢乡镇工作新方向",
            "坚守政治定力。组织专题学习。",
        ),
        # ... never at a verb the clause opens with, nor after 地, nor in a clause with
        # more after it, nor in a heading alone on its line.
        (
            "一、强化政治引领,深入推进全面从严治党。组织专题学习。",
            "强化政治引领,深入推进全面从严治党",
            "组织专题学习。",
        ),
        (
            "一、明确任务,强化措施,扎实有效地做好春季森林防火工作。组织巡查。",
            "明确任务,强化措施,扎实有效地做好春季森林防火工作",
            "组织巡查。",
        ),
        (
            "一、聚焦主责主业,实施全镇妇女思想引领行动学习宣传",
            "聚焦主责主业,实施全镇妇女思想引领行动学习宣传",
            None,
        ),
        (
            "三、六月份以后,视疫情变化情况开展馆际联展,及学术交流等活动。组织参观。",
            "六月份以后,视疫情变化情况开展馆际联展,及学术交流等活动",
            "组织参观。",
        ),
        # A labelled tag closes a heading whose text goes on after it on the line; a
        # bracket of the heading's own words does not.
        (
            "一、坚定不移壮产业,全力筑牢经济发展支撑(责任部门:经济发展办公室等) 全力拼抢重大项目。",
            "坚定不移壮产业,全力筑牢经济发展支撑",
            "(责任部门:经济发展办公室等) 全力拼抢重大项目。",
        ),
        (
            "一、实施科技创新行动计划(2021-2025年)全面提升创新能力。",
            "实施科技创新行动计划(2021-2025年)全面提升创新能力",
            None,
        ),
    ],
)
def test_a_heading_glued_to_text_that_opens_as_a_sentence(
    heading: str, title: str, intro: str | None
) -> None:
    text = f"江城镇2024年工作要点\n{heading}\n二、重点任务\n"
    notice = parse(text)
    section = notice.sections[0]
    assert (section.title, section.intro) == (title, intro)
    assert_lossless(text, notice)


def test_a_heading_the_excerpt_cuts_after_its_glued_text_opens() -> None:
    # The excerpt stops in the sentence glued to the last heading: the heading is the
    # words before the text's cue, however short the cut line (a heading alone on its
    # line, the same length, keeps its words).
    text = (
        "江城市2018年精神文明建设工作要点\n一、深化群众性精神文明创建活动。\n"
        "二、学习贯彻党的十九大精神全市精神文明建设战线要把学习贯彻"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "深化群众性精神文明创建活动"),
        (2, "学习贯彻党的十九大精神"),
    ]
    assert notice.sections[1].intro == "全市精神文明建设战线要把学习贯彻"
    assert_lossless(text, notice)
    whole = "江城市2018年精神文明建设工作要点\n一、学习贯彻党的十九大精神全市精神文明建设战线要\n二、强化组织保障\n"
    assert parse(whole).sections[0].title == "学习贯彻党的十九大精神全市精神文明建设战线要"


@pytest.mark.parametrize(
    ("line", "title", "measure"),
    [
        (
            "（一）指导思想以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。",
            "指导思想",
            "以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。",
        ),
        (
            "（一）總體目標文明城市創建宣傳工作主要目的在於提高市民群眾的知曉率。",
            "總體目標",
            "文明城市創建宣傳工作主要目的在於提高市民群眾的知曉率。",
        ),
        # (or a short heading glued to its first point counted in words)
        (
            "（一）健全宣传机制一是完善宣传基础设施。二是办好宣传专栏。",
            "健全宣传机制",
            "一是完善宣传基础设施。",
        ),
        # A heading that goes on with its own words, or a short sentence, stays whole.
        ("（一）总体目标和主要任务。坚持稳中求进。", "总体目标和主要任务", "坚持稳中求进。"),
        ("（一）坚持统一是非标准。坚持稳中求进。", "坚持统一是非标准", "坚持稳中求进。"),
        ("（一）指导思想明确。坚持稳中求进。", "指导思想明确", "坚持稳中求进。"),
    ],
)
def test_an_items_standard_heading_glued_to_its_text(line: str, title: str, measure: str) -> None:
    text = f"江城市2020年工作要点\n一、总体要求\n{line}\n（二）工作原则。坚持稳中求进。\n"
    notice = parse(text)
    item = notice.sections[0].items[0]
    assert (item.title, item.measures[0].text) == (title, measure)
    assert text[item.measures[0].span.start : item.measures[0].span.end] == measure
    assert_lossless(text, notice)


def test_a_marker_alone_on_its_line_heads_the_line_below() -> None:
    # A PDF copy sets the numeral on a line of its own: "一、" / "发展环境".
    notice = parse(
        "江城市2020年工作要点\n一、\n发展环境\n坚持稳中求进。\n"
        "二、\n主要任务\n（一）\n推进项目建设\n1.推进重点项目。\n"
        "三、\n稳中求进,推动经济质效新提升\n坚持稳字当头,聚力巩固向好态势。\n"
    )
    assert [(s.number, s.title, s.intro) for s in notice.sections] == [
        (1, "发展环境", "坚持稳中求进。"),
        (2, "主要任务", None),
        (3, "稳中求进,推动经济质效新提升", "坚持稳字当头,聚力巩固向好态势。"),
    ]
    (item,) = notice.items()
    assert item.group is not None and item.group.title == "推进项目建设"


def test_a_marker_alone_heads_the_line_below_a_blank_line() -> None:
    # A page that sets every line apart puts a blank between the marker and its title.
    text = (
        "江城市2020年工作要点\n\n一、\n\n发展环境\n\n坚持稳中求进。\n\n"
        "二、\n\n主要任务\n\n（一）\n\n推进项目建设\n\n1.推进重点项目。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title, s.intro) for s in notice.sections] == [
        (1, "发展环境", "坚持稳中求进。"),
        (2, "主要任务", None),
    ]
    (item,) = notice.items()
    assert item.group is not None and item.group.title == "推进项目建设"
    assert_lossless(text, notice)


def test_parts_numbered_yi_er_san_in_capitals_are_the_sections() -> None:
    # A Taiwan school plan: 壹、貳、參 parts, 一、 headings in each, (一) under some.
    text = (
        "江城高級中學109年度學生校外生活輔導計畫\n"
        "壹、依據:\n一、教育部函頒設置要點。\n二、本校實際需要。\n"
        "貳、目的:\n培養學生良好生活習慣。\n"
        "參、校外會編組:\n一、學生校外會:\n(一)主任委員:由縣長兼任。\n(二)委員:由教育處處長擔任。\n"
    )
    notice = parse(text)
    assert [(s.number, s.numeral, s.title) for s in notice.sections] == [
        (1, "壹", "依據"),
        (2, "貳", "目的"),
        (3, "參", "校外會編組"),
    ]
    assert [(i.number, i.title, i.group.title if i.group else None) for i in notice.items()] == [
        (1, "教育部函頒設置要點", None),
        (2, "本校實際需要", None),
        (1, "主任委員:由縣長兼任", "學生校外會"),
        (2, "委員:由教育處處長擔任", "學生校外會"),
    ]


@pytest.mark.parametrize("space", [" ", "\u3000", "\n"])
def test_parts_named_di_yi_bu_fen_are_the_sections(space: str) -> None:
    # "第一部分 总体要求" over its 一、 headings, each with (一) items under it.
    text = (
        "江城市2025年政府工作报告重点工作任务分工\n"
        f"第一部分{space}总体要求\n坚持稳中求进工作总基调。\n"
        f"第二部分{space}重点任务\n一、推动科技创新\n（一）建设创新平台。加快建设。\n"
        "（二）培育科技企业。加快培育。\n二、扩大有效投资\n（一）推进重大项目。加快建设。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "总体要求"), (2, "重点任务")]
    assert [(i.group.title if i.group else None, i.number, i.title) for i in notice.items()] == [
        ("推动科技创新", 1, "建设创新平台"),
        ("推动科技创新", 2, "培育科技企业"),
        ("扩大有效投资", 1, "推进重大项目"),
    ]


def test_a_lone_first_part_over_the_sections_of_a_cut_text_is_a_section() -> None:
    # The excerpt ends inside "第一部分 总体安排": its 一、 headings are its groups.
    text = (
        "江城科学院行动计划组织实施方案\n"
        "第一部分  总体安排\n一、指导思想与总体思路\n（一）指导思想。坚持创新驱动。\n"
        "（二）总体思路\n1、深化改革,促进跨越。全面深化改革。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "总体安排")]
    first = next(notice.items())
    assert (first.group.title if first.group else None, first.title) == (
        "指导思想与总体思路",
        "指导思想",
    )


def test_a_single_capital_part_over_the_sections_changes_nothing() -> None:
    notice = parse(
        "江城市2020年工作要点\n壹、工作重点\n一、重点任务\n1.推进项目建设。\n二、保障措施\n"
    )
    assert [(s.number, s.title) for s in notice.sections] == [(1, "重点任务"), (2, "保障措施")]


def test_the_title_over_the_text_wins_over_a_headline_for_another_year() -> None:
    # A document-sharing page heads its copy with another year's plan.
    text = (
        "江城縣政府九十四年度施政計畫目標與重點\n"
        "Download as pdf or txt\n"
        "江城縣政府九十四年度施政計畫目標與重點\n"
        "江城縣政府101年度施政計畫目標與重點及衡量指標\n"
        "壹、民政類\n" + BODY
    )
    notice = parse(text)
    assert (notice.title, notice.year) == ("江城縣政府101年度施政計畫目標與重點及衡量指標", 2012)
    assert notice.title_span is not None and notice.title_span.line == 4


def test_the_notice_title_names_the_plan_before_one_the_letter_cites() -> None:
    # No title line; the letter cites the province's plan, the notice names its own.
    text = (
        "关于印发 2019年全市政务公开重点工作任务分工的通知\n"
        "各县(市、区)人民政府，市政府各委办局：\n"
        "按照《2019年全省政务公开工作重点任务分工方案》要求，结合我市实际，制定如下分工。\n" + BODY
    )
    assert parse(text).title == "2019年全市政务公开重点工作任务分工"


def test_a_cover_letter_under_the_title_signed_on_one_line() -> None:
    # The page's headline is the plan's title; the notice under it has no title of
    # its own and signs issuer and date on one line, the date run together.
    text = (
        "发布时间:2017-09-22\n"
        "江城省“十三五”深化医药卫生体制改革实施方案\n"
        "各设区市人民政府，省人民政府各工作部门：\n"
        "现将《江城省“十三五”深化医药卫生体制改革实施方案》印发给你们，请认真贯彻落实。\n"
        "江城省人民政府 2017821\n"
        "江城省“十三五”深化医药卫生体制改革实施方案\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城省人民政府", dt.date(2017, 8, 21))
    assert notice.header.addressees == ["各设区市人民政府", "省人民政府各工作部门"]


@pytest.mark.parametrize(
    ("author", "issuer"),
    [
        ("江城区图书馆", "江城区图书馆"),
        # A reporter, or another body than the title's, signs nothing.
        ("王某", None),
        ("江城区文化馆", None),
    ],
)
def test_a_pages_author_signs_only_as_the_body_the_title_names(
    author: str, issuer: str | None
) -> None:
    text = (
        f"发布时间:2013-02-20 00:00:00.0 | 作者:{author} | 阅读次数:66\n"
        "江城区图书馆2013年工作计划\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None and notice.header.issuer == issuer


@pytest.mark.parametrize(
    ("source", "issuer"),
    [
        ("江城市互联网信息办公室", "江城市互联网信息办公室"),
        # A site that reposted the plan signs nothing, nor another office of the place.
        ("江城新闻网", None),
        ("江城市信息中心", None),
    ],
)
def test_a_pages_source_signs_only_as_the_body_the_title_names(
    source: str, issuer: str | None
) -> None:
    text = f"2026年江城市互联网信息办公室工作要点\n2026-01-14 22:52:03\n来源:{source}\n" + BODY
    notice = parse(text)
    assert notice.header is not None and notice.header.issuer == issuer


def test_a_pages_author_that_names_the_body_signs_a_notice_with_no_header() -> None:
    # (a page that dates nothing it can read: the author alone signs, with a header
    # that holds no text of its own)
    text = (
        "中共江城省委文明办2021年工作要点\n"
        "作者:江城省文明办 来源:江城省文明网 编辑:王某 发布时间:21-03-09\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None and notice.header.issuer == "江城省文明办"
    assert notice.title_span is not None
    assert notice.header.span.start == notice.header.span.end == notice.title_span.start


@pytest.mark.parametrize(
    ("source", "issuer"),
    [
        ("江城省食品药品监管局", "江城省食品药品监管局"),
        ("中共江城省委宣传部", None),
        ("江城省药品局", "江城省药品局"),
    ],
)
def test_a_pages_source_signs_by_the_short_name_of_the_body_the_title_names(
    source: str, issuer: str | None
) -> None:
    # (its place as written, the last word of its kind, no word the full name lacks)
    text = f"江城省食品药品监督管理局2016年工作要点\n来源:{source} 时间:2016-12-06 10:38\n" + BODY
    notice = parse(text)
    assert notice.header is not None and notice.header.issuer == issuer


def test_a_news_headline_that_reports_the_plan_is_not_its_title() -> None:
    text = (
        "江城省省长、副省长2024年牵头重点工作公布\n"
        "近日，江城省人民政府办公厅印发2024年政府工作报告重点工作责任分解的通知。\n"
        "2024年政府工作报告重点工作责任分解\n" + BODY
    )
    assert parse(text).title == "2024年政府工作报告重点工作责任分解"


def test_work_divided_by_who_leads_it() -> None:
    # Sections by leader, groups by the unit that leads; a group with no numbered
    # items under it is an item, and its heading is its title even over a short line.
    text = (
        "江城省2008年政府工作目标责任分解\n"
        "一、王某省长负责的工作\n"
        "全面负责省人民政府工作任务的落实。\n"
        "(一)省审计厅牵头的工作\n"
        "全面加强审计工作。\n"
        "协同单位:省直各部门和各市人民政府。\n"
        "二、李某副省长负责的工作\n"
        "(一)省编办牵头的工作\n"
        "1.深化行政管理体制改革,优化政府机构设置。\n"
        "2.积极稳妥地推进乡镇机构改革。\n"
        "协同单位:省财政厅、省农业厅等省直有关部门和各市人民政府。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "王某省长负责的工作"),
        (2, "李某副省长负责的工作"),
    ]
    assert items(notice) == [
        (1, "省审计厅牵头的工作", ["省审计厅"], ["省直各部门", "各市人民政府"], None),
        (1, "深化行政管理体制改革,优化政府机构设置", ["省编办"], [], None),
        (
            2,
            "积极稳妥地推进乡镇机构改革",
            ["省编办"],
            ["省财政厅", "省农业厅", "各市人民政府"],
            None,
        ),
    ]


def test_a_tag_in_tortoise_shell_brackets_after_a_sentence_inside_the_item() -> None:
    text = (
        "江城市打赢蓝天保卫战实施方案\n一、升级产业结构\n"
        "1.制定实施准入清单。完成环境准入清单编制工作。"
        "〔市生态环境局牵头,市发展和改革局参与,各县、区人民政府(管委会)负责落实。"
        "以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕"
        "县级及以上城市建成区原则上不再新建燃煤锅炉。\n"
    )
    assert items(parse(text)) == [
        (
            1,
            "制定实施准入清单",
            ["市生态环境局"],
            ["市发展和改革局", "各县、区人民政府(管委会)"],
            None,
        )
    ]


def test_a_table_flattened_one_cell_per_line_without_row_numbers() -> None:
    # The header row names the unit column; each item's unit cell follows its text.
    text = (
        "江城市人民政府办公室关于分解落实省《政府工作报告》涉及江城重点工作的通知\n"
        "重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n"
        "一、加大财政金融支持力度\n"
        "1.减免防疫重点企业税费。对生产防疫物资的企业全额退还增值税增量留抵税额。\n"
        "市税务局等,各县、市、区政府,江城高新区管委会\n"
        "2020年12月\n"
        "2.落实设备购置补贴政策。\n"
        "市经信局、市财政局\n"
    )
    notice = parse(text)
    assert notice.title != "重点工作"
    assert items(notice) == [
        (
            1,
            "减免防疫重点企业税费",
            ["市税务局", "各县、市、区政府", "江城高新区管委会"],
            [],
            "2020年12月",
        ),
        (2, "落实设备购置补贴政策", ["市经信局", "市财政局"], [], None),
    ]


def test_unit_names_alone_on_a_line_are_no_units_without_a_unit_column() -> None:
    text = "江城市2020年工作要点\n一、重点任务\n1.落实设备购置补贴政策。\n市经信局、市财政局\n"
    assert items(parse(text)) == [(1, "落实设备购置补贴政策", [], [], None)]


def test_a_piped_table_without_row_numbers_under_a_unit_column() -> None:
    text = (
        "2022年11—12月政务公开重点工作任务清单\n"
        "工作任务 |\n具 体 要 求 |\n责任单位 |\n完成情况 |\n备注 |\n||\n"
        "一、年底前专项工作任务 |\n|\n|||||\n"
        "1.行政规范性文件集中公开 |\n"
        "1.开展行政规范性文件清理。2.发布文件标准电子文本。 |\n"
        "市政府各部门、各直属机构,各县市区政府 |\n推进中 |\n11月底前完成 |\n||\n"
    )
    notice = parse(text)
    assert [s.title for s in notice.sections] == ["年底前专项工作任务"]
    assert items(notice) == [
        (
            1,
            "行政规范性文件集中公开",
            ["市政府各部门", "各直属机构", "各县市区政府"],
            [],
            "11月底前完成",
        )
    ]


@pytest.mark.parametrize(
    "note",
    [
        "(2023年3月30日江城省第十四届人民代表大会常务委员会第4次主任会议通过)",
        # (wrapped over two lines)
        "(2023年3月30日江城省第十四届人民代表大会\n常务委员会第4次主任会议通过)",
    ],
)
def test_a_note_under_the_plan_dates_it_before_the_pages_update_time(note: str) -> None:
    text = (
        "来源: 江城省人民代表大会常务委员会 更新时间:2023-04-04 点击:91\n"
        f"{note}\n"
        "2023年是贯彻落实党的二十大精神的开局之年。\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None and notice.header.date == dt.date(2023, 3, 30)
    assert notice.preamble == "2023年是贯彻落实党的二十大精神的开局之年。"


def test_empty_cells_after_a_heading_are_no_part_of_its_title() -> None:
    text = (
        "2021年政务公开工作主要任务分解表\n工作任务 |\n工作要求 |\n牵头单位 |\n责任单位 |\n"
        "一、紧扣“十四五”开好局起好步,进一步深化政务公开 |\n|||||||||\n||||\n"
        "二、紧扣宏观政策落地见效,进一步深化政务公开 |\n|||||\n"
    )
    assert [s.title for s in parse(text).sections] == [
        "紧扣“十四五”开好局起好步,进一步深化政务公开",
        "紧扣宏观政策落地见效,进一步深化政务公开",
    ]


@pytest.mark.parametrize(
    ("closing", "lead"),
    [
        ("由省人大监察和司法委员会负责做好相关工作。", ["省人大监察和司法委员会"]),
        ("由市发展改革委、市财政局负责。", ["市发展改革委", "市财政局"]),
        # A person is no unit; a clause inside the sentence is no closing one.
        ("由分管副市长负责。", []),
        ("由市科技局负责组织实施,年底前完成评估工作。", []),
        # A paragraph of its own after the item's text, with no 由.
        ("\n省质监局、工业和信息化厅、科技厅负责落实。", ["省质监局", "工业和信息化厅", "科技厅"]),
        # (a sentence of the text that only ends in 负责 names no unit)
        ("\n各级领导要亲自负责。", []),
        # A list that marks a change of kind with a comma, on a line of its own.
        (
            "\n由市发展改革委,各县市区人民政府,市经济开发区管委会负责落实",
            ["市发展改革委", "各县市区人民政府", "市经济开发区管委会"],
        ),
        # A body that organises the work, on a line of its own that may open with a dash.
        ("\n由市人口计生委和各县市区组织落实。", ["市人口计生委", "各县市区"]),
        ("\n──由市卫生局组织实施。", ["市卫生局"]),
        ("\n——由市卫生局组织推进。", ["市卫生局"]),
        # A body that takes the work on, or has a hand in it; the work the sentence is
        # about before 由.
        ("由省人大法制委员会具体负责。", ["省人大法制委员会"]),
        ("由省人大法制委员会承办。", ["省人大法制委员会"]),
        ("由省人大法制委员会、省司法厅共同负责。", ["省人大法制委员会", "省司法厅"]),
        ("此项工作由省人大法制委员会负责落实。", ["省人大法制委员会"]),
    ],
)
def test_a_closing_sentence_names_who_does_the_work(closing: str, lead: list[str]) -> None:
    text = f"江城省人大常委会2024年监督工作计划\n1.听取和审议省人民政府关于法治政府建设情况报告。{closing}\n"
    (item,) = parse(text).items()
    assert item.lead_departments == lead


@pytest.mark.parametrize(
    ("closing", "lead", "deadline"),
    [
        # The item's last clause, after a comma, names who does the work; and when it
        # is due, where a clause that ends in 完成 follows.
        (",由市科技局负责。", ["市科技局"], None),
        (",此项工作由市科技局负责。", ["市科技局"], None),
        ("。由市科技局负责推进,2025年底前完成。", ["市科技局"], "2025年底前完成"),
        # (words that name no office, and 由 inside a phrase, name none)
        (",由政府主导、企业负责。", [], None),
        (",建立由市科技局负责的协调机制。", [], None),
    ],
)
def test_a_closing_clause_names_who_does_the_work_and_when(
    closing: str, lead: list[str], deadline: str | None
) -> None:
    text = f"江城市2024年工作要点\n一、推进科技创新\n1.加快建设创新平台{closing}\n"
    (item,) = parse(text).items()
    assert (item.lead_departments, item.deadline) == (lead, deadline)


def test_a_closing_sentence_names_who_works_together_with_the_lead() -> None:
    text = (
        "江城市规划纲要主要目标任务分解\n一、任务分解\n1、城镇养老保险覆盖率达到90%。\n"
        "──由市劳动和社会保障局会同有关部门和各县市区组织落实。\n"
    )
    (item,) = parse(text).items()
    assert (item.lead_departments, item.supporting_departments) == (
        ["市劳动和社会保障局"],
        ["有关部门", "各县市区"],
    )


def test_a_heading_per_addressee_under_the_title_is_no_title() -> None:
    # The plan's title, then the list for one addressee headed as a title of its own.
    text = (
        "江城市2024年度食品安全工作责任清单\n"
        "江城市区级人民政府\n2024年度食品安全工作责任清单\n"
        "1.完成2024年食品安全重点工作指标任务。\n2.落实食品安全属地管理责任。\n3.加强监管能力建设。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.organization) == ("江城市2024年度食品安全工作责任清单", "江城市")


def test_a_headline_that_names_the_body_short_yields_to_the_split_title() -> None:
    text = (
        "【统计规划】江城二中2022-2023学年度学校工作计划\n作者: 来自: 时间:2023-07-13\n"
        "江城市第二中学\n2022—2023学年度学校工作计划\n" + BODY
    )
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "江城市第二中学2022—2023学年度学校工作计划",
        "江城市第二中学",
        None,
    )


def test_a_news_category_before_a_headline_gives_it_no_kind() -> None:
    text = "施政報告|李家超列110項KPI涵蓋土地房屋供應等一文看清百大指標\n" + BODY
    assert parse(text).title is None


def test_a_unit_line_after_text_outside_the_items_joins_none() -> None:
    # The item ends at its tag; the line after it belongs to no item, so the unit
    # line below it cannot reach back over it (every item's lines stay one run).
    text = (
        "江城市2024年工作要点\n一、重点任务\n"
        "1.推进项目建设。全年完成投资10亿元。（市发展改革委负责）\n"
        "上述任务年底前完成。\n"
        "牵头单位:市财政局\n"
    )
    notice = parse(text)
    (item,) = notice.items()
    assert (item.lead_departments, item.span.end_line) == (["市发展改革委"], 3)


def test_a_list_after_text_outside_the_item_joins_no_item() -> None:
    # A table's content cell ("1.… |") continues the item above only while the item
    # runs: after a line that belongs to no item, it opens items of its own.
    text = (
        "1. 全面公开各领域政府信息,做好公开目录完整。2.公开涉农补贴项目表。\n"
        "责任单位 |\n"
        "各县市区人民政府,市政府各部门、各直属机构:\n"
        "1.行政规范性文件集中公开 |\n"
        "2.基层政务公开提升 |\n"
    )
    notice = parse(text)  # (parse asserts the lossless contract)
    assert all(item.sub_items == [] for item in notice.items())


def test_a_line_of_several_labels_under_an_item() -> None:
    notice = parse(
        "江城省政协2015年协商工作计划\n三、界别协商(12项)\n(一)城镇供热领域的节能减排潜力和对策\n"
        "时间安排:4月 牵头界别组:无党派组 协商部门:省住建厅、经信委\n"
        "(二)加强高等职业教育规范管理\n时间安排:5月 牵头界别组:教育二组 协商部门:省教育厅\n"
    )
    assert items(notice) == [
        (1, "城镇供热领域的节能减排潜力和对策", ["无党派组"], ["省住建厅", "经信委"], "4月"),
        (2, "加强高等职业教育规范管理", ["教育二组"], ["省教育厅"], "5月"),
    ]


def test_a_monthly_plan_under_its_body_takes_its_year_from_its_date() -> None:
    notice = parse(
        "江城旗科学技术协会\n9月工作总结及10月工作计划\n旗委办、政府办:\n现将计划报告如下:\n"
        "一、10月工作计划\n1、开展科普信息员培训活动。\n2、继续招募科普志愿者。\n"
        "江城旗科学技术协会\n2020年9月29日\n"
    )
    assert (notice.title, notice.organization, notice.year) == (
        "江城旗科学技术协会9月工作总结及10月工作计划",
        "江城旗科学技术协会",
        2020,
    )
    assert "year-from-date" in [d.code for d in notice.diagnostics]


@pytest.mark.parametrize(
    ("notice_title", "title"),
    [
        # A notice that sets out an event, its plan under it, is the plan.
        ("关于举办2023年江城省科技活动周的通知", "关于举办2023年江城省科技活动周的通知"),
        # (the work perhaps urged: "切实做好")
        (
            "江城县爱卫会关于切实做好2015年春节前后爱国卫生工作的通知",
            "江城县爱卫会关于切实做好2015年春节前后爱国卫生工作的通知",
        ),
        # (or any verb of work to be done)
        (
            "江城市工信局关于巩固回升向好趋势加力振作工业经济的通知",
            "江城市工信局关于巩固回升向好趋势加力振作工业经济的通知",
        ),
        # One that hands a plan over names the plan instead.
        ("关于印发2023年江城省科技活动周方案的通知", "2023年江城省科技活动周方案"),
    ],
)
def test_a_notice_that_is_its_own_plan(notice_title: str, title: str) -> None:
    notice = parse(f"{notice_title}\n各市(州)科技局:\n现将有关事项通知如下。\n{BODY}")
    assert notice.title == title


def test_a_pages_headline_that_reports_the_notice_over_its_own_title() -> None:
    # "三部门联合印发《关于…的通知》" reports the notice; the notice's own title, under
    # its joint issuers, is the title, and its sections are the plan, not a letter's.
    text = (
        "三部门联合印发《关于加快科技创新的通知》\n时间:2022-11-30 | 来源:江城市科技局\n"
        "江城市科技局 江城市财政局关于加快科技创新的通知\n江科发〔2022〕160号\n各区科技局:\n"
        "为加快创新,现将有关事项通知如下。\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.notice_title == "江城市科技局 江城市财政局关于加快科技创新的通知"
    assert notice.title == "江城市科技局 江城市财政局关于加快科技创新的通知"
    assert [s.title for s in notice.sections] == ["重点任务"]


def test_a_pages_headline_cut_short_over_the_notice_title_said_whole() -> None:
    # (the headline stops at 关于; the notice title below says it all again)
    text = (
        "江城市科协科普部、江城市志愿服务促进中心 关于\n\n2022-07-15\n\n"
        "江城市科协科普部、江城市志愿服务促进中心 关于科技志愿服务项目申报的通知\n\n"
        "各区科协:\n为做好申报工作,现将有关事项通知如下。\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.notice_title == (
        "江城市科协科普部、江城市志愿服务促进中心 关于科技志愿服务项目申报的通知"
    )
    assert_lossless(text, notice)


def test_a_pages_headline_over_the_notice_title_that_names_its_issuer_in_full() -> None:
    # (the notice's own title adds the province or city its issuer belongs to)
    text = (
        "青山区人民政府办公室关于印发《青山区优化营商环境行动方案》的通知\n\n字号:\n\n"
        "江城市青山区人民政府办公室关于印发《青山区优化营商环境行动方案》的通知\n\n"
        "各镇人民政府,区政府各部门:\n经区政府同意,现将《青山区优化营商环境行动方案》印发给你们,"
        "请认真贯彻执行。\n2024年3月12日\n青山区优化营商环境行动方案\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市青山区人民政府办公室"
    assert notice.title == "青山区优化营商环境行动方案"


@pytest.mark.parametrize("span", ["20162018年)", "2020―2022年)"])
def test_a_title_wrapped_over_a_span_that_lost_its_dash(span: str) -> None:
    notice = parse(f"江城市医疗卫生强基创优行动计划\n\n{span}\n\n{BODY}")
    assert (notice.title, notice.year) == (f"江城市医疗卫生强基创优行动计划{span}", None)


@pytest.mark.parametrize(
    ("title", "organization", "year"),
    [
        ("国务院关于促进快递业发展的若干意见(2015年)", "国务院", 2015),
        ("江城市科普工作实施方案(2015年)", "江城市", 2015),
        # (the year a site updated or revised its copy is no year of the plan)
        ("江城市国民经济和社会发展第十四个五年规划纲要(2022年更新)", "江城市", None),
        ("江城市城市更新工作方案(2022年修订版)", "江城市", None),
    ],
)
def test_a_year_in_brackets_closing_the_title(
    title: str, organization: str, year: int | None
) -> None:
    notice = parse(f"{title}\n各省人民政府:\n现提出以下意见。\n{BODY}")
    assert (notice.title, notice.organization, notice.year) == (title, organization, year)


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        # (a school term whose year the copy lost ends the body's name, as a year does)
        ("江城第三小学学年第二学期学校工作计划", "江城第三小学"),
        ("江城实验中学第一学期工作计划", "江城实验中学"),
        ("学年第二学期工作计划", None),
    ],
)
def test_a_body_before_a_school_term_with_no_year(title: str, organization: str | None) -> None:
    notice = parse(f"{title}\n{BODY}")
    assert (notice.title, notice.organization, notice.year) == (title, organization, None)


def test_a_headline_over_the_plans_own_title_split_in_two() -> None:
    notice = parse(
        "江城市长城博物馆2023年工作计划\n作者:长城博物馆\n江城市长城博物馆\n2023年度工作计划\n"
        "博物馆继续深入贯彻党的二十大精神。\n" + BODY
    )
    assert (notice.title, notice.organization, notice.year) == (
        "江城市长城博物馆2023年度工作计划",
        "江城市长城博物馆",
        2023,
    )


def test_the_document_a_letter_hands_over_is_the_plan_whatever_its_kind() -> None:
    # "办理要求" names no kind of plan; the letter above names the document, and
    # the plan's own opening asks as a letter does ("现提出如下要求:").
    title = "2022年人大代表建议政协提案办理要求"
    lines = [
        "江城省人民政府办公厅关于印发2022年人大代表建议政协提案办理要求的通知",
        "各市人民政府,省政府各部门:",
        f"  现将《{title}》印发给你们,请认真贯彻执行。",
        "江城省人民政府办公厅",
        "2022年1月29日",
        title,
        "  办理代表建议政协提案是一项严肃的政治任务。为切实做好承办工作,现提出如下要求:",
        "  一、强化组织领导,坚持高位推动",
        "  各承办单位要高度重视代表建议政协提案承办工作。",
        "  二、坚持问题导向,提高办理质量",
        "  各承办单位要认真研究办理好每一件代表建议政协提案。",
    ]
    notice = parse("\n".join(lines))
    assert (notice.title, notice.year) == (title, 2022)
    assert notice.title_span is not None and notice.title_span.line == 6
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "强化组织领导,坚持高位推动"),
        (2, "坚持问题导向,提高办理质量"),
    ]


def test_a_notice_that_is_its_own_plan_on_a_dated_page_is_issued_by_its_title() -> None:
    # No signature in the excerpt: the page dates it, the title numbers it, and the
    # office before 关于 issues it.
    lines = [
        "江城市人民政府办公厅关于对2017年市政府为民办实事项目进行绩效考核的通知(江政办函〔2017〕33号)",
        "时间: 2017- 05- 17 15: 40 来源: 浏览次数:",
        "江城市人民政府办公厅关于对2017年",
        "市政府为民办实事项目进行绩效考核的通知",
        "江政办函〔2017〕33号",
        "各区、县(市)人民政府,市政府各部门:",
        "市政府决定,今年继续对为民办实事项目完成情况进行绩效考核。现将有关事项通知如下:",
        "一、纳入实事项目管理的内容",
        "(一)加大治水治气力度。完成河道清淤综合整治245公里。",
    ]
    notice = parse("\n".join(lines))
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.doc_number) == (
        "江城市人民政府办公厅",
        "江政办函〔2017〕33号",
    )


def test_an_implementing_measure_is_a_plan() -> None:
    notice = parse("关于推进安全生产领域改革发展的实施办法\n各县市区委:\n" + BODY)
    assert notice.title == "关于推进安全生产领域改革发展的实施办法"


@pytest.mark.parametrize(
    "line",
    [
        # A task table's header run together names columns, not a plan.
        "工作任务任务目标落实举措执行部门(单位)完成时间",
        "序号 工作重点 工作内容 具体任务 成果形式 责任部门",
        # The end of a sentence wrapped over lines closes a book title it did not open.
        "专项行动实施方案》",
        # ... also where it opens the next, as a PDF's line cuts a letter.
        "转换推动绿色低碳高质量发展分工落实方案》(以下简称《方",
        "展实施方案》《江城教育现代化2035》《江城县教育现代化",
        # A plan of a work of few words is any list's heading.
        "培训计划",
    ],
)
def test_lines_that_name_a_kind_but_are_no_title(line: str) -> None:
    notice = parse(f"{line}\n现将有关事项通知如下。\n{BODY}")
    assert notice.title is None


def test_a_library_signs_its_own_plan() -> None:
    notice = parse(f"江城县图书馆2014年工作计划\n{BODY}江城县图书馆\n2014年2月16日\n")
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城县图书馆", dt.date(2014, 2, 16))


def test_a_headline_naming_another_document_over_the_plans_title() -> None:
    notice = parse(
        "江城市创新券管理办法\n江城市关于发展众创空间推进大众创新创业的实施方案\n(征求意见稿)\n"
        "为贯彻落实有关意见,制定本实施方案。\n" + BODY
    )
    assert notice.title == "江城市关于发展众创空间推进大众创新创业的实施方案"


def test_unit_names_alone_on_a_line_after_the_item() -> None:
    notice = parse(
        "江城市政府2011年重点工作分解落实方案\n一、目标分解\n"
        "1、地区生产总值增长11.5%;地方财政收入增长12%。\n\n(市发改委、财政局,江城国税局、地税局)\n\n"
        "2、城镇居民人均可支配收入增长12%。\n\n(市发改委、农委、人保局,各市(县)、区政府)\n"
    )
    assert items(notice) == [
        (
            1,
            "地区生产总值增长11.5%;地方财政收入增长12%",
            ["市发改委", "财政局", "江城国税局", "地税局"],
            [],
            None,
        ),
        (
            2,
            "城镇居民人均可支配收入增长12%",
            ["市发改委", "农委", "人保局", "各市(县)、区政府"],
            [],
            None,
        ),
    ]


def test_a_labelled_unit_clause_run_in_after_the_items_sentence() -> None:
    notice = parse(
        "江城市2010年政府工作报告目标任务分解方案\n一、主要目标\n"
        "1.地区生产总值增长13.5%。主办单位:市发展和改革委员会、统计局。\n"
        "2.财政一般预算收入增长18%。主办单位:市财政局;协办单位:市地税局。\n"
    )
    assert items(notice) == [
        (1, "地区生产总值增长13.5%", ["市发展和改革委员会", "统计局"], [], None),
        (2, "财政一般预算收入增长18%", ["市财政局"], ["市地税局"], None),
    ]


def test_a_notice_that_divides_a_plan_it_cites_is_the_plan() -> None:
    notice = parse(
        "江城市人民政府办公厅关于落实江城市第十二个五年规划纲要主要目标和任务工作分工的通知\n"
        "(江府办发〔2012〕19号)\n各县(市)、区人民政府:\n"
        "市人大审议批准的《江城市国民经济和社会发展第十二个五年规划纲要》明确了目标任务,"
        "市政府决定将主要目标和任务分解落实到各部门。\n" + BODY
    )
    assert notice.title == (
        "江城市人民政府办公厅关于落实江城市第十二个五年规划纲要主要目标和任务工作分工的通知"
    )


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("为推动战略深入实施,明确2014年战略实施重点任务和措施,制定本计划。", 2014),
        ("为贯彻落实区域发展战略部署,2014年重点做好以下工作。", 2014),
        # Two years named in passing: none is taken.
        ("为深化改革,根据2013年全国会议部署,结合2014年工作实际,制定本计划。", None),
        # A deadline is no year of the plan, and neither is a baseline.
        ("为加快发展,力争到2025年基本建成现代化体系,制定本方案。", None),
        ("2020年,优良天数比率达到95%以上,投诉量比2017年下降30%。", 2020),
    ],
)
def test_the_year_an_untitled_plans_opening_names(opening: str, year: int | None) -> None:
    notice = parse(f"{opening}\n{BODY}")
    assert (notice.title, notice.year) == (None, year)


def test_an_untitled_plan_whose_preamble_names_no_year_takes_its_first_points() -> None:
    text = (
        "为深入打好大气污染防治攻坚战,持续改善我市环境空气质量,制定本工作计划。\n"
        "一、工作目标\n(一)空气质量改善目标\n"
        "2022年,我市PM2.5浓度不高于32微克/立方米,重污染天数不超过2天。\n"
        "二、重点任务\n1.推进项目建设。（市发展改革委负责）\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year) == (None, 2022)
    assert "year-from-opening" in [d.code for d in notice.diagnostics]
    # A preamble that names two years still settles none.
    two = "为深化改革,根据2013年全国会议部署,结合2014年工作实际,制定本计划。\n"
    assert parse(two + text.split("\n", 1)[1]).year is None


def test_a_page_that_starts_at_its_first_heading_opens_with_its_text() -> None:
    text = (
        "一、主要目标\n2020年,优良天数比率达到95%以上,投诉量比2017年下降30%。\n"
        "二、重点任务\n1.推进项目建设。（市发展改革委负责）\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year) == (None, 2020)
    assert "year-from-opening" in [d.code for d in notice.diagnostics]


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        # The first heading names the year's plan.
        ("一、2016年主要工作思路", 2016),
        ("一、2018年重点工作", 2018),
        # ... a year's results are not its own: it is the next year's plan.
        ("一、2015年工作回顾", 2016),
        # ... nor is a target set for a later year.
        ("一、到2020年的主要目标", None),
    ],
)
def test_the_year_an_untitled_plans_first_heading_names(heading: str, year: int | None) -> None:
    text = f"{heading}\n认真贯彻上级精神,推进各项工作。\n二、加强队伍建设\n1.开展业务培训。\n"
    notice = parse(text)
    assert (notice.title, notice.year) == (None, year)


def test_the_year_a_later_heading_names_after_last_years_review() -> None:
    # (a review of last year's work, its points dated, then the plan for the next)
    text = (
        "一、2022年工作总结\n2022年,我馆认真贯彻上级精神。\n1.组织召开研讨会。\n"
        "二、2023年工作谋划\n1.推进数字化升级改造。\n2.打造红色兵器园。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year) == (None, 2023)


@pytest.mark.parametrize(
    ("ending", "lead", "deadline"),
    [
        # A tag in lenticular brackets.
        ("【责任单位：市发改委】", ["市发改委"], None),
        # A deadline in brackets of its own after the tag.
        (
            "（市发改委、市财政局负责）（2025年12月底前完成）",
            ["市发改委", "市财政局"],
            "2025年12月底前完成",
        ),
        # ... its label no part of it.
        ("（牵头单位：市发改委）（完成时限：2025年底）", ["市发改委"], "2025年底"),
        ("（牵头单位：市发改委）（时间安排：持续推进）", ["市发改委"], "持续推进"),
        # A year in brackets after a figure is the measure's, not a deadline.
        ("全年完成投资10亿元（2025年）。", [], None),
    ],
)
def test_tags_in_other_brackets_and_deadlines_apart(
    ending: str, lead: list[str], deadline: str | None
) -> None:
    text = f"江城市2025年工作要点\n一、重点任务\n1.推进项目建设。{ending}\n"
    (item,) = parse(text).items()
    assert (item.title, item.lead_departments, item.deadline) == ("推进项目建设", lead, deadline)


def test_a_sites_bulleted_menu_above_the_title_is_page_furniture() -> None:
    menu = ["• 网站首页", "• 信息公开指南", "• 学院信息公开", "• 申请公开"]
    text = "\n".join(["信息公开", *menu, "", "江城学院全面推进“三全育人”综合改革实施方案", BODY])
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "江城学院全面推进“三全育人”综合改革实施方案"
    assert [c.text for c in notice.source.chrome if c.kind == "breadcrumb"] == menu
    # Bulleted measures of a plan are no menu, however short: they stand under its title.
    measures = ["- 推动研发工作", "- 发展高增值及科技产业", "- 推广信息及通讯科技"]
    notice = parse("\n".join(["江城特区2018年施政方针", *measures]))
    assert not [c for c in notice.source.chrome if c.kind == "breadcrumb"]


def test_a_sites_list_of_links_above_the_notice_is_page_furniture() -> None:
    # Each link sets its own dot after the list's dash, however long its title.
    links = [
        "- ·关于组织开展2024年全市“民法典宣传月” 活动的",
        "- ·关于印发《2024年全市守法普法工作要点》 的通知",
        "- · 关于报送2024年度普法责任清单的通知",
    ]
    text = "\n".join(
        [
            "更多>>信息公告",
            *links,
            "江城市普法办 关于印发《2018年全市普法依法治理工作要点》的通知",
            "各区普法办,市直各部门:",
            "现将《2018年全市普法依法治理工作要点》印发给你们,请认真贯彻落实。",
            "江城市普法办",
            "2018年3月14日",
            "2018年是贯彻党的十九大精神的开局之年,全市普法工作总体要求是:深入推进。",
        ]
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "2018年全市普法依法治理工作要点"
    assert [c.text for c in notice.source.chrome] == ["更多>>信息公告", *links]
    assert notice.header is not None and notice.header.issuer == "江城市普法办"


def test_an_opening_that_sets_out_the_plan_is_no_list_of_addressees() -> None:
    opening = "为更好地开展工作,根据省文物局的工作安排,结合我馆的实际,制定2017年工作计划:"
    items = "".join(
        f"{n}、继续做好免费开放工作,优化服务环境,拓展服务手段,提升服务水平。\n" for n in range(1, 5)
    )
    notice = parse(f"{opening}\n{items}")
    assert notice.header is None or notice.header.addressees == []
    assert notice.year == 2017
    addressed = parse(
        "关于印发《江城市科协2024年工作要点》的通知\n各区科协,市科协各部门:\n"
        "现将《江城市科协2024年工作要点》印发给你们,请认真贯彻落实。\n江城市科协\n2024年1月5日\n"
        "江城市科协2024年工作要点\n" + BODY
    )
    assert addressed.header is not None
    assert addressed.header.addressees == ["各区科协", "市科协各部门"]


def test_labels_over_lists_that_each_count_again_from_one_are_groups() -> None:
    text = (
        "关于2024年第一次教职工政治理论学习的通知\n各系、中心、办公室:\n"
        "现将2024年第一次教职工政治理论学习有关事宜通知如下:\n"
        "一、学习时间\n3月28日(星期四)下午\n二、学习内容\n"
        "集中学习内容:\n1.2024年全国两会精神;\n2.习近平总书记关于发展新质生产力的重要论述。\n"
        "自学内容:\n1.《党史学习教育工作条例》;\n2.“国家工程师奖”表彰大会精神。\n"
        "三、有关要求\n1.确保教职工学习全员覆盖。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    learning = notice.sections[1]
    assert [g.title for g in learning.groups] == ["集中学习内容", "自学内容"]
    assert [(i.group.title if i.group else None, i.number) for i in learning.items] == [
        ("集中学习内容", 1),
        ("集中学习内容", 2),
        ("自学内容", 1),
        ("自学内容", 2),
    ]
    # (one label alone only introduces its list: "要求如下:" / "1.…")
    single = parse(text.replace("自学内容:\n1.《党史学习教育工作条例》;\n2.", "3."))
    assert single.sections[1].groups == []


def test_an_untitled_plan_that_opens_on_the_day_of_its_occasion_is_that_years() -> None:
    notice = parse(
        "2011年5月8日,是第64个世界红十字日。为纪念世界红十字日,开展红十字博爱周活动,"
        "特制定本方案。\n一、成立博爱周领导小组\n二、活动内容\n1.开展红十字知识宣传活动。\n"
    )
    assert (notice.title, notice.year) == (None, 2011)
    warned = [d for d in notice.diagnostics if d.code == "year-from-opening"]
    assert [d.line for d in warned] == [1]


def test_an_opening_on_the_year_it_plans_is_no_list_of_addressees() -> None:
    # (the colon closes the frame the year's plan is built on, not a list of bodies)
    opening = "2024年,江城县科协将聚焦科技创新、科普为民两大核心,系统构建“123”年度工作体系:"
    items = "".join(
        f"{n}、继续做好科普场馆免费开放工作,优化服务环境,提升服务水平。\n" for n in range(1, 4)
    )
    notice = parse(f"{opening}\n{items}")
    assert notice.header is None or notice.header.addressees == []
    assert notice.year == 2024
    assert notice.preamble is not None and notice.preamble.startswith("2024年,江城县科协将")


def test_a_law_library_box_names_the_office_in_full_and_dates_the_notice() -> None:
    # The box's lines are page furniture; its 制定机关 names in full the office the
    # notice names by its level alone, and its 公布日期 dates a notice cut before its
    # signature.
    text = (
        "文章属性\n"
        "∙【制定机关】江城市人民政府办公厅\n"
        "∙【公布日期】2020.01.17\n"
        "∙【字 号】江政办〔2020〕1号\n"
        "∙【效力等级】地方规范性文件\n"
        "正文\n"
        "市人民政府办公厅关于印发2020年市政府工作报告主要目标任务责任分解方案的通知\n"
        "江政办〔2020〕1号\n"
        "各区人民政府,市人民政府各部门:\n"
        "《2020年市政府工作报告主要目标任务责任分解方案》已经市人民政府同意,现印发给你们,"
        "请认真贯彻执行。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市人民政府办公厅"
    assert notice.header.date == dt.date(2020, 1, 17)
    assert notice.header.doc_number == "江政办〔2020〕1号"
    assert [c.kind for c in notice.source.chrome][:4] == ["metadata"] * 4


def test_a_signature_by_level_alone_is_the_office_the_notice_title_names_in_full() -> None:
    text = (
        "江城省人民政府关于印发江城省政务服务标准化工作实施方案的通知\n"
        "各市人民政府,省政府各部门:\n"
        "现将《江城省政务服务标准化工作实施方案》印发给你们,请认真组织实施。\n"
        "省人民政府\n2022年11月28日\n"
        "江城省政务服务标准化工作实施方案\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城省人民政府", dt.date(2022, 11, 28))


def test_a_posting_date_glued_before_the_adoption_note_dates_nothing() -> None:
    # The plan's date is the meeting's that adopted it, not the page's posting.
    text = (
        "2024-05-11(2024年3月21日自治区人大常委会第24次主任会议通过)\n"
        "2024年是自治区人大常委会争先领跑提速之年。\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None and notice.header.date == dt.date(2024, 3, 21)
    assert_lossless(text, notice)


def test_a_sharing_sites_numbered_tips_on_downloading_are_page_furniture() -> None:
    tips = [
        "温馨提示:",
        "1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题。",
        "2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。",
        "3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。",
        "网站客服:3074922707",
    ]
    text = "\n".join([*tips, "团市委2023年工作要点", BODY])
    notice = parse(text)
    assert notice.title == "团市委2023年工作要点"
    assert [c.text for c in notice.source.chrome] == tips
    # A plan's own item about downloads is no tip.
    notice = parse("江城市2023年工作要点\n一、重点任务\n1.做好文档下载服务平台建设。加快建设。\n")
    assert [i.title for i in notice.items()] == ["做好文档下载服务平台建设"]


def test_decimal_items_under_their_sections_numbered_in_words() -> None:
    # "二、重点任务" over "2.1", "2.2": the N.M lines are the items of section N.
    text = (
        "江城市2025年工作要点\n一、总体要求\n坚持稳中求进,全年增长5.5%。\n"
        "二、重点任务\n2.1 推进科技创新。加快建设。\n2.2 扩大有效投资。加快建设。\n"
        "三、保障措施\n3.1 加强组织领导。\n"
    )
    notice = parse(text)
    assert [(s.number, [(i.number, i.title) for i in s.items]) for s in notice.sections] == [
        (1, []),
        (2, [(1, "推进科技创新"), (2, "扩大有效投资")]),
        (3, [(1, "加强组织领导")]),
    ]
    # A decimal line under another section's heading is text: "1.5倍" is no item 1.5.
    notice = parse("江城市2025年工作要点\n二、重点任务\n1.推进项目建设。增长1.5倍。\n")
    assert [(i.number, i.title) for i in notice.items()] == [(1, "推进项目建设")]


def test_decimal_items_under_their_own_n_line_are_its_group() -> None:
    # "一、…" over "1.主动承接…" over "1.1", "1.2": the "N." lines are the section's
    # groups, and the N.M lines under each are its items, counted from 1 in each.
    text = (
        "一、全面落实重大任务\n1.主动承接制度创新\n1.1复制借鉴创新制度。提升便利化水平。\n"
        "1.2推动加工区转型。提升服务水平。\n2.着力激发创新活力\n"
        "2.1开展政策解读宣传。推荐一批企业。\n2.2做好上市辅导。促进深度融合。\n"
        "二、推动经济高质量发展\n1.增强创新策源能力\n1.1建立工作机制。研究出台政策。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [(i.group.title if i.group else None, i.number, i.title) for i in notice.items()] == [
        ("主动承接制度创新", 1, "复制借鉴创新制度"),
        ("主动承接制度创新", 2, "推动加工区转型"),
        ("着力激发创新活力", 1, "开展政策解读宣传"),
        ("着力激发创新活力", 2, "做好上市辅导"),
        ("增强创新策源能力", 1, "建立工作机制"),
    ]


def test_chapters_are_the_sections_of_a_plan_with_no_numbered_headings() -> None:
    # "第一章  现实基础" over unnumbered paragraphs: the chapters are the sections.
    text = (
        "江城市体制改革试点工作方案\n根据省委部署,制订本方案。\n"
        "第一章  现实基础\n江城历史文化悠久。\n第二章 主要任务\n(一)深化放权改革。加快推进。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "现实基础"), (2, "主要任务")]
    assert [i.title for i in notice.items()] == ["深化放权改革"]
    # Where 一、 headings stand under the chapters, they are the sections.
    text = "江城市发展规划\n第一章 发展环境\n一、发展基础\n成效明显。\n二、面临形势\n机遇难得。\n"
    assert [s.title for s in parse(text).sections] == ["发展基础", "面临形势"]
    # A chapter out of sequence is text: "第三章" alone opens no section.
    assert parse("江城市发展规划\n第三章 主要任务\n成效明显。\n").sections == []
    # A chapter glued to its name, as a copy that lost the space sets it.
    text = "江城市社会信用体系建设规划\n第一章社会信用体系建设总体思路\n加快推进。\n"
    assert [(s.number, s.title) for s in parse(text).sections] == [(1, "社会信用体系建设总体思路")]
    # A standard heading glued to its chapter's first paragraph: the heading titles it.
    text = (
        "第一章 发展基础“十三五”时期,全市各级机关事务管理部门以新发展理念为指导,"
        "持续深化重点领域改革,机关事务工作迈上新台阶。\n强化政治建设。\n第二章 总体要求\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "发展基础"), (2, "总体要求")]
    assert notice.sections[0].intro is not None
    assert notice.sections[0].intro.startswith("“十三五”时期")
    assert_lossless(text, notice)


def test_a_chapter_whose_name_opens_with_a_quoted_period_is_a_section() -> None:
    # "第一章  “十一五”林业发展基本情况": a 规划's review chapter names the last
    # five-year period in quotes; its 节 below stay text of the chapter.
    text = (
        "江城市“十二五”林业发展规划\n\n   “十二五”时期是关键时期。制定本规划。\n\n"
        "第一章  “十一五”林业发展基本情况\n\n第一节  主要成就\n\n    全市林业稳步发展。\n\n"
        "第二章  总体思路\n\n    坚持生态优先。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "“十一五”林业发展基本情况"),
        (2, "总体思路"),
    ]
    assert notice.preamble == "“十二五”时期是关键时期。制定本规划。"
    # With no space after its number too, over the chapter's first point.
    glued = (
        "江城市博物馆“十四五”规划\n发布时间:\n2036-12-12\n"
        "  江城市博物馆是全市唯一的综合性博物馆。\n"
        "  第一章“十四五”时期博物馆事业发展形势分析\n"
        "  (一)文明交流互鉴为博物馆事业发展提供强大动力。\n  文物事业迎来新空间。\n"
    )
    notice = parse(glued)
    assert_lossless(glued, notice)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "“十四五”时期博物馆事业发展形势分析")
    ]
    # A chapter whose name is a quote alone is no heading of a plan.
    assert (
        parse("江城市林业规划\n为发展制定本规划。\n第一章 “\n全市林业稳步发展。\n").sections == []
    )


def test_a_letters_points_over_an_attached_plan_are_no_sections() -> None:
    # "通知如下:一、…二、…" then "附件:…任务分解表": the plan is the attachment, the
    # points ask how to carry it out; a notice that attaches a form keeps its sections.
    letter = (
        "各镇政府、区直各单位:\n区政府决定对工作任务实施部门分工负责制。现将有关事项通知如下:\n"
        "一、各牵头单位要按照《2007年江城区政府工作主要任务分解表》(详见附件)的要求,做好细化实施方案。\n"
        "二、各部门要在每季度末将完成任务的进展情况报区督查组。\n"
    )
    notice = parse(letter + "附件:2007年江城区政府工作主要任务分解表\n二○○七年四月十三日\n")
    assert notice.sections == []
    assert notice.header is not None and notice.header.date == dt.date(2007, 4, 13)
    notice = parse(letter + "附件:回执\n二○○七年四月十三日\n")
    assert [s.number for s in notice.sections] == [1, 2]


def test_a_page_run_into_one_line_with_a_space_before_the_items_dot() -> None:
    # A PDF's text: "…。一、大力加强职工思想政治引领1 .坚持用…。2 .打造…": the heading
    # ends where the item's number starts, not at the space inside "1 .".
    opening = (
        "全区工会工作的总体要求是:坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。"
        * 3
    )
    text = (
        "XX区总工会2024年工作要点"
        + opening
        + "一、大力加强职工思想政治引领1 .坚持用党的新思想凝心聚魂。将学习宣传作为首要政治任务。"
        + "2 .打造健康向上的职工文化。举办形式多样的活动。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "大力加强职工思想政治引领")]
    assert [(i.number, i.title) for i in notice.items()] == [
        (1, "坚持用党的新思想凝心聚魂"),
        (2, "打造健康向上的职工文化"),
    ]


def test_a_title_with_its_bodys_name_after_a_space_on_one_line() -> None:
    # "2015年工作要点 四川省关心下一代工作委员会": the title, then its byline.
    text = (
        "2014年工作情况和2015年工作要点 江城市关心下一代工作委员会\n\n"
        "2014年,全市各级关工委做了大量工作。\n一、2014年工作情况\n1、加强组织建设。成效明显。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year) == ("2014年工作情况和2015年工作要点", 2015)
    assert notice.header is not None and notice.header.issuer == "江城市关心下一代工作委员会"
    # A title line with words after it that name no body stays one title line.
    notice = parse("江城市科协2015年工作要点 全文\n一、加强组织建设\n1、建强基层组织。成效明显。\n")
    assert notice.header is None
    assert notice.title == "江城市科协2015年工作要点 全文"


@pytest.mark.parametrize(
    ("tag", "lead"),
    [
        # (names a space sets apart, each ending like an office)
        ("（市科技局 市财政局）", ["市科技局", "市财政局"]),
        ("（责任单位：县文化馆 县图书馆）", ["县文化馆", "县图书馆"]),
        # (a county bureau's sections, 股室, and their names ending in 股)
        ("（责任股室：计财股）", ["计财股"]),
        ("（文化宣传股、广电事业股负责）", ["文化宣传股", "广电事业股"]),
    ],
)
def test_units_set_apart_by_spaces_and_a_county_bureaus_sections(tag: str, lead: list[str]) -> None:
    notice = parse(f"江城县2024年工作要点\n一、推进文化建设\n1.加快建设文化阵地。推动阅读。{tag}\n")
    assert next(notice.items()).lead_departments == lead


def test_a_space_inside_a_name_is_no_list() -> None:
    # "江城市科学 技术协会": a name a wrap broke, its first part no office's name.
    notice = parse(
        "江城市2024年工作要点\n一、加强党的建设\n1.建强基层组织。推动覆盖。（责任单位：江城市科学 技术协会）\n"
    )
    assert next(notice.items()).lead_departments == ["江城市科学 技术协会"]


@pytest.mark.parametrize(
    ("after", "lead", "support", "deadline"),
    [
        # (labels a space sets apart after the item's last sentence, with no brackets)
        (" 牵头单位：市科技局 责任单位：市财政局", ["市科技局"], ["市财政局"], None),
        (
            "牵头单位：市科技局 配合单位：市财政局 完成时限：2024年底",
            ["市科技局"],
            ["市财政局"],
            "2024年底",
        ),
        # (a comma before the deadline's label)
        ("牵头单位：市科技局，完成时限：2024年底", ["市科技局"], [], "2024年底"),
        ("责任单位：市科技局；完成时间：2024年6月。", ["市科技局"], [], "2024年6月"),
        # (compound labels: the work after the role, a level before it)
        (
            "牵头负责单位：市科技局 协调配合单位：市财政局 完成时限：2024年底",
            ["市科技局"],
            ["市财政局"],
            "2024年底",
        ),
        ("市直责任单位：市科技局；完成时间：2024年6月。", ["市科技局"], [], "2024年6月"),
    ],
)
def test_labels_after_the_items_last_sentence_set_apart_by_spaces_or_commas(
    after: str, lead: list[str], support: list[str], deadline: str | None
) -> None:
    notice = parse(
        f"江城市2024年工作要点\n一、推进科技创新\n1.加快建设创新平台。推动企业研发。{after}\n"
    )
    item = next(notice.items())
    assert (item.lead_departments, item.supporting_departments, item.deadline) == (
        lead,
        support,
        deadline,
    )
    assert [m.text for m in item.measures][-1] == "推动企业研发。"


def test_a_headline_naming_no_body_over_the_plans_title_split_in_two() -> None:
    # The page's headline, its date line, then the plan's own title: the body on one
    # line, the year and kind on the next.
    text = (
        "2008年政府工作计划\n\n发布时间:2008年05月10日    来源:上谷镇\n\n"
        "上谷乡人民政府\n\n2008年工作谋划\n\n"
        "按县政府要求,我乡详实地谋划2008年工作,具体谋划工作如下:\n"
        "一、农业产业化工作谋划情况\n1、以养猪专业合作社为动力,重点辐射带动周边村。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "上谷乡人民政府2008年工作谋划",
        "上谷乡人民政府",
        2008,
    )


def test_a_lawyers_portals_bulleted_box_is_page_furniture_that_numbers_the_notice() -> None:
    # "• 【发布文号】…", "• 【生效日期】…": a metadata box in bullets, never a dash list.
    text = (
        "好律师> 法律法规库> 政策参考> 江城省人民政府2006年重点工作安排意见\n"
        "  • 【发布单位】江城省\n  • 【发布文号】江政〔2006〕27号\n  • 【发布日期】2006-03-24\n"
        "  • 【生效日期】2006-03-24\n  • 【失效日期】--\n  • 【文件来源】江城省\n"
        "江城省人民政府2006年重点工作安排意见\n"
        "各市、县人民政府,省政府各部门:\n"
        "现将《江城省人民政府2006年重点工作安排意见》印发给你们,请认真贯彻落实。\n"
        "一、加快结构调整\n1.大力发展高新技术产业。加快建设。\n"
    )
    notice = parse(text)
    assert notice.title == "江城省人民政府2006年重点工作安排意见"
    assert notice.header is not None and notice.header.doc_number == "江政〔2006〕27号"
    assert [c.kind for c in notice.source.chrome][1:7] == ["metadata"] * 6
    assert [(s.number, s.title) for s in notice.sections] == [(1, "加快结构调整")]


def test_a_disclosure_catalogues_box_is_page_furniture() -> None:
    # "您当前的位置:", "法定主动公开分类: 公开方式:…", "文件编号: 发布机构:…": no
    # addressees and no letter; the body under the title is the byline.
    text = (
        "您当前的位置:\n首页 >> 政务公开 >> 正文\n信息名称:2012年度环保工作计划\n"
        "法定主动公开分类: 公开方式:主动公开\n文件编号: 发布机构:市环保局\n"
        "生成日期:2012-02-25 公开日期:2012-03-06 废止日期:有效\n"
        "2012年度环保工作计划\n\n江城市环保局\n\n"
        "2012年我市环保工作将深入贯彻落实科学发展观,全面建设生态文明。\n"
        "一、加强污染治理\n1.推进减排。加快建设。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert (notice.header.addressees, notice.header.cover_letter) == ([], None)
    assert (notice.header.issuer, notice.header.doc_number) == ("江城市环保局", None)
    assert notice.source.chrome[0].kind == "breadcrumb"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("文件编号: 江政办发〔2021〕3号", "江政办发〔2021〕3号"),
        ("文件编号: 发布机构:市环保局", None),
        # (the next field's label glued to the number's 号, the label letter-spaced)
        (
            "发文单位:江城市人民政府 文  号:江政办发[2002]23号发布日期:2002-2-26",
            "江政办发[2002]23号",
        ),
        # (a law database's box calls it 字号, as a page calls its type size)
        ("【字号】江政办发〔2021〕3号", "江政办发〔2021〕3号"),
        ("字号: 大 中 小", None),
        ("【字号:大 中 小】 文号: 江政办发〔2021〕3号", "江政办发〔2021〕3号"),
        # (its figures keyed full-width)
        (
            "文号: 江政办发〔\uff12\uff10\uff12\uff11〕\uff13号",
            "江政办发〔\uff12\uff10\uff12\uff11〕\uff13号",
        ),
    ],
)
def test_a_catalogues_file_number_is_the_notices_own(line: str, number: str | None) -> None:
    text = (
        f"{line}\n江城市人民政府办公室关于印发江城市2021年工作要点的通知\n各区人民政府:\n"
        "现将工作要点印发给你们,请认真贯彻落实。\n江城市人民政府办公室\n2021年3月1日\n"
        "江城市2021年工作要点\n一、总体要求\n坚持稳中求进。\n二、重点任务\n1.推进创新。加快建设。\n"
    )
    notice = parse(text)
    assert notice.header is not None and notice.header.doc_number == number


def test_a_tables_time_cell_run_in_after_the_items_last_sentence() -> None:
    # A row joined with its time cell: "…研究部署工作。4月份"; a number that is no time
    # stays a measure.
    text = (
        "江城市2015年民族宗教重点工作\n一、重点任务\n"
        "1.召开全市民族工作会议,研究部署下一阶段工作。4月份\n"
        "2.开展创建活动。12月底前 |\n"
        "3.成立联络站。建成3个。\n"
    )
    notice = parse(text)
    assert [(i.title, i.deadline, len(i.measures)) for i in notice.items()] == [
        ("召开全市民族工作会议,研究部署下一阶段工作", "4月份", 0),
        ("开展创建活动", "12月底前", 0),
        ("成立联络站", None, 1),
    ]
    assert "truncated-item" not in [d.code for d in notice.diagnostics]


@pytest.mark.parametrize(
    ("upper", "lower", "title", "organization"),
    [
        # (a title of nothing but its year and kind: the subject above is its upper half)
        ("区农业农村工作", "2022年工作要点", "区农业农村工作2022年工作要点", "区农业农村工作"),
        # (a body's name over a title that opens with the field it works in)
        (
            "江城县教育局",
            "基础教育2019年工作计划",
            "江城县教育局基础教育2019年工作计划",
            "江城县教育局",
        ),
    ],
)
def test_a_title_split_under_its_subject_or_body_is_joined(
    upper: str, lower: str, title: str, organization: str
) -> None:
    text = f"{upper}\n{lower}\n2019年,全县工作坚持稳中求进。\n一、加强德育工作\n1.开展主题教育。\n"
    notice = parse(text)
    assert (notice.title, notice.organization) == (title, organization)


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        # (a field of work after the body is no part of its name)
        ("江城县教育局基础教育2019年工作计划", "江城县教育局"),
        # (an office after the body is: a department of it)
        ("中国科协科普部2019年工作要点", "中国科协科普部"),
        # (and so is a second name in brackets)
        ("江城市教育局(市委教育工委)2019年工作要点", "江城市教育局(市委教育工委)"),
        # (a place, then a verb, in a title with no year: no county 提升县)
        ("江城市提升县(市、区)城市管理水平三年行动计划", "江城市"),
        # (a place, then a verb, then the body set up for that task: its whole name)
        (
            "江城区创建国家生态文明建设示范区指挥部办公室2019年度创建工作计划",
            "江城区创建国家生态文明建设示范区指挥部办公室",
        ),
        ("江城市推进乡村振兴工作领导小组2023年工作要点", "江城市推进乡村振兴工作领导小组"),
    ],
)
def test_the_body_a_title_names_before_its_year(title: str, organization: str) -> None:
    assert parse(f"{title}\n一、加强德育工作\n1.开展主题教育。\n").organization == organization


def test_a_doc_number_opening_a_line_with_the_plans_text_after_it() -> None:
    # The words after the space run to a comma: the plan's text, not a title.
    text = (
        "甘肃省关于推进防灾减灾救灾体制机制改革的实施意见\n"
        "甘发〔2017〕25号 防灾减灾救灾工作事关人民群众生命财产安全，事关社会和谐稳定。\n"
        "一、总体要求\n（一）指导思想。坚持以人民为中心。\n"
    )
    notice = parse_notice(text)
    assert notice.header is not None and notice.header.doc_number == "甘发〔2017〕25号"
    assert notice.title == "甘肃省关于推进防灾减灾救灾体制机制改革的实施意见"
    assert notice.preamble == "防灾减灾救灾工作事关人民群众生命财产安全，事关社会和谐稳定。"
    assert_lossless(text, notice)


def test_bare_group_headings_over_bracketed_points_group_them() -> None:
    # A legislative plan: "（一）审议项目(3件)" heads the laws "（1）…" under it.
    text = (
        "江城市人大常委会2021年立法工作计划\n一、项目安排\n"
        "（一）审议项目(2件)\n（1）《江城市城市综合管理条例》(拟4月份审议)\n"
        "（2）《江城市文明行为促进条例》(拟6月份审议)\n"
        "（二）调研项目(1件)\n（1）《江城市古桥保护条例》\n"
    )
    notice = parse(text)
    assert [(i.group.title if i.group else None, i.title) for i in notice.items()] == [
        ("审议项目(2件)", "《江城市城市综合管理条例》(拟4月份审议)"),
        ("审议项目(2件)", "《江城市文明行为促进条例》(拟6月份审议)"),
        ("调研项目(1件)", "《江城市古桥保护条例》"),
    ]


def test_group_headings_with_a_sentence_stay_items_with_their_points() -> None:
    # "（一）加强组织领导。…" is an item of its own; its "（1）" points stay inside it.
    text = (
        "江城市2021年工作要点\n一、保障措施\n"
        "（一）加强组织领导。各部门要落实责任。\n（1）建立台账。\n（2）定期调度。\n"
        "（二）强化督查考核。\n"
    )
    notice = parse(text)
    assert [(i.title, len(i.sub_items)) for i in notice.items()] == [
        ("加强组织领导", 2),
        ("强化督查考核", 0),
    ]


def test_a_site_templates_contact_block_is_page_furniture() -> None:
    # Each label and its value a bullet of their own, over the cover notice.
    text = (
        "- 手机:\n- 18888889999\n- 邮箱:\n- admin@example.com\n- 地址:\n- 江城市玉沙路58号\n"
        "各区科协:\n现将《江城市科技馆体系建设规划纲要(2021—2035年)》印发给你们,请认真贯彻落实。\n"
        "江城市科学技术协会\n2022年9月5日\n"
        "江城市科技馆体系建设规划纲要\n(2021—2035年)\n一、总体要求\n（一）指导思想。坚持。\n"
    )
    notice = parse(text)
    assert [c.kind for c in notice.source.chrome] == ["breadcrumb"] * 6
    assert notice.title == "江城市科技馆体系建设规划纲要(2021—2035年)"
    assert [(s.number, s.title) for s in notice.sections] == [(1, "总体要求")]


@pytest.mark.parametrize(
    "title_lines",
    [
        # (broken after 和, the year and the rest below)
        "江城州\n国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要",
        # (broken after the year joined by 和)
        "江城州国民经济和社会发展\n第十四个五年规划和2035年\n远景目标纲要",
    ],
)
def test_a_five_year_outlines_cover_page(title_lines: str) -> None:
    # The title over three lines, the note of the meeting that adopted it, then the
    # body that issued it, alone on its line; 2035 is a goal's year, not the plan's.
    text = (
        f"{title_lines}\n(2021年1月3日江城州第十四届人民代表大会第五次会议通过)\n"
        "江城州人民政府\n目 录\n"
        "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n"
    )
    notice = parse(text)
    assert notice.title == "江城州国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert (notice.organization, notice.year) == ("江城州", None)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城州人民政府", dt.date(2021, 1, 3))


def test_a_sharing_sites_tips_on_downloading_are_no_items() -> None:
    notice = parse(
        "江城市林业局关于印发《江城市林业局2016年工作要点》的通知\n"
        "合集下载\n"
        "  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充等附加服务。\n"
        '  2. 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。\n'
        "  3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。\n"
        "江城市林业局关于印发《江城市林业局2016年工作要点》的通知\n"
        "(江林办发〔2016〕1号)\n"
        "各县林业局:\n现将《江城市林业局2016年工作要点》印发给你们,请认真贯彻落实。\n"
        "江城市林业局\n2016年2月1日\n"
        "江城市林业局2016年工作要点\n"
        "一、加快国土绿化\n1.推进造林绿化。全年完成造林10万亩。\n"
    )
    assert notice.header is not None
    assert (notice.title, notice.header.doc_number) == (
        "江城市林业局2016年工作要点",
        "江林办发〔2016〕1号",
    )
    assert [(s.title, [i.title for i in s.items]) for s in notice.sections] == [
        ("加快国土绿化", ["推进造林绿化"])
    ]


def test_a_forwarding_notice_title_wrapped_over_three_lines_and_dated_after_its_number() -> None:
    # The State Council's form: the office that forwards opens the title, which
    # wraps after a body's name; the date stands after the 文号, in Chinese numerals.
    notice = parse(
        "江城省人民政府办公厅转发江城省红十字会\n"
        "总会关于进一步加强红十字会\n"
        "工作意见的通知\n"
        "江政办发[2004]85号 二○○四年十一月二十六日\n"
        "江城省红十字会总会《关于进一步加强红十字会工作的意见》已经省政府同意,现转发给你们,"
        "请认真贯彻执行。\n"
        "关于进一步加强红十字会工作的意见\n"
        "一、充分认识红十字会的地位和作用\n1.加强组织建设。健全各级红十字会。\n"
    )
    assert notice.header is not None
    header = notice.header
    assert (
        header.notice_title
        == "江城省人民政府办公厅转发江城省红十字会总会关于进一步加强红十字会工作意见的通知"
    )
    assert (header.issuer, header.date, header.doc_number) == (
        "江城省人民政府办公厅",
        dt.date(2004, 11, 26),
        "江政办发[2004]85号",
    )
    assert notice.title == "关于进一步加强红十字会工作的意见"


@pytest.mark.parametrize(
    "notice_title",
    [
        "江城市人民政府关于印发江城市妇女发展规划(2016—2020年)和江城市儿童发展规划"
        "(2016—2020年)的通知\n",
        # (no notice title: the letter alone hands the two plans over)
        "",
    ],
)
def test_of_two_plans_handed_over_the_first_is_the_one_that_follows(notice_title: str) -> None:
    notice = parse(
        notice_title + "《江城市妇女发展规划(2016—2020年)》和《江城市儿童发展规划(2016—2020年)》"
        "已经市政府同意,现印发给你们,请结合实际,认真贯彻落实。\n"
        "妇女发展是社会文明进步的标尺。\n"
        "一、发展现状\n1.妇女就业持续扩大。全市女性从业人员占45%。\n"
    )
    assert notice.title == "江城市妇女发展规划(2016—2020年)"


def test_a_doc_number_in_brackets_before_the_notice_title_leaves_none_behind() -> None:
    notice = parse(
        "【国管节能〔2026〕28号】国管局关于2026年公共机构节约能源资源工作安排的通知\n"
        "一、发挥典型示范作用\n1.开展遴选。按要求开展公共机构水效领跑者遴选。\n"
    )
    assert notice.header is not None
    assert (notice.header.notice_title, notice.header.doc_number, notice.header.issuer) == (
        "国管局关于2026年公共机构节约能源资源工作安排的通知",
        "国管节能〔2026〕28号",
        "国管局",
    )


@pytest.mark.parametrize(
    "signer",
    ["江城县图书馆", "江城区人民政府教育督导室", "中国人民银行江城分行", "江城铁路局集团有限公司"],
)
def test_bodies_that_sign_beside_an_office(signer: str) -> None:
    notice = parse(
        "关于印发《江城市2024年工作要点》的通知\n各有关单位:\n"
        "现将《江城市2024年工作要点》印发给你们,请认真贯彻落实。\n"
        f"江城市科学技术局\n{signer}\n2024年3月1日\n江城市2024年工作要点\n" + BODY
    )
    assert notice.header is not None
    assert notice.header.issuer == f"江城市科学技术局、{signer}"


@pytest.mark.parametrize("team", ["各挂职干部团队", "各工作专班", "市扶贫工作领导小组"])
def test_an_unlabelled_tag_that_names_a_team(team: str) -> None:
    notice = parse(
        "江城市2019年扶贫协作工作要点\n一、提高政治站位\n"
        f"1.深入学习贯彻重要论述。组织干部认真研读。(市委组织部、市扶贫支援办、{team})\n"
    )
    (item,) = notice.items()
    assert item.lead_departments == ["市委组织部", "市扶贫支援办", team]


def test_a_tables_cell_break_on_a_line_of_its_own_ends_the_title_cell() -> None:
    # A page set each cell on a line, a bar between: the task cell is the title,
    # the requirement cell after the bar its measure.
    notice = parse(
        "2021年江城市政务公开工作任务分解方案\n"
        "一、紧扣“十四五”开好局起好步深化政务公开\n"
        "1.主动公开“十四五”规划纲要及配套政策措施等\n|\n"
        "通过本级政府门户网站设立专题,并在政府信息公开专栏集中展示\n|\n"
        "市发展改革委\n|\n"
    )
    (item,) = notice.items()
    assert item.title == "主动公开“十四五”规划纲要及配套政策措施等"


def test_a_blogs_note_on_a_repost_under_the_signature_is_page_furniture() -> None:
    notice = parse(
        "新城区教育督导室2006年工作思路\n"
        "一、做好督导评估。全年对辖区28所初中进行督导评估。\n"
        "二、办好季刊。继续办好季刊《新城教育督导》。\n"
        "新城区人民政府教育督导室\n2005年11月3日\n"
        "“2006年工作思路”版权归作者所有;转载请注明出处!\n"
    )
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "新城区人民政府教育督导室",
        dt.date(2005, 11, 3),
    )
    assert [c.text for c in notice.source.chrome] == [
        "“2006年工作思路”版权归作者所有;转载请注明出处!"
    ]


@pytest.mark.parametrize(
    ("number_line", "number"),
    [
        # (a province's Party office in heavy brackets)
        ("青办字【2016】32号", "青办字【2016】32号"),
        # (a PDF's copy set a space inside the brackets)
        ("濮政办〔 2020〕38号", "濮政办〔 2020〕38号"),
    ],
)
def test_doc_numbers_in_other_brackets(number_line: str, number: str) -> None:
    notice = parse(f"{number_line}\n为深入贯彻人才强省战略,制定本方案。\n{BODY}")
    assert notice.header is not None
    assert notice.header.doc_number == number


def test_a_span_line_with_spaces_inside_its_brackets_closes_the_title() -> None:
    notice = parse("江城市加快 5G产业发展三年行动计划\n( 2020—2022年)\n" + BODY)
    assert notice.title == "江城市加快 5G产业发展三年行动计划( 2020—2022年)"


def test_an_issuer_alone_over_a_glossed_guanyu_title() -> None:
    notice = parse(
        "江城省人民政府\n關(guān)于促進高新區(qū)高質(zhì)量發(fā)展的實施意見\n"
        "川府發(fā)〔2021〕28號\n各市(州)人民政府:\n" + BODY
    )
    assert notice.title == "江城省人民政府關(guān)于促進高新區(qū)高質(zhì)量發(fā)展的實施意見"
    assert notice.organization == "江城省人民政府"


def test_a_title_a_page_set_twice_on_one_line_is_read_once() -> None:
    title = "江城市加快“城市大脑”建设三年行动计划(2020-2022年)"
    notice = parse(f"{title} {title} |\n为深入贯彻部署,制定本行动计划。\n{BODY}")
    assert (notice.title, notice.organization) == (title, "江城市")


def test_a_notice_title_cut_where_a_headline_could_end_goes_on_below() -> None:
    notice = parse(
        "江城市人民政府关于印发2021年市政府\n"
        "主要工作目标任务分解落实方案的通知\n"
        "江政发〔2021〕16号\n"
        "各区人民政府,市各直属单位:\n"
        "现将《2021年市政府主要工作目标任务分解落实方案》印发给你们,请认真组织实施。\n"
        "江城市人民政府\n2021年2月4日\n"
        "2021年市政府主要工作目标任务分解落实方案\n" + BODY
    )
    assert notice.header is not None
    assert notice.header.notice_title == (
        "江城市人民政府关于印发2021年市政府主要工作目标任务分解落实方案的通知"
    )
    assert (notice.header.issuer, notice.header.date) == ("江城市人民政府", dt.date(2021, 2, 4))
    assert (notice.organization, notice.year) == ("市政府", 2021)


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        ("2021年市政府主要工作目标任务分解落实方案", "市政府"),
        ("2023年区政府重点工作安排", "区政府"),
        ("2022年县人民政府重点工作任务分工", "县人民政府"),
        # (the report the government gives names no body of its own)
        ("2024年区政府工作报告重点工作责任分解", None),
    ],
)
def test_a_government_the_title_names_after_its_year(title: str, organization: str | None) -> None:
    notice = parse(f"{title}\n为抓好落实,制定本方案。\n{BODY}")
    assert (notice.title, notice.organization) == (title, organization)


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        # (乡 before 村 is the countryside, not a township: no body is named)
        ("2023年数字乡村发展工作要点", None),
        ("2023年數字鄉村發展工作要點", None),
        ("2024年美丽乡村建设工作计划", None),
        # (a township's own plan keeps its name, before the year or after it)
        ("2024年青山乡工作要点", "青山乡"),
        ("青山乡2024年乡村振兴工作计划", "青山乡"),
    ],
)
def test_the_countryside_is_no_township(title: str, organization: str | None) -> None:
    notice = parse(f"{title}\n为抓好落实,制定本要点。\n{BODY}")
    assert (notice.title, notice.organization) == (title, organization)


# A printed notice a page ran into one line, a space where each printed line broke.
_PRINTED_LINES = [
    "江城自治区人民政府",
    "文件",
    "江政发〔2021〕19号",
    "关于印发2021年自治区国民经济和",
    "社会发展计划及主要指标的通知",
    "各州、市人民政府,各行政公署,自治区人民政",
    "府各部门、各直属机构:",
    "2021年自治区国民经济和社会发展计划已经自治区第十三",
    "届人大第四次会议审议批准。现将2021年自治区国民经济和",
    "社会发展计划及主要指标印发你们,请据此安排好本地区、本部",
    "门工作。",
    "2021年2月28日",
    "2021年自治区国民经济和社会发展计划",
    "2021年是“十四五”规划的开局之年,做好经济工作意义重大,",
    "全年经济社会发展工作的指导思想是:坚持稳中求进工作总基调,",
    "立足新发展阶段,坚持新发展理念,构建新发展格局,以推动高质量",
    "发展为主题,以深化供给侧结构性改革为主线,以改革创新为根本",
    "动力,巩固拓展疫情防控和经济社会发展成果,更好统筹发展和安全。",
]


def test_a_printed_notice_run_into_one_line_reads_as_its_printed_lines() -> None:
    notice = parse(" ".join(_PRINTED_LINES) + "\n")
    assert notice.header is not None
    assert (
        notice.header.notice_title == "关于印发2021年自治区国民经济和社会发展计划及主要指标的通知"
    )
    assert (notice.header.doc_number, notice.header.date) == (
        "江政发〔2021〕19号",
        dt.date(2021, 2, 28),
    )
    assert notice.header.issuer == "江城自治区人民政府"
    assert (notice.title, notice.year) == ("2021年自治区国民经济和社会发展计划", 2021)


def test_a_line_of_paragraphs_set_apart_by_spaces_is_no_printed_page() -> None:
    paragraphs = [
        "为深入贯彻落实省委部署,进一步优化营商环境,结合本市实际,制定本方案。",
        "坚持问题导向。",
        "聚焦企业和群众办事的堵点难点,推进审批服务便民化,持续降低制度性交易成本,"
        "全面提升政务服务效能,让市场主体有更多获得感。",
    ] * 4
    lines = split_lines(" ".join(paragraphs))
    assert [line.text for line in unfold_lines(lines)] == [" ".join(paragraphs)]


def test_the_notice_title_names_the_government_that_issues_a_plan_by_its_year() -> None:
    notice = parse(
        "江城市人民政府印发2012年市政府重点工作责任分工的通知\n"
        "(江府〔2012〕4号)\n"
        "各区人民政府,市政府各部门:\n"
        "现将《2012年市政府重点工作责任分工》印发给你们,并就有关事项通知如下:\n"
        "一、加强共识,统一思想\n"
        "各级各部门对此要加强共识、统一思想。\n"
    )
    assert notice.header is not None
    assert notice.header.issuer == "江城市人民政府"


def test_a_notice_title_a_page_set_in_book_brackets_names_its_issuers() -> None:
    notice = parse(
        "《中共江城省委辦公廳江城省人民政府辦公廳印發〈關于加強鄉鎮政府服務能力建設的實施意見〉的通知》\n"
        "江辦發〔2017〕49號\n"
        "各市(州)黨委和人民政府,省委各部、委,省政府各廳、委和各直屬機構:\n"
        "《關于加強鄉鎮政府服務能力建設的實施意見》已經省委、省政府同意,現印發給你們,"
        "請結合實際認真貫徹落實。\n"
        "關于加強鄉鎮政府服務能力建設的實施意見\n"
        "一、總體要求\n"
        "堅持以人民為中心的發展思想,加強鄉鎮政府服務能力建設。\n"
    )
    assert notice.header is not None
    assert notice.header.doc_number == "江辦發〔2017〕49號"
    assert notice.header.issuer is not None
    assert notice.header.issuer.replace("、", "") == "中共江城省委辦公廳江城省人民政府辦公廳"
    assert notice.title == "關于加強鄉鎮政府服務能力建設的實施意見"


def test_a_shop_page_headline_over_the_title_a_pdf_copy_broke_in_pieces() -> None:
    # A document shop's page: its links, the headline, then the PDF's text run into
    # one line, a space at each of the printed lines' ends.
    text = (
        "购物车\n我的足迹\n\n江城市委政策研究室理论学习中心组2026年度专题学习计划\n\n"
        "加入Vip免费下载 立即下载\n"
        "江城市委政策研究室理论学习中心组 2026 年度专 题学习计划 "
        "为深入学习贯彻习近平新时代中国特色社会主义思想,全面 落实党的二十大及二十届历次全会精神,"
        "深刻领悟“两个确立” 的决定性意义,增强“四个意识”、坚定“四个自信”、做到“两 "
        "个维护”,结合我室工作实际,制定本学习计划。 一、2026年理论学习指导思想 2026 "
        "年是全面贯彻落实党的二十大战略部署的关键之年,是深入实施“十四五”规划的攻坚之年。 "
        "二、学习内容 1.深入学习党的二十大精神。 2.深入学习党的二十届四中全会精神。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [c.text for c in notice.source.chrome] == [
        "购物车",
        "我的足迹",
        "加入Vip免费下载 立即下载",
    ]
    assert notice.title == "江城市委政策研究室理论学习中心组2026年度专题学习计划"
    assert notice.organization == "江城市委政策研究室理论学习中心组"
    assert [s.title for s in notice.sections] == ["2026年理论学习指导思想", "学习内容"]


def test_a_sharing_sites_preview_under_a_file_name_that_adds_a_year() -> None:
    # (the document's own title, glued to its text opening on a masked year, is the title)
    text = (
        "202X年区妇联妇女儿童工作计划\n\n"
        "上传人:tang****xu5 文档编号:136997927 上传时间:2020-07-04 格式:DOCX 页数:3 大小:9.15KB\n"
        "返回 下载 相关 举报\n"
        "亲,该文档总共3页,全部预览完了,如果喜欢就下载吧!\n"
        "资源描述\n\n"
        "区妇联妇女儿童工作计划XX年,区妇儿工委将继续践行群众路线,切实推动两规划的实施。\n"
        "一、进一步强化主体意识,突出政府职能\n"
        "1.推动将两规划的实施纳入全区经济社会发展总体规划。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "区妇联妇女儿童工作计划"
    assert [c.text for c in notice.source.chrome][-3:] == [
        "返回 下载 相关 举报",
        "亲,该文档总共3页,全部预览完了,如果喜欢就下载吧!",
        "资源描述",
    ]


@pytest.mark.parametrize(
    ("headline", "between", "own", "title"),
    [
        # The headline leaves out the body the document's own title names.
        (
            "2007年招生工作方案",
            "整理文档很辛苦,赏杯茶钱您下走!\n免费阅读已结束,点击下载阅读编辑剩下 ...\n资源描述",
            "1江城电子科技职业学院2007年招生工作方案",
            "江城电子科技职业学院2007年招生工作方案",
        ),
        # The document's own title lost a mark the headline keeps: the headline is whole.
        (
            "小学2020~2021学年第一学期学校工作计划",
            "点击查看更多>>",
            "小学20202021学年第一学期学校工作计划",
            "小学2020~2021学年第一学期学校工作计划",
        ),
        # A collection site's entry names the document another way.
        (
            "第一篇:2018关心下一代工作计划",
            "江城中心小学 2018年3月",
            "关心下一代工作方案",
            "关心下一代工作方案",
        ),
        # The headline adds the site's category for it, a kind of its own.
        (
            "民政局2022年工作思路工作计划",
            "VIP专免\n2024-06-12\n999+\n15.5KB\n10 页\n海报\n侵权投诉",
            "民政局 2022 年工作思路",
            "民政局 2022 年工作思路",
        ),
    ],
)
def test_a_sharing_sites_headline_and_the_documents_own_title(
    headline: str, between: str, own: str, title: str
) -> None:
    notice = parse(
        f"{headline}\n{between}\n{own}\n"
        "为做好本年度工作,结合实际,制定本方案。\n一、工作目标\n1.完成年度目标任务。\n"
    )
    assert notice.title == title


def test_the_report_a_notice_forwards_keeps_its_title_over_its_part_headings() -> None:
    # (the report's own address, "各位理事:", is no cover notice between two titles)
    text = (
        "关于转发《江城老科协2020年工作总结和2021年工作安排》的通知\n"
        "各设区市老科协,省老科协各直属分会\n"
        "现将江城老科协关于印发《江城老科协2020年工作总结和2021年工作安排》的通知转发给你们,"
        "请结合本地工作实际,认真贯彻落实。\n"
        "江城省老科学技术工作者协会\n2021年1月13日\n"
        "江城老科协2020年工作总结和2021年工作安排\n"
        "(经六届八次理事会审议通过)\n各位理事:\n"
        "受会长的委托,我向理事会报告2020年老科协的工作情况和2021年的工作安排,请审议。\n"
        "关于2020年的主要工作\n2020年是极不平凡的一年。\n"
        "一、围绕中心服务大局\n1.组织老科技工作者建言献策。\n"
    )
    notice = parse(text)
    assert notice.title == "江城老科协2020年工作总结和2021年工作安排"
    assert notice.organization == "江城老科协"
    assert notice.header is not None and notice.header.issuer == "江城省老科学技术工作者协会"


def test_a_points_title_a_page_set_apart_by_a_run_of_spaces() -> None:
    notice = parse(
        "江城镇2018年科技扶贫工作实施方案\n一、主要任务\n"
        "1、培育农业特色支柱产业  培育壮大地方特色和知名品牌,初步构建特色支柱产业体系"
        "(责任单位:农技推广服务中心、汀头村)\n"
        "2、加强科技培训\u3000组织开展农业实用技术培训,提高农民科技素质(责任单位:农技推广服务中心)\n"
        # (one space is a PDF's wrap inside the sentence, no title's end)
        "3、完善科技服务 体系建设,推动科技特派员下乡服务(责任单位:科协)\n"
    )
    items = notice.sections[0].items
    assert [i.title for i in items] == [
        "培育农业特色支柱产业",
        "加强科技培训",
        "完善科技服务 体系建设,推动科技特派员下乡服务",
    ]
    assert items[0].measures[0].text.startswith("培育壮大地方特色和知名品牌")
    assert items[0].lead_departments == ["农技推广服务中心", "汀头村"]


def test_a_headline_that_keeps_the_titles_breaks_as_spaces_over_the_title() -> None:
    notice = parse(
        " 当前位置: 首页 > 政策法规 > 政策文件 > 省市政策\n\n"
        "中共江城省委 江城省人民政府 关于建立更加有效的区域协调 发展新机制的实施意见\n\n"
        " 发布日期:2021/8/16 9:34:16  文章来源:投资江城网  浏览次数:\n\n"
        "中共江城省委 江城省人民政府\n\n关于建立更加有效的区域协调\n发展新机制的实施意见\n\n"
        "江发〔2019〕14号\n\n(2019年8月28日)\n\n"
        "为深入贯彻落实党中央决策部署,提出如下实施意见。\n一、总体要求\n"
        "(一)指导思想。以习近平新时代中国特色社会主义思想为指导。\n"
    )
    assert (
        notice.title == "中共江城省委 江城省人民政府关于建立更加有效的区域协调发展新机制的实施意见"
    )
    assert notice.header is not None
    assert (notice.header.doc_number, notice.header.date) == (
        "江发〔2019〕14号",
        dt.date(2019, 8, 28),
    )
    assert notice.year == 2019


def test_a_copy_that_runs_the_text_on_after_the_title_restated_has_no_lead() -> None:
    # (the plan opens by citing the notice it carries out: no site's lead names its issuer)
    text = (
        "关于树立和践行正确政绩观学习教育的学习计划\n"
        "关于树立和践行正确政绩观学习教育的学习计 划 近日,中共中央办公厅印发《关于在全党开展"
        "树立和践行正确政绩观学习教育的通知》,决定自2026年春节假期后至7月底,在全党开展"
        "树立和践行正确政绩观学习教育。为扎实开展学习,制定本计划。\n"
        "一、学习内容\n1.深入学习习近平总书记关于树立和践行正确政绩观的重要论述。\n"
    )
    notice = parse(text)
    assert notice.title == "关于树立和践行正确政绩观学习教育的学习计划"
    assert notice.header is None or notice.header.issuer is None
    assert notice.year == 2026


def test_a_signed_letter_with_points_then_a_title_before_any_heading() -> None:
    notice = parse(
        "江城市人民政府办公室关于分解落实《政府工作报告》的通知(江政办发〔2020〕1号)\n"
        "各县、市、区人民政府,市政府各部门:\n"
        "经市政府同意,现将《政府工作报告》中的重点工作任务进行责任分解并印发给你们,"
        "请认真抓好贯彻落实。\n"
        "一、提高政治站位,加强组织领导\n"
        "各地各部门要周密部署,对照责任分工,制定详细的工作实施方案。\n"
        "二、改进作风,狠抓工作落实\n"
        "各地各部门要进一步改进作风求实效。\n"
        "2020年1月7日\n"
        "《政府工作报告》重点工作责任分解\n"
        "2020年经济社会发展的主要预期目标:地区生产总值增长7.5%左右。\n"
    )
    assert notice.header is not None
    assert notice.header.doc_number == "江政办发〔2020〕1号"
    assert notice.header.addressees == ["各县、市、区人民政府", "市政府各部门"]
    assert notice.header.issuer == "江城市人民政府办公室"
    assert notice.header.date == dt.date(2020, 1, 7)
    assert "一、提高政治站位,加强组织领导" in (notice.header.cover_letter or "")
    assert (notice.title, notice.year, notice.sections) == (
        "《政府工作报告》重点工作责任分解",
        2020,
        [],
    )


def test_an_opinions_own_first_part_may_ask_for_political_standing() -> None:
    notice = parse(
        "江城省人民政府关于推进体育强省建设的意见\n"
        "各市、州人民政府:\n"
        "为推进体育强省建设,特提出如下意见。\n"
        "一、提高政治站位,准确把握体育强省建设总体要求\n"
        "(一)指导思想。坚持以人民为中心的发展理念。\n"
    )
    assert [s.title for s in notice.sections] == ["提高政治站位,准确把握体育强省建设总体要求"]


def test_a_plan_the_notice_title_names_is_spelt_as_the_letter_brackets_it() -> None:
    notice = parse(
        "江城市人民政府办公厅关于印发2020年市\n"
        "《政府工作报告》确定的主要目标任务责任分解方案的通知\n"
        "江政办〔2020〕1号\n"
        "各区人民政府:\n"
        "《2020年市〈政府工作报告〉确定的主要目标任务责任分解方案》已经市人民政府同意,"
        "现印发给你们,并就有关事项通知如下,请一并贯彻执行。\n"
        "一、层层压实责任,积极推进办理工作。各责任单位要加强组织领导。\n"
        "二、加强工作统筹,科学制订办理方案。各责任单位要逐个进行研究。\n"
    )
    assert notice.title == "2020年市〈政府工作报告〉确定的主要目标任务责任分解方案"


@pytest.mark.parametrize(
    ("handed", "title"),
    [
        # The letter names the plan with the issuer the notice title names before 关于.
        (
            "江城省交通运输厅2024年政务公开重点工作清单",
            "江城省交通运输厅2024年政务公开重点工作清单",
        ),
        # Any other longer name stays the notice title's.
        ("全省交通运输系统2024年政务公开重点工作清单", "2024年政务公开重点工作清单"),
    ],
)
def test_a_plan_the_notice_title_names_takes_the_issuer_the_letter_names_it_with(
    handed: str, title: str
) -> None:
    notice = parse(
        "江城省交通运输厅关于印发2024年政务公开重点工作清单的通知\n"
        f"为贯彻落实政务公开工作新要求,结合工作实际,制定《{handed}》,现印发给你们,请认真抓好落实。\n"
        "一、围绕中心工作抓好主动公开。各单位要加强组织领导。\n"
        "二、围绕提质增效抓好政策解读。各单位要逐项研究。\n"
    )
    assert notice.title == title


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        # (a term's plan of a school year)
        ("江城市实验小学2023学年第二学期教学计划", "江城市实验小学"),
        # (a year's ideas and the measures that carry them out)
        ("江城区机关事务管理局2024年工作思路及措施", "江城区机关事务管理局"),
        # (a centre, a society, a college, a hospital of a place, its whole name, with
        # no year or after it)
        ("市新时代文明实践中心工作计划", "市新时代文明实践中心"),
        ("江城市新时代文明实践中心工作计划", "江城市新时代文明实践中心"),
        ("江城市红十字会工作计划", "江城市红十字会"),
        ("2025年江城市红十字会工作计划", "江城市红十字会"),
        ("江城职业技术学院“十四五”发展规划", "江城职业技术学院"),
        ("江城市人民医院创建平安医院实施方案", "江城市人民医院"),
        # (a joint conference of offices is a body)
        ("江城市公共卫生工作联席会议2025年工作要点", "江城市公共卫生工作联席会议"),
        # (a place within a place before a five-year period, or an office; a topic
        # that ends as a place does is no part of the body)
        ("江城市大渡口区“十四五”科技创新规划", "江城市大渡口区"),
        ("江城市科学技术局“十四五”科技创新规划", "江城市科学技术局"),
        ("江城市智慧城市“十四五”发展规划", "江城市"),
        ("江城市全域旅游示范区“十四五”发展规划", "江城市"),
        # (a town after its county, never a kind of town; a street's office; a corps
        # of a force; a sector's offices named together; a town's armed forces
        # department after its government)
        ("江城县红羊乡普法工作实施方案", "江城县红羊乡"),
        ("江城县重点镇建设实施方案", "江城县"),
        ("江城县特色小镇建设实施方案", "江城县"),
        ("江城市东胜区公园街道办事处人口普查工作实施方案", "江城市东胜区公园街道办事处"),
        ("江城市公安消防总队全面推进智慧消防建设工作方案", "江城市公安消防总队"),
        ("江城省教育系统庆祝建党100周年工作方案", "江城省教育系统"),
        ("江城市智慧交通系统建设实施方案", "江城市"),
        # (an information system is no body: the production corps names itself short)
        ("江城市政务信息系统整合共享实施方案", "江城市"),
        ("兵团政务信息系统整合共享实施方案", "兵团"),
        # (a kindergarten after its county, never a kind of them as a topic)
        ("江城县万集幼儿园园务工作计划", "江城县万集幼儿园"),
        ("江城市公办幼儿园建设三年行动计划", "江城市"),
        ("江城市普惠性幼儿园扶持实施方案", "江城市"),
        (
            "江城县红羊镇人民政府江城县红羊镇人民武装部2025年民兵整组工作实施方案",
            "江城县红羊镇人民政府江城县红羊镇人民武装部",
        ),
        # (a Party committee of a sector or of a place's offices, after the year too;
        # never the object of a verb)
        ("2018年江城市社会组织综合党委党建工作要点", "江城市社会组织综合党委"),
        ("2024年江城市直机关工委工作要点", "江城市直机关工委"),
        ("2024年江城市两新组织党工委工作要点", "江城市两新组织党工委"),
        ("2024年江城市落实党委主体责任工作方案", "江城市"),
    ],
)
def test_more_kinds_of_a_years_plan(title: str, organization: str) -> None:
    notice = parse(f"{title}\n{title}\n一、指导思想\n围绕全区发展目标,扎实推进各项工作。\n")
    assert (notice.title, notice.organization) == (title, organization)


def test_a_motto_set_out_a_character_at_a_time_over_the_subtitle() -> None:
    notice = parse(
        "践 行 求 实 校 训 建 设 优 质 名 校\n"
        "——江城区湖塘初级中学第四轮三年主动发展规划\n"
        "2014年9月——2017年8月\n"
        "为贯彻落实教育工作会议精神,制定本规划。\n"
        "一、发展背景\n(一)学校概况\n学校创建于1946年。\n"
    )
    assert (notice.title, notice.organization) == (
        "江城区湖塘初级中学第四轮三年主动发展规划",
        "江城区湖塘初级中学",
    )


def test_a_blogs_category_before_a_hyphen_is_no_part_of_the_title() -> None:
    notice = parse(
        "宣導-江城市政府推動性別主流化實施計畫(104-107年)\n壹、依據\n行政院性別平等會決議辦理。\n"
    )
    assert (notice.title, notice.organization) == (
        "江城市政府推動性別主流化實施計畫(104-107年)",
        "江城市政府",
    )


def test_a_signature_glued_to_its_date_on_a_line_of_its_own() -> None:
    notice = parse(
        "琼府办〔2022〕19号\n"
        "各市、县人民政府:\n"
        "《江城省科学素质行动实施方案》已经省政府同意,现印发给你们,请认真贯彻实施。\n"
        "                江城省人民政府办公厅2022年3月26日\n"
        "江城省科学素质行动实施方案\n" + BODY
    )
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "江城省人民政府办公厅",
        dt.date(2022, 3, 26),
    )


def test_a_page_run_into_one_line_that_opens_with_its_notice_title() -> None:
    notice = parse(
        "江城市人民政府办公厅关于印发江城市2005年地质灾害防治方案的通知 "
        "各县(市)、区人民政府,市政府各部门: "
        "经市政府同意,现将《江城市2005年地质灾害防治方案》印发给你们,请遵照执行。 "
        "二○〇五年六月二十七日 江城市2005年地质灾害防治方案 "
        "为了预防和减轻地质灾害造成的危害和损失,保护人民生命财产安全,结合我市实际情况,"
        "制定本方案。 一、2005年降水趋势分析 根据市气象局预测,2005年夏季我市降水偏多,"
        "市区降水量约为430-530mm,多于历年的426.2mm。\n"
    )
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "江城市人民政府办公厅",
        dt.date(2005, 6, 27),
    )
    assert notice.title == "江城市2005年地质灾害防治方案"
    assert [s.title for s in notice.sections] == ["2005年降水趋势分析"]


def test_a_title_line_with_the_pages_stamp_then_the_title_again() -> None:
    notice = parse(
        "江城县关于深入开展爱国卫生运动的实施意见 20220912\n"
        "2022-09-11 15:14\n"
        "江城县关于深入开展爱国卫生运动的实施意见\n"
        "为深入贯彻爱国卫生运动的重要指示精神,提出以下实施意见。\n"
        "一、总体要求\n(一)指导思想。坚持预防为主。\n"
    )
    assert (notice.title, notice.organization) == (
        "江城县关于深入开展爱国卫生运动的实施意见",
        "江城县",
    )


def test_a_title_in_a_caption_cell_then_again_with_a_space_is_one_title() -> None:
    notice = parse(
        "江城市人民政府关于进一步做好就业创业工作的意见 |\n"
        "||||\n"
        "江城市人民政府 关于进一步做好就业创业工作的意见\n"
        "各县(市、区)人民政府:\n"
        "一、总体要求\n(一)指导思想。坚持就业优先。\n"
    )
    assert notice.title == "江城市人民政府关于进一步做好就业创业工作的意见"


def test_a_sites_name_and_slogan_closed_by_its_address_are_page_furniture() -> None:
    notice = parse(
        "文书之家—全网资源每日更新www.wenshu-example.com2024年江城镇人大工作计划"
        "一、提高政治站位,把牢人大工作新思想。忠诚拥护“两个确立”。"
        "二、服务中心,推动经济社会新发展。围绕镇党委中心工作开展调研。\n"
    )
    assert notice.title == "2024年江城镇人大工作计划"
    assert [c.text for c in notice.source.chrome] == [
        "文书之家—全网资源每日更新www.wenshu-example.com"
    ]


def test_a_places_cadres_are_no_department_of_it() -> None:
    notice = parse(
        "2013-2017年江城省干部教育培训规划\n干部教育培训是先导性工程。\n一、指导思想\n坚持服务大局。\n"
    )
    assert notice.organization == "江城省"


def test_a_body_under_the_doc_number_over_a_title_that_names_none() -> None:
    notice = parse(
        "江人社发〔2014〕39号\n"
        "江城县人力资源和社会保障局\n"
        "规范权力运行制度建设工作方案\n"
        "局属各单位,局机关各股室:\n"
        "为有效规范权力运行,制定本实施方案。\n"
        "一、指导思想\n以提高效能为目标。\n"
    )
    assert (notice.title, notice.organization) == (
        "江城县人力资源和社会保障局规范权力运行制度建设工作方案",
        "江城县人力资源和社会保障局",
    )
    assert notice.header is not None
    assert notice.header.issuer == "江城县人力资源和社会保障局"


def test_a_body_under_an_attachments_label_over_a_title_that_names_none() -> None:
    notice = parse(
        "关于印发学院“十三五”发展目标与规划的通知\n各处(室)、系(部):\n"
        "学院“十三五”发展目标与规划,已经院党委审定并同意,现印发成文,请认真贯彻执行。\n"
        "附件:江城市技师学院“十三五”发展目标与规划\n江城市技师学院\n2016年1月6日\n"
        "附件:\n江城市技师学院\n“十三五”发展目标与规划\n"
        "“十三五”时期是学院发展的关键时期。\n一、发展基础\n学院办学规模稳步扩大。\n"
    )
    assert (notice.title, notice.organization) == (
        "江城市技师学院“十三五”发展目标与规划",
        "江城市技师学院",
    )


def test_a_title_split_in_two_that_the_notice_title_above_hands_over() -> None:
    notice = parse(
        "江府办发〔2017〕138号《江城市人民政府办公厅关于印发江城市贯彻落实国务院“十三五”"
        "旅游业发展规划重点任务分工的通知》\n"
        "江城市人民政府办公厅\n关于印发江城市贯彻落实国务院“十三五”\n旅游业发展规划重点任务分工的通知\n"
        "江府办发〔2017〕138号\n各区县人民政府,市政府有关部门:\n"
        "经市政府同意,现将重点任务分工印发给你们,请认真贯彻执行。\n"
        "江城市人民政府办公厅\n2017年9月1日\n"
        "江城市贯彻落实国务院\n“十三五”旅游业发展规划重点任务分工\n"
        "一、发展目标\n到2020年,旅游业总收入稳步增长。\n"
    )
    assert notice.title == "江城市贯彻落实国务院“十三五”旅游业发展规划重点任务分工"
    # (the body that carries out another's plan, not the one whose plan it is)
    assert notice.organization == "江城市"


def test_a_pages_headline_names_the_body_over_the_plans_own_title() -> None:
    notice = parse(
        "江城市市场监督管理局2020年工作要点\n"
        "发布日期:2020-03-31 来源:市市场监管局\n"
        "2020年全市市场监督管理工作要点\n"
        "2020年是全面建成小康社会收官之年。\n" + BODY
    )
    assert (notice.title, notice.year) == ("2020年全市市场监督管理工作要点", 2020)
    assert notice.header is not None
    assert notice.header.issuer == "江城市市场监督管理局"


def test_a_joint_notice_signed_by_seventeen_bodies_one_a_line() -> None:
    signers = [
        "江城省教育厅",
        "江城省人民检察院",
        "中共江城省委宣传部",
        "中共江城省委网信办",
        "江城省科技厅",
        "江城省公安厅",
        "江城省民政厅",
        "江城省财政厅",
        "江城省卫生健康委员会",
        "江城省广播电视局",
        "江城省体育局",
        "江城省科学院",
        "江城省人民政府妇儿工委办公室",
        "共青团江城省委",
        "江城省妇女联合会",
        "江城省关心下一代工作委员会",
        "江城省科学技术协会",
    ]
    notice = parse(
        "江城省教育厅等十七部门关于印发《学生心理健康工作专项行动计划》的通知\n"
        "江教〔2024〕17号\n"
        "各设区市教育局:\n"
        "现将《学生心理健康工作专项行动计划》印发给你们,请结合实际认真贯彻落实。\n"
        + "".join(f"{signer}\n" for signer in signers)
        + "2024年5月6日\n"
        "学生心理健康工作专项行动计划\n" + BODY
    )
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "、".join(signers),
        dt.date(2024, 5, 6),
    )
    assert notice.title == "学生心理健康工作专项行动计划"


def test_a_ministry_office_sends_a_departments_plan_under_a_letter() -> None:
    text = (
        "农业部办公厅关于印送《2011年畜牧业司工作要点》的函\n"
        "(农办牧函[2011]1号)\n"
        "各省、自治区、直辖市畜牧兽医厅(局):\n"
        "我部畜牧业司制定了《2011年畜牧业司工作要点》(见附件),现印发给你们。\n"
        "二O一一年一月三十一日\n"
        "2011年农业部畜牧业司工作要点\n"
        "2011年是实施“十二五”规划的开局之年。\n" + BODY
    )
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "2011年农业部畜牧业司工作要点",
        "农业部畜牧业司",
        2011,
    )
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date, notice.header.doc_number) == (
        "农业部办公厅",
        dt.date(2011, 1, 31),
        "农办牧函[2011]1号",
    )
    assert_lossless(text, notice)


def test_a_pages_metadata_may_space_out_the_brackets_of_its_number() -> None:
    text = (
        "江城县人民政府办公室关于印发《江城县中药材产业发展工作方案》的通知\n"
        "  • 发文字号: 江政办发 〔 2023〕 20号\n"
        "  • 主题词: 中药材 发展\n"
        "各乡镇人民政府:\n"
        "现将《江城县中药材产业发展工作方案》印发给你们,请认真贯彻执行。\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.doc_number == "江政办发 〔 2023〕 20号"


def test_an_office_a_pages_box_names_short_yields_to_its_signature() -> None:
    # The box's cell ("江城县政府办") was read first; the office signed over the
    # date names the same place in full.
    text = (
        "关键词 | 发布机构 | 江城县政府办 | |\n"
        "各乡(镇)人民政府:\n"
        "《江城县2022年促消费专项活动实施方案》已经县政府同意,现印发给你们,请认真抓好贯彻落实。\n"
        "江城县人民政府办公室\n"
        "2022年8月30日\n"
        "江城县2022年促消费专项活动实施方案\n"
        "为全面贯彻落实政策措施,特制定本实施方案。\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "江城县人民政府办公室",
        dt.date(2022, 8, 30),
    )
    assert notice.title == "江城县2022年促消费专项活动实施方案"


def test_a_pages_table_may_give_the_colon_after_a_label_a_cell_of_its_own() -> None:
    text = (
        "索引号 | : | 640000014/2022-00679 | 所属机构 | : | 江城省生态环境厅 |\n"
        "文号 | : | 江环土壤发〔2019〕14号 | 成文日期 | : | 2019-01-30 10:30 |\n"
        "关于印发《江城省农业农村污染治理实施方案》的通知\n"
        "各市人民政府:\n"
        "现将《江城省农业农村污染治理实施方案》印发给你们,请认真贯彻执行。\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None
    assert (notice.header.doc_number, notice.header.date) == (
        "江环土壤发〔2019〕14号",
        dt.date(2019, 1, 30),
    )


@pytest.mark.parametrize(
    ("lines", "title", "organization", "year"),
    [
        # A span line whose years each keep their 年 is the title's, as "(2014-2017年)" is.
        (
            ["江城省律师协会工作规划", "(2014年至2017年)", "征求意见稿"],
            "江城省律师协会工作规划(2014年至2017年)",
            "江城省律师协会",
            None,
        ),
        # A council's term before its body's name is no part of the name.
        (
            ["第八届江城省律师协会工作规划", "(2014年至2017年)"],
            "第八届江城省律师协会工作规划(2014年至2017年)",
            "江城省律师协会",
            None,
        ),
        (["第三届江城市科协2015年工作要点"], "第三届江城市科协2015年工作要点", "江城市科协", 2015),
        # A PDF's copy set spaces inside the span's brackets: its closing year is no
        # year of the plan, and no body ends at the bracket.
        (
            ["江城市科学技术协会发展规划", "( 2020- 2035 年)"],
            "江城市科学技术协会发展规划( 2020- 2035 年)",
            "江城市科学技术协会",
            None,
        ),
    ],
)
def test_a_councils_plan_over_its_span(
    lines: list[str], title: str, organization: str, year: int | None
) -> None:
    notice = parse("\n".join([*lines, "为做好工作,制定本规划。", BODY]))
    assert (notice.title, notice.organization, notice.year) == (title, organization, year)


def test_a_signature_and_date_on_the_line_of_the_plans_title() -> None:
    # A page ran the letter's signature, its date and the plan's own title into one
    # line under the letter.
    text = (
        "江城市人民政府关于印发实施“标准化+”行动计划实施方案的通知\n各区、县(市)人民政府:\n"
        "《关于实施“标准化+”行动计划的实施方案》已经市政府同意,现印发给你们,请认真组织实施。\n"
        "江城市人民政府 2016年12月23日 关于实施“标准化+”行动计划的实施方案\n"
        "为切实发挥标准化的引领作用,特制定本实施方案。\n" + BODY
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "关于实施“标准化+”行动计划的实施方案"
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城市人民政府", dt.date(2016, 12, 23))


@pytest.mark.parametrize(
    ("note", "issuer", "date"),
    [
        ("(2016年7月中共江城省税务局党组印发)", "中共江城省税务局党组", None),
        (
            "（中共江城省委办公厅、江城省人民政府办公厅2019年5月印发）",
            "中共江城省委办公厅、江城省人民政府办公厅",
            None,
        ),
        (
            "(2019年5月6日中共江城省委办公厅 江城省人民政府办公厅印发)",
            "中共江城省委办公厅、江城省人民政府办公厅",
            dt.date(2019, 5, 6),
        ),
        # (or who published it, and when)
        ("(江城市人民政府 2018年5月17日发布)", "江城市人民政府", dt.date(2018, 5, 17)),
    ],
)
def test_a_compilations_note_of_who_issued_the_text(
    note: str, issuer: str, date: dt.date | None
) -> None:
    # A book of rules prints, under each document's title, who issued it and when; a
    # month alone dates no document.
    text = f"关于构建全面从严治党新格局的实施意见\n{note}\n为深入贯彻落实中央部署,制定本实施意见。\n{BODY}"
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "关于构建全面从严治党新格局的实施意见"
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date, notice.header.note) == (issuer, date, note)
    assert notice.preamble == "为深入贯彻落实中央部署,制定本实施意见。"


@pytest.mark.parametrize(
    "title_lines",
    [
        # A notice that sets out work to be done soon is the plan.
        ["关于抓紧做好2013年夏秋季征兵准备工作的通知"],
        # ... or work that meets a danger; its title broken over two lines, no
        # addressee under it.
        ["江城省商务厅关于应对疫情进一步改革开放", "做好稳外资工作的通知"],
        # ... or work to be done across its whole area first named.
        ["江城市人民政府办公室关于在全市开展行政效能监察工作的通知"],
        ["共青团江城市委关于在全团开展学党史学习教育的通知"],
        # ... or a team it forms for the work.
        ["关于组建科技志愿服务队伍开展科技志愿服务活动的通知"],
        # ... or a plan of its own the notice is about (a year's 计划 ends the subject
        # once 的通知 is cut).
        ["江城县人民政府办公室关于2024年无偿献血招募计划的通知"],
        ["关于2022年全县植树造林实施方案的通知"],
        # ... or targets or tasks it hands down, set out under it (a plan it hands
        # down, "关于下达2023年…发展计划的通知", is handed over, as 印发 hands one over).
        ["关于下达2023年全县春耕生产目标任务的通知"],
        ["江城市人民政府关于下达2024年全市招商引资责任目标的通知"],
    ],
)
def test_a_notice_that_sets_out_its_own_work_is_the_plan(title_lines: list[str]) -> None:
    text = "\n".join([*title_lines, "为认真贯彻讲话精神,现就当前及全年相关工作通知如下:", BODY])
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "".join(title_lines)


def test_a_notice_that_hands_down_a_plan_hands_it_over() -> None:
    # The plan it hands down follows it under its own title; the notice is its cover.
    text = (
        "江城市人民政府关于下达2023年国民经济和社会发展计划的通知\n"
        "各区县人民政府,市政府各部门:\n现将《江城市2023年国民经济和社会发展计划》下达给你们,"
        "请认真组织实施。\n江城市人民政府\n2023年2月1日\n"
        f"江城市2023年国民经济和社会发展计划\n{BODY}"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "江城市2023年国民经济和社会发展计划"
    assert notice.header is not None
    assert notice.header.notice_title == "江城市人民政府关于下达2023年国民经济和社会发展计划的通知"


def test_an_opening_that_names_the_plan_with_its_year() -> None:
    notice = parse(
        "城镇志愿服务工作安排意见\n为巩固提升创建成果,特制定镇2021年志愿服务工作安排意见。\n" + BODY
    )
    assert (notice.title, notice.year) == ("城镇志愿服务工作安排意见", 2021)


def test_a_portals_box_set_out_a_cell_a_line() -> None:
    # Each label alone on its line, its value on a line below: the 发布日期 is the
    # page's, and the 成文日期 dates the notice.
    text = (
        "發文機關:\n\n江城省人民政府\n\n成文日期:\n\n2020年08月30日\n\n發佈日期:\n\n2020年09月21日\n\n"
        "江城省人民政府關於印發江城自由貿易試驗區總體方案的通知\n江政發〔2020〕10號\n"
        "各市、縣人民政府:\n現將《江城自由貿易試驗區總體方案》印發給你們,請認真貫徹執行。\n"
        "江城自由貿易試驗區總體方案\n" + BODY
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert notice.header.date == dt.date(2020, 8, 30)
    assert "2020年09月21日" in [c.text for c in notice.source.chrome]


def test_a_letters_signature_and_date_set_under_the_plans_title() -> None:
    text = (
        "各市州、县市区人民政府,省政府各厅委、各直属机构:\n"
        "《江城省促进科技成果转移转化实施方案》已经省人民政府同意,现印发给你们,请认真组织实施。\n"
        "江城省促进科技成果转移转化实施方案\n江城省人民政府办公厅\n2017年4月28日\n"
        "为加快推动科技成果转化,制定本实施方案。\n" + BODY
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "江城省促进科技成果转移转化实施方案"
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "江城省人民政府办公厅",
        dt.date(2017, 4, 28),
    )


@pytest.mark.parametrize(
    "numbered",
    [
        "江政办发〔2023〕3号 2023-01-11\n各市、县(市、区)人民政府,省政府直属各单位:",
        # (the date glued to the addressees after it)
        "江政办发〔2023〕3号 2023-01-11各市、县(市、区)人民政府,省政府直属各单位:",
    ],
)
def test_a_portals_number_and_dashed_date_under_the_title(numbered: str) -> None:
    text = (
        "江城省人民政府办公厅关于促进综合保税区高质量发展的实施意见\n"
        f"{numbered}\n为进一步推动发展,现提出以下实施意见。\n{BODY}"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert (notice.header.doc_number, notice.header.date, notice.header.issuer) == (
        "江政办发〔2023〕3号",
        dt.date(2023, 1, 11),
        "江城省人民政府办公厅",
    )
    assert notice.header.addressees == ["各市、县(市、区)人民政府", "省政府直属各单位"]


def test_a_sites_column_over_a_slogan_and_the_schools_title() -> None:
    # The page's column ("发展规划"), its headline, then the plan's slogan over its own
    # title, set apart by a dash: the title is the plan's own, with its span.
    text = (
        "发展规划\n构建勤朴文化,彰显办学特色——江城市浦东中学四年发展规划(2011--2015)\n"
        "发布时间:2013-03-12 14:28:34   发布人:系统管理员\n\n 构建勤朴文化,彰显办学特色\n\n"
        "—— 江城市浦东中学四年发展规划(2011.9--2015.8)\n\n" + BODY
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization) == (
        "江城市浦东中学四年发展规划(2011.9--2015.8)",
        "江城市浦东中学",
    )


def test_the_next_heading_glued_to_the_end_of_a_paragraph() -> None:
    # A copy joined a group's heading to the paragraph above it; its text follows on
    # the next line.
    text = (
        "江城县驻村帮扶工作方案\n一、帮扶安排\n(一)帮扶村范围。\n"
        "向脱贫村选派第一书记和工作队。(二)帮扶力量安排。\n"
        "工作队队长由第一书记兼任。(三)干部选派条件。\n从县直机关优秀干部中选派。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [i.title for i in notice.items()] == ["帮扶村范围", "帮扶力量安排", "干部选派条件"]


@pytest.mark.parametrize(
    "opening",
    [
        "为提高防范意识,结合我局工作实际,定于2017年10月初至10月下旬在全县开展集中宣传月活动。"
        "为确保活动顺利开展,特制定本方案。",
        # (or plans it for them: "…计划于2017年4月8日至5月31日…进行军训")
        "2015级本科生计划于2017年4月8日至5月31日在两个校区同时进行军训,具体工作安排如下。",
    ],
)
def test_an_events_plan_that_sets_its_days_in_a_year(opening: str) -> None:
    notice = parse(opening + "\n" + BODY)
    assert notice.year == 2017


def test_an_excerpt_that_stops_at_a_headings_marker() -> None:
    # The chapters are the plan's sections: the "一、" the excerpt stops at heads nothing.
    text = (
        "江城市电子政务发展规划\n第一章 发展现状与面临形势\n近年来,我市电子政务迅速发展。\n"
        "第二章 总体要求\n坚持服务为主线。\n一、\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [s.title for s in notice.sections] == ["发展现状与面临形势", "总体要求"]
    warned = [d for d in notice.diagnostics if d.code == "truncated-heading"]
    assert [d.line for d in warned] == [6]


@pytest.mark.parametrize(
    ("last", "titles"),
    [
        # (a title cut after a word that joins it to more heads nothing)
        ("二、现状与", ["总体要求"]),
        ("二、指导思想和", ["总体要求"]),
        # (a short title of its own words is a heading)
        ("二、发展现状", ["总体要求", "发展现状"]),
    ],
)
def test_an_excerpt_that_stops_inside_a_headings_title(last: str, titles: list[str]) -> None:
    text = f"江城市水安全保障规划\n水安全是大事。\n一、总体要求\n坚持节水优先。\n{last}\n"
    notice = parse(text)
    assert_lossless(text, notice)
    assert [s.title for s in notice.sections] == titles
    warned = [d.line for d in notice.diagnostics if d.code == "truncated-heading"]
    assert warned == ([5] if len(titles) == 1 else [])


def test_an_excerpt_that_stops_at_a_groups_marker_under_a_heading() -> None:
    # The "(一)" the excerpt stops at is no part of the heading over it.
    text = (
        "江城县社区康复工作实施方案\n一、重要性\n按照以人为本的总体要求,做好工作。\n"
        "二、指导思想、工作目标和主要任务\n(一)"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [s.title for s in notice.sections] == ["重要性", "指导思想、工作目标和主要任务"]
    warned = [d for d in notice.diagnostics if d.code == "truncated-heading"]
    assert [d.line for d in warned] == [5]


def test_a_cover_page_names_the_bodies_that_made_the_plan() -> None:
    text = (
        "江科发〔2011〕76号\n关于印发江城市电子政务发展规划的通知\n各有关单位:\n"
        "《江城市电子政务发展规划》已经市政府同意,现印发给你们,请遵照执行。\n二○一一年十一月二十九日\n"
        "江城市电子政务发展规划\n江城市科技工贸和信息化委员会\n江城市发展和改革委员会\n二〇一一年十一月\n"
        "前言\n为统筹推进电子政务工作,制定本规划。\n" + BODY
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "江城市科技工贸和信息化委员会、江城市发展和改革委员会",
        dt.date(2011, 11, 29),
    )


def test_a_cover_line_that_says_which_body_made_the_plan() -> None:
    # "上海市崇明区人民政府制定" under the title, no date under it: the body issued it.
    text = (
        "江城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n江城市江城区人民政府制定\n"
        "前 言\n为谋划江城区未来发展,编制本纲要。\n" + BODY
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市江城区人民政府"
    assert notice.title == "江城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    # A line of text that says a plan was made is no cover's byline.
    text = "江城区“十四五”规划纲要\n本纲要由区发展改革委编制\n" + BODY
    notice = parse(text)
    assert notice.header is None or notice.header.issuer is None


def test_a_cover_page_with_no_notice_sets_the_title_again_over_its_bodies() -> None:
    # (the page's metadata box names one body; the cover, the text's own, names both)
    text = (
        "索 引 号:LCXZF053/2021-12803\n发文机关: 江城县自然资源局\n文 号:\n成文日期: 2021-06-22\n"
        "江城县基础测绘“十四五”规划(2021-2025)(报批稿)\n"
        "江城县基础测绘“十四五”规划\n(2021-2025)\n(报批稿)\n"
        "江城县发展和改革委员会\n江城县自然资源局\n2021年03月\n"
        "基础测绘是为经济建设提供测绘地理信息保障服务的基础性、公益性事业。\n"
        "一、发展现状\n(一)取得的成效\n1.基础测绘成果不断丰富。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert notice.header.issuer == "江城县发展和改革委员会、江城县自然资源局"
    assert notice.header.note == "江城县基础测绘“十四五”规划\n(2021-2025)\n(报批稿)"
    assert notice.preamble is not None and notice.preamble.startswith("基础测绘是")


def test_a_news_pages_fields_each_over_its_value_are_page_furniture() -> None:
    # (the field's value, "区卫生健康局", is the page's source, not the notice's signer)
    text = (
        "关于印发江城市临安区2022年婴幼儿照护服务工作方案的通知\n日期:\n2022-05-20 12:44\n"
        "来源:\n区卫生健康局\n浏览量:\n\n各相关单位:\n\n"
        "为推进“幼有所育”提升工程,制定《江城市临安区2022年婴幼儿照护服务工作方案》。"
        "现印发给你单位,请认真抓好落实。\n\n"
        "江城市临安区3岁以下婴幼儿照护服务工作领导小组办公室\n\n2022年4月22日\n\n"
        "江城市临安区2022年婴幼儿照护服务工作方案\n\n一、工作目标\n1.新建婴幼儿社区成长驿站13家。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [c.text for c in notice.source.chrome] == [
        "日期:",
        "2022-05-20 12:44",
        "来源:",
        "区卫生健康局",
        "浏览量:",
    ]
    assert notice.header is not None
    assert notice.header.addressees == ["各相关单位"]
    assert notice.header.issuer == "江城市临安区3岁以下婴幼儿照护服务工作领导小组办公室"


def test_a_databases_greeting_and_search_box_are_page_furniture() -> None:
    # A research database's page: its greeting, its menu of bullets and its search box's
    # labels over the notice are the page's, not a plan's items or addressees.
    text = (
        "加入收藏|\n您好,欢迎来到减贫研究数据库!\n  • 全部\n  • 图书\n  • 报告\n高级检索\n热词推荐:\n"
        "江城省人民政府办公厅关于印发江城省“十三五”脱贫攻坚规划的通知\n江政办发〔2017〕55号\n"
        "各市、自治州人民政府,省政府各部门:\n《江城省“十三五”脱贫攻坚规划》已经省政府同意,现印发给你们,"
        "请认真贯彻执行。\n江城省人民政府办公厅\n2017年4月5日\n江城省“十三五”脱贫攻坚规划\n" + BODY
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert {"您好,欢迎来到减贫研究数据库!", "高级检索", "热词推荐:"} <= {
        c.text for c in notice.source.chrome
    }
    assert notice.header is not None
    assert notice.header.addressees == ["各市、自治州人民政府", "省政府各部门"]
    # A plan for a five-year period is for no one year, whatever year its number names.
    assert (notice.title, notice.year) == ("江城省“十三五”脱贫攻坚规划", None)
    # A platform's welcome with no 您好 over a report's title is the page's too.
    text = (
        "欢迎访问江城市中小企业公共服务平台电子信息窗口\n"
        "江城区2019年国民经济和社会发展计划执行情况与2020年计划的报告\n" + BODY
    )
    notice = parse(text)
    assert (notice.title, notice.organization) == (
        "江城区2019年国民经济和社会发展计划执行情况与2020年计划的报告",
        "江城区",
    )


@pytest.mark.parametrize(
    ("title", "organization", "issuer"),
    [
        # Two bodies issue the plan under their own title, a 、 between them.
        (
            "中共江城省委、江城省人民政府关于加强和完善城乡社区治理的实施意见",
            "中共江城省委、江城省人民政府",
            "中共江城省委、江城省人民政府",
        ),
        (
            "江城自治区党委、自治区人民政府关于推进乡村全面振兴的实施意见",
            "江城自治区党委、自治区人民政府",
            "江城自治区党委、自治区人民政府",
        ),
        # ... or one body, its title the only line that names it.
        (
            "江城市人民政府办公室关于切实推进仲裁工作的意见",
            "江城市人民政府办公室",
            "江城市人民政府办公室",
        ),
    ],
)
def test_a_plan_issued_under_its_own_title_by_the_bodies_it_names(
    title: str, organization: str, issuer: str
) -> None:
    # No notice, no signature, no page box: the bodies before 关于 issue the plan, and
    # the header that says so holds no text of its own.
    text = f"{title}\n为进一步激发城乡社区自治活力,提出如下实施意见。\n{BODY}"
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization) == (title, organization)
    assert notice.header is not None
    assert notice.header.issuer == issuer
    assert notice.header.span.start == notice.header.span.end == 0


def test_a_joint_signature_of_names_set_out_a_character_at_a_time() -> None:
    # Sixteen bodies sign a line each, the short names spread to the width of the
    # long ones ("科     技     部" is one name, not three cells); a line the page left
    # empty stands among them.
    text = (
        "关于印发《江城市数据行动计划》的通知\n各区人民政府:\n"
        "现将《江城市数据行动计划》印发给你们,请认真组织实施。\n"
        "国 家 数 据 局\n中 央 网 信 办\n          \n科     技     部\n工业和信息化部\n"
        "2023年12月31日\n江城市数据行动计划\n" + BODY
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert notice.header.issuer == "国家数据局、中央网信办、科技部、工业和信息化部"
    assert notice.header.cover_letter == "现将《江城市数据行动计划》印发给你们,请认真组织实施。"


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        # A name of five characters or more set out to the width of the date: its
        # ending (科协, 政府, 办公室) has spaces in it.
        ("江 城 市 科 协", "江城市科协"),
        ("江  城  市  人  民  政  府  办  公  室", "江城市人民政府办公室"),
        # ... one of two that sign a line each.
        ("江城市科学技术协会\n江 城 市 教 育 局", "江城市科学技术协会、江城市教育局"),
    ],
)
@pytest.mark.parametrize("where", ["under the cover letter", "under the plan"])
def test_a_signature_set_out_a_character_at_a_time(signature: str, issuer: str, where: str) -> None:
    signed = f"{signature}\n2023年3月10日\n"
    plan = "江城市2023年科普工作要点\n" + BODY
    if where == "under the cover letter":
        text = (
            "关于印发江城市2023年科普工作要点的通知\n各区科协:\n"
            "现将《江城市2023年科普工作要点》印发给你们,请认真贯彻落实。\n" + signed + plan
        )
    else:
        text = plan + signed
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (issuer, dt.date(2023, 3, 10))
    # (the name is the signature's, never the last task's text)
    assert not any(signature.split("\n")[-1] in item.text for item in notice.items())


@pytest.mark.parametrize(
    "menu",
    [
        "首页 | 机构概况 | 新闻中心 | 通知公告",
        "网站首页  走进科协  新闻中心  信息公开  服务中心",
        "首頁\uff5c機構簡介\uff5c服務中心\uff5c",
    ],
)
def test_a_site_menu_on_one_line_signs_nothing(menu: str) -> None:
    # A saved page's menu, its entries run onto one line: the last that ends as an
    # office does (新闻中心, 服务中心) is no issuer, and the line is the page's.
    text = f"{menu}\n江城市科学技术协会2023年工作要点\n{BODY}"
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "江城市科学技术协会2023年工作要点"
    assert notice.header is None or notice.header.issuer is None
    assert [line.text for line in notice.source.chrome] == [menu]


@pytest.mark.parametrize(
    ("title_line", "organization", "year"),
    [
        # A notice of an event that opens with 关于 and its verb names its body after
        # the year, never "关于开展".
        ("关于开展2025年江城省青少年科学节活动的通知", "江城省", 2025),
        ("关于做好2024年全市科普工作的通知", "全市", 2024),
        # ... or after the verb, before the year.
        ("关于组织江城市2024年科技活动周的通知", "江城市", 2024),
    ],
)
def test_a_notice_title_that_opens_with_about_names_its_body_later(
    title_line: str, organization: str, year: int
) -> None:
    text = f"{title_line}\n各区科协:\n现将有关事项通知如下:\n{BODY}"
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization, notice.year) == (title_line, organization, year)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # The person in charge of a heading's work, in brackets at its end, is a note
        # on it, no part of its title.
        ("一、深化体制机制改革(李焕龙负责)", "深化体制机制改革"),
        ("一、做实职工队伍建设（张恩周、王红负责）", "做实职工队伍建设"),
        # ... never a manner of doing it.
        ("一、做好服务工作(认真负责)", "做好服务工作(认真负责)"),
    ],
)
def test_a_heading_that_names_the_person_in_charge(heading: str, title: str) -> None:
    text = f"江城市图书馆2017年工作要点\n{heading}\n1.推进总分馆建设。全年新建分馆5个。\n"
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.sections[0].title == title


def test_a_headline_restated_under_the_plans_title_split_after_its_body() -> None:
    # The page's headline names no body; the plan's own title, split in two under
    # it, says the same words after its school's name.
    text = (
        "2022-2023学年度第一学期德育工作计划\n"
        "作者:附属中学 发布时间:2022-09-11 00:00:00 浏览次数:1859\n\n"
        "江城学院附属中学2022-2023学年度\n\n第一学期德育工作计划\n\n" + BODY
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "江城学院附属中学2022-2023学年度第一学期德育工作计划"
    assert notice.organization == "江城学院附属中学"


@pytest.mark.parametrize(
    "text",
    [
        # A copy whose font lost the stroke of 一 writes a hyphen in its bracket: the
        # group is (一), on its own line ...
        "江城市政务服务优化实施方案\n一、总体要求\n(-)指导思想。坚持以人民为中心。\n"
        "(二)基本原则。坚持政治引领。\n",
        # ... or run together with its heading on a page that lost its line breaks.
        "江城市政务服务优化实施方案为更好满足企业和群众办事需求,结合工作实际,特制定本方案。"
        "一、总体要求(-)指导思想。坚持以人民为中心,统筹推进全市各项重点工作,切实提升"
        "服务效能和群众满意度,推动各项任务落地见效。(二)基本原则。坚持政治引领。"
        "将党的领导贯穿全过程和各方面,不断提升服务水平,确保各项工作取得实效。"
        "坚持以人民为中心。聚焦企业和群众反映强烈的办事堵点难点问题,完善落实有关标准"
        "和政策措施,着力破解关键掣肘和体制机制障碍,提供更加优质高效的政务服务。\n",
    ],
)
def test_a_group_numbered_with_a_hyphen_for_yi(text: str) -> None:
    notice = parse(text)
    assert_lossless(text, notice)
    [section] = notice.sections
    assert section.title == "总体要求"
    assert [(i.number, i.title) for i in section.items] == [(1, "指导思想"), (2, "基本原则")]


def test_a_first_leads_rule_with_a_clause_on_the_others_holds_below() -> None:
    # The rule that the first unit named leads may say what the others do before its
    # "下同"; it still holds for every item below.
    text = (
        "江城省促进红十字事业发展重点工作分工方案\n一、推进改革创新\n"
        "1.理顺政府与红十字会的关系。(省发展改革委、省委编办、省民政厅等负责。"
        "列第一位者为牵头部门,其他有关部门或单位按职责分工负责,下同)\n"
        "2.改革和完善红十字会内部治理结构。(省红十字会、省委组织部、省委编办等负责)\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [(lead, support) for _, _, lead, support, _ in items(notice)] == [
        (["省发展改革委"], ["省委编办", "省民政厅"]),
        (["省红十字会"], ["省委组织部", "省委编办"]),
    ]


def test_a_plan_of_key_points_named_by_ordinals_is_read_not_refused() -> None:
    # A sector's key points for the year, each heading "重点一:" with its title after
    # the colon and paragraphs under it, and no title line above them.
    text = (
        "重点一:持续确保安全运行平稳可控。\n严格落实安全责任,强化风险防控。\n"
        "重点二:持续提升资源保障能力。\n加快基础设施建设,优化资源配置。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "持续确保安全运行平稳可控"),
        (2, "持续提升资源保障能力"),
    ]


def test_replacement_characters_at_a_lines_end_are_no_part_of_the_title() -> None:
    # A page whose encoding lost its full-width spaces left "\ufffd\ufffd" after the title.
    text = "江城市教育局2003年工作要点\ufffd\ufffd\n" + BODY
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.year) == ("江城市教育局2003年工作要点", 2003)


@pytest.mark.parametrize(
    ("title", "year"),
    [
        # A plan whose title, text and number name no year is the year of its date ...
        ("关于举办第21届江城市社会科学普及活动周的通知", 2022),
        # ... never a plan over a span of years.
        ("江城市社会科学普及规划(2021—2025年)", None),
    ],
)
def test_the_year_of_the_date_for_a_plan_that_names_none(title: str, year: int | None) -> None:
    text = (
        f"{title}\n各区委宣传部:\n现将有关事项通知如下:\n"
        "一、指导思想\n坚持以人民为中心。\n二、活动主题\n科学普及。\n江城市社会科学界联合会\n"
        "2022年8月25日\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.year == year
    assert ("year-from-date" in [d.code for d in notice.diagnostics]) == (year is not None)


@pytest.mark.parametrize(
    ("days", "year"),
    [
        ("2023-9-11—2023-9-15", 2023),
        ("（2023年9月11日至9月15日）", 2023),
        ("2023.9.11-9.15", 2023),
        # (days across two years name no one year)
        ("2023-12-25—2024-1-5", None),
    ],
)
def test_the_days_a_weeks_plan_covers_give_its_year(days: str, year: int | None) -> None:
    text = f"第二周工作计划\n{days}\n一、行政工作\n1、讨论完善园务计划。\n2、暑期零星维修工程决算报告。\n"
    notice = parse(text)
    assert (notice.title, notice.year) == ("第二周工作计划", year)


def test_the_year_of_the_date_for_a_notice_with_no_title_that_names_none() -> None:
    # A month's study notice with no title, whose text names no year, was signed in
    # the year it is for; one that names a year keeps the year it names.
    text = (
        "各基层党委、党总支、直属党支部:\n"
        "按照学校党委要求,请各二级单位做好以下内容的学习。\n"
        "1.全国宣传思想文化工作会议精神。会议10月7日至8日在北京召开。\n"
        "2.学习资料详见附件。\n"
        "党委宣传部\n2023年10月17日\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.header and notice.header.issuer) == (None, "党委宣传部")
    assert notice.year == 2023
    assert "year-from-date" in [d.code for d in notice.diagnostics]
    named = text.replace("按照学校党委要求", "按照学校党委2024年工作要点")
    assert parse(named).year == 2024


def test_a_study_plan_titled_with_no_year_takes_the_one_year_its_opening_names() -> None:
    # "…的学习计划" is a plan's title; its opening names the one year it is for.
    text = (
        "关于树立和践行正确政绩观学习教育的学习计划\n"
        "近日,中共中央办公厅印发通知,决定自2026年春节假期后至7月底,在全党开展学习教育。"
        "现结合实际,制定如下实施计划。\n"
        "一、指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
        "二、总体安排\n学习教育分三个阶段进行。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.year) == ("关于树立和践行正确政绩观学习教育的学习计划", 2026)
    assert "year-from-opening" in [d.code for d in notice.diagnostics]
    # An opening that names two years settles none.
    looking_back = text.replace("决定自2026年", "总结2025年经验,决定自2026年")
    assert parse(looking_back).year is None


@pytest.mark.parametrize(
    ("marker", "kind"),
    [("一、", "section"), ("（一）", "group")],
)
def test_a_heading_broken_at_each_quotation_mark_is_one_heading(marker: str, kind: str) -> None:
    # A copy from a word processor set every quotation mark on a line of its own.
    text = (
        "江城市委宣传部2026年机关纪检工作要点\n一、强化政治监督\n"
        f"{marker}聚焦\n“\n两个维护\n”\n深化政治监督,保障宣传战线正确政治方向\n"
        "1.监督保障党的创新理论学深悟透做实。坚持学习。\n"
    )
    if kind == "section":
        text = text.replace("一、强化政治监督\n", "")
    notice = parse(text)
    title = "聚焦“两个维护”深化政治监督,保障宣传战线正确政治方向"
    if kind == "section":
        assert [s.title for s in notice.sections] == [title]
    else:
        assert [g.title for g in notice.sections[0].groups] == [title]
    assert [i.title for i in notice.items()] == ["监督保障党的创新理论学深悟透做实"]
    assert_lossless(text, notice)


def test_a_paragraph_after_a_heading_that_ends_with_a_quote_is_its_intro() -> None:
    # A closing mark on the heading's own line closes nothing a copy broke: the
    # paragraph under it is the section's intro.
    text = (
        "江城市2026年工作要点\n一、深入开展“三个进万家”\n活动\n"
        "二、实施“五大工程”\n围绕重点领域补短板。\n"
    )
    notice = parse(text)
    assert [(s.title, s.intro) for s in notice.sections] == [
        ("深入开展“三个进万家”", "活动"),
        ("实施“五大工程”", "围绕重点领域补短板。"),
    ]


@pytest.mark.parametrize("verb", ["认真贯彻落实", "贯彻", "落实", "贯彻执行", "學習貫徹"])
def test_a_notice_that_asks_to_carry_out_a_plan_it_names_is_its_own_text(verb: str) -> None:
    # The title names a plan for its readers to carry out, not one it hands over:
    # the notice is the text, and its numbered points are its sections.
    notice_title = f"江城市科协关于{verb}《江城市全民科学素质行动实施方案》进一步做好科普工作的通知"
    text = (
        f"{notice_title}\n各县(区)科协:\n为做好科普工作,现就有关事项通知如下:\n"
        "一、充分认识重要意义\n科普工作是基础性工作。\n二、抓好重点任务\n1.开展科普月活动。\n"
    )
    notice = parse(text)
    assert notice.title == notice_title
    assert [s.title for s in notice.sections] == ["充分认识重要意义", "抓好重点任务"]
    # (a notice that hands the plan over gives the plan's name, and its points ask
    # what letters ask)
    handed = parse(text.replace(f"关于{verb}《", "关于印发《").replace("进一步做好科普工作", ""))
    assert handed.title == "江城市全民科学素质行动实施方案"


LONG_PARAGRAPH = "香港以“一国”为根本,享“两制”之利,可以香港所长,贡献国家所需。" * 4


@pytest.mark.parametrize(
    ("paragraph", "wrapped"), [(LONG_PARAGRAPH, False), ("坚持稳中求进。", True)]
)
def test_a_short_line_under_a_heading_is_its_tail_only_in_a_wrapped_text(
    paragraph: str, wrapped: bool
) -> None:
    # A text whose paragraphs stand a line each (some far longer than a page's
    # width) ends a heading where its line ends: the short line under it is a
    # subject heading of its own.  A hard-wrapped text may break a heading there.
    text = (
        "江城市2025年施政报告\n二、行稳致远 强化政府治理体系\n"
        "(一)全面准确贯彻“一国两制”方针\n发挥“一国两制”制度优势\n"
        f"1.{paragraph}\n2.坚持依法施政。\n"
    )
    notice = parse(text)
    (group,) = notice.sections[0].groups
    whole = "全面准确贯彻“一国两制”方针发挥“一国两制”制度优势"
    assert group.title == (whole if wrapped else "全面准确贯彻“一国两制”方针")
    assert [i.group.title for i in notice.items() if i.group] == [group.title] * 2
    assert_lossless(text, notice)


def test_a_span_the_cover_letter_hands_over_names_no_year() -> None:
    # (its closing year is no year of the plan: a span is read as none, in the letter
    # as in the title; a goal's year in the opening still counts, "到2017年,…")
    notice = parse(
        "江城市科技创新行动计划(2022—2025年)\n\n"
        "江城市人民政府办公室关于印发《江城市科技创新行动计划(2022—2025年)》的通知\n"
        "各县（市、区）人民政府：\n"
        "现将《江城市科技创新行动计划(2022—2025年)》印发给你们，请认真贯彻执行。\n"
        "江城市人民政府办公室\n2022年3月1日\n"
        "一、加强科技创新\n1.完善科技创新机制。（市科技局）\n"
    )
    assert notice.header is not None
    assert (notice.year, notice.header.issuer) == (None, "江城市人民政府办公室")


def test_a_pages_date_and_source_after_a_run_of_spaces_date_and_issue_the_notice() -> None:
    # (the page's line: its date and clock time, then its fields, each after a run of
    # spaces; the notice title closes with its number in brackets)
    text = (
        "关于江城经济技术开发区2020年重点工作任务分工方案的通知(江经管发〔2020〕81号)\n\n"
        "2020-06-30 17:41     来源: 江城经济技术开发区管理委员会     作者: 江城经济技术开发区管理委员会\n\n"
        "各街道办事处,各办局室:\n"
        "为全面完成年度目标任务,现就重点工作任务分工有关事项通知如下:\n"
        "一、重点任务\n1.完善科技创新机制。（经发局）\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    header = notice.header
    assert header is not None
    assert (header.issuer, header.date, header.doc_number) == (
        "江城经济技术开发区管理委员会",
        dt.date(2020, 6, 30),
        "江经管发〔2020〕81号",
    )
    assert [c.kind for c in notice.source.chrome] == ["published"]


def test_an_items_title_drops_the_exclamation_mark_that_closes_it() -> None:
    # (as it drops a 。: the mark closes the sentence, it is no word of the title)
    text = (
        "江城市惠台若干措施\n一、学习就业\n"
        "1.在江城大中小学就读的台籍学生享受与本市户籍学生同等的奖、助学金待遇!\n"
        "2.台湾青年来江城创业,享受同等扶持政策。\n"
    )
    notice = parse(text)
    assert [i.title for i in notice.sections[0].items] == [
        "在江城大中小学就读的台籍学生享受与本市户籍学生同等的奖、助学金待遇",
        "台湾青年来江城创业,享受同等扶持政策",
    ]
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    ("items", "titles"),
    [
        # (every marker left a bare number glued to the text)
        (
            "1大力发展高新技术产业,力争产值超过9000亿元。\n2加快实施服务业倍增计划。\n",
            ["大力发展高新技术产业,力争产值超过9000亿元", "加快实施服务业倍增计划"],
        ),
        # (the first only, the next item marked)
        (
            "1继续开展好常规科普宣传活动\n\n组织好科普宣传周活动。\n\n2、搭建人才服务平台。\n",
            ["继续开展好常规科普宣传活动", "搭建人才服务平台"],
        ),
        # (a count that opens a sentence, with no run after it, stays text)
        ("1个中心要带动全局,各项工作协调推进。\n", []),
    ],
)
def test_items_whose_markers_a_copy_left_bare_numbers(items: str, titles: list[str]) -> None:
    text = f"江城市2006年重点任务分解落实方案\n一、加快经济结构调整\n{items}二、保障措施\n"
    notice = parse(text)
    assert [i.title for i in notice.sections[0].items] == titles
    assert_lossless(text, notice)


def test_a_catalogues_entry_alone_titles_the_plan_without_its_province() -> None:
    # With no cover of the plan's own below, the entry is the title, its filing under
    # the province no part of it.
    text = (
        "(江城省)北江县国民经济和社会发展第十三个五年规划纲要\n\n"
        "[可行性研究报告 - 规划计划] 发表于:2021-10-09 14:27:45\n收藏\n详情\n"
        "“十三五”时期是北江县全面深化改革攻坚期。\n"
        "一、发展基础\n“十二五”时期,全县经济稳步增长。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "北江县国民经济和社会发展第十三个五年规划纲要",
        "北江县",
        None,
    )


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        # (a place within the city before the work of its economy and its period in words)
        ("江城市北江区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "江城市北江区"),
        ("江城市临空经济区国民经济和社会发展第十四个五年规划纲要", "江城市临空经济区"),
        # (an autonomous county, whose name is longer)
        ("江城市北江土家族自治县国民经济和社会发展第十四个五年规划纲要", "江城市北江土家族自治县"),
        ("江城市北江土家族自治县“十四五”交通发展规划", "江城市北江土家族自治县"),
        # (the city alone where no place within it follows)
        ("江城市国民经济和社会发展第十四个五年规划纲要", "江城市"),
    ],
)
def test_a_five_year_plan_of_a_place_within_a_place_is_that_places(
    title: str, organization: str
) -> None:
    notice = parse(f"{title}\n{BODY}")
    assert (notice.title, notice.organization, notice.year) == (title, organization, None)


def test_a_headline_cut_short_before_the_title_said_whole_on_its_line() -> None:
    text = (
        "国务院办公厅关于发展银发经济 国务院办公厅关于发展银发经济 增进老年人福祉的意见\n\n"
        "发布时间:2024-01-23\n\n各省、自治区、直辖市人民政府:\n"
        "现就发展银发经济、增进老年人福祉提出如下意见。\n" + BODY
    )
    notice = parse(text)
    assert notice.title is not None
    assert "".join(notice.title.split()) == "国务院办公厅关于发展银发经济增进老年人福祉的意见"


def test_a_chapter_that_opens_its_sections_is_the_top_level() -> None:
    # 第一章 / 第一节 / 一、: the 一、 headings under a 节 are text of the chapter.
    text = (
        "江城市“十四五”区域协调发展规划\n\n"
        "第一章 发展基础与环境\n第一节 发展基础\n全市区域协调机制不断健全。\n"
        "一、经济社会发展水平不断提升\n坚持发展为第一要务。\n"
        "二、城乡差距持续缩小\n农村居民收入增长较快。\n"
        "第二节 面临形势\n发展环境深刻变化。\n"
        "第二章 总体要求\n第一节 指导思想\n坚持新发展理念。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "发展基础与环境"),
        (2, "总体要求"),
    ]
    assert list(notice.items()) == []


def test_chapters_over_the_one_headings_with_no_sub_chapter_stay_text() -> None:
    text = (
        "江城市“十四五”区域协调发展规划\n\n第一章 发展基础\n"
        "一、经济社会发展水平不断提升\n坚持发展为第一要务。\n二、城乡差距持续缩小\n农村居民收入增长较快。\n"
    )
    assert [(s.number, s.title) for s in parse(text).sections] == [
        (1, "经济社会发展水平不断提升"),
        (2, "城乡差距持续缩小"),
    ]


def test_a_box_row_without_colons_names_the_publisher_and_its_status_takes_no_title() -> None:
    # A box's row of two fields with no colons, and an empty 有效性 over the page's title.
    text = (
        "当前位置首页\n> 政务公开 > 法定主动公开内容 > 政策和解读\n"
        "索  引  号 11370828004313434W/2021-05704 公开方式 主动公开\n"
        "发布机构 江城县农业农村局 组配分类 政策和解读\n"
        "成文日期 2021-04-20 废止日期\n有效性\n"
        "2021年江城县乡村振兴工作重点任务清单\n"
        "发布日期:2021-04-20 14:54 信息来源:江城县农业农村局 浏览次数:\n分享\n\n"
        "2021年全县乡村振兴工作总的要求是:坚持稳中求进。\n\n" + BODY
    )
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (
        "2021年江城县乡村振兴工作重点任务清单",
        "江城县",
        2021,
    )
    header = notice.header
    assert header is not None
    assert (header.issuer, header.date) == ("江城县农业农村局", dt.date(2021, 4, 20))


def test_a_status_under_its_label_is_the_boxs_value() -> None:
    text = (
        "索  引  号 11370828004313434W/2021-05704 公开方式 主动公开\n"
        "发布机构 江城县农业农村局 组配分类 政策和解读\n"
        "成文日期 2021-04-20 废止日期\n有效性\n有效\n"
        "2021年江城县乡村振兴工作重点任务清单\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "2021年江城县乡村振兴工作重点任务清单"
    assert notice.source is not None
    assert [(line.text, line.kind) for line in notice.source.chrome[-2:]] == [
        ("有效性", "metadata"),
        ("有效", "metadata"),
    ]


@pytest.mark.parametrize(
    ("line", "title", "organization"),
    [
        # (a township office's credit after a slash is no part of the title)
        ("江城鄉公所近期工作重點/鄉公所提供", "江城鄉公所近期工作重點", "江城鄉公所"),
        ("江城市2024年工作要点\uff0f市政府办公室提供", "江城市2024年工作要点", "江城市"),
        # (a Taiwan township's office is its body, with a year or without)
        ("江城區公所113年度施政計畫", "江城區公所113年度施政計畫", "江城區公所"),
    ],
)
def test_a_credit_after_a_slash_and_a_township_office(
    line: str, title: str, organization: str
) -> None:
    notice = parse(f"{line}\n{BODY}")
    assert (notice.title, notice.organization) == (title, organization)


def test_a_character_lost_with_its_glosss_bracket_ends_no_heading() -> None:
    # A mirror's code page put "?" for a character and its gloss's "(": no question's end.
    text = (
        "江城市2022年防空警報(bào)試?guó)Q方案\n"
        "一、防空警報(bào)試?guó)Q時(shí)間\n防空警報(bào)試?guó)Q安排在9月17日上午11時(shí)35分至11時(shí)58分"
        "進(jìn)行。其中,11時(shí)35分至38分,試?guó)Q預(yù)先警報(bào)。\n"
        "二、防空警報(bào)試?guó)Q方式\n組織本市防空警報(bào)器進(jìn)行鳴放。\n"
    )
    assert [s.title for s in parse(text).sections] == [
        "防空警報(bào)試?guó)Q時(shí)間",
        "防空警報(bào)試?guó)Q方式",
    ]


def test_a_standard_heading_the_excerpt_cuts_glued_to_its_text() -> None:
    # The excerpt stops two characters into the heading's text: the heading is whole.
    text = "江城市科普示范县创建实施方案\n为进一步做好科普工作,制定本方案。\n一、指导思想以邓"
    assert [s.title for s in parse(text).sections] == ["指导思想"]
    # (a word that joins the heading to more leaves it as written)
    text = "江城市科普示范县创建实施方案\n为进一步做好科普工作,制定本方案。\n一、指导思想和主要目"
    assert [s.title for s in parse(text).sections] != ["指导思想"]


def test_a_title_run_into_its_text_ends_after_the_outline_it_carries_out() -> None:
    text = (
        "江城省全民科学素质行动计划纲要实施方案(2016-2020年)科学素质是决定全民思维方式"
        "和行为方式的前提,为贯彻国务院要求,结合我省实际,制定本方案。"
        + "全省公民科学素质水平稳步提升,科普工作取得明显成效。" * 4
        + " 一、总体要求 (一)指导思想。坚持创新发展。 (二)发展目标。到2020年达到10%。"
        + " 二、重点任务 (一)实施青少年科学素质行动。加强科学教育。\n"
    )
    notice = parse(text)
    assert notice.title == "江城省全民科学素质行动计划纲要实施方案(2016-2020年)"


def test_a_box_of_values_numbered_by_a_credit_code_signs_an_untitled_plan() -> None:
    text = (
        "11330282002976998R/2024-150295\n市水利局\n计划总结\n水利\n2024-05-21\n2024-05-21\n"
        "面向社会\n2024年是实施“十四五”规划关键一年。2024年全市水利工作思路如下:\n" + BODY
    )
    notice = parse(text)
    assert notice.title is None
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("市水利局", dt.date(2024, 5, 21))


def test_a_bodys_name_over_an_untitled_plans_opening_issues_it() -> None:
    text = (
        "江城省知识产权战略实施工作联席会议办公室\n"
        "为深入实施知识产权战略,明确2016年重点任务和工作措施,制定本计划。\n" + BODY
    )
    notice = parse(text)
    assert notice.title is None
    assert notice.header is not None
    assert notice.header.issuer == "江城省知识产权战略实施工作联席会议办公室"
    assert notice.preamble is not None and notice.preamble.startswith("为深入实施")
    # (a site's name over its menu, no opening under it, issues nothing)
    text = "江城信用担保有限公司\n\n• 法律图书馆\n\n• 2018—2022年检察改革工作规划\n" + BODY
    header = parse(text).header
    assert header is None or header.issuer != "江城信用担保有限公司"


@pytest.mark.parametrize(
    ("schedule", "year"),
    [
        # (an event's days, in one year)
        ("二、活动时间\n2022年5月1日至12月31日。\n", 2022),
        ("二、工作安排\n1.2017年3月底前完成摸底。\n2.2017年6月底前完成整改。\n", 2017),
        # (a school year's months fall in two years: none)
        ("二、工作安排\n1.2016年9月开展动员。\n2.2017年1月组织考核。\n", None),
        # (a look back, or a target's year alone, schedules nothing)
        ("二、工作基础\n截至2023年6月,全区已建成站点30个。\n", None),
        ("二、工作目标\n到2025年,建成站点100个。\n", None),
    ],
)
def test_a_plan_that_names_no_year_is_the_year_its_schedule_runs_in(
    schedule: str, year: int | None
) -> None:
    text = (
        "关于开展“志愿我先行”文明实践活动的方案\n"
        "为弘扬志愿精神,结合我区实际,制定本方案。\n一、活动主题\n志愿我先行。\n" + schedule
    )
    notice = parse(text)
    assert notice.year == year
    assert ("year-from-schedule" in [d.code for d in notice.diagnostics]) == (year is not None)


def test_a_title_broken_over_three_lines_at_a_conjunction_is_whole() -> None:
    # A printed page's title in three lines, the middle one opening with its 和.
    text = (
        "江城县国民经济\n和社会发展\n第十三个五年规划纲要\n(送审稿)\n"
        "“十三五”时期是江城县全面建成小康社会的关键五年。\n" + BODY
    )
    assert parse(text).title == "江城县国民经济和社会发展第十三个五年规划纲要"
    # (an office's name over such a middle line opens no title)
    text = "江城市人民政府办公室\n和社会发展\n第十三个五年规划纲要\n" + BODY
    assert parse(text).title == "第十三个五年规划纲要"


def test_a_cover_notice_over_a_contents_list_the_excerpt_cuts_is_read() -> None:
    # A legacy code page's "?" for the 文号's brackets; the contents' entries run together
    # on lines, their dots kept with them and no page numbers, the excerpt cut in the last.
    dots = "." * 200
    text = (
        "江城市人民政府办公室文件\n江府办发?2011?160号\n"
        "市政府办公室关于印发《江城市\n“十二五”环境保护和生态建设规划》的通知\n"
        "各县(市、区)人民政府,市各委、办、局:\n"
        "《江城市“十二五”环境保护和生态建设规划》已经市政府同意,现印发给你们。\n"
        "二○一一年七月二十五日\n江城市“十二五”环境保护和生态建设规划\n目 录\n"
        f"第一章 总 论 {dots}\n一、规划背景 {dots} 二、规划编制依据 {dots}\n"
        f"(一)相关文件资料 {dots} (二)数据主要来源 {dots}\n"
        f"三、规划范围和期限 {dots} 四、规划编制技术路"
    )
    notice = parse(text)
    assert notice.title == "江城市“十二五”环境保护和生态建设规划"
    assert notice.sections == []
    header = notice.header
    assert header is not None
    assert (header.doc_number, header.date) == ("江府办发?2011?160号", dt.date(2011, 7, 25))
    assert notice.source is not None
    contents = [c.text for c in notice.source.chrome if c.kind == "contents"]
    assert contents[0] == f"一、规划背景 {dots}"


def test_a_doc_number_in_question_marks_gives_the_year_of_issue() -> None:
    text = (
        "关于印发江城乡清剿火患战役实施方案的通知\n江政?2014?8号\n各村:\n"
        "现将实施方案印发给你们,请认真贯彻执行。\n江城乡人民政府\n"
        "江城乡清剿火患战役实施方案\n一、工作目标\n全面消除火灾隐患。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.doc_number == "江政?2014?8号"
    assert notice.year == 2014


def test_a_provinces_own_level_before_benji_is_no_part_of_its_name() -> None:
    notice = parse("江城省省本级公共数据资源授权运营总体实施方案\n" + BODY)
    assert notice.organization == "江城省"


def test_a_title_run_into_its_text_keeps_its_span_after_a_space() -> None:
    text = (
        "各中小学: 现将行动方案印发给你们,请认真贯彻执行。\n"
        "江城区“人工智能+智慧教育”高质量发展行动方案 (2025年—2028年) "
        + "人工智能技术的持续突破,使人才需求经历深刻变革。" * 6
        + " 一、总体要求 坚持立德树人。 二、重点任务 (一)建设智慧校园。推进数字基座建设。"
        + " (二)培养教师队伍。开展全员培训。\n"
    )
    assert parse(text).title == "江城区“人工智能+智慧教育”高质量发展行动方案(2025年—2028年)"


def test_a_kind_set_wide_under_the_place_and_under_a_headline_that_names_no_place() -> None:
    # A cover page: the plan's name, its kind set wide, its span, the office and month;
    # above it the page's headline, which the name below says again with its place.
    text = (
        "扶贫开发\n\n来源:百度文库 时间:2024/05/05 13:46:02\n"
        "江城县扶贫开发\n规    划\n(2011—2015)\n江城县扶贫开发办公室\n二0一0年六月\n"
        "第一章 编制规划的依据\n一、编制依据\n根据国家扶贫开发纲要,制定本规划。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.organization) == ("江城县扶贫开发规划(2011—2015)", "江城县")


def test_a_group_that_lost_its_opening_bracket_under_parts_is_read() -> None:
    # Under 壹、貳、 parts the (一) headings are items; one whose "(" a copy lost,
    # "一)…", is no item of that form: it stays a group heading, and the plan is read.
    text = (
        "江城縣高級中學校外輔導工作計畫\n壹、依據\n教育部函辦理。\n貳、組織\n一、校外會組織\n"
        "一)主任委員:由縣長兼任。\n(二)委員:由教育處處長兼任。\n二、工作項目\n(一)辦理校外巡查。\n"
        "參、經費\n由本校編列。\n"
    )
    notice = parse(text)
    assert [s.title for s in notice.sections] == ["依據", "組織", "經費"]
    assert "辦理校外巡查" in [i.title for i in notice.items()]


@pytest.mark.parametrize(
    ("preface", "year"),
    [
        # (a look back on one year, then ahead to the next)
        (
            "2031年,本範疇完成各項工作。\n2031年,治安保持穩定。\n2032年,本範疇將深化警務合作。\n",
            2032,
        ),
        # (a later year opening the last paragraph, with no 將)
        ("2031 年,本範疇完成各項工作。\n2032 年,本範疇繼續推進各項改革。\n", 2032),
        # (the review of the last year's plan names the year before the plan's)
        (
            "在過去一年,本範疇推進各項工作。\n二○三一年財政年度施政方針執行情況\n本範疇持續完善法制。\n",
            2032,
        ),
        (
            "過去一年,本範疇推進改革。\n二零三一年度保安範疇施政方針的執行情況\n在2031 年,各部門加強合作。\n",
            2032,
        ),
    ],
)
def test_guidelines_that_open_on_their_preface_are_the_year_it_looks_ahead_to(
    preface: str, year: int
) -> None:
    # A year's guidelines on a page that opens on their preface, with no title: the
    # review heading under the preface is no title, and the year is the one ahead.
    notice = parse("前言\n" + preface)
    assert notice.title is None
    assert notice.year == year
    assert "year-from-preface" in [d.code for d in notice.diagnostics]
    # (a page may set blank lines before and between its paragraphs)
    spaced = parse("\n前言\n\n" + preface.replace("\n", "\n\n"))
    assert spaced.year == year


def test_a_preface_that_only_looks_back_is_no_plan() -> None:
    # (one year only, and nothing a body will do in it: a report's preface, refused)
    with pytest.raises(ParseError, match="not-a-notice"):
        parse("前言\n2031年,本範疇完成各項工作。\n2031年,治安保持穩定。\n")
    # (a plan's own title under its preface stays its title)
    notice = parse("前言\n2032年是開局之年,本範疇將推進改革。\n二○三二年財政年度施政方針\n" + BODY)
    assert notice.title == "二○三二年財政年度施政方針"
    assert notice.year == 2032


@pytest.mark.parametrize(
    "lines",
    [
        # (the page's posting time glued to the kind, with its fields after it)
        "江城省“十二五”综合交通运输体系规划时间: 2014-04-22信息来源:未知 作者:admin 责编:\n",
        # (a mirror's word that it holds the whole text)
        "文化部十二五时期公共文化服务体系建设实施纲要/全文\n",
        # (a column's name over the title, a kind of area and no place: no upper half)
        "地区发展\n\n江城省“十二五”综合交通运输体系规划\n",
    ],
)
def test_a_title_under_or_glued_to_the_pages_words_is_the_title_alone(lines: str) -> None:
    notice = parse(lines + "为推进全省交通运输发展,制定本规划。\n" + BODY)
    assert notice.title is not None
    assert notice.title.endswith(("体系规划", "实施纲要"))
    assert notice.title.startswith(("江城省", "文化部"))


def test_an_untitled_plan_report_under_its_author_is_for_the_year_it_plans() -> None:
    # A yearly plan report with no title line: its author over the sentence that
    # presents it to the congress, which reviews one year and plans the next.
    text = (
        "江城省发展和改革委员会\n"
        "受省人民政府委托,现将2031年全省国民经济和社会发展计划执行情况与2032年计划草案"
        "提请省人大审查,请予审议。\n"
        "一、2031年全省国民经济和社会发展计划执行情况\n"
        "1.经济运行总体平稳。全省生产总值增长5%。\n2.改革开放持续深化。\n"
    )
    notice = parse(text)
    assert notice.title is None
    assert notice.year == 2032
    assert notice.header is not None
    assert notice.header.issuer == "江城省发展和改革委员会"
    # (two years with no review between them name none)
    other = parse(text.replace("执行情况与2032年计划草案", "和2032年的计划草案"))
    assert other.year is None


@pytest.mark.parametrize("note", ["(征求意见稿)", "(草案)", "(送审稿)", "(讨论稿)"])
def test_a_plans_title_with_its_drafts_note_is_a_title(note: str) -> None:
    text = f"江城市民政事业发展“十二五”规划{note}\n为推动全市民政事业发展,制定本规划。\n" + BODY
    notice = parse(text)
    assert notice.title == f"江城市民政事业发展“十二五”规划{note}"
    assert notice.organization == "江城市"


def test_a_one_line_page_cuts_its_covers_title_byline_and_month_apart() -> None:
    # A cover run into its preface: title, the body that drafted it, the month.
    text = (
        "江城省安全生产“十二五”规划(征求意见稿)江城省安全生产监督管理局二〇一〇年七月"
        "前言安全生产关系人民群众生命财产安全,是经济发展和社会进步的前提与保障。"
        "“十一五”时期,全省安全生产状况稳中向好。\n"
    )
    notice = parse(text)
    assert notice.title == "江城省安全生产“十二五”规划(征求意见稿)"
    assert notice.header is not None
    assert notice.header.issuer == "江城省安全生产监督管理局"


def test_a_headline_with_the_drafts_note_the_title_sets_apart_is_no_title() -> None:
    # The page's headline closes with the note; the plan's own title line has it below.
    text = (
        "江城市科学技术协会事业发展 “十三五”规划(草案)\n\n"
        "编稿时间:2017-03-21 01:10 来源:未知\n\n"
        "江城市科学技术协会事业发展 “十三五”规划\n(草  案)\n"
        "为推动全市科协事业发展,制定本规划。\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "江城市科学技术协会事业发展 “十三五”规划"


@pytest.mark.parametrize(
    ("title", "org", "year"),
    [
        # (a government's or a zone's work report of a year sets out its work for it)
        ("光明新区2016年政府工作报告", "光明新区", 2016),
        ("2018年政府工作报告", None, 2018),
        ("2023年珠海高新区工作报告", "珠海高新区", 2023),
        ("2022年政府工作报告(摘要)", None, 2022),
    ],
)
def test_a_years_work_report_is_a_plan_title(title: str, org: str | None, year: int) -> None:
    text = f"{title}\n各位代表:\n现在,我代表区人民政府,向大会报告政府工作。\n" + BODY
    notice = parse(text)
    assert notice.title == title
    assert notice.organization == org
    assert notice.year == year


def test_a_work_report_named_in_a_notice_or_a_column_is_no_title() -> None:
    # (a notice that divides the report's tasks is the plan; the report's name alone,
    # a running head or a column's, titles nothing)
    text = "江城县人民政府关于分解落实政府工作报告目标任务的通知\n政府工作报告\n" + BODY
    assert parse(text).title == "江城县人民政府关于分解落实政府工作报告目标任务的通知"


def test_a_sites_menu_of_channels_numbered_as_a_list_is_the_pages() -> None:
    # (a numbered line of places run together under a channel's label opens no body,
    # so the title below it is found)
    text = (
        "欢迎访问,江城低碳网!\n"
        "1.     区域频道: 北京天津山东山西河北河南江苏上海浙江福建安徽江西广东广西\n"
        "当前位置:新闻资讯 > 正文\n\n"
        "江城省2031年国民经济和社会发展计划执行情况与2032年国民经济和社会发展计划草案\n\n"
        "一、2031年国民经济和社会发展计划执行情况\n(一)经济运行稳中有进\n"
    )
    notice = parse(text)
    assert notice.title is not None and notice.title.startswith("江城省2031年")
    assert notice.year == 2032


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # (which part of the whole text a page shows)
        ("香港特别行政区2031年施政报告全文(二)", "香港特别行政区2031年施政报告"),
        ("二零三一年財政年度施政報告第二部份", "二零三一年財政年度施政報告"),
        # (a catalogue's year in brackets after its category)
        ("【国家】(2031)振兴江城老工业基地2031年工作要点", "振兴江城老工业基地2031年工作要点"),
    ],
)
def test_a_pages_part_or_catalogue_year_is_no_part_of_the_title(line: str, title: str) -> None:
    notice = parse(line + "\n为推进各项工作,制定本要点。\n" + BODY)
    assert notice.title == title


def test_a_column_that_says_the_titles_kind_again_is_no_part_of_it() -> None:
    text = "2031-32 施政报告 羣策创新天\n施政报告\n\n固体废物管理\n69. 我们会加强回收。\n70. 我们会推广减废。\n"
    notice = parse(text)
    assert notice.title == "2031-32 施政报告 羣策创新天"


def test_a_reply_that_approves_a_plan_hands_it_over() -> None:
    # The State Council's reply approving a plan: the plan is its title, and the
    # reply's numbered points are the letter's, not the plan's sections.
    text = (
        "国务院关于江城地区振兴规划的批复(2031年)\n"
        "国函〔2031〕76号\n"
        "发展改革委、振兴江城办:\n"
        "你们《关于报送江城地区振兴规划的请示》收悉。现批复如下:\n"
        "一、原则同意《江城地区振兴规划》(以下简称《规划》),请认真组织实施。\n"
        "二、《规划》实施要坚持以改革开放为动力,加快结构调整。\n"
        "国务院\n二〇三一年八月二十日\n"
    )
    notice = parse(text)
    assert notice.title == "江城地区振兴规划"
    assert notice.sections == []
    assert notice.header is not None and notice.header.doc_number == "国函〔2031〕76号"


@pytest.mark.parametrize(
    "head",
    [
        # (the note of when and where it was given glued after the title on one line)
        "江城市政府门户网站 政务邮箱\n\n2031年政府工作报告 ——2031年2月1日在江城新区第一届人民代表大会第三次会议上\n",
        # (or under it, broken over two lines; a site's toolbar word over a government's
        # report is no upper half of it)
        "换肤\n2031年政府工作报告\n——2031年2月1日在江城新区第一届\n人民代表大会第三次会议上\n",
    ],
)
def test_a_work_reports_note_of_when_it_was_given_dates_it(head: str) -> None:
    text = (
        head
        + "江城新区区长 王某\n各位代表:\n现在,我代表江城新区人民政府,向大会报告政府工作。\n"
        + BODY
    )
    notice = parse(text)
    assert notice.title == "2031年政府工作报告"
    assert notice.year == 2031
    assert notice.header is not None and notice.header.date == dt.date(2031, 2, 1)


def test_issuers_over_a_title_the_page_set_in_book_brackets_open_it() -> None:
    text = (
        "中共江城省委   江城省人民政府\n《关于加快县域经济发展的若干意见》\n鄂发(2031)10号\n"
        "2031年4月21日\n为加快县域经济发展,提出如下意见。\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "中共江城省委   江城省人民政府关于加快县域经济发展的若干意见"
    assert notice.organization == "中共江城省委   江城省人民政府"


def test_a_work_report_named_alone_over_its_speech_note_is_titled_by_it() -> None:
    # The standard layout of a published government work report: its name alone, the
    # note of when and where it was given, the speaker.
    text = (
        "政府工作报告\n——二○三二年一月二十一日在江城省第六届人民代表大会第五次会议上\n"
        "江城省省长 王某\n各位代表:\n现在,我代表省人民政府,向大会报告政府工作。\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "政府工作报告"
    assert notice.year == 2032
    assert notice.header is not None and notice.header.date == dt.date(2032, 1, 21)
    # (the name alone over a task table's rows is no title)
    table = "序号 | 政府工作报告 | 牵头单位\n1 | 推进项目建设 | 市发展改革委\n"
    assert parse("关于分解落实政府工作报告目标任务的通知\n" + table).title != "政府工作报告"


def test_a_news_pages_full_text_of_a_work_report_is_titled_and_for_the_year_after_its_review() -> (
    None
):
    text = (
        "《江城日报》3月13日发布市长代表市政府在市人大会议上所作的《政府工作报告》全文。\n\n"
        "《政府工作报告》全文:\n\n各位代表:\n\n"
        "现在,我代表市人民政府,向大会作政府工作报告,请予审议。\n\n"
        "一、2031年工作回顾\n\n2031年是很不平凡的一年。全市经济稳中向好。\n"
    )
    notice = parse(text)
    assert notice.title == "政府工作报告"
    assert notice.year == 2032


@pytest.mark.parametrize(
    ("line", "title", "organization"),
    [
        ("江城市人民政府工作报告", "江城市人民政府工作报告", "江城市人民政府"),
        # (its province tagged before it, as a portal lists reports from many)
        ("(江南)江城市人民政府工作报告", "江城市人民政府工作报告", "江城市人民政府"),
        ("江城区政府工作报告", "江城区政府工作报告", "江城区政府"),
    ],
)
def test_a_named_governments_work_report_is_for_the_year_its_plans_part_names(
    line: str, title: str, organization: str
) -> None:
    # No year in the title and no review shown: the heading of the year's work names it.
    text = f"导航菜单\n\n{line}\n\n二、2031年重点工作\n\n今年是规划收官之年。全面推进改革。\n"
    notice = parse(text)
    assert (notice.title, notice.organization, notice.year) == (title, organization, 2031)
    assert "year-from-heading" in [d.code for d in notice.diagnostics]


def test_an_untitled_work_report_is_for_the_year_after_its_review() -> None:
    # Its address to the congress says it is a report; the review's year is past.
    text = (
        "——2032年2月27日在江城市第七届人民代表大会第四次会议上\n市长 张三\n各位代表:\n"
        "现在,我代表市人民政府向大会报告工作,请予审议。\n"
        "一、2031年工作回顾\n2031年,是全面贯彻落实的开局之年。全市经济稳中向好。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year) == (None, 2032)
    assert "year-from-review" in [d.code for d in notice.diagnostics]


@pytest.mark.parametrize(("day", "year"), [("2031年11月22日", 2032), ("2031年3月26日", 2031)])
def test_an_untitled_work_report_with_no_review_is_for_the_year_it_was_given_for(
    day: str, year: int
) -> None:
    # Given at the year's end, a report is for the next year.
    text = (
        f"—{day}在江城市第十二届人民代表大会第一次会议上\n各位代表:\n"
        "现在,我代表市人民政府,向大会报告政府工作,请予审议。\n"
        "一、过去五年工作回顾\n五年来,全市发展掀开崭新一页。我们坚持稳中求进。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year) == (None, year)


def test_a_work_report_known_by_its_address_alone_is_read_not_refused() -> None:
    # No title, its headings unnumbered; a site's link to more reports over it.
    text = (
        "点击查阅更多2032年地方政府工作报告\n"
        "——2031年12月30日在江城市第二届人民代表大会第四次会议上\n江城市人民政府市长 张三\n"
        "各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n"
        "2031年工作回顾\n2031年极不平凡、极具挑战,全市经济稳中向好。\n"
    )
    notice = parse(text)
    assert notice.title is None
    assert [c.text for c in notice.source.chrome] == ["点击查阅更多2032年地方政府工作报告"]


def test_a_sentence_naming_a_work_report_is_no_title() -> None:
    text = "会议听取了市人民政府工作报告\n二、2031年重点工作\n今年是规划收官之年。全面推进改革。\n"
    assert parse(text).title is None


def test_a_sections_heading_set_apart_from_its_first_point_by_a_space_is_cut_there() -> None:
    text = (
        "2031年学校工作总的指导思想是:落实立德树人根本任务,全面提升教育质量。\n"
        "一、加强党建工作引领 1.加强政治建设。坚持把政治建设摆在首位。\n"
        "2.规范组织建设。落实校长负责制。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "加强党建工作引领")]
    assert [i.title for i in notice.sections[0].items] == ["加强政治建设", "规范组织建设"]


@pytest.mark.parametrize(
    "head",
    [
        # (a portal's column in round brackets before the title)
        "(学生管理)江城中学 2031-2032学年度第一学期政教处工作计划\n",
        # (a theme in book brackets over the title, set as a subtitle by a dash)
        "《马驰新岁研为径 素养深耕品自高》\n\n--江城中学政教处工作计划(2031年春季学期)\n",
        # (a slogan with its commas and quotes before the dash on the title's line)
        "同心筑梦,“语”你同行 ——江城中学政教处工作计划(2031年春季学期)\n",
    ],
)
def test_a_column_or_a_theme_before_a_schools_title_is_no_part_of_it(head: str) -> None:
    notice = parse(head + "日期:2031-09-10 10:45:57  浏览量:0\n\n" + BODY)
    assert notice.title is not None
    assert notice.title.startswith("江城中学") and notice.title.endswith(("工作计划", "学期)"))
    if "学年度" in head:
        assert notice.organization == "江城中学"


def test_a_plan_whose_kind_ends_its_name_is_handed_over_by_its_notice_title() -> None:
    text = (
        "科技部 国家江医药管理局关于印发《“十三五”江医药科技创新专项规划》的通知\n"
        "各有关单位:\n按照《江城省国民经济和社会发展第十三个五年规划纲要》的总体部署,"
        "特制定《“十三五”江医药科技创新专项规划》。现印发你们,请认真贯彻执行。\n"
    )
    assert parse(text).title == "“十三五”江医药科技创新专项规划"


def test_a_notice_that_names_its_body_by_its_last_word_takes_the_letters_full_name() -> None:
    text = (
        "江城区绿化和市容管理局关于下达2031年局重点工作安排的通知\n局机关各科室:\n"
        "根据区委的决策部署,特制定《2031年江城区绿化和市容管理局重点工作安排》,"
        "请认真贯彻落实。\n江城区绿化和市容管理局\n2031年3月17日\n"
    )
    notice = parse(text)
    assert notice.title == "2031年江城区绿化和市容管理局重点工作安排"
    assert notice.organization == "江城区绿化和市容管理局"


def test_a_markdown_rule_under_a_boxs_head_row_is_the_pages() -> None:
    text = (
        "索 引 号: | 113708/2031-04623 | 主题分类: | 其他 |\n---|---|---|---|\n"
        "发布机关: | 江城区人民政府办公室 |\n---|---|\n"
        "江城区人民政府办公室\n关于印发江城区2031年重点工作任务的通知\n江政办字〔2031〕24号\n"
        "各镇人民政府:\n《江城区2031年重点工作任务》已经区政府同意,现印发给你们,请认真贯彻执行。\n"
        "江城区人民政府办公室\n2031年5月23日\n"
    )
    notice = parse(text)
    assert notice.title == "江城区2031年重点工作任务"
    assert notice.header is not None and notice.header.issuer == "江城区人民政府办公室"
    assert notice.header.date == dt.date(2031, 5, 23)
    assert notice.sections == []


@pytest.mark.parametrize(
    "signature",
    [
        "江城市发展和改革委员会 2031年12月16日",
        "江城市发展和改革委员会 江城市财政局 江城市教育局 江城市自然资源局 2031年12月16日",
    ],
)
def test_a_letters_signature_on_one_line_with_its_date_signs_it(signature: str) -> None:
    text = (
        "江發改發〔2031〕385號\n各縣區人民政府:\n"
        "市發展改革委研究制定了《江城市全民健身場地設施補短板整體解決方案》,"
        "經市政府同意,現印發你們,請認真抓好貫徹落實。\n" + signature + "\n"
    )
    notice = parse(text)
    assert notice.title == "江城市全民健身場地設施補短板整體解決方案"
    assert notice.header is not None and notice.header.date == dt.date(2031, 12, 16)
    assert notice.header.issuer is not None
    assert notice.header.issuer.startswith("江城市发展和改革委员会")


def test_a_years_requirements_the_plan_opens_on_address_no_one() -> None:
    text = (
        "2031年教育工作的总体要求是:\n全面贯彻党的教育方针,努力办好人民满意的教育。\n"
        "一、全面加强教育系统党的建设\n1.深刻领会精神实质。开展宣传教育。\n"
    )
    notice = parse(text)
    assert notice.year == 2031
    assert notice.header is None or not notice.header.addressees


def test_a_pdfs_text_run_into_one_line_sets_its_note_page_number_and_span_apart() -> None:
    text = (
        "江政字〔2031〕21 号 江城市人民政府 关于印发加快建设交通强国山东示范区曲阜市 "
        "行动方案(2030—2033 年)的通知 各镇人民政府、街道办事处: 现将《加快建设交通强国山东示范区"
        "曲阜市行动方案(2030 —2033 年)》印发给你们,请认真贯彻落实。 江城市人民政府 "
        "2031 年 6 月 2 日 (此件公开发布) — 1 — 加快建设交通强国山东示范区曲阜市行动方案 "
        "(2030—2033年) 为深入贯彻落实交通强国建设纲要,结合实际,制定本行动方案。 "
        "一、指导思想 以交通强国建设为目标,推进互联互通。 二、工作原则 坚持统筹推进。\n"
    )
    notice = parse(text)
    assert notice.title == "加快建设交通强国山东示范区曲阜市行动方案(2030—2033年)"
    # (the county-level city named right before the kind, a place of GB/T 2260)
    assert notice.organization == "曲阜市"


def test_an_issuer_named_by_its_level_is_named_in_full_by_a_box_of_bare_labels() -> None:
    text = (
        "县人民政府办公室关于印发江城县以旧换新实施方案的通知\n\n索引号\n011446809/2031-42071\n"
        "发文单位\n江城县人民政府办公室\n发文字号\n江政办发〔2031〕21号\n\n县人民政府办公室\n\n"
        "关于印发江城县以旧换新实施方案的通知\n\n各乡镇人民政府:\n\n"
        "《江城县以旧换新实施方案》已经县人民政府同意,现印发给你们,请认真组织实施。\n\n"
        "2031年7月23日\n"
    )
    notice = parse(text)
    assert notice.header is not None and notice.header.issuer == "江城县人民政府办公室"


def test_a_number_under_the_notice_title_the_page_set_again_is_the_notices_own() -> None:
    text = (
        "113715250043377942/2031-26729072\n江城县政府\n综合政务;其他\n2031-08-29\n"
        "江城县人民政府办公室关于印发《江城县2031年重点工作任务》的通知\n有效\n无\n2031-08-29\n"
        "江政发〔2031〕6号\n江城县人民政府办公室关于印发《江城县2031年重点工作任务》的通知\n"
        "江政办字〔2031〕6号\n各乡镇人民政府:\n"
        "《江城县2031年重点工作任务》已经县政府同意,现印发给你们,请认真贯彻执行。\n"
        "江城县人民政府办公室\n2031年8月29日\n"
    )
    notice = parse(text)
    assert notice.header is not None and notice.header.doc_number == "江政办字〔2031〕6号"


def test_a_work_report_named_alone_over_its_speaker_and_undated_note_is_titled_by_it() -> None:
    text = (
        "当前位置:首页 - 园区动态 - 2032年江城镇人民政府工作报告\n\n2032年江城镇人民政府工作报告\n\n"
        "来源:市政府 时间:2032-03-20 03:54:00 查阅:4\n\n政府工作报告\n\n江城镇人民政府镇长王某\n\n"
        "在江城镇第十七届人民代表大会第六次会议上的报告\n\n各位代表:\n\n"
        "现在,我代表江城镇人民政府,向大会报告政府工作,请予审议。\n\n"
        "一、2031年工作回顾\n\n2031年是关键之年。全镇经济稳中向好。\n"
    )
    notice = parse(text)
    assert notice.title == "政府工作报告"
    assert notice.year == 2032


def test_a_reference_pages_summary_names_the_plan_it_compiled() -> None:
    text = (
        "簡介\n為深入推進“十四五”時期公共機構節約能源資源工作高質量發展,根據有關法律法規,"
        "編制了《“十四五”江城公共機構節約能源資源工作規劃》。\n內容\n"
        "一、開創公共機構節約能源資源新局面\n(一)發展基礎。“十三五”期間,各地區紮實推進各項工作。\n"
    )
    assert parse(text).title == "“十四五”江城公共機構節約能源資源工作規劃"


def test_the_bodies_a_cover_names_over_its_month_sign_it_together() -> None:
    text = (
        "江城省“十四五”气象事业发展规划\n江城省“十四五”气象事业发展规划\n江城省气象局\n"
        "江城省发展和改革委员会\n2031年12月\n目录\n"
        "按照省委省政府的统一部署,江城省气象局和江城省发展改革委联合编制了本规划。\n"
        "第一章发展环境\n江城气象现代化建设迈出坚实步伐。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城省气象局、江城省发展和改革委员会"


def test_a_document_the_text_quotes_is_no_title_it_announces() -> None:
    text = (
        "国务院关于印发《“十四五”江城老龄事业发展规划》(国发〔2031〕35号)(以下简称“规划”)指出:"
        "“十四五”时期,积极应对人口老龄化的制度框架基本建立。\n"
        "我校经过20年的建设和发展,现已形成一定的规模。\n一、指导思想\n坚持以老年人为中心。\n"
    )
    assert parse(text).title is None


def test_a_heading_run_into_one_line_ends_before_its_first_dashed_point() -> None:
    text = (
        "加快建设交通强国示范区江城市行动方案 为深入贯彻交通强国建设纲要,结合江城实际,"
        "制定本行动方案。实施期限为2030—2033年。 "
        "一、指导思想 以交通强国建设为目标,推进互联互通,加快建设现代综合交通运输体系。 "
        "二、工作原则 ——突出特色。江城作为历史名城,立足实际,打造特色交通品牌。 "
        "——统筹推进。坚持规划引领,分步实施,协调推进各项任务。 "
        "三、发展目标 到2033年,基本建成便捷顺畅、经济高效的综合交通运输体系。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "指导思想"),
        (2, "工作原则"),
        (3, "发展目标"),
    ]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # (the report's own name, letter-spaced, under the page's headline)
        (
            "2032年江城市江城区政府工作报告—全文\n政 府 工 作 报 告\n"
            "——2031年12月27日在江城区第十届人民代表大会第二次会议上\n江城区人民政府区长 王某\n",
            "政府工作报告",
        ),
        # (its year first, glossed, under a headline that files it under its region)
        (
            "(內(nèi)蒙古)2032年江城市江城區(qū)人民政府政府工作報(bào)告\n"
            "2032年政府工作報(bào)告\n—2032年1月21日在江城區(qū)第十七屆人民代表大會(huì)第四次會(huì)議上\n",
            "2032年政府工作報(bào)告",
        ),
        # (its note giving the day without the year)
        (
            "政府工作报告\n\n1月23日在江城区第五届人民代表大会第二次会议上\n\n江城新区管委会主任  王某\n",
            "政府工作报告",
        ),
    ],
)
def test_a_work_reports_own_title_over_its_note_wins_over_the_pages_headline(
    head: str, title: str
) -> None:
    text = (
        head + "各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n"
        "一、2031年工作回顾\n即将过去的一年,是迎难而上的一年。\n"
    )
    notice = parse(text)
    assert notice.title == title
    # (given in December, or with no year of its own, it is for the year after its review)
    assert notice.year == 2032


def test_a_catalogues_province_before_the_titles_year_is_no_part_of_it() -> None:
    text = (
        "(江城省)2032年江城县人民政府工作报告(全文)\n"
        "——2032年5月20日在江城县第十七届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作,请予审议。\n" + BODY
    )
    notice = parse(text)
    assert notice.title == "2032年江城县人民政府工作报告"
    assert notice.organization == "江城县人民政府"


def test_a_headline_that_says_a_body_published_a_plan_names_the_plan() -> None:
    text = (
        "江城劳动保障部发布2031年劳动和社会保障工作要点\n"
        "2031年劳动和社会保障工作的总体要求是:全面落实各项政策。\n"
        "一、努力扩大就业\n1.实施积极的就业政策。完善就业服务体系。\n"
    )
    assert parse(text).title == "2031年劳动和社会保障工作要点"


def test_a_sites_link_to_the_reports_file_is_no_part_of_its_title() -> None:
    text = (
        "跳到主要內容區塊\n\n    市議會第九屆第二次大會施政報告[王市長某某](書面報告Pdf檔/1076KB)\n\n"
        "    議長、副議長、各位議員女士、先生:\n    欣逢 貴會第九屆第二次大會開議,首先謹致祝賀之意。\n\n"
        "    壹、前言\n\n    十年前,江城市是最耀眼的城市。\n"
    )
    assert parse(text).title == "市議會第九屆第二次大會施政報告"


def test_an_announced_plan_given_a_short_name_is_still_announced() -> None:
    text = (
        "江城网北京2月26日电 记者从江城部获悉,近日,江城部发布《关于落实好2031年江城重点工作部署的"
        "实施意见》(以下简称《意见》),《意见》部署了34项今年重点工作。\n"
        "一、抓好粮食生产\n(一)稳定粮食播种面积。加强粮食生产。\n"
    )
    assert parse(text).title == "关于落实好2031年江城重点工作部署的实施意见"


def test_a_headline_restated_in_the_documents_own_marks_gives_way_to_its_line() -> None:
    text = (
        "江城市数字经济发展三年行动计划(2031-2033年)\n\n发布时间:2031-08-12\n\n"
        "政策级别:市级\n\n发文部门:江城市工业和信息化局\n\n点赞\n\n收藏\n\n"
        "江城市数字经济发展三年行动计划(2031—2033年)\n\n"
        "为加快推动全市数字化转型,制定本行动计划。\n\n一、总体要求\n\n(一)发展思路\n\n"
    )
    notice = parse(text)
    assert notice.title == "江城市数字经济发展三年行动计划(2031—2033年)"
    assert notice.title_span is not None and notice.title_span.line == 13


def test_a_long_name_set_in_three_lines_is_the_one_the_notice_above_hands_over() -> None:
    text = (
        "江城市江北区人民政府关于印发江城市江北区国民经济和社会发展第十五个五年规划和"
        "二〇四〇年远景目标纲要任务分工方案的通知\n各镇人民政府,区直各部门:\n"
        "现将《江城市江北区国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要"
        "任务分工方案》印发给你们,请认真贯彻执行。\n江城市江北区人民政府\n2031年3月28日\n\n"
        "江城市江北区国民经济和\n\n社会发展第十五个五年规划和二〇四〇年远景\n\n"
        "目标纲要任务分工方案\n\n为确保《纲要》落到实处,制定本方案。\n一、总体要求\n"
    )
    notice = parse(text)
    assert notice.title == (
        "江城市江北区国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要任务分工方案"
    )
    assert notice.organization == "江城市江北区"


def test_a_headline_that_says_it_shows_the_whole_text_is_no_upper_half_of_the_title() -> None:
    text = (
        "當前位置: 資訊> 農業農村部一號文件發布(全文)\n農業農村部一號文件發布(全文)\n"
        "農業農村部關于落實2031年農業農村重點工作部署的實施意見\n農發〔2031〕1號\n"
        "做好2031年農業農村工作具有特殊重要意義。\n一、抓好糧食生產\n(一)穩定播種面積。加強調度。\n"
    )
    notice = parse(text)
    assert notice.title == "農業農村部關于落實2031年農業農村重點工作部署的實施意見"
    assert notice.organization == "農業農村部"


def test_a_pdfs_heading_run_into_one_line_keeps_the_year_it_spaced_from_its_nian() -> None:
    text = (
        "江城市人民政府关于印发江城市2031年国民经济和社会发展计划的通知.pdf\n"
        "江府〔2031〕14 号 江城市人民政府关于印发江城市2031年 国民经济和社会发展计划的通知 "
        "各区政府,市府直属各单位: 《江城市2031年国民经济和社会发展计划》业经江城市第九 "
        "届人民代表大会第五次会议审议通过,现印发给你们,请认真贯 彻执行。 江城市人民政府 "
        "2031 年 2 月 13 日 — 1 — 江城市2031年国民经济和社会发展计划 "
        "一、2031 年经济社会发展的总体思路和预期目标 (一)发展环境 从宏观环境看,新兴经济体"
        "和发展中国家成为拉动全球经济 回暖的主要力量,表明世界经济复苏的动力仍然强劲。但仍存在很 "
        "多不确定性、不稳定性因素,对世界经济带来较大影 响。从国内看,我国经济已由高速增长阶段"
        "转向高质量发展阶段, 正处在转变发展方式、优化经济结构、转换增长动力的攻关期。\n"
    )
    notice = parse(text)
    assert [" ".join(s.title.split()) for s in notice.sections] == [
        "2031 年经济社会发展的总体思路和预期目标"
    ]


def test_a_reports_note_over_an_untitled_excerpt_dates_it() -> None:
    text = (
        "——2031年1月22日在江城省第十三届人民代表大会\n第六次会议上\n江城省发展和改革委员会\n"
        "各位代表:\n受江城省人民政府委托,现将计划草案提请会议审议。\n"
        "一、2030年国民经济和社会发展计划执行情况\n2030年,全省经济稳中向好。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.date == dt.date(2031, 1, 22)
    assert notice.header.issuer == "江城省发展和改革委员会"
    assert_lossless(text, notice)


def test_a_lone_first_part_of_a_formal_report_is_its_first_section() -> None:
    text = (
        "市議會第3屆第2次大會施政報告\n\n議長、副議長、各位議員女士、先生:\n\n"
        "欣逢 貴會開議,首先謹致祝賀之意。\n\n壹、前言\n\n"
        "今年7月,颱風在南太平洋形成,原以為只是夏季氣流所產生眾多熱帶氣旋之一。"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "前言")]
    assert_lossless(text, notice)


def test_an_encyclopedias_part_labels_are_no_title_and_its_box_names_the_plan() -> None:
    text = (
        "2031年1月26日,江城省人民政府以江政〔2031〕12號批轉《江城省勞動保障事業發展規劃綱要》。\n"
        "基本介紹\n- 中文名:江城省勞動保障事業發展規劃綱要\n- 印發機關:江城省人民政府\n"
        "- 文號:江政〔2031〕12號\n- 印發時間:2031年1月26日\n通知\n規劃綱要\n"
        "一、主要成就\n(一)就業規模不斷擴大。實施積極的就業政策。\n"
    )
    notice = parse(text)
    assert notice.title == "江城省勞動保障事業發展規劃綱要"
    assert notice.header is not None
    assert notice.header.issuer == "江城省人民政府"
    assert notice.header.doc_number == "江政〔2031〕12號"


def test_an_encyclopedias_heading_over_the_plan_is_no_part_of_its_title() -> None:
    # "規劃內容" heads the plan's text on the page, right over its title line.
    text = (
        "檔案發布\n國務院關於印發江城環境保護規劃的通知\n國發〔2031〕42號\n"
        "各省、自治區、直轄市人民政府:\n現將《江城環境保護規劃》印發給你們,請認真貫徹執行。\n"
        "國務院\n二○三一年十二月十五日\n規劃內容\n江城環境保護規劃\n"
        "保護環境是基本國策。\n一、環境形勢\n環境保護取得積極進展。\n"
    )
    notice = parse(text)
    assert notice.title == "江城環境保護規劃"
    assert {c.text for c in notice.source.chrome} >= {"檔案發布", "規劃內容"}


def test_a_closing_sentence_names_who_is_in_charge_and_who_helps() -> None:
    text = (
        "江城省2031年政务公开工作任务分工\n一、深入推进行政权力公开透明运行\n"
        "(一)规范行政服务中心建设。起草规范性文件,指导各地规范运作。"
        "此项工作由省府办公厅、省法制办负责,省监察厅、编办配合。\n"
        "(二)健全社会听证制度。制定规范性文件。此项工作由省府办公厅负责。\n"
    )
    assert items(parse(text)) == [
        (1, "规范行政服务中心建设", ["省府办公厅", "省法制办"], ["省监察厅", "编办"], None),
        (2, "健全社会听证制度", ["省府办公厅"], [], None),
    ]


@pytest.mark.parametrize(
    ("body", "sections"),
    [
        # A policy address counts its parts by the heavenly stems, its paragraphs by digits.
        ("甲、 引言\n\n1. 現在,我宣讀第五份施政報告。\n\n2. 四年過去了,各界共同努力。\n", ["引言"]),
        (
            "甲、引言\n1. 現在,我宣讀施政報告。\n乙、經濟\n2. 經濟穩步復甦。\n",
            ["引言", "經濟"],
        ),
    ],
)
def test_a_policy_address_counts_its_parts_by_the_heavenly_stems(
    body: str, sections: list[str]
) -> None:
    notice = parse("二零三一年施政報告\n\n主席女士:\n\n" + body)
    assert [s.title for s in notice.sections] == sections
    assert [i.number for i in notice.items()] == [1, 2]


def test_a_sentence_on_two_parties_opens_no_part() -> None:
    assert PART_RE.match("甲、乙双方应按约定履行义务。") is None
    assert PART_RE.match("甲、 引言") is not None


def test_a_share_widget_and_a_link_to_the_original_file_are_the_pages() -> None:
    text = (
        "• 分享至:\n\n江城非高等教育發展十年規劃(2031-2040年)\n\n\n原文PDF (2032年施政報告附件五)\n\n"
        "English Version Here\n\n\n教育是社會進步的基石和人才培養的關鍵環節。\n"
    )
    notice = parse(text)
    assert notice.title == "江城非高等教育發展十年規劃(2031-2040年)"
    assert notice.source is not None
    assert [c.text for c in notice.source.chrome][:1] == ["• 分享至:"]
    assert "原文PDF (2032年施政報告附件五)" in [c.text for c in notice.source.chrome]


def test_a_notice_title_set_in_three_lines_is_no_plan_title() -> None:
    text = (
        "江城省人民政府办公厅关于转发\n江城省民族地区旅游产业发展规划\n(2031—2035年)的通知\n"
        "江办发[2031]20号 二○三一年四月二十二日\n"
        "《江城省民族地区旅游产业发展规划(2031—2035年)》已经省政府同意,现予转发,请认真组织实施。\n"
        "江城省民族地区旅游产业发展规划(2031—2035年)\n我省民族地区幅员广阔。\n"
        "一、发展现状\n(一)资源丰富。旅游资源品位高。\n"
    )
    notice = parse(text)
    assert notice.title == "江城省民族地区旅游产业发展规划(2031—2035年)"
    assert notice.header is not None
    assert notice.header.notice_title == (
        "江城省人民政府办公厅关于转发江城省民族地区旅游产业发展规划(2031—2035年)的通知"
    )
    assert notice.header.doc_number == "江办发[2031]20号"
    assert notice.header.date == dt.date(2031, 4, 22)


def test_a_sites_date_stamp_before_the_title_is_no_part_of_it() -> None:
    text = (
        "您当前所在位置: 首页>政务公开>工作报告\n\n江城高新区2031年度经济工作报告\n\n访问量:\n\n"
        "[2031.2.27]江城高新区2031年经济工作报告\n\n坚定信心 加快发展\n\n"
        "一、2030年主要工作回顾\n\n2030年,全区经济稳中有进。\n"
    )
    notice = parse(text)
    assert notice.title == "江城高新区2031年经济工作报告"
    assert notice.organization == "江城高新区"


def test_a_shared_files_name_glued_before_the_formal_title_is_no_part_of_it() -> None:
    text = (
        "《江城大学深化综合改革方案.docx》由会员分享,可在线阅读,更多相关《江城大学深化综合改革"
        "方案.docx(15页珍藏版)》请在文库上搜索。\n"
        "1、江城大学深化综合改革方案江城大学关于全面深化综合改革的实施意见 为全面提升内涵式发展水平,"
        "全面提高办学质量,全面推进高水平大学建设进程,根据上级关于高校深化综合改革的要求,结合学校实际,"
        "提出如下实施意见。 一、全面深化综合改革的重要意义 党的全会对全面深化改革作出重大部署,"
        "对教育领域深化综合改革提出明确要求。深化教育领域综合改革为高等教育改革发展,也为江\n"
        "2、城大学的发展创造了重大战略机遇。 二、总体目标 到2035年,学校综合实力显著增强,"
        "办学水平快速提升,建成高水平大学。\n"
    )
    notice = parse(text)
    assert notice.title == "江城大学关于全面深化综合改革的实施意见"
    assert notice.organization == "江城大学"


def test_a_notice_titles_tail_set_again_over_the_signature_is_no_half_of_it() -> None:
    text = (
        "江城部关于印发《“十五五”国家高新技术产业开发区发展规划》的通知\n"
        "产业开发区发展规划》的通知\n江 城 部\n2031年9月21日\n一、形势需求\n(一)发展基础。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城部"
    assert notice.header.date == dt.date(2031, 9, 21)


@pytest.mark.parametrize(
    "note",
    [
        "2031年12月24日在江城区第九届人民代表大会第五次会议上\n\n王 某",
        "(2031年12月24日在江城区第九届人民代表大会\n\n第五次会议上)",
    ],
)
def test_a_reports_note_with_no_dash_dates_it(note: str) -> None:
    text = (
        "2031年政府工作报告\n\n" + note + "\n\n各位代表:\n\n我代表区人民政府向大会作工作报告。\n\n"
        "一、2031年工作回顾\n\n过去一年,全区经济稳中有进。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.date == dt.date(2031, 12, 24)
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    ("note", "doc_number"),
    [
        ("(江政办字〔2031〕14号 二○三一年三月十四日)", "江政办字〔2031〕14号"),
        # (or the date first, its year written with digit zeros: a compilation's form)
        ("(二0三一年三月十四日 江政办[2031]14号)", "江政办[2031]14号"),
    ],
)
def test_a_gazettes_number_and_date_in_brackets_under_the_notice_title_date_it(
    note: str, doc_number: str
) -> None:
    text = (
        "江城市人民政府办公室关于印发2031年全市政府法制工作要点的通知\n"
        f"{note}\n"
        "各县区人民政府,市政府各工作部门:\n"
        "《二○三一年全市政府法制工作要点》已经市政府同意,现印发你们,请认真贯彻执行。\n"
        "二○三一年全市政府法制工作要点\n一、加强制度建设\n(一)完善立法。推进立法。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.doc_number == doc_number
    assert notice.header.date == dt.date(2031, 3, 14)
    assert notice.header.addressees == ["各县区人民政府", "市政府各工作部门"]


def test_a_joint_signature_a_copy_saved_with_question_marks_for_its_spaces() -> None:
    text = (
        "江城省卫生健康委等十部门关于印发《江城省尘肺病防治攻坚行动实施方案》的通知\n"
        "各地级以上市人民政府,省政府各部门:\n现印发给你们,请认真贯彻执行。\n"
        "江城省卫生健康委 ????江城省发展改革委 ?????江城省民政厅\n"
        "江城省财政厅 ??江城省人力资源社会保障厅 ??江城省生态环境厅\n"
        "???????????江城省总工会\n2031年9月23日\n"
        "江城省尘肺病防治攻坚行动实施方案\n一、总体要求\n(一)指导思想。坚持预防为主。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == (
        "江城省卫生健康委、江城省发展改革委、江城省民政厅、江城省财政厅、"
        "江城省人力资源社会保障厅、江城省生态环境厅、江城省总工会"
    )
    assert notice.header.date == dt.date(2031, 9, 23)
    assert_lossless(text, notice)
    # A "?" inside one name sets no names apart: "江城" alone names no body.
    assert parse(text.replace("江城省民政厅\n", "江城?省民政厅\n")).header is not None


def test_a_lists_entry_for_the_notice_shown_below_it_is_the_pages() -> None:
    text = (
        "1. 关于印发《2031年江城区农产品质量安全监管工作方案》的通知\n\n"
        "关于印发《2031年江城区农产品质量安全监管工作方案》的通知\n\n"
        "江农发〔2031〕33号\n\n各乡镇人民政府,各有关单位:\n\n"
        "现将《2031年江城区农产品质量安全监管工作方案》印发给你们,请认真抓好落实。\n\n"
        "江城区农业农村委员会\n\n2031年4月11日\n"
    )
    notice = parse(text)
    assert notice.title == "2031年江城区农产品质量安全监管工作方案"
    assert notice.header is not None
    assert notice.header.doc_number == "江农发〔2031〕33号"
    assert notice.source.chrome[0].text.startswith("1. 关于印发")
    assert_lossless(text, notice)
    # A list of reports a congress will hear keeps its entries: "关于…的报告" hands over none.
    listed = "江城区人大常委会2031年监督工作计划\n1.关于城市更新工作情况的报告\n2.关于安全生产工作情况的报告\n"
    assert [item.title for item in parse(listed).sections[0].items] == [
        "关于城市更新工作情况的报告",
        "关于安全生产工作情况的报告",
    ]


def test_a_pages_menu_word_after_a_bullet_is_no_plan_bullet() -> None:
    text = (
        "北极星\n\n  • 水处理\n\n您的位置:环保政策正文\n\n"
        "关于印发《江城市“十五五”土壤污染防治规划》的通知\n\n"
        "各县(市、区)生态环境主管部门:\n\n现将《江城市“十五五”土壤污染防治规划》印发你们,请抓好贯彻落实。\n\n"
        "江城市生态环境局\n\n2031年9月6日\n"
    )
    notice = parse(text)
    assert notice.title == "江城市“十五五”土壤污染防治规划"
    assert any(chrome.text == "• 水处理" for chrome in notice.source.chrome)
    assert_lossless(text, notice)


def test_a_mirrors_gloss_on_a_glued_number_label_is_no_part_of_the_number() -> None:
    text = (
        "文號(hào)江政辦發(fā)〔2031〕126號(hào)\n"
        "江城市人民政府辦公室關(guān)于印發(fā)江城市畜禽養(yǎng)殖廢棄物綜合利用實(shí)施方案的通知\n"
        "各鄉(xiāng)鎮(zhèn)人民政府:\n現(xiàn)將方案印發(fā)給你們,請認(rèn)真貫徹執(zhí)行。\n"
        "江城市畜禽養(yǎng)殖廢棄物綜合利用實(shí)施方案\n一、總體要求\n(一)指導(dǎo)思想。堅(jiān)持綠色發(fā)展。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.doc_number == "江政辦發(fā)〔2031〕126號(hào)"


def test_an_office_that_forwards_a_document_it_does_not_name_issues_the_notice() -> None:
    text = (
        "江城市江北区人民政府办公室转发关于江北区推进百家企业改制上市意见的通知\n"
        "各委、办、局:\n区经委拟订的《关于江北区推进百家企业改制上市的意见》已经区政府同意,"
        "现转发给你们,请认真遵照执行。\n"
        "关于江北区推进百家企业改制上市的意见\n一、总体要求\n(一)指导思想。坚持市场导向。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市江北区人民政府办公室"


def test_a_pages_issuing_body_under_its_own_label_issues_the_plan() -> None:
    text = (
        "江北区体育局2031年工作要点\n"
        "  • 发文机构:江城市江北区体育局\n  • 索引号:SY00243833X0203100009\n"
        "  • 发文字号:江体〔2031〕14号\n  • 发布日期:2031-02-11\n\n"
        "2031年,江北区体育局工作的总体思路是:坚持以人民为中心。\n\n"
        "一、开创青少年体育工作新局面\n\n细化市运会备战工作。召开备战动员会。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市江北区体育局"
    assert notice.header.doc_number == "江体〔2031〕14号"


def test_a_task_tables_record_set_out_a_field_a_line_is_read() -> None:
    text = (
        "任务163\n\n  • 听全文\n  • 分享到\n"
        "重点工作: 全面推行林长制。\n牵头单位: 江城市林业园林局\n"
        "年度阶段性工作目标: 第一季度:成立专项工作小组。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    with pytest.raises(ParseError):
        parse("任务163\n\n  • 听全文\n  • 分享到\n重点工作完成得很好,大家都很满意。\n")


def test_a_title_in_book_brackets_keeps_its_drafts_note_after_them() -> None:
    text = (
        "返回上一级\n\n打印\n\n编制《江城区创建国家食品安全示范城市工作方案》\n\n"
        "《江城区创建国家食品安全示范城市工作方案》(草案)\n\n"
        "为贯彻落实《中华人民共和国食品安全法》,制定本方案。\n\n一、指导思想\n\n全面贯彻党的精神。\n"
    )
    notice = parse(text)
    assert notice.title == "江城区创建国家食品安全示范城市工作方案(草案)"
    assert notice.organization == "江城区"


def test_a_name_the_letter_spaced_from_its_brackets_is_the_title_without_the_space() -> None:
    text = (
        "各区人民政府:\n现将《 江城市少先队改革方案》印发给你们,请认真贯彻执行。\n"
        "江城市人民政府\n2031年1月1日\n"
    )
    assert parse(text).title == "江城市少先队改革方案"


def test_a_plans_date_run_onto_its_last_sentence_signs_it() -> None:
    text = (
        "四、保障措施 (一)加强组织领导。各地要建立由政府主要领导牵头的企业上市工作机制,"
        "定期研究解决企业上市中的重大问题。 (二)加大扶持力度。对成功上市的企业给予一次性奖励,"
        "对中介机构给予适当补助。 (三)优化服务环境。各部门要为上市企业开辟绿色通道,"
        "限时办结相关手续。 (四)加强宣传引导。各级各有关部门、新闻媒体要积极宣传报道企业上市的"
        "成功范例,引导更多企业提高对资本市场的认识,激励更多企业改制上市。 二〇三一年二月九日\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.date == dt.date(2031, 2, 9)
    assert_lossless(text, notice)
    # A date the last sentence names is no signature: "…于二〇三一年二月九日前完成。"
    named = text.replace("改制上市。 二〇三一年二月九日", "改制上市,于二〇三一年二月九日前完成。")
    header = parse(named).header
    assert header is None or header.date is None


def test_a_line_that_names_the_years_plan_after_the_review_gives_the_year() -> None:
    text = (
        "2030年工作回顾\n2030年,市人民法院各项工作取得新成效。全年受理各类案件50033件。\n"
        "一、全面贯彻新发展理念,精准服务“六稳”“六保”\n◉助力常态化疫情防控\n"
        "2031年主要任务\n总体思路:坚持司法为民、公正司法。\n"
    )
    notice = parse(text)
    assert notice.year == 2031
    # With no such line the review's year stands: it is the only one the text names.
    assert parse(text.replace("2031年主要任务\n", "")).year == 2030


def test_a_years_heading_glued_after_a_space_to_the_review_gives_the_year() -> None:
    # A flattened page joins the last paragraph of the review and the plan's heading.
    text = (
        "在各级妇联组织的共同努力下,2030年各项工作圆满完成。\n"
        "妇联工作与群众的期盼还有距离,这些问题将在今后的工作中认真加以解决。"
        " 2031年主要工作安排\n"
        "今年是实施规划的开局之年,做好全年工作意义重大。\n"
        "一、统一思想,进一步增强服务大局的责任感\n党的建设取得新成效。\n"
        "二、围绕中心,深入开展巾帼建功活动\n组织妇女投身经济建设。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.year == 2031
    # A sentence that goes on past the year's words is no heading.
    assert parse(text.replace(" 2031年主要工作安排", " 2031年工作安排已经部署。")).year is None


@pytest.mark.parametrize("label", ["江城商务", "芈姝怎么死的"])
def test_a_sites_name_or_a_teaser_before_a_colon_is_no_part_of_the_title(label: str) -> None:
    text = label + ":关于高质量推进县域商业体系建设的实施意见\n各区县商务主管部门:\n" + BODY
    assert parse(text).title == "关于高质量推进县域商业体系建设的实施意见"


def test_a_places_short_name_before_a_colon_leaves_the_title_to_the_lead() -> None:
    text = (
        "江城:关于做好2031年全面推进乡村振兴重点工作的实施意见\n"
        "近日,江城自治区党委和政府印发了《江城自治区党委自治区人民政府关于做好2031年全面推进"
        "乡村振兴重点工作的实施意见》,全文如下:\n" + BODY
    )
    assert parse(text).title == (
        "江城自治区党委自治区人民政府关于做好2031年全面推进乡村振兴重点工作的实施意见"
    )


def test_a_byline_padded_after_the_name_over_the_first_part_issues_the_plan() -> None:
    text = (
        "首页 > 新闻资讯 > 综合新闻\n江城市口岸办2031年上半年工作总结和下半年工作安排\n"
        "江城市口岸办       \n\n一、2031年上半年主要工作情况\n\n2031年上半年,各项工作稳步推进。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市口岸办"
    assert_lossless(text, notice)


@pytest.mark.parametrize("dash", [" — ", "—"])
def test_a_headlines_numbered_part_after_a_dash_heads_the_text_below(dash: str) -> None:
    text = (
        "跳過導航\n\n二○三一年財政年度施政報告" + dash + "三. 促進經濟發展\n\n\n"
        "(一)保持主體產業健康發展,加快宜遊宜樂城市建設\n\n推動企業開拓更多元素。\n\n"
        "(二)推動經濟適度多元發展\n\n持續優化營商環境。\n"
    )
    notice = parse(text)
    assert notice.title == "二○三一年財政年度施政報告"
    assert [(s.number, s.title) for s in notice.sections] == [(3, "促進經濟發展")]
    assert [i.title for i in notice.sections[0].items] == [
        "保持主體產業健康發展,加快宜遊宜樂城市建設",
        "推動經濟適度多元發展",
    ]
    assert_lossless(text, notice)
    # A part the headline does not number is a page's tail, and no section.
    assert parse(text.replace("三. ", "")).title == "二○三一年財政年度施政報告"


def test_a_span_line_with_a_doubled_dash_closes_the_title() -> None:
    text = (
        "江城市人民政府办公室关于印发江城市防震减灾“十三五”规划的通知\n各县(区)人民政府:\n"
        "《江城市防震减灾“十三五”规划》已经市人民政府同意,现印发给你们,请认真遵照执行。\n"
        "江城市人民政府办公室\n2031年7月2日\n江城市防震减灾“十三五”规划\n(2031——2035年)\n"
        "一、发展环境\n(一)主要成就。全市防震减灾能力明显提升。\n"
    )
    assert parse(text).title == "江城市防震减灾“十三五”规划(2031——2035年)"


def test_a_pages_word_for_the_whole_text_after_the_span_is_no_part_of_the_title() -> None:
    text = "热门搜索\n\n江城妇女发展纲要(2031—2040年)全文\n\n" + BODY
    assert parse(text).title == "江城妇女发展纲要(2031—2040年)"


def test_a_law_databases_box_run_into_one_line_under_the_title_is_the_pages() -> None:
    text = (
        "江城市人民政府关于加快我市信息产业发展的意见\n"
        "【法规类别】机关工作综合规定 【发文字号】江政发[2031]23号 【发布部门】江城市政府 "
        "【发布日期】2031.04.19 【实施日期】2031.04.19 【时效性】失效\n"
        "【失效依据】江城市人民政府关于废止部分文件的决定\n"
        "江城市人民政府关于加快我市信息产业发展的意见\n(江政发〔2031〕23号)\n"
        "各区县人民政府,市政府各部门:\n为进一步加快我市信息产业发展,提出以下意见。\n"
        "一、指导思想\n坚持信息化带动工业化。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.cover_letter is None
    assert notice.header.date == dt.date(2031, 4, 19)
    # The document's own number, not the box's copy of it.
    assert notice.header.doc_number == "江政发〔2031〕23号"
    assert notice.header.addressees == ["各区县人民政府", "市政府各部门"]
    assert_lossless(text, notice)


def test_a_copy_that_indents_every_line_alike_indents_no_paragraph() -> None:
    # A heading a little short of a hard wrap's width stands alone; set two full-width
    # spaces before every line and it still does (only its own indent, beyond the
    # text's shallowest, counts towards filling the width).
    text = (
        "江城市2031年工作要点\n一、重点任务\n  (一)加强组织领导工作\n"
        "各单位要高度重视本项工作,认真组织\n实施,确保各项任务落到实处,按时完\n"
        "成全年目标任务,及时报送工作进展。\n  (二)强化督查考核工作\n"
        "市政府督查室要加强跟踪督查,定期通\n报工作进展情况,对工作不力的单位和\n"
        "个人严肃问责,确保各项工作取得实效。\n"
    )
    indented = "\n".join("\u3000\u3000" + line if line else line for line in text.split("\n"))
    for copy in (text, indented):
        notice = parse(copy)
        assert [i.title for i in notice.items()] == ["加强组织领导工作", "强化督查考核工作"]
        assert_lossless(copy, notice)


def test_a_breadcrumb_wrapped_after_its_home_page_is_no_title() -> None:
    text = (
        "当前位置:首页\n>业务工作>发展规划\n"
        "关于落实《江城省国民经济和社会发展第十二个五年规划纲要》主要目标和任务工作分工的通知\n\n"
        "发布日期:2031-11-28 10:16\n\n各市人民政府,省政府各部门:\n\n"
        "《江城省国民经济和社会发展第十二个五年规划纲要》(以下简称《纲要》)已经省人大审议批准。"
        "经省政府同意,现就有关事项通知如下:\n\n一、分工落实\n\n(一)加强领导。各地要高度重视。\n"
    )
    notice = parse(text)
    # The notice sets out how to carry out the plan its letter names: it is the plan.
    assert notice.title == (
        "关于落实《江城省国民经济和社会发展第十二个五年规划纲要》主要目标和任务工作分工的通知"
    )
    assert ">业务工作>发展规划" in [c.text for c in notice.source.chrome]
    assert_lossless(text, notice)


def test_a_seal_note_glued_after_the_signers_name_names_no_issuer() -> None:
    text = (
        "各有关单位:\n经同意,现将《江城省软件与信息服务业三年行动计划》印发给你们,请认真贯彻落实。\n"
        "江城省软件与信息服务业机制办公室(代章)\n2031年1月22日\n"
        "江城省软件与信息服务业三年行动计划\n一、总体思路\n坚持创新驱动。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城省软件与信息服务业机制办公室"
    assert notice.header.seal == "代章"
    assert notice.header.date == dt.date(2031, 1, 22)
    assert_lossless(text, notice)


def test_a_notice_that_divides_the_work_of_a_plan_its_letter_names_is_the_plan() -> None:
    text = (
        "关于落实《江城省“十二五”规划纲要》主要目标和任务工作分工的通知\n"
        "各市人民政府:\n《江城省“十二五”规划纲要》已经省人大审议批准。省政府决定将"
        "《江城省“十二五”规划纲要》提出的主要目标和任务分解落实到各市,请认真抓好贯彻落实。"
        "现就有关事项通知如下:\n一、分工落实\n(一)加强领导。各地要高度重视。\n"
    )
    assert parse(text).title == "关于落实《江城省“十二五”规划纲要》主要目标和任务工作分工的通知"
    # A letter that hands a plan over names the plan: "现将《X》印发给你们".
    handed = text.replace("关于落实", "关于印发").replace("主要目标和任务工作分工", "")
    assert parse(handed).title == "江城省“十二五”规划纲要"


@pytest.mark.parametrize("title", ["江城市妇女发展规划(—年)", "江城市妇女发展规划\n(-年)"])
def test_a_span_whose_years_a_mask_took_out_still_closes_the_title(title: str) -> None:
    text = (
        "首页 » 常识 » 江城市妇女发展规划\n\n" + title + "\n\n序言\n\n"
        "男女平等和妇女全面发展程度,是衡量社会文明进步的重要标志。\n\n"
        "为落实中国妇女发展纲要,江城市先后制定实施了三个周期的妇女发展规划。\n"
    )
    notice = parse(text)
    assert notice.title == title.replace("\n", "")
    assert notice.organization == "江城市"
    assert notice.year is None
    assert_lossless(text, notice)


def test_an_unsigned_letters_points_end_where_the_plan_it_hands_over_is_titled() -> None:
    text = (
        "各区工业和信息化主管部门,各有关单位:\n"
        "为加快构建智能工厂梯度培育体系,现将《江城省工业和信息化厅关于开展2031年度智能工厂"
        "梯度培育行动的通知》转发给你们,并就申报有关事项通知如下:\n"
        "一、请各区组织好本辖区项目申报工作。\n二、申报主体应已完成智能工厂建设。\n"
        "三、请于2031年11月22日前将申报书报送我局。\n"
        "智能工厂梯度培育行动实施方案\n"
        "智能工厂通过部署智能制造装备、工业软件和系统,推动生产设备和信息系统互联互通。\n"
    )
    notice = parse(text)
    assert notice.title == "智能工厂梯度培育行动实施方案"
    assert notice.header is not None
    # The letter's points are the letter's, not the plan's sections.
    assert "三、请于2031年11月22日前将申报书报送我局。" in (notice.header.cover_letter or "")
    assert [s.number for s in notice.sections if s.numeral] == []
    assert_lossless(text, notice)
    # A plan's name a PDF's width set on a line of its own inside a point is no title.
    wrapped = text.replace(
        "一、请各区组织好本辖区项目申报工作。\n",
        "一、请各区组织好本辖区项目申报工作,按照\n江城市智能工厂梯度培育行动实施方案\n要求申报。\n",
    )
    assert parse(wrapped).title == "智能工厂梯度培育行动实施方案"


@pytest.mark.parametrize("forwards", ["转发", "批转"])
def test_a_title_that_opens_with_forwarding_names_no_issuer_before_its_about(forwards: str) -> None:
    text = (
        forwards + "国务院关于印发江城预防与控制艾滋病中长期规划(2031—2040年)的通知\n"
        "发文单位:江城省人民政府\n文 号:江府[2031]9号\n发布日期:2031-1-22\n"
        "各市、县人民政府,省府直属有关单位:\n"
        "现将《国务院关于印发江城预防与控制艾滋病中长期规划(2031—2040年)的通知》转发给你们,"
        "并提出如下意见,请一并贯彻执行。\n一、进一步加强对艾滋病防治工作的领导。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城省人民政府"


def test_a_letter_that_hands_the_plan_over_without_gei_numbers_its_own_asks() -> None:
    text = (
        "关于印发《江城州2031年十件民生实事工作方案》的通知\n"
        "各县市人民政府,自治州人民政府各部门:\n"
        "现将《江城州2031年十件民生实事工作方案》印发你们,请认真贯彻执行。\n"
        "一、加强组织领导。各县市各部门要切实提高政治站位,压实主体责任。\n"
        "二、加强督促检查。各县市各部门要将民生实事作为年度重点工作。\n"
    )
    notice = parse(text)
    assert notice.title == "江城州2031年十件民生实事工作方案"
    assert [s for s in notice.sections if s.numeral] == []
    assert notice.header is not None
    assert "二、加强督促检查。" in (notice.header.cover_letter or "")
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            "关于江城省2031年国民经济和社会发展计划\n执行情况与2032年国民经济和社会发展\n"
            "计划草案的报告\n",
            "关于江城省2031年国民经济和社会发展计划执行情况与2032年国民经济和社会发展"
            "计划草案的报告",
        ),
        (
            "關於江城省2031年國民經濟和社會發展計劃\n執行情況與2032年國民經濟和社會發展"
            "計劃的報告\n",
            "關於江城省2031年國民經濟和社會發展計劃執行情況與2032年國民經濟和社會發展計劃的報告",
        ),
    ],
)
def test_a_title_about_its_subject_goes_on_to_its_de_past_a_line_ending_with_a_kind(
    lines: str, title: str
) -> None:
    _assert_a_plan_report_titled(lines, title)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # (the upper half names a kind inside it and breaks off in a word; the lower
        # half alone reads as a title)
        (
            "关于江城省2031年国民经济和社会发展计划执行情况与2032年国民经济和社会\n"
            "发展计划草案的报告(草案)\n",
            "关于江城省2031年国民经济和社会发展计划执行情况与2032年国民经济和社会"
            "发展计划草案的报告(草案)",
        ),
    ],
)
def test_a_title_about_its_subject_is_joined_up_past_a_kind_inside_its_upper_half(
    lines: str, title: str
) -> None:
    _assert_a_plan_report_titled(lines, title)


def _assert_a_plan_report_titled(lines: str, title: str) -> None:
    text = (
        lines + "江城省第九届人民代表大会第一次会议审议通过\n"
        "一、2031年国民经济和社会发展计划执行情况\n"
        "2031年,全省经济运行稳中有进。\n二、2032年经济社会发展的总体要求和主要目标\n"
        "2032年是实施规划的关键之年。\n"
    )
    notice = parse(text)
    assert notice.title == title
    assert notice.year == 2032
    assert [s.title for s in notice.sections][:1] == ["2031年国民经济和社会发展计划执行情况"]
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        ("2031年江城市新华区政府工作报告", "江城市新华区"),
        ("2031年江城新区政府工作報告", "江城新区"),
        ("2031年江城县人民政府工作报告", "江城县人民政府"),
    ],
)
def test_a_government_work_report_after_its_year_is_its_places(
    title: str, organization: str
) -> None:
    text = (
        title + "\n——2031年1月8日在江城第一届人民代表大会第三次会议上\n"
        "一、2030年工作回顾\n过去一年,全区经济平稳增长。\n二、2031年主要任务\n"
        "(一)扎实推进产业升级。加快培育新兴产业。\n"
    )
    notice = parse(text)
    assert notice.title == title
    assert notice.organization == organization
    assert notice.year == 2031


def test_a_letter_that_names_the_plan_and_hands_it_over_in_the_next_sentence_hands_it_over() -> (
    None
):
    text = (
        "各区卫生健康委:\n"
        "为深入开展糖尿病防治专项行动,市卫生健康委等8个部门联合制定了"
        "《健康江城行动—糖尿病防治行动实施方案(2031—2035年)》。现印发给你们,请认真贯彻执行。\n"
        "江城市卫生健康委 江城市发展改革委\n江城市教育局 江城市民政局\n2031年7月15日\n"
        "(信息公开形式:主动公开)\n"
        "健康江城行动——糖尿病防治行动\n实施方案(2031—2035年)\n"
        "为深入开展糖尿病防治专项行动,制定本方案。\n一、总体要求\n坚持预防为主。\n"
    )
    notice = parse(text)
    assert notice.title == "健康江城行动——糖尿病防治行动实施方案(2031—2035年)"
    assert [s.title for s in notice.sections] == ["总体要求"]
    assert_lossless(text, notice)


def test_a_table_cell_that_sets_a_units_note_apart_with_a_space_names_that_unit() -> None:
    text = (
        "2031年江城市安全生产工作任务清单\n主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n"
        "一、加强安全生产工作部署 |\n(一)制定工作任务清单。 |\n"
        "1.制定2031年全市安全生产工作任务清单,分解落实到县区、部门。 |\n"
        "市安委办 (工作专班办公室) |\n1月20日前 |\n"
        "2.制定行业领域安全生产工作任务清单,并报市安委办。 |\n"
        "市级各专委会办公室、市生态环境局 |\n2月10日前 |\n"
    )
    items = list(parse(text).items())
    assert [i.lead_departments for i in items] == [
        ["市安委办 (工作专班办公室)"],
        ["市级各专委会办公室", "市生态环境局"],
    ]


def test_a_plan_that_carries_out_another_joins_the_line_that_names_it_under_a_headline() -> None:
    text = (
        "江城市癌症防治行动实施方案(2031—2035年)公布\n"
        "市卫生健康委等部门联合制定公布《健康江城行动—癌症防治行动实施方案(2031—2035年)》。\n"
        "方案全文\n健康江城行动—癌症防治行动\n实施方案(2031—2035年)\n"
        "为进一步推动癌症防治工作高质量发展,特制定本方案。\n一、总体要求\n坚持预防为主。\n"
    )
    notice = parse(text)
    # The headline's span is no site's name after a dash: it reports the plan.
    assert notice.title == "健康江城行动—癌症防治行动实施方案(2031—2035年)"
    assert [s.title for s in notice.sections] == ["总体要求"]
    assert_lossless(text, notice)


def test_a_tag_that_gives_the_time_for_the_work_itself_gives_its_deadline() -> None:
    text = (
        "江城县危险化学品安全风险集中治理方案\n一、具体举措、责任主体和治理时限\n"
        "1.修订完善安全生产职能职责规定。(责任单位:县安委办;治理时限:2031年11月)\n"
        "2.完善危险化学品安全监管工作体系。(责任单位:县应急局;整改时限:2031年8月)\n"
    )
    items = list(parse(text).items())
    assert [i.deadline for i in items] == ["2031年11月", "2031年8月"]
    assert [i.lead_departments for i in items] == [
        ["县安委办"],
        ["县应急局"],
    ]


def test_a_report_on_the_years_plan_keeps_its_words_after_the_kind_before_a_posting_date() -> None:
    title = "关于江城市2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案的报告"
    text = (
        title + " 2031-04-14\n——2031年1月12日在江城市第十二届人民代表大会第二次会议上\n"
        "各位代表:\n一、2030年国民经济和社会发展计划执行情况\n2030年,全市经济平稳。\n"
    )
    notice = parse(text)
    assert notice.title == title
    assert notice.year == 2031


def test_a_list_of_units_closed_by_offices_and_bodies_together_names_the_units() -> None:
    text = (
        "2031年江城区主要任务分解\n"
        "1.推进城市更新项目建设。\n牵头单位:区住房和城乡建设局\n"
        "配合单位:区公共项目建设管理中心、区国有资产管理中心等部门、单位\n"
    )
    item = next(parse(text).items())
    assert item.supporting_departments == ["区公共项目建设管理中心", "区国有资产管理中心"]


def test_a_notice_that_issues_a_report_about_its_subject_names_its_issuer_before_the_verb() -> None:
    text = (
        "江城市人民政府办公室印发关于江城市国民经济和社会发展第十一个五年规划纲要的报告的通知\n"
        "各县、区人民政府,市人民政府各工作部门:\n"
        "现将市长在市人民代表大会上所作的《关于江城市国民经济和社会发展第十一个五年规划纲要的报告》"
        "印发给你们,请认真贯彻落实。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市人民政府办公室"


def test_a_pdfs_cover_run_into_one_line_with_spaces_gives_title_span_body_and_month() -> None:
    text = (
        "江城县妇女发展规划 (2031-2040 年) 江城县人民政府妇女儿童工作委员会办公室 "
        "2032 年 8 月 前 言 实行男女平等是国家的基本国策。为促进妇女全面发展,制定本规划。\n"
        "一、指导思想\n坚持男女平等基本国策。\n"
    )
    notice = parse(text)
    assert notice.title == "江城县妇女发展规划 (2031-2040 年)"
    assert notice.organization == "江城县"
    assert notice.header is not None
    assert notice.header.issuer == "江城县人民政府妇女儿童工作委员会办公室"
    assert_lossless(text, notice)


def test_a_tag_whose_deadline_follows_the_units_sentence_gives_that_deadline() -> None:
    text = (
        "江城县人民政府职能转变任务分工\n一、积极推进政府职能转变\n"
        "1.做好承接上级取消和下放行政审批事项的相关工作。(县编办负责。收到上级政府文件1个月内完成)\n"
        "2.取消其他评比达标表彰活动。(县人社局会同县监察局等有关部门负责。2031年12月底前完成)\n"
    )
    items = list(parse(text).items())
    assert [i.deadline for i in items] == ["收到上级政府文件1个月内完成", "2031年12月底前完成"]
    assert items[1].lead_departments == ["县人社局"]
    assert items[1].supporting_departments == ["县监察局"]


@pytest.mark.parametrize(
    ("title", "organization", "year"),
    [
        ("2031年江城路街道社区代表会议报告", "江城路街道", 2031),
        ("新华路街道2031年社代会报告", "新华路街道", 2031),
    ],
)
def test_a_street_offices_report_to_its_community_congress_is_a_plan_of_the_street(
    title: str, organization: str, year: int
) -> None:
    text = (
        title + "\n各位代表:\n现在,我代表街道办事处,向大会作报告,请予审议。\n"
        "一、2030年主要工作回顾\n2030年,街道各项工作取得新进展。\n"
        "二、2031年工作安排\n(一)持续优化营商环境。加强企业服务。\n"
    )
    notice = parse(text)
    assert notice.title == title
    assert notice.organization == organization
    assert notice.year == year


def test_a_speech_note_drawn_with_box_drawing_lines_dates_the_report() -> None:
    text = (
        "──2031年1月11日在江城市第十八届人民代表大会第一次会议上\n江城市发展和改革委员会\n"
        "各位代表:\n受市人民政府委托,现将我市2030年国民经济和社会发展计划执行情况与2031年"
        "国民经济和社会发展计划草案的报告提请大会审议。\n"
        "一、2030年国民经济和社会发展计划执行情况\n2030年,全市经济平稳。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.date == dt.date(2031, 1, 11)


def test_a_letter_that_forwards_the_plan_it_approved_names_the_title_below() -> None:
    text = (
        "江城省人民政府批转省教育厅《江城省教育事业发展“十一五”规划及2020年远景目标》的通知\n"
        "各州、市人民政府,省直各委、办、厅、局:\n"
        "省人民政府同意省教育厅制定的《江城省教育事业发展“十一五”规划及2020年远景目标》,"
        "现转发给你们,请认真贯彻执行。\n江城省人民政府\n二○○七年十二月七日\n"
        "江城省教育事业发展“十一五”规划及2020年远景目标\n"
        "为进一步落实科学发展观,制定本规划。\n一、“十五”时期教育事业取得的成绩\n全省教育事业持续发展。\n"
    )
    notice = parse(text)
    assert notice.title == "江城省教育事业发展“十一五”规划及2020年远景目标"
    assert notice.organization == "江城省"


def test_a_chapter_heading_broken_over_a_blank_line_takes_its_rest_above_its_first_part() -> None:
    # A page that sets every line apart breaks the chapter's heading mid-clause; the
    # rest stands over a blank, and the chapter's first 节 right below it.
    text = (
        "江城市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
        "第一章 全面建成小康社会即将胜利实现,开启全\n\n面建设社会主义现代化新征程\n\n"
        "第一节 决胜全面建成小康社会取得决定性成就\n\n全市经济实力显著增强。\n\n"
        "第二章 指导思想\n\n第一节 总体要求\n\n坚持新发展理念。\n"
    )
    assert [(s.number, s.title) for s in parse(text).sections] == [
        (1, "全面建成小康社会即将胜利实现,开启全面建设社会主义现代化新征程"),
        (2, "指导思想"),
    ]


def test_a_short_line_over_a_blank_under_a_chapter_with_no_part_below_is_its_text() -> None:
    # The chapter's intro, not the rest of its heading: no 节 follows the short line.
    text = (
        "江城市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
        "第一章 全面建成小康社会,开启新征程\n\n全市经济实力显著增强\n\n"
        "这是全市发展极不平凡的五年。\n\n第二章 指导思想\n\n坚持新发展理念。\n"
    )
    assert [(s.number, s.title) for s in parse(text).sections] == [
        (1, "全面建成小康社会,开启新征程"),
        (2, "指导思想"),
    ]


def test_an_excerpt_that_starts_at_a_years_review_is_for_the_year_after() -> None:
    # No title, no address: the page's text starts at the report's first part.
    text = (
        "一、2031年工作回顾\n2031年,在地委的坚强领导下,全区经济稳中向好。\n"
        "二、2032年工作安排\n(一)持续优化营商环境。加强企业服务。\n"
    )
    notice = parse(text)
    assert (notice.title, notice.year) == (None, 2032)
    assert "year-from-review" in [d.code for d in notice.diagnostics]


def test_a_reports_dashed_note_of_its_day_is_no_item_where_no_heading_is_numbered() -> None:
    # "——2031年12月30日在…会议上" dates the report; with no numbered heading below it
    # was read as a bulleted item, and the review's year taken for the report's.
    text = (
        "——2031年12月30日在江城市第二届人民代表大会第四次会议上\n江城市人民政府市长 张三\n"
        "各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n"
        "2031年工作回顾\n2031年极不平凡、极具挑战,全市经济稳中向好。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.date == dt.date(2031, 12, 30)
    assert notice.year == 2032
    assert list(notice.items()) == []


def test_a_titled_work_report_given_in_november_with_no_year_in_sight_is_for_the_next() -> None:
    # The note wraps over a blank line; the review names a term, not a year.
    text = (
        "政府工作报告\n\n——2031年11月18日在江城县第十八届\n\n人民代表大会第一次会议上\n\n"
        "代县长 张三\n\n各位代表:\n\n现在,我代表江城县人民政府,向大会报告工作,请予审议。\n\n"
        "十七届人民政府工作回顾\n\n2026年以来,全县经济稳中向好。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert (notice.title, notice.header.date, notice.year) == (
        "政府工作报告",
        dt.date(2031, 11, 18),
        2032,
    )
    assert "year-from-date" in [d.code for d in notice.diagnostics]


def test_a_catalogues_work_report_with_its_day_in_brackets_after_the_title_is_dated_so() -> None:
    # A catalogue files the report under its province and gives the day it was given;
    # its menu's label over it is the page's.
    text = (
        "导航菜单\n\n(江城省)江城市人民政府工作报告(2031年1月23日)\n\n"
        "  二、2031年重点工作\n\n  今年是“十五五”规划开局之年,全市经济稳中向好。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert (notice.title, notice.year, notice.header.date) == (
        "江城市人民政府工作报告",
        2031,
        dt.date(2031, 1, 23),
    )
    assert [c.text for c in notice.source.chrome] == ["导航菜单"]


def test_a_copy_sites_day_after_a_plans_title_is_no_day_of_issue() -> None:
    # Only a report is dated by its title's brackets: a plan's is the day it was posted.
    text = "江城市2031年科普工作要点(2031年3月4日)\n\n一、总体要求\n坚持新发展理念。\n"
    notice = parse(text)
    assert notice.title == "江城市2031年科普工作要点"
    assert notice.header is None or notice.header.date is None


@pytest.mark.parametrize(
    "cover",
    [
        # Wrapped over three lines, the last a kind of its own.
        "江城市国民经济和社会发展\n第十四个五年规划和二〇三五年\n远景目标纲要\n",
        # ... the first ending in a kind, the year a PDF set apart below it.
        "江城市国民经济和社会发展第十四个五年规划\n和二 〇 三五年远景目标纲要\n",
        # ... the year in digits, the last line short.
        "江城市国民经济和社会发展\n第十四个五年规划和 2035 年远景\n目标纲要\n",
        # ... under a catalogue's label, which is no part of it.
        "详情\n\n江城市国民经济和社会发展第十四个五年\n\n规划和二 〇 三五年远景目标纲要\n",
    ],
)
def test_a_five_year_outlines_name_wrapped_on_its_cover_is_one_title(cover: str) -> None:
    text = (
        cover
        + "(2031年1月14日市四届人大六次会议批准)\n序 言\n“十四五”时期,是全面建设的关键五年。\n"
    )
    notice = parse(text)
    assert notice.title is not None
    assert "".join(notice.title.split()).endswith("远景目标纲要")
    assert "".join(notice.title.split()).startswith("江城市国民经济和社会发展第十四个五年规划和")
    assert notice.organization == "江城市"


def test_a_notice_title_a_catalogue_files_under_its_place_names_its_issuer_without_it() -> None:
    text = (
        "(江城市)江城市人民政府关于印发江城市“十四五”生态环境保护规划的通知(江政办秘【2032】55号)\n"
        "“十四五”时期是全面建设的关键五年。\n一、发展基础\n全市生态环境持续改善。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市人民政府"
    assert notice.title == "江城市“十四五”生态环境保护规划"


def test_a_box_whose_labels_stand_in_square_brackets_gives_the_number() -> None:
    # "[ 发文字号 ] value" with no bar or colon between the label and its value.
    text = (
        "[ 索引号 ] 11500381009320238D/2032-00039 [ 发文字号 ] 江城府办发〔2032〕20号\n"
        "[ 成文日期 ] 2032-02-21 [ 发布日期 ] 2032-02-28\n"
        "江城市人民政府办公室关于印发2032年政府工作报告目标任务分解方案的通知\n"
        "各镇人民政府,街道办事处:\n现将《2032年政府工作报告目标任务分解方案》印发给你们,请认真贯彻执行。\n"
        "2032年政府工作报告目标任务分解方案\n一、主要目标\n1.地区生产总值增长6%。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.doc_number == "江城府办发〔2032〕20号"


def test_a_notice_that_issues_several_plans_by_the_first_ones_name_and_a_count() -> None:
    text = (
        "江城省人民政府\n关于印发《江城平原经济区“十四五”一体化发展规划》等5个规划的通知\n"
        "江府发〔2031〕7号\n各市(州)人民政府:\n"
        "现将《江城平原经济区“十四五”一体化发展规划》《江南经济区“十四五”一体化发展规划》"
        "等5个规划印发给你们,请认真贯彻执行。\n江城省人民政府\n2031年6月9日\n"
    )
    assert parse(text).title == "江城平原经济区“十四五”一体化发展规划"


def test_a_forwarded_notice_named_by_its_plan_and_notice_word_alone_gives_the_plan() -> None:
    # The forwarding office named the province's notice "《X工作要点的通知》", without its
    # issuer or 关于印发: the plan is X.
    text = (
        "江城市人民政府关于转发《2032年全省政务公开工作要点的通知》的通知\n"
        "(江政办〔2032〕17号)\n各区、县人民政府,市政府各部门:\n"
        "经市政府领导同意,现将《2032年全省政务公开工作要点的通知》(江省政办〔2032〕14号)"
        "转发给你们,请结合实际,认真贯彻落实。\n"
    )
    assert parse(text).title == "2032年全省政务公开工作要点"


def test_a_taiwan_plans_parts_numbered_with_a_plain_dot_and_run_into_one_line() -> None:
    # A copy ran the plan's parts into one long line; each part's number takes a plain dot.
    text = (
        "江城縣打造運動島計畫書\n"
        "一.活動名稱:100年度綜合性桌球團體性趣味體育活動 "
        "二.活動依據:行政院99年1月7日院臺體字第0990090194號函暨行政院體育委員會運動發展基金"
        "相關作業要點辦理。 三.活動目標:為促進「潛在性運動人口」成為「自發性運動人口」,讓"
        "「個別型運動人口」成為「團體型運動人口」。營造優質全民運動環境,並為不同特質民眾,"
        "提供多元化、生活化、專屬化的運動指導與服務。 四.指導單位:行政院體育委員會、江城縣政府 "
        "五.主辦單位:江城縣體育會 六.活動地點:江城技術學院運動場\n"
    )
    sections = [(s.number, s.title) for s in parse(text).sections]
    assert sections == [
        (1, "活動名稱"),
        (2, "活動依據"),
        (3, "活動目標"),
        (4, "指導單位"),
        (5, "主辦單位"),
        (6, "活動地點"),
    ]


def test_a_forwarding_letter_dated_with_no_signature_over_the_forwarded_title() -> None:
    # The letter's date and the forwarded document's title (with its addressees run on)
    # share a line; the date dates the letter.
    text = (
        "文号 | 江政办〔2033〕12号 | 索引号 | 005452065/2033-00025 |\n"
        "各县(市、区)人民政府,市人民政府各有关部门:\n"
        "《江城省人民政府关于进一步加强新时期民政工作的意见》(江政〔2032〕84号)已经下发,"
        "现予以转发,请结合实际认真贯彻执行。\n"
        "2033年3月1日 江城省人民政府关于进一步加强新时期民政工作的意见各省辖市人民政府,"
        "省人民政府各部门:\n"
        "为加快推进新时期我省民政事业创新发展,现提出如下意见:\n"
        "一、全面发挥民政在社会建设中的骨干作用\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.date == dt.date(2033, 3, 1)


def test_a_joint_signer_by_both_its_names_the_second_in_brackets() -> None:
    text = (
        "各设区市数据主管部门、教育局:\n"
        "省发展改革委(省数据局)会同有关部门制定了《江城省数据要素三年行动实施方案》,"
        "现印发你们,请认真组织实施。\n"
        "江城省发展改革委(江城省数据局)\n江城省委网信办\n江城省教育厅\n2034年9月10日\n"
        "江城省数据要素三年行动实施方案\n一、总体要求\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城省发展改革委(江城省数据局)、江城省委网信办、江城省教育厅"


def test_a_law_librarys_box_run_into_one_line_between_the_name_and_the_text() -> None:
    text = (
        "江城市人民政府关于加快学前教育改革与发展的若干意见(试行)文章属性"
        "•【制定机关】江城市人民政府•【公布日期】2035.02.01•【字号】江政函[2035]39号"
        "•【施行日期】2035.02.01•【效力等级】地方规范性文件•【时效性】现行有效"
        "•【主题分类】基础教育正文江城市人民政府关于加快学前教育改革与发展的若干意见(试行)"
        "(江政函〔2035〕39号)各区、县(市)人民政府,市政府各部门:"
        "为进一步加快我市学前教育改革与发展,现提出如下意见。\n"
        "一、明确目标任务,促进学前教育快速发展\n到2037年,全市学前三年毛入园率达到95%。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.date == dt.date(2035, 2, 1)
    assert notice.header.doc_number == "江政函〔2035〕39号"
    assert notice.header.issuer == "江城市人民政府"
    assert notice.header.addressees == ["各区、县(市)人民政府", "市政府各部门"]


def test_a_sharing_sites_label_over_the_file_card_and_a_notice_of_another_plan() -> None:
    # The site labels the file with another document's name; the notice names the plan.
    text = (
        "全国水文事业发展规划\n合集下载\n- 格式:docx\n- 文档页数:11\n"
        "江城省水利厅办公室关于印发2036年水文工作要点的通知\n"
        "各市水利局:\n现将《2036年水文工作要点》印发给你们,请结合实际做好相关工作。\n"
        "江城省水利厅办公室\n2036年3月25日\n"
        "一、牢固树立底线思维,全力做好水旱灾害防御水文测报工作\n"
    )
    assert parse(text).title == "2036年水文工作要点"


def test_a_paper_databases_machine_translation_under_the_text_is_no_reason_to_refuse() -> None:
    # The site sets an English translation, longer than the Chinese, under the text.
    english = (
        "First, the guiding ideology To implement the school sports and health regulations "
        "as the center, pay close attention to the school sports and health infrastructure, "
        "strengthen the weak links, a large area to improve students' health and physique. "
    )
    text = (
        "论文部分内容阅读\n"
        "一、指导思想以贯彻落实学校体育、卫生两个《条例》为中心,加强薄弱环节。"
        "二、主要工作 (一) 贯彻落实两个《条例》 1.召开研讨会,重点交流各地贯彻两个《条例》的经验。 "
        "2.配合部分省区市,结合实际,制定贯彻《条例》的实施办法。选择少数县(市、区),总结贯彻"
        "《条例》的典型经验。 3.检查大、中学生体育合格标准及中、小学体育卫生器材、设施目录执行"
        "情况,完善与《条例》配套的其他文件。 4.研究《条例》中有关体育卫生经费比例等问题。\n"
        + english
        * 4
    )
    notice = parse(text)
    sections = [(s.number, s.title) for s in notice.sections]
    assert sections[:2] == [(1, "指导思想"), (2, "主要工作")]
    # (the translation is the site's furniture, never the last item's text)
    assert [c.kind for c in notice.source.chrome] == ["site", "translation"]
    assert all("First" not in item.text for s in notice.sections for item in s.items)


def test_a_sharing_sites_file_name_that_adds_a_word_over_the_first_page_run_on() -> None:
    # The site names the file "…行動計劃方案(…)(18頁).docx"; the first page it previews,
    # run onto the text, opens with the document's own title.
    text = (
        "江城市突發事件應急保障體系建設行動計劃方案(2031-2032年)(18頁).docx\n"
        "下載文檔\n上傳人:Le****97\n編號:928920\n2034-05-20\n18頁\n33.20KB\n"
        "1、江城市突發事件應急保障體系建設行動計劃(2031-2032年)為提高突發事件應急保障能力和水平,"
        "制定本行動計劃。一、總體要求 以習近平新時代中國特色社會主義思想為指導,提升應急保障能力。"
        "二、主要任務 (一)健全應急物資保障體系。完善物資儲備。\n"
    )
    assert parse(text).title == "江城市突發事件應急保障體系建設行動計劃(2031-2032年)"
    # (with no restatement below, the file's name stands, as before)
    alone = text.replace("1、江城市突發事件應急保障體系建設行動計劃(2031-2032年)", "1、")
    assert parse(alone).title.startswith("江城市突發事件應急保障體系建設行動計劃方案")


def test_a_letter_dated_with_no_signature_glued_to_the_plans_title() -> None:
    # A page ran the letter, its date and the plan into one line, with no signer.
    text = (
        "江城市人民政府办公室关于印发深化医药卫生体制改革2036年重点工作任务的通知\n"
        "各区人民政府,市政府各部门:《深化医药卫生体制改革2036年重点工作任务》已经市政府同意,"
        "现印发给你们,请结合实际,认真组织实施。2036年5月4日深化医药卫生体制改革2036年重点工作"
        "任务2036年是深化医药卫生体制改革的关键之年,要坚持以人民健康为中心,推进医疗、医保、医药"
        "协同发展和治理。一、加快构建有序的就医和诊疗新格局 (一)发挥公立医院改革的示范作用。"
        "推动公立医院高质量发展,建设紧密型城市医疗集团。(二)推进分级诊疗体系建设。"
        "完善家庭医生签约服务,做实基层首诊。\n"
    )
    notice = parse(text)
    assert notice.header.date == dt.date(2036, 5, 4)
    assert notice.header.issuer == "江城市人民政府办公室"
    assert [s.title for s in notice.sections] == ["加快构建有序的就医和诊疗新格局"]
    # (a sentence of the text that opens with a date and names a plan's kind is no date
    # of the letter: no letter hands a plan over before it)
    prose = text.replace("现印发给你们,请结合实际,认真组织实施。", "各地积极推进。")
    assert parse(prose).header.date is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # (a work report's review, its text opening with the year again)
        ("一、2035年工作回顾2035年是新一届政府开局之年。我们认真落实各项部署。", "2035年工作回顾"),
        # (a copy's masked name, which the text opens with again)
        ("一、****镇基本概况****镇位于****市东部,东邻****县,西连市区,南依汝河。", "****镇基本概况"),
        # (a term the heading quotes, which the text opens with again, glued or after a
        # space)
        (
            "一、“十五”规划执行情况“十五”期间,我市体育事业持续、稳定、健康发展。",
            "“十五”规划执行情况",
        ),
        (
            "一、“十五”规划执行情况 “十五”期间,我市体育事业持续、稳定、健康发展。",
            "“十五”规划执行情况",
        ),
        # (a heading that says its verb twice is not cut)
        (
            "一、加强党的建设加强党的领导是根本保证,要抓好落实。",
            "加强党的建设加强党的领导是根本保证,要抓好落实",
        ),
    ],
)
def test_a_heading_glued_to_text_that_opens_with_the_headings_first_word(
    line: str, title: str
) -> None:
    text = f"江城镇2036年工作计划\n{line}\n二、主要任务\n(一)抓好项目建设。\n"
    assert parse(text).sections[0].title == title


def test_a_page_that_opens_with_its_title_as_one_bullet_after_a_columns_name() -> None:
    text = (
        "• 【投资江城区】2036年江城市江城区政府工作报告\n\n"
        "    (2036年1月22日在江城区第五届人民代表大会第二次会议上)\n"
        "一、2035年工作回顾\n二、2036年工作安排\n(一)抓好项目建设。\n"
    )
    notice = parse(text)
    assert notice.title == "2036年江城市江城区政府工作报告"
    assert notice.organization == "江城市江城区"
    # (bullets in a list are its entries, never a title)
    listed = text.replace("\n\n", "\n• 【投资江城区】2036年江城区招商引资工作方案\n", 1)
    assert parse(listed).title != "2036年江城市江城区政府工作报告"


def test_a_law_sites_repeal_note_glued_before_the_documents_name() -> None:
    text = (
        "*注:本篇法规已被:江城市人民政府关于对部分规范性文件予以废止的决定"
        "(发布日期:2040年10月31日,实施日期:2040年10月31日)废止"
        "江城市人民政府办公室关于切实推进仲裁工作的意见\n"
        "(江政办发〔2037〕6号)\n"
        "各区县(市)人民政府,市人民政府各局委、各直属机构:\n"
        "为切实推进新时期仲裁工作,经市人民政府同意,提出如下意见:\n"
        "一、提高认识\n(一)加强领导。\n"
    )
    notice = parse(text)
    assert notice.title == "江城市人民政府办公室关于切实推进仲裁工作的意见"
    assert notice.header.issuer == "江城市人民政府办公室"
    assert [c.kind for c in notice.source.chrome] == ["site"]


def test_a_masked_place_set_apart_by_a_space_in_a_title_glued_to_its_text() -> None:
    text = (
        "XX 乡非洲猪瘟防控工作实施方案为扎实做好全乡非洲猪瘟疫病防控工作,确保我乡生猪产业健康"
        "发展及人民生产生活稳定,依据《国务院办公厅关于做好非洲猪瘟等动物疫病防控工作的通知》、"
        "非洲猪瘟防控应急预案等规定,结合我乡实际,特制定本实施方案。一、把握总体要求 要坚持"
        "底线思维、立足最不利局面。二、明晰重点任务 (一)组织发动。召开防控工作会议。\n"
    )
    assert parse(text).title == "XX 乡非洲猪瘟防控工作实施方案"


def test_a_notice_title_in_doubled_angle_brackets_names_its_issuer() -> None:
    text = (
        "江城市商务局印发<<关于加快推进江城市外贸转型试点工作方案>>的通知\n\n"
        "[江商函〔2036〕84号]  [2036-04-11]\n\n"
        "各区县商务主管部门:\n\n"
        "  市商务局制定了《关于加快推进江城市外贸转型试点工作方案》,现印发给你们,"
        "请遵照执行。\n\n"
        "加快推进江城市外贸转型试点工作方案\n\n"
        "一、总体要求\n(一)加强领导。\n"
    )
    notice = parse(text)
    assert notice.title == "加快推进江城市外贸转型试点工作方案"
    assert notice.header is not None
    assert notice.header.issuer == "江城市商务局"
    assert notice.header.doc_number == "江商函〔2036〕84号"
    # (the date in square brackets after the number is the notice's own)
    assert notice.header.date == dt.date(2036, 4, 11)
    assert "2036-04-11" not in (notice.header.cover_letter or "")


def test_an_untitled_opening_that_closes_on_the_years_work_is_no_list_of_addressees() -> None:
    text = (
        "江城区档案馆将以全市档案工作会议精神为指引,坚持稳中求进、守正创新,"
        "聚焦主责主业推进2036年工作:\n"
        "一是围绕中心服务大局。把学习贯彻党的创新理论作为首要政治任务,推动档案工作与地方"
        "发展深度融合;广泛征求意见,结合实际制定《江城区档案事业发展规划》。\n"
        "二是抓实档案业务建设检查问题整改工作。坚持问题导向,将整改工作作为今后工作重中之重,"
        "逐条梳理,建立台账。\n"
        "三是推进档案资源建设。加强重点领域档案收集,做好重大活动档案接收进馆工作。\n"
    )
    notice = parse(text)
    assert notice.year == 2036
    assert notice.header is None or not notice.header.addressees
    # (a list of addressees still closes on its colon)
    letter = "各区县档案馆,市直各单位:\n" + text
    assert parse(letter).header is not None
    assert parse(letter).header.addressees == ["各区县档案馆", "市直各单位"]


@pytest.mark.parametrize("button", ["友善列印", "打印本页", "列印"])
def test_a_title_with_the_pages_print_button_after_it(button: str) -> None:
    text = (
        "當前教育重大政策\n\n"
        f"江城市2036年教育工作計畫 {button}\n\n"
        "一、 主冊\n\n"
        "   為協助學校發展特色,將要求學校依據特色規劃主冊計畫。\n"
    )
    assert parse(text).title == "江城市2036年教育工作計畫"


def test_a_plan_named_with_its_phase_after_its_kind() -> None:
    text = (
        "當前教育重大政策\n\n"
        "江城市教育深耕計畫第二期(125-129年) 友善列印\n\n"
        "一、 主冊\n\n"
        "   為協助學校發展特色,將要求學校依據特色規劃主冊計畫。\n"
    )
    assert parse(text).title == "江城市教育深耕計畫第二期(125-129年)"
    assert parse(text.replace("(125-129年)", "")).title == "江城市教育深耕計畫第二期"


def test_a_town_health_centre_named_in_a_title_is_its_body() -> None:
    text = "平邑县保太中心卫生院爱国卫生2036—2040年工作规划\n一、总体要求\n(一)加强领导。\n"
    assert parse(text).organization == "平邑县保太中心卫生院"
    # (the towns' health centres as a topic are no body: the county is)
    topic = text.replace("保太中心卫生院爱国卫生", "乡镇卫生院建设")
    assert parse(topic).organization == "平邑县"


def test_a_pages_box_names_the_issuer_of_a_plan_it_gives_the_title_of() -> None:
    text = (
        "中文名 | 江城縣關于加快5G通信基礎設施建設的實施方案 | 發布單位 | 江城縣人民政府 |\n"
        "---|\n"
        "一、發展目標\n"
        "2036年,全縣力爭開通5G基站80座,實現城區熱點區域覆蓋。\n"
        "二、重點任務\n(一)加快5G網絡建設部署\n"
    )
    notice = parse(text)
    assert notice.title == "江城縣關于加快5G通信基礎設施建設的實施方案"
    assert notice.header is not None
    assert notice.header.issuer == "江城縣人民政府"
    # (the header holds no text of its own: its span is empty, at the box's line)
    assert notice.header.span.start == notice.header.span.end == 0


def test_an_issuer_line_over_a_glossed_notice_title_names_the_issuer() -> None:
    text = (
        "江城市人民政府辦公室\n"
        "關(guān)于印發(fā)《江城市優(yōu)化營商環(huán)境工作實(shí)施方案》的通知\n"
        "江政辦發(fā)〔2036〕12號\n"
        "各縣區(qū)人民政府,市政府有關(guān)部門:\n"
        "《江城市優(yōu)化營商環(huán)境工作實(shí)施方案》已經(jīng)市政府同意,現(xiàn)印發(fā)你們,請抓好貫徹落實(shí)。\n"
        "一、總體要求\n"
        "(一)指導(dǎo)思想。堅持以人民為中心。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市人民政府辦公室"
    assert notice.header.notice_title is not None
    assert notice.header.notice_title.startswith("江城市人民政府辦公室關(guān)于")


@pytest.mark.parametrize("verb", ["批转", "转发", "印发"])
def test_an_issuer_line_over_a_notice_title_that_hands_a_document_on(verb: str) -> None:
    text = (
        "江政发〔2036〕6号\n"
        "市人民政府\n"
        f"{verb}市发改委关于2036年全市国民经济和社会发展计划报告的通知\n"
        "各县市区人民政府,市政府各部门:\n"
        f"市发改委的报告已经市人民代表大会审议通过,现{verb}给你们,请据此安排工作。\n"
        "2036年4月25日\n"
        "关于2036年全市国民经济和社会发展计划的报告\n"
        "一、主要目标\n"
        "全市地区生产总值增长6%左右。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "市人民政府"
    assert notice.header.notice_title == (
        f"市人民政府{verb}市发改委关于2036年全市国民经济和社会发展计划报告的通知"
    )
    assert notice.header.cover_letter is not None
    assert not notice.header.cover_letter.startswith("市人民政府")


def test_a_glossed_byline_under_the_title_names_the_issuer() -> None:
    text = (
        "關(guān)于江城市2035年國民經(jīng)濟(jì)和社會發(fā)展計(jì)劃執(zhí)行情況與"
        "2036年國民經(jīng)濟(jì)和社會發(fā)展計(jì)劃草案的報告\n"
        "(2036年1月17日江城市第二十屆人民代表大會第二次會議通過)\n"
        "江城市發(fā)展和改革委員會\n"
        "一、2035年國民經(jīng)濟(jì)和社會發(fā)展計(jì)劃執(zhí)行情況\n"
        "2035年是不平凡的一年。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市發(fā)展和改革委員會"
    assert notice.header.date == dt.date(2036, 1, 17)
    assert notice.preamble is None


def test_a_reports_day_over_the_body_that_gives_it_names_the_issuer() -> None:
    text = (
        "政府信息公开\n"
        "2036年江城高新区工作报告\n"
        "发布日期:2036-01-28  浏览次数:-\n"
        "\n"
        "(2036年1月14日)\n"
        "\n"
        "江城高新技术产业开发区管理委员会\n"
        "\n"
        "一、2035年工作回顾\n"
        "2035年是不平凡的一年。\n"
    )
    notice = parse(text)
    assert notice.title == "2036年江城高新区工作报告"
    assert notice.header is not None
    assert notice.header.date == dt.date(2036, 1, 14)
    assert notice.header.issuer == "江城高新技术产业开发区管理委员会"
    # (a day over the report's own opening names no issuer)
    opening = text.replace("江城高新技术产业开发区管理委员会", "2035年是极不平凡的一年。")
    assert parse(opening).header is not None
    assert parse(opening).header.issuer is None


@pytest.mark.parametrize(
    "title",
    [
        "市政府关于下达2036年江城市安全生产控制指标的通知",
        # (with the rules that go with them)
        "市政府关于下达2036年江城市安全生产控制指标和考核办法的通知",
    ],
)
def test_a_notice_that_hands_down_quotas_sets_them_out_itself(title: str) -> None:
    text = (
        f"{title}\n"
        "江政发〔2036〕28号\n"
        "各县(市)、区人民政府,市各有关部门和单位:\n"
        "为进一步贯彻落实安全生产法,现将2036年安全生产控制指标下达给你们,"
        "并就有关事项通知如下:\n"
        "一、控制指标分解\n"
        "2036年我市安全生产控制指标采用条块结合的方式进行分解。\n"
        "(一)各类事故死亡人数控制指标\n"
        "全市各类事故死亡人数控制在724人以内。\n"
        "二、落实控制指标的主要措施\n"
        "(一)强化安全生产责任制。\n"
    )
    notice = parse(text)
    assert notice.title == title
    assert [s.title for s in notice.sections] == ["控制指标分解", "落实控制指标的主要措施"]


def test_an_office_that_hands_down_targets_with_no_about_issues_the_notice() -> None:
    # No 关于: the office's name ends right before 下达, and the notice sets out the
    # targets in its own points, so it is the plan.
    text = (
        "江城市人民政府办公室下达2036年促进就业工作目标责任制的通知\n"
        "(江政办〔2036〕77号)\n"
        "各县(市、区)人民政府,市直有关单位:\n"
        "  就业是民生之本。现就建立2036年促进就业工作目标责任制的有关事项通知如下:\n"
        "  一、2036年全市促进就业目标责任制主要指标\n"
        "  1、全市年末城镇登记失业率控制在4%以内。\n"
        "  二、各县(市、区)要于2037年3月中旬组织自查\n"
    )
    notice = parse(text)
    assert notice.title == "江城市人民政府办公室下达2036年促进就业工作目标责任制的通知"
    assert notice.header is not None
    assert notice.header.issuer == "江城市人民政府办公室"
    assert notice.header.doc_number == "江政办〔2036〕77号"
    assert [s.number for s in notice.sections] == [1, 2]
    assert_lossless(text, notice)


def test_a_short_heading_line_over_a_short_line_is_the_items_title() -> None:
    # Both lines are shorter than any wrap, and the heading is the shorter: the line
    # under it is the item's text, not the rest of its title.
    text = (
        "江城市2036年安全生产考核指标\n"
        "一、考核指标\n"
        "1、总体控制考核指标\n"
        "全市各类事故死亡总人数\n"
        "2、绝对控制考核指标\n"
        "工矿商贸生产安全事故死亡人数\n"
    )
    notice = parse(text)
    items = notice.sections[0].items
    assert [i.title for i in items] == ["总体控制考核指标", "绝对控制考核指标"]
    assert [m.text for m in items[0].measures] == ["全市各类事故死亡总人数"]
    assert_lossless(text, notice)


def test_a_long_heading_line_over_a_paragraph_twice_its_length_is_the_items_title() -> None:
    # A page that never wraps its lines sets a point's long heading over its paragraph:
    # the heading is the title however long, when the paragraph is at least twice it.
    body = (
        "深入推进党的创新理论学习教育,全面系统、及时跟进学习领会重要讲话精神,"
        "健全完善第一议题制度,坚持读原著、学原文、悟原理,组织开展专题读书班和集中研讨,"
        "推动学习成果转化为推进文化和旅游高质量发展的实际成效。"
    )
    heading = "深刻把握学懂弄通做实要求,深入学习贯彻新时代中国特色社会主义思想和党的二十大精神"
    text = f"江城市2036年文化和旅游工作要点\n一、突出政治引领\n1、{heading}\n{body}\n2.严格落实责任制\n"
    notice = parse(text)
    item = notice.sections[0].items[0]
    assert item.title == heading
    assert item.measures[0].text.startswith("深入推进党的创新理论")
    assert_lossless(text, notice)
    # (a first line as long as the line under it is a wrapped paragraph's)
    wrapped = f"江城市2036年文化和旅游工作要点\n一、突出政治引领\n1、{heading}\n{heading}。\n"
    assert parse(wrapped).sections[0].items[0].title == heading + heading


def test_a_notice_title_with_no_about_names_the_plan_its_issuer_issues() -> None:
    text = (
        "江城市人民政府印发2036年目标管理方案的通知\n"
        "\n"
        "  市政府2036年主要目标任务由综合目标、实事目标和单项目标三个方面的工作目标组成。\n"
        "  三、市政府2036年下达各责任单位的目标任务\n"
        "  (一)“主要目标任务”,基本分值为100分。\n"
        "  四、目标任务的分解、检查考核\n"
        "  (一)分解到各区县。\n"
    )
    notice = parse(text)
    assert notice.title == "2036年目标管理方案"
    assert notice.header is not None
    assert notice.header.issuer == "江城市人民政府"


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        # A document of another kind than a plan's, named whole in its 《》, over its
        # text (a law library's second page, opening inside the text): the title.
        ("考核办法", "江城县2036年度综合目标管理责任考核办法"),
        ("实施方案", "江城县2036年度综合目标管理责任实施方案"),
    ],
)
def test_the_document_a_notice_title_issues_in_book_brackets_titles_its_text(
    kind: str, title: str
) -> None:
    text = (
        "法搜网--中国法律信息搜索网\n"
        "中共江城县委办公室、江城县人民政府办公室关于印发"
        f"《江城县2036年度综合目标管理责任{kind}》的通知\n\n"
        "  (六)考核与测评相结合的原则。在考核的同时,要注重测评。\n\n"
        "  二、考核的对象\n\n"
        "  (一)乡镇(15个)\n"
    )
    notice = parse(text)
    assert notice.title == title
    assert notice.organization == "江城县"
    assert_lossless(text, notice)


def test_a_notice_title_that_issues_an_unbracketed_document_of_another_kind_names_no_title() -> (
    None
):
    # With no 《》 the name may run into the notice's own words: no title is taken.
    text = (
        "江城县人民政府办公室关于印发江城县2036年度综合目标管理责任考核办法的通知\n"
        "  (六)考核与测评相结合的原则。在考核的同时,要注重测评。\n"
    )
    assert parse(text).title is None


@pytest.mark.parametrize(
    "heading",
    [
        # An untitled excerpt whose first heading names the year's aims or tasks: the
        # year the plan is for.
        "一、2036年政府工作的总体要求",
        "二、2036年主要任务",
        "一、2036年全市工作的主要目标",
    ],
)
def test_an_untitled_plans_heading_that_names_the_years_aims_gives_the_year(heading: str) -> None:
    text = f"{heading}\n(一)以科学发展观统领全局,努力保增长、保民生、保稳定。\n"
    notice = parse(text)
    assert notice.title is None
    assert notice.year == 2036


def test_an_opening_that_reviews_a_year_and_plans_the_next_is_for_the_next() -> None:
    text = (
        "日前,江城县科技局对2035年工作进行了全面总结,在充分调研的基础上,围绕县域主导"
        "产业,对2036年度科技工作进行了全面谋划,确定了明年科技工作重点。\n"
        "一、工作思路\n"
        "全面落实科学发展观,紧紧围绕县委、县政府中心工作,创新科技工作思路。\n"
    )
    assert parse(text).year == 2036
    # (two years that are not a review and the next year's plan name no one year)
    assert parse(text.replace("进行了全面总结", "提出了要求")).year is None


def test_the_months_of_a_stage_a_heading_names_in_brackets_give_the_year() -> None:
    text = (
        "一、总体思路\n"
        "以习近平新时代中国特色社会主义思想为指导,教育引导广大师生。\n"
        "二、主要安排\n"
        "(一)做好线下全覆盖学习(2036年6月—9月)\n"
        "相关部门和二级学院要立足主题,全面推动学习。\n"
    )
    assert parse(text).year == 2036
    # (a stage over two years names no one year)
    assert parse(text.replace("2036年6月—9月", "2036年9月—2037年1月")).year is None


@pytest.mark.parametrize(
    "notice_title",
    [
        # A notice that forwards, with 批转, other bodies' plan named whole in its 《》
        # (a law library's second page, opening inside the plan): the plan titles it.
        "中共江城省委、江城省人民政府批转省委宣传部、省司法厅《关于在全省公民中开展法制宣传"
        "教育的第九个五年规划》的通知",
        "江城省人民政府关于批转省委宣传部、省司法厅《关于在全省公民中开展法制宣传教育的第九个"
        "五年规划》的通知",
    ],
)
def test_a_notice_that_forwards_other_bodies_plan_is_titled_by_the_plan(
    notice_title: str,
) -> None:
    text = (
        "法搜网--中国法律信息搜索网\n"
        f"{notice_title}\n\n"
        "  四、步骤与方法\n\n"
        "  (一)步骤\n\n"
        "  “九五”普法规划从2036年开始实施,到2040年结束。\n"
    )
    notice = parse(text)
    assert notice.title == "关于在全省公民中开展法制宣传教育的第九个五年规划"
    assert_lossless(text, notice)


def test_a_printed_pages_number_between_long_dashes_before_a_title_is_no_part_of_it() -> None:
    text = (
        "—1—江城县争创全省优秀平安县实施方案为进一步推进社会管理创新,强化各项防范措施的落实,"
        "全面深化平安建设,推动创建全省优秀平安县工作扎实开展,结合全县实际,制定本实施方案。"
        "一、指导思想深入贯彻落实上级党委政法、维稳工作会议精神,以建立健全维稳长效机制为核心,"
        "以严格落实责任制为抓手,推动优秀平安创建活动深入持久开展。"
        "二、总体目标以争创全省优秀平安县为总体目标,整合社会资源,健全完善工作体系和机制。"
        "三、工作重点。以平安建设“细胞工程”创建活动为载体,巩固平安创建活动成果。\n"
    )
    notice = parse(text)
    assert notice.title == "江城县争创全省优秀平安县实施方案"
    assert notice.organization == "江城县"
    assert_lossless(text, notice)


def test_a_pages_read_aloud_button_over_a_masthead_is_page_furniture() -> None:
    text = (
        "文章播报\n"
        "江城市竹溪乡人民政府文件\n"
        "竹政〔2036〕10号\n"
        "关于开展2036年“安全生产月”活动的通知\n"
        "各村、企事业单位:\n"
        "现就开展2036年“安全生产月”活动通知如下:\n"
        "一、活动时间及目标\n"
        "“安全生产月”活动于6月开展。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城市竹溪乡人民政府"
    assert notice.source.chrome[0].text == "文章播报"
    assert_lossless(text, notice)


def test_a_congress_resolution_on_a_plan_names_the_plan() -> None:
    text = (
        "江城族自治旗人民政府\n"
        "江城族自治旗第十二届人民代表大会第五次会议关于江城族自治旗国民经济和社会发展第十三个"
        "五年规划纲要的决议\n"
        "(2036年2月24日江城族自治旗\n"
        "第十二届人民代表大会第五次会议通过)\n"
        "江城族自治旗第十二届人民代表大会第五次会议审查了旗人民政府提交的规划纲要。\n"
    )
    notice = parse(text)
    assert notice.title == "江城族自治旗国民经济和社会发展第十三个五年规划纲要"
    assert notice.organization == "江城族自治旗"
    assert_lossless(text, notice)


def test_a_title_set_whole_in_book_brackets_after_a_pages_category_is_the_name_inside() -> None:
    text = (
        "网站支持IPV6\n\n"
        "【决策草案】《关于推动县域工业高质量发展实施方案(2036-2039年)(送审稿)》\n\n"
        "2036-06-05 14:10 江城省经济和信息化厅\n\n"
        "根据《省委省政府关于推进强县工程的实施方案》,工业是强县的关键支撑。\n"
        "一、总体要求\n"
        "坚持工业强县,推动县域工业高质量发展。\n"
    )
    assert parse(text).title == "关于推动县域工业高质量发展实施方案(2036-2039年)(送审稿)"


def test_a_plan_a_page_dates_only_by_its_posting_is_for_the_year_a_sentence_opens_on() -> None:
    text = (
        "乡镇重点工作安排\n\n"
        "时间:2040-04-09 08:27:37\n\n"
        "(一)扎实做好村两委换届选举工作。镇村庄多、村情复杂,要精心组织实施换届选举。\n\n"
        "(二)打造一批高质量的党建示范单位。一是扎实抓好党建示范村的建设。2036年计划申报并"
        "打造3个以上的党建示范村。\n"
    )
    notice = parse(text)
    assert notice.year == 2036
    # (a signed notice is dated by its signature: its date gives the year)
    signed = text.replace("时间:2040-04-09 08:27:37", "江城镇人民政府\n2040年4月9日")
    assert parse(signed).year == 2040


@pytest.mark.parametrize("brackets", [("《", "》"), ("", "")])
def test_a_news_headline_that_reports_the_plan_issued_names_its_issuer(
    brackets: tuple[str, str],
) -> None:
    opening, closing = brackets
    text = (
        f"{opening}江城市政府印发江城市水污染防治2036年行动计划{closing}\n\n"
        "  • 来源专题:水体污染治理\n"
        "  • 发布时间:2036-09-03\n"
        "  • 江城市水污染防治2036年行动计划\n\n"
        "    为完成2036年度水污染防治工作目标任务,确保水环境质量持续改善,制定本计划。\n"
        "一、总体要求\n"
        "坚持节水优先、空间均衡。\n"
    )
    notice = parse(text)
    assert notice.title == "江城市水污染防治2036年行动计划"
    assert notice.header is not None
    assert notice.header.issuer == "江城市政府"


def test_a_place_after_a_five_year_periods_time_is_the_titles_organization() -> None:
    text = (
        "“十四五”时期江城市档案事业发展规划\n"
        "一、发展基础\n"
        "“十三五”期间,全市档案工作取得显著成效。\n"
    )
    notice = parse(text)
    assert notice.organization == "江城市"
    assert notice.title == "“十四五”时期江城市档案事业发展规划"


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        # A place right after the title's 关于, then its work's verb: the place's plan.
        ("关于江城区推进百家企业改制上市的意见", "江城区"),
        # ... never a place inside the subject after a verb, nor a word ending in 市.
        ("关于进一步加强江城市科技志愿服务队伍建设的意见", None),
        ("关于城市更新的实施意见", None),
    ],
)
def test_a_place_right_after_about_then_a_verb_is_the_titles_organization(
    title: str, organization: str | None
) -> None:
    notice = parse(f"{title}\n一、总体要求\n坚持稳中求进。\n二、主要任务\n推进发展。\n")
    assert notice.organization == organization


def test_phases_counted_together_at_a_lines_start_are_no_heading() -> None:
    # A wrapped sentence leaves its 第 on the line above: "一、二期工程" goes on with it.
    text = (
        "二、主要工作任务\n"
        "1、深入江城村开展调研。全面掌握基本情况,形成工作计划。\n"
        "2、积极推进新村建设。年内要完成新村第\n"
        "一、二期工程,完善功能,提升品位。\n"
        "3、抓好科技信息服务站建设。全面完成服务站的软硬设施建设。\n"
    )
    notice = parse(text)
    assert [s.number for s in notice.sections] == [2]
    assert [i.number for i in notice.sections[0].items] == [1, 2, 3]
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    ("due", "deadline"),
    [
        # When the work is due, in brackets of its own after the item's last sentence.
        ("(4月5日以前完成)", "4月5日以前完成"),
        ("(12月底以前)", "12月底以前"),
        ("(4月30日以前完成项目申报材料)", "4月30日以前完成项目申报材料"),
    ],
)
def test_a_due_date_in_brackets_after_an_items_last_sentence_is_its_deadline(
    due: str, deadline: str
) -> None:
    text = (
        "江城村2036年新农村建设工作计划\n"
        "一、主要工作任务\n"
        f"1、深入江城村开展调研。全面掌握基本情况,形成工作计划。{due}\n"
        "2、积极推进新村建设。年内完成新村建设。\n"
    )
    item = parse(text).sections[0].items[0]
    assert item.deadline == deadline
    assert item.title == "深入江城村开展调研"
    assert due not in " ".join(m.text for m in item.measures)


def test_a_dated_note_in_brackets_after_an_items_last_sentence_is_no_deadline() -> None:
    text = (
        "江城村2036年新农村建设工作计划\n"
        "一、主要工作任务\n"
        "1、深入学习《村民委员会组织法》。全面掌握基本内容。(2036年修订)\n"
        "2、积极推进新村建设。年内完成新村建设。\n"
    )
    assert parse(text).sections[0].items[0].deadline is None


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        # A county of one character after its city is the title's place.
        ("江城市沐县国民经济和社会发展第十四个五年规划纲要", "江城市沐县"),
        # ... never the counties as a word, nor a county's parts.
        ("江城市县域经济发展三年行动计划", "江城市"),
        # ... and one after its autonomous prefecture too.
        ("江城州沐县农村人居环境整治实施方案", "江城州沐县"),
    ],
)
def test_a_county_of_one_character_after_its_city_is_the_titles_organization(
    title: str, organization: str
) -> None:
    notice = parse(f"{title}\n一、发展基础\n全县经济稳步增长。\n")
    assert notice.organization == organization


@pytest.mark.parametrize(
    ("title_line", "title"),
    [
        # The month a plan was drawn up, in brackets after its title, is no part of it.
        ("江城市都市区同城化的工作方案 (二○三六年八月)", "江城市都市区同城化的工作方案"),
        ("江城市都市区同城化的工作方案(2036年8月20日)", "江城市都市区同城化的工作方案"),
        # ... but a span of months is the plan's own.
        ("江城小学发展规划(2036年9月-2039年7月)", "江城小学发展规划(2036年9月-2039年7月)"),
    ],
)
def test_the_month_a_plan_was_drawn_up_after_its_title_is_no_part_of_it(
    title_line: str, title: str
) -> None:
    notice = parse(f"{title_line}\n一、总体要求\n加快推进城市联盟进程。\n")
    assert notice.title == title


def test_a_heading_a_copy_ran_onto_the_paragraph_before_after_a_space() -> None:
    # The copy set each heading after the paragraph above it, a space between, with
    # no stop of its own: "…平台和门户。 二、主要目标".
    text = (
        "江城都市区同城化工作方案\n"
        "一、总体要求\n"
        "增强辐射带动能力,构建祖国大陆对台交往合作的平台和门户。 二、主要目标\n"
        "综合经济实力显著增强。 三、主要工作\n"
        "(一)推动基础设施共建共享。完善对内交通网络。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "总体要求"),
        (2, "主要目标"),
        (3, "主要工作"),
    ]


@pytest.mark.parametrize(
    ("tag", "lead"),
    [
        # Cities named by their short names share the last one's government, and a
        # council for promoting trade is named short.
        (
            "(江城、深圳、东莞市政府,省商务厅、贸促会)",
            ["江城、深圳、东莞市政府", "省商务厅", "贸促会"],
        ),
        ("(广州、深圳、东莞市政府)", ["广州、深圳、东莞市政府"]),
        ("(省商务厅、贸促会)", ["省商务厅", "贸促会"]),
    ],
)
def test_places_named_short_share_the_last_ones_government_in_an_items_tag(
    tag: str, lead: list[str]
) -> None:
    text = (
        "江城省2036年重点工作\n一、携手参与建设\n"
        f"1.支持举办进出口商品交易会。{tag}\n"
        "2.共同组织赴沿线国家考察。(省商务厅)\n"
    )
    notice = parse(text)
    assert notice.sections[0].items[0].lead_departments == lead


def test_a_bodys_name_alone_over_a_plan_no_notice_hands_over_is_its_issuer() -> None:
    text = (
        "江城县人民政府办公室\n"
        "江城县2036年地质灾害防治方案\n"
        "为切实做好2036年地质灾害防治工作,结合我县实际,制定本方案。\n"
        "一、指导思想\n"
        "坚持以人为本。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert (notice.header.masthead, notice.header.issuer) == ("江城县人民政府办公室",) * 2
    assert notice.header.cover_letter is None
    # (a page's label before the name names no body: "长者模式 江城县人民政府")
    labelled = parse(text.replace("江城县人民政府办公室", "长者模式 江城县人民政府"))
    assert labelled.header is None or labelled.header.issuer is None


def test_a_pages_source_cell_that_gives_the_document_number() -> None:
    # The page's row of metadata gives the document it shows as its source, after an
    # empty label of the same name.
    text = (
        "江城市妇女发展纲要(2036—2045年)全文\n\n"
        "来源: | 来源:江发〔2036〕16号 | 时间 :2036-09-28 | 22282 次浏览 | 分享到:\n\n"
        "一、指导思想\n坚持男女平等基本国策。\n"
    )
    notice = parse(text)
    assert notice.header is not None
    assert notice.header.doc_number == "江发〔2036〕16号"


def test_a_kind_word_alone_over_a_letter_that_hands_over_a_named_plan_is_no_title() -> None:
    # The page's column name stands over the notice ("区域规划"); the plan's own title
    # is the name the letter hands over, and a sentence's subject a page's cut left
    # alone on the last line ("本规划") is none either.
    text = (
        "区域规划\n\n"
        "江城省人民政府关于印发《江城都市圈发展规划》的通知\n"
        "江府发〔2036〕34号\n"
        "各市人民政府:《江城都市圈发展规划》已经省人民政府同意,现印发给你们,请认真组织实施。\n"
        "江城省人民政府\n2036年11月29日\n\n"
        "江城都市圈以江城市为中心,与德城市共同组成。\n\n"
        "本规划\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "江城都市圈发展规划"
    assert parse(text.replace("区域规划\n\n", "")).title == "江城都市圈发展规划"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # (a repost cut into pages counts the page it shows)
        ("江城市“十二五”时期文化改革发展规划(3)", "江城市“十二五”时期文化改革发展规划"),
        # (a writing site calls what it shows a model text)
        ("江城镇建设项目推进工作方案范文", "江城镇建设项目推进工作方案"),
    ],
)
def test_a_pages_note_after_a_title_is_no_part_of_it(headline: str, title: str) -> None:
    text = f"{headline}\n\n四、加快构建公共文化服务体系\n(一)创新公共文化服务机制。加强服务。\n"
    assert parse(text).title == title


def test_a_chapter_counted_by_its_page_after_a_reports_title_is_cut_with_its_counter() -> None:
    text = (
        "二〇三六年財政年度施政報告—二○三六年度施政總體方向和施政重點(2)\n\n"
        "(三)解民憂、紓民困、惠民生\n民生為大。本屆政府將堅持把市民利益放在第一位。\n"
    )
    assert parse(text).title == "二〇三六年財政年度施政報告"


def test_a_customs_district_signs_with_the_provinces_offices() -> None:
    text = (
        "各设区市市场监督管理局:\n"
        "现将《江城省知识产权保护体系建设工程实施计划》印发给你们,请认真贯彻执行。\n"
        "江城省市场监督管理局 中共江城省委宣传部\n"
        "江城省商务厅 江城海关\n"
        "2036年5月14日\n"
        "江城省知识产权保护体系建设工程实施计划\n"
        "一、建设目标\n到2040年,知识产权保护体系基本建成。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert (
        notice.header.issuer == "江城省市场监督管理局、中共江城省委宣传部、江城省商务厅、江城海关"
    )
    assert ISSUER_RE.match("江城海关") and ISSUER_RE.match("海關總署")


def test_a_words_one_before_a_comma_is_no_heading_in_a_page_run_together() -> None:
    # "统一、" lists words: only the "一、" set apart after the opening heads the plan.
    text = (
        "江城市人民政府关于印发江城市计量发展规划(2036—2045年)的通知 江政发〔2036〕20号"
        " 各区人民政府,市政府各委、办、局: 现将《江城市计量发展规划(2036—2045年)》印发给你们,"
        "望遵照执行。 江城市人民政府 2036年8月27日 江城市计量发展规划(2036—2045年)"
        " 计量是实现单位统一、保证量值准确可靠的活动,是科技创新的重要基础。 一、总体要求"
        " (一)指导思想。以新发展理念为指导,推进计量事业发展。 (二)基本原则。坚持创新突破。"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "总体要求")]


def test_a_schools_term_calendar_is_read_as_a_plan() -> None:
    # A term's calendar sets out each week's work under its title: the title is a
    # plan's, not a reason to refuse the page.
    text = (
        "江城市第六中学2036-2037学年第二学期校历\n"
        "起止日期 | 主要工作 | 责任处室 | |\n"
        "开学前 | 2月24日 | 下午2:30行政务虚会 | 办公室 |\n"
        "2月25日 | 上午:教职工大会 | 教科室 | |\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "江城市第六中学2036-2037学年第二学期校历"
    assert (
        parse(text.replace("校历", "行事曆")).title == "江城市第六中学2036-2037学年第二学期行事曆"
    )


def test_a_legislative_plans_field_lines_name_the_bills_unit_and_time() -> None:
    # The unit that drafts or studies a bill leads it; the time it is handed in is its
    # deadline; the congress's own committee named after them is no unit and no part
    # of the bill's name.
    text = (
        "江城市人大常委会2036年立法计划\n"
        "二、调研类项目\n"
        "1.江城市市容和环境卫生管理条例\n"
        "调研单位:市城管执法局\n"
        "报送时间:2036年11月(调研报告)\n"
        "牵头工委:城建环资工委\n"
        "2.江城市非物质文化遗产保护条例\n"
        "起草单位:市文旅局\n"
        "报送议案时间:2036年9月\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    first, second = notice.sections[0].items
    assert (first.title, first.lead_departments, first.deadline) == (
        "江城市市容和环境卫生管理条例",
        ["市城管执法局"],
        "2036年11月(调研报告)",
    )
    assert (second.title, second.lead_departments, second.deadline) == (
        "江城市非物质文化遗产保护条例",
        ["市文旅局"],
        "2036年9月",
    )


def test_a_link_between_a_pages_title_and_that_title_again_is_no_title() -> None:
    # A wiki sets its page's title, the document's box, a link to the next plan and the
    # title again over the text.
    text = (
        "跳至內容\n\n"
        "國家園林事業發展「十三五」規劃\n\n"
        "維基文庫,自由的圖書館\n"
        "國家園林事業發展「十三五」規劃\n"
        "園林政發〔2036〕4號\n"
        "制定機關:國家園林局\n"
        "2036年2月21日\n"
        "「十四五」文物保護和科技創新規劃\n"
        "國家園林事業發展「十三五」規劃\n\n\n"
        "前 言\n\n文物承載燦爛文明,傳承歷史文化。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "國家園林事業發展「十三五」規劃"


def test_an_items_first_line_that_stops_at_a_comma_goes_on_below() -> None:
    # "2、扩大就业见习规模,开展“千人就业见习计划”," / "2023年组织…不少于1000名。": a line
    # that stops at a comma is no heading, however much shorter than the line below.
    text = (
        "江城市促进高校毕业生就业行动方案\n"
        "1、扩大就业见习规模,开展“千人就业见习计划”,\n"
        "2036年组织高校毕业生和16—24岁失业青年参加就业见习不少\n"
        "于1000名。\n"
        "2、组织实施创业培训圆梦计划。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    first, second = list(notice.items())
    assert first.title == (
        "扩大就业见习规模,开展“千人就业见习计划”,"
        "2036年组织高校毕业生和16—24岁失业青年参加就业见习不少于1000名"
    )
    assert second.title == "组织实施创业培训圆梦计划"
    # A heading of its own line, no comma at its end, stays the title.
    headed = text.replace("计划”,\n2036年", "计划”\n2036年")
    assert next(parse(headed).items()).title == "扩大就业见习规模,开展“千人就业见习计划”"
    # Nor does a blank line after the comma end it, as a page that sets lines apart has it.
    apart = text.replace("计划”,\n", "计划”,\n\n")
    notice = parse(apart)
    assert_lossless(apart, notice)
    assert next(notice.items()).title == first.title


def test_a_unit_line_whose_list_a_wrap_cut_goes_on_below() -> None:
    # A booklet's lines, cut anywhere: the supporting units run over three lines, the
    # first stopping on one character of the next name.
    text = (
        "江城市促进高校毕业生就业行动方案\n"
        "1.国有企业吸纳就业800名。加强现代产业人才队伍建设,落实招聘信息公开发布制度。\n"
        "牵头单位:市国资委、工商联\n"
        "配合单位:市委组织部、市工信局(大数据发展局)、农\n"
        "业农村局(市乡村振兴局)、商务局、文旅局、各区(县)人\n"
        "民政府\n"
        "2.中小微企业吸纳就业20000名。切实发挥中小微企业吸纳就业的作用。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    first, second = list(notice.items())
    assert first.lead_departments == ["市国资委", "工商联"]
    assert first.supporting_departments == [
        "市委组织部",
        "市工信局(大数据发展局)",
        "农业农村局(市乡村振兴局)",
        "商务局",
        "文旅局",
        "各区(县)人民政府",
    ]
    assert second.number == 2


def test_the_first_of_two_plans_a_notice_issues_in_the_same_kind() -> None:
    # "…印发江城市群众体育工作实施方案和竞技体育工作实施方案的通知": the second names
    # no body but ends in the first's kind; the first's text follows.
    text = (
        "江城市人民政府办公厅关于印发江城市群众体育工作实施方案和竞技体育工作实施方案的通知\n"
        "《江城市群众体育工作实施方案》和《江城市竞技体育工作实施方案》已经市人民政府同意,"
        "现印发给你们,请认真组织实施。\n"
        "为全面推进全民健身,现制定本实施方案。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization) == ("江城市群众体育工作实施方案", "江城市")
    # Two kinds of one plan joined stay one title.
    joined = text.replace("竞技体育工作实施方案的通知", "责任分解的通知")
    assert parse(joined).title == "江城市群众体育工作实施方案和责任分解"


def test_a_news_headline_over_a_lead_that_says_the_full_text_follows() -> None:
    # "江城发布…实施方案" / "近日,…印发《…》。全文如下。" / the plan's own title and span:
    # the headline is the news page's, the title below the plan's.
    text = (
        "江城发布全面推进数字政府建设三年行动实施方案\n"
        "近日,江城市人民政府印发《全面推进江城数字政府建设三年行动实施方案(2031—2033年)》。"
        "全文如下。\n"
        "全面推进江城数字政府建设三年行动实施方案\n(2031—2033年)\n"
        "根据《江城市国民经济和社会发展第十四个五年规划和2045年远景目标纲要》,制定本方案。\n"
        "一、总体思路\n(一)指导思想。\n坚持以人民为中心。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "全面推进江城数字政府建设三年行动实施方案(2031—2033年)"
    # A plan over three years is for no one year, whatever year its preface names.
    assert notice.year is None
    # With no such lead the headline stays the title the page gives.
    bare = text.replace("全文如下。", "")
    assert parse(bare).title == "江城发布全面推进数字政府建设三年行动实施方案"


def test_a_plan_over_a_span_of_years_takes_no_year_from_its_preface() -> None:
    text = (
        "全面推进江城数字政府建设三年行动实施方案\n(2031—2033年)\n"
        "根据《江城市国民经济和社会发展第十四个五年规划和2045年远景目标纲要》,制定本方案。\n"
        "一、总体思路\n(一)指导思想。\n坚持以人民为中心。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.year) == (
        "全面推进江城数字政府建设三年行动实施方案(2031—2033年)",
        None,
    )
    # A plan for one year still takes it from the opening it names it in.
    single = text.replace("三年行动实施方案\n(2031—2033年)", "行动实施方案").replace(
        "根据《", "2031年是关键之年。根据《"
    )
    assert parse(single).year == 2031


def test_a_sites_posting_day_and_column_under_the_title_are_no_part_of_it() -> None:
    # "文化下乡工作计划" / "2018-12-13工作计划": the day the site posted the page, glued to
    # the column it filed it in, ends in a kind but does not continue the title.
    text = (
        "江城市文化下乡工作计划\n\n2031-12-13工作计划\n\n"
        "为丰富农民的精神文化生活,特制订江城市2031年文化下乡工作计划。\n"
        "一、下乡服务项目\n歌舞、戏曲、图书、电影等。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.year) == ("江城市文化下乡工作计划", 2031)
    # A title's own lower half that ends in its kind still continues it.
    wrapped = text.replace("2031-12-13工作计划", "2031年工作计划").replace(
        "江城市文化下乡工作计划\n\n", "江城市文化下乡\n"
    )
    assert parse(wrapped).title == "江城市文化下乡2031年工作计划"


def test_a_sharing_sites_label_for_one_piece_of_a_compilation_is_no_title() -> None:
    # "农村脱贫攻坚月工作计划1": a site that strings several model texts together numbers
    # each piece after its kind; the label names no plan (and no item's text runs into it).
    text = (
        "在日常工作中,定期制定工作计划是非常重要的。以下是小编带来的工作计划。\n"
        "农村扶贫工作计划1\n"
        "一、加强组织领导\n1.成立江城镇扶贫工作领导小组。\n"
        "农村扶贫工作计划篇2\n"
        "二、强化产业帮扶\n1.发展江城镇茶叶产业。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title is None
    assert [i.title for s in notice.sections for i in s.items] == [
        "成立江城镇扶贫工作领导小组",
        "发展江城镇茶叶产业",
    ]
    # The same words without a piece's number are the title.
    titled = text.replace("农村扶贫工作计划1\n", "江城镇农村扶贫工作计划\n", 1)
    assert parse(titled).title == "江城镇农村扶贫工作计划"


def test_a_files_name_glued_before_the_title_that_restates_it_for_its_body() -> None:
    # A sharing site's page: the file's name, then the document's own title that names
    # the village it is for before the same words, then the opening, on one line.
    opening = (
        "为了贯彻落实美丽乡村建设的要求,根据江城镇党委、政府美丽乡村建设工作部署,"
        "扎实推进桃源村“美丽乡村”创建工作,结合本村实际,特制定本方案。"
    )
    text = (
        "2031年美丽乡村建设项目实施方案江城县江城镇桃源村2031年美丽乡村建设项目实施方案"
        + opening
        + "一、基本情况:桃源村地处北纬30度附近的亚热带季风气候山区,气候宜人、风景秀丽,"
        + "全村地域19.8平方公里,辖8个村民小组,全年平均气温15℃左右。"
        + "二、总体目标:通过两年努力,建成村新、业兴、景美、人和的美丽乡村示范村。"
        + "三、建设内容:1.修建村级道路3公里。2.改造农户厕所120户。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization) == (
        "江城县江城镇桃源村2031年美丽乡村建设项目实施方案",
        "江城县江城镇桃源村",
    )
    # A notice's title said twice is no file's name over a body's title, though its
    # first words end in the plan's kind and its second copy restates them.
    letter = "各县、市、区人民政府:为推进美丽乡村建设,现将方案印发给你们,请认真贯彻执行。"
    doubled = (
        "关于印发江城市美丽乡村建设项目实施方案的通知关于印发江城市美丽乡村建设项目实施方案的通知"
        + letter
        + text.split("项目实施方案", 2)[2]
    )
    assert parse(doubled).title == "江城市美丽乡村建设项目实施方案"


def test_a_closing_date_run_onto_the_last_sentence_in_a_tables_cell() -> None:
    # A law library's page keeps the document in one cell of a table: its bar stands
    # on the first line and after the date that closes the last paragraph.
    text = (
        "|\n"
        "[接上页] 七、强化市场监督检查 物价、工商、质监等部门立即部署开展“百日执法大检查”"
        "活动,对哄抬价格、价格欺诈等违法违规行为进行严厉打击。"
        " 八、加强价格监测预警分析 物价部门对粮、油、肉、禽、蛋等居民生活必需品价格监测"
        "实行一日一报制度,提高价格预测的准确性和针对性。"
        " 九、严格控制出台新提价项目 2031年年底前,原则上不再出台新的提价项目。"
        " 十、加大价格舆论宣传引导力度 各市、县(区)要及时发布价格政策信息,"
        "正确引导社会各方理性对待市场变化。 二〇三一年八月二十二日 |\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header.date == dt.date(2031, 8, 22)
    assert [(s.number, s.title) for s in notice.sections] == [
        (7, "强化市场监督检查"),
        (8, "加强价格监测预警分析"),
        (9, "严格控制出台新提价项目"),
        (10, "加大价格舆论宣传引导力度"),
    ]


def test_a_gazettes_imprint_box_over_the_document_is_page_furniture() -> None:
    # A copy taken from a city's gazette keeps its imprint box over the title: the
    # sponsor, the publisher, the address; none of it is the notice's issuer.
    text = (
        "江城市人民政府公報\n主管單位 江城市人民政府\n主辦單位 江城市人民政府辦公室\n"
        "編輯出版 江城市人民政府公報編輯室\n地 址 江城市通川區永興路2號\n"
        "電 話 0818-3091434\n郵 編 635000\n\n"
        "江城市人民政府關於加強優質煙葉生產基地建設的意見\n\n江城府發〔2031〕7號\n\n"
        "各縣、市、區人民政府,市級有關部門:\n\n為了恢復發展我市煙葉生產,提出如下意見。\n\n"
        "一、統一思想,增強煙葉發展信心\n\n1.提高認識。煙葉是我市的傳統經濟作物。\n"
        "主辦單位:江城市農業局、江城市煙草公司。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header.doc_number == "江城府發〔2031〕7號"
    assert notice.header.issuer != "主管單位 江城市人民政府"
    assert [c.text for c in notice.source.chrome if c.text.startswith(("主管", "編輯", "郵"))] == [
        "主管單位 江城市人民政府",
        "編輯出版 江城市人民政府公報編輯室",
        "郵 編 635000",
    ]
    # An activity's organisers, labelled with a colon in the plan's text, stay its text.
    [item] = notice.sections[0].items
    assert item.text.endswith("主辦單位:江城市農業局、江城市煙草公司。")


def test_a_towns_first_thoughts_on_a_years_work_are_a_plans_title() -> None:
    # "工作初步思路": the year's work as a body first thinks it through, as 工作思路.
    text = (
        "2031年江城镇宣传思想工作初步思路\n\n"
        "2031年江城镇宣传思想工作将以全面贯彻党的精神为主线。\n\n"
        "一、力争文化活动事业迈出新步伐\n\n1、完善基础活动室建设。按照达标要求改造。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization, notice.year) == (
        "2031年江城镇宣传思想工作初步思路",
        "江城镇",
        2031,
    )


def test_a_heading_broken_inside_a_quotation_over_a_blank_line_goes_on() -> None:
    # A copy that set every paragraph apart broke a heading inside its quotation
    # marks; the heading goes on over the blank line to where the quotation closes.
    text = (
        "江城市愛國衛生工作計畫\n\n"
        "一、以農村改廁項目為依託,全面開展農牧區環境衛生“五治、四改、三促\n\n"
        "進、兩創建、一達標”的綜合整治,推動新農村建設“村容整潔、鄉風文明”目標的實現。\n\n"
        "今年全市完成改廁一萬戶。\n\n"
        "二、以滅蟑為重點,做好城鎮病媒生物防制工作\n\n開展滅蟑達標活動。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [s.title for s in notice.sections] == [
        "以農村改廁項目為依託,全面開展農牧區環境衛生“五治、四改、三促進、兩創建、一達標”"
        "的綜合整治,推動新農村建設“村容整潔、鄉風文明”目標的實現",
        "以滅蟑為重點,做好城鎮病媒生物防制工作",
    ]
    # A standard heading run into its text leaves the quotation to the text.
    glued = (
        "江城市中小学生健康促进行动计划实施方案\n\n"
        "一、指导思想以“健康第一\n\n”为指导思想,以增强学生体质为目标。\n\n"
        "二、实施原则\n\n坚持以人为本。\n"
    )
    first, second = parse(glued).sections
    assert first.title.startswith("指导思想") and "为指导思想" not in first.title
    assert second.title == "实施原则"


def test_an_item_whose_digit_a_copy_lost_is_numbered_by_its_place() -> None:
    # "、今年…" before "2、…": the first point under each heading lost its digit.
    text = (
        "2031年江城镇宣传思想工作思路\n\n"
        "一、力争文化活动事业迈出新步伐\n\n"
        "、今年将在各村开展“问责风暴”活动,深入开展廉政文化。\n\n"
        "2、完善基础活动室建设。按照达标要求改造。\n\n"
        "二、力争新闻外宣工作实现新突破\n\n"
        "1、加强信息队伍建设。完善奖励机制。\n\n"
        "、继续加大网络宣传力度。以年轻干部为主力。\n\n"
        "3、办好镇宣传栏。每月更新一次。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    first, second = notice.sections
    assert [(i.number, i.title) for i in first.items] == [
        (1, "今年将在各村开展“问责风暴”活动,深入开展廉政文化"),
        (2, "完善基础活动室建设"),
    ]
    assert [(i.number, i.title) for i in second.items] == [
        (1, "加强信息队伍建设"),
        (2, "继续加大网络宣传力度"),
        (3, "办好镇宣传栏"),
    ]
    assert [d.code for d in notice.diagnostics].count("lost-numeral") == 2
    # A wrapped list's next name after its comma stays the item's text, and a comma
    # line with no item after it to leave a number out is no item.
    wrapped = (
        "江城市新区建设工作要点\n\n一、总体要求\n\n"
        "1、建好新区,包括江城新区\n、河西新区和湖滨新区。\n\n"
        "2、完善配套。\n\n、其余工作按计划推进。\n"
    )
    [section] = parse(wrapped).sections
    assert [i.number for i in section.items] == [1, 2]
    assert section.items[0].text.endswith("、河西新区和湖滨新区。")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # The note may follow the span, as a draft set out for comment writes it.
        (
            "江城区建设儿童友好城市三年行动方案(2031-2033 年)(征求意见稿)为贯彻落实关于推进"
            "儿童友好城市建设的指导意见,制定本方案。\n\n一、总体要求\n\n坚持儿童优先。\n",
            "江城区建设儿童友好城市三年行动方案(2031-2033 年)(征求意见稿)",
        ),
        # A draft sent up for approval is noted so too, before its preface's period.
        (
            "江城县红十字事业发展十四五规划(报批稿)“十四五”时期是我国全面建成小康社会的"
            "关键时期。\n\n一、发展基础\n\n成绩显著。\n",
            "江城县红十字事业发展十四五规划(报批稿)",
        ),
    ],
)
def test_a_drafts_note_stays_with_the_title_glued_to_its_text(text: str, title: str) -> None:
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == title
    assert notice.preamble is not None and not notice.preamble.startswith(title)


def test_an_opening_that_names_the_plan_it_draws_up_makes_two_items_a_plan() -> None:
    # A school's term plan whose page dropped its title: labelled paragraphs, then
    # two points; its opening names the plan it is drawn up to be.
    text = (
        "指导思想:2031学年度第一学期是推进学校发展的关键学期,以此为基础制订2031学年度"
        "第一学期学校工作计划。\n"
        "工作要点:\n"
        "1、加强民主管理,坚持校务公开\n"
        "坚持依法办学,以德立校,加强校园民主管理,充分发挥教代会的民主监督作用。\n"
        "2、突出育人根本,努力提高德育实效\n"
        "发扬学校重视德育的优良传统,将德育融入日常课堂,开展主题教育活动。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [i.title for i in notice.sections[0].items] == [
        "加强民主管理,坚持校务公开",
        "突出育人根本,努力提高德育实效",
    ]
    # Two points after an opening that names no plan are still no notice.
    with pytest.raises(ParseError, match="expected a work-plan notice"):
        parse(text.replace("以此为基础制订2031学年度第一学期学校工作计划", "全校师生共同努力"))


def test_a_letter_whose_page_joined_its_paragraphs_after_the_addressees_is_read() -> None:
    # A law library's copy ran the letter into one line, its paragraphs joined by
    # spaces: the addressees, the year's work, then the first part.
    text = (
        "|\n"
        "各市、州、县人民政府,省政府各部门: 做好2031年全省扶贫开发工作,对于统筹城乡区域协调"
        "发展、推进老区贫困地区新农村建设,具有十分重要的意义。 2031年全省扶贫开发工作要以"
        "科学发展观为指导,坚持开发式扶贫方针,以稳定解决扶贫对象温饱并实现脱贫致富为首要任务,"
        "以产业发展为根本,以增加收入为核心。 2031年,全省计划解决40万贫困人口的温饱和脱贫"
        "问题;扶贫搬迁1万户、4万人。 一、全力做好“三个确保”工作。坚持“产业第一、能力至上”"
        "的原则,集中各行业力量,全面启动整村推进任务。一是突出产业发展。二是强化能力建设。"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert notice.header.addressees == ["各市、州、县人民政府", "省政府各部门"]
    assert notice.year == 2031
    assert [s.title for s in notice.sections] == ["全力做好“三个确保”工作"]
    # A page's field label set apart from its text is no addressee: the summary a
    # disclosure page gives under it stays one line, its heading the summary's text.
    field = (
        "江城大学综合改革方案\n\n内容概述: 改革创新是学校事业发展的根本途径和不竭动力。"
        "改革开放以来,学校牢牢抓住高等教育发展的重要机遇,解放思想,锐意改革,有效推动了学校"
        "办学水平的显著提升。但是,与世界同类型高水平大学相比,学校在人才培养质量、科学研究"
        "水平及综合竞争力等方面还存在较大差距。学校必须在新的历史起点上,坚定不移地深化综合"
        "改革,破除体制机制障碍。为此,结合学校实际,制定本方案。一、总体思路"
        "高举中国特色社会主义伟大旗帜,全面贯彻党的教育方针,以立德树人为根本,深化综合改革。\n"
    )
    assert [s.numeral for s in parse(field).sections if s.numeral] == []


def test_a_collection_sites_page_starts_its_document_under_the_entry() -> None:
    # A collection site's page: its own title, upload time and blurb, then its entry
    # for the first document it holds. The document, title and 文号, starts under it.
    text = (
        "江城大学本科教学质量工程实施意见\n\n"
        "时间:2031-05-12 23:09:41下载本文作者:会员上传\n"
        "简介:写写帮文库小编为你整理了多篇相关的《江城大学本科教学质量工程实施意见》,"
        "但愿对你工作学习有帮助。\n\n"
        "第一篇:江城大学本科教学质量工程实施意见\n\n"
        "江城大学本科教学质量工程实施意见\n\n"
        "江校[2030]85号\n\n"
        "为切实提高本科人才培养质量,学校决定实施本科教学质量工程。\n\n"
        "一、指导思想\n\n坚持以人为本,全面实施教育教学改革。\n\n"
        "二、总体目标\n\n到2033年,建成一批特色专业。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "江城大学本科教学质量工程实施意见"
    assert notice.header is not None
    assert notice.header.doc_number == "江校[2030]85号"
    assert [s.title for s in notice.sections] == ["指导思想", "总体目标"]


def test_a_search_question_over_the_title_is_no_part_of_it() -> None:
    # A spam copy sets a search engine's question over the plan's title.
    text = (
        "江城市三院农村医疗费用合作医疗怎么减免费用\n\n"
        "河西县2031年新型农村合作医疗统筹补偿方案\n"
        "根据上级文件精神,结合我县实际,特制定本方案。\n"
        "一、总体目标\n统筹基金最高支付限额不低于15万元。\n"
        "二、补偿范围\n门诊补偿。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title == "河西县2031年新型农村合作医疗统筹补偿方案"
    assert notice.organization == "河西县"


@pytest.mark.parametrize(
    ("title", "year"),
    [
        # A spam copy's brand glued before the year, letters then digits.
        ("bet53652031年工作要点", 2031),
        ("bt3652031年江城市工作要点", 2031),
        # Digits run on from a year are no brand: a span's years, read as none.
        ("江城市20312032年工作要点", None),
    ],
)
def test_the_year_after_a_spam_brand_glued_to_it_is_read(title: str, year: int | None) -> None:
    text = f"{title}\n一、总体要求\n1.深入贯彻落实会议精神。\n2.筹备召开全省工作会议。\n"
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.year == year


@pytest.mark.parametrize("label", ["2031年6月:", "2031年7—8月:", "9月份："])
def test_a_schedules_month_over_the_last_list_leads_into_no_item(label: str) -> None:
    # A schedule's lists, each under its month, each numbered from 1: the last list
    # is the month's work, not a sub-list of the item above the month.
    text = (
        "江城学院党建评估工作安排\n"
        "2031年3—4月:\n1、成立评估工作办公室;\n2、制订评估工作方案。\n"
        "2031年5月:\n1、编印党务制度大全;\n2、召开骨干培训班。\n"
        f"{label}\n1、评估办专职人员开始坐班;\n2、起草自评报告;\n3、制作评估材料目录册。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [item.number for item in notice.items()] == [1, 2, 1, 2, 1, 2, 3]
    # A line of the item's own that leads into a list keeps it.
    led = text.replace(f"{label}\n1、评估办", "主要措施:\n1、评估办")
    assert [item.number for item in parse(led).items()] == [1, 2, 1, 2]


@pytest.mark.parametrize(
    "page",
    [
        # The compilation's name, with how many papers it holds, then its label of
        # the first: neither is the paper's title, which the page left out.
        "江城环保局工作人员的工作计划(精选3篇)\n江城环保局工作人员的工作计划 篇1\n",
        # The site's headline, said again as the compilation's name.
        "卫生监督工作计划\n时间:2031-06-20 17:29:07 工作计划 我要投稿\n卫生监督工作计划范文6篇\n",
    ],
)
def test_a_compilations_name_and_its_label_of_a_paper_are_no_title(page: str) -> None:
    text = (
        f"{page}"
        "20xx年是全面推进依法治国的开局之年,全区卫生工作要突出创新驱动,狠抓改革攻坚。\n"
        "一、医疗卫生资源增量提质工程\n"
        "1.江城中心医院内儿科楼修缮工程,年底前完成施工招标。\n"
        "2.区骨科医院新建工程,年内完成主体建设。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert notice.title is None
    assert [s.title for s in notice.sections] == ["医疗卫生资源增量提质工程"]
