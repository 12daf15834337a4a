"""Where the time of a big build goes, stage by stage, against raw jieba in the same process and run.

Issue #9 asks `kg build` of the ten-fold example (~380k characters) to take <= 1.5x `jieba.lcut` of the
same text.  This script prints what each stage of that build costs on its own (CPU time, best of
``--runs``), each as a multiple of ``jieba.lcut`` measured right before it, so the floor the target
leaves for each stage can be read off one run on a noisy machine:

- interpreter start and imports (a child process: ``import kg._build, extract.pipeline``);
- extraction (``extract.pipeline.extract``, no cache);
- the graph stage (records -> N-Triples text, :func:`kg.graph.write_ntriples`);
- the store: Oxigraph's bulk loader into an on-disk store (what ``kg build`` leaves for queries), and
  for comparison into an in-memory store;
- the Turtle file (N-Triples parsed and serialised as Turtle by Oxigraph).

The build runs the store and the Turtle in threads beside the graph stage, so its wall time is less
than the sum; the sum of the stages that cannot overlap (start, extraction, graph stage, the store's
load) is the floor printed last.

Usage: python bench/bench_stages.py [--runs 3] [--fold 10]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "kg" / "resources" / "examples" / "linxiang-2024-eight-actions.txt"


def best(runs: int, work: Callable[[], object]) -> float:
    """The least CPU time (user + system of this process) of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        t = time.process_time()
        work()
        times.append(time.process_time() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--fold", type=int, default=10)
    args = ap.parse_args()

    import jieba
    import pyoxigraph as ox

    from extract.pipeline import extract
    from kg.graph import write_ntriples
    from kg.prefixes import PREFIXES

    jieba.setLogLevel(60)
    jieba.initialize()
    tmp = Path(tempfile.mkdtemp(prefix="bench-stages-"))
    text = "\n".join([PLAN.read_text(encoding="utf-8")] * args.fold)
    plan = tmp / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    print(f"python {sys.version.split()[0]}; the example {args.fold}-fold: {len(text)} characters; best of {args.runs}")

    lcut = best(args.runs, lambda: jieba.lcut(text))
    print(f"{'jieba.lcut(text), dictionary loaded':44s} {lcut:6.2f} s cpu   1.00x")

    def row(name: str, seconds: float) -> float:
        print(f"{name:44s} {seconds:6.2f} s cpu   {seconds / lcut:4.2f}x")
        return seconds

    code = "import kg._build, kg.graph, kg.store, extract.pipeline"

    def start() -> None:
        subprocess.run([sys.executable, "-c", code], check=True)

    starts = []
    for _ in range(args.runs):
        t = time.perf_counter()
        start()
        starts.append(time.perf_counter() - t)
    start_s = row("interpreter start + imports (wall, child)", min(starts))
    ex = extract(plan, use_cache=False)
    extract_s = row("extraction (no cache)", best(args.runs, lambda: extract(plan, use_cache=False)))
    parts: list[str] = []
    graph_s = row("graph stage (records -> N-Triples)",
                  best(args.runs, lambda: (parts.clear(), write_ntriples(ex, lambda s, n: parts.append(s)))))
    data = "".join(parts).encode("utf-8")
    triples = data.count(b"\n")
    print(f"{'':44s} ({triples:,} triples, {len(data) / 1e6:.1f} MB of N-Triples)")
    k = [0]

    def disk() -> None:
        k[0] += 1
        st = ox.Store(str(tmp / f"store{k[0]}"))
        st.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, lenient=True)
        st.flush()
        st.optimize()

    store_s = row("store: bulk load into an on-disk Oxigraph", best(args.runs, disk))
    row("  (the same into an in-memory Oxigraph)",
        best(args.runs, lambda: ox.Store().bulk_load(data, format=ox.RdfFormat.N_TRIPLES, lenient=True)))
    row("Turtle file (parse + serialise)", best(args.runs, lambda: ox.serialize(
        ox.parse(data, format=ox.RdfFormat.N_TRIPLES), output=str(tmp / "plan.ttl"), format=ox.RdfFormat.TURTLE,
        prefixes=dict(PREFIXES))))
    floor = start_s + extract_s + graph_s + store_s
    print(f"{'floor: start + extraction + graph + store':44s} {floor:6.2f} s       {floor / lcut:4.2f}x   "
          f"(target <= 1.50x)")


if __name__ == "__main__":
    main()
