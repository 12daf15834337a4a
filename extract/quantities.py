"""Quantified targets (value + measure + bound + year) and deadlines in a line.

A target is a number (Arabic, a range such as ``2-3``, or a Chinese numeral such as 十)
followed by a measure word (家, 个, %, 亿元, 元/月·人 ...).  Labels are not targets:
numbers glued to letters or symbols (``G107``, ``110KV``, ``1+2+X``, ``5·12``, ``7×24``),
ordinals (``第二批``), size classes (``10亿级``), years, dates and numbers inside short
quoted names (``“1个总体方案+8个工作方案”``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, _alt, load_lexicon

__all__ = ["DeadlineMatch", "Quantity", "cn_to_number", "find_deadlines", "find_quantities"]

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # 1,500 and 1500
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_SENT = re.compile(r"[。;!?]")
_DELIM = "。;,、:!?()“”"
_NAME_DELIM = "。;,、:!?()"
_LEAD_WORDS = re.compile(
    r"(?:其中|力争|确保|争取|实现|完成|全年|年内|今年|进一步|累计|共|计|约|并|再|预计|均)+"
)
_YEAR = re.compile(r"(?:到|至|在|于)?((?:19|20)\d{2})\s*年(?![0-9]*月)(?:底|末|内)?")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # offsets in the line (number .. end of measure)
    end: int
    value: str  # as written, normalised digits ("2-3", "10")
    low: float
    high: float
    measure: str
    bound: str | None
    year: str | None
    name: str


@dataclass(frozen=True, slots=True)
class DeadlineMatch:
    start: int
    end: int
    end_date: str | None
    begin_date: str | None


#: a bracket that opens a note counting what it covers (包括…两项事故…), up to a figure inside it
_NOTE_OPENING = re.compile(r"[(]\s*(?:包括|含|其中|共|合计)[^()]*$")

# people sent along with a group someone heads (1名县级领导带队, 2名专业人员参加): a group's make-up, in a sentence
# with 带队 (not 每个行政村配备不少于3名专职人员参与网格管理)
_SENT_ALONG = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:领导|人员|同志|干部|专家)(?:同志)?(?:带队|参加|组成|参与|随同|陪同)")


def cn_to_number(s: str) -> int | None:
    """Value of a Chinese numeral up to the thousands.

    >>> cn_to_number("十"), cn_to_number("十五"), cn_to_number("二十"), cn_to_number("三百五十")
    (10, 15, 20, 350)
    """
    if not s or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in s):
        return None
    total, digit = 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (digit if digit is not None else 1) * _CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


def _quantity_re(lex: Lexicon) -> re.Pattern[str]:
    measures = _alt(lex.measures)
    return re.compile(
        rf"(?P<num>{_NUM}(?:\s*[万亿千](?=\s*[-~—–至到]\s*{_NUM}\s*[万亿千]))?(?:\s*[-~—–至到]\s*{_NUM})?|(?<![第一二两三四五六七八九十百千万])[二两三四五六七八九十百]{{1,4}}(?=[件个家项所场座套名户人]))"
        rf"\s*(?P<mult>万|亿|千)?(?P<measure>{measures})?"
    )


_QRE: dict[int, re.Pattern[str]] = {}


@lru_cache(maxsize=4)
def _place_before_gap(lex: Lexicon) -> re.Pattern[str]:
    """A place's ending and the gap before a figure (香溪乡 10 张家乡 40: a share list, its figures no targets)."""
    return re.compile(rf"(?:{_alt(lex.place_suffixes)})\s+$")


_ITEM_COUNT = re.compile(r"(?:具体|重点|主要|牵头|配合|建设|工作|督查激励)*"
                         r"(?:工作目标|工作任务|目标任务|任务|工作|事项|目标|措施|举措|项目|方面|领域|内容)")
# a sentence on what a place has now (全乡共有大小河流2条, 全镇现有山塘6个): its figures describe, they are no targets
_HAS_NOW = re.compile(r"\s*(?:[0-9一二三四五六七八九十]+[、.]|\([0-9一二三四五六七八九十]+\))?\s*(?:目前,?)?"
                      r"全(?:国|省|市|州|县|区|旗|镇|乡|街道|村|社区)(?:目前)?(?:共有|现有|有(?![序效关力利])"
                      r"|\s*(?=[0-9]{1,5}\s*(?:个|条|座|所|家|处|名|人)))")  # (not 全市2025年…, 全县有序推进…)
# counts that describe a plan's scope, whatever stands before them: 4个方面, 19个重点领域, 7大方面
_SCOPE_COUNT = re.compile(r"(?:大|个)?(?:重点|主要)?(?:方面|领域)")
# the seats of a team: 设召集人1人, 设副主任2名
_SEATS_BEFORE = re.compile(r"设(?:副)?(?:总)?(?:召集人|组长|主任|指挥长|成员|委员|秘书长)$"
                           r"|(?:^|[,;。:、\s])(?:常务)?(?:副)?(?:组长|召集人|指挥长|成员|主任|委员)(?:共|有)?$")  # 副组长2人,分别是:…; 成员共19人
