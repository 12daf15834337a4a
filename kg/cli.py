"""The ``kg`` command: parse arguments, call one library function, render, exit.

Every error a user can cause is a :class:`extract.errors.KGError`; it is printed on one
line on stderr and the exit code is 2.  Nothing else is done here.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from extract.errors import KGError

from ._options import add_format, add_graph, graph_path, remember

__all__ = ["EXAMPLE_PLAN", "entry", "main"]

EXAMPLE_NAME = "linxiang-2024-eight-actions.txt"


def EXAMPLE_PLAN() -> Path:
    """Path of the bundled example plan."""
    return Path(str(resources.files("kg").joinpath("resources/examples/" + EXAMPLE_NAME)))


class _Version(argparse.Action):
    """``--version``: the installed version, read from the package metadata only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kw: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="print the version of kg and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        from . import __version__

        sys.stdout.write(f"kg {__version__}\n")
        parser.exit()


def _out(text: str) -> None:
    sys.stdout.write(text)


# ---------------------------------------------------------------- commands

def cmd_build(args: argparse.Namespace) -> int:
    plans = list(args.plan or [])
    out = Path(args.out) if args.out else Path("graphs")
    if len(plans) <= 1 and not (plans and Path(plans[0]).is_dir()):
        from ._build import build, summary_lines

        plan = Path(plans[0]) if plans else EXAMPLE_PLAN()
        res = build(plan, out, max_mb=args.max_mb, html=not args.no_html, use_cache=not args.no_cache)
        remember(res.ttl)
        if not args.quiet:
            _out("\n".join(summary_lines(res)) + "\n")
        return 0
    from .corpus import build_corpus, corpus_lines

    if args.jobs < 1:
        raise KGError("--jobs needs a number of processes, 1 or more")
    cres = build_corpus(plans, out, jobs=args.jobs, max_mb=args.max_mb, html=not args.no_html,
                        use_cache=not args.no_cache, progress=not args.quiet)
    remember(out)
    if not args.quiet or not cres.ok:
        lines = corpus_lines(cres)
        _out("\n".join(lines if not args.quiet else [x for x in lines if x.startswith(("failed", "  "))]) + "\n")
    return 0 if cres.ok else 1


def _list_cmd(fn_name: str, columns_name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from . import lists
        from .store import open_store
        from .views.format import render

        store = open_store(graph_path(args))
        rows = getattr(lists, fn_name)(store)
        _out(render(rows, getattr(lists, columns_name), args.format))
        return 0

    return run


def cmd_duties(args: argparse.Namespace) -> int:
    if args.unit:
        from .commands import run_duty_list

        return run_duty_list(args, graph_path(args))
    if args.format == "xlsx":
        from .commands import run_full_ledger

        return run_full_ledger(args, graph_path(args))
    return _list_cmd("duties", "DUTY_COLUMNS")(args)


# ---------------------------------------------------------------- parser

def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Turn Chinese government plan documents into a knowledge graph of responsibilities, "
                    "and answer who leads what.",
    )
    p.add_argument("--version", "-V", action=_Version)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="extract a plan (or a corpus of plans) into RDF, an Oxigraph store and an HTML page",
                       description="Extract tasks, duties, teams and indicators of PLAN (.txt in UTF-8/GBK/UTF-16, "
                                   ".docx, .xlsx, .pdf, .html) into RDF: one plan into DIR/<stem>.ttl; several plans, or "
                                   "folders of plans, into one corpus in DIR (one named graph per plan; re-running "
                                   "rebuilds only what changed). With no PLAN, builds the bundled example into "
                                   "graphs/. Exit status 1 when a plan of a corpus could not be built.")
    b.add_argument("plan", nargs="*", help="plan files or folders of plans (default: the bundled example plan)")
    b.add_argument("--jobs", "-j", type=int, default=1,
                   help="extract the plans of a corpus in this many processes (default 1)")
    b.add_argument("--out", "-o", help="output directory (default: graphs/)")
    b.add_argument("--max-mb", type=float, default=10.0,
                   help="refuse files larger than this (default 10 MB; a plan is well under 1 MB, and memory "
                        "grows about 0.13 GB per MB of text, bench/bench_build.py)")
    b.add_argument("--no-html", action="store_true", help="do not write the HTML page")
    b.add_argument("--quiet", "-q", action="store_true", help="print nothing on success (and no progress bar)")
    b.add_argument("--no-cache", action="store_true",
                   help="extract afresh even if this file was read before by the same code (see KG_CACHE_DIR)")
    b.set_defaults(func=cmd_build)

    t = sub.add_parser("tasks", help="list the headings (annex/section/subsection/task/subtask) with their parents")
    add_graph(t)
    add_format(t)
    t.set_defaults(func=_list_cmd("tasks", "TASK_COLUMNS"))

    d = sub.add_parser("duties", help="list every duty, or a unit's complete duty list (kg duties UNIT)")
    d.add_argument("unit", nargs="?", help="a unit's name or a fragment of it (市发改局, 发改局)")
    add_graph(d)
    add_format(d, extra=("xlsx",))
    d.add_argument("--output", "-o", help="file to write (needed for --format xlsx; without UNIT, every unit's duties)")
    d.set_defaults(func=cmd_duties)

    i = sub.add_parser("indicators", help="list the quantified targets (value, measure, bound, year)")
    add_graph(i)
    add_format(i)
    i.set_defaults(func=_list_cmd("indicators", "INDICATOR_COLUMNS"))

    from .commands import register

    register(sub)
    return p


@lru_cache(maxsize=1)
def _parser() -> argparse.ArgumentParser:
    """The parser, made once per process: a program calling :func:`main` many times (a notebook, the tests)
    does not rebuild its 20 subcommands each time (4 ms a call).  Parsing changes nothing in it."""
    return make_parser()


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # a terminal that cannot show Chinese gets escapes, not a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:  # SIGTERM leaves like Ctrl-C: temporary folders removed, worker processes stopped
        signal.signal(signal.SIGTERM, _terminated)
    except ValueError:  # not the main thread (main() called from a test or a notebook)
        pass
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except KGError as e:
        sys.stderr.write(f"kg: {e}\n")
        return 2
    except BrokenPipeError:  # the reader left (kg duties | head): not an error
        _stdout_to_devnull()
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("kg: interrupted\n")
        return 130
    except MemoryError:
        sys.stderr.write("kg: out of memory (try a smaller file or --max-mb)\n")
        return 2


def entry() -> None:
    """Console entry point: run, then leave with the objects of the run frozen for the collector.

    Exit handlers and finalizers run as usual (this used to be ``os._exit``, which skipped them);
    ``gc.freeze()`` only spares the interpreter's last collections a walk over every object that
    spaCy, jieba and the store made.  Measured (bench/bench_build.py, section 5, CPU time of the
    command): a cold ``kg build --no-html`` of the example takes 1.19 s leaving with ``os._exit``,
    1.32 s with a plain exit and 1.13 s frozen; ``kg duties`` 0.35 / 0.40 / 0.36 s.
    """
    import gc

    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader left after the last write
        _stdout_to_devnull()
    gc.freeze()
    sys.exit(code)


def _stdout_to_devnull() -> None:
    """Point stdout at /dev/null, so the flush at exit finds no broken pipe (Python's own advice)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    entry()
