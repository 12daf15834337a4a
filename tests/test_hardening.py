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

STDERR: dict[int, str] = {}
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
            _, err = p.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            _, err = p.communicate()
        STDERR[p.pid] = err


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
        time.sleep(1)  # the killed worker's replacement starts meanwhile
        before = cpu_seconds(proc.pid)
        time.sleep(2)
        grown = cpu_seconds(proc.pid) - before
        # a query left running would use a whole core: 2 s of CPU in these 2 s
        assert grown < 0.5, f"the server used {grown:.2f} s of CPU in the 2 s after the 503"
        # and cheap queries are served meanwhile
        status, _ = get(q(base, "ASK { ?s ?p ?o }"))
        assert status == 200


@needs_proc
def test_cheap_queries_are_served_while_runaway_ones_run(example_graph: Path) -> None:
    def runaway(base: str) -> None:
        try:
            get(q(base, RUNAWAY))
        except OSError:  # the server stopped before it timed out: the test is over
            pass

    with server(example_graph, "--timeout", "3", "--max-concurrent", "2") as (_, base):
        slow = threading.Thread(target=runaway, args=(base,))
        slow.start()
        time.sleep(0.3)
        t0 = time.monotonic()
        status, _ = get(q(base, "ASK { ?s ?p ?o }"))
        assert status == 200 and time.monotonic() - t0 < 2
        assert slow.is_alive()  # the runaway query was still running meanwhile
    slow.join()  # the server has stopped: no need to wait for its timeout


def test_kg_query_timeout_stops_the_evaluation(example_graph: Path) -> None:
    from kg._query import run_query

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


