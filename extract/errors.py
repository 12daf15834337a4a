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

import logging
import os
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["ExtractionError", "GraphError", "InputError", "KGError", "OutputError", "QueryError", "QueryForbidden",
           "QueryTimeout", "guarded"]

_log = logging.getLogger(__name__)
T = TypeVar("T")


def guarded(step: Callable[..., T], *args: object, where: str = "", **kwargs: Any) -> tuple[T | None, str | None]:
    """``(step(*args, **kwargs), None)``, or ``(None, "IndexError in line_clauses")`` when it fails: a fault of one of
    kg's readers must not lose the whole plan, so the caller says it (W105) and reads on; the traceback goes to the
    log. ``KG_RAISE=1`` raises instead (the tests run so, that a fault shows as a failure, not as lower figures)."""
    try:
        return step(*args, **kwargs), None
    except Exception as e:
        if os.environ.get("KG_RAISE"):
            raise
        name = getattr(step, "__name__", "a reader")
        _log.warning("%s%s failed", f"{where}: " if where else "", name, exc_info=True)
        return None, f"{type(e).__name__} in {name}"


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