_ITEM_COUNT_BEFORE = re.compile(
    r"(?:分解为|分解成|细化分解成|分为|分成|划分为|共|共计|总计|包括|涉及|其中|合计|明确|细化|确定|梳理|列出|部署|提出的|确定的|明确的|实施的|调整为|"
    r"调整增加为|增加为)[\u4e00-\u9fff]{0,3}$")
_UNIT_COUNT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:牵头|责任|配合|协同|成员|主管)?(?:单位|部门)(?![\u4e00-\u9fff]{0,2}(?:联动|协作))")
# a sentence telling where things stand (截至9月14日,已办结6件,占比27%): achieved figures, not targets
_STATUS = re.compile(r"截至|截止|已(?:全部|基本|如期|顺利)?(?:办结|完成|建成|整改)|正在(?:办理|整改)|整改到位|尚未整改|未整改")
# 截至10月31日,…已完成26件;已开工事项65件,开工率达100%: a date things stand at governs the sentences after it up to
# the full stop, those that tell what was done (已…, …率); not 截至6月底,完成投资5亿元;下半年完成投资5亿元 (the plan
# for the rest of the year)
_AS_OF = re.compile(r"截至|截止")
_DONE_SO_FAR = re.compile(r"已|率|累计")
_DONE_BEFORE = re.compile(r"已(?:经)?[\u4e00-\u9fff]{0,3}$")
# a clause that tells what was done (发展改革委已在国债中安排该项目2亿元, 全面设立了县、乡、村三级河长605人)
_DONE_IN_CLAUSE = re.compile(r"(?:已经?|(?<![为除])(?<=[\u4e00-\u9fff])了(?![解结]))[^,;。]*$")
# what was done, told after the figure (14艘吸砂船已全部吊装上岸, 37个水源地标识牌…已安装到位)
_DONE_AFTER = re.compile(r"[^,;。]{0,24}?(?:已(?:经)?(?:全部|基本|全面)?(?:完成|建成|安装|吊装|整改|办结|落实|实现|投入|开工|竣工|运离|到位)"
                         r"|完成了|(?:仍|尚|还)未(?![^,;。]{0,12}的))")  # (126个河段完成了…, 456个河段仍未完成: a report's
# count; not 完成15个尚未完成验收的项目验收: the target's object)
# a sentence of a policy list opening on the case it covers (对…以上的,…给予): its figures set the case
_CONDITION = re.compile(r"\s*(?:\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\))?\s*对")
_FUTURE = re.compile(r"到(?!位)|力争|再|年底前|以前|前完成|计划|确保|目标")  # (not 整改到位: done)
# the share of the year's target done so far (完成年度目标的84%, 占全年任务的65%): achieved, not a target
_SHARE_DONE = re.compile(r"(?:完成|占|达到)了?(?:年度|全年|年|本年度|本年)?(?:目标|任务|计划)(?:任务)?的?$")
# a sentence reporting the months so far (1-6月,全市新增城镇就业6500人; 今年以来,…): achieved figures
_SO_FAR = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?:\d{4}年)?\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月(?:份)?|今年以来|年初以来|前[一二三]季度)[,:]?")
# a clause on last year's result (这项工作由发展改革委负责,去年国内生产总值增长6.7%): achieved, not a target
_LAST_YEAR = re.compile(r"\s*(?:去年|上年|上一年|过去一年)(?:末|底|全年)?[,:]?(?=[\u4e00-\u9fff])")


# the awards a policy lists, the amount right after the verb (分别给予 100 万元、30 万元、, 一次性奖励 20 万元、)
_AWARDS_BEFORE = re.compile(r"(?:给予|奖励)(?:分别|一次性|奖励|补助|补贴|资助|最高|不超过|最多|企业|\s)*"
                            r"(?:[\d.\s]+[万亿千]?\s*元[、和及\s]*)*$")


def _sentence_start(norm: str, pos: int) -> int:
    return max(norm.rfind(ch, 0, pos) for ch in "。;!?") + 1


def _clause_start(norm: str, pos: int) -> int:
    return max(norm.rfind(ch, 0, pos) for ch in "。;!?,") + 1


def _clause_end(norm: str, pos: int) -> int:
    m = _CLAUSE_END.search(norm, pos)
    return m.start() if m else len(norm)


_CLAUSE_END = re.compile(r"[。;!?,]")


# what closes a clause that describes a case (…的; / …的事故,): the figures in it describe, they set no target
_CASE_CLAUSE = re.compile(r"的(?:事故|事件|火灾|情形|情况|险情|灾害)?[,;。!?]?\s*$")
_CLAUSE_END = re.compile(r"[,;。!?]")


