"""Rows -> text: a readable terminal table, CSV or JSON (one place for ``--format``)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

__all__ = ["FORMATS", "FORMULA_START", "csv_safe", "display_width", "render", "render_stream"]

FORMATS = ("table", "csv", "json")


def display_width(s: str) -> int:
    """Terminal columns taken by ``s`` (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (list, tuple)):
        return "; ".join(_cell(x) for x in v)
    return str(v)


#: a spreadsheet reads a cell starting with one of these as a formula (OWASP: CSV injection)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(v: Any) -> str:
    """A CSV cell that a spreadsheet cannot run: text starting with = + - @ tab or CR gets a leading '.

    Numbers are left as they are (a negative number is not a formula).

    >>> print(csv_safe('=HYPERLINK("http://x","y")'), csv_safe("-3"), csv_safe(-3), csv_safe("市发改局"))
    '=HYPERLINK("http://x","y") '-3 -3 市发改局
    """
    text = _cell(v)
    if isinstance(v, str) and text.startswith(FORMULA_START):
        return "'" + text
    return text


def _clip(s: str, width: int) -> str:
    if display_width(s) <= width:
        return s
    out, w = [], 0
    for ch in s:
        cw = display_width(ch)
        if w + cw > width - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str = "table", *, max_width: int = 40) -> str:
    """Render ``rows`` (dicts) with ``columns`` first, in ``fmt`` (table, csv or json)."""
    if fmt == "json":
        return json.dumps([{c: r.get(c) for c in columns} | {k: v for k, v in r.items() if k not in columns}
                           for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([csv_safe(r.get(c)) for c in columns])
        return buf.getvalue()
    cells = [[_clip(_cell(r.get(c)).replace("\n", " "), max_width) for c in columns] for r in rows]
    widths = [max([display_width(c)] + [display_width(row[i]) for row in cells]) for i, c in enumerate(columns)]

    def line(vals: Sequence[str]) -> str:
        return "  ".join(v + " " * (widths[i] - display_width(v)) for i, v in enumerate(vals)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    out.append(f"({len(rows)} rows)")
    return "\n".join(out) + "\n"


#: rows a streamed table is laid out on (later rows are clipped to those widths)
TABLE_LAYOUT_ROWS = 1000


def render_stream(batches: Iterable[Sequence[dict[str, Any]]], columns: Sequence[str], fmt: str = "table", *,
                  max_width: int = 40) -> Iterator[str]:
    """:func:`render` for rows that come in batches: the same text, piece by piece, never all rows at once.

    A table is laid out on its first ``TABLE_LAYOUT_ROWS`` rows; wider cells after them are clipped.

    >>> "".join(render_stream([[{"a": 1}], [{"a": 22}]], ["a"], "csv")) == render([{"a": 1}, {"a": 22}], ["a"], "csv")
    True
    """
    if fmt == "csv":
        head = True
        for batch in batches:
            text = render(batch, columns, "csv")
            yield text if head else text.split("\n", 1)[1]
            head = False
        if head:
            yield render([], columns, "csv")
        return
    if fmt == "json":
        started = False
        for batch in batches:
            if not batch:
                continue
            inner = render(batch, columns, "json")[2:-3]  # without "[\n" and "\n]\n"
            yield (",\n" if started else "[\n") + inner
            started = True
        yield "\n]\n" if started else "[]\n"
        return
    it = iter(batches)
    first: list[dict[str, Any]] = []
    for batch in it:
        first.extend(batch)
        if len(first) >= TABLE_LAYOUT_ROWS:
            break
    text = render(first, columns, "table", max_width=max_width)
    body, _count = text.rstrip("\n").rsplit("\n", 1)
    yield body + "\n"
    lines = text.split("\n")
    widths = [len(x) for x in lines[1].split("  ")] if len(lines) > 1 else []
    n = len(first)
    for batch in it:
        for r in batch:
            cells = [_clip(_cell(r.get(c)).replace("\n", " "), min(max_width, widths[i])) for i, c in enumerate(columns)]
            yield "  ".join(v + " " * (widths[i] - display_width(v)) for i, v in enumerate(cells)).rstrip() + "\n"
        n += len(batch)
    yield f"({n} rows)\n"
