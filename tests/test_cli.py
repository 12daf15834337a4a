"""The CLI: help works, every command is documented in the README."""

from __future__ import annotations

import re

from kg.cli import make_parser

from .conftest import ROOT, run_kg


def _commands() -> list[str]:
    parser = make_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(sub.choices)


def test_help() -> None:
    out = run_kg("--help").stdout
    for cmd in _commands():
        assert cmd in out


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for cmd in _commands():
        assert run_kg(cmd, "--help").returncode == 0
        assert re.search(rf"`kg {cmd}\b", readme), f"README does not document kg {cmd}"


def test_readme_opens_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:12]
    text = "\n".join(head)
    assert "kg build" in text and "pytest" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "setup-test-env.sh" in ci and "pytest -q" in ci


def test_the_readme_sparql_query_runs_on_the_example(example_graph, tmp_path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sparql\n(.*?)```", readme, flags=re.S)
    assert block, "README shows a SPARQL query to copy"
    q = tmp_path / "readme.rq"
    q.write_text(block.group(1), encoding="utf-8")
    out = run_kg("query", str(q), "--graph", str(example_graph), "--format", "csv").stdout
    lines = out.strip().splitlines()
    assert lines[0] == "line,task,clause" and len(lines) > 5
    assert "市发改局牵头" in out
