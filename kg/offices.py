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

from extract.records import UnitKind

__all__ = ["Office", "link_offices", "offices"]

#: kinds of unit that can be one office across plans
OFFICE_KINDS = frozenset({UnitKind.department, UnitKind.zone, UnitKind.town_street, UnitKind.higher_level,
                          UnitKind.enterprise})
_LEVELS = "省市州盟县区旗镇乡"

#: (plan id, unit id, its names qualified by the locality, its names as written)
_Found = tuple[str, str, set[str], set[str]]
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
    by_loc: dict[str, list[_Found]] = defaultdict(list)
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
        parent = _components(found)
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
    return sorted(out, key=lambda o: (o.key, o.units))


def _components(found: Sequence[_Found]) -> list[int]:
    """Union-find of the units of one locality: two units of different plans are joined when :func:`_same`.

    A corpus names one office the same way in many plans, so units are compared by their set of
    names (a class), once per pair of classes, and only pairs that can be the same are compared
    (they share a name, or the key of an abbreviation): near-linear in the number of units, where
    comparing every pair of units took minutes on a thousand plans.
    """
    from .analysis import abbreviation_key

    parent = list(range(len(found)))
    classes: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, unit in enumerate(found):
        classes[frozenset(unit[2])].append(i)
    names = list(classes)
    block: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for c, written in enumerate(names):
        keys: set[tuple[str, ...]] = {("=", f) for f in written}
        keys |= {("~", *k) for f in written if (k := abbreviation_key(f)) is not None}
        for key in keys:
            block[key].append(c)
    pairs = {(c, c) for c in range(len(names))}
    for cs in block.values():
        pairs.update((a, b) for i, a in enumerate(cs) for b in cs[i:])
    for c, d in sorted(pairs):
        if c == d or _same(set(names[c]), set(names[d])):
            _join(parent, found, classes[names[c]], classes[names[d]] if c != d else None)
    return parent


def _join(parent: list[int], found: Sequence[_Found], a: list[int], b: list[int] | None) -> None:
    """Join the units of ``a`` with those of ``b`` (or of ``a`` itself) that are in another plan.

    Within one class (``b`` None), its units are joined when they come from two plans or more.
    Between two classes, every unit that has a partner (a unit of the other class in another plan)
    is joined with all the others that have one: exactly the components of joining every such pair,
    since units of one class in two plans or more are already one.
    """

    def union(i: int, j: int) -> None:
        ri, rj = _find(parent, i), _find(parent, j)
        if ri != rj:
            parent[rj] = ri

    plans_a = {found[i][0] for i in a}
    if b is None:
        linked = a if len(plans_a) > 1 else []
    else:
        plans_b = {found[i][0] for i in b}
        linked = [i for i in a if plans_b - {found[i][0]}] + [i for i in b if plans_a - {found[i][0]}]
    for i in linked[1:]:
        union(linked[0], i)
