"""What a reviewer should look at: reading issues (W101–W105) and how much of the plan was read.

- W101 a clause with a role word in brackets names no unit kg could read (:func:`clause_warnings`);
- W102 a task with no responsible unit (:func:`task_warnings`);
- W103 a unit named only once, in an unusual form (:func:`unit_warnings`);
- W104 a line that should give a duty and gave none (:func:`read_coverage`, with the
  :class:`~extract.records.Coverage` of the document);
- W105 a line kg's own readers failed on (:func:`failure_warnings`): a fault of kg's, said rather than
  raised, so that the rest of the plan is still read.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .clauses import Clause, _table_header_like, has_bracketed_role_words, has_role_words, own_team
from .lexicon import Lexicon
from .outline import Outline
from .read import normalise
from .records import Coverage, Duty, Heading, HeadingKind, ReadingIssue, Role, Unit, UnitKind
from .structure import Line, Structure
from .tables import column_kind
from .units import place_name, split_units, unit_kind

__all__ = ["clause_warnings", "failure_warnings", "read_coverage", "task_warnings", "unit_warnings"]


def failure_warnings(failed: Iterable[tuple[Line, str]]) -> list[ReadingIssue]:
    """W105 on each line kg's readers failed on (a fault of kg's, not of the plan): nothing of it was read."""
    return [ReadingIssue("W105", f"kg failed to read this line ({error}), please report it: “{ln.text.strip()[:30]}”",
                         ln.span().line) for ln, error in failed]


def clause_warnings(found: Iterable[tuple[Line, Sequence[Clause]]], lex: Lexicon) -> list[ReadingIssue]:
    """W101 on each line read for clauses that gave none although a bracket holds a role word."""
    return [ReadingIssue("W101", "a responsibility clause names no unit kg could read", ln.span().line)
            for ln, clauses in found if not clauses and has_bracketed_role_words(ln.norm, lex)]


def task_warnings(duties: Sequence[Duty], headings: Iterable[Heading], outline: Outline) -> list[ReadingIssue]:
    """W102 on each task or subtask that no duty belongs to (a duty of a subtask covers its task),
    when the plan gave any duty at all."""
    if not duties:
        return []
    covered = {d.task_line for d in duties if d.task_line is not None}
    for line in list(covered):  # a heading "covers" its ancestors too
        if h := outline.heading_at.get(line):
            covered.update(h.path)
    # (一)县发改局牵头负责的工作: a heading that names who is responsible covers every task under it
    governing = {d.span.line for d in duties if d.span.line in outline.heading_at
                 and d.role in (Role.lead, Role.supervisor, Role.shared)}
    return [ReadingIssue("W102", f"task {h.number} “{h.title or h.span.quote[:20]}” has no responsible unit", h.span.line)
            for h in headings if h.kind in (HeadingKind.task, HeadingKind.subtask) and h.line not in covered
            and not governing.intersection(h.path)]


def unit_warnings(duties: Sequence[Duty], units: Iterable[Unit]) -> list[ReadingIssue]:
    """W103 on an organisation named once only, with no level (省市区县州各) in front of its name."""
    counts = Counter(d.unit_key for d in duties)
    owners = {d.unit_key for d in duties if d.role is Role.indicator_owner}  # a place owning its row of figures
    return [ReadingIssue("W103", f"unit “{u.name}” is named only once, in an unusual form",
                         next(d.span.line for d in duties if d.unit_key == u.key))
            for u in units if counts[u.key] == 1 and u.kind not in (UnitKind.person, UnitKind.position)
            and u.key not in owners
            and not re.match(r"^[省市区县州各]", normalise(u.name))
            and not own_team(normalise(u.name))]  # (领导小组, 办公室: the plan's own team, named bare)


def read_coverage(duties: Iterable[Duty], roster_lines: frozenset[int], lines: Sequence[Line], struct: Structure,
                  outline: Outline, lex: Lexicon) -> tuple[Coverage, list[ReadingIssue]]:
    """Lines that carry a role word, a label or a table header of the lexicon, how many of them gave
    a duty (or were read as a roster), and W104 on the lines that should have given one."""
    read = {d.span.line for d in duties} | roster_lines
    for t in struct.task_tables:  # a header is read when its rows gave duties
        if read & {c.line for r in t.rows for _, c in r.cells}:
            read |= t.header_lines | {c.line for _, c in t.header}
    # a table of figures' header (…|责任单位|, the first line of a run of table lines) is read when every row gave duties
    lines_in = sorted(struct.table_lines)
    runs = [[n for _, n in g] for _, g in itertools.groupby(enumerate(lines_in), key=lambda kn: kn[1] - kn[0])]
    read |= {run[0] for run in runs if len(run) > 1 and read.issuperset(run[1:])}
    skip = outline.header_lines | struct.chrome_lines  # (主办单位:… of the web page: not the plan's)
    role_lines = {ln.number for ln in lines if ln.number not in skip and has_role_words(ln.norm)}
    unread = sorted(role_lines - read)
    # a table's cells are its readers' to judge, unless no cell of any table gave a duty (a table kg missed)
    cells = set(outline.table_cells) if read & set(outline.table_cells) else set()
    warnings = [*_unread_role_lines(unread, lines), *_units_without_role(lines, read | role_lines | cells, lex),
                *_unread_figures_by_place(lines, read, lex), *_unread_figures_in_line(lines, read, lex),
                *_unread_rows_of_figures(lines, read, lex),
                *_unread_table_rows(sorted({*unread, *_unread_headers(lines, read | skip, struct, lex)}), lines,
                                    read | role_lines, lex)]
    return Coverage(role_lines=len(role_lines), read_lines=len(role_lines & read)), warnings


def _unread_role_lines(unread: Iterable[int], lines: Sequence[Line]) -> list[ReadingIssue]:
    """W104 on each line with role words that gave no duty, quoted."""
    out = []
    for number in unread:
        quote = lines[number - 1].text.strip()
        quote = quote if len(quote) <= 40 else quote[:38] + "…"
        out.append(ReadingIssue("W104", f"role words but no duty read: “{quote}”", lines[number - 1].span().line))
    return out


def _units_without_role(lines: Sequence[Line], skip: set[int], lex: Lexicon) -> list[ReadingIssue]:
    """W104 on a line that holds nothing but units (a table cell) and gave no duty: kg did not see
    whose they are (only inside a table: a cell that is a bare number stands within three lines, or
    a column of them: three unit-only lines in a row, blank lines between them aside)."""
    numbers = {ln.number for ln in lines if re.fullmatch(r"\s*\d{1,3}\s*\|?\s*", ln.norm)}
    column = _unit_columns([ln for ln in lines if ln.norm.strip()], lex)
    # a unit column's header on a line of its own (牵头单位 / | 责 任 单 位): the cells below it are a table's
    header = min((ln.number for ln in lines if column_kind(ln.norm.strip(" |"), lex) in ("lead", "co", "responsible")),
                 default=len(lines) + 1)
    return [ReadingIssue("W104", f"units with no role kg could read: “{ln.text.strip()[:30]}”", ln.span().line)
            for ln in lines
            if not (ln.number in skip
                    or not (ln.number in column or ln.number > header
                            or any(ln.number + k in numbers for k in (-3, -2, -1, 1, 2, 3)))
                    or "。" in ln.norm or not _only_units(ln.norm, lex))]


_FIGURE = re.compile(r"\s*\d{1,6}(?:\.\d+)?%?\s*\|?\s*")  # (not a phone number)


def _unread_figures_by_place(lines: Sequence[Line], read: set[int], lex: Lexicon) -> list[ReadingIssue]:
    """W104 on each place or unit of a table of figures copied one cell per line (福州市 / | / 1.27 / | / 3.5)
    when kg read no duty from any of them: at least three lines that name nothing but a place or a unit,
    each followed by a bare figure (bar lines aside)."""
    body = [ln for ln in lines if ln.norm.strip(" |\t")]
    figure = [bool(_FIGURE.fullmatch(ln.norm)) for ln in body] + [False]
    hits = []
    for k, ln in enumerate(body):
        text = re.sub(r"\s+", "", ln.norm.strip(" |\t"))
        if 2 <= len(text) <= 20 and (place_name(text, lex) or unit_kind(text, lex) is not None) and figure[k + 1]:
            hits.append(ln)
    if len(hits) < 3 or any(ln.number in read for ln in hits):
        return []
    return [ReadingIssue("W104", f"a table of figures kg could not read names “{ln.text.strip(' |')[:20]}”",
                         ln.span().line)
            for ln in hits]


def _unread_figures_in_line(lines: Sequence[Line], read: set[int], lex: Lexicon) -> list[ReadingIssue]:
    """W104 on a line that holds a table of figures run together (邹家营村 6 农技站 2 龙镇村 6 …: three places or
    units or more, each followed by a bare figure, parted by spaces) from which kg read nothing."""
    out = []
    for ln in lines:
        if ln.number in read or len(ln.norm) < 20:
            continue
        tokens = ln.norm.split()
        pairs = [t for t, nxt in itertools.pairwise(tokens)
                 if _FIGURE.fullmatch(nxt) and 2 <= len(t) <= 12 and (place_name(t, lex) or unit_kind(t, lex) is not None)]
        if len(pairs) >= 3:
            named = "、".join(pairs[:3])
            out.append(ReadingIssue("W104", f"a table of figures run into one line kg could not read ({named}…)",
                                    ln.span().line))
    return out


def _unread_rows_of_figures(lines: Sequence[Line], read: set[int], lex: Lexicon) -> list[ReadingIssue]:
    """W104 on each row of a table of figures pasted with single spaces (五华区 1000 200 2250 已启动: a place or
    unit, then two figures or more, a short word after them at most) when kg read nothing from three such rows in
    a row or more (the empty cells dropped, the figures cannot be put in their columns)."""
    def row(ln: Line) -> bool:
        tokens = ln.norm.split()
        if tokens and re.fullmatch(r"[\u4e00-\u9fff]{1,6}", tokens[-1]) and len(tokens) >= 4:
            tokens = tokens[:-1]  # (已启动: a status cell)
        return len(tokens) >= 3 and 2 <= len(tokens[0]) <= 12 and all(_FIGURE.fullmatch(t) for t in tokens[1:]) \
            and (place_name(tokens[0], lex) is not None or unit_kind(tokens[0], lex) is not None)
    body = [ln for ln in lines if ln.norm.strip()]
    out: list[ReadingIssue] = []
    for is_row, group in itertools.groupby(body, key=row):
        rows = list(group)
        if is_row and len(rows) >= 3 and not any(ln.number in read for ln in rows):
            out += [ReadingIssue("W104", f"a row of figures kg could not put in their columns: “{ln.text.strip()[:24]}”",
                                 ln.span().line) for ln in rows]
    return out


def _unit_columns(lines: Sequence[Line], lex: Lexicon) -> set[int]:
    """Lines of runs of three or more non-empty lines that hold nothing but units (a table's column), or units
    and a bare name each (镇创卫办 / 各村(居、场) / 林玉铭: a row's unit cells and its leader's, two units at least)."""
    out: set[int] = set()
    run: list[int] = []
    units = 0
    for ln in [*lines, None]:
        if ln is not None and "。" not in ln.norm:
            if _only_units(ln.norm, lex):
                run.append(ln.number)
                units += 1
                continue
            if run and _bare_name(ln.norm, lex):
                run.append(ln.number)
                continue
        if len(run) >= 3 and units >= 2:
            out.update(run)
        run, units = [], 0
    return out


def _bare_name(norm: str, lex: Lexicon) -> bool:
    """A line that holds a person's name and nothing else (李永其, 韩 斌)."""
    text = re.sub(r"\s+", "", norm.strip(" |\t"))
    return 2 <= len(text) <= 3 and text[0] in lex.surnames and unit_kind(text, lex) in (None, UnitKind.person)


def _unread_headers(lines: Sequence[Line], read: set[int], struct: Structure, lex: Lexicon) -> list[int]:
    """Lines that look like a table's header (序号 考核指标 单 位 工作目标 … 备 注) in no table kg read and
    that gave nothing: the rows under them are the tables kg could not read."""
    known = {n for t in struct.task_tables for n in (*t.header_lines, *(c.line for _, c in t.header))}
    # (the rows of a table kg read gave duties: a header with duties read in the lines below it is a title)
    return [ln.number for ln in lines if ln.number not in read and ln.number not in known
            and ln.number not in struct.table_lines and len(ln.norm.strip()) <= 80 and "。" not in ln.norm
            and not read & set(range(ln.number + 1, ln.number + 31))
            and _table_header_like(re.sub(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])", "", ln.norm), lex)]


def _unread_table_rows(unread: Sequence[int], lines: Sequence[Line], skip: set[int],
                       lex: Lexicon) -> list[ReadingIssue]:
    """W104 on each row under a table header kg could not read that ends with a unit."""
    return [ReadingIssue("W104", "a row of a table kg could not read names a unit", ln.span().line)
            for ln in lines
            if unread and ln.number > unread[0] and ln.number not in skip
            and any(h < ln.number for h in unread if _table_header_like(lines[h - 1].norm, lex))
            and (_ends_with_unit(ln.norm, lex) or _cell_opens_with_unit(ln.norm, lex))]


def _cell_opens_with_unit(norm: str, lex: Lexicon) -> bool:
    """True if a space-separated piece of the line opens with a unit: the unit cells of a row whose
    cells ran together (刘天林 财政局县委办政府办各乡镇立即改正…, a table copied from a PDF)."""
    return any(unit_kind(tok[:k], lex) is not None
               for tok in norm.split() for k in range(3, min(len(tok), 12) + 1))


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
