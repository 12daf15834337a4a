"""The public API of ``kg`` behaves like one: names stay what they are, and the version is known."""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

import pytest

import kg
from kg.cli import main

from .conftest import EXAMPLE


def test_build_can_be_called_twice_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  cache_env: dict[str, str]) -> None:
    # kg/build.py once shadowed kg.build after its first use: the second call raised TypeError
    monkeypatch.setenv("KG_CACHE_DIR", cache_env["KG_CACHE_DIR"])
    first = kg.build(EXAMPLE, tmp_path / "a", html=False)
    second = kg.build(EXAMPLE, tmp_path / "b", html=False)
    assert callable(kg.build)
    assert first.triples == second.triples > 1000
    assert second.ttl == tmp_path / "b" / "linxiang-2024-eight-actions.ttl" and second.ttl.exists()


@pytest.mark.parametrize("package", ["kg", "extract"])
def test_no_public_name_is_also_a_module(package: str) -> None:
    # importing a submodule sets it as an attribute of the package, replacing a public function of that name
    pkg = importlib.import_module(package)
    for name in pkg.__all__:
        assert importlib.util.find_spec(f"{package}.{name}") is None, \
            f"{package}/{name}.py shadows {package}.{name}: rename it {package}/_{name}.py"
        assert callable(getattr(pkg, name)), name


def test_build_result_prints_as_one_short_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               cache_env: dict[str, str]) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", cache_env["KG_CACHE_DIR"])
    res = kg.build(EXAMPLE, tmp_path, html=False)
    text = repr(res)
    assert "\n" not in text and len(text) < 300, text[:500]
    assert text.startswith("BuildResult(") and f"triples={res.triples}" in text
    assert f"duties={len(res.extraction.duties)}" in text and "html=None" in text


def test_version_comes_from_the_package_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    expected = importlib.metadata.version("kg")
    assert kg.__version__ == expected
    for flag in ("--version", "-V"):
        with pytest.raises(SystemExit) as stop:
            main([flag])
        assert stop.value.code in (0, None)
        assert capsys.readouterr().out == f"kg {expected}\n"


def test_build_beside_other_threads_writes_the_page_without_forking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   cache_env: dict[str, str]) -> None:
    """A notebook or a server has threads: a fork there can deadlock, so the page is drawn in-process."""
    import multiprocessing
    import threading

    monkeypatch.setenv("KG_CACHE_DIR", cache_env["KG_CACHE_DIR"])
    forks: list[str] = []
    real = multiprocessing.get_context
    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: forks.append(str(method)) or real(method))
    busy = threading.Event()
    other = threading.Thread(target=busy.wait, daemon=True)
    other.start()
    try:
        res = kg.build(EXAMPLE, tmp_path, html=True)
    finally:
        busy.set()
        other.join()
    assert "fork" not in forks
    assert res.html is not None and "vis-network" in res.html.read_text(encoding="utf-8")
