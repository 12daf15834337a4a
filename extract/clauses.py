"""Responsibility clauses: find them in a line and read who has which role.

Forms recognised (all by pattern):

- a bracketed clause anywhere in a line: ``(A牵头,B、C按职责分工负责)``, ``〔责任单位:A、B按职责分工负责〕``,
  ``[牵头单位:A;责任单位:B、C]``, ``(A、B負責)``;
- labels on a line of their own after a task: ``牵头单位:A`` / ``责任单位:B,C`` / ``部门分工:A牵头,各地配合`` /
  ``分管省领导:NAME``;
- a leader named in a heading: ``一、张三市长主抓重点工作``.

Roles come out as *role classes*: ``lead``, ``co``, ``supervisor`` or ``responsible``; the
document stage turns ``responsible`` into ``co`` when the clause (or the task's group of
label lines) names a lead, and into ``shared`` otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import Lexicon, _alt, load_lexicon
from .records import TEAM_ROLES, Role, RoleClass, UnitKind
from .units import (
    Item,
    bare_name,
    post_before_name,
    sector_department,
    sentence_start,
    short_unit_list,
    split_units,
    unit_kind,
)

__all__ = ["Clause", "Mention", "bare_collective", "find_clauses", "first_is_lead_declared", "first_is_lead_from", "has_bracketed_role_words",
           "has_role_words", "names_answerable", "pivots_in"]

_OPEN = {"(": ")", "〔": "〕", "[": "]", "【": "】", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
#: an item's marker: 一、 / (一) / (1) / 1. / 1、
_ITEM = (r"(?:[一二三四五六七八九十]+[、.]|\(\s*[一二三四五六七八九十0-9]+\s*\)|[0-9]{1,3}\s*[.、](?![0-9])"
         r"|第[一二三四五六七八九十0-9]+(?:部分|章|篇)\s|第[一二三四五六七八九十百0-9]+[条节]\s*|[◆◇●○■□▲△▶►•√])")  # (◆县发改局:负责…: a bullet)
# the marker a line opens with (and a decimal one: 2.1.1 市财政局…, 3.2 县教育局…)
_LINE_MARKER = re.compile(rf"^\s*(?:{_ITEM}|[0-9]{{1,2}}(?:\.[0-9]{{1,2}}){{2,3}}(?![0-9%])|[0-9]{{1,2}}\.[0-9]{{1,2}}(?=\s))\s*")


@lru_cache(maxsize=4)
def _project_part(lex: Lexicon) -> re.Pattern[str]:
    """A bracket naming a project's phase or part (县污水处理厂(二期), (1号标段))."""
    return re.compile(rf"\([^()]*(?:{_alt(lex.project_parts)}|[0-9])[^()]*\)")


@lru_cache(maxsize=4)
def _post_inside(lex: Lexicon) -> re.Pattern[str]:
    """A post's ending with more text after it (省长抓好省人民政府, 服务保障镇领导指挥全镇): no unit's name."""
    # (a chief system's post opens its office's name: 县河长办, 路长办公室, 河长制办公室)
    posts = [w for w in lex.position_suffixes if len(w) >= 2 and w not in lex.chief_posts]
    return re.compile(f"(?:{_alt(posts)})(?=[\u4e00-\u9fff])|(?:{_alt(lex.chief_posts)})(?=[\u4e00-\u9fff])(?![办制])")


def bare_collective(norm: str, a: int, b: int) -> tuple[int, int] | None:
    """(start, end) of 有关部门 / 相关单位 standing alone in ``norm[a:b]`` between separators (the bodies concerned,
    named as such: a clause's and a table cell's), else None."""
    piece = norm[a:b]
    x = a + len(piece) - len(piece.lstrip(_PIECE_EDGE))
    y = b - (len(piece) - len(piece.rstrip(_PIECE_EDGE)))
    g = _GENERIC_COLLECTIVE.fullmatch(norm, x, y) if x < y else None
    return (g.start(), g.end()) if g else None


@lru_cache(maxsize=4)
def _helper_openers_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"(?:{_alt(lex.helper_openers)})+")


@lru_cache(maxsize=4)
def _pivot_with_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(_alt(lex.lead_before_co))


def marker_end(norm: str, pos: int) -> int:
    """Where the text after an item marker opening at ``pos`` starts (``pos`` itself when none opens there).
    ``_LINE_MARKER`` is anchored, so it is matched on the slice: ``match(norm, pos)`` never matches past 0."""
    return pos + m.end() if (m := _LINE_MARKER.match(norm[pos:])) is not None else pos


_ITEM_NEXT = re.compile(rf"\s*{_ITEM}")  # a marker right here (after 。 or a colon)
_SPACED_ITEM = re.compile(rf"\s+(?={_ITEM})")  # the next item of a notice run onto one line
_RUN_IN_PARAGRAPH = re.compile(r"(?<=。)\s+(?=\S)")  # a paragraph run onto the line after a full stop and a space
_SPACED_LABEL = re.compile(r"\s+[\u4e00-\u9fff]{2,8}:")  # … 实际完成情况:… after a list, on a line run together
_SENTENCE_BOUNDARY = re.compile(r"[,;。:!?—]")  # a dash parts a task from its clause too (…——县教育局牵头)
# what may stand between a sentence's subject, carried over, and its next role word (…,根据气象条件会同气象部门…)
_GROUNDS = r"(?:根据|按照|依据|结合)[^,;。、]{1,12}"  # on what grounds (根据气象条件), before a pivot
_ADVERBIAL = re.compile(rf"^(?:并且|并|同时|还要|还|及时|积极|主动|{_GROUNDS}?(?=会同|协同|联合))")  # ({1,12}? lazy)
_GROUNDS_BEFORE = re.compile(_GROUNDS)
_EVERY_BODY = re.compile(r"(?:[省市县区乡镇]直)?各(?:级各)?(?:有关|相关|成员)?(?:部门|单位)(?:和单位|和部门|及单位)?")
# every body of one level of government (各乡镇, 各县(市、区), 各街道办事处): a collective that names who helps
_EVERY_PLACE = re.compile(r"各(?:乡镇|镇|乡|街道|街镇|镇街|县|区|县区|区县|县市区|县\(市、区\)|县\(市\)区|市|村|社区|村\(社区\)|村\(居\)|园区)"
                          r"(?:\(街道\)|、(?:街道|镇|乡|区|县))?(?:人民政府|政府|办事处|党委|党工委)?")
_GENERIC_COLLECTIVE = re.compile(r"(?:其他|灾区|当地|属地|辖区)?(?:有关|相关)(?:部门|单位)(?:和单位)?")
_PIECE_EDGE = " \t\u3000,、;:"
_SET_UP = re.compile(r"(?:决定|特)?(?:成立|组建|设立)(?=\S)")  # (成立X领导小组,负责…)
_ETC_UNITS = re.compile(r"等(?:相关|有关)?(?:部门|单位|机构)")
# between a unit and its role word: a modal, or the capacity it acts in (区民政局作为主管部门总体负责)
# (教育行政部门发挥行业牵头作用: the role word after 发挥 is the unit's role)
_MODAL_BEFORE = re.compile(r"(?:要|应当|应|须|需|必须|(?:还|也)?将|除了|除|则|作为[\u4e00-\u9fff]{2,8}?(?:部门|单位|机构)(?:总体|全面|具体)?|总体|全面"
                           r"|发挥(?:好)?(?:行业|部门|统筹|主导)?"
                           r"|(?:按照?|根据|依据?)(?:各自|各行业|本行业|行业)?(?:管理)?(?:职责|职能|工作职责|职能职责)(?:分工)?(?:分别|共同|各自)?)")
# (A、B按职责配合; A、B按职责分工分别负责)
# the manner or occasion a sentence's units act in, before a comma and their duty (…按照属地管理原则,负责…)
# (市财政局作为全市…综合协调主管部门,负责…: the capacity it acts in)
_MANNER_AFTER_UNITS = re.compile(r"(?:按照|依照|依据|根据|结合|围绕|作为|在[^,;。]{1,16}(?:期间|中|时|下)"
                                 # 区公安分局是本区…的执法部门,负责…: what the units are, then their duty
                                 r"|(?<=[局委办厅队所站心府会院])是(?=[^,;。]{2,40}(?:部门|单位|机构|主体|机关)$))")
# the items a sentence gives units for (该目标责任单位为X, 4项目标的责任单位均为X)
_ITEMS_OWNED = re.compile(r"(?:^|[。;,])\s*(?:该|此|上述|以上|本|[0-9一二三四五六七八九十]+)?(?:项|条|个)?"
                          r"(?:目标|任务|工作|指标|事项|项目)?的?$")
# the modal right before a role word (not the first one of the sentence: 将安全生产纳入…,A、B按职责分工分别负责)
_MODAL_AT_END = re.compile(rf"(?:{_MODAL_BEFORE.pattern})$")
_DRAFTED = re.compile(r"[^,;。]*?(?:制定|起草|编制|拟定|修订|研究提出)了《")


def _drafted(norm: str, at: int) -> bool:
    """The clause from ``at`` (after a pivot) credits who drafted a document: 会同有关部门制定了《…方案》."""
    return _DRAFTED.match(norm, at) is not None
_ADVERB_BEFORE = re.compile(r"(?:已经|已|也|还|均|正在|分别|要|视情况|视情|及时)")  # X要会同Y制定…: an assignment with its pivot (not 将)
# 对 + the work a unit answers for, right before the role word (对本村(社区)防溺水工作负总责); not 对照/对接/对标
_ANSWERS_FOR = re.compile(r"对(?![照接标于外口象])[^,;。:]{2,30}?(?:工作|安全|安全生产|事项|任务|管理|质量|进度|监管|稳定)$")
_ANSWERS_FOR_ANY = re.compile(r"对(?![照接标于外口象])[^,;。:]{2,30}?$")
_TOP_POST_ONE_RE = re.compile(r"[省市区县镇乡旗州](?:党?委副?书记|长|委常委)")
# 县委书记、县长对…负总责 / 区长(区安委会主任)对…: heads of a level, a bracketed note after each allowed
_TOP_POST_NOTED = rf"{_TOP_POST_ONE_RE.pattern}(?:\([^()]{{2,12}}\))?"
_TOP_POST = re.compile(rf"\s*({_TOP_POST_NOTED}(?:[、和]{_TOP_POST_NOTED})*)\s*")
_BEARS = re.compile(r"(?:承担|负有|肩负|履行|负责)[^,;。:]{2,24}?$")
_WHOLE_CHARGE = frozenset({"负总责", "总负责", "负全责", "全面负责", "负主体责任", "负直接责任", "负属地责任", "负监管责任", "负主责"})
_MODAL = re.compile(r"要|应当|应(?!急)|须|必须|务必|按照|依据|根据|按")  # (not the 应 of 县应急管理局)
# the time or field a sentence's subject acts in, before a comma (县经济局在甲型H1N1流感期间,负责…)
_URGING = re.compile(r"(?:要|应当|应|须|必须|务必)(?:切实|认真|全面|严格|进一步)?$")
_WHEN = re.compile(r"在[^,;。]{1,24}?(?:期间|时期|阶段|过程中|工作中|中|时|方面),"
                   r"|(?:是|为)[^,;。]{0,30}?(?:责任主体|第一责任人|责任单位|主管部门|主管单位|监管部门|责任部门|牵头部门),")
# (各乡镇政府是此项工作的直接责任主体,负责…; 镇规建办为限额以下工程项目管理的主管部门,负责…)


@dataclass(frozen=True, slots=True)
class Mention:
    """A unit named in a clause, with offsets into its line and a role class."""

    start: int
    end: int
    kind: UnitKind
    role: RoleClass
    list_index: int  # position in a labelled list (0 = first), -1 if not in one


@dataclass(frozen=True, slots=True)
class Clause:
    """A responsibility clause found on a line."""

    start: int
    end: int
    form: str  # bracket | label_line | heading | general | sentence | bare_bracket | marked_list
    mentions: tuple[Mention, ...]

    @property
    def has_lead(self) -> bool:
        return any(m.role == "lead" for m in self.mentions)


def first_is_lead_declared(norm: str, lex: Lexicon | None = None) -> bool:
    """True if the text declares that the first unit of each list is the lead.

    >>> first_is_lead_declared("(税务总局、财政部负责,排在第一位的部门为牵头部门,下同)")
    True
    """
    lex = lex or load_lexicon()
    return lex.first_is_lead_re.search(norm) is not None


def first_is_lead_from(lines: Iterable[tuple[int, str]], lex: Lexicon | None = None) -> int | None:
    """The first line the first-listed-leads convention governs, or None if the text declares none.

    A declaration inside a list that says 下同 (列第一位的为牵头单位,下同) governs its own line and what
    follows; one standing alone (a notice's sentence, a note under a table) governs the whole text.
    """
    lex = lex or load_lexicon()
    start: int | None = None
    listed = list(lines)
    for k, (number, norm) in enumerate(listed):
        # (…(责任单位中排序第一单 / 位为牵头单位)…: a declaration a fixed-width copy wrapped onto the next line; only a
        # long line that ends no sentence goes on into the line right after it)
        runs_on = len(norm.strip()) >= 20 and not re.search(r"[。;!?:]\s*$", norm) and k + 1 < len(listed)
        text = norm.rstrip() + (listed[k + 1][1].strip() if runs_on else "")
        if (m := lex.first_is_lead_re.search(text)) is not None and m.start() < len(norm.rstrip()):
            here = number if "下同" in text[m.start() : m.end() + 12] else 0
            start = here if start is None else min(start, here)
    return start


_BULLETS = "●■◆▲•▪►➢◇□◎"


@lru_cache(maxsize=4)
def _label_re(lex: Lexicon, verb: bool = False) -> re.Pattern[str]:
    """A label and its colon; with ``verb`` also a label and 是/为 (牵头领导是常务副市长张工,主责单位是市发展改革委)."""
    # (牵头单位\t县交通运输局: a tab for a colon; 4项目标的责任单位均为市发展改革委)
    # (牵头单位  市市场监管局: a run of spaces for a colon, as a PDF's two cells)
    tail = r"[:\t]|\s{2,}(?=[\u4e00-\u9fff])|\s*—{1,2}\s*(?=[\u4e00-\u9fff])"  # (责任单位——县住建局: a dash for a colon)
    # (not 分管领导为副组长, 各科室负责人为组员: a seat of a team given, the roster's to read)
    seats = _alt([label for label, _ in lex.roster])
    # (not 相关部门为项目建设提供…: a label that is also a noun of prose names units only with its colon)
    prose = "".join(f"(?<!{re.escape(w)})" for w in sorted(lex.prose_labels))
    tail += (rf"|{prose}(?:均|都|也|分别)?(?:是|为)(?=[\u4e00-\u9fff])"
             rf"(?!{seats}|(?:第一|主要|直接|重要)?责任人)") if verb else ""
    return re.compile(rf"({lex.label_pattern})\s*(?:{tail})")


@lru_cache(maxsize=4)
def _bare_label_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s*({lex.label_pattern})\s*:?\s*\|?\s*")  # (整改责任单位 |: a label cell of a pasted table)


def names_answerable(norm: str, c: Clause, lex: Lexicon | None = None) -> bool:
    """True if ``c`` is a label line of its own (问题整改责任单位:X, after the line's marker if any) naming who answers
    for the work, not a helper's label (协助单位:…), a duty list's head (县财政局:…) nor a label inside an item's text."""
    lex = lex or load_lexicon()
    opening = m.end() if (m := _LINE_MARKER.match(norm)) is not None else len(norm) - len(norm.lstrip())
    return c.form == "label_line" and c.start == opening and _label_re(lex).match(norm, c.start) is not None \
        and any(x.role in ("lead", "responsible") for x in c.mentions)


def bare_label(norm: str, lex: Lexicon | None = None) -> str | None:
    """The label a line holds and nothing else (责任单位 / 牵头单位:), whose units are on the next line."""
    m = _bare_label_re(lex or load_lexicon()).fullmatch(norm)
    return m.group(1) if m is not None else None


@lru_cache(maxsize=4)
def _note_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(_alt(lex.notes))


@lru_cache(maxsize=4)
def _heading_owner_re(lex: Lexicon) -> re.Pattern[str]:
    """A heading such as 省监察厅牵头的工作 / 市发改委负责的重点任务(5项): group 1 holds the units."""
    verbs = _alt([*lex.lead, "负责", "主抓", "分管"])
    return re.compile(rf"\s*([^,;。]{{2,60}}?)(?:{verbs})的(?:重点|主要)?(?:工作|任务|事项|项目)")


@lru_cache(maxsize=4)
def _heading_leader_re(lex: Lexicon) -> re.Pattern[str]:
    """A leader named in a heading with the verb that makes them responsible: 王宏副市长牵头重点工作."""
    posts = _alt([p for p in lex.position_suffixes if len(p) >= 2 and p not in ("领导", "同志", "负责人", "负责同志")])
    verbs = _alt([*lex.lead, "主抓", "分管", "负责", "领衔", "牵头抓", "包抓", "挂帅"])
    # right after the heading marker: NAME + POST + verb, and not a system (负责制)
    # (张盈军区政府党组成员牵头重点工作: the post may name its body)
    return re.compile(rf"\s*([\u4e00-\u9fff]{{2,3}}(?:[省市区县镇乡旗](?:人民)?政府|[省市区县镇乡旗]委)?(?:常务|执行|第一)?(?:{posts}))"
                      rf"(?:同志)?(?:{verbs})(?!制)")


