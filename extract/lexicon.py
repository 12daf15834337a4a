"""The lexicon of official-writing patterns (``resources/lexicon.toml``) and its regexes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

__all__ = ["Lexicon", "load_lexicon"]


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lexicon:
    """Word lists of the lexicon, with the regexes built from them."""

    unit_suffixes: tuple[str, ...]
    position_suffixes: tuple[str, ...]
    prefixes: tuple[str, ...]
    collective_openers: tuple[str, ...]
    collective_continuations: tuple[str, ...]
    not_units: frozenset[str]
    leading_words: tuple[str, ...]
    lead: tuple[str, ...]
    co: tuple[str, ...]
    responsible: tuple[str, ...]
    lead_labels: tuple[str, ...]
    unit_labels: tuple[str, ...]
    co_labels: tuple[str, ...]
    free_labels: tuple[str, ...]
    supervisor_labels: tuple[str, ...]
    first_is_lead: tuple[str, ...]
    team_words: tuple[str, ...]
    measures: tuple[str, ...]
    weak_measures: frozenset[str]
    min_bounds: tuple[str, ...]
    max_bounds: tuple[str, ...]
    words: tuple[str, ...]
    table_columns: tuple[tuple[str, str], ...] = ()  # (header word, column kind), longest word first
    table_leader_verbs: tuple[str, ...] = ()

    def segmentation_words(self) -> list[str]:
        """Words jieba must keep whole."""
        return sorted(set(self.words) | set(self.unit_suffixes) | set(self.position_suffixes))

    @property
    def role_marker_re(self) -> re.Pattern[str]:
        return _role_marker_re(self)

    @property
    def unit_suffix_re(self) -> re.Pattern[str]:
        return _unit_suffix_re(self)

    @property
    def position_suffix_re(self) -> re.Pattern[str]:
        return _position_suffix_re(self)

    def role_of_marker(self, marker: str) -> str:
        """'lead', 'co' or 'responsible' for a role phrase matched by ``role_marker_re``."""
        if "牵头" in marker:
            return "lead"
        if any(marker.endswith(w) or marker == w for w in self.co):
            return "co"
        return "responsible"


@cache
def _role_marker_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(_alt(lex.lead + lex.co + lex.responsible))


@cache
def _unit_suffix_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"(?:{_alt(lex.unit_suffixes)})$")


@cache
def _position_suffix_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"(?:{_alt(lex.position_suffixes)})$")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load ``resources/lexicon.toml`` (cached)."""
    raw = tomllib.loads(resources.files("extract").joinpath("resources/lexicon.toml").read_text("utf-8"))
    u, r, q = raw["units"], raw["roles"], raw["quantities"]
    return Lexicon(
        unit_suffixes=tuple(u["suffixes"]),
        position_suffixes=tuple(u["position_suffixes"]),
        prefixes=tuple(u["prefixes"]),
        collective_openers=tuple(u["collective_openers"]),
        collective_continuations=tuple(u["collective_continuations"]),
        not_units=frozenset(u["not_units"]),
        leading_words=tuple(sorted(u["leading_words"], key=len, reverse=True)),
        lead=tuple(r["lead"]),
        co=tuple(r["co"]),
        responsible=tuple(r["responsible"]),
        lead_labels=tuple(r["lead_labels"]),
        unit_labels=tuple(r["unit_labels"]),
        co_labels=tuple(r["co_labels"]),
        free_labels=tuple(r["free_labels"]),
        supervisor_labels=tuple(r["supervisor_labels"]),
        first_is_lead=tuple(r["first_is_lead"]),
        team_words=tuple(raw["teams"]["team_words"]),
        measures=tuple(q["measures"]),
        weak_measures=frozenset(q["weak_measures"]),
        min_bounds=tuple(q["min_bounds"]),
        max_bounds=tuple(q["max_bounds"]),
        words=tuple(raw["segmentation"]["words"]),
        table_columns=tuple(sorted(((w, kind) for kind, ws in raw["tables"]["columns"].items() for w in ws),
                                   key=lambda p: (-len(p[0]), p[0]))),
        table_leader_verbs=tuple(raw["tables"]["headings"]["leader_verbs"]),
    )
