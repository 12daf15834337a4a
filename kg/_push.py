"""``kg push URL``: every plan's named graph of a built store into a SPARQL 1.1 server store.

``URL`` is the server's Graph Store HTTP Protocol endpoint (Virtuoso:
``http://HOST:8890/sparql-graph-crud-auth``).  A corpus build (``OUT/corpus.oxigraph``) holds one
named graph per plan and one for the corpus itself; each is sent with ``PUT URL?graph=IRI``, so a
push replaces what the server held in that graph and never adds to it.  A single plan's build goes
to the named graph of its plan's IRI.  The server then holds exactly the kg graphs of the store:
graphs under kg's namespace (``https://w3id.org/kg-plan/id/``) that the store no longer has (a
plan removed from the corpus, the other plans when a single plan is pushed) are deleted
(``DELETE URL?graph=IRI``).  Which graphs the server holds is asked of the server itself, with a
SPARQL query on its query endpoint (``--sparql``, else derived from ``URL``), never remembered
locally, so nothing can drift: two analysts pushing to one server, or a server restored from a
backup, are seen as they are.  All graphs are written before any is deleted: a push that fails
half-way leaves every graph either old or new, and the next push completes it.

Credentials come from ``KG_PUSH_USER``/``KG_PUSH_PASSWORD`` or a netrc file (:mod:`kg._http`).

Errors (one line each, exit status 2): :class:`kg._http.RemoteError` for a server that cannot be
reached or rejects the data (its message shortened), :class:`kg._http.AuthError` for a login it
asks for and did not get, or refuses (401, 403); :class:`extract.errors.GraphError` for a store that
cannot be pushed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from extract.errors import GraphError, QueryError

from ._http import AuthError, Client, RemoteError, Response, credentials_for, plain_url, scrub, shown_url

__all__ = ["KG_GRAPHS", "PushResult", "push", "push_lines", "server_graphs", "sparql_endpoint_for", "store_graphs"]

#: kg's namespace of data IRIs (``kg.graph.BASE``): every graph kg pushes is named under it
KG_GRAPHS = "https://w3id.org/kg-plan/id/"

#: the Graph Store endpoint's path end → the query endpoint's, for the servers kg knows
_QUERY_PATHS = (
    ("/sparql-graph-crud-auth", "/sparql-auth"),  # Virtuoso (authenticated)
    ("/sparql-graph-crud", "/sparql"),  # Virtuoso
    ("/rdf-graphs/service", ""),  # RDF4J, GraphDB: /repositories/ID/rdf-graphs/service → /repositories/ID
    ("/data", "/sparql"),  # Fuseki: /DATASET/data → /DATASET/sparql
    ("/store", "/query"),  # Oxigraph server
)

#: the kg graphs a server holds.  Every graph kg writes has typed nodes (a kgo:Plan, kgo:Office,
#: kgo:Measure...), and the rdf:type triples are a fraction of all: on Virtuoso 7.2 with 620k triples
#: this takes 0.3 s where ``{ ?s ?p ?o }`` takes 1.9 s (and without the FILTER, over a minute)
LIST_QUERY = f"""SELECT DISTINCT ?g WHERE {{
  GRAPH ?g {{ ?s a ?type }}
  FILTER(STRSTARTS(STR(?g), "{KG_GRAPHS}"))
}}"""


@dataclass(frozen=True)
class PushResult:
    """What a push sent, replaced and deleted (``dry_run``: what it would have)."""

    url: str
    sparql: str
    graph: str  # the store pushed
    created: tuple[tuple[str, int], ...]  # (graph IRI, triples) new on the server
    replaced: tuple[tuple[str, int], ...]  # (graph IRI, triples) that replaced the server's
    deleted: tuple[str, ...]  # graph IRIs removed from the server
    seconds: float
    dry_run: bool = False

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.created + self.replaced)


def sparql_endpoint_for(url: str) -> str:
    """The SPARQL query endpoint beside the Graph Store endpoint ``url``, for the servers kg knows.

    >>> sparql_endpoint_for("http://localhost:8890/sparql-graph-crud-auth")
    'http://localhost:8890/sparql-auth'
    >>> sparql_endpoint_for("http://localhost:3030/plans/data")
    'http://localhost:3030/plans/sparql'
    """
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    for end, query_end in _QUERY_PATHS:
        if path.endswith(end):
            return urlunsplit(parts._replace(path=path[: -len(end)] + query_end, query="", fragment=""))
    raise RemoteError(f"cannot tell the SPARQL query endpoint of {shown_url(url)} (kg knows Virtuoso, Fuseki, "
                      "Oxigraph, RDF4J and GraphDB paths): give it with --sparql URL")


def store_graphs(path: str | Path) -> tuple[list[tuple[str, Callable[[], bytes]]], str]:
    """The graphs to push from the store at ``path``: (IRI, its N-Triples when asked), and the store's name."""
    import pyoxigraph as ox

    from .store import open_store

    gs = open_store(path)
    store = gs.oxigraph

    def dump(graph: Any) -> Callable[[], bytes]:
        return lambda: bytes(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b"")

    if gs.union:  # a corpus: one named graph per plan, and the corpus graph
        names = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
        outside = [n for n in names if not n.startswith(KG_GRAPHS)]
        if outside:
            raise GraphError(f"{path}: graph <{outside[0]}> is not one of kg's (not under {KG_GRAPHS}); "
                             "push only stores written by `kg build`")
        return [(n, dump(ox.NamedNode(n))) for n in names], str(path)
    plans = gs.select("SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/kg-plan/ont#Plan> }")
    if len(plans) != 1:
        raise GraphError(f"{path}: holds {len(plans)} plans in one graph; push a single plan's build "
                         "(DIR/<stem>.ttl) or a corpus (kg build PLAN... --out DIR)")
    iri = str(plans[0]["p"])
    if not iri.startswith(KG_GRAPHS):
        raise GraphError(f"{path}: the plan <{iri}> is not one of kg's (not under {KG_GRAPHS})")
    return [(iri, dump(ox.DefaultGraph()))], str(path)


