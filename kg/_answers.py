"""What the analysis functions of :mod:`kg.analysis` return: frozen dataclasses with typed fields.

::

    duty_list, duty_lists   DutyList      a unit's DutyEntry rows and its TeamSeat rows
    leads                   LeadsTable    UnitLeads (with LedTask rows) and TaskLeads rows
    actions                 ActionView    an action with its ActionTask rows
    teams                   TeamView      a work team with its (unit, role) seats
    overload                UnitLoad      a unit's load score, roles, actions, partners
    chain                   ChainPath     units linked by ChainStep rows (a shared task each)
    command_chain           CommandChain  LeadingGroup, CommandTeam and CommandTask rows

Roles are :class:`extract.records.Role` members.  :meth:`to_dict` turns any of them into plain
data (dicts, lists, str, numbers; a role becomes its value): the one path to JSON, CSV rows and
the page's data, so the CLI's and the server's JSON keep the keys and their order given here
(a field whose key differs says so in its ``metadata``, e.g. ``ChainStep.from_unit`` is ``"from"``).

>>> TeamSeat("专班", Role.member, 3, "市发改局", "plan.txt").to_dict()
{'team': '专班', 'role': 'member', 'line': 3, 'quote': '市发改局', 'plan': 'plan.txt'}
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

from extract.records import Role

__all__ = [
    "ActionTask",
    "ActionView",
    "ChainPath",
    "ChainStep",
    "CommandChain",
    "CommandTask",
    "CommandTeam",
    "DutyEntry",
    "DutyList",
    "Gap",
    "LeadingGroup",
    "LeadsTable",
    "LedTask",
    "Seat",
    "TaskLeads",
    "TeamSeat",
    "TeamView",
    "UnitLeads",
    "UnitLoad",
]

#: a unit named on a task or in a team, and its role there
Seat = tuple[str, Role]
#: why :func:`kg.analysis.leads` counts a task as a gap ("" when it does not)
Gap = Literal["", "no_lead", "no_unit"]


_SCALARS = (str, int, float, bool, type(None))


_KEYS: dict[type, tuple[tuple[str, str], ...]] = {}


def _keys(cls: type) -> tuple[tuple[str, str], ...]:
    """(field, key) of a result class, in field order (looked up once per class)."""
    keys = _KEYS.get(cls)
    if keys is None:
        keys = _KEYS[cls] = tuple((f.name, f.metadata.get("key", f.name)) for f in dataclasses.fields(cls))
    return keys


def _plain(v: Any) -> Any:
    if type(v) in _SCALARS:
        return v
    if isinstance(v, _Answer):
        return {key: _plain(getattr(v, name)) for name, key in _keys(type(v))}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {_plain(k): _plain(x) for k, x in v.items()}
    if isinstance(v, Enum):
        return v.value
    return v


class _Answer:
    """Base of every analysis result: :meth:`to_dict` is their one way to plain data."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the fields in order (named by their ``key`` metadata if any), recursively."""
        out: dict[str, Any] = _plain(self)
        return out


# ------------------------------------------------------------------ duty list

@dataclass(frozen=True, slots=True)
class DutyEntry(_Answer):
    """One duty of a unit: where it sits (action, section, task), the unit's role, who else works
    on the task, its targets and deadlines, and its source."""

    action: str  # the action's title ("" in the main plan)
    action_number: str
    section: str
    task: str  # the task heading's label
    task_line: int
    task_text: str
    role: Role
    leads: tuple[str, ...]  # every lead of the task, the unit itself if it leads
    supporting: tuple[str, ...]  # the other units in a co or shared role
    indicators: tuple[str, ...]
    deadlines: tuple[str, ...]
    line: int  # where the duty is stated
    quote: str
    plan: str
    applies_to: tuple[str, ...]  # the tasks under a heading the duty is declared on ("label (line N)")


@dataclass(frozen=True, slots=True)
class TeamSeat(_Answer):
    """A unit's seat in a work team or leading group."""

    team: str
    role: Role
    line: int
    quote: str
    plan: str


@dataclass(frozen=True, slots=True)
class DutyList(_Answer):
    """A unit's complete duty list (see :func:`kg.analysis.duty_list`)."""

    unit: str
    kind: str
    names: tuple[str, ...]  # every written form of the unit
    plans: int  # the unit's nodes: one per plan that names it
    office: str | None  # in a corpus, the office across plans the unit belongs to
    duties: tuple[DutyEntry, ...]
    teams: tuple[TeamSeat, ...]


