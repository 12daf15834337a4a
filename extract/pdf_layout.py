"""A PDF page's text in reading order, with its ruled tables written as rows of cells.

pdfminer's text boxes follow a table's columns: a task table drawn with rules comes out column after column
(every task, then every lead unit…), and the rows are lost.  Here the rules a page draws (thin rectangles and
lines) are gathered into grids; the characters inside a grid are put in its cells, and each row is written as
a ``.docx`` table's is (``1 | 推进… | 县住建局 | 县财政局 |``), a cell merged down in every row it covers, a
row of one cell across the table as its text alone.  Text outside the grids is written box by box as
pdfminer's own text converter writes it (its lines, then a blank line), each grid at its place among them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

TOL = 2.0  # points: rules closer than this meet; a rule thinner than this is a line, not a filled box
#: after a ruled table's row: the row is whole (no visual line of a paragraph to join with the next)
ROW_END = "\ue000"


@dataclass
class _Grid:
    """A ruled table: its horizontal rules (y, x0, x1) and vertical rules (x, y0, y1), and its box."""

    hs: list[tuple[float, float, float]] = field(default_factory=list)
    vs: list[tuple[float, float, float]] = field(default_factory=list)

    @cached_property
    def box(self) -> tuple[float, float, float, float]:  # (asked for each text line of the page: computed once)
        xs = [x for _, a, b in self.hs for x in (a, b)] + [x for x, _, _ in self.vs]
        ys = [y for y, _, _ in self.hs] + [y for _, a, b in self.vs for y in (a, b)]
        return min(xs), min(ys), max(xs), max(ys)

    def holds(self, x: float, y: float) -> bool:
        x0, y0, x1, y1 = self.box
        return x0 - TOL <= x <= x1 + TOL and y0 - TOL <= y <= y1 + TOL


def row_line(cells: list[str], *, alone: bool = False) -> str:
    """A table's row as kg writes it, whatever the table came from (a .docx, a workbook, a PDF's rules): its
    cells parted by bars (1 | 推进… | 县住建局 | |), or the text alone of a cell across the whole row."""
    return cells[0] if alone else " | ".join(cells) + " |"


def _rules(objs: Iterable[Any]) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The page's horizontal and vertical rules: thin rectangles and straight lines; a cell drawn as a
    rectangle gives its four sides."""
    from pdfminer.layout import LTCurve, LTLine, LTRect

    hs: list[tuple[float, float, float]] = []
    vs: list[tuple[float, float, float]] = []
    for o in objs:
        if not isinstance(o, LTRect | LTLine | LTCurve) or (isinstance(o, LTCurve) and not isinstance(o, LTRect | LTLine)
                                                           and len(getattr(o, "pts", ())) > 2):
            continue
        x0, y0, x1, y1 = o.bbox
        w, h = x1 - x0, y1 - y0
        if h <= TOL and w > TOL:
            hs.append(((y0 + y1) / 2, x0, x1))
        elif w <= TOL and h > TOL:
            vs.append(((x0 + x1) / 2, y0, y1))
        elif isinstance(o, LTRect) and w > TOL and h > TOL:
            hs += [(y0, x0, x1), (y1, x0, x1)]
            vs += [(x0, y0, y1), (x1, y0, y1)]
    return hs, vs


def _grids(hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]]) -> list[_Grid]:
    """Rules that meet, gathered into grids; only a grid with two columns somewhere is a table (a frame around
    the page, or a rule under a title, is none)."""
    n = len(hs) + len(vs)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # (the vertical rules sorted by x: a horizontal one is matched against those within its span only, so a page of
    # thousands of short strokes, a map or a chart, costs no more than their crossings)
    order = sorted(range(len(vs)), key=lambda j: vs[j][0])
    xs = [vs[j][0] for j in order]
    for i, (y, a, b) in enumerate(hs):
        for k in range(bisect.bisect_left(xs, a - TOL), bisect.bisect_right(xs, b + TOL)):
            j = order[k]
            if vs[j][1] - TOL <= y <= vs[j][2] + TOL:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, _Grid] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), _Grid()).hs.append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), _Grid()).vs.append(v)
    # (a chart's or a map's strokes that meet by the thousand are no table: a page holds 200 rows at most)
    return [g for g in groups.values() if len(g.hs) >= 2 and len(g.vs) >= 3
            and len(_levels(y for y, _, _ in g.hs)) <= 200 and len(_levels(x for x, _, _ in g.vs)) <= 100
            and any(len(_columns(g, band)) >= 2 for band in _bands(g))]


