"""Writing an output file atomically: whole or not at all, and with the usual permissions.

Every file kg writes outside a build's folder (a ledger, a chart, an export, a corpus manifest, the
record of the last build) goes through :func:`write_atomic`; a build's files are written in a
temporary folder moved into place (:func:`kg.store.atomic_dir`).  Both create their files with a
plain ``open()``, so a file ends with the mode any other file of the user gets (0666 less the umask:
0644 under the usual umask 022), never the 0600 of ``tempfile.mkstemp``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from extract.errors import OutputError

__all__ = ["write_atomic"]


def write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    """Write ``path`` by calling ``write`` on a temporary path beside it, moved into place only when complete.

    A failure leaves any earlier file as it was and no temporary file behind; an ``OSError`` (read-only
    folder, full disk) becomes an :class:`OutputError` naming ``path``.  ``write`` creates the temporary file
    itself (``open``, ``Path.write_text``, a library's ``save``), so it gets the umask's permissions.
    """
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    tmp = path.with_name(f".{path.name}.kg-{os.getpid()}-{threading.get_ident()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        os.replace(tmp, path)
    except OSError as e:
        raise OutputError(f"{path}: cannot write here ({e.strerror or type(e).__name__})") from None
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)
