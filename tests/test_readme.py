"""Every README example of a `kg` command with its output is the real output of that command.

A fenced block whose lines start with ``$ kg`` is a terminal session: each ``$`` line is run in a
scratch directory (``kg ARGS``, optionally ``| head -N``, by the CLI's ``main`` in this process, as
tests/conftest.py's ``run_kg`` does; anything else with bash), stdout then stderr as a terminal shows
them, and what follows it up to the next ``$`` line is compared with what the command printed.  The
scratch directory itself is made by a real ``kg build`` process.  The blocks of one section
run in order, and each section starts right after ``kg build`` of the bundled example (the state the
README's first example leaves); a section may build more (the corpus one does).  Only what must vary is normalised: the scratch directory reads
as ``/home/me`` and a build's duration as ``in N s``.

``KG_UPDATE_README=1 pytest tests/test_readme.py`` writes the real outputs into README.md (review the
diff before committing).  The ``kg push`` session (it starts with ``$ export``) needs a Virtuoso
with a login and is not run here; tests/test_push.py checks push and ``--endpoint`` on a real one.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import DATA, EXAMPLE, ROOT, _run_in_process, edited_example

README = ROOT / "README.md"
HOME = "/home/me"


@dataclass
class Example:
    command: str
    output: str
    start: int  # where the output starts and ends in the README text
    end: int


def sessions(text: str) -> list[list[Example]]:
    """The terminal sessions of a Markdown text: the ``$ kg …`` blocks of each section, in order."""
    out: list[list[Example]] = []
    section = -1
    for block in re.finditer(r"^```[a-z]*\n(.*?)^```$", text, flags=re.S | re.M):
        body, base = block.group(1), block.start(1)
        if not body.startswith("$ kg"):
            continue
        prompts = list(re.finditer(r"^\$ (.*)\n?", body, flags=re.M))
        examples = []
        for i, m in enumerate(prompts):
            end = prompts[i + 1].start() if i + 1 < len(prompts) else len(body)
            output = body[m.end():end]
            trimmed = output.rstrip("\n")  # a blank line may separate two commands
            examples.append(Example(m.group(1), trimmed, base + m.end(), base + m.end() + len(trimmed)))
        here = text.rfind("\n#", 0, block.start())
        if here != section:
            out.append([])
            section = here
        out[-1].extend(examples)
    return out


def normalise(text: str, scratch: Path | None = None) -> str:
    if scratch is not None:
        text = text.replace(str(scratch), HOME)
    return re.sub(r"\bin \d+(?:\.\d+)? s\b", "in N s", text).rstrip("\n")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory, cache_env: dict[str, str]) -> tuple[Path, dict[str, str]]:
    """A directory as after `kg build`, with the files the examples name; the environment to run in."""
    home = tmp_path_factory.mktemp("readme")
    env = dict(os.environ) | cache_env | {"KG_STATE_DIR": str(home / ".state"),
                                          "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
                                          "COLUMNS": "200", "LC_ALL": "C.UTF-8"}
    shutil.copytree(DATA / "offices" / "plans", home / "tests" / "data" / "offices" / "plans")
    shutil.copy(EXAMPLE, home / EXAMPLE.name)
    edited_example(home / "linxiang-2025.txt")
    subprocess.run(["kg", "build"], cwd=home, env=env, check=True, capture_output=True)
    shutil.copytree(home / ".state", home / ".state-after-build")
    return home, env


def run(command: str, home: Path, env: dict[str, str]) -> str:
    """What a terminal shows for ``command``: ``kg ARGS`` (optionally ``| head -N``) runs the CLI's ``main`` in
    this process, in ``home`` with ``env`` (no interpreter to start for each of the examples); anything else
    runs with bash."""
    import shlex

    words = shlex.split(command, comments=True)
    head = None
    if len(words) > 3 and words[-3:-1] == ["|", "head"] and re.fullmatch(r"-\d+", words[-1]):
        words, head = words[:-3], int(words[-1][1:])
    if words[:1] == ["kg"] and not set("|;&<>$`*?") & set("".join(words)):
        return _in_process(words[1:], home, env, head)
    # a newline before the brace: a README command may end with a # comment
    p = subprocess.run(["bash", "-c", f"{{ {command}\n}} 2>&1"], cwd=home, env=env, capture_output=True, text=True)
    assert not p.stderr, f"{command}: {p.stderr}"
    return p.stdout


def _in_process(args: list[str], home: Path, env: dict[str, str], head: int | None) -> str:
    keys = ("KG_STATE_DIR", "KG_CACHE_DIR", "COLUMNS")
    saved, here = {k: os.environ.get(k) for k in keys}, Path.cwd()
    os.environ.update({k: env[k] for k in keys})
    os.chdir(home)
    try:
        p = _run_in_process(args, {})
    finally:
        os.chdir(here)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    out = p.stdout if head is None else "".join(p.stdout.splitlines(keepends=True)[:head])
    return out + p.stderr


def test_the_readme_has_terminal_sessions() -> None:
    found = sessions(README.read_text(encoding="utf-8"))
    commands = [e.command.split()[1] for s in found for e in s]
    assert len(commands) >= 15 and {"build", "duties", "leads", "overload", "chain", "diff", "query"} <= set(commands)


def test_every_readme_example_is_the_real_output(scratch: tuple[Path, dict[str, str]]) -> None:
    home, env = scratch
    text = README.read_text(encoding="utf-8")
    wrong, updates = [], []
    for session in sessions(text):
        shutil.rmtree(home / ".state")
        shutil.copytree(home / ".state-after-build", home / ".state")
        for ex in session:
            got = run(ex.command, home, env)
            if normalise(got, home) != normalise(ex.output):
                wrong.append(f"$ {ex.command}\n--- README\n{ex.output}\n--- real\n{normalise(got, home)}")
                real = got.replace(str(home), HOME).rstrip("\n")
                updates.append((ex, real if ex.output or not real else real + "\n"))
    if wrong and os.environ.get("KG_UPDATE_README"):
        for ex, got in sorted(updates, key=lambda u: -u[0].start):
            text = text[:ex.start] + got + text[ex.end:]
        README.write_text(text, encoding="utf-8")
    assert not wrong, f"{len(wrong)} README examples differ from the real output:\n\n" + "\n\n".join(wrong)
