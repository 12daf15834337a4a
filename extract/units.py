"""Unit mentions: split a list of units, recognise each item by its shape, classify it.

Units are recognised by patterns of official writing (administrative prefix, an
organisation suffix such as 局/委/办/中心/公司/街道, collective openers such as 各/属地,
position suffixes such as 副市长/主任), never by a list of one government's units.
All functions work on the *normal form* of a text (see :func:`extract.read.normalise`)
and return offsets, so callers slice the original text for quotes.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, load_lexicon
from .records import UnitKind

__all__ = ["Item", "bare_name", "is_unit", "post_before_name", "split_units", "strip_tail", "unit_key", "unit_kind"]

_WS = re.compile(r"\s+")
# a pinyin note blanked by the normal form (發(fā)改委 -> 发    改委): not a list separator
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _in_pinyin_gap(s: str, i: int) -> bool:
    """True if ``s[i]`` lies in a run of 4-8 spaces between two Chinese characters (a blanked pinyin note)."""
    j = i
    while j > 0 and s[j - 1] == " ":
        j -= 1
    k = i
    while k < len(s) and s[k] == " ":
        k += 1
    return 4 <= k - j <= 8 and j > 0 and k < len(s) and bool(_HAN_CHAR.match(s[j - 1])) and bool(_HAN_CHAR.match(s[k]))
# 市、县(区)国土资源局, 各省级、地市、县级医疗保障行政部门, 省、市、县三级卫生健康部门: levels written once for one
# kind of body (the 、 between the levels part no units)
def _descending(levels: str, lex: Lexicon) -> bool:
    """True if the levels of ``levels`` (省、市、县) go down from the highest (not 各镇、县农业农村局: two bodies)."""
    words = re.sub(r"\([^()]*\)", "", levels).split("、")
    ranks = [lex.level_ranks.get(w[0], 1) for w in words]
    # (区、县文物行政管理部门: two kinds of one level, each with its department)
    return all(x < y or (x == y and a[:1] != b[:1] and x > 0)
               for (x, a), (y, b) in itertools.pairwise(zip(ranks, words, strict=True)))


_LEVEL_WORD = r"(?:地市|[省市县区乡镇]级|乡镇|[省市县区州地乡镇])(?:\([^()、]{1,8}\))?"
_LEVELS_SHARED = re.compile(rf"(?:(?<![\u4e00-\u9fff)])|(?<=[各由的同])){_LEVEL_WORD}(?:、{_LEVEL_WORD})+(?=[两三四五]级(?:人民)?政府"
                            r"|(?:[两三四五]级)?[^、,;:()]{2,16}?(?:局|委|办|厅|支队|大队|中心|站|所|部门|机构)(?:[、,;。)\s]|$))")
# 地(州、市)、县(市、区)人民政府: the governments of two levels, as written (not 各县、市、区政府: a collective)
_GOVERNMENTS_SHARED = re.compile(r"(?<![\u4e00-\u9fff、])(?<![^一二三四五六七八九十\d]\))[省市县区州地](?:\([^()]{1,8}\))?(、)"
                                 r"(?=[省市县区州](?:\([^()]{1,8}\))?(?:人民)?政府(?:[、,;。()\s]|$))")
_AREAS_SHARED = re.compile(r"(?:^|(?<=[、,;:(\s]))([\u4e00-\u9fff]{2,4})(、)(?=[\u4e00-\u9fff]{2,4}(?:管理区|开发区|园区|片区)"
                           r"(?:[、,;。)\s]|$))")
_LIST_SEP = re.compile(r"[、,;。，；/]")
_CONJ = re.compile(r"以及|和|及|与|(?<![会协共])同|或者|或")  # (街镇会同…: a pivot, not 街镇会 and …)
_TAIL_ETC = re.compile(r"等(?:相关|有关|其他)?(?:部门|单位|成员单位|机构)?(?:\((?:单位|部门)\))?(?:共同)?(?:组成)?$"
                       r"|(?:抽调|选派|抽派)(?:人员|工作人员|骨干|精干力量)?(?:组成)?$"  # 从县教育局、县政府办抽调人员组成
                       r"|等[\u4e00-\u9fff]{0,6}?(?:部门|单位|机构|内设办公室)(?:\((?:单位|部门)\)|[或和及](?:部门|单位|机构))?$"  # 等省级主管部门(单位)
                       # 和县台办20个相关职能部门(的分管副职): the count that closes a list
                       r"|等?[0-9一二三四五六七八九十两]+个(?:相关|有关)?(?:职能|执法|事业|行政)?(?:部门|单位)(?:的)?$"
                       # 卫生局…及经济局共5个局级部门局长, …办公室各1名代表: the count, the heads or the delegates a
                       # list sends
                       r"|共[0-9一二三四五六七八九十]+个[\u4e00-\u9fff]{0,4}?(?:部门|单位)(?:局长|负责人|主要负责人)?$"
                       r"|(?:及|各)[0-9一二三四五六七八九十]+名(?:代表|工作人员|联络员)$")
_TAIL_NOTE = re.compile(r"[(\[〔](?:[\u4e00-\u9fff]{2,10}?牵头单位|总?牵头|牵头单位|牵头部门|主责|配合|配合单位|协办)[)\]〕]$")
#: the field of the work before a person in charge of it (各镇(街)森林防火工作的负责人), never part of a body's name
FIELD_OF_WORK = r"(?:[^局委办厅部院所站队室处心府镇乡街村县市区省()、,]{2,12}?工作的?)"
_TAIL_PERSON = re.compile(
    FIELD_OF_WORK + "?"
    r"(?:分管负责同志|分管负责人|主要负责同志|主要负责人|相关负责人|有关负责人|有关负责同志|负责同志|负责人|主要领导|分管领导|相关领导|有关人员|相关人员"
    r"|的分管副职|分管副职|(?<=等)(?:单位|部门)领导)$")  # (A、B等单位领导任副总指挥: each unit's leader)
_PORTFOLIO_POST = re.compile(r"(?:负责|分管|主管|协调|联系)[\u4e00-\u9fff、]{2,24}?的[\u4e00-\u9fff]{2,12}")
_TRAILING_PAREN = re.compile(r"\([^()]{1,24}\)$")
_DEPUTY_HEAD = re.compile(r"(?<=[\u4e00-\u9fff)])分管负责(?:同志|人)$")
_TAIL_CONTACT = re.compile(r"\s*\([^()]*(?:电话|联系|传真|邮箱|[0-9]{5,})[^()]*\)$")  # (联系电话:5770115…)
_BAD_CHARS = re.compile(r"[。:!?“”\"《》<>|%0-9]")
# words of running text that never occur inside an organisation's name
_SENTENCE_WORDS = re.compile(
    r"涉及|要求|进行|开展|推进|加强|按照|根据|确保|实现|完成|具体|任务|不再|下同|均|通过|围绕|支持|鼓励|引导|组织|建立|打造|争取|构建|着力|协同的|督促|建强|建好|召集(?!人)"
    r"|积极|持续|全面|深入|切实|做好|做到|提升|提高|依托|对接|承担|负责(?!同志|人)|牵头(?!单位|部门)|配合|参与"
    r"|提出|设立|要对|一批|通报|形成|\((?:改|扩|迁)[、改扩迁]*\)建|研究(?![院所室会中])|(?<=[构门局委办室厅处站所院队心部府])(?:对(?!外|口|台)|送|发布|指导(?!员|中心|站|组|处|科)|会同)|定期|及时|适时|贯彻|结合|印发|制定|每[周月年日天季]|区域内|成立|组建|兼任|担任|责成|审核后|上报|报送|报请|^协调(?![办组处科股委会室中部员小])"
)
_LISTED_FIRM = re.compile(r"[\u4e00-\u9fff]{2,10}企业")
# where a label or a table column says it lists units, a body's own office is one (责任部门 | 办公室)
_OWN_OFFICE = frozenset({"办公室", "办公厅"})
_DIVISION = re.compile(r"[\u4e00-\u9fff]{1,8}(?:科|处|股|科室|处室|股室)")  # a bureau's own division (劳监科, 法规处)
_GENERIC = {
    "办公室", "委员会", "领导小组", "指挥部", "工作组", "专班", "政府", "人民政府", "街道", "社区", "乡", "镇",
    "公司", "集团", "银行", "中心", "部门", "单位", "机构", "机关", "有关部门", "相关部门",
}


@dataclass(frozen=True, slots=True)
class Item:
    """A unit found in a list: offsets into the searched string, and its kind."""

    start: int
    end: int
    text: str
    kind: UnitKind


@lru_cache(maxsize=65536)
def strip_tail(s: str) -> str:
    """Drop a trailing 等/等相关部门 and a trailing 主要负责同志 (not part of the unit's name)."""
    prev = None
    while prev != s:
        prev = s
        s = _TAIL_PERSON.sub("", _TAIL_ETC.sub("", _TAIL_NOTE.sub("", _TAIL_CONTACT.sub("", s))))
    return s


def _core(s: str) -> str:
    """The name without a trailing alias in parentheses: 县发改局(粮食局) -> 县发改局."""
    while _TRAILING_PAREN.search(s) and _TRAILING_PAREN.sub("", s):
        s = _TRAILING_PAREN.sub("", s)
    return s


def sentence_start(s: str, at: int, stops: str = "。;!?", floor: int = 0) -> int:
    """Where the sentence holding ``s[at]`` starts: after the last of ``stops`` before ``at`` (not before ``floor``)."""
    return max(floor, max(s.rfind(c, 0, at) for c in stops) + 1)


def unit_kind(s: str, lex: Lexicon | None = None) -> UnitKind | None:
    """The kind of unit ``s`` is, or None if it does not look like a unit.

    >>> unit_kind("市发改局"), unit_kind("各镇、街道"), unit_kind("市政府分管副市长")
    (<UnitKind.department: 'department'>, <UnitKind.collective: 'collective'>, <UnitKind.position: 'position'>)
    >>> unit_kind("产业链") is None
    True
    """
    s = _WS.sub("", s) if "   " in s else _BRACKET_PAD.sub("", s.strip())  # 省编办 (省审改办): a PDF copy's gap
    if len(s) > 40:
        return None  # never a unit, and never a cache key
    return _unit_kind(s, lex or load_lexicon())


_BRACKET_PAD = re.compile(r"\s+(?=\()|(?<=[()])\s+|\s+(?=\))")
_LEVEL = re.compile(rf"^(?:各级|国家|中央|各?{_LEVEL_WORD}(?:、{_LEVEL_WORD})*(?:[两三四五]级|级|直)?)")


def _sector(body: str, lex: Lexicon) -> bool:
    """``body`` of ``body部门`` names a sector (财政, 市教育行政, 县级农业主管), so the phrase is a department."""
    if re.fullmatch(r"(?:[省市区县州镇乡]级|同级|上级|本级)(?:行业)?主管", body):
        return True  # 县级主管部门, 同级主管部门: the department in charge of the item at that level
    # (市场监管部门: the 市 of 市场 is no level; 金融监管部门, 县消防救援机构: a sector and what it does)
    for b in dict.fromkeys((body, _LEVEL.sub("", body))):
        if re.sub(r"(?:行政|主管)$", "", b) in lex.sector_stems \
                or re.sub(r"(?:行政|主管)?(?:执法|行政执法|综合执法|管理|监管|救援)(?:主管)?$", "", b) in lex.sector_stems \
                or re.sub(r"监督管理$", "", b) in lex.sector_stems:  # 县安全生产监督管理部门 (质量监督管理: 质量监督's)
            return True
        # 林业绿化部门, 林业和草原部门: a department of two sectors
        both = b.replace("和", "") if re.fullmatch(r"[^和]{2,6}和[^和]{2,6}", b) else b
        if _glued_stems(both, 0, len(both), lex) is not None and len(both) <= 10:
            return True
    return False


def sector_department(s: str, lex: Lexicon) -> bool:
    """``s`` opens with a sector's department (财政部门, 公安机关…): 会同财政部门 is a pivot, not a name."""
    m = re.match(r"([\u4e00-\u9fff]{2,8}?)(?:部门|机关)", s)
    return m is not None and _sector(m.group(1), lex)


@lru_cache(maxsize=65536)
def _unit_kind(s: str, lex: Lexicon) -> UnitKind | None:
    if not (2 <= len(s) <= 40) or _BAD_CHARS.search(s) or s in lex.not_units or s in _GENERIC:
        return None
    if not re.match(r"[\u4e00-\u9fff(]", s) or _SENTENCE_WORDS.search(s.replace("组织部", "").replace("组织", "")):
        return None
    if s.startswith("对") and not s.startswith("对外"):
        return None  # 对县交通局负责的项目: whom something concerns, not a unit's name
    if s.startswith("协助") and s[2:] in lex.position_suffixes:
        return None  # 协助省长负责…: whom the work helps, no post
    if re.fullmatch(r"[\u4e00-\u9fff]{2,3}同志", s) and lex.surnames and s[0] in lex.surnames:
        return UnitKind.person  # 王清宪同志负责全面指挥: a leader named as a comrade
    core = _core(s)
    if lex.position_suffix_re.search(core):
        if re.match(r"^(各|其他|全体)", core):
            return UnitKind.position
        body = lex.position_suffix_re.sub("", core)
        if body and len(body) >= 1:
            return UnitKind.position
        return None
    if re.fullmatch(r"(?:[省市区县州](?:直|级|委)?|[省市区县](?:人民)?政府|国务院|中央)?(?:其他有关|其他相关|各有关|各相关|有关|相关|各)"
                    r"(?:部门|单位|方面)(?:[和及](?:部门|单位|机构))?", core) \
            or re.fullmatch(r"(?:[省市区县州](?:直|级)?|[省市区县](?:人民)?政府)(?:其他有关|各有关|各相关|有关|相关|各|其他)?"
                            r"(?:职能|工作|执法|监管|管理|行业主管)(?:部门|机构)", core):
        return UnitKind.collective  # 市有关部门, 县直各单位, 市有关部门和单位; 区相关职能部门, 区政府各工作部门, 区执法部门
    if re.fullmatch(r"各?负有[^,;。、]{2,20}?(?:职责|责任)的(?:各|有关|相关|行业)?(?:部门|单位|机构)", core):
        return UnitKind.collective  # 负有安全生产监管职责的有关部门: the departments a duty of theirs names
    if (local := re.match(r"[\u4e00-\u9fff]{1,4}?(?=所在地|发生地|事发地)", core)) is not None:
        core = core[local.end() :]  # 企业所在地乡镇政府: the government of wherever the enterprise is (所在地 opens it)
    opener = next((o for o in lex.collective_openers if core.startswith(o)), None)
    if opener or "成员单位" in core or re.search(r"各(专班|部门|单位|成员)", core):
        rest = core[len(opener):] if opener else core
        if (both := re.search(r"[及和与](?=各)", core)) is not None and _unit_kind(core[: both.start()], lex) is not None \
                and _unit_kind(core[both.end() :], lex) is not None:
            return None  # 国务院相关部门及各地区: two collectives, parted at 及 (相关部门和各镇街 stays one)
        if rest in ("部", "部分") or ("或" in rest and _unit_kind(core[: core.index("或")], lex) is not None):
            # (事发地所在社区或工业区相关职能部门: one or the other; 各岸段使用或管理单位 is one collective)
            return None  # 有关部(门) cut short
        if rest in ("地", "级", "镇", "乡", "村", "县", "区", "市", "省", "州", "盟", "旗", "部门", "单位") or rest.endswith(
            tuple(lex.collective_continuations) + tuple(lex.unit_suffixes) + ("镇街", "专班", "企业")
        ):
            return UnitKind.collective
        return None
    m = lex.unit_suffix_re.search(core)
    if not m or core.endswith(lex.false_suffixes):
        return None  # 建设多元办学格局: a word that only ends like a bureau
    body = core[: m.start()]
    suffix = m.group(0)
    if not body:
        # the whole string is a suffix: only names such as 工商联, 贸促会, 总工会 stand alone
        if (len(core) >= 3 and core not in _GENERIC) or core in lex.short_units:
            return UnitKind.department  # (学校, 中学: a township plan's schools)
        return None
    if len(suffix) == 1 and len(core) < 3:
        return UnitKind.department if core in lex.short_units else None
    if suffix in ("部门", "机关", "机构") and _sector(body, lex):
        return UnitKind.department  # 财政部门, 市公安机关, 县教育行政部门, 县消防救援机构: a sector's department
    if suffix in ("单位", "部门", "机构", "机关"):
        return None  # 发布单位, 责任部门: generic nouns unless a collective (各相关部门)
    if suffix in ("街道", "镇", "乡", "苏木", "社区", "街办", "办事处"):
        return UnitKind.town_street
    if suffix in ("高新区", "开发区", "经开区", "新区", "园区", "示范区", "试验区", "保税区", "片区", "管理区"):
        return UnitKind.zone
    if suffix in ("公司", "分公司", "集团", "银行", "分行", "支行", "联社", "合作社", "运营商"):
        return UnitKind.enterprise
    if suffix in ("分局",) or re.search(r"(国网|国家|中国|省|[\u4e00-\u9fff]{2}市)[\u4e00-\u9fff]*(局|委)[\u4e00-\u9fff]{2,}(分局|中队|大队)$", core):
        return UnitKind.higher_level
    if core.startswith(("国网", "中国", "国家", "中央")):
        return UnitKind.higher_level
    return UnitKind.department


def bare_name(text: str, lex: Lexicon | None = None) -> bool:
    """True if ``text`` is a person's name alone: two or three characters opening with a surname, no unit's name.

    >>> bare_name("赵向民"), bare_name("区规划局"), bare_name("公安")
    (True, False, False)
    """
    lex = lex or load_lexicon()
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text)) and text[0] in lex.surnames and unit_kind(text, lex) is None


