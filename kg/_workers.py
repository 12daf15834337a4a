"""SPARQL evaluation in worker processes that are killed at the time limit.

A thread cannot be stopped: a query evaluated in one keeps its core and its memory after the
caller has given up on it.  So user queries are evaluated in a separate process
(:class:`QueryWorker`) that opens the graph itself (the on-disk store read-only) and sends
results back in batches over a pipe; past the deadline the parent kills it (SIGKILL), which
returns the CPU and memory at once, and starts a replacement.  ``kg serve`` keeps a
:class:`WorkerPool` of them (one per concurrent query); ``kg query`` uses one.

Messages from a worker, in order: ``("ready",)`` once the graph is open, then per query those of
:func:`kg._results.produce` — ``("select", names)`` / ``("graph",)`` / ``("ask", bool)``, any number of
``("rows", lines)`` (SPARQL TSV rows or N-Triples as pyoxigraph writes them) and ``("end", truncated)``
— or ``("error", message)`` at any point.
"""

from __future__ import annotations

import os
import queue
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from extract.errors import GraphError, KGError, QueryError, QueryTimeout

from ._results import QueryResult, collect, produce

__all__ = ["QueryWorker", "WorkerPool", "evaluate"]

#: how long a worker may take to open a graph (a large Turtle corpus is loaded into memory)
START_SECONDS = 600.0


