"""The tables of a document read into facts (:mod:`extract.tables`), and the records they give.

- :func:`read_tables`: every table of a document, a run of table lines or a task table;
- :func:`table_duties` and :func:`table_indicators`: a unit of a row is responsible for the row's
  task, a figure of a target column is a target; each belongs to the heading of its row;
- :func:`deadline_cells`: the cells where a deadline may be written;
- :func:`drop_count_notes`: a heading row's count of its rows sets no target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .clauses import find_clauses
from .components import needs_nlp
from .duties import duty_at
from .lexicon import Lexicon
from .outline import Outline
from .records import Duty, HeadingKind, Indicator, Role
from .structure import Line, Structure
from .tables import TableFact, column_kind, quota_cell_tables, read_table, read_task_table, share_lists
from .targets import indicator_at
from .units import Item

__all__ = ["TableFacts", "deadline_cells", "drop_count_notes", "prose_table_lines", "read_tables", "table_duties",
           "table_indicators", "without_progress_cells"]

_COUNT_NOTE = re.compile(r"\(\s*(?:共)?\d+\s*[项个条件]\s*\)\s*$")


@dataclass(frozen=True, slots=True)
class TableFacts:
    """The facts read from one table, and its first line."""

    first_line: int
    facts: tuple[TableFact, ...]


def read_tables(lines: Sequence[Line], struct: Structure, lex: Lexicon, *, first_is_lead: bool) -> list[TableFacts]:
    """The facts of every table: each run of consecutive table lines outside the task tables, then
    each task table."""
    in_task_tables = set().union(*(t.cell_lines for t in struct.task_tables))
    # a group's row (一、创新驱动 | ||||) is a heading inside its table: the table goes on after it
    groups = {h.line for h in struct.headings if "|" in lines[h.line - 1].norm}
    regions = [[(n, lines[n - 1].norm) for n in run]
               for run in _runs((struct.table_lines - in_task_tables) | groups, lines)]
    regions = [rows for rows in regions if any(n not in groups for n, _ in rows)]
    norms = {ln.number: ln.norm for ln in lines}
    # a table of figures by place one cell per line: its lines are no task table's and hold one cell each
    single = [(ln.number, ln.norm) for ln in lines if ln.number not in in_task_tables
              and not (ln.number in struct.table_lines and ln.norm.strip(" |\t"))]
    by_place = [TableFacts(facts[0].line, tuple(facts)) for facts in quota_cell_tables(single, lex)]
    # units and their shares listed in running text (机关25人、个协15人、学校10人)
    prose = [(ln.number, ln.norm) for ln in lines if ln.number not in in_task_tables and ln.number not in struct.table_lines]
    by_place += [TableFacts(facts[0].line, tuple(facts)) for facts in share_lists(prose, lex)]
    return [*(TableFacts(rows[0][0], tuple(read_table(rows, lex, first_is_lead=first_is_lead))) for rows in regions), *by_place,
            *(TableFacts(t.first_line, tuple(read_task_table(t, norms, lex, first_is_lead=first_is_lead)))
              for t in struct.task_tables)]


def prose_table_lines(lines: Sequence[Line], struct: Structure, tables: Sequence[TableFacts]) -> set[int]:
    """Lines taken for a table (a ``|`` or tabs in them) from which no table reader read anything: a page
    copied with its frame (交通部门,负责… |), text aligned by tabs, read as text."""
    in_task_tables = set().union(*(t.cell_lines for t in struct.task_tables))
    read = {f.line for t in tables for f in t.facts}
    owned = {f.line for t in tables for f in t.facts if f.unit is not None}
    out: set[int] = set()
    for run in _runs(struct.table_lines - in_task_tables, lines):
        if not read.intersection(run) or _clauses_in_cells(run, owned, lines):
            out.update(run)
    return out


def _runs(numbers: Iterable[int], lines: Sequence[Line]) -> list[list[int]]:
    """``numbers`` in runs of consecutive lines; blank lines between them do not part a run (a copy with a blank
    line after every paragraph)."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if not runs or any(lines[k - 1].norm.strip() for k in range(runs[-1][-1] + 1, number)):
            runs.append([])
        runs[-1].append(number)
    return runs