def _levels(values: Iterable[float]) -> list[float]:
    """Distinct positions, those closer than TOL taken as one."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOL:
            out.append(v)
    return out


def _bands(g: _Grid) -> list[tuple[float, float]]:
    """The grid's rows from the top: (top, bottom) between consecutive horizontal rules."""
    _, bottom, _, top = g.box  # (a row a page break cut has no rule under it: the vertical rules end it)
    ys = _levels([*(y for y, _, _ in g.hs), bottom, top])[::-1]
    return list(itertools.pairwise(ys))


def _columns(g: _Grid, band: tuple[float, float]) -> list[tuple[float, float]]:
    """The cells of a row, left to right: between the vertical rules that cross the row's middle."""
    mid = (band[0] + band[1]) / 2
    xs = _levels(x for x, a, b in g.vs if a - TOL <= mid <= b + TOL)
    return list(itertools.pairwise(xs))


def _closed_below(g: _Grid, bottom: float, cell: tuple[float, float]) -> bool:
    """True if a horizontal rule runs under the cell (else the cell is merged with the one below it)."""
    a, b = cell
    return any(abs(y - bottom) <= TOL and x0 <= a + TOL and x1 >= b - TOL for y, x0, x1 in g.hs)


def _table_rows(g: _Grid, chars: list[tuple[Any, bool]]) -> list[str]:
    """The grid's rows as lines: each cell's characters in reading order, a merged-down cell in every row."""
    bands = _bands(g)
    if not bands:
        return []
    cells = [_columns(g, band) for band in bands]
    # a cell's region: merged with the cell below it while no rule parts them
    region: dict[tuple[int, int], tuple[int, int]] = {}
    for i, row in enumerate(cells):
        for j, cell in enumerate(row):
            if (i, j) in region:
                continue
            region[(i, j)] = (i, j)
            k, cur = i, cell
            while not _closed_below(g, bands[k][1], cur) and k + 1 < len(bands):
                below = next((jj for jj, c in enumerate(cells[k + 1]) if abs(c[0] - cur[0]) <= TOL
                              and abs(c[1] - cur[1]) <= TOL), None)
                if below is None:
                    break
                k += 1
                region[(k, below)] = (i, j)
    texts: dict[tuple[int, int], list[tuple[Any, bool]]] = {}
    for ch, space in chars:
        cx, cy = (ch.x0 + ch.x1) / 2, (ch.y0 + ch.y1) / 2
        # (a character between rules or past the last one goes to the nearest row and cell: none is dropped)
        band = min(range(len(bands)), key=lambda k: max(bands[k][1] - cy, cy - bands[k][0], 0.0))
        if not cells[band]:
            continue
        col = min(range(len(cells[band])), key=lambda k: max(cells[band][k][0] - cx, cx - cells[band][k][1], 0.0))
        texts.setdefault(region[(band, col)], []).append((ch, space))
    grid_xs = _levels(x for x, _, _ in g.vs)
    out = []
    for i, row in enumerate(cells):
        values: list[str] = []
        for j, (a, b) in enumerate(row):
            values.append(_cell_text(texts.get(region[(i, j)], []), b))
            # a cell over several of the table's columns is followed by empty ones (as a .docx table's gridSpan)
            values += [""] * max(0, sum(1 for x in grid_xs if a + TOL < x < b - TOL))
        if not any(values):
            continue
        out.append(row_line(values, alone=len(row) == 1))
    return out


