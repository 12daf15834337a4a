"""Duty records: a unit named on a line, with its role, from clauses (and, through :func:`duty_at`,
from teams, rosters and tables); then the rules over a document's duties.

- :func:`clause_duties`: a responsible unit's role depends on its neighbours — the other units of
  its clause, or for a label line (责任单位:…) the task's other label lines;
- :func:`drop_cut_off_clause`: a text cut short inside a sentence gives no duty from that sentence;
- :func:`dedupe_duties`: one duty per unit, role and line;
- :func:`rekey_duties`: each duty names its unit's entity, in document order.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from .clauses import Clause, Mention, item_follows, marker_end, names_answerable, opens_item
from .lexicon import Lexicon, _alt, load_lexicon
from .outline import Outline
from .records import Duty, HeadingKind, LabelClass, Role, SourceSpan, UnitKind
from .roles import clause_role
from .structure import Line
from .units import split_units, unit_key, unit_kind

__all__ = ["clause_duties", "dedupe_duties", "drop_cut_off_clause", "duty_at", "label_line_duties", "rekey_duties",
           "subject_duties", "trim_glued_topics"]


def duty_at(ln: Line, a: int, b: int, role: Role, *, clause: SourceSpan | None, task_line: int | None,
            team: str | None = None, indicator: str | None = None, indicator_line: int | None = None,
            quota: str | None = None, quota_value: str | None = None, quota_measure: str | None = None) -> Duty:
    """The duty of the unit written at ``a:b`` of a line: its surface as written (a wrapped line's break
    aside: 区纪委监 / 委), its key from the normal form."""
    return Duty(unit=ln.quote(a, b).replace("\n", ""), unit_key=unit_key(ln.norm[a:b]), role=role, span=ln.span(a, b), clause=clause,
                task_line=task_line, team=team, indicator=indicator, indicator_line=indicator_line, quota=quota,
                quota_value=quota_value, quota_measure=quota_measure)


def clause_duties(found: Iterable[tuple[Line, Sequence[Clause]]], outline: Outline, *,
                  first_is_lead: int | None) -> list[Duty]:
    """The duties of the units of each clause, their roles resolved within the clause's group (the
    first-listed-leads convention from line ``first_is_lead`` on, if the text declares one)."""
    found = [(ln, [c for c in clauses if c.form != "bare_bracket" or _closes_a_task(ln, c, outline)])
             for ln, clauses in found]
    labelled = _labelled_headings(found, outline)
    # 1. 市科技馆 / (1)… / 问题整改责任单位:市第二人民医院: a heading titled by a unit whose items name who answers for
    # them in labels is the place the items are about, not the unit that does them
    found = [(ln, [c for c in clauses if not (c.form == "heading" and ln.number in labelled
                                              and all(m.role == "responsible" for m in c.mentions))])
             for ln, clauses in found]
    pending = [(ln, c, _clause_group(ln, k, c, outline)) for ln, clauses in found for k, c in enumerate(clauses)]
    leads: dict[tuple[int, ...], set[str]] = defaultdict(set)
    with_org: dict[tuple[int, ...], bool] = defaultdict(bool)
    helped: dict[tuple[int, ...], bool] = defaultdict(bool)
    lex = load_lexicon()
    co_label, responsible_label = _label_kind_re(lex, "co"), _label_kind_re(lex, "responsible")
    for ln, c, group in pending:
        leads[group] |= {unit_key(ln.norm[m.start : m.end]) for m in c.mentions if m.role == "lead"}
        with_org[group] |= any(m.role != "supervisor" and m.kind is not UnitKind.position for m in c.mentions)
        helped[group] |= c.form in _LABELLED and any(
            m.role == "co" and co_label.search(ln.norm, c.start, m.start) for m in c.mentions)

    def under_helped_label(ln: Line, m: Mention, c: Clause, group: tuple[int, ...]) -> bool:
        # (责任单位:区应急局、区消防支队,配合单位:区财政局): units under a label its helpers' label helps
        return c.form in _LABELLED and helped[group] and responsible_label.search(ln.norm, c.start, m.start) is not None

    def has_lead(ln: Line, m: Mention, group: tuple[int, ...]) -> bool:
        # 省安监局:负责督促…,牵头组织…调查: a unit that also leads a piece of its own work is no helper of itself
        return bool(leads[group] - {unit_key(ln.norm[m.start : m.end])})

    return [duty_at(ln, m.start, m.end,
                    clause_role(m.role, m.kind, c.form, has_lead=has_lead(ln, m, group), with_org=with_org[group],
                                first_is_lead=first_is_lead is not None and ln.number >= first_is_lead,
                                list_index=m.list_index, helped=under_helped_label(ln, m, c, group)),
                    clause=_clause_span(ln, c, outline), task_line=outline.task_line_of(ln.number))
            for ln, c, group in pending for m in c.mentions]


#: clause forms whose roles a label gives
_LABELLED = frozenset({"bracket", "label_line"})
# the labels of a helpers' list and of the units it helps (配合单位: / 责任单位:, 责任部门:)
@lru_cache(maxsize=4)
def _label_kind_re(lex: Lexicon, kind: LabelClass) -> re.Pattern[str]:
    """A label of ``kind`` (co: 配合单位, 协办部门…; responsible: 责任单位, 责任科室…), its colon if any (a label glued to
    its units: …责任单位环卫分公司配合单位办事处)."""
    return re.compile(rf"(?:{_alt(lex.word_labels(kind))})\s*:?")


def _labelled_headings(found: Sequence[tuple[Line, Sequence[Clause]]], outline: Outline) -> set[int]:
    """The headings with a label line (责任单位:…) in their block."""
    out: set[int] = set()
    for ln, clauses in found:
        if any(names_answerable(ln.norm, c) for c in clauses) and (t := outline.task_line_of(ln.number)) is not None:
            out.add(t)
            if (h := outline.heading_at.get(t)) is not None:
                out.update(h.path)
    return out


def _clause_span(ln: Line, c: Clause, outline: Outline) -> SourceSpan:
    """The span stating a clause's duties: the clause; under no heading the whole line, which then stands for the
    duties' task (县财政局负责落实防汛经费。 before the first heading, not only 县财政局)."""
    return ln.span(c.start, c.end) if outline.task_line_of(ln.number) is not None else ln.span()


