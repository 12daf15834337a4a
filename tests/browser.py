"""Shared helpers for the browser tests: Debian's Chromium driven by Playwright (no browser download)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser"):
        p = shutil.which(name)
        if p:
            return p
    if os.environ.get("CI"):
        pytest.fail("Debian's chromium is not installed: .ci/run installs it with scripts/setup-test-env.sh")
    pytest.skip("Debian's chromium is not installed (run scripts/setup-test-env.sh as root to install it)")


#: the Playwright driver and the browser, launched by the first test that asks (about a second) and shared
_SHARED: list[Any] = []


@contextmanager
def browser() -> Iterator[Any]:
    """Debian's Chromium, launched once and shared by the tests; each page a test opens is in a browser
    context of its own (``new_page`` makes one), and the contexts are closed when the test ends."""
    exe = chromium_path()
    if not _SHARED:
        from playwright.sync_api import sync_playwright

        p = sync_playwright().start()
        _SHARED.extend((p, p.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)))
    b = _SHARED[1]
    try:
        yield b
    finally:
        for context in list(b.contexts):
            context.close()


def close_browser() -> None:
    """Close the shared browser and its driver (if a test started them)."""
    if _SHARED:
        p, b = _SHARED
        _SHARED.clear()
        b.close()
        p.stop()


@contextmanager
def served(graph: Path, *extra: str) -> Iterator[str]:
    """Run `kg serve --port 0` on the graph; yield its base URL."""
    p = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(graph), "--port", "0", *extra],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert p.stdout is not None
        line = p.stdout.readline()
        if "http://" not in line:
            raise AssertionError(f"kg serve did not start: {line} {p.stderr.read() if p.stderr else ''}")
        url = line.split("http://", 1)[1].split("/", 1)[0]
        yield f"http://{url}"
    finally:
        p.terminate()
        try:
            p.communicate(timeout=5)  # also closes the pipes
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
        time.sleep(0.05)
