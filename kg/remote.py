"""SPARQL on a remote endpoint (a server store that ``kg push`` filled): ``kg query --endpoint URL``.

The query is read and checked as for the embedded store (a saved query's name, a ``.rq`` file or
text; kg's prefixes predeclared; ``--bind`` as a ``VALUES`` block; updates and ``SERVICE``
refused; a malformed query gets Oxigraph's message with its position, before anything is sent),
then sent with the SPARQL 1.1 Protocol (a form POST: Virtuoso 7.2 does not read a POST of
``application/sparql-query``).  Results come back as SPARQL JSON (SELECT, ASK) or N-Triples
(CONSTRUCT, DESCRIBE), are read by pyoxigraph into the typed results of local queries
(:mod:`kg._results`) and written by the same view (:mod:`kg.views.results`), so every output format
is the same.

Credentials, if the endpoint asks for them: as for ``kg push`` (:mod:`kg._http`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from extract.errors import QueryError, QueryTimeout

from ._http import Client, RemoteTimeout, Response, credentials_for, plain_url, scrub, shown_url
from ._results import AskResult, GraphResult, QueryResult, SelectResult
from .prefixes import PREFIXES

__all__ = ["RemoteResult", "remote_query", "remote_select"]

_ACCEPT = {"select": "application/sparql-results+json", "ask": "application/sparql-results+json",
           "graph": "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"}


@dataclass(frozen=True)
class RemoteResult:
    """What the endpoint said besides the rows: whether it cut them (``X-SPARQL-MaxRows``)."""

    rows: int
    cut_at: int | None = None
    partial: str = ""  # the server's reason when it answered with partial results (Virtuoso's anytime queries)


def _form(text: str) -> str:
    """The query's form (select, ask, graph), found by parsing it with Oxigraph against an empty store.

    This also checks the syntax locally: a malformed query gets the same message as on a built graph.
    """
    import pyoxigraph as ox

    from ._workers import clean_syntax_error

    try:
        res = ox.Store().query(text, prefixes=PREFIXES)
    except SyntaxError as e:
        raise QueryError(clean_syntax_error(e)) from None
    if isinstance(res, ox.QueryBoolean):
        return "ask"
    if isinstance(res, ox.QuerySolutions):
        return "select"
    return "graph"


def with_prefixes(text: str) -> str:
    """``text`` with a PREFIX declaration for each of kg's prefixes it uses without declaring.

    >>> with_prefixes("PREFIX kgo: <urn:x#> SELECT * WHERE { ?s kgo:p ?o ; skos:prefLabel ?l }").splitlines()[0]
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>'
    """
    declared = {m.lower() for m in re.findall(r"\bPREFIX\s+([A-Za-z][\w.-]*|):", text, flags=re.I)}
    missing = [p for p in PREFIXES if p.lower() not in declared and re.search(rf"(?<![\w.-]){re.escape(p)}:", text)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing) + text


def _ask(client: Client, endpoint: str, text: str, accept: str) -> Response:
    body = urlencode({"query": text}).encode("ascii")
    r = client.request("POST", endpoint, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                "Accept": accept})
    if r.status >= 400:
        what = "refused the query" if r.status < 500 else "failed on the query"
        raise QueryError(scrub(f"{shown_url(endpoint)} {what} ({r.status} {r.reason}): {r.message()}", client.creds))
    return r


def _cut(r: Response) -> int | None:
    v = r.headers.get("X-SPARQL-MaxRows")
    return int(v) if v and v.strip().isdigit() else None


def _partial(r: Response) -> str:
    """Virtuoso's note that it stopped at its time limit and sent what it had (an "anytime" query)."""
    state = r.headers.get("X-SQL-State")
    return " ".join(x for x in (state, r.headers.get("X-SQL-Message")) if x)[:200] if state else ""