_BULLET_ITEM = re.compile(r"\s*[-–•●■◆▲▪►➢◇□◎·]\s*[^\s\d-]")


def _closes_a_task(ln: Line, c: Clause, outline: Outline) -> bool:
    """A bracket of nothing but units names who carries out a task when it closes the task's line or
    stands right under it (1、地区生产总值增长11.5%。 / (市发改委、财政局)), not after a plan's last words."""
    t = outline.task_line_of(ln.number)
    h = outline.heading_at.get(t) if t is not None else None
    if (here := outline.heading_at.get(ln.number)) is not None and here.kind is HeadingKind.subsection:
        return True  # (一)加强粮食保障。(市农业农村局): the bracket closes the heading's own line
    if _BULLET_ITEM.match(ln.norm):
        return True  # - 鼠患主要黑点数目于2023年底前至少减半。(环境及生态局): an item of a bulleted list, closed by its bracket
    if t is None or h is None or h.kind not in (HeadingKind.task, HeadingKind.subtask):
        return False
    return t == ln.number or (t < ln.number and not any(
        n in outline.heading_at or n in outline.parent_of_line for n in range(t + 1, ln.number)))


def _clause_group(ln: Line, k: int, c: Clause, outline: Outline) -> tuple[int, ...]:
    """The clauses whose units share a lead: the clause alone, or the label lines of one task."""
    if c.form == "label_line":
        return (outline.task_line_of(ln.number) or 0, -1)
    return (ln.number, k)