def without_progress_cells(lines: Sequence[Line], prose: set[int], lex: Lexicon) -> list[Line]:
    """``lines`` with the cells of a progress column (推进情况, 完成情况) blanked on the table lines read as text:
    what a report says was done is no target (序号 | 目标任务(责任单位:…) | 推进情况)."""
    out = list(lines)
    columns: list[int] = []  # indexes of the progress columns of the table being read
    for number in sorted(prose):
        ln = lines[number - 1]
        cells = ln.norm.split("|")
        kinds = [column_kind(c.strip(), lex) for c in cells]
        if sum(k is not None for k in kinds) >= 2 and not any(re.search(r"[。,;]", c) for c in cells):
            columns = [k for k, kind in enumerate(kinds) if kind == "progress"]  # a header row
            continue
        if not columns:
            continue
        norm, pos = list(ln.norm), 0
        for k, cell in enumerate(cells):
            if k in columns:
                norm[pos : pos + len(cell)] = " " * len(cell)
            pos += len(cell) + 1
        out[number - 1] = replace(ln, norm="".join(norm))
    return out


def _clauses_in_cells(run: list[int], owned: set[int], lines: Sequence[Line]) -> bool:
    """True if a table's rows give their duties in clauses inside their cells more often than the table readers
    found a unit in them (序号 | 目标任务(责任单位:市建设局) | 推进情况: no unit column)."""
    with_clauses = sum(1 for n in run if needs_nlp(lines[n - 1].norm) and find_clauses(lines[n - 1].norm))
    return with_clauses >= 2 and with_clauses > 2 * len(owned.intersection(run))


def _row_task_line(line: int, first_line: int, outline: Outline) -> int | None:
    """The heading a table row belongs to: a heading row of the table, or the heading that holds
    the table (a numbered task ending above the table does not)."""
    h = outline.task_line_of(line)
    while h is not None and h < first_line and outline.heading_at[h].kind in (HeadingKind.task, HeadingKind.subtask):
        h = outline.heading_at[h].parent_line
    return h


def table_indicators(tables: Iterable[TableFacts], lines: Sequence[Line], outline: Outline) -> list[Indicator]:
    """The targets of the tables' target columns, named by their row's indicator."""
    return [indicator_at(lines[f.line - 1], f.quantity, _row_task_line(f.line, t.first_line, outline),
                         name=f.indicator, table=True)
            for t in tables for f in t.facts if f.kind == "target" and f.quantity is not None]


def table_duties(tables: Iterable[TableFacts], lines: Sequence[Line], outline: Outline) -> list[Duty]:
    """The duties of the units of the tables' rows: the column's role (an indicator's owner when
    the column gives none), the row's task cell as the clause, the unit's share if written."""
    return [_owner_duty(f, f.unit, lines, _row_task_line(f.line, t.first_line, outline))
            for t in tables for f in t.facts if f.kind == "owner" and f.unit is not None]


def _owner_duty(f: TableFact, unit: Item, lines: Sequence[Line], task_line: int | None) -> Duty:
    ln = lines[f.line - 1]
    quota = f.quota
    role = Role(f.column_role) if f.column_role else Role.indicator_owner
    # the clause of a unit in a row is the row's task cell (the row is what it is responsible for)
    clause = lines[f.task[0] - 1].span(f.task[1], f.task[2]) if f.task else ln.span()
    return duty_at(ln, unit.start, unit.end, role, clause=clause, task_line=task_line,
                   indicator=f.indicator or None, indicator_line=f.indicator_line,
                   quota=ln.quote(quota.start, quota.end) if quota else None,
                   quota_value=quota.value if quota else None,
                   quota_measure=quota.measure if quota else None)


def deadline_cells(struct: Structure) -> list[int]:
    """Table lines where a deadline may be written, in order: any cell of an indicator table; in a
    task table the task and 完成时限 cells (not the 落实情况 of a progress report)."""
    task_cells = set().union(*(t.cell_lines for t in struct.task_tables))
    out = set(struct.table_lines) - task_cells
    for t in struct.task_tables:
        out |= {c.line for r in t.rows for kind, c in r.cells if kind in ("task", "name", "deadline")}
    return sorted(out)


def drop_count_notes(indicators: Iterable[Indicator], struct: Structure, lines: Sequence[Line]) -> list[Indicator]:
    """Without the figures of a heading row closing with the count of its rows:
    一、主要预期目标分解(11项) sets no target."""
    counts = {n: m.start() for t in struct.task_tables for n, _ in t.heading_rows
              if (m := _COUNT_NOTE.search(lines[n - 1].norm))}
    return [i for i in indicators
            if not (i.span.line in counts and i.span.start - lines[i.span.line - 1].start >= counts[i.span.line])]
