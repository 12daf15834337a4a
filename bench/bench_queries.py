"""Benchmark of the analysis commands and of the saved queries at corpus scale.

Prints, in one run:

1. wall time of each command on the example graph (fresh interpreter each time, like a user;
   min and median of N runs; target: under 1 s);
2. a synthetic corpus of about 1 million triples (the example plan's graph copied under
   different plan identifiers), loaded into an on-disk Oxigraph store: the time of every saved
   query there (target: under 1 s), and the same queries with plain rdflib in memory for
   comparison (each stopped after --rdflib-timeout seconds);
3. with --corpus DIR (a corpus built by `kg build PLANS --out DIR`, e.g. by bench/bench_corpus.py
   --keep DIR), or --corpus-plans N (a synthetic corpus of N plans from bench/make_corpus.py, built
   here with --jobs 2): every saved query on that corpus store as `kg query` runs it (the union of
   the plans' named graphs), first run and best of 3, then the max and the median of the best
   times (target on 1,000 plans: every query under 2 s, median under 200 ms). With --baseline-corpus
   DIR (a corpus built by another checkout) and --baseline-queries FOLDER (that checkout's .rq files),
   the baseline's best of 3 is printed alongside, measured in the same run.

Usage: python bench/bench_queries.py [--runs 3] [--copies 34] [--rdflib-timeout 60] [--skip-rdflib]
                                     [--corpus DIR | --corpus-plans N] [--corpus-only]
                                     [--baseline-corpus DIR --baseline-queries FOLDER]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "kg" / "resources" / "examples" / "linxiang-2024-eight-actions.txt"


def cli_times(args: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", *args], check=True, capture_output=True)
        out.append(time.perf_counter() - t)
    return out


def synthetic_corpus(ttl: Path, copies: int, folder: Path) -> tuple[Path, int]:
    """N-Triples of `copies` copies of the example graph, each under its own plan IRI."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(ttl.read_bytes(), format=ox.RdfFormat.TURTLE)
    base_nt = ox.serialize(store, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    stem = "linxiang-2024-eight-actions"
    nt = folder / "corpus.nt"
    n = 0
    with nt.open("w", encoding="utf-8") as f:
        for k in range(copies):
            text = base_nt.replace(f"/id/{stem}", f"/id/{stem}-copy{k}")
            text = text.replace(f'"{stem}.txt"', f'"{stem}-copy{k}.txt"')
            f.write(text)
            n += text.count("\n")
    return nt, n


RDFLIB_RUNNER = r"""
import signal, sys, time, json
import rdflib
class Timeout(Exception): pass
def on_alarm(*_): raise Timeout()
signal.signal(signal.SIGALRM, on_alarm)
nt, limit = sys.argv[1], int(sys.argv[2])
t = time.perf_counter(); g = rdflib.Graph(); g.parse(nt, format="nt")
print(json.dumps({"load": time.perf_counter() - t, "triples": len(g)}), flush=True)
from kg.prefixes import PREFIXES
ns = {k: rdflib.Namespace(v) for k, v in PREFIXES.items()}
for line in sys.stdin:
    name, _, q = line.rstrip("\n").partition("\t")
    q = q.replace("\\n", "\n")
    signal.alarm(limit)
    t = time.perf_counter()
    try:
        rows = len(list(g.query(q, initNs=ns)))
        dt = time.perf_counter() - t
        print(json.dumps({"name": name, "seconds": dt, "rows": rows}), flush=True)
    except Timeout:
        print(json.dumps({"name": name, "seconds": None, "rows": None}), flush=True)
    finally:
        signal.alarm(0)
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--copies", type=int, default=34)
    ap.add_argument("--rdflib-timeout", type=int, default=60)
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--corpus", type=Path, help="a corpus built by `kg build PLANS --out DIR`")
    ap.add_argument("--corpus-plans", type=int, help="build a synthetic corpus of this many plans and use it")
    ap.add_argument("--corpus-only", action="store_true", help="only part 3 (the corpus store)")
    ap.add_argument("--baseline-corpus", type=Path, help="a corpus built by another checkout, measured alongside")
    ap.add_argument("--baseline-queries", type=Path, help="that checkout's saved queries (a folder of .rq files)")
    a = ap.parse_args()
    if not a.corpus_only:
        example_and_copies(a)
    if a.corpus is not None or a.corpus_plans:
        corpus_queries(a)


def corpus_queries(a: argparse.Namespace) -> None:
    from kg.sparql import execute, saved_queries
    from kg.store import open_store

    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        corpus = a.corpus
        if corpus is None:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from make_corpus import make_corpus

            make_corpus(tmp / "plans", a.corpus_plans)
            corpus = tmp / "corpus"
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kg.cli", "build", str(tmp / "plans"), "--out", str(corpus),
                            "--jobs", "2", "--no-html", "-q"], check=True,
                           env=dict(os.environ, KG_CACHE_DIR="off", KG_STATE_DIR=str(tmp / "state")))
            print(f"built a synthetic corpus of {a.corpus_plans} plans in {time.perf_counter() - t:.1f} s")
        gs = open_store(corpus)
        plans = gs.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p a <https://w3id.org/kg-plan/ont#Plan> } }")[0]["n"]
        print(f"\n3. corpus store {corpus}: {plans} plans, {len(gs):,} quads (union of the named graphs)")
        base = open_store(a.baseline_corpus) if a.baseline_corpus else None
        base_q = a.baseline_queries
        head = f"{'baseline':>10} " if base is not None else ""
        print(f"   {'saved query':<28} {head}{'first':>8} {'best of 3':>10} {'rows':>7}   (target: < 2 s, median < 0.2 s)")

        def timed(store: object, text: str, bindings: dict[str, str] | None) -> tuple[list[float], int]:
            times, rows = [], 0
            for _ in range(3):
                t = time.perf_counter()
                box = execute(store, text, timeout=300, bindings=bindings)  # type: ignore[arg-type]
                times.append(time.perf_counter() - t)
                rows = len(box)  # type: ignore[arg-type]
            return times, rows

        best: list[float] = []
        base_best: list[float] = []
        for sq in saved_queries():
            bindings = {"name": "市发改局"} if sq.name == "duties-of-unit" else None
            cell = ""
            if base is not None:
                f = (base_q / f"{sq.name}.rq") if base_q is not None else None
                text = f.read_text(encoding="utf-8") if f is not None and f.is_file() else sq.text
                bt, _ = timed(base, text, bindings)
                base_best.append(min(bt))
                cell = f"{min(bt):9.3f}s "
            times, rows = timed(gs, sq.text, bindings)
            best.append(min(times))
            print(f"   {sq.name:<28} {cell}{times[0]:7.3f}s {min(times):9.3f}s {rows:>7}", flush=True)
        if base_best:
            print(f"   baseline: max {max(base_best):.3f} s, median {statistics.median(base_best):.3f} s")
        print(f"   max {max(best):.3f} s, median {statistics.median(best):.3f} s over {len(best)} saved queries")


def example_and_copies(a: argparse.Namespace) -> None:
    import json

    from kg.sparql import AskResult, execute, saved_queries
    from kg.store import GraphStore

    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        out = tmp / "graph"
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(PLAN), "--out", str(out), "-q"], check=True,
                       env=dict(os.environ, KG_CACHE_DIR=str(tmp / "cache")))
        ttl = out / "linxiang-2024-eight-actions.ttl"
        g = ["--graph", str(ttl)]
        commands = [
            ["duties", "发改局", *g], ["duties", *g, "-f", "csv"], ["tasks", *g], ["indicators", *g],
            ["leads", *g], ["overload", *g], ["chain", "市发改局", "市残联", *g], ["chain", "市教体局", *g],
            ["check", *g], ["query", "leads-by-unit", *g], ["query", "units-sharing-most-tasks", *g],
        ]
        print(f"1. commands on the example graph (fresh interpreter; min / median of {a.runs}); target < 1 s")
        for c in commands:
            ts = cli_times(c, a.runs)
            label = "kg " + " ".join(x for x in c if not x.startswith(str(tmp)) and x != "--graph")
            print(f"   {label:<44} {min(ts):5.2f} s / {statistics.median(ts):5.2f} s")

        import pyoxigraph as ox

        nt, _ = synthetic_corpus(ttl, a.copies, tmp)
        t = time.perf_counter()
        store = ox.Store(str(tmp / "corpus.oxigraph"))
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        load = time.perf_counter() - t
        gs = GraphStore(store, [nt])
        print(f"\n2. synthetic corpus: {a.copies} plans, {len(store):,} triples; Oxigraph on-disk load {load:.1f} s")
        results = {}
        for sq in saved_queries():
            text = sq.text.replace("?name WHERE", "?name WHERE") if sq.name != "duties-of-unit" else sq.text
            bindings = {"name": "市发改局"} if sq.name == "duties-of-unit" else None
            best = None
            rows = 0
            for _ in range(3):
                t = time.perf_counter()
                result = execute(gs, text, timeout=120, bindings=bindings)
                dt = time.perf_counter() - t
                best = dt if best is None else min(best, dt)
                rows = len(result) if not isinstance(result, AskResult) else 1
            results[sq.name] = (best, rows)

        rdf = {}
        if not a.skip_rdflib:
            p = subprocess.Popen([sys.executable, "-c", RDFLIB_RUNNER, str(nt), str(a.rdflib_timeout)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert p.stdin and p.stdout
            head = json.loads(p.stdout.readline())
            print(f"   rdflib in-memory load: {head['load']:.1f} s ({head['triples']:,} triples)")
            for sq in saved_queries():
                text = sq.text
                if sq.name == "duties-of-unit":
                    text = re.sub(r"\?u skos:prefLabel\|skos:altLabel \?name \.",
                                  '?u skos:prefLabel|skos:altLabel "市发改局" .', text)
                p.stdin.write(sq.name + "\t" + text.replace("\n", "\\n") + "\n")
                p.stdin.flush()
                r = json.loads(p.stdout.readline())
                rdf[r["name"]] = r["seconds"]
            p.stdin.close()
            p.wait()
        print(f"   {'saved query':<28} {'Oxigraph':>10} {'rows':>7} {'rdflib':>10}   (target: Oxigraph < 1 s)")
        for name, (dt, rows) in results.items():
            r = rdf.get(name, "skipped")
            rs = "skipped" if r == "skipped" else (f"> {a.rdflib_timeout} s" if r is None else f"{r:.2f} s")
            print(f"   {name:<28} {dt:8.3f} s {rows:>7} {rs:>10}")


if __name__ == "__main__":
    main()