@lru_cache(maxsize=4)
def _heading_post_name_re(lex: Lexicon) -> re.Pattern[str]:
    """A leader named in a heading as POST NAME with the verb: 副县长王五分管工作, 常务副市长张三牵头的工作."""
    posts = _alt([p for p in lex.position_suffixes if len(p) >= 2 and p not in ("领导", "同志", "负责人", "负责同志")])
    verbs = _alt([*lex.lead, "主抓", "分管", "负责", "领衔", "包抓", "联系"])
    return re.compile(rf"\s*((?:[\u4e00-\u9fff]{{0,8}}?)(?:常务|执行|第一)?(?:{posts}))([\u4e00-\u9fff]{{2,3}}?)(?:同志)?"
                      rf"(?:{verbs})(?:的)?(?:重点|主要)?(?:工作|任务|事项)")


@lru_cache(maxsize=4)
def _roster_label_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{_alt([label for label, _ in lex.roster])})\s*:\s*\S|(?:任|担任|为)(?:{_alt([label for label, _ in lex.roster])})|办公室设")


def has_bracketed_role_words(norm: str, lex: Lexicon | None = None) -> bool:
    """True if a bracket of the line holds a role word of the lexicon (not a weak one): a clause
    that should have named units (W101 when none was read).

    >>> has_bracketed_role_words("1.任务。(XX牵头)"), has_bracketed_role_words("推进(试点)工作")
    (True, False)
    """
    lex = lex or load_lexicon()
    return any(m.group(0) not in lex.weak and _valid_marker(norm, m, lex)
               for x, y in _brackets(norm) for m in lex.role_marker_re.finditer(norm, x, y))


def _table_header_like(norm: str, lex: Lexicon) -> bool:
    """Three column words or more close together with no sentence between them: a table's header
    row, alone on its line or run together with a title and the first row (整改完成情况县级责任领导
    牵头单位 成员单位 完成时限6州、县…, a table copied from a PDF)."""
    found = sorted({(m, m + len(w)) for w, _ in lex.table_columns if len(w) >= 2 and w not in lex.prose_columns
                    for m in _find_all(norm, w)})
    if len(found) < 3:
        return False
    for k in range(len(found) - 2):
        a, b = found[k][0], found[k + 2][1]
        covered = len({i for x, y in found[k : k + 3] for i in range(x, y)})
        if b - a <= 40 and not re.search(r"[。;,、]", norm[a:b]) and covered * 2 >= len(norm[a:b].replace(" ", "")):
            return True  # the words stand side by side, as cells do (not 明确具体责任单位、牵头负责人 in a sentence)
    return False


def _find_all(s: str, w: str) -> list[int]:
    out, k = [], s.find(w)
    while k >= 0:
        out.append(k)
        k = s.find(w, k + 1)
    return out


@lru_cache(maxsize=4)
def _unit_column_re(lex: Lexicon) -> re.Pattern[str]:
    """The column words of a unit or leader column (three characters or more)."""
    return re.compile(_alt([w for w, kind in lex.table_columns if kind in ("lead", "co", "responsible", "supervisor")
                            and len(w) >= 3 and w not in lex.prose_columns]))


def has_role_words(norm: str, lex: Lexicon | None = None) -> bool:
    """True if a line carries a role word (not a weak one), a label or a roster label: a line
    that should give a duty.  Used for coverage and the W104 warning.

    >>> has_role_words("(市发改局牵头)"), has_role_words("责任单位:市财政局"), has_role_words("加强组织领导。")
    (True, True, False)
    """
    lex = lex or load_lexicon()
    if ((lm := _label_re(lex).search(norm)) and norm[lm.end() :].strip()) or _roster_label_re(lex).search(norm):
        return True
    if _unit_column_re(lex).search(norm) and _table_header_like(norm, lex):
        return True  # 序号…牵头单位责任单位完成时限: a table header
    for m in lex.role_marker_re.finditer(norm):
        if m.group(0) in lex.weak or not _valid_marker(norm, m, lex):
            continue
        # a unit ends right before the role word (or before a list separator there)
        window = norm[max(0, m.start() - 24) : m.start()].rstrip("、,等 :")
        if any(unit_kind(window[k:], lex) is not None for k in range(max(0, len(window) - 1))):
            return True
    return False


def _brackets(norm: str) -> list[tuple[int, int]]:
    """Top-level bracket groups (start of opener, end after closer), balanced."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(norm):
        if ch in _OPEN:
            stack.append((ch, i))
        elif ch in _CLOSE and stack:
            # close the nearest matching opener
            for j in range(len(stack) - 1, -1, -1):
                if stack[j][0] == _CLOSE[ch]:
                    opener = stack[j]
                    del stack[j:]
                    if not stack:
                        out.append((opener[1], i + 1))
                    break
    if len(stack) == 1 and stack[0][0] in "(〔[【" and len(norm) - stack[0][1] <= 200:
        # (省住房城乡建设厅牵头,省财政厅、…河南银: a clause the stored copy cut off at the end of the line
        out.append((stack[0][1], len(norm) + 1))
    return out


@lru_cache(maxsize=4)
def _charge_after_re(lex: Lexicon) -> re.Pattern[str]:
    """The work, then a charge written after it (…的牵头抓总, …的主体责任): the words of the lexicon opening with 的."""
    charges = [w for w in (*lex.lead, *lex.responsible) if w.startswith("的")]
    return re.compile(rf"[^,;。:的]{{2,24}}(?:{_alt(charges)})")


def _valid_marker(norm: str, m: re.Match[str], lex: Lexicon) -> bool:
    after = norm[m.end() : m.end() + 2]
    before = norm[max(0, m.start() - 1) : m.start()]
    word = m.group(0)
    if word.endswith("负责") and (after[:1] == "同" or (after[:1] == "制" and after[1:2] not in ("定", "订", "作", "止", "度"))
                                or (after[:1] == "人" and after[1:2] not in ("口", "才", "力")
                                    and not (after[1:2] == "员" and norm.startswith(lex.staff_work, m.end() + 2)))):
        return False  # 负责同志, 负责人 (not 负责人口普查…, 负责人才引进, 负责人员密集场所的…), 市长负责制 (a system)
    if lex.role_of_marker(word) != "responsible" and (
            after[:1] in ("或", "的", "”", '"', "方", "责", "人") or before in ("双", "“")
            or (after in ("单位", "部门", "部委", "领导") and not norm.startswith("领导小组", m.end())) or (after[:1] in ("单", "部", "领") and after[1:2] in ("", " "))
            or (after[:1] == "抓" and after[1:2] != "好")):
        return False  # 牵头单位, 主办方, 协办单位: a label or a noun, not a role given here (配合抓好, 牵头部署 are roles)
    if word in lex.co_before_lead and after in ("分管", "主管"):
        return False  # 协助分管统计工作的副秘书长: a post (who helps oversee the work), no helper's pivot
    if before in ("(", "[") and after[:1] in (")", "]"):
        return False  # 省文化和旅游厅(牵头): a note on the unit before it, read by Lexicon.lead_note_re
    if word == "领办" and (norm.endswith("创办", 0, m.start()) or norm.startswith(("企业", "创办", "实体", "公司"), m.end())):
        return False  # 职工停职创办领办企业: to found or run a business, no role given
    if word == "会办" and (after[:1] in ("公", "事", "理") or before in ("委", "员", "协", "理", "议", "商", "联", "工", "学", "总", "社", "金")):
        return False  # 管委会办公室, 居委会办事处: the end of a body's name (会) and the start of the next word (办)
    if word == "落实" and after in ("情况", "进度", "效果"):
        return False  # 各成员单位工作落实情况: a noun (how the work went), no role given
    if word == "负责" and _charge_after_re(lex).match(norm, m.end()):
        return False  # 省委农村工作领导小组负责…乡村振兴的牵头抓总: the charge after the work says the role
    if word.startswith("的") and _BEARS.search(norm[max(0, m.start() - 30) : m.start()]) is None:
        return False  # 压实各乡镇的主体责任: whose charge it is, urged; 区政府承担…的主体责任 gives it
    if word in lex.lead_before_co and _drafted(norm, m.end()):
        return False  # 市发展改革委会同有关部门制定了《…方案》: who drafted the plan, not a duty it gives
    if word in lex.name_openers and not norm.startswith(lex.prefixes, m.end()) \
            and not sector_department(norm[m.end() : m.end() + 12], lex) \
            and not _GENERIC_COLLECTIVE.match(norm, m.end()) \
            and re.search(r"(?:^|[,;。:!?(、])\s*由?$", norm[max(0, m.start() - 40) : m.start()]) and any(
            unit_kind(norm[m.start() : k], lex) is not None for k in range(m.end() + 2, min(len(norm), m.end() + 12) + 1)):
        return False  # 联合采购办公室负责…, 协同创新中心: nothing before the word, which opens a unit's name
    if word in lex.name_openers and (opened := max(norm.rfind(c, 0, m.start()) for c in ",;。:!?(、由") + 1) < m.start() \
            and _inside_name(norm, opened, m.start(), m.end(), min(len(norm), m.end() + 12), lex) is not None:
        return False  # 由市容环境综合整治联合执法工作组负责…: the word inside a unit's name, what stands before it no unit
    return True


@lru_cache(maxsize=4)
def _leader_post_re(lex: Lexicon) -> re.Pattern[str]:
    """A leader's post as written after the name (副市长, 常务副县长)."""
    return re.compile(rf"(?:常务|第一|执行)?副?(?:{_alt(lex.leader_posts)})")


@lru_cache(maxsize=4)
def _second_pivot_re(lex: Lexicon) -> re.Pattern[str]:
    """A second helper's word joined to the first (配合和协助X): the unit helped follows both."""
    return re.compile(rf"(?:和|及|与|、)(?:{_alt(lex.co_before_lead)})")


def own_team(name: str) -> bool:
    """True if ``name`` is the plan's own team or its office named by the bare word (领导小组, 领导小组办公室, 办公室)."""
    return _TEAM_SELF.fullmatch(name) is not None


def _inside_name(norm: str, a: int, at: int, after: int, b: int, lex: Lexicon) -> int | None:
    """The end of a unit's name that opens at ``a`` and holds the name opener ``norm[at:after]`` (县联合执法工作组,
    市容环境综合整治联合执法工作组), within ``b``; None when what stands before the word is a unit or a sentence's
    words (县发改局联合…, 各居委会要联合…) or what follows it is a unit of its own (龙头企业联合科研院所)."""
    before = norm[a:at]
    if unit_kind(before, lex) is not None or split_units(norm, a, at, lex=lex)[0] \
            or re.search(r"[要应将需须并与和及、]", before) or lex.unit_suffix_re.search(before):
        return None
    return next((k for k in range(b, after + 1, -1) if unit_kind(norm[a:k], lex) is not None
                 and (unit_kind(norm[after:k], lex) is None or _TEAM_END.search(norm, a, k))), None)


def _blank_notes(norm: str, a: int, b: int, lex: Lexicon) -> str:
    """Blank out notes inside a clause so they are not read as units: nested notes such as
    (列第一位者为牵头或汇总单位,下同) and pieces such as 排在第一位的部门为牵头部门 / 以下均需X落实,不再列出."""
    chars = list(norm)
    notes = _note_re(lex)
    for x, y in _brackets(norm[a:b]):
        inner = norm[a + x : a + y]
        if _label_re(lex).match(inner, 1) and not notes.search(inner):
            chars[a + x] = ";"  # 责任单位:A(配合单位:B): the bracket holds the next label
            if a + y - 1 < len(norm) and norm[a + y - 1] == ")":  # (a bracket left open runs to the end)
                chars[a + y - 1] = " "
            continue
        if notes.search(inner) or lex.role_marker_re.search(inner) or lex.first_is_lead_re.search(inner):
            for k in range(a + x, min(a + y, len(chars))):
                chars[k] = " "
    blanked = "".join(chars)
    start = a
    for k in range(a, b + 1):
        if k == b or blanked[k] in ",;。":
            piece = blanked[start:k]
            if notes.search(piece) or lex.first_is_lead_re.search(piece):
                for j in range(start, k):
                    chars[j] = " "
            start = k + 1
    return "".join(chars)


#: whom a plan encourages to work together (支持各级工会联合…), at a clause's start before a pivot: no duty given
_ENCOURAGED = re.compile(r"\s*(?:支持|鼓励|引导|动员|号召|倡导)")
#: a time the work starts opening a clause (2026年起, 2025年5月底前, 今年): no part of the units after it
# (its own item marker: 2.2026年起 is an item's 2. before a year, which _ITEM leaves as a decimal)
_TIME_FIRST = re.compile(r"\s*(?:[0-9]{1,2}[.、．]|\([一二三四五六七八九十0-9]{1,3}\))?\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底前|底|初|起|前|以来|开始)|今年|明年|年内)\s*[,，]?\s*")


