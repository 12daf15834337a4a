"""Responsibility tables: tables of tasks (who leads, who supports) and tables of targets.

**Task tables** (:func:`find_task_tables`, :func:`read_task_table`) are recognised by their
header: cells that are column words of the lexicon (``[tables.columns]``: 序号, 工作任务 /
督查内容, 牵头单位 / 牵头责任单位, 配合单位 / 协同责任单位, 责任单位, 牵头领导, 完成时限,
落实情况 …), at least three, one of them the task and one a unit column.  The header may be
run into the end of a notice line, or split over two cells (牵头责任 / 单位).  Rows follow in
one of two layouts::

    序号 名称 工作任务 牵头责任单位              one row per line: cells between |, tabs or
    1 地区生产总值增长7%以上. 发改委              spaces (a spaced row opens with its number)

    序号 / 督查内容 / 牵头责任单位 / …           one cell per line: a row opens with its
    1 / 地区生产总值增长8.5%以上。 / 市发改委 / …  number on a line of its own

A unit takes its column's role; heading rows (``(一)王宏副市长牵头重点工作``) stay headings and
name the supervising leader; achieved figures of a progress column are not targets.  A
``.docx`` table reaches this reader as one ``a | b | c |`` line per row.

**Target tables** (:func:`read_table`, for ``|`` cells with an 指标 column) have two layouts:

- flattened, one cell per line ending with ``|`` (continuation rows are ``||``), as text
  copied from a web page or PDF gives it::

      指标名称 |            <- header cells
      目标任务 |
      责任单位及任务 |
      新增规模工业企业 |     <- indicator
      45家 |                <- target
      临湘高新区10家 |       <- unit with its quota
      ||
      市科工局5家 |

- one row per line (``a | b | c |``), columns named by a header row (指标/目标/责任单位).

Their cells are classified by content (units? a quantity? else a name), so the reader does
not depend on the number of columns or on how continuation rows are written.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from .clauses import bare_collective, find_clauses, has_role_words, pivots_in
from .lexicon import Lexicon, _alt, load_lexicon
from .quantities import Quantity, find_quantities
from .records import UnitKind
from .roles import resolve
from .units import Item, is_unit, place_name, short_unit_list, split_units, unit_key, unit_kind

__all__ = ["TableCell", "TableFact", "TaskTable", "column_kind", "find_task_tables", "quota_cell_tables", "read_table",
           "read_task_table", "share_lists"]


def _is_header(text: str, lex: Lexicon) -> bool:
    """A header cell: a column word of the lexicon (指标名称, 2024年目标, 牵头单位, 完成时限…), no target value in it."""
    return column_kind(text, lex, slack=8) is not None and not re.search(r"\d+(\.\d+)?\s*[%家个项亿万]", text)


def _numbered_rows(body: list[TableCell], norms: dict[int, str]) -> list[tuple[int, int]] | None:
    """(column, row) of each body cell of a one-cell-per-line table whose rows open with their numbers
    1, 2, 3…: a row starts at its number, so an empty cell the copy dropped shifts nothing after it."""
    if not body or norms[body[0].line][body[0].start : body[0].end].strip() != "1":
        return None
    out: list[tuple[int, int]] = []
    row, col = 0, -1
    for c in body:
        if norms[c.line][c.start : c.end].strip() == str(row + 1):
            row, col = row + 1, 0
        else:
            col += 1
        out.append((col, row))
    return out if row >= 2 else None


def _unnamed_column(text: str, lex: Lexicon, longest: int = 8) -> bool:
    """A short header cell that is no column word, no number and no unit."""
    t = re.sub(r"\s+", "", text)
    return 2 <= len(t) <= longest and not re.search(r"[0-9,,。;]", t) and not is_unit(t, lex)


@dataclass(frozen=True, slots=True)
class TableCell:
    line: int
    start: int  # offset of the cell text in its line
    end: int
    column: int


@dataclass(frozen=True, slots=True)
class TableFact:
    """What one cell says: an indicator target, or a unit's share of it."""

    kind: str  # "target" | "owner"
    line: int
    indicator: str
    indicator_line: int | None
    quantity: Quantity | None = None  # for target
    unit: Item | None = None  # for owner (offsets in its line)
    quota: Quantity | None = None  # the unit's share, if given
    column_role: str | None = None  # lead / co when the column says so
    task: tuple[int, int, int] | None = None  # (line, start, end) of the row's task cell


def _cells(number: int, norm: str) -> list[TableCell]:
    """The cells of a row written between ``|`` (or tabs), in order, with their column; a row with neither
    is parted by runs of spaces (序号  指标名称  单位  2025年目标)."""
    out = []
    col = 0
    barred = re.search(r"[|\t]", norm) is not None
    for m in re.finditer(r"[^|\t]*" if barred else r"\S+(?:\s\S+)*", norm):
        if barred and m.start() > 0 and norm[m.start() - 1] not in "|\t":
            continue  # (the empty match right after a cell's text)
        x, y = m.start(), m.end()
        while x < y and norm[x].isspace():
            x += 1
        while y > x and norm[y - 1].isspace():
            y -= 1
        if y > x:
            out.append(TableCell(number, x, y, col))
        col += 1
    return out


@lru_cache(maxsize=4)
def _quota_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(\d[\d.]*\s*(?:万|亿)?(?:{_alt(lex.measures)}))\s*$")


_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?$")  # a number alone (fullmatch), or ending a piece (search)
_SPACED_SHARE = re.compile(r"(?:^|\s)[\u4e00-\u9fff()]{2,12}\d+(?:\.\d+)?(?=\s|$)")


def _owner(norm: str, cell: TableCell, lex: Lexicon) -> list[tuple[Item, Quantity | None]]:
    """Units in a cell, each with the quota written right after it (临湘高新区10家)."""
    text = norm[cell.start : cell.end]
    quota_re = _quota_re(lex)
    out: list[tuple[Item, Quantity | None]] = []
    # pieces separated by 、 or , (or by spaces in a list of shares: 元坝镇280 白果乡15); each may end with a quota
    pos = cell.start
    spaced = len(_SPACED_SHARE.findall(text)) >= 2
    for piece in re.split(r"([、,;]|\s+)" if spaced else r"([、,;])", text):
        if not piece or piece in ("、", ",", ";") or piece.isspace():
            pos += len(piece)
            continue
        a, b = pos, pos + len(piece)
        pos = b
        m = quota_re.search(piece) or (_BARE_NUMBER.search(piece) if spaced else None)
        quota = None
        ub = b
        if m:
            ub = a + m.start()
            qs = find_quantities(norm[a + m.start() : b], lex=lex)
            if not qs and spaced:  # a bare number: the measure is the indicator's ((人) in its name)
                v = norm[a + m.start() : b]
                quota = Quantity(a + m.start(), b, v, float(v), float(v), "", None, None, "")
            if qs:
                q = qs[0]
                quota = Quantity(a + m.start() + q.start, a + m.start() + q.end, q.value, q.low, q.high,
                                 q.measure, q.bound, q.year, "")
        items, _ = split_units(norm, a, ub, lex=lex)
        for it in items:
            out.append((it, quota if it is items[-1] else None))
    return out


def _column_roles(kinds: list[str | None], *, first_is_lead: bool = False) -> tuple[dict[int, str], bool]:
    """Role of the units in each header column (by the columns' kinds), and whether the table is one of
    targets (指标): there a 责任单位 column's units own the targets, unless the plan declared that a list's first
    unit leads (then they lead and help as in a table of tasks)."""
    targets = "indicator" in kinds or "target" in kinds
    roles: dict[int, str] = {}
    for k, kind in enumerate(kinds):
        if kind in ("lead", "co", "supervisor") or (kind == "responsible" and (first_is_lead or not targets)):
            roles[k] = kind
    return roles, targets


def read_table(rows: list[tuple[int, str]], lex: Lexicon | None = None, *, first_is_lead: bool = False) -> list[TableFact]:
    """Facts of one table given its lines as (line number, normal-form text).

    Cells are placed in columns by the header: a row per line (``a | b | c |``), or, when every
    cell has a line of its own and no continuation rows (``||``) break the rhythm, by counting
    cells.  In a table of targets (a 指标 column) the units are indicator owners; in a table of
    tasks the 牵头/配合/责任 columns give the roles (a 责任 unit is co when its row has a lead,
    shared otherwise; the first of each list leads when the plan says so, ``first_is_lead``).
    """
    lex = lex or load_lexicon()
    if quotas := _quota_rows(rows, lex):
        return quotas
    if measured := _measured_rows(rows, lex):
        return measured
    cells = [c for number, norm in rows for c in _cells(number, norm)]
    norms = dict(rows)
    header: list[TableCell] = []
    body_start = 0
    for k, c in enumerate(cells):
        if _is_header(norms[c.line][c.start : c.end], lex) or (
                len(header) >= 2 and _unnamed_column(norms[c.line][c.start : c.end], lex)
                and any(_is_header(norms[d.line][d.start : d.end], lex) for d in cells[k + 1 : k + 3])):
            header.append(c)  # a column whose word the lexicon lacks (预期效果) between known ones
            body_start = k + 1
        else:
            break
    multi = sum(1 for _, norm in rows if len(_cells(0, norm)) >= 2) > len(rows) / 2
    kinds = [column_kind(norms[h.line][h.start : h.end], lex, slack=8) for h in header]
    roles_by_col, targets = _column_roles(kinds, first_is_lead=first_is_lead)
    flattened_rhythm = (not multi and len(header) >= 2
                        and not any(norm.strip().startswith("||") for _, norm in rows))

    numbered = _numbered_rows(cells[body_start:], norms) if flattened_rhythm else None

    def column_of(k: int, c: TableCell) -> tuple[int, int]:
        """(column, row) of the k-th body cell."""
        if multi:
            return c.column, c.line
        if numbered is not None:
            return numbered[k]
        if flattened_rhythm:
            return k % len(header), k // len(header)
        return -1, k

    facts: list[TableFact] = []
    indicator, indicator_line = "", None
    row_facts: dict[int, list[TableFact]] = {}
    for k, c in enumerate(cells[body_start:]):
        norm = norms[c.line]
        text = norm[c.start : c.end]
        col, row = column_of(k, c)
        col_role = roles_by_col.get(col) if (multi or flattened_rhythm) else None
        owners = _owner(norm, c, lex) if (targets or roles_by_col) and not (
            0 <= col < len(kinds) and kinds[col] in ("task", "name", "indicator", "target", "deadline")) else []
        # no 指标 and no role column: no duty; a unit-like text in a task's or indicator's own column is its name
        if owners:
            for it, quota in owners:
                marked = "lead" if re.match(r"\s*[(\[]牵头[)\]]", norm[it.end :]) else None
                f = TableFact("owner", c.line, indicator, indicator_line, unit=it, quota=quota,
                              column_role=marked or col_role or (None if targets or not roles_by_col else "responsible"))
                facts.append(f)
                row_facts.setdefault(row, []).append(f)
            continue
        qs = find_quantities(text, lex=lex)
        if qs and re.match(r"^(同比|各)?(增长|下降|提高|达到?|不低于|不少于|完成|≥|>=|≤|<=|>|<)?\s*[\d一二三四五六七八九十]", text):
            q = qs[0]
            q = Quantity(c.start + q.start, c.start + q.end, q.value, q.low, q.high, q.measure, q.bound, q.year,
                         indicator)
            facts.append(TableFact("target", c.line, indicator, indicator_line, quantity=q))
            continue
        if re.fullmatch(r"[\d.]+", text):  # a row number (序号)
            continue
        indicator, indicator_line = text, c.line
    # a 责任单位 column means co when the row names a lead, shared otherwise (or its first unit leads)
    out = []
    for f in facts:
        if f.column_role == "responsible":
            row = next(r for r, fs in row_facts.items() if f in fs)
            has_lead = any(g.column_role == "lead" for g in row_facts[row])
            listed = [g for g in row_facts[row] if g.column_role == "responsible"]
            f = replace(f, column_role=resolve("responsible", has_lead=has_lead, first_is_lead=first_is_lead,
                                               list_index=listed.index(f)))
        out.append(f)
    return out


# the cells under a year's column of an indicator table (2022年计划 / 绝对值 | 增长%)
_SUB_HEAD = re.compile(r"(?:绝对值|绝对数|总量|数值|目标值|规模|增长|增速|增幅|比上年增长|同比增长|比上年|同比)?\s*(?:\(?%\)?|±%)?")
_MEASURE_HEADS = ("单位", "计量单位")


def _measured_header(number: int, norm: str, lex: Lexicon) -> list[tuple[int, str, str | None]] | None:
    """(column, text, kind) of each cell of an indicator table's header with a measure column and a plan's column,
    or None."""
    cells = [(c.column, re.sub(r"\s+", "", norm[c.start : c.end])) for c in _cells(number, norm)]
    head = [(k, t, column_kind(t, lex)) for k, t in cells]
    if any(kind == "indicator" for _, _, kind in head) and any(t in _MEASURE_HEADS for _, t, _ in head) and any(
            kind == "target" or re.search(r"计划|目标|预期", t) for _, t, kind in head):
        return head
    return None


_BOUNDED_FIGURE = re.compile(r"(?P<pre>≥|>=|≤|<=|>|<|不低于|不少于|不高于|不超过|达到|控制在)?\s*(?P<num>[-+]?\d+(?:\.\d+)?)"
                             r"\s*(?P<pct>%)?\s*(?P<post>以上|以下|以内|左右)?")


def _column_of(kind: str | None, text: str, year: bool) -> str:
    """What an indicator table's column holds, by its header (indicator, measure, a unit column, target, other)."""
    if kind == "indicator":
        return "indicator"
    if text in _MEASURE_HEADS:
        return "measure"
    if kind == "responsible" and "牵头" in text:
        return "lead"  # 责任(牵头)部门: the column says who leads
    if kind in UNIT_COLUMNS:
        return str(kind)
    if year and re.search(r"计划|目标|预期", text) and not re.search(r"完成|实际", text):
        return "target"
    return "other"