_MASKED_TAIL = re.compile(r"(?:[XxＸ×＊*○〇]{1,4}|某某某?)$")


def post_before_name(s: str, a: int, b: int, lex: Lexicon | None = None) -> tuple[int, int] | None:
    """Offsets of the post in ``POST NAME`` (党委书记、人大主席邹早银 -> 党委书记、人大主席), or None.

    >>> s = "党委副书记、镇长卢梓星"
    >>> x, y = post_before_name(s, 0, len(s)); s[x:y]
    '党委副书记、镇长'
    """
    lex = lex or load_lexicon()
    text = s[a:b].strip()
    a += len(s[a:b]) - len(s[a:b].lstrip())
    if (masked := _MASKED_TAIL.search(text)) is not None and masked.start() >= 2 and _is_post(text[: masked.start()], lex):
        return a, a + masked.start()  # 党委委员X任组长, 禁毒专干×××: the name masked in the copy
    if (spaced := re.search(r"([\u4e00-\u9fff])[ \u3000]+[\u4e00-\u9fff]{1,2}$", text)) is not None \
            and spaced.group(1) in lex.surnames and spaced.start() >= 2 and _is_post(text[: spaced.start()], lex):
        return a, a + spaced.start()  # 上海城投集团总裁办副主任吴 昊: a two-character name padded to the width of three
    for name_len in (3, 2):
        post, name = text[:-name_len], text[-name_len:]
        if (len(post) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", name) and _is_post(post, lex)
                and unit_kind(name, lex) is None and not lex.position_suffix_re.search(name)
                and not any(name in w for w in lex.team_words)):
            if name_len == 3 and lex.position_suffix_re.search(post + name[0]):
                continue  # 副秘书长马锐: the post ends at 秘书长, the name is 马锐
            return a, a + len(post)
    return None


