"""The RDF graph: declared terms, round trip, determinism, provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import DCTERMS, ORG, PROV, QB, RDF, RDFS, SKOS, TIME, XSD

from kg.graph import build_graph, ntriples
from kg.vocab import KGO, OA, SDMX_ATTRIBUTE, SDMX_MEASURE

from .conftest import DATA, DEV_PLANS, EXAMPLE, ROOT, run_kg
from .rdflib_reference import reference_graph

CORPUS_PLANS = sorted((DATA / "corpus" / "plans").glob("*.txt"))

ONTOLOGY = ROOT / "kg" / "resources" / "ontology.ttl"
REUSED = [str(ns) for ns in (RDF, RDFS, SKOS, DCTERMS, ORG, PROV, TIME, QB, XSD)] + [
    str(OA._NS), str(SDMX_MEASURE._NS), str(SDMX_ATTRIBUTE._NS)]


def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def written(example_graph: Path) -> rdflib.Graph:
    """The example's Turtle as `kg build` wrote it, parsed by rdflib once for the tests that read it."""
    return rdflib.Graph().parse(example_graph)


@pytest.fixture(scope="module")
def library(example_extraction) -> rdflib.Graph:
    """The example's graph as the library makes it (kg.graph.build_graph), made once for the tests that read it."""
    return build_graph(example_extraction)


def _same_triples(a: rdflib.Graph, b: rdflib.Graph) -> None:
    """Two graphs hold the same triples.  Without blank nodes (kg's graphs have none: every node is named
    by a deterministic IRI) that is isomorphism, without rdflib's costly canonical labelling."""
    for g in (a, b):
        assert not [t for t in g if any(isinstance(x, rdflib.BNode) for x in t)], "a blank node"
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    assert not only_a and not only_b, f"differs: {sorted(only_a)[:5]} / {sorted(only_b)[:5]}"


def _ox_triples(ntriples_text: str) -> set:
    """The triples of N-Triples text, as pyoxigraph reads them (terms compared exactly, nothing normalised)."""
    import pyoxigraph as ox

    return {q.triple for q in ox.parse(ntriples_text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)}


def test_every_class_and_predicate_is_declared_or_reused(written: rdflib.Graph) -> None:
    onto = _ontology()
    declared = set(onto.subjects())
    g = written
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


def test_turtle_parses_back_isomorphic(library: rdflib.Graph) -> None:
    text = library.serialize(format="turtle")
    _same_triples(library, rdflib.Graph().parse(data=text, format="turtle"))


def test_written_turtle_equals_the_library_graph(written: rdflib.Graph, library: rdflib.Graph) -> None:
    _same_triples(written, library)


