"""Analysis commands of the CLI: duties UNIT, leads, overload, chain, query, push, check, diff, export, serve.

Each command parses its arguments, calls one library function and renders the result.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.errors import KGError
from extract.records import Role

from ._options import add_format, add_graph, graph_path
from .views.ledger import DUTY_LIST_COLUMNS, duty_list_rows, duty_list_text
from .weights import ROLE_WEIGHTS

if TYPE_CHECKING:
    from .analysis import Plan

__all__ = ["register", "run_duty_list", "run_full_ledger"]

_WEIGHTS_HELP = ", ".join(f"{r} {w:g}" for r, w in ROLE_WEIGHTS.items())


def _plan(graph: str) -> Plan:
    from .analysis import load
    from .store import open_store

    return load(open_store(graph))


def _write(text: str) -> None:
    sys.stdout.write(text)


def _join(v: Any) -> str:
    return "、".join(v) if isinstance(v, (list, tuple)) else ("" if v is None else str(v))


# ---------------------------------------------------------------- duties UNIT

def run_duty_list(args: argparse.Namespace, graph: str) -> int:
    from .analysis import duty_list
    from .views.format import render

    plan = _plan(graph)
    dl = duty_list(plan, args.unit)
    if args.format == "xlsx":
        from .views.ledger import write_ledger

        if not args.output:
            raise KGError("--format xlsx needs --output FILE.xlsx")
        write_ledger(dl, Path(args.output))
        _write(f"wrote {args.output}: {len(dl.duties)} duties of {dl.unit}\n")
        return 0
    if args.format in ("csv", "json"):
        _write(render(duty_list_rows(dl, joined=args.format == "csv"), DUTY_LIST_COLUMNS, args.format))
        return 0
    _write(duty_list_text(dl))
    return 0


def run_full_ledger(args: argparse.Namespace, graph: str) -> int:
    """``kg duties --format xlsx -o FILE`` with no unit: every unit's duties in one ledger."""
    from .analysis import duty_lists
    from .views.ledger import write_full_ledger

    if not args.output:
        raise KGError("--format xlsx needs --output FILE.xlsx")
    dls = duty_lists(_plan(graph))
    plans = sorted({r.plan for dl in dls for r in dl.duties})
    write_full_ledger(dls, Path(args.output), title=f"{'、'.join(plans)} 责任清单（全部单位）")
    _write(f"wrote {args.output}: {sum(len(dl.duties) for dl in dls)} duties of {len(dls)} units\n")
    return 0


# ---------------------------------------------------------------- leads

def cmd_leads(args: argparse.Namespace, graph: str) -> int:
    from .analysis import leads
    from .views.format import render

    res = leads(_plan(graph), action=args.action)
    if args.format in ("csv", "json"):
        rows = [dict(r.to_dict(), status=status)
                for status, part in (("led", res.by_task), ("no_lead", res.no_lead), ("no_unit", res.no_unit))
                for r in part]
        if args.format == "csv":
            rows = [{k: _join(v) for k, v in r.items()} for r in rows]
        _write(render(rows, ("line", "task", "status", "leads", "responsible", "action", "kind", "plan"), args.format))
        return 0
    by_unit = [{"unit": r.unit, "leads": r.count, "plan": _join(sorted({t.plan for t in r.tasks})),
                "tasks (line)": "、".join(f"{t.task}({t.line})" for t in r.tasks)} for r in res.by_unit]
    _write("Who leads what — per unit\n")
    _write(render(by_unit, ("unit", "leads", "plan", "tasks (line)"), "table", max_width=90))
    _write("\nPer task — its lead(s)\n")
    _write(render([{**r.to_dict(), "leads": _join(r.leads)} for r in res.by_task],
                  ("plan", "line", "task", "leads", "action"), "table", max_width=50))
    _write(f"\nGaps — tasks with responsible units but no lead ({len(res.no_lead)})\n")
    _write(render([{**r.to_dict(), "responsible": _join(r.responsible)} for r in res.no_lead],
                  ("plan", "line", "task", "responsible", "action"), "table", max_width=50))
    _write(f"\nGaps — tasks with no responsible unit at all ({len(res.no_unit)})\n")
    _write(render([r.to_dict() for r in res.no_unit], ("plan", "line", "task", "kind", "action"), "table",
                  max_width=50))
    return 0


