"""Where a line of a plan belongs: the heading it falls under, its annex, whether it is the header
or a cell of a task table.

:func:`outline_of` reads these once from the :class:`~extract.structure.Structure`; every record
maker asks the :class:`Outline` rather than walking the heading tree itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import Heading
from .structure import Structure

__all__ = ["Outline", "outline_of"]


@dataclass(frozen=True, slots=True)
class Outline:
    """The headings of a document by line, each line's nearest heading, the header lines
    (文号, issuer, date) that hold no task, and the lines that are cells of a task table."""

    heading_at: dict[int, Heading]
    parent_of_line: dict[int, int | None]
    header_lines: frozenset[int]
    table_cells: frozenset[int]

    def task_line_of(self, line: int) -> int | None:
        """The heading a line belongs to: itself if it is one, else its nearest enclosing heading."""
        if line in self.heading_at:
            return line
        return self.parent_of_line.get(line)

    def annex_of(self, line: int) -> int | None:
        """The line of the annex (附件N) a line is in, or None in the main body."""
        t = self.task_line_of(line)
        if t is None:
            return None
        h = self.heading_at.get(t)
        return h.annex_line if h else None


def outline_of(struct: Structure) -> Outline:
    """The :class:`Outline` of a parsed document."""
    header = {s.line for s in (struct.number, struct.issuer, struct.date_span) if s is not None}
    return Outline(heading_at={h.line: h for h in struct.headings}, parent_of_line=struct.parent_of_line,
                   header_lines=frozenset(header),
                   table_cells=frozenset().union(*(t.cell_lines for t in struct.task_tables)))