def _solutions(r: Response, endpoint: str) -> SelectResult | bool:
    """SPARQL JSON results read by pyoxigraph (a SELECT's rows, or an ASK's answer)."""
    import pyoxigraph as ox

    try:
        data = json.loads(r.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise QueryError(f"{shown_url(endpoint)} did not answer with SPARQL JSON results "
                         f"(Content-Type {r.headers.get('Content-Type') or 'none'}); is it a SPARQL endpoint?") from None
    if isinstance(data, dict) and isinstance(data.get("boolean"), bool):
        return bool(data["boolean"])
    try:
        for binding in data["results"]["bindings"]:
            for term in binding.values():
                if term.get("type") == "bnode":
                    # servers name blank nodes as they like (Virtuoso: nodeID://b123): keep the label, made valid
                    term["value"] = re.sub(r"[^A-Za-z0-9_]", "_", str(term.get("value", ""))) or "b"
        solutions = ox.parse_query_results(json.dumps(data), ox.QueryResultsFormat.JSON)
        if isinstance(solutions, ox.QueryBoolean):
            return bool(solutions)
        return SelectResult.of(solutions)
    except (KeyError, TypeError, AttributeError, SyntaxError, ValueError) as e:
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise QueryError(f"{shown_url(endpoint)} sent SPARQL JSON results kg cannot read ({msg})") from None


def remote_select(client: Client, endpoint: str,
                  text: str) -> tuple[list[str], list[tuple[Any, ...]], int | None, str]:
    """Run a SELECT of kg's own on ``endpoint``: (variable names, rows of pyoxigraph terms, cut_at, partial)."""
    r = _ask(client, endpoint, with_prefixes(text), _ACCEPT["select"])
    res = _solutions(r, endpoint)
    if isinstance(res, bool):
        raise QueryError(f"{shown_url(endpoint)} answered a SELECT with a boolean")
    return list(res.variables), res.rows, _cut(r), _partial(r)


def _result(client: Client, endpoint: str, text: str, form: str) -> tuple[QueryResult, RemoteResult]:
    """The endpoint's answer as the typed result of a local query."""
    import pyoxigraph as ox

    r = _ask(client, endpoint, with_prefixes(text), _ACCEPT[form])
    if form == "graph":
        ctype = (r.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fmt = ox.RdfFormat.TURTLE if ctype in ("text/turtle", "application/x-turtle") else ox.RdfFormat.N_TRIPLES
        try:
            graph = GraphResult.of(ox.parse(r.body, format=fmt))
        except SyntaxError as e:
            raise QueryError(f"{shown_url(endpoint)} sent triples kg cannot read ({str(e).splitlines()[0]})") from None
        return graph, RemoteResult(len(graph), _cut(r), _partial(r))
    res = _solutions(r, endpoint)
    if form == "ask" and not isinstance(res, bool):
        # Virtuoso 7.2 answers ASK with a table: one row of __ASK_RETVAL 1 when true, no row when false
        res = any(v is not None and v.value not in ("0", "false") for row in res.rows for v in row)
    if isinstance(res, bool):
        return AskResult(res), RemoteResult(1)
    return res, RemoteResult(len(res), _cut(r), _partial(r))


def remote_query(endpoint: str, query: str, *, timeout: float | None = 30.0,
                 bindings: dict[str, str] | None = None) -> tuple[QueryResult, RemoteResult]:
    """Run a saved query (by name), a .rq file or SPARQL text on the SPARQL endpoint at ``endpoint``: its typed
    result, and what the endpoint said of it (:class:`RemoteResult`).

    Raises :class:`QueryError` for a malformed query or one the endpoint refuses,
    :class:`QueryTimeout` when it does not answer within ``timeout`` seconds, and
    :class:`kg._http.RemoteError` when it cannot be reached or refuses the login.
    """
    from .sparql import prepare

    plain_url(endpoint)
    text = prepare(query, bindings)
    form = _form(text)
    with Client(credentials_for(endpoint), timeout=timeout or 3600.0) as client:
        try:
            return _result(client, endpoint, text, form)
        except RemoteTimeout:
            raise QueryTimeout(f"{shown_url(endpoint)} did not answer within {timeout:g} s (raise --timeout, or "
                               "add LIMIT / narrower patterns)") from None