def _measured_rows(rows: list[tuple[int, str]], lex: Lexicon) -> list[TableFact]:
    """A table of indicators whose measure stands in a column of its own (指标名称 | 单位 | 2021年完成 | 2022年计划 |
    责任(牵头)部门), a year's column maybe split below it (绝对值 | 增长%): the figures under the plan's column are the
    row's targets in the row's measure (a growth column's in %; ≥45, 5.5以内 bounded), those under what was done
    none; the unit column's units own the row's first target.  [] when the rows are no such table."""
    i = next((k for k, row in enumerate(rows[:-1]) if _measured_header(*row, lex) is not None), None)
    if i is None:
        return []
    head = _measured_header(*rows[i], lex) or []
    years = {k for k, t, kind in head if re.search(r"(?:19|20)\d{2}|计划|目标|预期|完成|实际", t) and kind != "indicator"}
    below = rows[i + 1]
    subs = [re.sub(r"\s+", "", below[1][c.start : c.end]) for c in _cells(*below)]
    spread = len(subs) // len(years) if years and subs and all(_SUB_HEAD.fullmatch(x) and x for x in subs) \
        and len(subs) % len(years) == 0 else 1
    # the body's columns by index, a year's column spread over the sub-header's cells under it
    columns: dict[int, tuple[str, str]] = {}
    pos, prev, at = head[0][0], head[0][0] - 1, 0
    for k, t, kind in head:
        pos += k - prev - 1
        prev = k
        for _ in range(spread if k in years else 1):
            columns[pos] = (_column_of(kind, t, k in years), subs[at] if k in years and spread > 1 else "")
            pos += 1
            at += k in years and spread > 1
    year = next((m.group(0)[:4] for k, t, _ in head if k in years and (m := re.match(r"(?:19|20)\d{2}", t))
                 and re.search(r"计划|目标|预期", t)), None)
    out: list[TableFact] = []
    for number, norm in rows[i + 1 + (spread > 1) :]:
        cells = [c for c in _cells(number, norm) if c.column in columns]
        name_cell = next((c for c in cells if columns[c.column][0] == "indicator"), None)
        if len(cells) < 3 or name_cell is None:
            continue  # 一、创新驱动: a group's row
        name = norm[name_cell.start : name_cell.end]
        measure_cell = next((c for c in cells if columns[c.column][0] == "measure"), None)
        measure = norm[measure_cell.start : measure_cell.end].strip() if measure_cell else ""
        measure = "" if measure in ("-", "—", "/") else measure
        targets = []
        for c in cells:
            what, sub = columns[c.column]
            if what == "target" and (f := _BOUNDED_FIGURE.fullmatch(norm, c.start, c.end)) is not None:
                unit = "%" if f.group("pct") or "%" in sub or re.search(r"增长|增速|增幅", sub) else measure
                bound = ("min" if (f.group("pre") or "") in ("≥", ">=", ">", "不低于", "不少于") or f.group("post") == "以上"
                         else "max" if (f.group("pre") or "") in ("≤", "<=", "<", "不高于", "不超过", "控制在")
                         or f.group("post") in ("以下", "以内") else None)
                num = f.group("num")
                targets.append(Quantity(f.start("num"), f.end("num"), num.lstrip("+"), float(num), float(num), unit,
                                        bound, year, name))
        out += [TableFact("target", number, name, number, quantity=q) for q in targets]
        for c in cells:
            what, _ = columns[c.column]
            if what in UNIT_COLUMNS:
                items, _ = split_units(norm, c.start, c.end, lex=lex, lenient=True)
                out += [TableFact("owner", number, name, number, unit=it, quota=targets[0] if targets else None,
                                  column_role=what if what in ("lead", "co", "supervisor") else None) for it in items]
    return out


_TOTAL_ROW = re.compile(r"(?:全[国省市县区镇乡]|总)?(?:合计|总计|小计)|全[国省市县区]")


def _quota_rows(rows: list[tuple[int, str]], lex: Lexicon) -> list[TableFact]:
    """A table of quotas by unit or place (乡镇 | 新种任务(亩) | 备注 / 1 | 满城镇 | 2242.6 | 18.1 | 2260.7,
    省份 | 作业面积(万亩) / 天津市 | 80): rows that hold a unit or a place (after an optional row number)
    and then nothing but numbers and notes.  The unit owns the row's indicator.  When the header
    names the number columns, a column with a quota word (下达任务面积) is a target and one with an
    achieved or capacity word (累计完成面积, 占比, 可种植面积) is not; otherwise each number is a target.
    The last target of a row is the unit's quota; a total row (全县合计 | 7000) gives its targets.
    At least two such rows, or nothing."""
    out: list[TableFact] = []
    found = 0
    header = ""
    columns: list[str] = []  # header texts of the columns after the unit's
    places = False  # the first column is named as one of places (地区, 乡镇): any short name in it is one
    for number, norm in (row for line in rows for row in _rows_in_line(*line)):
        cells = [c for c in _cells(number, norm)]
        texts = [norm[c.start : c.end] for c in cells]
        if texts and _ROW_NUMBER.fullmatch(texts[0]):
            cells, texts = cells[1:], texts[1:]
        nums = [k for k, t in enumerate(texts[1:], 1) if _QUOTA_CELL.fullmatch(t)]
        if len(texts) >= 3 and nums and nums[0] == 2 and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", texts[0]) \
                and nums == list(range(2, len(nums) + 2)):
            # 市 | 市本级 | 4500 | 1000: a group's cell merged down over its rows, written on the first of them
            cells, texts, nums = cells[1:], texts[1:], [k - 1 for k in nums]
        if not texts or not nums or nums != list(range(1, len(nums) + 1)):
            if not found and len(texts) >= 2 and not any(_BARE_NUMBER.fullmatch(t) for t in texts):
                header = next((t for t in texts[1:] if not column_kind(t, lex) == "note"), header)
                heads = texts[1:] if column_kind(texts[0], lex) == "number" else texts
                columns = heads[1:]
                places = any(w in re.sub(r"\s+", "", heads[0]) for w in lex.place_columns) \
                    or re.sub(r"\s+", "", heads[0]) in lex.owner_columns
            continue
        first = cells[0]
        if (owners := _row_owners(norm, first, lex, places=places)) is None:
            continue
        items, total = owners
        found += 1
        keep = _target_columns(columns, len(nums), lex)
        name = next((columns[k - 1] for k in keep if 0 < k <= len(columns)), header)
        quantities = [Quantity(c.start, c.end, t, float(t), float(t), "", None, None, name)
                      for k, (c, t) in enumerate(zip(cells[1 : len(nums) + 1], texts[1 : len(nums) + 1], strict=True), 1)
                      if k in keep and _BARE_NUMBER.fullmatch(t)]
        out += [TableFact("target", number, name, None, quantity=q) for q in quantities]
        for c in cells[len(nums) + 1 :]:  # a note cell may set a target of its own (其中…新种任务1500亩)
            masked = " " * c.start + norm[c.start : c.end] + " " * (len(norm) - c.end)
            out += [TableFact("target", number, q.name, number, quantity=q) for q in find_quantities(masked, lex=lex)]
        if not total and quantities:
            out += [TableFact("owner", number, name, None, unit=it, quota=quantities[-1]) for it in items]
    return out if found >= 2 else []


def _row_owners(norm: str, cell: TableCell, lex: Lexicon, *, places: bool = False) -> tuple[list[Item], bool] | None:
    """(the units or the place a quota row's first cell names, whether it is a total row), or None when it names
    neither; with ``places`` (a header such as 省(市)) any short name is a place (江苏, 上海)."""
    label = re.sub(r"\s+", "", norm[cell.start : cell.end])
    if _TOTAL_ROW.fullmatch(label):
        return [], True
    items, rejected = split_units(norm, cell.start, cell.end, lex=lex)
    if items and not rejected:
        return items, False
    place = _place(norm, cell, lex)
    if place is None and places and re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:\([\u4e00-\u9fff、]{1,12}\))?", label):
        place = Item(cell.start, cell.end, norm[cell.start : cell.end], UnitKind.department)
    return ([place], False) if place is not None else None


def _rows_in_line(number: int, norm: str) -> list[tuple[int, str]]:
    """A whole table copied onto one line, its rows parted by empty cells (县(市、区) | 总面积 |  | 合 计 | 15.5 |  |
    宝 应 县 | 2.2 |): each row as the line with everything else blanked (offsets stay the line's)."""
    spans, pos = [], 0
    for part in norm.split("|"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    inner = spans[1:-1]  # the text before the first bar and after the last is no cell
    empty = [(a, b) for a, b in inner if not norm[a:b].strip()]
    if len(inner) - len(empty) < 8 or len(empty) < 3:
        return [(number, norm)]
    out, start = [], 0
    for a, b in [*empty, (len(norm), len(norm))]:
        if norm[start:a].strip(" |\t"):
            out.append((number, " " * start + norm[start:a] + " " * (len(norm) - a)))
        start = b
    return out if len(out) >= 3 else [(number, norm)]


_QUOTA_CELL = re.compile(r"\d+(?:\.\d+)?%?")  # 1000, 41.8%


def _target_columns(columns: list[str], n: int, lex: Lexicon) -> set[int]:
    """Which of the ``n`` number columns (1-based) hold targets, by their header texts."""
    if len([c for c in columns if c and column_kind(c, lex) != "note"]) != n:
        return set(range(1, n + 1))  # 分阶段任务(亩) over two cells: the header does not name each column
    heads = {k: columns[k - 1] for k in range(1, n + 1)}
    quota = {k for k, h in heads.items() if any(w in h for w in lex.quota_words)
             and not any(w in h for w in lex.not_quota_words)}
    if quota:
        return quota
    return {k for k in range(1, n + 1) if not any(w in heads.get(k, "") for w in lex.not_quota_words)}


def _place(norm: str, c: TableCell, lex: Lexicon) -> Item | None:
    """A place named alone in a quota table's first cell (天津市, 石柱县, 忠 县, 狼山农(nóng)场)."""
    text = norm[c.start : c.end]
    bare = re.sub(r"\s+", "", text)  # (a pinyin note is blanked in the normal form: 狼山农     场)
    if place_name(bare, lex) and not _TOTAL_ROW.fullmatch(bare):
        return Item(c.start, c.end, text, UnitKind.town_street if bare.endswith(("乡", "镇", "街道", "苏木"))
                    else UnitKind.department)
    return None


# 120(扩招): a figure with its note (not a phone or an ID number of seven digits or more)
_NOTED_FIGURE = re.compile(r"(\d{1,6}(?:\.\d+)?)%?(?:\([^()]{1,8}\))?")
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}年(?:度)?|第?[一二三四1-4]季度|[上下]半年")


def quota_cell_tables(lines: list[tuple[int, str]], lex: Lexicon | None = None) -> list[list[TableFact]]:
    """Tables of figures by place copied one cell per line (福州市 / | / 1.27 / | / 3.5 / 厦门市 / …, bar
    lines and blank lines aside): at least three rows of a place or unit followed by the same count
    of bare figures.  The header cells before the first row name the figure columns (a group cell
    over years, 分年度招生任务 / 1996年 / 1997年, names each year's column); the columns are kept as
    :func:`_quota_rows` keeps them, and the place owns its row's last target.  Lines holding more
    than one cell (``a | b``) are other readers'."""
    lex = lex or load_lexicon()
    cells: list[tuple[TableCell, str, str]] = []  # (cell, its line's normal form, text without spaces)
    for number, norm in lines:
        stripped = norm.strip(" |\t\u3000")
        if not stripped:
            continue
        a = norm.index(stripped)
        bare = re.sub(r"\s+", "", stripped)
        if cells and re.fullmatch(r"\([^()]{1,12}\)", bare) and re.fullmatch(r"[\u4e00-\u9fff()、]{2,20}", cells[-1][2]):
            continue  # 农场机关 / (含服务大厅) / 20: a note on the row's label, on a line of its own
        cells.append((TableCell(number, a, a + len(stripped), 0), norm, bare))
    out: list[list[TableFact]] = []
    k = 0
    while k < len(cells):
        if (texts := _place_text_rows(cells, k, lex)) is not None:
            out.append(texts[0])
            k = texts[1]
            continue
        if cells[k][2] == "1" and (numbered := _numbered_cell_rows(cells, k, lex)) is not None:
            out.append(numbered[0])
            k = numbered[1]
            continue
        rows = _figure_rows(cells, k)
        if len(rows) < 3:
            k += 1
            continue
        header, above = _header_cells(cells, k, rows[0][1])
        # a table of targets says so: a quota word in a column's header or in the title above it (任务分解表,
        # 招生计划表), not a table of scores, dates or statistics by place
        quota = any(w in t for t in header[1:] + above for w in lex.quota_words)
        facts = _cell_rows_facts(cells, rows, header, lex) if quota else []
        if facts:
            out.append(facts)
        k = rows[-1][0] + rows[-1][1] + 1
    return out


_SHARE_RUN = re.compile(r"[^,;。:、]+(?:[、,][^,;。:、]+){2,}")


