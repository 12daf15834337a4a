"""Rows -> text: a readable terminal table, CSV or JSON (one place for ``--format``)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from typing import Any

__all__ = ["FORMATS", "display_width", "render"]

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
            w.writerow([_cell(r.get(c)) for c in columns])
        return buf.getvalue()
    cells = [[_clip(_cell(r.get(c)).replace("\n", " "), max_width) for c in columns] for r in rows]
    widths = [max([display_width(c)] + [display_width(row[i]) for row in cells]) for i, c in enumerate(columns)]

    def line(vals: Sequence[str]) -> str:
        return "  ".join(v + " " * (widths[i] - display_width(v)) for i, v in enumerate(vals)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    out.append(f"({len(rows)} rows)")
    return "\n".join(out) + "\n"
