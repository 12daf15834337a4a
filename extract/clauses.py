"""Responsibility clauses: find them in a line and read who has which role.

Forms recognised (all by pattern):

- a bracketed clause anywhere in a line: ``(A牵头,B、C按职责分工负责)``, ``〔责任单位:A、B按职责分工负责〕``,
  ``[牵头单位:A;责任单位:B、C]``, ``(A、B負責)``;
- labels on a line of their own after a task: ``牵头单位:A`` / ``责任单位:B,C`` / ``部门分工:A牵头,各地配合`` /
  ``分管省领导:NAME``;
- a leader named in a heading: ``一、张三市长主抓重点工作``.

Roles come out as *role classes*: ``lead``, ``co``, ``supervisor`` or ``responsible``; the
document stage turns ``responsible`` into ``co`` when the clause (or the task's group of
label lines) names a lead, and into ``shared`` otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, _alt, load_lexicon
from .records import UnitKind
from .units import split_units

__all__ = ["Clause", "Mention", "find_clauses", "first_is_lead_declared"]

_OPEN = {"(": ")", "〔": "〕", "[": "]", "【": "】", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_NAME_SEP = re.compile(r"[、,;\s]+")
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_HEADING_LEADER = re.compile(
    r"([\u4e00-\u9fff]{2,4}(?:常务副市长|副市长|市长|常务副省长|副省长|省长|常务副区长|副区长|区长|常务副县长|副县长|县长"
    r"|副书记|书记|副主任|主任|秘书长))(?:同志)?(?:主抓|分管|负责|牵头抓|领衔)"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A unit named in a clause, with offsets into its line and a role class."""

    start: int
    end: int
    kind: UnitKind
    role: str  # lead | co | responsible | supervisor
    list_index: int  # position in a labelled list (0 = first), -1 if not in one


@dataclass(frozen=True, slots=True)
class Clause:
    """A responsibility clause found on a line."""

    start: int
    end: int
    form: str  # bracket | label_line | heading
    mentions: tuple[Mention, ...]

    @property
    def has_lead(self) -> bool:
        return any(m.role == "lead" for m in self.mentions)


def first_is_lead_declared(norm: str, lex: Lexicon | None = None) -> bool:
    """True if the text declares that the first unit of each list is the lead."""
    lex = lex or load_lexicon()
    return any(p in norm for p in lex.first_is_lead)


@lru_cache(maxsize=4)
def _label_re(lex: Lexicon) -> re.Pattern[str]:
    labels = lex.lead_labels + lex.unit_labels + lex.co_labels + lex.free_labels + lex.supervisor_labels
    return re.compile(rf"({_alt(labels)})\s*[:]")