def _cell_text(chars: list[tuple[Any, bool]], right: float) -> str:
    """A cell's characters: its visual lines from the top, each left to right, with the spaces the page draws or
    pdfminer saw between them; the lines are joined as they are (a browser or a word processor breaks a Chinese
    line anywhere, and keeps a 、 or two with the character before it: 医疗保障分 / 局、锦城街道), unless a line stops
    well short of the cell's right side (``right``): there the text broke."""
    lines: list[list[tuple[Any, bool]]] = []
    for ch, space in sorted(chars, key=lambda cs: (-round(cs[0].y0), cs[0].x0)):
        if lines and abs(lines[-1][0][0].y0 - ch.y0) <= max(TOL, (ch.y1 - ch.y0) / 2):
            lines[-1].append((ch, space))
        else:
            lines.append([(ch, space)])
    out = ""
    last_end = size = 0.0
    for line in (sorted(ln, key=lambda cs: cs[0].x0) for ln in lines):
        if out and right - last_end > 2.5 * size:
            out += " "  # (王五 县发改局局长 / 赵六 …: a line well short of the cell's side ended at a break)
        out += "".join(c.get_text() + (" " if space else "") for c, space in line)
        last_end, size = line[-1][0].x1, max(c.y1 - c.y0 for c, _ in line)
    return re.sub(r"\s+", " ", out).strip()


def _chars(line: Any) -> Iterator[tuple[Any, bool]]:
    """A text line's characters, each with whether pdfminer saw a space after it."""
    from pdfminer.layout import LTAnno, LTChar

    last = None
    space = False
    for ch in line:
        if isinstance(ch, LTChar):
            if last is not None:
                yield last, space
            last, space = ch, False
        elif isinstance(ch, LTAnno) and ch.get_text() == " ":
            space = True
    if last is not None:
        yield last, space


def _rendered(item: Any) -> str:
    """An item's text as pdfminer's text converter writes it: its characters, a line break after each text box
    (a figure's, a Form XObject's, included)."""
    from pdfminer.layout import LTContainer, LTText, LTTextBox

    if isinstance(item, LTTextBox):
        return item.get_text() + "\n"
    if isinstance(item, LTContainer):
        return "".join(_rendered(child) for child in item)
    return item.get_text() if isinstance(item, LTText) else ""


def _laid_out(rows: list[str]) -> bool:
    """True if a grid holds a page's prose laid out in ruled boxes (a row or two holding a long cell or paragraphs
    of sentences), not a table's cells: its text is read as the page's text."""
    cells = [c.strip() for r in rows for c in r.rstrip(" |").split(" | ")]
    return len(rows) <= 2 and (any(len(c) > 300 for c in cells) or sum(c.count("。") for c in cells) >= 4)


def page_text(layout: Any) -> str:
    """The text of a page (pdfminer's LTPage) as its text converter writes it, ruled tables as rows."""
    from pdfminer.layout import LTTextBox, LTTextLine

    hs, vs = _rules(layout)
    grids = _grids(hs, vs) if hs and vs else []
    if not grids:
        return _rendered(layout) + "\f"
    inside: dict[int, list[tuple[Any, bool]]] = {id(g): [] for g in grids}
    # each box's lines with the grid they fall in (None: outside every grid), in pdfminer's order
    boxes: list[tuple[Any, list[tuple[Any, _Grid | None]]]] = []
    for item in layout:
        if not isinstance(item, LTTextBox):
            boxes.append((item, []))
            continue
        lines = []
        for line in (x for x in item if isinstance(x, LTTextLine)):
            cx, cy = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
            grid = next((g for g in grids if g.holds(cx, cy)), None)
            lines.append((line, grid))
            if grid is not None:
                inside[id(grid)].extend(_chars(line))
        boxes.append((item, lines))
    rows = {id(g): _table_rows(g, inside[id(g)]) for g in grids}
    tables = {id(g) for g in grids if rows[id(g)] and not _laid_out(rows[id(g)])}
    pieces: list[tuple[float, str]] = []  # (top, text) of what is outside the tables
    for item, lines in boxes:
        if not isinstance(item, LTTextBox):
            if text := _rendered(item):
                pieces.append((item.y1, text))
            continue
        kept = "".join(line.get_text() for line, grid in lines if grid is None or id(grid) not in tables)
        if kept:
            pieces.append((item.y1, kept + "\n"))
    ordered = sorted(((g.box[3], "".join(r + ROW_END + "\n" for r in rows[id(g)]) + "\n") for g in grids
                      if id(g) in tables), key=lambda t: -t[0])
    out: list[str] = []
    for top, text in pieces:
        while ordered and ordered[0][0] >= top:
            out.append(ordered.pop(0)[1])
        out.append(text)
    out += [t for _, t in ordered]
    return "".join(out) + "\f"
