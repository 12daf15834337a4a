"""The explorer page of a built graph: the analysis it shows is run here, and handed to the view.

:mod:`kg.views.explorer` turns analysis results into the page (it opens no store and runs no query);
this module is its caller for ``kg build`` (one plan or a corpus) and ``kg serve``: it runs the
analysis on a store and writes the page to a path.
"""

from __future__ import annotations

from pathlib import Path

from .analysis import actions, duty_lists, load, overload, teams
from .lists import plan_titles
from .store import GraphStore, open_store
from .views.explorer import explorer_data, page_html

__all__ = ["explorer_page", "write_html", "write_html_from_triples", "write_page"]


def explorer_page(store: GraphStore) -> str:
    """The explorer page of a built graph, as text."""
    plan = load(store)
    titles = plan_titles(store)
    return page_html(explorer_data(duty_lists(plan), overload(plan), actions(plan), teams(plan),
                                   title=titles[0] if len(titles) == 1 else ""))


def write_page(store: GraphStore, path: Path) -> None:
    """Write the explorer page of ``store`` to ``path`` (UTF-8)."""
    path.write_text(explorer_page(store), encoding="utf-8")


def write_html(ttl: Path, path: Path) -> None:
    """Write the explorer page of the built graph ``ttl`` to ``path``."""
    write_page(open_store(ttl), path)


def write_html_from_triples(triples_text: str, path: Path) -> None:
    """Write the explorer page of a graph given as N-Triples or Turtle text (loaded into memory)."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(triples_text.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    write_page(GraphStore(store, [path]), path)
