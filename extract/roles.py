"""The rule that gives a "responsible" unit its role: one home for it, used by clauses and tables.

A unit listed as responsible (负责, 按职责分工负责, a 责任单位 label or column) is **co** when its clause
(or its task's label lines, or its table row) names a lead, and **shared** otherwise; when the document
declares that the first listed unit leads (列第一位者为牵头…), the first of a list leads and the others
are co — unless a lead is marked explicitly.
"""

from __future__ import annotations

__all__ = ["resolve"]


def resolve(role: str, *, has_lead: bool, first_is_lead: bool = False, list_index: int = -1) -> str:
    """The role of a unit whose role class is ``role`` (lead, co, responsible, supervisor…).

    >>> resolve("responsible", has_lead=True), resolve("responsible", has_lead=False)
    ('co', 'shared')
    >>> [resolve("responsible", has_lead=False, first_is_lead=True, list_index=k) for k in (0, 1)]
    ['lead', 'co']
    >>> resolve("lead", has_lead=True)
    'lead'
    """
    if role != "responsible":
        return role
    if first_is_lead and list_index >= 0 and not has_lead:
        return "lead" if list_index == 0 else "co"
    return "co" if has_lead else "shared"
