"""kg push URL and kg query --endpoint, against a real Virtuoso started on a loopback port.

The server is Debian's ``virtuoso-opensource-7-bin`` (``scripts/setup-test-env.sh`` installs it as
root).  Without it these tests skip, saying why; in CI (``CI=true``) they fail instead.  The
fixture writes its own ``virtuoso.ini`` in a temporary folder (SQL and HTTP ports picked free on
127.0.0.1), starts ``virtuoso-t +foreground``, sets the ``dba`` password with ``isql-vt``, and
stops the server afterwards.  kg writes through ``/sparql-graph-crud-auth`` (HTTP Digest, as
``dba``, who holds SPARQL_UPDATE: nothing has to be granted to the anonymous ``SPARQL`` user) and
reads through ``/sparql``.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from .conftest import DATA, EXAMPLE, run_kg

PASSWORD = "kg-Test-" + os.urandom(6).hex()  # a password no output could contain by chance
READER_PASSWORD = "rd-" + os.urandom(6).hex()
OFFICES = DATA / "offices" / "plans"
XSD = "http://www.w3.org/2001/XMLSchema#"

INI = """\
[Database]
DatabaseFile = db/virtuoso.db
ErrorLogFile = db/virtuoso.log
LockFile = db/virtuoso.lck
TransactionFile = db/virtuoso.trx
xa_persistent_file = db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = db/virtuoso-temp.db
TransactionFile = db/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
ServerThreads = 10
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., db

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = www
ServerThreads = 10
MaxClientConnections = 10
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@dataclass(frozen=True)
class Virtuoso:
    http: str  # http://127.0.0.1:PORT
    started_in: float  # seconds from start to answering HTTP

    @property
    def crud(self) -> str:
        return self.http + "/sparql-graph-crud-auth"

    @property
    def sparql(self) -> str:
        return self.http + "/sparql"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{why}: in CI the push tests must run (scripts/setup-test-env.sh installs virtuoso-opensource-7-bin)")
    pytest.skip(why)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/sparql?query=ASK%7B%7D", timeout=2) as r:
            return bool(r.status == 200)
    except (OSError, urllib.error.URLError):
        return False


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    exe, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not exe or not isql:
        _unavailable("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource-7-bin; "
                     "scripts/setup-test-env.sh does it as root)")
    assert exe and isql
    home = tmp_path_factory.mktemp("virtuoso")
    (home / "db").mkdir()
    (home / "www").mkdir()
    sql_port, http_port = _free_port(), _free_port()
    (home / "virtuoso.ini").write_text(INI.format(sql_port=sql_port, http_port=http_port), encoding="utf-8")
    url = f"http://127.0.0.1:{http_port}"
    t0 = time.monotonic()
    log = (home / "stdout.log").open("wb")
    proc = subprocess.Popen([exe, "+configfile", "virtuoso.ini", "+foreground"], cwd=home, stdout=log,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        while not _answers(url):
            if proc.poll() is not None or time.monotonic() - t0 > 180:
                tail = (home / "db" / "virtuoso.log").read_text(errors="replace")[-600:] \
                    if (home / "db" / "virtuoso.log").exists() else ""
                _unavailable(f"Virtuoso did not start (exit {proc.poll()}): {tail}")
            time.sleep(0.2)
        started = time.monotonic() - t0
        setup = (f"DB.DBA.USER_CREATE('reader', '{READER_PASSWORD}'); GRANT SPARQL_SELECT TO \"reader\"; "
                 f"USER_SET_PASSWORD('dba', '{PASSWORD}');")
        done = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={setup}"], capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr
        yield Virtuoso(url, started)
    finally:
        proc.terminate()
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, cache_env: dict[str, str]) -> dict[str, str]:
    """The environment of a user who pushes as dba (and has no ~/.netrc of the real home)."""
    return cache_env | {"KG_STATE_DIR": str(tmp_path_factory.mktemp("state")), "KG_PUSH_USER": "dba",
                        "KG_PUSH_PASSWORD": PASSWORD, "NETRC": str(tmp_path_factory.mktemp("nonetrc") / "none")}


def _no_creds(env: dict[str, str]) -> dict[str, str]:
    e = dict(env)
    e.pop("KG_PUSH_USER")
    e.pop("KG_PUSH_PASSWORD")
    return e


