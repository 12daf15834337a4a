"""Benchmark of `kg build`, with raw jieba as the baseline measured in the same run.

Prints, in one run (this machine is noisy, so everything is compared within the run; each
process's CPU time and peak memory come from ``wait4``, not from the wall clock alone):

1. the example plan, cold (no extraction cache), the whole ``kg build`` process as users run it
   (with its page), against ``python -c "import jieba; jieba.lcut(text)"``: target <= 1.2x;
2. the example copied ten times (~380k characters, a big plan), ``kg build --no-cache --no-html``,
   against ``jieba.lcut`` of the same text (jieba's default dictionary, loaded beforehand, in this
   process; the whole ``python -c`` process is printed too): target <= 1.5x; and its peak memory
   per MB of text (UTF-8): target < 0.15 GB/MB;
3. warm-cache builds and ``kg --help``;
4. extraction throughput (extract_text, pipeline warm) against raw ``jieba.lcut``: target <= 2x;
5. the start-up choices, each against its alternative in interleaved runs: the extraction cache
   (cold / warm in 1 and 3), the page drawn by a forked worker or in the build process, and the
   exit with the run's objects frozen for the collector, a plain exit or ``os._exit``.  CPU time
   is the figure to trust on a busy machine; wall time shows what a free second core gives;
6. the lines that need their words (the example has none): extraction of the test plans (tests/data)
   where a component asks where a line's words start, pipeline warm, against raw ``jieba.lcut`` of
   their lines.  Those lines go through ``nlp.pipe``; compare two checkouts with the same script.

Every child runs with byte-compiled modules, as an installed program does (see ``CHILD_ENV``).

Usage: python bench/bench_build.py [--runs 3] [--skip-big]
Run it with another checkout's interpreter (``/work/main/.venv/bin/python bench/bench_build.py``)
to measure that checkout's kg with the same script.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "kg" / "resources" / "examples" / "linxiang-2024-eight-actions.txt"
EMPTY = tempfile.mkdtemp(prefix="bench-build-cwd-")  # children run here
atexit.register(os.rmdir, EMPTY)
# Children run with byte-compiled modules, as an installed program does (pip compiles what it installs; jieba's
# and spaCy's bytecode is in site-packages).  Where PYTHONDONTWRITEBYTECODE is set, a checkout's modules would be
# compiled from source in every process (kg's ~40: 0.08 s); so every child, kg and the jieba baseline alike,
# writes and reads its bytecode under a temporary prefix, never in a checkout.  The first runs (not timed) write it.
PYCACHE = tempfile.mkdtemp(prefix="bench-build-pycache-")
atexit.register(shutil.rmtree, PYCACHE, True)
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": PYCACHE}
JIEBA = "import jieba, sys; jieba.lcut(open(sys.argv[1], encoding='utf-8').read())"


class Run:
    """Wall time, CPU time (user + system) and peak memory of one child process."""

    def __init__(self, wall: float, cpu: float, peak_mb: float) -> None:
        self.wall, self.cpu, self.peak_mb = wall, cpu, peak_mb


def run(cmd: list[str], env: dict[str, str]) -> Run:
    t = time.perf_counter()
    # from an empty folder: `python -m kg.cli` would import kg from the current folder first
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=EMPTY)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode("utf-8", "replace") if p.stderr else ""
    if p.stderr:
        p.stderr.close()
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}): {err[-500:]}")
    return Run(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024)


def runs(cmd: list[str], env: dict[str, str], n: int) -> list[Run]:
    return [run(cmd, env) for _ in range(n)]


def kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


#: the ``kg`` command as it is, and with one start-up choice undone (``python -c`` programs)
AS_IS = "import sys; sys.argv[0] = 'kg'; from kg.cli import entry; entry()"
PAGE_HERE = ("import sys; sys.argv[0] = 'kg'; import kg._build as b; b._single_threaded = lambda: False; "
             "from kg.cli import entry; entry()")
PLAIN_EXIT = "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"
HARD_EXIT = "import os, sys; from kg.cli import main; c = main(sys.argv[1:]); sys.stdout.flush(); os._exit(c)"


def startup_choices(tmp: Path, n: int) -> dict[str, list[Run]]:
    out = str(tmp / "choices")
    warm = dict(CHILD_ENV, KG_CACHE_DIR=str(tmp / "cache"), KG_STATE_DIR=str(tmp / "state"))
    cold = dict(warm, KG_CACHE_DIR="off")
    build = ["build", str(PLAN), "--out", out, "-q"]
    duties = ["duties", "发改局", "--graph", str(Path(out) / (PLAN.stem + ".ttl"))]
    cases = {
        "build warm, page by a forked worker": (AS_IS, build, warm),
        "build warm, page in the process": (PAGE_HERE, build, warm),
        "build warm, --no-html": (AS_IS, [*build, "--no-html"], warm),
        "build cold, page by a forked worker": (AS_IS, build, cold),
        "build cold, page in the process": (PAGE_HERE, build, cold),
        "build cold --no-html, exit with gc.freeze()": (AS_IS, [*build, "--no-html"], cold),
        "build cold --no-html, plain exit": (PLAIN_EXIT, [*build, "--no-html"], cold),
        "build cold --no-html, os._exit": (HARD_EXIT, [*build, "--no-html"], cold),
        "duties, exit with gc.freeze()": (AS_IS, duties, warm),
        "duties, plain exit": (PLAIN_EXIT, duties, warm),
        "duties, os._exit": (HARD_EXIT, duties, warm),
    }
    run([sys.executable, "-c", AS_IS, *build], warm)
    got: dict[str, list[Run]] = {k: [] for k in cases}
    for _ in range(n):  # interleaved, so a busy spell of the machine hits every case alike
        for k, (code, args, env) in cases.items():
            got[k].append(run([sys.executable, "-c", code, *args], env))
    return got


def plans_needing_words() -> tuple[list[tuple[str, str]], int]:
    """The test plans where a component asks where a line's words start (name, text), and how many such lines
    (read as they stand; a label's units on the next line are not counted)."""
    from extract.components import LazyBoundaries, line_clauses, line_team, needs_nlp
    from extract.read import normalise, read_path

    class Asked(Exception):
        pass

    def ask() -> frozenset[int]:
        raise Asked

    found, lines = [], 0
    for folder in ("dev", "corpus", "offices"):
        for f in sorted((ROOT / "tests" / "data" / folder / "plans").iterdir()):
            try:
                text = read_path(f).text
            except Exception:
                continue
            asked = 0
            for norm in normalise(text).split("\n"):
                if not needs_nlp(norm):
                    continue
                b = LazyBoundaries(ask)
                try:
                    line_clauses(norm, b)
                    line_team(norm, b)
                except Asked:
                    asked += 1
            if asked:
                found.append((f.name, text))
                lines += asked
    return found, lines


def best_of(fn, runs: int) -> float:
    return best_of_both(fn, runs)[0]


def best_of_both(fn, runs: int) -> tuple[float, float]:
    """Least wall time and least CPU time of ``runs`` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus)


def line(label: str, rs: list[Run]) -> str:
    walls = [r.wall for r in rs]
    return (f"{label:44s} wall min {min(walls):5.2f} s  median {statistics.median(walls):5.2f} s   "
            f"cpu min {min(r.cpu for r in rs):5.2f} s   peak {max(r.peak_mb for r in rs):6.1f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-big", action="store_true", help="leave out the ten-fold plan")
    a = ap.parse_args()
    text = PLAN.read_text(encoding="utf-8")
    n = len(text)
    print(f"python {sys.version.split()[0]}; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    print(f"plan: {PLAN.name}, {n} characters, {len(text.splitlines())} lines")
    print("children run with bytecode written on their first (untimed) run under a temporary prefix"
          + (" (PYTHONDONTWRITEBYTECODE is set here: without it kg would compile its sources in every process)"
             if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""))

    # every child process runs before this one imports anything big: a child's peak memory (wait4's
    # ru_maxrss) is never below what its parent held when it was started
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        cold_env = dict(CHILD_ENV, KG_CACHE_DIR="off")
        warm_env = dict(CHILD_ENV, KG_CACHE_DIR=str(tmpd / "cache"))
        out = str(tmpd / "out")
        run(kg("build", str(PLAN), "--out", out, "-q"), warm_env)  # fill the cache (and the OS file cache)
        run([sys.executable, "-c", JIEBA, str(PLAN)], cold_env)  # jieba writes its dictionary cache once
        cold = runs(kg("build", str(PLAN), "--out", out, "-q"), cold_env, a.runs)
        jieba_proc = runs([sys.executable, "-c", JIEBA, str(PLAN)], cold_env, a.runs)
        warm = runs(kg("build", str(PLAN), "--out", out, "-q"), warm_env, a.runs)
        helps = runs(kg("--help"), cold_env, a.runs)
        choices = startup_choices(tmpd, a.runs)
        if not a.skip_big:
            big = tmpd / "ten-fold.txt"
            big.write_text(text * 10, encoding="utf-8")
            big_text = big.read_text(encoding="utf-8")
            build10 = runs(kg("build", str(big), "--out", str(tmpd / "out10"), "--no-cache", "--no-html", "-q"),
                           cold_env, a.runs)
            jieba10 = runs([sys.executable, "-c", JIEBA, str(big)], cold_env, a.runs)

    import kg as kg_package

    print(f"kg from {Path(kg_package.__file__).parent}")
    print("\n1. example plan, whole process")
    print(line("kg build (cold, with its page)", cold))
    print(line('python -c "import jieba; jieba.lcut(text)"', jieba_proc))
    print(f"{'ratio (min wall)':44s} {min(r.wall for r in cold) / min(r.wall for r in jieba_proc):.2f}x"
          f"   (cpu {min(r.cpu for r in cold) / min(r.cpu for r in jieba_proc):.2f}x)   target <= 1.2x")

    import jieba

    if not a.skip_big:
        mb = len(big_text.encode("utf-8")) / 1e6
        dt = jieba.Tokenizer()  # jieba's default dictionary, loaded before timing
        dt.initialize()
        t_lcut, c_lcut = best_of_both(lambda: dt.lcut(big_text), a.runs)
        print(f"\n2. ten-fold example: {len(big_text)} characters, {mb:.2f} MB UTF-8")
        print(line("kg build --no-cache --no-html", build10))
        print(line('python -c "import jieba; jieba.lcut(text)"', jieba10))
        print(f"{'jieba.lcut(text) in this process':44s} wall min {t_lcut:5.2f} s                    "
              f"cpu min {c_lcut:5.2f} s")
        best = min(r.wall for r in build10)
        print(f"{'ratio to jieba.lcut (min wall)':44s} {best / t_lcut:.2f}x   target <= 1.5x"
              f"   (cpu {min(r.cpu for r in build10) / c_lcut:.2f}x; to the whole jieba process: "
              f"{best / min(r.wall for r in jieba10):.2f}x)")
        peak = max(r.peak_mb for r in build10) * 1.048576 / 1000  # MiB -> GB
        print(f"{'peak memory per MB of text':44s} {peak / mb:.3f} GB/MB   target < 0.15")

    print("\n3. other runs")
    print(line("kg build (warm cache)", warm))
    print(line("kg --help (interpreter + CLI)", helps))

    print("\n5. start-up choices (as kg is first in each group; CPU includes the children waited for)")
    for label, rs in choices.items():
        print(line(label, rs))

    from extract.nlp import get_nlp
    from extract.pipeline import extract_text

    get_nlp()  # configures jieba with kg's dictionary and warms the pipeline
    extract_text(text, name=PLAN.name)
    t_extract = best_of(lambda: extract_text(text, name=PLAN.name), a.runs)
    lines = text.split("\n")
    t_jieba_kg = best_of(lambda: [jieba.lcut(x) for x in lines], a.runs)
    t_jieba_doc = best_of(lambda: jieba.lcut(text), a.runs)
    print("\n4. extraction, pipeline warm")
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

    words, asked = plans_needing_words()
    chars = sum(len(x) for _, x in words)
    t_words, c_words = best_of_both(lambda: [extract_text(x, name=name) for name, x in words], a.runs)
    word_lines = [ln for _, x in words for ln in x.split("\n")]
    t_jieba_words = best_of(lambda: [jieba.lcut(x) for x in word_lines], a.runs)
    print(f"\n6. the {len(words)} test plans with lines that need their words ({asked} such lines, {chars} characters)")
    print(f"extraction (records, warm pipeline) {t_words * 1000:7.1f} ms  cpu {c_words * 1000:7.1f} ms")
    print(f"raw jieba.lcut per line (kg dict)   {t_jieba_words * 1000:7.1f} ms")
    print(f"extraction / raw jieba: {t_words / t_jieba_words:.2f}x")


if __name__ == "__main__":
    main()
