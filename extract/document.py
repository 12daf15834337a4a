"""The document record: its id, source, text and lines, and what its header says.

:func:`doc_id_for` makes a readable, IRI-safe id from a file name; the same name always gives the
same id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from .read import RawDocument
from .records import DocumentInfo
from .structure import Line, Structure

__all__ = ["doc_id_for", "document_info"]


def doc_id_for(name: str) -> str:
    """A readable, IRI-safe document id from a file name (deterministic)."""
    stem = Path(name).stem
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-")
    if safe != stem or not safe:
        safe = (safe + "-" if safe else "") + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]
    return quote(safe, safe="")


def document_info(raw: RawDocument, norm: str, lines: Sequence[Line], struct: Structure) -> DocumentInfo:
    """The :class:`DocumentInfo` of a document read as ``raw``, with normal form ``norm``."""
    return DocumentInfo(
        doc_id=doc_id_for(raw.name),
        source_name=raw.name,
        sha1=raw.sha1,
        text=raw.text,
        lines=tuple(ln.raw if ln.raw is not None else ln.text for ln in lines),  # as written (a wrapped paragraph whole)
        line_starts=tuple(ln.start for ln in lines),
        number=struct.number,
        issuer=struct.issuer,
        date=struct.date,
        date_span=struct.date_span,
        title=struct.title,
        title_span=struct.title_span,
        locality=struct.locality,
        traditional=norm != raw.text and _mostly_traditional(raw.text, norm),
        source_lines=tuple(ln.source or ln.number for ln in lines) if any(ln.source for ln in lines) else (),
    )


def _mostly_traditional(text: str, norm: str) -> bool:
    """True if the normal form changed more Han characters than stray variants would explain."""
    changed = sum(1 for a, b in zip(text, norm, strict=True) if a != b and "\u4e00" <= a <= "\u9fff")
    return changed > max(10, len(text) // 200)