@pytest.fixture(scope="module")
def served(example_graph: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """One `kg serve` for the SERVICE tests (each starts its own listener; what reached it is checked per test),
    answering before the first test asks (its query workers start after it prints its address)."""
    with server(example_graph) as s:
        deadline = time.monotonic() + 60
        while get(q(s[1], "ASK { ?s ?p ?o }"))[0] != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        yield s


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_by_the_server_and_nothing_is_sent(served: tuple[subprocess.Popen[str], str],
                                                              template: str) -> None:
    base = served[1]
    with listener() as (port, got):
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
    from kg._query import run_query

    with listener() as (port, got):
        with pytest.raises(QueryForbidden):
            run_query(example_graph, template.format(port=port))
        time.sleep(0.3)
    assert got == []


def test_service_inside_strings_and_comments_is_not_a_service(example_graph: Path) -> None:
    from kg._query import run_query

    text = 'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:9/> {}" AS ?x) } # SERVICE <http://x/> {'
    assert "SERVICE" in run_query(example_graph, text, fmt="csv")


# ---------------------------------------------------------------- 12. kg query streams

def test_kg_query_streams_rows_before_the_query_ends(example_graph: Path) -> None:
    from kg._query import stream_query

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


# ---------------------------------------------------------------- 4, 11. HTTP

def raw(base: str, request: bytes, *, wait: float = 10) -> bytes:
    """Send raw bytes to the server; what it answers before closing or ``wait`` seconds."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=wait) as s:
        s.sendall(request)
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
                if b"\r\n\r\n" in out and b"Connection: close" in out:
                    break
        except TimeoutError:
            pass
        return out


def status_of(reply: bytes) -> int:
    return int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/") else 0


@pytest.fixture(scope="module")
def live(example_graph: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    with server(example_graph) as s:
        yield s


@pytest.mark.parametrize(("length", "expected"), [("-1", 400), ("abc", 400), ("1e3", 400), ("+5", 400),
                                                  ("300000000", 413)])
def test_content_length_is_checked_before_the_body_is_read(live: tuple[subprocess.Popen[str], str], length: str,
                                                           expected: int) -> None:
    _, base = live
    host = base.removeprefix("http://")
    head = (f"POST /sparql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/sparql-query\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()
    t0 = time.monotonic()
    reply = raw(base, head + b"SELECT * WHERE { ?s ?p ?o } LIMIT 1" if expected == 400 else head)
    assert status_of(reply) == expected
    assert time.monotonic() - t0 < 5  # answered at once: the body was not waited for


def test_no_traceback_on_the_servers_stderr(example_graph: Path) -> None:
    with server(example_graph) as (proc, base):
        host = base.removeprefix("http://")
        for length in ("abc", "-1", "99999999999999999999"):
            raw(base, f"POST /sparql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/sparql-query\r\n"
                      f"Content-Length: {length}\r\n\r\nASK {{}}".encode())
        raw(base, b"POST /sparql HTTP/1.1\r\n" + b"X: " + b"y" * 70000 + b"\r\n\r\n")
    assert "Traceback" not in STDERR[proc.pid]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "localhost.evil.example", ""])
def test_foreign_host_header_is_refused(live: tuple[subprocess.Popen[str], str], host: str) -> None:
    _, base = live
    header = f"Host: {host}\r\n" if host else ""
    reply = raw(base, f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n{header}Connection: close\r\n\r\n".encode())
    assert status_of(reply) in (400, 421)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "LOCALHOST."])
def test_own_host_names_are_served(live: tuple[subprocess.Popen[str], str], host: str) -> None:
    _, base = live
    port = base.rsplit(":", 1)[1]
    reply = raw(base, f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
    assert status_of(reply) == 200


def test_allow_host_adds_a_name(example_graph: Path) -> None:
    with server(example_graph, "--allow-host", "kg.internal") as (_, base):
        reply = raw(base, b"GET / HTTP/1.1\r\nHost: kg.internal\r\nConnection: close\r\n\r\n")
        assert status_of(reply) == 200


@pytest.mark.parametrize("headers", [{"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                                     {"Origin": "null"}])
def test_cross_origin_queries_are_refused(live: tuple[subprocess.Popen[str], str], headers: dict[str, str]) -> None:
    _, base = live
    form = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    status, _ = get(base + "/sparql", {"Content-Type": "application/x-www-form-urlencoded", **headers}, form)
    assert status == 403
    status, _ = get(q(base, "ASK { ?s ?p ?o }"), headers)
    assert status == 403


def test_same_origin_queries_are_served(live: tuple[subprocess.Popen[str], str]) -> None:
    _, base = live
    form = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    status, _ = get(base + "/sparql", {"Content-Type": "application/x-www-form-urlencoded", "Origin": base,
                                       "Sec-Fetch-Site": "same-origin"}, form)
    assert status == 200


def test_no_cors_headers_and_no_preflight(live: tuple[subprocess.Popen[str], str]) -> None:
    _, base = live
    host = base.removeprefix("http://")
    reply = raw(base, f"OPTIONS /sparql HTTP/1.1\r\nHost: {host}\r\nOrigin: http://evil.example\r\n"
                      "Access-Control-Request-Method: POST\r\n\r\n".encode())
    assert status_of(reply) == 405 and b"Access-Control-Allow" not in reply


def test_post_needs_a_sparql_or_form_content_type(live: tuple[subprocess.Popen[str], str]) -> None:
    _, base = live
    for ctype in ("text/plain", "multipart/form-data; boundary=x"):
        status, _ = get(base + "/sparql", {"Content-Type": ctype}, b"query=ASK%7B%7D")
        assert status == 415
    host = base.removeprefix("http://")
    reply = raw(base, f"POST /sparql HTTP/1.1\r\nHost: {host}\r\nContent-Length: 15\r\n\r\nquery=ASK%7B%7D".encode())
    assert status_of(reply) == 415


def test_binding_beyond_loopback_needs_public(example_graph: Path) -> None:
    from .conftest import run_kg

    p = run_kg("serve", "--graph", str(example_graph), "--host", "0.0.0.0", "--port", "0", check=False)
    assert p.returncode == 2 and "--public" in p.stderr and p.stderr.count("\n") == 1


def test_half_sent_requests_do_not_hold_the_server(example_graph: Path) -> None:
    from kg.server import make_server

    srv = make_server(example_graph, port=0, request_timeout=1, max_concurrent=1)
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    t.start()
    try:
        base = f"http://127.0.0.1:{srv.server_address[1]}"
        t0 = time.monotonic()
        raw(base, b"GET / HTTP/1.1\r\nHost: local", wait=10)  # headers never finished
        assert time.monotonic() - t0 < 4
        t0 = time.monotonic()
        reply = raw(base, b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                          b"Content-Length: 100\r\n\r\nASK", wait=10)  # body never finished
        assert time.monotonic() - t0 < 4 and status_of(reply) in (0, 408)
    finally:
        srv.shutdown()
        srv.server_close()


# ---------------------------------------------------------------- 3. bombs

def _docx(xml: bytes) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def _pdf(content: bytes) -> bytes:
    """A one-page PDF whose content stream is ``content``, Flate-compressed."""
    import zlib

    body = zlib.compress(content, 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _peak(fn: object) -> tuple[float, BaseException | None]:
    import tracemalloc

    tracemalloc.start()
    err = None
    try:
        fn()  # type: ignore[operator]
    except Exception as e:
        err = e
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak, err


def test_docx_bomb_is_refused_before_it_is_inflated() -> None:
    from extract.errors import InputError
    from extract.read import read_bytes

    bomb = _docx(b"<w:document>" + b" " * 60_000_000 + b"</w:document>")
    assert len(bomb) < 200_000
    t0 = time.monotonic()
    peak, err = _peak(lambda: read_bytes(bomb, name="bomb.docx", max_mb=1))
    assert isinstance(err, InputError) and "expands" in str(err)
    assert time.monotonic() - t0 < 2 and peak < 5, f"{peak:.0f} MB"


def test_pdf_stream_bomb_is_refused_while_it_is_inflated() -> None:
    from extract.errors import InputError
    from extract.read import read_bytes

    bomb = _pdf(b"BT /F1 12 Tf ET\n" + b" " * 60_000_000)
    assert len(bomb) < 200_000
    peak, err = _peak(lambda: read_bytes(bomb, name="bomb.pdf", max_mb=1))
    assert isinstance(err, InputError) and "expands" in str(err), err
    assert peak < 30, f"{peak:.0f} MB"


def test_ordinary_docx_and_pdf_still_read() -> None:
    from extract.errors import InputError
    from extract.read import read_bytes

    xml = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           "<w:p><w:r><w:t>市发改局牵头</w:t></w:r></w:p></w:body></w:document>").encode()
    assert read_bytes(_docx(xml), name="ok.docx").text == "市发改局牵头"
    with pytest.raises(InputError, match="no text"):  # a PDF with no text: read to the end, not refused as a bomb
        read_bytes(_pdf(b"BT ET\n" * 1000), name="ok.pdf")


# ---------------------------------------------------------------- 6. formulas

HOSTILE = '=HYPERLINK("http://evil.example/?x","点击")'


def test_csv_cells_that_start_a_formula_are_neutralised() -> None:
    import csv
    import io

    from kg.views.format import render

    rows = [{"task": HOSTILE, "unit": "+1", "plan": "=2+3.txt", "note": "@SUM(A1)", "n": -3, "ok": "市发改局"}]
    text = render(rows, ("task", "unit", "plan", "note", "n", "ok"), "csv")
    cells = list(csv.reader(io.StringIO(text)))[1]
    assert all(not c.startswith(("=", "+", "-", "@")) for c in cells[:4])
    assert cells[0] == "'" + HOSTILE and cells[4] == "-3" and cells[5] == "市发改局"


def test_xlsx_ledger_never_holds_a_formula(tmp_path: Path) -> None:
    import zipfile

    from openpyxl import load_workbook

    from extract.records import Role
    from kg.analysis import DutyEntry, DutyList, TeamSeat
    from kg.views.ledger import write_ledger

    duty = DutyEntry(action=HOSTILE, action_number="", section="", task="=1+1", task_line=1, task_text="=1+1",
                     role=Role.lead, leads=("@x",), supporting=(), indicators=(), deadlines=(), line=1, quote=HOSTILE,
                     plan="=2+3.txt", applies_to=())
    path = tmp_path / "l.xlsx"
    write_ledger(DutyList(unit="=cmd|' /C calc'!A0", kind="department", names=(), plans=1, office=None,
                          duties=(duty,), teams=(TeamSeat(team="=A1", role=Role.member, line=2, quote="", plan="p"),)),
                 path)
    with zipfile.ZipFile(path) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and all(b"<f>" not in s and b"<f " not in s for s in sheets)
    ws = load_workbook(path).active
    assert ws.cell(3, 3).value == "=1+1" and ws.cell(3, 3).data_type == "s"


# ---------------------------------------------------------------- 5, 7, 8, 10. files

def test_build_never_overwrites_its_input(tmp_path: Path) -> None:
    from .conftest import EXAMPLE, run_kg

    d = tmp_path / "d"
    d.mkdir()
    plan = d / "plan.html"
    text = "<html><body><p>" + EXAMPLE.read_text(encoding="utf-8").replace("\n", "</p><p>") + "</p></body></html>"
    plan.write_text(text, encoding="utf-8")
    p = run_kg("build", str(plan), "--out", str(d), check=False)
    assert p.returncode == 2 and "would overwrite the plan" in p.stderr and p.stderr.count("\n") == 1
    assert plan.read_text(encoding="utf-8") == text


def test_out_is_a_file_is_one_line(tmp_path: Path) -> None:
    from .conftest import EXAMPLE, run_kg

    f = tmp_path / "file"
    f.write_text("x")
    p = run_kg("build", str(EXAMPLE), "--out", str(f), check=False)
    assert p.returncode == 2 and "is a file" in p.stderr and p.stderr.count("\n") == 1


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_out_is_one_line(tmp_path: Path) -> None:
    from .conftest import EXAMPLE, run_kg

    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        p = run_kg("build", str(EXAMPLE), "--out", str(ro / "g"), check=False)
    finally:
        ro.chmod(0o700)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "Traceback" not in p.stderr


def test_disk_full_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, example_extraction: object) -> None:
    import errno

    from extract.errors import OutputError
    from kg import _build, store

    def full(self: object, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store.StoreWriter, "add", full)
    monkeypatch.setattr(_build, "extract", lambda *a, **k: example_extraction)
    with pytest.raises(OutputError, match="No space left"):
        _build.build(Path("plan.txt"), tmp_path / "out", html=False)
    assert not list((tmp_path / "out").glob(".kg-tmp-*"))


def test_query_file_errors_are_one_line_from_the_cli(tmp_path: Path, example_graph: Path) -> None:
    from .conftest import run_kg

    (tmp_path / "dir.rq").mkdir()
    bad = tmp_path / "bad.rq"
    bad.write_bytes("SELECT * WHERE { ?s ?p '市' }".encode("gbk"))
    for q in (tmp_path / "dir.rq", bad):
        p = run_kg("query", str(q), "--graph", str(example_graph), check=False)
        assert p.returncode == 2 and p.stderr.count("\n") == 1 and "Traceback" not in p.stderr


@pytest.fixture
def umask_027() -> Iterator[int]:
    """A umask other than the usual 022, so that a mode the umask gave is told apart from one set by hand."""
    old = os.umask(0o027)
    try:
        yield 0o027
    finally:
        os.umask(old)


def usual_modes(paths: list[Path], umask: int) -> tuple[dict[str, str], dict[str, str]]:
    """The modes of ``paths`` and the modes a plain open() or mkdir() gives under ``umask`` (0666 / 0777 less it)."""
    import stat

    got = {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in paths}
    return got, {str(p): oct((0o777 if p.is_dir() else 0o666) & ~umask) for p in paths}


def test_every_output_ends_with_the_usual_mode(tmp_path: Path, example_graph: Path, cache_env: dict[str, str],
                                               umask_027: int) -> None:
    """Written atomically (through a temporary file or folder) yet with the mode a plain open() gives, 0666 less
    the umask (0640 under umask 027; folders 0750), never mkstemp's 0600: a build's .ttl, .html and store, the
    last-build record, a corpus, one unit's and every unit's .xlsx ledger, the overload chart (the exports:
    tests/test_export.py)."""
    from .conftest import EXAMPLE, run_kg

    out, state = tmp_path / "out", tmp_path / "state"
    env = cache_env | {"KG_STATE_DIR": str(state)}
    run_kg("build", str(EXAMPLE), "--out", str(out / "plan"), env=env)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / EXAMPLE.name).write_bytes(EXAMPLE.read_bytes())
    run_kg("build", str(tmp_path / "plans"), "--out", str(out / "corpus"), "--no-html", env=env)
    g = str(example_graph)
    run_kg("duties", "发改局", "--graph", g, "--format", "xlsx", "-o", str(out / "unit.xlsx"))
    run_kg("duties", "--graph", g, "--format", "xlsx", "-o", str(out / "all.xlsx"))
    run_kg("overload", "--graph", g, "--format", "csv", "--plot", str(out / "load.png"))
    written = [*out.rglob("*"), state / "last-build.json"]
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"out/plan/linxiang-2024-eight-actions.ttl", "out/plan/linxiang-2024-eight-actions.html",
            "out/corpus/corpus.json", "out/corpus/plans/linxiang-2024-eight-actions.ttl", "out/unit.xlsx",
            "out/all.xlsx", "out/load.png", "state/last-build.json"} <= names
    assert any(n.startswith("out/plan/linxiang-2024-eight-actions.oxigraph/") for n in names)
    got, usual = usual_modes(written, umask_027)
    assert got == usual


def test_leftovers_are_swept_and_concurrent_builds_queue(tmp_path: Path, cache_env: dict[str, str]) -> None:
    from .conftest import EXAMPLE

    out = tmp_path / "out"
    (out / ".kg-tmp-dead").mkdir(parents=True)
    (out / ".kg-old-plan.oxigraph-123").mkdir()
    env = dict(os.environ, **cache_env)
    procs = [subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(EXAMPLE), "--out", str(out), "-q",
                               "--no-html"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(4)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], results
    assert [x.name for x in out.iterdir() if x.name.startswith(".kg-")] == []
    assert (out / "linxiang-2024-eight-actions.ttl").stat().st_size > 0


@needs_proc
def test_sigterm_stops_the_page_writer_too(tmp_path: Path) -> None:
    import signal

    from .conftest import EXAMPLE

    env = dict(os.environ, KG_CACHE_DIR="off")
    p = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(EXAMPLE), "--out", str(tmp_path / "o")],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    children: list[int] = []
    deadline = time.monotonic() + 20
    while not children and time.monotonic() < deadline:
        time.sleep(0.05)
        children = _tree(p.pid)[1:]
    assert children, "the page writer was not started"
    p.send_signal(signal.SIGTERM)
    p.communicate(timeout=20)
    time.sleep(1.5)
    alive = [c for c in children if Path(f"/proc/{c}").exists() and "Z" not in _state(c)]
    assert alive == []
    assert not list((tmp_path / "o").glob(".kg-tmp-*"))


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "Z"


# ---------------------------------------------------------------- 9. the extraction cache

class _Planted:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))  # unpickling creates the marker file


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KG_CACHE_KEY", str(tmp_path / "config" / "kg" / "cache-key"))
    return tmp_path


def test_cache_round_trip_with_private_key_and_folder(private_cache: Path, example_extraction: object) -> None:
    from extract import cache

    ex = example_extraction
    cache.store(ex.document.sha1, "plan.txt", ex)  # type: ignore[attr-defined]
    assert cache.load(ex.document.sha1, "plan.txt") == ex  # type: ignore[attr-defined]
    key = cache.key_path()
    assert key.stat().st_mode & 0o777 == 0o600
    assert (private_cache / "cache").stat().st_mode & 0o777 == 0o700


def test_a_planted_cache_entry_is_never_unpickled(private_cache: Path, example_extraction: object) -> None:
    import pickle

    from extract import cache

    ex = example_extraction
    sha1 = ex.document.sha1  # type: ignore[attr-defined]
    cache.store(sha1, "plan.txt", ex)
    entry = cache._path(sha1, "plan.txt")
    assert entry is not None
    marker = private_cache / "pwned"
    genuine = entry.read_bytes()
    # a plain pickle, and the genuine header with a planted payload: neither runs
    for planted in (pickle.dumps(_Planted(marker)), genuine[:-200] + pickle.dumps(_Planted(marker))):
        entry.write_bytes(planted)
        assert cache.load(sha1, "plan.txt") is None
        assert not marker.exists()


def test_an_entry_of_another_document_is_not_trusted(private_cache: Path, example_extraction: object) -> None:
    from extract import cache

    ex = example_extraction
    cache.store(ex.document.sha1, "plan.txt", ex)  # type: ignore[attr-defined]
    src = cache._path(ex.document.sha1, "plan.txt")  # type: ignore[attr-defined]
    other = "0" * 40
    dst = cache._path(other, "plan.txt")
    assert src is not None and dst is not None
    dst.write_bytes(src.read_bytes())  # swapped in for another document
    assert cache.load(other, "plan.txt") is None


def test_a_key_others_can_read_signs_nothing(private_cache: Path, example_extraction: object) -> None:
    from extract import cache

    ex = example_extraction
    cache.store(ex.document.sha1, "plan.txt", ex)  # type: ignore[attr-defined]
    cache.key_path().chmod(0o644)
    assert cache.load(ex.document.sha1, "plan.txt") is None  # type: ignore[attr-defined]


def test_an_entry_made_with_another_jieba_is_not_used(private_cache: Path, example_extraction: object,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A new jieba (or spaCy, pdfminer, charset-normalizer, Python) may segment or read differently."""
    import importlib.metadata

    from extract import cache

    ex = example_extraction
    cache.store(ex.document.sha1, "plan.txt", ex)  # type: ignore[attr-defined]
    assert cache.load(ex.document.sha1, "plan.txt") == ex  # type: ignore[attr-defined]
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "9.9" if name == "jieba" else real(name))
    cache.code_version.cache_clear()
    try:
        assert cache.load(ex.document.sha1, "plan.txt") is None  # type: ignore[attr-defined]
    finally:
        monkeypatch.undo()
        cache.code_version.cache_clear()
