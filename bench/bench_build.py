"""Benchmark of `kg build` on the bundled example plan, with raw jieba as the baseline.

Prints, in one run (this machine is noisy, so everything is compared within the run):

- wall time of the whole `kg build` command (fresh interpreter, cold: no extraction cache;
  warm: the cache of an unchanged file), min and median of N runs;
- extraction throughput in characters per second (extract_raw on the text, pipeline warm);
- raw ``jieba.lcut`` throughput on the same text (same dictionary as kg, and jieba's default);
- the ratio extraction / raw jieba time (target: <= 2).

Usage: python bench/bench_build.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "kg" / "resources" / "examples" / "linxiang-2024-eight-actions.txt"


def time_cli(args: list[str], env: dict[str, str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", *args], check=True, env=env, capture_output=True)
        out.append(time.perf_counter() - t)
    return out


def best_of(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    text = PLAN.read_text(encoding="utf-8")
    n = len(text)
    print(f"plan: {PLAN.name}, {n} characters, {len(text.splitlines())} lines; python {sys.version.split()[0]}")

    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out")
        env_cold = dict(os.environ, KG_CACHE_DIR="off")
        env_warm = dict(os.environ, KG_CACHE_DIR=str(Path(tmp) / "cache"))
        args = ["build", str(PLAN), "--out", out, "-q"]
        time_cli(args, env_warm, 1)  # fill the cache (and OS file cache)
        cold = time_cli(args, env_cold, a.runs)
        warm = time_cli(args, env_warm, a.runs)
        py = time_cli(["--help"], env_cold, a.runs)
    print(f"kg build (cold, whole command)   min {min(cold):.2f} s  median {statistics.median(cold):.2f} s   target < 2 s")
    print(f"kg build (warm cache)            min {min(warm):.2f} s  median {statistics.median(warm):.2f} s")
    print(f"kg --help (interpreter + CLI)    min {min(py):.2f} s")

    import jieba

    from extract.nlp import get_nlp
    from extract.pipeline import extract_text

    get_nlp()  # configures jieba with kg's dictionary and warms the pipeline
    extract_text(text, name=PLAN.name)
    t_extract = best_of(lambda: extract_text(text, name=PLAN.name), a.runs)
    lines = text.split("\n")
    t_jieba_kg = best_of(lambda: [jieba.lcut(x) for x in lines], a.runs)
    t_jieba_doc = best_of(lambda: jieba.lcut(text), a.runs)
    print(f"extraction (records, warm pipeline) {t_extract * 1000:7.1f} ms  {n / t_extract / 1000:7.0f}k chars/s")
    print(f"raw jieba.lcut per line (kg dict)   {t_jieba_kg * 1000:7.1f} ms  {n / t_jieba_kg / 1000:7.0f}k chars/s")
    print(f"raw jieba.lcut whole text (kg dict) {t_jieba_doc * 1000:7.1f} ms  {n / t_jieba_doc / 1000:7.0f}k chars/s")
    print(f"extraction / raw jieba: {t_extract / t_jieba_kg:.2f}x   target <= 2x")
    dt = jieba.Tokenizer()  # jieba's default 349k-word dictionary
    t0 = time.perf_counter()
    dt.initialize()
    t_init = time.perf_counter() - t0
    t_jieba_default = best_of(lambda: [dt.lcut(x) for x in lines], a.runs)
    print(f"raw jieba.lcut per line (default dict) {t_jieba_default * 1000:7.1f} ms  "
          f"{n / t_jieba_default / 1000:7.0f}k chars/s   (its dictionary load: {t_init:.2f} s)")


if __name__ == "__main__":
    main()
