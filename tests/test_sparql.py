"""Typed query results (kg.sparql.execute) and their formats, written and read back by pyoxigraph."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg._query import run_query
from kg.sparql import AskResult, GraphResult, SelectResult, execute
from kg.store import GraphStore, open_store

LEADS = "SELECT ?r ?line WHERE { ?r kgo:role kgo:lead ; kgo:line ?line } ORDER BY ?r"


@pytest.fixture(scope="module")
def store(example_graph: Path) -> GraphStore:
    return open_store(example_graph)


def test_each_kind_of_query_gives_its_own_result_type(store: GraphStore) -> None:
    leads = execute(store, LEADS)
    assert isinstance(leads, SelectResult) and leads.variables == ("r", "line")
    assert len(leads) == 126 == len(leads.rows)  # the example's 126 lead duties (`kg build` prints them)
    assert all(isinstance(r["line"], int) and r["r"].startswith("https://w3id.org/kg-plan/id/")
               for r in leads.records())
    assert execute(store, "ASK { ?r kgo:role kgo:lead }") == AskResult(True)
    assert not execute(store, "ASK { ?r kgo:role kgo:nosuchrole }")
    graph = execute(store, "CONSTRUCT { ?r kgo:role kgo:lead } WHERE { ?r kgo:role kgo:lead }")
    assert isinstance(graph, GraphResult) and len(graph) == 126 == len(graph.triples)
    assert {t.object for t in graph.triples} == {ox.NamedNode("https://w3id.org/kg-plan/ont#lead")}


def test_a_cap_cuts_at_exactly_max_rows(store: GraphStore) -> None:
    assert not execute(store, LEADS, max_rows=126).truncated  # as many rows as the cap: nothing cut
    cut = execute(store, LEADS, max_rows=125)
    assert isinstance(cut, SelectResult) and cut.truncated and len(cut) == 125
    assert cut.rows == execute(store, LEADS).rows[:125]
    triples = execute(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", max_rows=7)
    assert isinstance(triples, GraphResult) and triples.truncated and len(triples.triples) == 7


def test_every_results_format_reads_back_to_the_same_rows(store: GraphStore) -> None:
    leads = execute(store, LEADS)
    assert isinstance(leads, SelectResult)
    for fmt, ox_fmt in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                        ("tsv", ox.QueryResultsFormat.TSV)):
        back = ox.parse_query_results(leads.serialize(fmt), ox_fmt)
        assert [tuple(s) for s in back] == leads.rows, fmt
    table = list(csv.reader(io.StringIO(leads.serialize("csv").decode("utf-8"))))
    assert table[0] == ["r", "line"] and table[1:] == [[r["r"], str(r["line"])] for r in leads.records()]
    assert json.loads(execute(store, "ASK { ?r kgo:role kgo:lead }").serialize("json")) == {"head": {}, "boolean": True}


def test_terms_that_are_hard_to_write_survive(store: GraphStore) -> None:
    # tabs and newlines in a literal (one TSV line per row), a language tag, a blank node, a triple term
    q = ('SELECT ?text ?tagged ?b ?t WHERE { BIND("市发改局\\t牵头\\n(下同)" AS ?text) BIND("市"@zh AS ?tagged) '
         'BIND(BNODE() AS ?b) BIND(<<( kgo:a kgo:b "c" )>> AS ?t) }')
    r = execute(store, q)
    assert isinstance(r, SelectResult) and len(r) == 1
    text, tagged, b, t = r.rows[0]
    assert text.value == "市发改局\t牵头\n(下同)" and tagged.language == "zh" and isinstance(b, ox.BlankNode)
    assert isinstance(t, ox.Triple) and t.object == ox.Literal("c")
    bindings = json.loads(r.serialize("json"))["results"]["bindings"][0]
    assert bindings["text"]["value"] == "市发改局\t牵头\n(下同)" and bindings["t"]["type"] == "triple"


def test_kg_query_formats_are_the_results_formats(example_graph: Path, store: GraphStore) -> None:
    """`kg query -f tsv|xml` streams pyoxigraph's formats; table/csv/json are rows of values."""
    leads = execute(store, LEADS)
    assert isinstance(leads, SelectResult)
    for fmt, ox_fmt in (("xml", ox.QueryResultsFormat.XML), ("tsv", ox.QueryResultsFormat.TSV)):
        text = run_query(example_graph, LEADS, fmt=fmt)
        assert text.endswith("\n")
        assert [tuple(s) for s in ox.parse_query_results(text, ox_fmt)] == leads.rows, fmt
    assert json.loads(run_query(example_graph, LEADS, fmt="json")) == leads.records()
    assert run_query(example_graph, "ASK { ?r kgo:role kgo:lead }", fmt="tsv") == "true\n"
    assert run_query(example_graph, "ASK { ?r kgo:role kgo:lead }", fmt="csv") == "result\ntrue\n"
    ttl = run_query(example_graph, "CONSTRUCT { ?r kgo:role kgo:lead } WHERE { ?r kgo:role kgo:lead }", fmt="csv")
    assert len(list(ox.parse(ttl, format=ox.RdfFormat.TURTLE))) == 126
