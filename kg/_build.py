"""``kg build``: plan file -> records -> RDF -> Turtle + Oxigraph store (+ HTML page)."""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extract import Extraction, extract
from extract.errors import OutputError
from extract.read import DEFAULT_MAX_MB
from extract.records import HeadingKind

__all__ = ["BuildResult", "build", "check_outputs", "summary_lines"]


@dataclass(frozen=True, repr=False)
class BuildResult:
    """What a build wrote and what it found.

    Its repr is one short line (the extraction it holds would print as half a megabyte)::

        BuildResult(plan='plan.txt', ttl='out/plan.ttl', html='out/plan.html', triples=11873, units=64, duties=741, warnings=3)
    """

    plan: Path
    ttl: Path
    store: Path
    html: Path | None
    extraction: Extraction
    triples: int
    seconds: dict[str, float] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def __repr__(self) -> str:
        ex = self.extraction
        html = repr(str(self.html)) if self.html is not None else None
        return (f"BuildResult(plan={str(self.plan)!r}, ttl={str(self.ttl)!r}, html={html}, triples={self.triples}, "
                f"units={len(ex.units)}, duties={len(ex.duties)}, warnings={len(ex.warnings)})")


def build(plan: str | Path, out_dir: str | Path, *, max_mb: float = DEFAULT_MAX_MB, html: bool = True,
          use_cache: bool = True) -> BuildResult:
    """Build the graph of ``plan`` into ``out_dir`` (atomically: nothing is left half-written).

    Writes ``<stem>.ttl``, ``<stem>.oxigraph/`` and, unless ``html=False``, ``<stem>.html``.
    """
    t0 = time.perf_counter()
    plan = Path(plan)
    out = Path(out_dir)
    check_outputs(plan, out, html=html)
    # the page is made by a second process that imports its libraries while this one extracts
    page = _PageWorker() if html else None
    try:
        return _build_into(plan, out, max_mb, use_cache, page, t0)
    except OSError as e:  # read-only folder, disk full, a file in the way...
        raise OutputError(f"{out}: cannot write the graph here ({e.strerror or type(e).__name__})") from None
    finally:
        if page is not None:
            page.close()