def _is_post(post: str, lex: Lexicon) -> bool:
    """True if ``post`` is one person's post or posts joined by 、 (党委副书记、镇长)."""
    return bool(lex.position_suffix_re.search(post)) and all(
        unit_kind(p, lex) is UnitKind.position or p in lex.position_suffixes for p in _posts(post, lex))


def _posts(post: str, lex: Lexicon) -> list[str]:
    """The posts of one person joined by 、, a portfolio's fields kept whole (县政府分管农业、水利副县长: one)."""
    if "、" not in post:
        return [post]
    kept = {k for m in _portfolio_re(lex).finditer(post) if _portfolio(m.group(1), lex) for k in range(m.start(), m.end())}
    return "".join("\x00" if ch == "、" and k not in kept else ch for k, ch in enumerate(post)).split("\x00")


def short_unit_list(s: str, a: int, b: int, lex: Lexicon) -> list[Item] | None:
    """A short list of units read leniently (党政办 应消站; 市发改委、农委、人保局): every piece accepted, none
    longer than 12 characters, at least one a unit by its own form (全年 alone is no unit); else None."""
    if re.search(r"[,。;:]", s[a:b]):
        return None
    items, rejected = split_units(s, a, b, lex=lex, lenient=True)
    if rejected or not items or any(len(it.text) > 12 for it in items) or not any(is_unit(it.text, lex) for it in items):
        return None
    return items


