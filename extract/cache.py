"""A warm cache of extractions, keyed by the file's bytes and the extractor's own code.

Re-building an unchanged plan with unchanged code loads the records from
``$KG_CACHE_DIR`` (default ``~/.cache/kg``) instead of starting spaCy (0.6 s of import
alone).  Any change to the file, to ``extract/*.py`` or to its resources changes the key.
Set ``KG_CACHE_DIR=off`` (or pass ``use_cache=False``) to disable it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from .records import Extraction

__all__ = ["cache_dir", "code_version", "load", "store"]

_FORMAT = 1


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the extractor's source and resources (changes whenever extraction may change)."""
    h = hashlib.sha1(str(_FORMAT).encode())
    here = Path(__file__).resolve().parent
    for p in sorted(here.glob("*.py")) + sorted((here / "resources").glob("*")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path | None:
    env = os.environ.get("KG_CACHE_DIR")
    if env is not None and env.strip().lower() in ("", "0", "off", "no", "false"):
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def _path(sha1: str, name: str) -> Path | None:
    d = cache_dir()
    if d is None:
        return None
    key = hashlib.sha1(f"{sha1}\0{name}\0{code_version()}".encode()).hexdigest()
    return d / f"extract-{key}.pickle"


def load(sha1: str, name: str) -> Extraction | None:
    p = _path(sha1, name)
    if p is None or not p.exists():
        return None
    try:
        with p.open("rb") as f:
            obj = pickle.load(f)
    except Exception:  # a damaged or foreign cache entry is simply ignored
        return None
    return obj if isinstance(obj, Extraction) else None


def store(sha1: str, name: str, ex: Extraction) -> None:
    p = _path(sha1, name)
    if p is None:
        return
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(ex, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, p)
    except OSError:
        pass  # a cache that cannot be written is not an error
