"""Text -> typed records: structure, unit mentions, roles, indicators (no RDF here).

Public API::

    from extract import extract, extract_text
    ex = extract("plan.txt")          # -> Extraction
    ex.headings, ex.duties, ex.indicators, ex.units, ex.teams

Names are imported on first use, so ``import extract.errors`` stays cheap for the CLI.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = [
    "Duty",
    "Extraction",
    "ExtractionError",
    "Heading",
    "Indicator",
    "InputError",
    "KGError",
    "Role",
    "SourceSpan",
    "Unit",
    "WorkTeam",
    "extract",
    "extract_text",
]

_WHERE = {
    "extract": ".pipeline",
    "extract_text": ".pipeline",
    "ExtractionError": ".errors",
    "InputError": ".errors",
    "KGError": ".errors",
}


def __getattr__(name: str) -> Any:
    if name in __all__:
        module = import_module(_WHERE.get(name, ".records"), __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
