"""One entity per organisation: the surface forms a plan gives a unit grouped into one :class:`Unit`.

Two keys name the same unit when one is the other with the plan's locality written out
(临湘市农村商业银行 == 市农村商业银行 in a plan issued by 临湘市), or with its level (市场监督管理局 ==
市市场监督管理局), or when the text gives one as the short name of the other (简称).  The entity
takes its most frequent form as its name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence

from .lexicon import Lexicon
from .read import normalise
from .records import Duty, Role, Unit, UnitKind
from .units import unit_key, unit_kind

__all__ = ["group_units"]

_ALIAS = re.compile(r"\((?:以下)?简称“?([\u4e00-\u9fff]{2,12})”?\)")


def group_units(duties: Sequence[Duty], *, locality: str | None, norm: str, kind_hint: Mapping[str, UnitKind],
                lex: Lexicon) -> tuple[list[Unit], dict[str, str]]:
    """The units of ``duties`` (sorted by key), and a map surface key -> entity key.

    ``norm`` is the normal form of the whole text (for 简称), ``kind_hint`` the kind a roster gave a key.
    """
    keys = Counter(d.unit_key for d in duties)
    parent: dict[str, str] = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in _same_units(keys, locality, norm):  # b joins a
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    groups: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        groups[find(k)].append(k)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    supervisors: set[str] = set()
    for d in duties:
        surfaces[find(d.unit_key)][d.unit] += 1
        if d.role is Role.supervisor:
            supervisors.add(find(d.unit_key))
    units = []
    key_map = {}
    for root, members in groups.items():
        forms = surfaces[root]
        name = max(forms, key=lambda s: (forms[s], len(s), s))
        kind = unit_kind(normalise(name), lex) or kind_hint.get(root) or _unknown_kind(name, root in supervisors)
        entity_key = unit_key(normalise(name))
        for k in members:
            key_map[k] = entity_key
        units.append(Unit(key=entity_key, name=name, kind=kind, labels=tuple(sorted(forms))))
    units.sort(key=lambda u: u.key)
    return units, key_map


def _same_units(keys: Collection[str], loc: str | None, norm: str) -> Iterator[tuple[str, str]]:
    """Pairs of keys (in the order of ``keys``) that name one unit, the second joining the first."""
    for k in keys:
        # 临湘市农村商业银行 == 市农村商业银行 in a plan issued by 临湘市
        if loc and k.startswith(loc) and len(k) > len(loc) + 1:
            short = loc[-1] + k[len(loc) :]
            if short in keys:
                yield short, k
        # 市场监督管理局 == 市市场监督管理局 when the plan writes both
        if loc and loc[-1] + k in keys and not k.startswith(loc[-1] * 2):
            yield loc[-1] + k, k
    # 国家发展和改革委员会(以下简称“国家发展改革委”): found from 简称 back (a scan of the
    # whole text with a lazy prefix would cost minutes on a big file)
    for m in _ALIAS.finditer(norm):
        short = m.group(1)
        if short not in keys:
            continue
        before = norm[max(0, m.start() - 30) : m.start()]
        for cut in range(len(before) - 2, -1, -1):
            if unit_key(before[cut:]) in keys:
                yield unit_key(before[cut:]), short
                break


def _unknown_kind(name: str, supervises: bool) -> UnitKind:
    """The kind of a unit whose name does not say: 林克庆 after 分管省领导 is a person named as
    supervisor, not an office; anything else a department."""
    if supervises and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return UnitKind.person
    return UnitKind.department
