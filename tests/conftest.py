from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLE = ROOT / "kg" / "resources" / "examples" / "linxiang-2024-eight-actions.txt"
EXAMPLE_GOLD = DATA / "linxiang-2024-eight-actions.jsonl"
DEV_PLANS = sorted((DATA / "dev" / "plans").glob("*.txt"))


def run_kg(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
           check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would (a fresh interpreter)."""
    e = dict(os.environ)
    e.update(env or {})
    p = subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd, env=e)
    if check and p.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({p.returncode}): {p.stderr}")
    return p


@pytest.fixture(scope="session", autouse=True)
def _state_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """`kg build` records what it wrote (the default graph of later commands): never in the real home."""
    os.environ["KG_STATE_DIR"] = str(tmp_path_factory.mktemp("kg-state"))


@pytest.fixture(scope="session")
def cache_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {"KG_CACHE_DIR": str(tmp_path_factory.mktemp("kg-cache"))}


@pytest.fixture(scope="session")
def example_graph(tmp_path_factory: pytest.TempPathFactory, cache_env: dict[str, str]) -> Path:
    out = tmp_path_factory.mktemp("example")
    run_kg("build", str(EXAMPLE), "--out", str(out), env=cache_env)
    return out / "linxiang-2024-eight-actions.ttl"


@pytest.fixture(scope="session")
def example_extraction():
    from extract import extract

    return extract(EXAMPLE, use_cache=False)
