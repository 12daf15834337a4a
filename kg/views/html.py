"""The interactive HTML page of a built graph (see kg.views.explorer for the graph view)."""

from __future__ import annotations

from pathlib import Path

from extract.records import Extraction

__all__ = ["write_html"]


def write_html(ex: Extraction, path: Path) -> None:
    from .explorer import page_html

    path.write_text(page_html([ex]), encoding="utf-8")
