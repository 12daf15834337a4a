"""Weights of the load score of ``kg overload`` (kept apart so the CLI can print them cheaply).

Leading a task weighs most (3): the lead coordinates, reports and answers for it. A shared
duty (2) has no lead to lean on. Conveners, leaders and the unit hosting a team's office (2)
run a standing body. Co-responsibility, supervision, deputy seats and a quota in a target
table weigh 1; an ordinary seat in a team 0.5.
"""

from __future__ import annotations

from extract.records import Role

__all__ = ["ROLE_WEIGHTS"]

ROLE_WEIGHTS: dict[Role, float] = {
    Role.lead: 3.0,
    Role.shared: 2.0,
    Role.co: 1.0,
    Role.supervisor: 1.0,
    Role.convener: 2.0,
    Role.leader: 2.0,
    Role.office: 2.0,
    Role.deputy_convener: 1.0,
    Role.deputy_leader: 1.0,
    Role.member: 0.5,
    Role.indicator_owner: 1.0,
}
