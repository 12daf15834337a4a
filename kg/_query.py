"""Run a query and write its result as text: ``kg query`` and :func:`kg.run_query`.

The caller of both halves: :mod:`kg.sparql` runs the query and returns its result (or, for a remote
endpoint, :mod:`kg.remote`), :mod:`kg.views.results` writes it in the format asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .sparql import stream_results
from .views.results import write_result, write_stream

if TYPE_CHECKING:
    from .remote import RemoteResult

__all__ = ["run_query", "stream_query", "stream_remote_query"]


def run_query(graph: str | Path, query: str, *, fmt: str = "table", timeout: float | None = 30.0,
              bindings: dict[str, str] | None = None) -> str:
    """Run a saved query (by name), a .rq file or SPARQL text on a built graph; return its text in ``fmt``
    (table, csv, json, tsv, xml or turtle: :mod:`kg.views.results`).

    Raises :class:`extract.errors.QueryError` for a malformed query and ``QueryTimeout`` past ``timeout``.
    """
    out: list[str] = []
    stream_query(graph, query, out.append, fmt=fmt, timeout=timeout, bindings=bindings)
    return "".join(out)


def stream_query(graph: str | Path, query: str, write: Callable[[str], Any], *, fmt: str = "table",
                 timeout: float | None = 30.0, bindings: dict[str, str] | None = None) -> None:
    """Run a query like :func:`run_query`, handing the text to ``write`` piece by piece as rows come.

    If ``write`` fails (the reader went away), the query's worker is killed at once.
    """
    results = stream_results(graph, query, timeout=timeout, bindings=bindings)
    try:
        write_stream(results, fmt, write)
    finally:
        results.close()


def stream_remote_query(endpoint: str, query: str, write: Callable[[str], Any], *, fmt: str = "table",
                        timeout: float | None = 30.0, bindings: dict[str, str] | None = None) -> RemoteResult:
    """Run a query like :func:`stream_query`, on the SPARQL endpoint at ``endpoint`` (:func:`kg.remote.remote_query`);
    returns what the endpoint said of its result (:class:`kg.remote.RemoteResult`: cut, partial)."""
    from .remote import remote_query

    result, said = remote_query(endpoint, query, timeout=timeout, bindings=bindings)
    write_result(result, fmt, write)
    return said
