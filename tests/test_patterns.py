"""Known-answer tests of the pattern recognisers, on clause styles of many governments."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_text
from extract.quantities import cn_to_number, find_deadlines, find_quantities
from extract.read import normalise
from extract.structure import parse_structure, split_lines
from extract.units import split_units, unit_kind


def roles(line: str) -> list[tuple[str, str]]:
    ex = extract_text(line)
    return [(d.unit, d.role.value) for d in ex.duties]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1.任务。(市发改局牵头,市财政局、市科工局按职责分工负责)",
         [("市发改局", "lead"), ("市财政局", "co"), ("市科工局", "co")]),
        ("1.任务。(市商务粮食局、市文旅广电局牵头)", [("市商务粮食局", "lead"), ("市文旅广电局", "lead")]),
        ("1.任务。(市工商联、市科工局按职责牵头负责)", [("市工商联", "lead"), ("市科工局", "lead")]),
        ("1.任务。(市场监管局牵头、市司法局、市优化办按职责分工负责)",
         [("市场监管局", "lead"), ("市司法局", "co"), ("市优化办", "co")]),
        ("1.任务。(市财政局、市发改局,各镇、街道等按职责分工负责)",
         [("市财政局", "shared"), ("市发改局", "shared"), ("各镇、街道", "shared")]),
        ("1.任务。(市安委办牵头,各负有监管职责的行业部门和属地镇街按职责分工负责)",
         [("市安委办", "lead"), ("各负有监管职责的行业部门", "co"), ("属地镇街", "co")]),
        ("1.任务。(市应急管理局等按职责分工负责,各镇、街道配合)", [("市应急管理局", "shared"), ("各镇、街道", "co")]),
        ("1、任务。[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]",
         [("区卫健局", "lead"), ("区疫情防控指挥部成员单位", "co"), ("各街办(新区)", "co")]),
        ("(一)任务。〔责任单位:省市场监管局〕", [("省市场监管局", "shared")]),
        ("1.任務。(市人力資源社會保障局、市醫保局負責)", [("市人力資源社會保障局", "shared"), ("市醫保局", "shared")]),
        ("推行党政“双牵头”机制,形成合力。", []),
    ],
)
def test_clause_roles(line: str, expected: list[tuple[str, str]]) -> None:
    assert roles(line) == expected


def test_label_lines_after_a_task_form_one_group() -> None:
    text = "一、目标\n1.地区生产总值增长6%左右。\n牵头单位:区发改局\n责任单位:立山经济开发区,各街道\n2.其他。\n责任单位:区财政局"
    got = [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties]
    assert got == [(3, "区发改局", "lead"), (4, "立山经济开发区", "co"), (4, "各街道", "co"), (6, "区财政局", "shared")]


def test_declared_first_is_lead_convention() -> None:
    text = ("一、重点工作\n1.任务一。\n责任单位:财政局、发改局、经信局(列第一位者为牵头或汇总单位,下同)\n"
            "2.任务二。\n责任单位:商务局、税务局")
    got = [(d.unit, d.role.value) for d in extract_text(text).duties]
    assert got == [("财政局", "lead"), ("发改局", "co"), ("经信局", "co"), ("商务局", "lead"), ("税务局", "co")]


def test_supervisor_lines_and_heading_leaders() -> None:
    text = "一、张三市长主抓重点工作\n1.地区生产总值增长6%以上。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合。"
    ex = extract_text(text)
    assert {u.name: u.kind.value for u in ex.units}["林克庆"] == "person"
    got = [(d.unit, d.role.value) for d in ex.duties]
    assert got == [("张三市长", "supervisor"), ("林克庆", "supervisor"), ("省发展改革委", "lead"), ("各地", "co"),
                   ("各部门", "co")]


def test_work_team_sentence() -> None:
    line = ("成立实施X行动工作专班,由市政府分管副市长任召集人,市政府办协线副主任、市发改局主要负责同志任副召集人,"
            "成员单位包括市财政局、市住建局等,专班办公室设市发改局,负责日常协调和调度工作。")
    ex = extract_text(line)
    assert [(d.unit, d.role.value) for d in ex.duties] == [
        ("市政府分管副市长", "convener"), ("市政府办协线副主任", "deputy_convener"), ("市发改局", "deputy_convener"),
        ("市财政局", "member"), ("市住建局", "member"), ("市发改局", "office")]
    assert ex.teams[0].name == "实施X行动工作专班"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("力争全年新增规模以上工业企业45家、冠军企业2家以上", [("45", "家", None), ("2", "家", "min")]),
        ("城市低保标准不低于700元/月·人", [("700", "元/月·人", "min")]),
        ("引进2-3家企业", [("2-3", "家", None)]),
        ("办好十件实事", [("10", "件", None)]),
        ("园区亩均税收突破20万元/亩", [("20", "万元/亩", "min")]),
        ("围绕“1+2+X”产业体系", []),
        ("推动G107东移、S208建设", []),
        ("完成2个镇110KV农村电网改造", [("2", "个", None)]),
        ("纪念“5·12”防灾减灾日", []),
        ("公布第二批名单,举办第四届博览会", []),
        ("2024年4月3日印发", []),
        ("引进30亿元以上项目2个", [("2", "个", None)]),
        ("依托年产10万吨新材料项目", []),
    ],
)
def test_quantities(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(q.value, q.measure, q.bound) for q in find_quantities(normalise(text))] == expected


def test_quantity_year_applies_within_its_sentence() -> None:
    qs = find_quantities("力争到2025年,培育5家企业,税收达3.5亿元。新增企业8家")
    assert [(q.value, q.year) for q in qs] == [("5", "2025"), ("3.5", "2025"), ("8", None)]


def test_chinese_numerals() -> None:
    assert [cn_to_number(x) for x in ("一", "十", "十二", "二十", "一百零五")] == [1, 10, 12, 20, 105]


def test_deadlines() -> None:
    got = [(d.begin_date, d.end_date) for d in find_deadlines("2024年底前完成,到2025年建成,年内启动,2023—2025年", 2024)]
    assert got == [(None, "2024-12-31"), (None, "2025-12-31"), (None, "2024-12-31"), ("2023-01-01", "2025-12-31")]


def test_unit_kinds() -> None:
    assert unit_kind("岳阳市生态环境局临湘分局") == "higher_level"
    assert unit_kind("国网临湘供电公司") == "enterprise"  # a company first, though 国网 names a higher level
    assert unit_kind("邮政公司临湘分公司") == "enterprise"
    assert unit_kind("临湘高新区") == "zone"
    assert unit_kind("各镇、街道") == "collective"
    assert unit_kind("市政府分管副市长") == "position"
    for not_unit in ("产业链", "发布单位", "机制", "大局", "具体任务均涉及"):
        assert unit_kind(not_unit) is None, not_unit


def test_split_keeps_names_with_and() -> None:
    items, _ = split_units("市人力资源和社会保障局、文化和广电旅游体育局")
    assert [i.text for i in items] == ["市人力资源和社会保障局", "文化和广电旅游体育局"]


def test_headings_and_attachment_list() -> None:
    text = "一、总体要求\n(一)目标\n1.任务。\n(1)子任务。\n附件:1.甲方案\n2.乙方案\n附件1\n甲方案\n一、工作目标"
    lines = split_lines(text, normalise(text))
    s = parse_structure(lines)
    assert [(h.line, h.kind.value, h.number, h.parent_line) for h in s.headings] == [
        (1, "section", "一", None), (2, "subsection", "一", 1), (3, "task", "1", 2), (4, "subtask", "1", 3),
        (7, "annex", "1", None), (9, "section", "一", 7)]
    assert [(a.number, a.title, a.annex_line) for a in s.actions] == [("1", "甲方案", 7), ("2", "乙方案", None)]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("市县区局委办牵头负责配合、,。()〔〕[]:1234567890%家个亿元各镇街道成员单位召集人一二三、.\n ")),
               max_size=300))
def test_no_text_makes_the_extractor_raise_and_spans_slice(text: str) -> None:
    ex = extract_text(text)
    for d in ex.duties:
        assert text[d.span.start : d.span.end] == d.span.quote == d.unit
    for i in ex.indicators:
        assert text[i.span.start : i.span.end] == i.span.quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.优化营商环境。(责任单位:市政务服务中心(牵头)、市市场监管局、市发改委)",
         [("市政务服务中心", "lead"), ("市市场监管局", "co"), ("市发改委", "co")]),
        ("1.优化营商环境,由市政务服务中心牵头,市市场监管局、市发改委配合。",
         [("市政务服务中心", "lead"), ("市市场监管局", "co"), ("市发改委", "co")]),
        ("1.總體要求。(市發展改革局牽頭,市財政局、市商務局參與)",
         [("市發展改革局", "lead"), ("市財政局", "co"), ("市商務局", "co")]),
        ("1.推进工作。【牵头单位:县发改局(粮食局);配合单位:各乡镇人民政府】",
         [("县发改局(粮食局)", "lead"), ("各乡镇人民政府", "co")]),
        ("由于工作需要,由各地自行组织。", []),
    ],
)
def test_more_clause_styles(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_task_table_with_lead_and_co_columns() -> None:
    text = ("一、重点任务分工\n序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
            "1 | 推进重大项目建设 | 市发改委 | 市财政局、市自然资源局 | 2024年底前 |\n"
            "2 | 优化营商环境 | 市政务服务中心(牵头)、市市场监管局 | | 长期 |")
    got = [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties]
    assert got == [(3, "市发改委", "lead"), (3, "市财政局", "co"), (3, "市自然资源局", "co"),
                   (4, "市政务服务中心", "lead"), (4, "市市场监管局", "lead")]


def test_flattened_task_table_counts_cells_into_columns() -> None:
    text = ("一、重点任务分工\n序号 |\n工作任务 |\n牵头单位 |\n责任单位 |\n1 |\n推进重大项目建设 |\n市发改委 |\n"
            "市财政局、市自然资源局 |\n2 |\n优化营商环境 |\n市政务服务中心 |\n市市场监管局 |")
    got = [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties]
    assert got == [(8, "市发改委", "lead"), (9, "市财政局", "co"), (9, "市自然资源局", "co"),
                   (12, "市政务服务中心", "lead"), (13, "市市场监管局", "co")]


def test_leading_group_sentences() -> None:
    ex = extract_text("成立以市长为组长、常务副市长为副组长、各相关部门主要负责人为成员的工作领导小组,领导小组办公室设在市发改委。")
    assert [(d.unit, d.role.value) for d in ex.duties] == [
        ("市长", "leader"), ("常务副市长", "deputy_leader"), ("各相关部门", "member"), ("市发改委", "office")]
    ex = extract_text("组长由市长担任,副组长由常务副市长、分管副市长担任,成员由市发改委、市财政局等部门主要负责同志组成。")
    assert [(d.unit, d.role.value) for d in ex.duties] == [
        ("市长", "leader"), ("常务副市长", "deputy_leader"), ("分管副市长", "deputy_leader"),
        ("市发改委", "member"), ("市财政局", "member")]


def test_quantity_forms() -> None:
    assert [(q.value, q.measure) for q in find_quantities(normalise("培训1,500人次,覆盖率达到95％"))] == [
        ("1500", "人次"), ("95", "%")]


def test_lead_note_after_an_inline_label_and_a_coordination_mechanism() -> None:
    text = ("一、提升服务消费\n3.发展文旅消费。打造10条以上精品旅游线路。责任单位:省文化和旅游厅(牵头),省商务厅、省发展改革委。\n"
            "(一)加强组织领导。建立由省政府分管副省长任召集人,省商务厅主要负责同志任副召集人的工作协调机制,办公室设在省商务厅。")
    ex = extract_text(text)
    assert [(d.unit, d.role.value) for d in ex.duties] == [
        ("省文化和旅游厅", "lead"), ("省商务厅", "co"), ("省发展改革委", "co"),
        ("省政府分管副省长", "convener"), ("省商务厅", "deputy_convener"), ("省商务厅", "office")]
    assert ex.teams[0].name == "工作协调机制"
    assert [(i.name, i.value, i.bound) for i in ex.indicators] == [("打造精品旅游线路", "10", "min")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.推进改革。(市发展改革委牵头,各区政府、市有关部门按职责分工落实)",
         [("市发展改革委", "lead"), ("各区政府", "co"), ("市有关部门", "co")]),
        ("1.推进开放。(国家发展改革委、财政部、商务部、人民银行、海关总署、市场监管总局按职责分工负责)",
         [("国家发展改革委", "shared"), ("财政部", "shared"), ("商务部", "shared"), ("人民银行", "shared"),
          ("海关总署", "shared"), ("市场监管总局", "shared")]),
        ("1.X。(县直各单位负责)", [("县直各单位", "shared")]),
    ],
)
def test_central_and_county_styles(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_month_end_and_day_deadlines() -> None:
    assert [d.end_date for d in find_deadlines("完成时限:2024年12月底;2024年6月30日前", 2024)] == [
        "2024-12-31", "2024-06-30"]


def test_declared_short_name_is_the_same_unit() -> None:
    ex = extract_text("1.甲。(国家发展和改革委员会(以下简称“国家发展改革委”)牵头,财政部配合)\n2.乙。(国家发展改革委牵头)")
    assert [(u.name, u.labels) for u in ex.units] == [
        ("国家发展和改革委员会", ("国家发展和改革委员会", "国家发展改革委")), ("财政部", ("财政部",))]


def test_indicator_table_with_a_year_column_bounds_and_deadlines() -> None:
    text = ("一、主要指标\n序号 | 指标 | 2024年目标 | 牵头单位 | 完成时限 |\n"
            "1 | 空气质量优良天数比例 | ≥95% | 市生态环境局 | 2024年12月底 |\n2 | 新增就业 | 5000人 | 市人社局 | 2024年底前 |")
    ex = extract_text(text)
    assert [(i.span.line, i.name, i.value, i.measure, i.bound) for i in ex.indicators] == [
        (3, "空气质量优良天数比例", "95", "%", "min"), (4, "新增就业", "5000", "人", None)]
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [(3, "市生态环境局", "lead"), (4, "市人社局", "lead")]
    assert [dl.end for dls in ex.deadlines.values() for dl in dls] == ["2024-12-31", "2024-12-31"]


def test_annex_lines_with_their_titles() -> None:
    text = ("总体方案\n一、目标\n1.任务。(市发改局牵头)\n附件1:产业行动实施方案\n附件2:创新行动实施方案\n"
            "附件1:产业行动实施方案\n一、工作目标\n1.做强产业。(市科工局牵头)\n附件2:创新行动实施方案\n一、工作任务\n1.创新。(市科技局牵头)")
    ex = extract_text(text)
    assert [(h.line, h.kind.value, h.number, h.parent_line) for h in ex.headings] == [
        (2, "section", "一", None), (3, "task", "1", 2), (6, "annex", "1", None), (7, "section", "一", 6),
        (8, "task", "1", 7), (9, "annex", "2", None), (10, "section", "一", 9), (11, "task", "1", 10)]
    assert [(a.number, a.title, a.annex_line) for a in ex.actions] == [
        ("1", "产业行动实施方案", 6), ("2", "创新行动实施方案", 9)]


def test_space_separated_label_list_and_month_deadlines() -> None:
    text = "一、任务\n1.推进工作。\n牵头单位:市发改委\n责任单位:市财政局 市商务局  市统计局"
    assert [(d.unit, d.role.value) for d in extract_text(text).duties] == [
        ("市发改委", "lead"), ("市财政局", "co"), ("市商务局", "co"), ("市统计局", "co")]
    assert [d.end_date for d in find_deadlines("(完成时限:2024年12月)", 2024)] == ["2024-12-31"]
    assert find_deadlines("2024年6月召开会议", 2024) == []


def test_label_variants_on_their_own_lines() -> None:
    text = "一、任务\n1.推进工作。\n分管领导:张三(副市长)\n主责部门:市发改委\n协同部门:市财政局、市商务局"
    assert [(d.unit, d.role.value) for d in extract_text(text).duties] == [
        ("张三", "supervisor"), ("市发改委", "lead"), ("市财政局", "co"), ("市商务局", "co")]


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_either_read_or_refused_with_an_input_error(data: bytes) -> None:
    from extract.errors import InputError
    from extract.read import read_bytes

    try:
        raw = read_bytes(data, name="x.txt")
    except InputError:
        return
    assert raw.text and any("\u4e00" <= ch <= "\u9fff" for ch in raw.text)


# ---------------------------------------------------------------- issue #7: styles nobody wrote a rule for
# Each line below is a real sentence (or a few real lines) of a plan in tests/data/dev or tests/data/corpus.

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guofa-2019-bonded-zones: a first-listed-leads convention in its own wording, then a single unit
        ("1.拓展两个市场。积极稳妥地在综合保税区推广增值税一般纳税人资格试点。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）\n"
         "5.强化企业市场主体地位。简化海关业务核准手续。（海关总署负责）",
         [(1, "税务总局", "lead"), (1, "财政部", "co"), (1, "海关总署", "co"), (2, "海关总署", "lead")]),
        # guobanfa-2018-zero-waste-cities: 指导 with no lead is shared; a standing duty is not a unit
        ("优化固体废物管理体制机制。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）",
         [(1, "生态环境部", "shared"), (1, "试点城市政府", "shared")]),
        # luohe-2011-inspection-duties: a sentence whose subject is the unit; 协同 marks the helpers
        ("一、市城乡规划局负责城市规划及市政、环卫、园林、交通、路灯等专业规划的编制;城建档案的归档管理。",
         [(1, "市城乡规划局", "shared")]),
        ("七、市公安局、市建委协同市交通运输局负责城市综合交通涉及部门职责的工作。",
         [(1, "市公安局", "co"), (1, "市建委", "co"), (1, "市交通运输局", "lead")]),
        # guobanhan-2014-rural-reform-division (Traditional): 由X會同A、B等部門… with no role word after the list
        ("(一)關於“確保穀物基本自給”的問題,由發展改革委會同中央農辦、農業部、財政部、糧食局等部門研究提出落實意見。",
         [(1, "發展改革委", "lead"), (1, "中央農辦", "co"), (1, "農業部", "co"), (1, "財政部", "co"), (1, "糧食局", "co")]),
        # guangzhou-2012-talent-633: a collective after a comma (各区、县级市) is one unit
        ("（牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市）",
         [(1, "市发展改革委", "lead"), (1, "市委组织部", "co"), (1, "市人力资源和社会保障局", "co"), (1, "各区、县级市", "co")]),
        # guobanfa-2018-consumption-poverty: 等和 joins a ministry list to the provincial governments
        ("（全国工商联、民政部、共青团中央、全国妇联等和各省级人民政府负责）",
         [(1, "全国工商联", "shared"), (1, "民政部", "shared"), (1, "共青团中央", "shared"), (1, "全国妇联", "shared"),
          (1, "各省级人民政府", "shared")]),
        # xinmi-2021 (corpus): a PDF copy's gaps inside units after a label
        ("    责任单位: 市 住建局 、资源规划 局、 大数据局 、 发展改革委、城管局",
         [(1, "市 住建局", "shared"), (1, "资源规划 局", "shared"), (1, "大数据局", "shared"), (1, "发展改革委", "shared"),
          (1, "城管局", "shared")]),
        # quzhou-2021-work-report: 牵头市领导 (a label with the level inside it) names a supervisor
        ("1.聚焦不平衡不充分问题,实施提高居民收入富民行动。\n牵头市领导:汤飞帆\n责任单位:市发改委、市农业农村局、市文旅局",
         [(2, "汤飞帆", "supervisor"), (3, "市发改委", "shared"), (3, "市农业农村局", "shared"), (3, "市文旅局", "shared")]),
        # hangzhou-2021-provincial-tasks: a heading names the supervising leader
        ("(一)戴建平常务副市长牵头重点工作", [(1, "戴建平常务副市长", "supervisor")]),
        # taiping-2014 (corpus): the subject of 要…,负总责
        ("各村(社区)书记(主任)要亲自抓,负总责,妇女主任要真正行动起来。", [(1, "各村(社区)书记(主任)", "shared")]),
        # hunan-2014 (corpus, Traditional): leaders named with 负责 beside an organisation that leads supervise,
        # also under a first-listed-leads convention (the organisations' list is the one it governs)
        ("建立注重長效的激勵約束分配機制(分管副省長、協管副秘書長負責,省國資委牽頭)。",
         [(1, "分管副省長", "supervisor"), (1, "協管副秘書長", "supervisor"), (1, "省國資委", "lead")]),
        ("推進工業轉型(分管副省長、協管副秘書長負責,省經信委、省發改委負責。責任單位兩個以上的,列第一者為牽頭單位,下同)。",
         [(1, "分管副省長", "supervisor"), (1, "協管副秘書長", "supervisor"), (1, "省經信委", "lead"), (1, "省發改委", "co")]),
        # lanzhou (corpus): 由NAME副市长负责,X牵头,相关部门配合 — the bare collective after a lead is co
        ("由吴继德副市长负责,市环保局牵头,相关部门配合,细化分工、落实责任。",
         [(1, "吴继德副市长", "supervisor"), (1, "市环保局", "lead"), (1, "相关部门", "co")]),
        # heilongjiang-2009 (corpus): a 任务分工 line, 总牵头
        ("  任务分工:吕维峰副省长负责,省农委总牵头。", [(1, "吕维峰副省长", "supervisor"), (1, "省农委", "lead")]),
        # cangxi-2019 (corpus): 负责会同 (the unit others work with leads), 要负责 (a modal before the role word)
        ("县财政局负责会同各项目主管部门抓好资金管理,统筹拨付资金;县审计局要负责对整合资金的使用情况进行监督审计。",
         [(1, "县财政局", "lead"), (1, "各项目主管部门", "co"), (1, "县审计局", "shared")]),
        # village-environment duties (corpus): the sentence's subject takes a later 牵头; 配合Y makes Y lead, it co;
        # its own 负责 stays shared beside its lead (as 省安监局:负责督促…,牵头组织… in shanxi-2010's gold; this plan's gold
        # leaves it out)
        ("规划分局负责规划布点村庄的确定,牵头审核村庄环境整治规划,指导督查村庄按整治规划实施,配合市住建局组织技术人员的培训。",
         [(1, "规划分局", "co"), (1, "规划分局", "lead"), (1, "规划分局", "shared"), (1, "市住建局", "lead")]),
        # mancheng-2020 (corpus): a duty list, the unit before a colon
        ("区统计局:负责将调减的面积落实到统计数据中。", [(1, "区统计局", "shared")]),
        # guobanhan-2004 (corpus): an adverb before the pivot
        ("扶贫办已会同交通部、水利部、林业局等部门赴广安市水淹区进行了实地调查。",
         [(1, "扶贫办", "lead"), (1, "交通部", "co"), (1, "水利部", "co"), (1, "林业局", "co")]),
        # guobanhan-2004 (corpus): X会同Y研究提出… (the verb after the list is not part of a unit)
        ("发展改革委会同水利部研究提出了办理意见。", [(1, "发展改革委", "lead"), (1, "水利部", "co")]),
        # guobanfa-2019-drug-procurement (corpus): 联合 opening a unit's name is no pivot; 由A、B组成X小组
        ("入围标准的具体指标由联合采购办公室负责拟定。", [(1, "联合采购办公室", "shared")]),
        ("由国务院办公厅、国家医保局、国家药监局组成国家组织药品集中采购和使用试点工作小组,领导试点工作。",
         [(1, "国务院办公厅", "member"), (1, "国家医保局", "member"), (1, "国家药监局", "member")]),
        # wheat-spraying plan (corpus): a sector's department (财政部门) and 重点负责, one duty per clause
        ("部门职责。各区县农业部门重点负责这项工作的组织实施;财政部门重点负责补助资金的拨付;经信部门重点负责药剂生产企业的监管。",
         [(1, "各区县农业部门", "shared"), (1, "财政部门", "shared"), (1, "经信部门", "shared")]),
    ],
)
def test_unseen_styles(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guobanhan-2022-asian-games-group: labels alone on their line, NAME POST lines, posts joined by 、
        ("二、组成人员\n组长:\n孙春兰 国务院副总理\n第一副组长:\n王勇 国务委员\n成员:\n"
         "苟仲文 体育总局局长、第19届亚运会组委会主席\n田玉龙 工业和信息化部党组成员、总工程师",
         [(3, "国务院副总理", "leader"), (5, "国务委员", "deputy_leader"), (7, "体育总局局长、第19届亚运会组委会主席", "member"),
          (8, "工业和信息化部党组成员、总工程师", "member")]),
        # lushi-2018-openness-group: a damaged label, a missing bracket, 以及, 日常工作由X承担
        ("二、组成人员\n 长:孙会方(县委常委、县政府常务副县长)\n副组长:彭海峰(县政府办公室主任)\n        滕合方县政府办公室副主任)\n"
         "成员单位:各乡(镇)人民政府、县人民政府有关部门以及与群众利益密切相关的公共企事业单位\n三、工作机构\n"
         "领导小组办公室设在县政府办公室,日常工作由县政府办公室政府信息公开管理中心承担。",
         [(2, "县委常委、县政府常务副县长", "leader"), (3, "县政府办公室主任", "deputy_leader"), (4, "县政府办公室副主任", "deputy_leader"),
          (5, "各乡(镇)人民政府", "member"), (5, "县人民政府有关部门", "member"),
          (5, "与群众利益密切相关的公共企事业单位", "member"), (7, "县政府办公室", "office"),
          (7, "县政府办公室政府信息公开管理中心", "office")]),
        # henglin-2014 (corpus): spaced label, name and post; a post on the line after a bare name
        ("一、领导小组\n组 长:徐 海 镇 长\n副组长:顾向阳\n镇党委副书记、政协工委主任\n成 员:孟玉兰 镇党委宣传委员",
         [(2, "镇 长", "leader"), (4, "镇党委副书记、政协工委主任", "deputy_leader"), (5, "镇党委宣传委员", "member")]),
        # linan-2013 (corpus): bare names (persons) and NAME(UNIT)
        ("组    长：李文钢\n副组长：冯 镭\n何洪明（市纪委）\n成    员：巫振江（市府办）",
         [(1, "李文钢", "leader"), (2, "冯 镭", "deputy_leader"), (3, "市纪委", "deputy_leader"), (4, "市府办", "member")]),
        # taiping-2014 (corpus): a roster in one sentence, POST NAME任组长, members by 和
        ("镇成立领导小组,由党委书记、人大主席邹早银任组长,党委副书记、镇长卢梓星,党委委员江志斌任副组长,"
         "成员由其他党政班子成员、各大办公室和人口计生兼职单位负责人组成。",
         [(1, "党委书记、人大主席", "leader"), (1, "党委副书记、镇长", "deputy_leader"), (1, "党委委员", "deputy_leader"),
          (1, "其他党政班子成员", "member"), (1, "各大办公室", "member"), (1, "人口计生兼职单位", "member")]),
        # longnan-2008 (corpus): labels followed by a space, not a colon (总召集人 NAME POST, 成 员 NAME POST)
        ("一、联席会议组成人员\n总召集人 杨秋红 市政府副市长\n召 集 人 崔珍康 市政府办副主任\n梁 英 市妇联主席\n"
         "成 员 刘庆生 市精神文明办主任\n刘为民 市教育局副局长\n联席会议办公室设在市妇联,成员单位各确定1名联络员。",
         [(2, "市政府副市长", "convener"), (3, "市政府办副主任", "convener"), (4, "市妇联主席", "convener"),
          (5, "市精神文明办主任", "member"), (6, "市教育局副局长", "member"), (7, "市妇联", "office")]),
        # guobanfa-2018-textbook-committee (corpus): 主任/副主任/秘书长/委员 labels, sub-list headings of members
        ("主  任:孙春兰  国务院副总理\n秘书长:朱之文  教育部副部长\n委  员:\n(一)部门委员\n梁言顺  中央宣传部副部长\n"
         "(二)专家委员(按姓氏笔划为序)\n韦志榕  编审、人民教育出版社原总编辑\n"
         "国家教材委员会办公室设在教育部,由教育部教材局承担办公室工作。",
         [(1, "国务院副总理", "leader"), (2, "教育部副部长", "member"), (5, "中央宣传部副部长", "member"),
          (7, "编审、人民教育出版社原总编辑", "member"), (8, "教育部", "office"), (8, "教育部教材局", "office")]),
        # caomiao-2022 and jiedong (corpus): a roster within one paragraph, names only
        ("恢复成立防汛旱指挥部。总指挥:徐中健、袁军。常务指挥:王卫东。副指挥:胡业飞、金玫。成员:朱飞、仲炜。",
         [(1, "徐中健", "leader"), (1, "袁军", "leader"), (1, "王卫东", "deputy_leader"), (1, "胡业飞", "deputy_leader"),
          (1, "金玫", "deputy_leader"), (1, "朱飞", "member"), (1, "仲炜", "member")]),
        ("二、健全防汛机构。镇政府成立13人防汛指挥所。所长:江海彬;副所长:江锐锋、陈伟生;成员:曾培昭、郑晓锐。",
         [(1, "江海彬", "leader"), (1, "江锐锋", "deputy_leader"), (1, "陈伟生", "deputy_leader"), (1, "曾培昭", "member"),
          (1, "郑晓锐", "member")]),
        # guohan-2008 (corpus): 联席会议由A、B…等18个部门和单位组成 / 由X担任总召集人
        ("联席会议由发展改革委、教育部、林业局等18个部门和单位组成。联席会议由发展改革委主任担任总召集人。",
         [(1, "发展改革委", "member"), (1, "教育部", "member"), (1, "林业局", "member"), (1, "发展改革委主任", "convener")]),
    ],
)
def test_rosters(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == expected


def test_role_words_come_from_the_lexicon() -> None:
    """Adding a role word is one line in lexicon.toml: every reader takes 承办/协办 from there."""
    from extract.lexicon import load_lexicon

    lex = load_lexicon()
    assert "承办" in lex.lead and "协办" in lex.co
    got = [(d.unit, d.role.value) for d in extract_text("1.任务。(市商务局承办,市财政局协办)").duties]
    assert got == [("市商务局", "lead"), ("市财政局", "co")]
    got = [(d.unit, d.role.value) for d in extract_text("1.任务。\n承办单位:市商务局\n协办单位:市财政局").duties]
    assert got == [("市商务局", "lead"), ("市财政局", "co")]


def test_lines_kg_cannot_read_are_warned_about() -> None:
    """W104: a line with a role word that gave no duty is listed, and coverage counts it."""
    ex = extract_text("1.任务一。(市发改局牵头,市财政局配合)\n2.任务二。由于历史原因由其牵头负责推进工作。")
    assert [(w.line, w.code) for w in ex.warnings if w.code == "W104"] == []
    ex = extract_text("1.任务一。(市发改局牵头)\n2.任务二。\n牵头单位:见附件")
    assert (ex.coverage.role_lines, ex.coverage.read_lines) == (2, 1)
    assert [(w.line, w.code) for w in ex.warnings if w.code in ("W101", "W104")] == [(3, "W104")]


def _table_roles(text: str) -> list[tuple[int, str, str]]:
    return [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties]


def test_space_separated_task_table_with_its_header_run_into_the_notice() -> None:
    # 常政办发〔2018〕32号: notice, annex title and header on one line; cells between single spaces
    text = ("附件:常熟市2018年政府工作任务分解表 常熟市人民政府办公室 2018年2月24日 常熟市2018年政府工作任务分解表 "
            "序号 名称 工作任务 牵头责任单位\n\n一、经济社会发展主要预期目标分解(11项)\n\n"
            "1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委\n\n"
            "7 全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技术产业投资增长10%. 发改委、经信委、科技局")
    ex = extract_text(text)
    assert _table_roles(text) == [(5, "发改委", "lead"), (7, "发改委", "lead"), (7, "经信委", "lead"),
                                  (7, "科技局", "lead")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [  # not the (11项) counting the rows
        (5, "7"), (5, "47.1"), (7, "550"), (7, "10"), (7, "10")]
    assert [(h.line, h.kind.value) for h in ex.headings] == [(3, "section")]
    assert {d.task_line for d in ex.duties} == {3}


def test_one_cell_per_line_table_with_leader_heading_rows_and_a_provincial_lead_cell() -> None:
    # 2021年省政府工作报告涉杭任务责任分解: the row number alone on its line; (一) rows name the leader
    text = ("一、省政府工作报告“十四五”时期重点工作涉杭任务责任分解\n\n序号\n\n重点工作任务(杭州市2项配合工作)\n\n责任单位\n\n"
            "(一)王宏副市长牵头重点工作\n\n1\n\n加强粮食和重要农产品保障,确保粮食播种面积稳步提升、产量在120亿斤以上。\n\n"
            "市农业农村局、市规划和自然资源局、市商务局(市粮食和物资储备局)\n\n省牵头单位:省农业农村厅\n\n"
            "(二)戴建平常务副市长牵头重点工作\n\n1*\n\n大力推进杭州城西科创大走廊建设。\n\n"
            "杭州城西科创产业集聚区管委会,市科技局")
    ex = extract_text(text)
    assert _table_roles(text) == [
        (9, "王宏副市长", "supervisor"), (15, "市农业农村局", "co"), (15, "市规划和自然资源局", "co"),
        (15, "市商务局(市粮食和物资储备局)", "co"), (17, "省农业农村厅", "lead"),
        (19, "戴建平常务副市长", "supervisor"), (25, "杭州城西科创产业集聚区管委会", "shared"), (25, "市科技局", "shared")]
    assert [(h.line, h.kind.value, h.number, h.parent_line) for h in ex.headings] == [
        (1, "section", "一", None), (9, "subsection", "一", 1), (19, "subsection", "二", 1)]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(13, "120")]  # not the 2 of the header's note
    assert {d.task_line for d in ex.duties if d.span.line == 15} == {9}


def test_bar_separated_table_with_lead_marks_merged_rows_and_two_leaders_in_a_cell() -> None:
    # 区政府2024年重点工作目标任务分解落实方案 (吴江): one cell per line, a bare | line after each cell,
    # ★ marks the lead, rows under a merged 序号/项目 cell start at the task, an empty leader cell is left out
    text = ("序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n1\n|\n主要预期目标\n|\n"
            "1.地区生产总值增长5%以上。\n|\n钱 宇\n|\n★区发改委、统计局\n|\n"
            "2.一般公共预算收入同口径增长6%以上。\n|\n★区财政局、税务局\n|\n|||\n"
            "3.规上工业总产值增长5%左右。\n|\n|\n★区工信局、统计局\n|\n||\n"
            "10.主要污染物排放总量削减完成上级下达任务\n|\n王 嵘\n|\n方 勇\n|\n★生态环境局\n|\n||")
    ex = extract_text(text)
    assert _table_roles(text) == [
        (17, "钱 宇", "supervisor"), (19, "区发改委", "lead"), (19, "统计局", "co"),
        (23, "区财政局", "lead"), (23, "税务局", "co"), (29, "区工信局", "lead"), (29, "统计局", "co"),
        (34, "王 嵘", "supervisor"), (36, "方 勇", "supervisor"), (38, "生态环境局", "lead")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(15, "5"), (21, "6"), (26, "5")]
    # a mark is not part of the name, and the table is still a task table when no column says 牵头
    assert not any("★" in d.unit for d in ex.duties)


def test_work_given_with_by_and_a_verb_that_is_no_role_word_elsewhere() -> None:
    # 关于支持临港地区发展的若干意见 (上海, 2016): 由X统筹 / 由X承担 give X the work; the team's office is not a duty
    assert _table_roles("临港地区土地减量化工作由临港地区管委会统筹,区域内减量化指标统一使用。") == [
        (1, "临港地区管委会", "shared")]
    assert _table_roles("PPP项目涉及的财政支付责任,由临港地区管委会承担。") == [(1, "临港地区管委会", "shared")]
    assert _table_roles("此产生的贴息资金由地方财政承担。") == []  # 地方财政 names no unit
    office = _table_roles("国家教材委员会办公室设在教育部,由教育部教材局承担办公室工作。")
    assert ("教育部教材局", "shared") not in [(u, r) for _, u, r in office]


def test_labels_written_with_shi_in_a_news_report_and_people_joined_by_he() -> None:
    # 新京报 on 北京市2018年政府工作报告重点工作分工方案: 牵头领导是… / 主责单位是…, several tasks on one line
    line = ("例如,第1项任务“地区生产总值增长6.5%左右”,牵头领导是常务副市长张工,主责单位是市发展改革委、各区政府。"
            "第98项任务“制定全市地面停车规划”,牵头领导是市政府党组成员、公安局局长王小洪和副市长杨斌,"
            "主责单位是市交通委、市公安局、有关区政府。")
    assert _table_roles(line) == [
        (1, "常务副市长张工", "supervisor"), (1, "市发展改革委", "lead"), (1, "各区政府", "lead"),
        (1, "市政府党组成员、公安局局长王小洪", "supervisor"), (1, "副市长杨斌", "supervisor"),
        (1, "市交通委", "lead"), (1, "市公安局", "lead"), (1, "有关区政府", "lead")]
    assert _table_roles("1.推进工作。牵头单位为市发展改革委,配合单位为市财政局。") == [
        (1, "市发展改革委", "lead"), (1, "市财政局", "co")]


def test_roster_posts_named_by_their_portfolio_and_a_member_list_closed_by_fenguan() -> None:
    # 佛山市加强城市地下市政基础设施建设工作领导小组 (2022): posts only; 分管负责同志 closes the member list
    text = ("一、组成人员\n组 长:负责住房和城乡建设工作的副市长\n"
            "副组长:协调住房和城乡建设工作的市政府副秘书长、市住房城乡建设局主要负责同志\n"
            "成 员:各区人民政府,市委军民融合办、机要保密局,市发展改革局、轨道交通局,"
            "广东省通信管理局佛山市通信建设管理办公室分管负责同志。")
    roles = _table_roles("佛山市加强城市地下市政基础设施建设工作领导小组\n" + text)
    assert (3, "负责住房和城乡建设工作的副市长", "leader") in roles
    assert (4, "协调住房和城乡建设工作的市政府副秘书长", "deputy_leader") in roles
    assert [u for n, u, r in roles if n == 5] == ["各区人民政府", "市委军民融合办", "机要保密局", "市发展改革局",
                                                   "轨道交通局", "广东省通信管理局佛山市通信建设管理办公室"]


def test_quota_tables_by_place_with_quota_and_achieved_columns() -> None:
    # 2017年全国农机深松整地作业任务表 (农业部): a place owns its row, 全 国 is the total
    text = "2017年全国农机深松整地作业任务表\n省 份 | 作业面积(万亩) |\n全 国 | 15187 |\n天津市 | 80 |\n河北省 | 950 |\n新疆生产建设兵团 | 390 |"
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (4, "天津市", "indicator_owner"), (5, "河北省", "indicator_owner"), (6, "新疆生产建设兵团", "indicator_owner")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(3, "15187"), (4, "80"), (5, "950"), (6, "390")]
    # 重庆 2017年农机深松整地作业进度汇总表: only 下达任务面积 is a target; completions and shares are achieved
    text = ("序号 | 区(县) | 下达任务面积(亩) | 当月完成面积(亩) | 累计完成面积(亩) | 任务完成量占比(%) | 备注 |\n"
            "1 | 石柱县 | 1000 | 0 | 0 | 0% |\n|\n2 | 忠 县 | 3000 | 150 | 420 | 14% |")
    ex = extract_text(text)
    assert [(d.span.line, d.unit) for d in ex.duties] == [(2, "石柱县"), (4, "忠 县")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(2, "1000"), (4, "3000")]
    # 临河区小麦种植任务分解表: 可种植面积 is capacity, 任务面积 the quota
    text = "乡镇(农场) | 可种植面积 | 2023年小麦任务面积 | 备注 |\n八一乡 | 8.44 | 0.91 | |\n狼山农场 | 7.97 | 0.97 | |"
    assert [(i.span.line, i.value) for i in extract_text(text).indicators] == [(2, "0.91"), (3, "0.97")]


def test_roster_names_glued_to_posts_and_a_duty_list_by_unit_and_colon() -> None:
    # 习水县防治重大动物疫病应急预案 (2008): NAMEPOST with no space; 县X局:… lines with or without a role word
    text = ("一、成立习水县动物疫情防控指挥部\n指 挥 长:苟明利县人民政府副县长\n副指挥长:程涛县人民政府办公室主任\n"
            "成员:杨登洪县人民政府办公室副主任\n金刚县工商局局长\n袁开寿县财政局局长\n苏方涛东皇镇人民政府镇长\n"
            "指挥部下设办公室于县人民政府办公室,杨登洪兼任办公室主任,负责指挥部日常工作。\n二、部门职责\n"
            "县公安局:配合县畜牧局做好疫区封锁,组织对患病犬进行捕杀。\n县财政局:保证动物疫情应急处置所需经费。")
    assert _table_roles(text) == [
        (2, "县人民政府副县长", "leader"), (3, "县人民政府办公室主任", "deputy_leader"),
        (4, "县人民政府办公室副主任", "member"), (5, "县工商局局长", "member"), (6, "县财政局局长", "member"),
        (7, "东皇镇人民政府镇长", "member"), (8, "县人民政府办公室", "office"),
        (10, "县公安局", "co"), (10, "县公安局", "shared"), (10, "县畜牧局", "lead"), (11, "县财政局", "shared")]
    assert _table_roles("县公安局、县卫生局配合县畜牧局负责疫区封锁。") == [
        (1, "县公安局", "co"), (1, "县卫生局", "co"), (1, "县畜牧局", "lead")]


def test_a_mirror_with_pinyin_after_rare_characters_is_read_without_it_and_quoted_with_it() -> None:
    # 台山 春节城市整治 (a Traditional mirror that writes pinyin after characters): units and role words are read
    # through the pinyin; each unit is quoted as the document writes it, offsets into the document
    text = ("二、整治內(nèi)容和具體分工\n"
            "(一)市城市管理局、規(guī)劃局、臺城鎮(zhèn)政府負(fù)責(zé)按照劃行歸市的要求,加強(qiáng)管理。\n"
            "(三)由臺城交警中隊(duì)牽頭,聯(lián)合市交通局、市政監(jiān)察大隊(duì),加強(qiáng)對摩托車的整治。")
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (2, "市城市管理局", "shared"), (2, "規(guī)劃局", "shared"), (2, "臺城鎮(zhèn)政府", "shared"),
        (3, "臺城交警中隊", "lead"), (3, "市交通局", "co"), (3, "市政監(jiān)察大隊", "co")]  # ends at its last character
    assert all(text[d.span.start : d.span.end] == d.span.quote == d.unit for d in ex.duties)


def test_a_roster_announced_on_the_line_of_its_first_label() -> None:
    # 国务院振兴东北地区等老工业基地领导小组 (2003): 组成人员如下: 组 长:NAME POST on one line
    assert _table_roles("国务院振兴东北地区等老工业基地领导小组组成人员如下: 组 长:温家宝 国务院总理\n"
                        "副组长:曾培炎 国务院副总理") == [(1, "国务院总理", "leader"), (2, "国务院副总理", "deputy_leader")]


def test_duties_listed_under_a_unit_heading_with_the_subject_going_on_over_semicolons() -> None:
    # 一卡通 改革 (a county): (二)X职责: headings; the subject works with others over ;; 作为…牵头单位; A或B
    text = ("推行改革政策性强,需明确职责。\n(一)县政府职责:县政府根据改革方案要求,制订改革方案。\n"
            "(二)纪检监察部门职责:纪检监察机关主要负责监督检查改革实施情况;会同财政部门,制定和实施改革宣传方案。\n"
            "(三)财政部门职责:财政部门作为改革牵头单位,负责改革具体工作。\n"
            "镇财政所会同镇农业服务中心、社会事业服务中心或职能站(所)采集、汇总、审核补贴对象基础信息。\n"
            "二、联席会议及其办公室职责")
    assert _table_roles(text) == [
        (2, "县政府", "shared"), (3, "纪检监察部门", "shared"), (3, "纪检监察机关", "lead"),
        (3, "纪检监察机关", "shared"), (3, "财政部门", "co"), (4, "财政部门", "lead"),
        (5, "镇财政所", "lead"), (5, "镇农业服务中心", "co"), (5, "社会事业服务中心", "co"), (5, "职能站(所)", "co")]
    # ; ends a subject for a helper: 公共服务科负责…;配合上级应急指挥部… names no lead
    assert _table_roles("公共服务科负责指导图书馆做好善后工作;配合上级应急指挥部的应急处置工作。") == [
        (1, "公共服务科", "shared")]
    assert _table_roles("县教育局是此项工作的牵头单位,县财政局为配合单位。") == [(1, "县教育局", "lead"), (1, "县财政局", "co")]


def test_rosters_with_padded_names_in_a_list_and_the_office_ending_the_roster() -> None:
    # 湖塘镇农村公路养护领导小组 (2008): 闵 成 is one name among names; 山东 (2021): 孫 巍 團省委副書記, then the office
    text = "湖塘镇农村公路管理养护领导小组\n组 长:王伟华\n成 员:闵 成 马梅红 许小建 范金洪\n领导小组下设办公室,办公室设在湖塘镇交通管理所。"
    assert _table_roles(text) == [(2, "王伟华", "leader"), (3, "闵 成", "member"), (3, "马梅红", "member"),
                                  (3, "许小建", "member"), (3, "范金洪", "member"), (4, "湖塘镇交通管理所", "office")]
    text = "山东省未成年人保护工作领导小组\n成 员:\n孙 巍 团省委副书记\n\n冯 雷 省残联副理事长\n\n领导小组办公室设在省民政厅\n\n撤销省未成年人保护委员会"
    assert _table_roles(text) == [(3, "团省委副书记", "member"), (5, "省残联副理事长", "member"), (7, "省民政厅", "office")]
    # 崇左 (2010): 由市政府分管领导担任组长 names a post; 下设办公室在X
    assert _table_roles("成立人口普查领导小组,由市政府分管领导担任组长,成员单位由市统计局等部门分管领导组成。") == [
        (1, "市政府分管领导", "leader"), (1, "市统计局", "member")]
    assert _table_roles("委应急指挥部下设办公室在综合指导科,负责应急管理工作综合协调。") == [(1, "综合指导科", "office")]


def test_units_named_alone_before_their_duty_and_labels_of_primary_and_supervisory_responsibility() -> None:
    # 沈阳 森林防火 (member duties): (1)市林业局。 / 负责…; a county's 秸秆禁烧 plan copied as one line: 县环保局。负责…
    assert _table_roles("2.2职责任务。\n(1)市林业局。\n负责火灾扑救的组织工作。\n(2)沈阳警备区。\n负责协调驻军参加扑救。") == [
        (2, "市林业局", "shared"), (4, "沈阳警备区", "shared")]
    assert _table_roles("二、职责分工。县环保局。负责组织秸秆禁烧的监督检查。县农委。负责秸秆综合利用。") == [
        (1, "县环保局", "shared"), (1, "县农委", "shared")]
    # 咸宁 创卫 督查 (2017): (主体责任:X,监督责任:Y)
    assert _table_roles("● 白茶市场存在空闲摊位乱堆乱放现象。\n(主体责任:白茶村委会,监督责任:市工商局)") == [
        (2, "白茶村委会", "lead"), (2, "市工商局", "supervisor")]
    # 厦门 营商环境 (2019): 第一责任单位为牵头单位; 宜州 考评办法: 由X考评; 太平镇 河长制: X担任总河长
    assert _table_roles("(一)推进PPP项目建设\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)") == [
        (2, "市发改委", "lead"), (2, "市财政局", "co")]
    assert _table_roles("由市安监局考评。安全生产执行一票否决制度。") == [(1, "市安监局", "shared")]
    assert _table_roles("建立镇村两级河湖长工作架构,镇党委书记担任总河长,班子成员分管重点流域。")[:1] == [
        (1, "镇党委书记", "leader")]


def test_a_names_list_joined_by_dun_with_padded_names_over_two_lines() -> None:
    # 横林镇防汛工作领导小组 (2020): 组 员:王 红、戴国宁、巢 凌、 / 王 弘、孙 旭、郭汝良。
    text = "横林镇防汛工作领导小组\n组 长:蒋政剑\n组 员:王 红、戴国宁、巢 凌、\n王 弘、孙 旭、郭汝良。"
    assert _table_roles(text) == [(2, "蒋政剑", "leader"), (3, "王 红", "member"), (3, "戴国宁", "member"),
                                  (3, "巢 凌", "member"), (4, "王 弘", "member"), (4, "孙 旭", "member"),
                                  (4, "郭汝良", "member")]


def test_people_answerable_for_sites_named_after_a_label_without_a_colon() -> None:
    # 揭东 a township's flood duties: 世德堂水库、老虎陂水库,行政责任人江海彬;虎腿水库,行政责任人谢奕武、谢创鹏
    assert _table_roles("三、全镇水利工程实行分级负责,世德堂水库、老虎陂水库,行政责任人江海彬;古山水库,行政责任人,杨松辉;"
                        "虎腿水库,行政责任人谢奕武、谢创鹏;") == [
        (1, "江海彬", "supervisor"), (1, "杨松辉", "supervisor"), (1, "谢奕武", "supervisor"), (1, "谢创鹏", "supervisor")]
    assert _table_roles("项目责任人要加强管理。") == []


def test_two_names_written_together_in_a_list_split_where_a_surname_starts() -> None:
    # 草庙镇防汛防旱指挥部 (2022): 成员:…、茅海斌,陆小香冯晖、唐进、…、冯海兵王虎、钱银国
    roles = _table_roles("恢复成立防汛旱指挥部。总指挥:徐中健、袁军。成员:茅海斌,陆小香冯晖、唐进、冯海兵王虎、钱银国。")
    assert [u for _, u, r in roles if r == "member"] == ["茅海斌", "陆小香", "冯晖", "唐进", "冯海兵", "王虎", "钱银国"]


def test_an_assignment_with_a_modal_before_its_pivot() -> None:
    # 国发〔2019〕5号: 市场监管总局要会同有关部门制定… (lead and co); 将 stays a statement of intent
    assert _table_roles("市场监管总局要会同有关部门制定联合抽查事项清单、标准和实施办法。") == [
        (1, "市场监管总局", "lead"), (1, "有关部门", "co")]


def test_duty_lists_by_unit_with_pivots_helpers_and_a_capacity_before_the_role_word() -> None:
    # 应急避难场所 成员单位职责 (a city): N.市X:会同Y负责…; 甲型H1N1流感 (a county, 2009): X做…并会同Y…, X协助Y…;
    # 救助帮困系统 (a district): (一)区民政局作为主管部门总体负责…
    assert _table_roles("10.市商务局:会同市发展改革委负责应急避难场所所需物资供应点的建设。") == [
        (1, "市商务局", "lead"), (1, "市发展改革委", "co")]
    assert _table_roles("3.市城建委:严格应急避难场所建设标准的落实,负责工程质量。") == [(1, "市城建委", "shared")]
    assert _table_roles("县人事劳动和社会保障局组织制定并会同有关部门落实好工伤待遇政策。") == [
        (1, "县人事劳动和社会保障局", "lead"), (1, "有关部门", "co")]
    assert _table_roles("县交通局协助卫生行政部门对乘坐公路交通工具的人员进行检疫。") == [
        (1, "县交通局", "co"), (1, "卫生行政部门", "lead")]
    assert _table_roles("(一)区民政局作为主管部门总体负责救助帮困系统的运行。") == [(1, "区民政局", "shared")]
    # an intention is not a duty: 国务院办公厅将会同有关方面…
    assert _table_roles("国务院办公厅将会同有关方面统筹组织开展相关督查激励工作。") == []


def test_a_web_pages_own_labels_are_not_the_plans() -> None:
    # a plan copied with its site's chrome (武汉, 2018): 主办单位:… / 承办单位:… lead nothing and are not flagged
    text = "主办单位:中共武汉市委宣传部\n承办单位:长江网\n\n关于印发重点工作分工的通知\n1.推进工作。(牵头单位:市发改委)"
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [(5, "市发改委", "lead")]
    assert not [w for w in ex.warnings if w.code == "W104"]


def test_a_notice_on_one_line_with_the_convention_inside_its_first_list() -> None:
    # 海盐县 2022: 责任单位:县发改局(首位单位为牵头单位,下同)、… and the next item after a space on the same line
    line = ("1.全县生产总值增长7.5%左右。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县农业农村局 "
            "2.落实党政机关过紧日子的要求。 责任单位:县财政局 3.优化营商环境。")
    assert _table_roles(line) == [(1, "县发改局", "lead"), (1, "县财政局", "co"), (1, "县农业农村局", "co"),
                                  (1, "县财政局", "lead")]


def test_places_before_the_one_that_carries_renmin_zhengfu_share_it() -> None:
    # 银川都市圈 2019: (自治区交通运输厅牵头,银川市、石嘴山市、吴忠市人民政府、宁东管委会配合)
    assert _table_roles("(自治区交通运输厅牵头,银川市、石嘴山市、吴忠市人民政府、宁东管委会配合)") == [
        (1, "自治区交通运输厅", "lead"), (1, "银川市", "co"), (1, "石嘴山市", "co"), (1, "吴忠市人民政府", "co"),
        (1, "宁东管委会", "co")]


def test_a_name_run_into_a_bare_post_and_fuze_before_renkou() -> None:
    # 金井镇 秸秆综合利用工作专班 (2025): 组 长:刘威镇长; 湖北 人口普查 (2010): 省统计局负责人口普查…
    assert _table_roles("秸秆综合利用工作专班\n组 长:刘威镇长\n副组长:彭亚副镇长") == [
        (2, "镇长", "leader"), (3, "副镇长", "deputy_leader")]
    assert _table_roles("省统计局负责人口普查的日常工作。") == [(1, "省统计局", "shared")]
    assert _table_roles("请各单位负责人于周五前报送。") == []


def test_a_collective_of_two_levels_sharing_its_government() -> None:
    # 潮州 蓝天保卫战 (2019): 〔市生态环境局牵头,…,各县、区人民政府(管委会)负责落实〕
    assert _table_roles("1.推进锅炉整治。(市生态环境局牵头,市工业和信息化局参与,各县、区人民政府(管委会)负责落实)") == [
        (1, "市生态环境局", "lead"), (1, "市工业和信息化局", "co"), (1, "各县、区人民政府(管委会)", "co")]


def test_progress_report_table_split_header_and_achieved_figures() -> None:
    # 2021年度市政府重点工作落实情况的通报: 牵头责任 / 单位 is one header cell; 落实情况 holds results
    text = ("序号\n\n督查内容\n\n牵头责任\n\n单位\n\n协同责任单位\n\n落实情况\n\n(全年)\n\n完成状态\n\n"
            "1\n\n地区生产总值增长8.5%以上。\n\n市发改委\n\n市政府各部门、各直属机构。\n\n"
            "全年地区生产总值增长11%,增幅高于全省平均水平2.7个百分点,居全省第2位\n\n已完成\n\n"
            "2\n\n规上工业增加值增长9.5%以上。\n\n市经信局\n\n市发改委、市税务局、六安供电公司等。\n\n"
            "全年规上工业增加值同比增长15.5%。\n\n已完成")
    ex = extract_text(text)
    assert _table_roles(text) == [
        (21, "市发改委", "lead"), (23, "市政府各部门", "co"), (23, "各直属机构", "co"),
        (33, "市经信局", "lead"), (35, "市发改委", "co"), (35, "市税务局", "co"), (35, "六安供电公司", "co")]
    assert [(i.span.line, i.value, i.bound) for i in ex.indicators] == [(19, "8.5", "min"), (31, "9.5", "min")]


def test_table_column_words_come_from_the_lexicon() -> None:
    from extract.tables import column_kind

    assert [column_kind(w) for w in ("序号", "督查内容", "牵头责任单位", "协同责任单位", "责任单位", "牵头市领导",
                                     "完成时限", "落实情况", "省牵头单位", "市发改委")] == [
        "number", "task", "lead", "co", "responsible", "supervisor", "deadline", "progress", "lead", None]


def test_task_table_deadlines_come_from_the_time_column_not_from_progress() -> None:
    text = "序号\n工作任务\n牵头单位\n完成时限\n落实情况\n1\n推进重大项目建设\n市发改委\n2024年6月底前\n已于2023年底前开工\n"
    assert [dl.end for dls in extract_text(text).deadlines.values() for dl in dls] == ["2024-06-30"]


def test_tab_separated_task_table_keeps_empty_cells_and_reads_the_leader_column() -> None:
    # a Changshu row laid out with tabs, a leader column and an empty 配合单位 cell
    text = ("序号\t工作任务\t牵头市领导\t牵头单位\t配合单位\t完成时限\n"
            "4\t高新技术产业产值增长10%.\t张三副市长\t科技局\t\t2018年12月底\n"
            "7\t全社会固定资产投资额550亿元.\t李四\t发改委\t经信委、科技局\t2018年底前")
    ex = extract_text(text)
    assert _table_roles(text) == [(2, "张三副市长", "supervisor"), (2, "科技局", "lead"), (3, "李四", "supervisor"),
                                  (3, "发改委", "lead"), (3, "经信委", "co"), (3, "科技局", "co")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(2, "10"), (3, "550")]
    assert [dl.end for dls in ex.deadlines.values() for dl in dls] == ["2018-12-31", "2018-12-31"]
    assert {u.name: u.kind.value for u in ex.units}["李四"] == "person"


def test_one_cell_per_line_table_with_cells_over_two_paragraphs_then_text() -> None:
    # Lu'an rows where the 落实情况 and the 督查内容 run over two paragraphs; the text after the table is text again
    text = ("序号\n督查内容\n牵头责任单位\n协同责任单位\n落实情况\n完成状态\n"
            "1\n地区生产总值增长8.5%以上。\n市发改委\n市政府各部门、各直属机构。\n全年地区生产总值增长11%。\n"
            "增幅高于全省平均水平2.7个百分点,居全省第2位。\n已完成\n"
            "2\n规上工业增加值增长9.5%以上。\n全力推进重点项目建设,确保全年新开工项目200个以上,完成投资500亿元。\n市经信局\n"
            "市发改委等。\n增长15.5%\n已完成\n"
            "各地各部门要高度重视,确保新增就业5000人。")
    ex = extract_text(text)
    assert _table_roles(text) == [(9, "市发改委", "lead"), (10, "市政府各部门", "co"), (10, "各直属机构", "co"),
                                  (17, "市经信局", "lead"), (18, "市发改委", "co")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(8, "8.5"), (15, "9.5"), (16, "200"), (16, "500"),
                                                               (21, "5000")]


def test_task_table_under_a_declared_first_is_lead_convention() -> None:
    text = ("各责任单位列第一位者为牵头单位。\n序号 | 重点工作 | 责任单位 |\n"
            "1 | 一般公共预算收入增长8%以上 | 财政局、税务局 |\n2 | 高新技术产业产值增长10% | 科技局 |")
    assert _table_roles(text) == [(3, "财政局", "lead"), (3, "税务局", "co"), (4, "科技局", "lead")]


def test_space_separated_row_wrapped_onto_a_second_line() -> None:
    text = ("序号 名称 工作任务 牵头责任单位\n1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委\n"
            "(按季度通报)\n2 一般公共预算收入增长8%以上. 财政局")
    assert _table_roles(text) == [(2, "发改委", "lead"), (4, "财政局", "lead")]


def test_a_new_column_word_is_one_lexicon_entry() -> None:
    from dataclasses import replace

    from extract.lexicon import load_lexicon
    from extract.tables import find_task_tables, read_task_table

    text = "序号 | 攻坚清单 | 牵头单位 |\n1 | 推进数字政府建设 | 市数据局 |"
    lines = list(enumerate(normalise(text).split("\n"), start=1))
    lex = load_lexicon()
    assert find_task_tables(lines, lambda s: None, lex) == []
    more = replace(lex, table_columns=(("攻坚清单", "task"), *lex.table_columns))
    tables = find_task_tables(lines, lambda s: None, more)
    facts = read_task_table(tables[0], dict(lines), more)
    assert [(f.line, f.unit.text if f.unit else None, f.column_role) for f in facts] == [(2, "市数据局", "lead")]


def test_a_table_kg_cannot_read_is_flagged_row_by_row() -> None:
    """xian-2022 (corpus): header and cells glued together; kg reads nothing but says where."""
    text = ("序号陕西省《工作要点》部署任务西安市落实措施牵头单位责任单位完成时限备注\n一、全链条优化审批\n"
            "(1)全面准确依法编制市、区(县)行政许可事项清单。市行政审批局市司法局市级相关单位,各区县政府、西咸新区管委会2022年9月底")
    ex = extract_text(text)
    assert [(w.line, w.code) for w in ex.warnings if w.code == "W104"] == [(1, "W104"), (3, "W104")]
    assert (ex.coverage.role_lines, ex.coverage.read_lines) == (1, 0)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # word orders a lexicon entry makes readable (constructed from the lexicon's words, not from one plan)
        ("1.推进项目建设。市发改局为牵头单位,市财政局、市自然资源局为配合单位。",
         [("市发改局", "lead"), ("市财政局", "co"), ("市自然资源局", "co")]),
        ("2.加强监管。由市市场监管局负责,市公安局协助。", [("市市场监管局", "shared"), ("市公安局", "co")]),
        ("3.抓好落实。县委办主抓,县政府办具体落实。", [("县委办", "lead"), ("县政府办", "co")]),
    ],
)
def test_sentence_word_orders(line: str, expected: list[tuple[str, str]]) -> None:
    assert roles(line) == expected


def test_counts_of_the_plans_own_items_are_not_targets_but_lists_of_targets_are() -> None:
    # changshu-2018 (dev): the notice counts its own items; a list of real targets joined by 、 stays
    assert find_quantities("分解为11项工作目标和138项工作任务,现下达给你们") == []
    assert [q.value for q in find_quantities("建设10个产业园、20个项目")] == ["10", "20"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cases a second review found (constructed from ordinary official writing)
        ("市发改委牵头推进项目建设。市财政局负责资金保障。", [("市发改委", "lead"), ("市财政局", "shared")]),
        ("本办法由市发改委负责解释。", [("市发改委", "shared")]),
        ("由市发改委会同有关部门负责。", [("市发改委", "lead"), ("有关部门", "co")]),
        ("(三)强化党委领导负责制", []),
        ("四、实行校长负责制", []),
        ("项目经理负责现场管理。", []),
    ],
)
def test_the_general_reader_stays_precise(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_targets_in_progress_sentences_and_seats() -> None:
    assert [q.value for q in find_quantities("截至目前已建成3个,2025年再建成10个。")] == ["10"]
    assert [q.value for q in find_quantities("增设公益性岗位100名")] == ["100"]
    assert find_quantities("联席会议设召集人1人") == []
    assert [q.value for q in find_quantities("打造5个重点领域示范基地")] == ["5"]



def test_target_table_one_cell_per_line_with_scores_category_rows_and_merged_cells() -> None:
    # 旌阳区2016年度经济社会发展目标任务分解表: 项 目 / 分值 / 目标任务 / 监考单位, no row numbers; a
    # category row (宏观调控), rows that lost their target and unit cells to merged cells, 分值 weights
    text = "\n".join([
        "旌阳区2016年度经济社会发展目标任务分解表", "项 目", "分值", "目标任务", "监考单位",
        "宏观调控", "地区生产总值增长率", "3", "年终根据全省平均水平综合考核", "区发改局区统计局",
        "社会消费品零售总额增长率", "3", "地方公共财政收入增长率", "3", "年终根据全省平均水平综合考核", "区财政局",
        "全社会固定资产投资额", "3", "186", "区发改委区统计局",
        "新引进 5 亿元以上重大项目", "3", "9", "外商投资实际到位资金", "1", "1500", "区商务局",
        "城镇登记失业率", "1", "低于 4.1"])
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value, d.indicator) for d in ex.duties] == [
        (10, "区发改局", "indicator_owner", "地区生产总值增长率"), (10, "区统计局", "indicator_owner", "地区生产总值增长率"),
        (16, "区财政局", "indicator_owner", "地方公共财政收入增长率"),
        (20, "区发改委", "indicator_owner", "全社会固定资产投资额"),
        (20, "区统计局", "indicator_owner", "全社会固定资产投资额"),
        (27, "区商务局", "indicator_owner", "外商投资实际到位资金")]
    # the targets are the 目标任务 cells (bare numbers, a bound), never the 分值 weights nor the 5 of a name
    assert [(i.span.line, i.value, i.bound, i.name) for i in ex.indicators] == [
        (19, "186", None, "全社会固定资产投资额"), (23, "9", None, "新引进 5 亿元以上重大项目"),
        (26, "1500", None, "外商投资实际到位资金"), (30, "4.1", "max", "城镇登记失业率")]


def test_seats_and_staffing_are_not_targets() -> None:
    # longnan-2008 and yinjiang (corpus): a liaison each member unit names; an office's staffing
    assert find_quantities("成员单位各确定1名联络员。") == []
    assert find_quantities("交通管理站核定人员:峨岭5人,沙子坡、板溪各4人,其余乡镇各3人,共60人。") == []
    assert [q.value for q in find_quantities("全年城镇新增就业5000人。")] == ["5000"]


def test_one_body_named_once_and_a_table_row_cut_by_the_copy() -> None:
    # pingdingshan-2018 (corpus): 高新区党工委和管委会 is one unit; the last row of the excerpt is cut inside
    # its last cell, but its complete cells (and the complete units of the cut cell) are read
    assert [i.text for i in split_units("城乡一体化示范区、高新区党工委和管委会")[0]] == [
        "城乡一体化示范区", "高新区党工委和管委会"]
    text = ("序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
            "3   抓好工业节水。加快实施工业节水技术改造,坚决遏制用水浪费。 市工业和信息化委、水利局 市发展改革委等 "
            "各县(市、区)党委和人民政府,城乡一体化示范区、高")
    assert _table_roles(text) == [(2, "市工业和信息化委", "lead"), (2, "水利局", "lead"), (2, "市发展改革委", "co"),
                                  (2, "各县(市、区)党委和人民政府", "co"), (2, "城乡一体化示范区", "co")]


def test_a_unit_column_and_a_header_run_into_a_row_are_flagged() -> None:
    # meishan-2021 (corpus): a split 责任 / 单位 header, then one unit per line with no role kg can read
    ex = extract_text("地区\n\n组织技能培训\n\n责任\n\n单位\n\n市人力资源社会保障局\n\n市残联\n\n市妇联\n\n市商务局\n\n全市")
    assert [(w.line, w.code) for w in ex.warnings if w.code == "W104"] == [(9, "W104"), (11, "W104"), (13, "W104"),
                                                                           (15, "W104")]
    # jianshi (corpus): title, header and first row glued on one line by a PDF copy
    ex = extract_text("1、建始县省级反馈问题整改完成情况公示表(第二批)州清单编号 反馈问题 整改目标 整改完成情况县级责任领导 "
                      "牵头单位 成员单位 完成时限6州、县 (市) 环保投入不足。2015-2017 年,全州环境保护投入分别只有 35401.88 万元。")
    assert [(w.line, w.code) for w in ex.warnings if w.code == "W104"] == [(1, "W104")]
    assert (ex.coverage.role_lines, ex.coverage.read_lines) == (1, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guofa-2018-employment-stability (corpus): what a policy grants, and the rate it applies
        ("可申请最高不超过15万元的创业担保贷款。", []),
        ("对不裁员或少裁员的参保企业,可返还其上年度实际缴纳失业保险费的50%。", []),
        ("或按6个月的企业及其职工应缴纳社会保险费50%的标准确定。", []),
        # sichuan-2014, baoshan-2008, yuncheng-2017, yunnan-2017 (corpus): the plan counting its own parts and units
        ("要对4个方面、19个重点领域的60项重点内容逐一对照检查", []),
        ("19个方面督查重点,由所涉及的省政府办公厅负责", []),
        ("2008年区政府主要工作任务分解为7大方面、80项。", []),
        ("“十三五”应急体系9个具体建设任务", []),
        ("省人民政府对各州、市人民政府和8个重点行业主管部门投资目标任务实施年度目标责任管理", []),
        ("一、10件民生实事任务分解表", []),
        # guandu-2016 (corpus): processing times are targets, 内 bounds them
        ("环评报告书14个工作日内、环评报告表7个工作日内", [("14", "个工作日", "max"), ("7", "个工作日", "max")]),
        # zhaohua-2017 (corpus): a share list is not 10张
        ("青牛乡10 张家乡40 昭化镇180", []),
    ],
)
def test_numbers_that_are_not_targets_and_time_limits_that_are(text: str,
                                                                expected: list[tuple[str, str, str | None]]) -> None:
    assert [(q.value, q.measure, q.bound) for q in find_quantities(text)] == expected


def test_a_bare_number_after_an_indicator_with_its_measure_in_brackets() -> None:
    # zhaohua-2017 (corpus): 城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 … in a | table
    text = ("项 目 | 目标 | 分 解 情 况 | 责任领导 | 责任单位 | 责任人 |\n"
            "就 业 促 进 工 程 | 促进城乡劳动者就业创业 | 城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 柏林沟镇40 | 刘 强 | "
            "区人社局 | 陈 宗 |")
    assert [(i.value, i.measure, i.name) for i in extract_text(text).indicators] == [("1300", "人", "城镇新增就业人数")]


def test_a_table_of_quotas_by_unit() -> None:
    # rongan-2023 and mancheng-2020 (corpus): | tables whose rows are a town and its numbers
    text = ("乡镇 | 新种任务(亩) | 备注 |\n全县合计 | 7000 | |\n长安镇 | 2150 | 其中县农业投资有限公司新种任务1500亩 |\n"
            "板榄镇 | 600 | |")
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value, d.quota) for d in ex.duties] == [
        (3, "长安镇", "indicator_owner", "2150"), (4, "板榄镇", "indicator_owner", "600")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(2, "7000"), (3, "2150"), (3, "1500"), (4, "600")]
    text = "序号 | 乡镇 | 分阶段任务(亩) | 合计 | 备注 | |\n1 | 满城镇 | 2242.6 | 18.1 | 2260.7 | |\n2 | 神星镇 | 2478.4 | 2478.4 | ||"
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.quota) for d in ex.duties] == [(2, "满城镇", "2260.7"), (3, "神星镇", "2478.4")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(2, "2242.6"), (2, "18.1"), (2, "2260.7"), (3, "2478.4"),
                                                              (3, "2478.4")]


def test_a_first_listed_leads_convention_governs_from_where_it_is_declared() -> None:
    # lishui-2023 (corpus): single units before the declaration (列第一位的为牵头单位,下同) share their task;
    # after it, the first listed leads, a single unit too; 分别牵头 makes each listed unit lead
    text = ("1.扩大有效投资。\n责任单位:市发改委\n2.推进工业转型。\n"
            "责任单位:市发改委、市经信局、市科技局(列第一位的为牵头单位,下同)\n3.稳就业。\n责任单位:市科技局\n"
            "4.促增收。\n责任单位:市人力社保局、市农业农村局分别牵头")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (2, "市发改委", "shared"), (4, "市发改委", "lead"), (4, "市经信局", "co"), (4, "市科技局", "co"),
        (6, "市科技局", "lead"), (8, "市人力社保局", "lead"), (8, "市农业农村局", "lead")]


def test_a_by_list_that_runs_over_a_comma() -> None:
    # city-undated-work-report-ten-projects (corpus): 由A、B、C,各县(市)、区人民政府负责落实 is one list; a roster
    # written in the same shape (由镇长任组长,包片领导任副组长) is no such list
    text = "继续实施种粮直补。由市财政局、农业局、劳动保障局、农机局,各县(市)、区人民政府负责落实。"
    assert [(d.unit, d.role.value) for d in extract_text(text).duties] == [
        ("市财政局", "shared"), ("农业局", "shared"), ("劳动保障局", "shared"), ("农机局", "shared"),
        ("各县(市)、区人民政府", "shared")]
    text = "成立由党委书记任组长,党委副书记、镇长任常务副组长,宣传委员任副组长,负责统筹全镇创建工作。"
    assert not [d for d in extract_text(text).duties if d.unit.endswith("副组长")]


def test_a_subject_acting_in_a_time_before_a_comma() -> None:
    # county-2009-h1n1 (corpus): 县经济局在甲型H1N1流感期间,负责组织生活必需品的市场供应
    text = "县经济局在甲型H1N1流感期间,负责组织生活必需品的市场供应,维护市场秩序。"
    assert [(d.unit, d.role.value) for d in extract_text(text).duties] == [("县经济局", "shared")]


def test_a_roster_post_listed_with_and() -> None:
    # tongliang-2023 (corpus): 副组长:副主任及各党组成员、… are three posts
    text = "领导小组组成如下:\n组长:主任\n副组长:副主任及各党组成员、文化市场综合行政执法支队政委。"
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (2, "主任", "leader"), (3, "副主任", "deputy_leader"), (3, "各党组成员", "deputy_leader"),
        (3, "文化市场综合行政执法支队政委", "deputy_leader")]


def test_decimal_headings_glued_to_their_titles_nest_under_their_prefix() -> None:
    # shenyang-undated-forest-fire (corpus): 3.预防、预报 / 3.1预防。 / 3.2预报。; a quantity (2.5万亩) is no heading
    text = "3.预防、预报、监测和报告\n3.1预防。\n各级森林防火部门要做好宣传。\n3.2预报。\n2.5万亩耕地完成轮作。"
    hs = extract_text(text).headings
    assert [(h.line, h.number, h.parent_line) for h in hs] == [(1, "3", None), (2, "3.1", 1), (4, "3.2", 1)]


def test_a_column_named_by_role_word_and_body_with_cells_one_per_line() -> None:
    # miit-2018 (corpus): 牵头负责司局 is a lead column; 预期效果 (no column word) sits between known ones; an
    # empty 备注 cell the copy dropped does not shift the next row (rows open with their numbers)
    text = ("序号 |\n指标名称 |\n预期效果 |\n完成时限 |\n指标 属性 |\n牵头负责司局 |\n备注 |\n"
            "1 |\n创建国家级示范区 |\n确定首批示范区创建名单 |\n6月 |\n预期性 |\n规划司 |\n|\n"
            "2 |\n遴选公告中小企业公共服务示范平台和创业创新示范基地数量 |\n各80个 |\n12月 |\n约束性 |\n中小企业局 |\n|\n"
            "3 |\n绿色制造示范典型发布数量 |\n400项 |\n10月 |\n预期性 |\n节能与综合 利用司 |\n|")
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (13, "规划司", "lead"), (20, "中小企业局", "lead"), (27, "节能与综合 利用司", "lead")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(17, "80"), (24, "400")]


def test_leaders_listed_under_a_supervisor_label_with_notes_on_their_share() -> None:
    # haimen-changle-2017 (corpus): 总牵头领导: / NAME POST(主持…) lines; 具体责任单位: is a unit label; the
    # section title 组织领导 is a topic, not a post
    text = ("一、组织领导\n总牵头领导:\n顾  闯    党委副书记(主持党委全面工作)\n具体牵头领导:\n"
            "江兰英    副镇长(具体牵头拆违第4项工作)\n具体责任单位:国土所、综合执法局、水利站。\n"
            "牵头领导:王元灿副局长")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (3, "党委副书记", "supervisor"), (5, "副镇长", "supervisor"), (6, "国土所", "shared"),
        (6, "综合执法局", "shared"), (6, "水利站", "shared"), (7, "王元灿副局长", "supervisor")]


def test_a_committee_head_named_in_prose() -> None:
    # shuju-2022 (corpus): 由乡长任主任 heads a 委员会; 由安监办主任兼任办公室主任 names no team head
    text = "完善由乡长任主任,各行政村(社区)主任为成员的消防安全委员会。办公室设在乡安监办,由安监办主任兼任办公室主任。"
    assert [(d.unit, d.role.value) for d in extract_text(text).duties] == [
        ("乡长", "leader"), ("各行政村(社区)主任", "member"), ("乡安监办", "office")]


def test_leaders_in_charge_and_their_named_helpers() -> None:
    # anhui-2023 (corpus): X同志负责… supervises; A、B同志协助… and 省应急管理厅周天伟、…协助 help (the department
    # an official is named for)
    text = ("王清宪同志负责全面指挥。费高云、张曙光同志协助组织、指挥、协调全省防汛抗旱工作。\n"
            "费高云同志负责长江马鞍山江堤防汛工作。省应急管理厅周天伟、省发展改革委陈军、省消防救援总队李斌同志协助。")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (1, "王清宪同志", "supervisor"), (1, "费高云", "co"), (1, "张曙光同志", "co"),
        (2, "费高云同志", "supervisor"), (2, "省应急管理厅", "co"), (2, "省发展改革委", "co"), (2, "省消防救援总队", "co")]


def test_members_listed_after_participating_units_and_a_lead_named_after_a_comma() -> None:
    # yongzhou-2015 (corpus, Traditional): 參加單位為:…等成員單位; (一)召集人:… as a heading; 市民政局負責…,為…牽頭單位
    text = ("二、聯席會議組成\n(一)召集人:市政府分管民政工作的副市長。\n"
            "(二)聯席會議由市人民政府組織,參加單位為:市委宣傳部、市編辦、市民政局等成員單位。\n"
            "(三)市民政局負責聯席會議的組織等日常工作,為社會救助聯席會議牽頭單位。")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (2, "市政府分管民政工作的副市長", "convener"), (3, "市委宣傳部", "member"), (3, "市編辦", "member"),
        (3, "市民政局", "member"), (4, "市民政局", "lead")]


def test_a_roster_run_into_one_line_with_names_glued_to_posts() -> None:
    # guobanfa-2013 (corpus): the notice stored as one line; labels, names and posts run together with no separator
    text = ("现将有关事项通知如下:一、主要职责负责第一次全国地理国情普查的组织和领导。二、组成人员组长:张高丽国务院副总理"
            "副组长:姜大明国土资源部部长丁向阳国务院副秘书长马建堂统计局局长徐德明测绘地信局局长成员:吴恒权中央宣传部副部长"
            "杨焕宁公安部副部长戴均良民政部副部长三、工作机构领导小组办公室设在测绘地信局。")
    assert [(d.unit, d.role.value) for d in extract_text(text).duties] == [
        ("国务院副总理", "leader"), ("国土资源部部长", "deputy_leader"), ("国务院副秘书长", "deputy_leader"),
        ("统计局局长", "deputy_leader"), ("测绘地信局局长", "deputy_leader"), ("中央宣传部副部长", "member"),
        ("公安部副部长", "member"), ("民政部副部长", "member"), ("测绘地信局", "office")]


def test_a_pipe_table_with_a_wrapped_header_and_empty_last_cells() -> None:
    # yueyanglou-2019 (corpus): the header runs over two lines; rows leave their last cells empty (| ||); the
    # achieved figures (1-8月实际完成情况, 任务完成率) are no targets
    text = ("序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |\n任务完成率 | 备注 | |\n"
            "1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | ||\n2 | 减少义务教育大班额 | 区教育局 | 51个 | 53个 | 104% | ||")
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (3, "区人社局", "indicator_owner"), (4, "区教育局", "indicator_owner")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(3, "8950"), (4, "51")]


def test_a_pipe_table_whose_category_cells_are_headings_and_whose_unit_cells_are_clauses() -> None:
    # jiangmen-undated (corpus): 一、… opens a heading and a row; a row whose category cell was merged with the row
    # above starts with its task; 办公室牵头,各科室配合 in the 责任部门 column
    text = ("工作任务 | 具体要求 | 责任部门 |\n一、做好财政信息公开。 | 1.积极推进本中心预算、决算及相关报表公开。 | 财务科 |\n"
            "二、做好政府网站专栏信息公开。 | 2.及时更新网站频道的各类型概况信息。 | 办公室 |\n"
            "3.及时反馈网民对调查征集信息的意见。 | 各科室 | |\n4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (2, "财务科", "shared"), (3, "办公室", "shared"), (4, "各科室", "shared"), (5, "办公室", "lead"),
        (5, "各科室", "co")]


def test_a_bracketed_roster_after_a_group_duty_and_a_member_list_closed_by_its_count() -> None:
    # tongchuan-undated (corpus): (组长:张尚俊,成员:各村卫生所所长) after each group's duties; pingyuan-2013 (corpus,
    # Traditional): 另外A、B和C20个相关职能部门的分管副职任小组成员
    text = ("(二)疫情防控组。负责组织落实全乡疫情监测工作。(组长:张尚俊,成员:各村卫生所所长)\n"
            "县委对台湾工作领导小组由县委书记任组长。另外县委办公室、团县委和县台办20个相关职能部门的分管副职任小组成员。")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (1, "张尚俊", "leader"), (1, "各村卫生所所长", "member"), (2, "县委书记", "leader"), (2, "县委办公室", "member"),
        (2, "团县委", "member"), (2, "县台办", "member")]


def test_counts_of_indicators_and_benchmarks_are_not_targets() -> None:
    # district-2021 (corpus): 对32项县域经济考核指标进行了分析,其中,8项指标已纳入…; 高于省、市7.5%平均水平
    assert find_quantities("对32项县域经济考核指标进行了分析,其中,8项指标已纳入区人代会考核指标。") == []
    text = "规模以上工业增加值:增长8%(依据区人代会目标设置,高于省、市7.5%平均水平),责任单位为区经信局;"
    assert [q.value for q in find_quantities(text)] == ["8"]


def test_a_leader_named_on_a_line_of_their_own_above_their_work() -> None:
    # shanghai-2021 and guangdong-2017 (corpus): 陈寅常务副市长 / 负责…; 马兴瑞 / 省长,主持…; 舒庆副市长 / 兼…,负责…;
    # 市长负责制 is a system of government, no duty
    text = ("根据地方组织法的有关规定,市政府实行市长负责制,副市长协助市长工作。\n陈寅常务副市长\n负责市政府常务工作。\n"
            "马兴瑞\n省长,主持省政府全面工作。\n舒庆副市长\n兼市公安局局长,负责公安、司法行政方面的工作。")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (2, "陈寅常务副市长", "supervisor"), (4, "马兴瑞", "supervisor"), (6, "舒庆副市长", "supervisor")]


def test_helpers_that_take_part_and_units_that_do_the_work_together() -> None:
    # guowuyuan-2008 (corpus): 由民政部牵头,外交部、财政部参加; zhejiang-undated (corpus): X牵头,A、B等单位共同做好…
    # (co with a lead, shared without); haicheng-2023 (corpus): 各开发区、镇(街道) is one collective
    text = ("由民政部牵头,外交部、财政部参加。\n省气象局、水利厅等单位共同做好暴雨的预测预报。\n"
            "省发改委牵头,省经贸委、省交通厅等单位共同做好应急防汛抢险物资储备工作。\n责任单位:各开发区、镇(街道)")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (1, "民政部", "lead"), (1, "外交部", "co"), (1, "财政部", "co"), (2, "省气象局", "shared"), (2, "水利厅", "shared"),
        (3, "省发改委", "lead"), (3, "省经贸委", "co"), (3, "省交通厅", "co"), (4, "各开发区、镇(街道)", "shared")]


def test_a_duty_list_run_into_one_line() -> None:
    # ningde-2008 (corpus): [接上页] 市交通局:负责…。 市水利局:掌握…(no role word)。 市农业局:负责…
    text = ("[接上页] 市交通局:负责交通运输、救灾人员的公路运输。 市水利局:掌握、发布汛情、旱情,对主要河流实施调度。 "
            "市农业局:负责组织重大农作物病虫害防治工作。")
    assert sorted((d.unit, d.role.value) for d in extract_text(text).duties) == [
        ("市交通局", "shared"), ("市农业局", "shared"), ("市水利局", "shared")]


def test_a_leader_opening_the_line_with_the_work_they_lead_and_a_helper_list_with_an_alias() -> None:
    # hunan-2013 (corpus): 代省长杜家毫领导省政府全面工作; 省长助理袁建尧分管…; guowuyuan-2008 (corpus): a unit's alias in
    # brackets inside the list of those who take part, and 成都军区
    text = ("代省长杜家毫领导省政府全面工作。负责财政、审计方面工作。\n省长助理袁建尧分管“两烟”工作,协助管理法制。\n"
            "由总参谋部牵头,公安部、安全监管总局(国家安全生产应急救援指挥中心)、成都军区参加。")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (1, "代省长杜家毫", "supervisor"), (2, "省长助理袁建尧", "supervisor"), (3, "总参谋部", "lead"), (3, "公安部", "co"),
        (3, "安全监管总局(国家安全生产应急救援指挥中心)", "co"), (3, "成都军区", "co")]


def test_a_leader_named_after_a_comma_over_the_work_they_preside() -> None:
    # guangdong-2017 (corpus): …,省长马兴瑞主持省政府全面工作; 新任副省长黄宁生负责…; 协助省长负责… names no post
    text = ("根据最新调整,省长马兴瑞主持省政府全面工作,负责省政府机关方面工作。新任副省长黄宁生负责教育、科技方面工作。\n"
            "省政府党组成员,协助省长负责商务、口岸方面工作。")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (1, "省长马兴瑞", "supervisor"), (1, "副省长黄宁生", "supervisor")]


def test_a_unit_working_with_others_kg_cannot_name_still_leads() -> None:
    # qianjiang-2021 (corpus): 市农业发展中心会同区、镇、街道负责…; 将会同 stays an intention
    assert [(d.unit, d.role.value) for d in extract_text("市农业发展中心会同区、镇、街道负责落实粮食生产面积。").duties] == [
        ("市农业发展中心", "lead")]
    assert extract_text("国务院办公厅将会同有关方面负责督促检查。").duties == ()


def test_tables_kg_could_not_read_are_flagged() -> None:
    # yueyang (corpus): a space-separated table whose header has no role word and whose units stand in the 备注
    # column; changsha (corpus): unit-only cells under a unit column's header whose rows kg could not place
    ex = extract_text("序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注\n1 城镇新增就业 万人 5.2 7.23  139.1% "
                      "人力资源社会保障局\n2 自然村通水泥(沥青)路 公里  1360 1361.92  100.1% 交通局")
    assert [(w.line, w.code) for w in ex.warnings if w.code == "W104"] == [(2, "W104"), (3, "W104")]
    ex = extract_text("牵头单位\n| 目 标 任 务\n| 责 任 单 位\n|\n市政\n府办\n公厅\n| 强化行政监督,优质高效办理建议\n"
                      "| 市直各单位、各区县市\n|")
    assert [(w.line, w.code) for w in ex.warnings if w.code == "W104"] == [(9, "W104")]


def test_a_member_list_over_a_comma_and_a_head_named_by_portfolio() -> None:
    # guangdong-2020 (corpus): 总指挥由负责农业农村工作的省领导兼任; 成员单位包括A、B,C、D。 (a comma inside the list);
    # the example's 成员单位包括…等,专班办公室设市发改局 ends its list at 等
    text = ("指挥部总指挥由负责农业农村工作的省领导兼任。成员单位包括省发展改革委、教育厅、应急管理厅,民航中南地区管理局、"
            "省气象局。\n成立工作专班,成员单位包括市财政局、市住建局等,专班办公室设市发改局,负责日常协调。")
    assert [(d.span.line, d.unit, d.role.value) for d in extract_text(text).duties] == [
        (1, "负责农业农村工作的省领导", "leader"), (1, "省发展改革委", "member"), (1, "教育厅", "member"),
        (1, "应急管理厅", "member"), (1, "民航中南地区管理局", "member"), (1, "省气象局", "member"),
        (2, "市财政局", "member"), (2, "市住建局", "member"), (2, "市发改局", "office")]


def test_a_label_list_ends_at_the_next_label_after_a_space() -> None:
    # ningbo-2014 (corpus): 配合单位:市城管局、市财政局 实际完成情况:中心设备调试、前端摄像机上杆安装,…
    text = ("2.新增安装300套路口交通信息视频采集设备。 牵头领导:王仁洲 责任单位:市公安局 项目责任人:王伟标 "
            "配合单位:市城管局、市财政局 实际完成情况:中心设备调试、前端摄像机上杆安装,以及外场线路铺设等工作。")
    assert sorted((d.unit, d.role.value) for d in extract_text(text).duties) == [
        ("市公安局", "lead"), ("市城管局", "co"), ("市财政局", "co"), ("王仁洲", "supervisor")]


def test_pipe_rows_with_merged_cells_spaced_units_and_an_indicator_column_among_task_columns() -> None:
    # changxing-tuying-2025 (corpus): 工作指标 between task columns is text; 党政办 应消站 are two units; a row whose
    # 时限 cell is empty keeps its units in the 责任清单 column (a cell of units is no deadline, 全年 is no unit)
    text = ("建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 |\n"
            "(一)组织指挥提能升级 | 1.组织机构 | (1)党政主要负责人是防汛工作第一责任人。 | 1.落实岗位责任制; | 党政办 应消站 | 4月 |\n"
            "(3)应消站承担统筹协调工作。 | 1.明确防汛联络员; | 应消站 | 4月 |\n"
            "2.补充设置网格责任人; | 农村办 规划建设办 国土所 |")
    assert _table_roles(text) == [(2, "党政办", "shared"), (2, "应消站", "shared"), (3, "应消站", "shared"),
                                  (4, "农村办", "shared"), (4, "规划建设办", "shared"), (4, "国土所", "shared")]
    assert extract_text(text).indicators == ()


def test_one_cell_table_whose_first_column_was_merged_into_heading_rows() -> None:
    # weifang-2017 (corpus): 目标 / 任务 | 主要内容 | 责任单位, the 目标任务 cells are the headings: X牵头落实 is the unit cell
    text = ("目标\n任务\n主要内容\n责任单位\n一、以政务公开助力稳增长\n(一)加强预期引导\n围绕我市经济社会发展形势加强解读。\n"
            "市发改委牵头落实\n围绕稳健中性的货币政策加强金融政策信息公开。\n市金融办、潍坊银监分局分别牵头落实")
    assert _table_roles(text) == [(8, "市发改委", "lead"), (10, "市金融办", "lead"), (10, "潍坊银监分局", "lead")]


def test_progress_table_with_unnamed_last_columns_and_an_empty_target_cell() -> None:
    # chongchuan-2023 (corpus): 是否达序 / 说明 close the header; the 全年目标任务 cell is left out, so the name is the leader's
    text = ("序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n1-11月推进情况 |\n是否达序 |\n"
            "说明 |\n24 |\n优化提升50条背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n已进场施工,完成60%。 |\n是 |\n||")
    ex = extract_text(text)
    assert _table_roles(text) == [(12, "徐国江", "supervisor"), (13, "城管局", "lead"), (14, "市政局", "co"),
                                  (14, "相关街道", "co")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(11, "50")]


def test_spaces_padding_a_bracket_stay_inside_the_unit() -> None:
    # nanping-2021 (corpus), a PDF copy: 各县 (市、 区 ) 政府 is one unit; a role note still ends its unit
    assert [i.text for i in split_units("市直有关部门,各县 (市、 区 ) 政府", lenient=True)[0]] == [
        "市直有关部门", "各县 (市、 区 ) 政府"]
    assert [i.text for i in split_units("市发改委 (牵头) 市财政局", lenient=True)[0]] == ["市发改委", "市财政局"]


def test_a_roster_in_prose_with_counted_lists() -> None:
    # chongqing-undated (corpus): 副组长2人,分别是:POST NAME,POST NAME; 成员共19人,分别是: posts over commas (、 joins
    # the posts of one person); the counts are seats, no targets; who replaces a member is no member
    text = ("领导小组组长由市委副书记张国清担任,副组长2人,分别是:市委常委、统战部部长宋爱荣,市政府副市长谭家玲。"
            "成员共3人,分别是:市政协秘书长,市委教育工委书记、市教委副主任,市妇联副主席。"
            "领导小组成员工作变动后,由成员单位分管相应工作的负责人继续担任领导小组成员。")
    ex = extract_text(text)
    assert [(d.unit, d.role.value) for d in ex.duties] == [
        ("市委副书记", "leader"), ("市委常委、统战部部长", "deputy_leader"), ("市政府副市长", "deputy_leader"),
        ("市政协秘书长", "member"), ("市委教育工委书记、市教委副主任", "member"), ("市妇联副主席", "member")]
    assert ex.indicators == ()


def test_answering_for_the_work_and_playing_the_leading_role() -> None:
    # town-undated (corpus, Traditional): X對本村(社區)防溺水工作負總責; 教育行政部門發揮行業牽頭作用; guobanhan-2018:
    # 試點地區政府辦公廳(室)對…考核管理負總責.  对照 is no 对 of answering
    assert roles("(三)村(社區)黨組織書記對本村(社區)防溺水工作負總責,組織幹部開展走訪。") == [("村(社區)黨組織書記", "shared")]
    assert roles("(一)县人民政府对全县安全生产工作负总责。") == [("县人民政府", "shared")]
    assert roles("(五)教育行政部门发挥行业牵头作用,市财政局配合。") == [("教育行政部门", "lead"), ("市财政局", "co")]
    assert roles("各单位要对照任务负责落实。") == []


def test_member_lists_closed_by_who_forms_the_team_and_bracket_gaps() -> None:
    # cizhu-2025 (corpus): 成员单位:由A、B、新田镇派出所等相关单位组成; fujian-2015: 省编办 (省审改办) | and a cell
    # with an empty cell after it (各设区市、平潭综合实验区 | |)
    text = "成员单位:由乡民生服务办公室、茨竹小学、新田镇派出所等相关单位组成。"
    assert roles(text) == [("乡民生服务办公室", "member"), ("茨竹小学", "member"), ("新田镇派出所", "member")]
    text = ("工 作 任 务 |\n牵头单位 |\n责 任 单 位 |\n1.行政审批项目信息公开 |\n省编办 (省审改办) |\n"
            "省直各部门,各设区市、平潭综合实验区 |\n2.政府采购信息公开 |\n省财政厅 | |")
    assert _table_roles(text) == [(5, "省编办 (省审改办)", "lead"), (6, "省直各部门", "co"), (6, "各设区市", "co"),
                                  (6, "平潭综合实验区", "co"), (8, "省财政厅", "lead")]


def test_a_helper_that_takes_up_the_work_and_the_plans_own_count_of_tasks() -> None:
    # shuangtaizi-2018 (corpus, Traditional): 由A負責、B配合抓好…; 《方案》…提出了…7項重點工作任務 counts the plan's items
    assert roles("四是由區公安分局負責、區運輸管理所配合抓好春運期間安全工作。") == [
        ("區公安分局", "shared"), ("區運輸管理所", "co")]
    assert extract_text("《方案》第二部分提出了關於雙臺子區春運工作7項重點工作任務。").indicators == ()
    assert [i.value for i in extract_text("全年新增7项重点工作任务。").indicators] == ["7"]


def test_member_duty_list_run_on_with_a_helper_and_a_numbered_duty_heading() -> None:
    # shanxi-2010 (corpus): 省安监局:负责…,牵头组织… (its own lead makes it no helper); 负责协助Y做好 (Y leads);
    # …。 2.4市、县(市、区)人民政府的职责 … (a numbered duty heading run into the line, one unit of two levels)
    text = ("省安监局:负责督促指导城市人民政府做好次生灾害的排查,牵头组织生产安全事故调查处理工作。 省交通运输管理局:负责"
            "协助省交通运输厅做好省应急指挥部办公室的日常工作。 2.4市、县(市、区)人民政府的职责 贯彻落实应急工作的决定。")
    assert sorted(roles(text)) == sorted([
        ("省安监局", "shared"), ("省安监局", "lead"), ("省交通运输管理局", "shared"), ("省交通运输管理局", "co"),
        ("省交通运输厅", "lead"),
        ("市、县(市、区)人民政府", "shared")])


def test_a_goal_heading_and_a_verb_after_a_pivot_are_no_units() -> None:
    # weihai-2023 (corpus): 一、着力构建高效协同的数字政府 is a goal; changning-2025: 会同属地街镇督促燃气企业…
    assert roles("一、着力构建高效协同的数字政府") == []
    assert roles("区建管委会同属地街镇督促燃气企业与各小区居委做好协调沟通。") == [("区建管委", "lead"), ("属地街镇", "co")]


def test_one_cell_table_with_empty_time_cells_and_sections_named_股() -> None:
    # lueyang-2019 (corpus): 责任股室 (单位); a row whose 完成时限 and 责任领导 are empty puts its units in their
    # column (羌研会 is no deadline); a row whose 指标 cell is merged gives units right after its text; 4次以上 is a floor
    text = ("序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n"
            "1\n公共文化服务\n免费开放服务人次较上年增长15%。\n12月底前\n夏俊贵\n文化宣传股\n"
            "2\n全年组织开展文化下乡等惠民演出不少于100场。\n文化馆\n"
            "3\n文化市场管理\n开展专项整治行动4次以上,查办案件不少于5件。\n执法大队\n"
            "4\n脱贫攻坚\n完成包扶村脱贫攻坚年度任务。\n10月底前\n黄文阁\n各股室、委属部门单位")
    ex = extract_text(text)
    assert _table_roles(text) == [(13, "夏俊贵", "supervisor"), (14, "文化宣传股", "shared"), (17, "文化馆", "shared"),
                                  (21, "执法大队", "shared"), (26, "黄文阁", "supervisor"), (27, "各股室", "shared"),
                                  (27, "委属部门单位", "shared")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(11, "15"), (16, "100"), (20, "4"), (20, "5")]


def test_progress_table_with_a_leader_column_split_over_two_cells_and_wrapped_unit_lists() -> None:
    # yueyanglou-2018 (corpus, Traditional): 區政府辦 / 協管責任人 is one column (a second leader); 相關單位 lists are
    # wrapped after 、 and a comma; (數據統計評估牽頭單位) marks a lead among them
    text = ("序號\n目標任務\n責任\n領導\n區政府辦\n協管責任人\n牽頭單位\n責任人\n相關單位\n完成情況\n"
            "1\n地區生產總值達到678億元,增長9.5%\n徐  平\n陳  曦\n區發改局\n徐銘喜\n區統計局(數據統計評估牽頭單位),\n"
            "區財政局、區商務糧食局、\n區金融辦,各鄉、街道辦事處\n上半年我區地區生產總值預計完成263億元,同比增長7.5%。")
    assert _table_roles(text) == [
        (13, "徐  平", "supervisor"), (14, "陳  曦", "supervisor"), (15, "區發改局", "lead"), (17, "區統計局", "lead"),
        (18, "區財政局", "co"), (18, "區商務糧食局", "co"), (19, "區金融辦", "co"), (19, "各鄉、街道辦事處", "co")]
    assert [(i.span.line, i.value) for i in extract_text(text).indicators] == [(12, "678"), (12, "9.5")]


def test_a_bracket_of_units_alone_names_who_carries_the_item_out() -> None:
    # wuxi-2011 (corpus): (市发改委、财政局,无锡国税局、地税局) on its own line under the item, or after its full stop;
    # an alias after a name (县发改局(粮食局)) is no list
    text = ("1、地区生产总值增长11.5%。\n(市发改委、财政局,无锡国税局、地税局)\n2、能耗较2010年降低3.8%。(市经信委)\n"
            "3、县发改局(粮食局)负责。")
    assert _table_roles(text) == [(2, "市发改委", "shared"), (2, "财政局", "shared"), (2, "无锡国税局", "shared"),
                                  (2, "地税局", "shared"), (3, "市经信委", "shared"), (4, "县发改局(粮食局)", "shared")]


def test_roster_cells_with_a_colon_of_their_own_and_an_office_that_carries_the_work() -> None:
    # touqiao-2024 (corpus): 召 集 人 / : / 欧阳斌 / 党工委副书记、办事处主任; 第一副召集人; 下设办公室…,由X具体承担;
    # 各村为减量化工作的责任主体
    text = ("联席会议成员名单如下:\n召 集 人\n:\n欧阳斌\n党工委副书记、办事处主任\n第一副召集人\n:\n龚 锋\n党工委委员(兼)\n"
            "成员单位\n:\n党政办公室\n社区平安办公室\n"
            "联席会议下设办公室,由街道社区管理办公室具体承担,由分管城建领导兼任办公室主任。各村为减量化工作的责任主体。")
    assert _table_roles(text) == [
        (5, "党工委副书记、办事处主任", "convener"), (9, "党工委委员(兼)", "deputy_convener"), (12, "党政办公室", "member"),
        (13, "社区平安办公室", "member"), (14, "街道社区管理办公室", "office"), (14, "各村", "shared")]


def test_a_team_listed_before_its_name_and_a_unit_that_takes_the_lead() -> None:
    # wujing-2021 (corpus): 成立由A担任组长,镇分管领导担任副组长,C、D等成员单位的X领导小组; 负责牵头
    text = ("成立由镇行政主要领导担任组长,镇分管领导担任副组长,镇党政办、经发办等成员单位的镇房屋安全隐患排查整治工作领导小组。\n"
            "房管所、规建生态办负责牵头组织城镇房屋安全隐患排查整治工作;")
    assert _table_roles(text) == [
        (1, "镇行政主要领导", "leader"), (1, "镇分管领导", "deputy_leader"), (1, "镇党政办", "member"), (1, "经发办", "member"),
        (2, "房管所", "lead"), (2, "规建生态办", "lead")]


def test_a_duty_boundary_table_and_a_numbered_entry_titled_by_its_unit() -> None:
    # shijiazhuang-2024 (corpus): 序号 涉及部门 职责分工 rows; gumeilu-2022: 2.派出所。配合开展…
    text = ("序号 涉及部门 职责分工\n1 市公安局 负责烟花爆竹运输通行证发放。\n2 市应急管理局 负责烟花爆竹生产的安全生产监督管理。\n"
            "二、职责分工\n2.派出所。配合开展独居老人消防安全关爱工作,负责独居老人消防安全隐患的确认。")
    assert _table_roles(text) == [(2, "市公安局", "shared"), (3, "市应急管理局", "shared"), (5, "派出所", "shared")]


def test_a_bare_bracket_with_short_forms_and_a_nested_bracket() -> None:
    # wuxi-2011 (corpus): (市发改委、农委、人保局,各市(县)、区政府) under the item
    assert _table_roles("2、新增城镇就业。\n(市发改委、农委、人保局,各市(县)、区政府)") == [
        (2, "市发改委", "shared"), (2, "农委", "shared"), (2, "人保局", "shared"), (2, "各市(县)、区政府", "shared")]


def test_collectives_of_two_levels_helpers_drawn_from_units_and_a_policys_awards() -> None:
    # guangzhou-undated (corpus): 各区、县级市外经贸局; yaoan-2016: 等部门密切配合; quannan-2018: 成员:从A、B抽调人员组成;
    # xiaoshan: 给予最高200万元资助 / 采购…5000万元以上的,按… are a policy's awards, no targets (资助250名 is one)
    assert roles("3.各区、县级市外经贸局负责落实大会签约项目;") == [("各区、县级市外经贸局", "shared")]
    assert roles("县国土资源局牵头,县发改局、县住建局等部门密切配合,抢抓时间。") == [
        ("县国土资源局", "lead"), ("县发改局", "co"), ("县住建局", "co")]
    assert roles("成 员:从县教育局、县政府办抽调人员组成。") == [("县教育局", "member"), ("县政府办", "member")]
    ex = extract_text("骨干企业采购配套产品5000万元以上的,按采购额的2%给予最高200万元资助;鼓励并资助250名技能型人才出国培训。")
    assert [i.value for i in ex.indicators] == ["250"]


def test_a_list_over_a_comma_carried_by_以及_and_two_character_short_names() -> None:
    # guangzhou-undated (corpus): A、建委、交委、各区、县级市,以及C、D负责…; 政委 / 常委 are posts, no bodies
    assert roles("2.市发改委、建委、交委、各区、县级市,以及广州海关、黄埔海关负责政策解答。") == [
        ("市发改委", "shared"), ("建委", "shared"), ("交委", "shared"), ("各区、县级市", "shared"),
        ("广州海关", "shared"), ("黄埔海关", "shared")]
    assert split_units("政委、常委")[0] == []


def test_an_office_whose_seat_is_given_in_brackets() -> None:
    # caomiao-2022 (corpus): 指挥部下设办公室(地点设在水利站),由…任办公室主任
    assert roles("指挥部下设办公室(地点设在水利站),由朱飞同志任办公室主任,具体负责日常事务。") == [("水利站", "office")]


def test_a_quota_table_on_one_line_and_one_left_unread_is_flagged() -> None:
    # yangzhou-2010 (corpus): the whole table on one line, its rows parted by empty cells
    text = ("| 县(市、区) | 总 面 积 | 其中成片造林 |  | 合  计 | 15.5 | 10 |  | 宝 应 县 | 2.2 | 1.5 |  | "
            "高 邮 市 | 4 | 2.5 |  | 仪 征 市 | 3 | 2 |")
    ex = extract_text(text)
    assert [(d.unit, d.role.value, d.quota) for d in ex.duties] == [
        ("宝 应 县", "indicator_owner", "1.5"), ("高 邮 市", "indicator_owner", "2.5"), ("仪 征 市", "indicator_owner", "2")]
    # rows of figures by place whose cells do not keep one rhythm (a cell lost: 1 figure, then 2): kg says so
    text = "设区市\n|\n补充耕地面积\n|\n福州市\n|\n1.27\n|\n厦门市\n|\n0.30\n|\n3.1\n|\n漳州市\n|\n1.66\n|"
    assert [w.line for w in extract_text(text).warnings if w.code == "W104"] == [5, 9, 15]


def test_second_review_cases_stay_unread_or_whole() -> None:
    # a reviewer's sentences against today's rules: place names opening with 从, a county bureau after 各镇,
    # 负责牵头单位的… (a noun), 等成员单位的联络员 (no team), examples in brackets, a signature in brackets,
    # 负责人员 (staff), 以乡镇为单位; counts and money that are targets, a condition that is none
    assert roles("从化区人民政府负责做好辖区内河道清理工作。") == [("从化区人民政府", "shared")]
    assert roles("各镇、县农业农村局负责做好秸秆禁烧巡查工作。") == [("各镇", "shared"), ("县农业农村局", "shared")]
    assert roles("县政府督查室负责牵头单位和责任单位的督查考核工作。") == [("县政府督查室", "shared")]
    for text in ("督促县公安局、县交通运输局等成员单位的联络员按时报送工作信息。", "加强与科研机构的合作。(如中科院、清华大学)",
                 "本方案自印发之日起施行。\n(市政府办公室)", "各成员单位负责人员要切实履行职责。",
                 "以乡镇为单位开展环境整治工作的责任单位考核。"):
        assert extract_text(text).duties == (), text
    for text, values in (("全年培训社区居委会主任300人,培训网格员2000名。", ["300", "2000"]),
                         ("选派驻村工作队成员120名。", ["120"]), ("全年争取上级补助5亿元以上。", ["5"]),
                         ("对一年内发生2次以上较大安全事故的企业,依法责令停产整顿。", [])):
        assert [i.value for i in extract_text(text).indicators] == values, text


def test_a_duty_heading_whose_unit_holds_a_bracket() -> None:
    # yinchuan-undated (corpus): 1、县(市)区政府职责 heads the duties below it
    assert _table_roles("1、县(市)区政府职责\n负责组织协调。") == [(1, "县(市)区政府", "shared")]


def test_a_space_separated_table_whose_header_word_is_letter_spaced() -> None:
    # guobanhan-2016 (corpus): 序号 工 作 任 务 牵头负责部门 / 1 居民消费价格涨幅3%左右 发展改革委
    text = "序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部"
    assert _table_roles(text) == [(2, "发展改革委", "lead"), (3, "人力资源社会保障部", "lead")]
    assert [i.value for i in extract_text(text).indicators] == ["3", "1000"]


def test_the_plans_own_count_of_tasks_after_提出了_is_no_target_but_a_later_figure_is() -> None:
    # pingdingshan-2013 (corpus): …中,提出了2013年市政府要做好的8项重点工作,已经…
    text = "市长在《政府工作报告》中,提出了2013年市政府要做好的8项重点工作,已经市政府常务会议研究。"
    assert extract_text(text).indicators == ()
    assert [i.value for i in extract_text("方案提出了工作要求,全年完成20个项目。").indicators] == ["20"]


def test_负责制定_is_a_role_word_and_a_goal_ending_in_格局_is_no_unit() -> None:
    # guobanfa-2018 (corpus): 司法部负责制定统一的…标准 (负责制 alone is a system: 实行市长负责制); guofa-2019:
    # 四、建设多元办学格局 (县文体广新局, 市财政局 stay units)
    assert roles("司法部负责制定统一的行政执法文书基本格式标准。") == [("司法部", "shared")]
    assert roles("实行市长负责制。") == []
    assert roles("四、建设多元办学格局") == []
    assert [i.text for i in split_units("县文体广新局、市财政局")[0]] == ["县文体广新局", "市财政局"]


def test_a_role_word_before_a_verb_that_opens_like_a_label() -> None:
    # 牵头部署 is a lead's work; 牵头单位 / 牵头部门 / 牵头领导 stay labels
    assert roles("市应急管理局牵头部署全市安全生产大检查。") == [("市应急管理局", "lead")]
    assert roles("县发改局牵头单位要加强调度。") == []


def test_a_plans_last_line_ending_in_a_label_list_is_no_cut_sentence() -> None:
    # a list after a label needs no full stop: the last line of a plan (1.…。责任单位:A、B) keeps its duties,
    # and 主要负责单位 names the lead
    assert roles("1.推进项目建设。责任单位:市教育局(牵头)、市财政局") == [("市教育局", "lead"), ("市财政局", "co")]
    assert roles("10.推进项目建设。主要负责单位:县发改局;协助单位:县财政局") == [("县发改局", "lead"), ("县财政局", "co")]
    assert roles("1.推进项目建设。由县发改局牵头,县财政局、县") == []  # a copy cut inside its list still drops it


def test_labels_in_square_brackets_read_as_labels() -> None:
    # 【牵头单位】市发改委 【配合单位】市财政局: the brackets stand for the colon (the normal form keeps every offset)
    assert normalise("【牵头单位】市发改委") == " 牵头单位:市发改委"
    text = "8.推进项目建设。【牵头单位】市发改委 【配合单位】市财政局\n9.下一项工作。"
    assert _table_roles(text) == [(1, "市发改委", "lead"), (1, "市财政局", "co")]
    assert _table_roles("【工作目标】到2025年建成。") == []


def test_a_lead_note_in_tortoise_shell_brackets() -> None:
    # 县水利局〔牵头〕 marks the lead as 县水利局(牵头) does
    assert _table_roles("9.实施工程。(责任单位:县水利局〔牵头〕、县农业农村局)\n10.下一项。") == [
        (1, "县水利局", "lead"), (1, "县农业农村局", "co")]


def test_a_dash_parts_a_task_from_its_clause() -> None:
    # 推进教育均衡发展——县教育局牵头: the dash closes the task text as a comma would
    assert roles("21.推进教育均衡发展——县教育局牵头,县财政局、县编办配合。") == [
        ("县教育局", "lead"), ("县财政局", "co"), ("县编办", "co")]


def test_a_weak_lead_word_standing_alone_after_its_units() -> None:
    # 县医保局承办,县卫健局协办: 承办 / 主办 closing a clause of units is the lead; in running text it stays a verb
    assert roles("28.推进医疗保障改革。县医保局承办,县卫健局协办。") == [("县医保局", "lead"), ("县卫健局", "co")]
    assert roles("28.推进医疗保障改革。县医保局主办。") == [("县医保局", "lead")]
    assert roles("县文旅局承办全县文艺汇演活动。") == []


def test_units_after_a_lead_sentence_with_a_responsible_word() -> None:
    # 由A牵头,B具体落实: B helps the lead (the sentence form used to stop at a co word)
    assert roles("14.加强生态环境保护。由市生态环境局牵头,各县区政府具体落实。") == [
        ("市生态环境局", "lead"), ("各县区政府", "co")]
    assert roles("14.加强生态环境保护。由市生态环境局牵头,县财政局配合,各乡镇具体落实。") == [
        ("市生态环境局", "lead"), ("县财政局", "co"), ("各乡镇", "co")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a bare role word with its colon is a label
        ("4.开展“清四乱”行动。牵头:县水利局;配合:县公安局、县自然资源局。",
         [("县水利局", "lead"), ("县公安局", "co"), ("县自然资源局", "co")]),
        ("5.严格执法监管。县市场监管局、县农业农村局按各自职责负责。",
         [("县市场监管局", "shared"), ("县农业农村局", "shared")]),
        ("18.实施“互联网+监管”。市政务服务数据管理局承担牵头责任,各有关部门按职责落实。",
         [("市政务服务数据管理局", "lead"), ("各有关部门", "co")]),
        ("19.加强耕地保护。县自然资源局为主要责任单位,各乡镇为直接责任单位。", [("县自然资源局", "lead"), ("各乡镇", "co")]),
        ("24.开展隐患排查整治。由县应急局牵头组织,县直各行业主管部门具体实施。",
         [("县应急局", "lead"), ("县直各行业主管部门", "co")]),
        ("27.镇政府统筹负责本镇防汛工作,各村(社区)具体落实。", [("镇政府", "shared"), ("各村(社区)", "shared")]),
        # the host of an event is no duty holder unless a helper's clause follows
        ("经研究决定,由旗人民政府主办,举办元宵节焰火晚会。", []),
    ],
)
def test_more_ways_of_writing_a_role(line: str, expected: list[tuple[str, str]]) -> None:
    assert roles(line) == expected


def test_a_table_of_figures_by_place_one_cell_per_line() -> None:
    # fujian-2010 (corpus): 设区市 / 补充耕地面积 / 土地整理规模, then 福州市 / | / 1.27 / | / 3.5 …, each place owning its row
    rows = "".join(f"{place}\n|\n{a}\n|\n{b}\n|\n" for place, a, b in
                   [("福州市", "1.27", "3.5"), ("厦门市", "0.30", "0.4"), ("漳州市", "1.66", "3.8")])
    text = "附件:\n各设区市2010年补充耕地任务情况表\n单位:万亩\n设区市\n|\n补充耕地面积\n|\n土地整理规模\n|\n" + rows
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (10, "福州市", "indicator_owner"), (16, "厦门市", "indicator_owner"), (22, "漳州市", "indicator_owner")]
    assert [(i.span.line, i.value, i.name) for i in ex.indicators][:2] == [(12, "1.27", "补充耕地面积"), (14, "3.5", "土地整理规模")]
    assert not [w for w in ex.warnings if w.code in ("W103", "W104")]
    # 国办发〔1996〕32号: places written bare under 省(市); a group cell over the year columns names them; a figure
    # with its note (120(扩招)) keeps the rhythm; the achieved 1995 figures are no targets
    head = "省(市)\n1995年招生人数\n扩招\n分年度招生任务\n1996年\n1997年\n1998年\n"
    body = "江苏\n100\n100\n120\n140\n200\n上海\n105\n70\n135\n175\n175\n广东\n120(扩招)\n30\n120\n135\n150\n"
    ex = extract_text("附:\n内地西藏初中班扩大招生计划表\n单位:人\n" + head + body)
    assert [d.unit for d in ex.duties] == ["江苏", "上海", "广东"]
    assert [(i.value, i.name) for i in ex.indicators if i.span.line in range(11, 17)] == [
        ("120", "分年度招生任务1996年"), ("140", "分年度招生任务1997年"), ("200", "分年度招生任务1998年")]
    # two places each followed by a figure are no table (three rows at least)
    assert extract_text("一、目标\n福州市\n12\n厦门市\n13\n").duties == ()


def test_places_listed_before_a_places_department_share_it() -> None:
    # haidong-2020 (corpus): 海东市、兰州市、临夏州发展改革部门 is each city's department, one unit as written
    assert [i.text for i in split_units("海东市、兰州市、临夏州发展改革部门")[0]] == ["海东市、兰州市、临夏州发展改革部门"]
    # a government keeps the places as units; a zone and a district's street are units of their own
    assert [i.text for i in split_units("银川市、石嘴山市、吴忠市人民政府")[0]] == ["银川市", "石嘴山市", "吴忠市人民政府"]
    assert [i.text for i in split_units("营城子街道、革镇堡街道")[0]] == ["营城子街道", "革镇堡街道"]


def test_roster_entries_with_the_name_before_or_after_the_post() -> None:
    # wulateqianqi-2024 (corpus): a five-character name before the post (巴音毕力格 政府副旗长); POST NAME parted by
    # spaces (县委副书记 李明): the post is the unit, the name is no second one
    text = "组 长:巴音毕力格 政府副旗长\n副组长:刘嘉耀 旗人大副主任\n组    长:县委副书记 李明\n副组长:县政府副县长 王 强同志"
    assert [(d.unit, d.role.value) for d in extract_text(text).duties] == [
        ("政府副旗长", "leader"), ("旗人大副主任", "deputy_leader"), ("县委副书记", "leader"), ("县政府副县长", "deputy_leader")]


def test_tasks_under_a_heading_naming_their_lead_are_covered() -> None:
    # (一)县发改局牵头负责的工作: the heading's lead covers the tasks under it (no W102 for them)
    text = ("一、县发改局牵头负责的工作(2项)\n1.推进重大项目建设。\n2.抓好粮食安全。\n二、张伟副县长分管的工作\n"
            "3.做好防汛救灾工作。\n三、其他工作\n4.做好信访工作。\n")
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [(1, "县发改局", "lead"), (4, "张伟副县长", "supervisor")]
    assert [(w.line, w.code) for w in ex.warnings if w.code == "W102"] == [(7, "W102")]


def test_a_pivot_inside_a_tables_text_cell_takes_the_rows_unit_as_subject() -> None:
    # shijiazhuang-2024 (corpus): 涉及部门 | 职责分工 rows; 会同有关部门 in the duty cell makes the row's unit lead that
    # work with 有关部门 helping; 配合X做好 makes X lead and the row's unit help
    text = ("序号 涉及部门 职责分工\n"
            "2 市应急管理局 负责烟花爆竹生产、经营、储存单位的安全生产监督管理。按照职责分工,会同有关部门依法查处非法生产行为。\n"
            "3 市供销社 负责加强对本系统企业烟花爆竹经营活动的管理,配合市市场监督管理局做好产品抽检。\n")
    assert _table_roles(text) == [(2, "市应急管理局", "lead"), (2, "市应急管理局", "shared"), (2, "有关部门", "co"),
                                  (3, "市供销社", "co"), (3, "市供销社", "shared"), (3, "市市场监督管理局", "lead")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gumeilu-2022 (corpus): a title's own full stop does not end its sentence; 居委 is a body's short name
        ("二、职责分工\n2.派出所。负责隐患的确认,协助居委动态排摸隐患。",
         [(2, "派出所", "co"), (2, "派出所", "shared"), (2, "居委", "lead")]),
        # a helper's pivot is a clause of its own: the unit's own 负责 stays shared
        ("二、职责分工\n3.县教育局:负责学校安全,配合县卫健局做好防疫。",
         [(2, "县教育局", "co"), (2, "县教育局", "shared"), (2, "县卫健局", "lead")]),
        # 协助指导X: the pivot is part of the verb (no unit after it)
        ("二、职责分工\n3.省交通运输管理局:负责协助指导城市人民政府搞好应急工作。", [(2, "省交通运输管理局", "shared")]),
    ],
)
def test_helper_pivots_after_a_units_own_work(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_a_label_list_closing_a_bracket_opened_on_the_line_before() -> None:
    # huangshi-county-2018 (corpus): (牵头单位:县人社局; on the task line, 参与单位:县民政局) on the next
    text = "2、领取丧葬补贴行为。(牵头单位:县人社局;\n参与单位:县民政局、县规划局)\n3、下一项。"
    assert _table_roles(text) == [(1, "县人社局", "lead"), (2, "县民政局", "co"), (2, "县规划局", "co")]


def test_roster_labels_glued_to_the_name_and_posts_opened_by_a_body() -> None:
    # liulin-lijiawan-2025 (corpus): 副组长李瑞芳 乡人大主席 (no colon, the label glued to the name), and names run
    # into a post that opens with 政府 (李智军政府副乡长)
    text = "领导组成员如下:\n副组长李瑞芳 乡人大主席、上片片长\n卫小强 乡党委副书记\n李智军政府副乡长\n"
    assert _table_roles(text) == [(2, "乡人大主席、上片片长", "deputy_leader"), (3, "乡党委副书记", "deputy_leader"),
                                  (4, "政府副乡长", "deputy_leader")]


def test_an_indicators_name_leaves_out_the_items_number() -> None:
    # 1.全年新增规模以上工业企业45家: the target counts 新增规模以上工业企业, not "1.全年新增…"
    ex = extract_text("一、目标\n1.全年新增规模以上工业企业45家,工业增加值增长8%左右。\n(2)完成固定资产投资120亿元。\n")
    assert [(i.name, i.value) for i in ex.indicators] == [
        ("新增规模以上工业企业", "45"), ("工业增加值增长", "8"), ("固定资产投资", "120")]
    # 1.5亿元以上产业项目新开工20个: a decimal opening the line is no item number
    assert [i.name for i in extract_text("一、目标\n1.5亿元以上产业项目新开工20个。\n").indicators] == ["1.5亿元以上产业项目新开工"]


def test_a_bracket_clause_broken_over_two_lines() -> None:
    # 3.开展全民健身活动(县文体局牵头, / 县教育局、县总工会配合)。: the second line closes the clause opened above
    text = "二、重点任务\n3.开展全民健身活动(县文体局牵头,\n县教育局、县总工会配合)。\n4.下一项工作。"
    assert _table_roles(text) == [(2, "县文体局", "lead"), (3, "县教育局", "co"), (3, "县总工会", "co")]
    assert [w.code for w in extract_text(text).warnings] == ["W102"]  # (task 4 only: no W104 on line 3)


def test_a_contact_list_one_cell_per_line_is_no_table_of_targets() -> None:
    # 单位 / 联系电话 / 县财政局 / 13800000000 …: phone numbers are no figures, 单位 over 联系电话 is no leader
    text = "附件\n各单位联络员名单\n单位\n联系电话\n" + "".join(f"{u}\n{p}\n" for u, p in [
        ("县财政局", "13800000000"), ("县教育局", "13900000000"), ("县公安局", "13700000000")])
    ex = extract_text(text)
    assert (ex.duties, ex.indicators, ex.warnings) == ((), (), ())
    short = text.replace("13800000000", "3800000").replace("13900000000", "3900000").replace("13700000000", "3700000")
    assert extract_text(short).indicators == ()  # a column named 联系电话 holds no target


def test_groups_parted_by_a_semicolon_and_a_collective_of_departments_and_units() -> None:
    # (市文旅局牵头;市发改委、市财政局配合;各县区落实): 配合 closes its group, 各县区 is no lead helped by the others
    assert roles("11.推动文旅融合发展(市文旅局牵头;市发改委、市财政局配合;各县区落实)。") == [
        ("市文旅局", "lead"), ("市发改委", "co"), ("市财政局", "co"), ("各县区", "co")]
    # 市有关部门和单位 is one collective (not 有关部门和单位 without its level)
    assert roles("7.深化改革(市政务服务中心牵头,市有关部门和单位按职责分工负责)。") == [
        ("市政务服务中心", "lead"), ("市有关部门和单位", "co")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # second review of this session's rules (each once misread)
        ("三、职责分工\n(一)县发改局\n牵头:全县重大项目谋划储备工作。", [(2, "县发改局", "shared")]),  # a task after 牵头:
        ("一、工作目标\n协同:推动区域协同发展取得新成效。", []),
        ("组  长:王明 县长\n副组长:刘强 副县长\n组长职责 主持领导小组全面工作。", [(1, "县长", "leader"), (2, "副县长", "deputy_leader")]),
        ("一、工作安排\n组长会议 每月召开一次\n成员单位 按要求参加", []),
        ("副组长李瑞芳 乡人大主席\n成员李国庆 乡武装部长\n组长由乡党委书记担任。",
         [(1, "乡人大主席", "deputy_leader"), (2, "乡武装部长", "member"), (3, "乡党委书记", "leader")]),
        ("组长:张三 县长\n副组长:副县长 赵刚、副县长 孙强\n成员:李四 县财政局局长、王五 县教育局局长",
         [(1, "县长", "leader"), (2, "副县长", "deputy_leader"), (3, "县财政局局长", "member"), (3, "县教育局局长", "member")]),
        # pivots in a text cell whose subject is not the row's unit; a unit cut before 门
        ("序号 责任单位 工作职责\n1 市住建局 负责扬尘治理,督促施工单位配合环保部门开展检查。\n"
         "2 市城管局 负责渣土运输管理,指导各区城管部门会同交警部门开展联合执法。\n"
         "3 市科技局 负责科技创新,鼓励企业联合高校院所开展技术攻关。\n"
         "4 市公安局 负责治安管控,由市政府办公室会同市发改委组织考核。\n5 市文旅局 负责景区安全管理,配合上级部门做好督查工作。\n",
         # (the cell's own sentence 由市政府办公室会同市发改委… is read as running text is)
         # (指导各区城管部门会同交警部门…: the guided bodies lead that joint work)
         [(2, "市住建局", "shared"), (3, "市城管局", "shared"), (3, "各区城管部门", "lead"), (4, "市科技局", "shared"),
          (5, "市公安局", "shared"), (5, "市政府办公室", "lead"), (5, "市发改委", "co"), (6, "市文旅局", "shared")]),
        # after 由A牵头 only the clauses right after it that open with units help; a sanction is no help
        ("1.推进厕所革命。由县农业农村局牵头,确保完成改厕1000户,未完成的乡镇由县政府负责约谈。", [(1, "县农业农村局", "lead")]),
        ("3.保护生态。由市生态环境局牵头,各县区政府具体落实,县财政局负责资金保障。",
         [(1, "市生态环境局", "lead"), (1, "各县区政府", "co"), (1, "县财政局", "co")]),
        ("二、职责分工\n1.县公安局——负责治安管控。", [(2, "县公安局", "shared")]),  # a dash after the unit
    ],
)
def test_second_review_of_this_sessions_rules(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_figures_by_place_need_a_table_of_targets() -> None:
    # scores, dates or statistics by place are no targets; the title above the header names a table of tasks
    scores = "附件\n各乡镇考核结果\n乡镇\n得分\n排名\n城关镇\n95.5\n1\n新集镇\n90.2\n2\n河口乡\n88.1\n3\n"
    assert extract_text(scores).indicators == ()
    tasks = "附件1\n各乡镇2024年目标任务分解表\n乡镇\n新增就业(人)\n培训人数(人)\n城关镇\n500\n300\n新集镇\n400\n200\n河口乡\n300\n100\n"
    ex = extract_text(tasks)
    assert [(i.value, i.name) for i in ex.indicators][:2] == [("500", "新增就业(人)"), ("300", "培训人数(人)")]
    assert [d.unit for d in ex.duties] == ["城关镇", "新集镇", "河口乡"]


def test_a_table_of_targets_by_place_in_two_columns_one_cell_per_line() -> None:
    # baoshan-2019 (corpus): 街镇、园区 / 目标任务, then 罗店镇 / 创建达标小区61个… : each place owns its text's targets
    rows = [("罗店镇", "创建达标小区61个,完成11个达标村创建任务。"), ("大场镇", "创建达标小区86个,完成8个达标村创建任务。"),
            ("杨行镇", "创建达标小区39个,完成5个达标村创建任务。")]
    text = "附件2\n2019年街镇(园区)生活垃圾分类目标任务分解表\n街镇、园区\n目标任务\n" + "".join(f"{p}\n{t}\n" for p, t in rows)
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (5, "罗店镇", "indicator_owner"), (7, "大场镇", "indicator_owner"), (9, "杨行镇", "indicator_owner")]
    assert [(i.span.line, i.value) for i in ex.indicators][:2] == [(6, "61"), (6, "11")]
    # a list of places with prose after each, under no such header, is no table
    assert extract_text("一、工作\n罗店镇\n创建达标小区61个。\n大场镇\n创建达标小区86个。\n杨行镇\n创建达标小区39个。\n").duties == ()


def test_a_power_list_table_one_cell_per_line() -> None:
    # fengxian-2021 (corpus): 序号 / 权力责任名称 / 行使 主体 / 权力责任类别 / 设定依据 / 行使层级 / 权力责任事项: the 行使主体 is
    # responsible, and the 事项 cell's own sentence is read as running text is
    head = ["序号", "权力责任名称", "行使  主体", "权力责任类别", "设定依据", "行使层级", "权力责任事项"]
    row = ["1", "公路的具体管理", "区交通委", "管理", "《中华人民共和国公路法》第八条", "区级",
           "区交通委按照其职责权限,负责所辖区域内公路的具体管理。"]
    text = "附件1\n权力和责任清单\n" + "\n\n".join(head + row) + "\n"
    assert _table_roles(text) == [(21, "区交通委", "shared"), (29, "区交通委", "shared")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2.推进项目建设。县级责任领导:李四;牵头单位:县住建局;配合单位:县财政局。",
         [("李四", "supervisor"), ("县住建局", "lead"), ("县财政局", "co")]),
        # a name and the bare post after it are one leader (as 王宏副市长 written together)
        ("4.推进项目建设。牵头县领导:赵六 副县长 牵头单位:县水利局", [("赵六 副县长", "supervisor"), ("县水利局", "lead")]),
        ("6.加快推进整治,各镇(街道)为第一责任主体。", [("各镇(街道)", "shared")]),
    ],
)
def test_leader_labels_with_a_level_and_a_name_before_its_post(line: str, expected: list[tuple[str, str]]) -> None:
    assert roles(line) == expected


def test_answering_for_a_places_safety_and_a_heading_that_only_introduces_duties() -> None:
    # 各乡镇对本辖区安全生产负属地责任: the towns answer for it; (六)各部门职责: names no one, the units after it do
    assert roles("(二)压实工作责任。县委、县政府对全县安全生产工作负总责,各乡镇对本辖区安全生产负属地责任。") == [
        ("县委", "shared"), ("县政府", "shared"), ("各乡镇", "shared")]
    assert roles("(六)各部门职责:县财政局负责资金保障;县审计局负责资金审计监督。") == [
        ("县财政局", "shared"), ("县审计局", "shared")]
    assert roles("(八)各建设单位\n负责海绵设施的建设。") == [("各建设单位", "shared")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # third review: a table that names its lead and helpers in columns keeps them; its text cells give no roles
        ("序号\t重点任务\t工作措施\t牵头单位\t配合单位\n3\t推进无障碍建设\t接受市残联业务指导,协助区住建委开展无障碍设施改造。\t区残联\t区住建委\n",
         [(2, "区残联", "lead"), (2, "区住建委", "co")]),
        # a text cell read alone: 对X负责的… is no duty, as at a line's start
        ("序号\t涉及部门\t职责分工\n1\t区绿化市容局\t对各街道负责的垃圾分类工作进行季度考核。\n", [(2, "区绿化市容局", "shared")]),
        # a verb before the unit is no part of it
        ("一、职责\n督促各乡镇对辖区内自建房安全负属地责任,指导村委会为第一责任主体。", [(2, "各乡镇", "shared"), (2, "村委会", "shared")]),
        # 以X为主要成员的… names no team of the plan's
        ("一、服务\n以县科协为主要成员的专家服务团深入基层开展服务。", []),
        # leaders: a name with the posts before or after it is one leader
        ("4.推进项目。牵头县领导:赵六 县政府党组成员 副县长\n5.下一项。", [(1, "赵六 县政府党组成员 副县长", "supervisor")]),
        ("4.推进项目。县级牵头领导:县委常委、常务副县长 刘强\n5.下一项。", [(1, "县委常委、常务副县长 刘强", "supervisor")]),
        ("4.推进项目。县级责任领导:县政府分管领导\n5.下一项。", [(1, "县政府分管领导", "supervisor")]),  # (not 县政府)
        # (六)县直各部门职责: introduces the units' duties; 各相关部门职责:按照职责分工做好配合 is the duty itself
        ("(六)县直各部门职责:县财政局负责资金保障。", [(1, "县财政局", "shared")]),
        ("(六)各相关部门职责:按照职责分工做好配合。\n二、其他", [(1, "各相关部门", "shared")]),
        # towns with no target in their row own nothing; a department after them is no row
        ("街镇\n目标任务\n城关镇\n按照区委、区政府统一部署,做好相关工作。\n新集镇\n按照区委、区政府统一部署,做好相关工作。\n"
         "河口乡\n按照区委、区政府统一部署,做好相关工作。\n", []),
    ],
)
def test_third_review_of_the_newest_rules(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5.推进改革(县委改革办统筹,县直各部门分头落实)。", [("县委改革办", "lead"), ("县直各部门", "co")]),
        ("7.推进厕所革命,县农业农村局负责牵头,县卫健局、县住建局等部门按职能职责抓好落实。",
         [("县农业农村局", "lead"), ("县卫健局", "co"), ("县住建局", "co")]),
        ("1.县财政局统筹安排资金。", []),  # 统筹 in running text stays a verb
    ],
)
def test_统筹_in_a_clause_and_分头落实(line: str, expected: list[tuple[str, str]]) -> None:
    assert roles(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a list closing an item after its full stop, one unit marked as lead (no label)
        ("1.推进前期工作。县发改局(牵头)、县财政局、县审计局。", [("县发改局", "lead"), ("县财政局", "co"), ("县审计局", "co")]),
        ("1.推进前期工作。县发改局(牵头)", [("县发改局", "lead")]),
        ("1.推进前期工作。要求市发改委(牵头)做好谋划。", []),  # running text, no list
        # a list's unit named again as the lead: the others help
        ("1.推进前期工作。(责任单位:县发改局、县财政局,县发改局牵头)", [("县发改局", "lead"), ("县财政局", "co")]),
        # helpers listed over a comma after the lead
        ("1.推进前期工作。县发改局牵头,各乡镇人民政府,县直有关部门配合。",
         [("县发改局", "lead"), ("各乡镇人民政府", "co"), ("县直有关部门", "co")]),
        ("1.推进前期工作。县发改局牵头,加快推进,县直有关部门配合。", [("县发改局", "lead"), ("县直有关部门", "co")]),
        # labels: 主要/次要责任单位, a level's leader, a unit that oversees
        ("1.推进项目。主要责任单位:县发改局;次要责任单位:县财政局。", [("县发改局", "lead"), ("县财政局", "co")]),
        ("1.推进项目。(县级领导:李四;责任单位:县发改局)", [("李四", "supervisor"), ("县发改局", "shared")]),
        ("1.推进项目。(责任单位:县发改局;督办单位:县政府督查室)", [("县发改局", "shared"), ("县政府督查室", "supervisor")]),
        # members named by their heads: 主要负责同志 / 分管领导 is no part of the unit
        ("成立以县长为组长,县发改局、县住建局主要负责同志为成员的工作领导小组。",
         [("县长", "leader"), ("县发改局", "member"), ("县住建局", "member")]),
    ],
)
def test_first_probes_of_session_twelve(line: str, expected: list[tuple[str, str]]) -> None:
    assert roles(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no 序号 column: rows are the lines with the header's cells (runs of spaces), a column the lexicon lacks
        ("项目名称  建设内容  责任单位  责任人\n城区污水管网改造  新建管网20公里  县住建局  李明\n"
         "农村饮水安全工程  解决1万人饮水问题  县水利局  张华\n", [(2, "县住建局", "shared"), (3, "县水利局", "shared")]),
        # runs of full-width spaces, the target column as the row's text: its units own the target
        ("序号\u3000\u3000目标任务\u3000\u3000\u3000\u3000责任单位\u3000\u3000\u3000\u3000完成时限\n"
         "1\u3000\u3000城区绿化覆盖率达到40%\u3000\u3000县住建局\u3000\u3000\u3000\u30002023年\n"
         "2\u3000\u3000新增就业2000人\u3000\u3000\u3000县人社局\u3000\u3000\u3000\u30002023年\n",
         [(2, "县住建局", "indicator_owner"), (3, "县人社局", "indicator_owner")]),
        # figures by place between tabs
        ("各乡镇目标任务分解表\n乡镇\t新增就业(人)\t培训(人次)\n城关镇\t500\t800\n河口镇\t300\t600\n",
         [(3, "城关镇", "indicator_owner"), (4, "河口镇", "indicator_owner")]),
    ],
)
def test_tables_parted_by_tabs_or_runs_of_spaces(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label alone on its line, its units on the next (a vertical table copied one cell per line)
        ("1.推进工作。\n责任单位\n县发改局、县财政局\n配合单位\n各乡镇\n",
         [(3, "县发改局", "shared"), (3, "县财政局", "shared"), (5, "各乡镇", "co")]),
        ("1.推进工作。\n牵头单位:\n\n县发改局\n", [(4, "县发改局", "lead")]),
        # 协作单位 / 相关责任单位 beside a lead
        ("1.推进工作。\n牵头责任单位:县卫健委\n主要协作单位:各乡镇人民政府\n相关责任单位:县财政局\n",
         [(2, "县卫健委", "lead"), (3, "各乡镇人民政府", "co"), (4, "县财政局", "co")]),
        # units opening a sentence, a comma, then 负责 (not a team's office, not words before the units)
        ("一、职责\n县交通局,负责通村公路建设;县教育局,负责义务教育。", [(2, "县交通局", "shared"), (2, "县教育局", "shared")]),
        ("一、职责\n领导小组办公室设在县统计局,负责日常工作。", [(2, "县统计局", "office")]),
        ("一、职责\n村协管员:1.按照乡委员会的工作部署,负责研究部署。", []),
        # work groups heading their duties
        ("三、各小组职责\n1.综合协调组:负责统筹协调。\n2.宣传小组:负责宣传工作。", [(2, "综合协调组", "shared"), (3, "宣传小组", "shared")]),
        # the office's deputy directors are no deputy leaders of the team
        ("领导小组下设办公室,黄家智兼任办公室主任,张文强、周波兼任副主任。", []),
        # a page's frame (…|) around prose: the prose is read
        ("|\n交通部门,负责通村公路和道路建设。 教育部门,负责试点嘎查村义务教育和成人教育工作。 |\n|\n",
         [(2, "交通部门", "shared"), (2, "教育部门", "shared")]),
    ],
)
def test_second_probes_of_session_twelve(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the team's name between 担任 and the label; 共N个部门和单位 is no part of the last member
        ("联席会议由发展改革委、教育部、共青团中央共3个部门和单位组成,发展改革委为牵头单位。发展改革委主任担任联席会议召集人。",
         [(1, "发展改革委", "member"), (1, "教育部", "member"), (1, "共青团中央", "member"), (1, "发展改革委主任", "convener"),
          (1, "发展改革委", "lead")]),
        # sectors listed bare before the last one's 部门 share it; 地方各级 opens a collective
        ("一、认定\n由地方各级宣传部门会同同级财政、税务部门确定和发布名单。",
         [(2, "地方各级宣传部门", "lead"), (2, "同级财政、税务部门", "co")]),
    ],
)
def test_third_probes_of_session_twelve(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert sorted(_table_roles(text)) == sorted(expected)


def test_only_sector_stems_share_the_last_ones_department() -> None:
    def texts(s: str) -> list[str]:
        return [i.text for i in split_units(s, 0, len(s))[0]]

    assert texts("水利、国土、教育部门") == ["水利、国土、教育部门"]
    assert texts("加强管理、税务部门") == ["税务部门"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak role word after units given the work with 由 (not a weak lead: 由X主办 hosts an event)
        ("一、职责\n后期由各镇政府、县财政局负责实施。", [(2, "各镇政府", "shared"), (2, "县财政局", "shared")]),
        ("一、活动\n经研究决定,由旗人民政府主办,举办元宵节焰火晚会。", []),
        # a pivot after a comma in a sentence that opened with units
        ("一、职责\n区公安分局和区消防支队列出责任人清单,会同区发展改革委、区市场监管局等部门纳入信用档案。",
         [(2, "区公安分局", "lead"), (2, "区消防支队", "lead"), (2, "区发展改革委", "co"), (2, "区市场监管局", "co")]),
        # sectors named bare before 等行业主管部门; 履行相应职责 / 落实主体责任 after a lead
        ("一、职责\n教育、文广影视、交通、邮政等行业主管部门负责本行业安全。",
         [(2, "教育", "shared"), (2, "文广影视", "shared"), (2, "交通", "shared"), (2, "邮政", "shared")]),
        ("一、职责\n区民防办牵头,区发展改革委、区财政局等部门履行相应职责,各镇政府落实主体责任。",
         [(2, "区民防办", "lead"), (2, "区发展改革委", "co"), (2, "区财政局", "co"), (2, "各镇政府", "co")]),
        # a duty list's head with a bracket inside a unit
        ("一、职责\n各镇政府、街道(开发区)办事处:按照区规划要求,制定本区域建设规划;负责推进经费预算。",
         [(2, "各镇政府", "shared"), (2, "街道(开发区)办事处", "shared")]),
    ],
)
def test_fourth_probes_of_session_twelve(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X负责…,会同Y…: X leads (not also responsible); a duty of its own and one it leads keep both
        ("一、职责\n区建管委负责指导推进海绵城市建设,会同各行业主管部门制定年度计划。",
         [(2, "区建管委", "lead"), (2, "各行业主管部门", "co")]),
        ("一、职责\n省安监局:负责督促指导次生灾害排查,牵头组织生产安全事故救援。",
         [(2, "省安监局", "shared"), (2, "省安监局", "lead")]),
        # …。牵头区建管委、区交通委,每周开展联合执法: the units led help; 会同 with nothing before names no one
        ("(一)区绿化市容局\n开展行业部署。牵头区建管委、区交通委,每周开展联合执法检查。",
         [(1, "区绿化市容局", "shared"), (2, "区建管委", "co"), (2, "区交通委", "co")]),
        ("一、措施\n由居委纳入重点关注对象;会同物业每周对所在楼栋开展巡查。", []),
    ],
)
def test_fifth_probes_of_session_twelve(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert sorted(_table_roles(text)) == sorted(expected)


def test_an_items_date_right_after_its_number_and_an_annex_titled_after_its_colon() -> None:
    ex = extract_text("二、工作步骤\n1.9月30日前,区建设管理委牵头完成排查。\n2.11月30日前,区公安分局负责整改。\n"
                      "附件:嘉定区海绵城市建设重点任务分解表\n序号\n任务类型\n重点内容\n责任单位\n1\n建设管理\n制定办法\n区建设管理委\n")
    kinds = {h.line: (h.kind.value, h.number) for h in ex.headings}
    assert kinds[2] == ("task", "1") and kinds[3] == ("task", "2")
    assert kinds[4] == ("annex", "")
    assert not any(h.kind.value == "annex" for h in extract_text("附件:嘉定区海绵城市建设重点任务分解表\n"
                                                                  "嘉定区人民政府办公室\n").headings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label then runs of spaces (no colon) before NAME  POST
        ("县防汛抗旱指挥部组成人员名单\n指挥长  张三  县长\n副指挥长  李四  副县长\n",
         [(2, "县长", "leader"), (3, "副县长", "deputy_leader")]),
        # the team's name before the label
        ("一、成立工作专班\n专班组长:张三(县委副书记)\n专班副组长:李四(副县长)\n专班成员:县发改局、县财政局主要负责同志。\n",
         [(2, "县委副书记", "leader"), (3, "副县长", "deputy_leader"), (4, "县发改局", "member"), (4, "县财政局", "member")]),
    ],
)
def test_roster_labels_padded_with_spaces_or_after_the_teams_name(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of this session's rules: exhortations stay nothing
        ("一、要求\n各成员单位要履行各自职责,加强沟通协作。", []),
        ("一、要求\n各乡镇要落实属地责任,加强对辖区内企业的监督检查。", []),
        # two sets in one bracket keep their leads
        ("3.推进。(县财政局牵头,县教育局配合;县教育局牵头,县人社局配合)",
         [(1, "县财政局", "lead"), (1, "县教育局", "co"), (1, "县教育局", "lead"), (1, "县人社局", "co")]),
        # 由X负责实施的项目 describes; 由X落实实施主体 names what they do after
        ("一、要求\n由县财政局负责实施的项目,要严格执行政府采购有关规定。", []),
        ("一、要求\n对可直接设置的,由镇政府、头桥集团落实实施主体,组织推进落实。", []),
        # a sentence opening that is no subject before ,会同
        ("一、要求\n对县市场监管局移交的案件线索,会同县公安局依法查处。", []),
        ("一、要求\n县市场监管局的抽检结果,会同县公安局及时通报。", []),
        ("一、要求\n县政府常务会议审议通过后,会同县发改局组织实施。", []),
        ("一、要求\n县委宣传部,会同县融媒体中心做好宣传报道。", [(2, "县委宣传部", "lead"), (2, "县融媒体中心", "co")]),
        # contact lines and groups that are no names
        ("一、要求\n县财政局,负责此项工作的联系人为王五。", []),
        ("一、组织分工\n每组:负责一个片区的督导检查。", []),
        # tabs after a list's number or a label's colon are no table
        ("二、主要任务\n1.\t县交通运输局负责农村公路建设。\n2.\t县财政局负责资金保障。",
         [(2, "县交通运输局", "shared"), (3, "县财政局", "shared")]),
        ("组长:\t张三\t县委书记\n副组长:\t李四\t县长", [(1, "县委书记", "leader"), (2, "县长", "deputy_leader")]),
        ("牵头单位\t县交通运输局\n配合单位\t县财政局、各乡镇",
         [(1, "县交通运输局", "lead"), (2, "县财政局", "co"), (2, "各乡镇", "co")]),
        # a label alone before a sentence gives nothing
        ("三、保障措施\n责任单位\n各单位要高度重视,把此项工作列入重要议事日程。", []),
    ],
)
def test_review_of_session_twelves_rules(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_tabbed_list_items_keep_their_headings_and_targets() -> None:
    ex = extract_text("二、主要目标\n1.\t到2025年,全县农村公路总里程达到1200公里。\n2.\t乡镇通三级路比例达到100%。")
    assert [(h.line, h.kind.value) for h in ex.headings] == [(1, "section"), (2, "task"), (3, "task")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(2, "1200"), (3, "100")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headings that name who carries the tasks under them
        ("二、县委办公室(5项)\n1.加强督查。", [(1, "县委办公室", "shared")]),
        ("(一)责任单位:县发改局\n1.推进前期工作。", [(1, "县发改局", "shared")]),
        ("第一部分  县发改局\n1.推进前期工作。", [(1, "县发改局", "shared")]),
        ("四、副县长王五分管工作\n1.推进乡村振兴。", [(1, "副县长王五", "supervisor")]),
    ],
)
def test_headings_naming_who_carries_the_tasks_under_them(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round cd: a header one cell per line with a column the lexicon lacks and words split over two cells
        ("附件:\n任务\n分类\n主要方向\n重点任务(2024-2026)\n2024年工作项目\n2025年计划\n牵头\n部门\n配合\n部门\n"
         "(一)\n提升交通设施环境品质\n1、改善城市道路环境\n(1)建设精品道路300条。\n建设精品道路100条。\n建设精品道路100条。\n"
         "设施养护处\n各相关部门和单位\n",
         [(18, "设施养护处", "lead"), (19, "各相关部门和单位", "co")]),
        # X为…主管部门,负责…; 并协助Y…: the subject helps the unit it names
        ("五、职责分工\n1.镇规建办为限额以下工程项目管理的主管部门,负责推进、协调工程各环节的相关工作。\n"
         "2.镇城管中心负责市政道路巡查监督,并协助镇规建办对工程实施现场监管。",
         [(2, "镇规建办", "shared"), (3, "镇城管中心", "shared"), (3, "镇规建办", "lead"), (3, "镇城管中心", "co")]),
        # a roster label 常务副总指挥
        ("总   指   挥:张小宏 副市长\n常务副总指挥:王为人 市政府副秘书长\n",
         [(1, "副市长", "leader"), (2, "市政府副秘书长", "deputy_leader")]),
    ],
)
def test_first_contact_with_round_cd(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert sorted(_table_roles(text)) == sorted(expected)


def test_the_size_that_names_a_kind_of_project_is_no_target() -> None:
    text = "一、范围\n本意见适用于30万元以下小型建设工程,使用集体资金的项目提交会议纪要(50万元至100万元项目)。"
    assert [i.value for i in extract_text(text).indicators] == []
    assert [i.value for i in extract_text("一、投资\n区级财政安排4000万元重大项目前期费。").indicators] == ["4000"]


def test_a_table_with_a_bar_after_every_cell_whose_cells_wrap_over_lines() -> None:
    # round cf (闵行): the lines between two bars are one cell; a unit marked * after it leads (加*号为牵头部门)
    cells = ["序号", "任务名称", "任务要求及举措", "责任部门", "(加*号为牵头部门,", "其余为参与部门)", "责任街镇", "完成时间节点",
             "1", "完成2022年度", "乡村振兴示范村建设", "完成示范村建设。", "区农业农村委*、", "区规划资源局", "浦江镇", "10月底",
             "2", "加强农房建设管理", "落实农房建设监管。", "区建管委*", "马桥镇", "12月底"]
    bars_after = {0, 1, 2, 5, 6, 7, 8, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21}
    text = "".join(c + "\n" + ("|\n" if k in bars_after else "") for k, c in enumerate(cells))
    got = _table_roles(text)
    assert [(u, r) for _, u, r in got] == [("区农业农村委", "lead"), ("区规划资源局", "co"), ("浦江镇", "co"),
                                           ("区建管委", "lead"), ("马桥镇", "co")]


def test_a_collectives_post_in_a_roster_is_no_name_and_post() -> None:
    assert _table_roles("成  员:县公安局局长\n        相关乡镇负责人\n") == [(1, "县公安局局长", "member"), (2, "相关乡镇", "member")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # second review: a schedule column is no target column; a rank after a government's name keeps the post whole
        ("序号\n\n工作内容\n\n责任单位\n\n责任人\n\n进度计划\n\n1\n\n完成规划编制\n\n县自然资源局\n\n张三\n\n6月底前",
         [(15, "县自然资源局", "shared")]),
        ("一、组织\n由市政府孙伟副市长任组长。", [(2, "市政府孙伟副市长", "leader")]),
        # a duty sentence after a roster is no roster line
        ("组  长:王五 县长\n成  员:张三 县发改局局长\n各乡镇党委书记为本乡镇第一责任人、乡镇长为直接负责人",
         [(1, "县长", "leader"), (2, "县发改局局长", "member")]),
        # a kind of project counted under a heading is no body
        ("二、重点民生实事项目\n(一)城区学校(3项)\n1.新建县第三小学。", []),
    ],
)
def test_second_review_of_session_twelves_rules(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_an_amount_put_to_a_use_is_a_target_and_a_size_naming_projects_is_not() -> None:
    assert [i.value for i in extract_text("一、资金\n县财政每年安排2000万元以上支持企业技术改造。").indicators] == ["2000"]
    assert [i.value for i in extract_text("一、范围\n本意见适用于30万元以下小型建设工程。").indicators] == []


def test_a_schedules_items_open_with_their_month() -> None:
    ex = extract_text("四、时间安排\n1.6月底前完成项目招标。\n2.10月31日前,完成改造。\n3.12月份,开展考核。\n4.1.5亿元资金到位。")
    assert [(h.line, h.kind.value, h.number) for h in ex.headings] == [
        (1, "section", "四"), (2, "task", "1"), (3, "task", "2"), (4, "task", "3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("常务副组长:常务副县长", [(1, "常务副县长", "deputy_leader")]),  # 常务 is no name
        # X为…监管部门,负责…; the 应 of 应急 is no modal
        ("一、职责\n县应急管理局为全县安全生产综合监管部门,负责综合监管。", [(2, "县应急管理局", "shared")]),
        # a collective subject with a weak role word as its verb, then ,负责 (an exhortation with 要 stays nothing)
        ("一、职责\n各乡镇人民政府落实属地管理责任,负责辖区内违法建设的巡查和制止。", [(2, "各乡镇人民政府", "shared")]),
        ("一、要求\n各相关单位要通力协作,积极配合。", []),
    ],
)
def test_second_review_older_misfires(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_roster_entries_written_post_then_name_glued() -> None:
    text = "组长:县长王五\n副组长:副县长李四\n成员:县发改局局长张三、县财政局局长赵六"
    assert _table_roles(text) == [(1, "县长", "leader"), (2, "副县长", "deputy_leader"),
                                  (3, "县发改局局长", "member"), (3, "县财政局局长", "member")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市政府成立了以常务副市长为组长,以市发改委、市财政局为成员单位的领导小组。",
         [(1, "常务副市长", "leader"), (1, "市发改委", "member"), (1, "市财政局", "member")]),
        ("组  长:由县长担任\n副组长:由分管副县长担任", [(1, "县长", "leader"), (2, "分管副县长", "deputy_leader")]),
    ],
)
def test_members_after_以_and_a_post_between_由_and_担任(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member label spaced out needs no colon and no name after it
        ("组  长  张三  县长\n成  员  各乡镇长、县直各单位主要负责人",
         [(1, "县长", "leader"), (2, "各乡镇长", "member"), (2, "县直各单位", "member")]),
        # a line under a roster that gives its units their role itself ends the roster
        ("领导小组成员:\n组长:县长\n县发改局、县财政局主要负责同志任成员。",
         [(2, "县长", "leader"), (3, "县发改局", "member"), (3, "县财政局", "member")]),
        # posts given the heads' labels in turn
        ("成立领导小组,县长张三、副县长李四分别任组长、副组长。", [(1, "县长", "leader"), (1, "副县长", "deputy_leader")]),
        # a portfolio's fields joined by 、 before a name stay one post
        ("成立工作领导小组,县政府分管农业、水利副县长王芳任副组长。", [(1, "县政府分管农业、水利副县长", "deputy_leader")]),
        # X是本次活动的主办单位
        ("一、分工\n县卫健局是本次活动的主办单位,县教育局为协办单位。", [(2, "县卫健局", "lead"), (2, "县教育局", "co")]),
        # 并协助Y after two subjects: the nearest one helps
        ("一、分工\n县应急局负责组织排查,县公安局负责道路管控,并协助县应急局做好现场处置。",
         [(2, "县应急局", "shared"), (2, "县公安局", "co"), (2, "县公安局", "shared"), (2, "县应急局", "lead")]),
    ],
)
def test_left_misfires_of_session_twelve(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the manner (按职责, 根据职责分工) between the units and their role word
        ("一、分工\n1.加快项目建设。县发改局牵头,县财政局、县住建局按职责配合。",
         [(2, "县发改局", "lead"), (2, "县财政局", "co"), (2, "县住建局", "co")]),
        # a label's units with the next label in a bracket, at the line's start and after the task
        ("一、分工\n责任单位:县发改局(配合单位:县财政局、县住建局)",
         [(2, "县发改局", "lead"), (2, "县财政局", "co"), (2, "县住建局", "co")]),
        ("一、分工\n1.加快项目建设。责任单位:县发改局(配合单位:县财政局)", [(2, "县发改局", "lead"), (2, "县财政局", "co")]),
        # leaders' labels: 主管领导, 挂点领导
        ("一、分工\n1.加快项目建设。主管领导:副县长张三  责任单位:县发改局",
         [(2, "副县长张三", "supervisor"), (2, "县发改局", "shared")]),
        # a bullet opening a duty line
        ("一、分工\n◆县发改局:负责项目谋划。", [(2, "县发改局", "shared")]),
    ],
)
def test_probes_of_session_thirteen(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person with two posts, one of them a command's (指挥长), then the name; several such across commas
        ("成立领导小组,区政府副区长、区森林防火指挥部指挥长程学晋任组长,区森林防火指挥部副指挥长、区人武部部长刘军,"
         "区委区府办副主任卢焰平任常务副组长。",
         [(1, "区政府副区长、区森林防火指挥部指挥长", "leader"), (1, "区森林防火指挥部副指挥长、区人武部部长", "deputy_leader"),
          (1, "区委区府办副主任", "deputy_leader")]),
        # members named by the person in charge of a field of work; the office's seat after its work
        ("成立领导小组,县长任组长,成员为县林业局及各镇(街)森林防火工作的负责人。领导小组下设办公室,承担日常工作,设在县林业局。",
         [(1, "县长", "leader"), (1, "县林业局", "member"), (1, "各镇(街)", "member"), (1, "县林业局", "office")]),
        ("成立领导小组,县长任组长,县教育局、县公安局安全工作分管领导为成员。",
         [(1, "县长", "leader"), (1, "县教育局", "member"), (1, "县公安局", "member")]),
        # posts joined by 及 on a roster line are several people
        ("副组长:副主任及各党组成员、文化市场综合行政执法支队政委。",
         [(1, "副主任", "deputy_leader"), (1, "各党组成员", "deputy_leader"), (1, "文化市场综合行政执法支队政委", "deputy_leader")]),
    ],
)
def test_teams_of_real_forest_fire_notices(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_a_count_of_the_plans_parts_before_a_count_of_its_tasks_is_no_target() -> None:
    assert extract_text("现将《政府工作报告》2023年6个方面243项工作任务予以分解印发。").indicators == ()


def test_an_items_units_alone_after_its_full_stop_carry_it_out() -> None:
    text = "一、重点任务\n1.加快项目建设。县发改局、县财政局\n2.完善制度,确保落实到位。县司法局、各乡镇\n3.开展培训。"
    assert _table_roles(text) == [(2, "县发改局", "shared"), (2, "县财政局", "shared"),
                                  (3, "县司法局", "shared"), (3, "各乡镇", "shared")]
    assert _table_roles("一、重点任务\n1.加快项目建设。县发改局,县财政局(2024年6月底前)\n2.开展培训。") == [
        (2, "县发改局", "shared"), (2, "县财政局", "shared")]  # a deadline in a bracket after them
    assert _table_roles("一、重点任务\n1.加强领导。成立工作领导小组\n2.开展培训。") == []  # setting a team up, no unit
    # a heading's words and units parted by spaces are cells, not one unit's name
    assert _table_roles("一、重点任务\n1.加快项目建设 县发改局 县财政局\n2.开展培训。") == []
    # a sentence ending in a body's name after a role word on the line is the other readers' (报告…领导小组)
    assert _table_roles("一、重点任务\n1.督导。国家卫生健康委要会同相关部门加强指导。各地工作进展情况要定期报告国务院领导小组。\n"
                        "2.开展培训。") == [(2, "国家卫生健康委", "lead"), (2, "相关部门", "co")]


def test_a_roster_in_one_sentence_after_the_words_that_set_the_team_up() -> None:
    assert _table_roles("成立工作指挥部,指挥长:县长;副指挥长:分管副县长;成员:县公安局、县交通局。") == [
        (1, "县长", "leader"), (1, "分管副县长", "deputy_leader"), (1, "县公安局", "member"), (1, "县交通局", "member")]


def test_overall_responsibility_written_总负责() -> None:
    assert _table_roles("一、分工\n1.加快项目建设。县发改局总负责,县财政局具体负责。") == [
        (2, "县发改局", "shared"), (2, "县财政局", "shared")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 一是…由A牵头,B配合;二是…由C负责: the sentence after the 牵头 one is read too
        ("一、分工\n一是加快项目建设,由县发改局牵头,县财政局配合;二是做好资金申报,由县财政局负责。",
         [(2, "县发改局", "lead"), (2, "县财政局", "co"), (2, "县财政局", "shared")]),
        # an article's number opens the line
        ("一、分工\n第一条 县发改局负责全县项目的统筹协调。", [(2, "县发改局", "shared")]),
        # the next item's number after a semicolon, before its units
        ("一、分工\n(1)县发改局:负责项目谋划;(2)县财政局:负责资金保障。", [(2, "县发改局", "shared"), (2, "县财政局", "shared")]),
    ],
)
def test_items_within_one_line(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members before 为联席会议成员; a role's seats counted (副主任9名) are no target
        ("召集人由市教育局主要负责人担任,市委编办、市文明办有关负责人为联席会议成员。办公室设主任1名,副主任9名。",
         [(1, "市教育局", "convener"), (1, "市委编办", "member"), (1, "市文明办", "member")]),
        ("联席会议由召集人主持,参会人员为联席会议成员。", []),  # who attends, no unit
        # a name glued to posts joined by 、; a masked name (XXX、) before one person's posts
        ("总指挥:王荣江苏省委常委、市委书记\n阎立市委副书记、市长",
         [(1, "江苏省委常委、市委书记", "leader"), (2, "市委副书记、市长", "leader")]),
        ("成员:XXX、区公安分局党委委员、指挥中心主任", [(1, "区公安分局党委委员、指挥中心主任", "member")]),
        ("成立指挥部,由县长任总指挥。成员由各成员单位主要负责人担任。", [(1, "县长", "leader"), (1, "各成员单位", "member")]),
        # a roster ends at a line that sets up an office
        ("成 员:吴岁月 陶建华\n设立东溪乡征兵办公室,办公室主任由陶周景同志兼任。",
         [(1, "吴岁月", "member"), (1, "陶建华", "member")]),
        # a township's schools and youth league are units; 妥善处 is no office
        ("一、分工\n1.整治。由乡综治办牵头,教办、学校、共青团密切配合。",
         [(2, "乡综治办", "lead"), (2, "教办", "co"), (2, "学校", "co"), (2, "共青团", "co")]),
    ],
)
def test_first_contact_with_rounds_ci_cj_cg(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected
    assert not any(i.value == "9" for i in extract_text(text).indicators)


def test_schools_are_units_and_a_school_level_is_not() -> None:
    assert _table_roles("一、分工\n1.整治。由乡综治办牵头,中学、各村小学密切配合。") == [
        (2, "乡综治办", "lead"), (2, "中学", "co"), (2, "各村小学", "co")]
    assert _table_roles("一、分工\n1.鼓励中等职业学校联合中小学开展职业启蒙教育。") == []  # 中小学: a level of schooling


def test_the_units_the_work_rests_on_lead() -> None:
    # 以X为主,Y配合: X lead (only with a helpers' clause after it; 以预防为主 names no unit)
    assert _table_roles("一、分工\n1.整治。周边治安整治以乡综治办、治安派出所为主,县交通局配合。") == [
        (2, "乡综治办", "lead"), (2, "治安派出所", "lead"), (2, "县交通局", "co")]
    assert _table_roles("一、分工\n1.坚持以预防为主,防治结合。") == []


def test_a_name_that_ends_like_a_body_before_a_post() -> None:
    # 包森会 镇人民政府副镇长: a person (surname first, a one-character body ending), then the post
    assert _table_roles("副组长:余思平 镇人民政府副镇长\n包森会 镇人民政府副镇长") == [
        (1, "镇人民政府副镇长", "deputy_leader"), (2, "镇人民政府副镇长", "deputy_leader")]


def test_paragraphs_joined_by_br_tags_on_one_file_line() -> None:
    # a stored page's notice on one line, its paragraphs joined by literal <br>: each part is read as a line,
    # and every duty keeps the file's line and the offsets of the text as written
    text = ("关于建立联席会议的通知\n"
            "决定建立联席会议,其组成人员如下:<br> 召 集 人:蒋卓庆 副市长<br> 副召集人:黄 融 市政府副秘书长<br>"
            " 成 员:于福林 市住房城乡建设管理委副主任<br> 马正文 市财政局副局长<br/> 联席会议下设办公室(设在市水务局)。")
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (2, "副市长", "convener"), (2, "市政府副秘书长", "deputy_convener"), (2, "市住房城乡建设管理委副主任", "member"),
        (2, "市财政局副局长", "member"), (2, "市水务局", "office")]
    for d in ex.duties:
        assert text[d.span.start : d.span.end] == d.span.quote == d.unit
    assert ex.document.source_lines[:2] == (1, 2) and set(ex.document.source_lines[1:]) == {2}
    assert extract_text("一、分工\n1.整治。由乡综治办牵头。").document.source_lines == ()


def test_a_break_tag_inside_a_pasted_table_cell_parts_units_not_rows() -> None:
    # |县财政局<br>县发改局|: the row stays one row, the cell's two units both read, offsets as written
    text = ("序号|工作任务|牵头单位|配合单位\n1|推进老旧小区改造|县住建局|县财政局<br>县发改局\n"
            "2|建设农贸市场|县商务局<br>县市场监管局|各乡镇")
    ex = extract_text(text)
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (2, "县住建局", "lead"), (2, "县财政局", "co"), (2, "县发改局", "co"),
        (3, "县商务局", "lead"), (3, "县市场监管局", "lead"), (3, "各乡镇", "co")]
    for d in ex.duties:
        assert text[d.span.start : d.span.end] == d.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name glued to a bare post (牛向东副市长), and to a post opening with 市政府 (米琳市政府…: 市 is the post's)
        ("组长:袁占亭市委副书记、市长\n副组长:牛向东副市长、高新区管委会主任\n米琳市政府办公厅副主任",
         [(1, "市委副书记、市长", "leader"), (2, "副市长、高新区管委会主任", "deputy_leader"),
          (3, "市政府办公厅副主任", "deputy_leader")]),
        # the last member runs into the sentence that seats the office: both read
        ("成员:巨洪程市工信委主任\n张鹏举市城投公司总经理领导小组办公室设在市环保局,办公室主任由陈静同志兼任。",
         [(1, "市工信委主任", "member"), (2, "市城投公司总经理", "member"), (2, "市环保局", "office")]),
        # (an office line that opens with the team's name, after a roster: no member)
        ("成员:贾中平 省公安厅交警总队副总队长\n领导小组办公室设在省环保厅,由孙玉龙同志兼任办公室主任。",
         [(1, "省公安厅交警总队副总队长", "member"), (2, "省环保厅", "office")]),
        # a post with the name glued after it, among units with no name
        ("成  员:市政府办公室主任彭伟洪,市政府办公室副主任石战宇,市水务局主要负责同志。",
         [(1, "市政府办公室主任", "member"), (1, "市政府办公室副主任", "member"), (1, "市水务局", "member")]),
        # a spaced two-character name before a city's post (惠州市: the city's name, not the person's)
        ("成员:刘 吉 惠州市市长\n贺 昌 信省扶贫办副主任",
         [(1, "惠州市市长", "member"), (2, "省扶贫办副主任", "member")]),
    ],
)
def test_first_contact_with_rounds_ck_cl(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_the_units_targets_are_split_among_are_no_target() -> None:
    text = "一、分解目标任务\n按照职责,将目标任务分解到8个县区和7个市直部门,列入目标责任书。力争新建5个示范村。"
    assert [i.value for i in extract_text(text).indicators] == ["5"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat with two titles (组长 and 召集人), the unit that serves a group on a line of its own
        ("1、中共界别小组(7人)\n组 长(召集人):沙志钊\n成 员:吴 军、冯宝利\n联系处室:地区政协办公室",
         [(2, "沙志钊", "convener"), (2, "沙志钊", "leader"), (3, "吴 军", "member"), (3, "冯宝利", "member"),
          (4, "地区政协办公室", "office")]),
        # a copy whose first page (and the roster's label) is lost opens with NAME (POST) lines: members
        ("贾津生 (迎泽区副区长)\n刘晓黎 (杏花岭区副区长)\n金林平 (尖草坪区副区长)\n领导组下设办公室和4个工作组。",
         [(1, "迎泽区副区长", "member"), (2, "杏花岭区副区长", "member"), (3, "尖草坪区副区长", "member")]),
        ("贾津生 (迎泽区副区长)\n刘晓黎 (杏花岭区副区长)\n为做好防控工作,制定本方案。", []),  # (two lines: no roster)
        # a name holding the seat besides another post (兼): the person
        ("(三)防控救治组\n组 长:李文学 (兼)\n副组长:刘振保 (市卫生局副局长)",
         [(2, "李文学", "leader"), (3, "市卫生局副局长", "deputy_leader")]),
        # a category column before 序号 (类别 | 序号 | 项目名称 | 建设规模及内容 | 责任单位), merged after the first row
        ("附件\n类别 | 序号 | 项目名称 | 建设规模及内容 | 责任单位 |\n"
         "城乡学校标准化建设工程 | 1 | 第28中学校建设 | 新建教学楼、运动场等 | 市教育局 |\n"
         "2 | 自流井区学校标准化建设 | 新、改(扩)、迁建15所学校 | 自流井区政府 |",
         [(3, "市教育局", "shared"), (4, "自流井区政府", "shared")]),
    ],
)
def test_first_contact_with_rounds_cm_co(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected
    # the plan's own teams and their size are no targets
    assert not any(i.value in ("7", "4") for i in extract_text(text).indicators)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a manner between the units and 分别负责 (按职责分工分别负责): every unit of the list
        ("一、任务\n1.加强管理。(网信办、公安部按职责分工分别负责)探索建立机制。",
         [(2, "网信办", "shared"), (2, "公安部", "shared")]),
        # levels sharing one government, a note after a level (各区、县(市)人民政府): one collective
        ("一、任务\n1.促进就业。(责任单位:市人社局、市教育局,各区、县(市)人民政府)",
         [(2, "市人社局", "shared"), (2, "市教育局", "shared"), (2, "各区、县(市)人民政府", "shared")]),
        # 实施部门 beside 牵头部门: the units that carry the work out help the lead
        ("一、任务\n(一)完善设施建设。(牵头部门:市交通委科技信息处;实施部门:市港航中心、各区交通主管部门)",
         [(2, "市交通委科技信息处", "lead"), (2, "市港航中心", "co"), (2, "各区交通主管部门", "co")]),
    ],
)
def test_first_contact_with_round_cn(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news report of a division plan: X、Y将负责… (将 between the units and the role word)
        ("根据分工方案,发展改革委、财政部将负责支持建设都市经济圈。",
         [(1, "发展改革委", "shared"), (1, "财政部", "shared")]),
        # a bar table's unit cell that parts its units by spaces; a name column named by its subject (…名称)
        ("一、安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | 安监站 安监所 |\n电力设施 | 3月份 | 电管所 |",
         [(3, "安监站", "shared"), (3, "安监所", "shared"), (4, "电管所", "shared")]),
        # a duty list's head whose only work is a helper's pivot helps (no duty of its own); one with work
        # of its own after the pivot keeps it
        ("17.市工商局:负责协同城管执法部门查处非法小广告,并协助市商务局推进便民市场建设。",
         [(1, "市工商局", "co"), (1, "城管执法部门", "lead"), (1, "市商务局", "lead")]),
        ("县公安局:配合县畜牧局做好疫区封锁,组织对流浪犬进行捕杀。",
         [(1, "县公安局", "co"), (1, "县公安局", "shared"), (1, "县畜牧局", "lead")]),
        ("19.市政府法制办:协助市司法局处理好法制工作事务。", [(1, "市政府法制办", "co"), (1, "市司法局", "lead")]),
        # a unit's headed task list (主要工作任务) and a helpers' label (工作协助部门:)
        ("一、分工\n(八)县经济局主要工作任务:\n1、淘汰落后产能。\n工作协助部门:水务局",
         [(2, "县经济局", "shared"), (4, "水务局", "co")]),
        # river chiefs' roster: three labels on one line (河长, 副河长, then the helpers' clause 协助:), and two
        # NAME POST pairs parted by spaces
        ("总河长:郑栅洁 省委书记 王清宪 省委副书记、省长\n(一)长江干流\n河长:郑栅洁 省委书记副河长:张曙光 省政府副省长协助:省水利厅",
         [(1, "省委书记", "leader"), (1, "省委副书记、省长", "leader"), (3, "省委书记", "leader"),
          (3, "省政府副省长", "deputy_leader"), (3, "省水利厅", "co")]),
    ],
)
def test_first_contact_with_rounds_cp_cr(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert sorted(_table_roles(text)) == sorted(expected)


def test_a_pdf_copy_wrapped_at_a_fixed_width_is_read_by_paragraph() -> None:
    # a text copied from a PDF that wrapped its paragraphs at ~25 characters: the member sentence runs over
    # five lines, units broken across them (区纪委监 / 委); each duty keeps the file line its unit starts on
    # and the exact characters (the line break inside 区纪委监\n委 included)
    body = ["为保证考试工作顺利实施,根据省、市招生考试委员会", "文件精神,成立考区委员会。委员会主任由区分",
            "管副区长担任,区教育主管部门、区委办、区纪委监", "委、区委宣传部、区发改委、区人社局、区财政局、",
            "区审计局、区生态环境局、区融媒体中心为成员单位,", "委员会办公室设在区教育考试中心。"]
    filler = ["为切实做好全区考试安全保障工作,确保考试平稳有序", "进行,维护考生合法权益,结合我区实际情况,特制定",
              "本方案,请各单位认真贯彻落实,务必做到万无一失。"]
    text = "一、总体要求\n" + "\n".join(filler) + "\n二、领导机构\n" + "\n".join(body)
    ex = extract_text(text)
    got = [(d.span.line, d.unit, d.role.value) for d in ex.duties]
    assert (8, "区教育主管部门", "member") in got and (9, "区发改委", "member") in got
    assert (10, "区融媒体中心", "member") in got and (11, "区教育考试中心", "office") in got
    split = next(d for d in ex.duties if d.unit.startswith("区纪委监"))
    assert split.span.line == 8 and split.span.quote == "区纪委监\n委" == text[split.span.start : split.span.end]
    for d in ex.duties:
        assert text[d.span.start : d.span.end] == d.span.quote
    # a roster's short lines, parted by spaces, are never joined
    roster = "成员:\n" + "\n".join(f"王{'一二三四五六七八九十'[k]}明 县第{k + 1}中学教育集团党委书记、校长" for k in range(10))
    assert len(extract_text(roster).duties) == 10


def test_units_then_their_manner_then_a_comma_and_the_duty() -> None:
    # 各乡镇人民政府、县直各部门按照属地管理原则,负责…: the sentence's units act in a manner or on an occasion
    # written before the comma; the units are responsible
    assert _table_roles("一、重点任务\n10.全面排查。各乡镇人民政府、县直各部门按照属地管理原则,负责本辖区的排查工作。") == [
        (2, "各乡镇人民政府", "shared"), (2, "县直各部门", "shared")]
    assert _table_roles("一、重点任务\n县公安局、县交通局在节日期间,负责做好治安保卫工作。") == [
        (2, "县公安局", "shared"), (2, "县交通局", "shared")]
    assert _table_roles("一、重点任务\n要按照属地管理原则,负责本辖区的排查工作。") == []  # (no units before the manner)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence after the items that names their unit (该目标责任单位为X, 4项目标的责任单位均为X)
        ("一、目标\n1.全市生产总值增长12%。\n该目标责任单位为市经委。\n4项目标的责任单位均为市发展改革委。",
         [(3, "市经委", "shared"), (4, "市发展改革委", "shared")]),
        # a bracket that only declares the first-listed convention names no one
        ("请各镇、街道和各部门、各单位(责任单位中排序第一单位为牵头单位)按照职责,认真做好落实工作。", []),
        # a PDF copy's space inside a unit's name, after a label
        ("牵头单位: 省发展改革委\n责任单位: 省经济和信息化委、住房城乡 建设厅、交通运输厅",
         [(1, "省发展改革委", "lead"), (2, "省经济和信息化委", "co"), (2, "住房城乡 建设厅", "co"), (2, "交通运输厅", "co")]),
    ],
)
def test_first_contact_with_round_ct(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected
    # the plan counting its items, a base year's figures: no targets
    assert not any(i.value in ("4", "8") for i in extract_text(text).indicators)


def test_counts_of_items_and_base_year_figures_are_no_targets() -> None:
    text = ("(一)发展目标。主要针对目标任务,包括8项。\n以上8项责任目标分别确定了责任单位。\n"
            "2.化学需氧量排放总量控制在123.1万吨以内,比2010年的132.4万吨下降7%。")
    assert [i.value for i in extract_text(text).indicators] == ["123.1", "7"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 组织落实 after a lead: the units carry the work out (co)
        ("一、任务\n1.加强监管。(市住建委牵头负责,市市场监管局、各区政府组织落实)",
         [(2, "市住建委", "lead"), (2, "市市场监管局", "co"), (2, "各区政府", "co")]),
        # a member list closed by the sentence that makes them members (…等单位负责人为专委会成员)
        ("成    员:市委宣传部、市公安局、市电力公司等单位负责人为专委会成员。",
         [(1, "市委宣传部", "member"), (1, "市公安局", "member"), (1, "市电力公司", "member")]),
        # a bare bracket of units with a full stop after it; district-owned enterprises; a collective in the district
        ("一、任务\n1.推进建设。(各街镇、区属国企)。\n2.加快投产。(区经委、区内各相关行政审批部门)",
         [(2, "各街镇", "shared"), (2, "区属国企", "shared"), (3, "区经委", "shared"),
          (3, "区内各相关行政审批部门", "shared")]),
        # a roster run on in one paragraph: several posts of one person joined by 、 and (兼), the team's duties after
        ("组长:谭永辉副县长副组长:麦燕玲县政府办公室副主任黄荣桂县工业和信息化局局长、县工业集中区管委会主任(兼)"
         "成员:卢建钧县工业集中区企业生产管理部部长黄远朝蒙山镇副镇长工作专班负责指导园区总体规划。",
         [(1, "副县长", "leader"), (1, "县政府办公室副主任", "deputy_leader"),
          (1, "县工业和信息化局局长、县工业集中区管委会主任", "deputy_leader"),
          (1, "县工业集中区企业生产管理部部长", "member"), (1, "蒙山镇副镇长", "member"), (1, "工作专班", "shared")]),
    ],
)
def test_first_contact_with_rounds_cu_cs(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_a_helper_with_a_modal_before_its_pivot() -> None:
    # 区试点工作专班应配合试点工作领导小组…: the modal between the helper and 配合 leaves the roles as they are
    assert _table_roles("一、任务\n区试点工作专班应配合试点工作领导小组稳妥推进入市试点工作。") == [
        (2, "区试点工作专班", "co"), (2, "试点工作领导小组", "lead")]
    assert _table_roles("一、任务\n县交通局要配合县公安局做好交通管制。") == [(2, "县交通局", "co"), (2, "县公安局", "lead")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a roster with no 成员 label: staff (工作人员), grid workers and a party committee member as posts; a name
        # glued to 城市管理办 (城市 is a word, no place)
        ("副组长:刘才 街道纪工委书记\n谢语秋街道党工委成员、宣统委员\n何勇军社会治理和应急管理办工作人员\n"
         "蒋春兰城市管理办工作人员\n杨飞 城市管理办工作人员\n各社区五职干部、网格员",
         [(1, "街道纪工委书记", "deputy_leader"), (2, "街道党工委成员、宣统委员", "deputy_leader"),
          (3, "社会治理和应急管理办工作人员", "deputy_leader"), (4, "城市管理办工作人员", "deputy_leader"),
          (5, "城市管理办工作人员", "deputy_leader"), (6, "各社区五职干部", "deputy_leader"), (6, "网格员", "deputy_leader")]),
        # two people joined by 和 given one seat; the office's seat as 日常办事机构设在X
        ("成立领导小组,由镇长覃琳任组长,分管平安领导张明志和派出所所长崔道兵任副组长。",
         [(1, "镇长", "leader"), (1, "分管平安领导", "deputy_leader"), (1, "派出所所长", "deputy_leader")]),
        ("建立联席会议,由省政府分管领导任召集人,省政府分管副秘书长任召集人助手,日常办事机构设在省发展改革委。"
         "联席会议以现有的联席会议成员单位为基础。",
         [(1, "省政府分管领导", "convener"), (1, "省发展改革委", "office")]),
    ],
)
def test_first_contact_with_rounds_cx_cw(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the modal cut is the one right before the role word, not the sentence's first (将 as 把, 应 in 应急)
        ("(一)严格考核。将安全生产纳入年度考核,县考核办、县督查室按职责分工分别负责。",
         [(1, "县考核办", "shared"), (1, "县督查室", "shared")]),
        ("将乐县人民政府、明溪县人民政府按职责分工分别负责。", [(1, "将乐县人民政府", "shared"), (1, "明溪县人民政府", "shared")]),
        ("市消防救援支队、市应急管理局按职责分工分别负责。", [(1, "市消防救援支队", "shared"), (1, "市应急管理局", "shared")]),
        ("市应急管理局:依据职责协助市水利局做好防汛抢险工作。", [(1, "市应急管理局", "co"), (1, "市水利局", "lead")]),
        # a sector whose stem ends in 管理 keeps it
        ("3.整治违建。城市管理部门负责违法建设查处。", [(1, "城市管理部门", "shared")]),
        # people parted by 、, each a name run into a post; NAME POST pairs with bare posts
        ("组长:张伟县委书记副组长:陈刚县人大常委会主任、刘洋县政协主席成员:王芳县发改局局长、李华县财政局局长",
         [(1, "县委书记", "leader"), (1, "县人大常委会主任", "deputy_leader"), (1, "县政协主席", "deputy_leader"),
          (1, "县发改局局长", "member"), (1, "县财政局局长", "member")]),
        ("组长:张国华 县委书记 李明 县长\n副组长:刘洋 常务副市长 陈静 副市长",
         [(1, "县委书记", "leader"), (1, "县长", "leader"), (2, "常务副市长", "deputy_leader"), (2, "副市长", "deputy_leader")]),
        # a plain label-line plan and a roster line are never joined as wrapped prose
        ("一、任务\n" + "\n".join(f"{k}.推进城镇老旧小区改造提质增效工作第{k}项\n牵头单位:县住建局\n配合单位:县财政局"
                                 for k in range(1, 11)), [(3 * k, "县住建局", "lead") for k in range(1, 11)]
         + [(3 * k + 1, "县财政局", "co") for k in range(1, 11)]),
    ],
)
def test_misfires_found_by_the_review_of_session_fourteen(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert sorted(_table_roles(text)) == sorted(expected)


def test_a_count_of_teams_is_a_target_when_the_plan_sets_it() -> None:
    assert [i.value for i in extract_text("1.到2025年,全县组建200个党员志愿服务小组。").indicators] == ["200"]
    assert [i.value for i in extract_text("二、成立12个界别小组").indicators] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units opening the clause after a comma that closed another unit's duty, then a manner, then 负责
        ("(一)加强道路管理。县交通局负责道路养护,各街道办事处按照属地管理原则,负责辖区内道路巡查。",
         [(1, "县交通局", "shared"), (1, "各街道办事处", "shared")]),
        # a verb right after the helped unit ends its name (not 县公安局设立检查站)
        ("(一)加强道路管理。县交通局协同县公安局设立检查站,并负责日常巡查。", [(1, "县交通局", "co"), (1, "县公安局", "lead")]),
    ],
)
def test_leftovers_of_session_fourteen(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert sorted(_table_roles(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare names parted by 、 over wrapped lines, a seat's qualifier in brackets after a name (no post)
        ("二、组织领导\n组 长:赵伟科\n副组长:颜 勋、曹晓芬(常务)、刘建红、\n李亚辉、刘洪林",
         [(2, "赵伟科", "leader"), (3, "颜 勋", "deputy_leader"), (3, "曹晓芬", "deputy_leader"),
          (3, "刘建红", "deputy_leader"), (4, "李亚辉", "deputy_leader"), (4, "刘洪林", "deputy_leader")]),
        # members listed after a clause that opened with 成员; sector stems glued in copying; 等相关职能部门或单位
        ("二、组织机构\n县山洪灾害防御指挥部指挥长由县长兼任,成员在县防汛抗旱指挥部成员基础上,适当进行扩充,"
         "包括发改、水利、气象建设交通等相关职能部门或单位。",
         [(2, "县长", "leader"), (2, "发改", "member"), (2, "水利", "member"), (2, "气象", "member"),
          (2, "建设", "member"), (2, "交通", "member")]),
        # a work group made of units (X组:主要由A、B…抽派人员组成)
        ("二、组织机构\n监测组:主要由水利局、国土局、水文站及相关部门抽派人员组成。",
         [(2, "水利局", "member"), (2, "国土局", "member"), (2, "水文站", "member")]),
        # members named by the heads of N units (…等19个单位的分管负责同志担任领导小组成员)
        ("二、组织机构\n由区长彭聪恩任组长,区统计局、区财政局等19个单位的分管负责同志担任领导小组成员。",
         [(2, "区长", "leader"), (2, "区统计局", "member"), (2, "区财政局", "member")]),
        # two-character people's bodies (妇联, 科协, 工会) as units
        ("三、成员单位工作职责\n镇共青团、妇联:开展宣传和结对帮扶活动,加强安全教育。",
         [(2, "镇共青团", "shared"), (2, "妇联", "shared")]),
    ],
)
def test_first_contact_with_rounds_cy_cz_da_db(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_air_quality_targets_in_concentration_measures() -> None:
    ex = extract_text("1.到2016年底,可吸入颗粒物年均浓度达到66微克/立方米以下。")
    assert [(i.value, i.measure, i.bound) for i in ex.indicators] == [("66", "微克/立方米", "max")]


def test_incident_grades_are_no_targets() -> None:
    # an emergency plan's grading of incidents counts people hurt: thresholds, not targets
    for text in ("(4)造成1人以上死亡或者3人以上重伤的森林火灾;", "1.发生一次死亡3人以上10人以下的较大事故。"):
        assert extract_text(text).indicators == ()
    assert [i.value for i in extract_text("1.到2025年,培训应急救援人员300人以上。").indicators] == ["300"]


def test_units_parted_by_a_space_in_a_bracket() -> None:
    assert _table_roles("1.推进项目建设。(县发改局 县财政局)") == [(1, "县发改局", "shared"), (1, "县财政局", "shared")]
    assert _table_roles("1.推进项目建设。(市 财政局牵头)") == [(1, "市 财政局", "lead")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label after a comma in an item's line, its list ending with its sentence
        ("二、进展\n1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。", [(2, "市交通局", "lead")]),
        # entries of a duty list run into a line after a sentence; a head helping a unit named after 配合
        ("1.成员单位职责 各成员单位做好应对工作. (1)县生态环境局:承担应急指挥部办公室工作. "
         "(2)县督查室:配合应急指挥部办公室对各成员单位落实情况开展督查.",
         [(1, "县生态环境局", "shared"), (1, "县督查室", "co"), (1, "应急指挥部办公室", "lead")]),
        # a duty list's head is the subject of its entry over ;, and helping every township names them lead
        ("县民政局:负责督促各乡镇做好准备工作;配合各乡镇做好全民应急动员。",
         [(1, "县民政局", "shared"), (1, "县民政局", "co"), (1, "各乡镇", "lead")]),
        # a unit-titled heading over items whose labels name who answers: the place the items are about
        ("二、问题清单\n1. 市科技馆\n(1)灭火器过期未更换;\n问题整改责任单位:市科技馆 整改时限:3天\n"
         "2. 市第二人民医院\n(1)禁烟标识缺失;\n问题整改责任单位:市卫生健康委员会 整改时限:3天",
         [(4, "市科技馆", "shared"), (7, "市卫生健康委员会", "shared")]),
    ],
)
def test_first_contact_with_rounds_dc_dd_de_df(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert sorted(_table_roles(text)) == sorted(expected)


def test_rows_stating_their_duties_in_cells_are_read_as_text_without_their_progress() -> None:
    # 序号 | 目标任务(责任单位:…) | 推进情况: no unit column; the progress cell's figures are what was done
    ex = extract_text("序号 | 目标任务 | 推进情况 |\n"
                      "1 | 创建300个垃圾分类标杆村。(责任单位:市生态环境局、市建设局) | 已创建280个,完成93%。 |\n"
                      "2 | 开展绿色建筑试点。(责任单位:市建设局) | 编制导则。 |")
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (2, "市生态环境局", "shared"), (2, "市建设局", "shared"), (3, "市建设局", "shared")]
    assert [i.value for i in ex.indicators] == ["300"]


def test_quota_tables_by_unit_drawn_with_box_characters_or_one_cell_per_line() -> None:
    boxed = ("附件\n2008年度无偿献血预约安排表\n┌──────┬──────┬──────┐\n│ 单 位 │ 预约总数(人次) │ 志愿者队伍 │\n"
             "├──┬───┼──────┼──────┤\n│ 市 │ 市本级 │ 4500 │ 1000 │\n│ ├───┼──────┼──────┤\n"
             "│ │ 鹿城区 │ 4500 │ 800 │\n│ 区 ├───┼──────┼──────┤\n│ │ 龙湾区 │ 3100 │ 500 │\n└──┴───┴──────┴──────┘")
    ex = extract_text(boxed)
    assert [(d.unit, d.role.value) for d in ex.duties] == [
        ("市本级", "indicator_owner"), ("鹿城区", "indicator_owner"), ("龙湾区", "indicator_owner")]
    assert [i.value for i in ex.indicators] == ["4500", "1000", "4500", "800", "3100", "500"]
    cells = "无偿献血指标分配表\n单 位\n献血任务数\n农场机关\n(含服务大厅)\n20\n卫生院\n15\n派出所\n3\n司法所\n2"
    assert [(d.unit, d.role.value) for d in extract_text(cells).duties] == [
        ("农场机关", "indicator_owner"), ("卫生院", "indicator_owner"), ("派出所", "indicator_owner"),
        ("司法所", "indicator_owner")]


def test_indicator_table_with_a_measure_column_and_split_year_columns() -> None:
    # 单位 holds the measure; 2021年完成 is what was done, 2022年计划 the targets (its 增长% column in %); a group's row
    # (一、创新驱动 | |||) heads the rows under it; 责任(牵头)部门 names the leads
    text = ("2022年计划指标\n指 标 名 称 | 单位 | 2021年完成 | 2022年计划 | 责任(牵头)部门 | ||\n"
            "绝对值 | 增长% | 绝对值 | 增长% | |||\n一、创新驱动 | ||||||\n"
            "研发经费投入增长 | % | - | - | - | 10 | 示范区科技创新局 | ||\n"
            "孵化载体总数 | 个 | 16 | - | 17 | - | ||\n"
            "进出口贸易总额 | 亿元 | 8.71 | -2 | 10.2 | 15 | 示范区自贸办 示范区工业商务局 | ||")
    ex = extract_text(text)
    assert [(i.span.line, i.value, i.measure) for i in ex.indicators] == [
        (5, "10", "%"), (6, "17", "个"), (7, "10.2", "亿元"), (7, "15", "%")]
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (5, "示范区科技创新局", "lead"), (7, "示范区自贸办", "lead"), (7, "示范区工业商务局", "lead")]
    assert [(h.line, h.number) for h in ex.headings] == [(4, "一")]


def test_a_list_run_on_one_line_is_no_heading() -> None:
    headings = extract_text("二、排名\n1、金寨县;2、裕安区;3、霍山县。\n3、养老服务,牵头单位:市民政局。").headings
    assert [(h.line, h.number) for h in headings] == [(1, "二"), (3, "3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label's sentence cut, the sentences after it read
        ("二、进展\n1、实施农村公路提升工程,牵头部门:县交通局。县财政局、县自然资源局配合。",
         [(2, "县交通局", "lead"), (2, "县财政局", "co"), (2, "县自然资源局", "co")]),
        # a qualifier beside NAME(POST) entries on one line
        ("二、组织领导\n组长:赵伟科\n副组长:刘建红(副县长)、曹晓芬(常务)",
         [(2, "赵伟科", "leader"), (3, "副县长", "deputy_leader"), (3, "曹晓芬", "deputy_leader")]),
        # an inline label under one item of a unit-titled heading does not take the heading's duty away
        ("一、分工\n(一)县财政局\n1.负责资金保障。\n2.负责绩效评价,责任单位:县财政局绩效评价股",
         [(2, "县财政局", "shared"), (4, "县财政局绩效评价股", "shared")]),
        # 落实 inside a unit's name
        ("1.跟踪督办。县委督查落实室负责跟踪督办。", [(1, "县委督查落实室", "shared")]),
        # a <br>-joined page holding a pipe table: breaks between rows part lines
        ("一、重点任务<br>1.推进道路改造。县交通局负责。<br>|序号|工作任务|责任单位|<br>|1|推进改造|县交通局|<br>"
         "|2|建设学校|县教育局|", [(1, "县交通局", "shared"), (1, "县教育局", "shared")]),
    ],
)
def test_misfires_found_by_the_review_of_session_fifteen(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert sorted(_table_roles(text)) == sorted(expected)


def test_control_targets_counting_deaths_stay_targets() -> None:
    assert [i.value for i in extract_text("1.控制考核指标为:事故起数12起,死亡7人。").indicators] == ["12", "7"]
    assert [i.value for i in extract_text("1.控制指标为死亡15人以内。").indicators] == ["15"]


def test_indicator_table_with_bounded_figures_and_outer_bars() -> None:
    ex = extract_text("2025年主要指标\n|指标名称|单位|2025年目标|责任单位|\n|森林覆盖率|%|≥45|县林业局|\n"
                      "|PM2.5浓度|微克/立方米|≤35|县生态环境局|\n|城镇调查失业率|%|5.5以内|县人社局|")
    assert [(i.value, i.measure, i.bound) for i in ex.indicators] == [
        ("45", "%", "min"), ("35", "微克/立方米", "max"), ("5.5", "%", "max")]
    assert [d.unit for d in ex.duties] == ["县林业局", "县生态环境局", "县人社局"]


def test_a_page_laid_out_in_one_table_cell_keeps_its_paragraphs(tmp_path: Path) -> None:
    from extract import extract

    page = tmp_path / "plan.html"
    page.write_text("<table><tr><td><p>一、重点任务</p><p>(一)推进农村公路建设。县交通局负责,县财政局配合。</p>"
                    "<p>二、保障措施</p><p>县财政局负责资金保障。</p></td></tr></table>", encoding="utf-8")
    ex = extract(page, use_cache=False)
    assert [h.number for h in ex.headings] == ["一", "一", "二"]
    assert [(d.unit, d.role.value) for d in ex.duties] == [("县交通局", "shared"), ("县财政局", "co"), ("县财政局", "shared")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units heading their duties with 职责: (a duty list's head)
        ("市城乡规划局、市国土资源局职责:依法依规对私搭乱建进行认定。\n市规划监察支队职责:负责核查。",
         [(1, "市城乡规划局", "shared"), (1, "市国土资源局", "shared"), (2, "市规划监察支队", "shared")]),
        # levels written once for one kind of body (市、县(区)国土资源局): one unit as written
        ("  3.市、县(区)国土资源局负责查处非法设置的堆砂场点。", [(1, "市、县(区)国土资源局", "shared")]),
    ],
)
def test_first_contact_with_round_dh(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_a_progress_label_line_holds_no_targets() -> None:
    ex = extract_text("28.推进污水处理厂建设,建设并启用7个污水处理厂。主办单位:市建设局。\n"
                      "  完成情况:新城区等6个污水处理厂已通过验收并投入运营,新增处理能力12.95万吨。")
    assert [(i.span.line, i.value) for i in ex.indicators] == [(1, "7")]


def test_entries_titled_by_their_unit_run_on_after_a_page_note() -> None:
    # a page copied onto one line: (二)公安部门。… (三)城管部门。… entries after a page note and full stops
    text = ("[接上页] (二)公安部门。协助民政部门做好街头救助工作,负责对拒不接受救助的实施保护性救助;对危重病人,"
            "配合卫生部门送定点医院。 (三)城管部门。协助民政部门做好街头救助工作。 (五)财政部门。做好集中活动的经费保障工作。")
    assert sorted(_table_roles(text)) == sorted([
        (1, "公安部门", "shared"), (1, "公安部门", "co"), (1, "民政部门", "lead"), (1, "卫生部门", "lead"),
        (1, "城管部门", "co"), (1, "财政部门", "shared")])
    # (a project titled by what it builds, 1.县第一中学。新建教学楼, is no body's entry)
    assert _table_roles("二、项目\n1.跟踪督办。定期通报进展。") == []


@pytest.mark.parametrize(
    ("label", "role"),
    [("牵头科室", "lead"), ("牵头处室", "lead"), ("牵头司局", "lead"), ("主抓单位", "lead"), ("配合处室", "co"),
     ("参加单位", "co"), ("支持单位", "co"), ("联动单位", "co"), ("共同责任单位", "shared"), ("执行单位", "shared")],
)
def test_labels_naming_a_division_or_a_unit_in_other_words(label: str, role: str) -> None:
    assert _table_roles(f"1.推进项目建设。\n{label}:县发改局") == [(2, "县发改局", role)]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [("县发改局具体承办。", [(1, "县发改局", "lead")]), ("县发改局抓总。", [(1, "县发改局", "lead")]),
     ("县发改局负主责。", [(1, "县发改局", "lead")]), ("县发改局承担主体责任。", [(1, "县发改局", "shared")]),
     ("县发改局牵头,县财政局予以配合。", [(1, "县发改局", "lead"), (1, "县财政局", "co")]),
     ("县财政局给予支持。", [(1, "县财政局", "co")]),
     ("县市场监管局主抓,县公安局协抓。", [(1, "县市场监管局", "lead"), (1, "县公安局", "co")]),
     ("县发改局领办,县财政局协办。", [(1, "县发改局", "lead"), (1, "县财政局", "co")]),
     # (负主要责任 / 负次要责任 apportion blame after a condition far more than they assign work: no role words)
     ("因工作不力造成严重后果的,县住建局负主要责任,县财政局负次要责任。", []),
     ("各乡镇要承担主体责任。", []), ("对符合条件的企业给予支持。", [])],
)
def test_role_phrases_in_other_words(clause: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles("1.推进项目建设。" + clause) == expected


def test_a_table_of_figures_run_into_one_line_is_reported_not_silently_dropped() -> None:
    ex = extract_text("附表:2016年无偿献血任务分配表 村 别 任务数(人) 单 位 任务数(人) 邹家营村 6 农技站 2 龙镇村 6 "
                      "林业站 2 民兴村 6 广播站 1")
    assert ex.duties == () and [w.code for w in ex.warnings] == ["W104"]
    assert "run into one line" in ex.warnings[0].message


def test_whom_a_task_concerns_is_no_unit() -> None:
    # 对X负责的项目: the projects X is responsible for, the subject of the sentence is someone else
    assert _table_roles("1.对县交通局负责的项目加强督查。") == []
    assert _table_roles("2.各乡镇要对县交通局负责的项目加强督查。") == []


def test_a_sentence_naming_who_lags_is_no_list_of_units() -> None:
    assert _table_roles("二、进展\n1、农村道路畅通工程,牵头部门:县交通局。建设进度较慢的乡镇为城关镇。") == [(2, "县交通局", "lead")]


def test_a_masked_name_glued_to_its_post_is_read_as_blanks() -> None:
    assert normalise("组长:解xxxx县政府副县长") == "组长:     县政府副县长"
    assert normalise("责任单位:XX镇人民政府") == "责任单位:XX镇人民政府"  # (a place masked in a template stays)
    assert _table_roles("二、组织领导\n组长:解xxxx县政府副县长") == [(2, "县政府副县长", "leader")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a roster's padded two-character name before a post of a one-character county (何 棠 藤县县长)
        ("二、组织领导\n成 员:梁振培 市政府副秘书长\n何 棠 藤县县长\n贺 昌 信省扶贫办副主任",
         [(2, "市政府副秘书长", "member"), (3, "藤县县长", "member"), (4, "省扶贫办副主任", "member")]),
        # a verb after the unit a pivot names ends it (会同市经济信息化委发布…, …定期跟进…)
        ("1.市发展改革委会同市经济信息化委发布零碳园区申报通知。",
         [(1, "市发展改革委", "lead"), (1, "市经济信息化委", "co")]),
        ("1.市发展改革委会同市经济信息化委定期跟进零碳园区建设情况。",
         [(1, "市发展改革委", "lead"), (1, "市经济信息化委", "co")]),
        # who drafted the plan is no duty it gives (…会同有关部门制定了《…方案》)
        ("市发展改革委、市经济信息化委会同有关部门制定了《零碳园区建设工作方案》。现印发给你们。", []),
        # a heading's leader whose post names its body (张盈军区政府党组成员牵头重点工作)
        ("二、张盈军区政府党组成员牵头重点工作\n1.推进项目。责任单位:区发改局",
         [(1, "张盈军区政府党组成员", "supervisor"), (2, "区发改局", "shared")]),
    ],
)
def test_first_contact_with_rounds_dn_do_dp(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_a_cell_table_whose_rows_merge_their_first_cells_and_wrap_their_units() -> None:
    # one cell per line: rows after the first open at their text ((2)…, rowspan above), a unit cell wraps one unit
    # a line with an alias on a line of its own ((邹区镇), (安委办)), a row's text item stands where no unit is
    text = ("附件1\n主要目标任务责任分解表\n序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n牵头单位\n配合单位\n1\n"
            "全区经济社会发展的主要预期目标\n(1)地区生产总值增长6%左右。\n王旭锋\n发改局\n经开区\n高新园\n(邹区镇)\n"
            "统计局\n(2)一般公共预算收入增长3%以上。\n财政局\n(3)社会消费品零售总额增长6%左右。\n吴 伟\n商务局\n"
            "(4)实际使用外资和进出口总额稳中提质。\n(5)安全生产形势平稳向好。\n应急管理局\n(安委办)\n区安委会各成员单位")
    assert _table_roles(text) == [
        (13, "王旭锋", "supervisor"), (14, "发改局", "lead"), (15, "经开区", "co"), (16, "高新园", "co"),
        (17, "邹区镇", "co"), (18, "统计局", "co"), (20, "财政局", "lead"), (22, "吴 伟", "supervisor"),
        (23, "商务局", "lead"), (26, "应急管理局", "lead"), (27, "安委办", "lead"), (28, "区安委会各成员单位", "co")]
    assert [i.value for i in extract_text(text).indicators] == ["6", "3", "6"]


def test_a_bare_attachments_label_before_numbered_titles_is_no_annex() -> None:
    ex = extract_text("一、任务\n(一)组织申报。市发改委负责。\n\n附件：\n\n1.上海市零碳园区建设基本条件\n\n2.上海市零碳园区建设指标体系")
    assert [(h.line, h.kind.value) for h in ex.headings] == [(1, "section"), (2, "subsection")]
    # the annex itself (附件: then its title, then its table) still opens
    ex = extract_text("一、任务\n附件:\n重点任务分解表\n序号 | 工作任务 | 责任单位 |\n1 | 推进 | 市发改委 |")
    assert [h.kind.value for h in ex.headings] == ["section", "annex"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # X对(any work)负总责: a charge of the whole, whatever the work is called
        ("县农业农村局对全县粮食生产负总责。", [(2, "县农业农村局", "shared")]),
        ("各乡镇对辖区内森林防火负总责。", [(2, "各乡镇", "shared")]),
        ("对县交通局负总责的项目加强督查。", []),  # (the projects a bureau answers for: no duty given here)
        ("县农业农村局对粮食生产负责。", []),  # (plain 负责 keeps to the named kinds of work: 对…工作/安全…)
        # X承担(work)的主体责任 / X负有(work)的监管责任: the charge after the work it covers
        ("区政府承担保障粮食安全的主体责任,全面提升粮食生产能力。", [(2, "区政府", "shared")]),
        ("县市场监管局负有食品安全的监管责任。", [(2, "县市场监管局", "shared")]),
        ("各乡镇要承担本辖区森林防火的主体责任。", []),  # (urged)
        ("压实各乡镇的主体责任。", []),  # (whose charge it is, urged: no verb that gives it)
        # a verb that urges a unit on is no part of its name (明确各乡镇…, 强化县财政局…)
        ("明确各乡镇负责辖区内森林防火。", [(2, "各乡镇", "shared")]),
        ("强化县财政局负责资金保障。", [(2, "县财政局", "shared")]),
    ],
)
def test_charges_of_the_whole_and_borne_charges(clause: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles("一、重点任务\n" + clause) == expected


def test_a_count_of_kinds_in_a_bracketed_note_is_no_target() -> None:
    ex = extract_text("1.事故死亡人数控制指标为74人以下(包括道路交通和工矿商贸两项事故死亡人数合计),比上年下降2.6%。")
    assert [(i.value, i.measure, i.bound) for i in ex.indicators] == [("74", "人", "max"), ("2.6", "%", None)]
    assert [i.value for i in extract_text("1.年内办好十件民生实事,新建两所学校。").indicators] == ["10", "2"]


def test_punctuation_a_pdf_font_mapped_to_its_gbk_code_reads_as_punctuation() -> None:
    # 负责ꎬ…ꎮ: U+A3AC / U+A3AE / U+A3BB are the GBK codes of ， ． ；, read as code points
    # (a full stop between words ends a sentence: 调查。承担)
    assert normalise("负责组织ꎬ参与事故调查ꎮ承担职责ꎻ负责") == "负责组织,参与事故调查。承担职责;负责"
    assert normalise("下降2ꎮ6%ꎬ") == "下降2.6%,"  # (U+A3AE is GBK's ．, a decimal point as often as a stop)
    assert normalise("ꆈꌠꇬꉙ") == "ꆈꌠꇬꉙ"  # a text in the Yi script keeps its syllables


def test_a_member_duty_table_laid_out_by_a_pdf_around_its_row_lines() -> None:
    # 序号 成员单位 应急职责, each row's text wrapped above and below the line of its number and unit
    text = ("序号 成员单位 应急职责\n负责组织、协调事故现场环境应急监测、预警和环境损害\n12 市生态环境局\n"
            "评估工作ꎬ组织制定环境应急处置方案ꎬ参与事故调查ꎮ\n协调施救所需的施工机械、救援器材和其它特种设备ꎬ负\n"
            "13 市住房和城乡建设局 责协调和指导恢复城市供水、供气\n用设施运行ꎬ保障居民基本生活需要ꎮ\n"
            "14 市交通运输局 负责组织提供应急救援所需的交通运输保障工作ꎮ\n按照职责配合做好危险化学品生产安全事故抢险救援工\n"
            "16 市水利局\n作ꎻ完成市应急指挥部安排的其它应急工作ꎮ")
    assert _table_roles(text) == [(3, "市生态环境局", "shared"), (6, "市住房和城乡建设局", "shared"),
                                  (8, "市交通运输局", "shared"), (10, "市水利局", "shared")]


@pytest.mark.parametrize(
    "text",
    [
        "序号 单位 主要职责\n1 县应急局 负责组织协调全县应急救援工作。\n2 县公安局 负责维护现场秩序。",
        "序号\t部门\t职责分工\n1\t县应急局\t负责组织协调全县应急救援工作。\n2\t县公安局\t负责维护现场秩序。",
        "| 单位名称 | 工作职责 |\n| 县应急局 | 负责组织协调全县应急救援工作。 |\n| 县公安局 | 负责维护现场秩序。 |",
        "部门\t职责\n县应急局\t负责组织协调全县应急救援工作。\n县公安局\t负责维护现场秩序。",
    ],
)
def test_a_table_of_units_and_their_duties(text: str) -> None:
    # 单位 / 部门 / 单位名称 beside a duty column: each row's unit is given the row's duties (two columns will do)
    assert [(d.unit, d.role.value) for d in extract_text(text).duties] == [("县应急局", "shared"), ("县公安局", "shared")]


def test_an_indicator_table_parted_by_runs_of_spaces() -> None:
    ex = extract_text("序号  指标名称  单位  2025年目标  责任单位\n1  森林覆盖率  %  45  县林业局\n"
                      "2  城镇新增就业  人  3000  县人社局")
    assert [(d.unit, d.role.value) for d in ex.duties] == [("县林业局", "indicator_owner"), ("县人社局", "indicator_owner")]
    assert [(i.value, i.measure) for i in ex.indicators] == [("45", "%"), ("3000", "人")]
    assert not ex.warnings  # (its header is read with its rows)
    # 成员单位 in prose is no table header: no W104 on an exhortation that names the members
    assert not extract_text("(三)调度考核。各牵头单位要定期“回头看”,督促成员单位改进工作措施、抢抓工作进度。").warnings


def test_first_contact_with_round_du() -> None:
    # a project's name is no unit (新(改、扩)建一批中小学校: 学校 ends it, 一批 and 新(改)建 say it is a project)
    text = ("序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n1\n打造区域教育高地\n新(改、扩)建一批中小学校\n"
            "实施新(改、扩)建中小学校5家。\n区教体局\n东孝街道\n孝顺镇\n2\n“医”心为民工程\n新(改)建村卫生室\n"
            "新(改)建村卫生室80家。\n区卫健局\n各乡镇(街道)")
    assert _table_roles(text) == [(11, "区教体局", "lead"), (12, "东孝街道", "co"), (13, "孝顺镇", "co"),
                                  (18, "区卫健局", "lead"), (19, "各乡镇(街道)", "co")]
    # a progress column whose header adds more (进展情况、存在问题及下一步打算) is a progress column
    text = ("序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况、存在问题及下一步打算 | 目标完成情况 |\n"
            "1 | 新改扩建公办中小学校1所 | 教体局 | 室内安装 | 进展情况:柯桥中学管理教学团队赴江山中学交流。 | 顺利推进 |")
    assert _table_roles(text) == [(2, "教体局", "shared")]
    # two areas written with their kind once (人民大垸、荒湖管理区): one unit as written
    assert _table_roles("1.推进工作。(牵头单位:市发改局;责任单位:各镇、人民大垸、荒湖管理区)") == [
        (1, "市发改局", "lead"), (1, "各镇", "co"), (1, "人民大垸、荒湖管理区", "co")]


def test_first_contact_with_rounds_dq_dt() -> None:
    # one cell per line: a cell's items one a line (1.… / 2.… / 3.…) before the next row's number, a row whose
    # text is merged with the row above (3 / 交通建设处 / 设施养护处), a 工作计划 column of text, a 平台 no body
    text = ("序号\n内容\n牵头部门\n配合部门\n2024年工作任务\n2025年工作计划\n备注\n1\n科学编制城市综合交通体系规划\n"
            "综合规划处\n委内各相关处室\n1.继续完善编制规划。\n2.编制区域综合交通规划。\n3.继续推进联合发文。\n"
            "1.启动编制规划。\n2.深化规划成果。\n3.启动相关区的规划编制。\n2\n有序推进城市快速干线交通系统建设\n"
            "综合规划处\n—\n加快推进轨道交通19号线工可调整。\n推进四期建设规划编制。\n3\n交通建设处\n设施养护处\n"
            "有序推进漕宝路快速路项目建设。\n有序推进漕宝路快速路项目建设。\n4\n建设城市交通基础设施监测平台\n科技信息处\n"
            "设施运行处\n建成监测平台。\n完善监测平台。")
    assert _table_roles(text) == [(10, "综合规划处", "lead"), (11, "委内各相关处室", "co"), (20, "综合规划处", "lead"),
                                  (25, "交通建设处", "lead"), (26, "设施养护处", "co"), (31, "科技信息处", "lead"),
                                  (32, "设施运行处", "co")]
    # a unit after a pivot never ends inside a bracket (会同乡镇(街道、园区)…)
    assert ("乡镇(街道", "co") not in [(d.unit, d.role.value) for d in extract_text(
        "1.区卫生健康局务必加强疫苗供应,会同乡镇(街道、园区)和区直驻区其他单位,做好应急处置工作。").duties]


def test_rosters_of_work_groups_with_seats_on_one_line() -> None:
    # 组 长:…,成 员:…: each seat read with its own label; a leader's post may be a level's or a sector's 分管领导
    text = ("(一)医疗救治组\n组 长:镇分管领导,成 员:派出所和司法所负责人\n主要职责:负责现场救治。\n(二)家属安置组\n"
            "组 长:民政分管领导,成 员:民政所负责人及各村(社区)党委书记")
    assert sorted(_table_roles(text)) == sorted([
        (2, "镇分管领导", "leader"), (2, "派出所", "member"), (2, "司法所", "member"), (5, "民政分管领导", "leader"),
        (5, "民政所", "member"), (5, "各村(社区)党委书记", "member")])


def test_misfires_found_by_the_review_of_session_sixteen() -> None:
    # a drafting credit later in the clause's sentence, after a comma, does not cancel the 会同 before it
    assert _table_roles("1.市发改委会同市经信委推进零碳园区建设,指导各区制定了《实施方案》。") == [
        (1, "市发改委", "lead"), (1, "市经信委", "co")]
    # 对 after 政府 ends the name too (县政府对各乡镇人民政府负总责: 县政府 answers; 县政府对外开放办公室 stays a name)
    assert _table_roles("1.县政府对各乡镇人民政府负总责。") == [(1, "县政府", "shared")]
    assert _table_roles("1.县政府对外开放办公室负责。") == [(1, "县政府对外开放办公室", "shared")]
    # a member-duty table ends at the next annex: its contact list gives no duties
    assert _table_roles("序号 成员单位 应急职责\n1 县应急局 负责综合协调。\n2 县公安局 负责治安。\n附件2\n联系人名单\n"
                        "序号 单位 联系人 电话\n1 县卫健局 王五 13800000000\n2 县交通局 赵六 13900000000") == [
        (2, "县应急局", "shared"), (3, "县公安局", "shared")]
    # small counts in brackets stay targets unless the bracket is a note (包括/含/其中…)
    assert [i.value for i in extract_text("1.推进教育项目建设(新建两所学校、改扩建三所幼儿园)。").indicators] == ["2", "3"]
    # a sector's short name before an area is no shared kind (城管、经济开发区: two units)
    assert _table_roles("1.推进。(责任单位:县公安局、城管、经济开发区)") == [
        (1, "县公安局", "shared"), (1, "城管", "shared"), (1, "经济开发区", "shared")]
    # an unread row keeps its warnings: the header is read only when every row of its table is
    ex = extract_text("| 序号 | 指标名称 | 2025年目标 | 责任单位 |\n| 1 | 森林覆盖率 | 45% | 由县政府统筹,相关部门配合 |\n"
                      "| 2 | 城镇新增就业 | 3000人 | 县人社局 |")
    assert [w.code for w in ex.warnings] == ["W104", "W104"]
    # 附件: before numbered duty lines is an annex with its tasks, not a list of attachments
    ex = extract_text("一、任务\n附件:\n1.县发改局负责项目谋划\n2.县财政局负责资金保障")
    assert [h.kind.value for h in ex.headings][:2] == ["section", "annex"]


def test_heads_of_a_level_answering_for_the_whole_together() -> None:
    # 县委书记、县长对全县安全生产工作负总责: two heads, named by their posts alone, each answers
    assert _table_roles("1.县委书记、县长对全县安全生产工作负总责。") == [
        (1, "县委书记", "shared"), (1, "县长", "shared")]
    # a bracketed note after a head's post (区长(区安委会主任)) is no part of the post
    assert _table_roles("1.区长(区安委会主任)对全区安全生产工作负总责。") == [(1, "区长", "shared")]
    assert _table_roles("1.镇长(镇安委会主任)和镇党委书记对全镇安全生产工作负总责。") == [
        (1, "镇长", "shared"), (1, "镇党委书记", "shared")]


def test_first_contact_with_round_dz() -> None:
    # 肇庆 民生实事 progress table: 分管 市领导 / 牵头单位及 主要负责人 (a unit column with its head's name), a 大类
    # cell merged over the rows below, progress cells of many sentences
    text = ("大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |\n"
            "一、继续提高底线民生保障水平 | 1 | 将城镇低保人均最低补差水平提高到每人每月609元。 | 陈宣群 | 市民政局 伍泽国 | "
            "已完成。 从2020年1月1日起,已将我市城乡低保标准提高到835元/人月;中心区补差水平提高到城镇616元/人月,"
            "山区县补差水平提高到580元/人月,各县均已按时足额发放到位。 |\n"
            "2 | 特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍。 | 陈宣群 | 市民政局 伍泽国 | "
            "已完成。 从2020年1月1日起,已提高我市城乡特困人员供养最低标准,其中端州区提高到20100元/人年,"
            "鼎湖区提高到17340元/人年,其余各县区均已按新标准发放。 |")
    assert _table_roles(text) == [(2, "陈宣群", "supervisor"), (2, "市民政局", "lead"),
                                  (3, "陈宣群", "supervisor"), (3, "市民政局", "lead")]
    # 江山 民生实事 plan, one cell a line: a project name wrapped over two cells (城市用气 / 提升工程) puts the row's
    # last cells in the last columns; 建设起止年限, 总投资, 资金来源 are columns (a period, budget figures, a note)
    text = ("序号\n项目名称\n项目建设规模及内容\n建设起\n止年限\n总投资\n(万元)\n当年投资\n(万元)\n资金\n来源\n责任\n单位\n"
            "1\n城市用气\n提升工程\n对听涛山庄等28个小区进行“液改气”改造。\n2023.01-2023.12\n1200\n1200\n国企投资\n城投集团\n"
            "2\n山塘水库综合整治工程\n完成6座小型水库加固改造。\n2023.01-2023.12\n4600\n4600\n政府投资\n水利局\n")
    assert [(u, r) for _, u, r in _table_roles(text)] == [("城投集团", "shared"), ("水利局", "shared")]
    # a unit list wrapped one unit a line still stays in its column (no realignment swallows a unit cell)
    text = ("序号\n工作任务\n责任单位\n完成时限\n1\n开工建设县老年养护楼。\n县民政局\n5月底前动工\n开工建设老年大学。\n"
            "12月底前\n2\n新建2座人行天桥。\n县住建局\n9月投入使用\n")
    assert [(u, r) for _, u, r in _table_roles(text)] == [("县民政局", "shared"), ("县住建局", "shared")]


def test_design_standards_and_page_counters() -> None:
    # 嘉定 sponge-city plan: a flood standard's return period is a target (3-5年一遇排水能力)
    ex = extract_text("1.至2035年,全区排水系统基本达到3-5年一遇排水能力,50-100年一遇内涝可控。(责任单位:区水务局)")
    assert [(i.value, i.measure) for i in ex.indicators] == [("3-5", "年一遇"), ("50-100", "年一遇")]
    # a mirror site's counter (271人看過) is no part of the plan; 培训300人次 is a target
    assert [i.value for i in extract_text("271人看過\n1.培训基层干部300人次。(责任单位:县人社局)").indicators] == ["300"]


def test_figures_that_are_no_targets_starting_values_titles_seats() -> None:
    values = _values
    # 肇庆: 从每人每月574元…提高到609元 (the figure the target starts from is none)
    assert values("1.将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。") == ["609", "300"]
    assert values("1.新增城镇就业从去年的2000人增加到3000人。") == ["3000"]
    assert values("1.从2020年起,全县每年新增就业3000人。") == ["3000"]
    # a doc-sharing site's title (精选6篇), a seat (确定1名工作人员), the plan counting its items (分解成70项)
    assert values("春节期间禁放烟花爆竹工作方案(精选6篇)\n1.各成员单位确定1名工作人员为联络员。\n"
                  "2.市政府将全年的目标任务分解成70项具体工作任务。") == []


def test_misreadings_found_by_the_review_of_session_seventeen_targets() -> None:
    def read(text: str) -> list[tuple[str, str, str | None]]:
        return [(i.value, i.measure, i.bound) for i in extract_text(text).indicators]
    # 不超过 / 不高于 are ceilings, though 超过 / 高于 end them (the longest bound word decides)
    assert read("1.细颗粒物平均浓度不高于35微克/立方米,事故死亡人数不超过10人,森林覆盖率不低于45%。") == [
        ("35", "微克/立方米", "max"), ("10", "人", "max"), ("45", "%", "min")]
    # progress after the task's clause: the share of the year's target done, and what the months so far achieved
    assert read("1.新增规上工业企业50家。(市经信局牵头)截至9月底,已新增规上工业企业42家,完成年度目标的84%。\n"
                "2.新增城镇就业1万人。(市人社局牵头)1-6月,全市新增城镇就业6500人,完成年度任务的65%。") == [
        ("50", "家", None), ("1", "万人", None)]
    # a project named by a number (安远路899项目) is no count of items; 新建项目10个 is a target
    assert read("1.加快推进安远路899项目,新建项目10个。") == [("10", "个", None)]


def test_misreadings_found_by_the_review_of_session_seventeen_roles() -> None:
    # a roster written NAME,POST: the post (several joined by 、 are one person's) is the unit, the name dropped
    text = ("县政府决定成立县安全生产工作领导小组,组成人员如下:\n组长:张三,县委副书记、县长\n副组长:李四,县委常委、常务副县长\n"
            "成员:赵六,县政府办公室主任;钱七,县应急管理局局长\n领导小组办公室设在县应急管理局。")
    assert _table_roles(text) == [
        (2, "县委副书记、县长", "leader"), (3, "县委常委、常务副县长", "deputy_leader"), (4, "县政府办公室主任", "member"),
        (4, "县应急管理局局长", "member"), (5, "县应急管理局", "office")]
    # two people glued to their bare posts, parted by 、 (李四常务副县长、王五副县长)
    text = "县政府决定成立领导小组:\n组长:张三县长\n副组长:李四常务副县长、王五副县长\n领导小组办公室设在县应急局。"
    assert _table_roles(text)[:3] == [(2, "县长", "leader"), (3, "常务副县长", "deputy_leader"), (3, "副县长", "deputy_leader")]
    # labels spaced out (牵 头 单 位:), with a run of spaces for a colon, or after a bullet
    text = ("一、重点任务\n1.加强市场体系建设。\n牵 头 单 位:市发改委\n配 合 单 位:市财政局、市人社局\n2.优化营商环境。\n"
            "牵头单位  市市场监管局\n配合单位  市政务服务中心\n3.推进数字政府建设。\n●牵头单位:市数据局\n●配合单位:市财政局")
    assert _table_roles(text) == [
        (3, "市发改委", "lead"), (4, "市财政局", "co"), (4, "市人社局", "co"), (6, "市市场监管局", "lead"),
        (7, "市政务服务中心", "co"), (9, "市数据局", "lead"), (10, "市财政局", "co")]


def test_headings_that_name_their_leader_or_close_with_their_units() -> None:
    # (一)牵头领导:王宏副市长: the leader of the tasks below, name and post as written (not the post alone)
    text = ("一、重点工作\n(一)牵头领导:王宏副市长\n1.加强粮食保障。(市农业农村局牵头)\n(二)牵头领导:李明副市长;牵头单位:市商务局\n"
            "2.推进流通。")
    assert _table_roles(text) == [(2, "王宏副市长", "supervisor"), (3, "市农业农村局", "lead"),
                                  (4, "李明副市长", "supervisor"), (4, "市商务局", "lead")]
    # a bracket of units closing a (一) heading's line names who carries it out
    text = "一、重点工作\n(一)加强粮食保障。(市农业农村局)\n(二)推进流通体系建设。(市商务局、市发改委)"
    assert _table_roles(text) == [(2, "市农业农村局", "shared"), (3, "市商务局", "shared"), (3, "市发改委", "shared")]


def test_tables_found_by_the_review_of_session_seventeen() -> None:
    rows = ["1\t新增规模以上工业企业20家\t市工信局\t市发改委、市统计局\t2024年12月底",
            "2\t城镇新增就业3000人以上\t市人社局\t市财政局\t2024年12月底"]
    want = [(4, "市工信局", "lead"), (4, "市发改委", "co"), (4, "市统计局", "co"), (5, "市人社局", "lead"), (5, "市财政局", "co")]
    # a header of two rows: 责任单位 spans 牵头单位 / 配合单位 (between tabs, or one cell a line)
    text = "附件\n重点任务分解表\n序号\t重点任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n" + "\n".join(rows)
    assert _table_roles(text) == [(n + 1, u, r) for n, u, r in want]
    cells = "\n".join(c for row in rows for c in row.split("\t"))
    text = "附件\n重点任务分解表\n序号\n重点任务\n责任单位\n完成时限\n牵头单位\n配合单位\n" + cells
    assert [(u, r) for _, u, r in _table_roles(text)] == [(u, r) for _, u, r in want]
    # runs of spaces: a category cell left empty leaves the units in their columns; a lead cell merged with the
    # row above (a double gap) leaves the helper a helper
    text = ("序号   类别   重点任务   牵头单位   配合单位\n1   工业   新增规模以上工业企业20家   市工信局   市发改委\n"
            "2      技改投资增长10%   市工信局   市财政局")
    assert _table_roles(text) == [(2, "市工信局", "lead"), (2, "市发改委", "co"), (3, "市工信局", "lead"),
                                  (3, "市财政局", "co")]
    # a unit list broken after its 、 onto the next line of a tab-parted table: the unit there is the column's too
    text = ("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t新增规模以上工业企业20家\t市工信局\t市发改委、\n"
            "市统计局\t2024年12月底\n2\t城镇新增就业3000人以上\t市人社局\t市财政局\t2024年12月底")
    assert _table_roles(text) == [(2, "市工信局", "lead"), (2, "市发改委", "co"), (3, "市统计局", "co"),
                                  (4, "市人社局", "lead"), (4, "市财政局", "co")]
    text = ("序号    重点任务    牵头单位    配合单位    完成时限\n1    新增规模以上工业企业20家    市工信局    市发改委    2024年12月底\n"
            "2    完成技改投资50亿元        市财政局    2024年12月底")
    assert _table_roles(text) == [(2, "市工信局", "lead"), (2, "市发改委", "co"), (3, "市财政局", "co")]


def test_a_range_joined_by_dao() -> None:
    # 2到3家 is a range as 2-3家 and 5至8个 are; 增加到3000人 is a single figure
    ex = extract_text("1.新增企业2到3家,建成5至8个站点,人口增加到3000人。(责任单位:县发改局)")
    assert [(i.value, i.measure) for i in ex.indicators] == [("2-3", "家"), ("5-8", "个"), ("3000", "人")]
    # a multiplier written on both ends of a range (1.2万-1.5万亩, 50亿—60亿元) is one range
    ex = extract_text("1.新增高标准农田1.2万-1.5万亩,投资50亿—60亿元。(责任单位:县农业农村局)")
    assert [(i.value, i.measure, i.low, i.high) for i in ex.indicators] == [
        ("1.2-1.5", "万亩", 1.2, 1.5), ("50-60", "亿元", 50.0, 60.0)]


def test_a_copy_whose_full_width_spaces_came_out_as_question_marks() -> None:
    # 开原 林长 roster mirror: lines open with ??, a name and its post parted by ? (苗宇?市委書記)
    text = ("??附件1\n??開原市縣級林長名單\n??副林長:\n??孫野?市委副書記、總工會主席\n??趙臣學?市委常委、統戰部部長\n"
            "??尚玉梅 市人大常委會黨組副書記、副主任\n")
    assert [(u, r) for _, u, r in _table_roles(text)] == [
        ("市委副書記、總工會主席", "deputy_leader"), ("市委常委、統戰部部長", "deputy_leader"),
        ("市人大常委會黨組副書記、副主任", "deputy_leader")]
    # a question mark in a plain copy stays a question mark
    from extract.read import normalise
    assert normalise("如何落实?由县发改局负责。") == "如何落实?由县发改局负责。"


def test_a_roster_label_with_the_seats_level() -> None:
    # 沙河镇 林长 notice: 镇级副总林长:NAME POST fills one seat; the bare 镇级林长 line after it opens a table, no seat
    text = ("二、林长名单及责任区域\n镇级副总林长:汪先丁   沙河镇党委副书记、镇长\n镇级林长\n职务\n责任区域\n余辰杰\n党委副书记\n五龙")
    assert _table_roles(text) == [(2, "沙河镇党委副书记、镇长", "deputy_leader")]


def test_a_roster_name_cut_to_its_surname() -> None:
    # 沙河镇 林长 notice: 钟   沙河镇党委书记 (the name cut to one character in the copy): the post is the seat
    text = "二、林长名单\n镇级总林长:钟   沙河镇党委书记\n镇级副总林长:汪先丁   沙河镇党委副书记、镇长\n三、工作职责"
    assert _table_roles(text) == [(2, "沙河镇党委书记", "leader"), (3, "沙河镇党委副书记、镇长", "deputy_leader")]


def test_two_people_joined_by_ji_in_one_seat() -> None:
    # 长沙 news roster: 省委常委、常务副省长陈向群及分管水利的副省长戴道晋担任副总河长: two people, each post a seat
    text = "据悉,省委副书记、省长许达哲担任总河长;省委常委、常务副省长陈向群及分管水利的副省长戴道晋担任副总河长。"
    assert _table_roles(text) == [(1, "省委副书记、省长", "leader"), (1, "省委常委、常务副省长", "deputy_leader"),
                                  (1, "分管水利的副省长", "deputy_leader")]
    # the same seat as a numbered item: the item's number is no part of the post
    assert _table_roles("1.省委副书记、省长许达哲担任总河长。") == [(1, "省委副书记、省长", "leader")]


def test_first_contact_with_round_dx() -> None:
    # 长沙 2021 责任分解表 one cell a line, each ended by a bar: 目标任务 is the row's text when no column holds
    # a task; a category cell opens no row; the 责任领导 column's post is the supervisor
    text = ("2021年《政府工作报告》主要目标任务责任分解表\n目标任务 |\n责任领导 |\n牵头单位 |\n责任单位 |\n"
            "全市经济社会发展主要预期目标 |\n地区生产总值增长8% |\n常务副市长 |\n市发改委 |\n市统计局 |")
    assert _table_roles(text) == [(8, "常务副市长", "supervisor"), (9, "市发改委", "lead"), (10, "市统计局", "co")]
    assert [(i.span.line, i.value) for i in extract_text(text).indicators] == [(7, "8")]
    # 2017 news of the 2016 targets: 去年… after the unit in charge is last year's result, not a target
    ex = extract_text("城鎮新增就業1000萬人以上。這項工作由人力資源社會保障部負責,去年全國城鎮新增就業1314萬人,"
                      "完成目標任務的131.4%。")
    assert [(i.value, i.measure) for i in ex.indicators] == [("1000", "万人")]  # (measures are kept in one script)


def test_enterprises_agencies_and_customs_listed_beside_departments() -> None:
    # review of session 17: enterprises, a sector's agency and customs listed with departments keep their roles
    assert _table_roles("1.开展燃气安全排查。(县住建局牵头,县财政局、县交通局、各燃气企业参加)") == [
        (1, "县住建局", "lead"), (1, "县财政局", "co"), (1, "县交通局", "co"), (1, "各燃气企业", "co")]
    assert _table_roles("2.加强消防检查。(县应急局牵头,县消防救援机构、物业服务企业配合)") == [
        (1, "县应急局", "lead"), (1, "县消防救援机构", "co"), (1, "物业服务企业", "co")]
    assert _table_roles("3.推进口岸通关便利化。(市商务局牵头,海关、市场监管部门、金融监管部门配合)") == [
        (1, "市商务局", "lead"), (1, "海关", "co"), (1, "市场监管部门", "co"), (1, "金融监管部门", "co")]
    # alone, an enterprise a target counts is no unit; nor is the 组织机构 heading of a team
    assert _table_roles("4.新增规模工业企业45家。(县工信局牵头)") == [(1, "县工信局", "lead")]
    assert unit_kind("组织机构") is None and unit_kind("市场部门") is None


def test_work_given_with_you_and_a_verb_then_a_second_unit() -> None:
    # review of session 17: 由X统筹…,Y负责…: the clause after the one 由 gave is read too
    assert _table_roles("5.由县发改局统筹推进,县财政局负责资金保障。") == [
        (1, "县发改局", "shared"), (1, "县财政局", "shared")]


def test_units_and_their_shares_listed_in_running_text() -> None:
    # 老奇台镇 绿化 notice: each unit of a 、 list is written with its headcount: it owns that figure
    text = "四、现将机关、各站所的人数通知如下,机关25人、个协15人、学校10人、卫生院5人、电力公司4人。"
    assert [(u, r) for _, u, r in _table_roles(text)] == [
        ("机关", "indicator_owner"), ("个协", "indicator_owner"), ("学校", "indicator_owner"),
        ("卫生院", "indicator_owner"), ("电力公司", "indicator_owner")]
    # a list of things to build (学校3所) or of outputs names no owner
    assert _table_roles("1.新建学校3所、医院2家、公园5个。") == []
    assert _table_roles("1.新增就业500人、培训2000人、创业带动300人。") == []


def test_members_made_up_by_units_each_sending_one() -> None:
    # 马关 金融稳定 notice: 由…组成 does not end inside 领导小组成员, and the staffing phrase is no part of the unit
    assert _table_roles("办公室成员由领导小组成员单位分别指定一名成员组成。") == [(1, "领导小组成员单位", "member")]


def test_a_bodys_deputy_head_as_a_seat() -> None:
    # review of session 17: X分管负责同志 alone in a seat is a post of its own (the scorer keeps 分管); a tail shared by
    # a list (A、B分管负责同志为成员) leaves the bodies
    assert _table_roles("协调机制召集人由县教育局主要负责同志担任,各成员单位分管负责同志为协调机制成员。") == [
        (1, "县教育局", "convener"), (1, "各成员单位分管负责同志", "member")]
    assert _table_roles("县发改局、县财政局分管负责同志为成员。") == [(1, "县发改局", "member"), (1, "县财政局", "member")]
    assert _table_roles("副总指挥:国家发展改革委分管负责人、国家粮食局主要负责人。") == [
        (1, "国家发展改革委分管负责人", "deputy_leader"), (1, "国家粮食局", "deputy_leader")]
    assert _table_roles("领导小组组长由市政府领导同志担任,成员由各有关部门分管负责同志组成。")[-1] == (
        1, "各有关部门分管负责同志", "member")


def test_a_task_merged_over_sub_rows_with_divisions_inside_a_body() -> None:
    # 广州 家庭医生 task table one cell a line: 市卫健委内牵头处室 is a lead column (the divisions inside one body), and
    # each 工作事项 is merged over sub-rows that repeat 主要内容 and the four unit columns
    text = ("序号\n工作事项\n主要内容\n牵头单位\n配合单位\n市卫健委内牵头处室\n市卫健委内配合处室\n1\n有序扩大家庭医生来源。\n"
            "由全科向专科拓展,到2025年每万常住人口家庭医生数不低于4.66人。\n各区政府\n市卫生健康委\n基层处\n医政处\n"
            "推动人才资源向基层医疗卫生机构倾斜,加大公开招聘力度。\n各区政府\n市卫生健康委、市人社局\n人事处\n基层处\n"
            "2\n不断优化签约服务团队。\n家庭医生可以组建团队提供签约服务。\n各区政府\n市卫生健康委\n基层处\n药政处")
    assert _table_roles(text) == [
        (11, "各区政府", "lead"), (12, "市卫生健康委", "co"), (13, "基层处", "lead"), (14, "医政处", "co"),
        (16, "各区政府", "lead"), (17, "市卫生健康委", "co"), (17, "市人社局", "co"), (18, "人事处", "lead"),
        (19, "基层处", "co"), (23, "各区政府", "lead"), (24, "市卫生健康委", "co"), (25, "基层处", "lead"),
        (26, "药政处", "co")]


def test_members_named_before_their_team() -> None:
    # review of session 17: X所有成员单位为Y领导小组成员单位: the members are X's, not the team's name after 为
    assert _table_roles("县安委会所有成员单位为专项整治工作领导小组成员单位。") == [(1, "县安委会所有成员单位", "member")]
    assert _table_roles("成员单位为县发改局、县财政局。") == [(1, "县发改局", "member"), (1, "县财政局", "member")]


def test_leaders_of_two_levels_filling_both_seats() -> None:
    # 崇明 集体经营性建设用地 notice (and the review of session 17): 由区委、区政府领导任组长、副组长 names one post (the
    # levels' leaders, as written) for both seats; which leader takes which is not said
    text = "成立区试点工作领导小组,由区委、区政府领导任组长、副组长,成员由区发展改革委、区经委主要负责同志组成。"
    assert sorted(_table_roles(text)) == sorted([
        (1, "区委、区政府领导", "leader"), (1, "区委、区政府领导", "deputy_leader"), (1, "区发展改革委", "member"),
        (1, "区经委", "member")])
    # posts given their seats in turn stay one seat each
    assert _table_roles("县长张三、副县长李四分别任组长、副组长。") == [(1, "县长", "leader"), (1, "副县长", "deputy_leader")]


def test_angle_brackets_around_an_alias() -> None:
    # 安顺 十件实事 report: 各县区政府〈管委会〉 — angle brackets around a unit's second name are its parentheses
    text = "二、解决6万人农村饮水安全问题。(责任单位:市水务局,各县区政府〈管委会〉)该件实事已全面完成"
    assert [u for _, u, _ in _table_roles(text)] == ["市水务局", "各县区政府〈管委会〉"]


def test_responsible_units_beside_a_helpers_label_lead() -> None:
    # 静安 消防 plan, 甘井子 民生 list, 临安 民生 table: 责任单位 beside 配合单位 (in a bracket, on a label line, or as
    # table columns) are the units the helpers help: leads (four annotators read them so, none otherwise)
    text = "2.推进微型消防站建设。(责任单位:区应急局、区消防支队、各街镇,配合单位:区财政局)"
    assert _table_roles(text) == [(1, "区应急局", "lead"), (1, "区消防支队", "lead"), (1, "各街镇", "lead"),
                                  (1, "区财政局", "co")]
    assert _table_roles("一、推进建设。\n责任部门:城建局、农海局 配合部门:各街道") == [
        (2, "城建局", "lead"), (2, "农海局", "lead"), (2, "各街道", "co")]
    text = "序号 | 民生实事 | 责任单位 | 配合单位 |\n1 | 新建幼儿园3所 | 区教育局 | 区财政局 |"
    assert _table_roles(text) == [(2, "区教育局", "lead"), (2, "区财政局", "co")]
    # a unit given 负责 beside helpers stays shared (the 负责 verb is no label)
    assert _table_roles("1.加强管理。(县经贸局负责,县农业局、县公安局配合)") == [
        (1, "县经贸局", "shared"), (1, "县农业局", "co"), (1, "县公安局", "co")]


def test_awards_a_policy_lists_are_no_targets() -> None:
    # 嵊州 产业政策 (PDF copy, spaced figures): the amounts after 分别给予 / 一次性奖励 are awards, not targets
    ex = extract_text("的,分别给予 100 万元、30 万元、20 万元奖励。(责任单位:市经信局)\n"
                      "首次列入百强企业的,分别给予一次性奖励 20 万元、10 万元。(责任单位:市经信局)")
    assert ex.indicators == ()
    # a budget to arrange is still a target
    assert [i.value for i in extract_text("2.安排资金110亿元。(责任单位:自治区财政厅)").indicators] == ["110"]


def test_a_group_chaired_and_its_members_sending_delegates() -> None:
    # 澳门 四川重建 协调小组 (news of the 政府公报): 由…司长担任主席 seats the leader; the members are offices each
    # sending delegates (…主任及3名代表, …各1名代表) and bureaus counted with their heads (…共5个局级部门局长)
    text = ("协调小组由特区政府社会文化司司长担任主席,成员为社会文化司司长办公室主任及3名代表、经济财政司司长办公室、"
            "运输工务司司长办公室各1名代表,卫生局、教青局、社工局、体发局及经济局共5个局级部门局长。")
    assert _table_roles(text) == [(1, "特区政府社会文化司司长", "leader")] + [
        (1, u, "member") for u in ("社会文化司司长办公室主任", "经济财政司司长办公室", "运输工务司司长办公室", "卫生局",
                                    "教青局", "社工局", "体发局", "经济局")]


def test_a_text_copied_from_a_pdf_whose_font_writes_radicals() -> None:
    # 国办发 综合保税区 任务分工, copied from a PDF whose font maps glyphs to the radicals' code points (⼯ U+2F2F,
    # ⽣ U+2F63, ⻋ U+2ECB): the units are read and kept as written
    ex = extract_text("1.优化信⽤管理。(⼯业和信息化部牵头,⽣态环境部、交通运输部按职责分⼯负责)\n"
                      "2.试⾏汽⻋保税存储,新增企业20家。(市⼯信局负责)")
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [
        (1, "⼯业和信息化部", "lead"), (1, "⽣态环境部", "co"), (1, "交通运输部", "co"), (2, "市⼯信局", "shared")]
    assert [i.value for i in ex.indicators] == ["20"]


def test_a_cell_a_line_table_row_with_one_unit_cell_more_than_its_columns() -> None:
    # 上海 交通领域精细化管理 任务清单 (one cell a line): row (3) names two leads, so it has one unit cell more than
    # the header's 牵头部门 / 配合部门 / 实施主体; the cell left over is the row's, not the next row's first
    cells = ["任务", "分类", "主要方向", "重点任务(2024-2026)", "2024年工作项目", "2025年计划", "2026年计划", "牵头", "部门",
             "配合", "部门", "实施", "主体", "(一)", "提升交通设施环境品质", "1、改善城市道路环境", "(1)建设精品道路300条。",
             "建设精品道路100条。", "建设精品道路100条。", "建设精品道路100条。", "设施养护处", "各相关部门和单位",
             "各行业主管部门、各区", "3、提升慢行交通空间品质", "(3)完成慢行交通专项提升项目300项。",
             "完成慢行交通专项提升项目110个。", "完成慢行交通专项提升项目110个。", "完成慢行交通专项提升项目80个。",
             "设施运行处", "设施养护处", "各相关部门和单位", "各行业主管部门、各区", "(4)建设慢行交通精品区域50个。",
             "建设慢行交通精品区17个。"]
    roles = _table_roles("附件:交通领域精细化管理工作三年行动计划任务清单\n" + "\n".join(cells))
    assert [(u, r) for n, u, r in roles if n >= 29] == [
        ("设施运行处", "lead"), ("设施养护处", "lead"), ("各相关部门和单位", "co"), ("各行业主管部门", "co"), ("各区", "co")]


def test_a_piped_sub_row_without_its_number_cell_keeps_its_columns() -> None:
    # 临安 2022 民生实事 进展情况表: a project's second and third items are sub-rows with no 序号 and no unit
    # (`…500个。 | …600个。 | ||`): the first cell is the item, the second its progress (no target)
    text = ("2022年区政府民生实事项目进展情况表(截至9月底)\n序号 | 项目内容 | 进展情况 | 责任单位 |\n"
            "2 | 新建成婴幼儿照护服务成长驿站7家。 | 新建锦南街道等13家婴幼儿成长驿站。 | 卫生健康局 |\n"
            "新增婴幼儿照护服务托位500个。 | 新增婴幼儿照护服务托位600个。 | ||\n"
            "开展胃肠癌联合筛查1万例以上。 | 开展胃肠癌联合筛查10111例。 | ||")
    ex = extract_text(text)
    assert [(i.span.line, i.value) for i in ex.indicators] == [(3, "7"), (4, "500"), (5, "1")]
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties] == [(3, "卫生健康局", "shared")]


def test_a_clause_that_tells_what_was_done_sets_no_target() -> None:
    # 国办函 2004 督查 答复 and a 巫山 河长制 news report: 已…安排 / 设立了… are what was done, not targets; a
    # clause that also says what is to come keeps its figure
    ex = extract_text("1.发展改革委已在国债中安排该项目2亿元，其中2003年安排了9000万元。\n"
                      "2.全县161条河流全面设立了县、乡、村三级河长605人。\n"
                      "3.已建成3个,力争再建成10个。")
    values = [(i.span.line, i.value) for i in ex.indicators]
    assert not {(1, "2"), (1, "9000"), (2, "605"), (3, "3")} & set(values)
    assert (3, "10") in values


def test_the_count_of_what_a_plan_covers_is_no_target() -> None:
    # 辽宁 某县 2020 垃圾清理 督查: 全县22个乡镇(街道),298个村 is the ground the work covers; 为全区23000名老年人提供…
    # (钟楼 2021 民生实事) is a target
    ex = extract_text("1.全县22个乡镇(街道)全部开展农村垃圾清理。\n2.为全区23000名老年人提供居家上门服务。")
    assert [(i.span.line, i.value) for i in ex.indicators] == [(2, "23000")]


def test_things_counted_in_weak_measures_are_targets_after_a_target_verb() -> None:
    # 苍南 2022 民生实事 (新增学位3800位), 万州 2025 (更新老旧住宅电梯50部), 绍兴 2020 (取得军工资质8本以上): a count of
    # things in 位/部/本 after a target verb, ten or more or with a floor, is a target; a few experts (2位) are not
    ex = extract_text("1.建成投用中小学3所,新增学位3800位。\n2.更新老旧住宅电梯50部。\n3.取得军工资质8本以上。\n"
                      "4.组织专家2位进行评审。")
    assert [(i.span.line, i.value, i.measure) for i in ex.indicators] == [
        (1, "3", "所"), (1, "3800", "位"), (2, "50", "部"), (3, "8", "本")]


def test_a_bureaus_divisions_under_their_labels() -> None:
    # 临沂市统计局 2021 政务公开要点: (责任科室:X、Y,各科室配合) is a label of the bureau's divisions, then a piece with
    # its own role word; 莆田市人社局 2022: 责任科室(单位):劳监科、劳关科、办公室分别牵头 (办公室 beside divisions is the
    # bureau's own office)
    text = ("(一)推进政务公开。(责任科室:执法监督科、综合科,各科室配合)\n(二)推进信息公开。(责任科室:城镇化和人口科、社情民意调查科)\n"
            "(三)抓好就业工作,责任科室(单位):劳监科、劳关科、办公室分别牵头。")
    assert _table_roles(text) == [
        (1, "执法监督科", "shared"), (1, "综合科", "shared"), (1, "各科室", "co"), (2, "城镇化和人口科", "shared"),
        (2, "社情民意调查科", "shared"), (3, "劳监科", "lead"), (3, "劳关科", "lead"), (3, "办公室", "lead")]
    # (a bare 办公室 beside bureaus of the government is no one's office in particular)
    assert _table_roles("1.抓好就业。(县发改局、办公室牵头)") == [(1, "县发改局", "lead")]


def test_older_plans_sector_departments_aliased_offices_and_two_levels_governments() -> None:
    # 某市 集体林权制度改革 (林业绿化部门: a department of two sectors), 某省 粮食应急预案 (质量监督管理部门;
    # 地(州、市)、县(市、区)人民政府 as written), 鞍山 2010 治超 (领导小组办公室(以下简称市治超办)设在市交通局)
    text = ("林业绿化部门:负责组织集体林权制度改革的日常工作。\n(八)质量监督管理部门负责粮食质量监测。\n"
            "(九)地(州、市)、县(市、区)人民政府(地区行署)负责组织和指挥辖区内粮食应急工作。\n成立市治超工作领导小组。\n"
            "市治超工作领导小组办公室(以下简称市治超办)设在市交通局,负责领导小组的日常工作。\n(十)推进。(各县、市、区政府负责)")
    assert _table_roles(text) == [
        (1, "林业绿化部门", "shared"), (2, "质量监督管理部门", "shared"),
        (3, "地(州、市)、县(市、区)人民政府(地区行署)", "shared"), (5, "市交通局", "office"), (6, "各县、市、区政府", "shared")]


def test_shares_listed_by_places_between_commas() -> None:
    # 桂建发〔2024〕6号 农村危房改造: 其中,南宁市274户,柳州市369户,…: each city owns its share
    ex = extract_text("一、任务安排\n2024年度全区计划实施农村危房改造任务4894户。其中,南宁市274户,柳州市369户,桂林市979户,"
                      "崇左市166户。")
    assert [(d.unit, d.role.value) for d in ex.duties] == [
        ("南宁市", "indicator_owner"), ("柳州市", "indicator_owner"), ("桂林市", "indicator_owner"),
        ("崇左市", "indicator_owner")]
    assert [i.value for i in ex.indicators] == ["4894", "274", "369", "979", "166"]


def test_a_policy_lists_conditions_and_rates_are_no_targets() -> None:
    # 安徽 支持实体经济发展政策清单 2022: 对…20亿元以上…的项目, 对…超过1亿美元…的, 按…2%的比例 set the case and the
    # rate of an award; 对全市15个基层应急救援队伍配备… (临湘 2024) is a target
    ex = extract_text("1.對實際總投資20億元以上、引領發展方向的戰略性新興產業項目,給予支持。\n"
                      "2.對在皖新設外商投資企業投資總額超過1億美元(含1億美元)的,按實際到位外資金額2%的比例予以獎勵。\n"
                      "3.对全市15个基层应急救援队伍配备易操作、易维护的救援装备。")
    assert [(i.span.line, i.value) for i in ex.indicators] == [(3, "15")]


def test_a_table_of_contents_before_the_body_is_no_heading() -> None:
    # 安徽 支持实体经济发展政策清单 (2022, 433条): the sections listed first, then the body from 一、 again
    text = ("安徽省支持实体经济发展政策清单\n\n一、产业发展支持政策(88条)\n\n二、稳定供应链支持政策(54条)\n\n"
            "三、科技创新支持政策(61条)\n\n一、产业发展支持政策(88条)\n\n1.对首台套重大技术装备给予支持。(省经济和信息化厅负责)\n\n"
            "二、稳定供应链支持政策(54条)\n\n1.加强原材料保供。(省发展改革委负责)")
    ex = extract_text(text)
    assert [(h.span.line, h.kind.value, h.number) for h in ex.headings] == [
        (9, "section", "一"), (11, "task", "1"), (13, "section", "二"), (15, "task", "1")]
    assert [i.value for i in ex.indicators] == []  # (88条: the count of a section's items)


def test_a_policy_lists_awards_and_periods_are_no_targets() -> None:
    # 安徽 政策清单: 各地可最高给予实缴注册资本3%的奖励,最高5000万元 (an award); 按企业1个年度内… (a period)
    ex = extract_text("2.对注册资本10亿元以上的,各地可最高给予实缴注册资本3%的奖励,最高5000万元。\n"
                      "3.按企业1个年度内实际到位外资金额2%的比例予以奖励。\n4.全年新增市场主体3000户。")
    assert [(i.span.line, i.value) for i in ex.indicators] == [(3, "3000")]


def test_a_document_joined_onto_one_line_is_read_a_piece_a_line() -> None:
    # 海盐 2022 政府工作报告重点工作责任分解, stored on one line: the line breaks a copy turned into spaces come back at
    # the numbered markers (read as pieces, not headings); the facts keep the file's one line
    text = ("各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定,"
            "现印发给你们,请认真贯彻执行。各级各部门要高度重视,加强组织领导,明确具体任务,细化工作方案,确保按时完成既定的目标任务。 "
            "海盐县2022年重点工作责任分解 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右,一般公共预算收入增长8.5%。 "
            "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局 2.落实党政机关过紧日子的要求,严控“三公”经费。 "
            "责任单位:县财政局 二、曹惠明常务副县长牵头重点工作 3.推进重大项目建设,完成投资100亿元。 责任单位:县经信局、县商务局")
    ex = extract_text(text)
    assert {d.span.line for d in ex.duties} == {1} and ex.headings == ()
    assert [(d.unit, d.role.value) for d in ex.duties] == [
        ("王丹县长", "supervisor"), ("县发改局", "lead"), ("县财政局", "co"), ("县税务局", "co"), ("县财政局", "lead"),
        ("曹惠明常务副县长", "supervisor"), ("县经信局", "lead"), ("县商务局", "co")]


def test_a_joint_meetings_members_over_a_comma_and_its_lead() -> None:
    # 兰溪 政府购买服务 联席会议: the members' list goes on over a comma before 等部门组成, and 市财政局为牵头单位 names
    # the lead alone (not the members before it)
    text = ("联席会议由市委办、市府办、市人大、市政协相关工委,市委组织部、市委宣传部、发展和改革局、国税局等部门组成,"
            "市财政局为牵头单位。")
    assert _table_roles(text) == [(1, u, "member") for u in (
        "市委办", "市府办", "市人大", "市政协相关工委", "市委组织部", "市委宣传部", "发展和改革局", "国税局")] + [
        (1, "市财政局", "lead")]


def test_a_streets_and_townships_own_departments_are_collectives() -> None:
    # 长沙 观沙岭街道 2018 污染源普查: 街直相关部门及各村(社区)为成员 (街直/镇直/乡直 as 县直/市直)
    assert _table_roles("成立污染源普查工作领导小组,街直相关部门及各村(社区)为成员。") == [
        (1, "街直相关部门", "member"), (1, "各村(社区)", "member")]


def test_starred_leads_and_a_first_is_lead_note_inside_a_bracket() -> None:
    # 嘉兴 某县 AI+ 2025 (責任單位:☆經信局、科技局。標☆的為牽頭單位,下同。) and 东阳 2025
    # (責任單位:市科技局、市經信局,第一為牽頭單位,下同): the starred or first unit leads, on this task and the next
    text = ("1.推进人工智能。(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。)\n2.推进数据。(责任单位:☆科技局、经信局)\n"
            "3.推进创新。(责任单位:市科技局、市经信局,第一为牵头单位,下同)\n4.加大投入。(责任单位:市科技局)")
    assert _table_roles(text) == [
        (1, "经信局", "lead"), (1, "科技局", "co"), (2, "科技局", "lead"), (2, "经信局", "co"),
        (3, "市科技局", "lead"), (3, "市经信局", "co"), (4, "市科技局", "lead")]
    # (a star inside a 牵头单位 label leaves the label's roles alone)
    assert _table_roles("1.推进。(牵头单位:★区发改委、区统计局)") == [(1, "区发改委", "lead"), (1, "区统计局", "lead")]


def test_a_team_set_up_by_its_members_whose_name_a_copy_spaced() -> None:
    # 广东 2009 地名普查试点: 由省民政厅、海洋渔业局等有关单位组成的第二次地 名普查试点领导小组 (a space in the name)
    text = "为加强领导,省成立由省民政厅、海洋渔业局等有关单位组成的第二次地 名普查试点领导小组(具体名单附后)。"
    assert _table_roles(text) == [(1, "省民政厅", "member"), (1, "海洋渔业局", "member")]


def test_labels_glued_to_the_task_text_and_to_their_units() -> None:
    # 河西街道 城市面貌整治: …活动责任单位社区居委会、驻辖区单位 / …责任单位环卫分公司配合单位办事处、城管中队 (no colon)
    text = ("(三)开展“全民创城日”活动驻辖区单位、社区居民每月集中开展一次卫生大扫除活动,大造洁净家园责任单位社区居委会、驻辖区单位\n"
            "2、联邦快递门前积存垃圾,业户垃圾清运费没有收到位责任单位环卫分公司配合单位办事处、城管中队")
    assert _table_roles(text) == [
        (1, "社区居委会", "shared"), (1, "驻辖区单位", "shared"),
        (2, "环卫分公司", "lead"), (2, "办事处", "co"), (2, "城管中队", "co")]
    # (a label word inside the task text that is followed by more than units is no label)
    assert _table_roles("1、明确责任单位职责分工,加强督查。") == []


def test_a_headerless_column_of_unit_and_name_cells_is_warned_about() -> None:
    # 郭坑镇 整治任务分解表, one cell a line and no header: the units of a row and its leader's name, unread, are named
    text = ("5、整治农村河流保障饮水安全。加强对农村中小河流的治理。\n各村(居、场)\n苏荣义\n"
            "6、开展农村环境连片整治活动。\n镇创卫办\n各村(居、场)\n林玉铭")
    ex = extract_text(text)
    assert {w.line for w in ex.warnings if w.code == "W104"} >= {5, 6}


def test_shares_in_a_sentence_after_the_one_that_names_the_lead() -> None:
    # 山西 2009 农村住房解困: 由建设部门牵头完成1万户。其中,太原市550户、… (the role word is the sentence before's)
    text = "由建设部门牵头完成1万户。其中,太原市550户、大同市1300户、朔州市800户。"
    assert _table_roles(text) == [(1, "建设部门", "lead"), (1, "太原市", "indicator_owner"),
                                  (1, "大同市", "indicator_owner"), (1, "朔州市", "indicator_owner")]


def test_sectors_named_bare_before_etc_departments_after_a_pivot() -> None:
    # 山西 2009: 各市建设局会同财政等部门尽快将任务分解下达 (财政 is the finance department)
    assert _table_roles("各市建设局会同财政等部门尽快将任务分解下达到县。") == [
        (1, "各市建设局", "lead"), (1, "财政", "co")]
    assert _table_roles("县农业局会同县财政局等部门制定方案。") == [(1, "县农业局", "lead"), (1, "县财政局", "co")]


def test_a_body_of_a_department_and_a_capacity_before_the_comma() -> None:
    # 辽源 2012: 市住建局所属的市住房保障办公室负责… ; 财政局 应急预案: 2.1.1 市财政局作为全市…主管部门,负责…
    assert _table_roles("市住建局所属的市住房保障办公室负责我市解决城市低收入家庭住房困难工作方面的日常工作。") == [
        (1, "市住房保障办公室", "shared")]
    assert _table_roles("2.1.1 市财政局作为全市突发公共事件财政应急保障综合协调主管部门,负责及时了解突发公共事件进展情况。") == [
        (1, "市财政局", "shared")]


def test_a_bare_chapter_number_of_a_decimal_outline() -> None:
    # 大连 财政局 应急预案: 2 组织指挥体系与职责 / 2.1 市级财政部门 / 2.1.1 …
    text = "1.4 保障措施\n措施包括财政收入政策。\n2 组织指挥体系与职责\n2.1 市级财政部门\n2.1.1 市财政局负责协调。"
    ex = extract_text(text)
    assert [(h.span.line, h.number, h.parent_line) for h in ex.headings] == [
        (1, "1.4", None), (3, "2", None), (4, "2.1", 3), (5, "2.1.1", 4)]
    # (a count and its measure is no chapter: 2 个工作日内 is prose)
    assert [h.number for h in extract_text("2 个工作日内办结\n2.1 县财政局负责。").headings] == ["2.1"]


def test_a_row_number_the_header_has_no_column_for_and_the_office_cell() -> None:
    # 淮南 残联 2024 政务公开: header 工作任务 | 具体要求 | 责任科室 | 时限要求, rows 1 | text | 办公室 | 持续推进
    text = ("工作任务 |\n具体要求 |\n责任科室 |\n时限要求 |\n||\n一、围绕服务经济抓好主动公开 |\n(一)聚焦中心工作 |\n1 |\n"
            "及时公开加快构建现代化产业体系等方面政策举措。 |\n办公室 |\n持续推进 |\n|\n2 |\n"
            "深化民生领域信息公开。 |\n市民生办 |\n持续推进 |\n")
    assert [(u, r) for _, u, r in _table_roles(text)] == [("办公室", "shared"), ("市民生办", "shared")]


def test_helpers_who_coordinate_and_help() -> None:
    # 湖北 监察工作要点: (省国土资源厅…负责,…、省监察厅协调配合)
    assert _table_roles("(省国土资源厅负责,省监察厅协调配合)") == [(1, "省国土资源厅", "shared"), (1, "省监察厅", "co")]


def test_the_units_a_body_asks_to_do_the_work() -> None:
    # 山西 2009: 省建设厅要求各市建设局会同财政等部门尽快将任务分解下达 (who asks, then who is asked)
    assert _table_roles("省建设厅要求各市建设局会同财政等部门尽快将任务分解下达到县(市、区)。") == [
        (1, "各市建设局", "lead"), (1, "财政", "co")]
    assert _table_roles("县政府责成县财政局负责资金保障。") == [(1, "县财政局", "shared")]


def test_a_roster_seat_written_with_its_post_and_duty() -> None:
    # 某乡 2022 防汛抗旱应急预案: 总指挥长:乡长负责… / 指挥长:党委副书记负责… / 分指挥长:人大主席负责…
    # (党委副书记 is a post, not 党 a surname and 委 a name)
    text = ("总指挥长:乡长负责防汛抗旱的全面工作。\n指挥长:党委副书记负责防汛抗旱人员的调度工作。\n"
            "分指挥长:人大主席负责防汛抗旱及本片人员的调度。\n成员:各单位负责人")
    assert _table_roles(text) == [(1, "乡长", "leader"), (2, "党委副书记", "leader"), (3, "人大主席", "deputy_leader"),
                                  (4, "各单位", "member")]


def test_decimal_outlines_glued_to_their_titles_and_text() -> None:
    # 某乡 2022 防汛抗旱应急预案 (1总则 / 1.1编制目的 / 2.1乡防汛指挥部成员职责分工及防汛责任制) and a 自治县 预案
    # (2.2.1事故发生,即…: three levels glued to a sentence)
    text = ("1总则\n1.1编制目的\n为做好防范。\n2组织指挥体系及职责\n2.1乡防汛指挥部成员职责分工及防汛责任制\n"
            "2.2办事机构\n2.2.1事故发生,即自动生成应急处理指挥中心。")
    ex = extract_text(text)
    assert [(h.span.line, h.number, h.parent_line) for h in ex.headings] == [
        (1, "1", None), (2, "1.1", 1), (4, "2", None), (5, "2.1", 4), (6, "2.2", 4), (7, "2.2.1", 6)]


def test_helpers_of_the_bodies_concerned() -> None:
    # 某县 地质灾害应急预案: 县民政局负责协助灾区有关部门做好… ; 北京 整治 16.市社会办:…配合有关部门做好…
    assert _table_roles("县民政局负责协助灾区有关部门做好避险和受灾群众的临时安置工作。") == [
        (1, "县民政局", "co"), (1, "灾区有关部门", "lead")]
    assert _table_roles("县民政局协助有关部门做好安置工作。") == [(1, "县民政局", "co"), (1, "有关部门", "lead")]
    # (not a phrase that only opens with 有关: 配合有关方面完善城镇… names no body)
    assert _table_roles("吴泾司法所负责配合有关方面完善城镇房屋建设管理制度。") == [(1, "吴泾司法所", "shared")]


def test_a_first_leader_label() -> None:
    # 新兴街道 网格化: 第一组长:巩元勋党工委副书记、主任 (a seat the schema reads as the leader's)
    assert _table_roles("组长:淡小成党工委书记\n第一组长:巩元勋党工委副书记、主任\n副组长:王战利人大工委主任") == [
        (1, "党工委书记", "leader"), (2, "党工委副书记、主任", "leader"), (3, "人大工委主任", "deputy_leader")]


def test_a_team_set_up_and_given_the_work() -> None:
    # 茨竹乡 2025 防溺水: 成立“茨竹乡防溺水安全管理工作领导小组”,全面负责… ; 新兴街道: …,成立X领导小组,负责…
    assert _table_roles("成立“茨竹乡防溺水安全管理工作领导小组”,全面负责组织、协调、督导全乡防溺水工作。") == [
        (1, "茨竹乡防溺水安全管理工作领导小组", "shared")]
    assert _table_roles("经街道党工委研究决定,成立新兴街道网格化建设工作领导小组,负责建设工作的组织实施。") == [
        (1, "新兴街道网格化建设工作领导小组", "shared")]
    # (the team's office is read with the team, not given the work)
    assert _table_roles("办公室设在市统计局,负责日常工作。") == [(1, "市统计局", "office")]


def test_a_leader_padded_to_three_characters_and_a_province_and_centres_units() -> None:
    # 辽政发〔2024〕3号: 牵头领导:王 健 (a two-character name padded with a space); 辽政发〔2026〕2号:
    # (省发展改革委牵头,省(中)直有关单位按职责分工负责) (the province's and the centre's units in it)
    assert _table_roles("1.地区生产总值增长5.5%左右。\n牵头领导:王 健\n牵头单位:省发展改革委") == [
        (2, "王 健", "supervisor"), (3, "省发展改革委", "lead")]
    assert _table_roles("(省发展改革委牵头,省(中)直有关单位按职责分工负责)") == [
        (1, "省发展改革委", "lead"), (1, "省(中)直有关单位", "co")]


def test_a_programme_named_by_its_count_and_an_attachment_list_with_years() -> None:
    # 兴庆区 2018: 银川市2018年为民办实事、兴庆区2018年民生十件实事 (a programme's name); 附件:1.… / 2.2018年…分解表 /
    # 3.…分解表 (the attachments, not tasks); 第一责任人的责任 names no one
    text = ("一、明确任务\n根据兴庆区2018年民生十件实事内容,结合实际。牵头责任单位要切实担负起第一责任人的责任。\n"
            "附件:1.2018年《政府工作报告》主要工作目标任务分解表\n2.2018年民生十件实事任务分解表\n3.银川市2018年为民办实事任务分解表")
    ex = extract_text(text)
    assert [h.number for h in ex.headings if h.kind.value != "annex"] == ["一"]
    assert ex.indicators == () and ex.duties == ()


def test_an_items_topic_glued_before_a_unit_named_alone_elsewhere() -> None:
    # 青浦 2025 建筑垃圾: (4)河道区水务局负责… / (6)计量管理区绿化市容局负责… (区水务局, 区绿化市容局 named alone elsewhere)
    text = ("1.区水务局负责河道保洁。区绿化市容局负责消纳场所管理。\n(4)河道区水务局负责核实永久、临时填埋河道是否办理相关填河手续。\n"
            "(6)计量管理区绿化市容局负责所在区消纳场所和转运码头的计量监督管理工作。")
    assert _table_roles(text)[2:] == [(2, "区水务局", "shared"), (3, "区绿化市容局", "shared")]
    # (a place written elsewhere keeps its name: 青浦区水务局 beside 青浦区人民政府)
    text = "青浦区人民政府办公室\n1.区水务局负责河道保洁。\n2.青浦区水务局负责核实。"
    assert _table_roles(text) == [(2, "区水务局", "shared"), (3, "青浦区水务局", "shared")]


def test_a_bureau_guiding_is_no_part_of_the_towns_it_guides() -> None:
    # 青浦 2025: 区绿化市容局联合区房管局、区城管执法局指导街镇加强… (指导 after a body's name is its verb)
    assert unit_kind("区城管执法局指导街镇") is None and unit_kind("区农业技术指导站") is not None


def test_a_dash_for_no_lead_in_a_table_one_cell_a_line() -> None:
    # 青浦 2025 附件3: 序号 / 工作内容 / 具体措施 / 牵头单位 / 配合单位, a row whose lead cell is —— (none)
    text = ("序号\n工作任务\n主要工作内容\n牵头单位\n配合单位\n(三)\n严处非法消纳\n强化建筑垃圾非法堆存情况的排查。\n"
            "区城管执法局\n区规划资源局、区水务局\n(四)\n运用数据平台共享研判\n根据各自职能将线索及时处置并反馈给区城运中心。\n"
            "——\n属地街镇、区建设管理委")
    assert _table_roles(text) == [(9, "区城管执法局", "lead"), (10, "区规划资源局", "co"), (10, "区水务局", "co"),
                                  (15, "属地街镇", "co"), (15, "区建设管理委", "co")]


def test_a_committees_chair_and_a_seat_the_lexicon_does_not_know() -> None:
    # 上海 2022 土壤污染责任人认定委员会: 主 任 委 员: / NAME  POST lines, then 工作组负责人: (no seat of the schema)
    text = "主 任 委 员:\n罗海林  市生态环境局副局长\n王训国  市规划资源局副局长\n工作组负责人:\n任菊萍  市生态环境局土壤处处长"
    assert _table_roles(text) == [(2, "市生态环境局副局长", "leader"), (3, "市规划资源局副局长", "leader")]


def test_a_duty_heading_with_the_units_other_name_in_brackets() -> None:
    # 青浦 2025 附件2: 六、公安青浦分局(交警支队) / 七、属地街镇(镇人民政府、街道办事处) over their duties
    text = "六、公安青浦分局(交警支队)\n1.负责查处违法行为。\n七、属地街镇(镇人民政府、街道办事处)\n1.负责日常监管。"
    assert _table_roles(text) == [(1, "公安青浦分局", "shared"), (3, "属地街镇", "shared")]
    # (a task's title is no unit: (八)建强微型消防站(志愿消防队))
    assert _table_roles("(八)建强微型消防站(志愿消防队)\n1.配齐器材。") == []


def test_units_then_etc_and_a_label_and_a_meetings_chair() -> None:
    # 靖政发〔2025〕17号: 五、县政府办、县发改局…等牵头部门,要于每次调度会议前… ; 月调度会议由县长主持 (its convener)
    assert _table_roles("五、县政府办、县发改局、县资源规划局等牵头部门,要于每次调度会议前,将工作任务进展情况梳理详实。") == [
        (1, "县政府办", "lead"), (1, "县发改局", "lead"), (1, "县资源规划局", "lead")]
    assert _table_roles("月调度会议由县长主持,各分管县级领导汇报上述工作进展情况。") == [(1, "县长", "convener")]
    # (not a seat: 由召集人或召集人委托有关同志主持)
    assert _table_roles("联席会议原则上每年召开一次,由召集人或召集人委托有关同志主持。") == []


def test_leaders_division_written_post_name_comrade() -> None:
    # 苏家屯区政府办公室 2023: 区政府办公室主任华毅同志主持全面工作,副主任杨烨同志分管文秘科和督查科工作 (主任 is a post,
    # not 任 a verb; 同志 after the name)
    text = "根据工作需要,区政府办公室主任华毅同志主持全面工作,副主任杨烨同志分管文秘科和督查科工作。"
    assert _table_roles(text) == [(1, "区政府办公室主任华毅同志", "supervisor"), (1, "副主任杨烨同志", "supervisor")]


def test_a_roster_seat_the_lexicon_has_no_role_for_and_members_listed_as_such() -> None:
    # 夹山镇: 由镇党委书记任顾问,镇长任组长 (顾问 is no role of the schema, nor a name); 兴宁 2021 联席会议:
    # 成员包括市民政局、市财政局…等单位分管负责同志 (members, not units closing an item)
    assert _table_roles("成立镇农村环境卫生集中整治行动领导小组,由镇党委书记任顾问,镇长任组长,全体党政班子成员任副组长。") == [
        (1, "镇长", "leader"), (1, "全体党政班子成员", "deputy_leader")]


def test_a_seat_after_a_space_on_a_roster_line() -> None:
    # 聂桥镇 气象灾害防御: 副组长: 黄光宇(人大主席) 分管领导 成 员: … 领导小组下设办公室,办公室设在镇防办
    text = "组 长: 黄 蓝(镇长)\n副组长: 黄光宇(人大主席) 成 员: 苏云生、陈昊 领导小组下设办公室,办公室设在镇防办。"
    assert (2, "镇防办", "office") in _table_roles(text)


def test_counts_of_what_a_street_is_divided_into_and_posts_of_police_and_clerks() -> None:
    # 东关街道 安全生产网格化: 全街道共分为17个第一网格(15个村、2个社区) (the ground the plan covers, no target);
    # 南川 某镇: …驻乡民警刘汲函、党政办文书韦小华…为成员 (the post, not the name)
    ex = extract_text("全街道共分为17个第一网格(15个村、2个社区)。\n全年新建学校10所(小学6所、初中4所)。")
    assert [(i.span.line, i.value) for i in ex.indicators] == [(2, "10"), (2, "6"), (2, "4")]
    assert unit_kind("驻乡民警") == "position" and unit_kind("党政办文书") == "position"


def test_a_lead_named_again_in_the_rows_responsible_cell_and_shares_in_brackets() -> None:
    # 莲都区 2023 政府工作报告 duties: 序号 / 事项 / 责任单位 / 牵头单位, the lead listed in both unit cells
    text = ("序号\n事项\n责任单位\n牵头单位\n1\n推进项目建设,完成投资10亿元。\n区发改局、区财政局、区经商局\n区发改局")
    assert _table_roles(text) == [(7, "区发改局", "lead"), (7, "区财政局", "co"), (7, "区经商局", "co"), (8, "区发改局", "lead")]
    # 肃南县 2022: …银行机构筹措资金5万元(农行肃南县支行2万元、县农村信用联社2万元、邮储银行肃南县支行1万元)
    text = ("本次专项行动中县财政、银行机构共筹措资金105万元,其中县财政配套资金100万元,银行机构筹措资金5万元"
            "(农行肃南县支行2万元、县农村信用联社2万元、邮储银行肃南县支行1万元)。")
    assert _table_roles(text) == [(1, u, "indicator_owner") for u in ("农行肃南县支行", "县农村信用联社", "邮储银行肃南县支行")]


def test_review_of_the_sessions_rules_on_ordinary_prose() -> None:
    # a meeting's chair beside the line's other duties, and only a standing meeting's
    assert _table_roles("联席会议由市长主持,由县发改局牵头,县财政局配合。") == [
        (1, "市长", "convener"), (1, "县发改局", "lead"), (1, "县财政局", "co")]
    assert _table_roles("3月5日召开专题会议,会议由副市长主持。") == []
    # a seat's note in brackets is no duty to cut at (组长:李明(全面负责))
    assert _table_roles("组  长:李明(全面负责)\n副组长:王强(负责日常工作)") == [
        (1, "李明", "leader"), (2, "王强", "deputy_leader")]
    # a place's own body is no item's topic (高新区管委会 beside 区管委会)
    assert _table_roles("区管委会负责统筹。\n高新区管委会负责园区建设。") == [
        (1, "区管委会", "shared"), (2, "高新区管委会", "shared")]
    # an item's number in the middle of a line, before units, 等 and a label
    assert _table_roles("加强协调。2.县发改局、县财政局等牵头部门,要加强协调。") == [
        (1, "县发改局", "lead"), (1, "县财政局", "lead")]
    assert unit_kind("法律文书") is None and unit_kind("党政办文书") == "position"
    assert [h.number for h in extract_text("0.5小时内到达现场\n3.2级以上地震发生后").headings] == []


def test_units_opening_the_next_item_of_a_line_then_a_comma_and_the_duty() -> None:
    # 高庄镇 环境整治 责任分工, two items run onto one line: the second item's units open a sentence after its
    # number (2.各包村干部、村干部,负责…), not only at the line's opening
    text = ("1.由保洁公司负责组织各村保洁人员,按区域及分工开展整治工作,安排协调好生活垃圾清运工作。"
            "2.各包村干部、村干部,负责组织协调处理村内乱堆乱放及“门前三堆”清理及清运工作;")
    assert _table_roles(text) == [(1, "保洁公司", "shared"), (1, "各包村干部", "shared"), (1, "村干部", "shared")]


def test_a_helper_pivot_opening_its_clause_names_the_lead() -> None:
    # 石城县 河长制考核: 2.配合县水利局共同推进河流信息、一河一策编制工作(30分); 积极配合各乡镇开展“河长制”工作
    assert _table_roles("2.配合县水利局共同推进河流信息、一河一策编制工作(30分)") == [(1, "县水利局", "lead")]
    assert _table_roles("积极配合各乡镇开展“河长制”工作(8分)。") == [(1, "各乡镇", "lead")]
    # 广州 香港推介会: 7.协助中联办做好大会的秩序维持工作 (a weak word, read when it opens the clause)
    assert _table_roles("7.协助中联办做好大会的秩序维持工作。") == [(1, "中联办", "lead")]
    # 北京 环境秩序整治: the head of a duty list helps the bodies it names after a manner
    assert _table_roles("19.市政府法制办:依据职责协助相关部门处理好整治行动中涉及的相关法制工作事务。") == [
        (1, "市政府法制办", "co"), (1, "相关部门", "lead")]
    # not a leader's share of the work, whose work it is, or a post running into a verb
    assert _table_roles("协助分管市财政局,市审计局。") == []
    assert _table_roles("县应急局负责信息接收工作;配合上级应急指挥部、属地镇街的应急处置工作。") == [(1, "县应急局", "shared")]
    assert _table_roles("协助省长抓好省人民政府工作任务的落实。") == []
    # 上海 燃气安全: a co word with a manner (按职责组织配合), and 协助领导 over a work group
    assert _table_roles("正确安装和使用报警装置。(市住房城乡建设管理委、市财政局牵头负责,市民政局按职责组织配合)") == [
        (1, "市住房城乡建设管理委", "lead"), (1, "市财政局", "lead"), (1, "市民政局", "co")]
    assert _table_roles("牵头领导:陈利众、盛付祥\n协助领导:钟伟华") == [
        (1, "陈利众", "supervisor"), (1, "盛付祥", "supervisor"), (2, "钟伟华", "supervisor")]


def test_a_task_forces_damaged_roster_and_its_office_run_into_its_director() -> None:
    # 下山镇 防溺水专班: 副班长 (a 专班's deputy), posts joined by 、 one of them a candidate, a post of each village
    text = ("副班长:杨国兴镇党委副书记、政法委员\n王韩鹏镇党委副书记、镇长提名候选人\n成员:罗绍平镇安监办负责人\n"
            "各村(社区)党支部书记")
    assert _table_roles(text) == [(1, "镇党委副书记、政法委员", "deputy_leader"),
                                  (2, "镇党委副书记、镇长提名候选人", "deputy_leader"),
                                  (3, "镇安监办负责人", "member"), (4, "各村(社区)党支部书记", "member")]
    # 兴仁镇 森林资源: 办公室设在兴仁林业站吕云军兼任办公室主任 (the seat, not who heads it); 段金龙 江边国有林场场长
    assert ("兴仁林业站", "office") in [(u, r) for _, u, r in _table_roles(
        "兴仁镇森林资源工作领导小组下设办公室,办公室设在兴仁林业站吕云军兼任办公室主任,具体抓好各项工作。")]
    assert unit_kind("江边国有林场场长") == "position"
    # 马铃乡 防汛: what the township has now is no target
    ex = extract_text("全乡共有大小河流2条,其中:凯伦河,全长3公里;马铃河,全长19.5公里,汇入珠江流域。\n全乡现有山塘6个。")
    assert ex.indicators == ()


def test_a_leader_label_named_for_the_charge() -> None:
    # 滁州 2024 重点工作: 牵头责任领导:邓继敢。 under each target
    assert _table_roles("1. 地区生产总值增长7.5%。\n牵头责任领导:邓继敢。") == [(2, "邓继敢", "supervisor")]


def test_a_label_and_its_place_in_a_two_column_table_and_figures_told_as_done() -> None:
    # 潼南区 督察整改: 整改责任单位 | / 潼南区 | (a label cell, its value cell on the next line)
    assert _table_roles("整改任务概述 |\n部分区县生活垃圾处理能力不足。 |\n整改责任单位 |\n潼南区 |") == [(4, "潼南区", "shared")]
    # 汉滨区 审计整改公示: 1.全区37个…标识牌…已安装到位 (done, told after the figure)
    ex = extract_text("1.全区37个规模较大的镇级水源地标识牌、界牌界桩和网围栏等设施已安装到位。\n"
                      "2.建民街道办事处红莲村区域汉江内14艘吸砂船已全部吊装上岸。\n3.年内建成污水处理厂2座。")
    assert [(i.span.line, i.value) for i in ex.indicators] == [(3, "2")]


def test_a_pdfs_padded_figures_an_ascii_full_stop_and_an_unclosed_bracket() -> None:
    # 舟山 2020: 集中力量抓好 132 个省市重点项目建设 (a PDF's gaps around a figure); 建湖 督察: 全州 382 条河流…
    ex = extract_text("4.集中力量抓好 132 个省市重点项目建设,新开工 48 个重大项目。\n"
                      "全州 382 条河流纳入河长制管理的 582 个河段,目前只有 126 个河段完成了方案,有 456 个河段仍未完成制定。\n"
                      "7 所有县(市)实现二甲公立医院全覆盖")
    assert [(i.span.line, i.value) for i in ex.indicators] == [(1, "132"), (1, "48")]
    # 某区 秸秆综合利用: …收储加工点4-10个.由区农业局、区国土局、区建设局等部门负责落实… (an ASCII full stop)
    text = ("由区农业局牵头引进秸秆生物质燃料加工企业,建成收储加工点4-10个.由区农业局、区国土局、区建设局等部门负责落实"
            "收储加工点的选址,各相关乡镇(街道)负责加工点临时占地的租用。")
    assert _table_roles(text) == [(1, "区农业局", "lead"), (1, "区农业局", "shared"), (1, "区国土局", "shared"),
                                  (1, "区建设局", "shared"), (1, "各相关乡镇(街道)", "shared")]
    assert normalise("外交部.党.委.书.记.、副部长") == "外交部.党.委.书.记.、副部长"
    # 宝安 海绵城市: a label inside a bracket the page left open at the line's end
    assert _table_roles("6 条河流综合整治工程完工. (牵头单位:区环保水务局;") == [(1, "区环保水务局", "lead")]


def test_rows_of_figures_kg_cannot_put_in_columns_are_said() -> None:
    # 昆明 2009 绿化任务分配表: cells parted by single spaces, the empty ones dropped
    text = ("县(市)区 辖区绿化 天保工程 退耕还林\n五华区 1000 200 2250 已启动\n盘龙区 1800 200 2050 已启动\n"
            "西山区 4000 200 1000 5000 2250 已启动\n宜良县 2500 100 5000 8000 4000")
    ex = extract_text(text)
    assert [w.line for w in ex.warnings if w.code == "W104" and "columns" in w.message] == [2, 3, 4, 5]


@pytest.mark.parametrize("text, expected", [
    # labels no plan of the corpus writes, composed of a role word, a middle word and a body
    ("1.推进项目建设。\n配合推进单位:县财政局、县自然资源局", [(2, "县财政局", "co"), (2, "县自然资源局", "co")]),
    ("1.推进项目建设。\n牵头落实部门:县发改局", [(2, "县发改局", "lead")]),
    ("1.推进项目建设。\n具体负责科室:综合科", [(2, "综合科", "shared")]),
    # 滁州 2024: 牵头责任领导:邓继敢 (a leader's label)
    ("1.推进项目建设。\n牵头责任领导:邓继敢", [(2, "邓继敢", "supervisor")]),
])
def test_labels_composed_of_a_role_word_and_a_body(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _table_roles(text) == expected


def test_a_collective_of_bodies_does_not_swallow_the_next_unit() -> None:
    # 上海 2017 重大项目: …会同相关行业部门、区政府等按照… (two bodies, not one collective as 各镇、街道 is)
    assert _table_roles("市发展改革委、市规划国土资源局会同相关行业部门、区政府等按照规划引领的原则推进。") == [
        (1, "市发展改革委", "lead"), (1, "市规划国土资源局", "lead"), (1, "相关行业部门", "co"), (1, "区政府", "co")]
    assert [i.text for i in split_units("各有关部门、单位")[0]] == ["各有关部门、单位"]


def test_a_command_roster_in_prose_with_units_for_their_leaders() -> None:
    # 汕尾 三防: …市水利局、市农业局等单位领导任副总指挥; …等单位负责人为市三防指挥部的领导成员; 办事机构…挂靠在市水利局
    assert _table_roles("市三防指挥部由市政府分管防汛防旱防风工作的副市长任总指挥,市府办、军分区、市农业局等单位领导任副总指挥。") == [
        (1, "市政府分管防汛防旱防风工作的副市长", "leader"), (1, "市府办", "deputy_leader"), (1, "军分区", "deputy_leader"),
        (1, "市农业局", "deputy_leader")]
    assert _table_roles("市委宣传部、市民政局、汕尾日报社等单位负责人为市三防指挥部的领导成员。") == [
        (1, "市委宣传部", "member"), (1, "市民政局", "member"), (1, "汕尾日报社", "member")]
    assert ("市水利局", "office") in [(u, r) for _, u, r in _table_roles(
        "由市政府行政首长任总指挥。其办事机构市防汛防旱防风办公室(以下简称市三防办)挂靠在市水利局。")]
    # 某县 重大事故: …由分管相关工作的副县长任指挥长,相关部门负责组织实施 (the bodies concerned, before their role word)
    assert ("相关部门", "shared") in [(u, r) for _, u, r in _table_roles(
        "7、抢险救灾指挥部:按事故的类别,由分管相关工作的副县长任指挥长,相关部门负责组织实施。")]


def test_a_bar_table_with_a_long_unnamed_column_and_the_bodies_concerned_in_a_cell() -> None:
    # 某市 2010 创建国家园林城市: 国家园林城市 标准或要求 (an unnamed column between bars), 有关部门 in the 协助 cell
    text = ("任务 内容 | 国家园林城市 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |\n"
            "2、按照城市卫生、安全、防灾、环保等要求建设防护绿地。 | 加强建成区防护绿地的建设。 | 市规划局 市建设局 | 有关部门 | "
            "2010年9月20日前 |")
    assert _table_roles(text) == [(2, "市规划局", "lead"), (2, "市建设局", "lead"), (2, "有关部门", "co")]


def test_a_quota_table_one_cell_a_line_with_numbered_rows_and_text_cells() -> None:
    # 嘉定 2026 违法用地整治任务表: 序号 / 街镇 / 2026年任务量 / 1-2月前 / 3月底前完成20% / …, a milestone's text among the
    # figures, so the rows are told by their numbers
    head = "嘉定区2026年度违法用地综合整治各街镇整治任务表\n序号\n街镇\n2026年任务量\n1-2月前\n3月底前完成20%\n6月底前完成60%\n"
    rows = ["1\n马陆镇\n122.52\n完成制定方案、\n计划和动员部署等。\n24.50\n73.51",
            "2\n安亭镇\n552.22\n完成制定方案、\n计划和动员部署等。\n110.44\n331.33",
            "3\n南翔镇\n98.10\n完成制定方案、\n计划和动员部署等。\n19.62\n58.86"]
    ex = extract_text(head + "\n".join(rows) + "\n总计\n772.84\n154.56")
    owners = [(d.span.line, d.unit, d.role.value) for d in ex.duties]
    assert owners == [(9, "马陆镇", "indicator_owner"), (16, "安亭镇", "indicator_owner"), (23, "南翔镇", "indicator_owner")]
    values = [i.value for i in ex.indicators if i.span.line > 7]
    assert values == ["122.52", "24.50", "73.51", "552.22", "110.44", "331.33", "98.10", "19.62", "58.86", "772.84",
                      "154.56"]


def test_a_copys_non_breaking_spaces_as_question_marks_and_a_label_list_with_a_second_role() -> None:
    # 余杭 2018: 序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? | (a copy's non-breaking spaces)
    text = ("序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |\n1? | 未来科技城要扎实推进项目建设。? | 祝振伟? 陈夏林? | 未来科技城? |\n"
            "2? | 临平新城要建成启用创新中心。? | 祝振伟? 李敏华? | 临平新城? |\n3? | 开发区要加快推进项目建设。? | 沈 ?昱? | 余杭经济技术开发区? |")
    assert (2, "未来科技城", "lead") in _table_roles(text) and (2, "陈夏林", "supervisor") in _table_roles(text)
    # 上海 电动自行车: (牵头指导处室:市局产品质量安全监督管理处,各区市场监管局、机场分局为实施单位,下同)
    assert _table_roles("1.强化监督。(牵头指导处室:市局质量处,各区市场监管局、机场分局为实施单位,下同)") == [
        (1, "市局质量处", "lead"), (1, "各区市场监管局", "co"), (1, "机场分局", "co")]
    # 上海 轨交毗邻建筑: 由X会同Y牵头组织… (the pivot inside a 由…牵头 form)
    assert _table_roles("由轨道交通消防救援支队会同各区消防救援支队牵头组织成立工作组。") == [
        (1, "轨道交通消防救援支队", "lead"), (1, "各区消防救援支队", "co")]


def test_a_team_roster_in_a_news_report() -> None:
    # 新华社 2013: 国务院总理李克强担任国务院西部地区开发领导小组和…领导小组组长 (the teams' whole names before the seat);
    # 调整后的两大领导小组组成单位包括中央组织部、中央宣传部…等部门和单位
    assert _table_roles("国务院总理李克强担任国务院西部地区开发领导小组和国务院振兴东北地区等老工业基地领导小组组长。") == [
        (1, "国务院总理", "leader")]
    assert _table_roles("调整后的两大领导小组组成单位包括中央组织部、中央宣传部、外交部等部门和单位。") == [
        (1, "中央组织部", "member"), (1, "中央宣传部", "member"), (1, "外交部", "member")]
    # (发展改革委主任担任联席会议召集人: 主任's 任 is no verb)
    assert _table_roles("发展改革委主任担任联席会议召集人。") == [(1, "发展改革委主任", "convener")]


def test_a_contents_list_a_progress_cell_split_at_a_space_and_a_top_share() -> None:
    # 某区局 疫情防控方案: 目录/提纲:…… then its headings of every kind, then the body with them again
    text = ("目录/提纲:……\n一、指导思想\n二、工作目标\n(一)防控工作领导小组办公室\n(二)系统人员防疫工作组\n"
            "某局防控工作方案\n一、指导思想\n以习近平新时代中国特色社会主义思想为指引。\n二、工作目标\n坚决遏制疫情扩散。\n"
            "(一)防控工作领导小组办公室\n组长:**\n(二)系统人员防疫工作组\n主责部门:组织人事科")
    assert [(h.span.line, h.number) for h in extract_text(text).headings] == [(7, "一"), (9, "二"), (11, "一"), (13, "二")]
    # 霍邱 2025 一季度完成情况: 2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9% (the progress cell's gap)
    text = ("序号 重点工作任务 牵头责任单位 一季度完成情况\n1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n"
            "2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%\n3 固定资产投资增长4%以上。 县发改委 同比增长16.9%")
    assert _table_roles(text) == [(2, "县发改委", "lead"), (3, "县工信局", "lead"), (4, "县发改委", "lead")]
    # 普陀 2021: 实现企业高频事项(年度企业办事频次前20%的事项)全覆盖 (the top share a scope covers)
    assert extract_text("实现企业高频事项(年度企业办事频次前20%的事项)全覆盖。").indicators == ()


def test_a_count_of_the_plans_own_indicators_is_no_target() -> None:
    # 崇明 2021 城市体检: 65是住房城乡建设部确定的基础性指标;N是市级层面…新增了34个指标
    ex = extract_text("区级体检指标传导沿用住房城乡建设部65个基础性指标,市级层面新增了34个指标。\n新增规模工业企业45家。")
    assert [(i.span.line, i.value) for i in ex.indicators] == [(2, "45")]


def _values(text: str) -> list[str]:
    return [i.value for i in extract_text(text).indicators]


def test_review_of_the_sessions_rules_on_ordinary_text() -> None:
    values = _values
    # what a place has now is no target, but a place's target is (全市2025年…, 全县有序推进…)
    assert values("一、主要目标\n全市2025年新增城镇就业5万人。\n全县有序推进农村改厕,新建卫生厕所1000户。") == ["5", "1000"]
    assert values("完成15个尚未完成验收的项目验收。") == ["15"]
    assert values("到2025年,营商环境评价进入全省前30%的行列。") == ["30"]
    assert values("各乡镇分配名额:香溪乡 10 张家乡 40 王家镇 30 李家乡 20") == []
    # a table of statistics one cell a line under prose that names a target is no quota table
    text = ("为做好全县防汛工作,确保完成年度目标任务,现将各乡镇基本情况统计如下:\n表1 各乡镇人口面积统计表\n序号\n乡镇\n人口(人)\n"
            "面积(平方公里)\n1\n城关镇\n35000\n120\n2\n河口镇\n28000\n95\n3\n石桥乡\n12000\n80")
    assert extract_text(text).indicators == () and extract_text(text).duties == ()
    # 任务 is no 任, a purpose clause no 为: no unit is seated by them
    text = ("成立县防汛抗旱指挥部,县长张三任指挥长。\n县水利局任务完成情况每月报县防汛抗旱指挥部指挥长。\n"
            "县财政局为保障县河长制工作领导小组组长交办事项,安排专项经费。")
    assert [(u, r) for _, u, r in _table_roles(text) if r == "leader"] == [("县长", "leader")]
    # a name written with an ASCII dot, a chapter's dot, a text's own question marks
    text = ("成立自治区河湖长制工作领导小组,组成人员如下:\n组  长:艾尔肯.吐尼亚孜  自治区党委副书记、自治区主席\n"
            "副组长:买买提.依明  自治区副主席")
    assert _table_roles(text) == _table_roles(text.replace(".", "·"))
    assert (2, "艾尔肯", "leader") not in _table_roles(text)
    text = "一、为什么要开展河湖清四乱？\n二、清理范围是什么？\n三、如何分工？\n由谁负责牵头？县水利局牵头,县财政局配合。"
    assert _table_roles(text) == [(4, "县水利局", "lead"), (4, "县财政局", "co")]
    # a pivot inside a unit's name cuts no label list; a verb after a pivot is no unit's name
    assert _table_roles("1.整治违法建设。牵头单位:县住建局,县联合执法大队") == [(1, "县住建局", "lead"), (1, "县联合执法大队", "lead")]
    assert _table_roles("1.协助好县委县政府做好信访维稳。\n配合县政府出台相关政策。") in ([], [(2, "县政府", "lead")])
    # a header's next cell is no unit of the label before it; an office seat before 由…兼任
    assert _table_roles("附件\n重点任务分解表\n序号\n重点任务\n牵头单位\n时间节点") == []
    assert ("县应急局", "office") in [(u, r) for _, u, r in _table_roles(
        "县防汛抗旱指挥部下设办公室,办公室设在县应急局由局长李四兼任办公室主任。")]


def test_items_numbered_with_parenthesised_digit_characters() -> None:
    # 辽宁 2012 振兴东北规划: ⑴加快…。 / 牵头单位:… (⑴ … ⒇ are one character each)
    ex = extract_text("一、主要任务\n⑴加快发展现代农业。\n牵头单位:省农委\n⑵推进新型工业化。\n牵头单位:省工信委")
    assert [(h.span.line, h.kind.value, h.number) for h in ex.headings] == [
        (1, "section", "一"), (2, "subtask", "1"), (4, "subtask", "2")]


def test_an_office_set_up_beside_a_body_it_relies_on() -> None:
    # 平潭 2019 消防员招录: 领导小组下设办公室,依托区消防救援支队,由郭彦同志兼任办公室主任
    assert ("区消防救援支队", "office") in [(u, r) for _, u, r in _table_roles(
        "领导小组下设办公室,依托区消防救援支队,由郭彦同志兼任办公室主任。")]


def test_a_joint_meetings_lead_and_office_named_with_the_meeting() -> None:
    # 北京 2012 救助管理联席会议: 市民政局为联席会议牵头单位 (the team between 为 and the label);
    # 安康 消费者权益保护: 联席会议办公室(暨放心消费创建工作办公室)设在市工商局 (the office's second name before its seat)
    assert _table_roles("市民政局为联席会议牵头单位,市民政局局长为联席会议召集人。") == [
        (1, "市民政局", "lead"), (1, "市民政局局长", "convener")]
    assert _table_roles("联席会议办公室(暨放心消费创建工作办公室)设在市工商局,承担联席会议日常工作。") == [(1, "市工商局", "office")]
    # 涟水开发区 园区管理: 综合执法局作为园区管理工作牵头部门,负责… (the work between 作为 and the label)
    assert (1, "综合执法局", "lead") in _table_roles("综合执法局作为园区管理工作牵头部门,负责安全生产监督管理。")


def test_a_target_table_under_a_first_listed_leads_convention() -> None:
    # 嘉善 2023 县城承载能力: a 责任单位 column beside the year-target columns, its first cell declaring
    # (有多个部门的,列第一位的为牵头单位,下同): the units lead and help, they own no share
    text = ("序号 | 任务名称 | 嘉善现值 | 2023年目标 | 2025年目标 | 责任单位 |\n"
            "1 | 完成投资额(亿元) | — | 37 | 500 | 县发改局、县经信局(有多个部门的,列第一位的为牵头单位,下同) |\n"
            "2 | 常住人口城镇化率(%) | 74.5 | 74.5 | 75 | 县发改局、县统计局 |\n"
            "3 | 和美乡村建成率(%) | 4.8% | 30% | 100% | 县农业农村局 |")
    assert _table_roles(text) == [(2, "县发改局", "lead"), (2, "县经信局", "co"), (3, "县发改局", "lead"),
                                  (3, "县统计局", "co"), (4, "县农业农村局", "lead")]


def test_a_leader_after_a_rows_text_when_its_title_cell_was_merged_above() -> None:
    # 余杭 2022 重点工作: 序號 / 項目 / 重點工作 / 牽頭領導 / 牽頭單位 / 主要參與單位, one cell a line; row 2 has no 項目
    # cell (merged with row 1's), so its leader comes right after its text; 各平臺、鎮街 is one collective
    text = ("序号\n项目\n重点工作\n牵头领导\n牵头单位\n主要参与单位\n1\n厚植创新发展源动力\n建设城西科创大走廊核心区。\n梅建胜\n"
            "区科技局\n区发改局\n2\n深挖名校名院名企资源,加快构建技术创新中心体系。\n顾国煜\n区科技局\n各平台、镇街")
    assert _table_roles(text) == [(10, "梅建胜", "supervisor"), (11, "区科技局", "lead"), (12, "区发改局", "co"),
                                  (15, "顾国煜", "supervisor"), (16, "区科技局", "lead"), (17, "各平台、镇街", "co")]


def test_a_seat_written_label_first_and_an_offices_staff_under_its_title() -> None:
    # 平潭君山 2023 渔业隐患整治: 组长为局党委委员、副局长陈李凯,副组长为农业农村处处长李岚; 下设办公室,挂靠在农业农村处
    assert _table_roles("成立专项行动小组,组长为局党委委员、副局长陈李凯,副组长为农业农村处处长李岚。"
                        "领导小组下设办公室,挂靠在农业农村处,由农业农村处处长李岚兼任办公室主任。") == [
        (1, "局党委委员、副局长", "leader"), (1, "农业农村处处长", "deputy_leader"), (1, "农业农村处", "office")]
    assert _table_roles("各村组长为第一责任人,要切实负责。") == []  # (who answers for the work: no seat)
    # 平潭 2022 自建房: 领导小组办公室 / 主  任:潘新雅 区交通与建设局局长 / 副主任:…: the office's director and deputies
    # hold no seat of the team (a 主任 label under a team's own roster still does)
    assert _table_roles("自建房安全专项整治工作领导小组办公室\n主  任:潘新雅   区交通与建设局局长\n"
                        "副主任:王建伟   区交通与建设局副局长\n        王新新   区市场监督管理局二级调研员") == []
    assert _table_roles("组  长:张三   区长\n主  任:王五   区政府办公室主任") == [
        (1, "区长", "leader"), (2, "区政府办公室主任", "leader")]


def test_circled_items_under_a_subtask_and_a_count_of_batches() -> None:
    # 平潭 2018 食品安全: (2)开展突出问题专项整治 / ①农药专项整治…: items below a (2) subtask are no heading of the
    # outline (a ① opening the level right under a task still is one); 检测125批次 is a target
    ex = extract_text("一、重点任务\n1.加强种植养殖监管\n(1)强化执法检查。\n(2)开展突出问题专项整治\n①农药专项整治。\n②兽药专项整治。\n"
                      "2.加强监测\n①快速检测。全年计划完成水产品质量安全快速检测125批次。(责任单位:区农发局)")
    assert [(h.span.line, h.kind.value, h.number) for h in ex.headings] == [
        (1, "section", "一"), (2, "task", "1"), (3, "subtask", "1"), (4, "subtask", "2"), (7, "task", "2"),
        (8, "subtask", "1")]
    assert [(i.span.line, i.value, i.measure) for i in ex.indicators] == [(8, "125", "批次")]


def test_a_duty_lists_head_working_with_a_unit_on_stated_grounds() -> None:
    # 某市 气象灾害应急: (5)市国土资源局:提供…分布图,根据气象条件会同气象部门提供…预报信息 (the grounds before the pivot)
    assert _table_roles("(5)市国土资源局:提供分布图,根据气象条件会同气象部门提供地质灾害预报信息。") == [
        (1, "市国土资源局", "lead"), (1, "气象部门", "co")]
    assert _table_roles("市国土资源局负责提供分布图,及时会同市气象局提供预报信息。") == [
        (1, "市国土资源局", "lead"), (1, "市气象局", "co")]


def test_a_pivot_opening_a_duty_line_and_a_roster_post_in_a_bureau_named_for_work() -> None:
    # 鹿寨 2019 污染天气: (1)柳州市鹿寨生态环境局:… / 会同县气象局及有关专家开展…研判 (the line's subject is the unit
    # above; those it works with help)
    assert _table_roles("会同县气象局及有关专家开展污染天气形势研判,对环境空气质量变化趋势进行预测;") == [(1, "县气象局", "co")]
    assert _table_roles("1.会同县财政局做好资金保障。") == [(1, "县财政局", "co")]
    # 平潭 2019 消防员招录: 副  组  长:洪  勇 区公安局副局长 / 唐佳佳 区党群工作部副部长 (工作部 is a bureau's name, no prose)
    assert _table_roles("副  组  长:洪  勇   区公安局副局长\n唐佳佳   区党群工作部副部长") == [
        (1, "区公安局副局长", "deputy_leader"), (2, "区党群工作部副部长", "deputy_leader")]


def test_a_charge_written_after_the_work_and_a_post_that_helps_oversee() -> None:
    # 山西 2023 乡村振兴责任制: 省委农村工作领导小组负责…全面推进乡村振兴的牵头抓总 (the charge after the work: lead)
    assert _table_roles("在省委领导下,省委农村工作领导小组负责巩固拓展脱贫攻坚成果、全面推进乡村振兴的牵头抓总、统筹协调。") == [
        (1, "省委农村工作领导小组", "lead")]
    # 广州 2023 经济普查: 副组长由市政府秘书长、协助分管统计工作的副秘书长,…担任 (协助分管: a post, no helper's pivot)
    assert _table_roles("副组长由市政府秘书长、协助分管统计工作的副秘书长,市统计局等有关负责同志担任。") == [
        (1, "市政府秘书长", "deputy_leader"), (1, "协助分管统计工作的副秘书长", "deputy_leader"),
        (1, "市统计局", "deputy_leader")]
    # 株洲 粮食安全: (市发改委、…、中储粮株洲直属库。排名第一的为牵头单位,下同) (a state grain depot is a body)
    assert (1, "中储粮株洲直属库", "co") in _table_roles(
        "确保粮食安全。(市发改委、市农委、中储粮株洲直属库。排名第一的为牵头单位,下同)")


def test_an_inspection_groups_head_and_its_make_up() -> None:
    # 某市 安全生产督查: (一)煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加。 (the body heading the group;
    # the people sent are no targets); 江西 2010: 第一组:张桃生局长带队 (the post, without the name)
    ex = extract_text("五、督查分组\n(一)煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加。\n"
                      "(二)督查安排。第一组:张桃生局长带队,政策法规处参加。")
    assert [(d.span.line, d.unit, d.role.value) for d in ex.duties if d.role.value == "leader"] == [
        (2, "市煤炭工业局", "leader"), (3, "局长", "leader")]
    assert ex.indicators == ()


def test_collectives_parted_at_ji_and_a_groups_members_after_its_head() -> None:
    # 国办 2020 放管服: (财政部牵头,国务院相关部门及各地区按职责分工负责): two collectives, the State Council's one with its
    # prefix
    assert _table_roles("1.及时总结经验。(财政部牵头,国务院相关部门及各地区按职责分工负责)") == [
        (1, "财政部", "lead"), (1, "国务院相关部门", "co"), (1, "各地区", "co")]
    # 江西 2010 两会督查: 第四组:曾从安纪检组长带队,人事处、监察总队参加 (the head's post; those who join are members);
    # 汉中 2008: 由汉中车务段牵头组织实施 (a railway section is a body)
    assert _table_roles("具体安排如下: 第四组:曾从安纪检组长带队,人事处、监察总队参加,督查萍乡市;") == [
        (1, "纪检组长", "leader"), (1, "人事处", "member"), (1, "监察总队", "member")]
    assert _table_roles("4.铁路安全督查组。由汉中车务段牵头组织实施。") == [(1, "汉中车务段", "lead")]


def test_a_chapter_of_rules_is_no_heading() -> None:
    # 山西 2023 乡村振兴责任制实施细则: 第二章 各级责任 / 第四条 … / (一)…: chapters and articles stand above the outline's
    # levels (17 of the corpus's 20 chapter lines are paragraphs in their gold); the (一) items under them are subsections
    ex = extract_text("第一章 总则\n第一条 为落实责任制,制定本细则。\n第二章 各级责任\n第四条 各级党委和政府责任主要包括:\n"
                      "(一)深入学习贯彻。\n(二)统揽工作。")
    assert [(h.span.line, h.kind.value, h.number) for h in ex.headings] == [(5, "subsection", "一"), (6, "subsection", "二")]


def test_second_review_of_session_twenty_two_stays_unread_or_whole() -> None:
    # sentences a review found misread by this session's first rules: each gives what the plain reading gives
    assert _table_roles("1.统筹协调。县发改局作为全县重点工作任务的牵头单位,负责统筹协调,县财政局配合。") == [
        (1, "县发改局", "lead"), (1, "县财政局", "co")]  # (a label after two team words: no fault)
    for text in ("县人社局为各项目承办单位提供用工服务。", "县自然资源局为重点项目实施单位提供用地保障。",
                 "县委书记带队赴浙江考察学习。", "春节前,县领导带队走访慰问困难群众。",
                 "1.根据市政府会同市财政局制定的补助办法,各乡镇做好资金发放工作。"):
        assert [(u, r) for _, u, r in _table_roles(text) if r in ("lead", "co", "leader", "member")] == [], text
    assert _table_roles("县委宣传部牵头,相关部门和各镇街配合。") == [(1, "县委宣传部", "lead"), (1, "相关部门和各镇街", "co")]
    assert _values("每个行政村配备不少于3名专职人员参与网格管理。") == ["3"]
    assert _values("每年选派10名优秀年轻干部参加挂职锻炼。") == ["10"]
    # an office set up as a body of its own keeps its roster
    assert _table_roles("成立县创建文明城市工作领导小组办公室\n主任:王五 县文明办主任\n成员:县委宣传部、县教育局") == [
        (2, "县文明办主任", "leader"), (3, "县委宣传部", "member"), (3, "县教育局", "member")]
    # chapters whose titles are topics (应急组织机构) are no headings either
    ex = extract_text("第一章 总则\n一、目的\n第二章 应急组织机构\n一、指挥部\n第三章 监测预警\n一、监测")
    assert [(h.span.line, h.kind.value) for h in ex.headings] == [(2, "section"), (4, "section"), (6, "section")]


def test_a_helper_pivot_opening_a_later_sentence_and_a_groups_make_up() -> None:
    # 某市 突发公共卫生事件: (6)市公安局:…维护社会稳定。协助卫生行政部门落实…; 湟中 会议纪要: (三)由县住房和城乡建设局负责,
    # …。同时,协助县国土资源局完成…: the entry's head, or the sentence's subject before, helps the unit it names
    assert _table_roles("(6)市公安局:密切注视疫情动态,切实维护社会稳定。协助卫生行政部门落实强制隔离措施。") == [
        (1, "市公安局", "co"), (1, "市公安局", "shared"), (1, "卫生行政部门", "lead")]
    assert ("县国土资源局", "lead") in [(u, r) for _, u, r in _table_roles(
        "(三)由县住房和城乡建设局负责,于7月17日前完成房屋征收工作。同时,协助县国土资源局完成征迁工作。")]
    # 岫岩 危化品应急: 2.3.1抢险救援组。由县公安局、安监局、消防大队等单位组成。主要负责…: members, who do not share the
    # group's own duties
    roles = _table_roles("2.3.1抢险救援组。由县公安局、安监局、消防大队等单位组成。主要负责灾情勘查等工作。")
    assert [(u, r) for _, u, r in roles] == [("县公安局", "member"), ("安监局", "member"), ("消防大队", "member")]


def test_a_command_headed_by_a_post_and_joined_by_bodies_in_prose() -> None:
    # 莘县柿子园镇 2020 防汛: 成立了镇党委书记挂帅,镇党政办、水利站、城建所等部门共同参与的防汛应急指挥部;
    # 民权胡集乡 2014: 成立由乡长任指挥、主管副职任副指挥,有关人员为成员的防汛指挥部
    assert _table_roles("该镇成立了镇党委书记挂帅,镇党政办、水利站、城建所等部门共同参与的防汛应急指挥部。") == [
        (1, "镇党委书记", "leader"), (1, "镇党政办", "member"), (1, "水利站", "member"), (1, "城建所", "member")]
    assert _table_roles("成立由乡长任指挥、主管副职任副指挥,有关人员为成员的防汛指挥部。") == [
        (1, "乡长", "leader"), (1, "主管副职", "deputy_leader")]
    assert _table_roles("县委书记挂帅出征。") == []  # (no team set up)
    # (为指挥部成员: 指挥 is a seat only when no 部 follows)
    assert ("市公安局", "member") in [(u, r) for _, u, r in _table_roles(
        "市人民政府分管副市长任指挥长,市委宣传部、市公安局等部门负责人为指挥部成员。")]


def test_road_chiefs_seated_label_first() -> None:
    # 平潭 2018 路长制: (一)区级。设总路长,由区分管领导担任…; 区路长办设在区公路管理局 (路长 as 河长 is a seat)
    assert _table_roles("(一)区级。设总路长,由区分管领导担任,负责领导全区路长制工作。") == [(1, "区分管领导", "leader")]
    assert _table_roles("(三)乡镇级。分别设立乡镇路长,由各乡镇长担任,负责领导本辖区内路长制工作。") == [(1, "各乡镇长", "leader")]
    assert ("区公路管理局", "office") in [(u, r) for _, u, r in _table_roles("区路长办设在区公路管理局。")]


def test_a_development_zone_after_a_collective_is_a_unit_of_its_own() -> None:
    # 奉贤 2021 公园城市: (牵头单位:区绿化市容局;配合单位:各街镇、开发区): the towns and streets, and the development zone
    # (a zone is one body, not a kind 各 runs over; every corpus gold with 各X、开发区 reads two units)
    assert _table_roles("1.推进公园建设。(牵头单位:区绿化市容局;配合单位:各街镇、开发区)") == [
        (1, "区绿化市容局", "lead"), (1, "各街镇", "co"), (1, "开发区", "co")]
    assert _table_roles("加强管理。(责任单位:各镇、街道、开发区)") == [(1, "各镇、街道", "shared"), (1, "开发区", "shared")]


def test_jointly_with_no_partner_named_and_a_verb_ending_like_an_office() -> None:
    # 某县 民族团结宣传: 由县委办、政府办、县委宣传部…联合组织举办…评选活动 (联合 as an adverb: the bodies share the work;
    # 举办 ends like 办 and is no office)
    assert _table_roles("由县委办、政府办、县委宣传部、县民宗局联合组织举办评选活动。") == [
        (1, "县委办", "shared"), (1, "政府办", "shared"), (1, "县委宣传部", "shared"), (1, "县民宗局", "shared")]
    assert _table_roles("由县发改局联合县财政局制定实施细则。") == [(1, "县发改局", "lead"), (1, "县财政局", "co")]
    assert unit_kind("县双创办") is not None and unit_kind("乡村振兴办") is not None and unit_kind("组织举办") is None


def test_a_target_cell_with_a_figure_for_each_indicator_of_its_row() -> None:
    # 嘉善 2023: 1 | 滚动推进重大项目(个)、完成投资额(亿元) | — | 15、37 | — | 40、500 | 县发改局 |: each cell of a year's
    # column holds a figure for each of the row's two indicators
    text = ("序号 | 任务名称 | 嘉善现值 | 2023年目标 | 2027年目标 | 责任单位 |\n"
            "1 | 滚动推进重大项目(个)、完成投资额(亿元) | — | 15、37 | 40、500 | 县发改局 |\n"
            "2 | 常住人口城镇化率(%) | 72.1 | 74.5 | 77 | 县发改局、县统计局 |")
    assert [(i.span.line, i.value) for i in extract_text(text).indicators] == [
        (2, "15"), (2, "37"), (2, "40"), (2, "500"), (3, "74.5"), (3, "77")]


def test_a_main_responsibility_label_leads_only_beside_helpers() -> None:
    # 某市 城乡环境卫生: …主要责任单位:各县(市、区)、乡(镇)人民政府、街道办,…等单位 — no helpers named, so the
    # units are the ones responsible (shared); the governments of two levels under one 各 are one collective
    assert _table_roles("加强城市道路日常保洁。主要责任单位:各县(市、区)、乡(镇)人民政府、街道办。") == [
        (1, "各县(市、区)、乡(镇)人民政府", "shared"), (1, "街道办", "shared")]
    # beside a helpers' label the main unit leads
    assert _table_roles("推进普惠托育。主要责任单位:市卫健委;配合单位:市教育局。") == [
        (1, "市卫健委", "lead"), (1, "市教育局", "co")]


def test_the_chiefs_of_a_chief_system_are_posts() -> None:
    # 大余 2024 河湖长制公示 (Traditional there): 总河长、副总河长负责…总督导、总调度 — public posts with no level before
    # them; their office (县河长办) is a body, and a heading listing chiefs over their roster gives no duty
    assert _table_roles("总河长、副总河长负责本行政区域内河长制工作的总督导、总调度。") == [
        (1, "总河长", "shared"), (1, "副总河长", "shared")]
    assert _table_roles("配合县河长办调配抽调人员开展督查、执法等工作。") == [(1, "县河长办", "lead")]
    assert _table_roles("一、省级总河长、副总河长\n总河长:郑栅洁 省委书记") == [(2, "省委书记", "leader")]


def test_emergency_plan_forms_of_a_district() -> None:
    # 崇明 2023 燃气事故应急预案 / 2024 地下空间应急预案, 嘉定工业区 2025 (Shanghai emergency plans)
    assert _table_roles("由区政府视情会同应急、消防、公安等相关单位启动相应等级的响应措施。") == [
        (1, "区政府", "lead"), (1, "应急", "co"), (1, "消防", "co"), (1, "公安", "co")]
    assert _table_roles("教育、卫生健康、民政等部门按照各行业管理职责,协助区政府做好应急处置工作。") == [
        (1, "教育", "co"), (1, "卫生健康", "co"), (1, "民政", "co"), (1, "区政府", "lead")]
    assert _table_roles("较大、一般燃气事故信息发布工作,由区政府或者市住建委负责。") == [
        (1, "区政府", "shared"), (1, "市住建委", "shared")]
    assert _table_roles("区城运应急委办公室是日常办事机构,日常工作由区城运中心、区应急局共同承担。") == [
        (1, "区城运中心", "office"), (1, "区应急局", "office")]
    assert _table_roles("事故调查组由燃气、应急、公安以及属地政府等部门派员组成,必要时聘请有关专家参与。") == [
        (1, "燃气", "member"), (1, "应急", "member"), (1, "公安", "member"), (1, "属地政府", "member")]
    assert _table_roles("区国动办、区交通委等部门和单位为应急管理工作成员单位。") == [
        (1, "区国动办", "member"), (1, "区交通委", "member")]
    # a unit's duty line with its field in brackets, a duty head saying 主要职责为, a venue that is no body
    assert _table_roles("附件:相关单位及职责\n城市建设管理事务中心(水务):组织、协调现场水务设施的抢修及处置。\n"
                        "3.3.1 嘉定工业区地空联办主要职责为:协调、推进辖区内地下空间应急体系建设。\n"
                        "经济发展服务中心:协助所在辖区内公园绿地开设临时避难场所等。") == [
        (2, "城市建设管理事务中心(水务)", "shared"), (3, "嘉定工业区地空联办", "shared"), (4, "经济发展服务中心", "shared")]


def test_a_unit_and_duties_table_one_cell_a_line() -> None:
    # 奉贤 2024 违法用地整治 附件2: 单位 / 职责分工, then each unit and its duties, one cell a line between blank lines
    text = ("奉贤区违法用地综合整治协调机制成员单位职责分工\n\n单位\n\n职责分工\n\n区规划资源局\n\n"
            "拟定本区违法用地综合整治三年行动工作方案,明确工作要求。\n\n区纪委监委\n\n"
            "对于党员干部存在违纪行为的,严肃追究有关人员的责任。")
    assert _table_roles(text) == [(7, "区规划资源局", "shared"), (11, "区纪委监委", "shared")]
    # 单位 / 献血任务数 is a quota table's header, not a duty table's
    assert not _table_roles("指标分配表\n\n单 位\n\n献血任务数\n\n农场机关\n\n20\n\n卫生院\n\n15")


def test_figures_of_a_case_or_an_overview_are_no_targets() -> None:
    # 崇明 2023 燃气事故应急预案: the grades of an incident are cases described (…的;), not targets
    text = ("一、分级标准\n(2)由于燃气事故等原因,可能造成10万户以上居民用户燃气中断供应的;\n"
            "(3)实际保障量低于最高计划量80%且无法在72小时内解决的。\n二、目标\n全年新增就业5000人。")
    assert _values(text) == ["5000"]
    # 来凤 2025 河湖长制公示: 一、河湖概况 tells what is there
    assert _values("一、河湖概况\n全县有大小河流29条,总长508.1公里。\n二、工作目标\n新建污水管网12公里。") == ["12"]


def test_brackets_of_units_closing_items_run_on_one_line() -> None:
    # 荆州 2009 分解落实《政府工作报告》: the whole list on one line, each item closed by its units in brackets
    line = ("一、主要工作目标 1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。 "
            "2、财政一般预算收入增长13%(市财政局、市国税局,各县市区政府)。")
    assert _table_roles("前言。" + line) == [
        (1, "市发改委", "shared"), (1, "市政府相关部门", "shared"), (1, "各县市区政府", "shared"),
        (1, "荆州开发区", "shared"), (1, "市财政局", "shared"), (1, "市国税局", "shared")]
    # a name's other name in brackets is no list of units
    assert _table_roles("前言。 1、加快建设县发改局(粮食局)。 2、完善机制。") == []


def test_a_post_held_by_several_and_an_offices_staff_in_running_text() -> None:
    # 某区国税局 税源专业化管理: 党组成员赵丽华、赵向民…任副组长 — the post is the seat, its holders are no seats of their
    # own; 办公室主任:赵丽华副局长(兼),副主任:… is the office's staff, and the office still sits where it is said to
    text = ("成立税源专业化管理工作领导小组,由区国税局党组书记、局长黄宏强任组长,党组成员赵丽华、赵向民、许创宇任副组长,"
            "征收管理股、办公室主要负责人为成员。\n"
            "领导小组下设办公室,办公室主任:赵丽华副局长(兼),副主任:征管股、人教股主要负责人,办公室设在征收管理股。")
    assert _table_roles(text) == [
        (1, "区国税局党组书记、局长", "leader"), (1, "党组成员", "deputy_leader"), (1, "征收管理股", "member"),
        (1, "办公室", "member"), (2, "征收管理股", "office")]


def test_units_whose_leaders_make_up_a_joint_meeting() -> None:
    # 平潭 2015 消防工作联席会议: …、区消防支队等单位分管领导为组成人员 — the units are the meeting's members
    assert _table_roles("联席会议由区管委会分管领导任总召集人,区公安局一位副局长为召集人,区管委会办公室、经济发展局、"
                        "区消防支队等单位分管领导为组成人员。") == [
        (1, "区管委会分管领导", "convener"), (1, "区公安局一位副局长", "convener"), (1, "区管委会办公室", "member"),
        (1, "经济发展局", "member"), (1, "区消防支队", "member")]


def test_a_paragraph_of_a_duty_list_whose_body_works_with_no_role_word() -> None:
    # 徐汇 2017 装修垃圾: paragraphs each opening with the body whose work they state; 区城管执法局依法对…实施行政处罚
    # has no role word, and its neighbours show the run is a list of duties
    text = ("三、职责分工\n区绿化市容局负责本区装修垃圾处理的全面管理和指导工作。\n"
            "区城管执法局依法对违反规定的行为实施行政处罚。\n区住房保障房屋管理局指导、协调各街道、镇做好装修垃圾投放管理工作。\n"
            "各街道、镇作为本辖区内装修垃圾处理工作的责任主体,负责日常监管。")
    assert _table_roles(text) == [(2, "区绿化市容局", "shared"), (3, "区城管执法局", "shared"),
                                  (4, "区住房保障房屋管理局", "shared"), (5, "各街道、镇", "shared")]
    # a lone paragraph opening with a body, with no list around it, is not read
    assert _table_roles("三、工作要求\n区城管执法局依法对违反规定的行为实施行政处罚。") == []


def test_a_task_table_row_parted_by_spaces_with_the_heads_of_its_units() -> None:
    # 平潭 2015 签约项目任务分解汇总表: …牵头单位: A B 配合单位: C D 丁雄生 邓连生 — the names are the units' heads
    # (责任单位负责人), no units; 投资额 and the firm's contact are columns of the project, not of the duty
    from extract.tables import column_kind
    line = ("6 体育竞技园项目 拟建设体育竞技中心。 200 于俊平 18159083898 谢秀桐 牵头单位: 澳前片区开发管理局 区财政金融局 "
            "配合单位: 区环境与国土资源局 区规划局 丁雄生 邓连生 澳前片区开发管理局负责牵头对接。")
    roles = _table_roles(line)
    assert (1, "区规划局", "co") in roles and not any(u in ("丁雄生", "邓连生") for _, u, _ in roles)
    assert column_kind("责任单位负责人") == "note" and column_kind("投资额(亿元人民币)") == "note"


def test_a_head_named_by_its_administrative_side_and_a_pivot_inside_a_list() -> None:
    # 松江 2017 停车共享: …以及各相关街镇行政主要负责同志为成员 — the towns are members, 行政 is part of their heads' post;
    # 由街镇会同有关第三方企业作为实施主体: 会同 is a pivot, not 街镇会 and a 同 joining two units
    assert _table_roles("成立停车共享专项工作领导小组。由区委常委、副区长于宁同志担任组长,区府办、财政局以及各相关街镇行政"
                        "主要负责同志为成员。") == [
        (1, "区委常委、副区长", "leader"), (1, "区府办", "member"), (1, "财政局", "member"), (1, "各相关街镇", "member")]
    assert "街镇会" not in [u for _, u, _ in _table_roles("鼓励由街镇会同有关第三方企业作为实施主体,统筹停车资源供需关系。")]


def test_a_numbered_item_written_as_one_character() -> None:
    # 平潭 2018 近岸海域污染防治: ⒉增强海洋保护公众参与 — ⒈ … ⒛ are 1. … 20. written as one character
    ex = extract_text("(八)提高社会海洋环境保护意识\n1.强化海洋环境保护宣传教育。\n⒉增强海洋保护公众参与。组织开展增殖放流活动。")
    assert [(h.line, h.kind.value, h.number) for h in ex.headings] == [(1, "subsection", "八"), (2, "task", "1"), (3, "task", "2")]


def test_fish_fry_are_counted_by_the_tail() -> None:
    # 平潭 2018 近岸海域污染防治: 增殖放流各类水生生物苗种1亿尾以上
    assert [(q.value, q.measure) for q in find_quantities("增殖放流各类水生生物苗种1亿尾以上。")] == [("1", "亿尾")]


def test_a_heading_saying_whose_duties_follow() -> None:
    # 来凤 2025 河湖长制公示: 二、县级河湖长主要履行以下职责 — the chiefs are responsible for the items under it
    assert _table_roles("二、县级河湖长主要履行以下职责\n(一)审定并组织实施责任河湖方案;") == [(1, "县级河湖长", "shared")]


def test_review_of_the_sessions_rules_on_ordinary_sentences() -> None:
    # a target before a condition stays a target (the case is the clause that closes with 的, not the sentence)
    assert _values("年内完成植树造林1万亩,对成活率低于85%的,限期补植。") == ["1"]
    assert _values("到2025年,全县农村生活污水治理率达到60%,对未完成任务的,严肃追究责任。") == ["60"]
    assert _values("(3)实际保障量低于最高计划量85%,且无法在72小时内解决的。") == []
    # places and facilities in a bracket closing an item are what it is about, not who carries it out
    assert _table_roles("前言。 1、加强重点场所疫情防控(学校、医院、养老机构)。 2、实施老旧小区改造(城关镇、城东街道)。") == []
    # a group made of bodies (组由…组成) stops at its sentence's comma
    assert _table_roles("事故调查组由区应急局牵头组建,成员由区公安分局、区消防救援支队等单位组成。") == [
        (1, "区应急局", "lead"), (1, "区公安分局", "member"), (1, "区消防救援支队", "member")]
    # a project and its phase is no body heading its duties; a task heading ending in 现状 keeps its targets
    assert _table_roles("三、重点项目\n县污水处理厂(二期):2024年底前建成投运。\n区体育中心(一期):完成场馆建设。") == []
    assert _values("(一)着力改变农村落后现状\n到2025年,全县农村卫生厕所普及率达到90%。") == ["90"]
    # lines that state facts about a body inside a duty list give it no duty
    assert _table_roles("三、职责分工\n区发改委负责项目审批。\n区财政局负责资金保障。\n区统计局数据显示,全区常住人口增长2%。\n"
                        "区人民医院始建于1950年。") == [(2, "区发改委", "shared"), (3, "区财政局", "shared")]


def test_towns_and_streets_named_bare() -> None:
    # 奉贤 2021 农村公路: 街镇负责本行政区域内乡道、村道的相关工作 — the towns and streets, named with no 各
    assert _table_roles("街镇负责本行政区域内乡道、村道的相关工作。") == [(1, "街镇", "shared")]
    assert unit_kind("乡镇卫生院") is not None and _table_roles("推进乡镇卫生院标准化建设。") == []


def test_a_table_of_member_units_and_their_contacts() -> None:
    # 平潭 2015 消防工作联席会议成员名单: 序号 / 成员单位 / 分管领导 / 职务 / 联系电话 / 联络员 / 联系电话, one cell a line:
    # the units are the meeting's members; the people beside them are contacts, no seats
    text = ("联席会议成员名单\n序号\n成员单位\n分管领导\n职务\n联系电话\n联络员\n联系电话\n1\n区管委会办公室\n李妙君\n区办副主任\n"
            "13860607652\n林道胜\n13960893171\n2\n党群工作部\n林平\n副部长\n13509372616\n吴翊金\n13805039357")
    assert _table_roles(text) == [(10, "区管委会办公室", "member"), (17, "党群工作部", "member")]


def test_a_pivot_in_a_later_sentence_of_a_bodys_entry() -> None:
    # 徐汇 2020 消防安全责任制: (五)区科学技术委员会负责…并组织实施。组织指导…研究,会同有关部门推动… — the sentence opens with
    # its work and no body, so the entry's body works with the bodies it names (and a new body is its own subject)
    assert _table_roles("(五)区科学技术委员会负责将消防科技进步纳入科技发展规划并组织实施。组织指导消防安全重大科技攻关、基础研究和"
                        "应用研究,会同有关部门推动消防科研成果转化应用。") == [
        (1, "区科学技术委员会", "lead"), (1, "区科学技术委员会", "shared"), (1, "有关部门", "co")]
    assert _table_roles("区教育局负责学校安全。市公安局要加强巡查,会同有关部门开展整治。") == [
        (1, "区教育局", "shared"), (1, "市公安局", "lead"), (1, "有关部门", "co")]


def test_a_list_of_units_goes_on_over_a_comma_to_its_role_words() -> None:
    # 临湘 2024 八大行动, its brackets' clauses written as sentences of their own: the units before a bare comma and
    # those after it share the role words that close the list (after a lead's 牵头, they help)
    assert _table_roles("完成年度化债任务。市财政局、市自然资源局,各镇、街道等按职责分工负责。") == [
        (1, "市财政局", "shared"), (1, "市自然资源局", "shared"), (1, "各镇、街道", "shared")]
    assert _table_roles("培养科技创新领军人才。市委组织部牵头,市科工局、市教体局,各镇、街道按职责分工负责。") == [
        (1, "市委组织部", "lead"), (1, "市科工局", "co"), (1, "市教体局", "co"), (1, "各镇、街道", "co")]
    # a clause that is no list of units is not carried (建设项目 is the work, 加快推进 its verb)
    assert _table_roles("加快推进项目建设,各镇、街道按职责分工负责。") == [(1, "各镇、街道", "shared")]


def test_levels_written_once_for_one_kind_of_body() -> None:
    # 医保发〔2024〕23号: 各省级、地市、县级医疗保障行政部门负责统筹推进… — the levels, from the highest down, share
    # the body named once; 市、县两级政府 / 省、市、县三级…部门 likewise (not 各镇、县农业农村局: two bodies, the town first)
    assert _table_roles("各省级、地市、县级医疗保障行政部门负责统筹推进并规范本行政区域相关人员医保支付资格管理工作。") == [
        (1, "各省级、地市、县级医疗保障行政部门", "shared")]
    assert _table_roles("市、县两级政府负责统筹推进工作。") == [(1, "市、县两级政府", "shared")]
    assert _table_roles("省、市、县三级卫生健康部门负责统筹推进工作。") == [(1, "省、市、县三级卫生健康部门", "shared")]
    assert _table_roles("各级药品监督管理部门落实属地监管责任,负责加强监督检查。") == [(1, "各级药品监督管理部门", "shared")]
    assert _table_roles("各镇、县农业农村局负责做好秸秆禁烧巡查工作。") == [
        (1, "各镇", "shared"), (1, "县农业农村局", "shared")]


def test_member_units_each_sending_a_person() -> None:
    # 琼中 国际旅游岛建设环境综合整治: 成 员:县纪委(监察局)、县委办、…农垦驻琼中办事处各1名负责人。 — the units are the
    # members (each sends one of its heads); a body's other name in its bracket is no person's post
    text = ("成立琼中县国际旅游岛建设环境综合整治工作领导小组,其组成人员如下:\n组 长:傅信平(县委书记)\n"
            "成 员:县纪委(监察局)、县委办、县委宣传部、县旅游局、农垦驻琼中办事处各1名负责人。")
    assert _table_roles(text) == [(2, "县委书记", "leader")] + [(3, u, "member") for u in (
        "县纪委(监察局)", "县委办", "县委宣传部", "县旅游局", "农垦驻琼中办事处")]


def test_an_annex_after_the_signature_is_under_no_heading_of_the_body() -> None:
    # 医保发〔2024〕23号: the body ends 国家医保局 / 国家卫生健康委 / 2024年8月23日, and its annex follows with no 附件
    # line: the annex's (一)… are not items of the body's last section
    from extract.pipeline import extract_text
    text = ("一、明确管理对象\n管理对象为定点医药机构的相关人员。\n五、加强监督管理措施\n各级医疗保障部门要加强组织保障。\n"
            "国家医保局\n国家卫生健康委\n2024年8月23日\n登记备案及登记备案状态维护\n(一)登记备案应做到信息全面;\n"
            "(二)终止后符合相关条件重新登记备案。")
    heads = {h.line: h.parent_line for h in extract_text(text).headings}
    assert heads[9] is None and heads[10] is None and heads[3] is None


def test_a_post_before_a_name_masked_in_the_copy() -> None:
    # 镇禁种铲毒专项行动领导小组: 党委委员X任组长,禁毒专干X任副组长 — the copy masks the names; the posts hold the seats
    # (专干, a township's full-time cadre, is a post)
    text = "镇禁毒办决定成立镇禁种铲毒专项行动领导小组,党委委员X任组长,禁毒专干X任副组长,X、X、各村(社区)治调主任任成员。"
    assert _table_roles(text) == [(1, "党委委员", "leader"), (1, "禁毒专干", "deputy_leader"),
                                  (1, "各村(社区)治调主任", "member")]


def test_labels_as_sentences_of_their_own_after_an_item() -> None:
    # 临湘 2024 八大行动's bracket written as labels, each a sentence: the helpers' label keeps its list (not a bare
    # list of units closing the item, with 负有…职责 taken for a sentence)
    assert _table_roles("1.开展安全生产专项整治。牵头单位:市安委办。配合单位:各负有监管职责的行业部门和属地镇街。") == [
        (1, "市安委办", "lead"), (1, "各负有监管职责的行业部门", "co"), (1, "属地镇街", "co")]


def test_a_body_alone_on_its_line_before_its_duties() -> None:
    # 池州市重点项目办公室 科室职能: 项目二科: / 负责全市重点项目的征集… — the body heads the duties on the line below
    # (not a letter's addressee: 湖北省人民政府: / 现将…; not a notice's: 各乡镇人民政府: / 现将方案印发给你们)
    text = ("科室职能\n项目二科:\n负责全市重点项目的征集、筛选、包装、编制等谋划工作;负责全市重点项目的推进、调度工作。\n"
            "湖北省人民政府:\n现将检查情况反馈如下。\n各乡镇人民政府:\n负责本辖区内的排查工作。")
    assert _table_roles(text) == [(2, "项目二科", "shared")]


def test_words_ending_like_a_bodys_suffix_are_no_bodies() -> None:
    # 崇明 2023 燃气事故应急预案: …协助维护社会秩序 (社会 / 社 is no body's ending); 平潭 2018 路长制: 协助区执法部门现场执法和
    # 涉路纠纷调处等工作 (调处, to mediate, is no division)
    assert unit_kind("维护社会") is None and unit_kind("区执法部门现场执法和涉路纠纷调处") is None
    assert unit_kind("县社会福利院") is not None and unit_kind("市红十字会") is not None
    assert _table_roles("事发地居村民委员会和其他组织应立即进行宣传动员,协助维护社会秩序。") == []


def test_a_date_things_stand_at_governs_its_sentence_and_an_example_named_with_ru() -> None:
    # 会昌 2023 民生实事 bulletin: 截至10月31日,65件民生实事已完成26件,完成率40%;已开工事项65件,开工率达100% — all achieved
    assert _values("截至10月31日,65件民生实事已完成26件,完成率40%;已开工事项65件(含政策类),开工率达100%。") == []
    assert _values("截至目前已建成3个,2025年再建成10个。") == ["10"]
    # 紫阳 2024 督查通报: 需要加快推进落实事项3件,如县发改局负责的“…” — 如 gives an example, it is no part of the name
    assert _table_roles("需要加快推进落实事项3件,如县发改局负责的“严格落实全县重点项目前期工作计划”。") == [
        (1, "县发改局", "shared")]
    assert _table_roles("如东县发改局负责项目审批。") == [(1, "如东县发改局", "shared")]


def test_units_parted_by_single_spaces_in_a_clause() -> None:
    # 国办发〔2018〕129号 as a PDF's copy gives it: (扶贫办 中央统战部 … 全国总工会等和各省级人民政府负责) — single spaces
    # part the units when every piece is one (not 定点医药机 构: a name broken by a line's end)
    text = "动员社会各界参与消费扶贫。(扶贫办 中央统战部 教育部 国资委 全国总工会等和各省级人民政府负责)"
    assert _table_roles(text) == [(1, u, "shared") for u in ("扶贫办", "中央统战部", "教育部", "国资委", "全国总工会",
                                                             "各省级人民政府")]
    assert _table_roles("定点医药机 构负责登记备案。") == []


def test_a_table_one_cell_a_line_ends_at_the_next_annex() -> None:
    # 临湘 2024 八大行动 copied with no bars: the indicator table of 附件2 (one cell a line) ends at 附件3, whose tasks
    # are read as text (not as cells of the table above)
    text = ("科技创新主要指标责任分解一览表\n指标名称\n目标任务\n责任单位及任务\n地方财政科技支出\n2亿元\n市财政局\n"
            "拥有授权发明专利的企业\n40家\n市市场监督管理局\n附件3\n激发需求行动实施方案\n二、工作任务\n"
            "1.以政策引导消费。突出就业优先导向,2024年城镇新增就业4800人。(市人社局牵头,市财政局按职责分工负责)")
    assert _table_roles(text) == [(7, "市财政局", "indicator_owner"), (10, "市市场监督管理局", "indicator_owner"),
                                  (14, "市人社局", "lead"), (14, "市财政局", "co")]


def test_a_table_of_cells_with_a_blank_line_after_each() -> None:
    # 临湘 2024 八大行动's indicator table as a web copy gives it, a blank line after every paragraph: the blank lines
    # between its cells do not end the table
    text = "\n\n".join(["科技创新主要指标责任分解一览表", "指标名称 |", "目标任务 |", "责任单位及任务 |", "地方财政科技支出 |",
                        "2亿元 |", "市财政局 |", "新增规模工业企业 |", "45家 |", "临湘高新区10家 |", "市科工局5家 |", "||",
                        "市农业农村局5家 |"])
    assert _table_roles(text) == [(13, "市财政局", "indicator_owner"), (19, "临湘高新区", "indicator_owner"),
                                  (21, "市科工局", "indicator_owner"), (25, "市农业农村局", "indicator_owner")]


def test_a_tables_rows_with_their_duties_in_brackets_and_a_blank_line_between() -> None:
    # 湖州市建设局 2020 进展情况汇总 with a blank line after every row: 序号 | 目标任务(责任单位:…) | 推进情况 — the rows'
    # brackets are read as text, as they are when the rows follow one another
    text = ("序号 | 目标任务 | 推进情况 |\n\n1 | 坚持房子是用来住的、不是用来炒的定位,促进房地产市场平稳健康发展。(责任单位:市建设局) | "
            "1-7月,核发商品房预(现)售许可证面积497万平方米,同比增长5%;中心城市商品房销售面积221万平方米,同比上升19.7%。 |\n\n"
            "2 | 开展绿色建筑和绿色金融协同发展试点。(责任单位:市建设局、市金融办) | 新开工装配式建筑480.27万平方米。 |")
    assert _table_roles(text) == [(3, "市建设局", "shared"), (5, "市建设局", "shared"), (5, "市金融办", "shared")]


def test_a_pdf_copy_wrapped_inside_its_items_and_their_labels() -> None:
    # 下陆区 2020 重点工作责任分解 as a PDF's text wraps it at a fixed width: a numbered item's first line, a line ending
    # inside its bracket ([牵 / 头单位:…;责任单位:) and a label's line run on into the next
    from extract.pipeline import extract_text
    text = "\n".join([
        "(一)坚持常态化疫情防控",
        "1、切实提高政治站位,慎终如始精准抓好疫情防控工作。按照“防松懈、防输入、防",
        "反弹”要求,建立常态化疫情防控机制,全面落实科学防控、精密智控、闭环管控。对",
        "重点人群核酸检测应检尽检,全力做好无症状感染者的监测、追踪、隔离和治疗。[牵",
        "头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]",
        "2、以爱国卫生运动和文明城市创建为抓手,大力开展环境卫生综合整治,强化群众风",
        "险防控意识,切实巩固疫情防控成果。[牵头单位:区卫健局、区创文办;责任单位:",
        "区疫情防控指挥部成员单位、区创文工作领导小组成员单位、各街办(新区)]",
        "3、全面推进复工复产,加快重点项目建设,全力保障企业用工、用地、用能等要素需求",
        "和资金需求,确保全年经济社会发展目标任务顺利完成,推动经济平稳健康发展。(",
        "牵头单位:区发改局;责任单位:区经信局、区财政局)",
        "4、持续深化放管服改革,优化营商环境,全面推行政务服务事项网上办、掌上办、就",
        "近办,不断提升企业群众办事的便利度和满意度,营造公平竞争的市场环境。(牵头单位",
        ":区政务服务中心)"])
    got = {(d.unit, d.role.value) for d in extract_text(text).duties}
    assert {("区卫健局", "lead"), ("区创文办", "lead"), ("区创文工作领导小组成员单位", "co"), ("区发改局", "lead"),
            ("区财政局", "co")} <= got
    assert not any(u.startswith(("头单位", "险防控")) for u, _ in got)
    # a line wrapped right after a name's short note (各县(市) / 、区人民政府) runs on: the note ends no paragraph
    lines = ["一、主要目标"] + ["今年我市经济社会发展的主要目标是生产总值增长百分之十以上,全社会固定资产投资增长"] * 8 + [
        "(一)继续实施对种粮农民直接补贴、农业生产资料综合直补、优质专用小麦良种补贴",
        "、专用玉米良种补贴、农村劳动力转移培训补贴、测土配方施肥补贴、农机具购置补贴",
        ",确保补贴总金额高于上年。由市财政局、农业局、劳动保障局、农机局,各县(市)",
        "、区人民政府负责落实。"]
    got = {(d.unit, d.role.value) for d in extract_text("\n".join(lines)).duties}
    assert ("各县(市)、区人民政府", "shared") in got and ("市财政局", "shared") in got


def test_a_long_list_of_member_units_under_a_label_line() -> None:
    # 人民网 2013 全国社会救助部际联席会议: 成员单位 / 民政部、中央宣传部、…扶贫办 (23 units on one line, 112 characters) —
    # a line of units and nothing else goes on with the roster however long (not a team's sentence: …为领导小组成员。)
    units = ("民政部、中央宣传部、中央编办、中央农办、发展改革委、教育部、公安部、财政部、人力资源社会保障部、住房城乡建设部、"
             "农业部、卫生计生委、人民银行、审计署、税务总局、工商总局、统计局、法制办、银监会、证监会、保监会、信访局、扶贫办")
    got = _table_roles("职能\n研究社会救助工作。\n成员单位\n" + units)
    assert got == [(4, u, "member") for u in units.split("、")]


def test_a_unit_named_as_the_lead_body_of_a_work_in_any_words() -> None:
    # 盘锦 2009 招商引资: 市经委作为全市域外招商牵头责任部门,要组织协调… — the words of the work before the label need not
    # end with 工作; after such words only a label naming a body counts (not 动员…指导员为广大儿童青少年参与…)
    assert _table_roles("市经委作为全市域外招商牵头责任部门,要组织协调好域外招商引资各项工作。") == [(1, "市经委", "lead")]
    assert _table_roles("动员各级社会体育指导员为广大儿童青少年参与体育锻炼提供指导。") == []


def test_a_weak_role_word_after_a_lead_in_the_same_sentence() -> None:
    # 上海 2023 燃气安全 with its brackets written as sentences: 市住房城乡建设管理委牵头负责,各区政府组织落实。 — the units
    # opening the clause after the lead's take the weak word as a bracket's would (not 推动各单位落实到位, 配合区农委指导…)
    assert _table_roles("1.加强管理。市住房城乡建设管理委牵头负责,各区政府组织落实。") == [
        (1, "市住房城乡建设管理委", "lead"), (1, "各区政府", "co")]
    assert _table_roles("1.做好工作。市市场监管局牵头负责、各区政府组织落实。") == [
        (1, "市市场监管局", "lead"), (1, "各区政府", "co")]  # (the lead's clause closed by 、)
    assert (1, "区农委", "shared") not in _table_roles("区环保局负责督查取缔,配合区农委指导整治农业废弃物。")
    assert (1, "各单位", "co") not in _table_roles("制定出台具体操作办法(科技部牵头),推动各单位落实到位。")


def test_a_padded_roster_label_whose_list_wraps_at_the_page_width() -> None:
    # 上海 2022 防震减灾专业委员会 as a PDF's text wraps it: 成    员:市委宣传部、…市商务委 / 、市教委、… — the label padded
    # with spaces opens a line that runs on (its list is one list), as any line of the page's width does
    from extract.pipeline import extract_text
    lines = [
        "各区人民政府、市自然灾害防治委员会各成员单位：",
        "经市领导同意，市自然灾害防治委员会决定设立市防震减灾专业委员会和市抗震救灾专",
        "业委员会（市抗震救灾指挥部），现就有关事项通知如下。",
        "一、市防震减灾专业委员会",
        "（一）组成人员",
        "主    任：吴  清  市委常委、常务副市长",
        "副 主 任：徐国安  上海警备区副司令员",
        "马德荣  武警上海市总队司令员",
        "徐惠丽  市政府副秘书长",
        "马坚泓  市应急局局长",
        "李红芳  市地震局局长",
        "成    员：市委宣传部、市委网信办、市发展改革委、市经济信息化委、市商务委",
        "、市教委、市科委、市公安局、市司法局、市财政局、市规划资源局、市生态环境局、",
        "市住房城乡建设管理委、市交通委、市农业农村委、市水务局（市海洋局）、市文化旅",
        "游局、市卫生健康委、市应急局、市市场监管局、市绿化市容局、市民防办、市地震局",
        "、市气象局、国家能源局华东监管局、市通信管理局、上海银保监局、市科协、上海警",
        "备区、武警上海市总队、市电力公司等单位负责人为专委会成员。",
        "市防震减灾专业委员会办公室设在市地震局，办公室主任由市地震局局长李红芳兼任，",
        "副主任由市地震局副局长陈乃其、市应急局副局长沈伟忠兼任。",
        "（二）主要工作职责",
        "1.研究、审议本市防震减灾工作重大政策和措施。",
        "2.监督检查本市防震减灾重点工作的落实情况。",
        "3.定期召开专委会会议和联络员会议，通报震情趋势意见，部署本市防震减灾工作任",
        "务。",
        "4.加强本市建设工程抗震设防要求监管，强化成员单位间的协作配合，组织开展联合",
        "检查、专项检查，指导督促有关单位加强防震减灾工作。",
        "5.完成市灾防委交办的其他事项。"
    ]
    got = {(d.unit, d.role.value) for d in extract_text("\n".join(lines)).duties}
    assert {("市委宣传部", "member"), ("市教委", "member"), ("市水务局（市海洋局）", "member"), ("市文化旅游局", "member"),
            ("武警上海市总队", "member"), ("市地震局", "office")} <= got


def test_review_of_the_sessions_status_and_lead_rules_on_ordinary_sentences() -> None:
    # a second reader's sentences: lagging or started work named beside this year's targets, a plan for the rest of the
    # year after a 截至 clause, and a supervising government after a lead keep what they were before this session's rules
    assert _values("3.加强督导。对进度滞后的项目进行督办,全年完成固定资产投资50亿元。") == ["50"]
    assert _values("4.推进开工。推动已开工项目加快建设,全年新开工项目30个。") == ["30"]
    assert "5" in _values("7.加快建设。截止2024年6月底,完成投资5亿元,占年度计划的50%;下半年完成投资5亿元。")
    assert _values("6.提升水平。截至目前,全县已建成农村公路800公里;今年新建农村公路100公里,新增绿化面积2000亩。") == [
        "100", "2000"]
    assert _table_roles("县发改局牵头做好项目谋划,县政府统筹推进。") == [(1, "县发改局", "lead")]


def test_responsible_for_staff_work_is_no_head_of_the_unit() -> None:
    # 吴泾镇房屋安全: 安监所负责人员密集场所房屋的…工作 (负责 + 人员密集场所), not 安监所负责人 (its head) with no verb
    assert _table_roles("安监所负责人员密集场所房屋的消防安全宣传和指导工作；负责石油化工行业的房屋安全隐患排查整治工作；") == [
        (1, "安监所", "shared")]
    assert _table_roles("各单位负责人员要高度重视,区应急局负责人员调配。") == [(1, "区应急局", "shared")]


def _team_roles(text: str) -> list[tuple[str, str]]:
    return [(d.unit, d.role.value) for d in extract_text(text).duties]


def test_prose_rosters_of_posts_and_bodies_over_commas() -> None:
    # 国务院推进职能转变协调小组 (2015): a post held by several people, then posts parted by commas before 为成员
    assert _team_roles("国务院副总理张高丽担任协调小组组长,国务委员兼国务院秘书长杨晶、国务委员王勇担任副组长,国务院副秘书长肖捷、"
                       "江小涓、丁向阳、王仲伟,中央编办主任张纪南,法制办主任宋大涵为成员。") == [
        ("国务院副总理", "leader"), ("国务委员兼国务院秘书长", "deputy_leader"), ("国务委员", "deputy_leader"),
        ("国务院副秘书长", "member"), ("中央编办主任", "member"), ("法制办主任", "member")]
    # 湖北 第四次全国经济普查领导小组 (2018): a person's post, then bodies' heads, one seat
    assert _team_roles("领导小组由省委常委、常务副省长黄楚平任组长,省政府副秘书长王太晖及省统计局、省委宣传部、省财政厅相关负责人"
                       "任副组长。") == [
        ("省委常委、常务副省长", "leader"), ("省政府副秘书长", "deputy_leader"), ("省统计局", "deputy_leader"),
        ("省委宣传部", "deputy_leader"), ("省财政厅", "deputy_leader")]
    # 杨凌示范区 安全生产委员会: a committee named between 担任 and its seat; the members' list before a comma
    got = _team_roles("示范区管委会成立以管委会常务副主任担任安委会主任,管委会主任助理和安全生产监管部门主要负责人担任安委会副主任,"
                      "杨陵区政府、示范区监察局、公安局等单位(部门)主要负责人,西北农林科技大学相关处室主要负责人为成员的安全生产委员会。")
    assert got == [("管委会常务副主任", "leader"), ("管委会主任助理", "deputy_leader"), ("安全生产监管部门", "deputy_leader"),
                   ("杨陵区政府", "member"), ("示范区监察局", "member"), ("公安局", "member"),
                   ("西北农林科技大学相关处室", "member")]
    # the office's head is no member, nor a village committee's director a committee's seat
    assert _team_roles("联席会议办公室设市民政局,办公室主任由市民政局局长兼任。各成员单位相关负责同志为联席会议成员。") == [
        ("市民政局", "office"), ("各成员单位", "member")]
    assert ("成员", "leader") not in _team_roles("成立专项行动小组,组长为副局长陈李凯,成员为各有关行政村包村领导、村委会主任。")


def test_tiers_of_a_chief_system_and_departments_named_by_their_duty() -> None:
    # 蓟州区田长制: 区长为一级田长 (the tier before the chief's title; 其中 no part of the post)
    assert _team_roles("其中区长为一级田长,对全区耕地保护工作负总责。镇(乡)长为二级田长,对乡镇耕地保护工作负总责。") == [
        ("区长", "leader"), ("镇(乡)长", "leader")]
    # 滨州 企业安全生产属地监管: a sector's department (…监督管理部门), departments named by a duty, a locality's bodies
    assert _table_roles("一、中央、省、市属企业的安全生产监管工作,由县安全生产监督管理部门和负有安全生产监管职责的有关部门负责;"
                        "其属下企业,由所在地乡镇政府、办事处负责。") == [
        (1, "县安全生产监督管理部门", "shared"), (1, "负有安全生产监管职责的有关部门", "shared"),
        (1, "所在地乡镇政府、办事处", "shared")]
    assert _table_roles("三、其安全生产监管工作由企业所在地乡镇政府、办事处负责。") == [(1, "企业所在地乡镇政府、办事处", "shared")]
    # 质量监督管理部门 stays 质量监督's department; one or the other is no collective
    assert _table_roles("(八)质量监督管理部门负责粮食质量监测。") == [(1, "质量监督管理部门", "shared")]
    assert _table_roles("5.7.1 信息发布工作,由事发地所在社区或工业区相关职能部门负责。") != [
        (1, "事发地所在社区或工业区相关职能部门", "shared")]
    # 由区级领导分工包保并责成X牵头: no unit swallows the sentence before it
    assert all("包保" not in u for _, u, _ in _table_roles("由区级领导分工包保并责成吉林丰满经济开发区牵头负责推进29个项目。"))


def test_a_row_number_alone_is_no_wrapped_tail_of_the_heading_above() -> None:
    # 谯城区 2025 任务分解表 copied with its blank lines dropped: five section rows of one width made the text look
    # wrapped at a fixed width, and 六、…发展 ran on into the next row's number (68): the row was lost
    heads = ["二、全力以赴扩投资、优服务,筑牢经济增长根基", "三、全力以赴延链条、壮集群,构建现代产业体系",
             "四、全力以赴增动能、聚人气,激发改革创新活力", "五、全力以赴促融合、护生态,打造宜居宜业家园",
             "六、全力以赴惠民生、增福祉,加快社会事业发展"]
    text = "\n".join(["重点工作任务分解表", "序号", "重点工作任务", "主要责任单位", "协同配合单位", "一、2025年经济社会发展的主要预期目标",
                      "3", "固定资产投资增长7.5%左右。", "区发改委", "区工信局、区住建局", *heads,
                      "68", "持续推进学前教育普及普惠、义务教育优质均衡发展。", "区教育局", "区政府有关部门,各乡镇人民政府、街道办事处。"])
    assert _table_roles(text)[-3:] == [(18, "区教育局", "lead"), (19, "区政府有关部门", "co"),
                                       (19, "各乡镇人民政府、街道办事处", "co")]


def test_a_cut_text_keeps_the_clause_that_closed_its_item() -> None:
    # 豫政〔2023〕5号 printed to PDF and read back, its copy cut after 5.鼓励新能源: the cut sentence is the last item's,
    # not the item before it, whose bracket closed before the next number
    assert _table_roles("4.加大保障性租赁住房供给。(省住房城乡建设厅牵头,省财政厅、自然资源厅按职责分工负责) 5.鼓励新能源") == [
        (1, "省住房城乡建设厅", "lead"), (1, "省财政厅", "co"), (1, "自然资源厅", "co")]
    assert _table_roles("4.加大保障性租赁住房供给。(省住房城乡建设厅牵头) 5.鼓励新能源汽车消费(省商务厅、省财政") == [
        (1, "省住房城乡建设厅", "lead")]


def test_a_pdf_table_row_ending_in_a_bar_is_not_run_into_the_next_row() -> None:
    # 上城区 2019 目标任务分解表 printed to PDF: each row wrapped over visual lines, the next row opening 2 | …
    from extract.read import _join_pdf_lines

    text = ("1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局、区住房和城建局、区商务局、区文化和广电旅游体育\n"
            "局、区统计局 | A类 |\n2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局 | A类 |")
    assert _join_pdf_lines(text).split("\n") == [
        "1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局、区住房和城建局、区商务局、区文化和广电旅游体育局、区统计局 | A类 |",
        "2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局 | A类 |"]


def test_rectification_lists_and_their_rosters() -> None:
    # 岳阳 2019 卫生城市 问题汇总表, one cell a line: 问题描述 is the task column, 督查领导: names the supervising leader
    lines = ["督查领导:张建辉 督查时间:2019年 4 月 21日", "序号 |", "路段名称 |", "问题描述 |", "责任单位 |", "备注 |",
             "1 |", "湘北大道 |", "湘北大道沿线街道车辆违停严重 |", "停车办 |", "|",
             "2 |", "湘北大道 |", "求真垃圾站前种菜,旁边杂草丛生 |", "市环卫中心 |", "|"]
    assert _table_roles("\n".join(lines)) == [(1, "张建辉", "supervisor"), (10, "停车办", "shared"),
                                              (15, "市环卫中心", "shared")]
    # 汨罗 2024 巡察整改: two bare posts joined by 和 are two members; 长丰 2024: 组员 are members
    assert _team_roles("成立整改工作领导小组,由市委书记任组长、市委副书记任副组长,市委其他常委和副市长为成员。") == [
        ("市委书记", "leader"), ("市委副书记", "deputy_leader"), ("市委其他常委", "member"), ("副市长", "member")]
    assert ("各相关部门", "member") in _team_roles(
        "经开区成立以区党工委书记为组长、区党工委班子成员为副组长、各相关部门负责人为组员的整改工作领导小组。")
    # 松江河 2019 整改公示: what was done (现已全部完成整改) is no target
    assert _values("我局毁林种参整改地块42块,面积183.74公顷,现已全部完成整改。") == []


def test_glossed_lines_cut_short_and_jointly_done_work() -> None:
    # 粤办函〔2013〕146号 as a glossed mirror, its copy cut after 6.關(guān)于: the cut is placed on the line as written
    # (the glosses make it longer than its reading), so the items before it keep their duties
    assert _table_roles("5.關(guān)于加大對(duì)欠發(fā)達(dá)地區(qū)基層醫(yī)療衛(wèi)生建設(shè)的建議(第1285號(hào)。牽頭單位:省衛(wèi)生廳;"
                        "協(xié)辦單位:省財(cái)政廳、人力資源社會(huì)保障廳); 6.關(guān)于") == [
        (1, "省衛(wèi)生廳", "lead"), (1, "省財(cái)政廳", "co"), (1, "人力資源社會(huì)保障廳", "co")]
    # 吴泾镇 2023: 负责联合整治 (jointly, no partner) gives no lead; 牵头领导小组办公室工作 is 牵头 + the office's work
    assert _table_roles("平安办负责联合整治时的全面协调工作,做好实有人口信息的登记。") == [(1, "平安办", "shared")]
    assert _table_roles("县公安局负责联合县市场监管局开展整治。") == [(1, "县公安局", "lead"), (1, "县市场监管局", "co")]
    assert _table_roles("房管所牵头领导小组办公室工作，负责监管长租公寓等场所。") == [(1, "房管所", "lead")]
    # 月浦镇 2019: 协同实施本办法 names no body (本办|法)
    assert all(u != "实施本办" for _, u, _ in _table_roles("镇经发办、环保办等部门按照各自职责协同实施本办法。"))


def test_procedural_time_limits_and_bases_are_no_targets() -> None:
    # 国办发〔2018〕118号: a time limit counted from an event is a procedure's, not a target (压缩至3个工作日 is)
    assert _values("行政执法机关要在执法决定作出之日起20个工作日内,向社会公布执法信息。") == []
    assert _values("将企业开办时间压缩至3个工作日。") == ["3"]
    # 国办发〔1996〕…: the base a quota grows from
    assert _values("招生规模以1995年实招人数1445名为基数,从1996年开始逐年扩招,至1998年达到2000名。") == ["2000"]


def test_related_departments_label_and_encouraged_partners() -> None:
    # 杨浦区 2025 内部道路: 相关部门: closes each task with its bodies (a label only with its colon: 转发相关部门和街镇 and
    # …等相关部门应当各尽其责 give nobody a duty)
    assert _table_roles("相关部门：区建设管理委、区规划资源局、滨江集团、属地街道等。") == [
        (1, "区建设管理委", "shared"), (1, "区规划资源局", "shared"), (1, "滨江集团", "shared"), (1, "属地街道", "shared")]
    assert _table_roles("报送至市住房城乡建设管理委,同步将体检成果转发相关部门和街镇。") == []
    assert _table_roles("镇城运中心、规建办、动迁办等相关部门应当各尽其责,加大监督执法力度。") == []
    # 临湘 2024: whom the plan encourages to work together is given no duty (县商务局联合县市场监管局 is)
    assert _table_roles("支持各级工会联合金融机构、平台企业发放消费券。") == []
    assert _table_roles("县商务局联合县市场监管局开展检查。") == [(1, "县商务局", "lead"), (1, "县市场监管局", "co")]


def test_pdf_lines_of_a_roster_and_of_a_bracket_set_apart() -> None:
    # 国办函〔2022〕33号 and 穗 2012 人才 633 printed to PDF: a roster's NAME POST lines stay apart when a long post runs the
    # page's width; a bracket set on the next visual line after its item's full stop, or after its open label, runs on
    from extract.read import _join_pdf_lines

    wide = "苟仲文 体育总局局长、第19届亚运会组委会主席、第4届亚残运会组委会主席、第4届亚残运会组委会执行主席"
    assert _join_pdf_lines(f"{wide}\n张海迪 中国残联主席").split("\n") == [wide, "张海迪 中国残联主席"]
    item = "3.羊城企业家培养项目。加强市管企业领导人员队伍建设,5年内重点引进100名市管企业中高级经营管理人才。(牵头单位:"
    assert _join_pdf_lines(f"{item}\n市委组织部,配合单位:市国资委)").split("\n") == [item + "市委组织部,配合单位:市国资委)"]
    full = "1.以政策引导消费。突出就业优先导向,2024年城镇新增就业4800人,支持刚性和改善性住房需求。" + "扎" * 12 + "。"
    assert _join_pdf_lines(f"{full}\n{full}\n(市发改局牵头,市财政局按职责分工负责)").split("\n")[-1].endswith(
        "扎。(市发改局牵头,市财政局按职责分工负责)")


def test_rosters_with_padded_names_and_time_led_pivots() -> None:
    # 黄浦区 2025 排水体制改革 工作专班: a two-character name padded with a space (吴 昊) is no part of the post
    assert ("上海城投集团总裁办副主任", "deputy_leader") in _team_roles(
        "工作专班由副区长王滨任组长,市排水事务管理中心副主任刘波、上海城投集团总裁办副主任吴 昊任副组长。")
    # a time opening the item before the units that work together; what follows 审核后上报 is no unit's name
    assert _table_roles("2.2026年起区建管委（区水务局）联合市水务局对上海城投集团开展绩效考核。") == [
        (1, "区建管委（区水务局）", "lead"), (1, "市水务局", "co")]
    assert _table_roles("由区建管委会同区财政局审核后上报市水务局。") == [(1, "区建管委", "lead"), (1, "区财政局", "co")]
    # 吴泾镇 2021: whom a body is to coordinate (负责协调各居委会…参与) is no helper of its own
    assert all(not u.startswith("协调") for _, u, _ in _table_roles("(三)社区办:负责协调各居委会、业委会等参与建筑垃圾治理工作。"))
    assert ("省政府协调农业农村工作的副秘书长", "deputy_leader") in _team_roles(
        "省政府协调农业农村工作的副秘书长任副指挥长。")


def test_designated_officers_and_village_collectives() -> None:
    # 月浦镇 2017 安全文明施工: 专管员 is a post; 各公司、村、居民区 one collective (居民区 goes on after 各…、)
    assert _table_roles("6.各公司专管员负责对下属企业的建设工程项目进行日常巡查。") == [(1, "各公司专管员", "shared")]
    assert _table_roles("各公司、村、居民区负责对管辖范围内在建工程开展日常管理工作。") == [(1, "各公司、村、居民区", "shared")]


def test_angle_brackets_of_a_pdf_font_read_as_brackets() -> None:
    # 安顺 2019 十件实事 printed to PDF: 各县区政府〈管委会〉 comes back with U+2329/U+232A, the older angle brackets
    assert _table_roles("二、解决6万人农村饮水安全问题。(责任单位:市水务局,各县区政府\u2329管委会\u232a)") == [
        (1, "市水务局", "shared"), (1, "各县区政府\u2329管委会\u232a", "shared")]


def test_leading_role_by_its_effect_and_a_tax_policys_terms() -> None:
    # 故县 2024 乡村振兴 (Traditional news): 要发挥牵头抓总作用 gives the lead
    assert _table_roles("縣委農辦和鞏固銜接辦要發揮牽頭抓總作用,強化統籌調度。") == [
        (1, "縣委農辦", "lead"), (1, "鞏固銜接辦", "lead")]
    # 嘉兴 2023 民营经济: what a tax policy grants is no target
    assert _values("对个体工商户年应纳税所得额不超过200万元部分减半征收个人所得税,小微企业减按25%计算应纳税所得额。") == []


def test_a_body_made_of_bodies_listed_after_its_comma() -> None:
    # 嘉定区 2021 审批审查中心: …组成,包括A、B…等部门(单位)组成: the bodies it is made of are its members
    assert _team_roles("区审批审查中心应由区工改领导小组成员单位及相关市政公用服务单位组成，包括区行政服务中心、区建设管理委、"
                       "市北燃气嘉定分公司等部门（单位）组成。") == [
        ("区行政服务中心", "member"), ("区建设管理委", "member"), ("市北燃气嘉定分公司", "member")]


def test_an_article_of_rules_closes_the_headings_before_it() -> None:
    # 吴泾镇 2023 储备用地: 第四条 after (三)其他: its numbered items are under no heading before it (an annex stays open)
    text = "\n".join(["第三条 利用用途", "(一)建设项目临时设施", "建设项目施工过程中建设的临时设施。", "(三)其他",
                      "符合法律、法规规定的其他用途。", "第四条 操作规则及办理手续", "1.吴泾镇会同用地单位制定临时土地利用方案。",
                      "2.吴泾镇将方案报区土地储备中心。"])
    ex = extract_text(text)
    assert [(h.line, h.kind.value, h.parent_line) for h in ex.headings] == [
        (2, "subsection", None), (4, "subsection", None), (7, "task", None), (8, "task", None)]
    annexed = extract_text("附件\n试点工作方案\n第一条 总则\n(一)目标\n第二条 分工\n1.区建管委负责监督。")
    assert [(h.line, h.parent_line) for h in annexed.headings if h.kind.value == "task"] == [(6, 1)]


def test_cells_of_several_lines_between_blank_lines_and_seats_after_a_label_word() -> None:
    # 杨浦区 2025 排水体制改革 附件: a blank line after every cell, a cell of two units on two lines is one cell
    cells = ["序号", "改革任务", "工作要求", "完成时间", "责任单位", "配合单位",
             "1", "实施方案编制", "完成区级实施方案制定", "2025年6月", "区建设管理委", "各成员单位",
             "2", "移交清单建立", "建立移交清单,完成现场盘点", "2025年9月", "区建设管理委\n上海城投集团", "杨浦城投集团\n申浦公司",
             "3", "人员意愿征询", "完成人员意愿书面征询", "2025年9月", "上海城投集团\n杨浦城投集团",
             "4", "移交协议签订", "签订移交协议", "2025年12月", "区政府\n上海城投集团"]
    got = {(u, r) for _, u, r in _table_roles("\n\n".join(cells))}
    assert {("上海城投集团", "lead"), ("杨浦城投集团", "lead"), ("区政府", "lead"), ("申浦公司", "co")} <= got
    assert ("上海城投集团", "co") not in got
    # 静安区 2024: 分管领导为副组长 is a seat given, not a 分管领导 label naming 副组长 as a supervisor
    assert ("副组长", "supervisor") not in _team_roles("委主要领导任组长，分管领导为副组长，各科室负责人为组员。")
    # 宝山区 2025 海洋垃圾: 各岸段使用或管理单位 is one collective (A或B of two units is none)
    assert (1, "各岸段使用或管理单位", "shared") in _table_roles(
        "1.防治沿海垃圾入海。(区绿化市容局、区滨江委、相关沿海街镇、各岸段使用或管理单位)")


def test_an_industrial_zone_is_a_body() -> None:
    # 嘉定区 2025 河湖泵闸: 嘉定工业区 (工业区, like 开发区 and 园区) in a list over a comma
    assert _table_roles("区水务局、区财政局、区建管委与各镇人民政府、街道办事处，嘉定工业区、菊园新区管委会（以下简称“各街镇”）"
                        "共同负责实施。") == [
        (1, "区水务局", "shared"), (1, "区财政局", "shared"), (1, "区建管委", "shared"), (1, "各镇人民政府、街道办事处", "shared"),
        (1, "嘉定工业区", "shared"), (1, "菊园新区管委会", "shared")]


def test_what_a_unit_is_then_its_duty_after_a_comma() -> None:
    # 虹口区 2022 建筑垃圾: 区公安分局是本区…的执法部门,负责… (a higher body's branch, described, then its duty)
    assert _table_roles("区公安分局是本区维护道路交通安全、交通秩序的执法部门，负责对建筑垃圾运输车辆交通肇事进行查处。") == [
        (1, "区公安分局", "shared")]


def test_a_label_list_ends_where_the_next_paragraph_runs_in() -> None:
    # 广东 2023 重点工作分工 news, one line: …部门分工:X牵头,…等配合。 打造… 分管领导:… (a full stop and a space run the
    # next paragraph in; what it will build is no helper)
    line = ("分管领导:广东省副省长吕玉印 部门分工:省政务服务数据管理局牵头,省通信管理局等配合。 建设一批数字政府信创适配测试中心。"
            "打造全省数字政府安全智能运营中心。 分管领导:广东省副省长王曦 部门分工:省科技厅牵头,省财政厅等配合。")
    got = [(u, r) for _, u, r in _table_roles(line)]
    assert ("数字政府信创适配测试中心", "co") not in got and ("省政务服务数据管理局", "lead") in got
    assert ("省财政厅", "co") in got


def test_departments_of_two_kinds_of_one_level_and_people_from_fields() -> None:
    # 柘林镇 2023 文物保护: 区、县文物行政管理部门 (two kinds of one level, one department each), after 由…所在地的 and 会同
    assert _table_roles("区、县级文物保护单位自核定公布之日起一年内，由所在地的区、县文物行政管理部门会同区、县规划土地行政管理部门"
                        "拟定必要的保护范围。") == [
        (1, "区、县文物行政管理部门", "lead"), (1, "区、县规划土地行政管理部门", "co")]
    assert _table_roles("第七条 镇文物行政管理部门应当根据实际需要，会同镇规划土地行政管理部门组织编制文物保护专项规划。") == [
        (1, "镇文物行政管理部门", "lead"), (1, "镇规划土地行政管理部门", "co")]
    assert _table_roles("各镇、县农业农村局负责。") == [(1, "各镇", "shared"), (1, "县农业农村局", "shared")]
    # people from fields are no members
    assert _team_roles("专家委员会由文物、历史、文化、艺术、规划、建筑、法律等方面的人士组成,提供决策咨询意见。") == []


def test_a_label_word_that_reads_nothing_leaves_the_sentence_before_it() -> None:
    # 昭通 2020 消防安全责任制: …负责…消防工作。分管领导为主要责任人,…: 分管领导为 names no supervisor (a responsibility's
    # title follows), and the sentence before it keeps its duty
    assert _table_roles("第二条 各级人民政府负责本行政区域内的消防工作。分管领导为主要责任人,应当协助第一责任人,牵头综合协调"
                        "本行政区域内的消防工作。") == [(1, "各级人民政府", "shared")]


def test_a_departments_duty_list_written_as_numbered_items() -> None:
    # 崇明区 2020 消防安全责任制: (N)区X负责… items, one of them with no role word (依法督促, 应当将…): the list's body
    text = "\n".join(["四、部门职责", "（一）区应急局负责将区消防救援支队纳入应急管理体系。", "（二）区发展改革委应当将消防工作纳入"
                      "国民经济与社会发展规划。", "（三）区经委负责指导全区工业和商贸企业落实消防安全主体责任。",
                      "（四）区农业农村委负责指导农业农村消防安全工作。", "（五）区交通委依法督促交通领域有关单位落实消防安全主体责任。"])
    assert [(n, u, r) for n, u, r in _table_roles(text)] == [
        (2, "区应急局", "shared"), (3, "区发展改革委", "shared"), (4, "区经委", "shared"), (5, "区农业农村委", "shared"),
        (6, "区交通委", "shared")]


def test_a_committee_roster_in_prose_and_duty_headings_with_a_field() -> None:
    # 黄浦区 2023 基层消防: the committee's head and deputies, members in groups counted by kind, its office's work
    line = ("（一）街道消防安全委员会。各街道设立消防安全委员会（以下简称“街道消防委”），由行政主要领导担任主任，全面统筹协调基层"
            "消防综合治理工作，消防安全、城区管理工作分管领导为副主任，成员至少由党政办、管理办、营商办等街道内设办公室，城运中心、"
            "城建中心等两个事业单位以及城管中队、市场监管所、公安派出所等3个执法部门组成。街道消防委日常运作可由社区平安办承担。")
    got = _team_roles(line)
    assert ("行政主要领导", "leader") in got and ("消防安全、城区管理工作分管领导", "deputy_leader") in got
    assert {("党政办", "member"), ("营商办", "member"), ("城建中心", "member"), ("公安派出所", "member"),
            ("社区平安办", "office")} <= set(got)
    # 松江区 2020 消防安全责任制: 四、区委、区政府各部委办局消防安全职责 names whose duties follow (a field before 职责)
    roles = _table_roles("四、区委、区政府各部委办局消防安全职责\n1.区发展改革委负责将消防工作纳入规划。")
    assert (1, "区政府各部委办局", "shared") in roles
    assert (1, "镇防汛办公室", "shared") in _table_roles("(二)镇防汛办公室工作职责\n1、收集灾情信息,及时向领导小组汇报。")


def test_review_of_the_sessions_rules_on_ordinary_plan_sentences() -> None:
    # a second reader's sentences, each read right before this session and wrong with its first rules
    headings = ["三、职责分工", "(一)县人民政府工作职责", "负责本领域相关工作。", "(二)各乡镇政府工作职责", "负责本领域相关工作。",
                "(三)县供电公司安全职责", "负责本领域相关工作。"]
    assert [(n, u) for n, u, _ in _table_roles("\n".join(headings))] == [(2, "县人民政府"), (4, "各乡镇政府"), (6, "县供电公司")]
    # the staff in charge doing something (负责人员 a noun), and a noun of prose before 为 or as a mid-line label
    assert _table_roles("各单位负责人员签字确认后,报县财政局备案。") == []
    assert _table_roles("县住建局牵头,相关部门为项目建设提供要素保障。") == [(1, "县住建局", "lead")]
    assert _table_roles("县住建局牵头负责,县城管局配合。相关单位:各乡镇。") == [(1, "县住建局", "lead"), (1, "县城管局", "co")]
    # a tax term elsewhere in the sentence leaves its targets; bodies listed beside experts stay members
    assert _values("全面落实增值税小规模纳税人免征政策,全年为企业减负3000万元以上。") == ["3000"]
    assert {("县应急管理局", "member"), ("县住建局", "member")} <= set(_team_roles(
        "检查组由县应急管理局、县住建局、县消防救援大队等部门人员和行业专家组成。"))
    # 创建为省级河长制示范河湖 is no chief's seat; 各包保单位 is a collective; 局长和副局长 are one body's
    assert _table_roles("县水利局负责申报工作,力争将白沙河创建为省级河长制示范河湖。") == [(1, "县水利局", "shared")]
    assert (1, "各包保单位", "shared") in _table_roles("各包保单位负责督促所包企业落实整改,县应急管理局负责督查。")
    assert ("副局长", "member") not in _team_roles("县长任组长,县财政局局长和副局长为成员。")
    # 推动X联合Y inside a lead's task is a duty (支持X联合Y is an encouragement)
    assert (1, "县融媒体中心", "co") in _table_roles("县委宣传部牵头,推动县文旅局联合县融媒体中心开展宣传推介。")


def test_a_bare_leader_post_takes_its_seat() -> None:
    # 静安区 2024 治本攻坚: 分管领导为副组长 (the body's leader in charge, no body named before the post)
    assert _team_roles("委主要领导任组长，分管领导为副组长，各科室负责人为组员。")[:2] == [
        ("委主要领导", "leader"), ("分管领导", "deputy_leader")]


def test_sectors_named_bare_before_etc_departments_that_open_the_role_phrase() -> None:
    # 等部门 opening the role phrase (等部门按职责分工负责) still says the bare names before it are departments
    assert [u for _, u, _ in _table_roles("发展改革、财政、自然资源等部门按职责分工负责。")] == ["发展改革", "财政", "自然资源"]
    assert [u for _, u, _ in _table_roles("公安、交通、城管等部门按职责分工负责。")] == ["公安", "交通", "城管"]
    # the manner alone (按照各自职责分工 with no role word after it) gives no duty: the gold's convention
    assert _table_roles("生态环境、水务、农委等部门按照各自职责分工开展岸线巡查。") == []
    assert _table_roles("各部门按照职责分工,认真抓好落实,确保各项工作取得实效。") == []


def test_a_news_items_date_before_its_title_is_no_decimal_heading() -> None:
    # 永吉县 2019 (a news list copied with its date): 12.03 is a month and a day, not item 12.03 of an outline
    text = "12.03 吉林永吉县委常委、常务副县长罗兵带队督导检查全县环保督察案件整改工作进展情况\n2.1 组织指挥体系\n由县整改办牵头。"
    assert [(h.line, h.number) for h in extract_text(text).headings] == [(2, "2.1")]


def _wrapped(paragraph: str, width: int = 38) -> str:
    """A paragraph as a copy from a PDF gives it: cut into lines of ``width`` characters."""
    return "\n".join(paragraph[k : k + width] for k in range(0, len(paragraph), width))


def test_a_first_listed_declaration_wrapped_onto_the_next_line_still_governs() -> None:
    # 镇海区 2011 (a PDF's copy): …(责任单位中排序第一单 / 位为牵头单位)… parted by the copy's line break
    notice = ("各镇人民政府、街道办事处,区政府各部门、各直属单位:为全面落实2011年《政府工作报告》提出的各项工作,经区政府研究,"
              "现将区人民政府2011年工作任务及责任予以分解(详见附件),请各镇、街道和各部门、各单位(责任单位中排序第一单位为牵头单位)"
              "按照职责,结合实际,认真做好落实工作。")
    text = _wrapped(notice) + "\n附件\n5.城镇居民人均可支配收入增长10%以上,农民人均纯收入增长11%以上。(区发改局、农业局)"
    assert "排序第一单\n" in text
    assert [(u, r) for _, u, r in _table_roles(text)] == [("区发改局", "lead"), ("农业局", "co")]


def test_a_wrapped_copy_with_many_short_lines_is_read_by_paragraph() -> None:
    # 全民科学素质 office (a roster of NAME POST lines, then duties wrapped by a PDF's copy at 38 characters): too
    # few full lines for the common-width test, but its longest lines all share one width
    roster = ["李晓亮 中国科协科普部副部长(正局级)", "纳 翔 中国科协科普部副部长", "辛 兵 中国科协科普部副部长", "成员单位职责"]
    duties = ["一、实施未成年人科学素质行动(由教育部、共青团中央牵头,中央宣部、科技部、人力资源社会保障部、环境保护部、卫生部、"
              "广电总局、中科院、社科院、工程院、气象局、自然科学基金会、全国妇联、中国科协参加)",
              "二、实施农民科学素质行动(由农业部、中国科协牵头,中央组织部、中央宣传部、教育部、科技部、国家民委、人力资源社会保障部、"
              "环境保护部、卫生部、广电总局、安全监管总局、林业局、中科院、工程院、气象局、全国总工会、共青团中央、全国妇联参加)"]
    plain = _table_roles("\n".join(roster + duties))
    wrapped = _table_roles("\n".join(roster + [_wrapped(d) for d in duties]))
    assert len(plain) == 34 and sorted((u, r) for _, u, r in wrapped) == sorted((u, r) for _, u, r in plain)
    assert ("人力资源社会保障部", "co") in [(u, r) for _, u, r in wrapped]  # (人 / 力资源社会保障部 across a break)
    # (2.市发改委、经贸委、…、环保 / 局、规划局…: an item's first line of a list runs on)
    item = ("2.市发改委、经贸委、科技局、国土房管局、建委、交委、外经贸局、国资委、环保局、规划局、市政园林局、市容环卫局、工商局、"
            "旅游局、金融办、口岸办、亚组委、各区、县级市负责政策咨询活动;")
    lines = ["(八)其他部门", "1.市科技局、交委、规划局、金融办、参与会议互动对话环节,回答相关问题;", _wrapped(item),
             "3.各区、县级市外经贸局负责落实大会签约项目;", _wrapped("4.市建委、交委、经贸委、科技局、环保局、市容环卫局、旅游局、"
                                                       "金融办、省机场管理集团负责协助做好客商的邀请工作;")]
    assert {u for n, u, _ in _table_roles("\n".join(lines)) if n in (3, 4, 5)} >= {"环保局", "规划局", "亚组委"}


def test_a_sub_rows_text_cell_parted_where_a_sentence_ended_keeps_the_table() -> None:
    # 广州 2023 家庭医生 任务分工表 (one cell a line, a PDF's copy): a 主要内容 cell of two sentences the copy parted at
    # the full stop; the sub-row and every row after it are read (the table ended there before)
    rows = ["序号", "工作事项", "主要内容", "牵头单位", "配合单位", "市卫健委内牵头处室", "市卫健委内配合处室",
            "3", "完善家庭医生培养培训体系。", "贯彻落实《广州市改革完善全科医生培养与使用激励机制实施方案》精神,完善家庭医生培养培训体系。",
            "各区政府、市卫生健康委", "/", "科教处", "基层处",
            "做实做细基层医生全科能力提升工程2023年培训计划,培养不少于3500名基层医生。",
            "鼓励各区充分利用各种社会资源,开展形式多样的继续教育活动,提升家庭医生团队岗位胜任力。",
            "各区政府、市卫生健康委", "/", "基层处", "/",
            "4", "支持社会力量开展签约服务。", "鼓励各区结合实际,做好政策引导支持。", "各区政府", "市卫生健康委、市医保局", "基层处", "医政处"]
    got = _table_roles("\n".join(rows))
    assert (17, "各区政府", "lead") in got and (19, "基层处", "lead") in got
    assert [(u, r) for n, u, r in got if n >= 21] == [("各区政府", "lead"), ("市卫生健康委", "co"), ("市医保局", "co"),
                                                      ("基层处", "lead"), ("医政处", "co")]


def test_review_of_the_sessions_wrap_and_table_rules_on_ordinary_text() -> None:
    # a second reader's inputs, each read wrong by this session's first wrap and sub-row rules
    intro = _wrapped("为深入贯彻落实乡村振兴战略部署要求,结合本县实际,现就有关工作安排如下,请各单位认真抓好落实。", 30)
    body = _wrapped("县农业农村局负责统筹推进全县农村人居环境整治提升工作,组织开展村庄清洁行动,各乡镇抓好落实。", 30)
    for first, second in (("1、全面推进农村人居环境整治提升行动和美丽乡村建设工作", "2、加快补齐农村基础设施短板和公共服务设施建设短板工作"),
                          ("(一)推进农村厕所、污水、垃圾治理和村容村貌整体提升工作", "(二)加快补齐农村供水、道路、电网等基础设施建设短板弱项")):
        # a heading as wide as the wrapped lines, its 、 the marker's or its title's few things: no run-on
        assert _table_roles("\n".join([intro, first, body, second, "县城管局牵头负责农村垃圾治理工作。"])) == [
            (4, "县农业农村局", "shared"), (5, "各乡镇", "shared"), (7, "县城管局", "lead")]
    # duties one a line of 26-27 characters with no full stop, and targets, are no wrapped text
    duties = ["县委宣传部负责创建工作宣传发动和舆论引导及氛围营造工作", "县文明办负责创建工作的统筹协调和日常督查考核及通报工作",
              "县住建局负责城区基础设施建设和市政设施管护及维修工作", "县城管局负责城区市容环境卫生整治和违章建筑拆除管控工作"]
    assert len(_table_roles("县创建全国文明城市工作任务分解\n" + "\n".join(duties))) == 4
    targets = ["地区生产总值增长6%左右,一般公共预算收入增长5%左右", "固定资产投资增长8%以上,社会消费品零售总额增长7%左右",
               "城乡居民人均可支配收入增长与经济增长基本同步且稳定", "城镇新增就业5000人以上,城镇调查失业率控制在5.5%以内"]
    assert _table_roles("\n".join([*targets, "县发改局牵头,县统计局配合。"])) == [(5, "县发改局", "lead"), (5, "县统计局", "co")]
    # 第一 at a line's end and 是牵头部门… on the next is no first-listed-leads declaration
    assert {r for _, _, r in _table_roles("去年我县营商环境评价全市排名第一\n是牵头部门和各成员单位共同努力的结果。\n"
                                          "1.优化审批。(责任单位:县住建局、县财政局、各街道办事处)")} == {"shared"}
    # a sub-row's text over two paragraphs keeps its lead column; a closing paragraph and its signature are no sub-row
    head = ["序号", "工作事项", "主要内容", "牵头单位", "配合单位", "1", "推进医共体建设。", "完善县域医共体运行机制,推动优质资源下沉。",
            "县卫健委", "县医保局"]
    sub = ["深化医共体内部人事薪酬制度改革,建立绩效考核机制。", "健全医共体药品耗材统一管理制度,实现药品目录统一。", "县卫健委",
           "县教育局", "2", "加强基层能力建设。", "推进乡镇卫生院标准化建设。", "县卫健委", "县财政局"]
    assert [(n, r) for n, _, r in _table_roles("\n".join(head + sub)) if n >= 13] == [
        (13, "lead"), (14, "co"), (18, "lead"), (19, "co")]
    closing = ["各牵头单位要高度重视,细化工作措施,确保各项任务按时完成。", "请各单位于每季度末将工作进展情况报县卫健委,由县卫健委汇总。",
               "县卫健委、县医保局"]
    assert _table_roles("\n".join(head + closing)) == [(9, "县卫健委", "lead"), (10, "县医保局", "co")]


def test_a_last_line_whose_role_word_closes_it_is_whole_and_a_dash_label() -> None:
    # 镇海区 2011's item as the last line of a copy that left out its full stop: the clause its role word closes is
    # whole (a text cut inside its last sentence, …等按职责分, still drops what that sentence named)
    item = "5.城镇居民人均可支配收入增长10%以上,农民人均纯收入增长11%以上。区发改局牵头,农业局配合"
    assert _table_roles(item) == [(1, "区发改局", "lead"), (1, "农业局", "co")]
    assert _table_roles("1.推进项目建设。省发改委牵头,省经信委、国家统计局湖南调查总队等按职责分") == []
    # a dash for a label's colon (牵头单位——县住建局): the units after it, not a unit named 牵头单位——县住建局
    assert _table_roles("1.推进项目建设。\n牵头单位——县住建局\n配合单位——县财政局、县自然资源局") == [
        (2, "县住建局", "lead"), (3, "县财政局", "co"), (3, "县自然资源局", "co")]


def test_agencies_in_charge_and_assisting_as_a_traditional_text_labels_them() -> None:
    # 主辦機關 / 協辦機關 (the agency in charge and those assisting, as Taiwan's 行政院 plans label them): labels and
    # table columns like 牵头单位 / 配合单位, one line each in the lexicon
    assert _table_roles("1.推動長照服務(主辦機關:衛生福利部;協辦機關:內政部、勞動部)") == [
        (1, "衛生福利部", "lead"), (1, "內政部", "co"), (1, "勞動部", "co")]
    table = "序號\t工作項目\t主辦機關\t協辦機關\t完成期限\n1\t推動長照服務\t衛生福利部\t內政部、勞動部\t113年12月"
    assert _table_roles(table) == [(2, "衛生福利部", "lead"), (2, "內政部", "co"), (2, "勞動部", "co")]


def test_a_bulleted_items_bare_bracket_and_a_double_lead() -> None:
    # 香港 2022 施政報告 KPI list: an item of a bulleted list closed by a bracket of its bureau (no number before it)
    lines = ["一、環境", "- 鼠患主要黑點數目於 2023 年底前至少減半。(環境及生態局)",
             "- 香港房屋委員會(房委會)與轄下公共屋邨不同持份者每年進行約 500 次聯合清潔行動。(房屋局)"]
    assert _table_roles("\n".join(lines)) == [(2, "環境及生態局", "shared"), (3, "房屋局", "shared")]
    # 松江区 2025 审批审查中心: 双牵头 (two bodies lead together)
    roles = _table_roles("具体工作由区建设管理委和区数据局(区政务服务中心)双牵头,会同区发展改革、规划资源、水务等单位推进。")
    assert roles[:2] == [(1, "区建设管理委", "lead"), (1, "区数据局(区政务服务中心)", "lead")]


def test_level_prefixed_collectives_with_a_kind_of_department() -> None:
    # 区相关职能部门, 区政府各工作部门, 区执法部门 (rules' and emergency plans' collectives): the level's departments of a kind
    from extract.lexicon import load_lexicon
    from extract.records import UnitKind

    lex = load_lexicon()
    assert {w: unit_kind(w, lex) for w in ("区相关职能部门", "区政府各工作部门", "区执法部门", "市级其他有关部门")} == dict.fromkeys(
        ("区相关职能部门", "区政府各工作部门", "区执法部门", "市级其他有关部门"), UnitKind.collective)
    assert unit_kind("区部门", lex) is None
    # 附表:1.任务分工表 / 2.… (the tables attached, as after 附件:) are no tasks
    assert [h.number for h in extract_text("一、保障措施\n附表:1.任务分工表\n2.交通子行业光伏建设分配表\n3.各区交通光伏任务分配表").headings] == ["一"]


def test_a_post_glued_to_the_next_persons_name_in_a_roster() -> None:
    # a bordered roster cell of NAME POST lines, its lines run together by a PDF's copy (王五 县发改局局长赵六 …)
    assert _team_roles("成员:王五 县发改局局长赵六 县财政局局长钱七 县住建局局长") == [
        ("县发改局局长", "member"), ("县财政局局长", "member"), ("县住建局局长", "member")]
    assert _team_roles("成员:王五 县发改局局长 赵六 县财政局局长") == [("县发改局局长", "member"), ("县财政局局长", "member")]


def test_a_rectification_reports_status_counts_are_no_targets() -> None:
    # 瑞金市 2021 审计整改 report: a sentence of where the rectification stands (已整改, 正在整改, 未整改资金)
    line = ("《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,问题资金251023.54万元,报告日已整改40项,"
            "整改到位资金215587.84万元,正在整改10项(含部分整改),未整改资金35435.70万元,出台13个规章制度,对1人予以记大过"
            "处分,对2人予以提醒谈话,现将整改具体情况报告如下:")
    assert _values(line) == []
    # a plan's sentence beside them keeps its target (年底前…达到100%)
    assert _values("对已整改的问题开展回头看,确保2024年底前整改率达到100%。") == ["100"]


def test_units_parted_by_spaces_before_a_first_listed_declaration_in_their_bracket() -> None:
    # 国发〔2019〕3号 as a PDF's copy gives it: the bracket's units parted by spaces, the convention declared after them
    line = "1.拓展两个市场。积极稳妥地在综合保税区推广增值税一般纳税人资格试点。(税务总局 财政部 海关总署负责,排在第一位的部门为牵头部门,下同)"
    assert _table_roles(line) == [(1, "税务总局", "lead"), (1, "财政部", "co"), (1, "海关总署", "co")]
    # a bracket that only declares the convention still names no one
    assert _table_roles("请各单位(责任单位中排序第一单位为牵头单位)按照职责认真落实。") == []


def test_the_plans_own_team_or_office_as_the_subject_of_its_duty() -> None:
    # 长汀县 2022 地灾转移 领导小组 / 铜梁区 2023 文旅应急 / 衡阳 2020 12345: the bare team word opens its sentence
    assert _table_roles("下设办公室,丘志明兼任办公室主任,领导小组负责做好地质灾害巡查、值班、应急响应等工作。") == [
        (1, "领导小组", "shared")]
    assert _table_roles("办公室负责突发事件的信息接收、传递工作;负责做好交通、就餐等后勤保障工作。") == [(1, "办公室", "shared")]
    assert _table_roles("办公室负责牵头做好我局12345热线办理工作,并指定专人负责各项具体工作。") == [(1, "办公室", "lead")]
    assert _table_roles("领导小组办公室主要负责建立健全专项监督检查制度,开展日常检查。") == [(1, "领导小组办公室", "shared")]
    # the person who does it (办公室负责文件收发的同志) and the office's head are no duty of the office
    assert _table_roles("1.统一受理。办公室负责文件收发的同志,应每日登陆12345平台。") == []
    assert _table_roles("办公室负责人由张三同志担任。") == []


def test_a_name_padded_over_three_characters_before_its_post() -> None:
    # 羊拉乡 2021 疫情防控 领导小组: names padded character by character, of two and of three characters
    roster = "成  员:和 淑 英 乡经济发展办主任\n农 布 乡财政所所长\n杨 德 平 乡信用社主任"
    assert _team_roles(roster) == [("乡经济发展办主任", "member"), ("乡财政所所长", "member"), ("乡信用社主任", "member")]
    # a post of two words after a name of two (王 五 副 县长, 徐 海 镇 长) keeps its first word
    assert _team_roles("成  员:王 五 副 县长\n徐 海 镇 长") == [("副 县长", "member"), ("镇 长", "member")]


def test_a_target_table_parted_by_single_spaces_its_unit_column_last() -> None:
    # 岳阳楼区 2020 1-7月 民生实事 progress: 指标名称 then 单位 (the measure), a column word split (完成 进度), units last
    table = ("序号 指标名称 单位 目标任务 1-7月累计完成情况 完成 进度 备注 责任单位\n"
             "1 增加公办幼儿园学位 个 2295 1095 47.7%   区教育局\n"
             "2 开展政府补贴性职业技能培训 职业技能培训 人次 1640 628 38.3%   区人社局")
    assert [(ln, u) for ln, u, _ in _table_roles(table)] == [(2, "区教育局"), (3, "区人社局")]


def test_units_then_a_colon_before_their_role_word_is_a_line_to_read() -> None:
    # 吴泾镇 2021 建筑垃圾: a duty list's head kg cannot read (two places sharing 派出所) is flagged, not passed over
    ex = extract_text("(九)吴泾、塘湾派出所:负责建筑垃圾运输车辆行驶路线的核定,以及涉及交通方面的违规运输行为的查处。")
    assert [w.code for w in ex.warnings] == ["W104"]
    # the plan's own team named bare is no unusual unit (no W103)
    ex = extract_text("领导小组负责做好地质灾害巡查、值班、应急响应等工作。")
    assert [(d.unit, d.role.value) for d in ex.duties] == [("领导小组", "shared")] and not ex.warnings


def test_a_host_and_its_helpers_of_a_deputys_suggestion() -> None:
    # 2024 重点建议 督办 (a city's news): 由X主办、Y协办 gives the work as a bracket does
    line = "此建议被确定为重点建议,由市规划和自然资源局主办、市农业农村局协办。会上,市规划和自然资源局汇报了建议办理落实情况。"
    assert _table_roles(line) == [(1, "市规划和自然资源局", "lead"), (1, "市农业农村局", "co")]
    # 2022 议案 分办: 负责主办 is the host's word (as 负责牵头), not a shared charge
    assert _table_roles("根据办理工作分工,议案由市工业和信息化局负责主办,并于9月19日前向市人大代表进行答复。") == [
        (1, "市工业和信息化局", "lead")]
    # the host of an event alone stays no duty (由旗人民政府主办,举办焰火晚会)
    assert _table_roles("由旗人民政府主办,举办焰火晚会。") == []


def test_the_units_a_lead_word_leads_named_right_after_it() -> None:
    # 洋泾街道 2024 临时停车场 用地核查: 由平安办牵头信访办、城运中心核查… (the units led help)
    assert _table_roles("3.由平安办牵头信访办、城运中心核查有无该地块信访或12345热线投诉工单。") == [
        (1, "平安办", "lead"), (1, "信访办", "co"), (1, "城运中心", "co")]
    # whose work is led, a verb after the word, a team led by it: no helpers
    assert _table_roles("房管所牵头领导小组办公室工作,负责监管长租公寓。") == [(1, "房管所", "lead")]
    assert _table_roles("由平安办牵头核查所涉场地权属。") == [(1, "平安办", "lead")]
    # 友谊路街道 2019: 下设A、B为成员单位 (下设 is no part of the first member's name)
    roles = _team_roles("1．街道垃圾分类工作领导小组:街道党工委书记为组长,分管领导为副组长,下设社区管理办、绿化市容所为成员单位。")
    assert [r for r in roles if r[1] == "member"] == [("社区管理办", "member"), ("绿化市容所", "member")]
    # …原则上由小区经理担任并负责: a post that takes a job, no leader named after it
    assert _table_roles("2．垃圾分类专职管理员:原则上由小区经理担任并负责。") == []


def test_a_sentence_opening_with_a_lead_word_carries_the_subject_before() -> None:
    # 松江区 2025 审批审查中心: X负责…。牵头落实… (the subject of the sentence before leads the next)
    line = "区建设管理委负责实体化机构的建设和运行管理。牵头落实区管工程建设项目的收件、内转、发证、咨询等工作。"
    assert sorted(_table_roles(line)) == [(1, "区建设管理委", "lead"), (1, "区建设管理委", "shared")]
    # a label opening the next sentence (牵头单位要…) is no role given to the subject
    assert _table_roles("各镇负责组织实施。牵头单位要加强督导。") == [(1, "各镇", "shared")]


def test_a_tortoise_shell_bracket_cut_off_at_the_end_of_the_line() -> None:
    # 河池市 2024 优化营商环境: the stored copy stops inside the 〔牵头单位:…;配合单位:…〕 bracket
    line = ("推进多业务、多部门联办智能化审批。〔牵头单位:市市场监管局、发展改革委、大数据发展局、人力资源社会保障局;"
            "配合单位:市公安局、民政局,河池公积金管理中心,各县(区)人民")
    roles = _table_roles(line)
    assert [u for _, u, r in roles if r == "lead"] == ["市市场监管局", "发展改革委", "大数据发展局", "人力资源社会保障局"]
    assert [u for _, u, r in roles if r == "co"][:3] == ["市公安局", "民政局", "河池公积金管理中心"]


def test_a_township_rescue_roster_with_damaged_labels_and_a_sentence_after_its_members() -> None:
    # 梅窖镇 2024 安全事故应急救援预案: labels that lost their first characters, a post with no name, and a member list
    # followed by a sentence of its own
    roster = ("      长:钟太斐 党委书记\n常务副组长:丁煜峰 党委副书记、镇长\n    长:杨建林 镇人大主席\n侯海飞 党委组织委员\n"
              "综合便民服务中心主任\n成员:党政办、派出所、应急站等单位负责人。由镇应急办负责日常工作。")
    roles = _team_roles(roster)
    assert roles[:2] == [("党委书记", "leader"), ("党委副书记、镇长", "deputy_leader")]
    # a damaged label after the deputies is a deputy's; the post alone keeps its first characters
    assert ("镇人大主席", "deputy_leader") in roles and ("综合便民服务中心主任", "deputy_leader") in roles
    assert [u for u, r in roles if r == "member"] == ["党政办", "派出所", "应急站"]
    assert (6, "镇应急办", "shared") in _table_roles(roster)
    # 盖洋镇 2019 根治欠薪: the post in brackets names a body's head (not a note on the person's share of the work)
    assert _team_roles("组  长:余  珊(镇副镇长)\n副组长:董玲珍(镇保障所负责人)") == [
        ("镇副镇长", "leader"), ("镇保障所负责人", "deputy_leader")]


def test_a_leader_who_holds_the_seat_still() -> None:
    # 生态环境部 2019 脱贫攻坚领导小组 adjusted: 部长李干杰继续担任…组长 (继续 is no part of the post)
    # and the posts of one person after a colon's lead-in stay one unit
    assert _team_roles("调整内容包括:部党组书记、部长李干杰继续担任部脱贫攻坚领导小组组长。") == [("部党组书记、部长", "leader")]
    assert _team_roles("部党组书记、部长李干杰担任部脱贫攻坚领导小组组长。") == [("部党组书记、部长", "leader")]
    # 新余 2015 大众创业 意见: 职工停职创办领办企业 (to found or run a business) gives no role
    assert _table_roles("(二)允许国有企事业单位职工停职创办领办企业。国有企事业单位职工经单位同意。") == []


def test_members_listed_one_a_line_after_a_line_that_announces_them() -> None:
    # 澳門 2017 第275/2017號批示: 委員會由下列成員組成: then one post a bullet, the first also the chair
    roster = ("委員會由下列成員組成:\n  • 行政長官,並由其擔任主席;\n  • 行政法務司司長;\n  • 經濟財政司司長;\n  • 海關關長。\n"
              "委員會設有由行政長官辦公室主任兼任的秘書長。")
    assert _team_roles(roster) == [("行政長官", "leader"), ("行政法務司司長", "member"), ("經濟財政司司長", "member"),
                                   ("海關關長", "member")]
    # 臺北市各區市容會報作業要點 2016: 組成人員如下: then numbered items, a label before some, the others as written
    roster = ("前項會報組成人員如下:\n  (一)區長。\n  (二)提案里長。\n  (三)區級單位:警察分局長、區清潔隊長。\n"
              "  (四)權責機關代表。\n  (五)其他有關人員。")
    assert [u for u, r in _team_roles(roster)] == ["區長", "提案里長", "警察分局長", "區清潔隊長", "權責機關代表", "其他有關人員"]
    # units one a line after 成员单位如下:
    assert _team_roles("领导小组成员单位如下:\n县发改局\n县财政局\n县住建局") == [
        ("县发改局", "member"), ("县财政局", "member"), ("县住建局", "member")]


def test_two_helpers_words_joined_before_the_unit_they_help() -> None:
    # 湖南 处置非法集资 联席会议 (page 2): 省公安厅:配合和协助联席会议办公室… (the unit helped after both words)
    roles = _table_roles("省公安厅:配合和协助联席会议办公室组织日常工作,负责依法对非法集资活动进行侦查、打击和处理。")
    assert (1, "联席会议办公室", "lead") in roles and (1, "省公安厅", "co") in roles
    assert all(not u.startswith("协助") for _, u, _ in roles)


def test_a_committees_heads_named_seat_first() -> None:
    # 江安县 某镇 2019 安全生产“一岗双责”: 政府安委会主任由镇长担任,副主任由… (the committee's head and deputy)
    assert _team_roles("镇安委会主任由镇长担任,副主任由分管副镇长担任。") == [("镇长", "leader"), ("分管副镇长", "deputy_leader")]
    assert _team_roles("成立镇安全生产委员会,主任由镇长担任,副主任由分管副镇长担任。") == [
        ("镇长", "leader"), ("分管副镇长", "deputy_leader")]
    # the office's director and deputies are no seats of the committee (上海 2022 防震减灾专业委员会)
    assert _team_roles("市防震减灾专业委员会办公室设在市地震局,办公室主任由市地震局局长李红芳兼任,"
                       "副主任由市地震局副局长陈乃其兼任。") == [("市地震局", "office")]


def test_a_units_part_in_the_work_written_before_its_name() -> None:
    # 平利县 城区巡查通报: 整改要求:由包片单位县气象局负责清除 (包片单位 says the unit's part, not its name)
    assert _table_roles("整改要求:由包片单位县气象局负责清除。") == [(1, "县气象局", "shared")]
    # 平利县 2015 周末巡查通报: 联合 inside a work group's name is no pivot (由市容环境综合整治联合执法工作组负责整治)
    assert _table_roles("整改措施:由市容环境综合整治联合执法工作组负责整治。") == [(1, "市容环境综合整治联合执法工作组", "shared")]
    assert _table_roles("各居委会要联合业委会、物业公司等单位,对小区内车棚进行改造。") == [
        (1, "各居委会", "lead"), (1, "业委会", "co"), (1, "物业公司", "co")]


def test_a_leader_named_with_the_post_who_takes_charge_of_fields() -> None:
    # 厦门 市政府领导成员工作分工 (a news analysis): 倪超副市长负责… (the leader oversees the fields: supervisor)
    assert _table_roles("金融、商务等工作由倪超副市长负责。倪超副市长负责发展改革、统计等方面工作。") == [
        (1, "倪超副市长", "supervisor")]
    assert _table_roles("常务副市长郑云峰负责政府常务工作。") == [(1, "常务副市长郑云峰", "supervisor")]
    # a post alone keeps the duty it is given (分管副县长负责安全生产)
    assert _table_roles("分管副县长负责安全生产。") == [(1, "分管副县长", "shared")]
    # …除了负责X外,还负责… / …则负责…: the words before the role word are no part of the leader's name
    assert _table_roles("李栋梁副市长除了负责工业和信息化工作外,还负责国资、金融等方面工作。") == [
        (1, "李栋梁副市长", "supervisor")]
    assert _table_roles("林文生副市长则负责农村、农业、水利等农业口。") == [(1, "林文生副市长", "supervisor")]


def test_the_party_committee_and_government_of_every_township_as_one_collective() -> None:
    # 民和县 2020 环保督察整改 公示: 整改责任单位 alone on its line, its units after a blank line, 各乡镇党委、政府 last
    text = "整改责任单位\n\n民和县生态环境局、县公安局、供电公司,各乡镇党委、政府\n\n整改目标"
    assert [u for _, u, _ in _table_roles(text)] == ["民和县生态环境局", "县公安局", "供电公司", "各乡镇党委、政府"]


def test_review_of_the_sessions_rules_on_near_misses() -> None:
    # a list announced as members, its items labelled by seat: the labels keep their seats; a body before a colon ends it
    assert _team_roles("指挥部成员如下:\n指挥长:区长\n副指挥长:分管副区长\n成员:区应急局、区公安分局") == [
        ("区长", "leader"), ("分管副区长", "deputy_leader"), ("区应急局", "member"), ("区公安分局", "member")]
    assert all(r != "member" for _, r in _team_roles("指挥部成员单位如下:\n县应急局:局长\n县公安局:分管副局长"))
    # the body a led work is about is no helper (one unit, no verb of work after it)
    assert _table_roles("县卫健委牵头县人民医院新院区建设。") == [(1, "县卫健委", "lead")]
    # 联合 between two bodies stays a pivot; a bare 工作 is no team
    assert _table_roles("由龙头企业联合科研院所负责技术攻关。") == []
    assert _table_roles("要层层分解任务,工作负责到人,确保按时完成。") == []
    # 承办人员, 牵头事项: nouns after the word
    assert _table_roles("县法院负责承办人员的业务培训。") == [(1, "县法院", "shared")]
    assert _table_roles("县教育局负责校园安全。牵头事项要按月报送进展。") == [(1, "县教育局", "shared")]
    # a post alone that opens like a name (常务副县长), a bureau with 委 (县卫健委主任…) are no seats of a committee
    assert _table_roles("常务副县长负责全面协调工作。") == [(1, "常务副县长", "shared")]
    assert _team_roles("县卫健委主任由县政府副县长兼任。") == []
    # a name whose surname the list lacked (冼) is parted from its post
    assert _team_roles("领导小组组成人员如下:\n组  长:王建国 县人民政府副县长\n副组长:冼伟明综合执法局局长") == [
        ("县人民政府副县长", "leader"), ("综合执法局局长", "deputy_leader")]


def test_a_single_spaced_target_tables_measure_column() -> None:
    # 序号 指标名称 单位 目标 责任单位 with cells parted by single spaces: the measure column gives the target's measure
    ex = extract_text("序号 指标名称 单位 2025年目标 责任单位\n1 森林覆盖率 % 45 县林业局\n2 城镇新增就业 人 3000 县人社局")
    assert [(i.value, i.measure) for i in ex.indicators] == [("45", "%"), ("3000", "人")]
