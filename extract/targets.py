"""Indicator and Deadline records from the quantities and time limits of running text
(:mod:`extract.quantities` finds them on a line; tables give theirs through :mod:`extract.table_records`).

The document's header (文号, issuer, date) sets no target and no deadline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import Lexicon
from .outline import Outline
from .quantities import Quantity, find_deadlines, find_quantities
from .records import Deadline, Indicator
from .structure import Line

__all__ = ["deadlines_of", "indicator_at", "line_indicators"]


def indicator_at(ln: Line, q: Quantity, task_line: int | None, *, name: str | None = None,
                 table: bool = False) -> Indicator:
    """The indicator of a quantity found on a line (``name`` when a table names it)."""
    return Indicator(name=name or q.name, value=q.value, low=q.low, high=q.high, measure=q.measure, bound=q.bound,
                     year=q.year, span=ln.span(q.start, q.end), task_line=task_line, table=table)


def line_indicators(lines: Iterable[Line], outline: Outline, lex: Lexicon) -> list[Indicator]:
    """The targets of running text, line by line (none under a heading that tells where things stand: 基本情况)."""
    titles = {h.line: re.sub(r"[\s::。]", "", h.title) for h in outline.heading_at.values()}
    background = {n for n, t in titles.items() if t in lex.background_titles
                  or t.endswith(lex.background_endings)}
    done = _progress_label(lex)
    return [indicator_at(ln, q, outline.task_line_of(ln.number))
            for ln in lines if ln.number not in outline.header_lines
            and not (background and _under(outline, ln.number, background)) and not done.match(ln.norm)
            for q in find_quantities(ln.norm, ln.text, lex)]


@lru_cache(maxsize=4)
def _progress_label(lex: Lexicon) -> re.Pattern[str]:
    """A line opening with a progress label (完成情况:…, 进展情况:…): what was done, no targets."""
    words = sorted((w for w, kind in lex.table_columns if kind == "progress"), key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, words)) + r")\s*:")


def _under(outline: Outline, line: int, headings: set[int]) -> bool:
    """Whether ``line`` is one of ``headings`` or below one of them."""
    at = outline.task_line_of(line)
    while at is not None:
        if at in headings:
            return True
        h = outline.heading_at.get(at)
        at = h.parent_line if h is not None else None
    return False


def deadlines_of(lines: Iterable[Line], outline: Outline, date: str | None) -> dict[int, tuple[Deadline, ...]]:
    """The deadlines of each line that states one, by line number; a date without a year
    (6月底前) falls in the year of the document's ``date``."""
    year = int(date[:4]) if date else None
    found: dict[int, list[Deadline]] = {}
    for ln in lines:
        if ln.number in outline.header_lines:
            continue
        for d in find_deadlines(ln.norm, year):
            if d.end_date:
                found.setdefault(ln.number, []).append(
                    Deadline(text=ln.quote(d.start, d.end), span=ln.span(d.start, d.end), end=d.end_date,
                             begin=d.begin_date))
    return {k: tuple(v) for k, v in sorted(found.items())}
