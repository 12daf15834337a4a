"""Rosters: a team's membership written as a list of labels, people and posts.

A roster is read over several lines, so it works on the document's lines rather than one
line at a time::

    组长:                         <- a label alone on its line governs the lines after it
    孙春兰 国务院副总理             <- NAME POST: the post is the unit (kind position)
    副组长:彭海峰(县政府办公室主任)  <- NAME(POST), the bracket may be missing on either side
            滕合方县政府办公室副主任)  <- a continuation line with no label takes the label above
    成员单位:A、B以及C              <- units listed after a member label

Labels come from ``[teams.roster]`` in the lexicon, may be spaced out (``组  长:``) or damaged
(`` 长:`` when a roster label is near), and the post as written is the unit; several posts
joined by 、 are one post.  A bare name is a person only when nothing else is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, load_lexicon
from .records import UnitKind
from .units import split_units, unit_kind

__all__ = ["RosterEntry", "read_rosters"]

_HAN = r"[\u4e00-\u9fff]"
_NAME_BRACKET = re.compile(rf"({_HAN}{{2,4}})\s*\(\s*([^()]{{2,60}}?)\s*(?:\)|$)")
_NAME_RUN_ON = re.compile(rf"({_HAN}{{2,4}}?)([^()\s]{{3,60}})\)$")
_PERSON = re.compile(rf"{_HAN}{{2,4}}")
_SENTENCE_END = re.compile(r"[。;!?]\s*$")
_PROSE = re.compile(r"[。!?]|负责|要求|工作|职责")


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One unit (a post, an organisation or a person) given a team role on a roster line."""

    line: int
    start: int  # offsets in the line's normal form (and its text)
    end: int
    role: str  # leader | deputy_leader | convener | deputy_convener | member
    kind: UnitKind


@lru_cache(maxsize=4)
def _label_re(lex: Lexicon) -> re.Pattern[str]:
    """A roster label opening a line, its characters possibly spaced out: 组  长:."""
    alts = "|".join(r"\s*".join(re.escape(ch) for ch in label) for label, _ in lex.roster)
    return re.compile(rf"^\s*({alts})\s*(?::|$)\s*")


@lru_cache(maxsize=4)
def _damaged_re(lex: Lexicon) -> re.Pattern[str]:
    """A label that lost its first characters in the source: `` 长:``."""
    tails = sorted({label[k:] for label, _ in lex.roster for k in range(1, len(label))}, key=len, reverse=True)
    return re.compile(rf"^\s*({'|'.join(map(re.escape, tails))})\s*:\s*")


def _role_of(label: str, lex: Lexicon) -> str:
    label = re.sub(r"\s+", "", label)
    for word, role in lex.roster:
        if word == label:
            return role
    # a damaged label: the role of the shortest label it ends (长 -> 组长)
    return min(((w, role) for w, role in lex.roster if w.endswith(label)), key=lambda x: len(x[0]))[1]


def _post_kind(post: str, lex: Lexicon) -> UnitKind:
    return unit_kind(post, lex) or UnitKind.position


def _entries(norm: str, a: int, b: int, role: str, lex: Lexicon) -> list[tuple[int, int, UnitKind]]:
    """Units of one roster entry ``norm[a:b]``: posts of people, or organisations."""
    while a < b and norm[a].isspace():
        a += 1
    while b > a and (norm[b - 1].isspace() or norm[b - 1] in "。;,"):
        b -= 1
    text = norm[a:b]
    if not text:
        return []
    # NAME(POST) — one or several on the line
    found = list(_NAME_BRACKET.finditer(text))
    if found and "".join(text[m.start() : m.end()] for m in found).replace(" ", "") == text.replace(" ", "").rstrip(
            "、,"):
        return [(a + m.start(2), a + m.end(2), UnitKind.position) for m in found]
    if len(found) == 1 and found[0].start() == 0:
        m = found[0]
        return [(a + m.start(2), a + m.end(2), UnitKind.position)]
    # NAMEPOST) with the opening bracket lost: the post starts with an administrative prefix
    if (m := _NAME_RUN_ON.match(text)) is not None:
        for cut in (3, 2, 4):
            post = text[cut:-1]
            if post.startswith(lex.prefixes) and unit_kind(post, lex) is UnitKind.position:
                return [(a + cut, b - 1, UnitKind.position)]
    # NAME POST: leading one-character tokens are a name padded with spaces (王  勇)
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if len(tokens) >= 2:
        name_end = 0
        if tokens[0][1] - tokens[0][0] >= 2:
            name_end = 1
        else:
            n = 0
            while name_end < len(tokens) and tokens[name_end][1] - tokens[name_end][0] == 1 and n < 3:
                n += 1
                name_end += 1
        name = "".join(text[x:y] for x, y in tokens[:name_end])
        if _PERSON.fullmatch(name) and unit_kind(name, lex) is None and name_end < len(tokens):
            x = tokens[name_end][0]
            post = text[x:]
            if re.match(_HAN, post) and len(post) <= 60:
                return [(a + x, b, _post_kind(post, lex))]
    # a list of units (成员单位:A、B以及C) or a post without a name (组长:县长)
    items, rejected = split_units(norm, a, b, lex=lex, lenient=True)
    if items and not rejected:
        return [(i.start, i.end, i.kind) for i in items]
    if _PERSON.fullmatch(text) and role != "member":
        return [(a, b, UnitKind.person)]
    return []


def read_rosters(lines: list[tuple[int, str]], lex: Lexicon | None = None,
                 is_heading: frozenset[int] = frozenset()) -> list[RosterEntry]:
    """Roster entries of a document given its non-empty lines as (number, normal form).

    >>> rows = [(1, "组长:"), (2, "孙春兰 国务院副总理"), (3, "副组长:彭海峰(县政府办公室主任)"), (4, "  滕合方县政府办公室副主任)")]
    >>> [(e.line, rows[e.line - 1][1][e.start:e.end], e.role) for e in read_rosters(rows)]
    [(2, '国务院副总理', 'leader'), (3, '县政府办公室主任', 'deputy_leader'), (4, '县政府办公室副主任', 'deputy_leader')]
    """
    lex = lex or load_lexicon()
    label_re, damaged_re = _label_re(lex), _damaged_re(lex)
    labelled = [k for k, (_, norm) in enumerate(lines) if label_re.match(norm)]
    out: list[RosterEntry] = []
    role: str | None = None
    for k, (number, norm) in enumerate(lines):
        if number in is_heading:
            role = None
            continue
        m = label_re.match(norm)
        if m is None and any(abs(j - k) <= 6 for j in labelled):
            m = damaged_re.match(norm)
        if m is not None:
            role = _role_of(m.group(1), lex)
            body_start = m.end()
        elif role is not None:
            body_start = 0
        else:
            continue
        if m is None and (_PROSE.search(norm) or len(norm.strip()) > 80):
            role = None  # the roster ended: running text follows
            continue
        entries = _entries(norm, body_start, len(norm), role, lex)
        if m is not None and not entries and norm[body_start:].strip():
            role = None  # 成员:… followed by prose: not a roster
            continue
        if m is None and not entries:
            role = None
            continue
        out.extend(RosterEntry(number, x, y, role, kind) for x, y, kind in entries)
    return out
