"""``kg build PLAN... | DIR --out OUT``: many plans into one corpus store, one named graph per plan.

Layout of ``OUT``::

    OUT/plans/<id>.ttl      each plan's graph (Turtle), its IRI the plan's (``kgd:<id>``)
    OUT/corpus.oxigraph/    the corpus store: one named graph per plan, and the corpus graph
                            (offices across plans, :mod:`kg.offices`)
    OUT/corpus.json         the manifest: per source file its SHA-1, plan id, graph and counts
    OUT/corpus.html         the explorer page of the corpus

With ``jobs`` > 1 the plans are extracted in worker processes that load jieba and spaCy once each;
a plan's graph goes to the store as soon as it is extracted (a few plans are handed out ahead per
worker), so the memory of a build does not grow with the number of plans, and the store is
compacted at the end (:class:`kg.store.CorpusWriter`).

Re-running skips a plan whose bytes are unchanged (SHA-1 in the manifest), replaces the graph
of a changed plan and drops the graph of a plan no longer given (its file gone).  The store and
the manifest are written beside the old ones and moved into place at the end, so a build killed
half-way leaves the previous corpus readable, and the next build recovers from it.

Errors: one file that cannot be read is reported with its one-line reason (``failed``) and the
others are built; :class:`extract.errors.InputError` when no plan is found at all.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.errors import GraphError, InputError, KGError
from extract.read import DEFAULT_MAX_MB

from ._files import write_atomic

__all__ = ["PLAN_SUFFIXES", "CorpusResult", "PlanOutcome", "build_corpus", "corpus_lines", "find_plans"]

PLAN_SUFFIXES = (".txt", ".docx", ".xlsx", ".pdf", ".html", ".htm")
MANIFEST = "corpus.json"
PLANS_DIR = "plans"
_FORMAT = 1
#: above this many triples the corpus page is not written
PAGE_LIMIT = 400_000


@dataclass(frozen=True)
class PlanOutcome:
    """One plan of the corpus: where it came from, its graph, and what was found in it."""

    source: str
    plan_id: str
    graph: str
    ttl: str
    title: str | None
    status: str  # built, unchanged
    units: int
    duties: int
    warnings: int
    triples: int


@dataclass(frozen=True)
class CorpusResult:
    """What a corpus build wrote, built, skipped, dropped, and which files failed."""

    out: Path
    store: Path
    html: Path | None
    plans: tuple[PlanOutcome, ...]
    failed: tuple[tuple[str, str], ...] = ()  # (file, one-line reason)
    duplicates: tuple[tuple[str, str], ...] = ()  # (file, the file with the same content that was kept)
    dropped: tuple[str, ...] = ()  # sources whose graph was removed
    offices: int = 0
    quads: int = 0
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.failed


def find_plans(paths: Iterable[str | Path], exclude: Path | None = None) -> list[Path]:
    """Plan files given, and found under the given folders (recursively; hidden files skipped).

    Raises :class:`InputError` for a path that does not exist.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if any(x.startswith(".") for x in rel) or not f.is_file():
                    continue
                if exclude is not None and exclude.resolve() in f.resolve().parents:
                    continue
                if f.suffix.lower() in PLAN_SUFFIXES:
                    found.append(f)
        elif p.exists():
            found.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    seen: set[Path] = set()
    out = []
    for f in found:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            out.append(f)
    return out