def share_lists(lines: list[tuple[int, str]], lex: Lexicon | None = None) -> list[list[TableFact]]:
    """Lists of units and their shares written in running text (…人数通知如下,机关25人、个协15人、学校10人、
    卫生院5人; 其中,南宁市274户,柳州市369户,…): a stretch of three or more pieces of a 、 or comma list, each a name
    and a figure, at least half of the names units or places by their shape; each owns its figure.  A count of things (学校3所, 医院2家) is no share (no such measure is
    taken), and a sentence with a role word is the clause readers'."""
    lex = lex or load_lexicon()
    out: list[list[TableFact]] = []
    for number, norm in lines:
        if not re.search(r"[、,]", norm) or len(lex.share_figure_re.findall(norm)) < 3:
            continue  # (three figures in a share's measure at least)
        quantities: dict[int, Quantity] | None = None  # read once a run of shares is found
        for run in _SHARE_RUN.finditer(norm):
            pieces, at = [], run.start()
            for piece in re.split(r"[、,]", run.group(0)):
                x, y = at + len(piece) - len(piece.lstrip()), at + len(piece.rstrip())
                if "(" in norm[x:y] and ")" not in norm[x:y]:
                    x = norm.rfind("(", x, y) + 1  # …筹措资金5万元(农行肃南县支行2万元、…: a list in brackets
                elif norm[x:y].endswith(")") and "(" not in norm[x:y]:
                    y -= 1  # …、邮储银行肃南县支行1万元)
                pieces.append((x, y))
                at += len(piece) + 1
            matched = [lex.share_piece_re.fullmatch(norm, a, b) for a, b in pieces]
            # the longest stretch of pieces that are shares (其中,南宁市274户,柳州市369户,…: not 其中)
            best: tuple[int, int] = (0, 0)
            k = 0
            while k < len(matched):
                j = k
                while j < len(matched) and matched[j]:
                    j += 1
                if j - k > best[1] - best[0]:
                    best = (k, j)
                k = j + 1
            if best[1] - best[0] < 3:
                continue
            # (the sentence of the run: 由建设部门牵头完成1万户。其中,太原市550户、… gives the lead and the shares)
            s0 = max(norm.rfind("。", 0, run.start()), norm.rfind(";", 0, run.start())) + 1
            s1 = min((k for k in (norm.find("。", run.end()), norm.find(";", run.end())) if k >= 0), default=len(norm))
            if has_role_words(norm[s0:s1], lex):
                continue
            found = matched[best[0] : best[1]]
            names = [(m.start(1), m.end(1)) for m in found if m]
            # (南宁市274户,柳州市369户: places own their shares as their governments)
            kinds = [unit_kind(norm[a:b], lex) or (UnitKind.department if place_name(norm[a:b], lex) else None)
                     for a, b in names]
            if sum(k is not None for k in kinds) * 2 < len(kinds) or any(
                    lex.position_suffix_re.search(norm[a:b]) for a, b in names):
                continue
            if quantities is None:
                quantities = {q.start: q for q in find_quantities(norm, lex=lex)}
            facts: list[TableFact] = []
            for (a, b), kind, m in zip(names, kinds, found, strict=True):
                q = next((q for k, q in quantities.items() if b <= k < m.end()), None) if m else None
                if q is None:
                    break
                if kind is None and (b - a > 6 or re.search(r"其中|共|合计|资金|筹措|配套", norm[a:b])):
                    continue  # 县财政、银行机构共筹措资金105万元: a total said in a sentence, no one's share
                facts.append(TableFact("owner", number, q.name, None, unit=Item(a, b, norm[a:b], kind or UnitKind.department),
                                       quota=q))
            else:
                out.append(facts)
    return out


def _place_text_rows(cells: list[tuple[TableCell, str, str]], k: int, lex: Lexicon
                     ) -> tuple[list[TableFact], int] | None:
    """A table of targets by place in two columns one cell per line, its header at cell ``k`` (街镇、园区 /
    目标任务, then 罗店镇 / 创建达标累计61个小区…): each place owns the targets of the text after it.  (facts,
    the cell after the table), or None.  At least three rows."""
    if k + 3 >= len(cells) or len(cells[k][2]) > 12 or not any(w in cells[k][2] for w in lex.place_columns) \
            or column_kind(cells[k + 1][2], lex) not in ("target", "goal", "task"):
        return None
    out: list[TableFact] = []
    j, rows = k + 2, 0
    while j + 1 < len(cells):
        (cell, norm, label), (text_cell, text_norm, text) = cells[j], cells[j + 1]
        place = _place(norm, cell, lex) if len(label) <= 12 else None
        if place is None or len(text) <= 12:
            break  # (a department after the towns, 区绿化市容局 / 负责考核…, is no row of the table)
        rows += 1
        j += 2
        # (the text's targets are running text's, read as such; a row with none gives its place nothing)
        if find_quantities(text_norm[text_cell.start : text_cell.end], lex=lex):
            out.append(TableFact("owner", cell.line, cells[k + 1][2], None, unit=place,
                                 task=(text_cell.line, text_cell.start, text_cell.end)))
    return (out, j) if rows >= 3 and out else None


def _figure(c: TableCell, value: str, name: str = "") -> Quantity:
    """The target a bare figure at the start of a cell states (no measure: the table's header says it)."""
    return Quantity(c.start, c.start + len(value), value, float(value), float(value), "", None, None, name)


def _numbered_cell_rows(cells: list[tuple[TableCell, str, str]], k: int, lex: Lexicon
                        ) -> tuple[list[TableFact], int] | None:
    """A table of targets by place one cell per line whose rows are numbered (1 / 马陆镇 / 122.52 / 完成制定方案、 /
    计划和动员部署等。 / 24.50 / 73.51 / … / 2 / 安亭镇 / …): text cells may stand among the figures, so the rows are
    told apart by their numbers, not by a count of figures.  Each row's figures are targets its place or unit owns.
    (facts, the cell after the table), or None: three rows at least, each a place or unit and a figure, under a
    header or title with a quota word."""
    starts = [k]
    while True:
        want = str(len(starts) + 1)
        nxt = next((x for x in range(starts[-1] + 2, min(len(cells), starts[-1] + 40)) if cells[x][2] == want), None)
        if nxt is None:
            break
        starts.append(nxt)
    if len(starts) < 3:
        return None
    size = max(b - a for a, b in itertools.pairwise(starts))
    last = min(len(cells), starts[-1] + size)
    last = next((x for x in range(starts[-1] + 2, last) if _TOTAL_ROW.fullmatch(cells[x][2])), last)  # (总计 after it)
    ends = [*starts[1:], last]
    header, above = _header_cells(cells, k, size - 2)
    titles = [t for t in above[:4] if not re.search(r"[,。;]", t)]  # (not the prose before: 确保完成年度目标任务,…)
    if not any(w in t for t in header + titles for w in lex.quota_words):
        return None  # (the title or a column names a quota: 任务表, 任务量; not a table of statistics)
    out: list[TableFact] = []
    for a, b in zip(starts, ends, strict=True):
        cell, norm, _ = cells[a + 1]
        if (owners := _row_owners(norm, cell, lex)) is None or not owners[0]:
            return None  # (a row label that is no place nor unit: a list of numbered items, no table)
        figures = [(c, f.group(1)) for c, _, text in cells[a + 2 : b] if (f := _NOTED_FIGURE.fullmatch(text))]
        if not figures:
            return None
        out += [TableFact("target", c.line, "", None, quantity=_figure(c, v)) for c, v in figures]
        out += [TableFact("owner", cell.line, "", None, unit=it, quota=None) for it in owners[0]]
    end = ends[-1]
    if end < len(cells) and _TOTAL_ROW.fullmatch(cells[end][2]):
        # 总计 / 1625.06 / 325.01 / …: the total row after the numbered ones, its figures the whole table's
        end += 1
        while end < len(cells) and (f := _NOTED_FIGURE.fullmatch(cells[end][2])) is not None:
            c, v = cells[end][0], f.group(1)
            out.append(TableFact("target", c.line, "", None, quantity=_figure(c, v)))
            end += 1
    return out, end


def _figure_rows(cells: list[tuple[TableCell, str, str]], k: int) -> list[tuple[int, int]]:
    """Rows from cell ``k`` on, as (index of the label cell, count of figures after it), while the count
    stays the same."""
    rows: list[tuple[int, int]] = []
    while k < len(cells):
        label = cells[k][2]
        if _NOTED_FIGURE.fullmatch(label) or not re.fullmatch(r"[\u4e00-\u9fff()、]{2,20}", label):
            break
        n = 0
        while k + 1 + n < len(cells) and _NOTED_FIGURE.fullmatch(cells[k + 1 + n][2]):
            n += 1
        if n == 0 or (rows and n != rows[0][1]):
            break
        rows.append((k, n))
        k += 1 + n
    return rows


def _header_cells(cells: list[tuple[TableCell, str, str]], k: int, n: int) -> tuple[list[str], list[str]]:
    """(the header cells of a table of ``n`` figure columns whose first row starts at cell ``k``, the few lines
    above them: its title).  The header is the short cells right before the row (back to a sentence, a 单位:
    note, a heading or an annex line), as many as the place column and the figure columns need (one more for
    a group cell over years); what stands above is the title."""
    cands: list[str] = []
    j = k
    while j > max(0, k - 12):
        text = cells[j - 1][2]
        if len(text) > 20 or re.search(r"[。;:,、]", text) or _QUOTA_CELL.fullmatch(text) \
                or re.match(r"附[件表]?\d*$", text) or text.endswith(("表", "情况")):
            break
        cands.insert(0, text)
        j -= 1
    size = n + 2 if len(cands) >= n + 2 and sum(1 for x in cands[-n:] if _YEAR_CELL.fullmatch(x)) >= 2 else n + 1
    header = cands[-size:] if len(cands) >= size else cands
    above: list[str] = []  # back to a sentence, at most 30 cells (a total row and its 目标任务 may stand between)
    for x in range(k - len(header) - 1, max(-1, k - len(header) - 31), -1):
        if "。" in cells[x][2]:
            break
        above.append(cells[x][2])
    return header, above


def _cell_rows_facts(cells: list[tuple[TableCell, str, str]], rows: list[tuple[int, int]], header: list[str],
                     lex: Lexicon) -> list[TableFact]:
    n = rows[0][1]
    places = bool(header) and (any(w in header[0] for w in lex.place_columns) or header[0] in lex.owner_columns)
    columns = header[1:] if header else []
    if len(columns) == n + 1:  # a group cell over year columns: 分年度招生任务 / 1996年 / 1997年 / 1998年
        for g in range(len(columns) - 2):
            subs = columns[g + 1 :]
            if not _YEAR_CELL.fullmatch(columns[g]) and all(_YEAR_CELL.fullmatch(x) for x in subs[:2]):
                columns = columns[:g] + [columns[g] + x if _YEAR_CELL.fullmatch(x) else x for x in subs]
                break
    keep = _target_columns(columns, n, lex)
    if len(columns) == n:  # a column of phone numbers, deadlines or notes holds no target (联系电话)
        keep = {j for j in keep if column_kind(columns[j - 1], lex) not in ("note", "progress", "deadline", "number")}
    if not keep:
        return []
    name = next((columns[j - 1] for j in keep if 0 < j <= len(columns)), header[0] if header else "")
    out: list[TableFact] = []
    for at, count in rows:
        cell, norm, _ = cells[at]
        if (owners := _row_owners(norm, cell, lex, places=places)) is None:
            return []  # a row label that is no place nor unit: not a table of figures by place
        items = owners[0]
        quantities = []
        for j in range(1, count + 1):
            c, _, text = cells[at + j]
            if j in keep and (f := _NOTED_FIGURE.fullmatch(text)) is not None and "%" not in text:
                col = columns[j - 1] if len(columns) == n else name
                v = f.group(1)
                quantities.append((c.line, _figure(c, v, col)))
        out += [TableFact("target", line, q.name, None, quantity=q) for line, q in quantities]
        if quantities:
            out += [TableFact("owner", cell.line, name, None, unit=it, quota=None) for it in items]
    return out


# ---------------------------------------------------------------- task tables found by their header

#: column kinds whose cells name units, and the role class each gives
UNIT_COLUMNS = ("lead", "co", "responsible", "supervisor", "member")
#: column kinds holding the text of the row (the task)
TEXT_COLUMNS = ("task", "name", "goal")
_NO_ENTRY = re.compile(r"\s*(?:—{1,2}|无)\s*")
_ROW_NUMBER = re.compile(r"\d{1,3}\*?[.、]?")
_PAREN_NOTE = re.compile(r"\([^()]*\)")
_LABEL_CELL = re.compile(r"([\u4e00-\u9fff]{2,12})\s*:\s*(\S.*)")
_CELL_SEP = re.compile(r"[ \t]+")


def column_kind(text: str, lex: Lexicon | None = None, *, slack: int = 3) -> str | None:
    """Kind of a header cell (``lex.table_columns``), or None if it is not a column word.

    Notes in parentheses are ignored; the cell may hold a few characters more than the
    word (``省牵头单位``).

    >>> column_kind("牵头责任单位"), column_kind("重点工作任务(杭州市2项配合工作)"), column_kind("市发改委")
    ('lead', 'task', None)
    """
    return _column_kind(text, lex or load_lexicon(), slack)


@lru_cache(maxsize=65536)
def _column_kind(text: str, lex: Lexicon, slack: int) -> str | None:
    if re.fullmatch(r"\s*(?:19|20)\d{2}\s*年(?:度)?计划\s*", text):
        return "target"  # 2025年计划: the year's planned figures (not 进度计划, a schedule)
    # 2022年预期目标, 1-8月实际完成情况, 上半年完成情况: the period a column covers is no part of its word
    t = re.sub(r"^(?:(?:19|20)\d{2}年(?:度)?)?(?:\d{1,2}[-—~至]\d{1,2}月(?:份)?|[上下]半年|[一二三四1-4]季度)?", "",
               re.sub(r"\s+", "", _PAREN_NOTE.sub("", text)))
    t = _PERSON_TAIL.sub("", t)  # 牵头单位及主要负责人: the unit column, its head's name beside the unit
    t = _INSIDE_BODY.sub("", t)  # 市卫健委内牵头处室: the divisions inside one body, a unit column all the same
    if _PROGRESS_AND_MORE.match(t):
        return "progress"  # 进展情况、存在问题及下一步打算: what was done, however many things the column adds
    if not t or len(t) > 12 or ":" in t or re.match(r"[一二三四五六七八九十]+[、.]|\(|[0-9]+[.、]", t):
        return None  # a heading (一、重点任务分工) is not a column
    if (kind := _role_body_column(t, lex)) is not None:
        return kind
    for word, kind in lex.table_columns:
        if word in t:
            # a long column word may carry a few words more (具体工作任务和要求); a name column its subject
            # before 名称 (专项整治行业名称)
            if len(t) - len(word) <= slack + (2 if len(word) >= 4 else 0) or (kind == "name" and t.endswith(word)
                                                                             and len(t) <= 10):
                return kind
            return None
    return None