def subject_duties(lines: Sequence[Line], duties: Sequence[Duty], outline: Outline, skip: frozenset[int],
                   lex: Lexicon) -> list[Duty]:
    """区城管执法局依法对违反规定的行为实施行政处罚。: in a run of paragraphs each opening with the body whose work
    it states, those read by their role word (区绿化市容局负责…) show the run is a duty list, and a paragraph of it
    whose body's work is said with no role word (依法…实施, 指导、协调…) gives that body the work (shared).  Only a
    named body (not 各X, a post or a person) opening a line no reader gave a duty, in a run of three or more such
    lines under one heading, two of them read."""
    by_line: dict[int, list[Duty]] = defaultdict(list)
    for d in duties:
        by_line[d.span.line].append(d)

    def opens(ln: Line) -> bool:  # the line's first duty is a unit standing at its start (after a marker)
        ds = by_line.get(ln.number, [])
        at = marker_end(ln.norm, 0) + ln.start
        return bool(ds) and min(d.span.start for d in ds) - at <= 1

    def subject(ln: Line) -> tuple[int, int] | None:
        norm = ln.norm
        a = marker_end(norm, 0)
        a += len(norm[a:]) - len(norm[a:].lstrip())
        for k in range(min(len(norm), a + 24), a + 2, -1):
            at = k + (len(m.group(0)) if (m := _OBLIGED.match(norm, k)) is not None else 0)
            if not norm.startswith(lex.work_openers, at) or lex.work_re.search(norm, a, k):
                continue  # (the body's work opens with a verb of work; no body's name holds one)
            items, rejected = split_units(norm, a, k, lex=lex)
            if len(items) == 1 and not rejected and items[0].start == a and items[0].end == k \
                    and items[0].kind in (UnitKind.department, UnitKind.zone) and unit_kind(norm[a:k], lex) is not None \
                    and norm.startswith(tuple(lex.prefixes), a) and not norm.startswith("各", a):
                return a, k
        return None

    # (…部门职责 / (一)区发展改革委应当将消防工作纳入…: a numbered item of the list is a heading that opens with its body)
    spans: dict[int, tuple[int, int] | None] = {}  # each line's body, read once

    def body_of(ln: Line) -> tuple[int, int] | None:
        if ln.number not in spans:
            spans[ln.number] = subject(ln)
        return spans[ln.number]

    body = [ln for ln in lines if ln.norm.strip() and ln.number not in skip
            and (ln.number not in outline.heading_at or opens(ln) or body_of(ln) is not None)]

    def group(n: int) -> int | None:  # the list's heading: a numbered item's parent, another line's heading
        h = outline.heading_at.get(n)
        return h.parent_line if h is not None else outline.task_line_of(n)
    out: list[Duty] = []
    run: list[tuple[Line, tuple[int, int] | None]] = []  # lines opening with their body, read or not

    def close() -> None:
        if len(run) >= 3 and sum(span is None for _, span in run) >= 2:
            out.extend(duty_at(ln, *span, Role.shared, clause=ln.span(), task_line=outline.task_line_of(ln.number))
                       for ln, span in run if span is not None)
        run.clear()

    for ln in body:
        if run and group(run[-1][0].number) != group(ln.number):
            close()
        if opens(ln):
            run.append((ln, None))
        elif ln.number not in by_line and (span := body_of(ln)) is not None:
            run.append((ln, span))
        else:
            close()
    close()
    return out


_OBLIGED = re.compile(r"应当|应")  # 区发展改革委应当将消防工作纳入…: the body's work after what it must do
_UNIT_COLON_LINE = re.compile(r"\s*([\u4e00-\u9fff(][^,;。:!?]{1,19}):\s*")  # (a short head: no sentence glued on)


def label_line_duties(lines: Sequence[Line], duties: Sequence[Duty], outline: Outline, skip: frozenset[int],
                      lex: Lexicon) -> list[Duty]:
    """项目二科: / 县财政局: alone on its line, and the line after it opening with the body's work (负责…, 1.牵头…): the
    body is given that work (shared), on its own line as a duty list's head is.  Only named bodies (not 各X: a
    notice's addressees) and only before work (not 湖北省人民政府: / 现将…: a letter's addressee)."""
    read = {d.span.line for d in duties}
    out: list[Duty] = []
    body = [ln for ln in lines if ln.norm.strip()]
    for ln, nxt in itertools.pairwise(body):
        if ln.number in read or ln.number in skip or ln.number in outline.heading_at \
                or (m := _UNIT_COLON_LINE.fullmatch(ln.norm)) is None:
            continue
        after = nxt.norm[marker_end(nxt.norm, 0) :].lstrip()
        if not after.startswith(lex.work_openers) or after.startswith(lex.clause_openers):
            continue  # (…: / 根据…, 对…: a sentence, not the body's work)
        items, rejected = split_units(ln.norm, m.start(1), m.end(1), lex=lex)
        if rejected or not items or items[0].start != m.start(1) or items[-1].end != m.end(1) \
                or any(x.kind not in (UnitKind.department, UnitKind.zone) for x in items):
            continue
        out.extend(duty_at(ln, x.start, x.end, Role.shared, clause=ln.span(), task_line=outline.task_line_of(ln.number))
                   for x in items)
    return out