def is_unit(s: str, lex: Lexicon | None = None) -> bool:
    return unit_kind(s, lex) is not None


@lru_cache(maxsize=65536)
def unit_key(s: str) -> str:
    """Normalised name used to decide that two surface forms are the same unit."""
    s = re.sub(r"\s+", "", s)
    s = strip_tail(s)
    return _core(s) or s


def _in_word_gap(s: str, start: int, i: int, lex: Lexicon) -> bool:
    """A space inside a unit's name (市 财政局, 资源规划 局, a PDF copy's gaps): what stands before it since
    the last separator is a short fragment that is no unit, and a Chinese character follows."""
    left = s[start:i].strip().replace(" ", "")
    right = re.match(r"[\u4e00-\u9fff]*", s[i + 1 :])
    short = len(left) <= 2 or (right is not None and 0 < len(right.group(0)) <= 2)
    if not (0 < len(left) and i + 1 < len(s) and "\u4e00" <= s[i + 1] <= "\u9fff" and unit_kind(left, lex) is None):
        return False
    # (住房城乡 建设厅: a longer fragment whose name the next word completes)
    return (len(left) <= 5 and short) or (right is not None and len(left) <= 12
                                          and unit_kind(left + right.group(0), lex) is not None)


def _at_bracket(s: str, i: int, b: int) -> bool:
    """A space that only pads a bracket of the name (各县 (市、 区 ) 政府, a PDF copy's gaps): the
    bracket's note qualifies the word before it, and a word after it that is no unit by itself
    (政府) goes on the name; a role note ((牵头) 市财政局) still ends its unit."""
    j = i
    while j < b and s[j] in " \t\u3000":
        j += 1
    k = i
    while k > 0 and s[k - 1] in " \t\u3000":
        k -= 1
    if j < b and s[j] == "(":
        return not s.startswith(("(牵头", "(配合", "(协办", "(主办"), j)
    after = re.match(r"[^\s、,,;;]+", s[j:b])
    return k > 0 and s[k - 1] == ")" and after is not None and unit_kind(after.group(0)) is None