class _Parser:
    def __init__(self, norm: str, boundaries: frozenset[int] | None, lex: Lexicon) -> None:
        self.orig = norm  # the line as it is (self.norm may have notes blanked out)
        self.norm = norm
        self.boundaries = boundaries
        self.lex = lex
        self.marker_re = lex.role_marker_re
        self.label_re = _label_re(lex)
        self.label_verb_re = _label_re(lex, verb=True)
        self.lead_note = lex.lead_note_re

    def markers(self, a: int, b: int) -> list[re.Match[str]]:
        return [m for m in self.marker_re.finditer(self.norm, a, b) if _valid_marker(self.norm, m, self.lex)]

    def units(self, a: int, b: int, role: RoleClass, *, lenient: bool = False, listed: bool = False) -> list[Mention]:
        items = self._spaced_list(a, b) or split_units(self.norm, a, b, lex=self.lex, lenient=lenient,
                                                       boundaries=self.boundaries, search=True)[0]
        if not items and (g := self._bare_collective(a, b, role)) is not None:
            return [g]  # (X会同有关部门负责), (X牵头,相关部门配合): the collective the clause names
        out = []
        for k, i in enumerate(items):
            # 市发改委(牵头)、市财政局: a unit marked as lead inside a list
            r = "lead" if self.lead_note.match(self.orig, i.end) else role
            out.append(Mention(i.start, i.end, i.kind, r, k if listed else -1))
        return out

    def _modal_start(self, a: int, b: int) -> int:
        """Where a modal or manner that ends ``norm[a:b]`` starts (要, 应, 依据职责, 按职责分工分别), else ``b``."""
        mod = _MODAL_AT_END.search(self.norm, a, b)
        return mod.start() if mod is not None else b

    def _bare_collective(self, a: int, b: int, role: RoleClass) -> Mention | None:
        """``norm[a:b]`` is 有关部门 / 相关单位 alone between separators."""
        g = bare_collective(self.norm, a, b)
        return Mention(g[0], g[1], UnitKind.collective, role, -1) if g else None

    def strict_units(self, a: int, b: int, role: RoleClass) -> list[Mention] | None:
        """Units of ``norm[a:b]`` when every piece is a unit (the general reader's test), else None."""
        items, rejected = split_units(self.norm, a, b, lex=self.lex)
        if not items and (role == "co" or (role == "responsible" and self.marker_re.match(self.norm, b))) \
                and (g := self._bare_collective(a, b, role)) is not None:
            return [g]  # X牵头,相关部门配合: the others, after a lead; …,相关部门负责组织实施 (not 相关部门职责)
        if rejected:
            items, rejected = self._named_people(items, rejected)
        if (not items or rejected) and (spaced := self._spaced_list(a, b)) is not None:
            items, rejected = spaced, []
        if not items or rejected:
            return None
        return [Mention(i.start, i.end, i.kind, role, k if role == "responsible" else -1)
                for k, i in enumerate(items)]

    def _spaced_list(self, a: int, b: int) -> list[Item] | None:
        """Units parted by single spaces (扶贫办 中央统战部 教育部等, a PDF's copy), when every piece is a unit."""
        if not _SPACE_BETWEEN.search(self.norm, a, b):
            return None
        parted = self.norm[:a] + _SPACE_BETWEEN.sub("、", self.norm[a:b]) + self.norm[b:]
        items, rejected = split_units(parted, a, b, lex=self.lex)
        return items if len(items) >= 2 and not rejected else None

    def _named_people(self, items: list[Item], rejected: list[tuple[int, int]]) -> tuple[list[Item], list[tuple[int, int]]]:
        """A list of leaders and helpers named as people: 费高云、张曙光同志 (同志 written once, after the last
        name) are two people; 省应急管理厅周天伟 is the department a named official speaks for."""
        surnames = self.lex.surnames
        comrades = any(i.kind is UnitKind.person and i.text.endswith("同志") for i in items)
        out, left = list(items), []
        for x, y in rejected:
            t = self.norm[x:y].strip(_PIECE_EDGE)
            x += len(self.norm[x:y]) - len(self.norm[x:y].lstrip(_PIECE_EDGE))
            if comrades and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t) and t[0] in surnames:
                out.append(Item(x, x + len(t), t, UnitKind.person))
            elif (unit := self._official_of(t)) is not None:
                out.append(Item(x, x + len(unit[0]), unit[0], unit[1]))
            else:
                left.append((x, y))
        for k, i in enumerate(out):
            if i.kind is UnitKind.position and (unit := self._official_of(i.text)) is not None:
                out[k] = Item(i.start, i.start + len(unit[0]), unit[0], unit[1])  # 省应急管理厅李大华同志
        return sorted(out, key=lambda i: i.start), left

    def _official_of(self, t: str) -> tuple[str, UnitKind] | None:
        """省应急管理厅周天伟 -> (省应急管理厅, its kind): a department and the official named for it."""
        t = t.removesuffix("同志")
        for n in (3, 2):
            unit, name = t[:-n], t[-n:]
            if len(unit) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or name[0] not in self.lex.surnames \
                    or name[0] in "和及与同或":
                continue
            kind = unit_kind(unit, self.lex)
            if kind not in (None, UnitKind.person, UnitKind.position, UnitKind.collective):
                return unit, kind
        return None

    def free(self, a: int, b: int, trailing: RoleClass = "responsible") -> list[Mention]:
        """``A牵头,B、C按职责分工负责,D配合``: each run of units takes the role phrase after it.

        Pivots change the roles around them: ``A、B协同Y负责`` (A, B co; Y lead) and
        ``Y会同A、B负责`` (Y lead; A, B co).
        """
        out: list[Mention] = []
        prev = a
        forced: RoleClass | None = None  # the role a pivot gives to the next run
        markers = self.markers(a, b)
        for k, m in enumerate(markers):
            word = m.group(0)
            role = self.lex.role_of_marker(word)
            nxt = markers[k + 1] if k + 1 < len(markers) else None
            if word in self.lex.lead_before_co:
                out += self.units(prev, m.start(), "lead")
                forced, prev = "co", m.end()
                continue
            if (word in self.lex.co_before_lead and nxt is not None and forced is None
                    and self.norm[m.end() : m.end() + 1] not in (",", ";", "。", "、")  # (…配合;各县区落实: two groups)
                    and self.lex.role_of_marker(nxt.group(0)) == "responsible"
                    and self.strict_units(m.end(), nxt.start(), "lead")):
                out += self.units(prev, m.start(), "co")
                forced, prev = "lead", m.end()
                continue
            if forced is not None and role == "responsible":
                role = forced
            forced = None
            # (A、B按职责分工分别负责: the manner between the units and the role word)
            out += self.units(prev, self._modal_start(prev, m.start()), role, listed=role == "responsible")
            prev = m.end()
        out += self.units(prev, b, forced or trailing, listed=(forced or trailing) == "responsible")
        return self._named_again(out)

    def _named_again(self, ms: list[Mention]) -> list[Mention]:
        """责任单位:县发改局、县财政局,县发改局牵头: a unit of the list named again as the lead leads, the others of
        that run help (each unit once)."""
        texts = [self.norm[m.start : m.end] for m in ms]
        again = {t for k, t in enumerate(texts) if t in texts[:k] and ms[k].role == "lead"}
        if not again or any(m.role != "lead" for m in ms) \
                or re.search(r"[;。]|其中", self.norm[ms[0].start : ms[-1].end]):
            return ms  # (县财政局牵头,县教育局配合;县教育局牵头…: two sets, each with its lead)
        out, seen = [], set()
        for m, t in zip(ms, texts, strict=True):
            if t not in seen:
                seen.add(t)
                out.append(m if t in again or m.role != "lead" else replace(m, role="co"))
        return out

    def general(self, a: int, b: int, subject: list[Mention] | None = None) -> list[tuple[int, list[Mention]]]:
        """The reader behind the specific ones: on a line no other form claimed, each role word
        takes the units written right before it (back to the previous comma or full stop), when
        every piece there is a unit: ``一、市城乡规划局负责城市规划…``, ``A、B协同Y负责…``.

        Each run of mentions comes with the offset of the role word that gave it (a subject carried
        to a later role word belongs to that word's sentence)."""
        out: list[tuple[int, list[Mention]]] = []
        claimed = a
        # the units a sentence opened with (规划分局负责…,牵头审核…,配合市住建局…), or those a duty list's line
        # opens with (10.市商务局:会同市发展改革委负责…)
        subject = head = list(subject or [])
        before: list[Mention] = []  # the subject of the sentence before (由X负责…。同时,协助Y…: X helps)
        for m in self.markers(a, b):
            word = m.group(0)
            # (a title's own full stop, 2.派出所。负责…,协助…, does not end its sentence)
            if subject and re.search(r"[。!?]", self.norm[subject[-1].end + self.norm.startswith("。", subject[-1].end)
                                                          : m.start()]):
                before, subject = subject, []
            # a sentence's subject goes on over ; only to the unit it works with (纪检监察机关主要负责…;会同财政部门,…)
            # (a duty list's head is the subject of all its entry: 县建设局:组织…;…,配合县交通局做好…)
            live = subject if not (subject and word not in self.lex.lead_before_co and subject is not head
                                   and ";" in self.norm[subject[-1].end : m.start()]) else []
            entry_helps = not live and bool(head or before) and word in self.lex.co_before_lead \
                and bool(re.fullmatch(r"\s*(?:同时|并且|并|另外|此外)?,?\s*",
                                      self.norm[sentence_start(self.norm, m.start(), "。;") : m.start()]))
            if entry_helps:
                live = head or before  # (6)市公安局:…。协助卫生行政部门…; 由X负责…。同时,协助Y…: the entry's head or the
                # sentence's subject before helps
            elif not live and before and word in self.lex.lead_before_co and m.start() > 0 \
                    and self.norm[m.start() - 1] == "," and self._no_subject(m.start()):
                live = before  # (五)区科委负责…。组织指导…研究,会同有关部门推动…: the entry's body works with them
            elif not live and before and self.lex.role_of_marker(word) == "lead" and word not in self.lex.weak \
                    and word not in self.lex.lead_before_co and m.start() > 0 and self.norm[m.start() - 1] == "。" \
                    and not re.match(r"\s*(?:单位|部门|的|事项|任务|领导|工作|责任|情况)", self.norm[m.end() :]):
                live = before  # 区建设管理委负责实体化机构的建设。牵头落实…: the sentence before's subject leads it
            helper = word in self.lex.co_before_lead and (entry_helps or self._units_end_at(claimed, m.start()) or bool(
                live and re.fullmatch(r"[::。]?\s*(?:负责)?",
                                      self.norm[live[-1].end : self._modal_start(live[-1].end, m.start())])))
            # (县公安局:协助县畜牧局…, 市政府法制办:依据职责协助相关部门…: the head of a duty list helps)
            alone = None
            if not live and m.start() >= claimed and word in self.lex.co_before_lead \
                    and (grounded := self._units_on_grounds(claimed, m)) and (alone := self._helped_alone(claimed, m, b)):
                live, helper = grounded, True  # 区教育局、区民政局按照各自职责,协助区政府…: the units before their grounds help
            if m.start() >= claimed and (not live or helper) \
                    and (alone := alone or self._helped_alone(claimed, m, b)) is not None:
                # 配合县水利局共同推进…, 7.协助中联办做好…: no units before the pivot; the units it helps lead, and
                # the duty list's head, when the line has one, helps
                out.append((m.start(), [Mention(x.start, x.end, x.kind, "co", -1) for x in live if helper] + alone))
                claimed = max(m.end(), alone[-1].end)
                continue
            opening = word in self.lex.lead_before_co and m.start() == a and not out and not live  # (会同X…: _with)
            if (m.start() <= claimed and not opening) or (word in self.lex.weak and not helper
                                        and not (out and (self.lex.role_of_marker(word) == "co" or self._after_lead(out, m)))
                                        and not self._bare_predicate(claimed, m) and not self._by_units(claimed, m)
                                        and not self._hosted(m)):
                continue  # a weak word reads only as a helper after units already read (由X负责,Y协助)
            if word in self.lex.urged and (_URGING.search(self.norm, max(0, m.start() - 4), m.start()) or re.match(
                    r"\s*请", self.norm[max(self.norm.rfind(x, 0, m.start()) for x in ",;。:") + 1 :])):
                continue  # 各乡镇要落实属地责任, 请各责任单位抓好落实: urged or asked, not given
            upto, seg = self._before(claimed, m)
            if live and not _ADVERBIAL.sub("", self.norm[seg:upto].strip(" ,、")) \
                    and m.start() > live[-1].end and (
                    carried := self._carried(live, m, b)):
                out.append((m.start(), carried))
                claimed = max(m.end(), carried[-1].end)
                continue
            if self.norm.startswith(("对", "向"), seg):
                continue  # 对市指挥部负责: whom the work answers to, not who does it
            if (k := self.norm.rfind("由", seg, m.start())) >= 0:
                seg = k + 1  # 本办法由市发改委负责解释: the units follow 由
            elif (k := self._by_across_commas(claimed, seg, upto)) >= 0:
                seg = k + 1  # 由市财政局、农业局,各县(市)、区人民政府负责落实: the list goes on over a comma
            elif (k := self._and_across_comma(claimed, seg)) >= 0:
                seg = k  # A、B、各区、县级市,以及C、D负责…: the list goes on after the comma
            elif out and self.lex.role_of_marker(word) in ("co", "responsible") \
                    and (k := self._helpers_across_comma(claimed, seg)) >= 0:
                seg = k  # X牵头,各乡镇人民政府,县直有关部门配合: the helpers' list goes on over a comma
            elif not out and (k := self._units_across_comma(claimed, seg, upto)) >= 0:
                seg = k  # 市财政局、市自然资源局,各镇、街道等按职责分工负责: the list goes on over a comma
            end = next((x.start() for x in _SENTENCE_BOUNDARY.finditer(self.norm, m.end(), b)), b)
            if word in self.lex.co_before_lead and word not in self.lex.lead_before_co and self.norm[m.end() : end].strip():
                # A协同Y负责 is read at 负责, with the pivot inside the run; a pivot with no role word after it
                # gives a run of its own
                if (run := self._pivot_run(seg, upto, m, b, end, bool(out))) is not None:
                    out.append((m.start(), run))
                    claimed = max(m.end(), run[-1].end)
                continue
            run = self._with(seg, m, b) if word in self.lex.lead_before_co else self._plain_run(claimed, seg, upto, m, b)
            if not run and self.lex.role_of_marker(word) == "lead" and word not in self.lex.lead_before_co \
                    and not self.norm[seg : m.start()].strip(" ,") \
                    and (led := self._after_pivot(m.end(), b)) and all(x.kind is not UnitKind.collective for x in led):
                run = led  # …。牵头区建管委、区交通委,每周开展联合执法: the units it leads help (its lead is the subject)
            if run:
                holders = [x for x in run if x.role in ("lead", "responsible")]
                if not subject or (holders and subject[-1].end < holders[0].start and holders[-1].end <= m.start()):
                    subject = holders  # A负责…,B负责…,并协助A: the nearest units named before their word
                out.append((m.start(), run))
                claimed = max(m.end(), run[-1].end)
        return out

    def _after_lead(self, out: list[tuple[int, list[Mention]]], m: re.Match[str]) -> bool:
        """True if the run read last in this sentence holds a lead (X牵头负责,各区政府组织落实: the weak word after it
        gives the units before it their share, as inside a bracket)."""
        at, run = out[-1]
        if self.lex.role_of_marker(m.group(0)) == "lead" or not any(x.role == "lead" for x in run) \
                or re.search(r"[。;!?]", self.norm[at : m.start()]):
            return False  # (not 县发改局牵头做好项目谋划,县政府统筹推进: a second lead word is no helper's share)
        # (the units open their clause, after the comma or 、 that closes the lead's: not 推动各单位落实到位, 配合区农委指导…)
        if (sep := _CLAUSE_SEP.search(self.norm, at, m.start())) is None:
            return False
        units = self.strict_units(sep.end(), self._modal_start(sep.end(), m.start()), "co")
        return self._opens(units, sep.end(), m.start())

    def _opens(self, run: list[Mention] | None, a: int, b: int) -> bool:
        """True if ``run`` opens ``norm[a:b]`` (its first unit at the first character after spaces)."""
        return run is not None and len(run) > 0 and run[0].start == a + len(self.norm[a:b]) - len(self.norm[a:b].lstrip())

    def _hosted(self, m: re.Match[str]) -> bool:
        """True if a weak lead word is answered by the helpers' right after it (由市规划和自然资源局主办、市农业农村局协办):
        the pair gives the work, as a bracket does (not 由旗人民政府主办,举办焰火晚会: the host of an event)."""
        return self.lex.role_of_marker(m.group(0)) == "lead" and (c := _sentence_co_re(self.lex).match(self.norm, m.end())) \
            is not None and self.strict_units(c.start(1), c.end(1), "co") is not None

    def _by_units(self, claimed: int, m: re.Match[str]) -> bool:
        """True if units given the work with 由 stand right before a weak role word (由县财政局负责实施)."""
        if self.lex.role_of_marker(m.group(0)) != "responsible":
            return False  # (由旗人民政府主办,举办焰火晚会: the host of an event)
        if self.norm[m.end() : m.end() + 1] not in (",", ";", "。", ")", ""):
            return False  # 由县财政局负责实施的项目 (a description), 由X落实实施主体 (what they do is named after)
        upto, seg = self._before(claimed, m)
        k = self.norm.rfind("由", seg, upto)
        return k >= 0 and bool(self.strict_units(k + 1, upto, "responsible"))

    def _bare_predicate(self, claimed: int, m: re.Match[str]) -> bool:
        """True if a weak lead word stands alone as the predicate of units written right before it, with the
        clause ending after it (县医保局承办,县卫健局协办): the units hold the work, not a verb in running text."""
        after = self.norm[m.end() : m.end() + 1]
        if self.lex.role_of_marker(m.group(0)) != "lead" or after not in (",", ";", "。", ")", ""):
            return False
        if after in ",;" and not self.markers(m.end(), next(
                (x.start() for x in _SENTENCE_BOUNDARY.finditer(self.norm, m.end() + 1)), len(self.norm))):
            return False  # 由旗人民政府主办,举办焰火晚会: the host of an event, unless a helper's clause follows
        upto, seg = self._before(claimed, m)
        return bool(self.strict_units(seg, upto, "lead"))

    def _before(self, claimed: int, m: re.Match[str]) -> tuple[int, int]:
        """(end, start) of the place for units before the role word ``m``: back to the previous comma or
        full stop, before a colon (区统计局:负责…) or a modal (县审计局要负责…) right before the word."""
        upto = m.start() - 1 if m.start() - 1 > claimed and self.norm[m.start() - 1] == ":" else m.start()
        if upto == m.start() and m.start() - 1 > claimed and self.norm[m.start() - 1] == "," \
                and self.lex.role_of_marker(m.group(0)) == "responsible" \
                and not re.match(r"(?:科室|范围|人|同志|[^,;。]{0,12}联系人)", self.norm[m.end() :]):
            # 县交通局,负责通村公路建设: units opening the sentence, a comma, then the duty (as after a colon)
            first = sentence_start(self.norm, m.start() - 1, floor=claimed)
            first = at if (at := marker_end(self.norm, first)) < m.start() - 1 else first
            # the units open the sentence, or a clause after a comma when the comma's clause is what they do
            # (县交通局负责养护,各街道办事处按照属地管理原则,负责巡查)
            last = self.norm.rfind(",", first, m.start() - 1)
            for start in (first, last + 1) if last >= first and m.start() - 1 - last <= 40 else (first,):
                if (spot := self._units_then_duty(start, m)) is not None:
                    return spot
        while upto - 1 > claimed and self.norm[upto - 1] == "—":
            upto -= 1  # 县公安局——负责治安管控: a dash after the units, as a colon
        upto = self._modal_start(claimed, upto)
        seg = max([claimed, *(x.end() for x in _SENTENCE_BOUNDARY.finditer(self.norm, claimed, upto))])
        if 0 < seg and self.norm[seg - 1] in "。;" and (mk := _ITEM_NEXT.match(self.norm, seg, upto)) is not None:
            seg = mk.end()  # …;(2)县财政局:负责资金保障: the next item's number before its units
        if (rq := _request_re(self.lex).search(self.norm, seg, upto)) is not None:
            # 省建设厅要求各市建设局会同…, 县政府责成县财政局负责…: the units asked are the ones to do it
            at = seg + mk.end() if (mk := _LINE_MARKER.match(self.norm[seg : rq.start()])) is not None \
                and seg + mk.end() < rq.start() else seg
            if self.strict_units(at, rq.start(), "responsible"):
                seg = rq.end()
        return upto, seg

    def _units_then_duty(self, start: int, m: re.Match[str]) -> tuple[int, int] | None:
        """(end, start) of units from ``start`` to the comma right before ``m`` (or to a manner written after
        them: 各乡镇人民政府按照属地管理原则,负责…), or None."""
        lead_at = start + len(self.norm[start : m.start()]) - len(self.norm[start : m.start()].lstrip())
        if (note := _PAGE_NOTE.match(self.norm, lead_at)) is not None:
            lead_at = start = note.end()  # [接上页] 交通部门,负责…: a page's note before the units
        end = m.start() - 1
        if (setup := _SET_UP.match(self.norm, lead_at, end)) is not None:
            # 成立我市“三网”建设领导小组,负责… / 成立“茨竹乡…领导小组”,全面负责…: the team set up is given the work
            x = setup.end() + (2 if re.match(r"我[省市县区镇乡]", self.norm[setup.end() :]) else 0)
            y = end - 1 if self.norm[end - 1 : end] in "”\"" and self.norm[x : x + 1] in "“\"" else end
            x += 1 if y < end else 0
            if self.norm[x:y].endswith(tuple(self.lex.team_words)) and not re.search(r"[,;。、:]", self.norm[x:y]) \
                    and unit_kind(self.norm[x:y], self.lex) is not None:
                return y, x
        run = self.strict_units(start, end, "responsible")
        if not run and (manner := _MANNER_AFTER_UNITS.search(self.norm, lead_at + 2, end)) is not None:
            end = manner.start()
            run = self.strict_units(start, end, "responsible")
        if run and run[0].start == lead_at and all(x.kind in (UnitKind.department, UnitKind.collective, UnitKind.higher_level,
                                                              UnitKind.zone) for x in run) \
                and not re.search("设|为成员|" + _alt(self.lex.team_words), self.norm[start : m.start()]):
            return end, start  # (not 办公室设在市统计局,负责…: the team's office, read with the team)
        return None

    def _no_subject(self, at: int) -> bool:
        """The sentence holding ``at`` opens with its work, no unit (组织指导…研究,会同…: the subject is the one before)."""
        s0 = sentence_start(self.norm, at, "。;")
        s0 += len(self.norm[s0:at]) - len(self.norm[s0:at].lstrip())
        work = self.lex.work_re
        return not any(not work.search(self.norm, s0, k) and self.strict_units(s0, k, "responsible")
                       for k in range(s0 + 2, min(at, s0 + 24)))  # (组织指导…重大科 is no body: it opens with work)

    def _units_on_grounds(self, claimed: int, m: re.Match[str]) -> list[Mention]:
        """The units of the clause before a pivot's comma when that clause is nothing but units and the grounds
        they act on (区教育局、区民政局按照各自职责,协助区政府…), else none."""
        comma = m.start() - 1
        if comma <= claimed or self.norm[comma] != ",":
            return []
        seg = max([claimed, *(x.end() for x in _SENTENCE_BOUNDARY.finditer(self.norm, claimed, comma))])
        upto = self._modal_start(seg, comma)
        if upto >= comma or not re.match(r"(?:按照?|根据|依据?)", self.norm[upto : upto + 2]):
            return []
        return self.strict_units(seg, upto, "co") or []

    def _helped_alone(self, claimed: int, m: re.Match[str], b: int) -> list[Mention] | None:
        """The units a helper pivot (配合, 积极配合, 协助) names when it opens its clause with no units before it (only
        a modal or one of the lexicon's helper openers: 积极配合各乡镇开展…, 依据职责协助相关部门…), or None."""
        word = m.group(0)
        if not word.endswith(tuple(self.lex.co_before_lead)) or word in self.lex.lead_before_co:
            return None
        start = marker_end(self.norm, max([claimed, *(x.end() for x in _SENTENCE_BOUNDARY.finditer(self.norm, claimed,
                                                                                                   m.start()))]))
        before = self.norm[start : self._modal_start(start, m.start())].strip()
        if before and _helper_openers_re(self.lex).fullmatch(before) is None:
            return None
        if self.norm.startswith((*self.lex.leader_work, "好"), m.end()):
            return None  # 协助分管市财政局: a leader's share of the work, read with the roster (配合好…: a verb's)
        after = self._after_pivot(m.end(), b, role="lead")
        if not after or (self._vague(after) and not self._generic(after)) or self.norm.startswith("的", after[-1].end) \
                or any(_post_inside(self.lex).search(self.norm, x.start, x.end) for x in after):
            return None  # (配合上级指挥部的应急处置工作: whose work; 协助省长抓好省人民政府…: no name)
        end = next((x.start() for x in _SENTENCE_BOUNDARY.finditer(self.norm, m.end(), b)), b)
        if any(x.group(0) not in self.lex.weak for x in self.markers(after[-1].end, end)):
            return None  # 配合县水利局负责… is read at its own role word
        return after

    def _pivot_run(self, seg: int, upto: int, m: re.Match[str], b: int, end: int, after_run: bool) -> list[Mention] | None:
        """The run a helper pivot gives when no other role word follows it in its sentence: 县公安局:配合县畜牧局做好
        疫区封锁 (the helped unit leads), or, after a run already read, X同志负责…。A、B同志协助组织… (helpers)."""
        if not any(self.lex.role_of_marker(x.group(0)) != "co" for x in self.markers(m.end(), end)) and (
                run := self._helps(seg, upto, m, b)) is not None:
            return run
        if after_run and self._after_pivot(m.end(), end) is None:
            return self.strict_units(seg, upto, "co") or None
        return None

    def _plain_run(self, claimed: int, seg: int, upto: int, m: re.Match[str], b: int) -> list[Mention] | None:
        """The units a role word that is no pivot takes: the run before it, the sentence's subject, a unit heading
        the line (县环保局。负责…), or units after a 、 or 的 (由县民政局负责的第1件、县发改局负责的第4件)."""
        role = self.lex.role_of_marker(m.group(0))
        then = next((p for p in self.lex.lead_before_co if self.norm.startswith(p, m.end())), None)
        if then in self.lex.name_openers and not self._after_pivot(m.end() + len(then), b):
            then = None  # 平安办负责联合整治时的…工作: jointly, no partner named (not 负责联合县市场监管局开展…)
        if then is not None and role == "responsible":
            role = "lead"  # 县财政局负责会同各项目主管部门…: the unit others work with leads
        if role == "responsible" and (host := next((w for w in self.lex.lead_after_charge if self.norm.startswith(w, m.end())),
                                                   None)) is not None \
                and self.norm[m.end() + len(host) : m.end() + len(host) + 1] not in (
                    "单", "部", "方", "人", "员", "会", "事", "件", "案", "机", "处"):
            role = "lead"  # 房管所、规建生态办负责牵头组织…, 议案由市工业和信息化局负责主办 (not 负责牵头单位的督查)
        run = self._official(self._run(seg, upto, role) or self._subject(claimed, seg, m)
                             or self._titled(claimed, seg, m, role) or self._answers_for(seg, upto, role, m)) \
            or self._team_subject(seg, upto, m, role)
        starts = (k + 1 for k in range(max(seg, m.start() - 60), m.start()) if self.norm[k] in "、的")
        while not run and (at := next(starts, None)) is not None:
            run = self.strict_units(at, m.start(), role)
        if run and then is not None:
            run += self._after_pivot(m.end() + len(then), b) or []
        elif run and m.group(0) == "牵头" and (helpers := self.led_after(m.end(), b)):
            run += helpers  # 区平安办牵头信访办、城运中心核查…: the units it leads, named right after the word, help
        helps = next((p for p in self.lex.co_before_lead if self.norm.startswith(p, m.end())), None)
        if run and helps is not None and role == "responsible" and (
                helped := self._after_pivot(m.end() + len(helps), b, role="lead")) \
                and (not self._vague(helped) or self._generic(helped)):
            # 省交通运输管理局:负责协助省交通运输厅做好…: the unit helps the one named after the pivot (负责协助灾区
            # 有关部门做好…: the bodies it helps, however they are named)
            run = [Mention(x.start, x.end, x.kind, "co", -1) for x in run] + helped
        if run and m.group(0) in ("负责", "分管", "牵头"):
            # 倪超副市长负责发展改革…: a leader named with the post oversees the fields (a supervisor, not a body's duty)
            run = [replace(x, role="supervisor") if x.role in ("responsible", "lead") and x.kind is UnitKind.position
                   and self._named_official(x.start, x.end) else x for x in run]
        return run

    def _named_official(self, a: int, b: int) -> bool:
        """True if ``norm[a:b]`` is a person's name and a leader's post (倪超副市长) or a post and a name (常务副市长郑云峰)."""
        t = self.norm[a:b]
        if re.match(r"常务|第一|执行|专职|时任|现任|原任|前任|新任", t):
            return False  # 常务副县长, 时任副县长: a post alone (常, 时 open no name here)
        if post_before_name(self.norm, a, b, self.lex) is not None:
            return True
        return bool(self.lex.surnames) and t[:1] in self.lex.surnames and any(
            _leader_post_re(self.lex).fullmatch(t, cut) and unit_kind(t[:cut], self.lex) is None for cut in (2, 3))

    def _team_subject(self, seg: int, upto: int, word: re.Match[str], role: RoleClass) -> list[Mention] | None:
        """领导小组负责…, 办公室负责…, 领导小组办公室主要负责…: the plan's own team or its office, named by the bare
        team word as the subject of its sentence, is responsible (only with 负责 itself, not 负责人 / 负责同志)."""
        if word.group(0) != "负责" or self.norm.startswith(("人", "同志"), word.end()) \
                or _PERSON_IN_CHARGE.match(self.norm, word.end()):
            return None  # (办公室负责文件收发的同志,应每日…: the person who does it)
        a = marker_end(self.norm, seg)
        a += len(self.norm[a:upto]) - len(self.norm[a:upto].lstrip())
        b = upto - len(_TEAM_MANNER.search(self.norm, a, upto).group(0))  # type: ignore[union-attr]
        if b <= a or not own_team(self.norm[a:b]):
            return None
        return [Mention(a, b, UnitKind.department, role, -1)]

    def _answers_for(self, seg: int, upto: int, role: RoleClass, word: re.Match[str]) -> list[Mention] | None:
        """县人民政府对全县安全生产工作负总责: the units before 对 answer for the work named after it (any work
        when the role word is a charge of the whole: 县农业农村局对全县粮食生产负总责, not 对…负责的项目)."""
        m = _ANSWERS_FOR.search(self.norm, seg, upto)
        if m is None and word.group(0) in _WHOLE_CHARGE and not self.norm.startswith("的", word.end()):
            m = _ANSWERS_FOR_ANY.search(self.norm, seg, upto)
        elif m is None and word.group(0).startswith("的"):
            m = _BEARS.search(self.norm, seg, upto)  # 区政府承担保障粮食安全的主体责任
        if m is None or m.start() <= seg:
            return None
        if (top := _TOP_POST.fullmatch(self.norm, seg, m.start())) is not None and word.group(0) in _WHOLE_CHARGE:
            # 区长对全区粮食安全负总责 / 县委书记、县长对…负总责: the heads of the level, named by the post alone
            return [Mention(x.start(), x.end(), UnitKind.position, role, -1)
                    for x in _TOP_POST_ONE_RE.finditer(self.norm, top.start(1), top.end(1))
                    if self.norm[x.end()] in "、和(对" or x.end() == top.end(1)]
        return self.strict_units(seg, m.start(), role)

    def _and_across_comma(self, claimed: int, seg: int) -> int:
        """Start of a list of units before a comma that ``以及``/``及``/``和`` right after it carries on, else -1."""
        if seg < 1 or self.norm[seg - 1] != "," or not self.norm.startswith(("以及", "及", "和", "还有"), seg):
            return -1
        start = max([claimed, *(x.end() for x in _SENTENCE_BOUNDARY.finditer(self.norm, claimed, seg - 1))])
        start = at if (at := marker_end(self.norm, start)) < seg - 1 else start
        return start if self.strict_units(start, seg - 1, "responsible") else -1

    def _units_across_comma(self, claimed: int, seg: int, upto: int) -> int:
        """Start of a sentence's opening list of units that a bare comma parts from more units right before the
        role word (市财政局、市自然资源局,各镇、街道等按职责分工负责), else -1."""
        if seg < 1 or self.norm[seg - 1] != "," or not self.strict_units(seg, upto, "responsible"):
            return -1
        start = max([claimed, *(x.end() for x in _SENTENCE_BOUNDARY.finditer(self.norm, claimed, seg - 1))])
        start = at if (at := marker_end(self.norm, start)) < seg - 1 else start
        run = self.strict_units(start, seg - 1, "responsible")
        return start if run and self._opens(run, start, seg) and _LIST_END.fullmatch(self.norm, run[-1].end, seg - 1) \
            and all(x.kind in (UnitKind.department, UnitKind.collective) for x in run) else -1

    def _helpers_across_comma(self, claimed: int, seg: int) -> int:
        """Start of the units between the role word just read and a comma right before ``seg`` (X牵头,A,B配合),
        when every piece there is a unit, else -1."""
        if seg < 1 or self.norm[seg - 1] != "," or self.norm[claimed : claimed + 1] != ",":
            return -1
        run = self.strict_units(claimed + 1, seg - 1, "co") if claimed + 1 < seg - 1 else None
        return claimed + 1 if run and _LIST_END.fullmatch(self.norm, run[-1].end, seg - 1) else -1

    def _by_across_commas(self, claimed: int, seg: int, upto: int) -> int:
        """Offset of a 由 before ``seg`` in the same sentence whose list of units runs over commas up to
        the role word (every piece between is a unit), else -1."""
        start = max([claimed, *(x.end() for x in re.finditer(r"[。;:!?]", self.norm[:seg]))])
        k = self.norm.rfind("由", start, seg)
        if k < 0 or "," not in self.norm[k:seg] or re.search(r"组成|为成员", self.norm[k:seg]):
            return -1  # (联席会议由A、B…等部门组成,市财政局为牵头单位: the 由 list is the team's members)
        run = self.strict_units(k + 1, upto, "responsible")
        # organisations only: 由镇长任组长,包片领导任副组长,…为成员的 is a roster, read with the team
        return k if run and all(x.kind is not UnitKind.position for x in run) else -1

    def _carried(self, subject: list[Mention], m: re.Match[str], b: int) -> list[Mention]:
        """A role word standing alone after a comma, in a sentence that opened with units: they take it
        (…,牵头审核村庄环境整治规划 -> lead); a helper pivot with units after it (…,配合市住建局组织…)
        makes those units lead and the subject co."""
        word = m.group(0)
        if word in self.lex.co_before_lead:
            right = self._after_pivot(m.end(), b, role="lead")
            if not right or self._vague(right):
                return []  # 配合有关部门打击…: helping whoever is concerned names no lead
            return right + [Mention(x.start, x.end, x.kind, "co", -1) for x in subject]
        if word in self.lex.lead_before_co:
            # …;会同财政部门,制定…: the subject leads, the units it works with help
            right = self._after_pivot(m.end(), b)
            if not right:
                return []
            return [Mention(x.start, x.end, x.kind, "lead", -1) for x in subject] + right
        role = self.lex.role_of_marker(word)
        if role != "lead" or word in self.lex.weak:
            return []  # a second 负责 adds nothing; 指导 alone is no duty
        return [Mention(x.start, x.end, x.kind, role, -1) for x in subject]

    def _helps(self, seg: int, upto: int, m: re.Match[str], b: int) -> list[Mention] | None:
        """A、B配合Y做好…: the units before the pivot help (co), the units after it lead (a modal between:
        区试点工作专班应配合试点工作领导小组…)."""
        before = self.strict_units(seg, upto, "co") or self.strict_units(seg, self._modal_start(seg, upto), "co")
        if not before:
            return None
        after = self._after_pivot(m.end(), b, role="lead")
        if not after or (self._vague(after) and not self._generic(after)):
            return None
        return before + after

    def _generic(self, run: list[Mention]) -> bool:
        """True if a run is the bodies concerned named as such (配合有关部门, 协助灾区有关部门): whoever leads the work."""
        return len(run) == 1 and _GENERIC_COLLECTIVE.fullmatch(self.norm, run[0].start, run[0].end) is not None

    def _vague(self, run: list[Mention]) -> bool:
        """True if a run names no one in particular: only collectives, and not the places of a level
        (配合有关部门 names no lead; 配合各乡镇做好… does)."""
        return all(x.kind is UnitKind.collective and not _EVERY_PLACE.fullmatch(self.norm, x.start, x.end) for x in run)

    def _after_pivot(self, at: int, b: int, role: RoleClass = "co") -> list[Mention] | None:
        """The longest run of units right after a pivot (会同国家发展改革委制订…), or its collective; none when a
        role verb follows (协助指导城市人民政府…: the pivot is part of the verb)."""
        if (v := self.marker_re.match(self.norm, at)) is not None and v.group(0) not in self.lex.lead_before_co:
            return None
        if (second := _second_pivot_re(self.lex).match(self.norm, at)) is not None:
            at = second.end()  # 配合和协助联席会议办公室…: two helpers' words joined, the unit helped after both
        end = next((x.start() for x in _SENTENCE_BOUNDARY.finditer(self.norm, at, b)), b)
        if (etc := _ETC_UNITS.search(self.norm, at, end)) is not None:
            if etc.start() - at <= 12 and (bare := self.strict_units(at, etc.end(), role)) \
                    and all(x.end <= etc.start() for x in bare):
                return bare  # 会同财政等部门: sectors named bare before 等部门
            end = etc.start()
        if (g := _GENERIC_COLLECTIVE.match(self.norm, at, end)) is not None:
            return [Mention(g.start(), g.end(), UnitKind.collective, role, -1)]
        if end - at > 60 and end - at <= 240 and (whole := self.strict_units(at, end, role)):
            return whole  # a long list of units up to its 等有关部门 or the clause's end
        return next((r for k in range(min(end, at + 60), at + 1, -1)
                     if not self.norm.startswith("门", k) and not self.norm.startswith(self.lex.suffix_verbs, k - 1)
                     and not self._inside_false_suffix(k)  # (not 维护社|会秩序: 社会 is no body's ending)
                     and self.norm.count("(", at, k) == self.norm.count(")", at, k)
                     and (r := self.strict_units(at, k, role))), None)  # (not 交警部|门, 市司法局处|理, 乡镇(街道|、园区))

    def led_after(self, at: int, b: int) -> list[Mention] | None:
        """The units a lead word leads, named right after it (牵头信访办、城运中心核查…), as helpers; none when they are
        whose work is led (牵头领导小组办公室工作, 牵头各部门的…) or a collective."""
        if self.norm.startswith(("的", "单位", "部门", *self.lex.work_openers), at):
            return None  # 由X牵头的…联席会议, 牵头核查所涉场地: no body named after the word
        led = self._after_pivot(at, b)
        if not led or any(x.kind is UnitKind.collective for x in led) \
                or self.norm.startswith(("工作", "的", "日常", "相关", "有关", "等"), led[-1].end):
            return None
        if len(led) < 2 and not self.norm.startswith((*self.lex.work_openers, "核实", "排查", "摸排", "调查"), led[-1].end):
            return None  # (县卫健委牵头县人民医院新院区建设: the body the work is about, no helper)
        return led

    def _inside_false_suffix(self, k: int) -> bool:
        """True if ``k`` falls inside a word that only looks like a body's ending (社|会, 调|处)."""
        return any(x.start() < k < x.end() for x in self.lex.false_suffix_re.finditer(self.norm, max(0, k - 3), k + 3))

    def _units_end_at(self, a: int, at: int) -> bool:
        """Some units end right at ``at`` (县交通局协助卫生行政部门…: the helper is named before the pivot), a
        modal aside (各乡镇应配合…)."""
        seg = max([a, *(x.end() for x in _SENTENCE_BOUNDARY.finditer(self.norm, a, at))])
        return bool(self.strict_units(seg, at, "co") or self.strict_units(seg, self._modal_start(seg, at), "co"))

    def _opening(self, a: int, at: int) -> list[Mention] | None:
        """The units a clause opens with when a few words stand between them and a pivot
        (县人事劳动和社会保障局组织制定并会同有关部门落实…)."""
        for k in range(min(at - 1, a + 40), a + 1, -1):
            if (run := self.strict_units(a, k, "lead")) and 0 < at - k <= 12 and re.search(r"(?:并|并且|同时)$", self.norm[k:at]) \
                    and not re.search(r"[,、;:将]", self.norm[k:at]):
                return run
        return None

    def _sentence_opening(self, a: int, at: int) -> list[Mention] | None:
        """区公安分局和区公安消防支队列出…清单,会同区发展改革委…: a pivot opening a clause after a comma, in a
        sentence that opened with units and gave them no role word: they work with the units after it."""
        if self.norm[a:at].strip() or a < 1 or self.norm[a - 1] != ",":
            return None
        s0 = sentence_start(self.norm, a - 1)
        s0 = marker_end(self.norm, s0)
        if (title := _TITLE_HEAD.match(self.norm, s0)) is not None and title.end() < a:
            s0 = title.end()  # (三)强化督导。区综治办…: after the heading's title
        s0 += len(self.norm[s0:a]) - len(self.norm[s0:a].lstrip())
        if a - s0 > 120 or self.markers(s0, a - 1):
            return None
        return opening_units(self, s0, a - 1)

    def _with(self, a: int, m: re.Match[str], b: int) -> list[Mention] | None:
        """由X会同A、B等部门研究提出…: X lead, A and B co, with no role word after the list
        (扶贫办已会同交通部…: an adverb may stand before the pivot)."""
        upto = m.start()
        if (when := _TIME_FIRST.match(self.norm, a, upto)) is not None and when.end() < upto:
            a = when.end()  # 2026年起区建管委联合市水务局…: the time the work starts, then its units
        if (adv := _ADVERB_BEFORE.search(self.norm, a, upto)) is not None and adv.end() == upto:
            upto = adv.start()
        elif (by := _GROUNDS_BEFORE.search(self.norm, a, upto)) is not None and by.end() == upto \
                and not split_units(self.norm, by.start() + 2, upto, lex=self.lex, search=True)[0]:
            upto = by.start()  # …,根据气象条件会同气象部门提供…: on what grounds, then the pivot (not 根据市政府会同…)
        if self.norm.startswith("将", upto - 1):
            return None  # 国务院办公厅将会同有关方面…: an intention stated, not a duty given
        if _ENCOURAGED.match(self.norm, a, upto):
            return None  # 支持各级工会联合金融机构、平台企业发放消费券: whom the plan encourages, no duty given
        if _drafted(self.norm, m.end()):
            return None  # (who drafted the plan, as in _valid_marker)
        if upto > a and self.norm[upto - 1] == ":":
            upto -= 1  # 10.市商务局:会同市发展改革委负责…
        left = self.strict_units(a, upto, "lead") or self._opening(a, upto) or self._sentence_opening(a, upto)
        if not left and upto == m.start() \
                and not self.norm[marker_end(self.norm, sentence_start(self.norm, upto, "。;:")) : upto].strip():
            # 会同县气象局及有关专家开展…研判 (a line of a unit's duties under its name): those it works with help
            return self._after_pivot(m.end(), b) or None
        if not left:
            return None
        # 会同有关部门 names a collective; 会同国家发展改革委制订…: the longest run of units after the pivot
        # (ends tried at separators and within 60 characters: a unit is at most 40)
        right = self._after_pivot(m.end(), b)
        if right:
            return left + right
        if m.group(0) == "联合" and self._modal_start(a, upto) == upto and re.match(r"[\u4e00-\u9fff]", self.norm[m.end() : m.end() + 1]) \
                and unit_kind(self.norm[m.end() : m.end() + 4], self.lex) is None \
                and "由" in self.norm[sentence_start(self.norm, a, "。;,") : upto]:
            # 由县委办、政府办…联合组织举办…: 联合 as an adverb (jointly), no partner named: the units share the work
            return [Mention(x.start, x.end, x.kind, "responsible", x.list_index) for x in left]
        # 市农业发展中心会同区、镇、街道负责…: those it works with unread, it still leads the work its clause gives
        end = next((x.start() for x in _SENTENCE_BOUNDARY.finditer(self.norm, m.end(), b)), b)
        given = [x for x in self.markers(m.end(), end) if self.lex.role_of_marker(x.group(0)) != "co"]
        return left if given and given[0].start() - m.end() <= 16 else None

    def _subject(self, claimed: int, seg: int, m: re.Match[str]) -> list[Mention] | None:
        """各村(社区)书记要亲自抓,负总责: the subject of the sentence, when the role word stands alone."""
        if self.norm[seg : m.start()].strip():
            return None
        start = max([claimed, *(x.end() for x in re.finditer(r"[。;]", self.norm[: m.start()]))])
        v = _MODAL.search(self.norm, start, m.start()) or _WHEN.search(self.norm, start, m.start())
        if v is None:
            # X等行业主管部门落实相关工作职责,负责做好…: units, a weak role word as their verb, then the duty
            weak = next((w for w in self.markers(start, m.start()) if w.group(0) in self.lex.weak), None)
            if weak is None or self.lex.role_of_marker(weak.group(0)) != "responsible":
                return None
            v = weak
        run = self.strict_units(start, v.start(), self.lex.role_of_marker(m.group(0)))
        if run and all(x.kind is UnitKind.collective for x in run) and v.group(0) not in self.lex.weak \
                and not v.group(0).endswith(("主体,", "人,", "单位,", "部门,")):
            return None  # 各相关单位要通力协作,积极配合: a notice's exhortation to everyone, not a duty
        return run

    def _titled(self, claimed: int, seg: int, m: re.Match[str], role: RoleClass) -> list[Mention] | None:
        """县环保局。负责…: a sentence that is nothing but units names who does what the next one says."""
        if self.norm[seg : m.start()].strip() or seg < 1 or self.norm[seg - 1] not in "。:":
            return None
        start = max([claimed, *(x.end() for x in re.finditer(r"[。;,:]", self.norm[: seg - 1]))])
        if (mk := _ITEM_NEXT.match(self.norm, start)) is not None:
            start = mk.end()
        if self.norm[start : seg - 1].rstrip().endswith("组成"):
            return None  # 抢险救援组。由A、B等单位组成。主要负责…: the group does it, not the units it is made of
        run = self.strict_units(start, seg - 1, role)
        return run if run and not any(x.kind is UnitKind.collective for x in run) else None

    def _official(self, run: list[Mention] | None) -> list[Mention] | None:
        """Posts read by the general reader must be public ones (市政府分管副市长, 王宏副市长), not 项目经理."""
        if run and any(x.kind is UnitKind.position and not self.norm.startswith(
                tuple(self.lex.prefixes) + tuple(self.lex.collective_openers) + ("中共", "国务院", "中央", "村", "社区"), x.start)
                and post_before_name(self.norm, x.start, x.end, self.lex) is None
                and not self.norm.endswith(self.lex.chief_posts, x.start, x.end)
                and not re.match(r"[\u4e00-\u9fff]{2,3}(?:常务|执行|第一)?(?:副)?[省市区县镇乡]长", self.norm[x.start : x.end])
                for x in run):
            return None
        return run

    def _run(self, a: int, b: int, role: RoleClass) -> list[Mention] | None:
        """Units of a run before a role word, with a pivot inside it (A、B协同Y / Y会同A、B)."""
        for p in self.lex.co_before_lead + self.lex.lead_before_co:
            k = self.norm.find(p, a, b)
            if k > a and p in self.lex.name_openers and _inside_name(self.norm, a, k, k + len(p), b, self.lex) == b \
                    and (whole := self.strict_units(a, b, role)) is not None and len(whole) == 1:
                return whole  # 由县联合执法工作组负责: the word inside the unit's name, no pivot
            if k > a:
                left = self.strict_units(a, k, "co" if p in self.lex.co_before_lead else "lead")
                right = self.strict_units(k + len(p), b, "lead" if p in self.lex.co_before_lead else "co")
                return left + right if left and right else None
        if (run := self.strict_units(a, b, role)) is not None:
            return run
        # 由省长王清宪负总责: a leader (post and name as written) supervises
        x = a + len(self.norm[a:b]) - len(self.norm[a:b].lstrip())
        for w in self.lex.leading_words:
            if self.norm.startswith(w, x) and b - x > len(w) + 2:
                x += len(w)
                break
        if role != "co" and (post := post_before_name(self.norm, x, b, self.lex)) is not None \
                and not re.search(r"担任|兼任|并$", self.norm[post[1] : b]):
            return [Mention(x, b, UnitKind.position, "supervisor", -1)]  # (not 由小区经理担任并负责: no name after the post)
        return None

    def content(self, a: int, b: int) -> list[Mention]:
        """Read a clause body, with or without labels (牵头单位: / 责任单位: / 分管省领导:)."""
        norm = self.norm
        labels = list(self.label_verb_re.finditer(norm, a, b))
        if not labels:
            return self.free(a, b)
        out: list[Mention] = []
        # 主要责任单位:A、B with no helpers named beside it: the units responsible, not leads
        helped = any(self.lex.role_of_label(lm.group(1)) in ("co", "responsible") for lm in labels) \
            or any(self.lex.role_of_marker(w.group(0)) == "co" for w in self.markers(a, b))
        if labels[0].start() > a:
            out += self.free(a, labels[0].start())
        for k, lm in enumerate(labels):
            x = lm.end()
            y = labels[k + 1].start() if k + 1 < len(labels) else b
            if (stop := norm.find("。", x, y)) >= 0 and (lm.group(0)[-1] in "是为" or _ITEM_NEXT.match(norm, stop + 1)):
                y = stop  # 主责单位是…。第98项任务… / 责任单位:A、B。12、临街…: the list ends with its sentence
            if (gap := _SPACED_ITEM.search(norm, x, y) or _RUN_IN_PARAGRAPH.search(norm, x, y)) is not None:
                y = gap.start()  # 责任单位:A、B 2.落实… / …等配合。 打造…: the next item or paragraph run onto the line
            if (other := _SPACED_LABEL.search(norm, x, y)) is not None:
                y = other.start()  # 配合单位:A、B 实际完成情况:…: a label of another kind after a space ends the list
            label = lm.group(1)
            has_marker = bool(self.markers(x, y))
            kind = self.lex.role_of_label(label)
            if kind == "lead" and label in self.lex.main_labels and not helped:
                kind = "responsible"
            if kind == "supervisor":
                out += self.people(x, y)
            elif kind in ("lead", "co"):
                # a bare role word as a label (牵头:X;配合:Y) is read strictly: 牵头:全县重大项目谋划 names a task
                lenient = label not in _marker_words(self.lex)
                first = next((w for w in self.markers(x, y) if w.group(0) not in self.lex.lead_before_co
                              and w.group(0) not in self.lex.co_before_lead), None) if has_marker else None
                # (牵头单位:县住建局,县联合执法大队: a pivot inside a unit's name cuts nothing)
                cut = max(norm.rfind(",", x, first.start()), norm.rfind(";", x, first.start())) if first else -1
                if first is not None and cut > x and (own := self.units(x, cut, kind, lenient=lenient)):
                    # 牵头单位:市局质量处,各区市场监管局、机场分局为实施单位: the label's units, then a piece
                    # with a role of its own
                    out += own + self.free(cut + 1, y)
                else:
                    out += self._no_spaced_names(self.units(x, y, kind, lenient=lenient))
            elif has_marker:
                first = self.markers(x, y)[0]
                cut = max(norm.rfind(",", x, first.start()), norm.rfind(";", x, first.start()))
                if kind == "responsible" and cut > x and self.lex.role_of_marker(first.group(0)) == "co" \
                        and (own := self.units(x, cut, "responsible", listed=True)):
                    # 责任科室:执法监督科、综合科,各科室配合: the label's units, then a piece with its own role word
                    out += own + self.free(cut + 1, y)
                else:
                    out += self.free(x, y)
            else:
                out += self.units(x, y, "responsible", lenient=True, listed=kind == "responsible")
        return out

    def _no_spaced_names(self, run: list[Mention]) -> list[Mention]:
        """配合单位: 区环境与国土资源局 区规划局 丁雄生 邓连生 (a row's cells parted by spaces): the people of the next
        cell (the units' heads) are no units of the label's list."""
        def name(x: Mention) -> bool:
            return bare_name(self.norm[x.start : x.end], self.lex)
        if not any(not name(x) for x in run):
            return run
        return [x for k, x in enumerate(run) if not (
            name(x) and k > 0 and not self.norm[run[k - 1].end : x.start].strip())]

    def people(self, a: int, b: int) -> list[Mention]:
        """Leaders after a supervisor label: names, POST NAME (posts joined by 、 are one person's:
        市政府党组成员、公安局局长王小洪), people joined by 和, or posts and units."""
        out = []
        written = self._padded_names(_pieces(self.norm, a, b, r"[,;\s]+"))
        for x, y in self._one_leader_each(written):
            if re.fullmatch(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]{1,2}", self.norm[x:y]):
                out.append(Mention(x, y, UnitKind.person, "supervisor", -1))  # 王 健: a name padded to three
                continue
            if (x, y) not in written:  # a name joined with its posts
                out.append(Mention(x, y, UnitKind.position, "supervisor", -1))
                continue
            people = _pieces(self.norm, x, y, r"[和及]")
            if len(people) == 1 or not all(self._named(px, py) for px, py in people):
                people = [(x, y)]
            for px, py in people:
                if post_before_name(self.norm, px, py, self.lex) is not None:
                    out.append(Mention(px, py, UnitKind.position, "supervisor", -1))
                    continue
                for qx, qy in _pieces(self.norm, px, py, r"[、和及]"):
                    out += self._person(qx, qy)
        return out

    def _padded_names(self, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A surname and a given name parted by spaces (王 健: a two-character name padded to a three's width) joined
        into one piece."""
        out: list[tuple[int, int]] = []
        for x, y in pieces:
            if out and y - x <= 2 and out[-1][1] - out[-1][0] == 1 and self.norm[out[-1][0]] in self.lex.surnames \
                    and re.fullmatch(r"[ \u3000]+", self.norm[out[-1][1] : x]) \
                    and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", self.norm[x:y]) \
                    and not self.lex.position_suffix_re.search(self.norm[out[-1][0]] + self.norm[x:y]):  # (not 常 委)
                out[-1] = (out[-1][0], y)
            else:
                out.append((x, y))
        return out

    def _one_leader_each(self, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Pieces parted by spaces joined into one leader each: a name with the posts written before or after it
        (赵六 副县长, 赵六 县政府党组成员 副县长, 县委常委、常务副县长 刘强): one name and its posts, no other name."""
        def name(x: int, y: int) -> bool:
            t = self.norm[x:y]
            return bool(_PERSON.fullmatch(t)) and not self.lex.position_suffix_re.search(t) \
                and unit_kind(t, self.lex) is None and bool(self.lex.surnames) and t[0] in self.lex.surnames

        def is_post(x: int, y: int) -> bool:  # posts joined by 、 (县委常委、常务副县长)
            return all(unit_kind(p, self.lex) is UnitKind.position or p in self.lex.position_suffixes
                       for p in self.norm[x:y].split("、"))

        out: list[tuple[int, int]] = []
        k = 0
        while k < len(pieces):
            j = k
            while j + 1 < len(pieces) and self.norm[pieces[j][1] : pieces[j + 1][0]].strip() == "":
                j += 1
            group = pieces[k : j + 1]
            names = [g for g in group if name(*g)]
            if len(group) > 1 and len(names) == 1 and all(is_post(*g) for g in group if g != names[0]):
                out.append((group[0][0], group[-1][1]))
            else:
                out += group
            k = j + 1
        return out

    def _named(self, x: int, y: int) -> bool:
        """A person: a bare name or POST NAME."""
        return bool(_PERSON.match(self.norm[x:y])) or post_before_name(self.norm, x, y, self.lex) is not None

    def _person(self, x: int, y: int) -> list[Mention]:
        piece = self.norm[x:y]
        name = re.sub(r"\([^()]{1,12}\)$", "", piece)  # 张三(副市长): the name, with the post as a note
        if _PERSON.match(name):
            return [Mention(x, x + len(name), UnitKind.person, "supervisor", -1)]
        if post_before_name(self.norm, x, y, self.lex) is not None:
            return [Mention(x, y, UnitKind.position, "supervisor", -1)]  # 常务副市长张工
        items, _ = split_units(self.norm, x, y, lex=self.lex)
        if unit_kind(piece, self.lex) is UnitKind.position and not any(i.start == x and i.end == y for i in items):
            return [Mention(x, y, UnitKind.position, "supervisor", -1)]  # 县政府分管领导: the post, not 县政府
        return [Mention(i.start, i.end, i.kind, "supervisor", -1) for i in items]


def _pieces(s: str, a: int, b: int, sep: str) -> list[tuple[int, int]]:
    """Offsets of the pieces of ``s[a:b]`` between separators, without a closing 。 or ."""
    out, at = [], a
    for m in [*re.finditer(sep, s[a:b]), None]:
        end = a + m.start() if m else b
        x, y = at, end
        while y > x and s[y - 1] in "。.":
            y -= 1
        if y > x:
            out.append((x, y))
        at = a + m.end() if m else b
    return out


_SENTENCE_LEAD = re.compile(r"由([^,;。()“”]{2,80}?)(?:共同)?牵头(?:负责|抓总|组织实施|落实)?")
@lru_cache(maxsize=4)
def _sentence_co_re(lex: Lexicon) -> re.Pattern[str]:
    """…,B、C配合 / 参加 after 由A牵头: the units that help, closed by a co word of the lexicon."""
    return re.compile(r"[,、]((?:[^,;。()“”]|\([^,;。()]*\)){2,80}?)(?:等(?:相关)?(?:部门|单位))?(?:按职责分工|按照职责分工|按职责)?"
                      rf"(?:{_alt(lex.co)})")


@lru_cache(maxsize=4)
def _marker_words(lex: Lexicon) -> frozenset[str]:
    """The role words of the lexicon (a label that is one of them is a bare role word: 牵头:, 配合:)."""
    return frozenset(lex.lead + lex.co + lex.responsible + lex.lead_before_co)


@lru_cache(maxsize=4)
def _answerable_re(lex: Lexicon) -> re.Pattern[str]:
    name = r"[\u4e00-\u9fff]{2,3}"
    return re.compile(rf"(?:{_alt(lex.person_labels)})\s*[,:为是]?\s*({name}(?:、{name})*)(?=[;。,]|$)")


def _answerable(p: _Parser, norm: str) -> list[Clause]:
    """行政责任人江海彬; 行政责任人谢奕武、谢创鹏: the people answerable for the sites before (supervisors)."""
    out = []
    for m in _answerable_re(p.lex).finditer(norm):
        people = [Mention(x, y, UnitKind.person, "supervisor", -1) for x, y in _pieces(norm, m.start(1), m.end(1), "、")
                  if unit_kind(norm[x:y], p.lex) is None and not p.lex.position_suffix_re.search(norm[x:y])
                  and (not p.lex.surnames or norm[x] in p.lex.surnames)]  # (第一责任人的责任: no one's name)
        if people:
            out.append(Clause(m.start(1), m.end(1), "label_line", tuple(people)))
    return out


@lru_cache(maxsize=8)
def _by_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"由([^,;。()“”:]{{2,40}}?)(?:{_alt(lex.by_words)})")


def _by_clauses(p: _Parser, norm: str) -> list[Clause]:
    """Work given to units with 由 and a verb that is no role word elsewhere (…减量化工作由临港地区管委会统筹,
    …由临港地区管委会承担): the units are responsible (shared), when every piece is a unit."""
    out = []
    for m in _by_re(p.lex).finditer(norm):
        if re.match(r"[^,;。]{0,12}?(?:日常工作|办公室)", norm[m.end() :]) or re.search(
                r"(?:日常工作|办公室工作|日常事务)$", norm[max(0, m.start() - 6) : m.start()]):
            continue  # 日常工作由X承担, 由X承担办公室日常工作: the team's office (read with the team)
        if (run := p.strict_units(m.start(1), m.end(1), "responsible")) is not None:
            out.append(Clause(m.start(), m.end(), "sentence", tuple(run)))
    return out


def _sentence_clauses(p: _Parser, norm: str) -> list[Clause]:
    """Clauses written as a sentence (由A牵头,B、C配合): accepted only when every piece is a unit."""
    out = []
    for m in _SENTENCE_LEAD.finditer(norm):
        pivoted = next((lead + helpers for x in _pivot_with_re(p.lex).finditer(norm[m.start(1) : m.end(1)])
                        if (lead := p.strict_units(m.start(1), m.start(1) + x.start(), "lead"))
                        and (helpers := p.strict_units(m.start(1) + x.end(), m.end(1), "co"))), None)
        if pivoted is not None:
            # 由轨道交通消防救援支队会同各区消防救援支队牵头…: the unit before the pivot leads, those after it help
            out.append(Clause(m.start(), m.end(), "sentence", tuple(pivoted)))
            continue
        items, rejected = split_units(norm, m.start(1), m.end(1), lex=p.lex)
        if not items or rejected:
            continue
        mentions = [Mention(i.start, i.end, i.kind, "lead", -1) for i in items]
        end = m.end()
        if (c := _sentence_co_re(p.lex).match(norm, m.end())) is not None:
            if (co := p.strict_units(c.start(1), c.end(1), "co")) is not None:
                mentions += co
                end = c.end()
        elif m.group(0).endswith("牵头") and (led := p.led_after(m.end(), len(norm))):
            mentions += led  # 由平安办牵头信访办、城运中心核查…: the units it leads help
            end = led[-1].end
        elif (w := re.match(rf"[,、]?(?:{_alt(p.lex.lead_before_co)})", norm[m.end() :])) is not None:
            # 由臺城交警中隊牵头,联合市交通局、市政监察大队,加强…: the units it works with help
            if (co := p._after_pivot(m.end() + w.end(), len(norm))) is not None:
                mentions += co
                end = co[-1].end
        stop = next((x.start() for x in re.finditer(r"[。;]", norm[end:])), len(norm) - end) + end
        if (rest := norm.find(",", end, stop)) > end:
            end = rest  # 由县应急局牵头组织,…: the rest of the lead's own clause
        while end < stop:
            # 由A牵头,B具体落实,C负责督查: each clause right after opens with its units and a role word (helpers of the
            # lead); the first that does not ends the form (…,未完成的乡镇由县政府负责约谈 is a sanction)
            cut = stop if (comma := norm.find(",", end + 1, stop)) < 0 else comma
            runs = p.general(end, cut)
            if not runs or norm[end : min(x.start for x in runs[0][1])].strip(" ,、"):
                break
            mentions += [x for _, run in runs for x in run]
            end = cut
        out.append(Clause(m.start(), end, "sentence", tuple(mentions)))
    return out


_MAINLY = re.compile(r"以((?:[^,;。()以]|\([^,;。()]*\)){2,60}?)为主(?=,)")


def _mainly_clauses(p: _Parser, norm: str) -> list[Clause]:
    """以乡综治办、派出所为主,土地文化部门配合: the units the work rests on lead, the helpers after the comma help
    (only with such a helpers' clause right after: 以预防为主 / 以政府举办为主 name no unit)."""
    out = []
    for m in _MAINLY.finditer(norm):
        if p.markers(0, m.start()):
            break  # (role words before it: the general reader's line)
        lead = p.strict_units(m.start(1), m.end(1), "lead")
        c = _sentence_co_re(p.lex).match(norm, m.end())
        co = p.strict_units(c.start(1), c.end(1), "co") if c is not None else None
        if lead and c is not None:  # (the helpers may be no units kg knows: the lead still leads)
            out.append(Clause(m.start(), c.end(), "sentence", tuple(lead + (co or []))))
    return out


def opening_units(p: _Parser, s0: int, comma: int) -> list[Mention] | None:
    """The units a sentence opens with at ``s0``, its subject up to the comma at ``comma``: 区公安分局和区消防支队列出清单
    / 县委宣传部 (not 对县直部门报送的项目, 县市场监管局的抽检结果, 县政府常务会议审议通过后: no subject there)."""
    norm = p.norm
    if norm[s0 : s0 + 1] in tuple("对向把将经按据在从因由") or re.search(r"(?:后|时|前|中|期间)$", norm[s0:comma]):
        return None
    for k in range(min(comma, s0 + 40), s0 + 1, -1):
        if (k == comma or norm[k] not in "、和及与,的之") and (run := p.strict_units(s0, k, "lead")) \
                and run[0].start == s0 and all(x.kind not in (UnitKind.person, UnitKind.position) for x in run):
            return None if "的" in norm[k : k + 4] else run  # (各乡镇上报的问题清单: the units qualify a noun)
    return None


def _one_role_each(ms: list[Mention]) -> list[Mention]:
    """X负责…,会同Y…: the unit a pivot carried on is the lead of its sentence, not also one of the responsible."""
    if not any(x.role == "co" for x in ms):
        return ms  # (省安监局:负责督促…,牵头组织…: a duty of its own and one it leads)
    leads = {(x.start, x.end) for x in ms if x.role == "lead"}
    return [x for x in ms if not (x.role == "responsible" and (x.start, x.end) in leads)]


def pivots_in(norm: str, a: int, b: int, lex: Lexicon | None = None) -> list[tuple[str, list[Mention]]]:
    """The units a pivot names inside ``norm[a:b]`` whose subject is written elsewhere (a table's text cell beside
    its unit cell: 按照职责分工,会同有关部门依法查处…; 配合市市场监管局做好抽检): ("with", units after 会同 / 联合,
    who help the subject) or ("helps", units after 配合 / 协助, who lead that work), in order.  Not after 将
    (an intention, not a duty)."""
    lex = lex or load_lexicon()
    p = _Parser(norm, None, lex)
    out: list[tuple[str, list[Mention]]] = []
    for m in p.markers(a, b):
        word = m.group(0)
        kind = "with" if word in lex.lead_before_co else "helps" if word in lex.co_before_lead else None
        if kind is None or norm[max(a, m.start() - 1) : m.start()] == "将":
            continue
        seg = max([a, *(x.end() for x in _SENTENCE_BOUNDARY.finditer(norm, a, m.start()))])
        if not re.fullmatch(r"(?:并|并且|同时|积极|主动|负责|还要|要|需|须)?", norm[seg : m.start()].strip(" ,、")):
            continue  # 督促施工单位配合…, 由市政府办公室会同…, 鼓励企业联合…: the pivot's subject is not the row's unit
        s0 = sentence_start(norm, seg, floor=a)
        s0 += len(norm[s0:seg]) - len(norm[s0:seg].lstrip())
        if s0 < seg - 1 and opening_units(p, s0, seg - 1):
            continue  # 区建设管理委负责…,会同各行业主管部门…: the text names the subject the pivot goes with
        if (run := p._after_pivot(m.end(), b, role="co" if kind == "with" else "lead")) is not None:
            out.append((kind, run))
    return out


@lru_cache(maxsize=4)
def _glued_label_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"({_alt(lex.word_labels('lead', 'co', 'responsible'))})(?=[\u4e00-\u9fff])")