def _case_of(norm: str, e: int) -> bool:
    """The clause holding a figure (to its comma or stop) describes a case: it closes with 的 (…中断供应的;
    凡造成1人以上死亡的事故,), not a target's clause before a condition (完成1万亩,对成活率低于85%的,限期补植)."""
    end = e
    while (m := _CLAUSE_END.search(norm, end)) is not None:
        end = m.end()
        if m.group(0) != "," or not re.match(r"\s*(?:且|或者|或|并且|并|以及)", norm[end:]):
            break  # (…低于最高计划量85%,且无法在72小时内解决的。: the case goes on after 且)
    else:
        end = len(norm)
    return _CASE_CLAUSE.search(norm, e, end) is not None


def _sentence_end(norm: str, pos: int) -> int:
    m = re.compile(r"[。;!?]").search(norm, pos)
    return m.end() if m else len(norm)


def _in_brackets(norm: str, pos: int) -> bool:
    """True if ``pos`` is inside a (…) note of the line."""
    depth = 0
    for ch in norm[:pos]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
    return depth > 0


def _short_quotes(norm: str) -> list[tuple[int, int]]:
    """Short quotations and titles of documents (《2025年十五件民盼实事任务分解》): names, not targets."""
    return [(m.start(), m.end()) for m in re.finditer(r"“[^“”]{1,20}”|\"[^\"]{1,20}\"|《[^《》]{1,40}》", norm)]


def _year_before(norm: str, pos: int) -> str | None:
    sent_start = max((m.end() for m in _SENT.finditer(norm, 0, pos)), default=0)
    year = None
    for m in _YEAR.finditer(norm, sent_start, pos):
        year = m.group(1)
    return year


#: a line's item number before a target's words (1. / (2) / 三、), not a decimal (1.5亿元以上产业项目)
_ITEM_NUMBER = re.compile(r"\s*(?:\(?\s*[0-9一二三四五六七八九十]{1,3}\s*[).、](?![0-9])|[0-9]{1,3}\s+)\s*")


def _name(norm: str, text: str, start: int, end: int) -> str:
    """What the target counts: the words before the number (力争/确保… and a year dropped),
    followed by the object after it when the words before are only a verb (引进2-3家企业)."""
    a = start
    while a > 0 and norm[a - 1] not in _NAME_DELIM:
        a -= 1
    # skip a line's item marker (1. / (2) / 三、), a leading year phrase and words such as 力争, 确保 (same length
    # in both forms)
    if a == 0 and (mk := _ITEM_NUMBER.match(norm, 0, start)):
        a = mk.end()
    m = re.match(r"(?:(?:到|至|在|于)?(?:19|20)\d{2}\s*年(?:底|末|内)?前?)?", norm[a:start])
    a += m.end() if m else 0
    m = _LEAD_WORDS.match(norm, a, start)
    a = m.end() if m and m.end() < start else a
    before = re.sub(r"(达到|达|为|提高到|提升到|突破|超过|不少于|不低于|不超过|控制在)$", "", text[a:start].strip())
    if len(before) <= 2:
        b = end
        while b < len(norm) and norm[b] not in _NAME_DELIM and b - end < 25:
            b += 1
        after = re.sub(r"^(?:以上|以下|左右|及以上)", "", text[end:b].strip())
        return (before + after).strip()
    return before


