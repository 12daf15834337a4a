"""The interactive graph page: vis-network (the build pyvis ships), our own template.

The page answers three questions: what does this unit carry and with whom; who carries this
action; where are the gaps. It opens on an overview of actions and units (units sized by
load, coloured by kind; one edge per unit and action, as wide as the number of duties, solid
where the unit leads a task there), with tasks hidden until a unit or an action is focused.

This module turns analysis results (:func:`kg.analysis.duty_lists`, :func:`~kg.analysis.overload`,
:func:`~kg.analysis.actions`, :func:`~kg.analysis.teams`) into the page's data; it runs no query.
The layout is computed in the page, for the size of the canvas it is shown on, so labels
are drawn at a legible size and never on top of each other.

Safety and speed, as before:

- vis-network's JS and CSS are inlined: the page opens from disk with no network at all;
- the page is UTF-8 with ``<meta charset="utf-8">``;
- everything from a document travels as JSON inside ``<script type="application/json">``
  (with ``<``, ``>`` and ``&`` escaped) and reaches the DOM through ``textContent`` only;
- positions are computed once per view and physics is off.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.records import Role, UnitKind

from ..weights import ROLE_WEIGHTS

if TYPE_CHECKING:
    from .._answers import ActionView, DutyList, TeamView, UnitLoad

__all__ = ["KIND_COLORS", "ROLE_LABELS", "ROLE_STYLE", "explorer_data", "page_html"]

#: role names as the CLI prints them, with the Chinese word
ROLE_LABELS: dict[Role, str] = {
    Role.lead: "牵头 lead", Role.co: "配合 co", Role.shared: "共同 shared", Role.supervisor: "分管 supervisor",
    Role.indicator_owner: "指标 indicator_owner", Role.convener: "召集人 convener", Role.deputy_convener: "副召集人 deputy_convener",
    Role.leader: "组长 leader", Role.deputy_leader: "副组长 deputy_leader", Role.member: "成员 member", Role.office: "办公室 office",
}
KIND_LABELS: dict[str, str] = {
    UnitKind.department: "部门 department", UnitKind.town_street: "乡镇街道 town_street", UnitKind.zone: "园区 zone",
    UnitKind.higher_level: "上级 higher_level", UnitKind.enterprise: "企业 enterprise", UnitKind.collective: "集合 collective",
    UnitKind.position: "职务 position", UnitKind.person: "个人 person",
}
#: Okabe & Ito's colour-blind-safe palette, one colour per kind of unit
KIND_COLORS: dict[str, str] = {
    UnitKind.department: "#0072B2", UnitKind.town_street: "#009E73", UnitKind.zone: "#56B4E9", UnitKind.higher_level: "#D55E00",
    UnitKind.enterprise: "#E69F00", UnitKind.collective: "#CC79A7", UnitKind.position: "#F0E442", UnitKind.person: "#000000",
}
#: a role is told by its line style as well as its colour
ROLE_STYLE: dict[Role, dict[str, Any]] = {
    Role.lead: {"color": "#000000", "dashes": False, "width": 2.5},
    Role.co: {"color": "#0072B2", "dashes": [8, 5], "width": 1.5},
    Role.shared: {"color": "#D55E00", "dashes": [2, 4], "width": 1.8},
    Role.supervisor: {"color": "#CC79A7", "dashes": [12, 4, 2, 4], "width": 1.5},
    Role.indicator_owner: {"color": "#009E73", "dashes": [14, 4], "width": 1.5},
    Role.convener: {"color": "#E69F00", "dashes": False, "width": 2.5},
    Role.leader: {"color": "#E69F00", "dashes": False, "width": 2.5},
    Role.office: {"color": "#E69F00", "dashes": [12, 4, 2, 4], "width": 2},
    Role.deputy_convener: {"color": "#E69F00", "dashes": [8, 5], "width": 1.5},
    Role.deputy_leader: {"color": "#E69F00", "dashes": [8, 5], "width": 1.5},
    Role.member: {"color": "#999999", "dashes": [2, 4], "width": 1},
}
_DUTY_KEYS = ("action", "section", "task", "task_line", "role", "leads", "supporting", "indicators", "deadlines",
              "line", "quote", "plan")


def _short_action(title: str) -> str:
    """产业培塑行动实施方案 -> 产业培塑行动 (the full title stays in the menu and the tooltip)."""
    return re.sub(r"(实施)?(工作)?方案$", "", title) or title


def explorer_data(duty_lists: Sequence[DutyList], loads: Sequence[UnitLoad], actions: Sequence[ActionView],
                  teams: Sequence[TeamView], *, title: str = "") -> dict[str, Any]:
    """The page's data from analysis results.

    ``duty_lists`` is :func:`kg.analysis.duty_lists`, ``loads`` :func:`kg.analysis.overload`,
    ``actions`` :func:`kg.analysis.actions` and ``teams`` :func:`kg.analysis.teams` of one plan
    (or corpus). Units are identified by name, as ``kg duties`` does.
    """
    units = _units(duty_lists, loads)
    uid = {u["name"]: u["id"] for u in units}
    plans = sorted({a.plan for a in actions} | {r[_DUTY_KEYS.index("plan")] for u in units for r in u["duties"]})
    acts, tasks = _actions(actions, plans, uid)
    tms = [{"id": f"m{k}", "label": t.team, "kind": t.kind,
            "members": [[uid[n], r.value] for n, r in t.members if n in uid]} for k, t in enumerate(teams)]
    used = {r for t in tasks for _, r in t["units"]} | {r for t in tms for _, r in t["members"]}
    kinds = [k for k in KIND_COLORS if any(u["kind"] == k for u in units)]
    kinds += sorted({u["kind"] for u in units} - set(kinds))
    return {
        "title": title or (plans[0] if len(plans) == 1 else f"{len(plans)} plans"),
        "plans": plans,
        "units": units,
        "actions": acts,
        "tasks": tasks,
        "teams": tms,
        "roles": [{"name": r, "label": ROLE_LABELS[r], "weight": ROLE_WEIGHTS.get(r, 0), **ROLE_STYLE[r]}
                  for r in ROLE_STYLE if r in used],
        "kinds": [{"name": k, "label": KIND_LABELS.get(k, k), "color": KIND_COLORS.get(k, "#777777")} for k in kinds],
        "fence": next((r.fence for r in loads if r.fence is not None), None),
        "dutyKeys": list(_DUTY_KEYS),
    }


def _units(duty_lists: Sequence[DutyList], loads: Sequence[UnitLoad]) -> list[dict[str, Any]]:
    """The page's units, heaviest first, each with its duties and seats."""
    score: dict[str, float] = {}
    outlier: dict[str, bool] = {}
    for r in loads:  # a name in several plans of a corpus: one unit, the sum of its loads
        score[r.unit] = round(score.get(r.unit, 0.0) + r.score, 2)
        outlier[r.unit] = outlier.get(r.unit, False) or bool(r.outlier)
    ordered = sorted(duty_lists, key=lambda dl: (-score.get(dl.unit, 0.0), dl.unit))
    uid = {dl.unit: f"u{k}" for k, dl in enumerate(ordered)}
    units = []
    for k, dl in enumerate(ordered):
        duties = [r.to_dict() for r in dl.duties]
        units.append({"id": uid[dl.unit], "name": dl.unit, "kind": dl.kind or "", "names": list(dl.names),
                      "load": score.get(dl.unit, 0.0), "rank": k + 1, "outlier": outlier.get(dl.unit, False),
                      "nDuties": len(dl.duties), "nSeats": len(dl.teams),
                      "roles": Counter(r["role"] for r in duties).most_common(),
                      "duties": [[r.get(c) for c in _DUTY_KEYS] for r in duties],
                      "seats": [[t.team, t.role.value, t.line, t.quote, t.plan] for t in dl.teams]})
    return units


