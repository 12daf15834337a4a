"""``kg serve``: the graph over HTTP — a SPARQL 1.1 Protocol endpoint and pages for people.

Routes::

    /sparql          SPARQL 1.1 Protocol (query only): GET ?query=, POST form (query=) or
                     application/sparql-query; results as SPARQL JSON, XML, CSV or TSV and graphs as
                     Turtle, JSON-LD or N-Triples by content negotiation (Accept, or ?format=).
                     Updates are refused with 403, SERVICE (an outbound request) with 400.
                     A time limit (503) and a row cap (rows of a table, triples of a graph) apply.
    /                query editor with the saved queries one click away, results as a table
    /explorer        the interactive graph (same page as ``kg build`` writes)
    /units           every unit by load (?sort=name: by name), linked to its duty list
    /unit?name=N     a unit's duty list, printable; /unit.csv and /unit.xlsx download it
    /api/queries     the saved queries as JSON

Exposure (see README, "Security"):

- It binds to 127.0.0.1 by default; an address beyond loopback needs ``public=True`` (``--public``).
- Queries run in worker processes killed at the time limit (:mod:`kg._workers`): a runaway query
  stops using CPU and memory; at most ``max_concurrent`` run at once.
- The ``Host`` header must name this server (loopback names, the bound name, an IP address, or a
  name given with ``allow_hosts``): a page whose DNS name is rebound to 127.0.0.1 gets 421.
- CORS: no ``Access-Control-Allow-*`` header is ever sent, so other origins cannot read answers; a
  request to ``/sparql`` from another origin (``Origin`` or ``Sec-Fetch-Site``) is refused with 403
  before it runs, so a web page cannot make the browser run queries either.
- ``Content-Length`` must be a plain non-negative integer of at most 1 MB (400/411/413, the body is not
  read); a request (headers or body) not sent within ``request_timeout`` seconds is dropped.
- Pages allow requests to this server only (``Content-Security-Policy``); text from documents is
  escaped everywhere.
"""

from __future__ import annotations

import html
import io
import ipaddress
import json
import socket
import sys
import threading
from collections.abc import Sequence
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import parse_qs, quote, urlsplit

from extract.errors import KGError, QueryError, QueryForbidden, QueryTimeout

from ._workers import WorkerPool, evaluate
from .sparql import GraphResult, QueryResult, SelectResult, check_query, saved_queries
from .store import GraphStore, open_store

if TYPE_CHECKING:
    from .analysis import DutyList, Plan, UnitLoad

__all__ = ["KGServer", "is_loopback", "make_server", "serve"]

CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; "
       "form-action 'self'")
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
    "text/plain": "nt",
}
FORMAT_ALIASES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                  "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                  "ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}


#: the largest request body accepted (a query is a few kB)
MAX_BODY = 1_000_000
#: seconds a client has to send a request (headers and body) before the connection is dropped
REQUEST_TIMEOUT = 20.0


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the server on this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str:
    """The name in a Host header, without port or brackets, lower case."""
    h = header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    if h.count(":") == 1:
        h = h.rsplit(":", 1)[0]
    return h.rstrip(".")


class _Refused(Exception):
    def __init__(self, status: int, msg: str) -> None:
        super().__init__(msg)
        self.status = status


class _Reply(NamedTuple):
    """What to send: status, body, content type and extra headers."""

    status: int
    body: bytes | str
    ctype: str
    extra: dict[str, str] | None = None


def _text_reply(status: int, msg: str) -> _Reply:
    return _Reply(status, msg + "\n", "text/plain; charset=utf-8")


def _host_allowed(header: str, allowed: frozenset[str]) -> bool:
    """Whether a Host header names this server: an allowed name, or an IP address (which cannot be rebound)."""
    name = _host_name(header)
    if name in allowed:
        return True
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


def _cross_origin(headers: Message) -> bool:
    """Whether a browser sent this request on behalf of a page of another origin."""
    if (headers.get("Sec-Fetch-Site") or "").lower() in ("cross-site", "same-site"):
        return True
    origin = headers.get("Origin")
    if origin is None:
        return False
    return urlsplit(origin.strip()).netloc.lower() != (headers.get("Host") or "").strip().lower()


