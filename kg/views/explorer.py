"""The interactive graph page: pyvis's model, our own template around vis-network.

pyvis (vis-network underneath) is used for its node/edge model and the vis-network build it
ships; its own HTML writer is not used, because it fails exactly here: its "offline" modes
still reach a CDN, it writes in the system's default encoding, its select menus show ????
for Chinese, it writes a ``lib/`` folder, ``add_edge`` re-checks every edge (seconds on
large graphs) and physics never settles on thousands of nodes.  So:

- vis-network's JS and CSS are inlined: the page opens from disk with no network at all;
- the page is written as UTF-8 with ``<meta charset="utf-8">``;
- positions are precomputed (a deterministic layout: actions on a ring, each action's tasks
  and teams around it, units between the actions they work for) and physics is off;
- edges are appended to the model directly (no O(n) duplicate check per edge);
- everything from a document travels as JSON inside ``<script type="application/json">``
  (with ``<``, ``>`` and ``&`` escaped) and reaches the DOM through ``textContent`` only;
- above :data:`LARGE` nodes the page opens on units and teams only (tasks and targets one
  click away), which keeps a corpus of many plans usable.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from ..lists import PREFIX
from ..store import GraphStore
from ..weights import ROLE_WEIGHTS

__all__ = ["LARGE", "explorer_data", "page_html", "write_page"]

#: above this many nodes the page opens on units and teams only
LARGE = 2500

ROLE_LABELS = {
    "lead": "牵头 lead", "co": "配合 co", "shared": "共同 shared", "supervisor": "分管 supervisor",
    "indicator_owner": "指标 owner", "convener": "召集人", "deputy_convener": "副召集人", "leader": "组长",
    "deputy_leader": "副组长", "member": "成员", "office": "办公室", "part_of": "结构 structure", "target": "目标 target",
}
KIND_COLORS: dict[str, str] = {
    "department": "#2e86de", "town_street": "#27ae60", "zone": "#16a085", "higher_level": "#d35400",
    "enterprise": "#8e6e53", "collective": "#e84393", "position": "#f1c40f", "person": "#f39c12",
}
GROUP_STYLE: dict[str, dict[str, Any]] = {
    "action": {"shape": "box", "color": "#6c3483", "font": {"color": "#ffffff", "size": 16}},
    "task": {"shape": "dot", "color": "#aab7b8", "size": 7},
    "team": {"shape": "diamond", "color": "#e67e22", "size": 14},
    "indicator": {"shape": "triangle", "color": "#52be80", "size": 6},
}
EDGE_STYLE: dict[str, dict[str, Any]] = {
    "lead": {"width": 3, "color": "#1b2631", "dashes": False},
    "co": {"width": 1.5, "color": "#5d6d7e", "dashes": [8, 5]},
    "shared": {"width": 1.5, "color": "#5d6d7e", "dashes": [2, 4]},
    "supervisor": {"width": 1.5, "color": "#b7950b", "dashes": [12, 4, 2, 4]},
    "indicator_owner": {"width": 1.5, "color": "#229954", "dashes": [4, 2]},
    "convener": {"width": 2.5, "color": "#e67e22", "dashes": False},
    "leader": {"width": 2.5, "color": "#e67e22", "dashes": False},
    "deputy_convener": {"width": 1.5, "color": "#e67e22", "dashes": [8, 5]},
    "deputy_leader": {"width": 1.5, "color": "#e67e22", "dashes": [8, 5]},
    "member": {"width": 0.8, "color": "#f0b27a", "dashes": [2, 4]},
    "office": {"width": 2.5, "color": "#a04000", "dashes": [14, 3]},
    "part_of": {"width": 0.6, "color": "#d5d8dc", "dashes": False},
    "target": {"width": 0.6, "color": "#abebc6", "dashes": False},
}

_Q_UNITS = PREFIX + """
SELECT ?u ?name ?kind ?l WHERE { ?u skos:prefLabel ?name ; kgo:unitKind ?k . BIND(STRAFTER(STR(?k), "#") AS ?kind)
  OPTIONAL { { ?u skos:altLabel ?l } UNION { ?u skos:prefLabel ?l } } }
