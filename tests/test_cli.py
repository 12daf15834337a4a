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


def test_a_tables_rows_under_no_heading_name_their_task(tmp_path) -> None:
    # a duty table pasted with no heading over it: the row's task cell is the task of its units' duties
    plan = tmp_path / "table.txt"
    plan.write_text("县2024年重点工作任务分解表\n序号\t工作任务\t牵头单位\t配合单位\n"
                    "1\t新增规模以上工业企业10家\t县工信局\t县发改局\n2\t完成造林面积2万亩\t县林业局\t各乡镇\n",
                    encoding="utf-8")
    run_kg("build", str(plan), "-o", str(tmp_path), "--no-html", "-q")
    ttl = str(tmp_path / "table.ttl")
    rows = run_kg("duties", "--graph", ttl, "--format", "csv").stdout.splitlines()
    assert any(r.startswith("县工信局,lead,3,新增规模以上工业企业10家,") for r in rows), rows
    assert any(r.startswith("各乡镇,co,4,完成造林面积2万亩,") for r in rows), rows
    text = run_kg("duties", "县发改局", "--graph", ttl).stdout
    assert "[co] 新增规模以上工业企业10家  (line 3)" in text and "lead: 县工信局" in text
    assert "▸" not in text  # no heading: no empty section line
