"""Query results as text, in ``kg query``'s formats.

``tsv`` and ``xml`` are SPARQL results formats and ``turtle`` an RDF one, all written by pyoxigraph
(:mod:`kg._results`); ``table``, ``csv`` and ``json`` are kg's rows of plain values
(:mod:`kg.views.format`).  A graph is always Turtle, and a format that does not fit the result falls
back to a table.  A result is written whole (:func:`write_result`, a typed result of
:func:`kg.sparql.execute` or :mod:`kg.remote`) or piece by piece as its rows come
(:func:`write_stream`, the messages of :func:`kg.sparql.stream_results`).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from typing import Any

from .._results import AskResult, QueryResult, SelectResult, write_solutions, write_triples
from .format import render, render_stream

__all__ = ["FORMATS", "result_text", "write_result", "write_stream"]

#: the formats of ``kg query``
FORMATS = ("table", "csv", "json", "tsv", "xml", "turtle")


def result_text(result: QueryResult, fmt: str) -> str:
    """Text of a result as ``kg query`` writes it."""
    out: list[str] = []
    write_result(result, fmt, out.append)
    return "".join(out)


def write_result(result: QueryResult, fmt: str, write: Callable[[str], Any]) -> None:
    """Write a result as ``kg query`` does (a result of this process, or of a remote endpoint)."""
    write_stream(_messages(result), fmt, write)


def _messages(result: QueryResult) -> Iterator[tuple[Any, ...]]:
    """A result as the messages it was collected from (:func:`kg._results.produce`)."""
    if isinstance(result, AskResult):
        yield ("ask", result.value)
        yield ("end", False)
        return
    if isinstance(result, SelectResult):
        yield ("select", list(result.variables))
        yield ("rows", result.tsv)
    else:
        yield ("graph",)
        yield ("rows", result.ntriples)
    yield ("end", result.truncated)


def write_stream(msgs: Iterator[tuple[Any, ...]], fmt: str, write: Callable[[str], Any]) -> None:
    """Write a result piece by piece as its messages come (a table is laid out on its first 1000 rows)."""
    first = next(msgs)
    text_fmt = fmt if fmt in ("table", "csv", "json") else "table"
    if first[0] == "ask":
        for _ in msgs:
            pass
        result = AskResult(bool(first[1]))
        if fmt in ("tsv", "xml"):
            sink = _TextSink(write)
            sink.write(result.serialize(fmt))
            sink.close()
        else:
            write(render([{"result": result.value}], ("result",), text_fmt))
        return
    if first[0] == "graph":
        sink = _TextSink(write)
        write_triples(msgs, "turtle", sink)
        sink.close()
        return
    names: list[str] = first[1]
    if fmt in ("tsv", "xml"):
        sink = _TextSink(write)
        write_solutions(names, msgs, fmt, sink)
        sink.close()
        return
    batches = (SelectResult(tuple(names), m[1]).records() for m in msgs if m[0] == "rows")
    for piece in render_stream(batches, names, text_fmt, max_width=60):
        write(piece)


class _TextSink:
    """A binary file for pyoxigraph's serialisers that hands the text on to ``write`` as it comes.

    ``close`` ends the text with a newline (pyoxigraph's XML has none) so a shell prompt starts on its own line.
    """

    def __init__(self, write: Callable[[str], Any]) -> None:
        self._write = write
        self._dec = codecs.getincrementaldecoder("utf-8")()
        self._ends_line = True

    def write(self, b: bytes) -> int:
        self._put(self._dec.decode(bytes(b)))
        return len(b)

    def _put(self, text: str) -> None:
        if text:
            self._write(text)
            self._ends_line = text.endswith("\n")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self._put(self._dec.decode(b"", final=True))
        if not self._ends_line:
            self._write("\n")
