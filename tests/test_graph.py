"""The RDF graph: declared terms, round trip, determinism, provenance."""

from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, ORG, PROV, QB, RDF, RDFS, SKOS, TIME, XSD

from kg.graph import build_graph
from kg.vocab import KGO, OA, SDMX_ATTRIBUTE, SDMX_MEASURE

from .conftest import EXAMPLE, ROOT, run_kg

ONTOLOGY = ROOT / "kg" / "resources" / "ontology.ttl"
REUSED = [str(ns) for ns in (RDF, RDFS, SKOS, DCTERMS, ORG, PROV, TIME, QB, XSD)] + [
    str(OA._NS), str(SDMX_MEASURE._NS), str(SDMX_ATTRIBUTE._NS)]


def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY)


def test_every_class_and_predicate_is_declared_or_reused(example_graph: Path) -> None:
    onto = _ontology()
    declared = set(onto.subjects())
    g = rdflib.Graph().parse(example_graph)
    used = set(g.predicates()) | set(g.objects(None, RDF.type))
    undeclared = sorted(
        str(t) for t in used if t not in declared and not any(str(t).startswith(ns) for ns in REUSED)
    )
    assert not undeclared, undeclared
    # every kgo term used must be declared, not merely in the namespace
    kgo_used = {t for t in used | set(g.objects()) if isinstance(t, rdflib.URIRef) and str(t).startswith(str(KGO._NS))}
    assert kgo_used <= declared, sorted(map(str, kgo_used - declared))


def test_ontology_terms_have_labels_in_both_languages_and_a_comment() -> None:
    onto = _ontology()
    ns = str(KGO._NS)
    for term in {s for s in onto.subjects() if str(s).startswith(ns)}:
        labels = {lit.language for lit in onto.objects(term, RDFS.label)} | {
            lit.language for lit in onto.objects(term, SKOS.prefLabel)}
        assert {"en", "zh"} <= labels, term
        assert list(onto.objects(term, RDFS.comment)), term


def test_turtle_parses_back_isomorphic(example_extraction, tmp_path: Path) -> None:
    g = build_graph(example_extraction)
    text = g.serialize(format="turtle")
    back = rdflib.Graph().parse(data=text, format="turtle")
    if not isomorphic(g, back):
        _, only_a, only_b = graph_diff(to_isomorphic(g), to_isomorphic(back))
        raise AssertionError(f"differs: {sorted(only_a)[:5]} / {sorted(only_b)[:5]}")


def test_written_turtle_equals_the_library_graph(example_graph: Path, example_extraction) -> None:
    written = rdflib.Graph().parse(example_graph)
    assert isomorphic(written, build_graph(example_extraction))


def test_building_twice_gives_the_same_graph(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        run_kg("build", str(EXAMPLE), "--out", str(out), "--no-html", "--no-cache")
    ta = (a / "linxiang-2024-eight-actions.ttl").read_bytes()
    tb = (b / "linxiang-2024-eight-actions.ttl").read_bytes()
    assert ta == tb


def test_every_quote_slices_the_source(example_graph: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.split("\n")
    g = rdflib.Graph().parse(example_graph)
    n = 0
    for res in g.subjects(RDF.type, OA.SpecificResource):
        sels = list(g.objects(res, OA.hasSelector))
        start = end = exact = None
        for s in sels:
            if (s, RDF.type, OA.TextPositionSelector) in g:
                start, end = int(g.value(s, OA.start)), int(g.value(s, OA.end))
            else:
                exact = str(g.value(s, OA.exact))
        line = int(g.value(res, KGO.line))
        assert text[start:end] == exact
        assert exact in lines[line - 1]
        n += 1
    assert n > 1000


def test_every_fact_from_text_has_provenance(example_graph: Path) -> None:
    g = rdflib.Graph().parse(example_graph)
    for cls in (KGO.Responsibility, KGO.Indicator, KGO.Task, KGO.Subtask, KGO.WorkTeam):
        nodes = list(g.subjects(RDF.type, cls))
        assert nodes, cls
        for node in nodes:
            assert g.value(node, PROV.wasDerivedFrom) is not None, node


def test_vocab_module_is_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_vocab", ROOT / "scripts" / "make_vocab.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    assert (ROOT / "kg" / "vocab.py").read_text(encoding="utf-8") == mod.render(), "run scripts/make_vocab.py"


def test_team_is_an_org_collaboration_with_memberships(example_graph: Path) -> None:
    g = rdflib.Graph().parse(example_graph)
    teams = list(g.subjects(RDF.type, KGO.WorkTeam))
    assert len(teams) >= 8
    memberships = list(g.subjects(RDF.type, ORG.Membership))
    assert memberships
    for m in memberships:
        assert g.value(m, ORG.organization) in teams
        assert g.value(m, ORG.member) is not None


def test_rdflib_api_over_the_embedded_store(example_graph: Path) -> None:
    from kg import open_store, rdflib_graph

    g = rdflib_graph(example_graph)
    try:
        n = int(next(iter(g.query("SELECT (COUNT(?r) AS ?n) WHERE { ?r a <https://w3id.org/kg-plan/ont#Responsibility> }")))[0])
        leads = set(g.objects(None, KGO.ledBy))
    finally:
        g.close()
    store_n = open_store(example_graph).select(
        "SELECT (COUNT(?r) AS ?n) WHERE { ?r a <https://w3id.org/kg-plan/ont#Responsibility> }")[0]["n"]
    assert n == store_n == 729
    assert len(leads) > 30


def test_prefixes_match_the_vocabularies() -> None:
    from kg.prefixes import PREFIXES

    assert PREFIXES["kgo"] == str(KGO._NS) and PREFIXES["oa"] == str(OA._NS)
    assert PREFIXES["sdmx-measure"] == str(SDMX_MEASURE._NS) and PREFIXES["sdmx-attribute"] == str(SDMX_ATTRIBUTE._NS)
    for name, ns in (("org", ORG), ("prov", PROV), ("skos", SKOS), ("dcterms", DCTERMS), ("time", TIME),
                     ("xsd", XSD), ("rdfs", RDFS)):
        assert PREFIXES[name] == str(ns), name