def find_quantities(norm: str, text: str | None = None, lex: Lexicon | None = None) -> list[Quantity]:
    """Targets in one line (normal form; ``text`` is the original for names).

    >>> [(q.value, q.measure, q.bound) for q in find_quantities("力争全年新增规模以上工业企业45家、冠军企业2家以上")]
    [('45', '家', None), ('2', '家', 'min')]
    >>> find_quantities("围绕“1+2+X”产业体系,推动G107东移,完成2个镇110KV电网改造")[0].value
    '2'
    """
    lex = lex or load_lexicon()
    text = text if text is not None else norm
    rx = _QRE.get(id(lex))
    if rx is None:
        rx = _QRE[id(lex)] = _quantity_re(lex)
    quotes = _short_quotes(norm)
    out: list[Quantity] = []
    last_count: int | None = None  # end of the last count of the plan's own items (a list of them goes on)
    for m in rx.finditer(norm):
        num, mult, measure = m.group("num"), m.group("mult") or "", m.group("measure") or ""
        if not measure and mult not in ("万", "亿"):
            if (big := re.match(r"大(?:重点|主要)?(?:方面|领域)", norm[m.end("num") :])) is not None:
                last_count = m.end("num") + big.end()  # 7大方面: a count of the plan's parts (a list may go on)
            continue
        s, e = m.start(), m.end()
        cs, ss = _clause_start(norm, s), _sentence_start(norm, s)  # where its clause and sentence start
        if measure and len(measure) == 1 and not mult and norm[m.end("num") : m.start("measure")].strip() == "" \
                and m.start("measure") > m.end("num") and re.match(r"[\u4e00-\u9fff]", norm[e : e + 1]) \
                and (re.match(r"[\u4e00-\u9fff]", norm[s - 1 : s])
                     or _place_before_gap(lex).search(norm, max(0, s - 8), s)):
            continue  # 香溪乡10 张家乡40, 香溪乡 10 张家乡 40: a share list, 张 opens the next name (not 10张; 完成 6 条河流
            # is a PDF's gaps)
        before = norm[s - 1] if s > 0 else ""
        after = norm[e : e + 2]
        if (before and (before.isascii() and (before.isalnum() or before in "+·×*#/-."))) or before in ("第", "·", "×"):
            continue
        after_num = norm[m.end("num") : m.end("num") + 1]
        if after_num and ((after_num.isascii() and after_num.isalpha()) or after_num in "+·×"):
            continue
        if after[:1] in ("级", "强", "后", "岁", "号", "代", "型", "届", "批") or (after[:1].isascii() and after[:1].isalpha()):
            continue
        if (measure in ("个",) and (after[:1] in ("月", "工", "小") or after == "年度")) or (measure == "所" and after[:1] == "有"):
            continue
        if any(a <= s < b for a, b in quotes):
            continue
        if measure in lex.weak_measures and not mult and not (
                measure in ("位", "部", "本", "类", "种", "方")
                and ((re.fullmatch(r"[\d,]+(?:\.\d+)?", num) is not None and float(num.replace(",", "")) >= 10)
                     or re.match(r"(?:及)?以上", norm[e : e + 3]))
                and re.search(r"新增|新建|建成|完成|更新|改造|培育|取得|达到|增加|清淤|安装|提供|引进|创建|实施|开发|推出",
                              norm[cs : s])) and not (
                measure in ("次", "期", "批") and (re.match(r"(?:及)?以上", norm[e : e + 3])
                                                   or re.search(r"(?:不少于|不低于|至少)$", norm[max(0, s - 3) : s]))
                and re.search(r"开展|组织|举办|召开|检查|督查|巡查|培训|演练|宣传|调度|会商|整治",
                              norm[cs : s])
                and not re.search(r"发生|连续|累计|出现|违反|超过", norm[cs : s])):
            continue  # 3期, 5次 are mostly no target; 开展专项整治行动4次以上 (a floor) is
        if measure in ("人", "次") and re.match(r"(?:看过|看過|阅读|閱讀|浏览|瀏覽|点击|點擊|收藏|下载|下載)", norm[e:]):
            continue  # 271人看过, 1200次浏览: the page's counter of a mirror site, no part of the plan
        if re.search(r"(年产|日产|年处理|年加工|年吞吐|装机|总装机)$", norm[max(0, s - 4) : s]):
            continue  # a capacity describing a project, not a target
        if re.search(r"第\d+、(?:\d+、)*$", norm[max(0, s - 12) : s]) or re.search(r"共印$|印发$", norm[max(0, s - 2) : s]):
            continue  # 第17、18件 (ordinals); 共印67份 (copies printed)
        scope = _SCOPE_COUNT.match(norm, e) if measure in ("个", "项") else re.match(
            r"大(?:重点|主要)?(?:方面|领域)", norm[m.end("num"):])
        scope_end = None if scope is None else scope.end() if measure in ("个", "项") else m.end("num") + scope.end()
        if scope_end is not None and re.match(r"[、,。;的]|$|督查|工作|任务|问题|内容|[0-9]+(?:项|个|条|件)", norm[scope_end:]):
            last_count = scope_end
            continue  # 4个方面、19个重点领域; 7大方面; 19个方面督查重点; 6个方面243项工作任务 (not 5个重点领域示范基地)
        if measure in ("人", "名") and (_SEATS_BEFORE.search(norm[max(0, s - 7) : s])
                                        or norm.startswith(lex.seat_nouns, e)):
            continue  # 设召集人1人, 各确定1名联络员: a team's seats
        if measure in ("人", "名") and (re.match(r"(?:及)?以上(?:死亡|重伤|受伤|失踪|中毒|遇难)", norm[e:])
                                        or (re.search(r"(?:死亡|重伤|受伤|失踪|中毒|遇难)$", norm[max(0, s - 2) : s])
                                            and re.match(r"(?:及)?以上", norm[e:]))
                                        or (re.search(r"造成$", norm[max(0, s - 2) : s])
                                            and re.match(r"(?:及以上|以上)?(?:死亡|重伤|受伤|失踪|中毒|遇难)", norm[e:]))):
            continue  # 造成1人以上死亡或者3人以上重伤的火灾: a grade of incident, not a target
        if _case_of(norm, e) and not any(w in norm[ss : s] for w in lex.aim_words):
            continue  # (2)可能造成10万户以上居民用户燃气中断供应的; 凡造成1人以上死亡的事故: a case described (an
            # incident's grade, a condition), not a target
        if measure in ("人", "名") and re.search(r"(?:每|各)(?:个)?(?:督查|检查|工作)?组$", norm[max(0, s - 6) : s]):
            continue  # 每组2-3人: how many people a group has
        if measure in ("人", "名") and not mult and _SENT_ALONG.match(norm, e) \
                and re.fullmatch(r"[1-9]|10|[一二两三四五六七八九十]", num) and "带队" in norm[ss : _sentence_end(norm, e)]:
            continue  # 由市安监局1名县级领导带队,2名专业人员参加: who a team's group is made of, no target
        if measure in ("人", "名") and any(w in norm[ss : s] for w in lex.staffing_words):
            continue  # 核定人员:峨岭5人,…共60人: an office's staffing
        if measure == "个" and _UNIT_COUNT.match(norm, e):
            continue  # 涉及34个牵头单位: a count of the plan's units
        if (measure == "个" and re.match(r"[\u4e00-\u9fff]{0,6}?(?:小组|工作组|专班|指挥部)", norm[e:])
                and not re.search(r"到(?:19|20)\d{2}年|力争|新增|新建|培育|全[县市区省镇]", norm[ss : s])) or (
                measure in ("人", "名") and re.search(r"(?:小组|工作组|专班)\s*\($", norm[max(0, s - 6) : s])):
            continue  # 成立12个界别小组, 中共界别小组(7人): the plan's own teams and their size
        if re.search(r"从[^,;。]{0,20}$", norm[cs : s]) and re.match(
                r"[^,;。]{0,30}?(?:提高|增加|提升|增长|降低|减少|下降|扩大|调整|上调|下调)(?:到|至)", norm[e:]):
            continue  # 从每人每月574元…提高到609元: the figure a target starts from
        if measure == "篇" and re.search(r"(?:精选|通用|优选|热门)$", norm[max(0, s - 2) : s]):
            continue  # 工作方案(精选6篇): a doc-sharing site's title, no part of the plan
        if measure in ("名", "人") and re.search(r"(?:确定|明确|指定)$", norm[max(0, s - 2) : s]) \
                and re.match(r"(?:工作)?人员|同志|负责同志|联络员|信息员", norm[e:]):
            continue  # 各成员单位确定1名工作人员为联络员: a seat, not a target
        if re.search(r"(?:比|较)\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*(?:的)?\s*$", norm[max(0, s - 16) : s]):
            continue  # 比2010年的132.4万吨、14.56万吨: the base year's figures a target is measured against
        if measure == "项" and ((re.search(r"(?:以上|上述|包括|共|共计|合计)[\u4e00-\u9fff]{0,2}$", norm[max(0, s - 6) : s])
                                and (re.match(r"[。,;]|$", norm[e : e + 1])
                                     or re.match(r"[\u4e00-\u9fff]{0,10}?(?:目标|任务|指标|事项)", norm[e:])))
                               or re.match(r"(?:目标|任务|指标|事项|工作)的?(?:责任单位|牵头单位|责任领导)", norm[e:])):
            continue  # 包括8项。, 以上8项…目标, 2项目标的责任单位均为…: the plan counting its own items
        if re.search(r"(?:公司|企业|厂|单位|学校|医院)$", norm[max(0, s - 2) : s]) \
                and re.match(r"[\u4e00-\u9fff]{0,2}?(?:企业|公司|单位|学校|医院)", norm[e:]):
            continue  # 甲有限责任公司、乙有限责任公司两家企业: the count of the bodies just named
        if re.search(r"(?:减按|扣除比例(?:提高)?(?:至|到)|税率(?:降低|下调)?(?:至|到|为))$", norm[max(0, s - 10) : s]) \
                or re.match(r"[\u4e00-\u9fff]{0,2}?部分减半", norm[e:]):
            continue  # 减按25%, 不超过200万元部分减半征收, 加计扣除比例提高至100%: a tax policy's terms, no target
        if re.match(r"(?:的)?(?:为|作为)(?:基数|基准|基期)", norm[e:]):
            continue  # 以1995年实招人数1445名为基数: the base a target grows from
        if "日" in measure and re.search(r"之日起(?:[^,;。]{0,6}?)$", norm[max(0, s - 12) : s]):
            continue  # 信息形成或者变更之日起20个工作日内: a procedure's time limit from an event, no target
        if measure == "个" and re.search(r"(?:分解|下达|落实|分配)(?:到|至|给)$", norm[max(0, s - 4) : s]):
            continue  # 将目标任务分解到8个县区: the units the targets go to, not a target
        sentence = norm[ss : _sentence_end(norm, e)]
        if any(w in sentence for w in lex.entitlement_words):
            continue  # 可申请最高不超过15万元的创业担保贷款: what a policy grants, not a target
        if re.fullmatch(r"[^,;。]{0,24}(?:分解表|一览表|任务表|清单)", norm[e : _sentence_end(norm, e)].strip()):
            continue  # 一、10件民生实事任务分解表: the title of a table
        clause = norm[cs : e]
        if measure in ("%", "‰") and _SHARE_DONE.search(norm, max(0, s - 12), s):
            continue  # 完成年度目标的84%: how much of the target is done
        if (_SO_FAR.match(norm, ss) or _LAST_YEAR.match(norm, cs)) \
                and not _FUTURE.search(clause):
            continue  # 1-6月,全市新增城镇就业6500人: what the months so far achieved
        if ((_STATUS.search(norm[ss : _sentence_end(norm, e)])
             or (_AS_OF.search(norm, norm.rfind("。", 0, s) + 1, s) and _DONE_SO_FAR.search(norm, ss, _sentence_end(norm, e))))
                and not _FUTURE.search(clause)) \
                or _DONE_BEFORE.search(norm[max(0, s - 6) : s]) \
                or (_DONE_IN_CLAUSE.search(norm[cs : s]) and not _FUTURE.search(clause)) \
                or (_DONE_AFTER.match(norm, e, _clause_end(norm, e)) and not _FUTURE.search(norm[cs : _clause_end(norm, e)])):
            continue  # an achieved figure of a progress report (截至…已办结6件), not 截至目前已建成3个,2025年再建成10个
        if measure == "%" and norm[s - 1 : s] == "前" and norm.startswith("的", e) \
                and not re.search(r"(?:进入|位居|保持|位列|稳居|跻身)[^,;。]{0,8}$", norm[max(0, s - 12) : s]) \
                and not re.match(r"的?(?:行列|之列)", norm[e:]):
            continue  # 年度企业办事频次前20%的事项: the share a scope covers (the top 20%), no target
        if re.match(r"(?:的)?(?:平均水平|平均值|平均增速|全国平均|全省平均)", norm[e:]):
            continue  # 高于省、市7.5%平均水平: a benchmark the target is compared with
        if measure in ("项", "个") and re.match(r"[\u4e00-\u9fff]{0,8}?(?:考核|考评|评价|监测)?指标", norm[e:]):
            continue  # 对32项县域经济考核指标进行了分析, 8项指标已纳入…: the indicators counted, not a target
        if measure in ("项", "条", "件", "个") and norm[e : e + 1] == ")" and (
                re.search(r"\((?:共|计|合计)?\s*$", norm[max(0, s - 3) : s])
                or (_in_brackets(norm, s) and len(norm.strip()) <= 40)):
            continue  # 牵头工作(8项): the number of items under a heading
        if measure in ("项", "条", "个") and (ic := _ITEM_COUNT.match(norm, e)) and (
                _ITEM_COUNT_BEFORE.search(norm[max(0, s - 4) : s]) or _in_brackets(norm, s)
                or (re.match(r"[。;,]|$", norm[ic.end() : ic.end() + 1])
                    and re.search(r"(?:提出|明确|部署|列出|确定|安排)了[^,;。]{0,24}$", norm[ss : s]))
                or (last_count is not None and re.fullmatch(r"[\u4e00-\u9fff]{0,6}[、和及与的,]", norm[last_count:s]))):
            last_count = e  # the plan counting its own items: 分解为11项工作目标和138项工作任务, (杭州市2项配合工作)
            continue
        if re.search(r"(?:^|[,;。:、\s.)])全(?:国|省|市|州|县|区|旗|镇|乡|街道)(?:共|共有|现有)?(?:分为|划分为)?\s?$",
                     norm[max(0, s - 9) : s]):
            last_count = e
            continue  # 全县22个乡镇(街道),298个村; 全街道共分为17个网格: the count of what the plan covers, not a target
        if _HAS_NOW.match(norm, norm.rfind("。", 0, s) + 1) and not _FUTURE.search(clause):
            last_count = e
            continue  # 全乡共有大小河流2条,其中:凯伦河…全长3公里: what the place has now, not a target
        if last_count is not None and re.fullmatch(r"[\u4e00-\u9fff]{0,6}[(、]", norm[last_count:s]) \
                and re.match(r"[\u4e00-\u9fff]{1,4}[、)]", norm[e:]):
            last_count = e
            continue  # 17个第一网格(15个村、2个社区): the parts of that count
        if measure in ("项", "条", "个", "件") and norm[max(0, s - 2) : s] in ("方面", "领域"):
            continue  # (一)知识产权保护方面5项: the items of the plan under a heading
        if (cond := _CONDITION.match(norm, ss)) is not None \
                and s < (stop := _clause_end(norm, cond.end())) \
                and re.search(r"的$|(?:以上|以下|超过|不低于|不少于|高于|低于)[^,]*的", norm[cond.end() : stop].rstrip()):
            continue  # 对实际总投资20亿元以上…的项目,给予…: the condition of a policy, not a target
        if measure in ("家", "个", "人", "名", "项") and re.match(r"(?:及以上|以上|以下|及以下)?的,", norm[e : e + 6]):
            continue  # 入围生产企业在3家及以上的,采取招标采购: a condition, not a target
        if measure in ("%", "‰") and (re.search(r"按(?:照)?[^,。;]{0,30}的$", norm[cs : s])
                                      or (re.match(r"的?比例", norm[e:]) and re.search(r"按(?:照)?[^,。;]{0,30}$",
                                                                                     norm[cs : s]))):
            continue  # 按不低于采购金额的30%提前预付: the rate a rule applies
        if (before == "等" or re.search(r"、[\u4e00-\u9fff]{1,6}\s?$", norm[max(0, s - 8) : s])) \
                and measure in ("个", "家") and re.match(
                r"[\u4e00-\u9fff]{0,4}?(?:区域|地区|省份|省|市|县|城市|部门|单位|方面|领域|国家|试点)", norm[e : e + 6]):
            continue  # …辽宁沈阳等8个区域: the size of the list just written
        if "元" in measure and (
                re.search(r"(?:给予(?:[\u4e00-\u9fff]{0,4}?(?:最高|不超过|最多))?|(?:奖励|补助|补贴|资助)(?:最高|不超过|最多))$",
                          norm[max(0, s - 10) : s])
                or re.match(r"(?:的)?(?:资助|奖励|补助|补贴|奖补|扶持)", norm[e : e + 3])
                or (re.match(r"(?:及)?以上的,", norm[e : e + 5]) and re.search(r"[按给奖补]", norm[e : e + 30]))):
            continue  # 给予最高200万元资助, 按每家20万元给予资助, 采购…5000万元以上的,按…: a policy's award, not a target
        if "元" in measure and _AWARDS_BEFORE.search(norm[cs : s]):
            continue  # 分别给予 100 万元、30 万元…奖励, 一次性奖励 20 万元: the awards a policy lists
        if re.match(r"的?(?:补贴|奖励|补助|缴费|收费)?标准", norm[e : e + 5]):
            continue  # 按…社会保险费50%的标准确定: a rate the policy applies, not a target
        if measure in ("项", "条", "个", "件") and (it := _ITEM_COUNT.match(norm, e)) is not None and not out \
                and not it.group(0).endswith("项目") and not norm[it.end() :].strip() and not re.search(r"[。;,]", norm):
            continue  # “十三五”应急体系9个具体建设任务: a title counting the items below it
        if measure in ("项", "条", "个") and last_count is not None and norm[last_count:s] in ("、", "和", ",") \
                and re.match(r"[。;,]|$", norm[e : e + 1]):
            continue  # 分解为7大方面、80项。: the list of the plan's own counts ends here
        if measure == "项" and norm[e : e + 1] == "目" and re.search(r"[\u4e00-\u9fff]$", norm[max(0, s - 1) : s]):
            continue  # 安远路899项目, 6501项目: a project named by a number
        if measure in ("件", "项") and re.match(r"(?:民生|惠民|为民)?(?:实事|大事|好事)", norm[e:]) \
                and re.search(r"(?:民生|为民|惠民|重点|年)$", norm[max(0, s - 2) : s]):
            continue  # 兴庆区2018年民生十件实事: a programme named by its number of items
        if measure in ("条", "项") and (re.match(r"(硬)?(措施|政策|举措|意见|规定|机制)", norm[e : e + 3])
                                        or norm[max(0, s - 2) : s] in ("新政", "政策")):
            continue  # a policy named by its number of articles (新政18条)
        # a bare number with only a multiplier (亩均投资 320 万) is a target; "10万吨" keeps the multiplier
        full_measure = mult + measure
        # (1.2万-1.5万亩: the multiplier is written on both ends of the range, kept once, after it)
        value = re.sub(r"[\s,]+|[万亿千](?=\s*[-~—–至到])", "", num)
        value = value.replace("~", "-").replace("—", "-").replace("–", "-").replace("至", "-").replace("到", "-")
        if value[0] in _CN_DIGITS or value[0] in _CN_UNITS:
            n = cn_to_number(value)
            # 十件, 二十个 are targets; 两个/三个 are mostly set phrases (两个确保) unless 十/百 is written
            if n is None or not (any(ch in value for ch in "十百") or measure in ("件", "项", "家", "户", "名", "所")):
                continue
            if not any(ch in value for ch in "十百") and _in_brackets(norm, s) \
                    and _NOTE_OPENING.search(norm, 0, s):
                continue  # (包括道路交通和工矿商贸两项事故死亡人数合计): a note counting kinds, not a target
            value = str(n)  # (十件 -> 10, as the example's gold writes it)
        parts = [float(x) for x in value.split("-") if x]
        if not parts:
            continue
        bound = None
        window_before = norm[max(0, s - 4) : s]
        # (the longest word decides: 不超过 and 不高于 are ceilings, though 超过 and 高于 are floors)
        before_w = max((w for w in (*lex.min_bounds, *lex.max_bounds) if window_before.endswith(w)), key=len, default="")
        after_w = max((w for w in (*lex.min_bounds, *lex.max_bounds) if norm.startswith(w, e)), key=len, default="")
        if after_w in lex.min_bounds or (not after_w and before_w in lex.min_bounds):
            bound = "min"
        elif after_w in lex.max_bounds or (not after_w and before_w in lex.max_bounds):
            bound = "max"
        out.append(
            Quantity(
                start=s,
                end=e,
                value=value,
                low=min(parts),
                high=max(parts),
                measure=full_measure,
                bound=bound,
                year=_year_before(norm, s),
                name=_name(norm, text, s, e),
            )
        )
    return _drop_qualifiers(norm, out)


