"""The graph for tools people explore with elsewhere: Gephi, Cytoscape, Neo4j, any RDF tool.

::

    export(store, "gexf", "plan.gexf")         # Gephi (networkx's GEXF writer)
    export(store, "graphml", "plan.graphml")   # Cytoscape, yEd (networkx's GraphML writer)
    export(store, "neo4j-csv", "neo4j/")       # a folder for `neo4j-admin database import`
    export(store, "jsonld", "plan.jsonld")     # every triple, with kg's prefixes as the @context

The first three hold what the HTML page shows (see :func:`export_graph`): units (kind, load,
duties, seats), actions, tasks and teams; one edge per duty, unit -> task or unit -> team, with
its role and provenance (line, quote, plan), and task -> action.  Attributes are scalars (a list
is joined with ；, a missing value left out), as GEXF and GraphML require.  JSON-LD is the whole
graph, triple for triple.

Every output is written atomically: a file through a temporary file beside it, the Neo4j folder
through :func:`kg.store.atomic_dir`.  Errors: :class:`UnknownFormat`, and
:class:`extract.errors.OutputError` for a path that cannot be written.

>>> from kg.analysis import toy
>>> G = export_graph(toy())
>>> G.number_of_nodes(), G.number_of_edges()
(7, 8)
>>> G.nodes["发改局"]["load"], G.nodes["发改局"]["duties"]
(6.0, 2)
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

import networkx as nx

from extract.errors import KGError, OutputError

from ._files import write_atomic
from .analysis import Plan, actions, load, load_score
from .store import CORPUS_STORE, GraphStore, atomic_dir, jsonld

__all__ = ["NEO4J_FILES", "Exported", "Format", "UnknownFormat", "export", "export_graph", "neo4j_command",
           "neo4j_tables"]


#: how a list (names, indicators, deadlines) is joined into one attribute
LIST_SEP = "；"


class Format(StrEnum):
    """The formats ``kg export`` writes."""

    gexf = "gexf"
    graphml = "graphml"
    neo4j_csv = "neo4j-csv"
    jsonld = "jsonld"


class UnknownFormat(KGError):
    """A format kg does not export; the message lists those it does."""

    code = "KG520"

    def __init__(self, fmt: str) -> None:
        super().__init__(f"cannot export as “{fmt}”: choose one of {', '.join(f.value for f in Format)}")


@dataclass(frozen=True)
class Exported:
    """What :func:`export` wrote: the format, the path, the files, and the graph's size.

    ``nodes`` and ``edges`` count the exported graph (for JSON-LD: 0 nodes and the triples as edges).
    """

    format: Format
    path: Path
    files: tuple[Path, ...]
    nodes: int
    edges: int


# ------------------------------------------------------------------ the graph

def _scalar(v: Any) -> Any:
    """A value GEXF and GraphML can hold: lists joined with ；, a role as its name, None stays None (then left out)."""
    if isinstance(v, (list, tuple, set)):
        return LIST_SEP.join(str(x) for x in v)
    if isinstance(v, Enum):
        return v.value
    return v


def _attrs(**kw: Any) -> dict[str, Any]:
    return {k: s for k, v in kw.items() if (s := _scalar(v)) is not None and s != ""}


def export_graph(plan: Plan) -> nx.MultiDiGraph:
    """The graph the page shows, with scalar attributes only: the one every export writes.

    Nodes (attribute ``type``): ``unit`` (label, kind, load, duties, seats, office, names),
    ``action`` (label, number, plan), ``task`` (label, line, plan, kind, text, action, gap,
    indicators, deadlines) and ``team`` (label, kind).  Edges: one per duty, keyed by its IRI,
    unit -> task (``relation`` ``duty``) or unit -> team (``seat``), with role, line, quote, plan
    and label (the role); and task -> action (``part_of``).
    """
    G = plan.G
    H = nx.MultiDiGraph()
    for u, d in G.nodes(data=True):
        if d.get("type") == "unit":
            outs = [G.nodes[t].get("type") for _, t in G.out_edges(u)]
            H.add_node(u, **_attrs(type="unit", label=d.get("label"), kind=d.get("kind"),
                                   load=float(load_score(plan, u)), duties=outs.count("task"),
                                   seats=outs.count("team"), office=d.get("office"),
                                   names=sorted(plan.labels.get(u, ()))))
        elif d.get("type") == "team":
            H.add_node(u, **_attrs(type="team", label=d.get("label"), kind=d.get("kind")))
    for a in actions(plan):
        H.add_node(a.id, **_attrs(type="action", label=a.title or "(main plan)", number=a.number, plan=a.plan))
        for t in a.tasks:
            H.add_node(t.id, **_task_attrs(G.nodes[t.id], gap=t.gap))
            H.add_edge(t.id, a.id, key=f"{t.id} part_of", **_attrs(relation="part_of", label="part_of"))
    for u, t, k, e in G.edges(keys=True, data=True):
        # a duty on an annex title lands on its action's node (the same IRI); on a heading no action lists, a task
        if t not in H:
            H.add_node(t, **_task_attrs(G.nodes[t], gap=""))
        kind = "seat" if G.nodes[t].get("type") == "team" else "duty"
        H.add_edge(u, t, key=k, **_attrs(relation=kind, label=e["role"], role=e["role"], line=e.get("line"),
                                         quote=e.get("quote"), plan=e.get("plan"), surface=e.get("surface")))
    return H


def _task_attrs(d: dict[str, Any], gap: str) -> dict[str, Any]:
    return _attrs(type="task", label=d.get("label"), line=d.get("line"), plan=d.get("plan"), kind=d.get("kind"),
                  text=d.get("text"), action=d.get("action"), gap=gap, indicators=d.get("indicators"),
                  deadlines=d.get("deadlines"))


# ------------------------------------------------------------------ Neo4j

#: node files and their typed columns (neo4j-admin's header format: ``name:type``, ``:ID``, ``:LABEL``)
_NODE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "unit": (("load", "float"), ("duties", "int"), ("seats", "int"), ("kind", ""), ("office", ""),
             ("names", "string[]")),
    "action": (("number", ""), ("plan", "")),
    "task": (("line", "int"), ("plan", ""), ("kind", ""), ("action", ""), ("gap", ""), ("text", ""),
             ("indicators", "string[]"), ("deadlines", "string[]")),
    "team": (("kind", ""),),
}
_EDGE_COLUMNS = (("role", ""), ("line", "int"), ("quote", ""), ("plan", ""), ("surface", ""))
#: the files of a Neo4j export, in the order ``neo4j-admin database import`` takes them
NEO4J_FILES = ("units.csv", "actions.csv", "tasks.csv", "teams.csv", "relationships.csv")


def _cell(v: Any, typ: str) -> str:
    """One CSV cell, on one line; an array's items joined with ; (the import tool's array delimiter)."""
    if v is None:
        return ""
    text = str(v)
    if typ.endswith("[]"):
        text = ";".join(x.replace(";", "；") for x in text.split(LIST_SEP) if x)
    return " ".join(text.splitlines())


def neo4j_tables(H: nx.MultiDiGraph) -> dict[str, str]:
    """The CSV files (name -> text) of :func:`export_graph`'s graph for ``neo4j-admin database import``.

    One node file per type (``id:ID,name,:LABEL,...``; the label is the type, capitalised) and one
    relationship file (``:START_ID,:END_ID,:TYPE,...``; the type is the role in capitals, LEAD, CO,
    MEMBER..., or PART_OF).  Typed columns say so in the header (``line:int``, ``load:float``,
    ``names:string[]``); an empty cell is a missing property.
    """
    files: dict[str, str] = {}
    for typ, cols in _NODE_COLUMNS.items():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id:ID", "name", ":LABEL", *(f"{c}:{t}" if t else c for c, t in cols)])
        for n, d in H.nodes(data=True):
            if d.get("type") == typ:
                w.writerow([n, _cell(d.get("label"), ""), typ.capitalize(), *(_cell(d.get(c), t) for c, t in cols)])
        files[f"{typ}s.csv"] = buf.getvalue()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([":START_ID", ":END_ID", ":TYPE", "id", *(f"{c}:{t}" if t else c for c, t in _EDGE_COLUMNS)])
    for u, v, k, e in H.edges(keys=True, data=True):
        rel = str(e.get("role") or e["relation"]).upper()
        w.writerow([u, v, rel, k, *(_cell(e.get(c), t) for c, t in _EDGE_COLUMNS)])
    files["relationships.csv"] = buf.getvalue()
    return files


def neo4j_command(folder: Path) -> str:
    """The ``neo4j-admin`` command that imports the folder written by :func:`export` (database ``neo4j``)."""
    nodes = " ".join(f"--nodes={folder / f}" for f in NEO4J_FILES[:-1])
    return f"neo4j-admin database import full neo4j {nodes} --relationships={folder / NEO4J_FILES[-1]}"


# ------------------------------------------------------------------ writing

def _refuse_inputs(store: GraphStore, out: Path) -> None:
    """An export never replaces the graph it reads: its Turtle, or anything inside its store folder."""
    target = out.resolve()
    for src in (p.resolve() for p in store.sources):
        stores = ([src.with_suffix(".oxigraph")] if src.is_file()
                  else [src / CORPUS_STORE] + ([src] if src.suffix == ".oxigraph" else []))
        if target == src or any(target.is_relative_to(s) for s in stores if s.is_dir()):
            raise OutputError(f"{out}: would overwrite the graph {src}; choose another path")


def export(store: GraphStore, fmt: str | Format, path: str | Path) -> Exported:
    """Write the graph of ``store`` as ``fmt`` (see :class:`Format`) to ``path`` (a folder for neo4j-csv).

    Raises :class:`UnknownFormat`, or :class:`extract.errors.OutputError` when ``path`` cannot be
    written (a folder where a file is needed or the reverse, read-only, the graph itself).
    """
    try:
        f = Format(fmt)
    except ValueError:
        raise UnknownFormat(str(fmt)) from None
    out = Path(path)
    _refuse_inputs(store, out)
    if f is Format.jsonld:
        from .prefixes import PREFIXES

        text = jsonld(store, PREFIXES)
        write_atomic(out, lambda p: p.write_text(text, encoding="utf-8"))
        return Exported(f, out, (out,), 0, len(store))
    H = export_graph(load(store))
    if f is Format.neo4j_csv:
        if out.exists() and not out.is_dir():
            raise OutputError(f"{out}: is a file; neo4j-csv writes a folder")
        tables = neo4j_tables(H)
        try:
            with atomic_dir(out) as tmp:
                for name, text in tables.items():
                    (tmp / name).write_text(text, encoding="utf-8")
        except OSError as e:
            raise OutputError(f"{out}: cannot write here ({e.strerror or type(e).__name__})") from None
        return Exported(f, out, tuple(out / n for n in tables), H.number_of_nodes(), H.number_of_edges())
    H.graph["name"] = "kg"
    writer = nx.write_gexf if f is Format.gexf else nx.write_graphml
    write_atomic(out, lambda p: writer(H, p))
    return Exported(f, out, (out,), H.number_of_nodes(), H.number_of_edges())

