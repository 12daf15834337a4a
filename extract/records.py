"""Typed records that cross stage boundaries.

Extraction turns a text into these frozen dataclasses; the graph stage turns them
into RDF.  Nothing here knows about RDF, spaCy or files.

Every record that comes from the text carries a :class:`SourceSpan`: the line
(1-based, one paragraph per line), the character span in the whole document and
the exact quote, so ``document.text[span.start:span.end] == span.quote``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

__all__ = [
    "SUPPORT_ROLES",
    "TASK_ROLES",
    "TEAM_ROLES",
    "WORK_ROLES",
    "Action",
    "Coverage",
    "Deadline",
    "DocumentInfo",
    "Duty",
    "Extraction",
    "Heading",
    "HeadingKind",
    "Indicator",
    "LabelClass",
    "ReadingIssue",
    "Role",
    "RoleClass",
    "SourceSpan",
    "Unit",
    "UnitKind",
    "WorkTeam",
]


class HeadingKind(StrEnum):
    """Kinds of structural lines (values as in the gold SCHEMA)."""

    annex = "annex"
    section = "section"
    subsection = "subsection"
    task = "task"
    subtask = "subtask"


HEADING_LEVEL = {
    HeadingKind.annex: 0,
    HeadingKind.section: 1,
    HeadingKind.subsection: 2,
    HeadingKind.task: 3,
    HeadingKind.subtask: 4,
}


class Role(StrEnum):
    """What a unit is given to do (values as in the gold SCHEMA)."""

    lead = "lead"
    co = "co"
    shared = "shared"
    convener = "convener"
    deputy_convener = "deputy_convener"
    member = "member"
    office = "office"
    leader = "leader"
    deputy_leader = "deputy_leader"
    indicator_owner = "indicator_owner"
    supervisor = "supervisor"


#: The role class a clause, a label or a table column gives a unit before its role is resolved
#: (:func:`extract.roles.resolve`): ``responsible`` becomes co or shared by its neighbours (``convener``: a standing
#: meeting's chair, 月调度会议由县长主持).
RoleClass = Literal["lead", "co", "responsible", "supervisor", "convener"]
#: What a label gives: a role class, or ``free`` (a label that names units with no role of its own).
LabelClass = Literal["lead", "co", "responsible", "supervisor", "free"]


# The role groups, one home for both packages (extract and kg):
# roles a unit has in a task (an indicator's owner holds a share of a task's target) ...
TASK_ROLES = frozenset({Role.lead, Role.co, Role.shared, Role.supervisor, Role.indicator_owner})
# ... of which those of a unit that does the work (lead) or helps with it (co, shared)
WORK_ROLES = frozenset({Role.lead, Role.co, Role.shared})
SUPPORT_ROLES = frozenset({Role.co, Role.shared})
TEAM_ROLES = frozenset(
    {
        Role.convener,
        Role.deputy_convener,
        Role.member,
        Role.office,
        Role.leader,
        Role.deputy_leader,
    }
)


class UnitKind(StrEnum):
    """Coarse type of an organisation or position."""

    department = "department"
    town_street = "town_street"
    zone = "zone"
    higher_level = "higher_level"
    enterprise = "enterprise"
    collective = "collective"
    position = "position"
    person = "person"


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """Where a fact comes from: 1-based line, document character offsets, exact quote."""

    line: int
    start: int
    end: int
    quote: str

    def __post_init__(self) -> None:
        if self.end - self.start != len(self.quote):
            raise ValueError(f"span {self.start}:{self.end} does not fit quote {self.quote!r}")


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """The document as a whole."""

    doc_id: str
    source_name: str
    sha1: str
    text: str
    lines: tuple[str, ...]
    line_starts: tuple[int, ...]
    number: SourceSpan | None = None  # 文号
    issuer: SourceSpan | None = None
    date: str | None = None  # ISO date
    date_span: SourceSpan | None = None
    title: str | None = None
    title_span: SourceSpan | None = None
    locality: str | None = None  # e.g. 临湘市, the issuing jurisdiction
    traditional: bool = False
    # the file line of each of ``lines`` when some file line was read as several (``A<br>B``); else empty
    source_lines: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Heading:
    """A structural line: annex, section, subsection, task or subtask."""

    line: int
    kind: HeadingKind
    number: str
    title: str
    parent_line: int | None
    annex_line: int | None
    span: SourceSpan  # the whole line
    path: tuple[int, ...] = ()  # lines of the ancestors, outermost first

    @property
    def level(self) -> float:
        """Depth in the outline; a decimal number (3.1, 2.1.1) nests under its shorter prefix (3.)."""
        return HEADING_LEVEL[self.kind] + self.number.count(".") / 10


@dataclass(frozen=True, slots=True)
class Unit:
    """One organisation (or position) of the document, with every surface form."""

    key: str
    name: str
    kind: UnitKind
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Duty:
    """A qualified responsibility: this unit has this role in this task or team."""

    unit: str  # surface form as written on that line
    unit_key: str  # key of the Unit entity
    role: Role
    span: SourceSpan  # where the unit is named
    clause: SourceSpan | None  # the whole clause the unit was found in
    task_line: int | None  # heading the duty belongs to (task or team heading)
    team: str | None = None  # key of the WorkTeam for team roles
    indicator: str | None = None  # indicator name for indicator_owner
    indicator_line: int | None = None
    quota: str | None = None  # e.g. "10家"
    quota_value: str | None = None
    quota_measure: str | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    """A time limit stated by the text, normalised to an ISO date or a year interval."""

    text: str
    span: SourceSpan
    end: str  # ISO date: the latest day the work should be done
    begin: str | None = None


@dataclass(frozen=True, slots=True)
class Indicator:
    """A quantified target."""

    name: str
    value: str  # as written (e.g. "2-3", "3.2")
    low: float | None
    high: float | None
    measure: str
    bound: str | None  # "min" / "max" / None
    year: str | None
    span: SourceSpan  # the number and its measure
    task_line: int | None
    table: bool = False


@dataclass(frozen=True, slots=True)
class WorkTeam:
    """A work team (工作专班) or leading group (领导小组)."""

    key: str
    name: str
    kind: str  # "work_team" or "leading_group"
    span: SourceSpan
    heading_line: int | None
    annex_line: int | None


@dataclass(frozen=True, slots=True)
class Action:
    """An action listed in the overall plan, linked to its annex plan."""

    number: str
    title: str
    span: SourceSpan
    annex_line: int | None


@dataclass(frozen=True, slots=True)
class ReadingIssue:
    """Something a reviewer should look at."""

    code: str
    message: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Coverage:
    """How much of what looks like a duty was read: lines with a role word or label, and of
    those, lines that gave at least one duty (the others are warned about with W104)."""

    role_lines: int = 0
    read_lines: int = 0


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: DocumentInfo
    headings: tuple[Heading, ...]
    annex_titles: dict[int, SourceSpan]
    actions: tuple[Action, ...]
    units: tuple[Unit, ...]
    duties: tuple[Duty, ...]
    indicators: tuple[Indicator, ...]
    deadlines: dict[int, tuple[Deadline, ...]]
    teams: tuple[WorkTeam, ...]
    warnings: tuple[ReadingIssue, ...] = field(default=())
    coverage: Coverage = field(default_factory=Coverage)