# (a standing meeting: not 3月5日召开专题会议,会议由副市长主持, whose chair chairs that day only)
STANDING_MEETING = r"(?:例会|调度会议|调度会|联席会议|全体会议|常务会议)"
_CHAIRED = re.compile(rf"{STANDING_MEETING}(?:[^。;]{{0,60}}?,)?由([\u4e00-\u9fff、]{{2,16}}?)(?:召集(?:和|并)?)?主持")


def _meeting_chairs(p: _Parser, norm: str) -> list[Clause]:
    """月调度会议由县长主持, 国务院全体会议…由总理召集和主持: who chairs a standing meeting (its convener)."""
    out = []
    for m in _CHAIRED.finditer(norm):
        pieces = _pieces(norm, m.start(1), m.end(1), "、")
        if pieces and not re.search(r"召集人|或|委托", m.group(1)) and all(
                norm[x:y] in p.lex.position_suffixes or unit_kind(norm[x:y], p.lex) in (UnitKind.position, UnitKind.person)
                for x, y in pieces):  # (县长, 总理: a post named bare; not 由召集人或召集人委托有关同志主持)
            out.append(Clause(m.start(1), m.end(1), "general",
                              tuple(Mention(x, y, UnitKind.position, "convener", -1) for x, y in pieces)))
    return out


