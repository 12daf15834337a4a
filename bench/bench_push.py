"""Benchmark of ``kg push``: a built store into a running SPARQL server, against plain baselines.

Prints, in one run, for the store given:

1. its graphs and triples, and the time to load the same N-Triples into a fresh in-memory
   Oxigraph store (the embedded store's own bulk load: the floor for any store);
2. ``kg push`` (listing the server's graphs, one PUT per graph, Digest answered up front), min and
   median of --runs pushes (every push after the first replaces every graph);
3. the same PUTs made by ``curl --digest`` (which first sends each request without its body to be
   challenged).  The standard library's ``urllib`` is no baseline: its Digest handler sends each PUT
   unauthenticated first, and Virtuoso answers the 401 and closes the connection while the graph is
   still being sent (connection reset) -- which is why kg answers the challenge up front.

The server must be running; credentials as for ``kg push`` (KG_PUSH_USER / KG_PUSH_PASSWORD).
tests/test_push.py shows how to start a Virtuoso on a loopback port.

Usage: python bench/bench_push.py URL --graph STORE [--runs 3]
   e.g. python bench/bench_push.py http://127.0.0.1:8890/sparql-graph-crud-auth --graph corpus/
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlsplit


def main() -> None:
    import pyoxigraph as ox

    from kg._push import push, store_graphs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("--graph", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()

    graphs, _ = store_graphs(a.graph)
    bodies = [(iri, dump()) for iri, dump in graphs]
    triples = sum(b.count(b"\n") for _, b in bodies)
    size = sum(len(b) for _, b in bodies)
    t = time.perf_counter()
    s = ox.Store()
    for iri, b in bodies:
        s.bulk_load(b, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    local = time.perf_counter() - t
    print(f"store: {a.graph}: {len(bodies)} graphs, {triples:,} triples, {size / 1e6:.1f} MB of N-Triples")
    print(f"  in-memory Oxigraph bulk load of the same:  {local:6.2f} s")

    runs = []
    for _ in range(a.runs):
        res = push(a.graph, a.url)
        runs.append(res.seconds)
    print(f"  kg push ({a.runs} runs):                    min {min(runs):6.2f} s  median {statistics.median(runs):6.2f} s"
          f"  ({triples / min(runs):,.0f} triples/s)")

    base = []
    with tempfile.TemporaryDirectory() as tmp:
        netrc = Path(tmp) / "netrc"
        host = urlsplit(a.url).hostname
        netrc.write_text(f"machine {host} login {os.environ['KG_PUSH_USER']} password {os.environ['KG_PUSH_PASSWORD']}\n")
        netrc.chmod(0o600)
        files = []
        for k, (iri, b) in enumerate(bodies):
            f = Path(tmp) / f"{k}.nt"
            f.write_bytes(b)
            files.append((iri, f))
        for _ in range(a.runs):
            t = time.perf_counter()
            for iri, f in files:
                subprocess.run(["curl", "-sf", "--digest", "--netrc-file", str(netrc), "-X", "PUT", "-o", os.devnull,
                                "-H", "Content-Type: text/turtle; charset=utf-8", "--data-binary", f"@{f}",
                                f"{a.url}?graph={quote(iri, safe='')}"], check=True)
            base.append(time.perf_counter() - t)
    print(f"  curl --digest, one PUT per graph ({a.runs} runs): min {min(base):6.2f} s  median "
          f"{statistics.median(base):6.2f} s")
    print(f"  kg push / curl: {min(runs) / min(base):.2f}x;  kg push / local bulk load: {min(runs) / local:.1f}x")


if __name__ == "__main__":
    main()
