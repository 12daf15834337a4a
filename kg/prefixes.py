"""Namespace prefixes of kg's graphs and queries, as plain strings (no rdflib import on the query path).

tests/test_graph.py checks them against the vocabulary classes of :mod:`kg.vocab` and rdflib.
"""

from __future__ import annotations

__all__ = ["PREFIXES", "SPARQL_PREFIXES"]

PREFIXES: dict[str, str] = {
    "kgo": "https://w3id.org/kg-plan/ont#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "oa": "http://www.w3.org/ns/oa#",
    "time": "http://www.w3.org/2006/time#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "sdmx-measure": "http://purl.org/linked-data/sdmx/2009/measure#",
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
}

#: the same prefixes as SPARQL PREFIX declarations
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
