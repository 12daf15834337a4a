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

:func:`_write` reads like the graph: the document and its headings (with their deadlines and
actions, and what kg could not read), then units, teams and duties, then indicators, each part
a function of the records.  What the parts share has one home each: :class:`_Lines` (the lines
out, in chunks), :class:`_Names` (the IRIs of a plan's nodes), :class:`_Provenance` (quote
nodes and ``prov:wasDerivedFrom``) and :class:`_Measures` (measure nodes).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from extract.records import TEAM_ROLES, Deadline, Extraction, HeadingKind, Indicator, Role, SourceSpan, UnitKind

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


# ---------------------------------------------------------------- lines out

_Add = Callable[[str, str, str], None]


class _Lines:
    """The N-Triples lines made so far, handed to ``sink`` ``batch`` lines at a time.

    ``add`` writes a triple that one record makes; ``once`` one that several records may make (a
    task's ``kgo:ledBy``, a team's members), through the set of such lines already written.
    """

    def __init__(self, sink: Callable[[list[str]], None], batch: int) -> None:
        self.sink = sink
        self.batch = batch
        self.lines: list[str] = []
        self.seen: set[str] = set()

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

    def extend(self, lines: tuple[str, ...]) -> None:
        """Add lines made whole (triples no other record makes)."""
        self.lines += lines
        if len(self.lines) >= self.batch:
            self.flush()

    def adders(self, nodes: Iterable[str]) -> Callable[[str], _Add]:
        """``add`` for a node no other record names, ``once`` for one that several do (two actions
        numbered alike, say: found before writing, so the common case pays nothing)."""
        shared = {n for n, k in Counter(nodes).items() if k > 1}
        return lambda node: self.once if node in shared else self.add

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


class _Names:
    """The IRIs (as N-Triples tokens) of one plan's nodes: ``<plan>/kind-part-part``."""

    def __init__(self, doc_id: str) -> None:
        plan = _plan_iri(doc_id)
        self.plan = f"<{plan}>"
        self.base = f"<{plan}/"

    def iri(self, *parts: str) -> str:
        return self.base + "-".join([_iri_safe(p) for p in parts]) + ">"

    def heading(self, line: int) -> str:
        return f"{self.base}L{line}>"


# ---------------------------------------------------------------- provenance

class _Provenance:
    """Where a node comes from: ``prov:wasDerivedFrom`` a quote node (its document, line, character
    span and exact text, as Web Annotation selectors), each quote node written once."""

    def __init__(self, out: _Lines, names: _Names) -> None:
        self.out = out
        self.plan = names.plan
        self.base = names.base
        self._quoted: set[int] = set()  # start * 2**32 + end of the spans quoted so far

    def quote(self, span: SourceSpan) -> str:
        """The quote node of ``span`` (written the first time it is asked for)."""
        node = f"{self.base}span-{span.start}-{span.end}>"
        key = (span.start << 32) | span.end
        if key in self._quoted:
            return node
        self._quoted.add(key)
        pos, exact = node[:-1] + "#position>", node[:-1] + "#quote>"
        # the node most triples are about (two in three of a plan's): its ten lines made in one go
        self.out.extend((
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
        ))
        return node

    def derive(self, node: str, span: SourceSpan, add: _Add) -> None:
        """``node`` was read from ``span``."""
        add(node, PROV.wasDerivedFrom, self.quote(span))
        add(node, KGO.line, _int(span.line))


class _Measures:
    """Measure nodes (``万元``, ``%``…), shared by every plan (under ``BASE``), each written once."""

    def __init__(self, out: _Lines) -> None:
        self.out = out
        self._written: set[str] = set()

    def node(self, m: str) -> str:
        node = f"<{BASE}measure/{_iri_safe(m)}>"
        if node not in self._written:
            self._written.add(node)
            self.out.add(node, RDF.type, KGO.Measure)
            self.out.add(node, SKOS.prefLabel, _lit(m))
        return node


class _Plan:
    """What every part of the graph is written with: the records, the lines out, the names of the
    plan's nodes, their provenance and the measures."""

    def __init__(self, ex: Extraction, out: _Lines) -> None:
        self.ex = ex
        self.out = out
        self.names = _Names(ex.document.doc_id)
        self.prov = _Provenance(out, self.names)
        self.measures = _Measures(out)


# ---------------------------------------------------------------- the document and its headings

def _document(g: _Plan) -> None:
    d, out, p, quote = g.ex.document, g.out, g.names.plan, g.prov.quote
    add = out.add
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
            out.once(p, PROV.wasDerivedFrom, quote(span))


