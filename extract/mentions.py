"""Mentions read line by line by kg's pipeline components: responsibility clauses and the teams set up.

Each line with a clause hint goes through the components' functions (:mod:`extract.components`,
in the pipeline's order); a line is segmented, through the spaCy pipeline's tokenizer
(:func:`extract.nlp.segment`), only when a component asks where its words start.  spaCy and jieba
are imported then, for the first such line: a plan that has none never loads them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from .clauses import Clause
from .components import LazyBoundaries, line_clauses, line_team, needs_nlp
from .structure import Line
from .teams import TeamParse

__all__ = ["LineMentions", "read_mentions"]


@dataclass(frozen=True, slots=True)
class LineMentions:
    """What the components found: the clauses of every line they read (possibly none), in line
    order, and each team set up, with its line."""

    clauses: tuple[tuple[Line, tuple[Clause, ...]], ...]
    teams: tuple[tuple[Line, TeamParse], ...]


def _segment(text: str) -> frozenset[int]:
    from .nlp import segment

    return segment(text)


def read_mentions(lines: Iterable[Line]) -> LineMentions:
    """Run kg's components over ``lines`` and collect their clauses and teams.

    The same as running the spaCy pipeline (:func:`extract.nlp.process`) over them.
    """
    clauses: list[tuple[Line, tuple[Clause, ...]]] = []
    teams: list[tuple[Line, TeamParse]] = []
    for ln in lines:
        text = ln.norm
        if not needs_nlp(text):
            continue
        boundaries = LazyBoundaries(partial(_segment, text))  # one segmentation for both components
        clauses.append((ln, tuple(line_clauses(text, boundaries))))
        team = line_team(text, boundaries)
        if team is not None:
            teams.append((ln, team))
    return LineMentions(tuple(clauses), tuple(teams))
