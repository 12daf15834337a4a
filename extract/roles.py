"""The rule that gives a "responsible" unit its role: one home for it, used by clauses and tables.

A unit listed as responsible (负责, 按职责分工负责, a 责任单位 label or column) is **co** when its clause
(or its task's label lines, or its table row) names a lead, and **shared** otherwise; when the document
declares that the first listed unit leads (列第一位者为牵头…), the first of a list leads and the others
are co — unless a lead is marked explicitly.

A leader (a position) supervises where an organisation leads: when running text says it leads,
or when an organisation is named beside it (:func:`clause_role`).
"""

from __future__ import annotations

from .records import WORK_ROLES, Role, RoleClass, UnitKind

__all__ = ["clause_role", "resolve"]


def resolve(role: RoleClass | Role, *, has_lead: bool, first_is_lead: bool = False, list_index: int = -1,
            helped: bool = False) -> Role:
    """The role of a unit whose role class is ``role`` (lead, co, responsible, supervisor…).

    ``helped``: the units were listed under a 责任单位 label or column beside a 配合单位 one; with no lead
    named, the units the helpers help lead.

    >>> resolve("responsible", has_lead=True).value, resolve("responsible", has_lead=False).value
    ('co', 'shared')
    >>> resolve("responsible", has_lead=False, helped=True).value
    'lead'
    >>> [resolve("responsible", has_lead=False, first_is_lead=True, list_index=k).value for k in (0, 1)]
    ['lead', 'co']
    >>> resolve("lead", has_lead=True)
    <Role.lead: 'lead'>
    """
    if role != "responsible":
        return Role(role)
    if helped and not has_lead:
        return Role.lead
    if first_is_lead and list_index >= 0 and not has_lead:
        return Role.lead if list_index == 0 else Role.co
    return Role.co if has_lead else Role.shared


def clause_role(role: RoleClass, kind: UnitKind, form: str, *, has_lead: bool, with_org: bool = False,
                first_is_lead: bool = False, list_index: int = -1, helped: bool = False) -> Role:
    """The role of a unit of kind ``kind`` mentioned with role class ``role`` in a clause of
    ``form`` (general, sentence, label_line…), whose group names a lead (``has_lead``) or an
    organisation that is not a supervisor (``with_org``): :func:`resolve`, and a leader supervises
    when a sentence says it leads (由国务院领导同志牵头负责) or when it works beside an organisation
    ((分管副省长、协管副秘书长负责,省国资委牵头)).

    >>> clause_role("lead", UnitKind.position, "sentence", has_lead=True)
    <Role.supervisor: 'supervisor'>
    >>> clause_role("responsible", UnitKind.position, "bracket", has_lead=True, with_org=True)
    <Role.supervisor: 'supervisor'>
    >>> clause_role("lead", UnitKind.department, "sentence", has_lead=True)
    <Role.lead: 'lead'>
    """
    resolved = resolve(role, has_lead=has_lead, first_is_lead=first_is_lead, list_index=list_index, helped=helped)
    if kind is UnitKind.person and resolved in (Role.lead, Role.shared) and form == "general":
        return Role.supervisor  # 王清宪同志负责全面指挥: a named leader in charge
    if kind is UnitKind.position and ((resolved is Role.lead and form in ("general", "sentence"))
                                      or (resolved in WORK_ROLES and with_org)):
        return Role.supervisor
    return resolved