_INSIDE_BODY = re.compile(r"^[\u4e00-\u9fff]{1,8}?[委局厅部办府院]内(?=[\u4e00-\u9fff]{3})")
_PERSON_TAIL = re.compile(r"(?<=单位|部门)(?:及|和|/)(?:主要)?(?:负责人|责任人|联系人)$")


def _role_body_column(t: str, lex: Lexicon) -> str | None:
    """牵头负责司局 -> lead, 配合处室 -> co, 责任科室 -> responsible: a role word and a body, nothing else.

    >>> [_role_body_column(t, load_lexicon()) for t in ("牵头负责司局", "配合处室", "责任科室", "工作任务")]
    ['lead', 'co', 'responsible', None]
    """
    for body in sorted(lex.column_bodies, key=len, reverse=True):
        if t.endswith(body) and len(t) > len(body):
            head = t[: -len(body)]
            if head in ("责任", "负责", "主要负责", "具体负责"):
                return "responsible"
            try:
                return lex.role_of_marker(head)
            except KeyError:
                return None
    return None


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell of a table: its line and offsets in that line (normal form and original alike)."""

    line: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TaskRow:
    """One row of a task table: each cell with the kind of its column."""

    cells: tuple[tuple[str, Cell], ...]


@dataclass(frozen=True, slots=True)
class TaskTable:
    """A table of tasks recognised by its header (序号 / 工作任务 / 牵头单位 / 配合单位 …)."""

    header: tuple[tuple[str, Cell], ...]
    header_lines: frozenset[int]  # lines that hold nothing but header cells
    rows: tuple[TaskRow, ...]
    heading_rows: tuple[tuple[int, int], ...]  # (line, end of its heading marker): (一)王宏副市长牵头重点工作
    first_line: int
    last_line: int

    @property
    def cell_lines(self) -> frozenset[int]:
        """Lines made of cells (header and rows; heading rows are headings, not cells)."""
        return self.header_lines | {c.line for r in self.rows for _, c in r.cells}


def _whole(number: int, norm: str) -> Cell:
    """The line as one cell (the trailing ``|`` of a flattened table dropped, and the empty cells
    after it: ``各设区市 | |``)."""
    a = len(norm) - len(norm.lstrip())
    b = len(norm.rstrip(" |\t\u3000"))
    return Cell(number, a, max(a, b))


def _split(number: int, norm: str) -> list[Cell]:
    """Cells of a row written on one line: between ``|`` or tabs (empty cells kept), else between runs of spaces."""
    sep = "|" if "|" in norm else "\t" if "\t" in norm.strip() else None
    if sep is not None:
        out, pos = [], 0
        parts = norm.split(sep)
        if not parts[-1].strip():
            parts = parts[:-1]
        for part in parts:
            a, b = pos, pos + len(part)
            pos = b + 1
            while a < b and norm[a].isspace():
                a += 1
            while b > a and norm[b - 1].isspace():
                b -= 1
            out.append(Cell(number, a, b))
        return out
    return [Cell(number, m.start(), m.end()) for m in re.finditer(r"[^ \t]+", norm)]


def _spans(text: str, nxt: str, lex: Lexicon) -> bool:
    """True if a column word starts in ``text`` and ends in the short cell ``nxt`` (责任 / 领导)."""
    nxt = nxt.strip()
    if not (1 <= len(nxt) <= 2) or column_kind(text + nxt, lex) is None:
        return False
    joined = text + nxt
    return any(0 <= (k := joined.find(w)) < len(text) < k + len(w) for w, _ in lex.table_columns)


def _is_task_header(kinds: list[str]) -> bool:
    return (len(kinds) >= 3 and any(k in UNIT_COLUMNS for k in kinds) and any(k in TEXT_COLUMNS for k in kinds)
            and "indicator" not in kinds)


def _header_at(lines: list[tuple[int, str]], i: int, lex: Lexicon, continued: frozenset[int] = frozenset()
               ) -> tuple[list[tuple[str, Cell]], frozenset[int], int, bool] | None:
    """A task-table header starting at ``lines[i]``: (columns, header lines, next index, one row per line)."""
    number, norm = lines[i]
    if i + 1 < len(lines) and (double := _two_row_header(lines[i], lines[i + 1], lex)) is not None:
        return double, frozenset({number, lines[i + 1][0]}), i + 2, True
    # one row per line: the header is the line, or the end of it (a title or notice run into it)
    cells = _join_ranges(norm, [c for c in _split(number, norm) if c.end > c.start])
    cols: list[tuple[str, Cell]] = []
    # cells parted by single spaces (a copy whose runs of spaces were collapsed: the measured-table reader, which
    # parts cells at runs of spaces, cannot read it)
    single = not re.search(r"\t|\s{2}|\|", norm)
    for k, c in reversed(list(enumerate(cells))):
        kind = column_kind(norm[c.start : c.end], lex)
        if kind is None and ("|" in norm or re.search(r"\t|\s{2}", norm)) and 0 < k < len(cells) - 1 \
                and _unnamed_column(norm[c.start : c.end], lex, 12 if "|" in norm else 8) \
                and column_kind(norm[cells[k - 1].start : cells[k - 1].end], lex) is not None:
            # (国家园林城市 标准或要求 between bars: a longer cell, the bars mark it a cell)
            kind = "note"  # 工作任务 | 具体要求 | 责任部门: a column the lexicon does not name, between named ones
        if kind is None and re.sub(r"\s+", "", norm[c.start : c.end]) == "单位" and any(k == "task" for k, _ in cols) \
                and not any(k in ("indicator", "target", "goal") for k, _ in cols):
            kind = "responsible"  # 序号 | 单位 | 主要职责: the units the row's duties go to (not a measure's 单位)
        elif kind is None and re.sub(r"\s+", "", norm[c.start : c.end]) == "单位" and 0 < k and single \
                and column_kind(norm[cells[k - 1].start : cells[k - 1].end], lex) in ("indicator", "name") \
                and any(x in ("responsible", "lead") for x, _ in cols):
            kind = "note"  # 指标名称 单位 目标任务 … 责任单位: the measure the figures are counted in
        if kind is None:
            break
        cols.insert(0, (kind, c))
    if len(cols) == len(cells) - 1 >= 3 and cols[0][0] == "number" \
            and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", norm[cells[0].start : cells[0].end]):
        cols.insert(0, ("note", cells[0]))  # 类别 | 序号 | 项目名称 | …: a category column the lexicon does not name
    if sum(k == "task" for k, _ in cols) >= 2:
        # 建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单: among task columns an indicator column is more of
        # the row's text (beside one name column, 任务名称 | 指标要求, it holds the row's target)
        cols = [("task" if k == "indicator" else k, c) for k, c in cols]
    if "|" not in norm and len(cols) == len(cells):
        if single and "task" not in (kinds := [k for k, _ in cols]) and "indicator" in kinds and "name" not in kinds:
            # 序号 指标名称 单位 目标任务 … 责任单位 parted by spaces: the indicator's name is the text of the row
            cols = [("name", c) if k == "indicator" else (k, c) for k, c in cols]
        cols = _goal_as_text(cols)  # 序号  目标任务  责任单位  完成时限: the target is the row's text
    two = len(cols) == len(cells) == 2 and ("|" in norm or "\t" in norm) and {k for k, _ in cols} & {
        "responsible", "lead"} and {k for k, _ in cols} & set(TEXT_COLUMNS)  # | 单位名称 | 工作职责 |
    if ("|" not in norm or len(cols) == len(cells)) and (_is_task_header([k for k, _ in cols]) or two):
        whole = len(cols) == len(cells)
        if whole and "|" in norm and i + 1 < len(lines) and (more := _header_rest(*lines[i + 1], lex)):
            # 序号 | 项目名称 | 责任单位 | 目标任务 | 实际完成情况 | / 任务完成率 | 备注 |: a header wrapped over two lines
            return cols + more, frozenset({number, lines[i + 1][0]}), i + 2, True
        return cols, frozenset({number} if whole else ()), i + 1, True
    # one cell per line; a header word broken over two cells (牵头责任 / 单位) is joined,
    # a note in parentheses on its own line ((全年)) belongs to the cell above
    cols, used, j = [], set(), i
    while j < len(lines):
        n, s = lines[j]
        if n in continued and cols:
            used.add(n)  # 责任部门 / (加*号为牵头部门, / 其余为参与部门) between bars: one cell's note
            j += 1
            continue
        c = _whole(n, s)
        text = s[c.start : c.end]
        kind = column_kind(text, lex)
        if kind is None and re.sub(r"\s+", "", text) == "单位" and not cols and j + 1 < len(lines) \
                and column_kind(_text(lines[j + 1]), lex) == "task" \
                and any(w in _text(lines[j + 1]) for w in lex.duty_columns):
            kind = "responsible"  # 单位 / 职责分工 one cell a line: the units the row's duties go to (not a measure's 单位)
        if kind is not None and j + 1 < len(lines) and _spans(text, _text(lines[j + 1]), lex):
            kind = None  # 攻坚目标 / 任务: a column word runs on into the next short cell
        if kind is not None:
            cols.append((kind, c))
            used.add(n)
            j += 1
            continue
        if cols and _PAREN_NOTE.fullmatch(text):
            used.add(n)
            j += 1
            continue
        if j + 1 < len(lines) and not _ROW_NUMBER.fullmatch(text):  # 1 / 主要预期目标: the first row
            n2, s2 = lines[j + 1]
            c2 = _whole(n2, s2)
            if (kind := column_kind(text + s2[c2.start : c2.end], lex, slack=4)) is not None:
                cols.append((kind, c))
                used |= {n, n2}
                j += 2
                continue
        if cols and j + 1 < len(lines) and _unnamed_column(text, lex) and not _ROW_NUMBER.fullmatch(text) \
                and (column_kind(_text(lines[j + 1]), lex) is not None or (j + 2 < len(lines) and column_kind(
                    _text(lines[j + 1]) + _text(lines[j + 2]), lex, slack=4) is not None)):
            # 任务分类 / 主要方向 / 重点任务: a column the lexicon lacks between named ones
            cols.append(("note", c))
            used.add(n)
            j += 1
            continue
        if (unnamed_end := _unnamed_last_columns(lines, j, cols)) is not None:
            # … | 1-11月推进情况 | 是否达序 | 说明 | then row 24: columns the lexicon does not name end the header
            cols += [("note", _whole(*lines[k])) for k in range(j, unnamed_end)]
            used |= {lines[k][0] for k in range(j, unnamed_end)}
            j = unnamed_end
        break
    cols = _spanned_columns(cols)
    if not any("|" in s for n, s in lines[i:j]):  # a | table of targets is read by read_table
        # 指标 / 目标 / 责任单位 one cell per line: the indicator's name is the text of the row
        cols = _goal_as_text([("name", c) if k == "indicator" else (k, c) for k, c in cols])
    elif [k for k, _ in cols if k != "number"][:1] == ["target"]:
        # 目标任务 | / 责任领导 | / 牵头单位 |: the first column, with no text column, is the row's text
        cols = _goal_as_text(cols)
    if _is_task_header([k for k, _ in cols]) or _unit_and_duties(cols, lines[i:j], lex):
        # 单位 / 职责分工: each unit and its duties (not 单位 / 献血任务数, a quota's)
        return cols, frozenset(used), j, False
    if (members := _member_columns(cols, lines[i:j], lex)) is not None:
        return members, frozenset(used), j, False
    return None


def _member_columns(cols: list[tuple[str, Cell]], lines: list[tuple[int, str]],
                    lex: Lexicon) -> list[tuple[str, Cell]] | None:
    """序号 / 成员单位 / 分管领导 / 职务 / 联系电话 / 联络员 one cell a line: a team's member units and their contacts, with
    no duty column: the 成员单位 column gives members (the people named beside them are contacts, no seats)."""
    kinds = [k for k, _ in cols]
    if len(cols) < 3 or any(k in TEXT_COLUMNS or k in ("target", "indicator", "lead", "co") for k in kinds):
        return None
    words = {c.line: re.sub(r"\s+", "", s[c.start : c.end]) for n, s in lines for _, c in cols if c.line == n}
    at = [k for k, (kind, c) in enumerate(cols) if kind == "responsible" and words.get(c.line) in lex.member_columns]
    if len(at) != 1 or not all(k in ("number", "note", "supervisor", "responsible") for k in kinds):
        return None
    return [("member" if k == at[0] else "number" if kind == "number" else "note", c) for k, (kind, c) in enumerate(cols)]


def _unit_and_duties(cols: list[tuple[str, Cell]], lines: list[tuple[int, str]], lex: Lexicon) -> bool:
    """单位 / 职责分工 one cell a line: a table of each unit and its duties (not 单位 / 献血任务数, a quota's)."""
    if [k for k, _ in cols] not in (["responsible", "task"], ["task", "responsible"]):
        return False
    words = {k: re.sub(r"\s+", "", s[c.start : c.end]) for n, s in lines for k, c in cols if c.line == n}
    return words.get("responsible") == "单位" and any(w in words.get("task", "") for w in lex.duty_columns)


def _spanned_columns(cols: list[tuple[str, Cell]]) -> list[tuple[str, Cell]]:
    """A header of two rows copied one cell a line: the top row's 责任单位 spans the 牵头单位 / 配合单位 that end
    the header (序号 / 重点任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位): they take its place."""
    kinds = [k for k, _ in cols]
    tail = 0
    while tail < len(kinds) and kinds[len(kinds) - 1 - tail] in ("lead", "co"):
        tail += 1
    if tail < 2 or "responsible" not in kinds[: len(kinds) - tail]:
        return cols
    at = kinds.index("responsible")
    if at == len(kinds) - tail - 1 or any(k in ("lead", "co") for k in kinds[: len(kinds) - tail]):
        return cols  # (责任单位 right before them: a column of its own)
    return cols[:at] + cols[len(cols) - tail :] + cols[at + 1 : len(cols) - tail]


def _two_row_header(first: tuple[int, str], second: tuple[int, str], lex: Lexicon) -> list[tuple[str, Cell]] | None:
    """A header of two rows between tabs or bars, a cell of the first spanning the unit columns named in the
    second (序号 | 重点任务 | 责任单位 | | 完成时限 / | | 牵头单位 | 配合单位 |): the columns, each named by the
    second row where it has a word, else by the first."""
    sep = "\t" if "\t" in first[1] else "|" if "|" in first[1] else None
    if sep is None or sep not in second[1]:
        return None
    top, below = _split(*first), _split(*second)
    words = [(k, column_kind(second[1][c.start : c.end], lex)) for k, c in enumerate(below) if c.end > c.start]
    if not words or len(below) > len(top) + 1 or any(kind not in UNIT_COLUMNS for _, kind in words):
        return None
    cols: list[tuple[str, Cell]] = []
    for k, c in enumerate(top):
        sub = below[k] if k < len(below) and below[k].end > below[k].start else None
        cell = sub or c
        kind = column_kind((second if sub else first)[1][cell.start : cell.end], lex) if cell.end > cell.start else None
        if kind is None:
            return None
        cols.append((kind, cell))
    return cols if _is_task_header([k for k, _ in cols]) else None


def _unnamed_last_columns(lines: list[tuple[int, str]], j: int, cols: list[tuple[str, Cell]]) -> int | None:
    """End of a run of one or two short cells the lexicon does not name, right before the first row
    number of a numbered header of three or more named columns (是否达序 / 说明 / 24)."""
    if len(cols) < 3 or cols[0][0] != "number":
        return None
    for k in range(j, min(j + 3, len(lines))):
        text = _text(lines[k])
        if _ROW_NUMBER.fullmatch(text):
            return k if k > j else None
        if len(text) > 6 or re.search(r"[0-9,。;:、]", text):
            return None
    return None


def _join_ranges(norm: str, cells: list[Cell]) -> list[Cell]:
    """Cells split inside a period by a space (1- 8月实际完成情况), or a letter-spaced word (工 作 任 务), or a
    column word split by a single space (完成 进度, 责任 单位), joined again."""
    out: list[Cell] = []
    spaced = False  # the last cell is a run of single characters
    for c in cells:
        one = c.end - c.start == 1 and "\u4e00" <= norm[c.start] <= "\u9fff"
        if out and re.fullmatch(r"\d{1,2}\s*[-—~至]", norm[out[-1].start : out[-1].end]) and re.match(r"\d", norm[c.start :]):
            out[-1] = Cell(c.line, out[-1].start, c.end)
        elif out and norm[out[-1].end : c.start] == " " and column_kind(norm[out[-1].start : out[-1].end]) is None \
                and re.fullmatch(r"[\u4e00-\u9fff]{2}", norm[out[-1].start : out[-1].end]) \
                and re.fullmatch(r"[\u4e00-\u9fff]{2}", norm[c.start : c.end]) \
                and column_kind(norm[out[-1].start : out[-1].end] + norm[c.start : c.end]) is not None:
            out[-1] = Cell(c.line, out[-1].start, c.end)
        elif out and one and spaced and "|" not in norm[out[-1].end : c.start]:
            out[-1] = Cell(c.line, out[-1].start, c.end)
        else:
            out.append(c)
            spaced = one
    return out


def _header_rest(number: int, norm: str, lex: Lexicon) -> list[tuple[str, Cell]]:
    """The columns of a line that holds nothing but column words (the rest of a wrapped header)."""
    cells = [c for c in _split(number, norm) if c.end > c.start]
    kinds = [column_kind(norm[c.start : c.end], lex) for c in cells]
    if "|" not in norm or not cells or any(k is None for k in kinds):
        return []
    return [(k, c) for k, c in zip(kinds, cells, strict=True) if k is not None]


def _goal_as_text(cols: list[tuple[str, Cell]]) -> list[tuple[str, Cell]]:
    """序号 / 2022年预期目标 / 责任单位: a table of targets with no task column; the target is the
    row's text (its numbers are targets) and the units own it (indicator owners)."""
    kinds = [k for k, _ in cols]
    if any(k in TEXT_COLUMNS for k in kinds) or "target" not in kinds or "indicator" in kinds:
        return cols
    k = kinds.index("target")
    return [*cols[:k], ("goal", cols[k][1]), *cols[k + 1 :]]


_HEAD_NAME = re.compile(r"\s+([\u4e00-\u9fff]{2,3})\s*$")


def _without_head(norm: str, c: Cell, lex: Lexicon) -> Cell:
    """A unit cell without the name of the unit's head written after it (市民政局 伍泽国, in a
    牵头单位及主要负责人 column): the unit alone holds the role."""
    m = _HEAD_NAME.search(norm[c.start : c.end])
    if m is None or m.start() == 0 or m.group(1)[0] not in lex.surnames or is_unit(m.group(1), lex):
        return c
    end = c.start + m.start()
    items, rejected = split_units(norm, c.start, end, lex=lex)
    return Cell(c.line, c.start, end) if items and not rejected else c


def _fits(kind: str, norm: str, c: Cell, lex: Lexicon) -> bool:
    """Whether a cell's content can stand in a column of that kind (for rows with cells missing)."""
    if kind in ("lead", "co", "responsible"):
        c = _without_head(norm, c, lex)
    text = norm[c.start : c.end]
    if kind in ("lead", "co", "responsible", "supervisor", "deadline") and _NO_ENTRY.fullmatch(text):
        return True  # —— / 无: a cell left empty on purpose (no lead for this row; - and / are a target column's)
    if kind == "number":
        return bool(_ROW_NUMBER.fullmatch(text))
    if kind == "note" and _ROW_NUMBER.fullmatch(text):
        return False  # (a category column left empty: the row opens with its number)
    if kind in ("lead", "co", "responsible"):
        items, rejected = split_units(norm, c.start, c.end, lex=lex)
        # a unit cut off by the end of the stored copy (…城乡一体化示范区、高) leaves the cell a unit cell
        cut = len(rejected) == 1 and rejected[0][1] >= c.end and rejected[0][1] - rejected[0][0] <= 2
        if not items and text.strip() in ("办公室", "办公厅"):
            return True  # 办公室 in a 责任科室 column: the body's own office
        if not items and bare_collective(norm, c.start, c.end):
            return True  # 有关部门 in a 协助单位 column: the bodies concerned
        # 各股室、委属部门单位: a list that opens with a unit, its other pieces unit-like
        return bool(items) and (not rejected or cut or (items[0].start == c.start and _unit_list(norm, c, lex)))
    if kind == "supervisor":
        if len(text) > 20 or re.search(r"[0-9%。,]", text):
            return False
        items, rejected = split_units(norm, c.start, c.end, lex=lex)
        # 区财政局、税务局 where a leader was expected: the leader's cell is empty (merged or dropped)
        return bool(rejected) or not items or any(it.kind in (UnitKind.position, UnitKind.person) for it in items)
    if kind == "score":
        return bool(_BARE_NUMBER.fullmatch(text))
    if kind in TEXT_COLUMNS:
        return len(text) <= 40 and not _BARE_NUMBER.fullmatch(text)
    if kind == "deadline" and len(text) <= 40 and not _fits_strictly(kind, norm, c):
        items, rejected = split_units(norm, c.start, c.end, lex=lex)
        return not items or bool(rejected)  # 羌研会 where a 完成时限 was expected: its time cell is empty
    return len(text) <= 40 or kind == "progress"  # (what was done, in as many sentences as it takes)


def _fits_right(kind: str, norm: str, c: Cell, lex: Lexicon) -> bool:
    """Whether a cell of a one-line row with cells missing stands in a column after the row's text.

    Between bars a space separates units (党政办 应消站, 村(社区)) as a label's list does; and a
    cell of units is no deadline (a 时限 cell left empty), even though it is short.
    """
    if kind in ("lead", "co", "responsible") and "|" in norm:
        return _fits(kind, norm, c, lex) or _unit_list(norm, c, lex)
    if kind == "deadline" and "|" in norm and not _fits_strictly(kind, norm, c):
        return not _unit_list(norm, c, lex)
    return _fits(kind, norm, c, lex)


def _unit_list(norm: str, c: Cell, lex: Lexicon) -> bool:
    """A cell that is a short list of units, separated by spaces as well (党政办 应消站)."""
    return short_unit_list(norm, c.start, c.end, lex) is not None


#: columns whose cells are known by their shape (a number, units), so a cell that does not fit opens a new row
_SHAPED = ("number", "score", "lead", "co", "responsible")


def _opens_row(cols: list[str], at: int, norm: str, c: Cell, nxt: tuple[int, str] | None, lex: Lexicon) -> bool:
    """In a table with no row numbers, whether the cell expected in column ``at`` opens a new row.

    Rows of such tables lose cells to merged (rowspan) cells and carry category rows (宏观调控),
    so cells are not counted out: a cell opens a row when it cannot stand in the column expected
    but can in the first, or when the cell after it fits the second column by its shape but not
    the column after this one (地方公共财政收入增长率 / 3: a name and its 分值, not a target).
    """
    if not _fits(cols[0], norm, c, lex):
        return False
    if not _fits(cols[at], norm, c, lex):
        return True
    if nxt is None or at + 1 >= len(cols) or len(cols) < 2 or cols[1] not in _SHAPED:
        return False
    nc = _whole(*nxt)
    return _fits(cols[1], nxt[1], nc, lex) and not _fits(cols[at + 1], nxt[1], nc, lex)


def _row_cells(kinds: list[str], norm: str, cells: list[Cell], lex: Lexicon) -> list[tuple[str, Cell]]:
    """Put the cells of a one-line row in their columns.

    With as many cells as columns the order decides; otherwise (cells split at spaces, or
    an empty cell dropped) the columns before the text are filled from the left, those
    after it from the right, and what lies between is the text of the row.
    """
    filled = len(cells)
    while filled and cells[filled - 1].end == cells[filled - 1].start:
        filled -= 1
    if len(cells) == len(kinds) and ("|" not in norm or filled == len(cells)):
        return [(k, c) for k, c in zip(kinds, cells, strict=True) if c.end > c.start]
    if "|" in norm and len(cells) >= len(kinds) and 0 < filled <= len(kinds) \
            and all(c.end > c.start for c in cells[:filled]):
        # 1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | ||: the last cells left empty (and bars to spare);
        # 3.及时反馈… | 各科室 | |: the first cell merged with the row above (the units stand in their column)
        # 新增托位500个。 | 新增托位600个。 | ||: a sub-row of the row above, its number cell left out
        numberless = kinds[0] == "number" and not _ROW_NUMBER.fullmatch(norm[cells[0].start : cells[0].end].strip())
        from_left = list(zip(kinds[1:] if numberless else kinds, cells[:filled], strict=False))
        from_right = list(zip(kinds[len(kinds) - filled :], cells[:filled], strict=True))

        def units_placed(row: list[tuple[str, Cell]]) -> int:
            return sum(1 for k, c in row if k in UNIT_COLUMNS and (_fits(k, norm, c, lex) or _cell_clause(norm, c, lex)))
        return from_right if units_placed(from_right) > units_placed(from_left) else from_left
    cells = [c for c in cells if c.end > c.start]
    text_at = [k for k, kind in enumerate(kinds) if kind in TEXT_COLUMNS]
    out: list[tuple[str, Cell]] = []
    a, b = 0, len(cells)
    # the columns after the text are filled first (units fit them by their shape): a blank cell before the text
    # (a category left empty: 2      技改投资增长10%   市工信局   市财政局) leaves them in place
    floor = 1 if kinds[0] == "number" and cells and _ROW_NUMBER.fullmatch(norm[cells[0].start : cells[0].end]) else 0
    right: list[tuple[str, Cell]] = []
    after_text = kinds[text_at[-1] + 1 :]
    for j, kind in reversed(list(enumerate(after_text))):
        if b - 1 > floor and _fits_right(kind, norm, cells[b - 1], lex):
            right.insert(0, (kind, cells[b - 1]))
            b -= 1
            # 規模工業增加值增長 11.9%: a progress cell's words split at a space, the column before it (縣工信局)
            # further left: the words join the cell
            before = after_text[j - 1] if j > 0 else None
            while kind in ("progress", "note") and before in UNIT_COLUMNS and b - 2 > floor \
                    and not _fits_right(before, norm, cells[b - 1], lex) and _fits_right(before, norm, cells[b - 2], lex):
                right[0] = (kind, Cell(cells[b - 1].line, cells[b - 1].start, right[0][1].end))
                b -= 1
    for kind in kinds[: text_at[0]]:
        # (12 市生态环境局: a unit with its text wrapped onto the lines around it, as a PDF lays a row out)
        if (a < b - 1 or (a == b - 1 and kind in UNIT_COLUMNS and not re.search(r"\s", norm[cells[a].start : cells[a].end])
                          and _all_units(norm[cells[a].start : cells[a].end], lex))) \
                and _fits(kind, norm, cells[a], lex):
            out.append((kind, cells[a]))
            a += 1
    if a < b:
        out.append((kinds[text_at[0]], Cell(cells[a].line, cells[a].start, cells[b - 1].end)))
    # fewer unit cells than unit columns: the first columns are the ones filled (a row names its
    # lead; the 配合 cell is the one left empty)
    unit_cols = [k for k in kinds[text_at[-1] + 1 :] if k in UNIT_COLUMNS]
    placed = [k for k, (kind, _) in enumerate(right) if kind in UNIT_COLUMNS]
    if 0 < len(placed) < len(unit_cols) and not _blank_before(norm, cells, right[placed[0]][1]):
        for col, k in zip(unit_cols, placed, strict=False):
            right[k] = (col, right[k][1])
    return out + right


def _blank_before(norm: str, cells: list[Cell], c: Cell) -> bool:
    """In a row parted by runs of spaces, whether a cell left empty lies right before ``c``: the gap before it
    is twice the row's usual gap or more (完成技改投资50亿元        市财政局: the lead cell merged above)."""
    if "|" in norm or "\t" in norm:
        return False
    gaps = [y.start - x.end for x, y in itertools.pairwise(cells)]
    usual = min((g for g in gaps if g >= 2), default=None)
    before = next((y.start - x.end for x, y in itertools.pairwise(cells) if y == c), 0)
    return usual is not None and before >= 2 * usual


def find_task_tables(lines: list[tuple[int, str]], heading_row: Callable[[str], int | None],
                     lex: Lexicon | None = None) -> list[TaskTable]:
    """Task tables of a document given its lines as (line number, normal form).

    A table starts at a header whose cells are column words of the lexicon (at least three
    columns, one of them a text column and one a unit column).  Rows follow, one per line
    (cells between ``|``, tabs or spaces; in a space-separated table a row opens with its
    number) or one cell per line (a row opens with its number cell).  ``heading_row(norm)``
    gives the end of a section/subsection marker, for heading rows such as
    ``(一)王宏副市长牵头重点工作`` inside the table; they stay headings of the document.
    """
    lex = lex or load_lexicon()
    # a table copied one cell per line with a bare | line after each cell (||| for merged cells):
    # the bars carry nothing, the cells are read by their shape
    nonempty = [(n, s) for n, s in lines if s.strip() and not _BARS.fullmatch(s)]
    continued = _continued_cells(lines) | _blank_parted_cells(lines)
    out: list[TaskTable] = []
    i = 0
    while i < len(nonempty):
        h = _header_at(nonempty, i, lex, continued)
        if h is None:
            i += 1
            continue
        header, header_lines, j, one_line = h
        table, j = _body(nonempty, j, header, header_lines, one_line, heading_row, lex, continued)
        if table is not None:
            out.append(table)
            i = j
        else:
            i += 1
    return out


def _continued_cells(lines: list[tuple[int, str]]) -> frozenset[int]:
    """Lines that go on with the cell above: in a table copied with a bare | line after every cell, the lines
    between two bars are one cell (完成2022年度 / 乡村振兴示范村建设 / |).  Only where bars part most cells."""
    bars = [k for k, (_, s) in enumerate(lines) if s.strip() == "|"]
    if len(bars) < 8:
        return frozenset()
    gaps = [[(n, s) for n, s in lines[a + 1 : b] if s.strip()] for a, b in itertools.pairwise(bars)]
    plain = [g for g in gaps if g and not any("|" in s for _, s in g)]
    if sum(len(g) == 1 for g in plain) * 2 < len(gaps):
        return frozenset()  # (| / 项目名称 | / 赋分办法 | / ||: bars that part rows, each cell with its own bar)
    return frozenset(n for g in plain if len(g) <= 12 for n, _ in g[1:])


def _blank_parted_cells(lines: list[tuple[int, str]]) -> frozenset[int]:
    """Lines that go on with the cell above in a table copied one cell per line with a blank line after every cell
    (区建设管理委 / （区水务局） / 上海城投集团 / (blank): one cell of three lines).  Only inside runs of short lines
    where blank lines part most cells, and only for groups of two to four lines that are no sentences."""
    blanks = [k for k, (_, s) in enumerate(lines) if not s.strip()]
    if len(blanks) < 12:
        return frozenset()
    gaps = [[(n, s) for n, s in lines[a + 1 : b]] for a, b in itertools.pairwise([-1, *blanks, len(lines)])]
    gaps = [g for g in gaps if g]
    short = [g for g in gaps if all(len(s.strip()) <= 40 for _, s in g)]
    if len(short) < 12 or sum(len(g) == 1 for g in short) * 3 < len(short) * 2:
        return frozenset()  # (paragraphs parted by blank lines, a table one row a line: no cells to join)
    # (not …市规划和自然资源 / 局、市人力社保局…: a cell cut inside a name by a copy's fixed width, as lines of its own)
    return frozenset(n for g in short if 2 <= len(g) <= 4 and not any(re.search(r"[。;]$", s.strip()) for _, s in g)
                     and not any(_CUT_NAME_TAIL.match(s.strip()) for _, s in g[1:])
                     for n, _ in g[1:])


_CUT_NAME_TAIL = re.compile(r"[、,;)]|[局委办厅处所站队院会部](?:[、,;]|$)")


def _body(lines: list[tuple[int, str]], j: int, header: list[tuple[str, Cell]], header_lines: frozenset[int],
          one_line: bool, heading_row: Callable[[str], int | None], lex: Lexicon,
          continued: frozenset[int] = frozenset()) -> tuple[TaskTable | None, int]:
    """Rows of a table from ``lines[j]`` on, up to the next header or the first line that is not a row."""
    kinds = [k for k, _ in header]
    cols = [k for k in kinds if k != "number"]
    if not one_line and "number" in kinds:
        # 类别 / 序号 / …: a category column before the row numbers is merged over its rows (a heading row)
        cols = [k for k in kinds[kinds.index("number") + 1 :] if k != "number"]
    piped = one_line and "|" in lines[j - 1][1]
    first = next((k for k in range(j, len(lines)) if heading_row(lines[k][1]) is None), None)
    # a 序号 column whose numbers were lost in copying: rows are counted out by the header
    numbered = "number" in kinds and (one_line or (first is not None and bool(_ROW_NUMBER.fullmatch(_text(lines[first])))))
    if numbered and not one_line and first == j and (run := _number_run(lines, j)) >= 2:
        # 1 / 2 / 3 / 推进… / 县发改局 / …: the row numbers were laid out as a column of their own (a PDF's
        # text boxes): the rows after them are counted out by the header
        j += run
        numbered = False
    rows: list[TaskRow] = []
    heading_rows: list[tuple[int, int]] = []
    cur: list[tuple[str, Cell]] | None = None
    at = 0  # next column of the current row (one cell per line)

    def is_row_start(k: int) -> bool:
        n, s = lines[k]
        if one_line:
            if piped:  # (a heading's cell with others after it opens a row too)
                return "|" in s and (heading_row(s) is None or len([c for c in _split(n, s) if c.end > c.start]) >= 2)
            cells = _split(n, s)
            if len(cells) >= 2 and _ROW_NUMBER.fullmatch(s[cells[0].start : cells[0].end]):
                return True
            if kinds[:2] == ["note", "number"] and len(cells) >= 3 and _ROW_NUMBER.fullmatch(s[cells[1].start : cells[1].end]) \
                    and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", s[cells[0].start : cells[0].end]):
                return True  # 民生 1 新建学校3所 …: the category's cell before the row number
            # a table with no 序号 column, its cells parted by tabs or runs of spaces: a row has the header's cells
            return "number" not in kinds and len(cells) == len(kinds) and bool(re.search(r"\t|\s{2}", s))
        return bool(_ROW_NUMBER.fullmatch(_text(lines[k]))) if numbered else heading_row(s) is None

    def close() -> None:
        nonlocal cur, at
        if cur and numbered and not one_line:
            cur = _realigned(cur, cols, by_line, lex)
        if cur and any(k != "number" for k, _ in cur):
            rows.append(TaskRow(tuple(cur)))
        cur, at = None, 0

    by_line = dict(lines)
    last = lines[j - 1][0]
    while j < len(lines):
        n, s = lines[j]
        if n in continued and not one_line:
            if cur:
                cur.append((cur[-1][0], _whole(n, s)))  # a cell's text wrapped onto the next line, before its bar
            last = n
            j += 1
            continue
        if _header_at(lines, j, lex, continued) is not None or _ANNEX_LINE.match(s):
            break  # (附件3 / 激发需求行动实施方案: the next annex, whatever its lines look like)
        # a heading row leads to rows (or to another heading row)
        if (end := heading_row(s)) is not None:
            # (一、紧扣 “十四五”开好局 with no bar: a row across the table, its words are no cells)
            with_cells = piped and "|" in s and len([c for c in _split(n, s) if c.end > c.start]) >= 2
            after = j + 1
            while after < len(lines) and lines[after][0] in continued:
                after += 1  # (二) / 全面 / 推进 / |: the heading's words wrapped before its bar
            if (after < len(lines) and (is_row_start(after) or heading_row(lines[after][1]) is not None)) or (
                    with_cells and rows):
                close()
                heading_rows.append((n, end))
                if not with_cells:
                    last = n
                    j += 1
                    continue
                # 一、做好财政信息公开。 | 1.积极推进… | 财务科 |: the category cell opens a heading and a row
            elif cur is None or (at >= len(cols) and not (
                    numbered and _merged_start(cols, at, cur, by_line, s, _whole(n, s)) is not None)):
                break  # 二、保障措施 after the last row: the table has ended (not (2)一般公共预算收入… in a
                # numbered table whose row above opened its text with (1): a row merged with the one above)
        if one_line:
            if not is_row_start(j) and rows and (more := _list_carried_on(rows[-1], by_line, n, s, lex)) is not None:
                rows[-1] = more  # …\t市发改委、 / 市统计局\t2024年12月底: a unit list broken after its 、
                last = n
                j += 1
                continue
            if not is_row_start(j) and rows and not piped and _all_units(s, lex):
                # 区税务局 / 区政府有关部门,…: the row's unit cells went on over the next lines
                rows[-1] = _attach_units(rows[-1], kinds, _whole(n, s))
                last = n
                j += 1
                continue
            if not is_row_start(j):
                # a row's text wrapped onto a line of its own: read as text, the rows go on (in a PDF's layout a
                # numbered row's text wraps around the line of its number and unit: a few lines either side)
                reach = _WRAP_REACH if numbered and not piped else 2
                ahead = range(j + 1, min(j + 1 + reach, len(lines)))
                if (rows or (numbered and not piped and n - last <= reach)) and any(is_row_start(k) for k in ahead) \
                        and not any(_ANNEX_LINE.match(lines[k][1]) or _header_at(lines, k, lex)
                                    for k in range(j, ahead.stop)):
                    j += 1
                    continue
                break
            cur = _row_cells(kinds, s, _split(n, s), lex)
            close()
        else:
            c = _whole(n, s)
            text = s[c.start : c.end]
            lab = _LABEL_CELL.fullmatch(text)
            lab_kind = column_kind(lab.group(1), lex) if lab else None
            if numbered and _ROW_NUMBER.fullmatch(text):
                close()
                cur = [("number", c)]
            elif cur is None and numbered:
                break
            elif lab and lab_kind in UNIT_COLUMNS:  # 省牵头单位:省农业农村厅
                cur = cur if cur is not None else []
                cur.append((lab_kind, Cell(n, c.start + lab.start(2), c.end)))
            elif cur and cur[-1][0] in ("lead", "co", "responsible") and _ALIAS_CELL.fullmatch(text) \
                    and _all_units(text[1:-1], lex):
                cur.append((cur[-1][0], Cell(n, c.start + 1, c.end - 1)))  # 应急管理局 / (安委办): the name above,
                # wrapped before its alias in brackets
            elif numbered and cur is not None and ((k := _merged_start(cols, at, cur, by_line, s, c)) is not None
                                                   or (sub_row := _sub_row_start(cols, at, cur, text, [x for _, x in lines[j + 1 : j + 6]], lex))
                                                   is not None):
                # 2.一般公共预算收入… after a full row: a row whose first cells are merged with the row above (so
                # is a long 主要内容 after a full row under one 工作事项: its sub-rows repeat the columns after it)
                close()
                start = (k, 0) if k is not None else sub_row
                assert start is not None  # (one of the two is set)
                k, extra = start
                cur = [(cols[k], c), *((cols[k], _whole(*lines[j + x])) for x in range(1, extra + 1))]
                at = k + 1
                j += extra  # (the text cell's further paragraphs)
                n = lines[j][0]
            elif cur is not None and at > 0 and (_continues(cur[-1][0], cols[at] if at < len(cols) else None, s, c, lex)
                                                 or _list_goes_on(cur[-1], by_line, s, c, lex)):
                if not (at >= len(cols) and not _next_row_near(lines, j, numbered)) or (
                        cur[-1][0] in ("lead", "co", "responsible") and _all_units(text, lex)):
                    # a cell written over two paragraphs (经开区 / 高新园 / (邹区镇) / 各街道: one unit a line)
                    cur.append((cur[-1][0], c))
                else:
                    break
            elif not numbered and cur is None and rows and cols[0] not in UNIT_COLUMNS and rows[-1].cells \
                    and rows[-1].cells[-1][0] in UNIT_COLUMNS and _all_units(text, lex) and j + 1 < len(lines) \
                    and not _all_units(_text(lines[j + 1]), lex):
                # 设施运行处 / 设施养护处 / 各相关部门和单位 / 各行业主管部门、各区: one more unit cell than the
                # header has unit columns (two leads, a lead cell split in two) ends the row that counted out full
                rows[-1] = _attach_units(rows[-1], kinds, c)
            elif not numbered and "number" not in kinds and cur is None and _ROW_NUMBER.fullmatch(text) \
                    and j + 1 < len(lines) and not _ROW_NUMBER.fullmatch(_text(lines[j + 1])):
                cur = [("number", c)]  # 1 / 及时公开… / 办公室: a row number the header has no column for
            elif at < len(cols):
                if not numbered and cur and at > 0 and _opens_row(
                        cols, at, s, c, lines[j + 1] if j + 1 < len(lines) else None, lex):
                    close()
                cur = cur if cur is not None else []
                if cols[at] in TEXT_COLUMNS and cur and all(k == "number" for k, _ in cur) and _all_units(text, lex) \
                        and not _SPACED_NAME.fullmatch(text) and "。" not in text and j + 1 < len(lines) \
                        and (_text(lines[j + 1]) in ("—", "-", "/", "无") or _all_units(_text(lines[j + 1]), lex)) \
                        and (unit_at := next(
                        (k for k in range(at + 1, len(cols)) if cols[k] in ("lead", "responsible")), None)) is not None:
                    at = unit_at  # 3 / 交通建设处 / 设施养护处 / …: the row's text is merged with the row above's
                elif cols[at] in (*TEXT_COLUMNS, "target") and cur and (unit_at := next(
                        (k for k in range(at + 1, len(cols)) if cols[k] in ("lead", "co", "responsible")), None)) \
                        is not None and any(k in (*TEXT_COLUMNS, "target") for k, _ in cur) \
                        and (_cell_clause(s, c, lex) or _fits(cols[unit_at], s, c, lex)):
                    # 目标任务 (merged into heading rows) | 主要内容 | 责任单位: 市发改委牵头落实 after the text
                    # stands in its unit column, the text columns before it were merged (so does a cell of
                    # units after the row's text: 文化宣传股文化馆 where the 工作任务 was expected)
                    at = unit_at
                elif cols[at] in TEXT_COLUMNS and any(k in TEXT_COLUMNS for k, _ in cur) and _person_cell(text, lex) \
                        and (sup := next((k for k in range(at + 1, len(cols)) if cols[k] == "supervisor"), None)) \
                        is not None and j + 1 < len(lines) and (_all_units(_text(lines[j + 1]), lex)
                                                                or _person_cell(_text(lines[j + 1]), lex)):
                    at = sup  # 2 / 深挖…体系。 / 顾国煜 / 区科技局: the row's title cell merged above, the leader after its text
                elif cols[at] == "target" and at + 1 < len(cols) and cols[at + 1] == "supervisor" \
                        and not re.search(r"\d", text) and len(text) <= 4 and _fits("supervisor", s, c, lex):
                    at += 1  # 全年目标任务 left empty (the target is in the task's text): 徐国江 is the leader
                elif cols[at] not in (*TEXT_COLUMNS, "target") and not _fits(cols[at], s, c, lex):
                    # an empty cell left out (no leader for this row): the cell stands in the next column it fits
                    nxt = next((k for k in range(at + 1, len(cols)) if _fits(cols[k], s, c, lex)), None)
                    if nxt is None and cur and cur[-1][0] == "supervisor" and _fits("supervisor", s, c, lex):
                        cur.append(("supervisor", c))  # 王 嵘 / 方 勇: two leaders, one a line, in one cell
                        last = n
                        j += 1
                        continue
                    at = at if nxt is None else nxt
                if cols[at] in UNIT_COLUMNS and _TASK_NO.match(s, c.start) and c.end - c.start > 12 \
                        and (txt := next((k for k, _ in reversed(cur) if k in TEXT_COLUMNS), None)) is not None:
                    cur.append((txt, c))  # (8)健全驻点招商…: an item of the row's text, in a column the header lacks
                    last = n
                    j += 1
                    continue
                cur.append((cols[at], c))
                at += 1
                if not numbered and at == len(cols):
                    close()
            else:
                break
        last = n
        j += 1
    close()
    if not rows:
        return None, j
    return TaskTable(tuple(header), header_lines, tuple(rows), tuple(heading_rows), header[0][1].line, last), j


def _person_cell(text: str, lex: Lexicon) -> bool:
    """A cell holding a person's name and nothing else (顾国煜, 顾  斌): two or three characters after a surname."""
    bare = re.sub(r"\s+", "", text)
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", bare)) and bare[0] in lex.surnames \
        and unit_kind(bare, lex) is None and not lex.position_suffix_re.search(bare)


#: columns whose cells show by their shape whether they stand in the right place
_CHECKED = ("deadline", "lead", "co", "responsible")


def _realigned(row: list[tuple[str, Cell]], cols: list[str], by_line: dict[int, str],
               lex: Lexicon) -> list[tuple[str, Cell]]:
    """A numbered row, one cell a line, with more cells than columns: when its text cell wrapped onto
    more lines (城市用气 / 提升工程 under 项目名称), its last cells stand in the last columns.  The row is
    put right from its end when more of its shaped cells (a deadline, units) then fit their columns."""
    head = [x for x in row if x[0] == "number"]
    cells = [c for k, c in row if k != "number"]
    text = next((k for k, kind in enumerate(cols) if kind in TEXT_COLUMNS), None)
    extra = len(cells) - len(cols)
    if text is None or extra < 1 or any(
            _all_units(by_line[c.line][c.start : c.end], lex) or _fits_strictly("deadline", by_line[c.line], c)
            for c in cells[text + 1 : text + extra + 1]):
        return row  # (no cell of units or of a date is taken into the row's text)
    right = [(cols[k], c) for k, c in enumerate(cells[:text])] + [(cols[text], c) for c in cells[text : text + extra + 1]]
    right += [(cols[k], c) for k, c in zip(range(text + 1, len(cols)), cells[text + extra + 1 :], strict=True)]

    def misfits(cells: list[tuple[str, Cell]]) -> int:
        return sum(1 for k, c in cells if k in _CHECKED and not _fits(k, by_line[c.line], c, lex))
    left = [x for x in row if x[0] != "number"]
    return head + right if misfits(right) < misfits(left) else row


def _number_run(lines: list[tuple[int, str]], j: int) -> int:
    """How many lines from ``lines[j]`` are the bare row numbers 1, 2, 3… one after another."""
    k = 0
    while j + k < len(lines) and _text(lines[j + k]).rstrip(".、") == str(k + 1):
        k += 1
    return k


def _merged_start(cols: list[str], at: int, row: list[tuple[str, Cell]], by_line: dict[int, str], norm: str,
                  c: Cell) -> int | None:
    """The column a row opens at when its first cells are merged with the row above (rowspan):
    a numbered item (2.一般公共预算收入…) where the row above has one (1.地区生产总值…) and is full, or has
    its units and only a column of units is left (a cell left empty: no other body helps)."""
    full = at >= len(cols) or (cols[at] in UNIT_COLUMNS and (
        any(k in ("lead", "responsible") for k, _ in row) or all(k in TEXT_COLUMNS for k, _ in row)))
    if not full or not _TASK_NO.match(norm, c.start):
        return None
    for k, kind in enumerate(cols):
        if k and (kind in TEXT_COLUMNS or kind == "target"):
            prev = next((pc for pk, pc in row if pk == kind), None)
            if prev is not None and _TASK_NO.match(by_line[prev.line], prev.start):
                return k
    return None


def _sub_row_start(cols: list[str], at: int, row: list[tuple[str, Cell]], text: str, ahead: list[str],
                   lex: Lexicon) -> tuple[int, int] | None:
    """In a numbered table whose 工作事项 is merged over sub-rows (工作事项 / 主要内容 / 牵头单位 / …), the column
    a long text after a full row opens, and how many more of the next lines its cell holds: the second text column,
    when the row above holds one and units follow the text (not a text cell wrapped over lines), right after it
    or after a paragraph or two more of it (a cell of sentences a copy parted where a sentence ended; then the
    units go on as a row's cells do, not a closing paragraph's signature)."""
    def prose(x: str) -> bool:
        return len(x) >= 15 and bool(re.search(r"[,。;、]", x))

    if at < len(cols) or not prose(text):
        return None
    units_at = next((i for i, x in enumerate(ahead[:3]) if _all_units(x, lex)), None)
    if units_at is None or not all(prose(x) for x in ahead[:units_at]):
        return None
    if units_at and not (units_at + 1 < len(ahead) and (_all_units(after := ahead[units_at + 1], lex)
                                                         or after.strip() in ("/", "-", "—", "无")
                                                         or _ROW_NUMBER.fullmatch(after.strip()))):
        return None
    k = next((k for k in range(1, len(cols)) if cols[k] in TEXT_COLUMNS and cols[k - 1] in TEXT_COLUMNS), None)
    return (k, units_at) if k is not None and any(kind == cols[k] for kind, _ in row) else None


def _all_units(norm: str, lex: Lexicon) -> bool:
    """True if a line holds nothing but units (a unit cell on a line of its own)."""
    items, rejected = split_units(norm.strip().rstrip("。"), lex=lex)
    return bool(items) and not rejected


def _list_carried_on(row: TaskRow, by_line: dict[int, str], n: int, s: str, lex: Lexicon) -> TaskRow | None:
    """The row with the first cell of line ``n`` added to its last unit cell, when that cell ends with 、 (its
    list went on to the next line) and the cell is units; else None."""
    at = next((k for k in range(len(row.cells) - 1, -1, -1) if row.cells[k][0] in UNIT_COLUMNS), None)
    if at is None:
        return None
    kind, c = row.cells[at]
    first = next((x for x in _split(n, s) if x.end > x.start), None)
    if first is None or not by_line[c.line][c.start : c.end].endswith(("、", ",")) \
            or not _all_units(s[first.start : first.end], lex):
        return None
    return TaskRow((*row.cells[: at + 1], (kind, first), *row.cells[at + 1 :]))


def _attach_units(row: TaskRow, kinds: list[str], cell: Cell) -> TaskRow:
    """Add a unit cell that went on to the next line: the last cells fill the last unit columns,
    the ones before them the first (区财政局 / 区税务局 / 区政府有关部门… under 主要责任单位 / 协同配合单位)."""
    unit_cols = [k for k in kinds if k in UNIT_COLUMNS]
    if not unit_cols:
        return row
    units = [c for k, c in row.cells if k in UNIT_COLUMNS] + [cell]
    rest = len(unit_cols) - 1
    if len(units) <= rest:
        placed = list(zip(unit_cols[len(unit_cols) - len(units) :], units, strict=True))
    else:
        split = len(units) - rest
        placed = [(unit_cols[0], c) for c in units[:split]] + list(zip(unit_cols[1:], units[split:], strict=True))
    return TaskRow(tuple([(k, c) for k, c in row.cells if k not in UNIT_COLUMNS] + placed))


def _text(line: tuple[int, str]) -> str:
    c = _whole(*line)
    return line[1][c.start : c.end]


def _list_goes_on(prev: tuple[str, Cell], by_line: dict[int, str], norm: str, c: Cell, lex: Lexicon) -> bool:
    """A unit cell wrapped after a separator (区财政局、区商务粮食局、 / 区金融办,各乡、街道办事处): a list
    does not end with 、 or a comma, so the next line is more of it when it opens with a unit."""
    kind, cell = prev
    if kind not in ("lead", "co", "responsible") or not by_line[cell.line][cell.start : cell.end].endswith(("、", ",")):
        return False
    items, _ = split_units(norm, c.start, c.end, lex=lex, lenient=True)
    return bool(items) and items[0].start == c.start and is_unit(items[0].text, lex)


def _continues(prev: str, expected: str | None, norm: str, c: Cell, lex: Lexicon) -> bool:
    """Whether a cell carries on the cell above: the row is full, or a long sentence stands
    where units are expected right after the text of the row."""
    if expected is None:
        return True
    if prev in ("lead", "co", "responsible") and expected not in UNIT_COLUMNS and _fits(prev, norm, c, lex) \
            and not _fits_strictly(expected, norm, c):
        return True  # 县水务局 / 县住建局 / 12月底前: one unit a line in the same cell
    return (prev in TEXT_COLUMNS and expected in ("lead", "co", "responsible") and c.end - c.start > 30
            and not _fits(expected, norm, c, lex))


def _fits_strictly(kind: str, norm: str, c: Cell) -> bool:
    """A deadline or a progress note by its own shape, not just by being short."""
    text = norm[c.start : c.end]
    if kind == "deadline":
        return bool(re.search(r"[0-9一二三四五六七八九十]+\s*(?:月|年|季度|日)|年底|年内|长期|持续|前完成|底前", text))
    return kind not in ("note",) and len(text) > 12


def _next_row_near(lines: list[tuple[int, str]], j: int, numbered: bool) -> bool:
    """A row number within the next lines (so a full row's extra line is a cell written over two): three lines,
    or eight when the line is an item of a cell's list (1.继续完善… / 2.编制… / 3.…: a cell's items one a line)."""
    reach = 9 if _TASK_NO.match(_text(lines[j])) else 4
    return numbered and any(_ROW_NUMBER.fullmatch(_text(lines[k])) for k in range(j + 1, min(j + reach, len(lines))))


def read_task_table(table: TaskTable, norms: dict[int, str], lex: Lexicon | None = None, *,
                    first_is_lead: bool = False) -> list[TableFact]:
    """Facts of a task table: units by the role of their column, targets of the text cells, and
    the leader a heading row names (``(一)王宏副市长牵头重点工作`` -> 王宏副市长, supervisor).

    A ``responsible`` column gives co when the row names a lead, shared otherwise (or, when
    the document declares that the first listed unit leads, lead for the first and co for the
    rest); a unit marked ``(牵头)`` in any unit column leads.  Progress columns (落实情况) give
    nothing: achieved figures are not targets.
    """
    lex = lex or load_lexicon()
    marked = lex.lead_note_re
    goals = any(k == "goal" for k, _ in table.header)  # a table of targets: its units own them
    # a table whose columns name the lead and its helpers says who does what; its text cells are read for roles only
    # in a table of units and their duties (涉及部门 | 职责分工, a power list's 行使主体 | 事项)
    ruled = any(k in ("lead", "co") for k, _ in table.header)
    # a 配合单位 column beside a 责任单位 one and no 牵头 column: the 责任单位 lead
    helpers = any(k == "co" for k, _ in table.header) and not any(k == "lead" for k, _ in table.header)
    quantified = _quantified(table, norms, lex)
    facts: list[TableFact] = []
    for line, end in table.heading_rows:
        if (span := _heading_leader(norms[line], end, lex)) is not None:
            item = Item(span[0], span[1], norms[line][span[0] : span[1]], UnitKind.position)
            facts.append(TableFact("owner", line, "", None, unit=item, column_role="supervisor"))
    for row in table.rows:
        task = next((c for k, c in row.cells if k in TEXT_COLUMNS), None)
        where = (task.line, task.start, task.end) if task else None
        found: list[TableFact] = []
        shares = _shares(row, norms, lex, where)
        for kind, c in row.cells:
            norm = norms[c.line]
            if kind == "supervisor" and _SPACED_NAME.fullmatch(norm[c.start : c.end]):
                # 刘 强: a name padded with spaces is one person
                it = Item(c.start, c.end, norm[c.start : c.end], UnitKind.person)
                found.append(TableFact("owner", c.line, "", None, unit=it, column_role="supervisor", task=where))
                continue
            if kind in TEXT_COLUMNS and quantified:
                continue  # the indicator's name (新引进 5 亿元以上重大项目: a threshold, not its target)
            if kind in TEXT_COLUMNS or kind == "target":
                name, name_line = (norms[task.line][task.start : task.end], task.line) if task and quantified \
                    else (None, c.line)
                for q in _cell_targets(norm, c, lex, bare=quantified):
                    if not q.measure and kind == "target" and (measure := _row_measure(row, norms, lex)):
                        q = replace(q, measure=measure)  # 森林覆盖率 % 45: the measure stands in a column of its own
                    facts.append(TableFact("target", c.line, name or q.name, name_line, quantity=q, task=where))
            elif kind in UNIT_COLUMNS and kind != "supervisor" and (said := _cell_clause(norm, c, lex)):
                # 办公室牵头,各科室配合: the cell says each unit's role
                found.extend(TableFact("owner", c.line, "", None, unit=it, column_role=role, task=where)
                             for it, role in said)
            elif kind in UNIT_COLUMNS:
                c = _without_head(norm, c, lex) if kind != "supervisor" else c
                # a cell of sentences (大观园街道办事处:目前…已具备开业条件。) is no list: only real units count there
                prose = bool(re.search(r"[。:;]", norm[c.start : c.end].rstrip("。;、 ")))
                items = _spaced_units(norm, c, lex) or split_units(norm, c.start, c.end, lex=lex, lenient=not prose)[0]
                if not items and kind != "supervisor" and (g := bare_collective(norm, c.start, c.end)) is not None:
                    items = [Item(g[0], g[1], norm[g[0] : g[1]], UnitKind.collective)]  # 有关部门 alone in its cell
                for it in items:
                    lead = kind != "supervisor" and (marked.match(norm, it.end, c.end) is not None
                                                     or (it.start > c.start and norm[it.start - 1] in lex.lead_marks)
                                                     or (it.end < c.end and norm[it.end] in lex.lead_marks))
                    found.append(TableFact("owner", c.line, "", None, unit=it, column_role="lead" if lead else kind,
                                           task=where))
        measured = _measured_values(row, norms, lex, where)
        at = {(f.line, f.quantity.start) for f in measured if f.quantity}
        facts = [f for f in facts if not (f.kind == "target" and f.quantity and (f.line, f.quantity.start) in at)]
        facts += measured
        has_lead = any(f.column_role == "lead" for f in found)
        # 责任单位 区发改局、区财政局 … 牵头单位 区发改局: a unit of the list named again in the lead column leads
        leads = {unit_key(f.unit.text) for f in found if f.column_role == "lead" and f.unit is not None}
        found = [replace(f, column_role="lead") if f.column_role in ("responsible", "co") and f.unit is not None
                 and unit_key(f.unit.text) in leads else f for f in found]
        listed = [f for f in found if f.column_role == "responsible"]
        facts.extend(shares)
        for f in found:
            if f.column_role == "responsible" and quantified and task is not None and not first_is_lead:
                # a table of quantified targets: the unit owns the row's indicator (unless the plan said a list's
                # first unit leads: then the units lead and help with the target as with a task)
                f = replace(f, column_role=None, indicator=norms[task.line][task.start : task.end],
                            indicator_line=task.line)
            elif f.column_role == "responsible" and (shares or (goals and not has_lead and not first_is_lead)):
                # a row of shares: its unit owns the target (indicator_owner); beside a lead, a 相关单位 helps
                f = replace(f, column_role=None)
            elif f.column_role == "responsible":
                f = replace(f, column_role=resolve("responsible", has_lead=has_lead, first_is_lead=first_is_lead,
                                                   list_index=listed.index(f), helped=helpers))
            facts.append(f)
        if task is not None and not quantified and not ruled:
            subject = [f for f in found if f.column_role != "supervisor"]
            for kind, c in row.cells:  # every text cell (a power list has a 名称 and a 事项 column)
                if kind in TEXT_COLUMNS:
                    facts += _pivot_facts(c, norms[c.line], subject, where, lex)
                    facts += _text_cell_clauses(c, norms[c.line], where, lex)
    return _distinct(facts)


_PIECE = re.compile(r"[^\s、,;]+")


def _spaced_units(norm: str, c: Cell, lex: Lexicon) -> list[Item]:
    """The units of a cell that parts them by spaces only (安监站 安监所), when every piece is one; else []."""
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(norm, c.start, c.end)]
    if len(pieces) < 2 or re.search(r"[、,;]", norm[c.start : c.end]):
        return []
    items = []
    for x, y in pieces:
        if (kind := unit_kind(norm[x:y], lex)) is None or kind in (UnitKind.person, UnitKind.position):
            return []
        items.append(Item(x, y, norm[x:y], kind))
    return items