# ------------------------------------------------------------------ leads

@dataclass(frozen=True, slots=True)
class TaskLeads(_Answer):
    """A task with its leads and its other responsible units (co, shared)."""

    line: int
    task: str
    kind: str  # the heading's kind (task, subtask, section, ...)
    action: str | None  # the action's number
    leads: tuple[str, ...]
    responsible: tuple[str, ...]
    plan: str


@dataclass(frozen=True, slots=True)
class LedTask(_Answer):
    """A task a unit leads."""

    line: int
    task: str
    action: str | None
    plan: str


@dataclass(frozen=True, slots=True)
class UnitLeads(_Answer):
    """The tasks one unit leads."""

    unit: str
    tasks: tuple[LedTask, ...]
    count: int


@dataclass(frozen=True, slots=True)
class LeadsTable(_Answer):
    """Who leads what (see :func:`kg.analysis.leads`)."""

    by_unit: tuple[UnitLeads, ...]  # most tasks led first
    by_task: tuple[TaskLeads, ...]  # the tasks with a lead
    no_lead: tuple[TaskLeads, ...]  # gaps: responsible units but no lead
    no_unit: tuple[TaskLeads, ...]  # gaps: no responsible unit at all


# ------------------------------------------------------------------ actions and teams

@dataclass(frozen=True, slots=True)
class ActionTask(_Answer):
    """A task of an action, with its units and whether it is a gap."""

    id: str  # the task's node
    label: str
    text: str
    line: int
    kind: str
    units: tuple[Seat, ...]
    gap: Gap


@dataclass(frozen=True, slots=True)
class ActionView(_Answer):
    """An action (an annex, or the main text of a plan) with its tasks."""

    id: str  # the annex heading's node, or ``<plan>#main``
    plan: str
    number: str
    title: str
    tasks: tuple[ActionTask, ...]


@dataclass(frozen=True, slots=True)
class TeamView(_Answer):
    """A work team or leading group with its seats."""

    team: str
    kind: str
    members: tuple[Seat, ...]


# ------------------------------------------------------------------ overload

@dataclass(frozen=True, slots=True)
class UnitLoad(_Answer):
    """A unit's load (see :func:`kg.analysis.overload`)."""

    unit: str
    kind: str
    score: float
    roles: dict[Role, int]  # duties per role
    by_action: dict[str, int]  # duties per action
    plans: tuple[str, ...] = field(metadata={"key": "plan"})
    partners: int  # distinct units it shares a task with
    tasks: int  # duties in a task role
    outlier: bool  # score above the fence
    fence: float | None  # Tukey's upper fence (None: too few units to tell)


# ------------------------------------------------------------------ chains

@dataclass(frozen=True, slots=True)
class ChainStep(_Answer):
    """Two units of a chain and the first task they share."""

    from_unit: str = field(metadata={"key": "from"})
    to_unit: str = field(metadata={"key": "to"})
    task: str
    line: int
    plan: str
    shared_tasks: int


@dataclass(frozen=True, slots=True)
class ChainPath(_Answer):
    """One shortest chain of units (see :func:`kg.analysis.chain`)."""

    units: tuple[str, ...]
    steps: tuple[ChainStep, ...]


@dataclass(frozen=True, slots=True)
class LeadingGroup(_Answer):
    """A leading group of the plan: its heads and office."""

    team: str
    heads: tuple[str, ...]
    office: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CommandTeam(_Answer):
    """A team the unit sits in, with the unit's role and the team's heads, deputies and office."""

    team: str
    role: Role
    heads: tuple[str, ...]
    deputies: tuple[str, ...]
    office: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CommandTask(_Answer):
    """A task the unit works on, with its role and the task's leads and supporting units."""

    task: str
    line: int
    role: Role
    plan: str
    leads: tuple[str, ...]
    supporting: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CommandChain(_Answer):
    """A unit's chain of command (see :func:`kg.analysis.command_chain`)."""

    unit: str
    leading_groups: tuple[LeadingGroup, ...]
    teams: tuple[CommandTeam, ...]
    tasks: tuple[CommandTask, ...]
