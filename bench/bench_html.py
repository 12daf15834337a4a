"""Benchmark of the explorer page and of the HTTP endpoint.

Prints, in one run:

1. the HTML size and the time to a stable picture (navigation to vis-network's first
   complete drawing; positions are precomputed and physics is off, so the first drawing is
   the stable one) in headless Chromium, for the example plan and for a synthetic corpus of
   about 5,000 units, actions and tasks (copies of the example under other plan identifiers), in
   the page's overview and in a focus on the heaviest unit;
2. the endpoint's latency for every saved query (median of --repeat requests on loopback)
   and its throughput under a bounded concurrent load (--clients threads, --requests in all).

Needs Debian's chromium (scripts/setup-test-env.sh installs it).
Usage: python bench/bench_html.py [--copies 8] [--repeat 20] [--clients 8] [--requests 400]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "kg" / "resources" / "examples" / "linxiang-2024-eight-actions.txt"
sys.path.insert(0, str(ROOT))


def page_times(page_file: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        page = b.new_page(viewport={"width": 1400, "height": 900})
        t = time.perf_counter()
        page.goto(page_file.as_uri())
        page.wait_for_function("window.kgExplorer && window.kgExplorer.ready", timeout=180000)
        first = time.perf_counter() - t
        shown = page.evaluate("kgExplorer.nodeView.length")
        # a focus on the heaviest unit: its tasks, partners and duty panel; time the redraw
        t = time.perf_counter()
        page.evaluate("""() => new Promise(done => {
            kgExplorer.network.once('afterDrawing', () => done());
            kgExplorer.go({type: 'unit', id: kgExplorer.data.units[0].id});
        })""")
        all_nodes = time.perf_counter() - t
        shown_all = page.evaluate("kgExplorer.nodeView.length")
        total = page.evaluate("kgExplorer.data.units.length + kgExplorer.data.tasks.length + kgExplorer.data.actions.length")
        b.close()
    return {"first": first, "shown": shown, "total": total, "all": all_nodes, "shown_all": shown_all}


_RENAME = """
DELETE { ?u skos:prefLabel ?l } INSERT { ?u skos:prefLabel ?n } WHERE {
  ?u skos:prefLabel ?l ; kgo:unitKind ?k . BIND(CONCAT(?l, "·%d") AS ?n) } ;
DELETE { ?u skos:altLabel ?l } INSERT { ?u skos:altLabel ?n } WHERE {
  ?u skos:altLabel ?l ; kgo:unitKind ?k . BIND(CONCAT(?l, "·%d") AS ?n) }
