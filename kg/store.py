"""The embedded store: Turtle beside an on-disk Oxigraph store, both written atomically.

This module owns the on-disk store (opening, bulk loading, atomic replacement); the query, results,
worker, push and check modules use pyoxigraph through it or on the stores it opens.

Layout of a build into ``DIR``::

    DIR/<stem>.ttl         the graph in Turtle (the file users pass as --graph)
    DIR/<stem>.oxigraph/   an Oxigraph store holding the same triples, for fast SPARQL
    DIR/<stem>.html        the interactive page (written by kg._page)

Opening ``--graph DIR/<stem>.ttl`` uses the store beside it when it was built from
this very Turtle file (its SHA-1 is recorded in the store folder); otherwise the Turtle
is loaded into an in-memory Oxigraph store.  A directory of Turtle files is loaded as
one corpus.

A corpus build (``kg build DIR|PLAN... --out OUT``) writes ``OUT/corpus.oxigraph/``: one named
graph per plan (its IRI is the plan's), and one for the corpus itself (offices across plans).
Its queries read the union of the named graphs as the default graph.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from extract.errors import GraphError, OutputError, QueryError

__all__ = ["CORPUS_STORE", "CorpusWriter", "GraphStore", "StoreWriter", "atomic_dir", "jsonld", "nquads",
           "open_store", "rdflib_graph", "write_corpus_store"]

_MARKER = "kg-source.json"
#: the store of a corpus build, inside its output folder (one named graph per plan)
CORPUS_STORE = "corpus.oxigraph"


#: how long a build waits for another build writing to the same folder
LOCK_WAIT = 600.0


@contextmanager
def out_lock(out_dir: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold an advisory lock (``flock``) on ``out_dir`` itself: builders into one folder take turns.

    Whoever holds it sweeps the ``.kg-tmp-*`` / ``.kg-old-*`` folders a killed build left behind
    (no live build can own them: it would hold the lock).
    """
    import time

    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX: no lock, no sweep
        yield
        return
    fd = os.open(out_dir, os.O_RDONLY)  # the folder itself is locked: no lock file is left behind
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise OutputError(f"{out_dir}: another kg build has been writing here for over {wait:g} s; "
                                      "try again when it is done") from None
                time.sleep(0.1)
        for stale in out_dir.glob(".kg-tmp-*"):
            shutil.rmtree(stale, ignore_errors=True)
        for stale in out_dir.glob(".kg-old-*"):
            shutil.rmtree(stale, ignore_errors=True)
        yield
    finally:
        os.close(fd)  # releases the lock