def _distinct(facts: list[TableFact]) -> list[TableFact]:
    """The facts without repeats of one unit's role on one line (a text cell's clause and a pivot may say it twice)."""
    seen: set[tuple[int, int, int, str | None]] = set()
    out = []
    for f in facts:
        if f.kind == "owner" and f.unit is not None:
            key = (f.line, f.unit.start, f.unit.end, f.column_role)
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


def _text_cell_clauses(task: Cell, norm: str, where: tuple[int, int, int] | None, lex: Lexicon) -> list[TableFact]:
    """Duties a row's text cell states as running text does (区交通委按照其职责权限,负责…; 由区交通委会同…): the
    cell read alone by the clause reader, its offsets moved back into the line."""
    out: list[TableFact] = []
    at = task.start  # (read alone, a cell opening with 对… reads as a line's start does)
    for clause in find_clauses(norm[task.start : task.end], lex=lex):
        has_lead = any(x.role == "lead" for x in clause.mentions)
        out += [TableFact("owner", task.line, "", None,
                          unit=Item(at + x.start, at + x.end, norm[at + x.start : at + x.end], x.kind),
                          column_role=resolve(x.role, has_lead=has_lead), task=where)
                for x in clause.mentions if x.kind is not UnitKind.person]
    return out


def _pivot_facts(task: Cell, norm: str, subject: list[TableFact], where: tuple[int, int, int] | None,
                 lex: Lexicon) -> list[TableFact]:
    """Roles a row's text cell gives with a pivot whose subject is the row's unit (市应急管理局 | 负责…,会同有关部门
    依法查处…: the unit leads that work, 有关部门 help; 配合市市场监管局做好抽检: 市市场监管局 leads, the unit helps)."""
    units = [f for f in subject if f.unit is not None]
    if not units:
        return []
    out: list[TableFact] = []
    for kind, run in pivots_in(norm, task.start, task.end, lex):
        named = [TableFact("owner", task.line, "", None, unit=Item(x.start, x.end, norm[x.start : x.end], x.kind),
                           column_role="co" if kind == "with" else "lead", task=where) for x in run]
        out += named + [replace(f, column_role="lead" if kind == "with" else "co") for f in units]
    return out


