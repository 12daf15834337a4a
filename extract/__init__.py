"""Text -> typed records: structure, unit mentions, roles, indicators (no RDF here).

Public API::

    from extract import extract, extract_text
    ex = extract("plan.txt")          # -> Extraction
    ex.headings, ex.duties, ex.indicators, ex.units, ex.teams
"""

from .errors import ExtractionError, InputError, KGError
from .pipeline import extract, extract_text
from .records import Duty, Extraction, Heading, Indicator, Role, SourceSpan, Unit, WorkTeam

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
