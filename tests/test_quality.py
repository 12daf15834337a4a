"""Extraction quality, scored through the CLI against hand-annotated gold (floors of issue #2)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import DATA, EXAMPLE, EXAMPLE_GOLD, run_kg
from .scoring import load_gold, read_csv, score

FLOORS = {"units": 0.98, "roles": 0.97, "headings": 0.98, "indicators": 0.90, "indicators_measure": 0.85}


def _score_cli(plan: Path, gold: Path, out: Path, env: dict[str, str]) -> dict[str, float]:
    run_kg("build", str(plan), "--out", str(out), env=env)
    ttl = out / (plan.stem + ".ttl")
    duties = read_csv(run_kg("duties", "--graph", str(ttl), "--format", "csv").stdout)
    tasks = read_csv(run_kg("tasks", "--graph", str(ttl), "--format", "csv").stdout)
    inds = read_csv(run_kg("indicators", "--graph", str(ttl), "--format", "csv").stdout)
    return score(load_gold(gold), duties, tasks, inds)


def test_example_plan_meets_the_floors(example_graph: Path) -> None:
    ttl = str(example_graph)
    duties = read_csv(run_kg("duties", "--graph", ttl, "--format", "csv").stdout)
    tasks = read_csv(run_kg("tasks", "--graph", ttl, "--format", "csv").stdout)
    inds = read_csv(run_kg("indicators", "--graph", ttl, "--format", "csv").stdout)
    figures = score(load_gold(EXAMPLE_GOLD), duties, tasks, inds)
    for part, floor in FLOORS.items():
        assert figures[part] >= floor, f"{part} F1 {figures[part]:.3f} < {floor} ({figures})"


def test_csv_columns_start_as_promised(example_graph: Path) -> None:
    ttl = str(example_graph)
    heads = {
        "tasks": "line,kind,number,title,parent_line",
        "duties": "unit,role,line,task",
        "indicators": "line,name,value,measure,bound,year",
    }
    for cmd, start in heads.items():
        first = run_kg(cmd, "--graph", ttl, "--format", "csv").stdout.splitlines()[0]
        assert first.startswith(start), (cmd, first)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The CLI in this process (the same parser and commands a user runs; no interpreter start-up)."""
    from kg.cli import main

    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr().out
    assert code == 0, (args, out)
    return out


def _score_in_process(plan: Path, gold: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, float]:
    _cli(capsys, "build", str(plan), "--out", str(out), "--no-html", "--no-cache")
    ttl = str(out / (plan.stem + ".ttl"))
    duties = read_csv(_cli(capsys, "duties", "--graph", ttl, "--format", "csv"))
    tasks = read_csv(_cli(capsys, "tasks", "--graph", ttl, "--format", "csv"))
    inds = read_csv(_cli(capsys, "indicators", "--graph", ttl, "--format", "csv"))
    return score(load_gold(gold), duties, tasks, inds)


def _corpus(folder: Path) -> list[tuple[Path, Path]]:
    return [(p, folder / "gold" / (p.stem + ".jsonl")) for p in sorted((folder / "plans").iterdir())
            if (folder / "gold" / (p.stem + ".jsonl")).exists()]


DEV = _corpus(DATA / "dev")
OWN = _corpus(DATA / "corpus")
_SCORES: dict[str, dict[str, float]] = {}


# Plans kg cannot read yet, with the reason; for these the test asserts that kg says so instead
# (a W104 warning on every line that holds a gold duty).
UNREADABLE = {
    "xian-2022-business-environment-division": "table copied with every cell glued to the next: no separator "
                                               "between the lead and the responsible units (市行政审批局市司法局市级相关单位)",
    "jianshi-undated-inspection-rectification-progress": "a rectification table pasted as running text, header and "
                                                          "cells glued, numbered by the repost site (刘天林 财政局县委办政府办各乡镇)",
    "zhonglou-2021-livelihood-projects-flattened": "a .docx table flattened by a repost site with no separator at all "
                                                   "(何海平教育局经开区高新园(邹区镇)各街道…) and its page numbers (1、 2、) "
                                                   "run into the cells",
    "longquanyi-2009-major-projects-run-on": "the whole notice and its project table on one line, cells and numbers "
                                             "glued (合作社区农发局, 王天刚郭代辉, 43000020000)",
}


# Plans kg reads badly today, with the reason: expected failures (strict, so a fix is noticed and the
# plan moves to the floor above).
_EXHORTATIONS = ("round aa gold counts every exhortation and request as a duty (各地要…, 请科技部…, 试点地区要…); the "
                 "example's and the dev plans' gold do not (example lines 32-34: 各部门单位要…, 各牵头单位要… carry nothing)")
