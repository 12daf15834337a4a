"""Views: query and analysis results turned into text, files and pages.

A view takes results (the dataclasses of :mod:`kg.analysis`, the typed results of :mod:`kg.sparql`,
rows of plain values) and returns text or writes a file; it never reads a plan, opens a store or
runs a query (no extraction, no SPARQL, no networkx).  Its callers do that and hand the results on:
:mod:`kg.cli` and :mod:`kg.commands`, :mod:`kg.server`, :mod:`kg._query` (``kg query``, ``kg.run_query``)
and :mod:`kg._page` (the page ``kg build`` writes).  ``tests/test_static.py`` checks both directions.

::

    format     rows -> table, CSV or JSON text (``--format``)
    results    query results -> text in ``kg query``'s formats
    ledger     a duty list -> its rows, its text and its .xlsx ledger (台账)
    explorer   analysis results -> the interactive page
    plot       the overload ranking -> a PNG chart
"""