"""


def corpus_page(ttl: Path, copies: int, out: Path, distinct_units: bool = False) -> Path:
    """A corpus of ``copies`` copies of the example; with ``distinct_units`` each copy's units are
    renamed (市发改局·3), so the corpus has ``copies`` times as many units."""
    import pyoxigraph as ox

    from kg._page import write_page
    from kg.prefixes import SPARQL_PREFIXES
    from kg.store import GraphStore

    src = ox.Store()
    src.bulk_load(ttl.read_bytes(), format=ox.RdfFormat.TURTLE)
    nt = ox.serialize(src, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    stem = "linxiang-2024-eight-actions"
    store = ox.Store()
    for k in range(copies):
        text = nt.replace(f"/id/{stem}", f"/id/{stem}-copy{k}").replace(f'"{stem}.txt"', f'"{stem}-copy{k}.txt"')
        if distinct_units:
            one = ox.Store()
            one.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
            one.update(SPARQL_PREFIXES + _RENAME % (k, k))
            text = (ox.serialize(one, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
        store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    page = out / ("corpus-units.html" if distinct_units else "corpus.html")
    t = time.perf_counter()
    write_page(GraphStore(store, [page]), page)
    print(f"   (corpus page written in {time.perf_counter() - t:.2f} s from {len(store):,} triples)")
    return page


def endpoint(ttl: Path, repeat: int, clients: int, requests: int) -> None:
    from kg.sparql import saved_queries
    from tests.browser import served

    with served(ttl, "--timeout", "30") as base:
        url = base + "/sparql"
        print(f"\n2. endpoint {url} (loopback), median of {repeat} requests per saved query")
        for sq in saved_queries():
            text = sq.text
            if sq.name == "duties-of-unit":
                text = text.replace("{ ?u skos:prefLabel ?name }", 'VALUES ?name { "市发改局" } { ?u skos:prefLabel ?name }', 1)
            body = urllib.parse.urlencode({"query": text}).encode()
            ts = []
            for _ in range(repeat):
                req = urllib.request.Request(url, data=body, headers={"Accept": "application/sparql-results+json"})
                t = time.perf_counter()
                with urllib.request.urlopen(req, timeout=60) as r:
                    r.read()
                ts.append(time.perf_counter() - t)
            print(f"   {sq.name:<28} median {statistics.median(ts) * 1000:7.1f} ms   max {max(ts) * 1000:7.1f} ms")
        q = next(s for s in saved_queries() if s.name == "leads-by-unit").text
        body = urllib.parse.urlencode({"query": q}).encode()
        done: list[float] = []
        lock = threading.Lock()
        per = requests // clients

        def worker() -> None:
            for _ in range(per):
                req = urllib.request.Request(url, data=body, headers={"Accept": "application/sparql-results+json"})
                t = time.perf_counter()
                with urllib.request.urlopen(req, timeout=60) as r:
                    r.read()
                with lock:
                    done.append(time.perf_counter() - t)

        threads = [threading.Thread(target=worker) for _ in range(clients)]
        t0 = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t0
        print(f"   throughput: {len(done)} requests of leads-by-unit from {clients} concurrent clients in {wall:.2f} s"
              f" = {len(done) / wall:.0f} req/s; median latency {statistics.median(done) * 1000:.1f} ms,"
              f" p95 {sorted(done)[int(len(done) * 0.95) - 1] * 1000:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--unit-copies", type=int, default=20, help="copies with renamed units (about 5,000 nodes)")
    ap.add_argument("--page-only", action="store_true", help="skip the endpoint's figures")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=400)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(PLAN), "--out", str(tmp), "-q"], check=True,
                       env=dict(os.environ, KG_CACHE_DIR=str(tmp / "cache")))
        ttl = tmp / "linxiang-2024-eight-actions.ttl"
        page = ttl.with_suffix(".html")
        print("1. explorer page in headless Chromium (file://, no network)")
        r = page_times(page)
        print(f"   example: {page.stat().st_size / 1024:.0f} KB, {r['total']} nodes; stable picture after "
              f"{r['first']:.2f} s ({r['shown']} nodes shown); focus on the heaviest unit ({r['shown_all']} nodes) "
              f"drawn in {r['all']:.2f} s")
        cpage = corpus_page(ttl, a.copies, tmp)
        r = page_times(cpage)
        print(f"   synthetic: {cpage.stat().st_size / 1024:.0f} KB, {r['total']} nodes; stable picture after "
              f"{r['first']:.2f} s ({r['shown']} nodes shown by default); focus on the heaviest unit "
              f"({r['shown_all']} nodes) drawn in {r['all']:.2f} s")
        upage = corpus_page(ttl, a.unit_copies, tmp, distinct_units=True)
        r = page_times(upage)
        print(f"   synthetic, distinct units: {upage.stat().st_size / 1024:.0f} KB, {r['total']} units, actions and "
              f"tasks; stable picture after {r['first']:.2f} s ({r['shown']} nodes shown: the top units by load); "
              f"focus on the heaviest unit ({r['shown_all']} nodes) drawn in {r['all']:.2f} s")
        if not a.page_only:
            endpoint(ttl, a.repeat, a.clients, a.requests)


if __name__ == "__main__":
    main()
