"""Records -> RDF, written as N-Triples text, described by ``resources/ontology.ttl``.

The graph stage makes no rdflib object: each triple is one ``<s> <p> o .`` line built from
the records with the terms of :mod:`kg._terms` (the vocabulary as N-Triples tokens), and the
lines go to Oxigraph's bulk loader in chunks (see :class:`kg.store.StoreWriter`).  rdflib
stays the API for code that wants one: :func:`build_graph` here, ``kg.rdflib_graph`` for a
built store.

Identifiers are deterministic: built from the document id, line numbers and character
offsets of the source text, and normalised unit names, so building the same plan twice
gives the same graph.  Every node that comes from text is ``prov:wasDerivedFrom`` a quote
node carrying the document, line, character span (``oa:TextPositionSelector``) and exact
quote (``oa:TextQuoteSelector``).

Each triple is written once: nodes that several records share (a task's ``kgo:ledBy``, a
measure, a team's members) go through a set of lines already written, and the rare node
IRI that two records share (two actions numbered alike, say) is found before writing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from extract.records import TEAM_ROLES, Deadline, Extraction, HeadingKind, Role, SourceSpan, UnitKind

from ._terms import DCTERMS, KGO, KGO_TERMS, OA, ORG, PROV, RDF, RDFS, SDMX_ATTRIBUTE, SDMX_MEASURE, SKOS, TIME, XSD
from .prefixes import PREFIXES as _PREFIXES

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

__all__ = [
    "BASE",
    "BATCH",
    "PREFIXES",
    "build_graph",
    "ntriples",
    "office_iri",
    "plan_base",
    "plan_iri",
    "stream_triples",
    "turtle_lines",
    "unit_iri",
    "write_ntriples",
]

#: the namespace of every node kg makes (a plain string)
BASE = "https://w3id.org/kg-plan/id/"
PREFIXES = _PREFIXES  # re-exported: the namespaces of kg/prefixes.py
#: lines per chunk handed on by the graph stage: small enough that the store's bulk loader stays
#: small (its memory grows with what one load holds), large enough that a load's fixed cost is paid rarely
BATCH = 10_000

_HEADING_CLASS = {
    HeadingKind.annex: KGO.Annex,
    HeadingKind.section: KGO.Section,
    HeadingKind.subsection: KGO.Subsection,
    HeadingKind.task: KGO.Task,
    HeadingKind.subtask: KGO.Subtask,
}
_UNIT_CLASS = {UnitKind.position: KGO.Position, UnitKind.person: KGO.Person, UnitKind.collective: KGO.CollectiveUnit}
_SHORTCUT = {Role.lead: KGO.ledBy, Role.co: KGO.supportedBy, Role.shared: KGO.sharedBy, Role.supervisor: KGO.supervisedBy}
_RESPONSIBLE = (Role.lead, Role.co, Role.shared)
_COUNTED = (Role.lead, Role.co, Role.shared, Role.supervisor)


def _plan_iri(doc_id: str) -> str:
    return BASE + quote(doc_id, safe="")


def plan_iri(doc_id: str) -> URIRef:
    """IRI of the plan ``doc_id`` (an rdflib ``URIRef``)."""
    from rdflib import URIRef

    return URIRef(_plan_iri(doc_id))


def unit_iri(ex: Extraction, key: str) -> URIRef:
    """IRI of the unit ``key`` of the plan ``ex`` (as the graph names it)."""
    from rdflib import URIRef

    return URIRef(plan_base(ex) + "unit-" + _iri_safe(key))


def office_iri(key: str) -> URIRef:
    """IRI of an office of a corpus (``locality/name``, see :mod:`kg.offices`)."""
    from rdflib import URIRef

    return URIRef(BASE + "office/" + "/".join(_iri_safe(p) for p in key.split("/")))


def plan_base(ex: Extraction) -> str:
    """Namespace of the nodes of one plan (used as the ``kgd:`` prefix in Turtle)."""
    return _plan_iri(ex.document.doc_id) + "/"


# ---------------------------------------------------------------- N-Triples terms

_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _lit(s: str) -> str:
    """A plain (xsd:string) literal."""
    if '"' in s or "\\" in s or "\n" in s or "\r" in s:
        s = s.translate(_ESCAPE)
    return f'"{s}"'


def _int(n: int) -> str:
    return f'"{int(n)}"^^{XSD.integer}'


def _typed(s: str, datatype: str) -> str:
    return f"{_lit(s)}^^{datatype}"


def _num(x: float) -> str:
    """A number as xsd:integer when whole, else xsd:decimal, in the lexical form rdflib and
    Oxigraph agree on (they disagree on whether decimal 40 is written "40" or "40.0")."""
    if float(x).is_integer():
        return f'"{int(x)}"^^{XSD.integer}'
    return f'"{f"{x:.6f}".rstrip("0")}"^^{XSD.decimal}'


_TRUE = f'"true"^^{XSD.boolean}'
_TYPE = RDF.type
# IRI path segments: ASCII delimiters and control characters are percent-encoded, Chinese stays readable
_UNSAFE = {ord(c): f"%{ord(c):02X}" for c in ' <>"{}|\\^`#?/%[]@!$&\'()*+,;=:'}
_UNSAFE.update({c: f"%{c:02X}" for c in [*range(0x20), 0x7F]})
# characters an IRI may not hold even percent-free (RFC 3987 ucschar): C1 controls, surrogates, private
# use, non-characters; percent-encoded as UTF-8 (a PDF's private-use glyph in a unit name, say)
_NOT_IRI = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in [
    (0x80, 0x9F), (0xD800, 0xF8FF), (0xFDD0, 0xFDEF), (0xFFF0, 0xFFFF),
    *((p * 0x10000 + 0xFFFE, p * 0x10000 + 0xFFFF) for p in range(1, 15)), (0xF0000, 0x10FFFF)]) + "]")


def _percent(m: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in m.group().encode("utf-8", "surrogatepass"))


def _iri_safe(s: str) -> str:
    """An IRI path segment: Chinese stays readable, ASCII delimiters are percent-encoded.

    >>> _iri_safe("市发改局(牵头)/a b")
    '市发改局%28牵头%29%2Fa%20b'
    >>> _iri_safe("市\ue000局")
    '市%EE%80%80局'
    """
    if s.isalnum():  # letters and digits (Chinese too) only: nothing to encode (no control, private use or non-character is one)
        return s
    s = s.translate(_UNSAFE)
    if not s.isascii() and _NOT_IRI.search(s):
        s = _NOT_IRI.sub(_percent, s)
    return s


# ---------------------------------------------------------------- the writer

_Add = Callable[[str, str, str], None]


class _Writer:
    """Writes the triples of one extraction as N-Triples lines, handed on ``batch`` lines at a time."""

    def __init__(self, ex: Extraction, sink: Callable[[list[str]], None], batch: int = BATCH) -> None:
        self.ex = ex
        self.sink = sink
        self.batch = batch
        self.lines: list[str] = []
        self.seen: set[str] = set()  # lines of triples that more than one record makes
        plan = _plan_iri(ex.document.doc_id)
        self.plan = f"<{plan}>"
        self.base = f"<{plan}/"
        self._quotes: set[int] = set()  # start * 2**32 + end of the spans quoted so far
        self._measures: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        lines = self.lines
        lines.append(f"{s} {p} {o} .\n")
        if len(lines) >= self.batch:
            self.flush()

    def once(self, s: str, p: str, o: str) -> None:
        """Add a triple that another record may have made already."""
        line = f"{s} {p} {o} .\n"
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)
            if len(self.lines) >= self.batch:
                self.flush()

    def flush(self) -> None:
        """Hand on the lines made so far, ``batch`` at most at a time."""
        lines, batch = self.lines, self.batch
        if len(lines) <= batch:
            if lines:
                self.sink(lines)
        else:
            for k in range(0, len(lines), batch):
                self.sink(lines[k : k + batch])
        self.lines = []

    def iri(self, *parts: str) -> str:
        return self.base + "-".join([_iri_safe(p) for p in parts]) + ">"

    def heading(self, line: int) -> str:
        return f"{self.base}L{line}>"

    def adders(self, nodes: Iterable[str]) -> Callable[[str], _Add]:
        """``add`` for a node no other record names, ``once`` for one that several do."""
        shared = {n for n, k in Counter(nodes).items() if k > 1}
        return lambda node: self.once if node in shared else self.add

    def quote_node(self, span: SourceSpan) -> str:
        node = f"{self.base}span-{span.start}-{span.end}>"
        key = (span.start << 32) | span.end
        if key in self._quotes:
            return node
        self._quotes.add(key)
        pos, exact = node[:-1] + "#position>", node[:-1] + "#quote>"
        lines = self.lines
        # the node most triples are about (two in three of a plan's): its ten lines made in one go
        lines += (
            f"{node} {_TYPE} {OA.SpecificResource} .\n",
            f"{node} {OA.hasSource} {self.plan} .\n",
            f"{node} {KGO.line} {_int(span.line)} .\n",
            f"{node} {OA.hasSelector} {pos} .\n",
            f"{node} {OA.hasSelector} {exact} .\n",
            f"{pos} {_TYPE} {OA.TextPositionSelector} .\n",
            f"{pos} {OA.start} {_int(span.start)} .\n",
            f"{pos} {OA.end} {_int(span.end)} .\n",
            f"{exact} {_TYPE} {OA.TextQuoteSelector} .\n",
            f"{exact} {OA.exact} {_lit(span.quote)} .\n",
        )
        if len(lines) >= self.batch:
            self.flush()
        return node

    def derived(self, node: str, span: SourceSpan, add: _Add) -> None:
        add(node, PROV.wasDerivedFrom, self.quote_node(span))
        add(node, KGO.line, _int(span.line))

    # ---------------------------------------------------------------- parts
    def document(self) -> None:
        d = self.ex.document
        p, add = self.plan, self.add
        add(p, RDF.type, KGO.Plan)
        add(p, KGO.sourceName, _lit(d.source_name))
        add(p, KGO.sha1, _lit(d.sha1))
        add(p, RDFS.label, _lit(d.title or d.source_name))
        if d.title:
            add(p, DCTERMS.title, _lit(d.title))
        if d.number:
            add(p, DCTERMS.identifier, _lit(d.number.quote))
        if d.issuer:
            add(p, DCTERMS.publisher, _lit(d.issuer.quote))
        if d.date:
            add(p, DCTERMS.issued, _typed(d.date, XSD.date))
        if d.locality:
            add(p, KGO.locality, _lit(d.locality))
        for span in (d.number, d.issuer, d.title_span, d.date_span):
            if span is not None:
                self.once(p, PROV.wasDerivedFrom, self.quote_node(span))

    def headings(self) -> None:
        """Headings, the duties below each, the deadlines in their text, and the actions."""
        self.heading_nodes()
        self.duties_below()
        self.body_deadlines()
        self.actions()

    def heading_nodes(self) -> None:
        ex = self.ex
        # a heading line may be named twice only by a broken extraction; then its triples are checked
        adder = self.adders(self.heading(h.line) for h in ex.headings)
        for h in ex.headings:
            node = self.heading(h.line)
            add = adder(node)
            add(node, RDF.type, _HEADING_CLASS[h.kind])
            add(node, KGO.headingKind, _lit(h.kind.value))
            add(node, KGO.number, _lit(h.number))
            add(node, KGO.inPlan, self.plan)
            add(node, KGO.text, _lit(h.span.quote))
            title = h.title
            if h.kind is HeadingKind.annex and (t := ex.annex_titles.get(h.line)):
                title = t.quote
                add(node, PROV.wasDerivedFrom, self.quote_node(t))
            if title:
                add(node, DCTERMS.title, _lit(title))
            add(node, RDFS.label, _lit(title or h.span.quote[:40]))
            if h.parent_line is not None:
                add(node, KGO.parent, self.heading(h.parent_line))
            if h.annex_line is not None and h.annex_line != h.line:
                add(node, KGO.inAnnex, self.heading(h.annex_line))
            self.derived(node, h.span, add)
            for dl in ex.deadlines.get(h.line, ()):
                self.deadline(node, dl)

    def duties_below(self) -> None:
        """The duties on each heading and below it (0 marks a task nobody is responsible for)."""
        ex = self.ex
        below: dict[int, int] = {h.line: 0 for h in ex.headings}
        path_of = {h.line: h.path for h in ex.headings}
        for d in ex.duties:
            if d.task_line in below and d.role in _COUNTED:
                below[d.task_line] += 1
                for anc in path_of[d.task_line]:
                    below[anc] += 1
        for line, n in below.items():
            self.add(self.heading(line), KGO.dutiesBelow, _int(n))

    def body_deadlines(self) -> None:
        """Deadlines on body lines, which belong to the enclosing heading."""
        ex = self.ex
        heading_lines = [h.line for h in ex.headings]
        is_heading = set(heading_lines)
        for line, dls in ex.deadlines.items():
            if line in is_heading:
                continue
            k = bisect_right(heading_lines, line)  # the nearest heading at or above the line
            if k:
                for dl in dls:
                    self.deadline(self.heading(heading_lines[k - 1]), dl)

    def actions(self) -> None:
        ex = self.ex
        adder = self.adders(self.iri("action", a.number) for a in ex.actions)
        for a in ex.actions:
            node = self.iri("action", a.number)
            add = adder(node)
            add(node, RDF.type, KGO.Action)
            add(node, KGO.number, _lit(a.number))
            add(node, RDFS.label, _lit(a.title))
            add(node, KGO.inPlan, self.plan)
            if a.annex_line is not None:
                annex = self.heading(a.annex_line)
                add(node, KGO.annex, annex)
                add(annex, KGO.action, node)
            self.derived(node, a.span, add)

    def deadline(self, task: str, dl: Deadline) -> None:
        node = self.iri("deadline", str(dl.span.start))
        add = self.once if node in self._shared_deadlines else self.add
        add(task, KGO.deadline, node)
        add(node, RDFS.label, _lit(dl.text))
        if dl.begin:
            add(node, RDF.type, TIME.Interval)
            b, e = node[:-1] + "#begin>", node[:-1] + "#end>"
            add(node, TIME.hasBeginning, b)
            add(node, TIME.hasEnd, e)
            add(b, RDF.type, TIME.Instant)
            add(b, TIME.inXSDDate, _typed(dl.begin, XSD.date))
            add(e, RDF.type, TIME.Instant)
            add(e, TIME.inXSDDate, _typed(dl.end, XSD.date))
        else:
            add(node, RDF.type, TIME.Instant)
            add(node, TIME.inXSDDate, _typed(dl.end, XSD.date))
        self.derived(node, dl.span, add)

    def units(self) -> None:
        adder = self.adders(self.iri("unit", u.key) for u in self.ex.units)
        for u in self.ex.units:
            node = self.iri("unit", u.key)
            add = adder(node)
            add(node, RDF.type, _UNIT_CLASS.get(u.kind, KGO.Unit))
            name = _lit(u.name)
            add(node, SKOS.prefLabel, name)
            add(node, RDFS.label, name)
            for label in u.labels:
                if label != u.name:
                    add(node, SKOS.altLabel, _lit(label))
            add(node, KGO.unitKind, KGO_TERMS[u.kind.value])
            add(node, KGO.inPlan, self.plan)

    def teams(self) -> None:
        adder = self.adders(self.iri("team", t.key) for t in self.ex.teams)
        for t in self.ex.teams:
            node = self.iri("team", t.key)
            add = adder(node)
            add(node, RDF.type, KGO.WorkTeam)
            name = _lit(t.name)
            add(node, RDFS.label, name)
            add(node, SKOS.prefLabel, name)
            add(node, KGO.teamKind, _lit(t.kind))
            add(node, KGO.inPlan, self.plan)
            if t.heading_line is not None:
                add(node, KGO.forTask, self.heading(t.heading_line))
            if t.annex_line is not None:
                add(node, KGO.inAnnex, self.heading(t.annex_line))
            self.derived(node, t.span, add)

    def duties(self) -> None:
        ex, once, plan = self.ex, self.once, self.plan
        kinds = {u.key: u.kind for u in ex.units}
        indicator_at: dict[tuple[int | None, str], str] = {}
        for i in ex.indicators:
            if i.table:
                indicator_at[(i.task_line, i.name)] = self.iri("indicator", str(i.span.start))
        nodes = [self.iri("duty", f"{d.span.start}-{d.role.value}") for d in ex.duties]
        adder = self.adders(nodes)
        units = {key: self.iri("unit", key) for key in kinds}
        for d, node in zip(ex.duties, nodes, strict=True):
            add = adder(node)
            unit = units.get(d.unit_key) or self.iri("unit", d.unit_key)
            role = KGO_TERMS[d.role.value]
            add(node, RDF.type, KGO.Responsibility)
            add(node, KGO.unit, unit)
            add(node, KGO.role, role)
            add(node, KGO.surfaceForm, _lit(d.unit))
            add(node, KGO.inPlan, plan)
            if d.task_line is not None:
                task = self.heading(d.task_line)
                add(node, KGO.task, task)
                add(task, PROV.qualifiedAssociation, node)
                if d.role in _SHORTCUT:
                    once(task, _SHORTCUT[d.role], unit)
                if d.role in _RESPONSIBLE:
                    once(task, KGO.responsibleUnit, unit)
            if d.team is not None:
                team = self.iri("team", d.team)
                add(node, KGO.team, team)
                if d.role in TEAM_ROLES:
                    self.seat(node, unit, role, team, kinds.get(d.unit_key), add)
            if d.role is Role.indicator_owner and d.indicator:
                ind = indicator_at.get((d.task_line, d.indicator))
                if ind is not None:
                    add(node, KGO.indicator, ind)
            if d.quota:
                self.quota(node, d.quota, d.quota_value, d.quota_measure, add)
            if d.clause is not None:
                add(node, KGO.statedIn, self.quote_node(d.clause))
            self.derived(node, d.span, add)

    def seat(self, node: str, unit: str, role: str, team: str, kind: UnitKind | None, add: _Add) -> None:
        """A seat in a team (the duty ``node``): a post (a position or person) or an organisation's membership."""
        if kind in (UnitKind.position, UnitKind.person):
            self.once(unit, ORG.postIn, team)
            self.once(unit, ORG.role, role)
        else:
            add(node, RDF.type, ORG.Membership)
            add(node, ORG.member, unit)
            add(node, ORG.organization, team)
            add(node, ORG.role, role)
            self.once(team, ORG.hasMember, unit)

    def quota(self, node: str, text: str, value: str | None, measure: str | None, add: _Add) -> None:
        """The duty ``node``'s share of a target (its quota in a target table)."""
        add(node, KGO.quotaText, _lit(text))
        if value:
            add(node, KGO.valueText, _lit(value))
        if measure:
            add(node, SDMX_ATTRIBUTE.unitMeasure, self.measure(measure))

    def measure(self, m: str) -> str:
        node = f"<{BASE}measure/{_iri_safe(m)}>"
        if node not in self._measures:
            self._measures.add(node)
            self.add(node, RDF.type, KGO.Measure)
            self.add(node, SKOS.prefLabel, _lit(m))
        return node

    def indicators(self) -> None:
        adder = self.adders(self.iri("indicator", str(i.span.start)) for i in self.ex.indicators)
        for i in self.ex.indicators:
            node = self.iri("indicator", str(i.span.start))
            add = adder(node)
            add(node, RDF.type, KGO.Indicator)
            add(node, RDFS.label, _lit(i.name))
            add(node, KGO.valueText, _lit(i.value))
            if i.low is not None:
                add(node, SDMX_MEASURE.obsValue, _num(i.low))
            if i.high is not None:
                add(node, KGO.maxValue, _num(i.high))
            add(node, SDMX_ATTRIBUTE.unitMeasure, self.measure(i.measure))
            if i.bound:
                add(node, KGO.bound, KGO_TERMS[i.bound])
            if i.year:
                add(node, KGO.targetYear, _typed(i.year, XSD.gYear))
            add(node, KGO.inPlan, self.plan)
            if i.table:
                add(node, KGO.fromTable, _TRUE)
            if i.task_line is not None:
                add(node, KGO.forTask, self.heading(i.task_line))
            self.derived(node, i.span, add)

    def issues(self) -> None:
        """Coverage on the plan, and one kgo:ReadingIssue per warning (what kg could not read)."""
        add, d = self.add, self.ex.document
        add(self.plan, KGO.roleLines, _int(self.ex.coverage.role_lines))
        add(self.plan, KGO.readLines, _int(self.ex.coverage.read_lines))
        seen: dict[tuple[str, int], int] = {}
        for w in self.ex.warnings:
            line = w.line or 0
            k = seen[(w.code, line)] = seen.get((w.code, line), 0) + 1
            node = self.iri("issue", w.code, f"L{line}", str(k))
            add(node, RDF.type, KGO.ReadingIssue)
            add(node, KGO.issueCode, _lit(w.code))
            add(node, KGO.message, _lit(w.message))
            add(node, KGO.inPlan, self.plan)
            if w.line:
                text = d.lines[w.line - 1]
                start = d.line_starts[w.line - 1]
                self.derived(node, SourceSpan(w.line, start, start + len(text), text), add)

    def write(self) -> None:
        ex = self.ex
        deadline_nodes = [self.iri("deadline", str(dl.span.start)) for dls in ex.deadlines.values() for dl in dls]
        self._shared_deadlines = {n for n, k in Counter(deadline_nodes).items() if k > 1}
        self.document()
        self.headings()
        self.units()
        self.teams()
        self.duties()
        self.indicators()
        self.issues()
        self.flush()