def _actions(actions: Sequence[ActionView], plans: list[str],
             uid: dict[str, str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The page's actions (with the ids of their tasks) and tasks (with the ids of their units)."""
    acts: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    for k, a in enumerate(actions):
        full = a.title or f"{a.plan} (main plan)"
        label = _short_action(a.title) if a.title else "(main plan)"
        if len(plans) > 1:  # P3 · 产业培塑行动: the plan's number in the plan menu
            label = f"P{plans.index(a.plan) + 1} · {label}" if a.plan in plans else label
            full = f"{Path(a.plan).stem} · {full}"
        ids = [f"t{len(tasks) + i}" for i in range(len(a.tasks))]
        tasks += [{"id": tid, "label": t.label, "text": t.text, "line": t.line, "plan": a.plan, "action": f"a{k}",
                   "gap": t.gap, "units": [[uid[n], r.value] for n, r in t.units if n in uid]}
                  for tid, t in zip(ids, a.tasks, strict=True)]
        acts.append({"id": f"a{k}", "label": label, "title": full, "plan": a.plan, "number": a.number, "tasks": ids})
    return acts, tasks


def _json_for_script(data: Any) -> str:
    """JSON that cannot close its <script> element or open a comment, whatever the text holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    css = (lib / "vis-network.css").read_text(encoding="utf-8").replace("</style", "<\\/style")
    # the CSS embeds icons as data: URIs only; drop any url() that would reach the network
    css = re.sub(r"url\((?!['\"]?data:)[^)]*\)", "none", css)
    return js, css


def page_html(data: dict[str, Any]) -> str:
    """The self-contained page (UTF-8 text)."""
    template = resources.files("kg").joinpath("resources/templates/explorer.html").read_text(encoding="utf-8")
    js, css = _vis_assets()
    values = {"KG_TITLE": html.escape(str(data["title"])), "KG_DATA": _json_for_script(data), "VIS_JS": js,
              "VIS_CSS": css}
    return re.sub(r"__(KG_TITLE|KG_DATA|VIS_JS|VIS_CSS)__", lambda m: values[m.group(1)], template)
