"""kg: the knowledge graph of responsibilities of a Chinese government plan.

Public API (imported on first use, so the CLI starts fast)::

    from kg import build, open_store, load_plan, duty_list, leads, overload, chain, command_chain, run_query

    res = build("plan.txt", "graphs/")            # extract + RDF + store + HTML
    build_corpus(["plans/"], "corpus/", jobs=2)   # many plans, one named graph each
    diff(open_store("old.ttl"), open_store("new.ttl"))  # what changed between two versions
    plan = load_plan(open_store(res.ttl))         # networkx view of the graph
    duty_list(plan, "发改局").duties; leads(plan).no_lead; overload(plan, top=10)[0].score
    chain(plan, "市发改局", "市残联")[0].steps; command_chain(plan, "市教体局").tasks
    run_query(res.ttl, "leads-by-unit", fmt="csv")
    export(open_store(res.ttl), "gexf", "plan.gexf")  # also graphml, neo4j-csv (a folder), jsonld
    push("corpus/", "http://localhost:8890/sparql-graph-crud-auth")  # every plan's graph into a server store

The analysis functions return frozen dataclasses with typed fields (roles are
``extract.records.Role`` members): ``duty_list`` a ``DutyList``, ``leads`` a ``LeadsTable``,
``overload`` a list of ``UnitLoad``, ``chain`` a list of ``ChainPath``, ``command_chain`` a
``CommandChain`` (all importable from ``kg.analysis``); ``.to_dict()`` gives any of them as plain
data, as the CLI's JSON prints it.

The implementation lives in modules whose names start with ``_`` where a public name would
otherwise be shadowed (``kg._build`` holds ``build``, ``kg._export`` holds ``export``, ``kg._push``
holds ``push``): importing a submodule sets it as an attribute of this package, so a module
``kg/build.py`` would replace ``kg.build`` after its first use.
``kg.__version__`` is the installed distribution's version (from its metadata).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = [
    "build",
    "build_corpus",
    "chain",
    "command_chain",
    "diff",
    "duty_list",
    "export",
    "leads",
    "load_plan",
    "open_store",
    "overload",
    "push",
    "rdflib_graph",
    "run_query",
]

_WHERE = {
    "build": ("._build", "build"),
    "build_corpus": (".corpus", "build_corpus"),
    "diff": (".changes", "diff"),
    "export": ("._export", "export"),
    "open_store": (".store", "open_store"),
    "rdflib_graph": (".store", "rdflib_graph"),
    "load_plan": (".analysis", "load"),
    "duty_list": (".analysis", "duty_list"),
    "leads": (".analysis", "leads"),
    "overload": (".analysis", "overload"),
    "push": ("._push", "push"),
    "chain": (".analysis", "chain"),
    "command_chain": (".analysis", "command_chain"),
    "run_query": ("._query", "run_query"),
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    if name in _WHERE:
        module, attr = _WHERE[name]
        return getattr(import_module(module, __name__), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