def _trim_leading(s: str, a: int, b: int, lex: Lexicon) -> int:
    """Skip words that may stand before a unit (由, 设, 包括...) when the rest is a unit
    (与群众利益密切相关的公共企事业单位 keeps its 与)."""
    while a < b - 1 and s[a] in lex.lead_marks:
        a += 1  # ★区发改委: the mark says who leads (read by the table reader), it is not part of the name
    changed = True
    while changed:
        changed = False
        for w in lex.leading_words:
            if s.startswith(w, a) and b - a > len(w) + 1:
                rest = s[a + len(w) : b]
                if w in ("从", "设", "在", "为", "如") and not rest.startswith(lex.prefixes) and is_unit(strip_tail(s[a:b]), lex):
                    break  # 从化区人民政府, 设施养护处, 在线服务中心: the word opens the unit's name
                if w in lex.lead_before_co + lex.co_before_lead and not rest.startswith(lex.prefixes) \
                        and is_unit(strip_tail(s[a:b]), lex):
                    break  # 联合采购办公室: the word opens the unit's name
                if is_unit(strip_tail(rest), lex) or _CONJ.search(rest) or _unit_suffix_re_search(rest, lex):
                    a += len(w)
                    changed = True
                break
    return a


def _unit_suffix_re_search(s: str, lex: Lexicon) -> bool:
    """True if some tail of ``s`` is a unit (由X部门牵头 reads on to find X); a unit is at most 40 characters."""
    return any(is_unit(strip_tail(s[k:]), lex) for k in range(max(0, len(s) - 40), max(0, len(s) - 1)))


def _split_conj(s: str, a: int, b: int, lex: Lexicon, lenient: bool = False) -> list[tuple[int, int]]:
    """Split ``s[a:b]`` at 和/及/与 when both sides are units (not 人力资源和社会保障局).

    ``lenient`` (after a label or in a member list) also takes a right side that ends like an
    organisation (人口计生兼职单位)."""
    def ok(x: int, y: int) -> bool:
        t = strip_tail(s[x:y])
        return is_unit(t, lex) or (lenient and ((2 <= len(t) <= 20 and t.endswith(("单位", "部门", "机构")))
                                                or (t in lex.position_suffixes and not _body_of_post(s[a:x], lex))))
        # (市委其他常委和副市长为成员: two posts; 县财政局局长和副局长: the same body's, one entry)

    for m in _CONJ.finditer(s, a, b):
        left, right = s[a : m.start()], s[m.end() : b]
        if m.group(0) == "以及" and len(left) >= 2 and len(right) >= 2:
            return [(a, m.start()), *_split_conj(s, m.end(), b, lex, lenient)]  # 以及 never joins a name
        if right.strip() in lex.joined_tails:
            continue  # 高新区党工委和管委会: one body's two organs, named once
        # 副组长:副主任及各党组成员 (a roster's bare post, listed)
        if (is_unit(strip_tail(left), lex) or (lenient and left.strip() in lex.roster_only)) and (
                ok(m.end(), b) or _CONJ.search(right)):
            rest = _split_conj(s, m.end(), b, lex, lenient)
            if all(ok(x, y) for x, y in rest):
                return [(a, m.start()), *rest]
    return [(a, b)]


def _body_of_post(left: str, lex: Lexicon) -> bool:
    """True if ``left`` (before 和) is a unit's post (县财政局局长): a bare post after it is the same unit's."""
    left = left.rstrip("和及与以 ")
    m = lex.position_suffix_re.search(left)
    return m is not None and m.end() == len(left) and unit_kind(left[: m.start()], lex) in (
        UnitKind.department, UnitKind.higher_level, UnitKind.collective)


def _unit_suffix(s: str, a: int, b: int, boundaries: frozenset[int] | None, lex: Lexicon) -> int | None:
    """Start of the longest unit ending at ``b`` that starts on a word boundary in ``s[a:b]``.

    Finds 相关市(州)人民政府 in 具体任务均涉及相关市(州)人民政府 when jieba's segmentation
    puts a boundary before 相关.
    """
    openers = lex.collective_openers + lex.prefixes
    fallback = None
    for k in range(a + 1, b - 1):
        if boundaries is not None and k not in boundaries:
            continue
        if is_unit(strip_tail(s[k:b]), lex):
            if s.startswith(openers, k):
                return k
            fallback = k if fallback is None else fallback
    return fallback


def _split_glued(s: str, a: int, b: int, lex: Lexicon) -> list[Item]:
    """Units run together with no separator, each opening with an administrative prefix
    (区发改局区统计局, 市行政审批局市司法局): split where a unit ends and the next prefix starts."""
    text = s[a:b]
    # each part at least four characters and opening like the first (区…局区…局), so 市发改局市场科 stays whole
    cuts = [k for k in range(4, len(text) - 3) if text[k] == text[0] and text.startswith(lex.prefixes, k)
            and lex.unit_suffix_re.search(text[:k])]
    for k in cuts:
        left = text[:k]
        kind = unit_kind(left, lex)
        if kind is None or kind is UnitKind.position:
            continue
        right = unit_kind(text[k:], lex)
        if right is not None and right is not UnitKind.position:
            return [Item(a, a + k, left, kind), Item(a + k, b, text[k:], right)]
        rest = _split_glued(s, a + k, b, lex)
        if rest:
            return [Item(a, a + k, left, kind), *rest]
    return []