@lru_cache(maxsize=4)
def _request_re(lex: Lexicon) -> re.Pattern[str]:
    """A body asking others to do the work (省建设厅要求各市建设局…: who asks, then who is asked)."""
    return re.compile(_alt(lex.request_words)) if lex.request_words else re.compile(r"(?!)")


@lru_cache(maxsize=4)
def _etc_label_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"等({_alt(lex.word_labels('lead', 'co', 'responsible'))})(?=[,,;。要应须需在于:]|$)")


def _units_etc_label(p: _Parser, norm: str) -> list[Clause]:
    """县政府办、县发改局…、县招商服务中心等牵头部门,要于…: the units a sentence opens with, then 等 and a label
    that says what they are to the work (lead, helpers, or responsible)."""
    out = []
    for m in _etc_label_re(p.lex).finditer(norm):
        start = sentence_start(norm, m.start())
        start += len(norm[start : m.start()]) - len(norm[start : m.start()].lstrip())
        if (mk := _LINE_MARKER.match(norm[start : m.start()])) is not None and start + mk.end() < m.start():
            start += mk.end()  # (…。2.县发改局…: the item's number, in the middle of the line)
        kind = p.lex.role_of_label(m.group(1))
        role: RoleClass = kind if kind in ("lead", "co") else "responsible"
        if (run := p.strict_units(start, m.start(), role)) and run[0].start == start:
            out.append(Clause(start, m.end(), "label_line", tuple(run)))
    return out


