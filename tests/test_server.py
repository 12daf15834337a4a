"""The SPARQL 1.1 Protocol endpoint, exercised by a real client (SPARQLWrapper)."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser import served

PREFIX = "PREFIX kgo: <https://w3id.org/kg-plan/ont#>\n"


@pytest.fixture(scope="module")
def endpoint(example_graph: Path) -> Iterator[str]:
    with served(example_graph, "--timeout", "1", "--max-rows", "100") as base:
        yield base + "/sparql"


def test_select_ask_construct_with_sparqlwrapper(endpoint: str) -> None:
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(endpoint)
    sw.setQuery(PREFIX + "SELECT (COUNT(?r) AS ?n) WHERE { ?r kgo:role kgo:lead }")
    sw.setReturnFormat(JSON)
    n = int(sw.query().convert()["results"]["bindings"][0]["n"]["value"])
    assert n == 126
    sw.setQuery(PREFIX + "ASK { ?u a kgo:Unit }")
    assert sw.query().convert()["boolean"] is True
    sw.setQuery(PREFIX + "CONSTRUCT { ?t kgo:ledBy ?u } WHERE { ?t kgo:ledBy ?u }")
    sw.setReturnFormat(TURTLE)
    ttl = sw.query().convert()
    import rdflib

    g = rdflib.Graph().parse(data=ttl, format="turtle")
    assert len(g) == 100  # graph results are capped like rows (--max-rows 100)


def _get(url: str, accept: str = "") -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, dict(e.headers), e.read()


def _q(endpoint: str, query: str) -> str:
    return endpoint + "?" + urllib.parse.urlencode({"query": PREFIX + query})


@pytest.mark.parametrize(("accept", "ctype", "probe"), [
    ("application/sparql-results+json", "application/sparql-results+json", b'"bindings"'),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
    ("text/csv", "text/csv", b"role\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", b"?role\n"),
])
def test_content_negotiation(endpoint: str, accept: str, ctype: str, probe: bytes) -> None:
    status, headers, body = _get(_q(endpoint, "SELECT DISTINCT ?role WHERE { ?r kgo:role ?role }"), accept)
    assert status == 200 and headers["Content-Type"].startswith(ctype) and probe in body


def test_construct_as_json_ld(endpoint: str) -> None:
    status, headers, body = _get(_q(endpoint, "CONSTRUCT { ?u a kgo:Unit } WHERE { ?u a kgo:Unit }"),
                                 "application/ld+json")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    assert isinstance(json.loads(body), list | dict)


def test_post_form_and_direct_body(endpoint: str) -> None:
    q = PREFIX + "SELECT ?u WHERE { ?u a kgo:Unit } LIMIT 3"
    for data, ctype in ((urllib.parse.urlencode({"query": q}).encode(), "application/x-www-form-urlencoded"),
                        (q.encode(), "application/sparql-query")):
        req = urllib.request.Request(endpoint, data=data, headers={"Content-Type": ctype,
                                                                   "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=20) as r:
            assert len(json.loads(r.read())["results"]["bindings"]) == 3


def test_updates_are_refused(endpoint: str) -> None:
    for data, ctype in ((b"DROP ALL", "application/sparql-update"),
                        (urllib.parse.urlencode({"update": "DROP ALL"}).encode(), "application/x-www-form-urlencoded"),
                        (b"DROP ALL", "application/sparql-query")):
        req = urllib.request.Request(endpoint, data=data, headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req, timeout=20)
        e.value.close()
        assert e.value.code == 403


def test_malformed_query_is_400_with_position(endpoint: str) -> None:
    status, _, body = _get(endpoint + "?query=" + urllib.parse.quote("SELECT ?x WHERE { ?x ?y }"))
    assert status == 400 and b"line 1, column" in body


def test_timeout_and_row_cap(endpoint: str) -> None:
    status, _, body = _get(_q(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"))
    assert status == 503 and b"stopped after 1 s" in body
    status, headers, body = _get(_q(endpoint, "SELECT ?s WHERE { ?s ?p ?o }"), "application/sparql-results+json")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 100
    assert "X-KG-Truncated" in headers


def test_not_acceptable(endpoint: str) -> None:
    status, _, _ = _get(_q(endpoint, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"), "image/png")
    assert status == 406


def test_binds_to_loopback_by_default(example_graph: Path) -> None:
    with served(example_graph) as base:
        assert base.startswith("http://127.0.0.1:")
