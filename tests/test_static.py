"""The code stays ruff-clean and type-checks (mypy) — run as part of the tests so CI enforces it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .conftest import ROOT


def test_ruff_clean() -> None:
    p = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_mypy_clean() -> None:
    p = subprocess.run([sys.executable, "-m", "mypy", "extract", "kg"], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


@lru_cache(maxsize=1)
def _import_graph() -> dict[str, frozenset[str]]:
    """Module -> the project modules it imports, at the top or inside a function (lazy imports count);
    read once for the tests below."""
    import ast

    mods = {}
    for pkg in ("extract", "kg"):
        for f in (ROOT / pkg).rglob("*.py"):
            parts = f.relative_to(ROOT).with_suffix("").parts
            mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = f
    edges: dict[str, set[str]] = {m: set() for m in mods}
    for m, f in mods.items():
        package = m if f.name == "__init__.py" else m.rpartition(".")[0]
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
                target = ".".join([*base, *([node.module] if node.module else [])])
                names = [target, *(f"{target}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            edges[m] |= {n for n in names if n in mods and n != m}
    return {m: frozenset(e) for m, e in edges.items()}


def _cycles(edges: Mapping[str, AbstractSet[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles() -> None:
    """No two modules import each other, even lazily (issue #12: commands <-> server was one)."""
    edges = _import_graph()
    assert "kg.commands" in edges and "kg.store" in edges["kg._build"]  # the graph is really read
    assert _cycles(edges) == []


#: modules that return results (records, query results, analysis dataclasses): their text is the callers' to make
RESULT_MODULES = ("kg.sparql", "kg._results", "kg._workers", "kg.store", "kg.graph", "kg.lists", "kg.analysis",
                  "kg._answers", "kg.remote", "kg.changes", "kg.check")
#: what a view never imports: a store, a query, an analysis run, a build (views take their results)
NOT_IN_VIEWS = {"kg.store", "kg.sparql", "kg._workers", "kg.graph", "kg.lists", "kg.analysis", "kg.remote",
                "kg._build", "kg.corpus", "kg._page", "kg._query", "kg.server", "kg.commands", "kg.cli"}


def _reached(edges: Mapping[str, AbstractSet[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for n in edges[todo.pop()] - seen:
            seen.add(n)
            todo.append(n)
    return seen


def _third_party(module: str) -> set[str]:
    """The top-level names of the packages ``module`` imports that are not the project's."""
    import ast

    f = ROOT / (module.replace(".", "/") + ".py")
    names = set()
    for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
    return names - {"extract", "kg"}


def test_results_are_turned_into_text_by_their_callers() -> None:
    """No module that returns results reaches a view, even through another module (sparql.py once imported
    views.format to write a query's text: kg._query, its caller, now puts the query and the view together)."""
    edges = _import_graph()
    for m in RESULT_MODULES:
        assert m in edges, m
        assert sorted(n for n in _reached(edges, m) if n.startswith("kg.views")) == [], m


def test_views_take_results_not_a_store() -> None:
    """A view opens no store, runs no query or analysis and imports no RDF or graph library: its caller does
    (the explorer page's analysis is run by kg._page), as kg/views/__init__.py says."""
    edges = _import_graph()
    views = sorted(m for m in edges if m.startswith("kg.views."))
    assert {"kg.views.explorer", "kg.views.format", "kg.views.ledger", "kg.views.results"} <= set(views)
    for m in views:
        assert sorted(edges[m] & NOT_IN_VIEWS) == [], m
        assert sorted(_third_party(m) & {"pyoxigraph", "rdflib", "networkx", "oxrdflib", "spacy", "jieba"}) == [], m


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]


def test_the_pipeline_loads_without_spacy_cli_or_pkg_resources() -> None:
    """A cold `kg build` imports spaCy without its CLI (typer, weasel, requests: 0.25 s) and jieba without
    pkg_resources; both stay importable and spaCy's ``info`` still answers."""
    code = """
import sys
from extract.nlp import get_nlp
assert [t.text for t in get_nlp()("市发改局牵头")], "pipeline runs"
print(sorted(m for m in ("spacy.cli", "typer", "weasel", "pkg_resources") if m in sys.modules))
import spacy
assert spacy.info(silent=True)["spacy_version"]
import spacy.cli
assert callable(spacy.cli.download) and spacy.cli.info.__module__ == "spacy.cli.info"
print("ok")
"""
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert p.stdout.split() == ["[]", "ok"], p.stdout + p.stderr


def test_a_plan_with_no_line_to_segment_loads_neither_spacy_nor_jieba() -> None:
    """Extraction segments a line only when a component asks for its word boundaries (none of the example's
    lines does): then spaCy (0.4 s to import) and jieba are never loaded; a line that needs them loads them."""
    code = """
import sys
from extract import extract_text
extract_text(open(sys.argv[1], encoding="utf-8").read())
print(sorted(m for m in ("spacy", "jieba") if m in sys.modules))
extract_text("为切实做好创文工作,特成立XX镇创建全国文明城市工作领导小组,由党委书记任组长,领导小组成员由其他负责干部、镇直部门负责人组成。")
print(sorted(m for m in ("spacy", "jieba") if m in sys.modules))
"""
    p = subprocess.run([sys.executable, "-c", code, str(ROOT / "kg/resources/examples/linxiang-2024-eight-actions.txt")],
                       capture_output=True, text=True, check=True)
    assert p.stdout.split("\n")[:2] == ["[]", "['jieba', 'spacy']"], p.stdout + p.stderr


def test_cli_and_commands_take_the_shared_options_from_one_home() -> None:
    """--graph, --format and the default graph live in kg._options, imported by kg.cli and kg.commands alike:
    commands.register is handed no callbacks from the CLI (which it could not import without a cycle)."""
    import inspect

    from kg.commands import register

    edges = _import_graph()
    assert "kg._options" in edges["kg.cli"] and "kg._options" in edges["kg.commands"]
    assert "kg.cli" not in edges["kg.commands"]
    assert list(inspect.signature(register).parameters) == ["sub"]


def test_the_wheel_smoke_test_says_truly_when_ci_runs_it() -> None:
    import re

    code = [ln for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
            if not ln.lstrip().startswith("#")]
    smoke = next(i for i, ln in enumerate(code) if "scripts/wheel-smoke.sh" in ln)
    tests = next(i for i, ln in enumerate(code) if "-m pytest" in ln)
    says = re.search(r"Called by \.ci/run (before|after) pytest", (ROOT / "scripts" / "wheel-smoke.sh").read_text())
    assert says is not None and says.group(1) == ("before" if smoke < tests else "after")