def _read_body(headers: Message, rfile: io.BufferedIOBase) -> bytes:
    """The request body, read only when its announced length is a plain integer within MAX_BODY."""
    if headers.get("Transfer-Encoding"):
        raise _Refused(HTTPStatus.LENGTH_REQUIRED, "chunked bodies are not accepted: send Content-Length")
    values = headers.get_all("Content-Length") or []
    if not values:
        raise _Refused(HTTPStatus.LENGTH_REQUIRED, "Content-Length is required")
    raw = values[0].strip()
    if len(values) > 1 or not (raw.isascii() and raw.isdigit()):
        raise _Refused(HTTPStatus.BAD_REQUEST, "Content-Length must be one non-negative integer")
    n = int(raw)
    if n > MAX_BODY:
        raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY // 1_000_000} MB")
    try:
        data = rfile.read(n) if n else b""
    except TimeoutError:
        raise _Refused(HTTPStatus.REQUEST_TIMEOUT, "the request body did not arrive in time") from None
    if len(data) < n:
        raise _Refused(HTTPStatus.BAD_REQUEST, "the request body is shorter than its Content-Length")
    return data


def _sparql_reply(result: QueryResult, accept: str, max_rows: int) -> _Reply:
    """A query's result in the media type the client accepts (406 if none), marked when it was cut."""
    extra = {"Vary": "Accept"}
    if isinstance(result, GraphResult):
        if result.truncated:
            extra["X-KG-Truncated"] = f"results cut at {max_rows} triples"
        mt = _negotiate(accept, GRAPH_TYPES, "text/turtle")
        if mt is None:
            return _text_reply(HTTPStatus.NOT_ACCEPTABLE, "graph results come as text/turtle, "
                               "application/ld+json or application/n-triples")
        return _Reply(200, result.serialize(GRAPH_TYPES[mt]), f"{mt}; charset=utf-8", extra)
    if isinstance(result, SelectResult) and result.truncated:
        extra["X-KG-Truncated"] = f"results cut at {max_rows} rows"
    mt = _negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
    if mt is None:
        return _text_reply(HTTPStatus.NOT_ACCEPTABLE, "results come as application/sparql-results+json, "
                           "application/sparql-results+xml, text/csv or text/tab-separated-values")
    return _Reply(200, result.serialize(RESULT_TYPES[mt]), f"{mt}; charset=utf-8", extra)


def _unit_reply(dl: DutyList, path: str) -> _Reply:
    """A unit's duty list as /unit (a printable page), /unit.csv or /unit.xlsx (downloads)."""
    if path == "/unit.csv":
        from .views.format import render
        from .views.ledger import DUTY_LIST_COLUMNS, duty_list_rows

        rows = duty_list_rows(dl, joined=True, teams=False)
        body = "\ufeff" + render(rows, DUTY_LIST_COLUMNS, "csv")  # BOM: Excel opens Chinese CSV correctly
        fname = quote(f"{dl.unit}-duties.csv")
        return _Reply(200, body, "text/csv; charset=utf-8",
                      {"Content-Disposition": f"attachment; filename*=UTF-8''{fname}"})
    if path == "/unit.xlsx":
        import tempfile

        from .views.ledger import write_ledger

        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "ledger.xlsx"
            write_ledger(dl, p)
            data = p.read_bytes()
        fname = quote(f"{dl.unit}-台账.xlsx")
        return _Reply(200, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      {"Content-Disposition": f"attachment; filename*=UTF-8''{fname}"})
    return _Reply(200, _unit_page(dl), "text/html; charset=utf-8")


def _negotiate(accept: str, choices: dict[str, str], default: str) -> str | None:
    """The media type of ``choices`` the client prefers (q-values honoured), or None if none is acceptable."""
    if not accept.strip():
        return default
    prefs: list[tuple[float, int, str]] = []
    for k, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        mt, q = bits[0].lower(), 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        prefs.append((q, -k, mt))
    for q, _, mt in sorted(prefs, reverse=True):
        if q <= 0:
            continue
        if mt in choices:
            return mt
        if mt in ("*/*", "application/*", "text/*"):
            return default
    return None


class KGServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr: tuple[str, int], store: GraphStore, *, graph: str | Path, timeout: float,
                 max_rows: int, max_concurrent: int = 4, allow_hosts: tuple[str, ...] = (),
                 request_timeout: float = REQUEST_TIMEOUT) -> None:
        super().__init__(addr, Handler)
        self.store = store
        self.query_timeout = timeout
        self.max_rows = max_rows
        self.request_timeout = request_timeout
        names = {"localhost", addr[0].lower(), *(h.lower().rstrip(".") for h in allow_hosts)}
        if not is_loopback(addr[0]):
            names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
        self.allowed_hosts = frozenset(names)
        try:
            self.pool = WorkerPool(str(graph), max_concurrent)
            self.pool.wait_ready()
        except BaseException:
            self.socket.close()
            raise
        self._plan: Plan | None = None
        self._explorer: str | None = None
        self._lock = threading.Lock()

    @property
    def plan(self) -> Plan:
        with self._lock:
            if self._plan is None:
                from .analysis import load

                self._plan = load(self.store)
            return self._plan

    @property
    def explorer(self) -> str:
        with self._lock:
            if self._explorer is None:
                from ._page import explorer_page

                self._explorer = explorer_page(self.store)
            return self._explorer

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One line on stderr, never a traceback; a client that went away is not an error."""
        e = sys.exc_info()[1]
        if isinstance(e, (ConnectionError, TimeoutError)):
            return
        sys.stderr.write(f"kg serve: a request from {client_address[0]} failed ({type(e).__name__}: "
                         f"{str(e)[:200]})\n")


class Handler(BaseHTTPRequestHandler):
    server: KGServer
    server_version = "kg-serve/0.1"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not logged: `kg serve` prints its address once and stays quiet."""

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.request_timeout)  # a half-sent request does not hold its thread

    def parse_request(self) -> bool:
        """The request line and headers, then the Host check (DNS rebinding)."""
        if not super().parse_request():
            return False
        host = self.headers.get("Host")
        if host is None or not _host_allowed(host, self.server.allowed_hosts):
            self.close_connection = True
            self._text(HTTPStatus.MISDIRECTED_REQUEST,
                       f"this server does not answer for host “{(host or '')[:100]}” (kg serve --allow-host NAME adds one)")
            return False
        return True

    # ------------------------------------------------------------ plumbing
    def _send(self, status: int, body: bytes | str, ctype: str, extra: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if ctype.startswith("text/html"):
            self.send_header("Content-Security-Policy", CSP)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _reply(self, r: _Reply) -> None:
        self._send(r.status, r.body, r.ctype, r.extra)

    def _text(self, status: int, msg: str) -> None:
        self._reply(_text_reply(status, msg))

    def _params(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query, keep_blank_values=True)

    # ------------------------------------------------------------ methods
    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        try:
            if path == "/sparql":
                return self._sparql_get()
            if path in ("/", "/index.html"):
                return self._send(200, _index_page(), "text/html; charset=utf-8")
            if path == "/explorer":
                return self._send(200, self.server.explorer, "text/html; charset=utf-8")
            if path == "/units":
                from .analysis import duty_lists, overload

                sort = self._params().get("sort", ["load"])[0]
                page = _units_page(duty_lists(self.server.plan), overload(self.server.plan), sort)
                return self._send(200, page, "text/html; charset=utf-8")
            if path in ("/unit", "/unit.csv", "/unit.xlsx"):
                from .analysis import duty_list

                return self._reply(_unit_reply(duty_list(self.server.plan, self._params().get("name", [""])[0]), path))
            if path == "/api/queries":
                body = json.dumps([{"name": s.name, "question": s.question, "text": s.text} for s in saved_queries()],
                                  ensure_ascii=False)
                return self._send(200, body, "application/json; charset=utf-8")
            if path == "/favicon.ico":
                return self._send(204, b"", "image/x-icon")
            return self._text(HTTPStatus.NOT_FOUND, f"no page at {path}")
        except KGError as e:
            return self._text(HTTPStatus.BAD_REQUEST, str(e))

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if path != "/sparql":
            return self._text(HTTPStatus.METHOD_NOT_ALLOWED, "POST is accepted on /sparql only")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            if _cross_origin(self.headers):
                raise _Refused(HTTPStatus.FORBIDDEN, "cross-origin requests to /sparql are not allowed")
            if ctype not in ("application/sparql-query", "application/x-www-form-urlencoded",
                             "application/sparql-update"):
                raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "POST needs Content-Type application/sparql-query "
                               f"or application/x-www-form-urlencoded, not “{ctype[:60]}”")
            body = _read_body(self.headers, self.rfile)
        except _Refused as e:
            self.close_connection = True  # the body, if any, was not read
            return self._text(e.status, str(e))
        if ctype == "application/sparql-update":
            return self._text(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only")
        if ctype == "application/sparql-query":
            return self._sparql(body.decode("utf-8", errors="replace"))
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
            if form.get("update"):
                return self._text(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only")
            if not form.get("query"):
                return self._text(HTTPStatus.BAD_REQUEST, "missing query= in the form")
            return self._sparql(form["query"][0])
        return self._text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {ctype}")

    def do_PUT(self) -> None:
        self.close_connection = True
        self._text(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only")

    def do_OPTIONS(self) -> None:
        """No CORS preflight is ever granted: other origins cannot query this server from a browser."""
        self.close_connection = True
        self._text(HTTPStatus.METHOD_NOT_ALLOWED, "cross-origin requests are not allowed")

    do_DELETE = do_PUT
    do_PATCH = do_PUT

    # ------------------------------------------------------------ SPARQL
    def _sparql_get(self) -> None:
        if _cross_origin(self.headers):
            return self._text(HTTPStatus.FORBIDDEN, "cross-origin requests to /sparql are not allowed")
        q = self._params().get("query")
        if self._params().get("update"):
            return self._text(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only")
        if not q:
            return self._text(HTTPStatus.BAD_REQUEST, "missing ?query=")
        return self._sparql(q[0])

    def _sparql(self, query: str) -> None:
        srv = self.server
        fmt_param = self._params().get("format", [""])[0].lower()
        accept = FORMAT_ALIASES.get(fmt_param) or self.headers.get("Accept") or ""
        try:
            check_query(query)
            # the worker is the concurrency slot: it is only handed back once a killed query has stopped
            with srv.pool.worker(wait=srv.query_timeout) as w:
                result = evaluate(w, query, timeout=srv.query_timeout, max_rows=srv.max_rows)
        except QueryTimeout as e:
            return self._text(HTTPStatus.SERVICE_UNAVAILABLE, str(e))
        except QueryForbidden as e:
            return self._text(HTTPStatus.BAD_REQUEST, str(e))
        except QueryError as e:
            status = HTTPStatus.FORBIDDEN if "updates are not allowed" in str(e) else HTTPStatus.BAD_REQUEST
            return self._text(status, str(e))
        except KGError as e:
            return self._text(HTTPStatus.INTERNAL_SERVER_ERROR, str(e))
        return self._reply(_sparql_reply(result, accept, srv.max_rows))


# ---------------------------------------------------------------- pages

_STYLE = """<style>
body{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:16px 24px;color:#1c2833}
nav a{margin-right:14px} table{border-collapse:collapse;margin-top:8px} td,th{border:1px solid #d5d8dc;padding:4px 6px;
vertical-align:top;text-align:left;font-size:13px} th{background:#f4f6f7} textarea{width:100%;height:170px;font-family:monospace}
.q{margin:2px 4px 2px 0;font-size:12px} .muted{color:#5d6d7e} td.n{text-align:right} .err{color:#a93226;white-space:pre-wrap}
@media print{nav,.noprint{display:none}}
</style>"""
_NAV = '<nav><a href="/">SPARQL</a><a href="/explorer">图谱 explorer</a><a href="/units">单位 units</a></nav>'


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"{_STYLE}</head><body>{_NAV}{body}</body></html>")


def _index_page() -> str:
    body = """<h1>kg · SPARQL</h1>
<p class="muted">Saved analyst queries are one click away; results appear below as a table. The endpoint is
<code>/sparql</code> (SPARQL 1.1 Protocol, read-only).</p>
<div id="saved"></div>
<form id="form"><textarea id="query" name="query" aria-label="SPARQL query"></textarea>
<p><button type="submit" id="run">运行 Run</button> <span id="status" class="muted"></span></p></form>
<div id="error" class="err"></div>
<table id="results"></table>
<script>
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var T = function (tag, text) { var e = document.createElement(tag); if (text != null) e.textContent = text; return e; };
  var cell = function (b) { return b ? b.value : ""; };
  var show = function (res) {
    var table = $("results"); table.textContent = "";
    if (typeof res.boolean === "boolean") { table.appendChild(T("tr")).appendChild(T("td", String(res.boolean))); return; }
    var vars = res.head.vars, head = T("tr");
    vars.forEach(function (v) { head.appendChild(T("th", v)); }); table.appendChild(head);
    res.results.bindings.forEach(function (b) { var tr = T("tr"); vars.forEach(function (v) { tr.appendChild(T("td", cell(b[v]))); }); table.appendChild(tr); });
    $("status").textContent = res.results.bindings.length + " rows";
  };
  var run = function () {
    $("error").textContent = ""; $("status").textContent = "running…";
    fetch("/sparql", { method: "POST", headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" }, body: $("query").value })
      .then(function (r) { return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t); }); })
      .then(show)
      .catch(function (e) { $("status").textContent = ""; $("results").textContent = ""; $("error").textContent = e.message; });
  };
  $("form").addEventListener("submit", function (e) { e.preventDefault(); run(); });
  fetch("/api/queries").then(function (r) { return r.json(); }).then(function (qs) {
    qs.forEach(function (q) {
      var b = T("button", q.name); b.type = "button"; b.className = "q"; b.title = q.question; b.dataset.query = q.name;
      b.addEventListener("click", function () { $("query").value = q.text; run(); });
      $("saved").appendChild(b);
    });
    if (qs.length && !$("query").value) $("query").value = qs[0].text;
  });
})();
</script>"""
    return _page("kg · SPARQL", body)


def _name_key(name: str) -> bytes:
    """Sort key for Chinese names in dictionary (pinyin) order: GB2312's common characters are
    ordered by pinyin, and GB18030 keeps that order (rare characters come after, by radical)."""
    return name.encode("gb18030", errors="replace")


def _plans_of(dl: DutyList) -> set[str]:
    return {r.plan for r in dl.duties} | {t.plan for t in dl.teams}


def _units_page(duty_lists: Sequence[DutyList], loads: Sequence[UnitLoad], sort: str = "load") -> str:
    """Every unit with its load (as ``kg overload``), duties and team seats (as ``kg duties``)."""
    score: dict[str, float] = {}
    for r in loads:
        score[r.unit] = round(score.get(r.unit, 0.0) + r.score, 2)
    plans = sorted(set().union(*(_plans_of(dl) for dl in duty_lists)))
    if sort == "name":
        ordered = sorted(duty_lists, key=lambda dl: _name_key(dl.unit))
    else:
        ordered = sorted(duty_lists, key=lambda dl: (-score.get(dl.unit, 0.0), _name_key(dl.unit)))
    rows = []
    for k, dl in enumerate(ordered, 1):
        label = dl.unit
        unit_plans = sorted(_plans_of(dl))
        rows.append(f'<tr><td class="n">{k}</td><td><a href="/unit?name={quote(label)}">{html.escape(label)}</a></td>'
                    f"<td>{html.escape(str(dl.kind))}</td><td class=\"n\">{score.get(label, 0.0):g}</td>"
                    f'<td class="n">{len(dl.duties)}</td><td class="n">{len(dl.teams)}</td>'
                    + (f"<td>{html.escape('、'.join(unit_plans))}</td>" if len(plans) > 1 else "") + "</tr>")
    by_load = sort != "name"
    head = ("<tr><th>#</th>"
            f'<th><a href="/units?sort=name" id="by-name">单位 unit{"" if by_load else " ▲"}</a></th>'
            "<th>类型 kind</th>"
            f'<th><a href="/units?sort=load" id="by-load">负荷 load{" ▼" if by_load else ""}</a></th>'
            "<th>职责 duties</th><th>专班席位 team seats</th>" + ("<th>方案 plans</th>" if len(plans) > 1 else "") + "</tr>")
    note = ("按负荷排序（与 kg overload 相同）；点击“单位”按名称（拼音）排序。 Sorted by load, as kg overload; "
            "click 单位 to sort by name (pinyin order)." if by_load else
            "按名称（拼音）排序；点击“负荷”按负荷排序。 Sorted by name (pinyin order); click 负荷 to sort by load.")
    return _page("kg · units", f'<h1>单位 Units</h1><p class="muted">{note}</p><table id="units">{head}'
                 + "".join(rows) + "</table>")


_LEDGER_STYLE = """<style>
#duties{table-layout:fixed;width:100%} #duties td,#duties th{overflow-wrap:anywhere;word-break:normal}
#duties th{white-space:nowrap} #duties td:first-child{text-align:right}
@page{size:A4 landscape;margin:10mm}
@media print{body{margin:0} #duties td,#duties th{font-size:9pt;padding:2px 4px} #duties tr{break-inside:avoid}}
</style>"""


def _unit_page(dl: DutyList) -> str:
    from .views.ledger import LEDGER_COLUMNS, LEDGER_WIDTHS, ledger_rows

    name = quote(dl.unit)
    total = sum(LEDGER_WIDTHS)
    cols = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in LEDGER_WIDTHS)
    head = "".join(f"<th>{html.escape(c)}</th>" for c in LEDGER_COLUMNS)
    body_rows = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
                        for row in ledger_rows(dl))
    teams = "".join(f"<li>{html.escape(t.team)} — {html.escape(t.role.value)} (第{t.line}行)</li>" for t in dl.teams)
    return _page(f"{dl.unit} 责任清单", f"""{_LEDGER_STYLE}<h1 id="unit">{html.escape(dl.unit)} 责任清单</h1>
<p class="muted">{len(dl.duties)} 项职责 duties · {len(dl.teams)} 个专班席位 team seats ·
{html.escape('、'.join(dl.names))}</p>
<p class="noprint"><a href="/unit.csv?name={name}">CSV</a> · <a href="/unit.xlsx?name={name}">XLSX 台账</a> ·
<a href="javascript:window.print()">打印 print</a> ·
<a href="/explorer#unit={name}">图谱 explorer</a></p>
<table id="duties"><colgroup>{cols}</colgroup><tr>{head}</tr>{body_rows}</table>
<h2>工作专班 Work teams</h2><ul>{teams}</ul>""")


# ---------------------------------------------------------------- entry points

def make_server(graph: str | Path, host: str = "127.0.0.1", port: int = 8765, *, timeout: float = 10.0,
                max_rows: int = 10000, public: bool = False, allow_hosts: tuple[str, ...] = (),
                max_concurrent: int = 4, request_timeout: float = REQUEST_TIMEOUT) -> KGServer:
    """A ready server (not yet serving) for the graph at ``graph``.

    An address beyond loopback is refused unless ``public`` is true.
    """
    if not is_loopback(host) and not public:
        raise KGError(f"--host {host} would expose the graph beyond this machine: pass --public to do so on purpose "
                      "(anyone who can reach it can read the whole graph and run queries)")
    store = open_store(graph)
    try:
        return KGServer((host, port), store, graph=graph, timeout=timeout, max_rows=max_rows,
                        max_concurrent=max_concurrent, allow_hosts=allow_hosts, request_timeout=request_timeout)
    except OSError as e:
        raise KGError(f"cannot listen on {host}:{port} ({e.strerror})") from None


def serve(graph: str | Path, host: str = "127.0.0.1", port: int = 8765, *, timeout: float = 10.0,
          max_rows: int = 10000, public: bool = False, allow_hosts: tuple[str, ...] = (),
          max_concurrent: int = 4) -> None:
    """Serve until interrupted; prints the address (port 0 picks a free port)."""
    srv = make_server(graph, host, port, timeout=timeout, max_rows=max_rows, public=public, allow_hosts=allow_hosts,
                      max_concurrent=max_concurrent)
    h, p = str(srv.server_address[0]), srv.server_address[1]
    shown = f"[{h}]" if ":" in h else h
    print(f"kg serve: {graph} on http://{shown}:{p}/  (SPARQL at /sparql; Ctrl-C stops)", flush=True)
    if not is_loopback(host):
        print(f"kg serve: --public: anyone who can reach {shown}:{p} can read the whole graph and its source quotes "
              f"and run queries ({max_concurrent} at a time, {timeout:g} s each); there is no login and no TLS",
              file=sys.stderr, flush=True)
    try:
        srv.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()