"""
_Q_HEADINGS = PREFIX + """
SELECT ?h ?kind ?line ?label ?text ?annex ?atitle ?anum ?plan ?ptitle WHERE {
  ?h kgo:headingKind ?kind ; kgo:line ?line ; rdfs:label ?label ; kgo:text ?text ; kgo:inPlan ?p .
  ?p kgo:sourceName ?plan . OPTIONAL { ?p dcterms:title ?ptitle }
  OPTIONAL { ?h kgo:inAnnex ?annex . ?annex rdfs:label ?atitle ; kgo:number ?anum }
} ORDER BY ?plan ?line
"""
_Q_DUTIES = PREFIX + """
SELECT ?u ?role ?t ?team ?line ?quote ?clause ?plan WHERE {
  ?d a kgo:Responsibility ; kgo:unit ?u ; kgo:role ?r ; kgo:line ?line ; kgo:inPlan/kgo:sourceName ?plan ;
     prov:wasDerivedFrom/oa:hasSelector/oa:exact ?quote .
  BIND(STRAFTER(STR(?r), "#") AS ?role)
  OPTIONAL { ?d kgo:task ?t } OPTIONAL { ?d kgo:team ?team }
  OPTIONAL { ?d kgo:statedIn/oa:hasSelector/oa:exact ?clause }
} ORDER BY ?plan ?line ?quote
"""
_Q_TEAMS = PREFIX + """
SELECT ?team ?label ?kind ?annex WHERE { ?team a kgo:WorkTeam ; rdfs:label ?label ; kgo:teamKind ?kind .
  OPTIONAL { ?team kgo:inAnnex ?annex } }
"""
_Q_INDICATORS = PREFIX + """
SELECT ?i ?name ?value ?measure ?t WHERE { ?i a kgo:Indicator ; rdfs:label ?name ; kgo:valueText ?value ;
  sdmx-attribute:unitMeasure/skos:prefLabel ?measure ; kgo:forTask ?t }
