"""The code stays ruff-clean and type-checks (mypy) — run as part of the tests so CI enforces it."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_ruff_clean() -> None:
    p = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_mypy_clean() -> None:
    p = subprocess.run([sys.executable, "-m", "mypy", "extract", "kg"], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr
