"""Answers to the analysts' questions, networkx-style: convert the graph once, then small functions.

:func:`load` reads a built graph (through SPARQL) into a :class:`Plan`: a networkx
``MultiDiGraph`` with one node per unit, task (heading) and work team and one edge per
responsibility (unit -> task or unit -> team, with its role (a :class:`~extract.records.Role`),
line and quote).  Every other function takes that graph first and returns typed results: the
frozen dataclasses of :mod:`kg._answers` (:class:`DutyList`, :class:`LeadsTable`,
:class:`ActionView`, :class:`TeamView`, :class:`UnitLoad`, :class:`ChainPath`,
:class:`CommandChain`), each turned into plain data by its ``to_dict()``.

Exceptions: :class:`UnitNotFound` (no unit matches; carries the closest names) and
:class:`AmbiguousUnit` (a fragment matches several units; carries the candidates), both
:class:`extract.errors.KGError`.

>>> G = toy()
>>> [r.unit for r in overload(G)][:2]
['发改局', '财政局']
>>> [s.task for s in chain(G, "财政局", "科工局")[0].steps]
['任务一', '任务二']
"""

from __future__ import annotations

import difflib
import itertools
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx

from extract.errors import KGError
from extract.records import SUPPORT_ROLES, TASK_ROLES, TEAM_ROLES, WORK_ROLES, HeadingKind, Role, UnitKind

from ._answers import (
    ActionTask,
    ActionView,
    ChainPath,
    ChainStep,
    CommandChain,
    CommandTask,
    CommandTeam,
    DutyEntry,
    DutyList,
    Gap,
    LeadingGroup,
    LeadsTable,
    LedTask,
    TaskLeads,
    TeamSeat,
    TeamView,
    UnitLeads,
    UnitLoad,
)
from .lists import PREFIX
from .store import GraphStore
from .weights import ROLE_WEIGHTS

_TASK_KINDS = frozenset({HeadingKind.task, HeadingKind.subtask})  # headings that hold duties

__all__ = [
    "ROLE_WEIGHTS",
    "ActionTask",
    "ActionView",
    "AmbiguousUnit",
    "ChainPath",
    "ChainStep",
    "CommandChain",
    "CommandTask",
    "CommandTeam",
    "DutyEntry",
    "DutyList",
    "LeadingGroup",
    "LeadsTable",
    "LedTask",
    "Plan",
    "TaskLeads",
    "TeamSeat",
    "TeamView",
    "UnitLeads",
    "UnitLoad",
    "UnitNotFound",
    "abbreviates",
    "actions",
    "chain",
    "command_chain",
    "duty_list",
    "duty_lists",
    "find_unit",
    "find_units",
    "leads",
    "load",
    "load_score",
    "overload",
    "partners",
    "plans_of",
    "teams",
    "toy",
]

#: the kind of a task node standing for a line that states duties under no heading (no HeadingKind: no heading)
LINE_TASK = "line"

# the role groups live with the Role enum (extract.records), shared by both packages
TASK_ORDER = tuple(r for r in Role if r in TASK_ROLES)


class UnitNotFound(KGError):
    """No unit has this name; ``suggestions`` holds the closest names."""

    code = "KG510"

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean: {'、'.join(suggestions)}" if suggestions else ""
        super().__init__(f"no unit named “{name}”{hint}")
        self.suggestions = suggestions


class AmbiguousUnit(KGError):
    """A fragment names several units; ``candidates`` lists them."""

    code = "KG511"

    def __init__(self, name: str, candidates: list[str]) -> None:
        super().__init__(f"“{name}” matches {len(candidates)} units: {'、'.join(candidates)}; give a longer name")
        self.candidates = candidates


@dataclass(frozen=True)
class Plan:
    """A loaded plan graph: the networkx graph and lookups by name."""

    G: nx.MultiDiGraph
    labels: dict[str, set[str]]  # unit node -> every surface form and name


