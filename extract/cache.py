"""A warm cache of extractions, keyed by the file's bytes and the extractor's own code.

Re-building an unchanged plan with unchanged code loads the records from
``$KG_CACHE_DIR`` (default ``~/.cache/kg``) instead of importing spaCy and extracting: on the
example ``extract()`` takes 0.25 s of CPU, imports included, instead of 0.93 s, and the whole
``kg build`` 0.9 s instead of 1.6 s (bench/bench_build.py, section 5, warm / cold).  Any change to the file, to ``extract/`` (code or resources),
to the versions of the libraries extraction reads and segments with, or to Python's, changes the
key.  Set ``KG_CACHE_DIR=off`` (or pass ``use_cache=False``) to disable it.

Entries are pickles, so an entry is only unpickled once it is proven to be ours: each is signed
with an HMAC-SHA256 keyed by a per-user secret (``$KG_CACHE_KEY``, default
``~/.config/kg/cache-key``: 32 random bytes, mode 0600, in a 0700 folder, owned by this user, kept
apart from the cache folder so that whoever can write the cache cannot also sign for it).  A
planted or altered entry fails the signature and is ignored without being unpickled.  The signed
header also names the document's SHA-1 and the code version; an entry for another document or
another version of the code (a renamed or copied file) is ignored too.  The cache folder is
created 0700.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import stat
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from .records import Extraction

__all__ = ["cache_dir", "code_version", "key_path", "load", "store"]

_FORMAT = 2
_MAGIC = b"KGX2"
_SIG = 32  # bytes of an HMAC-SHA256


#: libraries whose behaviour is part of an extraction: segmentation, encoding detection, PDF text
_LIBRARIES = ("jieba", "spacy", "charset-normalizer", "pdfminer.six")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of what an extraction depends on besides the file: the extractor's source and resources,
    the versions of the libraries it reads and segments with, and Python's."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha1(str(_FORMAT).encode())
    here = Path(__file__).resolve().parent
    for p in sorted(here.glob("*.py")) + sorted(x for x in (here / "resources").rglob("*") if x.is_file()):
        h.update(str(p.relative_to(here)).encode())
        h.update(p.read_bytes())
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}={version(lib)}".encode())
        except PackageNotFoundError:
            h.update(f"{lib}=absent".encode())
    h.update(f"python={sys.version_info[0]}.{sys.version_info[1]}".encode())
    return h.hexdigest()[:16]


def cache_dir() -> Path | None:
    env = os.environ.get("KG_CACHE_DIR")
    if env is not None and env.strip().lower() in ("", "0", "off", "no", "false"):
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def key_path() -> Path:
    """Where the per-user signing key lives (``$KG_CACHE_KEY``, default ``~/.config/kg/cache-key``)."""
    env = os.environ.get("KG_CACHE_KEY")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "kg" / "cache-key"


def _private(st: os.stat_result) -> bool:
    """Owned by this user and unreadable by anyone else."""
    owner_ok = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return owner_ok and not (st.st_mode & 0o077)


def _key(create: bool) -> bytes | None:
    """The signing key; created (0600) when asked and missing; None when absent or not private."""
    p = key_path()
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        if not create:
            return None
        try:
            p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(os.urandom(32))
        except FileExistsError:
            pass  # another build made it meanwhile
        except OSError:
            return None
        return _key(create=False)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode) or not _private(st):
            return None  # a key others can read (or replace) signs nothing
        key = f.read(64)
    return key if len(key) == 32 else None


def _path(sha1: str, name: str) -> Path | None:
    d = cache_dir()
    if d is None:
        return None
    key = hashlib.sha1(f"{sha1}\0{name}\0{code_version()}".encode()).hexdigest()
    return d / f"extract-{key}.pickle"


def _header(sha1: str, name: str) -> bytes:
    return json.dumps({"sha1": sha1, "name": name, "code": code_version()}, sort_keys=True).encode("utf-8")


def load(sha1: str, name: str) -> Extraction | None:
    """The cached extraction of the document with this SHA-1, if a genuine entry for it exists."""
    p = _path(sha1, name)
    if p is None or not p.exists():
        return None
    key = _key(create=False)
    if key is None:
        return None
    try:
        data = p.read_bytes()
    except OSError:
        return None
    head = _header(sha1, name)
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + _SIG + 4:
        return None
    sig = data[len(_MAGIC):len(_MAGIC) + _SIG]
    n = int.from_bytes(data[len(_MAGIC) + _SIG:len(_MAGIC) + _SIG + 4], "big")
    body = data[len(_MAGIC) + _SIG + 4:]
    if body[:n] != head:  # written for another document, name or code version
        return None
    if not hmac.compare_digest(sig, hmac.new(key, body, hashlib.sha256).digest()):
        return None  # planted or altered: never unpickled
    try:
        obj = pickle.loads(body[n:])
    except Exception:  # a damaged entry is simply ignored
        return None
    if not isinstance(obj, Extraction) or obj.document.sha1 != sha1:
        return None
    return obj


def store(sha1: str, name: str, ex: Extraction) -> None:
    p = _path(sha1, name)
    if p is None:
        return
    try:
        if not p.parent.exists():
            p.parent.mkdir(parents=True, mode=0o700)
        key = _key(create=True)
        if key is None:
            return
        head = _header(sha1, name)
        body = head + pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL)
        sig = hmac.new(key, body, hashlib.sha256).digest()
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(_MAGIC + sig + len(head).to_bytes(4, "big") + body)
        os.replace(tmp, p)
    except OSError:
        pass  # a cache that cannot be written is not an error