def item_follows(norm: str, pos: int) -> bool:
    """True if an item's marker stands at ``pos`` (spaces before it aside): 5.鼓励… after the item before it."""
    return _ITEM_NEXT.match(norm, pos) is not None


def opens_item(text: str) -> bool:
    """True if ``text`` is nothing but an item's marker ((4), 2., 一、, 2.1.1): what stands before an item's first word."""
    return _LINE_MARKER.fullmatch(text) is not None


def _glued_labels(p: _Parser, norm: str) -> Clause | None:
    """…积极动员人人参与环境卫生整治活动责任单位各社区居委会、驻辖区单位 / …责任单位环卫分公司配合单位办事处、城管中队:
    labels glued to the task text before them and to their units, with no colon, closing the line.  Read only when
    what follows each label, to the next label or the line's end, is units and nothing else."""
    found = list(_glued_label_re(p.lex).finditer(norm))
    end = len(norm.rstrip(" 。;."))
    for k, first in enumerate(found):
        mentions: list[Mention] = []
        chain = found[k:]
        for j, m in enumerate(chain):
            y = chain[j + 1].start() if j + 1 < len(chain) else end
            kind = p.lex.role_of_label(m.group(1))
            role: RoleClass = kind if kind in ("lead", "co") else "responsible"
            run = p.strict_units(m.end(), y, role) if y > m.end() else None
            if not run:
                break
            mentions += run
        else:
            return Clause(first.start(), end, "label_line", tuple(mentions))
    return None


def _read_to(p: _Parser, norm: str, end: int, *, within: bool = False) -> int:
    """Where the sentence of a clause ending at ``end`` ends, when role words follow it (the sentences after it
    are then the general reader's); else 0.  ``within``: the clauses after it in its own sentence are the general
    reader's too (its next comma, when role words follow that)."""
    stop = next((x.end() for x in re.finditer(r"[。;]", norm[end:])), None)
    if within and (comma := norm.find(",", end, len(norm) if stop is None else end + stop)) > 0 \
            and p.markers(comma, len(norm) if stop is None else end + stop):
        return comma
    return end + stop if stop is not None and p.markers(end + stop, len(norm)) else 0


def _before_role_word(norm: str, a: int, b: int, lex: Lexicon) -> int:
    """Where the units of ``norm[a:b]`` end: before its last comma and the role word closing them (税务总局 财政部
    海关总署负责,排在第一位的部门为牵头部门: the units before 负责)."""
    if (cut := norm.rfind(",", a, b)) > a:
        b = cut
    return next((m.start() for m in lex.role_marker_re.finditer(norm, a, b) if m.end() == b), b)