_ALL = PREFIX + """
SELECT ?d ?u ?uname ?ukind ?role ?line ?quote ?stated ?cline ?clause ?surface ?t ?tline ?tlabel ?ttext ?tkind ?annex ?aline ?atitle
       ?actno ?team ?teamname ?teamkind ?ind ?quota ?plan WHERE {
  ?d a kgo:Responsibility ; kgo:unit ?u ; kgo:role ?r ; kgo:line ?line ; kgo:surfaceForm ?surface ;
     kgo:inPlan ?p ; prov:wasDerivedFrom/oa:hasSelector/oa:exact ?quote .
  ?p kgo:sourceName ?plan .
  ?u skos:prefLabel ?uname ; kgo:unitKind ?k .
  BIND(STRAFTER(STR(?r), "#") AS ?role)
  BIND(STRAFTER(STR(?k), "#") AS ?ukind)
  OPTIONAL { ?d kgo:statedIn ?stated . ?stated kgo:line ?cline ; oa:hasSelector/oa:exact ?clause }
  OPTIONAL { ?d kgo:task ?t . ?t kgo:line ?tline ; rdfs:label ?tlabel ; kgo:text ?ttext ; kgo:headingKind ?tkind .
             OPTIONAL { ?t kgo:inAnnex ?annex . ?annex kgo:line ?aline ; rdfs:label ?atitle .
                        OPTIONAL { ?annex kgo:action/kgo:number ?actno } } }
  OPTIONAL { ?d kgo:team ?team . ?team rdfs:label ?teamname ; kgo:teamKind ?teamkind }
  OPTIONAL { ?d kgo:indicator/rdfs:label ?ind }
  OPTIONAL { ?d kgo:quotaText ?quota }
}
"""
_LABELS = PREFIX + """
SELECT ?u ?l WHERE { ?u a ?c ; kgo:unitKind ?k . { ?u skos:prefLabel ?l } UNION { ?u skos:altLabel ?l } }
"""
_TASK_FACTS = PREFIX + """
SELECT ?t ?kind ?value ?measure ?name ?date ?pos WHERE {
  { ?i a kgo:Indicator ; kgo:forTask ?t ; kgo:valueText ?value ; rdfs:label ?name ;
       sdmx-attribute:unitMeasure/skos:prefLabel ?measure ;
       prov:wasDerivedFrom/oa:hasSelector/oa:start ?pos . BIND("indicator" AS ?kind) }
  UNION
  { ?t kgo:deadline ?dl . { ?dl time:inXSDDate ?date } UNION { ?dl time:hasEnd/time:inXSDDate ?date }
    ?dl rdfs:label ?name ; prov:wasDerivedFrom/oa:hasSelector/oa:start ?pos . BIND("deadline" AS ?kind) }
} ORDER BY ?pos
"""
# each plan's unit and the office across plans it names (a corpus build, see kg.offices)
_OFFICES = PREFIX + """
SELECT ?u ?o ?ul ?oname WHERE { ?u skos:exactMatch ?o ; skos:prefLabel ?ul . ?o a kgo:Office ; skos:prefLabel ?oname }
"""
_HEADINGS = PREFIX + """
SELECT ?t ?line ?label ?kind ?parent ?annex ?aline ?atitle ?actno ?plan WHERE {
  ?t kgo:headingKind ?kind ; kgo:line ?line ; rdfs:label ?label ; kgo:inPlan/kgo:sourceName ?plan .
  OPTIONAL { ?t kgo:parent ?parent }
  OPTIONAL { ?t kgo:inAnnex ?annex . ?annex kgo:line ?aline ; rdfs:label ?atitle .
             OPTIONAL { ?annex kgo:action/kgo:number ?actno } }
}
"""


