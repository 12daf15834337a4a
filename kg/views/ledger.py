"""A duty list's one home: its columns and rows (the CLI's and the server's CSV and JSON), its text (``kg duties
UNIT``), its ledger rows (the server's printable page) and its supervision ledger (台账) in .xlsx, as offices keep
them: one unit's, or every unit's.  They take :class:`kg.analysis.DutyList` results."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.records import Role

from .._files import write_atomic

if TYPE_CHECKING:
    from .._answers import DutyList

__all__ = ["DUTY_LIST_COLUMNS", "FULL_LEDGER_COLUMNS", "LEDGER_COLUMNS", "LEDGER_WIDTHS", "duty_list_rows",
           "duty_list_text", "full_ledger_rows", "ledger_rows", "write_full_ledger", "write_ledger"]

# the columns of a duty list in table, CSV and JSON (the CLI and the server's /unit.csv)
DUTY_LIST_COLUMNS = ("action", "section", "task", "task_line", "role", "leads", "supporting", "indicators",
                     "deadlines", "line", "quote", "plan", "applies_to")
LEDGER_COLUMNS = ("序号", "行动", "任务", "牵头单位", "配合单位", "指标", "时限", "出处")
#: the whole plan's ledger: the unit of each duty after the number
FULL_LEDGER_COLUMNS = ("序号", "责任单位", *LEDGER_COLUMNS[1:])

#: column widths in characters (the .xlsx's, and the printed page's proportions)
LEDGER_WIDTHS = _WIDTHS = (6, 22, 60, 22, 30, 30, 18, 40)


def duty_list_rows(dl: DutyList, *, joined: bool = False, teams: bool = True) -> list[dict[str, Any]]:
    """A duty list as rows of plain data (DUTY_LIST_COLUMNS first): one per duty, then one per team seat
    (unless not ``teams``), lists joined with 、 when ``joined`` (for CSV)."""
    rows = [r.to_dict() for r in dl.duties]
    if joined:
        rows = [{k: ("、".join(v) if isinstance(v, list) else v) for k, v in r.items()} for r in rows]
    if teams:
        rows += [{"action": "", "section": "工作专班", "task": t.team, "role": t.role.value, "line": t.line,
                  "quote": t.quote, "plan": t.plan} for t in dl.teams]
    return rows


# a duty stated once for what follows (以下均需试点城市政府落实,不再列出; 下同)
_STANDING = re.compile(r"以下均|以下各项|不再列出|不再一一列出|下同")


def duty_list_text(dl: DutyList) -> str:
    """A duty list as ``kg duties UNIT`` prints it: the unit, its counts, then its duties by plan, action
    and section, each with its leads, targets, deadlines and source quote, and its team seats last."""
    roles = Counter(r.role.value for r in dl.duties)
    plans = sorted({r.plan for r in dl.duties} | {t.plan for t in dl.teams})
    out = [f"{dl.unit} ({dl.kind})" + (f" = {dl.office}" if dl.office else "")
           + (f"  also written: {'、'.join(n for n in dl.names if n != dl.unit)}" if len(dl.names) > 1 else ""),
           f"{len(dl.duties)} duties: " + ", ".join(f"{k} {v}" for k, v in roles.most_common())
           + f"; {len(dl.teams)} team seats" + (f"; in {len(plans)} plans" if len(plans) > 1 else ""), ""]
    last_plan = last_action = last_section = None
    for r in dl.duties:
        if r.plan != last_plan:
            out.append(f"● plan {r.plan}")
            last_plan, last_action, last_section = r.plan, None, None
        if r.action != last_action:
            out.append(f"■ {r.action or '(main plan)'}")
            last_action, last_section = r.action, None
        if r.section != last_section:
            if r.section:  # (a table's rows under no heading: no empty section line)
                out.append(f"  ▸ {r.section}")
            last_section = r.section
        out.append(f"    [{r.role.value}] {r.task}  (line {r.line})")
        if r.leads and r.role != Role.lead:
            out.append(f"        lead: {'、'.join(r.leads)}")
        if r.indicators:
            out.append(f"        targets: {'; '.join(r.indicators)}")
        if r.deadlines:
            out.append(f"        deadlines: {'; '.join(r.deadlines)}")
        if r.applies_to:
            more = len(r.applies_to) - 6
            out.append(f"        declared on the heading; applies to the {len(r.applies_to)} tasks under it: "
                       + "; ".join(r.applies_to[:6]) + (f"; … {more} more" if more > 0 else ""))
        if _STANDING.search(r.quote or ""):
            out.append("        stated once: applies to what follows in the plan")
        out.append(f"        source: “{r.quote}”")
    if dl.teams:
        out.append("■ work teams")
        for t in dl.teams:
            out.append(f"    [{t.role.value}] {t.team}  ({t.plan}, line {t.line})")
    return "\n".join(out) + "\n"


def ledger_rows(dl: DutyList) -> list[list[Any]]:
    """One row per duty, in LEDGER_COLUMNS order."""
    rows = []
    for k, r in enumerate(dl.duties, 1):
        rows.append([
            k,
            r.action or "总体方案",
            r.task_text,
            "、".join(r.leads),
            "、".join(r.supporting),
            "；".join(r.indicators),
            "；".join(r.deadlines),
            f"{r.plan} 第{r.line}行：“{r.quote}”（{r.role.value}）",
        ])
    return rows


def full_ledger_rows(dls: Sequence[DutyList]) -> list[list[Any]]:
    """One row per duty of every unit, in FULL_LEDGER_COLUMNS order (numbered through)."""
    flat = [[dl.unit, *row[1:]] for dl in dls for row in ledger_rows(dl)]
    return [[k, *row] for k, row in enumerate(flat, 1)]


def write_ledger(dl: DutyList, path: Path) -> None:
    """Write one unit's ledger atomically (a failure leaves no half-written file)."""
    teams = [[t.team, t.role.value, f"{t.plan} 第{t.line}行"] for t in dl.teams]
    _save(_workbook(f"{dl.unit} 责任清单", LEDGER_COLUMNS, ledger_rows(dl), _WIDTHS,
                    ["工作专班", "角色", "出处"], teams), path)


def write_full_ledger(dls: Sequence[DutyList], path: Path, title: str = "责任清单") -> None:
    """Write every unit's duties in one ledger atomically (one sheet, a 责任单位 column)."""
    teams = [[dl.unit, t.team, t.role.value, f"{t.plan} 第{t.line}行"] for dl in dls for t in dl.teams]
    _save(_workbook(title, FULL_LEDGER_COLUMNS, full_ledger_rows(dls), (6, 22, *_WIDTHS[1:]),
                    ["单位", "工作专班", "角色", "出处"], teams), path)


def _workbook(title: str, columns: tuple[str, ...], rows: list[list[Any]], widths: tuple[int, ...],
              team_columns: list[str], teams: list[list[Any]]) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(list(columns))
    for c in ws[2]:
        c.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for cells in ws.iter_rows(min_row=3):
        for c in cells:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    if teams:
        ts = wb.create_sheet("工作专班")
        ts.append(team_columns)
        for t in teams:
            ts.append(t)
    for sheet in wb.worksheets:
        _no_formulas(sheet)
    return wb


def _no_formulas(ws: Any) -> None:
    """Every cell holding text is written as a string: text from a plan (=HYPERLINK(...)) never becomes a formula."""
    for cells in ws.iter_rows():
        for c in cells:
            if isinstance(c.value, str) and c.data_type != "s":
                c.data_type = "s"


def _save(wb: Any, path: Path) -> None:
    write_atomic(path, lambda tmp: wb.save(tmp))
