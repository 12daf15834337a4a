"""``kg build``'s page: the explorer of the graph just built (see :mod:`kg.views.explorer`)."""

from __future__ import annotations

from pathlib import Path

from ..store import GraphStore, open_store
from .explorer import write_page

__all__ = ["write_html", "write_html_from_triples"]


def write_html(ttl: Path, path: Path) -> None:
    """Write the explorer page of the built graph ``ttl`` to ``path``."""
    write_page(open_store(ttl), path)


def write_html_from_triples(triples_text: str, path: Path) -> None:
    """Write the explorer page of a graph given as Turtle text (loaded into memory)."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(triples_text.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    write_page(GraphStore(store, [path]), path)