def _office_of(store: GraphStore) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Unit -> its office node, office -> the name its plans use most, office -> its full name."""
    canon: dict[str, str] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    full: dict[str, str] = {}
    for r in store.select(_OFFICES):
        canon[r["u"]] = r["o"]
        names[r["o"]][r["ul"]] += 1
        full[r["o"]] = r["oname"]
    # the name its plans use most; on a tie, one written with the level (市发改局), then the shortest
    label = {o: min(c, key=lambda x: (-c[x], x[:1] not in "省市州县区镇乡", len(x), x)) for o, c in names.items()}
    return canon, label, full


def load(store: GraphStore) -> Plan:
    """Read a built graph into a networkx graph (one node per unit, task and team).

    In a corpus, the units of several plans that name one office (``skos:exactMatch`` the same
    ``kgo:Office``) are one node, labelled with the name the plans use most.
    """
    canon, office_label, office_name = _office_of(store)
    G = nx.MultiDiGraph()
    for h in store.select(_HEADINGS):
        G.add_node(h["t"], type="task", line=h["line"], label=h["label"], kind=h["kind"], parent=h["parent"],
                   annex=h["annex"], annex_line=h["aline"],
                   action=h["actno"] or (str(h["aline"]) if h["aline"] else None),
                   action_title=h["atitle"], plan=h["plan"], indicators=[], deadlines=[], text=None)
    for r in store.select(_ALL):
        u = canon.get(r["u"], r["u"])
        if u not in G:
            G.add_node(u, type="unit", label=office_label.get(u, r["uname"]), kind=r["ukind"],
                       office=office_name.get(u))
        role = Role(r["role"])  # one place where the graph's role names become the enum
        target = r["team"] if role in TEAM_ROLES and r["team"] else r["t"]
        if target is None and role in TEAM_ROLES:
            continue
        if target is None:
            # a duty under no heading (a table pasted with no heading, a paragraph before the first one): the line
            # that states it is its task, so the unit's duty list, the leads and the chains still hold it
            # (the clause stating it: a table row's task cell, shared by the row's units)
            target = r["stated"] or f"{r['plan']}#line-{r['line']}"
            if target not in G:
                G.add_node(target, type="task", line=r["cline"] or r["line"], label=_short(r["clause"] or r["quote"], 60),
                           kind=LINE_TASK, parent=None, plan=r["plan"], indicators=[], deadlines=[], action=None,
                           action_title=None, text=r["clause"] or r["quote"])
        if r["team"] and r["team"] not in G:
            G.add_node(r["team"], type="team", label=r["teamname"], kind=r["teamkind"])
        if target not in G:
            G.add_node(target, type="task", line=r["tline"], label=r["tlabel"], kind=r["tkind"], plan=r["plan"],
                       indicators=[], deadlines=[], action=None, action_title=None)
        if G.nodes[target].get("type") == "task" and r["ttext"]:
            G.nodes[target]["text"] = r["ttext"]
        G.add_edge(u, target, key=r["d"], role=role, line=r["line"], quote=r["clause"] or r["quote"],
                   surface=r["surface"],
                   task=r["t"], team=r["team"], indicator=r["ind"], quota=r["quota"], plan=r["plan"])
    for f in store.select(_TASK_FACTS):
        t = f["t"]
        if t in G:
            if f["kind"] == "indicator":
                G.nodes[t]["indicators"].append(f"{f['name']} {f['value']}{f['measure']}")
            else:
                G.nodes[t]["deadlines"].append(f"{f['name']}({f['date']})")
    labels: dict[str, set[str]] = defaultdict(set)
    for r in store.select(_LABELS):
        labels[canon.get(r["u"], r["u"])].add(r["l"])
    for o, full in office_name.items():
        labels[o].add(full)  # 临湘市发展和改革局 finds the office whatever its plans wrote
    return Plan(G, dict(labels))


# ------------------------------------------------------------------ units

def _units(plan: Plan) -> list[str]:
    return [n for n, d in plan.G.nodes(data=True) if d.get("type") == "unit"]


def _norm(s: str) -> str:
    """A name as compared: no spaces, Simplified script, ASCII punctuation (發改局 -> 发改局)."""
    from extract.read import normalise

    return normalise(re.sub(r"\s+", "", s))


def _split_name(name: str) -> tuple[str, str, str]:
    """(administrative prefix, core, unit suffix) of a unit name, by the lexicon's general patterns.

    >>> _split_name("市发展和改革局")
    ('市', '发展和改革', '局')
    """
    from extract.lexicon import load_lexicon

    lex = load_lexicon()
    prefix = max((w for w in lex.prefixes if name.startswith(w) and len(w) < len(name)), key=len, default="")
    rest = name[len(prefix):]
    suffix = max((w for w in lex.unit_suffixes if rest.endswith(w) and len(w) < len(rest)), key=len, default="")
    return prefix, rest[: len(rest) - len(suffix)], suffix


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of ``short`` appear in ``long`` in order, starting with its first."""
    chars = iter(long)
    return bool(short) and short[0] == long[:1] and all(ch in chars for ch in short)


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an abbreviation of the unit name ``long`` (市发改局 of 市发展和改革局).

    The general rule of official abbreviations: the same administrative prefix (or none on one
    side), and the characters of the short core and of the short unit suffix found in order in the
    long ones, each starting with the same character (发展和改革 -> 发改, 办公室 -> 办).

    >>> abbreviates("市发改局", "市发展和改革局"), abbreviates("发改局", "市发展和改革局")
    (True, True)
    >>> abbreviates("市政府办", "市政府办公室"), abbreviates("市发改委", "市发展和改革委员会")
    (True, True)
    >>> abbreviates("市发改局", "县发展和改革局"), abbreviates("市发改委", "市发展和改革局")
    (False, False)
    """
    sp, sc, ss = _split_name(short)
    lp, lc, ls = _split_name(long)
    if sp and lp and sp != lp:
        return False
    if not ss or not ls or (sc, ss) == (lc, ls):
        return False
    return _in_order(sc, lc) and _in_order(ss, ls)


def abbreviation_key(name: str) -> tuple[str, str] | None:
    """What two names must share for one to abbreviate the other (:func:`abbreviates`): the first
    character of the core and of the unit suffix; None when the name cannot take part in one.

    >>> abbreviation_key("市发改局"), abbreviation_key("市发展和改革局"), abbreviation_key("政府")
    (('发', '局'), ('发', '局'), None)
    """
    _, core, suffix = _split_name(name)
    return (core[0], suffix[0]) if core and suffix else None


def find_units(plan: Plan, name: str) -> list[str]:
    """Every unit node answering to ``name`` (in a corpus, the same office in each plan).

    Names are compared in Simplified script without spaces (發改局 is 发改局).  An exact match of
    any written form wins; else a fragment that points to one name (发改局 -> 市发改局; when one
    candidate's name is inside all the others, that one); else an abbreviation either way
    (市发展和改革局 -> 市发改局, see :func:`abbreviates`).
    Raises :class:`UnitNotFound` (with the closest names) or :class:`AmbiguousUnit`.
    """
    q = _norm(name)
    if not q:
        raise UnitNotFound(name, [])
    nodes = _units(plan)

    def forms(n: str) -> set[str]:
        return {_norm(x) for x in plan.labels.get(n, {_label(plan, n)})}

    def one_name(cands: list[str]) -> list[str]:
        names = {_norm(_label(plan, n)) for n in cands}
        if len(names) == 1:
            return sorted(cands)
        shortest = min(names, key=len)
        if all(shortest in x for x in names):
            return sorted(n for n in cands if _norm(_label(plan, n)) == shortest)
        raise AmbiguousUnit(name, sorted({_label(plan, n) for n in cands}))

    def one_office(cands: list[str]) -> list[str]:
        # one name in plans of two jurisdictions (市发改局 of 临湘市 and of 岳阳市) is two offices
        offices = {str(plan.G.nodes[n]["office"]) for n in cands if plan.G.nodes[n].get("office")}
        if len(offices) > 1:
            raise AmbiguousUnit(name, sorted(offices))
        return cands

    exact = one_office([n for n in nodes if q in forms(n)])
    if exact:
        names = {_norm(_label(plan, n)) for n in exact}
        if len(names) > 1:
            raise AmbiguousUnit(name, sorted({_label(plan, n) for n in exact}))
        return sorted(exact)
    frag = [n for n in nodes if any(q in x for x in forms(n))]
    if frag:
        return one_office(one_name(frag))
    short = [n for n in nodes if any(abbreviates(q, x) or abbreviates(x, q) for x in forms(n))]
    if short:
        return one_office(one_name(short))
    all_names = sorted({x for n in nodes for x in plan.labels.get(n, {_label(plan, n)})})
    raise UnitNotFound(name, difflib.get_close_matches(q, all_names, n=5, cutoff=0.4))


def find_unit(plan: Plan, name: str) -> str:
    """The unit node called ``name`` (the first plan's, in a corpus); see :func:`find_units`."""
    return find_units(plan, name)[0]


def _label(plan: Plan, n: str) -> str:
    return str(plan.G.nodes[n].get("label"))


def _task_edges(plan: Plan, unit: str) -> list[tuple[str, dict[str, Any]]]:
    return [(t, d) for _, t, d in plan.G.out_edges(unit, data=True) if plan.G.nodes[t].get("type") == "task"]


# ------------------------------------------------------------------ duty list

def _short(label: str, n: int = 16) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def _descendants(children: dict[str, list[str]], t: str) -> list[str]:
    out, todo = [], list(children.get(t, ()))
    while todo:
        c = todo.pop()
        out.append(c)
        todo.extend(children.get(c, ()))
    return out


def _ancestors(plan: Plan, t: str) -> list[str]:
    out = []
    cur = plan.G.nodes[t].get("parent")
    while cur and cur in plan.G:
        out.append(cur)
        cur = plan.G.nodes[cur].get("parent")
    return out[::-1]


def duty_list(plan: Plan, unit: str) -> DutyList:
    """A unit's complete duty list: every duty with its action, section, task, role, indicators,
    deadlines and source line; and the teams the unit sits in.

    ``unit`` is any name or fragment (see :func:`find_unit`).

    >>> dl = duty_list(toy(), "财政")
    >>> dl.unit, [(d.task, d.role.value, d.leads) for d in dl.duties]
    ('财政局', [('任务一', 'co', ('发改局',)), ('任务三', 'shared', ())])
    """
    return _duty_list_of(plan, find_units(plan, unit))


def duty_lists(plan: Plan) -> list[DutyList]:
    """Every unit's duty list (as :func:`duty_list`), in the order the units first appear.

    In a corpus, the units of one name in several plans make one list.

    >>> [dl.unit for dl in duty_lists(toy())]
    ['发改局', '财政局', '科工局']
    """
    by_name: dict[str, list[str]] = defaultdict(list)
    for n in _units(plan):
        # one list per office (市发改局 of 临湘市 and of 岳阳市 are two), else per name
        by_name[plan.G.nodes[n].get("office") or _label(plan, n)].append(n)
    children = _children(plan)
    lists = [_duty_list_of(plan, sorted(ns), children) for ns in by_name.values()]

    def first(dl: DutyList) -> tuple[bool, str, int]:
        seen = [(r.plan, r.line) for r in dl.duties] + [(t.plan, t.line) for t in dl.teams]
        plan_name, line = min(seen) if seen else ("", 0)
        return (not seen, plan_name, line)

    return sorted(lists, key=first)


def _children(plan: Plan) -> dict[str, list[str]]:
    """Heading -> the headings right under it."""
    children: dict[str, list[str]] = defaultdict(list)
    for n, data in plan.G.nodes(data=True):
        if data.get("type") == "task" and data.get("parent"):
            children[data["parent"]].append(n)
    return children


def _duty_list_of(plan: Plan, us: list[str], children: dict[str, list[str]] | None = None) -> DutyList:
    """The duty list of the unit nodes ``us`` (one unit, in one or several plans)."""
    G = plan.G
    u = us[0]
    kids = _children(plan) if children is None else children
    edges = sorted(((t, d, v) for v in us for t, d in _task_edges(plan, v)), key=lambda x: (x[1]["plan"], x[1]["line"]))
    seats = [TeamSeat(_label(plan, t), d["role"], d["line"], d["quote"], d["plan"])
             for v in us for _, t, d in G.out_edges(v, data=True) if G.nodes[t].get("type") == "team"]
    names = sorted({x for v in us for x in plan.labels.get(v, {_label(plan, v)})})
    return DutyList(unit=_label(plan, u), kind=G.nodes[u].get("kind"), names=tuple(names), plans=len(us),
                    office=G.nodes[u].get("office"),
                    duties=tuple(_duty_entry(plan, t, d, owner, kids) for t, d, owner in edges),
                    teams=tuple(sorted(seats, key=lambda s: (s.plan, s.line))))


def _duty_entry(plan: Plan, t: str, d: dict[str, Any], owner: str, children: dict[str, list[str]]) -> DutyEntry:
    """The duty ``d`` of the unit node ``owner`` on the task ``t``."""
    G = plan.G
    node = G.nodes[t]
    section = next((G.nodes[a]["label"] for a in [*_ancestors(plan, t), t] if G.nodes[a].get("kind") == HeadingKind.section), "")
    others: dict[Role, list[str]] = defaultdict(list)
    for v, _, e in G.in_edges(t, data=True):
        if v != owner and e["role"] in WORK_ROLES:
            others[e["role"]].append(_label(plan, v))
    if d.get("indicator"):
        indicators = [f"{d['indicator']} {d['quota']}"] if d.get("quota") else [d["indicator"]]
    else:
        indicators = node.get("indicators", [])
    # a role declared on a heading (一、王宏副市长牵头重点工作) governs the tasks under it
    under = sorted(_descendants(children, t), key=lambda c: G.nodes[c].get("line") or 0) \
        if d["line"] == node.get("line") else []
    return DutyEntry(
        action=node.get("action_title") or "",
        action_number=node.get("action") or "",
        section=section,
        task=node.get("label"),
        task_line=node.get("line"),
        task_text=node.get("text") or node.get("label"),
        role=d["role"],
        leads=tuple(sorted({*others[Role.lead], *([_label(plan, owner)] if d["role"] == Role.lead else [])})),
        supporting=tuple(sorted({x for r in SUPPORT_ROLES for x in others[r]})),
        indicators=tuple(indicators),
        deadlines=tuple(node.get("deadlines", [])),
        line=d["line"],
        quote=d["quote"],
        plan=d["plan"],
        applies_to=tuple(f"{_short(G.nodes[c].get('label') or '')} (line {G.nodes[c].get('line')})" for c in under),
    )


# ------------------------------------------------------------------ leads

def leads(plan: Plan, action: str | None = None) -> LeadsTable:
    """Who leads what: per unit the tasks it leads, per task its leads, and the gaps.

    Gaps are tasks (task/subtask headings, and sections or subsections that carry duties of
    their own) with no lead, split into those that still have responsible units and those
    with none at all.

    >>> table = leads(toy())
    >>> [(r.unit, r.count) for r in table.by_unit], [r.task for r in table.no_lead]
    ([('发改局', 2)], ['任务三'])
    """
    G = plan.G
    tasks = [n for n, d in G.nodes(data=True) if d.get("type") == "task"]
    if action is not None:
        tasks = [t for t in tasks if str(G.nodes[t].get("action")) == str(action)]
    # a heading over tasks that carry duties is no gap itself
    above_duties = {a for t in tasks if any(e["role"] in TASK_ROLES for _, _, e in G.in_edges(t, data=True))
                    for a in _ancestors(plan, t)}
    by_unit: dict[str, list[LedTask]] = defaultdict(list)
    by_task: list[TaskLeads] = []
    no_lead: list[TaskLeads] = []
    no_unit: list[TaskLeads] = []
    for t in sorted(tasks, key=lambda n: (G.nodes[n].get("plan") or "", G.nodes[n]["line"])):
        node = G.nodes[t]
        edges = [(v, e) for v, _, e in G.in_edges(t, data=True)]
        row = TaskLeads(line=node["line"], task=node["label"], kind=node.get("kind"), action=node.get("action"),
                        leads=tuple(sorted({_label(plan, v) for v, e in edges if e["role"] == Role.lead})),
                        responsible=tuple(sorted({_label(plan, v) for v, e in edges if e["role"] in SUPPORT_ROLES})),
                        plan=node.get("plan"))
        if row.leads:
            by_task.append(row)
            for v, e in edges:
                if e["role"] == Role.lead:
                    by_unit[_label(plan, v)].append(LedTask(row.line, row.task, row.action, row.plan))
        elif (node.get("kind") in _TASK_KINDS or edges) and t not in above_duties:
            (no_lead if row.responsible else no_unit).append(row)
    units = sorted((UnitLeads(k, tuple(v), len(v)) for k, v in by_unit.items()), key=lambda r: (-r.count, r.unit))
    return LeadsTable(tuple(units), tuple(by_task), tuple(no_lead), tuple(no_unit))


# ------------------------------------------------------------------ actions and teams

def actions(plan: Plan) -> list[ActionView]:
    """The plan's actions (one per annex, and the main text of each plan) with their tasks.

    A task here is a task or subtask heading, or any heading that carries duties. Each task
    lists its units with their roles, and ``gap`` says ``"no_lead"`` or ``"no_unit"`` when
    :func:`leads` counts it as a gap (otherwise ``""``). Actions and tasks carry an ``id``: a
    task's node, an action's annex heading (``<plan>#main`` for the main text of a plan).

    >>> [(a.number, [t.label for t in a.tasks]) for a in actions(toy())]
    [('1', ['任务一', '任务二', '任务三'])]
    >>> actions(toy())[0].tasks[2].gap
    'no_lead'
    """
    G = plan.G
    gaps = leads(plan)
    gap: dict[tuple[str, int], Gap] = {(r.plan, r.line): "no_lead" for r in gaps.no_lead}
    gap |= {(r.plan, r.line): "no_unit" for r in gaps.no_unit}
    heads: dict[tuple[str, str], dict[str, Any]] = {}  # an action -> its first task's node, which names it
    listed: dict[tuple[str, str], list[ActionTask]] = defaultdict(list)
    tasks = [(n, d) for n, d in G.nodes(data=True) if d.get("type") == "task" and d.get("kind") != HeadingKind.annex]
    for n, d in sorted(tasks, key=lambda x: (x[1].get("plan") or "", x[1].get("line") or 0)):
        edges = [(v, e["role"]) for v, _, e in G.in_edges(n, data=True)]
        where = (d.get("plan") or "", d.get("line"))
        if not edges and d.get("kind") not in _TASK_KINDS and where not in gap:
            continue
        key = (d.get("plan") or "", str(d.get("annex_line") or ""))
        heads.setdefault(key, d)
        listed[key].append(ActionTask(id=n, label=d.get("label") or "", text=d.get("text") or d.get("label") or "",
                                      line=d.get("line"), kind=d.get("kind"),
                                      units=tuple(sorted({(_label(plan, v), r) for v, r in edges},
                                                         key=lambda x: (x[1], x[0]))),
                                      gap=gap.get(where, "")))
    out = [ActionView(id=d.get("annex") or f"{d.get('plan') or ''}#main", plan=d.get("plan") or "",
                      number=d.get("action") or "", title=d.get("action_title") or "", tasks=tuple(listed[key]))
           for key, d in heads.items()]
    return sorted(out, key=lambda a: (a.plan, a.number != "", int(a.number) if str(a.number).isdigit() else 0,
                                      a.title))


def teams(plan: Plan) -> list[TeamView]:
    """Work teams with their seats: the team, its kind, and its members as (unit, role) pairs.

    >>> teams(toy())
    []
    """
    G = plan.G
    out = [TeamView(team=d.get("label") or "", kind=d.get("kind") or "",
                    members=tuple(sorted({(_label(plan, v), e["role"]) for v, _, e in G.in_edges(n, data=True)})))
           for n, d in G.nodes(data=True) if d.get("type") == "team"]
    return sorted(out, key=lambda t: t.team)


# ------------------------------------------------------------------ overload

def partners(plan: Plan, unit: str) -> set[str]:
    """Units that share at least one task with ``unit``."""
    G = plan.G
    out: set[str] = set()
    for t, _ in _task_edges(plan, unit):
        out.update(v for v, _, _ in G.in_edges(t, data=True) if v != unit)
    return out


def _fence(scores: list[float]) -> float:
    """Tukey's upper fence Q3 + 1.5 IQR (inf when there are too few units to tell)."""
    if len(scores) < 4:
        return float("inf")
    q1, _, q3 = statistics.quantiles(scores, n=4, method="inclusive")
    return q3 + 1.5 * (q3 - q1)


def plans_of(plan: Plan) -> list[str]:
    """The plans (source file names) a loaded graph holds.

    >>> plans_of(toy())
    ['toy']
    """
    return sorted({str(d["plan"]) for _, d in plan.G.nodes(data=True) if d.get("type") == "task" and d.get("plan")})


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name else name


def _action_name(plan: Plan, t: str, corpus: bool) -> str:
    """The action a task belongs to, named by its plan (in a corpus) and its number and title."""
    node = plan.G.nodes[t]
    if node.get("type") != "task":
        where = "(teams)"
    else:
        act, title = node.get("action"), node.get("action_title")
        where = f"{act}·{_short(str(title), 10)}" if act and title else (str(act) if act else "(main plan)")
    return f"{_stem(str(node.get('plan') or ''))}: {where}" if corpus and node.get("plan") else where


def load_score(plan: Plan, unit: str, weights: dict[Role, float] | None = None) -> float:
    """The load of the unit node ``unit``: the weighted sum of its roles (:data:`ROLE_WEIGHTS`).

    >>> load_score(toy(), "发改局")
    6.0
    """
    w = ROLE_WEIGHTS | (weights or {})
    return round(sum(w.get(e["role"], 0.0) for _, _, e in plan.G.out_edges(unit, data=True)), 2)


def overload(plan: Plan, top: int | None = None, weights: dict[Role, float] | None = None,
             collectives: bool = False) -> list[UnitLoad]:
    """Units ranked by load: the weighted sum of their roles (:data:`ROLE_WEIGHTS`).

    Each row has the score, the count per role, the count per action (named by its plan in a
    corpus), the plans, the number of distinct partner units, and ``outlier`` when the score is
    above Tukey's upper fence (Q3 + 1.5 x IQR of all units' scores).  Collectives (各街道,
    区直各部门) are several units named as one: they are not ranked unless ``collectives``.

    >>> [(r.unit, r.score, r.roles) for r in overload(toy())][:2]
    [('发改局', 6.0, {<Role.lead: 'lead'>: 2}), ('财政局', 3.0, {<Role.co: 'co'>: 1, <Role.shared: 'shared'>: 1})]
    """
    G = plan.G
    corpus = len(plans_of(plan)) > 1
    counted = []
    for u in _units(plan):
        if G.nodes[u].get("kind") == UnitKind.collective and not collectives:
            continue
        roles: Counter[Role] = Counter()
        by_action: Counter[str] = Counter()
        for _, t, e in G.out_edges(u, data=True):
            roles[e["role"]] += 1
            by_action[_action_name(plan, t, corpus)] += 1
        in_plans = sorted({str(e["plan"]) for _, _, e in G.out_edges(u, data=True) if e.get("plan")})
        counted.append((u, round(load_score(plan, u, weights), 2), roles, by_action, in_plans))
    fence = _fence([score for _, score, *_ in counted])
    rows = [UnitLoad(unit=_label(plan, u), kind=G.nodes[u].get("kind"), score=score,
                     roles=dict(sorted(roles.items())), by_action=dict(sorted(by_action.items())),
                     plans=tuple(in_plans), partners=len(partners(plan, u)),
                     tasks=sum(roles[r] for r in TASK_ORDER), outlier=score > fence,
                     fence=round(fence, 2) if fence != float("inf") else None)
            for u, score, roles, by_action, in_plans in counted]
    rows.sort(key=lambda r: (-r.score, r.unit))
    return rows[:top] if top else rows


# ------------------------------------------------------------------ chains

def _unit_graph(plan: Plan, collectives: bool = False) -> nx.Graph:
    """Units linked when they share a task (edge attribute ``tasks``: the shared task nodes).

    A collective (各街道) is several units named as one: it links no one unless ``collectives``.
    """
    G = plan.G
    H = nx.Graph()
    for t, d in G.nodes(data=True):
        if d.get("type") != "task":
            continue
        us = sorted({v for v, _, e in G.in_edges(t, data=True) if e["role"] in WORK_ROLES
                     and (collectives or G.nodes[v].get("kind") != UnitKind.collective)})
        for i, a in enumerate(us):
            H.add_node(a)
            for b in us[i + 1 :]:
                if H.has_edge(a, b):
                    H[a][b]["tasks"].append(t)
                else:
                    H.add_edge(a, b, tasks=[t])
    return H


def chain(plan: Plan, a: str, b: str, limit: int = 5, collectives: bool = False) -> list[ChainPath]:
    """The shortest chains of units linking ``a`` to ``b`` through shared tasks.

    Each chain has its units and one step per pair of neighbours; a step names one task the two
    units share (the first in document order).  Collectives are never a link unless ``collectives``.

    >>> [(s.from_unit, s.to_unit, s.task) for s in chain(toy(), "财政局", "科工局")[0].steps]
    [('财政局', '发改局', '任务一'), ('发改局', '科工局', '任务二')]
    """
    H = _unit_graph(plan, collectives)
    # in a corpus a name may answer in several plans: the closest pair of its nodes
    pairs = [(x, y) for x in find_units(plan, a) for y in find_units(plan, b)
             if x in H and y in H and x != y and nx.has_path(H, x, y)]
    if not pairs:
        return []
    ua, ub = min(pairs, key=lambda xy: nx.shortest_path_length(H, *xy))
    try:
        return [ChainPath(units=tuple(_label(plan, n) for n in path),
                          steps=tuple(_chain_step(plan, H, x, y) for x, y in itertools.pairwise(path)))
                for path in itertools.islice(nx.all_shortest_paths(H, ua, ub), max(limit, 0))]
    except nx.NetworkXNoPath:
        return []


def _chain_step(plan: Plan, H: nx.Graph, x: str, y: str) -> ChainStep:
    """The step from unit ``x`` to unit ``y`` of a chain: the first task they share."""
    nodes = plan.G.nodes
    tasks = sorted(H[x][y]["tasks"], key=lambda t: (nodes[t].get("plan") or "", nodes[t]["line"]))
    first = nodes[tasks[0]]
    return ChainStep(from_unit=_label(plan, x), to_unit=_label(plan, y), task=first["label"], line=first["line"],
                     plan=first.get("plan"), shared_tasks=len(tasks))


#: the roles that head a team or leading group, and their deputies
_HEADS = frozenset({Role.convener, Role.leader})
_DEPUTIES = frozenset({Role.deputy_convener, Role.deputy_leader})
_OFFICE = frozenset({Role.office})


def command_chain(plan: Plan, unit: str) -> CommandChain:
    """A unit's chain of command: leading group -> work team -> office -> lead -> supporting units.

    For every team the unit sits in: the team's leaders/conveners, its office, and the
    leading group of the plan; for every task the unit works on: the lead and the
    supporting units.

    >>> cc = command_chain(toy(), "科工局")
    >>> [(t.task, t.role.value, t.leads, t.supporting) for t in cc.tasks]
    [('任务二', 'co', ('发改局',), ('科工局',))]
    """
    u = find_unit(plan, unit)
    G = plan.G

    def members(node: str, roles: frozenset[Role]) -> tuple[str, ...]:
        return tuple(sorted({_label(plan, v) for v, _, e in G.in_edges(node, data=True) if e["role"] in roles}))

    groups = [LeadingGroup(team=_label(plan, g), heads=members(g, _HEADS), office=members(g, _OFFICE))
              for g, d in G.nodes(data=True) if d.get("type") == "team" and d.get("kind") == "leading_group"]
    seats = [CommandTeam(team=_label(plan, t), role=e["role"], heads=members(t, _HEADS),
                         deputies=members(t, _DEPUTIES), office=members(t, _OFFICE))
             for _, t, e in G.out_edges(u, data=True) if G.nodes[t].get("type") == "team"]
    work = [CommandTask(task=G.nodes[t]["label"], line=G.nodes[t]["line"], role=e["role"], plan=G.nodes[t].get("plan"),
                        leads=members(t, frozenset({Role.lead})), supporting=members(t, SUPPORT_ROLES))
            for t, e in sorted(_task_edges(plan, u), key=lambda x: x[1]["line"])]
    return CommandChain(unit=_label(plan, u), leading_groups=tuple(groups), teams=tuple(seats), tasks=tuple(work))


def toy() -> Plan:
    """A three-task toy plan for doctests: 发改局 leads two tasks; 财政局 and 科工局 meet via 发改局."""
    G = nx.MultiDiGraph()
    for t, line in (("任务一", 1), ("任务二", 2), ("任务三", 3)):
        G.add_node(t, type="task", line=line, label=t, kind="task", parent=None, action="1", plan="toy",
                   indicators=[], deadlines=[], text=t)
    for u in ("发改局", "财政局", "科工局"):
        G.add_node(u, type="unit", label=u, kind=UnitKind.department.value)
    for u, t, role in (("发改局", "任务一", Role.lead), ("财政局", "任务一", Role.co), ("发改局", "任务二", Role.lead),
                       ("科工局", "任务二", Role.co), ("财政局", "任务三", Role.shared)):
        G.add_edge(u, t, role=role, line=G.nodes[t]["line"], quote=u, surface=u, task=t, team=None,
                   indicator=None, quota=None, plan="toy")
    return Plan(G, {u: {u} for u in ("发改局", "财政局", "科工局")})