def find_clauses(norm: str, *, is_heading: bool = False, boundaries: frozenset[int] | None = None,
                 lex: Lexicon | None = None) -> list[Clause]:
    """Responsibility clauses of one line (in its normal form), in order.

    >>> [(c.form, [m.role for m in c.mentions]) for c in find_clauses("(市发改局牵头,市财政局、市科工局按职责分工负责)")]
    [('bracket', ['lead', 'responsible', 'responsible'])]
    """
    lex = lex or load_lexicon()
    if lex.first_is_lead_re.search(norm):
        # 请各单位(责任单位中排序第一单位为牵头单位)按照职责…: a bracket that only declares the convention names no one
        for x, y in _brackets(norm):
            if (c := lex.first_is_lead_re.search(norm, x, y)) is not None and not _label_re(lex).search(norm, x, y) \
                    and not split_units(norm, x + 1, _before_role_word(norm, x + 1, c.start(), lex), lex=lex)[0]:
                norm = norm[:x] + " " * (min(y, len(norm)) - x) + norm[y:]
    p = _Parser(norm, boundaries, lex)
    out: list[Clause] = []
    # a label opening its own line: 牵头单位:X / 责任单位:Y / 部门分工:... / 分管省领导:NAME
    a = len(norm) - len(norm.lstrip())
    while a < len(norm) and norm[a] in _BULLETS:
        a += 1  # ●牵头单位:市发改委: a bullet before the label
    a += len(norm[a:]) - len(norm[a:].lstrip())
    if is_heading and (hm := _LINE_MARKER.match(norm)) is not None and p.label_re.match(norm, hm.end()):
        a, is_heading = hm.end(), False  # (一)责任单位:县发改局: a label under a marker
    if p.label_re.match(norm, a) and not is_heading:
        blanked = _blank_notes(norm, a, len(norm), lex)
        p.norm = blanked
        mentions = p.content(a, len(norm.rstrip()))
        p.norm = norm
        if mentions:
            out.append(Clause(a, len(norm.rstrip()), "label_line", tuple(mentions)))
        return _marked_leads(norm, out, lex)
    groups = [(x, y, x + 1, y - 1) for x, y in _brackets(norm)]
    if (cont := re.match(r"\s*([^()]{2,200}?)\)", norm)) is not None:
        groups.insert(0, (cont.start(1), cont.end(), cont.start(1), cont.end(1)))  # …配合)。: a clause opened above
    for x, y, inner_a, inner_b in groups:
        body = norm[inner_a:inner_b]
        if not (p.marker_re.search(body) or p.label_re.search(body)):
            continue
        if p.label_re.match(body) and p.label_verb_re.search(norm, sentence_start(norm, x, "。;"), x):
            continue  # 责任单位:A(配合单位:B): the bracket goes on with the label before it
        blanked = _blank_notes(norm, inner_a, inner_b, lex)
        p.norm = blanked
        mentions = p.content(inner_a, inner_b)
        p.norm = norm
        if mentions:
            out.append(Clause(x, min(y, len(norm)), "bracket", tuple(mentions)))
    if not out and (bare := _bare_bracket(p, norm) or _marked_list(p, norm)) is not None:
        out.append(bare)
    if not out:
        out += _item_brackets(p, norm)
    # an inline label after the task text: "...。责任单位:A、B"
    label_cut = 0  # where a label's list ended with its sentence: the sentences after it are the general reader's
    if not out:
        for m in p.label_verb_re.finditer(norm):
            verb = m.group(0)[-1] in "是为"
            if m.group(1) in lex.prose_labels:
                continue  # (…配合。相关单位:各乡镇: a noun of prose as a label names units only opening its line)
            if ((m.start() > 0 and norm[m.start() - 1] in "。;, ")
                    or (verb and _ITEMS_OWNED.search(norm, 0, m.start()))) and m.group(1) not in lex.free_labels:
                end = len(norm.rstrip())
                if (stop := norm.find("。", m.end(), end)) > 0 and not p.label_verb_re.search(norm, stop, end):
                    end = label_cut = stop  # …,牵头部门:市交通局。…: the label's list ends with its sentence
                # a notice run onto one line (1.… 责任单位:A、B 2.… 责任单位:C): each item's labels are one clause
                # (…等配合。 打造…: a full stop and a space run the next paragraph in; its words are no label's list)
                breaks = {g.start() for g in _SPACED_ITEM.finditer(norm, m.start(), end)}
                breaks |= {g.start() for g in _RUN_IN_PARAGRAPH.finditer(norm, m.start(), end)}
                cuts = [*sorted(breaks), end]
                at = m.start()
                for cut in cuts:
                    first = p.label_verb_re.search(norm, at, cut)
                    if first is not None:
                        p.norm = _blank_notes(norm, first.start(), cut, lex)  # 县发改局(首位单位为牵头单位,下同)
                        mentions = p.content(first.start(), cut)
                        p.norm = norm
                        if mentions:
                            out.append(Clause(first.start(), cut, "label_line", tuple(mentions)))
                    at = cut
                if not out:
                    label_cut = 0  # (the label read nothing: the sentences before it are still the general reader's)
                break
    if not out and (glued := _glued_labels(p, norm)) is not None:
        out.append(glued)
    if not out:
        out += _units_etc_label(p, norm)
    # a sentence that assigns the work: "……,由市发改委牵头,市财政局、市商务局配合。"
    claimed_to = label_cut
    if not out and "为主," in norm and (out := _mainly_clauses(p, norm)):
        claimed_to = _read_to(p, norm, out[-1].end)
    if not out and "由" in norm and "牵头" in norm and (out := _sentence_clauses(p, norm)):
        # 一是…,由A牵头,B配合;二是…,由C负责。: the sentences after the last one read are the general reader's
        claimed_to = _read_to(p, norm, out[-1].end)
    duty_heading: Clause | None = None
    if is_heading and not out:
        # (一)省监察厅牵头的工作: the heading names who leads the tasks under it
        start = mk.end() if (mk := _LINE_MARKER.match(norm)) else 0
        if (mo := _heading_owner_re(lex).match(norm, start)) is not None and (
                run := p.strict_units(mo.start(1), mo.end(1), "lead")):
            out.append(Clause(mo.start(1), mo.end(1), "heading", tuple(
                Mention(x.start, x.end, x.kind, "supervisor" if x.kind is UnitKind.position else "lead", -1)
                for x in run)))
            return out
    if is_heading and not out and (md := _DUTY_HEADING.match(norm, mk.end() if (mk := _LINE_MARKER.match(norm)) else 0)) \
            and (run := p._official(p.strict_units(md.start(1), md.end(1), "responsible")
                                    or p.strict_units(md.start(1), _field_cut(norm, md.start(1), md.end(1), lex), "responsible"))) \
            and run[0].start <= md.start(1) + 1 \
            and not any(_SPACED_WORDS.search(norm, x.start, x.end) for x in run) \
            and not any(w in norm[md.start(1) : md.end(1)] for w in (*lex.team_words, "成员单位")) \
            and not (all(norm.endswith(lex.chief_posts, x.start, x.end) for x in run)
                     and not re.search("职责|任务", norm[md.end(1) : md.end()])):
        # (一、组织领导 is a topic, not a post: a post heading its duties is a public one; 着力构建高效协同的数字政府
        # is a goal, its words before 的 are no part of a unit; 一、省级总河长、副总河长 titles a roster of chiefs
        # unless it says it lists their duties)
        # (三)财政部门职责:…: the units whose duties the heading lists (and what follows on its line)
        if re.search(r"\(\s*(?:共)?[0-9一二三四五六七八九十]+项\s*\)", norm[md.end(1) : md.end()]) and not all(
                norm[x.start : x.end].endswith(lex.organ_suffixes) for x in run):
            return out  # (一)城区学校(3项): a kind of project counted, not a body's duties
        if re.match(r"(?:新建|改建|扩建|续建|迁建|修建|建设|改造|提升)", norm[md.start(1) :]):
            return out  # 1.新建县第三小学。: a project (a school, a hospital to build), not a body's duties
        duty_heading = Clause(md.start(1), md.end(1), "heading", tuple(run))
        out.append(duty_heading)
        claimed_to = md.end()
    mk0 = _LINE_MARKER.match(norm)
    if is_heading and not out and (mh := _heading_leader_re(lex).match(norm, mk0.end() if mk0 else 0)) \
            and post_before_name(norm, mh.start(1), mh.end(1), lex) is None \
            and unit_kind(norm[mh.start(1) : mh.start(1) + 2], lex) is None \
            and not norm.startswith(tuple(lex.collective_openers) + tuple(lex.prefixes), mh.start(1)):
        # (一)王宏副市长牵头重点工作: the leader supervises the tasks under the heading
        out.append(Clause(mh.start(1), mh.end(1), "heading",
                          (Mention(mh.start(1), mh.end(1), UnitKind.position, "supervisor", -1),)))
        claimed_to = mh.end()
    if is_heading and not out and (mp := _heading_post_name_re(lex).match(norm, mk0.end() if mk0 else 0)) \
            and mp.group(2)[0] in lex.surnames:
        # 四、副县长王五分管工作: the leader (post and name as written) supervises the tasks under the heading
        out.append(Clause(mp.start(1), mp.end(2), "heading",
                          (Mention(mp.start(1), mp.end(2), UnitKind.position, "supervisor", -1),)))
        claimed_to = mp.end()
    if not out and (out := _by_clauses(p, norm)):
        # 由县发改局统筹推进,县财政局负责资金保障: what follows the last one read is the general reader's
        claimed_to = _read_to(p, norm, out[-1].end, within=True)
    out += _answerable(p, norm)
    head = _duty_head(p, norm)  # 县财政局:… / 10.市商务局:会同…: the units a duty list's line opens with
    if not out or claimed_to:
        start = max(claimed_to, (mk.end() if (mk := _LINE_MARKER.match(norm)) else 0))
        if runs := p.general(start, len(norm), list(head.mentions) if head else None):
            # one clause per sentence (of the role word): a lead named in one sentence says nothing of the next
            ends = [x.end() for x in re.finditer(r"[。;]", norm)] + [len(norm) + 1]
            by_sentence: dict[tuple[int, int], list[Mention]] = {}
            for at, run in runs:
                sentence = next(k for k, e in enumerate(ends) if at < e)
                # a helper's pivot naming the unit it helps (…,配合县卫健局做好防疫) is a clause of its own: that lead
                # leads the work helped, not the sentence's other work (县教育局负责学校安全 stays shared)
                helped = norm.startswith(tuple(lex.co_before_lead), at) and any(x.role == "lead" for x in run)
                by_sentence.setdefault((sentence, at if helped else -1), []).extend(run)
            out += [Clause(min(x.start for x in ms), max(x.end for x in ms), "general", tuple(_one_role_each(ms)))
                    for _, ms in sorted(by_sentence.items())]
    for clause in _as_label_clauses(p, norm):
        given = {(x.start, x.end, x.role) for c in out for x in c.mentions}
        if not any((x.start, x.end, x.role) in given for x in clause.mentions):
            # …负责…,为…牵头单位: the label's role replaces the vaguer one the verb gave
            leads = {(x.start, x.end) for x in clause.mentions if x.role == "lead"}
            out = [c for c in out if not all(x.role == "responsible" and (x.start, x.end) in leads for x in c.mentions)]
            out.append(clause)
    if duty_heading is not None and all(_EVERY_BODY.fullmatch(norm, x.start, x.end) for x in duty_heading.mentions) \
            and (not norm[duty_heading.end :].strip(" :,。职责") or len(out) > 1):
        # (六)各部门职责: / (六)各部门职责:县财政局负责…: it introduces each one's duties and names no one (not
        # (六)各相关部门职责:按照职责分工做好配合, where it is the duty)
        out = [c for c in out if c is not duty_heading]
        duty_heading = None
    if duty_heading is not None:
        # (三)财政部门职责:财政部门作为改革牵头单位…: a unit given a role on the line has no second, vaguer one
        named = {norm[x.start : x.end] for c in out if c is not duty_heading for x in c.mentions if x.role in ("lead", "co")}
        kept = tuple(x for x in duty_heading.mentions if norm[x.start : x.end] not in named)
        out = [c for c in out if c is not duty_heading] + ([replace(duty_heading, mentions=kept)] if kept else [])
    if head is not None and not (is_heading and duty_heading is not None):
        taken = {(x.start, x.end) for c in out for x in c.mentions if x.role != "co"}
        helps = {(x.start, x.end) for c in out for x in c.mentions if x.role == "co"}
        pivots = tuple(lex.co_before_lead)
        # 县公安局:配合县畜牧局做好… / 市工商局:负责协同城管执法部门查处…: a head whose only role word is a helper's
        # pivot helps, and has no duty of its own
        own = [piece for piece in re.split(r"[,;。]", norm[head.end :]) if piece.strip(" :")
               and not re.sub(r"^[\s:]*(?:并且|并|同时|还|负责|依据职责|按照?职责(?:分工)?)?", "", piece).startswith(pivots)]
        if not any((x.start, x.end) in taken for x in head.mentions) \
                and (own or not all((x.start, x.end) in helps for x in head.mentions)):
            out.insert(0, head)
    if not is_heading:
        # 代省长杜家毫领导省政府全面工作, …,省长马兴瑞主持省政府全面工作: the leader (post and name) over that work
        taken = {(x.start, x.end) for c in out for x in c.mentions}
        for lead in _leader_opens_re(p.lex).finditer(norm):
            # (办公室主任华毅同志主持全面工作: 同志 after the name; not X任组长, where 任 is a verb, but 主任 is a post)
            named_to = lead.end(1) - (2 if lead.group(1).endswith("同志") else 0)
            if (lead.start(1), lead.end(1)) not in taken and not re.search(r"^[由和及与]|(?<![主责])任", lead.group(1)) \
                    and (post := post_before_name(norm, lead.start(1), named_to, p.lex)) is not None \
                    and norm[post[1]] in p.lex.surnames:
                out.append(Clause(lead.start(1), lead.end(1), "general",
                                  (Mention(lead.start(1), lead.end(1), UnitKind.position, "supervisor", -1),)))
    if not is_heading:
        # …。 市水利局:掌握、发布汛情…。 市农业局:负责…: a duty list run into one line, one unit heading each entry
        taken = {(x.start, x.end) for c in out for x in c.mentions if x.role != "co"}
        out += [c for c in _inner_duty_heads(p, norm, head) if not any((x.start, x.end) in taken for x in c.mentions)]
        # …工作。 2.4市、县(市、区)人民政府的职责 贯彻落实…: a numbered duty heading run into the line
        for mi in _INNER_DUTY_HEADING.finditer(norm):
            if (run := p.strict_units(mi.start(1), mi.end(1), "responsible")) and not any(
                    (x.start, x.end) in taken for x in run):
                out.append(Clause(mi.start(1), mi.end(1), "heading", tuple(run)))
    # 月调度会议由县长主持: a standing meeting's chair, beside whatever else the line gives
    taken = {(x.start, x.end) for c in out for x in c.mentions}
    out += [c for c in _meeting_chairs(p, norm) if not any((x.start, x.end) in taken for x in c.mentions)]
    return [_lead_over_responsible(norm, c) for c in _marked_leads(norm, out, lex)]


_DECLARED_LEAD = re.compile(r"为[^,;。]{0,20}?(?:牵头|主责|主办)(?:单位|部门)")


def _lead_over_responsible(norm: str, c: Clause) -> Clause:
    """A unit a clause names as responsible and declares the lead in the same sentence is the lead (市民政局负责…
    日常工作,为…联席会议牵头单位: the declaration says what its 负责 makes it; not 省安监局:负责…,牵头组织…: two duties)."""
    leads = {(x.start, x.end) for x in c.mentions if x.role == "lead"
             and _DECLARED_LEAD.search(norm, x.end, end if (end := norm.find("。", x.end)) >= 0 else len(norm))}
    if not leads or not any(x.role == "responsible" and (x.start, x.end) in leads for x in c.mentions):
        return c
    return replace(c, mentions=tuple(x for x in c.mentions if not (x.role == "responsible" and (x.start, x.end) in leads)))


def _marked_leads(norm: str, out: list[Clause], lex: Lexicon) -> list[Clause]:
    """(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。): in a list where some units carry a star, the starred units
    lead and the others help."""
    stars = "".join(ch for ch in lex.lead_marks if ch != "*")  # (an asterisk is as often a footnote's)

    def starred(x: Mention) -> bool:
        return x.start > 0 and norm[x.start - 1] in stars

    done: list[Clause] = []
    for c in out:
        units = [x for x in c.mentions if x.role not in TEAM_ROLES and x.role != Role.supervisor]  # (those a task gives work)
        if c.form in ("bracket", "label_line") and any(starred(x) for x in units) and not all(starred(x) for x in units) \
                and all(x.role == "responsible" for x in units if not starred(x)):  # (not 牵头单位:★A、B: a label's own)
            c = replace(c, mentions=tuple(replace(x, role="lead" if starred(x) else "co") if x in units else x
                                          for x in c.mentions))
        done.append(c)
    return done


@lru_cache(maxsize=4)
def _leader_opens_re(lex: Lexicon) -> re.Pattern[str]:
    """A leader opening a sentence with what they do (代省长杜家毫领导…); role words are the general reader's."""
    markers = set(lex.lead + lex.co + lex.responsible)
    return re.compile(rf"(?:^|(?<=[,;。]))\s*([\u4e00-\u9fff、]{{4,16}}?)(?:{_alt([w for w in lex.leader_work if w not in markers])})")


