"""One office across plans: the units of several plans that name the same office of one jurisdiction.

A plan names an office relative to its issuer: in a plan of 临湘市, ``市发改局``, ``发改局`` and the
declared full name ``临湘市发展和改革局`` all mean the office of 临湘市.  :func:`link_offices` gives
every such unit the key of its office, from the plan's locality (``kgo:locality``) and the unit's
names, by the general rules of official abbreviation (:func:`kg.analysis.abbreviates`):

- a name that starts with the locality (临湘市发展和改革局) or with the locality's level (市发改局), or
  with no level at all (发改委), is an office of that locality, written ``市`` + core;
- offices of different localities never merge (临湘市 ≠ 岳阳市), nor a county office named in a
  city's plan (县发改局 ≠ 市发改局);
- collectives (各街道, 区直各部门), positions and persons are never offices; nor are the units of a
  plan whose locality kg could not read.

>>> plans = [("a", "临湘市", [("u1", "市发改局", "department", ("市发改局",))]),
...          ("b", "临湘市", [("u2", "临湘市发展和改革局", "department", ("临湘市发展和改革局",))]),
...          ("c", "岳阳市", [("u3", "市发改局", "department", ("市发改局",))])]
>>> links = link_offices(plans)
>>> links["u1"] == links["u2"] != links["u3"]
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Office", "link_offices", "offices"]

#: kinds of unit that can be one office across plans
OFFICE_KINDS = frozenset({"department", "zone", "town_street", "higher_level", "enterprise"})
_LEVELS = "省市州盟县区旗镇乡"

#: (plan id, locality or None, [(unit id, name, kind, labels)])
PlanUnits = tuple[str, str | None, Sequence[tuple[str, str, str, Sequence[str]]]]


@dataclass(frozen=True)
class Office:
    """An office of one jurisdiction: its key, full name, locality and the plan units that are it."""

    key: str
    name: str
    locality: str
    units: tuple[str, ...]
    labels: tuple[str, ...]


def _norm(s: str) -> str:
    """Simplified script, no spaces, no bracketed note (临湘市发展和改革局(以下简称市发改局) -> 临湘市发展和改革局)."""
    import re

    from extract.read import normalise

    s = normalise("".join(s.split()))
    return re.sub(r"\([^()]*\)$", "", s) or s


def _qualified(name: str, locality: str) -> str | None:
    """The name as ``level + core`` in the plan of ``locality``; None when it is another jurisdiction's.

    >>> _qualified("临湘市发展和改革局", "临湘市"), _qualified("发改委", "临湘市"), _qualified("县发改局", "临湘市")
    ('市发展和改革局', '市发改委', None)
    """
    level = locality[-1] if locality and locality[-1] in _LEVELS else ""
    stem = locality[:-1] if level else locality
    if locality and name.startswith(locality) and len(name) > len(locality):
        return level + name[len(locality):]
    if stem and len(stem) >= 2 and name.startswith(stem) and len(name) > len(stem):
        return level + name[len(stem):]
    if name[:1] in _LEVELS:
        return name if name[:1] == level else None
    return level + name


def _same(a: set[str], b: set[str]) -> bool:
    from .analysis import abbreviates

    return bool(a & b) or any(abbreviates(x, y) or abbreviates(y, x) for x in a for y in b)


def _find(parent: list[int], i: int) -> int:
    """Union-find: the representative of ``i``."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def link_offices(plans: Iterable[PlanUnits]) -> dict[str, str]:
    """Unit id -> office key, for every unit of ``plans`` that is an office of its plan's locality.

    Units of different plans are one office when one of their names (qualified by the locality,
    see the module docstring) is the other's, or abbreviates it.  The key is
    ``locality/longest name`` (deterministic).
    """
    return {u: o.key for o in offices(plans) for u in o.units}


def offices(plans: Iterable[PlanUnits]) -> list[Office]:
    """The offices of a corpus (see :func:`link_offices`), sorted by key."""
    by_loc: dict[str, list[tuple[str, str, set[str], set[str]]]] = defaultdict(list)
    for plan, locality, units in plans:
        if not locality:
            continue
        loc = _norm(locality)
        for uid, name, kind, labels in units:
            if kind not in OFFICE_KINDS:
                continue
            raw = {_norm(x) for x in (name, *labels)}
            forms = {q for x in raw if (q := _qualified(x, loc))}
            if forms:
                by_loc[loc].append((plan, uid, forms, raw))
    out: list[Office] = []
    for loc, found in by_loc.items():
        parent = list(range(len(found)))
        for i, (pa, _, fa, _) in enumerate(found):
            for j in range(i + 1, len(found)):
                pb, _, fb, _ = found[j]
                if pa != pb and _find(parent, i) != _find(parent, j) and _same(fa, fb):
                    parent[_find(parent, j)] = _find(parent, i)
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(found)):
            groups[_find(parent, i)].append(i)
        level = loc[-1] if loc[-1] in _LEVELS else ""
        for members in groups.values():
            forms = {f for i in members for f in found[i][2]}
            longest = max(forms, key=lambda f: (len(f), f))
            full = loc + longest[len(level):] if level and longest.startswith(level) else loc + longest
            out.append(Office(key=f"{loc}/{longest}", name=full, locality=loc,
                              units=tuple(sorted(found[i][1] for i in members)),
                              labels=tuple(sorted({x for i in members for x in found[i][3]}))))
    return sorted(out, key=lambda o: o.key)