KNOWN_GAPS = {
    "guobanfa-2018-law-enforcement-three-systems": "national prose: accountability as X对…负责 of generic bodies "
                                                   "(行政执法承办机构), members named as bare sectors (财政、编制管理…"
                                                   "等单位参加的…机制), 司法部要会同… exhortations",
    "guofa-2019-vocational-education-reform": "national prose naming units by function (国务院人力资源社会保障行政部门…"
                                              "分别负责) inside long sentences, a roster of bare sectors and 政府 as a unit",
    "guofa-2004-state-council-work-rules": "the State Council's own rules: posts (总理、副总理、国务委员…) given seats and "
                                           "duties in running prose (国务院实行总理负责制, 由总理召集和主持)",
    "haidong-2020-lanxi-city-cluster-task-list": "a label damaged in the copy (人: for 责任人:) before the supervising "
                                                 "posts, and only two duty lines",
    "liulin-lijiawan-2025-forest-fire-group-damaged-labels": "a roster whose labels the copy damaged: 组长 lost before "
                                                             "the first name, 成 员 reduced to 员 run into the name",
    "fengxian-2021-rural-road-power-list-cells": "a power list one cell per line whose rows lose a cell from row 5 on "
                                                 "(a merged 行使层级), so its rhythm is lost",
    "putuo-2025-sponge-city-unit-duty-headings": "a process section naming bodies by what they look after "
                                                 "(相应小区的物业管理单位) with no role word",
    "quzhou-undated-wage-arrears-dept-duty-prose-traditional": "sectors named bare in a list (水利、國土、教育、電力…部門負責)",
    "anlu-2016-key-projects-news-quoted-duty-list-traditional": "a news item quoting a duty list with no colon after the "
                                                                "label (責任單位畜牧局) and a mirror's pinyin doubled "
                                                                "into the unit names (開發(fā)區)",
    "gumeilu-2022-elderly-fire-numbered-unit-titles": "entries titled by their unit whose helpers' partners are marked "
                                                      "lead (协助居委… -> 居委 lead) and whose title unit is shared beside "
                                                      "every role its clauses give; staff categories (社区民警) as units",
    "shijiazhuang-2024-fireworks-duty-boundary-rows": "a duty-boundary table whose duty cells hold 会同有关部门 clauses "
                                                      "(kg reads no roles inside a text cell) and whose unit cells read "
                                                      "X等有关市直部门 as two units, or say 其他",
    "changning-2025-gas-safety-duty-verbs": "gold convention: (区建管委负责,各街道(镇)配合、管道燃气企业实施) marks the "
                                            "负责 unit lead (SCHEMA: lead only where 牵头 is written, so kg gives shared) "
                                            "and 实施 as a co role word",
    "chengdu-undated-garbage-sorting-duty-table-run-on": "a table run together with no separators at all inside a preview "
                                                         "site's chunks (…引导市民参与生活垃圾分类。2021年2月底前,…"
                                                         "市委宣传部(市文明办)、市城管委,…2完善…)",
    "county-2012-performance-assessment-pipe-cells": "a bar table one cell per line whose lead cell is merged down: rows "
                                                     "naming only their 考核责任单位 are read as leads",
    "town-undated-drowning-grid-duties-traditional": "grid duties in prose: 統籌領導 and 包村 as role words, a post joined "
                                                     "by 和 (學校(幼兒園)黨組織書記和校(園)長) and co sectors named bare "
                                                     "(協同宣傳、政法、民政…)",
    "fujian-2015-info-disclosure-rowspan-cells": "one cell per line with its lead cell merged down (rowspan): a row "
                                                 "that names only 各设区市… | | is read as the lead, its annotator "
                                                 "reads the merged lead above and the units as co",
    "ningbo-2014-livelihood-progress-run-on": "a whole progress report on one line with a district quota table folded "
                                              "into it (鄞州 海曙、江东、江北 镇海 … 新辟线路年度目标 2 5 1 2 10)",
    "yueyanglou-2017-livelihood-progress-spaces": "a space-separated progress table whose header's text column carries a "
                                                  "long qualifier (省重点民生实事项目名称) and whose rows drop cells",
    "yangxian-2024-livelihood-projects-traditional-cells": "a table one cell per line whose long cells wrapped without "
                                                           "their bar (對馬暢中小…學校運動 / 300 |), so the first rows "
                                                           "lose their rhythm; investments in a 萬元 column as targets",
    "shizhong-2019-work-report-q2-progress": "a progress table one cell per line whose unit cells are split one unit a "
                                             "line (投促局、 / 十六里河街道办事处) and whose progress cells open with a "
                                             "unit's name (大观园街道办事处:目前…)",
    "shanghai-2018-finance-bureau-disclosure-divisions": "a bureau's own offices named bare (办公室  组织…) in a "
                                                         "two-column list with no role word, and a leading group "
                                                         "described in prose (领导小组的负责人为…;…为小组副组长)",
    "yueyanglou-2019-livelihood-target-vs-actual-pipe": "gold convention: its 责任单位 beside a 目标任务 column is "
                                                        "marked shared, while the example's and the other target tables' "
                                                        "gold make such units indicator owners (kg does; targets 1.00)",
    "changsha-2004-investment-quota-table": "a quota table whose two-row header names the measures once (万美元 / 亿元) "
                                            "and whose places own rows split into 其中: sub-rows",
    "changsha-undated-work-report-lead-column-vertical": "a merged lead column printed a few characters per line "
                                                         "(市政 / 府办 / 公厅) and every cell opened by a bar (| 责任单位)",
    "guobanfa-2013-geographic-census-group-run-on": "a roster run into one line with names glued to posts: posts the "
                                                    "lexicon lacks (总规划师, 副审计长) and two-character names split "
                                                    "wrongly (杜鹰发展改革委副主任)",
    "shuju-2022-fire-committee-duties": "definitional prose (“一办”即消防办公室,设在乡安监办或综治办), a collective "
                                        "of two bodies (相关站、所负责人) and staff posts heading their duties "
                                        "(消防办公室协管员:…)",
    "yueyang-undated-livelihood-progress-remark-units": "a space-separated progress table whose units stand in the "
                                                        "备注 column and whose empty cells were dropped",
    "meishan-2021-livelihood-responsibility-table": "a region × indicator matrix one cell per line, the indicators as "
                                                    "columns and the regions as rows; its unit column is flagged (W104)",
    "city-undated-wheat-spraying-subsidy": "members named by bare sector stems (财政、经信、监察…等部门分管负责同志) and "
                                           "duties of 市里 / 区县级 (levels, not units)",
    "cangxi-2019-agri-park-fund-duties": "exhortations with no role word (各参建乡镇和部门要加强统筹协调, 县纪委监委将严肃"
                                         "追责问责) and a unit named by its task (等有资金整合任务的县级部门)",
    "guobanfa-2019-drug-procurement-pilot": "a national pilot in prose: sub-groups given duties by a heading (1.监督组。负责…),"
                                            " 承担…日常工作, seats (各派1名代表) and the pilot cities as members",
    "shanghai-2016-lingang-special-policies": "duties written as 由X统筹 / 由X承担, and a district named without its city "
                                              "(奉贤区)",
    "dongqi-2024-kumquat-production-plan": "duties handed to villages in prose (各村委会要…, 各任务村…) with no role word",
    "jiedong-undated-town-flood-duties": "行政责任人 NAME lists per reservoir (supervisors) and orders to 各单位 / 各村",
    "chongzuo-2010-census-leading-group": "duties given by exhortation with no role word, unit by unit in one line "
                                          "(统计部门要研究制定…;公安部门要通过户口整顿…)",
    "baolun-2019-village-cleanup-duties": "posts of village heads joined as one (各村(社区)书记、主任) and duties by "
                                          "exhortation (包村干部…要…, 镇督查督办室要…)",
    "district-undated-cityscape-100-day-chunks": "a preview site's chunk numbers (1、 2、) opening lines mid-sentence; units "
                                                 "inside prose of who organises whom (由区房产局、城管局督促产权单位…)",
    "district-undated-civilized-city-bureau-page-footer": "the whole plan on one line with the page footer run in "
                                                          "(第 1 页共 5 页), names glued to posts, 配合区X局做好… read "
                                                          "across glued clauses",
    "guangshui-taiping-2025-river-chief-plan": "sectors named bare (明确水利、环保、农业等部门协同…) and duties by "
                                               "exhortation (镇财政要…)",
    "hohhot-2021-quantified-key-tasks-news": "a news summary: each unit's targets by exhortation (市住建局要在8月底完成…)",
    "shenyang-undated-forest-fire-member-duties": "decimal headings (2.2, 3.1 under 3.) and duties by exhortation "
                                                  "(市防火办要加强与市气象部门的合作)",
    "xuchang-2020-work-report-header-run-in": "the notice's exhortation to 各责任单位 and a reporting unit "
                                              "(市委市政府督查局) in running text",
    "yizhou-undated-township-target-assessment": "a mirror that dropped every digit; bodies that discuss a veto "
                                                 "(由市安委会讨论后呈报) and an assessing office cut by the page",
    "guobanfa-2018-research-autonomy": _EXHORTATIONS,
    "guobanfa-2019-financing-guarantee-fund": _EXHORTATIONS,
    "guobanfa-2019-tertiary-hospital-assessment": _EXHORTATIONS,
    "guobanhan-2018-website-consolidation-pilot": _EXHORTATIONS,
    "guofa-2019-double-random-inspection": _EXHORTATIONS,
    "hangzhou-2020-work-report-notice-first-listed-declared-no-list": _EXHORTATIONS,
    "helan-2020-practical-affairs-call-notice-subsection-requests": _EXHORTATIONS,
    "fujian-2021-market-regulation-bureau-disclosure-task-table-notice-generic-lead-co": _EXHORTATIONS,
    "longxi-2025-practical-affairs-notice-run-in-sections-collectives": _EXHORTATIONS,
    "yinchuan-xingqing-2018-work-report-tasks-notice-lead-support-prose": _EXHORTATIONS,
    "county-2009-h1n1-preparedness-duties": "duties with no role word (县旅游局组织做好…) or with a phrase between the "
                                            "unit and its role word across a comma (县经济局在…期间,负责…)",
    "district-undated-relief-system-duties": "a heading listing 13 units that 做好… with no role word, the duties "
                                             "numbered under it",
    "jiyuan-2024-work-report-news-lead": "the supervising offices named in a news summary's running text",
    "wuhan-2018-provincial-report-tasks": "the notice's supervising office in running text, and a collective of the "
                                          "notice's own (相关责任处室)",
    "city-undated-work-report-box-drawing-table": "a table drawn with box characters (┌─┬┐ │), every cell wrapped over "
                                                  "several lines and units broken between them",
    "guangdong-2023-private-investment-spun-plan": "a synonym-spun copy: role words replaced (省生长改造委牵头卖力 for "
                                                   "省发展改革委牵头负责)",
    "nanling-2024-work-report-leader-column": "two padded names run together in a leader cell (陆 明俞 悦)",
    "jiaxing-etdz-2020-epidemic-work-groups": "unit lists with the separator lost between some units "
                                              "(政法委社会发展局, 公安市场监管) and 协助领导 lines",
    "jianli-2018-air-quality-duty-list-run-on": "a PDF duty table with every row run onto one line (task unit "
                                                "deadline) and its header on the annex line",
    "yinjiang-undated-rural-road-reform": "协助县交通部门 read as the helped unit's lead; 路政大队是…的责任主体",
    "shijingshan-2019-subdistrict-work-division": "a PDF copy: a unit name broken over two lines (园区党工 / 委)",
    "zhanjiang-undated-town-construction-task-force": "a repost whose page numbers ran into the text (协调住房城乡建设2工作的"
                                                      "副秘书长) and whose chunk numbers (1、 2、) read as headings",
    "guobanhan-2005-website-proposal-reply-lead-clauses": "the State Council's office naming itself 国办 (国办已会同…, "
                                                          "国办正在牵头…): a two-character short form kg has no rule for",
    "meishan-2019-livelihood-target-vs-progress-matrix": "a region × indicator matrix one cell per line with target, "
                                                         "progress and ratio sub-columns and empty cells lost in the copy",
    "neimenggu-meng-undated-pastoral-pilot-dept-duties": "sectors joined by 和 (人口和计生部门), levels sharing a body "
                                                         "(盟、旗…领导小组) and 指导…,配合… with no unit named before",
    "shanxi-2016-work-report-leader-division-news-traditional": "a leader named by his name alone (李小鵬全面負責…), "
                                                                "his post given elsewhere on the page",
    "fujian-undated-food-safety-host-assist-clauses": "gold convention: 由X负责,Y配合 marked lead by its annotator "
                                                      "(the example's gold: X负责,Y配合 gives X shared, line 286)",
    "tongxin-2023-health-task-label-value-cells": "labels on lines of their own, each value on the line below "
                                                  "(责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇): the 责任单位 beside "
                                                  "配合单位 are not read as leads there",
    # round cg/ch/cj (session 13, gold written before kg ran)
    # rounds cm/co (session 14, gold written before kg ran)
    # rounds cp/cr (session 14, gold written before kg ran)
    "beijing-undated-environment-order-numbered-unit-colon-page5": "collectives after a helper's pivot (协助相关部门…: "
    "the gold makes 相关部门 lead; kg reads no lead in a bare collective) and sectors sharing one 部门 written as two "
    "units by the gold (公安、城管部门)",
    "district-undated-snow-freeze-command-chunked-lines": "a whole plan on two chunked lines cut mid-word by the site, "
    "its teams written as 由X、Y…组成 running over the chunk",
    "street-undated-town-management-area-you-fuze": "areas of responsibility held by non-government parties "
    "(由物业服务企业负责, 由经营者负责, 由所有权人、使用者或者管理者负责), which kg's units do not include",
    "taiyuan-2013-investment-quota-glued-cells": "a quota table whose cell separators were lost: the figures run "
    "together (小店区 150250080.081.6), the gold splits them by the notice's own formula",
    "town-2020-river-chief-three-label-lines-traditional": "gold convention: 主体责任单位 beside 牵头部门 read as co, "
    "while qingyang-2023's gold reads the same label as lead (kg's lexicon: lead)",
    # rounds cu/cs
    # rounds cx/cw
    "mengshan-2022-agri-park-task-force-one-line-glued-roster": "a whole notice on one line with the roster run "
    "together: a member whose post (…中心干部) kg's lexicon lacks (干部 as a post would turn 联点干部负责… into a "
    "person's duty), and 专班建立组长牵头的决策机制 read as a duty",
    "district-undated-street-town-grid-groups-page2": "grid groups set up in sentences (由居委会党组织负责人任召集人, "
    "…参加工作小组, (由社区工作者等组成)) whose members are people by their posts in each 居住区",
    "shitang-undated-drowning-unit-list-label-chunks": "a doc-sharing site's page chunks: a section title (三、责任单位) "
    "run into its unit list and the next section inside one chunk line",
    "town-undated-forest-fire-patrol-bracket-posts-chunks": "a doc-sharing site's page chunks with names blanked: "
    "a roster of posts in brackets ((党委副书记、镇长)) and duty labels run together inside one chunk line",
    "sichuan-2016-social-credit-joint-meeting-hex-bracket-lead-coop-pinyin": "gold convention: 召集人助手 read as "
    "deputy convener and 各成员单位负责人 kept whole; members added by 调整补充相关部门(单位)为成员单位",
    "qinzhou-undated-culture-benefit-lead-prose-roster-page3": "sectors sharing one 市 and one 部门 (市文化、广电、"
    "体育、新闻出版、文联、科协、科技部门牵头), which the gold lists as written",
    # round ct
    "kunming-2009-greening-100-day-quota-space-columns": "a quota table whose cells are parted by single spaces with "
    "empty cells dropped: the figures cannot be put in their columns",
    # round cq
    "nanjing-undated-ip-campaign-page3-huitong-clauses": "the excerpt ends inside its last sentence, whose duties kg "
    "drops on purpose (a list cut short may be incomplete) and the gold keeps; a team's own 负责 as its duty",
    "neimenggu-undated-old-community-renovation-flipbook-interleaved": "a flip-book page whose two columns are "
    "interleaved line by line (形成 自治区住房城乡建设厅牵头, / 联席会议成员单位按职责分工负): the clauses are torn apart",
    "daxinganling-2022-cppcc-sector-groups-convener-label": "a CPPCC committee's groups: vice-chairs who 联系 groups "
    "(卢新桥副主任联系中共界别小组…) read by the gold as supervisors, and 办公室配合秘书长 / 秘书长协助组长 pivots "
    "between posts",
    "qingyang-2023-health-key-work-q4-space-cells": "a progress table whose cells, header words included (牵头  领导, "
    "主体  责任单位), are parted only by runs of spaces, a unit cell running over three lines and a padded name "
    "(汪  峰): kg does not find the header",
    "shengsi-2021-rural-revitalization-task-list-cells": "a target table one cell per line under a merged category "
    "column (考核项目 before 序号) with a 评分部门 column of units that score the county: kg reads the scoring "
    "units as owners too",
    "zhuzhouxian-2016-project-inspection-groups-table-cells": "an inspection schedule one cell per line with merged "
    "cells (组, 日期, 时段 once per block): the group's members are bare names in cells (王 波(组 长), 文 薇) among "
    "project and unit cells, which kg does not read as a roster",
    "changjiangqu-2022-high-standard-farmland-quota-cells": "a quota table one cell per line under a two-level header "
                                                            "whose empty cells are not stored: kg does not see the table",
    "chengdu-town-undated-food-safety-roster-split-post": "a team sentence wrapped mid-word over two lines (派出所 / 所长…): "
                                                          "the wrapped line is not joined back",
    "tongliang-2025-work-report-h1-progress-space-columns": "gold convention: units beside a target column marked shared "
                                                            "(as yueyanglou-2019; kg reads indicator owners, as the "
                                                            "example's gold does)",
    "township-undated-school-safety-lead-main-clauses-traditional": "以X為主,Y配合 read only on a line with no role "
                                                                    "word before it (here 由學校負責 precedes), 以X負責 "
                                                                    "(以 as 由) not read, 土地文化部門 no unit",
    "zhutai-2021-straw-burning-numbered-unit-labels": "协同工作片 (a work district, no unit by kg's lexicon) as the lead "
                                                      "of the 协同 pivot",
    # rounds cy–df (session 15): what stays below the floor after their first contact
    "city-undated-safety-accident-work-groups-glued-table": "a table flattened with no separator at all, the lead unit "
                                                            "glued to the cells around it",
    "county-undated-snow-disaster-member-unit-tasks": "配合县交通、交警部门 (a level prefix's sector list sharing 部门) read "
                                                      "as one collective, so no lead; 所有成员单位为现场处理组成员单位",
    "dushi-2017-blood-donation-quota-one-line-table": "a two-panel quota table squeezed onto one line, cells parted by "
                                                      "single spaces",
    "guobanfa-1997-social-org-cleanup-peihe-huitong": "bodies named by their kind (业务主管部门, 登记管理机关, 挂靠单位) "
                                                      "are no units to kg; a management system described (双重负责的管理体制)",
    "jingzhou-undated-civilized-city-problem-list-rectify-unit-label": "the last entry's label line was cut off by the "
                                                                       "copy: its unit-titled heading is read instead",
    "panjin-2009-investment-dept-quotas-prose": "quotas given to units in prose (外经贸局、建委引进外资各1亿美元) are "
                                                "not read as indicator owners (kg reads owners from tables only)",
    "town-undated-forest-fire-emergency-page2-unit-label-subtasks": "gold convention: 与公安、消防部门相互配合 (mutual) "
                                                                    "marks every party shared",
    "wenzhou-2008-blood-donation-box-drawing-quotas": "gold convention: 由X做好…, X承担…工作 (no role word in kg's "
                                                      "lexicon) marked shared",
    "county-2010-drought-publicity-bureau-group-elided-traditional": "a roster run into a sentence with names glued to "
                                                                     "posts (李奕英局長) and a paywall note inside it",
    "county-2018-anniversary-fire-security-roster-masked-chunks": "a roster on one line with masked names glued to "
                                                                  "posts (解xxxx县政府副县长) in a preview site's chunks",
    "county-undated-spring-transport-bureau-groups-traditional": "gold convention: 責任人:NAME、NAME after a work "
                                                                 "group's duties marked supervisor (kg: no convention; "
                                                                 "ningbo-2014's gold leaves 项目责任人 unmarked)",
    "yangcun-2012-herb-base-glued-page-numbers": "a preview flattened onto one line with page numbers glued into the "
                                                 "text and a roster whose posts stand in brackets after run-on names",
    "qingcheng-tongchuan-2023-flood-group-office-duty-headings": "prose with almost no punctuation (…负总责下设防汛办公室"
                                                                 "负责…), and gold convention: a team's duties heading "
                                                                 "((一)镇防汛工作领导小组职责) marks the team shared",
    "yangjinzhuang-undated-flood-command-office-members-glued-summary": "an aggregator's summary: snippets of the plan "
                                                                        "joined by commas on one line, headings run in",
    "guangdong-2021-health-commission-disclosure-ledger-division-cells": "会 as short for 会同 between two divisions "
                                                                         "(宣传处会办公室) read as one unit's name",
    # rounds dn/do/dp (session 16, gold written before kg ran)
    "xinjian-2024-livelihood-projects-progress-owner-unit-cells": "a progress table one cell per line whose rows drop "
                                                                  "merged cells (rowspan) at random, so columns cannot "
                                                                  "be counted out, and 业主单位 (project owner) cells "
                                                                  "its annotator reads as co",
    "jiangsu-2022-digital-government-points-unit-brackets-small-stop": "gold convention: the collective after 等 kept "
                                                                       "(省政务办等各有关部门和单位); the example's gold drops "
                                                                       "it (line 303: …市委网信办等相关部门)",
    # round dr (session 16, gold written before kg ran)
    "guanyun-2019-work-report-q3-bulletin-collective-prose": "gold convention: the closing exhortation (各园区、各乡镇…要…"
                                                             "落实责任) and an intention (县政府督查室将进一步加大督查力度) "
                                                             "marked shared; the example's gold marks neither",
    "taierzhuang-2017-safety-control-targets-without-figures": "gold convention: the exhortation to the addressees "
                                                               "(各镇(街)、经济开发区、各部门、各单位要…) and an intention "
                                                               "(年终,区政府将组织有关部门…考核) marked as duties",
    # rounds dq/dt (session 16, gold written before kg ran)
    "fengxian-2026-city-checkup-indicator-unit-cells": "an indicator table whose header was lost in the copy (rows "
                                                       "*1 / name / definition / measure / 区民政局 / note, one cell a "
                                                       "line): its data-source departments, shared in the gold, stand "
                                                       "in no column kg can name",
    "heshan-2021-vaccination-dispatch-collective-huitong-prose": "gold convention: 务必 exhortations to collectives "
                                                                 "marked shared, and a bare level word (会同乡镇(街道、"
                                                                 "园区)和…) as a collective",
    "local-undated-safety-special-campaigns-you-fuze-peihe-page3": "gold convention: 由X负责,有关部门配合 marked lead "
                                                                   "(the example's gold: X shared) and sectors sharing "
                                                                   "部门 split (公安、交通部门 -> 公安, 交通部门)",
    "town-2022-straw-burning-ban-targets-collective-duty": "a duty with no role word (各村(居)科学制定…计划)",
    # round dv (session 16, gold written before kg ran)
    "xuanzhou-sunbu-2022-safety-accident-rescue-groups-leader-member-lines": "gold convention: a post shared by two "
                                                                            "bodies written once (孙埠卫生院和建国卫生院"
                                                                            "负责人) kept as one member; kg reads two "
                                                                            "(and cuts 孙埠卫 as a name before a post)",
    "town-undated-flood-drought-command-member-labels-chunked": "a doc-sharing preview whose chunk numbers split the "
                                                                "text mid-word, the command sentence and the member "
                                                                "units' labels run together on one line",
    # round dz (session 17, gold written before kg ran)
    "wanzhou-2025-livelihood-q1-progress-space-rows": "a PDF's table parted by single spaces whose header wraps "
                                                      "mid-word (责任 / 单位) and whose figures wrap onto lines of "
                                                      "their own",
    "wuning-2023-grain-oil-targets-township-duty-prose": "gold convention: 各乡镇要…担负起…主体责任 (an urged charge, "
                                                         "no duty to kg, as 各乡镇要落实属地责任 in the lexicon's urged "
                                                         "list)",
    # round dy (session 17, gold written before kg ran)
    "changsha-2017-river-chief-list-news-post-before-name": "a news report's prose roster, posts glued before names "
                                                            "(省委常委、常务副省长陈向群及分管水利的副省长戴道晋担任副总河长)",
    "county-2017-river-chief-plan-page2-duty-prose": "one sentence seating the river chiefs, the contact department "
                                                     "and the responsible governments (流域所在的县政府…), and a bare "
                                                     "各乡 list",
    "kaiyuan-2025-forest-chief-roster-name-post-traditional": "two chiefs on one line with a name split by the copy "
                                                              "(苗宇 市委書記  宿曉 明市長), and a paragraph of each "
                                                              "level's chiefs' duties (縣級林長…) with no role word",
    "zhanggong-shahe-2023-forest-chief-notice-one-cell-lines": "a roster table one cell a line (name / 职务 / 责任区域) "
                                                               "under a level-prefixed label (镇级林长), and labels "
                                                               "with a level (镇级总林长:)",
    # rounds ea/eb (session 18, gold written before kg ran)
    "linxian-2024-fire-safety-center-name-post-rows": "the team's seat written as the centre being housed in a unit "
                                                      "(县消防安全管理中心暂设在县消防救援大队), read by the gold as "
                                                      "its office",
    "shicheng-2018-river-chief-assessment-bare-unit-cells-numbered-criteria": "an assessment table with no unit "
    "column: each unit a bare cell in the 考核项目 column over its numbered criteria, and 配合X in a criterion",
    "huizhou-2021-social-work-joint-meeting-paired-conveners-traditional": "scorer: the Traditional 主要負責同志 "
    "after a unit is not dropped as the Simplified one is (kg reads 市民政局 as convener)",
    # rounds ee/ef/eg (session 19, gold written before kg ran)
    "zhonglou-2023-garbage-sorting-task-list-docsite-preview": "a document-site preview whose whole task table runs "
    "on one line with its header and is cut mid-cell (…各镇(街道): the cut 镇 is a gold unit)",
    "city-undated-forest-tenure-reform-dept-colon-duties-page7": "sectors sharing one 部门 written once (民政、国土部门:, "
    "公安及维稳部门:) split by the gold into 民政 + 国土部门, which kg keeps as written; 承担林改办公室的具体工作 read by the "
    "gold as the office",
    "province-undated-grain-emergency-dept-fuze-articles-page3": "gold convention: 主动配合新闻宣传部门 with no 牵头 makes "
    "the helped unit lead, and an exhortation (省政府新闻办要…) shared",
    "chuxiong-2023-steady-progress-measures-county-park-collectives": "collectives the gold keeps whole: a count before "
    "the governments (10县市人民政府) and one 管委会 shared by a high-tech zone and three parks "
    "(楚雄高新区和禄丰、牟定、武定产业园区管委会)",
    "shangping-2023-flood-command-one-line-team-leaders": "a document-site preview on one line: its rescue teams' "
    "leaders seated by a typo'd verb (队长由上坪村民兵营长当任) and its offices named bare under 职能办公室",
    "town-undated-emergency-linkage-masked-roster-chunks": "a roster whose names are masked as XX glued to the posts "
    "(组长:XX镇长 副组长:XX镇党委委员 XX镇党委委员), its labels run along one line",
    "yongning-2019-wage-arrears-group-roster-lost-office-only": "the office's staff (办公室成员由领导小组成员单位有关业务"
    "科室负责人组成) read as the team's members; another gold (国办 2005 粮食应急) marks 办公室成员由X、Y组成 as members",
    "longwen-guokeng-undated-sanitation-task-table-scrambled-cells": "a table one cell a line with no header and its "
    "rows out of order (镇创卫办 / 各村(居、场) / 林玉铭): warned about, not read",
    "city-2011-finance-bureau-disclosure-name-roster-division-duties": "a bureau's own office joined to a centre by 和 "
    "(由办公室和信息中心负责): read as one unit",
    "liaoyuan-2012-low-income-housing-rules-bureau-duty-articles-traditional": "places sharing one department over 及 "
    "(龍山區、西安區及遼源經濟開發區住房和城鄉建設部門): three duties, one missed",
    "county-undated-geohazard-emergency-bureau-fuze-assist-lines-page8": "exhortations and duties with no role word "
    "(专业应急防治与救灾队伍…平时要…, 财政部门应…, 县政府和各乡镇(办事处)政府储备…)",
    "shandong-town-undated-forest-fire-pdf-lines-prose-roster-lost-chars": "a roster in one sentence over five PDF "
    "lines with its names masked (党委副书记**同志,党委委员、武装部部长**同志,…任副总指挥) and exhortations "
    "(接到扑火命令的单位和个人,应当…)",
    "luzhai-2019-pollution-weather-member-duties-run-on": "gold conventions disagree: (3)县应急管理局:配合相关部门做好… "
    "marked shared, where beijing's gold marks 市政府法制办:…协助相关部门处理好… co and 相关部门 lead (kg's reading)",
    "ningguo-2025-stats-bureau-disclosure-reporting-rule-office-divisions-pipe-meta": "an exhortation whose 负责 is "
    "a designated person's (局机关各科室要高度重视…,指定专人负责填写…): four duties, one missed",
    "nieqiao-undated-weather-disaster-group-glued-roster-duty-lists": "a roster run into prose whose members are padded "
    "names in a list that runs into the next sentence (成 员: 周 越、 余 琴、 苏云生、陈 昊、 领导小组下设办公室…) and "
    "duty labels inside paragraphs (领导小组职责:) the gold reads as shared",
    "xianning-2020-epidemic-relief-measures-division-gazette-flattened-table": "a gazette's table flattened one cell "
    "a line whose task cells were lost in the copy (units under a subsection heading, 2020年12月 after them)",
    "chongming-chenjia-2023-ebike-charging-person-lead-main-grasp-team-units": "a small team formed by units with "
    "no 由 and no team word of the lexicon (…,镇派出所、城管…等部门组成整治小组): its six members are not read",
    "qingpu-xiayang-2019-ebike-charging-unit-name-subsections": "exhortations (各村居要…) and one post holding two seats "
    "(由街道领导担任组长及副组长) the gold records twice",
    "shangyu-dongguan-undated-safety-grid-prose-group-bracket-grid-roles": "gold convention: two posts of one person "
    "joined by 、 before a seat (街道党委书记、办事处主任(第一网格督查人)任组长) kept whole; kg reads two leaders",
    "jingbian-2025-key-work-dispatch-notice-lead-departments": "leaders who report and schedule with no role word "
    "(各分管县级领导汇报…, 各分管县级领导每周调度…) marked supervisor by the gold",
    "jiading-2014-land-reduction-town-quota-cells": "a quota table one cell a line under a two-row header whose "
    "cells split a code list (221 / 、253) and a date (2014 / 年12月底) over lines: the towns' quotas are not read",
    "qingpu-2025-construction-waste-unit-heading-lists-lead-co-cells": "long prose (…要根据…指导做好…, X将…) and a "
    "table whose (一)/(二) number cells and a lead cell split over two lines (区土方工作 / 专班) break the rows",
    "shanghai-2022-soil-liability-committee-spaced-label-roster": "a committee's staff under seats the schema has no "
    "role for (工作组负责人:, 专职工作人员:) annotated as members",
    "dayong-2018-rural-environment-supervision-group-traditional": "a team given a duty as it is set up (成立…督查領導"
    "小組,…) and 駐村工作組 asked to act, in one long Traditional sentence",
    "wuhua-huacheng-2023-student-drowning-group-name-space-post": "a team given a duty as it is set up (成立…领导小组,"
    "加强对…的组织领导): four duties, one missed",
    "xinxing-street-undated-grid-party-group-glued-name-post": "members' names glued together with no separator "
    "(曾胜军豆雷杨周刘新兵任杰刘经轩李宁: 豆 is no common surname) and a team given a duty as it is set up",
    "zizhixian-undated-environment-pollution-decimal-name-post-roster-page4": "a team given a duty as it is set up "
    "(成立…应急领导小组,对…负总责; other gold leaves 成立X,负责… without one) and members as 成员由预案涉及部门"
    "负责人组成",
    "sichuan-xcounty-undated-environment-rectification-speech-unit-per-problem": "a speech reporting rectification: "
    "a pivot told as done (国土局联合环保局已组织…) read as a duty, and achieved counts wrapped over PDF lines",
    "ganzhou-2022-grain-production-gedi-yao-quotas": _EXHORTATIONS,
    "district-undated-straw-utilization-chunks-qiantou-fuze": "a preview's chunks (2、(一)…) run the whole plan into "
    "a few lines: units urged (区农业局和乡镇(街道)要…), a duty in the future (区经信局、区环保局将…纳入…) and a "
    "generic party (企业负责…)",
    "guangdong-2022-work-report-division-mirror-dropped-rows": _EXHORTATIONS,
    "guangdong-undated-nansha-support-opinion-pinyin-glossed-traditional-one-line": "the whole page on one line, a "
    "pivot with a character lost (省编办会省有关部门…: 会同) and units given the work by 由…依法实施, no role word",
    "county-undated-major-accident-sub-commands-you-fuze-page2": "sectors named bare after 指定 (指定镇政府、民政、"
    "工会、劳动、保险或其他部门负责…) and a heading naming an office's duties ((五)…总指挥部办公室的职责)",
    "taizhou-district-undated-accident-groups-post-leaders-garbled-traditional": "a Traditional mirror whose "
    "glosses break the posts (當?shù)剜l(xiāng)鎮(zhèn)、街道派出所所長) and garble the group headings",
    "shanghai-2023-gas-market-regulation-division-brackets-district-convention": _EXHORTATIONS,
    "shanghai-2021-ebike-fire-division-lead-label-implementers-xiatong": "exhortations (各区市场监管局要…) counted as "
    "duties, and a partner of a lead the bracket implies (会同市经济信息化委推动…) marked co",
    "shanghai-2021-metro-adjacent-building-fire-group-members-unit-duty-lines": "a work group set up in one sentence "
    "with its member bodies and, again, their posts (车站站长、…为组员), and duties by verbs with no role word "
    "(市城管执法局指导…执法)",
    "jiading-2026-illegal-land-town-milestone-quota-cells": "the towns' duties by verbs with no role word (各街镇(管委会)"
    "围绕…开展整治, 各镇(管委会)应从…挑选…); the quota table itself is read",
    "yuhang-2018-work-report-task-table-leader-names-lead-column": "a leader's name broken by the copy's artefact "
    "(沈 ?昱, kept so in the gold) and the notice's request to an inspection office (请区大督查考评办加强督查)",
    "guobanfa-2021-minor-protection-group-office-page-deputy-directors": "the office's own members (办公室成员由领导小组"
    "成员单位有关司局负责同志担任) read as the team's",
    "guowuyuan-2013-west-northeast-groups-news-prose-roster": "a leader named before the post (张高丽副总理担任副组长: the "
    "gold keeps the post) and the teams' work given as 具体工作由发展改革委承担 (office in the gold, a duty in kg)",
    "yangpu-2022-grassroots-fire-duty-headings-lead-co-task-list-cells": "a task list one cell a line whose title "
    "cells wrap over two lines (5.实化运行消防 / 安全委员会, the second half read as a unit) and a roster inside a content "
    "cell, plus exhortations (各街道要…)",
    "chongming-2021-rural-road-resp-unit-brackets-road-chief-posts": "prose duties before a task's (责任单位:…) "
    "bracket (区财政局负责…,并配合相关部门…) that the gold counts besides the bracket (kg reads the bracket: reading both "
    "cost the example's precision), and exhortations",
    "yaoan-2023-tobacco-work-opinion-gexiangzhen-yao-targets": _EXHORTATIONS,
    "daying-2017-poverty-exit-targets-group-notice-village-list-table": "a table of targets by township whose shares "
    "are lists of villages, no figures (蓬莱镇 | 柏岭村 |), annotated as indicator owners, and the notice's "
    "exhortations (各镇乡…要)",
    "hubei-2014-air-pollution-city-target-groups-traditional": "cities listed in prose, each group sharing one "
    "figure (武漢市、襄陽市…下降18%), annotated as indicator owners of it",
    "hunan-undated-yangtze-city-cluster-flattened-lead-co-columns": "a target table and a 牵头部门 / 配合部门 table "
    "flattened into lines, their columns parted by single spaces and figures broken over lines",
    "liaoning-2012-northeast-plan-indicator-circled-number-label-lines": "gold convention: a 责任单位 line under the "
    "牵头单位 line marked shared (kg: co, the item names a lead)",
    "luxia-luoshayang-undated-village-rescue-team-glued-roster-table": "a 职务 / 姓名 table with every cell run "
    "together (乡挂点领导余清乡驻村干部甘佛送组长蒋云英成员包久豪…) in a page chunked onto one line",
    "pingtan-2021-myopia-unit-headings-targets": "duties given by verbs with no role word under a heading naming the "
    "unit ((一)区党群工作部 / 各中小学、幼儿园严格落实…), a committee's members by kind (家长代表、学生志愿者)",
    "pingtan-2022-disclosure-task-table-cell-lines-empty-lead-cells": "gold convention: a 责任单位 cell beside an empty "
    "牵头单位 cell marked shared (kg: lead, as the fujian-2015 gold's co/lead reading of such cells has it)",
    "xingren-xiashan-2025-drowning-task-force-damaged-labels-glued-posts": "names cut to their surname and glued to "
    "posts (杨镇党委书记, 员:李镇党政办公室负责人: 李镇 or 李 and 镇…?), a three-character name ending in 乡 "
    "(韦大乡镇中心校校长) and five roster members named bare as the subject of a duty (韦大乡、龚华奎…负责统筹推进…)",
    # rounds fp–ft
    "baoshan-2022-livelihood-projects-numbered-targets-number-dot-traps": "its three duties are an exhortation "
    "(各牵头单位和相关责任单位要认真对照…) and a notice to come (…由区档案局另行通知), no role word",
    "huarong-nianyuxu-2020-grain-plan-command-roster-baocun-lead-targets": "a township command's 政委 (no seat in the "
    "lexicon) and a 包村 chain of posts (镇党委书记牵头抓总,镇长为第一责任人,分管负责人具体负责抓…) read as supervisors, "
    "its gold lead and co with bare stems (党政, 分管) as units",
    "lianshui-2024-development-zone-park-management-unit-headed-duties": "paragraphs opening with their unit and no "
    "role word (综合工作部做好舆情和处置;财政审计局保障…;区派出所及时处置…, 管委会的主要职责是…)",
    "liyang-tianmuhu-2017-rice-yield-assessment-gecun-targets-village-site-areas": "targets owned by 各村 in prose "
    "(各村水稻面积平均亩产达600公斤): kg gives owners only in tables and lists of shares",
    "pingtan-2021-concrete-market-rectification-team-lead-headings": "a subsection heading naming its lead ((一)区市场监管局"
    "牵头…工作。) and its units' duties run on after it on the same line (区行政审批局,负责…): its gold makes them co of "
    "that lead, kg shared",
    "pingtan-2022-self-built-housing-campaign-group-roster-duty-table": "exhortations with a concrete act (区交通建设局"
    "…要迅速采取…, 区资源生态局要完善…) annotated as duties, and a duty table whose role words stand in the duty cells "
    "below the unit's own cell",
    "sanming-2024-rural-health-division-pdf-glued-first-listed-lead": "a PDF's whole division table on one line with "
    "spaces inside words (发改 委, 列在首 位的为牵头单位): no cell or unit boundary kg can trust",
    # rounds fu–fy
    "fuzhou-2012-village-cleaning-acceptance-check-score-threshold": "two duties only, one of them staff seconded to a "
    "group (成员抽调市、各县(市)区家园办人员组成), which kg does not read as members",
    "guangdong-2014-women-plan-target-responsibility-main-resp-cells": "a target table one cell per line whose "
    "主要责任单位 and 责任单位 cells cannot be told apart (its annotator takes each row's first unit as the lead), and "
    "goals numbered 1. inside the table that its gold reads as tasks",
    "guowuyuan-2017-land-survey-organisation-lead-co-shared-clauses-mirror": _EXHORTATIONS,
    "hanzhong-2008-safety-hundred-day-inspection-groups-lead-clauses": "由X综合指导、协调,Y、Z组织实施 (no role word of "
    "the lexicon) annotated as shared",
    "panjin-2021-work-report-division-notice-collectives-traditional": "a notice whose two duties are an inspection "
    "office's exhortation (市政府督考办要加大督查考核力度) and leaders who review plans (报送各位分管市领导…审核把关)",
    "qingcheng-2018-land-survey-group-news-prose-roster-sector-members": "members named by bare sector stems "
    "(国土、财政、住建、发改等部门负责人) and staff seconded from bureaus (抽调县水务局…等单位工作人员参加) annotated as shared",
    "shanxi-2023-rural-revitalization-responsibility-rules-article-duties-traditional": "two duties only: one a list "
    "of duties introduced by its holders (各级党委和政府乡村振兴责任主要包括:), and a slogan of levels (市县乡抓落实) "
    "read as a unit",
    # rounds fz–gd
    "anhui-2016-rural-housing-township-duty-points-pinyin-glossed": _EXHORTATIONS,
    "county-undated-finance-emergency-liaison-units-numbered-sentence-page2": "a bare sector (财政应将…纳入预算) and the "
    "bodies concerned as a duty list's collective (县政府相关职能部门和单位) annotated as shared",
    "jinzhou-2025-work-report-division-notice-points-leader-label": _EXHORTATIONS,
    "kaijiang-2019-standing-meeting-news-leader-duty-reassignment-dept-list": "a standing meeting's news: fields moved "
    "from one leader to another (原分管…调整至黄橹洁同志) as supervisors, and departments urged (X、Y等部门要分工协作)",
    "maanshan-2006-emergency-outreach-huitong-clause-box-table-lead-column": "a task table drawn with box characters "
    "whose lead cells wrap over lines (市委宣传部、市 / 政府新闻办), and a group row (│一、预案的宣传报道 │) read as a unit",
    "pinghu-2013-soil-fertility-town-street-quota-cells": "a quota table between bars one cell a line under a two-row "
    "header (实施 单位 / 各项目内容实施任务 / 9 measure columns) with a village column: the towns' rows and figures "
    "are not read",
    "xiuyan-undated-hazchem-emergency-groups-member-units-leader-page2": "work groups given the duties their line "
    "names (抢险救援组 shared: kg gives none), members joined by 和 (事故单位和专业救援队: two in the gold) and leaders "
    "written with 有关负责人, kept in the gold and dropped by kg",
    "yongkang-2011-standing-meeting-minutes-lead-huitong-sector-abbreviations": "meeting minutes naming bodies by bare "
    "sector stems (由国土会同发改、财政…): no unit by kg's lexicon",
    "yueyang-2016-standing-meeting-minutes-numbered-items-budget-clause": "minutes whose duties carry no role word "
    "(各责任单位要…, 由…领导小组提出具体方案, 县财政…安排)",
    # rounds ge–gi
    "chaisang-2022-rural-road-safety-group-name-post-prose-chunk-numbers": "a preview's chunk numbers (1、 2、) breaking "
    "a roster mid-word, and an office's seat cut off by the page",
    "chaotian-wangjiaxiang-2014-flood-village-committees-news": _EXHORTATIONS,
    "honghu-2020-epidemic-order-you-fuze-luoshi-suffix": "由属地和X负责落实: 属地 (the bodies of the place) joined to a "
    "department by 和; kg keeps the pair as one unit, its gold two (a bare 属地 is mostly a slogan's: 属地负责)",
    "jingmen-2020-epidemic-order-closing-execution-clause-wikisource": "an order's closing clause with no role word of "
    "the lexicon (此令由…执行, 督查问责组…追责问责)",
    "minquan-hujixiang-2014-flood-command-baocun-tiers-news": "a chain of posts each given ground (管区书记、包村干部、"
    "村干部分级负责) and 由X牵头组织Y做好… (Y co) in news prose",
    "pingtan-2018-road-chief-posts-office-dept-duty-lines": "an office's members seconded by bodies (成员若干,由A、B…各指派"
    "1名科级干部兼任) and duties of chiefs at each level in prose (乡镇路长负责…, 上级路长…)",
    "pingtan-2021-soe-upgrade-year-duty-unit-label-lines-targets": "duties in the task's own prose before its 责任单位 "
    "line (可统一转划或委托区行政审批局…) and exhortations (区国资局要…), annotated as shared",
    "qianjiang-2025-investment-task-list-target-cell-bare-unit-brackets": "a task list one cell a line whose heading "
    "number stands alone on its line (2. / text) and a unit in brackets with no label",
    "shenxian-shiziyuan-2020-flood-command-stations-liangwei-news": "news prose giving duties to posts and village "
    "committees with no role word (各村“两委”干部分片包干, 值班人员立即上报)",
    "tianmen-2023-work-report-half-year-progress-lead-resp-cells": "a progress table one cell a line whose header "
    "(序号 / 牵头单位 / 责任单位 / 上半年进展情况 / 备注) has no task column and whose rows run long progress cells",
    "town-2023-autumn-winter-forest-fire-pdf-wrapped-lines-baocun-posts": "a chain of posts each given ground (联片领导包片、"
    "驻村干部包村…) in a PDF's wrapped lines",
    "town-undated-epidemic-grid-four-tiers-chief-member-posts": "grid tiers (网格长 / 网格员) the lexicon has no seat for",
    "yangjiayuanze-undated-dropout-control-seven-heads-post-duties-one-line": "posts as the subjects of duties with no "
    "role word (县长(分管副县长)…, 镇长(街办主任)…) in one glued line",
    "zhengtun-undated-sanitary-town-task-table-flattened-empty-cells": "a task table flattened onto one line with its "
    "unit column empty; its gold gives the work groups shared",
    "zhongxiang-2020-observation-points-order-semicolon-fuze-clauses": _EXHORTATIONS,
    # rounds gj–gl
    "county-2016-key-work-notice-inspection-supervision-pair": "a notice's inspection offices given work with no role "
    "word (政府督查室、监察局要…督查)",
    "yancheng-2019-work-report-notice-leader-in-charge-office-prose": "a notice's leaders and offices given work with no "
    "role word (市政府分管领导每两月…组织一次过堂检查, 市政府办公室每季度…督查汇总, 各地、各部门办公室要及时汇总上报)",
    "baoshan-2022-grassroots-fire-committee-roster-duty-headings": "duty headings and 排查主体: lines giving work with no "
    "role word, exhortations (各街镇要…), and a committee's 城运 seat cut from its name by the line's layout",
    "chuxiong-2018-xiangchou-selection-notice-host-organiser-assist": "hosts named as media (云南楚雄网: 网 ends no body "
    "name in kg's lexicon) and a count run into a name (10县市委宣传部协办), so the 承办/协办 lists are not read",
    "county-undated-ethnic-unity-publicity-you-fuze-traditional-glossed": "duties with no role word of the lexicon "
    "(由縣文體局組織一臺綜藝頒獎晚會, 各黨委、各單位要…)",
    "dawa-2021-work-report-division-notice-supervision-office": _EXHORTATIONS,
    "fengxian-2023-relics-fire-standardization-local-units-huitong": _EXHORTATIONS,
    "sichuan-2017-party-congress-task-division-notice-collectives": _EXHORTATIONS,
    # round gm–gw (session 23, gold written before kg ran)
    "changning-2019-public-fire-section-paragraph-subject-clauses": "five long paragraphs whose units are the subjects of 要 sentences (exhortations, no role word), which its gold reads as shared",
    "chongming-2023-gas-accident-emergency-prose-fuze-clauses": "an emergency plan's prose: X应… exhortations its gold reads as shared, a case's parties (事发单位, 燃气企业), and 由区政府视情成立…指挥部,会同… (the subject across a comma)",
    "chongming-2024-underground-space-emergency-member-list-dept-colon-duties": "exhortations (X应建立…) read as shared by its gold, 应急联动中心设在X read as an office, bare sectors after a section's grounds",
    "community-undated-grid-three-tiers-label-lines-member-duty-items": "grid tiers (网格长, 网格员) given duties by section titles with no role word",
    "dayu-2024-river-lake-chief-disclosure-duty-paragraph-traditional": "gold convention: 各級河長負責…,牽頭組織… lead only (kg, as shanxi-2010's gold: lead and shared)",
    "fengxian-2024-illegal-land-three-year-town-quota-cells-member-duty-table": "a quota table one cell a line with 15 figures a town (stock, totals, yearly shares) under a two-row header, and 各属地政府要… exhortations",
    "gansu-2022-work-report-decomposition-notice-collectives": "only collectives urged (各地各部门要…), which its gold reads as shared",
    "guangxi-2019-forest-chief-pilot-news-tier-posts-you-danren": "a news report: pilot counties designated (no role word) and chiefs named by 由…担任 in running prose",
    "heze-2023-green-transition-division-notice-collectives": "a notice's collectives urged (各县区、各部门要…), read as shared by its gold",
    "jiading-2023-urban-renewal-group-office-member-duty-paragraphs": "an office made of three bodies (区更新办由A、B、C三家副主任单位协同开展工作), sector lists its gold keeps whole, and X负责…,牵头… lead only in its gold",
    "jiading-2024-illegal-land-three-year-town-quota-stock-cells": "a quota table one cell a line under a two-row header whose stock columns (件数, 面积) kg reads as targets, and 各街镇(管委会)要… exhortations",
    "jiading-gongyequ-2025-underground-space-emergency-joint-meeting-convener-colon-duties": "an emergency plan's X应… exhortations and a case's parties (事发地所在社区) its gold reads as shared",
    "jiangjin-shima-2025-forest-fire-grid-four-tier-responsible-persons-bao": "duties given by 包 (党政主要领导包全镇、驻村领导包村居…), a relation with no role word",
    "jiaxing-undated-eleventh-fyp-targets-glued-table-first-main-units": "a PDF table glued into one line with no separators (第一责任单位 / 主要责任单位 cells run into the task text)",
    "jinggang-undated-grid-management-docsite-chunk-numbers-prose-group-office": "a doc-sharing preview whose chunk numbers (1、 2、) open lines and whose own headings sit mid-line",
    "jinshan-2019-public-fire-numbered-tasks-one-lead-co-clause": "numbered tasks whose units are urged (X要…, 明确X为第一责任人) with no role word",
    "laifeng-2025-river-lake-chief-disclosure-county-chief-duty-items": "duties under a heading that names whose they are (二、县级河湖长主要履行以下职责) and 乡级党委和政府应当… (a modal, no role word)",
    "organ-undated-target-appraisal-group-names-office-party-committee-page3-traditional": "a roster of bare names and 各委辦室 urged (no role word); a team named as a body (考評領導小組) given work",
    "pingtan-2015-signed-projects-task-table-lead-leader-lead-co-cell-row-lines": "a task table whose rows are parted by single spaces with a varying number of cells (labels inside the unit cell, names of the units' heads after it)",
    "pingtan-2019-green-island-work-points-prose-duties-targets": "work points whose duties are in long prose paragraphs (units as subjects, no labels or role words)",
    "rongjiang-2024-forest-chief-adjustment-notice-successor-rule": "a short notice: a succession rule (由继任县领导接任林长) and 由对应的县级责任单位具体负责 after a condition",
    "shanghai-2025-granary-pv-coverage-targets-collective-subjects": "collectives as the subjects of 要 sentences (各区, 电网企业), read as shared by its gold",
    "songjiang-2017-parking-sharing-unit-duty-headings-group-office": "an office's staff and its members (为办公室成员, read as members by its gold), a pivot after 由 with 作为实施主体",
    "town-undated-cadre-village-contact-household-duties-visit-quotas": "headings glued onto the line before, and 包户 duties with no role word",
    "xuhui-2017-renovation-waste-unit-subject-duty-paragraphs": "a firm named after a collective's duties in a later sentence (本区环卫企业) with no role word",
    "zhejiang-2023-health-commission-work-points-target-list": "only 各地各单位 urged, read as shared by its gold",
    "zhoushan-putuo-undated-economy-bureau-work-rules-articles-office-duty-heading": "articles (第七条办公室职责。) as the heads of a body's duties, and a bureau's definition (X是负责…的工作部门)",
    # round gx–gz (session 23)
    "guyuan-2016-grassland-fire-emergency-decimal-headings-county-govs-organise": "X应组织A、B…做好… (a modal and 组织, no role word) and a sector list kept whole by its gold",
    "huarong-2021-key-work-notice-line-leaders-supervisor-blank-lines": "leaders in charge spoken of in general (县政府分线领导要…) read by its gold as supervisors; a generic 其他责任单位 kg reads as co",
    "liangping-2021-work-report-division-notice-collectives-inspection-office": "a notice whose task table is not in the stored copy: one office urged (区政府督查办要…) with no role word",
    "pingtan-2019-education-inspection-task-table-unit-cells-inline-brackets-targets": "a glued evaluation table: the unit cell runs into the bureau's office cell (…党群工作部基教处), and grade B/C thresholds kg reads as targets",
    "changning-2021-public-rental-housing-measures-duty-division-article": "a regulation's articles whose bodies act with 应/负责 in long sentences, eligibility criteria (低于15平方米;) and procedure limits (10个工作日内) kg reads as targets",
    "chongming-2019-green-building-measures-bracket-label-articles-dept-duties": "a regulation's articles (第五条 【政府职责】…): 市建设行政管理部门应当…, obligations with 应当 its gold reads as shared",
    "jiading-2024-green-eco-district-measures-work-group-member-articles": "a regulation's articles: 各成员单位应…, 区规划资源局…应征询… (obligations with 应, no role word)",
    # round ha (session 23)
    "xuhui-2020-fire-responsibility-rules-dept-duty-items": "a regulation's articles: obligations with 应当 read as shared by its gold, 负责配合行业主管部门… (the helped body a vague one), posts across bodies kept whole (区政府、各街道、镇主要负责人)",
    "fengxian-2024-landscape-lighting-opinion-unit-duty-articles": "a regulation's articles whose bodies act with no role word (X应当…, X按照…做好…) and 13 departments 协同实施 with the lead on the line before",
    "jingan-2018-relics-protection-opinion-abbreviated-dept-collectives": "abbreviated department lists kept whole by its gold (发改、财政、房管…等部门) as the subjects of 要 sentences",
    # round hb (session 23)
    "pingtan-2019-housing-hazard-campaign-group-rosters-unit-colon-duties": "a bureau's numbered entry with sub-items ((1)负责…,协助乡镇做好…), 主导主抓 read as lead by its gold, a roster line whose post ends with (主持工作) glued to the next name, and 要 sentences read as shared",
    # rounds hc–hf (session 24)
    "qiongzhong-undated-tourism-island-environment-group-name-post-brackets": "campaign phases whose units act with no "
        "role word (各乡镇、各有关部门根据本方案,制定…) read as shared by its gold (the example's gold does not)",
    "town-undated-drug-crop-eradication-group-masked-x-names-hidden-chunk": "names masked as X (X、X任成员: a member 'X' "
        "in its gold), and 禁毒办内勤X负责日常工作 (a clerk's post before a masked name, before 负责) not read",
    "yibaoju-2024-payment-qualification-unit-headed-paragraphs-annexes-pdf-spaces": "obligations with 应当/应/要 and "
        "duties with no role word (各级卫生健康主管部门履行行业主管责任) read as shared by its gold; names broken by PDF "
        "spaces (定点医药机 构)",
    "yibaoju-2024-drg-dip-grouping-gedi-tongchou-prose-caps": _EXHORTATIONS,
    "guobanfa-2023-medical-fund-routine-supervision-party-duty-subsections-pdf-spaces": _EXHORTATIONS,
    "zhushan-2017-cadres-contact-township-village-baobao-households-blank-lines": "联系/驻/包保 (a leader linked to a "
        "township, a village, households) read as duties of ranks of cadres (副县级以上领导干部): no role word kg reads",
    # rounds hg–hj (session 24)
    "chizhou-undated-key-projects-office-section-label-duties-traditional": "a list of sections glued to the first's "
        "label (市重點項目辦公室內設項目一科、項目二科項目一科:): the label is not parted from the sentence before it",
    "dean-2023-agri-funds-disclosure-catalog-pipe-rows": "a disclosure catalogue's pipe table under a two-row header "
        "(公开对象 / 全社会 | 特定群体…) whose rows have more cells than its first header row: the rows are not read",
    "fengtun-undated-gov-files-disclosure-catalog-one-cell-lines-pinyin-glossed": "a disclosure catalogue one cell a "
        "line under an 18-line two-level header, with pinyin glossed inside the words (鎮(zhèn)人民政府)",
    "zhangmutou-2023-agri-subsidy-disclosure-catalog-pipe-rows-pinyin-glossed": "a disclosure catalogue with pinyin "
        "glossed inside the words (鎮(zhèn)農(nóng)林水務(wù)局), each row's tick cells spilling onto more lines",
    "mol-1999-job-matching-allowance-unit-headings-article-numbers-traditional": "Taiwan: institution types as the "
        "heads of duty lists (公立就業服務機構:, 私立就業服務機構、相關團體:) are no units by kg's lexicon",
    "taichung-2017-world-design-capital-work-group-deputy-conveners-post-list-traditional": "Taiwan: a sentence "
        "wrapped mid-name over indented lines (…指派臺中市政府都市發展 / 局局長…), posts listed (一)…(十四) as members "
        "after 其餘成員由下列人員聘(派)兼之",
    "taipei-undated-business-liaison-task-group-convener-heads-members-wrapped-traditional": "Taiwan: a member list of "
        "bodies wrapped mid-name over indented lines, closed by 等機關(構)首長兼任 (their heads sit)",
    "yilan-2010-disaster-response-center-hazard-colon-bureau-lost-numbers-traditional": "Taiwan: hazard:bureau items "
        "whose numbers were lost to a bare ( line, wrapped over indented lines; 指揮官/副指揮官 seats in a wrapped "
        "sentence",
    # rounds hk–hl (session 24)
    "dayawan-2018-lagging-projects-inspection-notice-traditional": "a work group formed and then acting (督查組…檢查) "
        "and 各責任單位要… read as shared by its gold; 區管委會辦公室組成督查組 gives the office no role kg reads",
    "huichang-2023-livelihood-monthly-bulletin-huitong-prose": "各牵头单位要切实负起…责任 (a collective urged) read as "
        "shared by its gold; numbered bulletin headings glued to their text",
    "zhaoyuan-2022-livelihood-q3-progress-pipe-supervisor-cells": "a pipe table whose first column (类别) holds a "
        "section heading (四、教育文化) in its first row only: the header word 类别 is no column kind (as a column kind "
        "it breaks one-cell-a-line tables whose category cells span rows, yangpu-2022)",
    # round hm (session 24)
    "guowuyuan-2016-tcm-joint-meeting-news-glossed-deputy-conveners": "pinyin glossed inside the words: its gold keeps "
        "the post's tail as glossed (中醫(yī)藥局主要負(fù)責(zé)同志), which the scorer strips only when written plain",
    "fengman-2022-key-projects-task-force-news-zecheng-lead": "由区级领导分工包保并责成X牵头负责: the unit after 责成 inside a "
                                                              "sentence the pivot reads whole (flagged W104); 区级领导 who 包保 "
                                                              "read as supervisor by its gold",
    "jizhou-undated-field-chief-three-tiers-news-post-fu-zongze": "三级田长为村委会主任: the seat before 为 and its holder after "
                                                                  "(role first, with 为 not 由…担任)",
    "suixian-2021-key-projects-county-leader-fenbao-principles-lost-subsection-numbers": "县级领导牵头抓总 read as a lead by its "
                                                                                         "gold (kg: a leader who leads is a "
                                                                                         "supervisor), 部门“一把手”负责 a post "
                                                                                         "in quotes",
    "wulateqianqi-2026-assistance-fund-allocation-sumu-town-amounts": "each township's share of a fund read as its quota by "
                                                                      "its gold (苏木/镇 then an amount, parted by ;): no "
                                                                      "table, no target word",
    "hengyang-2020-planning-bureau-12345-hotline-office-qiantou-sections-chengban": "a bureau's own 办公室 named bare "
                                                                                    "(办公室负责牵头…): too generic a word "
                                                                                    "for kg to take as a unit alone",
    "rizhao-2017-npc-key-suggestions-supervision-notice-post-qiantou-committees-fengong": "市人大及其常委会相关专门委员会、委室 "
                                                                                         "(a body's organs and their "
                                                                                         "committees, one collective) and "
                                                                                         "常委会分管主任牵头 (a post "
                                                                                         "supervising)",
    "suining-moxi-2023-12345-hotline-township-group-name-post-roster-office-seat": "经办人员: read as members by its gold; "
                                                                                   "下设X办公室在Y (the office's seat "
                                                                                   "without 设)",
    "hongkou-2022-construction-waste-unit-duty-headings-numbered-duties": "(N)物业服务企业 / 拆除施工单位 / 作业服务单位: generic firms named as headings of their duties (kg takes no generic noun for a unit); a 指挥部 heading among bureaus",
    "hongkou-2023-elevator-joint-enforcement-unit-first-duty-lines-group-roster-sentence": "联合执法检查主体为A、B… read as members by its gold; 副组长由A、B…及各街道分管领导担任 kept as one string by its gold",
    "huangpu-2025-drainage-reform-target-cells-unit-duty-items-task-force-roster": "its gold keeps the people's names in the roster's posts (副区长王滨); helpers' objects 配合市水务局… not made leads by its gold",
    "jiading-2021-approval-center-member-list-director-roster-lianhe-qiantou": "中心主任由…担任 (a centre's director, no team label kg knows); 前台/后台/各部门 as units",
    "jiading-2025-river-pump-gate-upkeep-numbered-duty-items-shared-intro": "各级河湖长按职责要求参与… (参与 with no lead, shared by its gold); subsidy rates (万元/公里) read as targets",
    "jingan-2024-construction-water-safety-post-roster-function-name-co": "分管领导为副组长 (a bare post), 各科室及委属事业单位 one unit by its gold, sector names (规划、消防…) after 会同各级",
    "putuo-2024-residential-violations-unit-colon-duty-items-lianhe-pivot": "联合A、B… with no subject read as helpers by its gold",
    "songjiang-2024-rural-housing-pilot-articles-duty-article-huitong-quota": "A、B依据各自职责,配合开展… read as shared by its gold (kg: helpers of the unit before); 镇人民政府应… obligations",
    "wujing-2021-construction-waste-unit-label-subsections-huitong": "吴泾、塘湾派出所 (two stations sharing a suffix) and 街面网格 as units",
    "yangpu-2025-drainage-reform-task-table-resp-co-columns-split-cells-roster": "its gold reads a cell over two lines line by line (区建设管理委 / （区水务局）: two units), kg as one; people's names kept in posts",
    "yangpu-2025-internal-roads-related-dept-label-lines": "bare sector names (公安、道路、绿容) as helpers and 产权人/使用人 as units",
    "yuepu-2017-site-safety-town-team-zhuanguanyuan-duties": "组成…监管组 members before the team's name, 镇建设工程监管组 (组 no suffix), generic 建设单位",
    "hunan-2019-work-report-targets-supervisor-posts-bracket-cut-co-list": "the file ends inside its one bracket (…省工业和信息化厅、省): kg drops a cut sentence's duties and says so (W104); its gold keeps them",
    "hongkou-2014-heritage-risk-check-unit-title-subsections-lead-convention": "各单位按以下职能分工牵头…: a sentence declaring every unit of the headings after it a lead (kg reads the unit headings as shared)",
    "jiading-2025-evacuation-shelter-plan-decimal-headings-member-duty-annex": "emergency commands (区…指挥部) and generic holders (权属或管理单位, 有人员转移任务的单位) as units; bare sector names (交通、公安等部门)",
    "zhelin-2023-relics-measures-town-articles-huitong-clauses": "sector names glued before 等相关行政管理部门,按照各自职责共同做好… read as shared by its gold; 同级房屋、市规划土地 (bare stems after 会同)",
    "haiyuan-2020-township-village-fire-duty-list-heading-units": "a heading naming the bodies whose duties follow (一、乡(镇)人民政府、街道办事处消防安全工作职责, shared by its gold); X为第一责任人/主要责任人, X负领导责任 read as duties by its gold (the dev gold's 各部门主要负责人作为…第一责任人 carries none)",
    "heqing-2022-fire-responsibility-rules-county-articles-cut": "X为第一责任人/主要责任人, X负领导责任 read as duties by its gold (the dev gold's 各部门主要负责人作为…第一责任人 carries none)",
    "zhaotong-2020-fire-responsibility-rules-articles-qiantou-leader": "X为第一责任人/主要责任人, X负领导责任 read as duties by its gold (the dev gold's 各部门主要负责人作为…第一责任人 carries none); 市县两级应急管理部门…实施监督管理,并由本级消防救援机构负责实施",
    "county-2023-natural-disaster-plan-docx-glued-member-duties": "协助做好… with no lead named read as helpers by its gold, the duty list glued onto one line",
    "changning-2020-fire-responsibility-rules-multi-unit-items-unit-chapters": "a department's duty items with no role word (按规定…, X是…) and rules' subjects (各级人民政府, 班子其他成员, 法定代表人…) read as shared by its gold",
    "chongming-2020-fire-responsibility-measures-banfa-refs-dept-duty-items": "a department's duty items with no role word (按规定…, X是…) and rules' subjects (各级人民政府, 班子其他成员, 法定代表人…) read as shared by its gold",
    "fengxian-2020-fire-responsibility-measures-dept-duty-items-peihe-clauses": "a department's duty items with no role word (按规定…, X是…) and rules' subjects (各级人民政府, 班子其他成员, 法定代表人…) read as shared by its gold",
    "huangpu-2020-fire-responsibility-rules-party-gov-dept-duty-tasks-unit-headings": "区委、区政府各部委办局 kept as one collective by its gold (kg: 区委 and 区政府各部委办局); rules' subjects (消防安全重点单位, 火灾高危单位, 个体工商户…) with 应当 as shared; 国家在沪金融管理部门 and bare generic bodies",
    "songjiang-2020-fire-responsibility-rules-dept-duty-tasks-unit-headings": "the same template as huangpu-2020: rules' subjects with 应当 and generic bodies (消防技术服务机构, 建设工程相关单位) read as shared by its gold",
    "huangpu-2023-grassroots-fire-committee-roster-duty-headings-label-lines": "排查主体:原则上由X开展巡查 (a label of who checks, its body in a sentence), staff posts (街道专职网格化巡查人员, 联络员) as units",
    "wuhu-yijiang-2023-food-safety-committee-rules-glued-member-roster-office": "a roster sentence damaged by its site (主任由、区政府主要领导任; 成员下列单位负责人担任:A、B…C区人民法院检察院 with separators and 区 prefixes lost)",
    "yuepu-2019-village-roads-articles-label-colon-cost-shares": "X是…的主管部门 read as a duty by its gold, and A、B等部门"
                                                                "按照各自职责,协同实施本办法 (协同 with no partner named: "
                                                                "shared)",
    "baoshan-2025-marine-litter-bracket-clauses-nested-alias": "bare unit brackets read, but 区水务局（区海洋局） and sector names after 会同 its gold splits differently; A、B等部门按照各自职责分工开展… (the manner with no role word) read as shared by its gold",
    "bayannur-2024-place-name-joint-meeting-news-prose-lead-office": "联席会议由X牵头,20个相关部门组成 (members counted, no 由 before them) and 明确联席会议负责… (a team's remit) read as duties by its gold",
    "fuzhou-undated-river-chief-plan-masked-years-glued-headings-doc-site": "由市委办公厅、市政府办公厅联合印发 (who issued the text), 由X组织实施 and 市、县(区)政府为责任主体 read by kg, not by its gold; 各市、县(区)建立…工作机构,负责… (the subject of the body set up) read as shared by its gold",
    "huaian-liushuwan-undated-civilized-city-news-post-roster-work-group-leaders": "班子成员、街道中层分别任四个工作小组组长 kept as one unit by its gold (kg: two, and 分别 glued to the second)",
    "shengzhou-shanhu-2023-flood-typhoon-drought-emergency-plan-opening-post-roster-office-seat": "总指挥主要领导担任 / 成员其余各班子成员组成 (由 left out by the text) and 二、街道防指办 (a heading naming a body: shared by kg)",
    "xinzheng-2018-urban-rural-sanitation-measures-article-roster-office-mirror": "各乡镇、街道、管委会、市爱卫委成员单位主要领导为成员 kept as one unit by its gold (kg: the bodies listed); 办公室具体负责… (an office with no seat named) as shared",
    "chongming-2023-grassroots-fire-township-committee-member-list-subject-labels": "the grassroots-fire template (as baoshan-2022): a committee's office named bare (办公室), staff as units (村居委专兼职消防工作人员, 乡镇巡查人员), 负有消防监管职能的部门, and 协助跟进 helpers with no lead named",
    "putuo-2025-emergency-shelter-measures-unit-colon-articles-huitong": "(一)X:….会同Y做好… (a pivot in a later sentence of a unit's duty entry), 区粮食物资储备部门 (a compound field) and generic holders (管理单位或者产权单位) as units; X:配合做好… shared by its gold (kg: a helper)",
    "luodian-2020-cityscape-assessment-office-fuze-cleaner-quotas": "staff posts with no body before them (督查队员, 机动人员) as units",
    "songjiang-2025-approval-center-dual-lead-huitong-sectors-posts": "X负责….牵头… (the subject carried into the next sentence), 区长负总责 (a post as supervisor), 配合牵头部门 (the object of 配合 as lead) and 前台/中台/后台 as units",
    "yunlin-2022-planning-dept-gender-task-group-convener-roster-traditional": "其餘委員由本處各科科長及各科代表1人擔任 (members after 其余委员由…担任) not read; 由召集人擔任主席 (a meeting's chair) read as a leader",
    "fangxian-undated-township-food-safety-committee-news-prose-roster-peihe": "乡镇政府“一把手”任主任 (a post in quotes) and 分管领导任副主任 (a bare post) in a township committee; 积*配合 (a character masked by the site)",
    "county-2021-serve-people-projects-progress-label-alone-unit-lines": "配合市图书馆完成… read with the helped unit as lead (the gold leaves the helped unit bare)",
    "guohan-2015-major-disease-joint-meeting-wikisource-glued-headings-cut-member-list-traditional": "the members' list cut off by the stored copy (联席会议由A、B、…、人力 with no 组成 after it)",
    "national-2022-digital-economy-joint-meeting-news-prose-lead-convener-paired-deputies": "A、B分管负责同志担任副召集人: the gold keeps 分管负责同志 on the last unit only; 其他成员单位有关负责同志为成员 read as a member",
    "chengqiao-2025-small-works-safety-office-label-subsections": "a duty list's head given lead and shared in one entry (规环办:牵头…;负责…: kg keeps the lead), 镇相关职能科室及相关单位 kept as one unit by the gold, a bare 建设单位 as the subject of a rule",
    "yangjing-2024-parking-land-check-pinganban-qiantou-lianhe-steps": "由X + a verb of work that is no role word (由平安办审核…, 由平安办告知…) marked shared by the gold (a wide by-verb list costs precision across the corpus: +9 tp / +39 predicted)",
    "youyilu-2019-garbage-timed-drop-group-sentence-unit-label-tasks-quotas": "居委党组织承担…总牵头的责任…带领A、B和C共同推进 (a lead by its charge, helpers led), two posts for one leader kept as one unit by the gold, staff posts (分拣员, 监督员) as units",
    "honglin-2022-anti-fraud-publicity-group-prose-roster-glossed-traditional-cut": "a prose roster on a glossed mirror whose text is garbled (鎮黨委副書記鎮長、丁光華擔任組長) and cut mid-word: the members' names after it not read",
    "suixi-tiefo-2021-flood-drought-group-names-office-teams-you-fuze": "working groups (卫生防疫组:由A、B、C人员,负责…) whose bodies' staff make the group: the gold gives the group and its bodies shared or member",
    "town-2021-anti-fraud-publicity-group-member-units-office-qiantou-masked-names": "a masked leader's name (由XX同志任组长) and the office whose director 牵头负责… (the gold gives the office the lead)",
    "xingguo-meijiao-2024-safety-accident-rescue-name-post-roster-damaged-labels-groups": "units glued where the copy lost their separator (司法所自然资源所), a name glued to a post that opens with a grade (钟新平四级主任科员)",
    "anqing-2019-poverty-exit-initial-review-task-table-space-cells-resp-column": "a task table whose header (序号 退出指标 具体内容和标准 责任单位) is run into the notice before it, its rows parted by spaces and its standards wrapped over lines",
    "ezhou-shawo-2024-inspection-rectification-progress-secretary-qiantou-prose": "由党委书记牵头抓总: a leader's post with 牵头 in running text read as supervisor (the gold: lead), 党委班子成员按照职责分工,负责… as co",
    "neimenggu-undated-forestry-dept-reform-group-news-one-line-name-post-divisions-members": "成立了呼群厅长任组长…的领导小组: a name glued before its post after the particle 了, and the team set up given 负责 as it is named",
    "shengtaihuanjingbu-2019-poverty-group-adjustment-news-post-leader-collective-deputies-member-divisions": "a leader's posts led by a charge (生态环境部定点扶贫第一责任人、部党组书记、部长), deputies and members as collectives of the ministry (现任部领导班子所有成员, 部机关所有业务司局) and a cadre list joined by 和",
    "district-2008-sanitary-city-duty-progress-table-fuze-peihe-cells": "bare unit cells of a table whose header the copy lost (marked shared by the gold: nothing on the page names their column)",
    "hongkong-2022-four-work-groups-news-secretary-leads-group-prose-traditional": "負責帶領“…行動小組”的陳國基表示…: a leader named by his name alone as the one who leads a group, in a news sentence",
    "macau-2017-disaster-review-committee-chair-member-bullets-supervise-label-traditional": "a page's definition list (監督 / 行政長官 on lines of their own) and 協助特區政府檢視… read with the helped government as lead",
    "taipei-2016-district-cityscape-meeting-convener-member-list-wrapped-traditional": "a unit's name wrapped over two lines of a hard-wrapped rule (路燈 / 園藝工程隊分隊長) read as two",
    "changtu-dawa-2023-fire-safety-post-articles-numbered-items": "第三条 镇长是…责任人,应当履行下列消防责任: a post's duties given as an article's obligation (X应当…, no role word)",
    "jiangan-town-undated-safety-dual-duty-articles-prose-posts": "posts given their share as 负全面领导责任 / 负…领导责任 (a charge, no role word kg reads) and a line cut inside its seats",
    "suining-dongshan-undated-food-safety-coordinator-informant-run-on": "a whole rule on one line: post blocks ((一)食品安全协管员 …承担…) and 协助相关部门… read with the helped bodies as lead",
    "handan-undated-hebeu-evaluation-group-prose-roster-office-guakao": "an office's staff (分管教学校领导兼任主任,教务处处长…担任副主任) read as the team's deputies, 挂靠教务处 (the office's seat) and 其他校领导 cut at 领导",
    "molidawa-houwoerqi-2021-village-lockdown-four-groups-names-only-rosters": "run-in rosters with damaged labels (组长; 涂志刚 ,副组长 殷涛 ,成员 …) and a checkpoint crew made of staff (村委会干部、突击队员、志愿者)",
    "pingli-undated-cityscape-patrol-bulletin-rectify-label-you-baopian-fuze": "由陈家坝沿线包片单位A、B、C负责: a list after where the units work and their part (only its later units read)",
    "shanghai-2018-lida-college-info-disclosure-group-two-offices-fuze-prose": "学校成立X领导小组,负责…: the team set up given its duty as it is named, and two offices seated in units on one line",
    "zhangbasi-2023-village-flash-flood-group-masked-names-label-duties": "a whole village plan on one line, names masked as a single *, labels run in (组长:*(村副主任)副组长:*(村文书)…)",
    "guangzhou-2014-leader-division-update-news-takeover-clauses": "fields handed over between leaders (…由陈如桂接手; 新增分管…): 接手 as a leader's charge, names alone",
    "huaihua-huitong-2015-city-village-teams-news-parallel-unit-village-lists": "units paired with villages by order in two lists (A、B…等单位的8支市派驻村帮扶队分别进驻X村、Y村): 帮扶 / 进驻 as a unit's charge (帮扶 as a role word costs a task table's reading: −6 tp)",
    "jiangsu-2018-provincial-leader-division-news-prose-takeovers-traditional": "takeovers (X原来负责的部分工作由Y“接盘”, 接手了…,分管…) with the leader's career clause before the name",
    "national-2016-east-west-cooperation-pairs-news-bangfu-prose-list": "X帮扶Y、Z; pairs in prose (帮扶 is no role word kg reads)",
    "shaoyang-suining-shuikou-2015-city-village-teams-news-three-units-three-villages": "units that go into villages (深入…3个贫困村) in a news sentence: no role word kg reads",
    "xiamen-undated-government-leader-division-news-analysis-guikou-traditional": "a leader named apart from the post (鄭云峰作為常務副市長,負責…), fields first (…等歸口由國桂榮副市長負責), a leader followed by 除了",
    "fangcheng-2023-emergency-system-notice-tong-fen-principle-duty-lines": "a second sentence's body on a cut line (县应急管理部门负责指导、督促行业主管部门落实防…) not read",
    "hengshan-yonghe-2022-elderly-vaccine-task-force-instructor-name-post-roster": "counted collectives as members (12个村(社区)党组织书记, 12个村(社区)防疫专干)",
    "jiaxian-undated-agriculture-bureau-power-duty-list-pipe-row-glossed-traditional": "one row of a power list on a glossed mirror, its header out of the stored opening (實施機構 and 責任科室 cells read by column only)",
    "ledu-2020-eco-inspection-rectification-closure-publicity-label-value-pipe-row-lines": "a form of labels and values between bars (整改任务概述 | … | / 整改责任单位 | X |): taken for a table whose first row is its header (handing the run back as label lines lost the unit line too)",
    "mengcun-2018-agriculture-bureau-power-list-run-on-row-chengban-column": "a power list's row with every cell run together (实施主体 and 承办机构 glued: 农业局农业机械管理总站)",
    "yanan-2015-investment-projects-leader-baozhua-notice-prose-duty-roles": "leaders who take charge of projects (市级领导包抓…, 各包抓领导为…总负责人) and a unit's head made answerable (…主要负责人为第一责任人, 市招商局责任人为…) not read",
    "yueyanglou-2020-livelihood-july-progress-unit-column-pinyin-glossed-traditional": "a target table's unit column read as indicator owners (the gold: shared); the target cell of a single-spaced row not told from the achieved figures",
}