# ---------------------------------------------------------------- entry points

def write_ntriples(ex: Extraction, sink: Callable[[str, int], Any], batch: int = BATCH) -> None:
    """Hand the graph of ``ex`` to ``sink`` as N-Triples text, ``sink(text, lines)`` per chunk.

    Each triple is written once, each chunk has at most ``batch`` lines (memory stays bounded
    on a big plan).  N-Triples is also Turtle: a chunk can be loaded as either.
    """
    _Writer(ex, lambda lines: sink("".join(lines), len(lines)), batch).write()


def ntriples(ex: Extraction) -> str:
    """The graph of ``ex`` as one N-Triples text (one line per triple, in a deterministic order).

    >>> from extract import extract_text
    >>> text = ntriples(extract_text("1.任务一。(市发改局牵头,市财政局按职责分工负责)"))
    >>> sorted(line.split(" ", 2)[2] for line in text.splitlines() if "#surfaceForm>" in line)
    ['"市发改局" .', '"市财政局" .']
    """
    parts: list[str] = []
    _Writer(ex, parts.extend, 1 << 62).write()
    return "".join(parts)


def stream_triples(ex: Extraction, sink: Callable[[list[str]], Any], batch: int = BATCH) -> None:
    """Hand the triples to ``sink`` as lists of at most ``batch`` N-Triples lines (one per triple).

    :func:`turtle_lines` joins such a list into text; :func:`write_ntriples` hands the text directly.
    """
    _Writer(ex, sink, batch).write()


def turtle_lines(triples: Iterable[Any]) -> str:
    """One ``s p o .`` line per triple, full IRIs: valid Turtle (and fast to write).

    ``triples`` are N-Triples lines (as :func:`stream_triples` hands them) or rdflib term triples.
    """
    return "".join(t if isinstance(t, str) else f"{t[0].n3()} {t[1].n3()} {t[2].n3()} .\n" for t in triples)


def build_graph(ex: Extraction) -> Graph:
    """The RDF graph of one extraction (an ``rdflib.Graph`` with kg's prefixes bound).

    >>> from extract import extract_text
    >>> from kg.vocab import KGO
    >>> g = build_graph(extract_text("1.任务一。(市发改局牵头,市财政局按职责分工负责)"))
    >>> sorted(str(o) for o in g.objects(None, KGO.surfaceForm))
    ['市发改局', '市财政局']
    """
    from rdflib import Graph

    g = Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns)
    g.bind("kgd", plan_base(ex))
    g.parse(data=ntriples(ex), format="nt")
    return g