_THRESHOLD = re.compile(r"(以上|以下|及以上|及以下|以内)?(?:[\u4e00-\u9fff]{0,6}?)(?:项目|工程|企业)(?![0-9])")
_QUALIFIER_GAP = re.compile(r"(?:以上|以下|左右|及以上)?(?:的)?[\u4e00-\u9fff“”\"]{0,10}$")


def _drop_qualifiers(norm: str, qs: list[Quantity]) -> list[Quantity]:
    """Drop a quantity that qualifies the object of the next one: 30亿元以上项目2个, 100亿元的项目."""
    out = []
    for k, q in enumerate(qs):
        tail = norm[q.end : q.end + 12]
        if q.measure != "%" and re.match(r"(?:\(含\))?(?:以上|以下|左右|及以上)?的[\u4e00-\u9fff]", tail):
            continue
        if q.measure in ("元", "万元", "亿元", "千元") and (m := _THRESHOLD.match(tail)) \
                and (m.group(1) or norm[max(0, q.start - 1) : q.start] in ("至", "-", "~")) \
                and not re.search(r"支持|用于|投向|扶持|投入|奖励|补助|发展|促进", m.group(0)):
            continue  # 30万元以下小型建设工程, (50万元至100万元项目): the size that names a kind of project
        nxt = qs[k + 1] if k + 1 < len(qs) else None
        if nxt is not None and nxt.start - q.end <= 12:
            gap = norm[q.end : nxt.start]
            if gap and not any(ch in _DELIM + "及和与" for ch in gap) and _QUALIFIER_GAP.match(gap):
                continue
        out.append(q)
    return out