def split_units(s: str, a: int = 0, b: int | None = None, *, lex: Lexicon | None = None,
                lenient: bool = False, boundaries: frozenset[int] | None = None,
                search: bool = False) -> tuple[list[Item], list[tuple[int, int]]]:
    """Units listed in ``s[a:b]`` (separated by 、 , ; 和 ...): (units, rejected pieces).

    ``lenient`` accepts any short noun-like piece (used after an explicit label such as
    责任单位:, where the writer tells us the list holds units).

    >>> [i.text for i in split_units("市财政局、市科工局等")[0]]
    ['市财政局', '市科工局']
    >>> [i.text for i in split_units("市科工局,各镇、街道")[0]]
    ['市科工局', '各镇、街道']
    """
    lex = lex or load_lexicon()
    b = len(s) if b is None else b
    if s[b - 1 : b] == ")" and (note := re.search(r"\(([^()]*)\)\s*$", s[a:b])) is not None \
            and any(w in note.group(1) for w in lex.notes):
        b = a + note.start()  # 县发改局、县经信局(有多个部门的,列第一位的为牵头单位,下同): the list's note is no unit
    pieces: list[tuple[int, int, bool]] = []  # (start, end, separated from the previous by 、)
    depth = 0
    start = a
    dun = False
    # 县政府分管安全生产、道路交通安全副县长: the 、 of a post's portfolio parts no units
    kept = {k for m in _portfolio_re(lex).finditer(s, a, b) if _portfolio(m.group(1), lex)
            for k in range(m.start(), m.end())} if "分管" in s[a:b] or "主管" in s[a:b] else set()
    # 市、县(区)国土资源局: levels written once for one kind of body, one unit as written
    if "、" in s[a:b]:
        kept |= {k for m in _LEVELS_SHARED.finditer(s, a, b) if _descending(m.group(0), lex)
                 for k in range(m.start(), m.end()) if s[k] == "、"}
        kept |= {m.start(1) for m in _GOVERNMENTS_SHARED.finditer(s, a, b)}
        # 人民大垸、荒湖管理区: two areas written with their kind once, one unit as written
        kept |= {m.start(2) for m in _AREAS_SHARED.finditer(s, a, b) if not lex.unit_suffix_re.search(m.group(1))
                 and m.group(1) not in lex.sector_stems}  # (not 城管、经济开发区: a sector's short name, then an area)
    for i in range(a, b):
        ch = s[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and i not in kept and (_LIST_SEP.match(ch) or (lenient and ch in " \t\u3000" and i > start
                                                     and not _in_pinyin_gap(s, i) and not _in_word_gap(s, start, i, lex)
                                                     and not _at_bracket(s, i, b))):
            # after a label (责任单位:A B C) a space separates units, as tables copied to text give them
            pieces.append((start, i, dun))
            start = i + 1
            dun = ch == "、"
    pieces.append((start, b, dun))

    items: list[Item] = []
    rejected: list[tuple[int, int]] = []
    for idx, (x, y, after_dun) in enumerate(pieces):
        # trim spaces, and a closing bracket whose opening one stands on the line before (参与单位:A、B))
        while x < y and s[x].isspace():
            x += 1
        while y > x and (s[y - 1].isspace() or (s[y - 1] == ")" and s.count("(", x, y) < s.count(")", x, y))
                         or (s[y - 1] in lex.lead_marks and y - 1 > x)):
            y -= 1  # (区农业农村委*: a mark after the unit, read by the table reader)
        if x >= y:
            continue
        raw = s[x:y]
        # continuation of a collective: 各镇、街道
        cont = strip_tail(raw)
        shared_tail = bool(items and re.fullmatch(r"各[省市县区镇乡](?:\([^()]{1,8}\))?", items[-1].text)
                           and (re.fullmatch(r"[省市县区镇乡](?:\([^()]{1,8}\))?(?:人民)?政府(?:\([^()]{1,8}\))?", cont)
                                or (cont.startswith("县级市") and unit_kind(cont, lex) is not None)))
        # (各区、县级市外经贸局: the bureau of every district and county-level city)
        if items and (cont in lex.collective_continuations or shared_tail) and items[-1].kind is UnitKind.collective \
                and after_dun and not (items[-1].text.endswith(("部门", "单位", "机构"))
                                       and cont not in ("部门", "单位", "机构")):
            # 各镇、街道; 各县、区人民政府(管委会); 有关部门、单位 (not 相关行业部门、区政府: two bodies)
            last = items.pop()
            y = x + len(cont)
            items.append(Item(last.start, y, s[last.start : y], UnitKind.collective))
            continue
        x = _trim_leading(s, x, y, lex)
        for px, py in _split_conj(s, x, y, lex, lenient):
            text = strip_tail(s[px:py])
            if _DEPUTY_HEAD.search(s, px, py) and "等" not in s[px:py] \
                    and (len(pieces) == 1 or idx < len(pieces) - 1
                         or any(_TAIL_PERSON.search(s, p0, p1) for p0, p1, _ in pieces[:-1])) \
                    and unit_kind(text, lex) not in (None, UnitKind.position, UnitKind.person):
                # 发展改革委分管负责同志任召集人: one body's deputy head is a post of its own (a list's shared tail,
                # A、B分管负责同志为成员, leaves the bodies)
                items.append(Item(px, py, s[px:py], UnitKind.position))
                continue
            py = px + len(text)
            if (k := text.rfind("的")) > 0 and unit_kind(text[k + 1 :], lex) is not None and not (
                    lenient and _PORTFOLIO_POST.fullmatch(text)) and (
                    (rejected and rejected[-1][1] + 1 >= x) or _SENTENCE_WORDS.search(text[:k])
                    or re.search(r"(?:所属|下属|直属|所在地)$", text[:k])):
                # 分管应急管理、地震监测工作的县政府办公室副主任 (a modifier cut by the list's 、), 所涉及的省政府办公厅,
                # 市住建局所属的市住房保障办公室 (the body a department's own office is)
                px, text = px + k + 1, text[k + 1 :]
            kind = unit_kind(text, lex)
            if kind is None and lenient and re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", text):
                kind = unit_kind(re.sub(r"\s+", "", text), lex)  # 市 财政局, 伏羲 山管委 会: gaps of a PDF copy
            if kind in (None, UnitKind.department) and (glued := _split_glued(s, px, py, lex)):
                items.extend(glued)  # 区发改局区统计局: units written with no separator
                continue
            if kind is None and lenient and _ETC_DEPARTMENTS.search(s, a, b) and (stems := _glued_stems(s, px, py, lex)):
                items.extend(Item(x, y, s[x:y], UnitKind.department) for x, y in stems)  # 气象建设交通…等部门
                continue
            if kind is None and lenient and 2 <= len(text) <= 20 and not _BAD_CHARS.search(text) \
                    and (text not in _GENERIC or text in _OWN_OFFICE) and re.fullmatch(r"[\u4e00-\u9fff()]+", text) \
                    and not any(w in text for w in lex.not_unit_words) \
                    and not _SENTENCE_WORDS.search(text.replace("组织部", "")) \
                    and not text.startswith(("分管", "负责", "主管")):
                kind = UnitKind.position if lex.position_suffix_re.search(text) else UnitKind.department
            if kind is None and lenient and _PORTFOLIO_POST.fullmatch(text) and lex.position_suffix_re.search(text):
                kind = UnitKind.position  # 组长:负责住房和城乡建设工作的副市长 (a post named by its portfolio)
            if kind is None and search:
                cut = _unit_suffix(s, px, py, boundaries, lex)
                if cut is not None:
                    px, kind = cut, unit_kind(text[cut - px :], lex)
                    text = s[px:py]
            if kind is None:
                rejected.append((px, py))
            elif (parted := _parted_by_spaces(s, px, py, lex)) is not None:
                items.extend(parted)  # (县发改局 县财政局): two units a space parts
            else:
                items.append(Item(px, py, text, kind))
    if rejected and items:
        # 县消防救援机构、物业服务企业配合: a kind of enterprise listed beside units is one of them (alone, 新增规模
        # 工业企业 is what a target counts)
        firms = [(x, y) for x, y in rejected if _LISTED_FIRM.fullmatch(s[x:y]) and not _SENTENCE_WORDS.search(s[x:y])
                 and not any(w in s[x:y] for w in lex.not_unit_words)]
        if firms:
            rejected = [r for r in rejected if r not in firms]
            items = sorted([*items, *(Item(x, y, s[x:y], UnitKind.enterprise) for x, y in firms)], key=lambda i: i.start)
        items, rejected = _shared_government_suffix(s, items, rejected, lex)
        if any(_DIVISION.fullmatch(i.text) for i in items) and (
                own := [(x, y) for x, y in rejected if s[x:y] in _OWN_OFFICE]):
            # 劳监科、劳关科、办公室分别牵头: beside a bureau's divisions, 办公室 is its own office
            rejected = [r for r in rejected if r not in own]
            items = sorted([*items, *(Item(x, y, s[x:y], UnitKind.department) for x, y in own)], key=lambda i: i.start)
    if len(items) + len(rejected) >= 2:
        items, rejected = _shared_department(s, items, rejected, lex)
    if rejected and items:
        items, rejected = _shared_sector_suffix(s, items, rejected, lex)
    etc = bool(rejected) and len(items) + len(rejected) >= 3 and _etc_departments(s, a, b)
    if etc:
        # 气象建设交通公安: sectors whose separators were lost in copying, each a stem of the lexicon
        rejected = [part for x, y in rejected for part in (_glued_stems(s, x, y, lex) or [(x, y)])]
    if etc and all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", s[x:y]) and not _SENTENCE_WORDS.search(s[x:y]) for x, y in rejected):
        # 教育、文广影视、交通、邮政等行业主管部门: sectors named bare in a list its 等…部门 says holds departments
        items = sorted([*items, *(Item(x, y, s[x:y], UnitKind.department) for x, y in rejected)], key=lambda i: i.start)
        rejected = []
    elif rejected and _etc_departments(s, a, b) \
            and all(_LEVEL.sub("", s[x:y]) in lex.sector_stems for x, y in rejected):
        # 会同财政等部门, 会同发改、财政等有关部门: sectors named bare before 等部门 are theirs
        items = sorted([*items, *(Item(x, y, s[x:y], UnitKind.department) for x, y in rejected)], key=lambda i: i.start)
        rejected = []
    return items, rejected


_ETC = r"等(?:行业主管|有关|相关|其他|行业)?(?:职能)?(?:部门|单位|机构)"
_ETC_DEPARTMENTS = re.compile(rf"{_ETC}(?:[或和及](?:部门|单位|机构))?\s*$")
_ETC_DEPARTMENTS_AFTER = re.compile(rf"\s*{_ETC}")


def _etc_departments(s: str, a: int, b: int) -> bool:
    """The list ``s[a:b]`` ends with 等部门, or 等部门 follows it (公安、交通、城管|等部门按职责分工负责: a role
    phrase that opens with it)."""
    return _ETC_DEPARTMENTS.search(s, a, b) is not None or _ETC_DEPARTMENTS_AFTER.match(s, b) is not None


def _parted_by_spaces(s: str, a: int, b: int, lex: Lexicon) -> list[Item] | None:
    """The units of ``s[a:b]`` when spaces part it into two or more pieces that are each a unit, else None."""
    if " " not in s[a:b] and "\u3000" not in s[a:b]:
        return None
    parts = [(a + m.start(), a + m.end()) for m in re.finditer(r"[^ \u3000]+", s[a:b])]
    if len(parts) < 2:
        return None
    kinds = [unit_kind(s[x:y], lex) for x, y in parts]
    if any(k is None for k in kinds) or not all(len(s[x:y]) >= 3 for x, y in parts):
        return None
    return [Item(x, y, s[x:y], k) for (x, y), k in zip(parts, kinds, strict=True) if k is not None]


def _glued_stems(s: str, a: int, b: int, lex: Lexicon) -> list[tuple[int, int]] | None:
    """``s[a:b]`` cut into sector stems of the lexicon written with no separator (气象建设交通), else None."""
    if b - a < 4:
        return None
    stems = lex.sector_stems
    best: dict[int, list[tuple[int, int]]] = {a: []}  # position -> fewest stems reaching it
    for x in range(a, b):
        if x not in best:
            continue
        for n in (2, 3, 4, 5, 6):
            if x + n <= b and s[x : x + n] in stems and (x + n not in best or len(best[x + n]) > len(best[x]) + 1):
                best[x + n] = [*best[x], (x, x + n)]
    out = best.get(b)
    return out if out and len(out) >= 2 else None


@lru_cache(maxsize=4)
def _portfolio_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?:分管|主管|协管)([\u4e00-\u9fff]{{2,12}}(?:、[\u4e00-\u9fff]{{2,12}}?)+)(?:工作)?的?"
                      rf"(?:{lex.position_suffix_re.pattern})")