# where an entry of a duty list run into a line may start: after a full stop (a copy's half-width one after a word
# too), a semicolon or a page note, with the entry's own number ((2)县气象局:…)
_INNER_ENTRY = re.compile(r"(?:^|[。;\]】]|(?<=[\u4e00-\u9fff)])\.(?=\s))\s*(?:\(\d{1,2}\)|\d{1,2}[、.](?!\d))?\s*")


def _inner_duty_heads(p: _Parser, norm: str, head: Clause | None) -> list[Clause]:
    """Units heading entries of a duty list inside a line, after a full stop (or a copy's [接上页]) and
    before a colon; at least two such entries make the line a list."""
    out = [c for m in _INNER_ENTRY.finditer(norm)
           if not (head is not None and m.end() <= head.start) and (c := _head_at(p, norm, m.end())) is not None]
    return out if len(out) + (head is not None) >= 2 else []


@lru_cache(maxsize=4)
def _as_label_re(lex: Lexicon) -> re.Pattern[str]:
    labels = _alt([*lex.lead_labels, *lex.co_labels, *lex.unit_labels])
    # (综合执法局作为园区管理工作牵头部门; 市经委作为全市域外招商牵头责任部门: after words of the work that do not end
    # with 工作, only a label naming a body that closes its clause, not 参与 or 配合: 动员…指导员为广大儿童青少年参与…,
    # 县人社局为各项目承办单位提供用工服务)
    bodies = _alt([w for w in (*lex.lead_labels, *lex.co_labels, *lex.unit_labels) if w.endswith(("单位", "部门"))])
    return re.compile(rf"(?:^|(?<=[,;。:]))\s*([^,;。:“”]{{2,30}}?)(?:作为|是|为)(?:(?:本项工作|此项工作|改革|工作|本次|该项|"
                      rf"(?:本次|本项|此项|该项)?(?:(?!单位)[\u4e00-\u9fff]){{1,10}}?(?:工作|活动|行动))?的?({labels})"
                      rf"|(?![各每])(?:(?!单位)[\u4e00-\u9fff]){{1,10}}?的?({bodies})(?=[,;。]|$))")


@lru_cache(maxsize=4)
def _then_label_re(lex: Lexicon) -> re.Pattern[str]:
    labels = _alt([*lex.lead_labels, *lex.co_labels])
    return re.compile(rf"(?<=,)\s*(?:并|同时|也)?(?:作为|是|为)[^,;。:“”]{{0,14}}?的?({labels})(?=[,;。]|$)")


def _as_label_clauses(p: _Parser, norm: str) -> list[Clause]:
    """财政部门作为改革牵头单位, 县教育局是此项工作的牵头单位: the units take the label's role; after a comma
    the sentence's subject does (市民政局负责联席会议的日常工作,为社会救助联席会议牵头单位)."""
    out = []
    for m in _as_label_re(p.lex).finditer(norm):
        role = p.lex.role_of_label(m.group(2) or m.group(3))
        role = role if role in ("lead", "co") else "responsible"
        if (run := p.strict_units(m.start(1), m.end(1), role)) is not None:
            out.append(Clause(m.start(1), m.end(), "sentence", tuple(run)))
    for m in _then_label_re(p.lex).finditer(norm):
        start = max([0, *(x.end() for x in re.finditer(r"[。;]", norm[: m.start()]))])
        start += len(norm[start:]) - len(norm[start:].lstrip(" ")) + (mk.end() if (mk := _LINE_MARKER.match(
            norm[start:])) else 0)
        verb = next(iter(p.markers(start, m.start())), None)
        if verb is not None and (label := p.lex.role_of_label(m.group(1))) != "free" \
                and (run := p.strict_units(start, verb.start(), label)):
            out.append(Clause(start, m.end(), "sentence", tuple(run)))
    return out


_DUTY_HEADING = re.compile(r"\s*((?:[^,;。:()]|\([^()]{1,8}\)){2,30}?)(?:的?"
                           r"(?:主要|工作|具体)?(?:职责(?:分工|任务)?|(?<=安全|工作)责任"
                           r"|(?:主要)?工作任务|(?:主要)?(?:履行|承担)(?:以下|下列|如下)职责)\s*(?::|$)"  # (八)县经济局主要工作任务:
                           r"|\s*(?:\((?![^()]*(?:牵头|负责|配合|协助|参与))[^()]{1,20}\))?"  # 公安青浦分局(交警支队)
                           r"\s*(?:\((?:共)?[0-9一二三四五六七八九十]+项\))?\s*[。:]?\s*$)")  # (二、县委办公室(5项))


def _field_cut(norm: str, a: int, b: int, lex: Lexicon) -> int:
    """Where the field of work closing ``norm[a:b]`` starts (区委、区政府各部委办局|消防安全 职责), else ``b``."""
    m = _field_tail_re(lex).search(norm[a:b])
    return a + m.start() if m is not None and m.start() >= 2 else b


@lru_cache(maxsize=4)
def _field_tail_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<=[局委办厅处科室站所队会心府院司部社])(?:{_alt(lex.duty_fields)})?(?:安全|工作|管理)$")


_INNER_DUTY_HEADING = re.compile(r"(?<=[。;])\s*\d{1,2}(?:\.\d{1,2})+\s*([^,;。:]{2,30}?)的?(?:主要)?职责(?:\s|:|$)")
_TITLE_HEAD = re.compile(r"\s*([^,;。:()“”]{2,20})。(?=\S{4})")
_DEADLINE_NOTE = re.compile(r"\((?:[^()]{0,12}?(?:年|月|日|季度))[^()]{0,8}?(?:前|底|内|止|完成)?\)$")
_SPACED_WORDS = re.compile(r"[\u4e00-\u9fff]{2}\s+[\u4e00-\u9fff]{2}")  # (加快项目建设 县发改局: cells, no one name)
_SPACE_BETWEEN = re.compile(r"(?<=[\u4e00-\u9fff)]) (?=[\u4e00-\u9fff])")  # one space between two words
_CLAUSE_SEP = re.compile(r"[,、]")
_LIST_END = re.compile(r"(?:等(?:相关|有关)?(?:部门|单位))?\s*")  # what may close a list of units (…、国税局等部门)
_PAGE_NOTE = re.compile(r"[\[【][^\]】]{1,8}[\]】]\s*")
_TEAM_END = re.compile(r"(?:工作组|专班|小组|执法队|执法大队|执法中队|指挥部)$")  # (县联合执法工作组: a team's name)
# the plan's own team or office named by the bare word (领导小组负责…, 办公室负责…), and a manner before 负责
_TEAM_SELF = re.compile(r"(?:工作)?(?:(?:领导小组|领导组|指挥部|工作专班|专班|联席会议)(?:办公室)?|办公室)")
_TEAM_MANNER = re.compile(r"(?:主要|具体)?$")
_PERSON_IN_CHARGE = re.compile(r"[^,;。]{0,20}?的(?:同志|人员|工作人员|干部)")
_WORK_GROUP = re.compile(r"(?![每各本该此])[\u4e00-\u9fff]{2,10}(?:小组|工作组|专班|组)")
_DUTY_HEAD = re.compile(r"\s*((?:[^:,;。()“”]|\([^():,;。]{1,10}\)){2,30}?)(?:的?(?:主要|工作)?职责(?:为|是)?)?:\s*(?=\S{4})")


# a bracket that gives examples or a note (如中科院、清华大学; 详见附件): not the units in charge
_EXAMPLES = re.compile(r"\s*(?:如|例如|比如|含|包括|包含|主要是|即|注|详见|见)")


def _bare_bracket(p: _Parser, norm: str) -> Clause | None:
    """(市发改委、财政局,无锡国税局、地税局) on a line of its own, or closing an item after its full stop
    (…增长12%。(市经信委)): a bracket that holds nothing but units names who carries the item out."""
    body = norm.rstrip()
    if body.endswith(")。"):
        body = body[:-1]  # (各街镇、区规划资源局)。: a full stop after the bracket
    if not body.endswith(")") or "(" not in body:
        return None
    depth, x = 0, -1
    for k in range(len(body) - 1, -1, -1):  # the bracket that the line's last ) closes
        depth += {")": 1, "(": -1}.get(body[k], 0)
        if depth == 0:
            x = k
            break
    if x < 0 or _EXAMPLES.match(body, x + 1):
        return None  # (如中科院、清华大学): examples, not the units in charge
    if norm[:x].strip() and not norm[:x].rstrip().endswith(("。", ";")):
        return None  # 县发改局(粮食局): an alias after a name, not a list of units
    if len(body) - x > 80:
        return None
    run = p.strict_units(x + 1, len(body) - 1, "responsible")
    if not run:  # (市发改委、农委、人保局,…): short forms beside units kg knows by their suffix
        items = short_unit_list(norm, x + 1, len(body) - 1, p.lex)
        if items is None or any(not re.search(r"[局委办厅部院所站队会司处中心区府]$", i.text) for i in items):
            return None
        run = [Mention(i.start, i.end, i.kind, "responsible", k) for k, i in enumerate(items)]
    if any(m.kind in (UnitKind.person, UnitKind.position) for m in run):
        return None
    return Clause(x, len(body), "bare_bracket", tuple(run))


_ITEM_OPENS = re.compile(r"(?:[一二三四五六七八九十]{1,3}、[^。;,\s]{2,16}\s+)?(?:[0-9]{1,2}[、.](?![0-9])|\([0-9一二三四五六七八九十]{1,3}\))")
_ITEM_BRACKET = re.compile(r"\(([^()]{2,80})\)(?=[。;]\s*(?:$|[0-9]{1,2}[、.]|[一二三四五六七八九十]{1,3}、|\([0-9一二三四五六七八九十]{1,3}\)))")


def _item_brackets(p: _Parser, norm: str) -> list[Clause]:
    """1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府)。 2、…(…)。: a bracket of units closing each
    item of a line right before its full stop (items run on one line, or one a line) names who carries it out;
    not a name's other name (县发改局(粮食局)。: the bracket follows a unit)."""
    out = []
    for m in _ITEM_BRACKET.finditer(norm):
        item = sentence_start(norm, m.start(), "。;")
        item += len(norm[item : m.start()]) - len(norm[item : m.start()].lstrip())
        start = sentence_start(norm, m.start(), "。;,")
        if not _ITEM_OPENS.match(norm, item) or not norm[start : m.start()].strip() \
                or any(p.strict_units(k, m.start(), "responsible") for k in range(max(start, m.start() - 16), m.start() - 1)) \
                or _EXAMPLES.match(norm, m.start(1)):
            continue
        run = p.strict_units(m.start(1), m.end(1), "responsible")
        # (学校、医院、养老机构 / 城关镇、城东街道: places or facilities the item is about, not who carries it out)
        if run and not any(x.kind in (UnitKind.person, UnitKind.position) for x in run) and any(
                norm[x.start : x.end].endswith(p.lex.government_endings) for x in run):
            out.append(Clause(m.start(), m.end(), "item_bracket", tuple(run)))
    return out


def _marked_list(p: _Parser, norm: str) -> Clause | None:
    """…做好项目谋划。县发改局(牵头)、县财政局、县审计局。: a list of units closing an item after its full stop (or
    standing alone), one of them marked as lead by a note after it: the marked lead, the others help."""
    body = norm.rstrip().rstrip("。;")
    a = max(body.rfind("。"), body.rfind(";")) + 1
    if a == 0 and (mk := _LINE_MARKER.match(body)) is not None:
        a = mk.end()
    notes = list(p.lead_note.finditer(body, a))
    if len(body) - a > 120 or _label_re(p.lex).match(body, a + len(body[a:]) - len(body[a:].lstrip())):
        return None  # (…。配合单位:各负有监管职责的行业部门: a label's list, the label reader's)
    if not notes:
        # 1.加快项目建设。县发改局、县财政局: an item's units alone after its full stop carry it out (a deadline in a
        # bracket after them aside: 县发改局,县财政局(2024年6月底前))
        if (when := _DEADLINE_NOTE.search(body, a)) is not None:
            body = body[: when.start()].rstrip()
        if not _closing_list_place(p, body, a) or re.search(r"的[^、,]{0,8}为", body[a:]) \
                or re.match(r"\s*(?:成员|组成人员)(?:单位)?(?:包括|为|有)", body[a:]):
            return None  # (建设进度较慢的乡镇为城关镇: a sentence naming who lags; 成员包括…: a team's members)
        run = p.strict_units(a, len(body), "responsible")
        # (no person or post; no long piece of a sentence as a unit)
        if not run or any(m.kind in (UnitKind.person, UnitKind.position) or m.end - m.start > 20 for m in run):
            return None
        return Clause(a, len(body), "marked_list", tuple(run))
    blanked = list(norm)
    for m in notes:
        blanked[m.start() : m.end()] = " " * (m.end() - m.start())
    p.norm = "".join(blanked)
    try:
        run = p.strict_units(a, len(body), "co")
    finally:
        p.norm = norm
    ends = {m.start() for m in notes}
    if not run or any(m.kind in (UnitKind.person, UnitKind.position) for m in run) \
            or not any(x.end in ends for x in run):
        return None
    return Clause(a, len(body), "marked_list", tuple(replace(x, role="lead") if x.end in ends else x for x in run))


def _closing_list_place(p: _Parser, body: str, a: int) -> bool:
    """Whether ``body[a:]`` stands where an item's units close it: after the full stop of a numbered item, short,
    with no role word on the line (those lines are the other readers') but weak ones before it."""
    return 0 < a and body[a - 1] == "。" and _LINE_MARKER.match(body) is not None and len(body) - a <= 60 \
        and all(m.group(0) in p.lex.weak for m in p.markers(0, a)) and not p.markers(a, len(body))


def _duty_head(p: _Parser, norm: str) -> Clause | None:
    """县财政局:保证动物疫情应急处置所需经费…: a line of a duty list opens with the units it is
    about and a colon; they are responsible for what follows (whatever verb it uses)."""
    if (mk := _LINE_MARKER.match(norm)) is not None and (mt := _TITLE_HEAD.match(norm, mk.end())) is not None \
            and (run := p.strict_units(mt.start(1), mt.end(1), "responsible")) \
            and all(x.kind in (UnitKind.department, UnitKind.collective) for x in run) \
            and (any(m.start() == mt.end() for m in p.markers(mt.end(), min(len(norm), mt.end() + 6)))
                 or all(norm[x.start : x.end].endswith(("部门", "机关")) or (norm.startswith(p.lex.prefixes, x.start)
                        and norm[x.start : x.end].endswith(p.lex.organ_suffixes)) for x in run)):
        # (五)财政部门。做好经费保障工作: an entry titled by the bodies it is about (not 1.县第一中学。新建教学楼…)
        # 2.派出所。配合开展…: a numbered entry titled by the units it is about, its body opening with a role word
        return Clause(mt.start(1), mt.end(1), "label_line", tuple(run))
    return _head_at(p, norm, mk.end() if mk else 0)


def _head_at(p: _Parser, norm: str, start: int) -> Clause | None:
    """The units heading a duty entry at ``start`` (县财政局:…), or None."""
    if (m := _DUTY_HEAD.match(norm, start)) is None or p.label_re.match(norm, m.start(1)) \
            or re.match(r"\s*你(?:们|委|局|部|厅|办|省|市|县|区|署|院|会|司|处)", norm[m.end() :]):
        return None  # (卫生计生委: 你委关于…的请示收悉: the body a reply is addressed to)
    run = p.strict_units(m.start(1), m.end(1), "responsible")
    if run and "职责" in norm[m.end(1) : m.end()] and any(x.kind is UnitKind.collective for x in run):
        return None  # (六)县直各部门职责:县财政局负责…: it introduces each one's duties and names no one
    if not run and _WORK_GROUP.fullmatch(norm, m.start(1), m.end(1)) \
            and any(x.start() == m.end() for x in p.markers(m.end(), min(len(norm), m.end() + 8))):
        # 2.督查小组:负责建立考核机制 / 综合协调组:负责…: a work group of the plan's team, heading its duties
        run = [Mention(m.start(1), m.end(1), UnitKind.department, "responsible", 0)]
    if run and _project_part(p.lex).search(norm, m.start(1), m.end(1)):
        return None  # 县污水处理厂(二期):2024年底前建成投运: a project and its phase, not a body (城管中心(水务): its field)
    if not run or any(x.kind is UnitKind.person or (x.kind is UnitKind.position and not _post_with_duties(
            p, norm, x, m.end())) for x in run):
        return None  # 组长:…, 联系人:… are a roster's and a contact's, not a duty list's
    return Clause(m.start(1), m.end(1), "label_line", tuple(run))


def _post_with_duties(p: _Parser, norm: str, x: Mention, body: int) -> bool:
    """行政村协管员:负责研究部署…: a post of some body (not a bare title such as 组长 or 联系人) heading a
    duty that a role word gives."""
    post = norm[x.start : x.end]
    suffix = p.lex.position_suffix_re.search(post)
    return (suffix is not None and suffix.start() >= 2 and not post.startswith(("分管", "主管"))
            and bool(p.markers(body, len(norm))))
