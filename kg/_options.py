"""What the ``kg`` commands share: the ``--graph`` and ``--format`` options, and the graph a command
reads when no ``--graph`` is given (what ``kg build`` last wrote, recorded in a state file).

One home for both :mod:`kg.cli` (which builds the parser) and :mod:`kg.commands` (which adds the
analysis commands to it): each imports this module, neither the other's helpers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from extract.errors import KGError

from ._files import write_atomic

__all__ = ["add_format", "add_graph", "default_graph", "graph_path", "remember", "state_file"]


def add_format(p: argparse.ArgumentParser, extra: Sequence[str] = ()) -> None:
    """``--format/-f``: table (the default), csv, json and the command's ``extra`` formats."""
    p.add_argument("--format", "-f", choices=("table", "csv", "json", *extra), default="table",
                   help="output format (default: a readable table)")


def add_graph(p: argparse.ArgumentParser) -> None:
    """``--graph/-g``: the graph a command reads (see :func:`graph_path`)."""
    p.add_argument("--graph", "-g", default=None,
                   help="a graph written by `kg build` (DIR/<stem>.ttl, its .oxigraph folder, a corpus folder, or a "
                        "directory of graphs); default: what `kg build` last wrote, else the graphs in ./graphs")


def state_file() -> Path:
    """Where ``kg build`` records what it last wrote ($KG_STATE_DIR, else $XDG_STATE_HOME/kg)."""
    env = os.environ.get("KG_STATE_DIR")
    base = Path(env) if env else Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "kg"
    return base / "last-build.json"


def remember(graph: Path) -> None:
    """Record ``graph`` as what commands read by default (best effort: a read-only home is no error)."""
    record = json.dumps({"graph": str(graph.resolve())})
    try:
        write_atomic(state_file(), lambda tmp: tmp.write_text(record, encoding="utf-8"))
    except KGError:
        pass


def default_graph() -> tuple[str, str]:
    """The graph commands read without ``--graph``, and why: what ``kg build`` last wrote, else ./graphs."""
    try:
        last = json.loads(state_file().read_text(encoding="utf-8")).get("graph")
    except (OSError, ValueError, AttributeError):
        last = None
    if last and Path(last).exists():
        return last, "last built"
    here = Path("graphs")
    if (here / "corpus.oxigraph").is_dir():
        return str(here), "the corpus in ./graphs"
    ttls = sorted(here.glob("*.ttl")) if here.is_dir() else []
    if len(ttls) == 1:
        return str(ttls[0]), "the graph in ./graphs"
    if ttls:
        return str(here), "the graphs in ./graphs"
    raise KGError("no --graph given and nothing built yet: run `kg build PLAN` (or `kg build` for the bundled "
                  "example) first, or pass --graph")


def graph_path(args: argparse.Namespace) -> str:
    """The graph of a command: its ``--graph``, else :func:`default_graph` (named on a table's first line)."""
    if args.graph:
        return str(args.graph)
    graph, why = default_graph()
    if getattr(args, "format", None) == "table":  # the table says which graph was read when none was named
        sys.stdout.write(f"graph: {graph} ({why})\n")
    return graph