def _portfolio(parts: str, lex: Lexicon) -> bool:
    """安全生产、道路交通安全: the fields of a post's portfolio, not posts or bodies of a list."""
    return all(not lex.position_suffix_re.search(p) and not lex.unit_suffix_re.search(p)
               and not re.search(r"分管|协管|主管|负责", p) for p in parts.split("、"))


_SECTOR_QUALIFIER = re.compile(r"(?:同级|各级|本级|[省市县区]级)?")


def _qualified(s: str, x: int) -> int:
    """Where a sector's stem starts after its level (同级财政)."""
    m = _SECTOR_QUALIFIER.match(s, x)
    return m.end() if m else x


def _shared_sector_suffix(s: str, items: list[Item], rejected: list[tuple[int, int]], lex: Lexicon
                          ) -> tuple[list[Item], list[tuple[int, int]]]:
    """同级财政、税务部门 / 水利、国土、教育部门: sectors listed bare before the last one's 部门 share it: one
    collective as written (each sector's department)."""
    pieces = sorted([(i.start, i.end, i) for i in items] + [(x, y, None) for x, y in rejected], key=lambda p: p[0])
    for k, (_, y, item) in enumerate(pieces):
        if item is None or not re.search(r"(?:部门|机关|机构)$", item.text) or len(item.text) > 8 or k == 0:
            continue
        j = k
        while j > 0 and pieces[j - 1][2] is None and s[pieces[j - 1][1] : pieces[j][0]] == "、" \
                and s[_qualified(s, pieces[j - 1][0]) : pieces[j - 1][1]] in lex.sector_stems:
            j -= 1
        if j == k:
            continue
        a = pieces[j][0]
        merged = {(px, py) for px, py, _ in pieces[j:k]}
        kept = [i for i in items if i is not item]
        whole = Item(a, y, s[a:y], UnitKind.collective)
        return sorted([*kept, whole], key=lambda i: i.start), [r for r in rejected if r not in merged]
    return items, rejected


