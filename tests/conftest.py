from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# a reader's fault raises in the tests (it is said as W105 and skipped for a user): figures must not drop quietly
os.environ.setdefault("KG_RAISE", "1")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLE = ROOT / "kg" / "resources" / "examples" / "linxiang-2024-eight-actions.txt"
EXAMPLE_GOLD = DATA / "linxiang-2024-eight-actions.jsonl"
DEV_PLANS = sorted((DATA / "dev" / "plans").glob("*.txt"))


def _restore_env(saved: dict[str, str | None]) -> None:
    """Put back the environment variables ``saved`` holds (None: the variable was not set)."""
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def run_kg(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
           check: bool = True, fresh: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the CLI's ``main`` with these arguments and environment, its output and exit code as a
    process's.  In this interpreter (the library's entry point, without the cost of starting Python
    and importing rdflib for each of a hundred calls); ``fresh=True`` (or a working directory) starts
    a new interpreter as a user's shell does, for what only a process shows."""
    if fresh or cwd is not None:
        e = dict(os.environ)
        e.update(env or {})
        p = subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd, env=e)
    else:
        p = _run_in_process(list(args), env or {})
    if check and p.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({p.returncode}): {p.stderr}")
    return p


def _run_in_process(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from kg.cli import main

    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(args)
            except SystemExit as ex:  # argparse's usage errors and --version
                code = ex.code if isinstance(ex.code, int) else (0 if ex.code is None else 2)
    finally:
        _restore_env(saved)
    texts = []
    for stream in (out, err):
        stream.flush()
        texts.append(stream.buffer.getvalue().decode("utf-8"))  # type: ignore[attr-defined]
    return subprocess.CompletedProcess(["kg", *args], int(code or 0), texts[0], texts[1])


def edited_example(path: Path) -> Path:
    """A copy of the example with five edits (a next year's version), for `kg diff`; also README's linxiang-2025.txt."""
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")

    def sub(n: int, a: str, b: str) -> None:
        assert a in lines[n - 1], (n, a)
        lines[n - 1] = lines[n - 1].replace(a, b, 1)

    sub(56, "(市住建局牵头,市自然资源局、市科工局按职责分工负责)", "(市住建局牵头,市自然资源局按职责分工负责)")
    sub(57, "(市发改局牵头,临湘高新区、市交通运输局、", "(市交通运输局牵头,临湘高新区、市发改局、")
    sub(58, "3.文化旅游。", "3.文化旅游产业。")
    sub(13, "高新技术企业达到95家", "高新技术企业达到100家")
    lines.insert(59, "5.数字经济。培育数据要素市场,发展数字经济核心产业。(市数据局牵头)")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


#: where kg would write (or read) a user's own files when no KG_* variable says otherwise
HOME_VARIABLES = ("HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")


def _state_file_of(env: dict[str, str]) -> Path:
    """The last-build record a `kg build` run with ``env`` but without KG_STATE_DIR writes."""
    home = Path(env.get("HOME") or Path.home())
    return Path(env.get("XDG_STATE_HOME") or home / ".local" / "state") / "kg" / "last-build.json"


@pytest.fixture(scope="session", autouse=True)
def _state_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test writes the user's own files.  `kg build` records what it wrote (the default graph of later
    commands) in the session's KG_STATE_DIR; and HOME and the XDG folders point into the session's temporary
    folder, so a process that loses KG_STATE_DIR on the way (a subprocess given an environment of its own, a
    notebook's kernel) writes there, not in the user's home.  At the end, nothing may have been recorded there,
    and the user's own record may not name anything of this session's."""
    real = _state_file_of(dict(os.environ))
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("KG_STATE_DIR", *HOME_VARIABLES)}
    os.environ["KG_STATE_DIR"] = str(tmp_path_factory.mktemp("kg-state"))
    os.environ.update({"HOME": str(home), "XDG_STATE_HOME": str(home / ".local" / "state"),
                       "XDG_CACHE_HOME": str(home / ".cache"), "XDG_CONFIG_HOME": str(home / ".config"),
                       "XDG_DATA_HOME": str(home / ".local" / "share")})
    try:
        yield
    finally:
        _restore_env(saved)
    stray = _state_file_of({"HOME": str(home), "XDG_STATE_HOME": str(home / ".local" / "state")})
    assert not stray.exists(), (f"a test ran `kg build` without KG_STATE_DIR: it recorded "
                                f"{stray.read_text(encoding='utf-8')} in {stray}, which outside the tests is the "
                                "user's own record")
    try:
        recorded = real.read_text(encoding="utf-8")
    except OSError:
        recorded = ""
    base = str(tmp_path_factory.getbasetemp().resolve())
    assert base not in recorded, f"a test wrote the user's {real}: {recorded}"


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