# ---------------------------------------------------------------- overload

#: the roles the overload table shows a column for (CSV and JSON give every role of ROLE_WEIGHTS)
_OVERLOAD_TABLE_ROLES = (Role.lead, Role.co, Role.shared, Role.member, Role.office, Role.indicator_owner)


def cmd_overload(args: argparse.Namespace, graph: str) -> int:
    from .analysis import overload
    from .views.format import render

    rows = overload(_plan(graph), top=args.top, collectives=args.collectives)
    if args.plot:
        from .views.plot import plot_overload

        plot_overload(rows, Path(args.plot))
    if args.format == "json":
        _write(render([r.to_dict() for r in rows], ("unit", "score", "outlier", "plan"), "json"))
        return 0
    # a column per role, named by the role (a Role is its value, so it names a column as the string would)
    flat: list[dict[str, Any]] = []
    for r in rows:
        flat.append({"unit": r.unit, "score": r.score, "outlier": "OUTLIER" if r.outlier else "",
                     "kind": r.kind, "tasks": r.tasks, "partners": r.partners,
                     **{role: r.roles.get(role, 0) for role in ROLE_WEIGHTS},
                     "by_action": " ".join(f"{k}:{v}" for k, v in r.by_action.items()),
                     "plan": _join(r.plans)})
    cols: tuple[str, ...] = ("unit", "score", "outlier", "kind", "tasks", "partners", *ROLE_WEIGHTS, "by_action",
                             "plan")
    if args.format == "table":
        fence = rows[0].fence if rows else None
        _write(f"Load score = {_WEIGHTS_HELP} (per duty).\n"
               f"Outlier: score above Tukey's upper fence Q3 + 1.5×IQR of all units' scores"
               f"{f' = {fence:g}' if fence is not None else ''}.\n")
        cols = ("unit", "score", "outlier", "tasks", "partners", *_OVERLOAD_TABLE_ROLES, "plan", "by_action")
    _write(render(flat, cols, args.format, max_width=48))
    if args.plot:
        sys.stderr.write(f"wrote {args.plot}\n")
    return 0


# ---------------------------------------------------------------- chain

