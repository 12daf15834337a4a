"""Mentions read line by line by the spaCy components: responsibility clauses and the teams set up.

Lines with no clause hint are not segmented and give nothing (see :func:`extract.nlp.process`).
spaCy is imported on the first call, so importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .clauses import Clause
from .structure import Line
from .teams import TeamParse

__all__ = ["LineMentions", "read_mentions"]


@dataclass(frozen=True, slots=True)
class LineMentions:
    """What the components found: the clauses of every line they read (possibly none), in line
    order, and each team set up, with its line."""

    clauses: tuple[tuple[Line, tuple[Clause, ...]], ...]
    teams: tuple[tuple[Line, TeamParse], ...]


def read_mentions(lines: Iterable[Line]) -> LineMentions:
    """Run the spaCy pipeline over ``lines`` and collect its clauses and teams."""
    from .nlp import process

    lines = list(lines)
    clauses: list[tuple[Line, tuple[Clause, ...]]] = []
    teams: list[tuple[Line, TeamParse]] = []
    for ln, doc in zip(lines, process(ln.norm for ln in lines), strict=True):
        if doc is None:
            continue
        clauses.append((ln, tuple(doc._.kg_clauses or ())))
        if doc._.kg_team is not None:
            teams.append((ln, doc._.kg_team))
    return LineMentions(tuple(clauses), tuple(teams))
