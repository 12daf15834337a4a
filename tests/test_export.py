"""kg export: every format read back by the tool it is for (networkx, the Neo4j header format, rdflib)."""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest

from kg import export
from kg._export import NEO4J_FILES, export_graph
from kg.analysis import find_unit, load, overload
from kg.prefixes import PREFIXES
from kg.store import open_store

from .conftest import DATA, run_kg

FILES = {"gexf": "plan.gexf", "graphml": "plan.graphml", "neo4j-csv": "neo4j", "jsonld": "plan.jsonld"}


#: the umask the exports are written under (not the usual 022, so that the mode it gives is told apart)
UMASK = 0o027


@pytest.fixture(scope="module")
def exported(example_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each format written through the CLI, as a user would (under UMASK)."""
    out = tmp_path_factory.mktemp("export")
    old = os.umask(UMASK)
    try:
        for fmt, name in FILES.items():
            p = run_kg("export", "--format", fmt, "-o", str(out / name), "--graph", str(example_graph))
            assert p.stdout.startswith(f"wrote {out / name}: ")
    finally:
        os.umask(old)
    return {fmt: out / name for fmt, name in FILES.items()}


def test_exports_end_with_the_usual_mode(exported: dict[str, Path]) -> None:
    """Each export, written atomically, has the mode a plain open() gives under the umask (as every output of
    kg: tests/test_hardening.py), its files and folder alike."""
    from .test_hardening import usual_modes

    paths = [p for path in exported.values() for p in (path, *(path.iterdir() if path.is_dir() else ()))]
    assert len(paths) == len(FILES) + len(NEO4J_FILES)
    got, usual = usual_modes(paths, UMASK)
    assert got == usual


@pytest.fixture(scope="module")
def graph(example_graph: Path) -> nx.MultiDiGraph:
    return export_graph(load(open_store(example_graph)))


@pytest.fixture(scope="module")
def fagaiju(example_graph: Path) -> str:
    return find_unit(load(open_store(example_graph)), "市发改局")


def _check_read_back(H: nx.Graph, graph: nx.MultiDiGraph, unit: str, example_graph: Path) -> None:
    assert H.number_of_nodes() == graph.number_of_nodes()
    assert H.number_of_edges() == graph.number_of_edges()
    assert H.is_directed() and H.is_multigraph()
    u = H.nodes[unit]
    # the same words and counts as `kg duties 市发改局`: 48 duties; 12 team seats
    assert (u["label"], u["type"], u["kind"], u["duties"], u["seats"]) == ("市发改局", "unit", "department", 48, 12)
    duties = [e for _, t, e in H.out_edges(unit, data=True) if e["relation"] == "duty"]
    seats = [e for _, t, e in H.out_edges(unit, data=True) if e["relation"] == "seat"]
    assert (len(duties), len(seats)) == (48, 12)
    score = next(r.score for r in overload(load(open_store(example_graph))) if r.unit == "市发改局")
    assert u["load"] == pytest.approx(score)
    # provenance on every duty: its role, line, quote and plan
    for e in duties:
        assert e["role"] in ("lead", "co", "shared", "supervisor", "indicator_owner")
        assert int(e["line"]) > 0 and e["quote"] and e["plan"] == "linxiang-2024-eight-actions.txt"
    assert sum(e["role"] == "lead" for e in duties) == sum(
        e["role"] == "lead" for _, _, e in graph.out_edges(unit, data=True))
    types = {d["type"] for _, d in H.nodes(data=True)}
    assert types == {"unit", "action", "task", "team"}
    assert sum(d["type"] == "action" for _, d in H.nodes(data=True)) == 8


def test_gexf_reads_back_in_networkx(exported, graph, fagaiju, example_graph) -> None:
    H = nx.read_gexf(exported["gexf"])
    _check_read_back(H, graph, fagaiju, example_graph)


def test_graphml_reads_back_in_networkx(exported, graph, fagaiju, example_graph) -> None:
    H = nx.read_graphml(exported["graphml"], force_multigraph=True)
    _check_read_back(H, graph, fagaiju, example_graph)


# neo4j-admin database import's header format (Operations Manual, "Import header format"): each field is
# <name>:<field_type>; node files have an :ID and may have :LABEL; relationship files :START_ID, :END_ID, :TYPE;
# property types int, long, float, double, boolean, byte, short, char, string, point, date..., arrays with [].
_TYPES = ("int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|"
          "duration")
_PROPERTY = re.compile(rf"^[A-Za-z_][A-Za-z0-9_]*(:({_TYPES})(\[\])?)?$")
_ID = re.compile(r"^[A-Za-z_]*:ID(\([^)]*\))?$")


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_neo4j_csv_headers_follow_the_import_tool_format(exported, graph) -> None:
    folder = exported["neo4j-csv"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(NEO4J_FILES)
    ids: set[str] = set()
    node_rows = 0
    for name in NEO4J_FILES[:-1]:
        header, *rows = _read(folder / name)
        assert sum(bool(_ID.match(h)) for h in header) == 1, header
        assert header.count(":LABEL") == 1
        others = [h for h in header if not _ID.match(h) and h != ":LABEL"]
        assert all(_PROPERTY.match(h) for h in others), others
        for r in rows:
            assert len(r) == len(header)
            assert r[header.index(":LABEL")] == name.removesuffix("s.csv").capitalize()
            for h, v in zip(header, r, strict=True):
                if v and h.endswith((":int", ":long")):
                    int(v)
                if v and h.endswith((":float", ":double")):
                    float(v)
        ids.update(r[0] for r in rows)
        node_rows += len(rows)
    assert node_rows == len(ids) == graph.number_of_nodes()
    header, *rels = _read(folder / "relationships.csv")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert all(_PROPERTY.match(h) for h in header[3:]), header
    assert len(rels) == graph.number_of_edges()
    assert all(r[0] in ids and r[1] in ids and re.fullmatch(r"[A-Z_]+", r[2]) for r in rels)
    units = {r[0]: dict(zip(_read(folder / "units.csv")[0], r, strict=True)) for r in _read(folder / "units.csv")[1:]}
    fgj = next(u for u in units.values() if u["name"] == "市发改局")
    assert (fgj["duties:int"], fgj["seats:int"]) == ("48", "12")
    mine = [r for r in rels if r[0] == fgj["id:ID"]]
    assert len(mine) == 60 and sum(r[2] == "LEAD" for r in mine) > 0
    assert "\n" not in "".join(c for r in rels for c in r)  # one record per line: no --multiline-fields needed


def _parse_jsonld(path: Path):
    import warnings

    import rdflib

    ds = rdflib.Dataset()
    with warnings.catch_warnings():  # rdflib 7.x's Dataset.parse warns about its own default_context
        warnings.simplefilter("ignore", DeprecationWarning)
        ds.parse(data=path.read_text(encoding="utf-8"), format="json-ld")
    return ds


def test_jsonld_parses_in_rdflib_with_the_same_triples(exported, example_graph) -> None:
    doc = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    assert {k: doc["@context"][k] for k in PREFIXES} == PREFIXES
    ds = _parse_jsonld(exported["jsonld"])
    assert sum(1 for _ in ds.quads()) == len(open_store(example_graph))


def test_a_corpus_keeps_its_named_graphs(tmp_path: Path, cache_env: dict[str, str]) -> None:
    import rdflib

    corpus = tmp_path / "corpus"
    run_kg("build", str(DATA / "offices" / "plans"), "--out", str(corpus), "--quiet", "--no-html", env=cache_env)
    store = open_store(corpus)
    res = export(store, "jsonld", tmp_path / "c.jsonld")
    ds = _parse_jsonld(res.path)
    assert sum(1 for _ in ds.quads()) == len(store) == res.edges
    assert len([g for g in ds.graphs() if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID]) == 5
    res = export(store, "graphml", tmp_path / "c.graphml")
    H = nx.read_graphml(res.path, force_multigraph=True)
    assert H.number_of_nodes() == res.nodes and H.number_of_edges() == res.edges
    # one office across plans is one node
    assert sum(d.get("label") == "市发改局" and d.get("office") == "临湘市发展和改革局" for _, d in H.nodes(data=True)) == 1


def test_user_errors_are_one_line_and_exit_2(example_graph: Path, tmp_path: Path) -> None:
    g = str(example_graph)
    for args, code in ((("--format", "dot", "-o", str(tmp_path / "x.dot")), "KG520"),
                       (("--format", "gexf", "-o", "/proc/kg/x.gexf"), "KG500"),
                       (("--format", "gexf", "-o", str(tmp_path)), "KG500"),
                       (("--format", "jsonld", "-o", g), "KG500"),
                       (("--format", "neo4j-csv", "-o", str(example_graph.with_suffix(".oxigraph"))), "KG500")):
        p = run_kg("export", *args, "--graph", g, check=False)
        assert p.returncode == 2, (args, p.stderr)
        assert p.stderr.count("\n") == 1 and p.stderr.startswith(f"kg: {code}: "), p.stderr
    assert sorted(x.name for x in tmp_path.iterdir()) == []
    assert "cannot export as “dot”: choose one of gexf, graphml, neo4j-csv, jsonld" in run_kg(
        "export", "-f", "dot", "-o", str(tmp_path / "x"), "-g", g, check=False).stderr


def test_a_failed_write_leaves_the_old_file_and_no_temporary(example_graph: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.errors import OutputError

    target = tmp_path / "plan.gexf"
    target.write_text("old", encoding="utf-8")

    def broken(G: nx.Graph, path: Path) -> None:
        Path(path).write_text("<gexf half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(nx, "write_gexf", broken)
    with pytest.raises(OutputError, match="No space left on device"):
        export(open_store(example_graph), "gexf", target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.gexf"]


def test_neo4j_cells_are_one_line_and_arrays_split_only_between_items() -> None:
    from kg._export import neo4j_tables
    from kg.analysis import Plan, toy

    p = toy()
    G = p.G.copy()
    next(iter(G.edges(data=True)))[2]["quote"] = "第一行\n第二行"
    tables = neo4j_tables(export_graph(Plan(G, {**p.labels, "发改局": {"发改局", "发展;改革局"}})))
    rels = list(csv.reader(tables["relationships.csv"].splitlines()))
    assert [r for r in rels if "第一行 第二行" in r] and len(rels) == 1 + 8
    units = list(csv.reader(tables["units.csv"].splitlines()))
    names = units[0].index("names:string[]")
    assert next(r for r in units if r[1] == "发改局")[names] == "发展；改革局;发改局"
