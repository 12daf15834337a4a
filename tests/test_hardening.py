"""The adversarial battery of issue #11: each attack or fault, and the safe outcome asserted."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from extract.errors import QueryError, QueryForbidden, QueryTimeout

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@contextmanager
def server(graph: Path, *extra: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`kg serve --port 0` in a fresh interpreter: (process, base URL)."""
    p = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(graph), "--port", "0", *extra],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert p.stdout is not None
        line = p.stdout.readline()
        assert "http://" in line, p.stderr.read() if p.stderr else line
        yield p, "http://" + line.split("http://", 1)[1].split("/", 1)[0]
    finally:
        p.terminate()
        try:
            p.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()


def _tree(pid: int) -> list[int]:
    out = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for c in f.read().split():
                    out += _tree(int(c))
    except FileNotFoundError:
        pass
    return out


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and all its descendants, from /proc."""
    total = 0.0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def get(url: str, headers: dict[str, str] | None = None, data: bytes | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, e.read()


def q(base: str, query: str) -> str:
    return base + "/sparql?" + urllib.parse.urlencode({"query": query})


needs_proc = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="CPU time is read from /proc")


# ---------------------------------------------------------------- 1. queries that stop

@needs_proc
def test_runaway_query_stops_using_cpu_after_its_503(example_graph: Path) -> None:
    with server(example_graph, "--timeout", "1") as (proc, base):
        status, body = get(q(base, RUNAWAY))
        assert status == 503 and b"stopped after 1 s" in body
        time.sleep(0.5)
        before = cpu_seconds(proc.pid)
        time.sleep(2)
        grown = cpu_seconds(proc.pid) - before
        assert grown < 0.5, f"the server used {grown:.2f} s of CPU in the 2 s after the 503"
        # and cheap queries are served meanwhile
        status, _ = get(q(base, "ASK { ?s ?p ?o }"))
        assert status == 200


@needs_proc
def test_cheap_queries_are_served_while_runaway_ones_run(example_graph: Path) -> None:
    with server(example_graph, "--timeout", "3", "--max-concurrent", "2") as (proc, base):
        slow = threading.Thread(target=get, args=(q(base, RUNAWAY),))
        slow.start()
        time.sleep(0.3)
        t0 = time.monotonic()
        status, _ = get(q(base, "ASK { ?s ?p ?o }"))
        assert status == 200 and time.monotonic() - t0 < 2
        slow.join()


def test_kg_query_timeout_stops_the_evaluation(example_graph: Path) -> None:
    from kg.sparql import run_query

    t0 = time.monotonic()
    with pytest.raises(QueryTimeout):
        run_query(example_graph, RUNAWAY, timeout=1)
    assert time.monotonic() - t0 < 5
    # nothing keeps evaluating in this process (a thread would) or in a child
    before = time.process_time()
    time.sleep(1.5)
    assert time.process_time() - before < 0.5
    if Path("/proc/self/task").exists():
        workers = [c for c in _tree(os.getpid())[1:] if "resource_tracker" not in _cmdline(c)]
        assert workers == []


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def test_kg_query_cli_timeout_is_one_line(example_graph: Path) -> None:
    from .conftest import run_kg

    p = run_kg("query", RUNAWAY, "--graph", str(example_graph), "--timeout", "1", check=False)
    assert p.returncode == 2 and p.stderr.strip().count("\n") == 0 and "KG401" in p.stderr


def test_graph_results_are_capped_like_rows(example_graph: Path) -> None:
    with server(example_graph, "--max-rows", "5") as (_, base):
        status, body = get(q(base, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), {"Accept": "application/n-triples"})
        assert status == 200 and body.count(b" .\n") == 5


# ---------------------------------------------------------------- 2. no outbound requests

@contextmanager
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP listener on a loopback port; yields (port, what it received)."""
    got: list[bytes] = []
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(5)
    s.settimeout(0.2)
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                c, _ = s.accept()
            except OSError:
                continue
            with c:
                c.settimeout(1)
                try:
                    got.append(c.recv(65536) or b"<connected>")
                except OSError:
                    got.append(b"<connected>")

    t = threading.Thread(target=run, daemon=True)
    t.start()
    try:
        yield s.getsockname()[1], got
    finally:
        stop.set()
        t.join()
        s.close()


SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ # a comment\n  SeRvIcE\n<http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_by_the_server_and_nothing_is_sent(example_graph: Path, template: str) -> None:
    with listener() as (port, got), server(example_graph) as (_, base):
        text = template.format(port=port)
        status, body = get(q(base, text))
        assert status == 400 and b"SERVICE is not allowed" in body
        data = urllib.parse.urlencode({"query": text}).encode()
        status, _ = get(base + "/sparql", {"Content-Type": "application/x-www-form-urlencoded"}, data)
        assert status == 400
        time.sleep(0.3)
    assert got == []


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_by_kg_query(example_graph: Path, template: str) -> None:
    from kg.sparql import run_query

    with listener() as (port, got):
        with pytest.raises(QueryForbidden):
            run_query(example_graph, template.format(port=port))
        time.sleep(0.3)
    assert got == []


def test_service_inside_strings_and_comments_is_not_a_service(example_graph: Path) -> None:
    from kg.sparql import run_query

    text = 'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:9/> {}" AS ?x) } # SERVICE <http://x/> {'
    assert "SERVICE" in run_query(example_graph, text, fmt="csv")


# ---------------------------------------------------------------- 12. kg query streams

def test_kg_query_streams_rows_before_the_query_ends(example_graph: Path) -> None:
    from kg.sparql import stream_query

    class Enough(Exception):
        pass

    seen: list[str] = []

    def write(text: str) -> None:
        seen.append(text)
        if sum(t.count("\n") for t in seen) > 100:
            raise Enough

    t0 = time.monotonic()
    # a cross product of the graph with itself: far too many rows to build in memory within 20 s
    with pytest.raises(Enough):
        stream_query(example_graph, "SELECT ?s ?x WHERE { ?s ?p ?o . ?x ?y ?z }", write, fmt="csv", timeout=20)
    assert time.monotonic() - t0 < 5


def test_query_file_errors_are_one_line(tmp_path: Path, example_graph: Path) -> None:
    from kg.sparql import load_query

    (tmp_path / "dir.rq").mkdir()
    with pytest.raises(QueryError, match="not a query file"):
        load_query(str(tmp_path / "dir.rq"))
    bad = tmp_path / "bad.rq"
    bad.write_bytes("SELECT * WHERE { ?s ?p '市' }".encode("gbk"))
    with pytest.raises(QueryError, match="not UTF-8"):
        load_query(str(bad))
