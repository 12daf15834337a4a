"""Mentions read line by line by kg's pipeline components: responsibility clauses and the teams set up.

Each line with a clause hint goes through the components' functions (:mod:`extract.components`,
in the pipeline's order); a line is segmented, through the spaCy pipeline's tokenizer
(:func:`extract.nlp.segment`), only when a component asks where its words start.  spaCy and jieba
are imported then, for the first such line: a plan that has none never loads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial
from typing import TypeVar

from .clauses import Clause, bare_label
from .components import LazyBoundaries, is_heading, line_clauses, line_team, needs_nlp
from .errors import guarded
from .lexicon import load_lexicon
from .structure import Line
from .teams import TeamParse
from .units import place_name, split_units

__all__ = ["LineMentions", "read_mentions"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class LineMentions:
    """What the components found: the clauses of every line they read (possibly none), in line
    order, and each team set up, with its line."""

    clauses: tuple[tuple[Line, tuple[Clause, ...]], ...]
    teams: tuple[tuple[Line, TeamParse], ...]
    failed: tuple[tuple[Line, str], ...] = ()  # lines a component failed on, with the error's name (W105)


def _segment(text: str) -> frozenset[int]:
    from .nlp import segment

    return segment(text)


def _only_units(label: str, text: str) -> bool:
    """The line after a label alone holds nothing but its units (卫健局、文旅局), or a leader for a leader's label;
    not a sentence (各单位要高度重视,…)."""
    lex = load_lexicon()
    body = text.strip().rstrip("。;| ")  # (整改责任单位 | / 潼南区 |: a two-column table of labels and values)
    short = len(body) <= 30 and not re.search(r"[。,;]|要", body)
    if lex.role_of_label(label) == "supervisor":
        return short
    items, rejected = split_units(body, lex=lex)
    if rejected and short and all(place_name(body[x:y].strip(), lex) for x, y in rejected):
        return True  # a place (潼南区), as after the label's colon (not 时间节点, 备注: a header's next cell)
    return bool(items) and not rejected


def _shifted(c: Clause, d: int) -> Clause:
    return replace(c, start=max(0, c.start + d), end=c.end + d,
                   mentions=tuple(replace(m, start=m.start + d, end=m.end + d) for m in c.mentions))


def read_mentions(lines: Iterable[Line], blank: frozenset[int] = frozenset()) -> LineMentions:
    """Run kg's components over ``lines`` and collect their clauses and teams (``blank``: the numbers of the
    document's blank lines, so that a label alone on its line is read with the units on the next line written).

    The same as running the spaCy pipeline (:func:`extract.nlp.process`) over them.
    """
    clauses: list[tuple[Line, tuple[Clause, ...]]] = []
    teams: list[tuple[Line, TeamParse]] = []
    failed: list[tuple[Line, str]] = []
    label: tuple[int, str] | None = None  # a label standing alone on the line above (责任单位 / 卫健局、文旅局)
    for ln in lines:
        text = ln.norm
        if not text.strip():
            continue
        above = label[1] if label is not None and all(n in blank for n in range(label[0] + 1, ln.number)) else None
        label = (ln.number, found) if (found := bare_label(text)) is not None else None
        if above is not None and label is None and not is_heading(text) and _only_units(above, text):
            # the label's units on the next line: read as if written after the label and its colon
            prefix = above + ":"
            joined = prefix + text
            if (read := _guarded(ln, failed, line_clauses, joined, LazyBoundaries(partial(_segment, joined)))) is not None:
                clauses.append((ln, tuple(_shifted(c, -len(prefix)) for c in read
                                          if all(m.start >= len(prefix) for m in c.mentions))))
            continue
        if not needs_nlp(text):
            continue
        boundaries = LazyBoundaries(partial(_segment, text))  # one segmentation for both components
        if (line_read := _guarded(ln, failed, line_clauses, text, boundaries)) is not None:
            clauses.append((ln, tuple(line_read)))
        if (team := _guarded(ln, failed, line_team, text, boundaries)) is not None:
            teams.append((ln, team))
    return LineMentions(tuple(clauses), tuple(teams), tuple(failed))


def _guarded(ln: Line, failed: list[tuple[Line, str]], reader: Callable[..., T], *args: object) -> T | None:
    """``reader(*args)``, or None when it fails (:func:`extract.errors.guarded`): the fault is kept to be said as
    W105 on its line, and the line's other readers still run."""
    read, fault = guarded(reader, *args, where=f"line {ln.number}")
    if fault is not None:
        failed.append((ln, fault))
    return read
