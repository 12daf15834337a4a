"""SPARQL over a built graph: saved queries by name, files or text; formats; a time limit.

Saved queries live in ``kg/resources/queries/*.rq`` (``queries/`` at the project root);
the first comment line starting with ``# Question:`` says what each answers.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from extract.errors import QueryError, QueryForbidden, QueryTimeout

from ._workers import clean_syntax_error as _clean_syntax_error
from .prefixes import PREFIXES
from .store import GraphStore, to_python

__all__ = ["SavedQuery", "check_query", "execute", "load_query", "results_as", "run_query", "saved_queries",
           "stream_query", "write_stream"]


@dataclass(frozen=True)
class SavedQuery:
    name: str
    question: str
    text: str


def saved_queries() -> list[SavedQuery]:
    """The saved analyst queries, sorted by name."""
    out = []
    folder = resources.files("kg").joinpath("resources/queries")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        m = re.search(r"^#\s*Question:\s*(.+)$", text, flags=re.M)
        out.append(SavedQuery(entry.name[:-3], m.group(1).strip() if m else "", text))
    return out


def load_query(q: str) -> str:
    """A saved query's text by name, a file's text, or ``q`` itself (SPARQL text)."""
    names = {s.name: s for s in saved_queries()}
    if q in names:
        return names[q].text
    p = Path(q)
    if len(q) < 4096 and q.endswith((".rq", ".sparql")):
        if not p.exists():
            raise QueryError(f"{q}: no such query file")
        if not p.is_file():
            raise QueryError(f"{q}: not a query file (a directory?)")
        try:
            return p.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise QueryError(f"{q}: not UTF-8 text (byte {e.start}); save the query as UTF-8") from None
        except OSError as e:
            raise QueryError(f"{q}: cannot read ({e.strerror})") from None
    if not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE)\b", q, flags=re.I):
        close = [n for n in names if q.lower() in n.lower()]
        hint = f"; saved queries with that name: {', '.join(close)}" if close else "; `kg queries` lists the saved ones"
        raise QueryError(f"“{q}” is neither a saved query, a .rq file nor SPARQL{hint}")
    return q




def with_values(text: str, bindings: dict[str, str]) -> str:
    """The query with a ``VALUES`` block giving each variable a literal value.

    Each value becomes an RDF literal serialised by pyoxigraph (quotes, backslashes and
    newlines escaped), so text from a user can never change the query's structure.  A VALUES
    block (rather than SPARQL-star substitution) lets Oxigraph use the value to drive the
    join: the duties of one unit on a 1M-triple corpus take 0.1 s instead of 1 s.
    """
    import pyoxigraph as ox

    for name in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"“{name}” is not a SPARQL variable name")
    m = re.search(r"\bWHERE\s*\{", text, flags=re.I) or re.search(r"\{", text)
    if m is None:
        raise QueryError("cannot bind values: the query has no WHERE clause")
    names = list(bindings)
    terms = " ".join(str(ox.Literal(bindings[n])) for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }} "
    return text[: m.end()] + block + text[m.end() :]


_UPDATE = re.compile(r"^\s*(?:PREFIX[^\n]*\n\s*|BASE[^\n]*\n\s*|#[^\n]*\n\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", flags=re.I)
# the lexical tokens that can hide a word: IRIs, strings (long ones first), comments
_HIDING = re.compile("|".join((
    r'<[^<>"{}|^`\\\x00-\x20]*>',  # IRIREF
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',  # long strings
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n\r]|\\.)*"',  # short strings
    r"'(?:[^'\\\n\r]|\\.)*'",
    r"#[^\n\r]*",  # comments
)), flags=re.S)
# SERVICE as a keyword: not part of a variable (?service), a prefixed name (ex:service) or a longer word
_SERVICE = re.compile(r"(?<![\w:?$.\-])SERVICE(?![\w:\-])", flags=re.I)


def _code_only(text: str) -> str:
    """``text`` with IRIs, strings and comments blanked out, so keywords can be looked for."""
    return _HIDING.sub(lambda m: " " * len(m.group(0)), text)


def check_query(text: str) -> None:
    """Refuse what a read-only endpoint must never do: updates, and ``SERVICE`` (an outbound request).

    >>> check_query('SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" } # SERVICE')
    >>> check_query("SELECT * WHERE { service <http://127.0.0.1/x> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    extract.errors.QueryForbidden: KG402: SERVICE is not allowed: kg never sends requests to other endpoints...
    """
    if _UPDATE.search(text):
        raise QueryError("updates are not allowed: kg graphs are read-only (rebuild with `kg build`)")
    # SPARQL allows \\u escapes anywhere in a query: read them as the characters they stand for
    plain = re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    if _SERVICE.search(_code_only(plain)):
        raise QueryForbidden("SERVICE is not allowed: kg never sends requests to other endpoints "
                             "(query each graph with its own endpoint, or build them into one directory)")


def execute(store: GraphStore, text: str, *, timeout: float | None = None,
            bindings: dict[str, str] | None = None, max_rows: int | None = None) -> Any:
    """Run a query and return pyoxigraph's result (solutions, boolean or triples), fully evaluated.

    Raises :class:`QueryError` for a malformed query and :class:`QueryTimeout` past ``timeout``.
    Update operations and ``SERVICE`` are refused: this is a read-only view that sends no requests.
    The query is evaluated in a thread of this process, which a timeout does not stop: user
    queries go through :func:`run_query` or ``kg serve``, which evaluate in a killable worker.
    """
    import pyoxigraph as ox

    check_query(text)
    if bindings:
        text = with_values(text, bindings)
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            res = store.oxigraph.query(text, prefixes=PREFIXES)
            if isinstance(res, ox.QuerySolutions):
                box["vars"] = [v.value for v in res.variables]
                rows: list[list[Any]] = []
                for sol in res:
                    if max_rows is not None and len(rows) >= max_rows:
                        box["truncated"] = True
                        break
                    rows.append([sol[v] for v in res.variables])
                box["rows"] = rows
                box["kind"] = "select"
            elif isinstance(res, ox.QueryBoolean):
                box["kind"], box["bool"] = "ask", bool(res)
            else:
                box["kind"], box["triples"] = "graph", list(res)
        except SyntaxError as e:
            box["error"] = QueryError(_clean_syntax_error(e))
        except Exception as e:  # pyoxigraph raises OSError, ValueError, RuntimeError...
            first = (str(e).splitlines() or [type(e).__name__])[0]
            box["error"] = QueryError(f"query failed: {first[:200]}")

    t = threading.Thread(target=work, daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        raise QueryTimeout(f"query stopped after {timeout:g} s (raise --timeout, or add LIMIT / narrower patterns)")
    if "error" in box:
        raise box["error"]
    return box


def results_as(box: dict[str, Any], fmt: str) -> str:
    """Text of evaluated results: table/csv/json (rows of values), tsv/xml (SPARQL results), turtle."""
    import pyoxigraph as ox

    from .views.format import render

    if box["kind"] == "graph":
        return (ox.serialize(box["triples"], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b"").decode("utf-8")
    if box["kind"] == "ask":
        return render([{"result": box["bool"]}], ("result",), fmt if fmt in ("table", "csv", "json") else "table")
    names = box["vars"]
    if fmt in ("tsv", "xml"):
        return sparql_results(names, box["rows"], fmt)
    rows = [{n: to_python(v) for n, v in zip(names, row, strict=True)} for row in box["rows"]]
    return render(rows, names, fmt if fmt in ("table", "csv", "json") else "table", max_width=60)


def _term_json(v: Any) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(v, ox.NamedNode):
        return {"type": "uri", "value": v.value}
    if isinstance(v, ox.BlankNode):
        return {"type": "bnode", "value": v.value}
    out = {"type": "literal", "value": v.value}
    if v.language:
        out["xml:lang"] = v.language
    elif v.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = v.datatype.value
    return out


def sparql_results(names: list[str], rows: list[list[Any]], fmt: str) -> str:
    """SELECT results in a SPARQL 1.1 results format: ``json``, ``xml``, ``csv`` or ``tsv``."""
    import csv
    import io
    import json

    if fmt == "json":
        bindings = [{n: _term_json(v) for n, v in zip(names, row, strict=True) if v is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(names)
        for row in rows:
            w.writerow(["" if v is None else v.value for v in row])
        return buf.getvalue()
    return _results_head(names, fmt) + _results_rows(names, rows, fmt) + _results_tail(fmt)


def _results_head(names: list[str], fmt: str) -> str:
    from xml.sax.saxutils import quoteattr

    if fmt == "tsv":
        return "\t".join("?" + n for n in names) + "\n"
    return "\n".join(['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>",
                      *(f"<variable name={quoteattr(n)}/>" for n in names), "</head>", "<results>"]) + "\n"


def _results_tail(fmt: str) -> str:
    return "" if fmt == "tsv" else "</results>\n</sparql>\n"


def _results_rows(names: list[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    from xml.sax.saxutils import escape, quoteattr

    import pyoxigraph as ox

    if fmt == "tsv":
        return "".join("\t".join(str(v) if v is not None else "" for v in row) + "\n" for row in rows)
    out = []
    for row in rows:
        out.append("<result>")
        for n, v in zip(names, row, strict=True):
            if v is None:
                continue
            if isinstance(v, ox.NamedNode):
                inner = f"<uri>{escape(v.value)}</uri>"
            elif isinstance(v, ox.BlankNode):
                inner = f"<bnode>{escape(v.value)}</bnode>"
            else:
                attrs = f" xml:lang={quoteattr(v.language)}" if v.language else f" datatype={quoteattr(v.datatype.value)}"
                inner = f"<literal{attrs}>{escape(v.value)}</literal>"
            out.append(f"<binding name={quoteattr(n)}>{inner}</binding>")
        out.append("</result>")
    return "".join(x + "\n" for x in out)


def ask_result(value: bool, fmt: str) -> str:
    """ASK result in a SPARQL results format (json or xml; csv/tsv as a single cell)."""
    import json

    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value})
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n")
    return f"_askResult\n{'true' if value else 'false'}\n"


def run_query(graph: str | Path, query: str, *, fmt: str = "table", timeout: float | None = 30.0,
              bindings: dict[str, str] | None = None) -> str:
    """Run a saved query (by name), a .rq file or SPARQL text on a built graph; return text."""
    out: list[str] = []
    stream_query(graph, query, out.append, fmt=fmt, timeout=timeout, bindings=bindings)
    return "".join(out)


def stream_query(graph: str | Path, query: str, write: Callable[[str], Any], *, fmt: str = "table",
                 timeout: float | None = 30.0, bindings: dict[str, str] | None = None) -> None:
    """Run a query like :func:`run_query`, handing the text to ``write`` piece by piece as rows come.

    The query is evaluated in a worker process (:mod:`kg._workers`) that is killed at ``timeout``
    (raising :class:`QueryTimeout`), so a runaway query stops using CPU and memory; rows are never
    all held in memory (a table is laid out on its first 1000 rows).
    """
    from ._workers import QueryWorker

    text = load_query(query)
    check_query(text)
    if bindings:
        text = with_values(text, bindings)
    worker = QueryWorker(str(graph))
    try:
        _write_stream(worker.run(text, timeout=timeout), fmt, write)
    except BaseException:  # the reader went away (a closed pipe), or the query failed: no need to wait
        worker.kill()
        raise
    worker.stop()


def _write_stream(msgs: Iterator[tuple[Any, ...]], fmt: str, write: Callable[[str], Any]) -> None:
    import pyoxigraph as ox

    from .views.format import render_stream

    first = next(msgs)
    if first[0] == "ask":
        write(results_as({"kind": "ask", "bool": first[1]}, fmt))
        for _ in msgs:
            pass
        return
    if first[0] == "graph":
        import codecs

        class _Out:
            def __init__(self) -> None:
                self.dec = codecs.getincrementaldecoder("utf-8")()

            def write(self, b: bytes) -> int:
                write(self.dec.decode(b))
                return len(b)

            def flush(self) -> None:
                pass

        sink = _Out()
        ox.serialize((t for m in msgs if m[0] == "rows" for t in m[1]), output=sink,  # type: ignore[arg-type]
                     format=ox.RdfFormat.TURTLE,
                     prefixes=PREFIXES)
        write(sink.dec.decode(b"", final=True))
        return
    names: list[str] = first[1]
    batches = (m[1] for m in msgs if m[0] == "rows")
    if fmt in ("tsv", "xml"):
        write(_results_head(names, fmt))
        for batch in batches:
            write(_results_rows(names, batch, fmt))
        write(_results_tail(fmt))
        return
    dicts = ([{n: to_python(v) for n, v in zip(names, row, strict=True)} for row in batch] for batch in batches)
    for piece in render_stream(dicts, names, fmt if fmt in ("table", "csv", "json") else "table", max_width=60):
        write(piece)


#: write a query's results (the messages of :mod:`kg._workers`) in a format; also used for remote endpoints
write_stream = _write_stream