def _headings(g: _Plan, deadlines: _Deadlines) -> None:
    """Heading nodes with the deadlines on their lines; a heading line is named twice only by a broken
    extraction, and then its triples are checked."""
    ex, names, prov = g.ex, g.names, g.prov
    adder = g.out.adders(names.heading(h.line) for h in ex.headings)
    for h in ex.headings:
        node = names.heading(h.line)
        add = adder(node)
        add(node, RDF.type, _HEADING_CLASS[h.kind])
        add(node, KGO.headingKind, _lit(h.kind.value))
        add(node, KGO.number, _lit(h.number))
        add(node, KGO.inPlan, names.plan)
        add(node, KGO.text, _lit(h.span.quote))
        title = h.title
        if h.kind is HeadingKind.annex and (t := ex.annex_titles.get(h.line)):
            title = t.quote
            add(node, PROV.wasDerivedFrom, prov.quote(t))
        if title:
            add(node, DCTERMS.title, _lit(title))
        add(node, RDFS.label, _lit(title or h.span.quote[:40]))
        if h.parent_line is not None:
            add(node, KGO.parent, names.heading(h.parent_line))
        if h.annex_line is not None and h.annex_line != h.line:
            add(node, KGO.inAnnex, names.heading(h.annex_line))
        prov.derive(node, h.span, add)
        for dl in ex.deadlines.get(h.line, ()):
            deadlines.write(node, dl)


def _duties_below(g: _Plan) -> None:
    """The duties on each heading and below it (0 marks a task nobody is responsible for)."""
    ex = g.ex
    below: dict[int, int] = {h.line: 0 for h in ex.headings}
    path_of = {h.line: h.path for h in ex.headings}
    for d in ex.duties:
        if d.task_line in below and d.role in _COUNTED:
            below[d.task_line] += 1
            for anc in path_of[d.task_line]:
                below[anc] += 1
    for line, n in below.items():
        g.out.add(g.names.heading(line), KGO.dutiesBelow, _int(n))


def _body_deadlines(g: _Plan, deadlines: _Deadlines) -> None:
    """Deadlines on body lines, which belong to the enclosing heading."""
    ex = g.ex
    heading_lines = [h.line for h in ex.headings]
    is_heading = set(heading_lines)
    for line, dls in ex.deadlines.items():
        if line in is_heading:
            continue
        k = bisect_right(heading_lines, line)  # the nearest heading at or above the line
        if k:
            for dl in dls:
                deadlines.write(g.names.heading(heading_lines[k - 1]), dl)


def _actions(g: _Plan) -> None:
    names, prov = g.names, g.prov
    adder = g.out.adders(names.iri("action", a.number) for a in g.ex.actions)
    for a in g.ex.actions:
        node = names.iri("action", a.number)
        add = adder(node)
        add(node, RDF.type, KGO.Action)
        add(node, KGO.number, _lit(a.number))
        add(node, RDFS.label, _lit(a.title))
        add(node, KGO.inPlan, names.plan)
        if a.annex_line is not None:
            annex = names.heading(a.annex_line)
            add(node, KGO.annex, annex)
            add(annex, KGO.action, node)
        prov.derive(node, a.span, add)


class _Deadlines:
    """Deadline nodes (an instant, or an interval of two), named by where their text starts; the rare
    deadline two headings share is found before writing."""

    def __init__(self, g: _Plan) -> None:
        self.g = g
        nodes = [g.names.iri("deadline", str(dl.span.start)) for dls in g.ex.deadlines.values() for dl in dls]
        self.shared = {n for n, k in Counter(nodes).items() if k > 1}

    def write(self, task: str, dl: Deadline) -> None:
        g = self.g
        node = g.names.iri("deadline", str(dl.span.start))
        add = g.out.once if node in self.shared else g.out.add
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
        g.prov.derive(node, dl.span, add)


