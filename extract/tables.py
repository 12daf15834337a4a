"""Responsibility tables: indicator, target, and each unit with its quota.

Two layouts are read:

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

- one row per line (``a | b | c |``), columns named by a header row
  (指标/目标/责任单位, or 牵头单位/配合单位 for task tables).

Cells are classified by content (units? a quantity? else a name), so the reader does
not depend on the number of columns or on how continuation rows are written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, _alt, load_lexicon
from .quantities import Quantity, find_quantities
from .units import Item, split_units

__all__ = ["TableCell", "TableFact", "read_table"]

_HEADER_WORDS = re.compile(r"^(指标名称|指标|目标任务|目标|责任单位及任务|责任单位|牵头单位|配合单位|序号|名称|任务|工作任务|完成时限|时限|备注|单位|年度目标|主要内容)")
_HEADER_ANYWHERE = re.compile(r"(指标|目标|任务|措施|内容|单位|部门|时限|时间|进度|序号|备注|责任人|领导)")


def _is_header(text: str) -> bool:
    """A header cell: 指标名称, 2024年目标, 牵头单位, 完成时限… (short, no target value in it)."""
    if _HEADER_WORDS.match(text):
        return True
    return len(text) <= 12 and bool(_HEADER_ANYWHERE.search(text)) and not re.search(r"\d+(\.\d+)?\s*[%家个项亿万]", text)


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


def _cells(number: int, norm: str) -> list[TableCell]:
    out = []
    pos = 0
    col = 0
    for part in norm.split("|"):
        a = pos
        b = pos + len(part)
        pos = b + 1
        x, y = a, b
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


def _owner(norm: str, cell: TableCell, lex: Lexicon) -> list[tuple[Item, Quantity | None]]:
    """Units in a cell, each with the quota written right after it (临湘高新区10家)."""
    text = norm[cell.start : cell.end]
    quota_re = _quota_re(lex)
    out: list[tuple[Item, Quantity | None]] = []
    # pieces separated by 、 or ,; each may end with a quota
    pos = cell.start
    for piece in re.split(r"([、,;])", text):
        if piece in ("、", ",", ";") or not piece:
            pos += len(piece)
            continue
        a, b = pos, pos + len(piece)
        pos = b
        m = quota_re.search(piece)
        quota = None
        ub = b
        if m:
            ub = a + m.start()
            qs = find_quantities(norm[a + m.start() : b], lex=lex)
            if qs:
                q = qs[0]
                quota = Quantity(a + m.start() + q.start, a + m.start() + q.end, q.value, q.low, q.high,
                                 q.measure, q.bound, q.year, "")
        items, _ = split_units(norm, a, ub, lex=lex)
        for it in items:
            out.append((it, quota if it is items[-1] else None))
    return out


def _column_roles(header: list[TableCell], norms: dict[int, str]) -> tuple[dict[int, str], bool]:
    """Role of the units in each header column, and whether the table is one of targets (指标)."""
    names = [norms[h.line][h.start : h.end] for h in header]
    targets = any("指标" in n for n in names)
    roles: dict[int, str] = {}
    for k, name in enumerate(names):
        if "牵头" in name or "主责" in name:
            roles[k] = "lead"
        elif any(w in name for w in ("配合", "协办", "参与", "协助")):
            roles[k] = "co"
        elif "责任" in name and not targets:
            roles[k] = "responsible"
    return roles, targets


def read_table(rows: list[tuple[int, str]], lex: Lexicon | None = None) -> list[TableFact]:
    """Facts of one table given its lines as (line number, normal-form text).

    Cells are placed in columns by the header: a row per line (``a | b | c |``), or, when every
    cell has a line of its own and no continuation rows (``||``) break the rhythm, by counting
    cells.  In a table of targets (a 指标 column) the units are indicator owners; in a table of
    tasks the 牵头/配合/责任 columns give the roles (a 责任 unit is co when its row has a lead,
    shared otherwise).
    """
    lex = lex or load_lexicon()
    cells = [c for number, norm in rows for c in _cells(number, norm)]
    norms = dict(rows)
    header: list[TableCell] = []
    body_start = 0
    for k, c in enumerate(cells):
        if _is_header(norms[c.line][c.start : c.end]):
            header.append(c)
            body_start = k + 1
        else:
            break
    multi = sum(1 for _, norm in rows if len(_cells(0, norm)) >= 2) > len(rows) / 2
    roles_by_col, targets = _column_roles(header, norms)
    flattened_rhythm = (not multi and len(header) >= 2
                        and not any(norm.strip().startswith("||") for _, norm in rows))

    def column_of(k: int, c: TableCell) -> tuple[int, int]:
        """(column, row) of the k-th body cell."""
        if multi:
            return c.column, c.line
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
        owners = _owner(norm, c, lex)
        if owners:
            for it, quota in owners:
                marked = "lead" if re.match(r"\s*[(\[]牵头[)\]]", norm[it.end :]) else None
                f = TableFact("owner", c.line, indicator, indicator_line, unit=it, quota=quota,
                              column_role=marked or col_role or (None if targets or not roles_by_col else "responsible"))
                facts.append(f)
                row_facts.setdefault(row, []).append(f)
            continue
        qs = find_quantities(text, lex=lex)
        if qs and re.match(r"^(同比)?(增长|下降|提高|达到?|不低于|不少于|完成|≥|>=|≤|<=|>|<)?\s*[\d一二三四五六七八九十]", text):
            q = qs[0]
            q = Quantity(c.start + q.start, c.start + q.end, q.value, q.low, q.high, q.measure, q.bound, q.year,
                         indicator)
            facts.append(TableFact("target", c.line, indicator, indicator_line, quantity=q))
            continue
        if re.fullmatch(r"[\d.]+", text):  # a row number (序号)
            continue
        indicator, indicator_line = text, c.line
    # a 责任单位 column means co when the row names a lead, shared otherwise
    out = []
    for f in facts:
        if f.column_role == "responsible":
            row = next(r for r, fs in row_facts.items() if f in fs)
            has_lead = any(g.column_role == "lead" for g in row_facts[row])
            f = TableFact(f.kind, f.line, f.indicator, f.indicator_line, f.quantity, f.unit, f.quota,
                          "co" if has_lead else "shared")
        out.append(f)
    return out