def _cell_clause(norm: str, c: Cell, lex: Lexicon) -> list[tuple[Item, str]]:
    """Units of a unit cell written as a clause, each piece closed by its role phrase (办公室牵头,各科室配合):
    (unit, lead / co / responsible); empty unless every piece reads so."""
    out: list[tuple[Item, str]] = []
    pos = c.start
    for piece in re.split(r"([,;])", norm[c.start : c.end]):
        a, pos = pos, pos + len(piece)
        if piece in (",", ";") or not piece.strip():
            continue
        m = next((m for m in lex.role_marker_re.finditer(norm, a, pos) if m.end() == len(norm[:pos].rstrip("。 "))), None)
        if m is None:
            return []
        items, rejected = split_units(norm, a, m.start(), lex=lex, lenient=True)
        if not items or rejected:
            return []
        out += [(it, lex.role_of_marker(m.group(0))) for it in items]
    return out


_BARS = re.compile(r"[\s|]+")
#: a progress column whose header adds more things (进展情况、存在问题及下一步打算)
_PROGRESS_AND_MORE = re.compile(r"(?:进展情况|完成情况|落实情况|推进情况|工作进展|进度情况)[、及和与]")
#: lines a numbered space table's row may wrap over around its number and unit (a PDF's layout)
_WRAP_REACH = 6
_ANNEX_LINE = re.compile(r"\s*附\s*[件表]")
_ALIAS_CELL = re.compile(r"\([^()]{2,20}\)")
_TASK_NO = re.compile(r"(?:\d{1,3}[.、．]|\(\d{1,3}\))\S")
_SPACED_NAME = re.compile(r"[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}")


