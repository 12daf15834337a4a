"""What was extracted, as rows: tasks (headings), duties, indicators — answered with SPARQL.

Each function takes a :class:`kg.store.GraphStore` first and returns a list of plain dicts.
The first columns are the ones ``kg tasks|duties|indicators --format csv`` promise.
"""

from __future__ import annotations

from typing import Any

from .prefixes import SPARQL_PREFIXES
from .store import GraphStore

__all__ = ["DUTY_COLUMNS", "INDICATOR_COLUMNS", "PREFIX", "TASK_COLUMNS", "duties", "indicators", "plan_titles", "tasks"]

PREFIX = SPARQL_PREFIXES

TASK_COLUMNS = ("line", "kind", "number", "title", "parent_line", "annex_line", "plan", "text")
DUTY_COLUMNS = ("unit", "role", "line", "task", "task_line", "unit_name", "unit_kind", "team", "indicator", "quota",
                "start", "end", "quote", "plan")
INDICATOR_COLUMNS = ("line", "name", "value", "measure", "bound", "year", "task_line", "table", "min", "max",
                     "quote", "plan")

_TASKS = PREFIX + """
SELECT ?line ?kind ?number ?title ?parent_line ?annex_line ?plan ?text WHERE {
  ?h kgo:headingKind ?kind ; kgo:line ?line ; kgo:number ?number ; kgo:text ?text ; kgo:inPlan ?p .
  ?p kgo:sourceName ?plan .
  OPTIONAL { ?h dcterms:title ?title }
  OPTIONAL { ?h kgo:parent/kgo:line ?parent_line }
  OPTIONAL { ?h kgo:inAnnex/kgo:line ?annex_line }
} ORDER BY ?plan ?line
"""

_DUTIES = PREFIX + """
SELECT ?unit ?role ?line ?task ?task_line ?unit_name ?unit_kind ?team ?indicator ?quota ?start ?end ?quote ?plan
WHERE {
  ?d a kgo:Responsibility ; kgo:unit ?u ; kgo:role ?r ; kgo:surfaceForm ?unit ; kgo:line ?line ;
     kgo:inPlan ?p ; prov:wasDerivedFrom ?q .
  ?p kgo:sourceName ?plan .
  ?u skos:prefLabel ?unit_name ; kgo:unitKind ?k .
  ?q oa:hasSelector ?ps , ?qs .
  ?ps oa:start ?start ; oa:end ?end .
  ?qs oa:exact ?quote .
  BIND(STRAFTER(STR(?r), "#") AS ?role)
  BIND(STRAFTER(STR(?k), "#") AS ?unit_kind)
  OPTIONAL { ?d kgo:task ?t . ?t kgo:line ?task_line . OPTIONAL { ?t rdfs:label ?heading } }
  # a duty under no heading (a table's row): the text that states it (the row's task cell) names its task
  OPTIONAL { ?d kgo:statedIn/oa:hasSelector/oa:exact ?stated }
  BIND(COALESCE(?heading, ?stated) AS ?task)
  OPTIONAL { ?d kgo:team/rdfs:label ?team }
  OPTIONAL { ?d kgo:indicator/rdfs:label ?indicator }
  OPTIONAL { ?d kgo:quotaText ?quota }
} ORDER BY ?plan ?line ?start ?role
"""

_INDICATORS = PREFIX + """
SELECT ?line ?name ?value ?measure ?bound ?year ?task_line ?table ?min ?max ?quote ?plan WHERE {
  ?i a kgo:Indicator ; kgo:line ?line ; rdfs:label ?name ; kgo:valueText ?value ;
     sdmx-attribute:unitMeasure/skos:prefLabel ?measure ; kgo:inPlan ?p ; prov:wasDerivedFrom ?q .
  ?p kgo:sourceName ?plan .
  ?q oa:hasSelector/oa:exact ?quote .
  OPTIONAL { ?i sdmx-measure:obsValue ?min }
  OPTIONAL { ?i kgo:maxValue ?max }
  OPTIONAL { ?i kgo:bound ?b BIND(STRAFTER(STR(?b), "#") AS ?bound) }
  OPTIONAL { ?i kgo:targetYear ?y BIND(STR(?y) AS ?year) }
  OPTIONAL { ?i kgo:forTask/kgo:line ?task_line }
  OPTIONAL { ?i kgo:fromTable ?table }
} ORDER BY ?plan ?line ?quote
"""


def tasks(store: GraphStore) -> list[dict[str, Any]]:
    """Every heading (annex, section, subsection, task, subtask) with its parent.

    Columns: ``line, kind, number, title, parent_line, annex_line, plan, text``.
    """
    return store.select(_TASKS)


def duties(store: GraphStore) -> list[dict[str, Any]]:
    """Every responsibility: the unit as written, its role, the line it is named on, the task.

    Columns: ``unit, role, line, task, task_line, unit_name, unit_kind, team, indicator, quota,
    start, end, quote, plan``.
    """
    return store.select(_DUTIES)


def indicators(store: GraphStore) -> list[dict[str, Any]]:
    """Every quantified target.

    Columns: ``line, name, value, measure, bound, year, task_line, table, min, max, quote, plan``.
    """
    rows = store.select(_INDICATORS)
    for r in rows:
        r["table"] = bool(r.get("table"))
    return rows


_TITLES = PREFIX + """
SELECT DISTINCT ?title WHERE { ?p kgo:sourceName ?plan ; dcterms:title ?title } ORDER BY ?title
"""


def plan_titles(store: GraphStore) -> list[str]:
    """The titles of the plans in the graph, sorted."""
    return [r["title"] for r in store.select(_TITLES)]
