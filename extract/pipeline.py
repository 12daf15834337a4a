"""read -> structure -> mentions -> records: the extraction of one plan document.

:func:`extract` is the one entry point; it returns an :class:`~extract.records.Extraction`.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

from .clauses import Clause, first_is_lead_declared, has_bracketed_role_words, has_role_words
from .lexicon import Lexicon, load_lexicon
from .quantities import find_deadlines, find_quantities
from .read import DEFAULT_MAX_MB, RawDocument, normalise, read_path
from .records import (
    Coverage,
    Deadline,
    DocumentInfo,
    Duty,
    Extraction,
    Heading,
    HeadingKind,
    Indicator,
    ReadingIssue,
    Role,
    Unit,
    UnitKind,
    WorkTeam,
)
from .roles import resolve
from .rosters import Roster, read_rosters
from .structure import Line, Structure, parse_structure, split_lines
from .tables import TableFact, read_table, read_task_table
from .teams import TeamParse, team_name
from .units import split_units, unit_key, unit_kind

__all__ = ["doc_id_for", "extract", "extract_text"]

_COUNT_NOTE = re.compile(r"\(\s*(?:共)?\d+\s*[项个条件]\s*\)\s*$")
_ALIAS = re.compile(r"\((?:以下)?简称“?([\u4e00-\u9fff]{2,12})”?\)")


def doc_id_for(name: str) -> str:
    """A readable, IRI-safe document id from a file name (deterministic)."""
    stem = Path(name).stem
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-")
    if safe != stem or not safe:
        safe = (safe + "-" if safe else "") + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]
    return quote(safe, safe="")


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
    from .nlp import process

    norm = normalise(raw.text)
    lines = split_lines(raw.text, norm)
    struct = parse_structure(lines)
    heading_at = {h.line: h for h in struct.headings}
    ctx = _Context(raw, norm, lines, struct, heading_at)
    body = [ln for ln in lines if ln.norm.strip() and ln.number not in struct.table_lines]
    roster = read_rosters([(ln.number, ln.norm) for ln in body], ctx.lex, frozenset(heading_at))
    ctx.add_roster(roster)
    roster_lines = roster.lines
    for ln, doc in zip(body, process(ln.norm for ln in body), strict=True):
        if doc is not None and ln.number not in roster_lines:
            ctx.add_clauses(ln, doc._.kg_clauses or [])
            if doc._.kg_team is not None:
                ctx.add_team(ln, doc._.kg_team)
        ctx.add_quantities(ln, find_quantities(ln.norm, ln.text, ctx.lex))
        ctx.add_deadlines(ln)
    for number in sorted(_deadline_cells(struct)):  # a 完成时限 column
        ctx.add_deadlines(lines[number - 1])
    ctx.add_tables()
    return ctx.finish()


def _deadline_cells(struct: Structure) -> set[int]:
    """Table lines where a deadline may be written: any cell of an indicator table; in a task
    table the task and 完成时限 cells (not the 落实情况 of a progress report)."""
    task_cells = set().union(*(t.cell_lines for t in struct.task_tables))
    out = set(struct.table_lines) - task_cells
    for t in struct.task_tables:
        out |= {c.line for r in t.rows for kind, c in r.cells if kind in ("task", "name", "deadline")}
    return out


class _Context:
    """Document-level state while lines are read: roles that depend on neighbours, units, teams."""

    def __init__(self, raw: RawDocument, norm: str, lines: list[Line], struct: Structure,
                 heading_at: dict[int, Heading]) -> None:
        self.raw = raw
        self.norm = norm
        self.lines = lines
        self.struct = struct
        self.heading_at = heading_at
        self.lex = load_lexicon()
        self.first_is_lead = first_is_lead_declared(norm, self.lex)
        self.pending: list[tuple[Line, Clause, tuple[int, ...]]] = []  # (line, clause, group key)
        self.duties: list[Duty] = []
        self.indicators: list[Indicator] = []
        self.deadlines: dict[int, list[Deadline]] = defaultdict(list)
        self.teams: list[WorkTeam] = []
        self.team_of_annex: dict[int | None, WorkTeam] = {}
        self.warnings: list[ReadingIssue] = []
        self.doc_year = int(struct.date[:4]) if struct.date else None
        self.header_lines = {s.line for s in (struct.number, struct.issuer, struct.date_span) if s is not None}
        self.roster_lines: frozenset[int] = frozenset()
        self.kind_hint: dict[str, UnitKind] = {}  # the roster says what it named: a post or a person

    # ------------------------------------------------------------ helpers
    def task_line_of(self, line: int) -> int | None:
        if line in self.heading_at:
            return line
        return self.struct.parent_of_line.get(line)

    def annex_of(self, line: int) -> int | None:
        t = self.task_line_of(line)
        if t is None:
            return None
        h = self.heading_at.get(t)
        return h.annex_line if h else None

    # ------------------------------------------------------------ clauses
    def add_clauses(self, ln: Line, clauses: Iterable[Clause]) -> None:
        for k, c in enumerate(clauses):
            if c.form == "label_line":
                # label lines after a task form one group with the task's other label lines
                group: tuple[int, ...] = (self.task_line_of(ln.number) or 0, -1)
            else:
                group = (ln.number, k)
            self.pending.append((ln, c, group))
        if not clauses and has_bracketed_role_words(ln.norm, self.lex):
            self.warnings.append(ReadingIssue("W101", "a responsibility clause names no unit kg could read", ln.number))

    def _resolve_clauses(self) -> None:
        has_lead: dict[tuple[int, ...], bool] = defaultdict(bool)
        with_org: dict[tuple[int, ...], bool] = defaultdict(bool)
        for _, c, group in self.pending:
            has_lead[group] |= c.has_lead
            with_org[group] |= any(m.role != "supervisor" and m.kind is not UnitKind.position for m in c.mentions)
        for ln, c, group in self.pending:
            for m in c.mentions:
                role = resolve(m.role, has_lead=has_lead[group], first_is_lead=self.first_is_lead,
                               list_index=m.list_index)
                if m.kind is UnitKind.position and ((role == "lead" and c.form in ("general", "sentence"))
                                                    or (role in ("lead", "co", "shared") and with_org[group])):
                    # 由国务院领导同志牵头负责; (分管副省长、协管副秘书长负责,省国资委牵头): a leader supervises,
                    # an organisation leads
                    role = "supervisor"
                self._duty(ln, m.start, m.end, Role(role), clause=ln.span(c.start, c.end),
                           task_line=self.task_line_of(ln.number))

    def _duty(self, ln: Line, a: int, b: int, role: Role, **kw) -> None:
        surface = ln.text[a:b]
        self.duties.append(Duty(unit=surface, unit_key=unit_key(ln.norm[a:b]), role=role, span=ln.span(a, b), **kw))

    # ------------------------------------------------------------ teams
    def add_team(self, ln: Line, tp: TeamParse) -> None:
        annex = self.annex_of(ln.number)
        if tp.name_start is not None and tp.name_end is not None:
            name = ln.text[tp.name_start : tp.name_end]
            key = f"L{ln.number}"
            team = WorkTeam(key=key, name=name, kind=tp.kind, span=ln.span(tp.name_start, tp.name_end),
                            heading_line=self.task_line_of(ln.number), annex_line=annex)
            self.teams.append(team)
            self.team_of_annex[annex] = team
        else:
            known = self.team_of_annex.get(annex)
            if known is not None:
                team = known
            else:
                key = f"L{ln.number}"
                team = WorkTeam(key=key, name=f"工作机构(第{ln.number}行)", kind=tp.kind, span=ln.span(),
                                heading_line=self.task_line_of(ln.number), annex_line=annex)
                self.teams.append(team)
                self.team_of_annex[annex] = team
        seen: set[tuple[str, str]] = set()
        for m in tp.mentions:
            k = (unit_key(ln.norm[m.start : m.end]), m.role)
            if k in seen:
                continue
            seen.add(k)
            self._duty(ln, m.start, m.end, Role(m.role), clause=ln.span(), task_line=self.task_line_of(ln.number),
                       team=team.key)

    def add_roster(self, roster: Roster) -> None:
        """Roster lines (组长:NAME POST …) give team roles to the posts they name."""
        by_number = {ln.number: ln for ln in self.lines}
        self.roster_lines = roster.lines
        for e in roster.entries:
            ln = by_number[e.line]
            annex = self.annex_of(ln.number)
            team = self.team_of_annex.get(annex) or self._roster_team(ln, annex)
            self._duty(ln, e.start, e.end, Role(e.role), clause=ln.span(), task_line=self.task_line_of(ln.number),
                       team=team.key)
            if e.kind in (UnitKind.person, UnitKind.position):
                self.kind_hint[self.duties[-1].unit_key] = e.kind

    def _roster_team(self, ln: Line, annex: int | None) -> WorkTeam:
        """The team a roster belongs to: the nearest team set up before it (成立X领导小组), or one named by its line."""
        for prev in reversed(self.lines[: ln.number - 1]):
            if (found := team_name(prev.norm, self.lex)) is not None:
                a, b, kind = found
                team = WorkTeam(key=f"L{prev.number}", name=prev.text[a:b], kind=kind, span=prev.span(a, b),
                                heading_line=self.task_line_of(prev.number), annex_line=annex)
                break
        else:
            team = WorkTeam(key=f"L{ln.number}", name=f"工作机构(第{ln.number}行)", kind="leading_group",
                            span=ln.span(), heading_line=self.task_line_of(ln.number), annex_line=annex)
        self.teams.append(team)
        self.team_of_annex[annex] = team
        return team

    # ------------------------------------------------------------ quantities
    def add_quantities(self, ln: Line, quantities: Iterable) -> None:
        if ln.number in self.header_lines:
            return
        for q in quantities:
            self.indicators.append(
                Indicator(name=q.name, value=q.value, low=q.low, high=q.high, measure=q.measure, bound=q.bound,
                          year=q.year, span=ln.span(q.start, q.end), task_line=self.task_line_of(ln.number))
            )

    def add_deadlines(self, ln: Line) -> None:
        if ln.number in self.header_lines:
            return
        for d in find_deadlines(ln.norm, self.doc_year):
            if d.end_date:
                self.deadlines[ln.number].append(
                    Deadline(text=ln.text[d.start : d.end], span=ln.span(d.start, d.end), end=d.end_date,
                             begin=d.begin_date)
                )

    # ------------------------------------------------------------ tables
    def _table_task_line(self, line: int, first_line: int) -> int | None:
        """The heading a table row belongs to: a heading row of the table, or the heading that holds
        the table (a numbered task ending above the table does not)."""
        h = self.task_line_of(line)
        while h is not None and h < first_line and self.heading_at[h].kind in (HeadingKind.task, HeadingKind.subtask):
            h = self.heading_at[h].parent_line
        return h

    def add_tables(self) -> None:
        by_number = {ln.number: ln for ln in self.lines}
        in_task_tables = set().union(*(t.cell_lines for t in self.struct.task_tables))
        region: list[tuple[int, str]] = []
        regions: list[list[tuple[int, str]]] = []
        for number in sorted(self.struct.table_lines - in_task_tables):
            if region and number != region[-1][0] + 1:
                regions.append(region)
                region = []
            region.append((number, by_number[number].norm))
        if region:
            regions.append(region)
        norms = {ln.number: ln.norm for ln in self.lines}
        found = [(rows[0][0], read_table(rows, self.lex)) for rows in regions]
        found += [(t.first_line, read_task_table(t, norms, self.lex, first_is_lead=self.first_is_lead))
                  for t in self.struct.task_tables]
        for first_line, facts in found:
            for f in facts:
                self._add_table_fact(f, by_number, self._table_task_line(f.line, first_line))
        # a heading row closing with the count of its rows, 一、主要预期目标分解(11项), sets no target
        counts = {n: m.start() for t in self.struct.task_tables for n, _ in t.heading_rows
                  if (m := _COUNT_NOTE.search(by_number[n].norm))}
        self.indicators = [i for i in self.indicators
                           if not (i.span.line in counts and i.span.start - by_number[i.span.line].start >= counts[i.span.line])]

    def _add_table_fact(self, f: TableFact, by_number: dict[int, Line], task_line: int | None) -> None:
        ln = by_number[f.line]
        if f.kind == "target" and f.quantity is not None:
            q = f.quantity
            self.indicators.append(
                Indicator(name=f.indicator or q.name, value=q.value, low=q.low, high=q.high,
                          measure=q.measure, bound=q.bound, year=q.year, span=ln.span(q.start, q.end),
                          task_line=task_line, table=True)
            )
        elif f.kind == "owner" and f.unit is not None:
            quota = f.quota
            role = Role(f.column_role) if f.column_role else Role.indicator_owner
            # the clause of a unit in a row is the row's task cell (the row is what it is responsible for)
            clause = by_number[f.task[0]].span(f.task[1], f.task[2]) if f.task else ln.span()
            self._duty(
                ln, f.unit.start, f.unit.end, role, clause=clause, task_line=task_line,
                indicator=f.indicator or None, indicator_line=f.indicator_line,
                quota=ln.text[quota.start : quota.end] if quota else None,
                quota_value=quota.value if quota else None,
                quota_measure=quota.measure if quota else None,
            )

    # ------------------------------------------------------------ units
    def _units(self) -> tuple[list[Unit], dict[str, str]]:
        """One entity per organisation; returns the units and a map surface key -> entity key."""
        keys = Counter(d.unit_key for d in self.duties)
        parent: dict[str, str] = {k: k for k in keys}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        def union(a: str, b: str) -> None:  # b joins a
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        loc = self.struct.locality
        for k in keys:
            # 临湘市农村商业银行 == 市农村商业银行 in a plan issued by 临湘市
            if loc and k.startswith(loc) and len(k) > len(loc) + 1:
                short = loc[-1] + k[len(loc) :]
                if short in keys:
                    union(short, k)
            # 市场监督管理局 == 市市场监督管理局 when the plan writes both
            if loc and loc[-1] + k in keys and not k.startswith(loc[-1] * 2):
                union(loc[-1] + k, k)
        # 国家发展和改革委员会(以下简称“国家发展改革委”): found from 简称 back (a scan of the
        # whole text with a lazy prefix would cost minutes on a big file)
        for m in _ALIAS.finditer(self.norm):
            short = m.group(1)
            if short not in keys:
                continue
            before = self.norm[max(0, m.start() - 30) : m.start()]
            for cut in range(len(before) - 2, -1, -1):
                if unit_key(before[cut:]) in keys:
                    union(unit_key(before[cut:]), short)
                    break
        groups: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            groups[find(k)].append(k)
        surfaces: dict[str, Counter[str]] = defaultdict(Counter)
        supervisors: set[str] = set()
        for d in self.duties:
            surfaces[find(d.unit_key)][d.unit] += 1
            if d.role is Role.supervisor:
                supervisors.add(find(d.unit_key))
        units = []
        key_map = {}
        for root, members in groups.items():
            forms = surfaces[root]
            name = max(forms, key=lambda s: (forms[s], len(s), s))
            kind = unit_kind(normalise(name), self.lex) or self.kind_hint.get(root) or (
                # 林克庆 after 分管省领导: a person named as supervisor, not an office
                UnitKind.person if root in supervisors and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name)
                else UnitKind.department)
            entity_key = unit_key(normalise(name))
            for k in members:
                key_map[k] = entity_key
            units.append(Unit(key=entity_key, name=name, kind=kind, labels=tuple(sorted(forms))))
        units.sort(key=lambda u: u.key)
        return units, key_map

    # ------------------------------------------------------------ finish
    def finish(self) -> Extraction:
        self._resolve_clauses()
        self._drop_cut_off_clause()
        self._dedupe_duties()
        units, key_map = self._units()
        duties = []
        for d in self.duties:
            team = d.team
            if team is None and "成员单位" in d.unit and re.search(r"专班|领导小组|指挥部", d.unit):
                t = self.team_of_annex.get(self.annex_of(d.span.line))
                team = t.key if t else None
            duties.append(replace(d, unit_key=key_map[d.unit_key], team=team))
        duties.sort(key=lambda d: (d.span.line, d.span.start, d.role.value))
        self._warn(duties, units)
        role_lines, read = self._coverage(duties)
        doc = DocumentInfo(
            doc_id=doc_id_for(self.raw.name),
            source_name=self.raw.name,
            sha1=self.raw.sha1,
            text=self.raw.text,
            lines=tuple(ln.text for ln in self.lines),
            line_starts=tuple(ln.start for ln in self.lines),
            number=self.struct.number,
            issuer=self.struct.issuer,
            date=self.struct.date,
            date_span=self.struct.date_span,
            title=self.struct.title,
            title_span=self.struct.title_span,
            locality=self.struct.locality,
            traditional=self.norm != self.raw.text and _mostly_traditional(self.raw.text, self.norm),
        )
        return Extraction(
            document=doc,
            headings=self.struct.headings,
            annex_titles=dict(self.struct.annex_titles),
            actions=self.struct.actions,
            units=tuple(units),
            duties=tuple(duties),
            indicators=tuple(sorted(self.indicators, key=lambda i: (i.span.line, i.span.start))),
            deadlines={k: tuple(v) for k, v in sorted(self.deadlines.items())},
            teams=tuple(self.teams),
            warnings=tuple(self.warnings),
            coverage=Coverage(role_lines=len(role_lines), read_lines=len(role_lines & read)),
        )

    def _coverage(self, duties: list[Duty]) -> tuple[set[int], set[int]]:
        """Lines that carry a role word, a label or a table header of the lexicon, and those read;
        a line of the first kind that gave no duty gets W104."""
        read = {d.span.line for d in duties} | self.roster_lines
        for t in self.struct.task_tables:  # a header is read when its rows gave duties
            if read & {c.line for r in t.rows for _, c in r.cells}:
                read |= t.header_lines | {c.line for _, c in t.header}
        role_lines = {ln.number for ln in self.lines if ln.number not in self.header_lines and has_role_words(ln.norm)}
        unread = sorted(role_lines - read)
        for number in unread:
            quote = self.lines[number - 1].text.strip()
            quote = quote if len(quote) <= 40 else quote[:38] + "…"
            self.warnings.append(ReadingIssue("W104", f"role words but no duty read: “{quote}”", number))
        # a line that holds nothing but units (a table cell) and gave no duty: kg did not see whose they are
        # (only inside a table: a cell that is a bare number stands within three lines)
        numbers = {ln.number for ln in self.lines if re.fullmatch(r"\s*\d{1,3}\s*\|?\s*", ln.norm)}
        table_cells = set().union(*(t.cell_lines for t in self.struct.task_tables))
        # or a column of them: three unit-only lines in a row (blank lines between them aside)
        column = _unit_columns([ln for ln in self.lines if ln.norm.strip()], self.lex)
        for ln in self.lines:
            if ln.number in read or ln.number in role_lines or ln.number in table_cells \
                    or not (ln.number in column or any(ln.number + k in numbers for k in (-3, -2, -1, 1, 2, 3))) \
                    or "。" in ln.norm or not _only_units(ln.norm, self.lex):
                continue
            self.warnings.append(ReadingIssue("W104", f"units with no role kg could read: “{ln.text.strip()[:30]}”",
                                              ln.number))
        # the rows under a table header kg could not read: each row that ends with a unit
        for ln in self.lines:
            if unread and ln.number > unread[0] and ln.number not in read and ln.number not in role_lines \
                    and any(h < ln.number for h in unread if _header_like(self.lines[h - 1].norm, self.lex)) \
                    and _ends_with_unit(ln.norm, self.lex):
                self.warnings.append(ReadingIssue("W104", "a row of a table kg could not read ends with a unit", ln.number))
        self.warnings.sort(key=lambda w: (w.line or 0, w.code))
        return role_lines, read

    def _drop_cut_off_clause(self) -> None:
        """A text that ends inside a sentence (an excerpt, a copy cut short): the duties of that last,
        unfinished sentence are dropped — its list may be incomplete, its role word missing."""
        last = next((ln for ln in reversed(self.lines) if ln.norm.strip()), None)
        if last is None:
            return
        text = last.norm.rstrip()
        if not re.search(r"[。;]", text) or text.endswith(tuple("。;!?)”]|〕】」』》>.")):
            return
        if any(last.number in t.cell_lines for t in self.struct.task_tables):
            return  # a table row: its cells are complete but the last, whose cut piece is no unit anyway
        cut = max(m.end() for m in re.finditer(r"[。;]", text))
        self.duties = [d for d in self.duties if not (d.span.line == last.number and d.span.start - last.start >= cut)]

    def _dedupe_duties(self) -> None:
        """One duty per unit per role per line (the gold convention), first mention kept."""
        seen: set[tuple[int, str, str, str | None]] = set()
        out = []
        for d in self.duties:
            k = (d.span.line, d.unit_key, d.role.value, d.indicator)
            if k in seen:
                continue
            seen.add(k)
            out.append(d)
        self.duties = out

    def _warn(self, duties: list[Duty], units: list[Unit]) -> None:
        covered = {d.task_line for d in duties if d.task_line is not None}
        # a heading "covers" its ancestors too
        for d in list(covered):
            h = self.heading_at.get(d)
            if h:
                covered.update(h.path)
        has_clauses = bool(duties)
        for h in self.struct.headings:
            if h.kind in (HeadingKind.task, HeadingKind.subtask) and h.line not in covered and has_clauses:
                self.warnings.append(ReadingIssue("W102", f"task {h.number} “{h.title or h.span.quote[:20]}” has no responsible unit", h.line))
        counts = Counter(d.unit_key for d in duties)
        for u in units:
            if counts[u.key] == 1 and u.kind not in (UnitKind.person, UnitKind.position) \
                    and not re.match(r"^[省市区县州各]", normalise(u.name)):
                line = next(d.span.line for d in duties if d.unit_key == u.key)
                self.warnings.append(ReadingIssue("W103", f"unit “{u.name}” is named only once, in an unusual form", line))
        self.warnings.sort(key=lambda w: (w.line or 0, w.code))


def _header_like(norm: str, lex: Lexicon) -> bool:
    from .clauses import _table_header_like

    return _table_header_like(norm, lex)


def _unit_columns(lines: list[Line], lex: Lexicon) -> set[int]:
    """Lines of runs of three or more non-empty lines that hold nothing but units (a table's column)."""
    out: set[int] = set()
    run: list[int] = []
    for ln in [*lines, None]:
        if ln is not None and "。" not in ln.norm and _only_units(ln.norm, lex):
            run.append(ln.number)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


def _only_units(norm: str, lex: Lexicon) -> bool:
    """True if a short line holds nothing but units (and a trailing |), as a table cell does."""
    text = norm.strip().strip("|").strip()
    if not text or len(text) > 40:
        return False
    items, rejected = split_units(text, lex=lex, lenient=False)
    return bool(items) and not rejected and all(i.kind is not UnitKind.person for i in items)


def _ends_with_unit(norm: str, lex: Lexicon) -> bool:
    """True if the line ends with a unit (a deadline after it aside): 西咸新区管委会2022年9月底."""
    tail = re.sub(r"[\s。,;0-9年月日底前季度上下半]+$", "", norm)[-30:]
    return any(unit_kind(tail[k:], lex) is not None for k in range(max(0, len(tail) - 2)))


def _mostly_traditional(text: str, norm: str) -> bool:
    changed = sum(1 for a, b in zip(text, norm, strict=True) if a != b and "\u4e00" <= a <= "\u9fff")
    return changed > max(10, len(text) // 200)