def _issues(g: _Plan) -> None:
    """Coverage on the plan, and one kgo:ReadingIssue per warning (what kg could not read)."""
    ex, names, add = g.ex, g.names, g.out.add
    d = ex.document
    add(names.plan, KGO.roleLines, _int(ex.coverage.role_lines))
    add(names.plan, KGO.readLines, _int(ex.coverage.read_lines))
    seen: dict[tuple[str, int], int] = {}
    for w in ex.warnings:
        line = w.line or 0
        k = seen[(w.code, line)] = seen.get((w.code, line), 0) + 1
        node = names.iri("issue", w.code, f"L{line}", str(k))
        add(node, RDF.type, KGO.ReadingIssue)
        add(node, KGO.issueCode, _lit(w.code))
        add(node, KGO.message, _lit(w.message))
        add(node, KGO.inPlan, names.plan)
        if w.line:
            # the issue's line is the file's; the document's lines may be parts of one (A<br>B) or a wrapped paragraph
            k = bisect_right(d.source_lines, w.line) - 1 if d.source_lines else w.line - 1
            text, start = d.lines[k], d.line_starts[k]
            g.prov.derive(node, SourceSpan(w.line, start, start + len(text), text), add)


# ---------------------------------------------------------------- units, teams and duties

def _units(g: _Plan) -> None:
    names = g.names
    adder = g.out.adders(names.iri("unit", u.key) for u in g.ex.units)
    for u in g.ex.units:
        node = names.iri("unit", u.key)
        add = adder(node)
        add(node, RDF.type, _UNIT_CLASS.get(u.kind, KGO.Unit))
        name = _lit(u.name)
        add(node, SKOS.prefLabel, name)
        add(node, RDFS.label, name)
        for label in u.labels:
            if label != u.name:
                add(node, SKOS.altLabel, _lit(label))
        add(node, KGO.unitKind, KGO_TERMS[u.kind.value])
        add(node, KGO.inPlan, names.plan)


def _teams(g: _Plan) -> None:
    names = g.names
    adder = g.out.adders(names.iri("team", t.key) for t in g.ex.teams)
    for t in g.ex.teams:
        node = names.iri("team", t.key)
        add = adder(node)
        add(node, RDF.type, KGO.WorkTeam)
        name = _lit(t.name)
        add(node, RDFS.label, name)
        add(node, SKOS.prefLabel, name)
        add(node, KGO.teamKind, _lit(t.kind))
        add(node, KGO.inPlan, names.plan)
        if t.heading_line is not None:
            add(node, KGO.forTask, names.heading(t.heading_line))
        if t.annex_line is not None:
            add(node, KGO.inAnnex, names.heading(t.annex_line))
        g.prov.derive(node, t.span, add)


def _duties(g: _Plan) -> None:
    """One kgo:Responsibility per duty, the task's shortcuts (``kgo:ledBy``…), its seat in a team, the
    indicator it owns and its quota."""
    ex, names, prov, once, plan = g.ex, g.names, g.prov, g.out.once, g.names.plan
    kinds = {u.key: u.kind for u in ex.units}
    indicator_at = _table_indicator_nodes(g)
    nodes = [names.iri("duty", f"{d.span.start}-{d.role.value}") for d in ex.duties]
    adder = g.out.adders(nodes)
    units = {key: names.iri("unit", key) for key in kinds}
    for d, node in zip(ex.duties, nodes, strict=True):
        add = adder(node)
        unit = units.get(d.unit_key) or names.iri("unit", d.unit_key)
        role = KGO_TERMS[d.role.value]
        add(node, RDF.type, KGO.Responsibility)
        add(node, KGO.unit, unit)
        add(node, KGO.role, role)
        add(node, KGO.surfaceForm, _lit(d.unit))
        add(node, KGO.inPlan, plan)
        if d.task_line is not None:
            task = names.heading(d.task_line)
            add(node, KGO.task, task)
            add(task, PROV.qualifiedAssociation, node)
            if d.role in _SHORTCUT:
                once(task, _SHORTCUT[d.role], unit)
            if d.role in _RESPONSIBLE:
                once(task, KGO.responsibleUnit, unit)
        if d.team is not None:
            team = names.iri("team", d.team)
            add(node, KGO.team, team)
            if d.role in TEAM_ROLES:
                _seat(g, node, unit, role, team, kinds.get(d.unit_key), add)
        if d.role is Role.indicator_owner and d.indicator:
            ind = indicator_at.get((d.task_line, d.indicator))
            if ind is not None:
                add(node, KGO.indicator, ind)
        if d.quota:
            _quota(g, node, d.quota, d.quota_value, d.quota_measure, add)
        if d.clause is not None:
            add(node, KGO.statedIn, prov.quote(d.clause))
        prov.derive(node, d.span, add)