def _row_measure(row: TaskRow, norms: dict[int, str], lex: Lexicon) -> str | None:
    """The measure a row's figures are counted in, written in a note cell of its own (序号 指标名称 单位 目标 …:
    1 森林覆盖率 % 45 …), or None."""
    for kind, c in row.cells:
        text = norms[c.line][c.start : c.end].strip()
        if kind == "note" and (text in lex.measures or text == "%"):
            return text
    return None


def _measured_values(row: TaskRow, norms: dict[int, str], lex: Lexicon,
                     where: tuple[int, int, int] | None) -> list[TableFact]:
    """A bare number in the cell after an indicator whose measure is in brackets
    (城镇新增就业人数(人) | 1300): the indicator's target, with that measure."""
    out: list[TableFact] = []
    lines = sorted({c.line for _, c in row.cells})
    cells = [c for n in lines if "|" in norms[n] for c in _split(n, norms[n]) if c.end > c.start]
    kinds = {(c.line, c.start): k for k, c in row.cells}
    for prev, c in itertools.pairwise(cells):
        name = norms[prev.line][prev.start : prev.end]
        text = norms[c.line][c.start : c.end]
        m = re.search(rf"\(({_alt(lex.measures)})\)$", name)
        if m is None or not _BARE_NUMBER.fullmatch(text) or kinds.get((c.line, c.start)) in ("note", "progress", "score"):
            continue  # (嘉善现值 | 74.5: where things stand, in a column the header names)
        q = Quantity(c.start, c.end, text, float(text), float(text), m.group(1), None, None, name[: m.start()])
        out.append(TableFact("target", c.line, name[: m.start()], prev.line, quantity=q, task=where))
    return out


