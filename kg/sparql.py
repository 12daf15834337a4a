"""SPARQL over a built graph: saved queries by name, files or text; typed results; a time limit.

Saved queries live in ``kg/resources/queries/*.rq`` (``queries/`` at the project root);
the first comment line starting with ``# Question:`` says what each answers.  This module returns
results only: their text in ``kg query``'s formats is written by :mod:`kg.views.results`, and
:mod:`kg._query` puts the two together for ``kg query`` and :func:`kg.run_query`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Generator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from extract.errors import QueryError, QueryForbidden, QueryTimeout

from ._results import (
    AskResult,
    GraphResult,
    QueryResult,
    SelectResult,
    collect,
    produce,
)
from ._workers import clean_syntax_error as _clean_syntax_error
from .store import GraphStore

__all__ = ["AskResult", "GraphResult", "QueryResult", "SavedQuery", "SelectResult", "check_query", "execute",
           "load_query", "prepare", "saved_queries", "stream_results", "with_values"]


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
            bindings: dict[str, str] | None = None, max_rows: int | None = None) -> QueryResult:
    """Run a query in this process: a :class:`SelectResult`, :class:`AskResult` or :class:`GraphResult`.

    Raises :class:`QueryError` for a malformed query and :class:`QueryTimeout` past ``timeout``;
    past ``max_rows`` rows (or triples) the result is cut and marked ``truncated``.
    Update operations and ``SERVICE`` are refused: this is a read-only view that sends no requests.
    The query is evaluated in a thread of this process, which a timeout does not stop: user
    queries go through :func:`run_query` or ``kg serve``, which evaluate in a killable worker.

    >>> import pyoxigraph as ox
    >>> from kg.store import GraphStore
    >>> execute(GraphStore(ox.Store(), []), "SELECT ?unit WHERE { }", bindings={"unit": "市发改局"}).records()
    [{'unit': '市发改局'}]
    """
    check_query(text)
    if bindings:
        text = with_values(text, bindings)
    messages: list[tuple[Any, ...]] = []
    failure: list[QueryError] = []

    def work() -> None:
        try:
            produce(store, text, messages.append, max_rows=max_rows)
        except SyntaxError as e:
            failure.append(QueryError(_clean_syntax_error(e)))
        except Exception as e:  # pyoxigraph raises OSError, ValueError, RuntimeError...
            first = (str(e).splitlines() or [type(e).__name__])[0]
            failure.append(QueryError(f"query failed: {first[:200]}"))

    t = threading.Thread(target=work, daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        raise QueryTimeout(f"query stopped after {timeout:g} s (raise --timeout, or add LIMIT / narrower patterns)")
    if failure:
        raise failure[0]
    return collect(messages)


def prepare(query: str, bindings: dict[str, str] | None = None) -> str:
    """The text of a query to run: :func:`load_query`'s, checked (:func:`check_query`) and with its values bound."""
    text = load_query(query)
    check_query(text)
    return with_values(text, bindings) if bindings else text


def stream_results(graph: str | Path, query: str, *, timeout: float | None = 30.0,
                   bindings: dict[str, str] | None = None) -> Generator[tuple[Any, ...], None, None]:
    """Run a saved query (by name), a .rq file or SPARQL text on a built graph; its result as it comes.

    The result comes as the messages of :func:`kg._results.produce`: ``("select", variables)`` then
    ``("rows", tsv)`` batches, ``("graph",)`` then ``("rows", ntriples)`` batches, or ``("ask", value)``;
    then ``("end", truncated)``.  :func:`kg._results.collect` makes the typed result of them, and
    :func:`kg.views.results.write_stream` writes them as text as they come: rows are never all held.

    The query is evaluated in a worker process (:mod:`kg._workers`) that is killed at ``timeout``
    (raising :class:`QueryTimeout`), or when the result is not read to its end (closing the
    generator), so a runaway or abandoned query stops using CPU and memory.
    """
    from ._workers import QueryWorker

    text = prepare(query, bindings)
    worker = QueryWorker(str(graph))
    finished = False
    try:
        yield from worker.run(text, timeout=timeout)
        finished = True
    finally:
        if finished:
            worker.stop()
        else:  # the reader went away (a closed pipe), or the query failed: no need to wait
            worker.kill()
