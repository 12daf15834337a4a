"""The graph stage as it was before kg wrote N-Triples directly: records -> rdflib terms.

Kept as the reference the fast graph stage (:mod:`kg.graph`) is compared with
(tests/test_graph.py builds both on real plans and asserts the graphs are isomorphic).
A copy of kg/graph.py at commit ade993d, unchanged but for the names of its entry points;
do not "improve" it: it is the specification of the triples.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any
from urllib.parse import quote

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

from extract.records import TEAM_ROLES, Extraction, HeadingKind, Role, SourceSpan, UnitKind
from kg.vocab import KGO, OA, SDMX_ATTRIBUTE, SDMX_MEASURE

__all__ = ["reference_graph"]

BASE = Namespace("https://w3id.org/kg-plan/id/")
_HEADING_CLASS = {
    HeadingKind.annex: KGO.Annex,
    HeadingKind.section: KGO.Section,
    HeadingKind.subsection: KGO.Subsection,
    HeadingKind.task: KGO.Task,
    HeadingKind.subtask: KGO.Subtask,
}
_SHORTCUT = {Role.lead: KGO.ledBy, Role.co: KGO.supportedBy, Role.shared: KGO.sharedBy, Role.supervisor: KGO.supervisedBy}


def plan_iri(doc_id: str) -> URIRef:
    return BASE[quote(doc_id, safe="")]


def unit_iri(ex: Extraction, key: str) -> URIRef:
    """IRI of the unit ``key`` of the plan ``ex`` (as the graph names it)."""
    return URIRef(plan_base(ex) + "unit-" + _iri_safe(key))


def office_iri(key: str) -> URIRef:
    """IRI of an office of a corpus (``locality/name``, see :mod:`kg.offices`)."""
    return BASE["office/" + "/".join(_iri_safe(p) for p in key.split("/"))]


def plan_base(ex: Extraction) -> str:
    """Namespace of the nodes of one plan (used as the ``kgd:`` prefix in Turtle)."""
    return str(plan_iri(ex.document.doc_id)) + "/"


class _Builder:
    def __init__(self, ex: Extraction, sink: Any = None, batch: int = 200_000) -> None:
        self.ex = ex
        self.triples: dict[tuple[URIRef, URIRef, Any], None] = {}
        self.sink = sink  # called with each full batch of triples (bounded memory for big plans)
        self.batch = batch
        self.plan = plan_iri(ex.document.doc_id)
        self.base = str(self.plan) + "/"
        self.add = self._add
        self._quotes: set[URIRef] = set()

    def _add(self, triple: tuple[URIRef, URIRef, Any]) -> None:
        self.triples[triple] = None
        if self.sink is not None and len(self.triples) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.sink is not None and self.triples:
            self.sink(list(self.triples))
            self.triples.clear()

    def iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "-".join(_iri_safe(p) for p in parts))

    def heading(self, line: int | None) -> URIRef | None:
        return None if line is None else self.iri(f"L{line}")

    def quote_node(self, span: SourceSpan) -> URIRef:
        node = self.iri("span", f"{span.start}-{span.end}")
        if node in self._quotes:
            return node
        self._quotes.add(node)
        pos, exact = URIRef(str(node) + "#position"), URIRef(str(node) + "#quote")
        add = self.add
        add((node, RDF.type, OA.SpecificResource))
        add((node, OA.hasSource, self.plan))
        add((node, KGO.line, Literal(span.line)))
        add((node, OA.hasSelector, pos))
        add((node, OA.hasSelector, exact))
        add((pos, RDF.type, OA.TextPositionSelector))
        add((pos, OA.start, Literal(span.start)))
        add((pos, OA.end, Literal(span.end)))
        add((exact, RDF.type, OA.TextQuoteSelector))
        add((exact, OA.exact, Literal(span.quote)))
        return node

    def derived(self, node: URIRef, span: SourceSpan) -> None:
        self.add((node, PROV.wasDerivedFrom, self.quote_node(span)))
        self.add((node, KGO.line, Literal(span.line)))

    # ---------------------------------------------------------------- parts
    def document(self) -> None:
        d = self.ex.document
        p, add = self.plan, self.add
        add((p, RDF.type, KGO.Plan))
        add((p, KGO.sourceName, Literal(d.source_name)))
        add((p, KGO.sha1, Literal(d.sha1)))
        add((p, RDFS.label, Literal(d.title or d.source_name)))
        if d.title:
            add((p, DCTERMS.title, Literal(d.title)))
        if d.number:
            add((p, DCTERMS.identifier, Literal(d.number.quote)))
        if d.issuer:
            add((p, DCTERMS.publisher, Literal(d.issuer.quote)))
        if d.date:
            add((p, DCTERMS.issued, Literal(d.date, datatype=XSD.date)))
        if d.locality:
            add((p, KGO.locality, Literal(d.locality)))
        for span in (d.number, d.issuer, d.title_span, d.date_span):
            if span is not None:
                add((p, PROV.wasDerivedFrom, self.quote_node(span)))

    def headings(self) -> None:
        add = self.add
        for h in self.ex.headings:
            node = self.heading(h.line)
            assert node is not None
            add((node, RDF.type, _HEADING_CLASS[h.kind]))
            add((node, KGO.headingKind, Literal(h.kind.value)))
            add((node, KGO.number, Literal(h.number)))
            add((node, KGO.inPlan, self.plan))
            add((node, KGO.text, Literal(h.span.quote)))
            title = h.title
            if h.kind is HeadingKind.annex and (t := self.ex.annex_titles.get(h.line)):
                title = t.quote
                add((node, PROV.wasDerivedFrom, self.quote_node(t)))
            if title:
                add((node, DCTERMS.title, Literal(title)))
            add((node, RDFS.label, Literal(title or h.span.quote[:40])))
            if h.parent_line is not None:
                add((node, KGO.parent, self.heading(h.parent_line)))  # type: ignore[arg-type]
            if h.annex_line is not None and h.annex_line != h.line:
                add((node, KGO.inAnnex, self.heading(h.annex_line)))  # type: ignore[arg-type]
            self.derived(node, h.span)
            for dl in self.ex.deadlines.get(h.line, ()):
                self.deadline(node, dl)
        # duties on each heading and below it (0 marks a task nobody is responsible for)
        below: dict[int, int] = {h.line: 0 for h in self.ex.headings}
        path_of = {h.line: h.path for h in self.ex.headings}
        for d in self.ex.duties:
            if d.task_line in below and d.role in (Role.lead, Role.co, Role.shared, Role.supervisor):
                below[d.task_line] += 1
                for anc in path_of[d.task_line]:
                    below[anc] += 1
        for line, n in below.items():
            add((self.heading(line), KGO.dutiesBelow, Literal(n)))  # type: ignore[arg-type]
        # deadlines on body lines belong to the enclosing heading
        heading_lines = {h.line for h in self.ex.headings}
        for line, dls in self.ex.deadlines.items():
            if line in heading_lines:
                continue
            parent = self._parent_heading(line)
            if parent is not None:
                for dl in dls:
                    self.deadline(parent, dl)
        for a in self.ex.actions:
            node = self.iri("action", a.number)
            add((node, RDF.type, KGO.Action))
            add((node, KGO.number, Literal(a.number)))
            add((node, RDFS.label, Literal(a.title)))
            add((node, KGO.inPlan, self.plan))
            if a.annex_line is not None:
                annex = self.heading(a.annex_line)
                add((node, KGO.annex, annex))  # type: ignore[arg-type]
                add((annex, KGO.action, node))  # type: ignore[arg-type]
            self.derived(node, a.span)

    def _parent_heading(self, line: int) -> URIRef | None:
        """The nearest heading at or above ``line`` (headings are in line order)."""
        if not hasattr(self, "_heading_lines"):
            self._heading_lines = [h.line for h in self.ex.headings]
        k = bisect_right(self._heading_lines, line)
        return self.heading(self._heading_lines[k - 1]) if k else None

    def deadline(self, task: URIRef, dl) -> None:
        node = self.iri("deadline", str(dl.span.start))
        add = self.add
        add((task, KGO.deadline, node))
        add((node, RDFS.label, Literal(dl.text)))
        if dl.begin:
            add((node, RDF.type, TIME.Interval))
            b, e = URIRef(str(node) + "#begin"), URIRef(str(node) + "#end")
            add((node, TIME.hasBeginning, b))
            add((node, TIME.hasEnd, e))
            add((b, RDF.type, TIME.Instant))
            add((b, TIME.inXSDDate, Literal(dl.begin, datatype=XSD.date)))
            add((e, RDF.type, TIME.Instant))
            add((e, TIME.inXSDDate, Literal(dl.end, datatype=XSD.date)))
        else:
            add((node, RDF.type, TIME.Instant))
            add((node, TIME.inXSDDate, Literal(dl.end, datatype=XSD.date)))
        self.derived(node, dl.span)

    def units(self) -> None:
        add = self.add
        for u in self.ex.units:
            node = self.iri("unit", u.key)
            if u.kind is UnitKind.position:
                add((node, RDF.type, KGO.Position))
            elif u.kind is UnitKind.person:
                add((node, RDF.type, KGO.Person))
            elif u.kind is UnitKind.collective:
                add((node, RDF.type, KGO.CollectiveUnit))
            else:
                add((node, RDF.type, KGO.Unit))
            add((node, SKOS.prefLabel, Literal(u.name)))
            add((node, RDFS.label, Literal(u.name)))
            for label in u.labels:
                if label != u.name:
                    add((node, SKOS.altLabel, Literal(label)))
            add((node, KGO.unitKind, KGO[u.kind.value]))
            add((node, KGO.inPlan, self.plan))

    def teams(self) -> None:
        add = self.add
        for t in self.ex.teams:
            node = self.iri("team", t.key)
            add((node, RDF.type, KGO.WorkTeam))
            add((node, RDFS.label, Literal(t.name)))
            add((node, SKOS.prefLabel, Literal(t.name)))
            add((node, KGO.teamKind, Literal(t.kind)))
            add((node, KGO.inPlan, self.plan))
            if t.heading_line is not None:
                add((node, KGO.forTask, self.heading(t.heading_line)))  # type: ignore[arg-type]
            if t.annex_line is not None:
                add((node, KGO.inAnnex, self.heading(t.annex_line)))  # type: ignore[arg-type]
            self.derived(node, t.span)

    def duties(self) -> None:
        add = self.add
        kinds = {u.key: u.kind for u in self.ex.units}
        indicator_at: dict[tuple[int | None, str], URIRef] = {}
        for i in self.ex.indicators:
            if i.table:
                indicator_at[(i.task_line, i.name)] = self.iri("indicator", str(i.span.start))
        for d in self.ex.duties:
            node = self.iri("duty", f"{d.span.start}-{d.role.value}")
            unit = self.iri("unit", d.unit_key)
            add((node, RDF.type, KGO.Responsibility))
            add((node, KGO.unit, unit))
            add((node, KGO.role, KGO[d.role.value]))
            add((node, KGO.surfaceForm, Literal(d.unit)))
            add((node, KGO.inPlan, self.plan))
            task = self.heading(d.task_line)
            if task is not None:
                add((node, KGO.task, task))
                add((task, PROV.qualifiedAssociation, node))
                if d.role in _SHORTCUT:
                    add((task, _SHORTCUT[d.role], unit))
                if d.role in (Role.lead, Role.co, Role.shared):
                    add((task, KGO.responsibleUnit, unit))
            if d.team is not None:
                team = self.iri("team", d.team)
                add((node, KGO.team, team))
                if d.role in TEAM_ROLES:
                    if kinds.get(d.unit_key) in (UnitKind.position, UnitKind.person):
                        add((unit, ORG.postIn, team))
                        add((unit, ORG.role, KGO[d.role.value]))
                    else:
                        add((node, RDF.type, ORG.Membership))
                        add((node, ORG.member, unit))
                        add((node, ORG.organization, team))
                        add((node, ORG.role, KGO[d.role.value]))
                        add((team, ORG.hasMember, unit))
            if d.role is Role.indicator_owner and d.indicator:
                ind = indicator_at.get((d.task_line, d.indicator))
                if ind is not None:
                    add((node, KGO.indicator, ind))
            if d.quota:
                add((node, KGO.quotaText, Literal(d.quota)))
                if d.quota_value:
                    add((node, KGO.valueText, Literal(d.quota_value)))
                if d.quota_measure:
                    add((node, SDMX_ATTRIBUTE.unitMeasure, self.measure(d.quota_measure)))
            if d.clause is not None:
                add((node, KGO.statedIn, self.quote_node(d.clause)))
            self.derived(node, d.span)

    def measure(self, m: str) -> URIRef:
        node = BASE["measure/" + _iri_safe(m)]
        self.add((node, RDF.type, KGO.Measure))
        self.add((node, SKOS.prefLabel, Literal(m)))
        return node

    def indicators(self) -> None:
        add = self.add
        for i in self.ex.indicators:
            node = self.iri("indicator", str(i.span.start))
            add((node, RDF.type, KGO.Indicator))
            add((node, RDFS.label, Literal(i.name)))
            add((node, KGO.valueText, Literal(i.value)))
            if i.low is not None:
                add((node, SDMX_MEASURE.obsValue, _num(i.low)))
            if i.high is not None:
                add((node, KGO.maxValue, _num(i.high)))
            add((node, SDMX_ATTRIBUTE.unitMeasure, self.measure(i.measure)))
            if i.bound:
                add((node, KGO.bound, KGO[i.bound]))
            if i.year:
                add((node, KGO.targetYear, Literal(i.year, datatype=XSD.gYear)))
            add((node, KGO.inPlan, self.plan))
            if i.table:
                add((node, KGO.fromTable, Literal(True)))
            task = self.heading(i.task_line)
            if task is not None:
                add((node, KGO.forTask, task))
            self.derived(node, i.span)

    def issues(self) -> None:
        """Coverage on the plan, and one kgo:ReadingIssue per warning (what kg could not read)."""
        add, d = self.add, self.ex.document
        add((self.plan, KGO.roleLines, Literal(self.ex.coverage.role_lines)))
        add((self.plan, KGO.readLines, Literal(self.ex.coverage.read_lines)))
        seen: dict[tuple[str, int], int] = {}
        for w in self.ex.warnings:
            line = w.line or 0
            k = seen[(w.code, line)] = seen.get((w.code, line), 0) + 1
            node = self.iri("issue", w.code, f"L{line}", str(k))
            add((node, RDF.type, KGO.ReadingIssue))
            add((node, KGO.issueCode, Literal(w.code)))
            add((node, KGO.message, Literal(w.message)))
            add((node, KGO.inPlan, self.plan))
            if w.line:
                k = bisect_right(d.source_lines, w.line) - 1 if d.source_lines else w.line - 1
                text = d.lines[k]
                self.derived(node, SourceSpan(w.line, d.line_starts[k], d.line_starts[k] + len(text), text))

    def build(self) -> list[tuple[URIRef, URIRef, Any]]:
        self.document()
        self.headings()
        self.units()
        self.teams()
        self.duties()
        self.indicators()
        self.issues()
        if self.sink is not None:
            self.flush()
            return []
        return list(self.triples)


_UNSAFE = {ord(c): f"%{ord(c):02X}" for c in ' <>"{}|\\^`#?/%[]@!$&\'()*+,;=:'}


def _iri_safe(s: str) -> str:
    """An IRI path segment: Chinese stays readable, ASCII delimiters are percent-encoded."""
    return s.translate(_UNSAFE)


def _num(x: float) -> Literal:
    """A number as xsd:integer when whole, else xsd:decimal, in the lexical form rdflib and
    Oxigraph agree on (they disagree on whether decimal 40 is written "40" or "40.0")."""
    if float(x).is_integer():
        return Literal(str(int(x)), datatype=XSD.integer)
    return Literal(f"{x:.6f}".rstrip("0"), datatype=XSD.decimal)



def reference_graph(ex: Extraction) -> Graph:
    """The graph of one extraction, built with rdflib terms the way kg did before."""
    g = Graph()
    g.addN((s, p, o, g) for s, p, o in _Builder(ex).build())
    return g
