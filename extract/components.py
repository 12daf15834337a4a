"""What kg's pipeline components compute, as functions of one line (no spaCy, no jieba here).

The spaCy components ``kg_clauses`` and ``kg_team`` (registered in :mod:`extract.nlp`) call
:func:`line_clauses` and :func:`line_team` on a ``Doc``'s text and its token boundaries.  The
boundaries are :class:`LazyBoundaries`: jieba's word boundaries matter only where a clause runs a
unit name into other words (``具体任务均涉及相关市(州)人民政府``), and are computed the first time
a component asks.  That lets :func:`extract.mentions.read_mentions` run the same functions on a
line before any ``Doc`` exists and make one (importing spaCy and loading jieba) only for a line
whose boundaries are asked for: none of the example's 171 hinted lines, 22 lines in 17 of the 185
dev and corpus plans.  The results are the same either way (tests/test_stages.py).

Lines with no clause hint (:func:`needs_nlp` is false) hold no clause and no team: they are
neither segmented nor read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .clauses import STANDING_MEETING, Clause, find_clauses
from .lexicon import _alt, load_lexicon
from .structure import _heading_marker
from .teams import TeamParse, find_team, mentions_team

__all__ = ["COMPONENTS", "LazyBoundaries", "line_clauses", "line_team", "needs_nlp"]

#: the pipeline's components, in the order they run
COMPONENTS = ("kg_clauses", "kg_team")


@lru_cache(maxsize=1)
def _hints() -> tuple[re.Pattern[str], ...]:
    """Hints, one pattern each (a role word, label or team word; units before a colon or a pivot; a weak role
    word in brackets): searched one by one, each keeps the engine's fast skip to its first characters, which one
    alternation of them all loses (about 5× slower on the ten-fold example)."""
    lex = load_lexicon()
    words = set(lex.lead + lex.co + lex.responsible + lex.lead_before_co + lex.labels + lex.team_words) - lex.weak
    words |= {label for label, _ in lex.roster} | set(lex.person_labels)
    words |= {"单位", "办公室设", "主抓", "分管", "领导", "职责", "组:由", "组:主要由", "组由", *lex.group_heads}
    weak_leads = [w for w in lex.weak if lex.role_of_marker(w) == "lead"]
    suffixes = "|".join(re.escape(w) for w in sorted(lex.unit_suffixes, key=len, reverse=True))
    patterns = [
        _alt(words),
        *([rf"由[^,;。]{{2,40}}?(?:{_alt(lex.by_words)})"] if lex.by_words else []),
        # 县财政局:保证…, (1)市林业局。, 二、县委办公室(5项)
        # (六、公安青浦分局(交警支队): a unit's other name in brackets after it; 城市建设管理事务中心(水务): its field)
        rf"^[^:,;。]{{0,120}}(?:{suffixes})(?:(?:\([^()]{{1,10}}\))?:|(?:\([^()]{{1,20}}\))?。?\s*$|\((?:共)?[0-9一二三四五六七八九十]+项\)\s*$)",
        # 县交通局协助卫生行政部门…; 县医保局承办,… (one alternative: a unit's suffix is costly to look for at every place)
        rf"(?:{suffixes})(?:{_alt(lex.co_before_lead)}|(?:{_alt(weak_leads)})(?:[,;。)]|$))",
        rf"(?:^\s*|[。;]\s*)\((?:[^()]|\([^()]*\)){{2,80}}(?:{suffixes})\)。?\s*$",  # …。(市经信委)
        rf"\([^()]{{2,80}}(?:{suffixes})\)[。;]",  # 1、…增长11%(市发改委,各县市区政府)。 2、…
        rf"(?:{suffixes})(?:主要)?工作任务\s*(?::|$)",  # (八)县经济局主要工作任务:
        # (三)城管部门。协助民政部门…, 2.派出所。配合开展…: an entry titled by its unit
        rf"^\s*(?:\([一二三四五六七八九十0-9]{{1,3}}\)|[0-9]{{1,3}}[.、])[^:,;。]{{1,30}}(?:{suffixes})。",
        rf"(?:{_alt([w for w in lex.labels if w in lex.weak])})\s*:",  # 协助:省水利厅 (a weak word as a label)
        rf"。[^;。:]{{2,60}}(?:{suffixes})(?:\([^()]{{2,20}}\))?。?\s*$",  # 1.加快项目建设。县发改局、县财政局
        r"[(\[〔【][^()\[\]〔〕【】]*(?:" + "|".join(re.escape(w) for w in sorted(lex.weak)) + ")",
        rf"{STANDING_MEETING}[^。;]{{0,60}}?由[^,;。]{{2,16}}主持",  # 月调度会议由县长主持: its chair
        *(p for _, p in lex.composed_labels),  # 配合推进单位:…, 牵头指导处室:…: a label composed of its parts
        # 7.协助中联办做好…, …,积极配合各乡镇开展…: a helper pivot opening its clause (the units it helps lead)
        rf"(?<![\u4e00-\u9fff])(?:{_alt(lex.helper_openers)})*(?:{_alt(lex.co_before_lead)})",
    ]
    return tuple(re.compile(p) for p in patterns)


def needs_nlp(text: str) -> bool:
    """True if the line (in its normal form) may hold a clause or a team: only those are read."""
    return any(p.search(text) is not None for p in _hints())


class LazyBoundaries:
    """Token start offsets of a line, computed by ``segment`` on first use (most lines never need them).

    >>> b = LazyBoundaries(lambda: frozenset({0, 2, 4}))
    >>> 2 in b, 3 in b
    (True, False)
    """

    __slots__ = ("_segment", "_set")

    def __init__(self, segment: Callable[[], frozenset[int]]) -> None:
        self._segment: Callable[[], frozenset[int]] | None = segment
        self._set: frozenset[int] | None = None

    def __contains__(self, k: object) -> bool:
        if self._set is None:
            assert self._segment is not None
            self._set, self._segment = self._segment(), None
        return k in self._set


def is_heading(text: str) -> bool:
    """True if the line (in its normal form) opens with a heading's marker."""
    return _heading_marker(text) is not None


def line_clauses(text: str, boundaries: LazyBoundaries) -> list[Clause]:
    """The responsibility clauses of a line (what ``kg_clauses`` puts on ``doc._.kg_clauses``)."""
    return find_clauses(text, is_heading=is_heading(text), boundaries=boundaries)  # type: ignore[arg-type]


def line_team(text: str, boundaries: LazyBoundaries) -> TeamParse | None:
    """The team a line sets up, if any (what ``kg_team`` puts on ``doc._.kg_team``)."""
    return find_team(text, boundaries=boundaries) if mentions_team(text) else None  # type: ignore[arg-type]