_DEADLINE = re.compile(
    r"(?P<y1>(?:19|20)\d{2})\s*[-—–至到]\s*(?P<y2>(?:19|20)\d{2})\s*年"
    r"|(?:到|至|于|在)(?P<y3>(?:19|20)\d{2})\s*年(?:(?P<m3>\d{1,2})\s*月)?(?P<d3>底|末)?(?:前)?"
    r"|(?P<y4>(?:19|20)\d{2})\s*年(?:(?P<m4>\d{1,2})\s*月)?(?:(?P<day4>\d{1,2})\s*日)?(?P<d4>底|末)?前"
    r"|(?P<y5>(?:19|20)\d{2})\s*年(?P<d5>底|末)"
    r"|(?P<y7>(?:19|20)\d{2})\s*年(?P<m7>\d{1,2})\s*月(?:(?P<day7>\d{1,2})\s*日|底|末|(?=[)\]】]|\s*$))"
    r"|(?<![年\d])(?P<m6>\d{1,2})\s*月(?:底|末)?前"
    r"|(?P<yin>年内|年底前|今年内|年底)"
)


def _last_day(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def find_deadlines(norm: str, doc_year: int | None = None) -> list[DeadlineMatch]:
    """Deadlines in one line, normalised to ISO dates (``end``) and intervals (``begin``..``end``).

    >>> [(d.begin_date, d.end_date) for d in find_deadlines("到2025年培育5家,2024年底前完成,6月底前上报", 2024)]
    [(None, '2025-12-31'), (None, '2024-12-31'), (None, '2024-06-30')]
    """
    out = []
    for m in _DEADLINE.finditer(norm):
        g = m.groupdict()
        begin = end = None
        if g["y1"]:
            begin, end = f"{g['y1']}-01-01", f"{g['y2']}-12-31"
        elif g["y3"] or g["y4"]:
            y = int(g["y3"] or g["y4"])
            mo = g["m3"] or g["m4"]
            day = g["day4"]
            if mo and day and 1 <= int(mo) <= 12:
                end = f"{y:04d}-{int(mo):02d}-{int(day):02d}"
            elif mo and 1 <= int(mo) <= 12:
                end = _last_day(y, int(mo))
            else:
                end = f"{y:04d}-12-31"
        elif g["y7"] and 1 <= int(g["m7"]) <= 12:
            y, mo = int(g["y7"]), int(g["m7"])
            end = f"{y:04d}-{mo:02d}-{int(g['day7']):02d}" if g["day7"] else _last_day(y, mo)
        elif g["y5"]:
            end = f"{int(g['y5']):04d}-12-31"
        elif g["m6"] and doc_year and 1 <= int(g["m6"]) <= 12:
            end = _last_day(doc_year, int(g["m6"]))
        elif g["yin"] and doc_year:
            end = f"{doc_year:04d}-12-31"
        if end:
            out.append(DeadlineMatch(m.start(), m.end(), end, begin))
    return out
