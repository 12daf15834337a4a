"""read -> structure -> mentions -> records: the extraction of one plan document.

:func:`extract` is the one entry point; it returns an :class:`~extract.records.Extraction`.
:func:`extract_raw` is the whole flow, each step a function of the records before it:

- structure: lines (original and normal form), headings, tables, the header (:mod:`extract.structure`,
  :mod:`extract.outline`);
- mentions: rosters (:mod:`extract.rosters`), clauses and teams line by line (:mod:`extract.mentions`),
  tables (:mod:`extract.table_records`);
- records: teams (:mod:`extract.teams`) and duties (:mod:`extract.duties`), one entity per unit
  (:mod:`extract.entities`), targets and deadlines (:mod:`extract.targets`), what kg could not read
  (:mod:`extract.coverage`), the document (:mod:`extract.document`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from .clauses import first_is_lead_from
from .coverage import clause_warnings, failure_warnings, read_coverage, task_warnings, unit_warnings
from .document import doc_id_for, document_info
from .duties import (
    clause_duties,
    dedupe_duties,
    drop_cut_off_clause,
    label_line_duties,
    rekey_duties,
    subject_duties,
    trim_glued_topics,
)
from .entities import group_units
from .errors import guarded
from .lexicon import load_lexicon
from .mentions import read_mentions
from .outline import outline_of
from .read import DEFAULT_MAX_MB, RawDocument, normalise, read_path
from .records import Coverage, Deadline, Extraction, Indicator, ReadingIssue
from .rosters import HEADING_LABEL, Roster, read_rosters
from .structure import parse_structure, split_lines
from .table_records import (
    TableFacts,
    deadline_cells,
    drop_count_notes,
    prose_table_lines,
    read_tables,
    table_duties,
    table_indicators,
    without_progress_cells,
)
from .targets import deadlines_of, line_indicators
from .teams import attach_member_teams, work_teams

__all__ = ["doc_id_for", "extract", "extract_text"]

T = TypeVar("T")


def extract(path: str | Path, *, max_mb: float = DEFAULT_MAX_MB, use_cache: bool = True) -> Extraction:
    """Extract the responsibility records of the plan at ``path``.

    Raises :class:`extract.errors.InputError` for files that cannot be read as a plan.
    With ``use_cache`` an unchanged file read by unchanged code is loaded from the warm
    cache (see :mod:`extract.cache`).
    """
    from . import cache

    raw = read_path(path, max_mb=max_mb)
    if use_cache and (hit := cache.load(raw.sha1, raw.name)) is not None:
        return hit
    ex = extract_raw(raw)
    if use_cache:
        cache.store(raw.sha1, raw.name, ex)
    return ex


def extract_text(text: str, name: str = "document.txt") -> Extraction:
    """Extract from a text already in memory (one paragraph per line)."""
    raw = RawDocument(name=name, text=text, sha1=hashlib.sha1(text.encode("utf-8")).hexdigest(),
                      encoding="utf-8", format="txt")
    return extract_raw(raw)


def extract_raw(raw: RawDocument) -> Extraction:
    """The records of a document already read."""
    lex = load_lexicon()
    # structure
    norm = normalise(raw.text)
    lines = split_lines(raw.text, norm)
    struct = parse_structure(lines)
    outline = outline_of(struct)
    first_is_lead = first_is_lead_from(((ln.number, ln.norm) for ln in lines), lex)  # from this line on
    faults: list[ReadingIssue] = []  # a stage that failed: said (W105), and the others still run
    tables = _stage(faults, "the tables", list[TableFacts](), read_tables, lines, struct, lex, first_is_lead=first_is_lead is not None)
    # read by the table readers, or the web page's own (a table's lines that hold no table are text)
    prose = prose_table_lines(lines, struct, tables)
    tables = [TableFacts(t.first_line, tuple(f for f in t.facts if f.line not in prose)) for t in tables]
    lines = without_progress_cells(lines, prose, lex)
    apart = (struct.table_lines - prose) | struct.chrome_lines
    body = [ln for ln in lines if ln.norm.strip() and ln.number not in apart]
    # mentions
    # (a numbered piece of a line read as several, 1.指挥长:… in a document joined onto one line, is read as the
    # numbered heading it was)
    numbered = frozenset(outline.heading_at) | {ln.number for ln in body if ln.inside and HEADING_LABEL.match(ln.norm)}
    roster = _stage(faults, "the rosters", Roster((), frozenset()), read_rosters, [(ln.number, ln.norm) for ln in body],
                    lex, numbered)
    found = read_mentions((roster.blank(ln) for ln in body if ln.number not in roster.lines),
                          frozenset(ln.number for ln in lines if not ln.norm.strip()))
    # records
    teams = work_teams(roster, found.teams, lines, outline, lex)
    duties = [*teams.duties, *table_duties(tables, lines, outline),
              *clause_duties(found.clauses, outline, first_is_lead=first_is_lead)]
    duties = trim_glued_topics(drop_cut_off_clause(duties, lines, outline, roster.kept), norm)
    duties += subject_duties(body, duties, outline, roster.lines | struct.table_lines, lex)
    duties += label_line_duties(body, duties, outline, roster.lines | struct.table_lines, lex)
    duties = attach_member_teams(dedupe_duties(duties), teams, outline)
    units, key_map = group_units(duties, locality=struct.locality, norm=norm, kind_hint=teams.kind_hint, lex=lex)
    duties = rekey_duties(duties, key_map)
    in_text = _stage(faults, "the targets of running text", None, line_indicators, body, outline, lex)
    if in_text is None:  # one line's fault: the others' targets are still read, and the lines at fault said
        whole = faults.pop()
        in_text = [i for ln in body for i in _stage(faults, "the targets of this line", list[Indicator](), line_indicators,
                                                     [ln], outline, lex, line=ln.number)]
        faults += [] if faults and faults[-1].line is not None else [whole]
    indicators = drop_count_notes([*in_text, *_stage(faults, "the targets of the tables", list[Indicator](), table_indicators,
                                                     tables, lines, outline)], struct, lines)
    deadlines = _stage(faults, "the deadlines", dict[int, tuple[Deadline, ...]](), deadlines_of,
                       [*body, *(lines[n - 1] for n in deadline_cells(struct))], outline, struct.date)
    coverage, unread = _stage(faults, "what was left unread", (Coverage(), list[ReadingIssue]()), read_coverage,
                              duties, roster.lines, lines, struct, outline, lex)
    warnings = [*faults, *failure_warnings(found.failed), *clause_warnings(found.clauses, lex),
                *task_warnings(duties, struct.headings, outline),
                *unit_warnings(duties, units), *unread]
    return Extraction(
        document=document_info(raw, norm, lines, struct),
        headings=struct.headings,
        annex_titles=dict(struct.annex_titles),
        actions=struct.actions,
        units=tuple(units),
        duties=tuple(duties),
        indicators=tuple(sorted(indicators, key=lambda i: (i.span.line, i.span.start))),
        deadlines=deadlines,
        teams=teams.teams,
        warnings=tuple(sorted(warnings, key=lambda w: (w.line or 0, w.code))),
        coverage=coverage,
    )


def _stage(faults: list[ReadingIssue], what: str, fallback: T, step: Callable[..., T], *args: object,
           line: int | None = None, **kwargs: Any) -> T:
    """``step(*args, **kwargs)``, or ``fallback`` when it fails (:func:`extract.errors.guarded`): the fault is said
    (W105, the stage named) and the other stages still read the plan."""
    out, fault = guarded(step, *args, **kwargs)
    if fault is None:
        return cast(T, out)
    faults.append(ReadingIssue("W105", f"kg failed to read {what} ({fault}), please report it", line))
    return fallback