def server_graphs(client: Client, sparql: str) -> set[str]:
    """The graphs under kg's namespace that the server holds, asked with a SPARQL query."""
    from .remote import remote_select

    try:
        _, rows, cut_at, partial = remote_select(client, sparql, LIST_QUERY)
    except QueryError as e:
        raise RemoteError(f"could not list the server's graphs: {e.args[0] if e.args else e}") from None
    if partial:
        raise RemoteError(f"{shown_url(sparql)} sent a partial list of graphs ({partial}), so kg cannot tell which "
                          "to delete: raise the server's query time limit")
    if cut_at is not None and len(rows) >= cut_at:
        raise RemoteError(f"{shown_url(sparql)} cut the list of graphs at {cut_at} rows, so kg cannot tell which "
                          "to delete: raise the server's result limit (Virtuoso: [SPARQL] ResultSetMaxRows)")
    return {r[0].value for r in rows if r and r[0] is not None}


def _graph_url(url: str, iri: str) -> str:
    parts = urlsplit(url)
    query = (parts.query + "&" if parts.query else "") + "graph=" + quote(iri, safe="")
    return urlunsplit(parts._replace(query=query, fragment=""))


def _check(r: Response, url: str, what: str, client: Client, ok: tuple[int, ...] = (200, 201, 204)) -> None:
    if r.status in ok:
        return
    user = client.creds.user if client.creds else "(none)"
    if r.status == 403:
        raise AuthError(scrub(f"{shown_url(url)} does not let user “{user}” {what} (403 {r.reason})"
                              + (f": {r.message()}" if r.message() else ""), client.creds))
    raise RemoteError(scrub(f"{shown_url(url)} rejected {what} ({r.status} {r.reason})"
                            + (f": {r.message()}" if r.message() else ""), client.creds))