def _sha1(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _plan_ids(files: Sequence[Path]) -> dict[Path, str]:
    """A distinct plan id per file: the file's own id, or with its folder's name when two files share it."""
    from extract.pipeline import doc_id_for

    base = {f: doc_id_for(f.name) for f in files}
    count = Counter(base.values())
    out = {}
    for f, i in base.items():
        if count[i] == 1:
            out[f] = i
        else:
            parts = [x for x in f.resolve().parent.parts[-2:] if x not in ("/", "")]
            out[f] = doc_id_for("-".join([*parts, f.stem]) + f.suffix)
    return out


# ---------------------------------------------------------------- one plan (in a worker)

def _init_worker() -> None:  # pragma: no cover - runs in the pool's processes
    """Load the jieba dictionary and the spaCy pipeline once per worker, not once per plan."""
    try:
        from extract.nlp import get_nlp

        get_nlp()("市发改局牵头")
    except Exception:
        pass


def _extract_one(path: str, plan_id: str, max_mb: float, use_cache: bool, ttl: str) -> dict[str, Any]:
    """Extract one plan, write its graph to ``ttl`` and make its quads for the corpus store.

    The plan's own triples come back as N-Quads in its named graph, ready for the store (the work is
    done here, in a worker, rather than in the process that loads the store); those of the nodes
    every plan shares as lines.  A dict with ``error`` when the file cannot be read.
    """
    try:
        from extract import extract

        from .graph import plan_iri, unit_iri
        from .store import nquads

        ex = extract(path, max_mb=max_mb, use_cache=use_cache)
        if ex.document.doc_id != plan_id:
            ex = replace(ex, document=replace(ex.document, doc_id=plan_id))
        text, triples = _ntriples(ex)
        _write_atomic(Path(ttl), text)
        shared = _shared_lines().findall(text)
        graph = str(plan_iri(plan_id))
        doc = ex.document
        return {
            "nquads": nquads(graph, _shared_lines().sub("", text) if shared else text),
            "shared": shared,
            "graph": graph,
            "title": doc.title,
            "locality": doc.locality,
            "units": [[str(unit_iri(ex, u.key)), u.name, u.kind.value, list(u.labels)] for u in ex.units],
            "counts": {"units": len(ex.units), "duties": len(ex.duties), "warnings": len(ex.warnings),
                       "triples": triples},
        }
    except KGError as e:
        return {"error": str(e).splitlines()[0] if str(e) else type(e).__name__}
    except MemoryError:
        return {"error": "out of memory (try a smaller file or --max-mb)"}
    except Exception as e:  # one bad file never stops the others
        return {"error": f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"[:300]}


def _ntriples(ex: Any) -> tuple[str, int]:
    """The plan's graph as N-Triples text (one ``s p o .`` line per triple), and its number of triples."""
    from .graph import write_ntriples

    parts: list[str] = []
    count = 0

    def sink(text: str, lines: int) -> None:
        nonlocal count
        count += lines
        parts.append(text)

    write_ntriples(ex, sink)
    return "".join(parts), count


# ---------------------------------------------------------------- the corpus

def _read_manifest(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("plans"), dict):
        return {}
    return data["plans"]


def _progress(total: int, enabled: bool) -> Any:
    """A progress bar on stderr (tqdm, else rich), or None when not wanted or not available."""
    if not enabled or total < 2 or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="plan", file=sys.stderr, leave=False, dynamic_ncols=True)


class _Extraction:
    """The plans of ``todo`` extracted in ``jobs`` worker processes, yielded as they are done.

    Each worker loads jieba and the spaCy pipeline once (forked from this process, which loaded
    them, where ``fork`` is available), then extracts plan after plan.  At most a few plans per
    worker are handed out ahead, and a result is handed on as soon as it arrives: the records of
    a corpus are never all in memory, whatever its size.  The worker processes exist once the
    ``with`` block is entered (start threads only then: forking a process with threads is unsafe).
    """

    AHEAD = 4  # plans handed out per worker

    def __init__(self, todo: list[tuple[Path, str]], jobs: int, max_mb: float, use_cache: bool, out: Path) -> None:
        # the biggest files first, so the longest extraction is not the last to start
        self.todo = sorted(todo, key=lambda fp: -_size(fp[0])) if jobs > 1 else list(todo)
        self.jobs = min(jobs, len(todo))
        self.args = (max_mb, use_cache)
        self.out = out
        self.pool: Any = None
        self.running: dict[Any, tuple[Path, str]] = {}
        self.next = 0
        self.broken = False

    def __enter__(self) -> _Extraction:
        if self.jobs > 1:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            if "fork" in mp.get_all_start_methods():
                # loaded here once, before the workers are forked: they start with jieba and spaCy ready
                _init_worker()
                self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=mp.get_context("fork"))
            else:
                self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_init_worker)
            while self.next < len(self.todo) and len(self.running) < self.AHEAD * self.jobs:
                self._submit()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self) -> None:
        from concurrent.futures.process import BrokenProcessPool

        f, pid = self.todo[self.next]
        self.next += 1
        try:
            self.running[self.pool.submit(_extract_one, str(f), pid, *self.args, str(self.out / _ttl(pid)))] = (f, pid)
        except BrokenProcessPool:
            self.broken = True
            self.next -= 1

    def __iter__(self) -> Iterator[tuple[Path, str, dict[str, Any]]]:
        if self.pool is None:
            for f, pid in self.todo:
                yield f, pid, _extract_one(str(f), pid, *self.args, str(self.out / _ttl(pid)))
            return
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        died = {"error": "the worker extracting this file died (out of memory?)"}
        while self.running:
            done, _ = wait(self.running, return_when=FIRST_COMPLETED)
            for fut in done:
                f, pid = self.running.pop(fut)
                try:
                    r = fut.result()
                except BrokenProcessPool:
                    self.broken, r = True, died
                if not self.broken and self.next < len(self.todo):
                    self._submit()
                yield f, pid, r
        for f, pid in self.todo[self.next:]:  # not handed out: the pool died
            yield f, pid, died