# Plans whose headings kg cannot read (roles are still held to the floor)
HEADING_GAPS = {
    "district-undated-straw-utilization-chunks-qiantou-fuze": "a preview site's chunk numbers (2、 3、) open lines "
    "mid-plan, with the plan's own (一)/1. inside them: the gold reads no heading at all",
    "guangzhou-2023-family-doctor-task-table-four-unit-columns": "an assessment table's cells numbering their "
    "criteria (1.单独设立… / 2.凡在…) read as tasks; the gold leaves them paragraphs",
    "town-undated-forest-fire-emergency-page2-unit-label-subtasks": "numbers glued to their titles (3信息报告和处理, "
    "3.1…) the gold reads as tasks",
    "zhengzhou-2007-target-management-summary-sentences-traditional": "a (一) marker garbled in the stored copy "
    "(?。ㄒ唬┛…), which the gold reads as subsection 一",
    "district-2023-gaokao-committee-pdf-wrapped-lines": "a section marker damaged by OCR (二'领导机构) the gold reads "
    "as section 二",
    "xinsheng-undated-flood-control-task-force": "gold convention: 第一章 marked a section, where 17 of the corpus's 20 "
    "chapter lines (第N章, 第N部分) are paragraphs in their gold, as kg reads them",
    "town-undated-rural-traffic-accident-campaign-chunk-lines-brackets": "a doc-sharing preview whose first chunk opens "
    "with 1、 before the plan's title (the gold: the title), read as task 1",
    "xiangshan-2024-urban-management-q4-key-work-lead-cell-lines": "a progress table one cell a line whose progress "
    "cell opens with its own item number (1.根据2024年度…), read as a task",
    "shandong-town-undated-forest-fire-pdf-lines-prose-roster-lost-chars": "subsection markers whose numbers the copy "
    "lost (()接到…)",
    "zigong-undated-education-projects-annex-pipe-rows": "附件:TITLE on one line (in a notice, the list of its "
    "annexes) opens the annex itself in this page copy; kg reads the line as the list",
    "yangzhou-2010-afforestation-quota-one-line-tabs": "a bare 附: line marked as an annex by its annotator (SCHEMA: 附件N)",
    "changxing-tuying-2025-flood-duty-list-column": "a bar table whose rows open with (2)/(3) cells, read as rows (the gold "
                                                    "makes them subtasks) and a second item of a task cell on a line of "
                                                    "its own (2.根据…) read as a task",
    "guangzhou-2006-work-report-tasks": "the mirror garbled the (一) markers (?。ǘ┩七M…); the gold numbers them by order",
    "minhang-2023-rural-revitalization-star-lead-cells": "the category cell (一) / 持续 / 推进 … between bars is read "
                                                         "as the table's heading row, its gold as a subsection",
    "shanghai-2024-transport-refinement-division-task-list-cells": "a table one cell per line whose category cell is "
                                                                   "a bare (一) on its own line, its title on the next: "
                                                                   "not read as the subsection its tasks sit under",
    "fengxian-2020-farmland-soil-three-annex-lead-co-brackets": "the (一)…(五) of a third annex's 五、保障措施, read as part of the year lines before them (2020年,… / 2030年,…)",
    "jiaxing-2023-private-economy-measures-docx-mirror-chunks-first-listed-lead-convention": "a document site's page chunks numbered 1、 2、 glued before the text, read as tasks",
}


