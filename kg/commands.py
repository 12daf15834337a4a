"""Analysis commands (leads, overload, chain, query, check, serve) registered on the CLI."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

__all__ = ["register"]


def register(sub: Any, add_graph: Callable[[argparse.ArgumentParser], None],
             add_format: Callable[..., None], graph_path: Callable[[argparse.Namespace], str]) -> None:
    """Add the analysis commands to the ``kg`` parser."""
    return None