def _seat(g: _Plan, node: str, unit: str, role: str, team: str, kind: UnitKind | None, add: _Add) -> None:
    """A seat in a team (the duty ``node``): a post (a position or person) or an organisation's membership."""
    once = g.out.once
    if kind in (UnitKind.position, UnitKind.person):
        once(unit, ORG.postIn, team)
        once(unit, ORG.role, role)
    else:
        add(node, RDF.type, ORG.Membership)
        add(node, ORG.member, unit)
        add(node, ORG.organization, team)
        add(node, ORG.role, role)
        once(team, ORG.hasMember, unit)


# ---------------------------------------------------------------- indicators and quotas

def _indicator_node(g: _Plan, i: Indicator) -> str:
    return g.names.iri("indicator", str(i.span.start))


def _table_indicator_nodes(g: _Plan) -> dict[tuple[int | None, str], str]:
    """The nodes of a target table's indicators by (task line, name): the duty that owns one points to it."""
    return {(i.task_line, i.name): _indicator_node(g, i) for i in g.ex.indicators if i.table}


def _indicators(g: _Plan) -> None:
    names = g.names
    adder = g.out.adders(_indicator_node(g, i) for i in g.ex.indicators)
    for i in g.ex.indicators:
        node = _indicator_node(g, i)
        add = adder(node)
        add(node, RDF.type, KGO.Indicator)
        add(node, RDFS.label, _lit(i.name))
        add(node, KGO.valueText, _lit(i.value))
        if i.low is not None:
            add(node, SDMX_MEASURE.obsValue, _num(i.low))
        if i.high is not None:
            add(node, KGO.maxValue, _num(i.high))
        add(node, SDMX_ATTRIBUTE.unitMeasure, g.measures.node(i.measure))
        if i.bound:
            add(node, KGO.bound, KGO_TERMS[i.bound])
        if i.year:
            add(node, KGO.targetYear, _typed(i.year, XSD.gYear))
        add(node, KGO.inPlan, names.plan)
        if i.table:
            add(node, KGO.fromTable, _TRUE)
        if i.task_line is not None:
            add(node, KGO.forTask, names.heading(i.task_line))
        g.prov.derive(node, i.span, add)


def _quota(g: _Plan, node: str, text: str, value: str | None, measure: str | None, add: _Add) -> None:
    """The duty ``node``'s share of a target (its quota in a target table)."""
    add(node, KGO.quotaText, _lit(text))
    if value:
        add(node, KGO.valueText, _lit(value))
    if measure:
        add(node, SDMX_ATTRIBUTE.unitMeasure, g.measures.node(measure))


# ---------------------------------------------------------------- the whole graph

def _write(ex: Extraction, sink: Callable[[list[str]], None], batch: int) -> None:
    """Every triple of ``ex``, part after part, handed to ``sink`` as lists of at most ``batch`` lines."""
    g = _Plan(ex, _Lines(sink, batch))
    deadlines = _Deadlines(g)
    _document(g)
    _headings(g, deadlines)
    _duties_below(g)
    _body_deadlines(g, deadlines)
    _actions(g)
    _units(g)
    _teams(g)
    _duties(g)
    _indicators(g)
    _issues(g)
    g.out.flush()


# ---------------------------------------------------------------- entry points

def write_ntriples(ex: Extraction, sink: Callable[[str, int], Any], batch: int = BATCH) -> None:
    """Hand the graph of ``ex`` to ``sink`` as N-Triples text, ``sink(text, lines)`` per chunk.

    Each triple is written once, each chunk has at most ``batch`` lines (memory stays bounded
    on a big plan).  N-Triples is also Turtle: a chunk can be loaded as either.
    """
    _write(ex, lambda lines: sink("".join(lines), len(lines)), batch)


def ntriples(ex: Extraction) -> str:
    """The graph of ``ex`` as one N-Triples text (one line per triple, in a deterministic order).

    >>> from extract import extract_text
    >>> text = ntriples(extract_text("1.任务一。(市发改局牵头,市财政局按职责分工负责)"))
    >>> sorted(line.split(" ", 2)[2] for line in text.splitlines() if "#surfaceForm>" in line)
    ['"市发改局" .', '"市财政局" .']
    """
    parts: list[str] = []
    _write(ex, parts.extend, 1 << 62)
    return "".join(parts)


def stream_triples(ex: Extraction, sink: Callable[[list[str]], Any], batch: int = BATCH) -> None:
    """Hand the triples to ``sink`` as lists of at most ``batch`` N-Triples lines (one per triple).

    :func:`turtle_lines` joins such a list into text; :func:`write_ntriples` hands the text directly.
    """
    _write(ex, sink, batch)


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