def _shared_department(s: str, items: list[Item], rejected: list[tuple[int, int]], lex: Lexicon
                       ) -> tuple[list[Item], list[tuple[int, int]]]:
    """海东市、兰州市、临夏州发展改革部门: bare places listed before a place's department share it: one unit as
    written (each place's department, as 各区、县级市外经贸局), not the places' governments."""
    def city(text: str) -> bool:  # a province, city or county (a district, town or zone names a unit itself)
        return text[-1:] in ("省", "市", "州", "县", "盟", "旗", "区") and place_name(text, lex) and re.search(r"(?:[省市州县盟旗]|自治区)$", text) is not None \
            and not re.search(r"(?:新区|园区|开发区|示范区)$", text)

    pieces = sorted([(i.start, i.end) for i in items] + rejected)
    if not any(city(s[x:y]) for x, y in pieces[:-1]):
        return items, rejected  # (most lists: no bare city before the last piece, nothing to look for)
    for k in range(len(pieces) - 1, 0, -1):
        x, y = pieces[k]
        place_end = next((x + n for n in range(2, min(9, y - x - 1))
                          if city(s[x : x + n]) and unit_kind(s[x + n : y], lex) is UnitKind.department
                          and not place_name(s[x + n : y], lex)), None)
        if place_end is None or re.search(r"政府|党委|党工委|管委会", s[place_end:y]):
            continue
        j = k
        while j > 0 and s[pieces[j - 1][1] : pieces[j][0]] == "、" and city(s[slice(*pieces[j - 1])]):
            j -= 1
        if j == k:
            continue
        a = pieces[j][0]
        merged = {pieces[n] for n in range(j, k + 1)}
        kept = [i for i in items if (i.start, i.end) not in merged]
        whole = Item(a, y, s[a:y], UnitKind.collective)
        return (sorted([*kept, whole], key=lambda i: i.start), [r for r in rejected if r not in merged])
    return items, rejected


def place_name(text: str, lex: Lexicon) -> bool:
    """``text`` is a place named alone (天津市, 石柱县, 新疆生产建设兵团; spaces ignored), by the
    lexicon's place suffixes.

    >>> lex = load_lexicon()
    >>> place_name("忠 县", lex), place_name("石嘴山市", lex), place_name("市", lex), place_name("加强管理", lex)
    (True, True, False, False)
    """
    bare = re.sub(r"\s+", "", text)
    return (2 <= len(bare) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]+", bare) is not None
            and bare.endswith(lex.place_suffixes) and bare not in lex.place_suffixes)


def _shared_government_suffix(s: str, items: list[Item], rejected: list[tuple[int, int]], lex: Lexicon
                              ) -> tuple[list[Item], list[tuple[int, int]]]:
    """银川市、石嘴山市、吴忠市人民政府: places listed before the one that carries 人民政府 share it (the
    places are units as written); bare levels before it (市、县(市、区)人民政府) make one unit with it."""
    for k, it in enumerate(items):
        levels = [(x, y) for x, y in rejected if y < it.start and re.fullmatch(r"[省市县区乡镇]", s[x:y])]
        if levels and re.fullmatch(r"[省市县区乡镇](?:\([^()]{1,8}\))?(?:人民)?政府", it.text) \
                and re.fullmatch(r"(?:[省市县区乡镇]、)+", s[levels[0][0] : it.start]):
            whole = Item(levels[0][0], it.end, s[levels[0][0] : it.end], UnitKind.collective)
            return [*items[:k], whole, *items[k + 1 :]], [r for r in rejected if r not in levels]
    last = max((i.start for i in items if (g := re.fullmatch(r"(.+?)(?:人民)?政府", i.text)) is not None
                and place_name(g.group(1), lex)), default=-1)
    if last < 0:
        return items, rejected
    places = [(x, y) for x, y in rejected if y <= last and place_name(s[x:y], lex)]
    if not places:
        return items, rejected
    out = sorted([*items, *(Item(x, y, s[x:y], UnitKind.higher_level) for x, y in places)], key=lambda i: i.start)
    return out, [r for r in rejected if r not in places]