def push(graph: str | Path, url: str, *, sparql: str | None = None, dry_run: bool = False,
         timeout: float = 300.0) -> PushResult:
    """Push every named graph of the built store at ``graph`` to the Graph Store endpoint ``url``.

    See the module docstring.  ``sparql`` is the query endpoint used to list the server's graphs
    (default: derived from ``url``); ``dry_run`` lists what would be sent and deleted, and writes
    nothing; ``timeout`` bounds each request (seconds without an answer).
    """
    t0 = time.perf_counter()
    plain_url(url)
    query_url = plain_url(sparql) if sparql else sparql_endpoint_for(url)
    graphs, name = store_graphs(graph)
    creds = credentials_for(url)
    created: list[tuple[str, int]] = []
    replaced: list[tuple[str, int]] = []
    with Client(creds, timeout=timeout) as client:
        before = server_graphs(client, query_url)
        if not dry_run:
            # log in (and learn the Digest nonce) with a request that has no body and changes nothing, so
            # refused credentials are told before anything is written and no graph is uploaded twice
            probe = _graph_url(url, KG_GRAPHS + "kg-push-probe")
            _check(client.request("GET", probe, headers={"Accept": "text/turtle"}), url, "read graphs", client,
                   ok=(200, 204, 404))
        kept: set[str] = set()
        # the next graph is read from the store while the server loads this one (reading 620k triples
        # out of Oxigraph takes 5.6 s, a quarter of the push)
        with ThreadPoolExecutor(max_workers=1) as ahead:
            nxt: Future[bytes] | None = ahead.submit(graphs[0][1]) if graphs else None
            for k, (iri, _) in enumerate(graphs):
                assert nxt is not None
                data = nxt.result()
                nxt = ahead.submit(graphs[k + 1][1]) if k + 1 < len(graphs) else None
                n = data.count(b"\n")
                if n == 0:
                    continue  # an empty graph is no graph: the server's copy, if any, is deleted below
                kept.add(iri)
                if not dry_run:
                    r = client.request("PUT", _graph_url(url, iri), data,
                                       {"Content-Type": "text/turtle; charset=utf-8"})
                    _check(r, url, f"the graph <{iri}>", client)
                (replaced if iri in before else created).append((iri, n))
        stale = sorted(before - kept)
        if not dry_run:
            for iri in stale:
                _check(client.request("DELETE", _graph_url(url, iri)), url, f"deleting the graph <{iri}>", client,
                       ok=(200, 202, 204, 404))
    return PushResult(url=shown_url(url), sparql=shown_url(query_url), graph=name, created=tuple(created),
                      replaced=tuple(replaced), deleted=tuple(stale), seconds=time.perf_counter() - t0,
                      dry_run=dry_run)


def push_lines(res: PushResult) -> list[str]:
    """What ``kg push`` prints: a summary line, then one row per graph."""
    from .views.format import render

    verb = "would push" if res.dry_run else "pushed"
    n = len(res.created) + len(res.replaced)
    out = [f"{verb} {res.graph} to {res.url}: {n} graph{'s' if n != 1 else ''}, {res.triples} triples "
           f"({len(res.created)} new, {len(res.replaced)} replaced, {len(res.deleted)} deleted) in {res.seconds:.1f} s"]
    rows = [{"graph": iri, "triples": t, "action": "new"} for iri, t in res.created]
    rows += [{"graph": iri, "triples": t, "action": "replaced"} for iri, t in res.replaced]
    rows.sort(key=lambda r: str(r["graph"]))
    rows += [{"graph": iri, "triples": "", "action": "deleted"} for iri in res.deleted]
    out.append(render(rows, ("graph", "triples", "action"), "table", max_width=80).rstrip())
    out.append(f"query it: kg query QUERY --endpoint {res.sparql}")
    return out