def _marks(plan: Path) -> list:
    reason = KNOWN_GAPS.get(plan.stem)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize(("plan", "gold"), [pytest.param(p, g, id=p.stem, marks=_marks(p))
                                            for p, g in DEV + OWN if p.stem not in UNREADABLE])
def test_other_governments_roles(plan: Path, gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #7: every dev plan and every plan of our own corpus reaches roles F1 >= 0.90."""
    figures = _score_in_process(plan, gold, tmp_path, capsys)
    _SCORES[plan.stem] = figures
    assert figures["roles"] >= 0.90, figures
    if plan.stem not in HEADING_GAPS:
        assert figures["headings"] >= 0.99 or not load_gold(gold), figures


def test_every_plan_of_the_corpus_is_a_text_of_its_own() -> None:
    """Two annotators may find one page: a plan kept twice would count its duties twice in the figures."""
    seen: dict[str, str] = {}
    for plan, _ in DEV + OWN:
        key = re.sub(r"\s+", "", plan.read_text(encoding="utf-8"))
        assert key not in seen, f"{plan.stem} is the text of {seen[key]}"
        seen[key] = plan.stem


def test_dev_corpus_micro_roles_f1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #7: roles F1 >= 0.95 micro over all the dev plans (counts pooled, not averaged)."""
    from .scoring import micro_roles

    gold_all: set = set()
    pred_all: set = set()
    for plan, gold in DEV:
        _cli(capsys, "build", str(plan), "--out", str(tmp_path / plan.stem), "--no-html")
        ttl = str(tmp_path / plan.stem / (plan.stem + ".ttl"))
        g, p = micro_roles(plan.stem, load_gold(gold), read_csv(_cli(capsys, "duties", "--graph", ttl, "--format", "csv")))
        gold_all |= g
        pred_all |= p
    tp = len(gold_all & pred_all)
    f1 = 2 * tp / (len(gold_all) + len(pred_all))
    assert f1 >= 0.95, (f1, sorted(gold_all - pred_all)[:10], sorted(pred_all - gold_all)[:10])


def test_gbk_file_gives_the_same_graph_content(tmp_path: Path, cache_env: dict[str, str]) -> None:
    from .conftest import EXAMPLE

    gbk = tmp_path / "plan-gbk.txt"
    gbk.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    figures = _score_cli(gbk, EXAMPLE_GOLD, tmp_path / "out", cache_env)
    for part, floor in FLOORS.items():
        assert figures[part] >= floor, (part, figures)


@pytest.mark.parametrize("stem", sorted(UNREADABLE))
def test_plans_kg_cannot_read_are_flagged(stem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What kg does not read is never silent: every gold duty's line carries a W104 warning."""
    plan = DATA / "corpus" / "plans" / f"{stem}.txt"
    out = _cli(capsys, "build", str(plan), "--out", str(tmp_path), "--no-html", "--no-cache")
    flagged = {int(n) for n in re.findall(r"line (\d+): W104", out)}
    gold_lines = {o["line"] for o in load_gold(DATA / "corpus" / "gold" / f"{stem}.jsonl") if o.get("responsibilities")}
    assert gold_lines and gold_lines <= flagged, (sorted(gold_lines - flagged), UNREADABLE[stem])
    assert "kg read no duty although role words are present" in out


def test_the_example_reads_every_line_that_carries_a_role_word(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """No W104 noise where kg reads everything: prose that mentions 责任单位 and 牵头负责人 in a sentence is no
    table header, and the rows after it are not rows of an unread table."""
    out = _cli(capsys, "build", str(EXAMPLE), "--out", str(tmp_path), "--no-html", "--no-cache")
    lines, read = map(int, re.search(r"coverage: role words on (\d+) lines, duties read on (\d+)", out).groups())
    assert lines == read and lines > 100
    assert "W104" not in out