def drop_cut_off_clause(duties: list[Duty], lines: Sequence[Line], outline: Outline,
                        keep: frozenset[tuple[int, int]] = frozenset()) -> list[Duty]:
    """A text that ends inside a sentence (an excerpt, a copy cut short): the duties of that last,
    unfinished sentence are dropped — its list may be incomplete, its role word missing.  Not in a
    table row: its cells are complete but the last, whose cut piece is no unit anyway; nor the entries
    (line, offset in the line) in ``keep``: a roster's, labelled one by one."""
    last = next((ln for ln in reversed(lines) if ln.norm.strip()), None)
    if last is None:
        return duties
    text = last.norm.rstrip()
    if not re.search(r"[。;]", text) or text.endswith(tuple("。;!?)”]|〕】」』》>.")):
        return duties
    if last.number in outline.table_cells:
        return duties
    # (…供给。(省住建厅牵头,…负责) 5.鼓励新能源: a bracket closing its item before the next one's number ends that item)
    cut = max([m.end() for m in re.finditer(r"[。;]", text)]
              + [m.end() for m in re.finditer(r"[)〕\]】]", text) if item_follows(text, m.end())])
    lex = load_lexicon()
    labels = tuple(w.replace("{level}", "") for w in lex.labels)
    if re.sub(r"^[\s(\[【〔]+", "", text[cut:]).startswith(labels):
        return duties  # …。责任单位:市教育局、市财政局: a label's list needs no full stop
    if any(m.end() == len(text) for m in lex.role_marker_re.finditer(text, cut)):
        return duties  # …。县住建局牵头,县财政局配合: a clause its role word closes is whole, its full stop left out
    if last.origin is not None and last.raw is not None:  # a duty's span is on the line as written (glossed: 衛(wèi)生)
        cut = last.origin[cut] if cut < len(last.origin) else len(last.raw)
    # a roster's entries are whole where they stand (…组长:张高丽国务院副总理副组长:…成员:…, cut after them)
    return [d for d in duties if not (d.span.line == last.number and d.span.start - last.start >= cut
                                      and (d.span.line, d.span.start - last.start) not in keep)]


def trim_glued_topics(duties: Sequence[Duty], norm: str) -> list[Duty]:
    """(6)计量管理区绿化市容局负责… / (4)河道区水务局负责…: an item's topic glued before a unit the document names alone
    elsewhere (区绿化市容局) is no part of it, unless the place the topic would make (计量管理区) is written elsewhere
    in the document too (青浦区水务局 beside 青浦区人民政府 keeps its place).  Only where the unit opens a numbered item:
    the topic is that item's title (not 高新区管委会 in running text)."""
    alone = {d.unit for d in duties}
    out = []
    for d in duties:
        m = _GLUED_TOPIC.match(d.unit)
        if m is not None and d.unit == d.span.quote and m.group(2) in alone \
                and opens_item(norm[norm.rfind("\n", 0, d.span.start) + 1 : d.span.start]) \
                and norm.count(m.group(1) + m.group(2)[0]) == norm.count(d.unit):
            k, span = len(m.group(1)), d.span
            d = replace(d, unit=m.group(2), unit_key=unit_key(m.group(2)),
                        span=SourceSpan(span.line, span.start + k, span.end, span.quote[k:]))
        out.append(d)
    return out


_GLUED_TOPIC = re.compile(r"([\u4e00-\u9fff]{2,6}?)([区市县镇乡][\u4e00-\u9fff]{2,20})")


def dedupe_duties(duties: Iterable[Duty]) -> list[Duty]:
    """One duty per unit per role per line (the gold convention), first mention kept."""
    seen: set[tuple[int, str, str, str | None]] = set()
    out = []
    for d in duties:
        k = (d.span.line, d.unit_key, d.role.value, d.indicator)
        if k in seen:
            continue
        seen.add(k)
        out.append(d)
    return out


def rekey_duties(duties: Iterable[Duty], key_map: Mapping[str, str]) -> list[Duty]:
    """Each duty with the key of its unit's entity (``key_map``: surface key -> entity key), in
    document order."""
    out = [replace(d, unit_key=key_map[d.unit_key]) for d in duties]
    out.sort(key=lambda d: (d.span.line, d.span.start, d.role.value))
    return out