class QueryWorker:
    """One worker process holding the graph at ``graph`` open; one query at a time."""

    def __init__(self, graph: str, *, respawn: bool = False) -> None:
        self.graph = str(graph)
        #: start a replacement as soon as this worker is killed (a pool's); else at its next use
        self.respawn = respawn
        self.proc: Any = None
        self.conn: Any = None
        self.ready = False
        self.start()

    def start(self) -> None:
        """Start the process (without waiting for it to open the graph)."""
        import multiprocessing as mp

        ctx = mp.get_context("spawn")  # never fork a threaded server
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, self.graph, os.getpid()), daemon=True,
                                name="kg-query")
        self.proc.start()
        child.close()
        self.conn, self.ready = parent, False

    def kill(self) -> None:
        """Kill the process and wait until it is gone (its CPU and memory are released)."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.join(10)
            self.proc.close()
            self.proc = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        self.ready = False

    def stop(self) -> None:
        """Ask the process to leave; kill it if it does not."""
        if self.conn is not None and self.proc is not None:
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.proc.join(1)
        self.kill()

    def restart(self) -> None:
        self.kill()
        if self.respawn:
            self.start()

    def _recv(self, deadline: float | None) -> tuple[Any, ...]:
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        if wait is not None and not self.conn.poll(wait):
            raise TimeoutError
        try:
            return self.conn.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            raise GraphError("the query worker stopped unexpectedly") from None

    def _wait_ready(self) -> None:
        if self.proc is None:
            self.start()
        if self.ready:
            return
        try:
            msg = self._recv(time.monotonic() + START_SECONDS)
        except TimeoutError:
            self.restart()
            raise GraphError(f"the query worker could not open {self.graph} within {START_SECONDS:g} s") from None
        except GraphError:
            self.restart()
            raise
        if msg[0] == "error":
            self.restart()
            raise GraphError(msg[1])
        self.ready = True

    def run(self, text: str, *, timeout: float | None, max_rows: int | None = None) -> Iterator[tuple[Any, ...]]:
        """Evaluate ``text``; yield the worker's messages until ``("end", truncated)``.

        Past ``timeout`` seconds the worker is killed (and restarted) and :class:`QueryTimeout`
        is raised; a malformed or failing query raises :class:`QueryError`.  A caller that stops
        iterating early also gets the worker killed: it may still be evaluating.
        """
        self._wait_ready()
        deadline = None if timeout is None else time.monotonic() + timeout
        done = False
        try:
            self.conn.send((text, max_rows))
            while True:
                try:
                    msg = self._recv(deadline)
                except TimeoutError:
                    raise QueryTimeout(f"query stopped after {timeout:g} s "
                                       "(raise --timeout, or add LIMIT / narrower patterns)") from None
                if msg[0] == "error":
                    done = True
                    raise QueryError(msg[1])
                yield msg
                if msg[0] == "end" or msg[0] == "ask":
                    if msg[0] == "ask":
                        msg = self._recv(deadline)
                    done = True
                    return
        finally:
            if not done:
                self.restart()


class WorkerPool:
    """``size`` workers on one graph; :meth:`worker` lends one (the concurrency slot) for one query."""

    def __init__(self, graph: str, size: int) -> None:
        self._idle: queue.Queue[QueryWorker] = queue.Queue()
        self._all = [QueryWorker(graph, respawn=True) for _ in range(size)]
        for w in self._all:
            self._idle.put(w)
        self._lock = threading.Lock()

    def wait_ready(self) -> None:
        """Wait until every worker has the graph open (raises :class:`GraphError` if one cannot)."""
        for w in self._all:
            w._wait_ready()

    @contextmanager
    def worker(self, wait: float) -> Iterator[QueryWorker]:
        """An idle worker, waiting at most ``wait`` seconds; :class:`QueryTimeout` if none is free."""
        try:
            w = self._idle.get(timeout=wait)
        except queue.Empty:
            raise QueryTimeout("too many queries running; try again") from None
        try:
            yield w
        finally:
            self._idle.put(w)

    def close(self) -> None:
        for w in self._all:
            w.stop()


def evaluate(worker: QueryWorker, text: str, *, timeout: float | None, max_rows: int | None) -> QueryResult:
    """Run a query to the end in ``worker``: a ``SelectResult``, ``AskResult`` or ``GraphResult``."""
    return collect(worker.run(text, timeout=timeout, max_rows=max_rows))


# ---------------------------------------------------------------- the worker process

def watch_parent(parent_pid: int, interval: float = 0.5) -> None:
    """Leave this process as soon as ``parent_pid`` is gone (it was killed, or exited without us)."""

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent_pid:
                os._exit(0)

    threading.Thread(target=watch, daemon=True, name="kg-parent-watch").start()


def _worker_main(conn: Any, graph: str, parent_pid: int) -> None:  # pragma: no cover - runs in the worker
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    watch_parent(parent_pid)
    from .store import open_store

    try:
        store = open_store(graph)
    except Exception as e:
        msg = str(e.args[0]) if isinstance(e, KGError) and e.args else str(e)
        conn.send(("error", (msg.splitlines() or [type(e).__name__])[0]))
        return
    try:
        conn.send(("ready",))
    except OSError:
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            _evaluate(conn, store, job[0], job[1])
        except (BrokenPipeError, ConnectionError):
            return


def _evaluate(conn: Any, store: Any, text: str, max_rows: int | None) -> None:  # pragma: no cover - in the worker
    try:
        produce(store, text, conn.send, max_rows=max_rows)
    except SyntaxError as e:
        conn.send(("error", clean_syntax_error(e)))
    except (BrokenPipeError, ConnectionError):
        raise
    except Exception as e:  # pyoxigraph raises OSError, ValueError, RuntimeError...
        first = (str(e).splitlines() or [type(e).__name__])[0]
        conn.send(("error", f"query failed: {first[:200]}"))


def clean_syntax_error(e: SyntaxError) -> str:
    """One line for a SPARQL syntax error: where it is and what the parser expected."""
    msg = str(e).splitlines()[0]
    m = re.match(r"error at (\d+):(\d+): (.*)", msg)
    if m:
        detail = m.group(3)
        if len(detail) > 160:
            detail = detail[:160] + "…"
        return f"malformed SPARQL at line {m.group(1)}, column {m.group(2)}: {detail}"
    return f"malformed SPARQL: {msg[:200]}"