def _brackets(norm: str) -> list[tuple[int, int]]:
    """Top-level bracket groups (start of opener, end after closer), balanced."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(norm):
        if ch in _OPEN:
            stack.append((ch, i))
        elif ch in _CLOSE and stack:
            # close the nearest matching opener
            for j in range(len(stack) - 1, -1, -1):
                if stack[j][0] == _CLOSE[ch]:
                    opener = stack[j]
                    del stack[j:]
                    if not stack:
                        out.append((opener[1], i + 1))
                    break
    return out


def _valid_marker(norm: str, m: re.Match[str]) -> bool:
    after = norm[m.end() : m.end() + 2]
    before = norm[max(0, m.start() - 1) : m.start()]
    word = m.group(0)
    if word.endswith("负责") and after[:1] in ("同", "人"):
        return False
    if word.endswith("牵头") and (after[:1] in ("单", "部", "领", "或", "抓", "的", "”", '"') or before in ("双", "“")):
        return False
    if before in ("(", "[") and after[:1] in (")", "]"):
        return False  # 省文化和旅游厅(牵头): a note on the unit before it, read by _LEAD_NOTE
    return True


def _blank_notes(norm: str, a: int, b: int) -> str:
    """Blank out nested notes such as (列第一位者为牵头或汇总单位,下同) so they are not read as units."""
    chars = list(norm)
    for x, y in _brackets(norm[a:b]):
        inner = norm[a + x : a + y]
        if re.search(r"牵头|下同|汇总|负责|分工|简称", inner):
            for k in range(a + x, a + y):
                chars[k] = " "
    return "".join(chars)


_LEAD_NOTE = re.compile(r"\s*[(\[](?:总?牵头|牵头单位|牵头部门)[)\]]")


class _Parser:
    def __init__(self, norm: str, boundaries: frozenset[int] | None, lex: Lexicon) -> None:
        self.orig = norm  # the line as it is (self.norm may have notes blanked out)
        self.norm = norm
        self.boundaries = boundaries
        self.lex = lex
        self.marker_re = lex.role_marker_re
        self.label_re = _label_re(lex)

    def units(self, a: int, b: int, role: str, *, lenient: bool = False, listed: bool = False) -> list[Mention]:
        items, _ = split_units(self.norm, a, b, lex=self.lex, lenient=lenient,
                               boundaries=self.boundaries, search=True)
        out = []
        for k, i in enumerate(items):
            # 市发改委(牵头)、市财政局: a unit marked as lead inside a list
            r = "lead" if _LEAD_NOTE.match(self.orig, i.end) else role
            out.append(Mention(i.start, i.end, i.kind, r, k if listed else -1))
        return out

    def free(self, a: int, b: int, trailing: str = "responsible") -> list[Mention]:
        """``A牵头,B、C按职责分工负责,D配合``: each run of units takes the role phrase after it."""
        out: list[Mention] = []
        prev = a
        for m in self.marker_re.finditer(self.norm, a, b):
            if not _valid_marker(self.norm, m):
                continue
            role = self.lex.role_of_marker(m.group(0))
            out += self.units(prev, m.start(), role, listed=role == "responsible")
            prev = m.end()
        out += self.units(prev, b, trailing, listed=trailing == "responsible")
        return out

    def content(self, a: int, b: int) -> list[Mention]:
        """Read a clause body, with or without labels (牵头单位: / 责任单位: / 分管省领导:)."""
        norm = self.norm
        labels = list(self.label_re.finditer(norm, a, b))
        if not labels:
            return self.free(a, b)
        out: list[Mention] = []
        if labels[0].start() > a:
            out += self.free(a, labels[0].start())
        for k, lm in enumerate(labels):
            x = lm.end()
            y = labels[k + 1].start() if k + 1 < len(labels) else b
            label = lm.group(1)
            has_marker = any(_valid_marker(norm, m) for m in self.marker_re.finditer(norm, x, y))
            if label in self.lex.supervisor_labels:
                out += self.people(x, y)
            elif label in self.lex.lead_labels:
                out += self.units(x, y, "lead", lenient=True)
            elif label in self.lex.co_labels:
                out += self.units(x, y, "co", lenient=True)
            elif has_marker:
                out += self.free(x, y)
            else:
                out += self.units(x, y, "responsible", lenient=True, listed=label in self.lex.unit_labels)
        return out

    def people(self, a: int, b: int) -> list[Mention]:
        out = []
        pos = a
        for piece in _NAME_SEP.split(self.norm[a:b]):
            x = self.norm.find(piece, pos, b) if piece else -1
            if x < 0:
                continue
            pos = x + len(piece)
            piece = piece.strip("。.")
            name = re.sub(r"\([^()]{1,12}\)$", "", piece)  # 张三(副市长): the name, with the post as a note
            if _PERSON.match(name):
                out.append(Mention(x, x + len(name), UnitKind.person, "supervisor", -1))
            elif piece:
                items, _ = split_units(self.norm, x, x + len(piece), lex=self.lex)
                out += [Mention(i.start, i.end, i.kind, "supervisor", -1) for i in items]
        return out


_SENTENCE_LEAD = re.compile(r"由([^,;。()“”]{2,80}?)(?:共同)?牵头(?:负责|抓总|组织实施|落实)?")
_SENTENCE_CO = re.compile(r"[,、]([^,;。()“”]{2,80}?)(?:等(?:相关)?(?:部门|单位))?(?:按职责分工|按照职责分工|按职责)?(?:配合|参与|协助|协同)")


def _sentence_clauses(p: _Parser, norm: str) -> list[Clause]:
    """Clauses written as a sentence (由A牵头,B、C配合): accepted only when every piece is a unit."""
    out = []
    for m in _SENTENCE_LEAD.finditer(norm):
        items, rejected = split_units(norm, m.start(1), m.end(1), lex=p.lex)
        if not items or rejected:
            continue
        mentions = [Mention(i.start, i.end, i.kind, "lead", -1) for i in items]
        end = m.end()
        if (c := _SENTENCE_CO.match(norm, m.end())) is not None:
            co, rej = split_units(norm, c.start(1), c.end(1), lex=p.lex)
            if co and not rej:
                mentions += [Mention(i.start, i.end, i.kind, "co", -1) for i in co]
                end = c.end()
        out.append(Clause(m.start(), end, "sentence", tuple(mentions)))
    return out


def find_clauses(norm: str, *, is_heading: bool = False, boundaries: frozenset[int] | None = None,
                 lex: Lexicon | None = None) -> list[Clause]:
    """Responsibility clauses of one line (in its normal form), in order.

    >>> [(c.form, [m.role for m in c.mentions]) for c in find_clauses("(市发改局牵头,市财政局、市科工局按职责分工负责)")]
    [('bracket', ['lead', 'responsible', 'responsible'])]
    """
    lex = lex or load_lexicon()
    p = _Parser(norm, boundaries, lex)
    out: list[Clause] = []
    stripped = norm.strip()
    # a label opening its own line: 牵头单位:X / 责任单位:Y / 部门分工:... / 分管省领导:NAME
    lm = p.label_re.match(stripped)
    if lm and not is_heading:
        a = len(norm) - len(norm.lstrip())
        blanked = _blank_notes(norm, a, len(norm))
        p.norm = blanked
        mentions = p.content(a, len(norm.rstrip()))
        p.norm = norm
        if mentions:
            out.append(Clause(a, len(norm.rstrip()), "label_line", tuple(mentions)))
        return out
    for x, y in _brackets(norm):
        inner_a, inner_b = x + 1, y - 1
        body = norm[inner_a:inner_b]
        if not (p.marker_re.search(body) or p.label_re.search(body)):
            continue
        blanked = _blank_notes(norm, inner_a, inner_b)
        p.norm = blanked
        mentions = p.content(inner_a, inner_b)
        p.norm = norm
        if mentions:
            out.append(Clause(x, y, "bracket", tuple(mentions)))
    # an inline label after the task text: "...。责任单位:A、B"
    if not out:
        for m in p.label_re.finditer(norm):
            if m.start() > 0 and norm[m.start() - 1] in "。; " and m.group(1) not in lex.free_labels:
                mentions = p.content(m.start(), len(norm.rstrip()))
                if mentions:
                    out.append(Clause(m.start(), len(norm.rstrip()), "label_line", tuple(mentions)))
                break
    # a sentence that assigns the work: "……,由市发改委牵头,市财政局、市商务局配合。"
    if not out and "由" in norm and "牵头" in norm:
        out += _sentence_clauses(p, norm)
    if is_heading and (mh := _HEADING_LEADER.search(norm)):
        out.append(Clause(mh.start(1), mh.end(1), "heading",
                          (Mention(mh.start(1), mh.end(1), UnitKind.position, "supervisor", -1),)))
    return out