def _cell_targets(norm: str, c: Cell, lex: Lexicon, *, bare: bool) -> list[Quantity]:
    """Targets written in a cell; with ``bare``, a number alone (186, 低于 4.1) is one too (its measure is
    the indicator's, not written in the cell)."""
    text = norm[c.start : c.end]
    masked = " " * c.start + text + " " * (len(norm) - c.end)
    found = find_quantities(masked, lex=lex)
    if found or not bare:
        return found
    if re.fullmatch(r"\d+(?:\.\d+)?(?:、\d+(?:\.\d+)?)+", text):
        # 15、37 under 2023年目标 for 滚动推进重大项目(个)、完成投资额(亿元): a figure for each indicator the row names
        return [Quantity(c.start + x.start(), c.start + x.end(), x.group(0), float(x.group(0)), float(x.group(0)), "",
                         None, None, "") for x in re.finditer(r"\d+(?:\.\d+)?", text)]
    m = re.fullmatch(rf"({_alt(lex.min_bounds + lex.max_bounds)})?\s*(\d+(?:\.\d+)?)", text)
    if not m:
        return []
    v = m.group(2)
    bound = None if not m.group(1) else "min" if m.group(1) in lex.min_bounds else "max"
    a = c.start + m.start(2)
    return [Quantity(a, a + len(v), v, float(v), float(v), "", bound, None, "")]


def _quantified(table: TaskTable, norms: dict[int, str], lex: Lexicon) -> bool:
    """A table of quantified targets (项目 / 分值 / 目标任务 / 考核单位): a target column, no lead or
    co column, and a number in most of its target cells.  Its units own the row's indicator, and
    the row's text is the indicator's name."""
    kinds = {k for k, _ in table.header}
    if "target" not in kinds or kinds & {"lead", "co"}:
        return False
    units = [norms[c.line][c.start : c.end] for r in table.rows for k, c in r.cells if k in UNIT_COLUMNS]
    if any(lex.lead_note_re.search(u) or re.search(rf"(?:^|[、,,])[{re.escape(lex.lead_marks)}]", u) for u in units):
        return False  # ★区发改委、统计局: the rows name leads, so they are tasks with targets, not indicators owned
    cells = [(c, norms[c.line][c.start : c.end]) for r in table.rows for k, c in r.cells if k == "target"]
    numeric = sum(1 for _, t in cells if re.search(r"\d", t))
    return bool(cells) and numeric * 2 >= len(cells)


def _shares(row: TaskRow, norms: dict[int, str], lex: Lexicon,
            where: tuple[int, int, int] | None) -> list[TableFact]:
    """A cell that lists units with their shares of the row's target (元坝镇280 白果乡15 …): indicator owners."""
    out: list[TableFact] = []
    for _, c in row.cells:
        norm = norms[c.line]
        pos = c.start
        for part in norm[c.start : c.end].split("|"):
            a, b = pos, pos + len(part)
            pos = b + 1
            if len(_SPACED_SHARE.findall(part)) < 2:
                continue
            for it, quota in _owner(norm, TableCell(c.line, a, b, 0), lex):
                out.append(TableFact("owner", c.line, "", None, unit=it, quota=quota, task=where))
    return out


@lru_cache(maxsize=4)
def _leader_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s*([\u4e00-\u9fff]{{0,8}}?(?:{_alt(lex.position_suffixes)}))(?:同志)?(?:{_alt(lex.table_leader_verbs)})")


def _heading_leader(norm: str, marker_end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The position named right after a heading marker before 牵头/主抓/分管…, as written."""
    m = _leader_re(lex).match(norm, marker_end)
    if m and unit_kind(m.group(1), lex) is not None:
        return m.start(1), m.end(1)
    return None
