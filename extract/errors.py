"""The exception tree shared by every stage.

::

    KGError                 anything a user can cause; the CLI prints it on one line, exit 2
    ├── InputError          the file cannot be read as a plan (missing, binary, encoding, empty)
    ├── ExtractionError     the text was read but could not be turned into records
    ├── QueryError          a SPARQL query is malformed or failed
    │   ├── QueryTimeout    a query ran longer than allowed
    │   └── QueryForbidden  a query asks for what kg never does (SERVICE: an outbound request)
    ├── GraphError          a graph file or store is missing or damaged
    └── OutputError         an output path cannot be written (read-only, a file, disk full, an input)

Third-party errors are translated into these at the boundary.
"""

from __future__ import annotations

__all__ = ["ExtractionError", "GraphError", "InputError", "KGError", "OutputError", "QueryError", "QueryForbidden",
           "QueryTimeout"]


class KGError(Exception):
    """Base of every error a user can cause; ``str(err)`` is one readable line."""

    code = "KG000"

    def __str__(self) -> str:
        return f"{self.code}: {super().__str__()}"


class InputError(KGError):
    """The input file cannot be read as a plan document."""

    code = "KG100"


class ExtractionError(KGError):
    """The text was read but could not be turned into records."""

    code = "KG200"


class GraphError(KGError):
    """A graph file or store is missing, unreadable or not a kg graph."""

    code = "KG300"


class QueryError(KGError):
    """A SPARQL query is malformed or failed."""

    code = "KG400"


class QueryTimeout(QueryError):
    """A query ran longer than the allowed time."""

    code = "KG401"


class QueryForbidden(QueryError):
    """A query asks for something kg never does, such as ``SERVICE`` (a request to another server)."""

    code = "KG402"


class OutputError(KGError):
    """An output path cannot be written: read-only, a file where a folder is needed, disk full, or an input."""

    code = "KG500"
