"""Document structure: lines, document header, heading tree, annexes, action list, tables.

Headings are recognised by their markers (附件N / 一、 / (一) / 1. or 1、 / (1)); the kind
follows the marker and the parent is the nearest earlier heading of a higher level in
the same annex (or the main body).  A numbered list that belongs to the attachment
list after ``附件:`` is not a heading.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from .lexicon import Lexicon, load_lexicon
from .records import HEADING_LEVEL, Action, Heading, HeadingKind, SourceSpan, UnitKind
from .tables import TaskTable, find_task_tables
from .units import split_units

__all__ = ["Line", "Structure", "page_chrome_lines", "parse_structure", "split_lines"]

CN_NUM = "一二三四五六七八九十百零〇两"
_ANNEX = re.compile(r"^\s*附(?:[件表]\s*([0-9]+|[一二三四五六七八九十]+|)\s*[:.、]?|\s*:)\s*\|?\s*$")  # (附件1 |: a table's first cell)
#: 附件: 2023年小麦种植任务分解表 | |||: an annex whose title was pasted as its table's first row
_ANNEX_TABLE_TITLE = re.compile(r"^\s*附[件表]\s*([0-9]*)\s*:\s*([^|]{2,60}?)\s*\|[\s|]*$")
#: 1.地区生产总值增长5%以上。: a numbered item written in a table's text cell stays a task of the outline
_NUMBERED_CELL = re.compile(rf"^\s*(?:\d{{1,3}}[.、](?![0-9])|\(\s*[0-9{CN_NUM}]{{1,3}}\s*\))\s*\S?")
_ANNEX_WITH_TITLE = re.compile(r"^\s*附件\s*([0-9]+)\s*[:.、 ]\s*(\S.{1,40})$")
_SUB_ITEM = re.compile(r"^\s*([0-9]{1,3}-[0-9]{1,2})\s*[.、]")
_ATTACH_LIST = re.compile(r"^\s*附[件表]\s*[:]\s*(\S.*)$")  # (附表:1.任务分工表 / 2.…: the tables attached)
_TABLE_OPENING = re.compile(r"\s*序\s*号\s*")  # the first header cell of a table
_SECTION = re.compile(rf"^\s*([{CN_NUM}]+)\s*[、.]")
_SUBSECTION = re.compile(rf"^\s*\(\s*([{CN_NUM}]+)\s*\)")
# 1.9月30日前 / 1.6月底前 / 1.12月份: an item's date right after its number, not a decimal (not 2.2019年…, an
# attachment's title as often as an item)
_DATE_AFTER = r"(?:(?:[1-9]|1[0-2])月(?:[0-9]{1,2}日|份|底|末|上旬|中旬|下旬|前|,|至))"
_TASK = re.compile(r"^\s*([0-9]{1,3})\s*(?:[、]|\.(?![0-9])|\.(?=" + _DATE_AFTER + r")|。(?=[\u4e00-\u9fff]))")
# (1。推动…: a mirror's full stop; 1.9月30日前,…: the item's date right after its number)
# a part of a decimal outline number (not 12.03 吉林永吉…督导检查: a date, month and zero-padded day, before a news
# item's title)
_PART = r"\.(?!0[0-9])[0-9]{1,2}"
_DECIMAL = re.compile(rf"^\s*([0-9]{{1,2}}(?:{_PART}){{1,3}})\s+(?=[\u4e00-\u9fff])")  # 2.1.1 国家粮食应急工作指挥部职责
# 3.1预防。 / 2.2职责任务。: a short title glued to its number (a quantity such as 2.5万亩 is no title)
_DECIMAL_TITLE = re.compile(rf"^\s*([0-9]{{1,2}}(?:{_PART}){{1,3}})(?=[\u4e00-\u9fff](?:[^,;。:]{{0,14}}。|[^,;。:]{{0,24}}$))"
                            r"(?![万亿千百元个倍米吨亩人家座项次件台户年月日天公平级]|小时)")
_BARE_CHAPTER = re.compile(r"^\s*([0-9]{1,2})\s*(?=[\u4e00-\u9fff][^,;。:,]{1,20}$)"
                           r"(?![万亿千百元个倍米吨亩人家座项次件台户年月日天公平名])")  # 2 组织指挥体系与职责
# 2.2.1事故发生,即…: a number of three levels or more is a marker whatever follows it (no quantity is written so)
_DECIMAL_DEEP = re.compile(rf"^\s*([0-9]{{1,2}}(?:{_PART}){{2,3}})(?=[\u4e00-\u9fff])"
                           r"(?![万亿千百元个倍米吨亩人家座项次件台户年月日天公平名])")  # (4.1.5亿元: item 4, 1.5亿元)
_ATTACH_NO = re.compile(r"^\s*([0-9]{1,2})[.、](?=\S)")  # 2.2018年民生十件实事任务分解表: an attachment's number
_SUBTASK = re.compile(r"^\s*(?:\(\s*([0-9]{1,3})\s*\)|([0-9]{1,3})\)(?![0-9]))")
_CIRCLED = re.compile(r"^\s*([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")
_PAREN_DIGIT = re.compile(r"^\s*([\u2474-\u2487])")  # ⑴ … ⒇: a (1) written as one character
_DIGIT_STOP = re.compile(r"^\s*([\u2488-\u249b])")  # ⒈ … ⒛: a 1. written as one character
_CHAPTER = re.compile(rf"^\s*第([{CN_NUM}0-9]+)(?:部分|章|篇)\s*")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[(【](?:19|20)\d{2}[〕\])】]\s*\d{1,4}\s*号")
_DATE = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
_ISSUER = re.compile(r"^\s*\S{2,30}(?:人民政府(?:办公室|办公厅)?|委员会(?:办公室)?|办公室|办公厅|局|厅|委)(?:文件)?\s*$")
_TITLE_HINT = re.compile(r"(关于|印发|方案|通知|意见|办法|计划|规划|分工|分解|要点|清单)")
_LOCALITY = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:自治州|自治县|市|县|区|州|省|旗))(?:人民政府|委员会|政府)")
_TITLE_SENT = re.compile(r"[。;!?]")


@dataclass(frozen=True, slots=True)
class Line:
    """One line (paragraph) of the document: number, offsets and both text forms."""

    number: int
    start: int
    text: str
    norm: str
    # a line read without the reading aids a mirror put in (臺城鎮(zhèn)政府 -> 臺城鎮政府): the line as
    # written, and for each character of ``text`` its offset there
    raw: str | None = None
    origin: tuple[int, ...] | None = None
    # the line of the file this one is part of, when a file line holds several (``A<br>B``); 0: ``number``
    source: int = 0
    # a paragraph a PDF copy wrapped over several file lines, read as one: where in ``text`` each file line
    # after the first (``source``) begins
    breaks: tuple[int, ...] = ()
    # a part of its file line that runs on after a sentence there (…工作. (2)县气象局:负责…): no heading starts it
    inside: bool = False

    def span(self, a: int = 0, b: int | None = None) -> SourceSpan:
        """Source span of ``text[a:b]`` on this line (offsets and quote as written in the document)."""
        b = len(self.text) if b is None else b
        line = (self.source or self.number) + bisect_right(self.breaks, a)
        if self.origin is None or self.raw is None:
            return SourceSpan(line, self.start + a, self.start + b, self.text[a:b])
        x = self.origin[a] if a < len(self.origin) else len(self.raw)
        y = self.origin[b - 1] + 1 if b > a else x
        return SourceSpan(line, self.start + x, self.start + y, self.raw[x:y])

    def quote(self, a: int, b: int) -> str:
        """``text[a:b]`` as the document writes it (with the reading aids it carries)."""
        return self.span(a, b).quote


@dataclass(frozen=True, slots=True)
class Structure:
    headings: tuple[Heading, ...]
    kinds: dict[int, str]  # line -> kind for every line that has one (headings, titles, tables...)
    parent_of_line: dict[int, int | None]  # nearest enclosing heading of every line
    annex_titles: dict[int, SourceSpan]
    actions: tuple[Action, ...]
    number: SourceSpan | None
    issuer: SourceSpan | None
    date: str | None
    date_span: SourceSpan | None
    title: str | None
    title_span: SourceSpan | None
    locality: str | None
    table_lines: frozenset[int]
    task_tables: tuple[TaskTable, ...] = ()
    chrome_lines: frozenset[int] = frozenset()  # the web page's own labels around a copied plan


_NOTE_CLOSE = re.compile(r"[)）]")


def _pinyin_notes(text: str, norm: str, end: int | None = None) -> list[tuple[int, int]]:
    """Where a mirror wrote pinyin after a character (鎮(zhèn), 負(fù)責(zé)): the notes the normal form
    blanked (:func:`extract.read.normalise`), which open with a bracket in the text."""
    out = []
    for m in re.finditer(r" +", norm[:end]):
        if text[m.start()] in "(（" and (close := _NOTE_CLOSE.search(text, m.start(), m.end())):
            out.append((m.start(), close.end()))  # the note only, not a space written after it
    return out


def page_chrome_lines(lines: list[Line], lex: Lexicon) -> frozenset[int]:
    """Lines of the web page around a copied plan: short lines that open with one of the page's own
    labels (主办单位:… / 承办单位:… / 技术支持:…), two or more of them within three lines."""
    if not lex.page_chrome:
        return frozenset()
    first = next((ln.number for ln in lines if _heading_marker(ln.norm) is not None), len(lines) + 1)
    marked = [ln.number for ln in lines
              if len(ln.norm.strip()) <= 40 and ln.norm.strip().startswith(lex.page_chrome)]
    # before the plan's first heading, or with a label no plan uses (技术支持, 网站标识码, ICP备…)
    site = {ln.number for ln in lines if ln.number in marked and not ln.norm.strip().startswith(lex.labels)}
    return frozenset(n for n in marked if any(0 < abs(n - m) <= 3 for m in marked) and (n < first or site))


# a line break written as markup in a text file (a page's paragraphs stored on one line)
_BREAK_TAG = re.compile(r"<br\s*/?>|</?p(?:\s[^<>]{0,200})?>", re.IGNORECASE)


# an entry of a duty list run into a line after the end of a sentence: (2)县气象局:
_RUN_ON_ENTRY = re.compile(r"(?:[。;\]】]|(?<=[\u4e00-\u9fff)])\.)\s*(\(([0-9一二三四五六七八九十]{1,3})\)"
                           r"[\u4e00-\u9fff()、]{2,30}?(?::|。(?=\S)))")


# a numbered marker after a space, where a line break was before a copy joined the lines (一、 ㈠ (一) 1. (1))
_COLLAPSED_BREAK = re.compile(r"(?<=\S)[ \u3000]+(?=(?:[一二三四五六七八九十]{1,3}、|[\u3220-\u3229]|\([一二三四五六七八九十]{1,3}\)"
                              r"|\d{1,2}[.、](?!\d)|\(\d{1,2}\))\s*[\u4e00-\u9fff])")


def _collapsed_breaks(norm: str) -> list[int]:
    """Where the lines of a document a copy joined into one long line start again: at numbered markers after a
    space, five or more of them with text between."""
    found = [m.end() for m in _COLLAPSED_BREAK.finditer(norm)]
    return found if len(found) >= 5 else []


def _run_on_entries(norm: str) -> list[int]:
    """Where the entries of a duty list run into a line start ((1)县生态环境局:…, (二)公安部门。…): two or more,
    or the first one."""
    found = [(m.start(1), m.group(2)) for m in _RUN_ON_ENTRY.finditer(norm)]
    if len(found) >= 2 or (found and found[0][1] in ("1", "一")):
        return [k for k, _ in found]
    return []


def _breaks_in_cells(t: str, breaks: list[re.Match[str]]) -> set[int]:
    """The breaks (by index) that fall inside a table row's cell (2|建设农贸市场|县商务局<br>县市场监管局|各乡镇): the
    row before it holds bars and does not end with one, and what follows does not open a row of its own (a bar, a
    row number and a bar, a whole row's bars) but goes on with the row's cells (or ends the line: a unit or two)."""
    bounds = [0, *(x for m in breaks for x in (m.start(), m.end())), len(t)]
    pieces = [t[bounds[2 * k] : bounds[2 * k + 1]] for k in range(len(breaks) + 1)]
    row = max(p.count("|") for p in pieces)
    out: set[int] = set()
    held = pieces[0].count("|")  # bars of the row being read
    for k in range(len(breaks)):
        nxt = pieces[k + 1]
        opens = nxt.lstrip().startswith("|") or re.match(r"\s*\d{1,3}\s*\|", nxt) or nxt.count("|") >= row
        goes_on = nxt.count("|") or (k + 1 == len(breaks) and len(nxt.strip()) <= 20 and _heading_marker(nxt) is None)
        if held and not pieces[k].rstrip().endswith("|") and not opens and goes_on:
            out.add(k)
            held += nxt.count("|")
        else:
            held = nxt.count("|")
    return out


def split_lines(text: str, norm: str) -> list[Line]:
    """The document's lines. A file line that holds ``<br>`` tags is read as one line per part, each
    keeping its file line (``Line.source``) and offsets, so provenance points into the file as written."""
    aided = len(_pinyin_notes(text, norm, 20000)) >= 3  # read without them, quoted with them
    out: list[Line] = []
    pos = 0
    for i, (t, n) in enumerate(zip(text.split("\n"), norm.split("\n"), strict=True), start=1):
        at = 0
        parts = []
        if "<" in t:
            breaks = list(_BREAK_TAG.finditer(t))
            in_cells = _breaks_in_cells(t, breaks)
            for k, m in enumerate(breaks):
                if k in in_cells:
                    # a table row pasted with its cells' breaks (|县财政局<br>县发改局|): one row, the break a space
                    n = n[: m.start()] + " " * (m.end() - m.start()) + n[m.end() :]
                else:
                    parts.append((at, m.start()))
                    at = m.end()
        elif len(n) >= 300 and "|" not in n and (collapsed := _collapsed_breaks(n)):
            for k in collapsed:  # 乡镇汛期防洪工作预案 一、组织机构 … ㈠指挥部组成人员: 1.指挥长:… 2.常务副指挥长:…: a
                parts.append((at, k))  # document whose line breaks a copy turned into spaces, read a piece a line
                at = k
        elif "(" in n and (entries := _run_on_entries(n)):
            for k in entries:  # …做好应对工作. (1)县生态环境局:承担… (2)县气象局:负责…: a duty list run into the line
                parts.append((at, k))
                at = k
        if parts:
            inside = "<" not in t
            parts.append((at, len(t)))
            for a, b in parts:
                number = len(out) + 1
                ln = _without_pinyin(number, pos + a, t[a:b], n[a:b]) if aided else Line(number, pos + a, t[a:b], n[a:b])
                out.append(replace(ln, source=i, inside=inside and a > 0))
        else:
            number = len(out) + 1
            ln = _without_pinyin(number, pos, t, n) if aided else Line(number, pos, t, n)
            out.append(ln if number == i else replace(ln, source=i))  # (after a line read as several)
        pos += len(t) + 1
    return out if aided or any(ln.source for ln in out) else _unwrapped(out, text)


_INNER_SPACE = re.compile(r"\S[\s|]+\S")
#: where a paragraph ends (a line ending so is never joined to the next)
_PARAGRAPH_END = re.compile(r"[。:;!?)”」』》]\s*$")


_SHORT_NOTE_END = re.compile(r"[\u4e00-\u9fff]\([\u4e00-\u9fff、]{1,4}\)\s*$")  # 各县(市) / 、区人民政府: a name's note


def _spaced(s: str) -> bool:
    """True if ``s`` holds spaces inside its text, not only in a label padded before its colon (成    员:A、B、…)."""
    s = s.strip()
    if (label := _PADDED_LABEL.match(s)) is not None:
        s = s[label.end() :]
    return _INNER_SPACE.search(s) is not None


_PADDED_LABEL = re.compile(r"[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,5}\s*:")


def _open_bracket(s: str) -> bool:
    """True if a bracket opened in ``s`` is not closed in it ([牵头单位:区卫健局;责任单位: wraps inside its bracket)."""
    return s.count("(") + s.count("[") + s.count("〔") > s.count(")") + s.count("]") + s.count("〕")


@functools.cache
def _label_opens() -> re.Pattern[str]:
    """A line opening with a label of units or a roster's (牵头单位:县住建局, 成员:A、B), not 头单位:… (a label's
    end wrapped onto the line)."""
    lex = load_lexicon()
    return re.compile(rf"\s*(?:{lex.label_pattern}|{lex.roster_label_pattern})\s*:")


#: a row's number alone on its line (a table copied one cell per line): no paragraph's wrapped tail
_ROW_NUMBER_ALONE = re.compile(r"\s*[0-9]{1,3}\s*")


def _unwrapped(lines: list[Line], text: str) -> list[Line]:
    """The lines of a text copied from a PDF that wrapped its paragraphs at a fixed width (委员会主任由区分 /
    管副区长担任,区教育主管部门、区委办、…): a line of about that width that ends no sentence runs on into the
    next one, unless that one opens a heading; each paragraph is one line, its spans on the file's lines."""
    # (prose only: a line holding spaces inside is a roster's or a table's, whose lines are short by nature)
    prose = [ln.norm.strip() for ln in lines if ln.norm.strip() and not _INNER_SPACE.search(ln.norm)]
    sizes = [len(x) for x in prose]
    common = [(n, w) for w, n in collections.Counter(x for x in sizes if x >= 15).items()]
    if not common:
        return lines
    width = max(common)[1]
    full = [x for x in sizes if width - 3 <= x <= width + 3]
    if width < 20 or len(full) < 8 or len(full) < 0.4 * sum(1 for x in sizes if x >= 10):
        # a short copy, or one with many short lines (a roster, a list of items): wrapped when its longest lines are
        # all of one width, 30 characters or more (no paragraph runs past it), and break off inside sentences, which
        # unwrapped text's lines of every length never do together (a list of duties one a line, 26 or 27
        # characters each and no full stop, is no wrapped text)
        width = max(sizes)
        cap = [x for x in prose if width - 2 <= len(x) <= width]
        cut = [x for x in cap if not _PARAGRAPH_END.search(x)]
        if width < 30 or len(cut) < 3 or len(cap) < 0.6 * sum(1 for x in sizes if x >= 0.9 * width):
            return lines
    # (a heading or a label line is never wrapped into the next: 1.推进… / 牵头单位:县住建局, 成员:A、B / 指挥部下设…)
    # (a numbered item's first line runs on when it holds prose, or a list of units the full width: 1.加大简政放权力度。
    # 坚持依法放权、宜放则放的原则,承…, 2.市发改委、经贸委、…、环保 / 局、规划局…; not a heading whose title names
    # a few things, shorter than the width: (一)推进农村厕所、污水、垃圾治理和村容村貌整体提升工作; a
    # colon inside a line's prose, (牵头单位:州行政审 / 批服务局;…), is no label line's)
    def runs_on(ln: Line, nxt: Line) -> bool:
        return width - 3 <= len(ln.norm.strip()) <= width + 3 and not (
            _PARAGRAPH_END.search(ln.norm) and not (ln.norm.rstrip().endswith(":") and _open_bracket(ln.norm))
            and not _SHORT_NOTE_END.search(ln.norm)) \
            and nxt.norm.strip() != "" and _heading_marker(nxt.norm) is None and nxt.norm[:1].strip() != "" \
            and not _spaced(ln.norm) and not _INNER_SPACE.search(nxt.norm) \
            and ((marker := _heading_marker(ln.norm)) is None or bool(re.search(r"[,。;]", ln.norm))
                 or (ln.norm.count("、", marker[2]) >= 2 and abs(len(ln.norm.strip()) - width) <= 1)) \
            and not _label_opens().match(nxt.norm) and not _ROW_NUMBER_ALONE.fullmatch(nxt.norm)

    out: list[Line] = []
    k = 0
    while k < len(lines):
        group = [lines[k]]
        while k + 1 < len(lines) and runs_on(lines[k], lines[k + 1]):
            k += 1
            group.append(lines[k])
        k += 1
        number = len(out) + 1
        first = group[0]
        if len(group) == 1:
            out.append(replace(first, number=number, source=first.source or first.number))
            continue
        breaks: list[int] = []
        origin: list[int] = []
        at = 0
        for g in group:
            if g is not first:
                breaks.append(at)
            origin += range(g.start - first.start, g.start - first.start + len(g.text))
            at += len(g.text)
        last = group[-1]
        out.append(Line(number, first.start, "".join(g.text for g in group), "".join(g.norm for g in group),
                        text[first.start : last.start + len(last.text)], tuple(origin), first.number, tuple(breaks)))
    return out


def _without_pinyin(number: int, pos: int, text: str, norm: str) -> Line:
    cuts = _pinyin_notes(text, norm)
    if not cuts:
        return Line(number, pos, text, norm)
    keep: list[int] = []
    at = 0
    for a, b in cuts:
        keep += range(at, a)
        at = b
    keep += range(at, len(norm))
    return Line(number, pos, "".join(text[k] for k in keep), "".join(norm[k] for k in keep), text, tuple(keep))


def _heading_marker(norm: str) -> tuple[HeadingKind, str, int] | None:
    """(kind, number, end of marker) if the line opens with a heading marker."""
    # ???(一)第一检查督导组: characters the copy could not encode, stored as ?, before the marker
    norm = re.sub(r"^(\s*)(\?+)(?=\s*[(\[一二三四五六七八九十0-9])", lambda m: m.group(1) + " " * len(m.group(2)), norm)
    if m := _ANNEX.match(norm):
        return HeadingKind.annex, m.group(1) or "", m.end()
    if m := _SUBTASK.match(norm):
        return HeadingKind.subtask, m.group(1) or m.group(2), m.end()
    if m := _SUBSECTION.match(norm):
        return HeadingKind.subsection, m.group(1), m.end()
    if m := _SECTION.match(norm):
        rest = norm[m.end() :]
        # "一、二、三产业融合" is an enumeration, not a heading
        if re.match(rf"[{CN_NUM}]+[、]", rest):
            return None
        return HeadingKind.section, m.group(1), m.end()
    if m := _CHAPTER.match(norm):
        # 第二章 各级责任: a chapter of rules, above the outline's levels (its gold a paragraph); 第一部分 县发改局: a part
        # holding one body's tasks is the section naming it
        return (HeadingKind.section, m.group(1), m.end()) if _bodies(norm[m.end() :].strip()) else None
    if m := _TASK.match(norm):
        rest = norm[m.end() :]
        if not rest.strip() or (re.match(r"\s*[0-9%]", rest) and not re.match(_DATE_AFTER, rest)
                                and not (norm[m.end() - 1] == "、" and re.match(r"\s*(?:19|20)\d{2}\s*年", rest))):
            return None  # (2、2010年底前全面完成…: an item opening with its year)
        if m.group(1).isdigit() and re.match(rf"[^;。,]{{1,10}};\s*{int(m.group(1)) + 1}[、.]", rest):
            return None  # 1、金寨县;2、裕安区;3、…: a list run on one line, no heading
        return HeadingKind.task, m.group(1), m.end()
    if m := _DECIMAL.match(norm) or _DECIMAL_TITLE.match(norm) or _DECIMAL_DEEP.match(norm):
        return HeadingKind.task, m.group(1), m.end()
    if m := _CIRCLED.match(norm):
        return HeadingKind.subtask, str("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(m.group(1)) + 1), m.end()
    if (m := _PAREN_DIGIT.match(norm)) and norm[m.end() :].strip():
        return HeadingKind.subtask, str(ord(m.group(1)) - 0x2473), m.end()
    if (m := _DIGIT_STOP.match(norm)) and norm[m.end() :].strip():
        return HeadingKind.task, str(ord(m.group(1)) - 0x2487), m.end()
    return None


def _bodies(text: str) -> bool:
    """Whether ``text`` is nothing but bodies of a level of government named with it (县发改局, 县财政局、县税务局;
    not 应急组织机构, 各级政府: a chapter's topic)."""
    lex = load_lexicon()
    items, rejected = split_units(text, lex=lex) if text else ([], [])
    return bool(items) and not rejected and all(
        it.kind is not UnitKind.collective and it.text.startswith(lex.prefixes) for it in items)


def _title_of(norm: str, text: str, marker_end: int) -> str:
    """Short title: the text after the marker up to the first sentence end ("1.绿色化工。...")."""
    rest = text[marker_end:]
    nrest = norm[marker_end:]
    m = _TITLE_SENT.search(nrest)
    if m:
        return rest[: m.start()].strip()
    return rest.strip() if len(rest) <= 60 else ""


#: a bare 附件: label, and the role words that make its numbered lines an annex's tasks rather than attachments
_BARE_ATTACH = re.compile(r"\s*附件\s*:\s*")
_DUTY_WORDS = re.compile(r"[。;,]|负责|牵头|配合")


def _table_lines(lines: list[Line], lex: Lexicon) -> set[int]:
    """Lines that are cells of a table (flattened ``cell |`` lines or ``a | b |`` rows)."""
    out: set[int] = set()
    tabbed: dict[int, int] = {}  # rows of three cells or more parted by tabs (number of cells by line)
    for ln in lines:
        s = ln.norm.strip()
        if s.endswith("|") or s.startswith("|") or s.count(" | ") >= 1:
            out.add(ln.number)
        if "\t" in s and len(cells := [c for c in s.split("\t") if c.strip()]) >= 3 \
                and _heading_marker(s) is None and not cells[0].rstrip().endswith(":"):
            tabbed[ln.number] = len(cells)  # (not 1.\t县交通局负责…: a list's number and a tab; not 组长:\t张三)
        elif "  " in s and len(cells := [c for c in re.split(r"\s{2,}", s) if c.strip()]) >= 3 \
                and all(len(c.strip()) >= 2 or c.strip().isdigit() or not c.strip().isalpha() or c.strip() in lex.measures
                        for c in cells) \
                and _heading_marker(s) is None and not any(c.rstrip().endswith(":") for c in cells):
            tabbed[ln.number] = len(cells)  # 序号  指标名称  单位  2025年目标  责任单位: cells parted by runs of spaces
    # a run of two rows or more with as many cells each
    out.update(n for n, k in tabbed.items() if tabbed.get(n - 1) == k or tabbed.get(n + 1) == k)
    return out


def _heading_row(norm: str) -> int | None:
    """End of the marker of a section or subsection heading (a heading row inside a table)."""
    m = _heading_marker(norm)
    return m[2] if m and m[0] in (HeadingKind.section, HeadingKind.subsection) else None


_CONTENTS = re.compile(r"\s*(?:目\s*录|提\s*纲)(?:\s*/\s*(?:目\s*录|提\s*纲))?\s*[::]?\s*[….·]*\s*$")


def parse_structure(lines: list[Line]) -> Structure:
    """Find the document header, headings, annex/action lists and tables."""
    lex = load_lexicon()
    task_tables = find_task_tables([(ln.number, ln.norm) for ln in lines], _heading_row, lex)
    table, numbered = _cell_lines(lines, task_tables, lex)
    nonempty = [ln for ln in lines if ln.norm.strip()]
    outliner = _Outliner(table, {a.number: b for a, b in itertools.pairwise(nonempty)},
                         {b.number: a for a, b in itertools.pairwise(nonempty)})
    for ln in nonempty:
        outliner.read(ln)
    outliner.drop_contents_list(nonempty)
    return Structure(
        headings=tuple(outliner.headings),
        kinds=outliner.kinds,
        parent_of_line=outliner.parent_of_line,
        annex_titles=outliner.annex_titles,
        actions=_actions(outliner.attachments, outliner.headings, outliner.annex_titles),
        table_lines=frozenset(table | numbered),
        task_tables=tuple(task_tables),
        chrome_lines=page_chrome_lines(lines, lex),
        **_header(lines, outliner.headings),
    )


def _cell_lines(lines: list[Line], task_tables: list[TaskTable], lex: Lexicon) -> tuple[set[int], set[int]]:
    """(lines that are table cells and no heading, numbered task cells that stay headings of the outline)."""
    heading_rows = {n for t in task_tables for n, _ in t.heading_rows}
    numbered = {c.line for t in task_tables for r in t.rows for k, c in r.cells
                if k in ("task", "target", "note") and c.start == 0 and _NUMBERED_CELL.match(lines[c.line - 1].norm)}
    # 一、做好财政信息公开。 | 1.… | 财务科 |: a heading row that is a row too stays a heading
    numbered |= heading_rows & {c.line for t in task_tables for r in t.rows for _, c in r.cells}
    annexes = {ln.number for ln in lines if _ANNEX.match(ln.norm)}  # 附件1 |: the annex, not a cell of its table
    # 一、创新驱动 | ||||: a group's row of a table of targets, a heading of the rows under it
    groups = {ln.number for ln in lines if "|" in ln.norm and _heading_row(ln.norm) is not None
              and len([c for c in ln.norm.split("|") if c.strip()]) == 1}
    table = (_table_lines(lines, lex) - heading_rows - groups).union(*(t.cell_lines for t in task_tables)) - numbered - annexes
    return table, numbered


#: an article of a set of rules (第四条 操作规则, 第十二条（职责分工）), or a chapter (第二章 组织机构)
_ARTICLE = re.compile(r"\s*第[一二三四五六七八九十百零〇两0-9]{1,4}[条章](?:\s|[(（:：]|$)")


class _Outliner:
    """The outline read line by line: headings by marker under the open ones, annexes and their
    titles, the list of attachments after 附件:, and the kind and parent of every other line."""

    def __init__(self, table: set[int], next_of: dict[int, Line], prev_of: dict[int, Line] | None = None) -> None:
        self.table, self.next_of, self.prev_of = table, next_of, prev_of or {}
        self.headings: list[Heading] = []
        self.kinds: dict[int, str] = {}
        self.parent_of_line: dict[int, int | None] = {}
        self.annex_titles: dict[int, SourceSpan] = {}
        self.attachments: list[tuple[str, str, SourceSpan]] = []
        self.stack: list[Heading] = []
        self.circled: set[int] = set()  # subtasks numbered ①, ②…
        self.current_annex: int | None = None
        self.in_attach_list = False
        self.expect_annex_title = False

    def read(self, ln: Line) -> None:
        for reader in (self._annex_with_title, self._attach_list, self._attach_item, self._annex_title):
            if reader(ln):
                return
        if self.stack and _DATE.match(ln.norm) and (prev := self.prev_of.get(ln.number)) is not None \
                and _ISSUER.match(prev.norm) and self.stack[0].line < prev.number:
            # 国家医保局 / 国家卫生健康委 / 2024年8月23日: the body is signed and dated; what follows (an annex with no
            # 附件 line) is under none of its headings
            self._line(ln, "paragraph")
            self.stack = []
            return
        if self.stack and _ARTICLE.match(ln.norm):
            # 第四条 操作规则及办理手续 / 1.吴泾镇会同…: an article of a set of rules opens a part of its own; the items
            # after it are under none of the headings before it
            self.stack = [h for h in self.stack if h.kind is HeadingKind.annex]
            self._line(ln, "paragraph")
            return
        marker = None if ln.number in self.table or ln.inside else _heading_marker(ln.norm) or self._chapter(ln)
        if marker is not None and _CIRCLED.match(ln.norm) and self.stack and self.stack[-1].kind is HeadingKind.subtask \
                and self.stack[-1].line not in self.circled:
            marker = None  # (2)开展专项整治 / ①农药专项整治: items below a subtask, a level the outline has no kind for
        elif marker is not None and _CIRCLED.match(ln.norm):
            self.circled.add(ln.number)
        if marker is None:
            self._line(ln, "table_cell" if ln.number in self.table else "paragraph", keep=True)
        else:
            self._heading(ln, *marker)

    def _chapter(self, ln: Line) -> tuple[HeadingKind, str, int] | None:
        """2 组织指挥体系与职责 before 2.1 市级财政部门: a bare number and a short title open the chapter of an
        outline numbered by decimals (an emergency plan's), when the next line opens its first part."""
        m = _BARE_CHAPTER.match(ln.norm)
        nxt = self.next_of.get(ln.number)
        if m is None or nxt is None or not nxt.norm.lstrip().startswith(f"{m.group(1)}.1"):
            return None
        return (HeadingKind.task, m.group(1), m.end()) if _DECIMAL.match(nxt.norm) or _DECIMAL_TITLE.match(nxt.norm) \
            else None

    def drop_contents_list(self, nonempty: list[Line]) -> None:
        """A table of contents before the body (一、产业发展支持政策(88条) / 二、… / 六、…, then 一、产业发展支持政策(88条)
        again): three or more headings of one kind, one right after another from the first number on, whose
        first comes back later with its title: they list the sections, they are none."""
        order = {ln.number: k for k, ln in enumerate(nonempty)}
        hs = self.headings
        # 目录/提纲: / 一、指导思想 / 二、… / (一)…: a contents list its line names, of headings of any kind, one right
        # after another up to the first line that is none, whose first comes back later
        at = next((k for k, ln in enumerate(nonempty[:12]) if _CONTENTS.match(ln.norm)), None)
        if at is not None:
            by_line = {x.line: x for x in hs}
            run: list[Heading] = []
            for ln in nonempty[at + 1 :]:
                if ln.number not in by_line:
                    break
                run.append(by_line[ln.number])
            if len(run) >= 3 and any(later.kind is run[0].kind and later.number == run[0].number
                                     and later.title == run[0].title for later in hs[hs.index(run[-1]) + 1 :]):
                self._drop(run)
                return
        for k, h in enumerate(hs):
            run = [h]
            while k + len(run) < len(hs) and (nxt := hs[k + len(run)]).kind is h.kind \
                    and order[nxt.line] == order[run[-1].line] + 1 and nxt.number != h.number:
                run.append(nxt)
            if len(run) < 3 or h.number not in ("一", "1") or not any(
                    later.kind is h.kind and later.number == h.number and later.title == h.title
                    for later in hs[k + len(run) :]):
                continue
            self._drop(run)
            return

    def _drop(self, run: list[Heading]) -> None:
        """The headings of ``run`` are a contents list: paragraphs, under the parent of its first."""
        gone = {x.line for x in run}
        self.headings = [x for x in self.headings if x.line not in gone]
        for n in gone:
            self.kinds[n] = "paragraph"
            self.parent_of_line[n] = run[0].parent_line
        for n, parent in self.parent_of_line.items():
            if parent in gone:
                self.parent_of_line[n] = run[0].parent_line

    def _line(self, ln: Line, kind: str, *, keep: bool = False) -> None:
        if keep:
            self.kinds.setdefault(ln.number, kind)
        else:
            self.kinds[ln.number] = kind
        self.parent_of_line[ln.number] = self.stack[-1].line if self.stack else None

    def _annex_with_title(self, ln: Line) -> bool:
        """附件2:XX实施方案: a list item when another 附件 line follows, else an annex with its title;
        附件: 2023年…分解表 | |||: an annex whose title was pasted as its table's first row."""
        if (ma := _ANNEX_TABLE_TITLE.match(ln.norm)) is not None:
            self._open_annex(ln, ma.group(1), ln.span(ma.start(2), ma.end(2)))
            return True
        nxt = self.next_of.get(ln.number)
        if (mb := _ATTACH_LIST.match(ln.norm)) is not None and nxt is not None and not _ANNEX_WITH_TITLE.match(mb.group(1)) \
                and (nxt.number in self.table or _TABLE_OPENING.fullmatch(nxt.norm)):
            # 附件:嘉定区…重点任务分解表 / 序号: the annex itself, its table right after its title
            self._open_annex(ln, "", ln.span(mb.start(1), len(ln.text.rstrip())))
            return True
        if ln.number in self.table or (mt := _ANNEX_WITH_TITLE.match(ln.norm)) is None:
            return False
        nxt = self.next_of.get(ln.number)
        follows = nxt is not None and _ANNEX_WITH_TITLE.match(nxt.norm) is not None
        span = ln.span(mt.start(2), len(ln.text.rstrip()))
        if self.in_attach_list and self.attachments and int(mt.group(1)) <= int(self.attachments[-1][0] or 0):
            self.in_attach_list = False  # numbering starts again: the annexes themselves begin
        elif follows or self.in_attach_list:
            self.in_attach_list = follows  # an item of a list of 附件N:title lines (the last one closes it)
            self._line(ln, "paragraph")
            self.attachments.append((mt.group(1), span.quote, span))
            return True
        self._open_annex(ln, mt.group(1), span)
        return True

    def _open_annex(self, ln: Line, number: str, title: SourceSpan) -> None:
        self.stack = []
        self.current_annex = ln.number
        h = Heading(line=ln.number, kind=HeadingKind.annex, number=number, title=title.quote,
                    parent_line=None, annex_line=ln.number, span=ln.span(), path=())
        self.headings.append(h)
        self.stack.append(h)
        self.kinds[ln.number] = "annex"
        self.parent_of_line[ln.number] = None
        self.annex_titles[ln.number] = title

    def _attach_list(self, ln: Line) -> bool:
        """The attachment list (附件:1.xxx and the numbered lines after it) is no heading."""
        if (m := _ATTACH_LIST.match(ln.norm)) is None or _ANNEX.match(ln.norm):
            nxt = self.next_of.get(ln.number)
            if not (_BARE_ATTACH.fullmatch(ln.norm) and nxt is not None and _TASK.match(nxt.norm)
                    and len(nxt.norm.strip()) <= 50 and not _DUTY_WORDS.search(nxt.norm)):
                return False
            # 附件: / 1.上海市零碳园区建设基本条件 / 2.…: a bare label before the list of attachments
            self.in_attach_list = True
            self._line(ln, "paragraph")
            return True
        self.in_attach_list = True
        self._line(ln, "paragraph")
        if mm := _TASK.match(m.group(1)):
            at = m.start(1) + mm.end()
            self.attachments.append((mm.group(1), ln.text[at:].strip(), ln.span(at, len(ln.text))))
        return True

    def _attach_item(self, ln: Line) -> bool:
        if not self.in_attach_list:
            return False
        stripped = ln.norm.strip()
        if (mm := _TASK.match(ln.norm) or _SUB_ITEM.match(ln.norm) or _ATTACH_NO.match(ln.norm)) and len(stripped) <= 50 \
                and not re.search(r"[。;,]", stripped):  # (6-1.…受理告知书: a numbered part of an attachment)
            self._line(ln, "paragraph")
            self.attachments.append((mm.group(1), ln.text[mm.end() :].strip(), ln.span(mm.end(), len(ln.text))))
            return True
        self.in_attach_list = False
        return False

    def _annex_title(self, ln: Line) -> bool:
        """The line after a bare 附件N: its title, unless it is a heading or prose."""
        if not self.expect_annex_title:
            return False
        self.expect_annex_title = False
        if _heading_marker(ln.norm) is not None or len(ln.norm.strip()) > 60:
            return False
        self.kinds[ln.number] = "annex_title"
        self.annex_titles[self.current_annex or 0] = ln.span(len(ln.text) - len(ln.text.lstrip()), len(ln.text.rstrip()))
        self.parent_of_line[ln.number] = self.current_annex
        return True

    def _heading(self, ln: Line, kind: HeadingKind, number: str, end: int) -> None:
        if kind is HeadingKind.annex:
            self.stack = []
            self.current_annex = ln.number
            self.expect_annex_title = True
        level = HEADING_LEVEL[kind] + number.count(".") / 10
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        parent = self.stack[-1].line if self.stack else None
        title = "" if kind is HeadingKind.annex else _title_of(ln.norm, ln.text, end)
        h = Heading(line=ln.number, kind=kind, number=number, title=title, parent_line=parent,
                    annex_line=self.current_annex, span=ln.span(), path=tuple(x.line for x in self.stack))
        self.headings.append(h)
        self.stack.append(h)
        self.kinds[ln.number] = kind.value
        self.parent_of_line[ln.number] = parent


def _header(lines: list[Line], headings: list[Heading]) -> dict:
    """文号, issuer, date and title from the lines before the first heading."""
    first = headings[0].line if headings else len(lines) + 1
    head = [ln for ln in lines if ln.number < first][:40]
    number = issuer = date_span = title_span = None
    date = title = None
    locality = None
    for ln in head:
        s = ln.norm.strip()
        if not s:
            continue
        if number is None and (m := _DOC_NUMBER.search(ln.norm)) and len(s) <= 40:
            number = ln.span(m.start(), m.end())
        elif date is None and (m := _DATE.match(ln.norm)):
            date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            date_span = ln.span(m.start(1), m.end())
        elif issuer is None and _ISSUER.match(ln.norm) and not _TITLE_HINT.search(s):
            a = len(ln.text) - len(ln.text.lstrip())
            issuer = ln.span(a, len(ln.text.rstrip()))
    # title: the first line that reads like a title; a title broken over two lines is joined
    for i, ln in enumerate(head):
        s = ln.norm.strip()
        if not s or len(s) > 80 or _TITLE_SENT.search(s) or s.endswith(":"):
            continue
        if "|" in s or _DOC_NUMBER.fullmatch(s) or _DATE.match(ln.norm):
            continue
        if _TITLE_HINT.search(s) or (i + 1 < len(head) and _TITLE_HINT.search(head[i + 1].norm)
                                     and len(head[i + 1].norm.strip()) < 30 and "《" in s):
            a = len(ln.text) - len(ln.text.lstrip())
            title_span = ln.span(a, len(ln.text.rstrip()))
            title = title_span.quote
            nxt = head[i + 1] if i + 1 < len(head) else None
            if (nxt is not None and nxt.norm.strip() and len(nxt.norm.strip()) < 30
                    and title.count("《") > title.count("》") and "》" in nxt.norm):
                title = title + nxt.text.strip()
            break
    for src in (issuer, title_span):
        if src is not None and (m := _LOCALITY.search(src.quote)):
            locality = m.group(1)
            break
    if locality is None and title:
        m = re.match(r"([\u4e00-\u9fff]{2,5}?(?:市|县|区|州|省))", title)
        if m:
            locality = m.group(1)
    return {
        "number": number,
        "issuer": issuer,
        "date": date,
        "date_span": date_span,
        "title": title,
        "title_span": title_span,
        "locality": locality,
    }


def _actions(attachments: list[tuple[str, str, SourceSpan]], headings: list[Heading],
             annex_titles: dict[int, SourceSpan]) -> tuple[Action, ...]:
    """Items of the attachment list, each linked to the annex with the same number (or title)."""
    annexes = {h.number: h.line for h in headings if h.kind is HeadingKind.annex}
    by_title = {span.quote.strip(): line for line, span in annex_titles.items()}
    out = []
    for number, title, span in attachments:
        annex = by_title.get(title.strip()) or annexes.get(number)
        out.append(Action(number=number, title=title, span=span, annex_line=annex))
    return tuple(out)
