"""Benchmark of a corpus build (`kg build DIR --out OUT --jobs N`) on synthetic corpora of growing size.

Prints, in one run, for corpora of 10, 100 and 1,000 plans (bench/make_corpus.py; the first N
variants, so each corpus holds the smaller ones):

- wall time of the whole command (fresh interpreter, cold: no extraction cache, no page);
- peak memory of the whole process tree (the command and its worker processes), sampled every
  50 ms: the sum of the processes' RSS (pages shared by forked workers counted once per process:
  an upper bound) and the sum of their PSS (shared pages split between the processes);
- the CPU time of the process tree (user + system: on a shared machine, wall time also counts the
  waits for a core, CPU time does not);
- per-plan figures (ms per plan, ms per 1,000 characters), so that growth with the corpus shows.

Targets (issue 9): 1,000 plans with --jobs 2 under 3 minutes and under 1.5 GB; time per plan and
peak memory flat from 10 to 1,000 plans.

With --baseline PYTHON (the interpreter of another checkout of kg, e.g. /work/main/.venv/bin/python),
each size is built by that checkout too, just before, so that both are measured under the same load.

Usage: python bench/bench_corpus.py [--sizes 10,100,1000] [--jobs 2] [--seed 1] [--keep DIR] [--baseline PYTHON]
(--keep DIR leaves the largest corpus built in DIR, for bench/bench_queries.py --corpus DIR; --keep-baseline
DIR the baseline's, for --baseline-corpus DIR)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import make_corpus


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _memory(pids: list[int]) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) of ``pids`` in bytes."""
    rss = pss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except OSError:
            continue
    return rss, pss


def run_measured(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, int, int, str]:
    """Run ``cmd``; return (seconds, CPU seconds of its process tree, peak RSS of the tree, peak PSS, its stdout)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as fout, tempfile.TemporaryFile("w+", encoding="utf-8") as ferr:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=fout, stderr=ferr, text=True, cwd=cwd)
        peak_rss = peak_pss = 0
        pids, tick = [proc.pid], 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)  # the CPU time of its reaped workers included
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                break
            if tick % 10 == 0:  # the tree is looked for every 0.5 s, its memory read every 50 ms
                pids = _tree(proc.pid)
            rss, pss = _memory(pids)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            tick += 1
            time.sleep(0.05)
        dt = time.perf_counter() - t
        cpu = usage.ru_utime + usage.ru_stime
        fout.seek(0)
        ferr.seek(0)
        out, err = fout.read(), ferr.read()
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out[-2000:]}\n{err[-2000:]}")
    return dt, cpu, peak_rss, peak_pss, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,100,1000")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="build the largest corpus here and leave it (for bench_queries.py)")
    ap.add_argument("--baseline", help="the python of another checkout of kg, measured alongside")
    ap.add_argument("--keep-baseline", type=Path, help="with --baseline: leave its largest corpus here")
    a = ap.parse_args()
    sizes = sorted(int(x) for x in a.sizes.split(","))
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        plans = make_corpus(tmp / "all", sizes[-1], a.seed)
        chars = [len(p.read_text(encoding="utf-8")) for p in plans]
        env = dict(os.environ, KG_CACHE_DIR="off", KG_STATE_DIR=str(tmp / "state"))
        print(f"synthetic corpus (seed {a.seed}): {len(plans)} plans, {sum(chars):,} characters; "
              f"kg build DIR --jobs {a.jobs} --no-cache --no-html, python {sys.version.split()[0]}, "
              f"{os.cpu_count()} cores")
        print(f"{'':9} {'plans':>6} {'chars':>10} {'time':>8} {'CPU':>8} {'peak RSS':>9} {'peak PSS':>9} "
              f"{'triples':>10} {'ms/plan':>8} {'ms/1k chars':>11} {'CPU ms/1k':>9} {'load':>5}")
        runs = [("baseline", a.baseline)] if a.baseline else []
        runs.append(("this", sys.executable))
        for n in sizes:
            src = tmp / f"plans-{n}"
            src.mkdir()
            for p in plans[:n]:
                os.link(p, src / p.name)
            c = sum(chars[:n])
            for label, python in runs:
                target = a.keep if label == "this" else a.keep_baseline
                keep = target is not None and n == sizes[-1]
                out = target if keep and target is not None else tmp / f"out-{n}"
                if out.exists():
                    shutil.rmtree(out)
                cmd = [python, "-m", "kg.cli", "build", str(src), "--out", str(out), "--jobs", str(a.jobs),
                       "--no-cache", "--no-html"]
                dt, cpu, rss, pss, stdout = run_measured(cmd, env, tmp)
                head = stdout.splitlines()[0] if stdout else ""
                triples = head.split(" triples")[0].rsplit(" ", 1)[-1] if " triples" in head else "?"
                print(f"{label:9} {n:>6} {c:>10,} {dt:7.1f}s {cpu:7.1f}s {rss / 2**20:7.0f}MB {pss / 2**20:7.0f}MB "
                      f"{triples:>10} {dt / n * 1000:8.1f} {dt / c * 1e6:11.2f} {cpu / c * 1e6:9.2f} "
                      f"{os.getloadavg()[1]:5.1f}", flush=True)
                if not keep:
                    shutil.rmtree(out, ignore_errors=True)
        print("targets: 1,000 plans under 180 s and under 1,536 MB; ms/1k chars and peak memory flat in the size\n"
              "(load: the machine's load average over the last 5 minutes, at the end of the run; 2 means both cores busy)")


if __name__ == "__main__":
    main()