def test_building_twice_gives_the_same_graph(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        run_kg("build", str(EXAMPLE), "--out", str(out), "--no-html", "--no-cache")
    ta = (a / "linxiang-2024-eight-actions.ttl").read_bytes()
    tb = (b / "linxiang-2024-eight-actions.ttl").read_bytes()
    assert ta == tb


def test_every_quote_slices_the_source(written: rdflib.Graph) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.split("\n")
    g = written
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


def test_every_fact_from_text_has_provenance(written: rdflib.Graph) -> None:
    g = written
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
    assert (ROOT / "kg" / "_terms.py").read_text(encoding="utf-8") == mod.render_terms(), "run scripts/make_vocab.py"


def test_ntriples_terms_are_the_vocabulary_terms() -> None:
    from rdflib import namespace

    from kg import _terms

    for name in _terms.__all__:
        if name == "KGO_TERMS":
            continue
        cls = getattr(_terms, name)
        ns = getattr(namespace, name, None) or {"KGO": KGO, "OA": OA, "SDMX_MEASURE": SDMX_MEASURE,
                                                "SDMX_ATTRIBUTE": SDMX_ATTRIBUTE}[name]
        terms = {k: v for k, v in vars(cls).items() if isinstance(v, str) and v.startswith("<")}
        assert terms, name
        for term, token in terms.items():
            assert token == f"<{getattr(ns, term)}>", (name, term)
    assert _terms.KGO_TERMS["lead"] == f"<{KGO.lead}>"
    with pytest.raises(AttributeError):
        _terms.KGO.ledby  # noqa: B018  (a misspelt term fails)


# ---------------------------------------------------------------- the fast graph stage against the rdflib one

def _plans() -> list[Path]:
    return [EXAMPLE, *DEV_PLANS, *CORPUS_PLANS]


def test_fast_graph_stage_makes_the_same_graph_as_the_rdflib_one(example_extraction) -> None:
    """The example, the dev set and every fourth plan of the corpus, then further plans of the corpus until
    every kind of record counted below has been seen twice (a sample that keeps the suite short): the
    N-Triples written directly are the triples the rdflib builder (tests/rdflib_reference.py) made,
    blank-node free and isomorphic."""
    from extract import extract

    first = [EXAMPLE, *DEV_PLANS, *CORPUS_PLANS[::4]]
    plans = first + [p for p in CORPUS_PLANS if p not in first]
    assert len(first) > 50
    seen = {"tables": 0, "teams": 0, "actions": 0, "quotas": 0, "deadlines": 0, "warnings": 0}
    for k, plan in enumerate(plans):
        if k >= len(first) and all(n >= 2 for n in seen.values()):
            break
        ex = example_extraction if plan == EXAMPLE else extract(plan, use_cache=False)
        seen["tables"] += any(i.table for i in ex.indicators)
        seen["teams"] += bool(ex.teams)
        seen["actions"] += bool(ex.actions)
        seen["quotas"] += any(d.quota for d in ex.duties)
        seen["deadlines"] += bool(ex.deadlines)
        seen["warnings"] += bool(ex.warnings)
        fast_nt, old_nt = ntriples(ex), reference_graph(ex).serialize(format="nt")
        assert "_:" not in fast_nt and "_:" not in old_nt, f"{plan.name}: a blank node"  # so equal sets: isomorphic
        fast, old = _ox_triples(fast_nt), _ox_triples(old_nt)
        if fast != old:
            raise AssertionError(f"{plan.name}: only in the fast graph {sorted(map(str, fast - old))[:5]}, "
                                 f"only in the rdflib one {sorted(map(str, old - fast))[:5]}")
    assert all(n >= 2 for n in seen.values()), seen


def test_each_triple_is_written_once_whatever_the_chunk_size() -> None:
    from extract import extract
    from kg.graph import ntriples, write_ntriples

    for plan in _plans()[:30]:
        ex = extract(plan, use_cache=False)
        lines = ntriples(ex).splitlines()
        assert len(lines) == len(set(lines)), plan.name
        chunks: list[tuple[str, int]] = []
        write_ntriples(ex, lambda text, n, into=chunks: into.append((text, n)), batch=7)
        assert all(0 < n <= 7 and text.count("\n") == n for text, n in chunks)
        assert "".join(text for text, _ in chunks).splitlines() == lines, plan.name


def test_a_character_no_iri_may_hold_is_percent_encoded(tmp_path: Path) -> None:
    """A private-use glyph (PDF extraction leaves them) in a unit name: the old graph stage wrote it raw
    and the store refused the whole plan."""
    import pyoxigraph as ox

    from extract import extract_text
    from kg.graph import ntriples

    ex = extract_text("1.任务一。(市\ue000发改局牵头,市财政局按职责分工负责)")
    assert "市\ue000发改局" in {u.key for u in ex.units}
    text = ntriples(ex)
    store = ox.Store()
    store.load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)  # strict: every IRI is valid
    assert "unit-市%EE%80%80发改局>" in text and '"市\ue000发改局"' in text


def test_written_turtle_and_store_hold_the_same_triples(example_graph: Path) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(example_graph.with_suffix(".oxigraph")))
    in_store = set(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    in_ttl = {ox.Quad(t.subject, t.predicate, t.object) for t in ox.parse(path=str(example_graph))}
    assert in_store == in_ttl and len(in_store) > 30_000


def test_a_build_makes_no_rdflib_object(tmp_path: Path) -> None:
    """The graph stage writes N-Triples text for Oxigraph: rdflib is not even imported by a build."""
    import subprocess
    import sys

    code = ("import sys; from kg import build; build(sys.argv[1], sys.argv[2], html=False, use_cache=False); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'oxrdflib')))")
    p = subprocess.run([sys.executable, "-c", code, str(EXAMPLE), str(tmp_path / "out")], capture_output=True,
                       text=True, check=True)
    assert p.stdout.strip() == "[]", p.stdout


def test_team_is_an_org_collaboration_with_memberships(written: rdflib.Graph) -> None:
    g = written
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


def test_the_store_writer_reports_a_line_oxigraph_cannot_read_in_one_error(tmp_path: Path) -> None:
    from extract.errors import GraphError
    from kg.prefixes import PREFIXES
    from kg.store import StoreWriter

    w = StoreWriter("plan", tmp_path, PREFIXES)
    w.add('<https://w3id.org/kg-plan/id/x> <https://w3id.org/kg-plan/ont#line> "1" .\n')
    w.add('<relative> <https://w3id.org/kg-plan/ont#line> "2" .\n')  # no relative IRI in N-Triples
    with pytest.raises(GraphError, match="could not be stored") as e:
        w.close()
    assert "\n" not in str(e.value)
    w.abort()  # after a failure: returns at once, the threads are gone
    assert not any(t.is_alive() for t in (x.thread for x in w._workers))
