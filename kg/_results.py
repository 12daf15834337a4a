"""Typed results of a SPARQL query, written and read by pyoxigraph.

A query gives one of three results (``QueryResult``)::

    SelectResult   SELECT               variables, rows of terms (None where unbound)
    AskResult      ASK                  value
    GraphResult    CONSTRUCT/DESCRIBE   triples

Rows and triples travel as pyoxigraph writes them: SPARQL TSV for solutions, canonical
N-Triples for triples, one row or triple per line (both formats escape newlines and tabs
inside terms).  So a query evaluated in another process comes back as text that pyoxigraph
wrote and parses again, a cap at N rows is a cap at N lines, and every SPARQL results format
(JSON, XML, CSV, TSV) and RDF format (Turtle, JSON-LD, N-Triples) is pyoxigraph's own.

:func:`produce` evaluates a query and hands its result on as messages (what a query worker
sends over its pipe); :func:`collect` makes the typed result of them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import IO, Any, cast

from .prefixes import PREFIXES
from .store import to_python

__all__ = ["AskResult", "GraphResult", "QueryResult", "SelectResult", "collect", "produce"]

#: rows sent in one message, and the longest rows wait before they are sent (a slow query streams;
#: pyoxigraph hands its output over in blocks of about 8 KB, some 50 rows of kg's)
BATCH = 2000
FLUSH_SECONDS = 0.25


def _results_format(fmt: str) -> Any:
    import pyoxigraph as ox

    return {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[fmt]


def tsv_head(variables: Iterable[str]) -> bytes:
    return ("\t".join("?" + v for v in variables) + "\n").encode("utf-8")


@dataclass(frozen=True)
class SelectResult:
    r"""The solutions of a SELECT query.

    ``tsv`` holds the rows as pyoxigraph wrote them (SPARQL TSV without its header line);
    ``rows`` are the terms read back from it, ``records()`` plain Python values.

    >>> r = SelectResult(("n", "unit"), '1\t"市发改局"\n2\t\n'.encode())
    >>> len(r), r.records()
    (2, [{'n': 1, 'unit': '市发改局'}, {'n': 2, 'unit': None}])
    >>> r.serialize("csv").decode()
    'n,unit\r\n1,市发改局\r\n2,\r\n'
    """

    variables: tuple[str, ...]
    tsv: bytes = field(repr=False)
    #: the query had more rows than the cap it was evaluated with
    truncated: bool = False

    @classmethod
    def of(cls, solutions: Any) -> SelectResult:
        """The result of a ``pyoxigraph.QuerySolutions`` (read to its end)."""
        import pyoxigraph as ox

        tsv = solutions.serialize(format=ox.QueryResultsFormat.TSV) or b""
        return cls(tuple(v.value for v in solutions.variables), tsv.partition(b"\n")[2])

    def __len__(self) -> int:
        return self.tsv.count(b"\n")

    def _solutions(self) -> Any:
        import pyoxigraph as ox

        return ox.parse_query_results(tsv_head(self.variables) + self.tsv, ox.QueryResultsFormat.TSV)

    @cached_property
    def rows(self) -> list[tuple[Any, ...]]:
        """Each solution as a tuple of pyoxigraph terms, in ``variables`` order (None where unbound)."""
        k = len(self.variables)
        return [tuple(sol[i] for i in range(k)) for sol in self._solutions()]

    def records(self) -> list[dict[str, Any]]:
        """Each solution as a dict of Python values (int, float, bool, str; IRIs as str)."""
        return [{n: to_python(v) for n, v in zip(self.variables, row, strict=True)} for row in self.rows]

    def serialize(self, fmt: str) -> bytes:
        """The solutions in a SPARQL 1.1 results format: ``json``, ``xml``, ``csv`` or ``tsv``."""
        if fmt == "tsv":
            return tsv_head(self.variables) + self.tsv
        return self._solutions().serialize(format=_results_format(fmt)) or b""


@dataclass(frozen=True)
class AskResult:
    """The answer of an ASK query.

    >>> AskResult(False).serialize("json")
    b'{"head":{},"boolean":false}'
    """

    value: bool

    def __bool__(self) -> bool:
        return self.value

    def serialize(self, fmt: str) -> bytes:
        """The answer in a SPARQL 1.1 results format: ``json``, ``xml``, ``csv`` or ``tsv``."""
        import pyoxigraph as ox

        boolean = ox.parse_query_results("true" if self.value else "false", ox.QueryResultsFormat.TSV)
        return boolean.serialize(format=_results_format(fmt)) or b""


@dataclass(frozen=True)
class GraphResult:
    r"""The triples of a CONSTRUCT or DESCRIBE query.

    ``ntriples`` holds them as pyoxigraph wrote them (canonical N-Triples); ``triples`` read back.

    >>> r = GraphResult('<https://w3id.org/kg-plan/ont#x> <http://www.w3.org/2000/01/rdf-schema#label> "市" .\n'.encode())
    >>> len(r), r.serialize("turtle").decode().splitlines()[-1]
    (1, 'kgo:x rdfs:label "市" .')
    """

    ntriples: bytes = field(repr=False)
    #: the query had more triples than the cap it was evaluated with
    truncated: bool = False

    @classmethod
    def of(cls, triples: Iterable[Any]) -> GraphResult:
        """The result of some ``pyoxigraph.Triple`` (or ``Quad``, whose graph is ignored)."""
        import pyoxigraph as ox

        return cls(ox.serialize((getattr(t, "triple", t) for t in triples), format=ox.RdfFormat.N_TRIPLES) or b"")

    def __len__(self) -> int:
        return self.ntriples.count(b"\n")

    @cached_property
    def triples(self) -> list[Any]:
        """The triples as ``pyoxigraph.Triple``."""
        import pyoxigraph as ox

        return [q.triple for q in ox.parse(self.ntriples, format=ox.RdfFormat.N_TRIPLES)]

    def serialize(self, fmt: str) -> bytes:
        """The triples as ``turtle`` (kg's prefixes), ``jsonld`` or ``nt`` (N-Triples)."""
        if fmt == "nt":
            return self.ntriples
        return serialize_triples(self.triples, fmt)


QueryResult = SelectResult | AskResult | GraphResult


def serialize_triples(triples: Iterable[Any], fmt: str, output: Any = None) -> bytes:
    import pyoxigraph as ox

    if fmt == "jsonld":
        return ox.serialize(triples, output, format=ox.RdfFormat.JSON_LD) or b""
    return ox.serialize(triples, output, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""


# ---------------------------------------------------------------- evaluation as messages

class _Full(Exception):
    """The cap is reached: stops pyoxigraph's serialiser."""


class _LineBatches:
    """A binary file for pyoxigraph's serialisers: sends complete lines in batches, stops at a cap.

    ``skip`` lines (a TSV header) are dropped; past ``max_lines`` lines :class:`_Full` is raised,
    which ends the serialisation (and the evaluation, which pyoxigraph runs as it writes).
    """

    def __init__(self, emit: Callable[[tuple[Any, ...]], Any], max_lines: int | None, skip: int) -> None:
        self.emit, self.max_lines, self.skip = emit, max_lines, skip
        self.pending = b""  # an incomplete last line
        self.lines: list[bytes] = []
        self.sent = 0
        self.last = time.monotonic()
        self.truncated = False

    def write(self, data: bytes) -> int:
        parts = (self.pending + bytes(data)).split(b"\n")
        self.pending = parts.pop()
        if self.skip:
            dropped = min(self.skip, len(parts))
            del parts[:dropped]
            self.skip -= dropped
        if self.max_lines is not None and self.sent + len(self.lines) + len(parts) > self.max_lines:
            del parts[self.max_lines - self.sent - len(self.lines):]
            self.lines.extend(parts)
            self.truncated = True
            raise _Full
        self.lines.extend(parts)
        if len(self.lines) >= BATCH or (self.lines and time.monotonic() - self.last > FLUSH_SECONDS):
            self.send()
        return len(data)

    def flush(self) -> None:
        pass

    def send(self) -> None:
        if self.lines:
            self.emit(("rows", b"".join(x + b"\n" for x in self.lines)))
            self.sent += len(self.lines)
            self.lines = []
        self.last = time.monotonic()


def produce(store: Any, text: str, emit: Callable[[tuple[Any, ...]], Any], *, max_rows: int | None = None) -> None:
    """Evaluate ``text`` on ``store`` (a ``GraphStore``) and hand the result to ``emit`` as messages.

    ``("select", variables)`` / ``("graph",)`` / ``("ask", value)``, then any number of
    ``("rows", lines)`` (TSV rows or N-Triples, complete lines) and ``("end", truncated)``.
    pyoxigraph's exceptions (``SyntaxError`` for a malformed query, ``OSError``…) propagate.
    """
    res = store.oxigraph.query(text, prefixes=PREFIXES)
    try:
        _produce(res, emit, max_rows)
    finally:
        # pyoxigraph's results may only be dropped on the thread that made them: never leave one to a
        # traceback or a reference cycle that the collector may clear on another thread
        del res


def _produce(res: Any, emit: Callable[[tuple[Any, ...]], Any], max_rows: int | None) -> None:
    import pyoxigraph as ox

    fmt: Any
    if isinstance(res, ox.QueryBoolean):
        emit(("ask", bool(res)))
        emit(("end", False))
        return
    if isinstance(res, ox.QuerySolutions):
        emit(("select", [v.value for v in res.variables]))
        sink = _LineBatches(emit, max_rows, skip=1)
        fmt = ox.QueryResultsFormat.TSV
    else:
        emit(("graph",))
        sink = _LineBatches(emit, max_rows, skip=0)
        fmt = ox.RdfFormat.N_TRIPLES
    try:
        res.serialize(sink, format=fmt)
    except _Full:
        pass
    except Exception:
        if not sink.truncated:  # pyoxigraph may wrap the exception a write raised
            raise
    sink.send()
    emit(("end", sink.truncated))


def collect(messages: Iterable[tuple[Any, ...]]) -> QueryResult:
    """The typed result of the messages of :func:`produce`."""
    kind: tuple[Any, ...] = ()
    chunks: list[bytes] = []
    truncated = False
    for msg in messages:
        if msg[0] in ("select", "graph", "ask"):
            kind = msg
        elif msg[0] == "rows":
            chunks.append(msg[1])
        elif msg[0] == "end":
            truncated = bool(msg[1])
    if kind[0] == "ask":
        return AskResult(bool(kind[1]))
    if kind[0] == "select":
        return SelectResult(tuple(kind[1]), b"".join(chunks), truncated)
    return GraphResult(b"".join(chunks), truncated)


class MessageReader:
    """A binary file reading ``head`` then the ``("rows", lines)`` messages of :func:`produce` as they come."""

    def __init__(self, head: bytes, messages: Iterator[tuple[Any, ...]]) -> None:
        self.buf, self.messages = head, messages

    def read(self, size: int = -1) -> bytes:
        while not self.buf:
            msg = next(self.messages, None)
            if msg is None:
                return b""
            if msg[0] == "rows":
                self.buf = msg[1]
        if size is None or size < 0:
            size = len(self.buf)
        out, self.buf = self.buf[:size], self.buf[size:]
        return out

    def readable(self) -> bool:
        return True



def write_solutions(variables: list[str], messages: Iterator[tuple[Any, ...]], fmt: str, output: Any) -> None:
    """Write the rows of ``messages`` to the binary file ``output`` in a SPARQL results format, as they come."""
    import pyoxigraph as ox

    if fmt == "tsv":
        output.write(tsv_head(variables))
        for msg in messages:
            if msg[0] == "rows":
                output.write(msg[1])
        return
    reader = cast("IO[bytes]", MessageReader(tsv_head(variables), messages))  # pyoxigraph calls its read()
    solutions = ox.parse_query_results(reader, ox.QueryResultsFormat.TSV)
    solutions.serialize(output, format=_results_format(fmt))


def write_triples(messages: Iterator[tuple[Any, ...]], fmt: str, output: Any) -> None:
    """Write the triples of ``messages`` to the binary file ``output`` (``turtle`` or ``jsonld``), as they come."""
    import pyoxigraph as ox

    quads = ox.parse(cast("IO[bytes]", MessageReader(b"", messages)), format=ox.RdfFormat.N_TRIPLES)
    serialize_triples((q.triple for q in quads), fmt, output)