"""


def explorer_data(store: GraphStore, *, large: int = LARGE) -> dict[str, Any]:
    """What the page shows, from a built graph: nodes with positions, edges, duty lists."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    net = Network(directed=True, cdn_resources="in_line")

    def add_node(n_id: str, **opts: Any) -> None:
        # pyvis's add_node checks `n_id not in self.node_ids` (a list): O(n) per node; ours are unique
        label, shape = opts.pop("label"), opts.pop("shape", "dot")
        net.nodes.append(Node(n_id, shape, label, **opts).options)
        net.node_ids.append(n_id)

    ids: dict[str, str] = {}

    def nid(iri: str) -> str:
        if iri not in ids:
            ids[iri] = f"n{len(ids)}"
        return ids[iri]

    headings = store.select(_Q_HEADINGS)
    plans = sorted({h["plan"] for h in headings})
    titles = sorted({h["ptitle"] for h in headings if h["ptitle"]})
    # actions: one per annex (or per plan without annexes)
    actions: dict[str, dict[str, Any]] = {}
    task_action: dict[str, str] = {}
    for h in headings:
        key = h["annex"] or f"plan:{h['plan']}"
        if key not in actions:
            label = h["atitle"] or (h["ptitle"] or h["plan"])
            if h["anum"] and len(plans) > 1:
                label = f"{h['plan']} · {label}"
            actions[key] = {"id": nid(key), "label": label, "tasks": []}
        if h["kind"] != "annex":
            actions[key]["tasks"].append(h)
            task_action[h["h"]] = actions[key]["id"]
    duties = store.select(_Q_DUTIES)
    teams = {t["team"]: t for t in store.select(_Q_TEAMS)}
    indicators = store.select(_Q_INDICATORS)

    units: dict[str, dict[str, Any]] = {}
    for r in store.select(_Q_UNITS):
        entry = units.setdefault(r["u"], {"name": r["name"], "kind": r["kind"], "names": set()})
        if r["l"]:
            entry["names"].add(r["l"])

    # --- layout: actions on a ring, their tasks around them, units between their actions
    pos: dict[str, tuple[float, float]] = {}
    n_act = max(1, len(actions))
    ring = 420.0 * max(1.0, math.sqrt(n_act / 4))
    for k, act_info in enumerate(actions.values()):
        a = act_info
        ang = 2 * math.pi * k / n_act - math.pi / 2
        ax, ay = ring * math.cos(ang), ring * math.sin(ang)
        pos[a["id"]] = (ax, ay)
        for j, h in enumerate(a["tasks"]):
            # golden-angle spiral around the action
            rad = 70 + 16 * math.sqrt(j + 1)
            turn = j * 2.39996
            pos[nid(h["h"])] = (ax + rad * math.cos(turn) * 1.3, ay + rad * math.sin(turn))
    unit_tasks: dict[str, list[str]] = defaultdict(list)
    for d in duties:
        target = d["t"] or d["team"]
        if target:
            unit_tasks[d["u"]].append(target)
    for team_iri, team in teams.items():
        home = actions.get(team["annex"] or "")
        base = pos[home["id"]] if home else (0.0, 0.0)
        pos[nid(team_iri)] = (base[0] * 0.72, base[1] * 0.72)
    load: dict[str, float] = defaultdict(float)
    for d in duties:
        load[d["u"]] += ROLE_WEIGHTS.get(d["role"], 0)
    for k, (u, _) in enumerate(sorted(units.items(), key=lambda x: (-load[x[0]], x[1]["name"]))):
        pts = [pos[nid(x)] for x in unit_tasks[u] if nid(x) in pos]
        cx = sum(p[0] for p in pts) / len(pts) if pts else 0.0
        cy = sum(p[1] for p in pts) / len(pts) if pts else 0.0
        # pull toward the centre, then spread on a spiral so units do not sit on each other
        rad = 30 + 26 * math.sqrt(k + 1)
        turn = k * 2.39996
        pos[nid(u)] = (cx * 0.55 + rad * math.cos(turn), cy * 0.55 + rad * math.sin(turn))

    # --- nodes (pyvis model)
    for a in actions.values():
        x, y = pos[a["id"]]
        short = a["label"] if len(a["label"]) <= 18 else a["label"][:17] + "…"
        add_node(a["id"], label=short, group="action", x=x, y=y, physics=False, tip=a["label"],
                     action=a["id"], **GROUP_STYLE["action"])
    for h in headings:
        if h["kind"] == "annex":
            continue
        x, y = pos[nid(h["h"])]
        # tasks carry no label (hundreds of labels are noise); hovering shows the task's text
        add_node(nid(h["h"]), label=" ", group="task", x=x, y=y, physics=False,
                     tip=f"{h['plan']} 第{h['line']}行: {h['text']}", action=task_action[h["h"]], **GROUP_STYLE["task"])
    for team_iri, team in teams.items():
        x, y = pos[nid(team_iri)]
        add_node(nid(team_iri), label=team["label"], group="team", x=x, y=y, physics=False, tip=team["label"],
                 action=actions[team["annex"]]["id"] if team["annex"] in actions else "", **GROUP_STYLE["team"])
    for u, info in units.items():
        x, y = pos[nid(u)]
        add_node(nid(u), label=info["name"], group="unit", x=x, y=y, physics=False, shape="dot",
                     color=KIND_COLORS.get(info["kind"], "#2e86de"), size=round(8 + 3 * math.sqrt(load[u]), 1),
                     tip=f"{info['name']} ({info['kind']}) · load {load[u]:g}",
                     names=sorted(info["names"] | {info["name"]}), kind=info["kind"], load=round(load[u], 1))
    for i in indicators:
        if nid(i["t"]) not in pos:
            continue
        tx, ty = pos[nid(i["t"])]
        add_node(nid(i["i"]), label=f"{i['value']}{i['measure']}", group="indicator", x=tx + 14, y=ty + 10,
                     physics=False, tip=f"{i['name']} {i['value']}{i['measure']}", action=task_action.get(i["t"], ""),
                     **GROUP_STYLE["indicator"])

    # --- edges: appended to the model directly (pyvis's add_edge re-checks every edge)
    dl: dict[str, list[dict[str, Any]]] = defaultdict(list)
    head_by_iri = {h["h"]: h for h in headings}
    for d in duties:
        target = d["team"] if d["role"] in ("convener", "deputy_convener", "member", "office", "leader",
                                            "deputy_leader") and d["team"] else d["t"]
        if target is None:
            continue
        act = task_action.get(d["t"] or "", "")
        if d["team"] and not act:
            owner_team = teams.get(d["team"])
            act = actions[owner_team["annex"]]["id"] if owner_team and owner_team["annex"] in actions else ""
        net.edges.append(Edge(nid(d["u"]), nid(target), directed=True, role=d["role"], action=act,
                              **EDGE_STYLE.get(d["role"], {})).options)
        task = head_by_iri.get(d["t"] or "", {}).get("label") or (teams.get(d["team"] or "", {}) or {}).get("label", "")
        dl[nid(d["u"])].append({"role": d["role"], "task": task, "line": d["line"], "quote": d["clause"] or d["quote"],
                                "plan": d["plan"]})
    for h in headings:
        if h["kind"] != "annex" and h["h"] in task_action:
            net.edges.append(Edge(nid(h["h"]), task_action[h["h"]], directed=False, role="part_of",
                                  action=task_action[h["h"]], **EDGE_STYLE["part_of"]).options)
    for i in indicators:
        if nid(i["t"]) in pos:
            net.edges.append(Edge(nid(i["i"]), nid(i["t"]), directed=False, role="target",
                                  action=task_action.get(i["t"], ""), **EDGE_STYLE["target"]).options)

    big = len(net.nodes) > large
    roles = [r for r in ROLE_LABELS if any(e["role"] == r for e in net.edges)]
    title = titles[0] if len(titles) == 1 else f"{len(plans)} plans"
    return {
        "title": title,
        "nodes": net.nodes,
        "edges": net.edges,
        "duties": dl,
        "actions": [{"id": a["id"], "label": a["label"]} for a in actions.values()],
        "roles": roles,
        "roleLabels": {r: ROLE_LABELS[r] for r in roles},
        "types": [
            {"name": "action", "label": "行动 actions", "on": True},
            {"name": "task", "label": "任务 tasks", "on": not big},
            {"name": "unit", "label": "单位 units", "on": True},
            {"name": "team", "label": "专班 teams", "on": True},
            {"name": "indicator", "label": "指标 targets", "on": False},
        ],
        "notice": (f"{len(net.nodes)} nodes: opened on units and teams; tick 任务 tasks to see them" if big else ""),
        "legend": {
            "nodes": [{"label": k, "color": c} for k, c in KIND_COLORS.items()]
            + [{"label": g, "color": s["color"]} for g, s in GROUP_STYLE.items()],
            "edges": [{"label": ROLE_LABELS[r], "color": EDGE_STYLE[r]["color"],
                       "style": "solid" if not EDGE_STYLE[r]["dashes"] else
                       ("dotted" if EDGE_STYLE[r]["dashes"][0] <= 2 else "dashed")} for r in roles],
        },
        "options": {
            "physics": {"enabled": False, "stabilization": {"enabled": True, "iterations": 150}},
            "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
            "nodes": {"font": {"size": 12, "face": "Noto Sans CJK SC, sans-serif"}},
            "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}},
            "layout": {"improvedLayout": False},
        },
    }


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


def write_page(store: GraphStore, path: Path) -> None:
    path.write_text(page_html(explorer_data(store)), encoding="utf-8")