def _run(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    # run_kg adds os.environ: the variables this test removes must be gone from it too
    saved = {k: os.environ.pop(k) for k in ("KG_PUSH_USER", "KG_PUSH_PASSWORD", "NETRC") if k in os.environ}
    try:
        return run_kg(*args, env=env, check=check)
    finally:
        os.environ.update(saved)


def _clean_failure(p: subprocess.CompletedProcess[str], *needles: str) -> str:
    """A failure as a user sees it: exit 2, one line on stderr, no traceback, no password anywhere."""
    assert p.returncode == 2, (p.returncode, p.stdout, p.stderr)
    assert "Traceback" not in p.stderr and p.stderr.count("\n") == 1, p.stderr
    for secret in (PASSWORD, READER_PASSWORD):
        assert secret not in p.stdout + p.stderr
    for n in needles:
        assert n in p.stderr, p.stderr
    return p.stderr


# ---------------------------------------------------------------- comparing rows

def _term(t: Any) -> Any:
    """A result term as a comparable value: numbers by value, plain and xsd:string literals alike."""
    import pyoxigraph as ox

    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ("iri", t.value)
    if isinstance(t, ox.BlankNode):
        return ("bnode",)  # labels are the store's own: a blank node matches any blank node
    if t.language:
        return ("lang", t.value, t.language.lower())
    dt = t.datatype.value
    if dt.removeprefix(XSD) in ("integer", "int", "long", "decimal", "double", "float", "nonNegativeInteger"):
        return ("num", Decimal(t.value))
    return ("lit", t.value, dt)


def _group_concat_columns(text: str) -> dict[str, str]:
    """The columns of a query made with GROUP_CONCAT, with their separator: its order is the store's own."""
    out = {}
    for m in re.finditer(r"GROUP_CONCAT\(.*?separator\s*=\s*\"([^\"]*)\"\)(?:,\s*\"[^\"]*\",\s*\"([^\"]*)\"\))?"
                         r"\s+AS\s+\?(\w+)", text, flags=re.S):
        out[m.group(3)] = m.group(2) or m.group(1)
    return out


def _rows(names: list[str], rows: Sequence[Sequence[Any]], concat: dict[str, str]) -> set[tuple[Any, ...]]:
    out = set()
    for row in rows:
        vals = []
        for n, t in zip(names, row, strict=True):
            v = _term(t)
            if n in concat and v is not None:
                v = ("parts", frozenset(v[1].split(concat[n])))
            vals.append(v)
        out.add(tuple(vals))
    return out


def _same_rows_on_both(graph: Path, server: Virtuoso) -> dict[str, int]:
    """Run every saved query on the built store and on the server; assert the same rows; return row counts."""
    from kg._http import Client
    from kg.remote import remote_select
    from kg.sparql import SelectResult, execute, saved_queries
    from kg.store import open_store

    store = open_store(graph)
    counts = {}
    with Client(None) as client:
        for q in saved_queries():
            local = execute(store, q.text)
            assert isinstance(local, SelectResult), q.name
            names, rows, cut, partial = remote_select(client, server.sparql, q.text)
            assert cut is None and not partial
            assert names == list(local.variables), q.name
            concat = _group_concat_columns(q.text)
            mine, theirs = _rows(names, local.rows, concat), _rows(names, rows, concat)
            assert len(rows) == len(local.rows) and mine == theirs, (
                q.name, sorted(mine - theirs, key=str)[:3], sorted(theirs - mine, key=str)[:3])
            counts[q.name] = len(rows)
    return counts


def _server_graphs(server: Virtuoso) -> dict[str, int]:
    """Each kg graph on the server with its number of triples."""
    from kg._http import Client
    from kg.remote import remote_select

    q = ('SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } '
         'FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg-plan/id/")) } GROUP BY ?g')
    with Client(None) as client:
        _, rows, _, _ = remote_select(client, server.sparql, q)
    return {r[0].value: int(r[1].value) for r in rows}


def _store_graphs(graph: Path) -> dict[str, int]:
    """Each graph of a built store with its number of triples (a single plan: its plan's IRI)."""
    from kg.store import open_store

    gs = open_store(graph)
    if not gs.union:
        iri = gs.select("SELECT ?p WHERE { ?p a <https://w3id.org/kg-plan/ont#Plan> }")[0]["p"]
        return {iri: len(gs)}
    rows = gs.raw_query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"].value: int(r["n"].value) for r in rows}


# ---------------------------------------------------------------- the tests

def test_push_the_example_then_every_saved_query_answers_the_same(virtuoso: Virtuoso, example_graph: Path,
                                                                   env: dict[str, str]) -> None:
    p = _run("push", virtuoso.crud, "--graph", str(example_graph), env=env)
    assert p.stdout.startswith(f"pushed {example_graph} to {virtuoso.crud}: 1 graph, "), p.stdout
    assert PASSWORD not in p.stdout + p.stderr
    assert _server_graphs(virtuoso) == _store_graphs(example_graph)
    counts = _same_rows_on_both(example_graph, virtuoso)
    assert counts["leads-by-unit"] > 30 and counts["duties-of-unit"] > 700  # real answers, not two empty sets
    # pushed again: replaced, not added to
    p = _run("push", virtuoso.crud, "--graph", str(example_graph), env=env)
    assert "(0 new, 1 replaced, 0 deleted)" in p.stdout
    assert _server_graphs(virtuoso) == _store_graphs(example_graph)


def test_a_corpus_push_replaces_and_deletes_what_the_corpus_no_longer_has(
        virtuoso: Virtuoso, env: dict[str, str], tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(OFFICES, plans)
    shutil.copy(EXAMPLE, plans / EXAMPLE.name)
    out = tmp_path / "corpus"
    run_kg("build", str(plans), "--out", str(out), "--no-html", "--quiet", env=env)
    before = _store_graphs(out)
    assert len(before) == 6  # five plans and the corpus graph (offices across plans)
    p = _run("push", virtuoso.crud, "--graph", str(out), env=env)
    assert "6 graphs" in p.stdout.splitlines()[0]
    assert _server_graphs(virtuoso) == before  # the example pushed by another test is gone too, or replaced
    _same_rows_on_both(out, virtuoso)

    # a plan removed from the corpus is removed from the server; a plan changed is replaced there
    gone = plans / "pingjiang-2024-key-work.txt"
    gone.unlink()
    changed = plans / "yueyang-2024-key-work.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "2.扩大有效投资。(市商务局负责)\n", encoding="utf-8")
    run_kg("build", str(plans), "--out", str(out), "--no-html", "--quiet", env=env)
    after = _store_graphs(out)
    assert len(after) == 5
    p = _run("push", virtuoso.crud, "--graph", str(out), env=env)
    assert "(0 new, 5 replaced, 1 deleted)" in p.stdout, p.stdout
    dropped = set(before) - set(after)
    assert len(dropped) == 1 and "pingjiang" in next(iter(dropped))
    assert any(line.split()[:1] == [next(iter(dropped))] and line.rstrip().endswith("deleted")
               for line in p.stdout.splitlines()), p.stdout
    yueyang = next(g for g in after if "yueyang" in g)
    assert after[yueyang] > before[yueyang]
    assert _server_graphs(virtuoso) == after
    counts = _same_rows_on_both(out, virtuoso)
    assert counts["duties-of-unit"] > 700


def test_dry_run_changes_nothing(virtuoso: Virtuoso, example_graph: Path, env: dict[str, str],
                                 tmp_path: Path) -> None:
    _run("push", virtuoso.crud, "--graph", str(example_graph), env=env)
    on_server = _server_graphs(virtuoso)
    out = tmp_path / "two"
    run_kg("build", str(OFFICES / "yueyang-2024-key-work.txt"), str(OFFICES / "pingjiang-2024-key-work.txt"),
           "--out", str(out), "--no-html", "--quiet", env=env)
    p = _run("push", virtuoso.crud, "--graph", str(out), "--dry-run", env=env)
    assert p.stdout.startswith("would push") and "(3 new, 0 replaced, 1 deleted)" in p.stdout, p.stdout
    assert _server_graphs(virtuoso) == on_server


def test_credentials_from_a_netrc_file(virtuoso: Virtuoso, example_graph: Path, env: dict[str, str],
                                       tmp_path: Path) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1\n  login dba\n  password {PASSWORD}\n", encoding="utf-8")
    netrc.chmod(0o600)
    p = _run("push", virtuoso.crud, "--graph", str(example_graph), env=_no_creds(env) | {"NETRC": str(netrc)})
    assert p.stdout.startswith("pushed") and PASSWORD not in p.stdout + p.stderr


def test_errors_are_one_line_and_never_show_the_password(virtuoso: Virtuoso, example_graph: Path,
                                                         env: dict[str, str], tmp_path: Path) -> None:
    g = str(example_graph)
    # nothing listens there
    port = _free_port()
    _clean_failure(_run("push", f"http://127.0.0.1:{port}/sparql-graph-crud-auth", "--graph", g, env=env,
                        check=False), "cannot reach", "connection refused")
    # the server asks for a login and there is none
    _clean_failure(_run("push", virtuoso.crud, "--graph", g, env=_no_creds(env), check=False),
                   "asks for a login", "KG_PUSH_USER")
    # a wrong password
    _clean_failure(_run("push", virtuoso.crud, "--graph", g, env=env | {"KG_PUSH_PASSWORD": PASSWORD + "x"},
                        check=False), "refused the credentials of user “dba”")
    # a user who may read but not write
    _clean_failure(_run("push", virtuoso.crud, "--graph", g,
                        env=env | {"KG_PUSH_USER": "reader", "KG_PUSH_PASSWORD": READER_PASSWORD}, check=False),
                   "does not let user “reader”", "403")
    # credentials in the URL are refused, and not repeated
    _clean_failure(_run("push", virtuoso.crud.replace("http://", f"http://dba:{PASSWORD}@"), "--graph", g, env=env,
                        check=False), "credentials do not go in the URL")
    # a store that rejects the data: Virtuoso 7.2's graph store refuses a literal over about 64 KB
    huge = tmp_path / "huge.ttl"
    huge.write_text('<https://w3id.org/kg-plan/id/huge-plan> a <https://w3id.org/kg-plan/ont#Plan> ;\n'
                    f'  <http://www.w3.org/2000/01/rdf-schema#label> "{"长" * 70000}" .\n', encoding="utf-8")
    err = _clean_failure(_run("push", virtuoso.crud, "--graph", str(huge), env=env, check=False),
                         "rejected the graph <https://w3id.org/kg-plan/id/huge-plan> (500", "is rejected")
    assert len(err) < 500
    # a query endpoint that is not one
    _clean_failure(_run("push", virtuoso.crud, "--graph", g, "--sparql", virtuoso.http + "/no-such-endpoint", env=env,
                        check=False), "could not list the server's graphs", "404")


def test_a_long_server_message_is_shortened_to_one_line() -> None:
    from email.message import Message

    from kg._http import MESSAGE_CHARS, Response

    h = Message()
    h["Content-Type"] = "text/html"
    body = ("<html><head><title>t</title></head><body><h1>HTTP/1.1 500 Error</h1>\n<pre>graph <urn:g> "
            + "refused because\n" * 100 + "</pre></body></html>").encode()
    msg = Response(500, "Error", h, body).message()
    assert msg.startswith("graph <urn:g> refused because refused") and "\n" not in msg
    assert len(msg) == MESSAGE_CHARS and msg.endswith("…")


def test_kg_query_on_the_endpoint_gives_the_same_output(virtuoso: Virtuoso, example_graph: Path,
                                                        env: dict[str, str]) -> None:
    _run("push", virtuoso.crud, "--graph", str(example_graph), env=env)
    anon = _no_creds(env)
    for args in (("leads-by-unit", "--format", "csv"), ("role-counts", "--format", "json"),
                 ("duties-of-unit", "--bind", "name=市发改局", "--format", "csv"),
                 ("SELECT ?line WHERE { ?t kgo:line ?line ; rdfs:label ?l } ORDER BY DESC(?line) LIMIT 3",
                  "--format", "table")):
        local = _run("query", *args, "--graph", str(example_graph), env=anon).stdout
        remote = _run("query", *args, "--endpoint", virtuoso.sparql, env=anon).stdout
        if args[0] == "duties-of-unit":  # same rows; ties in ORDER BY may come in another order
            assert sorted(local.splitlines()) == sorted(remote.splitlines()) and len(local.splitlines()) > 40
        else:
            assert remote == local, args[0]
    for name, answer in (("市发改局", "true"), ("没有这个局", "false")):
        ask = f"ASK {{ ?u skos:prefLabel \"{name}\" }}"
        got = _run("query", ask, "--endpoint", virtuoso.sparql, "--format", "csv", env=anon).stdout
        assert got == f"result\n{answer}\n"
    ttl = _run("query", "CONSTRUCT { ?u skos:prefLabel ?n } WHERE { ?u skos:prefLabel ?n } LIMIT 5", "--endpoint",
               virtuoso.sparql, "--format", "turtle", env=anon).stdout
    assert ttl.count("skos:prefLabel") == 5
    # a malformed query is told before anything is sent, as on a built graph
    p = _run("query", "SELECT ?x WHERE { ?x ?y }", "--endpoint", virtuoso.sparql, env=anon, check=False)
    assert p.returncode == 2 and "line 1" in p.stderr and "Traceback" not in p.stderr
    p = _run("query", "leads-by-unit", "--endpoint", virtuoso.sparql, "--graph", str(example_graph), env=anon,
             check=False)
    assert p.returncode == 2 and "not both" in p.stderr