def _ttl(plan_id: str) -> str:
    """Where a plan's graph is written, relative to the corpus folder."""
    return f"{PLANS_DIR}/{plan_id}.ttl"


def _clean_leftovers(out: Path) -> None:
    """Remove what a build killed half-way left (its temporary folders and files); the previous corpus stays."""
    import shutil

    for d in [*out.glob(".kg-tmp-*"), *out.glob(".kg-old-*")]:
        shutil.rmtree(d, ignore_errors=True)
    for f in (out / PLANS_DIR).glob(".*.tmp"):
        f.unlink(missing_ok=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _write_atomic(path: Path, text: str) -> None:
    write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def build_corpus(paths: Sequence[str | Path], out_dir: str | Path, *, jobs: int = 1, max_mb: float = DEFAULT_MAX_MB,
                 html: bool = True, use_cache: bool = True, progress: bool = True) -> CorpusResult:
    """Build every plan of ``paths`` (files, or folders searched for plans) into the corpus at ``out_dir``.

    See the module docstring for the layout.  ``jobs`` > 1 extracts in a process pool.
    """
    from .store import CORPUS_STORE, CorpusWriter, atomic_dir, open_store

    t0 = time.perf_counter()
    out = Path(out_dir)
    files = find_plans(paths, exclude=out)
    if not files:
        raise InputError(f"no plan found in {', '.join(map(str, paths))} (looked for {', '.join(PLAN_SUFFIXES)})")
    out.mkdir(parents=True, exist_ok=True)
    (out / PLANS_DIR).mkdir(exist_ok=True)
    _clean_leftovers(out)
    old = _read_manifest(out)
    ids = _plan_ids(files)
    # the same content under two names is one plan: the first file (in path order) is kept
    by_hash: dict[str, Path] = {}
    duplicates: list[tuple[str, str]] = []
    failed: list[tuple[str, str]] = []
    keep: list[tuple[Path, str]] = []
    for f in files:
        try:
            h = _sha1(f)
        except OSError as e:
            failed.append((str(f), f"cannot read: {e.strerror or e}"))
            continue
        if h in by_hash:
            duplicates.append((str(f), str(by_hash[h])))
            continue
        by_hash[h] = f
        keep.append((f, h))
    hash_of = dict(keep)
    entries: dict[str, dict[str, Any]] = {}
    todo: list[tuple[Path, str]] = []
    unchanged: set[str] = set()
    for f, h in keep:
        src = str(f.resolve())
        prev = old.get(src)
        if (prev and prev.get("sha1") == h and prev.get("plan_id") == ids[f]
                and (out / str(prev.get("ttl", ""))).is_file()):
            entries[src] = prev
            unchanged.add(src)
        else:
            todo.append((f, ids[f]))
    html_path = None
    notes: list[str] = []
    shared: set[str] = set()  # nodes every plan shares (measures), written once to the corpus graph
    with atomic_dir(out) as tmp, _Extraction(todo, jobs, max_mb, use_cache, out) as extraction:
        writer = CorpusWriter(tmp / CORPUS_STORE)
        for src in sorted(unchanged):
            writer.add(entries[src]["graph"], _own(_read(out / entries[src]["ttl"]), shared))
        bar = _progress(len(todo), progress)
        try:
            for f, pid, r in extraction:
                if bar is not None:
                    bar.update()
                if "error" in r:
                    failed.append((str(f), r["error"]))
                    continue
                shared.update(r.pop("shared"))
                writer.add_nquads(r.pop("nquads"), trusted=True)
                entries[str(f.resolve())] = {"sha1": hash_of[f], "plan_id": pid, "ttl": _ttl(pid), "name": f.name,
                                             **r}
        finally:
            if bar is not None:
                bar.close()
        # a failed file that was built before keeps its old graph (the summary says it failed)
        for src, _ in failed:
            s = str(Path(src).resolve())
            if s in old and s not in entries and (out / str(old[s].get("ttl", ""))).is_file():
                entries[s] = old[s]
                writer.add(old[s]["graph"], _own(_read(out / old[s]["ttl"]), shared))
        from .offices import offices

        found = offices((e["plan_id"], e.get("locality"), [tuple(u) for u in e.get("units", [])])
                        for e in entries.values())
        writer.add(CORPUS_GRAPH, _offices_turtle(found) + "".join(sorted(shared)))
        quads = writer.close()
        ordered = sorted(entries.items(), key=lambda kv: kv[1]["plan_id"])
        manifest = {"format": _FORMAT, "plans": dict(ordered)}
        (tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        if html:
            if quads <= PAGE_LIMIT:
                from ._page import write_page

                write_page(open_store(tmp / CORPUS_STORE), tmp / "corpus.html")
                html_path = out / "corpus.html"
            else:
                notes.append(f"page not written: {quads:,} triples are more than a page draws usefully; "
                             f"use `kg serve` and SPARQL")
    dropped = sorted(src for src in old if src not in entries and src not in {s for s, _ in failed})
    # the graphs of plans no longer in the corpus
    live = {e["ttl"] for e in entries.values()}
    for f in (out / PLANS_DIR).glob("*.ttl"):
        if f"{PLANS_DIR}/{f.name}" not in live:
            f.unlink(missing_ok=True)
    plans = tuple(
        PlanOutcome(source=e.get("name") or Path(src).name, plan_id=e["plan_id"], graph=e["graph"], ttl=e["ttl"],
                    title=e.get("title"), status="unchanged" if src in unchanged else "built",
                    units=e["counts"]["units"], duties=e["counts"]["duties"], warnings=e["counts"]["warnings"],
                    triples=e["counts"]["triples"])
        for src, e in ordered)
    return CorpusResult(out=out, store=out / CORPUS_STORE, html=html_path, plans=plans, failed=tuple(failed),
                        duplicates=tuple(duplicates), dropped=tuple(dropped),
                        offices=sum(1 for o in found if len({u.split("/unit-")[0] for u in o.units}) > 1),
                        quads=quads, seconds=time.perf_counter() - t0, notes=tuple(notes))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise GraphError(f"{path}: cannot read this plan's graph ({e.strerror or e}); delete it to rebuild the plan") \
            from None


def _own(text: str, shared: set[str]) -> str:
    """A plan's triples without those of the nodes every plan shares (the measures, ``kgd:measure/%``),
    which are gathered in ``shared`` for the corpus graph.

    Queries read the union of the graphs, where a triple held by several graphs would answer once per graph.
    """
    found = _shared_lines().findall(text)
    if not found:
        return text
    shared.update(found)
    return _shared_lines().sub("", text)


#: the named graph of the corpus itself (offices across plans)
CORPUS_GRAPH = "https://w3id.org/kg-plan/id/corpus"


@lru_cache(maxsize=1)
def _shared_lines() -> re.Pattern[str]:
    """A line of the nodes every plan shares (``kgd:measure/%``)."""
    from .graph import BASE

    return re.compile("^" + re.escape(f"<{BASE}measure/") + r"[^\n]*\n", re.M)


def _offices_turtle(found: Iterable[Any]) -> str:
    """The corpus graph: one kgo:Office per office, each plan's unit linked to it by skos:exactMatch."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS, SKOS

    from .graph import office_iri, turtle_lines
    from .vocab import KGO

    triples: list[tuple[Any, Any, Any]] = []
    for o in found:
        node = office_iri(o.key)
        triples += [(node, RDF.type, KGO.Office), (node, SKOS.prefLabel, Literal(o.name)),
                    (node, RDFS.label, Literal(o.name)), (node, KGO.locality, Literal(o.locality))]
        triples += [(node, SKOS.altLabel, Literal(x)) for x in o.labels if x != o.name]
        triples += [(URIRef(u), SKOS.exactMatch, node) for u in o.units]
    return turtle_lines(triples)


def corpus_lines(res: CorpusResult) -> list[str]:
    """The summary ``kg build`` prints for a corpus: one line per plan, then failures."""
    from .views.format import render

    rows = [{"plan": p.source, "status": p.status, "units": p.units, "duties": p.duties, "warnings": p.warnings,
             "title": p.title or ""} for p in res.plans]
    out = [f"corpus {res.out}: {len(res.plans)} plans, {sum(p.duties for p in res.plans)} duties, "
           f"{res.offices} offices named in several plans, {res.quads} triples "
           f"({sum(p.status == 'built' for p in res.plans)} built, "
           f"{sum(p.status == 'unchanged' for p in res.plans)} unchanged) in {res.seconds:.1f} s"]
    out.append(render(rows, ("plan", "status", "units", "duties", "warnings", "title"), "table", max_width=40).rstrip())
    for f, same in res.duplicates:
        out.append(f"same plan twice: {f} has the content of {same} (one graph)")
    for src in res.dropped:
        out.append(f"dropped: {src} (no longer given, or its file is gone)")
    out.extend(res.notes)
    if res.html:
        out.append(f"page: {res.html}")
    if res.failed:
        out.append(f"failed: {len(res.failed)} file(s)")
        out.extend(f"  {f}: {why}" for f, why in res.failed)
    return out
