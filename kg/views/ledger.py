"""A unit's duty list as a supervision ledger (台账) in .xlsx, as offices keep them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["LEDGER_COLUMNS", "ledger_rows", "write_ledger"]

LEDGER_COLUMNS = ("序号", "行动", "任务", "牵头单位", "配合单位", "指标", "时限", "出处")


def ledger_rows(dl: dict[str, Any]) -> list[list[Any]]:
    """One row per duty, in LEDGER_COLUMNS order."""
    rows = []
    for k, r in enumerate(dl["duties"], 1):
        rows.append([
            k,
            r["action"] or "总体方案",
            r["task_text"],
            "、".join(r["leads"]),
            "、".join(r["supporting"]),
            "；".join(r["indicators"]),
            "；".join(r["deadlines"]),
            f"{r['plan']} 第{r['line']}行：“{r['quote']}”（{r['role']}）",
        ])
    return rows


def write_ledger(dl: dict[str, Any], path: Path) -> None:
    """Write the ledger atomically (a failure leaves no half-written file)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "台账"[:31]
    ws.append([f"{dl['unit']} 责任清单"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(list(LEDGER_COLUMNS))
    for c in ws[2]:
        c.font = Font(bold=True)
    for row in ledger_rows(dl):
        ws.append(row)
    widths = (6, 22, 60, 22, 30, 30, 18, 40)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    if dl["teams"]:
        ts = wb.create_sheet("工作专班")
        ts.append(["工作专班", "角色", "出处"])
        for t in dl["teams"]:
            ts.append([t["team"], t["role"], f"{t['plan']} 第{t['line']}行"])
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kg-", suffix=".xlsx")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
