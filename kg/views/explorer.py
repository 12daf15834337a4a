"""Self-contained explorer page (placeholder layout; replaced by the vis-network page)."""

from __future__ import annotations

import html

from extract.records import Extraction

__all__ = ["page_html"]


def page_html(extractions: list[Extraction]) -> str:
    rows = []
    for ex in extractions:
        for d in ex.duties:
            rows.append(f"<tr><td>{html.escape(d.unit)}</td><td>{d.role.value}</td><td>{d.span.line}</td></tr>")
    return "<!doctype html><meta charset=utf-8><table>" + "".join(rows) + "</table>"
