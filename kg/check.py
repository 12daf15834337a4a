"""``kg check``: validate a built graph against ``shapes.ttl`` (pySHACL) and list what to review.

Only the triples the shapes look at are taken from the store (a CONSTRUCT), which keeps the
check under a second on a plan of 30k triples.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from .lists import PREFIX
from .store import open_store

__all__ = ["check"]

_FOCUS = PREFIX + """
CONSTRUCT {
  ?r a kgo:Responsibility ; kgo:unit ?u ; kgo:role ?role ; prov:wasDerivedFrom ?q ; kgo:line ?line ;
     kgo:surfaceForm ?sf ; kgo:task ?t ; kgo:team ?team ; kgo:indicator ?ind .
  ?h a ?hc ; kgo:parent ?p .
  ?i a kgo:Indicator ; sdmx-measure:obsValue ?v ; sdmx-attribute:unitMeasure ?m ; prov:wasDerivedFrom ?iq .
} WHERE {
  { ?r a kgo:Responsibility .
    OPTIONAL { ?r kgo:unit ?u } OPTIONAL { ?r kgo:role ?role } OPTIONAL { ?r prov:wasDerivedFrom ?q }
    OPTIONAL { ?r kgo:line ?line } OPTIONAL { ?r kgo:surfaceForm ?sf } OPTIONAL { ?r kgo:task ?t }
    OPTIONAL { ?r kgo:team ?team } OPTIONAL { ?r kgo:indicator ?ind } }
  UNION
  { ?h a ?hc . FILTER(?hc IN (kgo:Task, kgo:Subtask, kgo:Subsection, kgo:Section)) OPTIONAL { ?h kgo:parent ?p } }
  UNION
  { ?i a kgo:Indicator . OPTIONAL { ?i sdmx-measure:obsValue ?v } OPTIONAL { ?i sdmx-attribute:unitMeasure ?m }
    OPTIONAL { ?i prov:wasDerivedFrom ?iq } }
}
"""
_WHERE = PREFIX + """
SELECT ?n ?line ?label ?quote ?plan WHERE {
  ?n kgo:line ?line .
  OPTIONAL { ?n kgo:inPlan/kgo:sourceName ?plan }
  OPTIONAL { ?n rdfs:label ?l1 } OPTIONAL { ?n kgo:surfaceForm ?l2 }
  OPTIONAL { ?n prov:wasDerivedFrom/oa:hasSelector/oa:exact ?quote }
  BIND(COALESCE(?l2, ?l1) AS ?label)
}
"""
_SEVERITY = {"Violation": "violation", "Warning": "warning", "Info": "info"}
# what the build found it could not read (kgo:ReadingIssue), listed with the SHACL results
_ISSUES = PREFIX + """
SELECT ?n ?code ?message ?line ?quote ?plan WHERE {
  ?n a kgo:ReadingIssue ; kgo:issueCode ?code ; kgo:message ?message .
  OPTIONAL { ?n kgo:inPlan/kgo:sourceName ?plan }
  OPTIONAL { ?n kgo:line ?line }
  OPTIONAL { ?n prov:wasDerivedFrom/oa:hasSelector/oa:exact ?quote }
}
"""
# lines kg could not read are warnings; a task without a unit or an odd unit name is for review
_ISSUE_SEVERITY = {"W101": "warning", "W104": "warning", "W102": "info", "W103": "info"}


def _to_rdflib(triples: Any) -> Any:
    import pyoxigraph as ox
    from rdflib import BNode, Graph, Literal, URIRef

    cache: dict[Any, Any] = {}

    def conv(x: Any) -> Any:
        hit = cache.get(x)
        if hit is not None:
            return hit
        if isinstance(x, ox.NamedNode):
            out: Any = URIRef(x.value)
        elif isinstance(x, ox.BlankNode):
            out = BNode(x.value)
        else:
            out = Literal(x.value, lang=x.language, datatype=None if x.language else URIRef(x.datatype.value))
        cache[x] = out
        return out

    g = Graph()
    g.addN((conv(t.subject), conv(t.predicate), conv(t.object), g) for t in triples)
    return g


def check(graph: str | Path) -> list[dict[str, Any]]:
    """Validate the graph against the shapes; one dict per result: severity, line, what, focus, quote."""
    import rdflib
    from pyshacl import validate
    from rdflib.namespace import SH

    store = open_store(graph)
    data = _to_rdflib(store.raw_query(_FOCUS))
    shapes = rdflib.Graph().parse(data=resources.files("kg").joinpath("resources/shapes.ttl").read_text("utf-8"),
                                  format="turtle")
    _, report, _ = validate(data, shacl_graph=shapes, advanced=False, allow_warnings=True)
    where = {r["n"]: r for r in store.select(_WHERE)}
    out: list[dict[str, Any]] = []
    for res in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus: str = str(report.value(res, SH.focusNode))
        sev = str(report.value(res, SH.resultSeverity)).rsplit("#", 1)[-1]
        msg = str(report.value(res, SH.resultMessage) or "")
        w = where.get(focus, {})
        out.append({"severity": _SEVERITY.get(sev, sev), "plan": w.get("plan"), "line": w.get("line"), "what": msg,
                    "focus": w.get("label") or focus.rsplit("/", 1)[-1], "quote": w.get("quote") or "",
                    "node": focus})
    for r in store.select(_ISSUES):
        code = str(r["code"])
        out.append({"severity": _ISSUE_SEVERITY.get(code, "info"), "plan": r.get("plan"), "line": r.get("line"),
                    "what": f"{code} {r['message']}", "focus": code, "quote": r.get("quote") or "",
                    "node": r["n"]})
    order = {"violation": 0, "warning": 1, "info": 2}
    out.sort(key=lambda r: (order.get(str(r["severity"]), 3), r["plan"] or "", r["line"] or 0, r["what"]))
    return out