def cmd_chain(args: argparse.Namespace, graph: str) -> int:
    from .analysis import chain, command_chain
    from .views.format import render

    plan = _plan(graph)
    if args.b:
        chains = chain(plan, args.a, args.b, limit=args.limit, collectives=args.collectives)
        if args.format == "json":
            _write(render([c.to_dict() for c in chains], ("units", "steps"), "json"))
            return 0
        if args.format == "csv":
            rows = [{"chain": k + 1, "step": i + 1, **s.to_dict()} for k, c in enumerate(chains)
                    for i, s in enumerate(c.steps)]
            _write(render(rows, ("chain", "step", "from", "to", "task", "line", "plan", "shared_tasks"), "csv"))
            return 0
        if not chains:
            _write(f"no chain of shared tasks links {args.a} and {args.b}\n")
            return 0
        _write(f"{len(chains)} shortest chain(s), {len(chains[0].steps)} step(s) each\n")
        for k, c in enumerate(chains, 1):
            _write(f"{k}. " + " → ".join(c.units) + "\n")
            for s in c.steps:
                more = f" (+{s.shared_tasks - 1} more shared)" if s.shared_tasks > 1 else ""
                _write(f"     {s.from_unit} — {s.to_unit}: {s.task} ({s.plan}, line {s.line}){more}\n")
        return 0
    cc = command_chain(plan, args.a)
    if args.format == "json":
        import json

        _write(json.dumps(cc.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return 0
    if args.format == "csv":
        rows = [{"level": "team", "name": t.team, "role": t.role.value, "leads": _join(t.heads),
                 "supporting": _join(t.office)} for t in cc.teams]
        rows += [{"level": "task", "name": t.task, "line": t.line, "role": t.role.value, "leads": _join(t.leads),
                  "supporting": _join(t.supporting), "plan": t.plan} for t in cc.tasks]
        _write(render(rows, ("level", "name", "line", "role", "leads", "supporting", "plan"), "csv"))
        return 0
    out = [f"Chain of command of {cc.unit}"]
    for g in cc.leading_groups:
        out.append(f"  leading group: {g.team} — heads {_join(g.heads)}; office {_join(g.office)}")
    for t in cc.teams:
        out.append(f"    work team: {t.team} (as {t.role.value}) — convener {_join(t.heads)}; "
                   f"deputies {_join(t.deputies)}; office {_join(t.office)}")
    for w in cc.tasks:
        out.append(f"      task ({w.plan}, line {w.line}, {w.role.value}): {w.task}")
        out.append(f"        lead {_join(w.leads) or '—'} → supporting {_join(w.supporting) or '—'}")
    _write("\n".join(out) + "\n")
    return 0


# ---------------------------------------------------------------- query

def cmd_query(args: argparse.Namespace, graph: str) -> int:
    from ._query import stream_query

    bindings = {}
    for b in args.bind or []:
        name, sep, value = b.partition("=")
        if not sep or not name.strip():
            raise KGError(f"--bind expects NAME=VALUE, got “{b}”")
        bindings[name.strip().lstrip("?")] = value
    if args.endpoint:
        from ._query import stream_remote_query

        if args.graph:
            raise KGError("give --graph (a built store) or --endpoint (a SPARQL server), not both")
        res = stream_remote_query(args.endpoint, args.query, _write, fmt=args.format, timeout=args.timeout,
                                  bindings=bindings)
        if res.cut_at is not None:
            sys.stderr.write(f"kg: the endpoint cut the results at {res.cut_at} rows (its result limit)\n")
        if res.partial:
            sys.stderr.write(f"kg: the endpoint sent partial results ({res.partial})\n")
        return 0
    stream_query(graph, args.query, _write, fmt=args.format, timeout=args.timeout, bindings=bindings)
    return 0


def cmd_push(args: argparse.Namespace, graph: str) -> int:
    from ._push import push, push_lines

    res = push(graph, args.url, sparql=args.sparql, dry_run=args.dry_run, timeout=args.timeout)
    if not args.quiet:
        _write("\n".join(push_lines(res)) + "\n")
    return 0


def cmd_queries(args: argparse.Namespace, graph: str) -> int:
    from .sparql import saved_queries
    from .views.format import render

    rows = [{"name": q.name, "question": q.question} for q in saved_queries()]
    _write(render(rows, ("name", "question"), args.format, max_width=100))
    return 0


# ---------------------------------------------------------------- check

def cmd_check(args: argparse.Namespace, graph: str) -> int:
    from .check import check
    from .views.format import render

    issues = check(graph)
    cols = ("severity", "plan", "line", "what", "focus", "quote")
    if args.format == "table":
        _write(f"{len(issues)} things to look at\n")
    _write(render(issues, cols, args.format, max_width=60))
    return 1 if args.strict and issues else 0


# ---------------------------------------------------------------- diff

def _open_version(path: str, tmp: Path) -> Any:
    """A version to compare: a built graph, or a plan file (built into ``tmp`` first)."""
    from .corpus import PLAN_SUFFIXES
    from .store import open_store

    p = Path(path)
    if p.is_file() and p.suffix.lower() in PLAN_SUFFIXES:
        from ._build import build

        out = tmp / str(len(list(tmp.iterdir())))
        return open_store(build(p, out, html=False).ttl)
    return open_store(p)


def cmd_diff(args: argparse.Namespace) -> int:
    import tempfile

    from .changes import DIFF_COLUMNS, diff, summary
    from .views.format import render

    with tempfile.TemporaryDirectory(prefix="kg-diff-") as tmp:
        rows = diff(_open_version(args.old, Path(tmp)), _open_version(args.new, Path(tmp)))
    if args.format != "table":
        _write(render(rows, DIFF_COLUMNS, args.format))
        return 0
    _write(f"{args.old} → {args.new}\n{summary(rows)}\n")
    for what, title, cols in (
            ("duty", "Duties, per unit", ("unit", "change", "role", "old_role", "task", "old_task", "plan", "line")),
            ("task", "Tasks", ("change", "task", "old_task", "similarity", "plan", "line", "old_line")),
            ("target", "Targets", ("change", "unit", "value", "old_value", "year", "old_year", "task", "plan", "line"))):
        part = [r for r in rows if r["what"] == what]
        if part:
            _write(f"\n{title} ({len(part)})\n")
            _write(render(sorted(part, key=lambda r: (r.get("unit") or "", r["change"])) if what == "duty" else part,
                          cols, "table", max_width=40))
    return 0


# ---------------------------------------------------------------- export

def cmd_export(args: argparse.Namespace, graph: str) -> int:
    from ._export import Format, export, neo4j_command
    from .store import open_store

    res = export(open_store(graph), args.format, Path(args.output))
    if res.format is Format.jsonld:
        _write(f"wrote {res.path}: {res.edges} triples\n")
    else:
        _write(f"wrote {res.path}: {res.nodes} nodes, {res.edges} edges\n")
    if res.format is Format.neo4j_csv:
        _write(f"import with: {neo4j_command(res.path)}\n")
    return 0


# ---------------------------------------------------------------- serve

def cmd_serve(args: argparse.Namespace, graph: str) -> int:
    from .server import serve

    serve(graph, host=args.host, port=args.port, timeout=args.timeout, max_rows=args.max_rows, public=args.public,
          allow_hosts=tuple(args.allow_host or ()), max_concurrent=args.max_concurrent)
    return 0


def register(sub: Any) -> None:
    """Add the analysis commands to the ``kg`` parser."""

    def with_graph(fn: Callable[[argparse.Namespace, str], int]) -> Callable[[argparse.Namespace], int]:
        return lambda args: fn(args, graph_path(args))

    p = sub.add_parser("leads", help="who leads what: per unit, per task, and the tasks with no lead (gaps)")
    add_graph(p)
    add_format(p)
    p.add_argument("--action", help="only the tasks of this action (its number in the attachment list)")
    p.set_defaults(func=with_graph(cmd_leads))

    p = sub.add_parser("overload", help="units ranked by load, with role breakdown and outliers",
                       description=f"Rank units by a load score: the sum over their duties of a weight per role "
                                   f"({_WEIGHTS_HELP}). A unit is flagged OUTLIER when its score is above Tukey's "
                                   f"upper fence, Q3 + 1.5×IQR of all units' scores.")
    add_graph(p)
    add_format(p)
    p.add_argument("--top", type=int, help="only the N heaviest units")
    p.add_argument("--plot", help="also write a bar chart by role to this PNG file")
    p.add_argument("--collectives", action="store_true",
                   help="also rank collectives (各街道, 区直各部门: several units named as one)")
    p.set_defaults(func=with_graph(cmd_overload))

    p = sub.add_parser("chain", help="chains of units linking A to B through shared tasks; or A's chain of command")
    p.add_argument("a", help="a unit (any name or fragment)")
    p.add_argument("b", nargs="?", help="another unit; without it, A's chain of command is shown")
    p.add_argument("--limit", type=int, default=5, help="at most this many shortest chains (default 5)")
    p.add_argument("--collectives", action="store_true",
                   help="let collectives (各街道, 区直各部门) link units; by default they never do")
    add_graph(p)
    add_format(p)
    p.set_defaults(func=with_graph(cmd_chain))

    p = sub.add_parser("query", help="run SPARQL (a file, a string, or a saved query by name)")
    p.add_argument("query", help="a saved query's name (kg queries lists them), a .rq file, or SPARQL text")
    p.add_argument("--timeout", type=float, default=30.0, help="stop the query after this many seconds (default 30)")
    p.add_argument("--bind", action="append", metavar="NAME=VALUE",
                   help="give variable ?NAME this literal value (repeatable), e.g. --bind name=市发改局")
    p.add_argument("--endpoint", metavar="URL",
                   help="run it on this SPARQL endpoint (a server store `kg push` filled) instead of a built graph; "
                        "credentials, if it asks: KG_PUSH_USER/KG_PUSH_PASSWORD or ~/.netrc")
    add_graph(p)
    add_format(p, extra=("tsv", "xml", "turtle"))
    p.set_defaults(func=lambda args: cmd_query(args, "" if args.endpoint else graph_path(args)))

    p = sub.add_parser("push", help="load every plan's named graph into a SPARQL server (Graph Store Protocol)",
                       description="PUT each plan's named graph of a built store (a plan, or a corpus) to URL, the "
                                   "server's SPARQL 1.1 Graph Store endpoint (Virtuoso: http://HOST:8890/"
                                   "sparql-graph-crud-auth): a re-push replaces, never duplicates; kg's graphs the "
                                   "store no longer has are deleted there. Credentials from KG_PUSH_USER and "
                                   "KG_PUSH_PASSWORD, or a netrc file ($NETRC, ~/.netrc); never on the command line.")
    p.add_argument("url", help="the Graph Store HTTP Protocol endpoint")
    p.add_argument("--sparql", metavar="URL",
                   help="the server's SPARQL query endpoint, to list the graphs it holds (default: derived from URL "
                        "for Virtuoso, Fuseki, Oxigraph, RDF4J and GraphDB)")
    p.add_argument("--dry-run", "-n", action="store_true", help="say what would be sent and deleted; change nothing")
    p.add_argument("--timeout", type=float, default=300.0,
                   help="give up on a request the server has not answered in this many seconds (default 300)")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")
    add_graph(p)
    p.set_defaults(func=with_graph(cmd_push))

    p = sub.add_parser("queries", help="list the saved analyst queries and the question each answers")
    add_format(p)
    p.set_defaults(func=lambda args: cmd_queries(args, ""))

    p = sub.add_parser("check", help="SHACL review of the graph: tasks without units, duties without source...")
    add_graph(p)
    add_format(p)
    p.add_argument("--strict", action="store_true", help="exit 1 when there is anything to look at")
    p.set_defaults(func=with_graph(cmd_check))

    p = sub.add_parser("diff", help="what changed between two versions of a plan: duties, tasks, targets",
                       description="Compare OLD and NEW (two plan files, two built graphs or two corpus builds): per "
                                   "unit the duties added, removed and whose role changed; tasks added, removed and "
                                   "reworded (matched by text similarity); targets whose value or year changed.")
    p.add_argument("old", help="the older version: a plan file, a graph (.ttl) or a corpus folder")
    p.add_argument("new", help="the newer version, likewise")
    add_format(p)
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("export", help="write the graph for Gephi (gexf), Cytoscape (graphml), Neo4j (neo4j-csv) or "
                                      "RDF tools (jsonld)",
                       description="Write the units, actions, tasks and teams and every duty (role, line, quote, plan) "
                                   "as the page shows them: GEXF for Gephi, GraphML for Cytoscape, a folder of CSV "
                                   "files for `neo4j-admin database import`, or every triple as JSON-LD (kg's "
                                   "prefixes as its @context). Written atomically.")
    add_graph(p)
    p.add_argument("--format", "-f", required=True, metavar="FORMAT",
                   help="gexf, graphml, neo4j-csv (a folder) or jsonld")
    p.add_argument("--output", "-o", required=True, metavar="PATH",
                   help="the file to write (a folder for neo4j-csv)")
    p.set_defaults(func=with_graph(cmd_export))

    p = sub.add_parser("serve", help="serve the graph over HTTP: SPARQL endpoint, query page, explorer, duty lists")
    add_graph(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=10.0, help="query time limit in seconds (default 10)")
    p.add_argument("--max-rows", type=int, default=10000,
                   help="result size cap (default 10000 rows of a table, or triples of a graph)")
    p.add_argument("--max-concurrent", type=int, default=4,
                   help="queries evaluated at once, each in its own worker process (default 4)")
    p.add_argument("--public", "--allow-remote", dest="public", action="store_true",
                   help="allow --host beyond loopback (e.g. 0.0.0.0): anyone who can reach the address can read "
                        "the whole graph and run queries; there is no login and no TLS")
    p.add_argument("--allow-host", action="append", metavar="NAME",
                   help="also answer requests whose Host header is NAME (repeatable; loopback names and IP "
                        "addresses are always accepted: other names are refused against DNS rebinding)")
    p.set_defaults(func=with_graph(cmd_serve))