def check_outputs(plan: Path, out: Path, *, html: bool = True) -> None:
    """Refuse an output folder that cannot hold the graph, or outputs that would overwrite the plan."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out}: is a file, not a folder")
    stem = plan.stem
    names = [f"{stem}.ttl", f"{stem}.oxigraph"] + ([f"{stem}.html"] if html else [])
    try:
        source = plan.resolve()
    except OSError:
        return  # the plan cannot be read: extraction says so
    for name in names:
        target = (out / name).resolve()
        if target == source or source.is_relative_to(target):
            raise OutputError(f"--out {out} would overwrite the plan {plan} with {name}: "
                              "choose another output folder")
    probe = out
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError(f"--out {out}: {probe} is not writable")


#: above this many triples the standalone page is not written (it would not draw usefully)
PAGE_LIMIT = 400_000


def _build_into(plan: Path, out: Path, max_mb: float, use_cache: bool, page: _PageWorker | None, t0: float) -> BuildResult:
    from .graph import PREFIXES, plan_base, write_ntriples
    from .store import StoreWriter, atomic_dir

    ex = extract(plan, max_mb=max_mb, use_cache=use_cache)
    t1 = time.perf_counter()
    stem = plan.stem
    html_path = None
    notes: list[str] = []
    with atomic_dir(out) as tmp:
        # the graph stage hands N-Triples chunks to the store writer's thread (and to the page worker,
        # which loads them while the store is written); no chunk is kept here
        writer = StoreWriter(stem, tmp, PREFIXES | {"kgd": plan_base(ex)})
        count = 0

        def sink(text: str, lines: int) -> None:
            nonlocal count
            count += lines
            writer.add(text)
            if page is not None:
                if count <= PAGE_LIMIT:
                    page.feed(text)
                else:
                    page.drop()

        try:
            write_ntriples(ex, sink)
            t2 = time.perf_counter()
            small = count <= PAGE_LIMIT
            if page is not None and small:
                page.start(tmp / f"{stem}.html")  # drawn while the store is finished
            _, _, n = writer.close()
        except BaseException:
            writer.abort()
            raise
        if page is not None:
            if small:
                page.wait()
                html_path = out / f"{stem}.html"
            else:
                notes.append(f"page not written: {count:,} triples are more than a standalone page draws usefully "
                             f"(over {PAGE_LIMIT:,}); use `kg serve` and SPARQL")
    t3 = time.perf_counter()
    return BuildResult(
        plan=plan,
        ttl=out / f"{stem}.ttl",
        store=out / f"{stem}.oxigraph",
        html=html_path,
        extraction=ex,
        triples=n,
        seconds={"extract": t1 - t0, "graph": t2 - t1, "write": t3 - t2},
        notes=tuple(notes),
    )


class _PageWorker:
    """Writes the HTML page in a process forked before extraction, when forking is safe.

    The page needs pyvis, networkx and a store of the graph (0.4 s of a 0.85 s warm build, drawn
    here).  Forked first, the worker imports while this process extracts, is handed the graph
    chunk by chunk as the graph stage makes it (``feed``), loads each into a store in memory, and
    draws when told (``start``) while the store is finished.  Measured (bench/bench_build.py,
    section 5: min of 3 interleaved runs, load about 1 on 2 cores): a cold build 0.59 s with the
    worker against 0.85 s drawing here, a warm one 0.53 s against 0.70 s (with the worker, 0.05 s
    more CPU); the worker keeps the page's store (30 MB) out of this process.

    Forking is safe only in a process with one thread (a thread holding a lock at the fork leaves
    it locked forever in the child): the ``kg`` command is, a notebook or a server calling
    :func:`build` is not, and there (or where the threads cannot be counted) the page is written
    in this process.  Buffered output is flushed first, or the child would write it a second time.
    """

    def __init__(self) -> None:
        import multiprocessing as mp
        import sys

        self.proc = None
        self.conn = None
        self.chunks: list[str] = []  # without a worker
        self.dropped = False
        if "fork" in mp.get_all_start_methods() and _single_threaded():
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except (OSError, ValueError):
                    pass
            ctx = mp.get_context("fork")
            self.conn, child = ctx.Pipe()
            self.proc = ctx.Process(target=_page_worker, args=(child, self.conn, os.getpid()), daemon=True)
            self.proc.start()
            child.close()

    def feed(self, triples_text: str) -> None:
        """Hand on a chunk of the graph (N-Triples text)."""
        if self.proc is None or self.conn is None:
            self.chunks.append(triples_text)
            return
        self.conn.send(("chunk", triples_text))

    def drop(self) -> None:
        """Forget the chunks handed on so far: the page will not be drawn."""
        if self.proc is None or self.conn is None:
            self.chunks.clear()
        elif not self.dropped:
            self.conn.send(("drop", None))
        self.dropped = True

    def start(self, page: Path) -> None:
        """Draw the page of the chunks handed on (in the worker; without one, here and now)."""
        if self.proc is None or self.conn is None:
            from ._page import write_html_from_triples

            text = "".join(self.chunks)
            self.chunks.clear()
            write_html_from_triples(text, page)
            return
        self.conn.send(("draw", str(page)))

    def wait(self) -> None:
        from extract.errors import GraphError

        if self.proc is None or self.conn is None:
            return
        status = self.conn.recv() if self.conn.poll(600) else "the page writer did not answer"
        if status != "ok":
            raise GraphError(f"could not write the HTML page: {status}")

    def close(self) -> None:
        if self.proc is not None and self.conn is not None:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
            self.conn.close()
            # the worker leaves on its own once it reads the end of the pipe; no need to wait for it
            self.proc.join(0.05)
            self.proc = None


def _page_worker(conn, parent_end, parent_pid: int) -> None:  # pragma: no cover - runs in the forked process
    # the fork copied the parent's end of the pipe: closed here, the parent's death is an EOF
    parent_end.close()
    from ._workers import watch_parent

    watch_parent(parent_pid)  # and a parent killed while this draws is noticed within half a second
    try:
        import pyvis.network  # noqa: F401

        from . import _page  # noqa: F401  (import now, in parallel with extraction)
        from .views.explorer import _vis_assets

        _vis_assets()
    except Exception:
        pass
    import pyoxigraph as ox

    store = ox.Store()
    failed: str | None = None
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        what, arg = job
        try:
            if what == "chunk" and failed is None:
                store.load(arg.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
            elif what == "drop":
                store = ox.Store()
            elif what == "draw":
                if failed is not None:
                    raise RuntimeError(failed)
                from ._page import write_page
                from .store import GraphStore

                write_page(GraphStore(store, [Path(arg)]), Path(arg))
                store = ox.Store()
                conn.send("ok")
        except Exception as e:  # reported to the parent, which raises a KGError
            msg = f"{type(e).__name__}: {str(e)[:300]}"
            if what == "draw":
                failed = None
                conn.send(msg)
            else:
                failed = msg


def _single_threaded() -> bool:
    """True if this process runs one thread, counted by the OS (threads of Rust or C libraries too)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:  # no /proc (macOS, Windows): the threads cannot be counted
        return False


def summary_lines(res: BuildResult, max_warnings: int = 20) -> list[str]:
    """The short summary ``kg build`` prints."""
    ex = res.extraction
    kinds = Counter(h.kind.value for h in ex.headings)
    roles = Counter(d.role.value for d in ex.duties)
    doc = ex.document
    out = [f"built {res.ttl} ({res.triples} triples) and {res.store}" + (f", {res.html}" if res.html else "")]
    head = " · ".join(x for x in (doc.number.quote if doc.number else None, doc.title, doc.date) if x)
    if head:
        out.append(f"plan: {head}")
    out.append(
        "headings: " + ", ".join(f"{k} {kinds[k]}" for k in HeadingKind if kinds[k])
    )
    out.append(f"units: {len(ex.units)}   teams: {len(ex.teams)}   indicators: {len(ex.indicators)}   deadlines: "
               f"{sum(len(v) for v in ex.deadlines.values())}")
    out.append("duties: " + str(len(ex.duties)) + " (" + ", ".join(f"{r} {n}" for r, n in roles.most_common()) + ")")
    out.extend(res.notes)
    cov = ex.coverage
    out.append(f"coverage: role words on {cov.role_lines} lines, duties read on {cov.read_lines}")
    if cov.role_lines and not ex.duties:
        out.append("  kg read no duty although role words are present: this plan is written in a way kg "
                   "does not understand (every such line is listed below as W104)")
    out.append(f"warnings: {len(ex.warnings)}")
    # lines kg could not read (W101, W104) are always listed; the rest up to max_warnings
    shown = [w for w in ex.warnings if w.code in ("W101", "W104")]
    rest = [w for w in ex.warnings if w.code not in ("W101", "W104")]
    shown = sorted(shown + rest[: max(0, max_warnings - len(shown))], key=lambda w: (w.line or 0, w.code))
    for w in shown:
        out.append(f"  line {w.line}: {w.code} {w.message}" if w.line else f"  {w.code} {w.message}")
    if len(ex.warnings) > len(shown):
        out.append(f"  … {len(ex.warnings) - len(shown)} more (kg check --graph {res.ttl} lists them all)")
    return out