@contextmanager
def atomic_dir(out_dir: Path) -> Iterator[Path]:
    """A temporary folder inside ``out_dir`` whose files are moved into place only on success.

    The folder is locked meanwhile (:func:`out_lock`), so concurrent builds queue.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with out_lock(out_dir), _tmp_dir(out_dir) as tmp:
        yield tmp


@contextmanager
def _tmp_dir(out_dir: Path) -> Iterator[Path]:
    tmp = Path(tempfile.mkdtemp(prefix=".kg-tmp-", dir=out_dir))
    try:
        yield tmp
        for item in sorted(tmp.iterdir()):
            target = out_dir / item.name
            if target.is_dir() and not target.is_symlink():
                old = out_dir / f".kg-old-{item.name}-{os.getpid()}"
                target.rename(old)
                item.rename(target)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(item, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class StoreWriter:
    """Writes ``<stem>.oxigraph/`` and ``<stem>.ttl`` from N-Triples text handed over chunk by chunk.

    Two threads take each chunk: one loads it into the on-disk store with Oxigraph's bulk loader
    (which runs without the GIL, so the graph stage goes on making the next chunk meanwhile), the
    other passes the same triples to Oxigraph's Turtle serialiser, which writes ``<stem>.ttl`` as
    they come.  No rdflib, and nothing is held but a few chunks and what one bulk load takes
    (``LOAD_BYTES``: a bulk load's memory grows with what it is given at once).  The Turtle is written from the triples loaded rather than read
    back from the on-disk store, which costs five times as much (1.5 s of CPU for 300,000
    triples); it is parsed strictly, so a line Oxigraph cannot read is an error even though the
    store's load skips validation (``lenient``, 7% of its time).

    ``add`` raises what a thread met (``OSError`` for a full disk, say); ``close`` waits for both
    and returns what was written; ``abort`` stops them after a failure elsewhere.
    """

    def __init__(self, stem: str, tmp: Path, prefixes: dict[str, str], *, chunks_ahead: int = 2) -> None:
        import pyoxigraph as ox

        self.stem, self.tmp, self.prefixes = stem, tmp, prefixes
        self.dir = tmp / f"{stem}.oxigraph"
        self.ttl = tmp / f"{stem}.ttl"
        self.store = ox.Store(str(self.dir))
        self._aborted = False
        # no cyclic collection while the threads run: it would run in whichever thread allocates, and free
        # there the pyoxigraph objects (query results) of earlier work in this process, which must be freed
        # in the thread that made them (pyoxigraph raises otherwise); the graph stage makes no cycles
        self._gc = gc.isenabled()
        gc.disable()
        self._workers = [_Worker("kg-store", self._load, chunks_ahead), _Worker("kg-turtle", self._turtle, chunks_ahead)]

    def _collect_again(self) -> None:
        if self._gc:
            self._gc = False
            gc.enable()

    #: N-Triples bytes handed to one bulk load.  Each load has a fixed cost (it writes and ingests new files,
    #: which the final compaction merges), so the chunks are gathered: a plan like the example (4.4 MB) is one
    #: load, the ten-fold example (44 MB) 7 instead of 31, for 2.6 s of CPU instead of 3.1-3.5 s (graph and
    #: store stages); a load's memory grows with what it takes (that build's peak: 137 MB, 87 MB loading each
    #: chunk, 152 MB with 8 MB loads, no faster).
    LOAD_BYTES = 6 << 20

    def _load(self, chunks: Iterator[bytes]) -> None:
        import pyoxigraph as ox

        gathered: list[bytes] = []
        size = 0
        for data in chunks:
            gathered.append(data)
            size += len(data)
            if size >= self.LOAD_BYTES:
                self.store.bulk_load(b"".join(gathered), format=ox.RdfFormat.N_TRIPLES, lenient=True)
                gathered, size = [], 0
        if gathered and not self._aborted:
            self.store.bulk_load(b"".join(gathered), format=ox.RdfFormat.N_TRIPLES, lenient=True)

    def _turtle(self, chunks: Iterator[bytes]) -> None:
        import pyoxigraph as ox

        triples = (t for data in chunks for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
        ox.serialize(triples, output=str(self.ttl), format=ox.RdfFormat.TURTLE, prefixes=self.prefixes)

    def add(self, triples_text: str) -> None:
        """Hand on N-Triples text (one ``s p o .`` line per triple) to the store and the Turtle."""
        data = triples_text.encode("utf-8")
        for w in self._workers:
            w.put(data)

    def abort(self) -> None:
        """Stop the threads without finishing the files (the folder they are in is thrown away)."""
        self._aborted = True
        for w in self._workers:
            w.abort()
        self._collect_again()

    def close(self) -> tuple[Path, Path, int]:
        """Finish the store, the Turtle and the marker; return (ttl, store folder, number of triples)."""
        try:
            for w in self._workers:
                w.finish()
        finally:
            self._collect_again()
        self.store.flush()
        # one bulk load per chunk leaves many small files; compacted, queries read a third as many
        # (the saved queries on the ten-fold example: 2.5 s of CPU before, 0.8 s after, for 0.3 s here)
        self.store.optimize()
        n = len(self.store)
        del self.store
        h = hashlib.sha1()
        with self.ttl.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        (self.dir / _MARKER).write_text(json.dumps({"ttl": self.ttl.name, "sha1": h.hexdigest()}), encoding="utf-8")
        return self.ttl, self.dir, n


class _Worker:
    """A thread that runs ``work`` over the chunks put into its bounded queue; what it raised is kept.

    ``put`` and ``finish`` raise that error in the calling thread.
    """

    def __init__(self, name: str, work: Callable[[Iterator[bytes]], None], ahead: int) -> None:
        import queue
        import threading

        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=ahead)
        self.error: BaseException | None = None
        self.stop = False
        self.thread = threading.Thread(target=self._run, args=(work,), name=name, daemon=True)
        self.thread.start()

    def _chunks(self) -> Iterator[bytes]:
        while (data := self.queue.get()) is not None and not self.stop:
            yield data

    def _run(self, work: Callable[[Iterator[bytes]], None]) -> None:
        try:
            work(self._chunks())
        except BaseException as e:  # raised in the building thread by put() and finish()
            self.error = _store_error(e)
            while self.queue.get() is not None:  # keep taking chunks until told to end
                pass

    def put(self, data: bytes | None) -> None:
        import queue

        while True:
            if self.error is not None:
                raise self.error
            try:
                self.queue.put(data, timeout=0.2)
                return
            except queue.Full:
                continue

    def finish(self) -> None:
        self.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error

    def abort(self) -> None:
        import queue

        self.stop = True
        while self.thread.is_alive():
            try:
                self.queue.put(None, timeout=0.1)
                break
            except queue.Full:
                try:
                    self.queue.get_nowait()
                except queue.Empty:
                    pass
        self.thread.join()


def _store_error(e: BaseException) -> BaseException:
    """What the writer thread met, as the building thread should raise it (OSError stays one)."""
    if isinstance(e, OSError | MemoryError | GraphError):
        return e
    if isinstance(e, SyntaxError | ValueError):  # kg wrote a line Oxigraph does not read: a bug, said in one line
        return GraphError(f"the graph could not be stored ({str(e).splitlines()[0] if str(e) else type(e).__name__})")
    return e


class GraphStore:
    """A read-only view of one or more built graphs, queried with SPARQL.

    ``select`` returns plain Python values: IRIs and literals as ``str``, numbers as
    ``int``/``float``, booleans as ``bool``, unbound as ``None``.
    """

    def __init__(self, store: Any, sources: list[Path], *, union: bool = False) -> None:
        self._store = store
        self.sources = sources
        #: a corpus store holds one named graph per plan; its queries read them all as the default graph
        self.union = union

    @property
    def oxigraph(self) -> Any:
        """The underlying ``pyoxigraph.Store`` (for the HTTP endpoint's serialisers).

        For a corpus, a wrapper whose ``query`` reads every plan's named graph as the default graph.
        """
        return _UnionStore(self._store) if self.union else self._store

    def raw_query(self, query: str) -> Any:
        try:
            return self._store.query(query, use_default_graph_as_union=self.union)
        except SyntaxError as e:
            raise QueryError(f"malformed SPARQL: {str(e).splitlines()[0]}") from None
        except OSError as e:
            raise QueryError(f"query failed: {e}") from None

    def select(self, query: str) -> list[dict[str, Any]]:
        """Run a SELECT (or ASK) query of kg's own; see :func:`kg.sparql.execute` for user queries."""
        import pyoxigraph as ox

        try:
            res = self._store.query(query, use_default_graph_as_union=self.union)
        except SyntaxError as e:
            raise QueryError(f"malformed SPARQL: {str(e).splitlines()[0]}") from None
        except OSError as e:
            raise QueryError(f"query failed: {e}") from None
        if isinstance(res, ox.QueryBoolean):
            return [{"result": bool(res)}]
        if not isinstance(res, ox.QuerySolutions):
            raise QueryError("select() needs a SELECT or ASK query; use raw_query() for CONSTRUCT/DESCRIBE")
        names = [v.value for v in res.variables]
        return [{n: to_python(sol[n]) for n in names} for sol in res]

    def __len__(self) -> int:
        return len(self._store)


class _UnionStore:
    """A ``pyoxigraph.Store`` whose queries see the union of its named graphs (a corpus)."""

    def __init__(self, store: Any) -> None:
        self._store = store

    def query(self, query: str, **kw: Any) -> Any:
        kw.setdefault("use_default_graph_as_union", True)
        return self._store.query(query, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def __len__(self) -> int:
        return len(self._store)


def to_python(term: Any) -> Any:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        v = term.value
        if dt.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
            return int(v)
        if dt.endswith(("#decimal", "#double", "#float")):
            f = float(v)
            return int(f) if f.is_integer() and "." not in v and "e" not in v.lower() else f
        if dt.endswith("#boolean"):
            return v == "true"
        return v
    return term.value


def _load_turtle(store: Any, files: Iterable[Path]) -> None:
    import pyoxigraph as ox

    for f in files:
        try:
            store.bulk_load(f.read_bytes(), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError) as e:
            raise GraphError(f"{f}: not a readable Turtle graph ({str(e).splitlines()[0]})") from None


def rdflib_graph(path: str | Path) -> Any:
    """The built graph as an ``rdflib.Graph`` backed by its on-disk Oxigraph store (through oxrdflib).

    For code that speaks rdflib: ``g.query(...)`` runs on Oxigraph, ``g.triples(...)`` reads the
    store, nothing is loaded into memory.  ``path`` is ``DIR/<stem>.ttl`` or its ``.oxigraph`` folder.
    Close it with ``g.close()``.
    """
    import rdflib
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    p = Path(path)
    folder = p.with_suffix(".oxigraph") if p.suffix == ".ttl" else p
    if not (folder / _MARKER).exists():
        raise GraphError(f"{folder}: no Oxigraph store here (run `kg build PLAN --out DIR` first)")
    g = rdflib.Graph(store="Oxigraph", identifier=DATASET_DEFAULT_GRAPH_ID)
    g.open(str(folder), create=False)
    return g


def jsonld(store: GraphStore, context: dict[str, str]) -> str:
    """Every triple of ``store`` as JSON-LD, IRIs compacted with the prefixes of ``context``.

    A corpus keeps its named graphs (one ``{"@id": plan, "@graph": [...]}`` per plan); a single
    plan is one ``@graph``.  Oxigraph writes N-Quads, rdflib compacts them (Oxigraph's own JSON-LD
    writer has no context).
    """
    import warnings

    import pyoxigraph as ox
    import rdflib

    ds = rdflib.Dataset()
    with warnings.catch_warnings():  # rdflib 7.x's Dataset.parse warns about its own default_context
        warnings.simplefilter("ignore", DeprecationWarning)
        ds.parse(data=store._store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
        return str(ds.serialize(format="json-ld", context=dict(context), auto_compact=True))


def _marker(folder: Path) -> dict[str, Any]:
    try:
        meta = json.loads((folder / _MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def write_corpus_store(folder: Path, graphs: Iterable[tuple[str, str]]) -> int:
    """Write a corpus store at ``folder``, each graph's triples into its named graph; return the number of quads.

    ``graphs`` pairs a graph IRI with N-Triples text (one ``s p o .`` line per triple, as
    :func:`kg.graph.turtle_lines` writes); see :class:`CorpusWriter`.
    """
    writer = CorpusWriter(folder)
    for iri, text in graphs:
        writer.add(iri, text)
    return writer.close()


def nquads(iri: str, text: str) -> bytes:
    """The triples of N-Triples (or Turtle) ``text`` as N-Quads in the named graph ``iri`` (UTF-8).

    Raises :class:`GraphError` for Turtle that cannot be read.
    """
    if '"""' in text or "@prefix" in text:  # not one triple per line: pyoxigraph rewrites it as N-Triples
        import pyoxigraph as ox

        try:
            text = (ox.serialize(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE),
                                 format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
        except (SyntaxError, ValueError) as e:
            raise GraphError(f"a plan's graph is not readable Turtle ({str(e).splitlines()[0]})") from None
    return text.replace(" .\n", f" <{iri}> .\n").encode("utf-8")


class CorpusWriter:
    """Writes a corpus store at ``folder`` graph by graph (each graph's triples into its named graph).

    Graphs are gathered into bulk loads of about ``batch`` bytes of N-Quads (a bulk load has a fixed
    cost, so not one per plan), each loaded in a thread while the next is gathered: memory stays
    bounded whatever the number of graphs (a load takes about three times its input; with 8 MB
    batches the process that loads a 1,000-plan corpus peaks at 0.3 GB, with 32 MB at 0.45-0.5 GB,
    in the same time).  A triple should be in one graph only: queries read the union of the
    graphs, and a triple held by two graphs would answer twice.
    """

    def __init__(self, folder: Path, batch: int = 8 << 20) -> None:
        import pyoxigraph as ox

        self.folder = folder
        self.batch = batch
        self._store = ox.Store(str(folder))
        self._parts: list[bytes] = []
        self._size = 0
        self._thread: Any = None
        self._error: BaseException | None = None

    def add(self, iri: str, text: str, *, trusted: bool = False) -> None:
        """Add N-Triples (or Turtle) ``text`` to the named graph ``iri``; see :meth:`add_nquads`."""
        self.add_nquads(nquads(iri, text), trusted=trusted)

    def add_nquads(self, data: bytes, *, trusted: bool = False) -> None:
        """Add N-Quads (UTF-8, as :func:`nquads` makes them).

        ``trusted``: just written by :mod:`kg.graph` (one valid triple per line), so their load skips
        validation (7% of its time); else they are checked (a file read back, say).
        """
        if not trusted:
            self._check(data)
        self._parts.append(data)
        self._size += len(data)
        if self._size >= self.batch:
            self._load()

    def _check(self, data: bytes) -> None:
        import pyoxigraph as ox

        try:
            for _ in ox.parse(data, format=ox.RdfFormat.N_QUADS):
                pass
        except (SyntaxError, ValueError) as e:
            raise GraphError(f"{self.folder}: a plan's graph is not readable N-Triples ({str(e).splitlines()[0]})") \
                from None

    def _load(self) -> None:
        import threading

        data = b"".join(self._parts)
        self._parts.clear()
        self._size = 0
        self._wait()
        self._thread = threading.Thread(target=self._bulk_load, args=(data,), name="kg-corpus-load", daemon=True)
        self._thread.start()

    def _bulk_load(self, data: bytes) -> None:
        import pyoxigraph as ox

        try:
            self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)  # checked by add()
        except BaseException as e:  # raised in the caller's thread by _wait
            self._error = e

    def _wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            e, self._error = self._error, None
            if isinstance(e, (SyntaxError, ValueError)):
                raise GraphError(f"{self.folder}: a plan's graph is not readable N-Triples "
                                 f"({str(e).splitlines()[0]})") from None
            raise e

    def close(self) -> int:
        """Load what is left, compact, flush, write the marker; return the number of quads.

        The compaction merges the files each bulk load wrote: queries on a corpus of 1,000 plans
        then read two to three times faster, for a few seconds of build.
        """
        if self._parts:
            self._load()
        self._wait()
        self._store.optimize()
        self._store.flush()
        n = len(self._store)
        del self._store
        (self.folder / _MARKER).write_text(json.dumps({"corpus": True}), encoding="utf-8")
        return n


def open_store(path: str | Path) -> GraphStore:
    """Open a built graph: a ``.ttl`` file, its ``.oxigraph`` folder, or a directory of graphs."""
    import pyoxigraph as ox

    p = Path(path)
    if not p.exists():
        raise GraphError(f"{p}: no such graph (run `kg build PLAN --out DIR` first)")
    if p.is_file():
        if p.suffix not in (".ttl", ".nt", ".turtle"):
            raise GraphError(f"{p}: expected a .ttl graph written by `kg build`")
        sibling = p.with_suffix(".oxigraph")
        marker = sibling / _MARKER
        if marker.exists():
            try:
                meta = json.loads(marker.read_text(encoding="utf-8"))
                if meta.get("sha1") == hashlib.sha1(p.read_bytes()).hexdigest():
                    return GraphStore(ox.Store.read_only(str(sibling)), [p])
            except (OSError, ValueError):
                pass
        store = ox.Store()
        _load_turtle(store, [p])
        return GraphStore(store, [p])
    if (p / _MARKER).exists():
        meta = _marker(p)
        return GraphStore(ox.Store.read_only(str(p)), [p], union=bool(meta.get("corpus")))
    if (p / CORPUS_STORE / _MARKER).exists():
        return GraphStore(ox.Store.read_only(str(p / CORPUS_STORE)), [p], union=True)
    files = sorted(p.glob("*.ttl"))
    if not files:
        raise GraphError(f"{p}: a directory with no .ttl graph in it")
    store = ox.Store()
    _load_turtle(store, files)
    return GraphStore(store, files)
