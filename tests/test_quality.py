"""Extraction quality, scored through the CLI against hand-annotated gold (floors of issue #2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import DATA, DEV_PLANS, EXAMPLE_GOLD, run_kg
from .scoring import load_gold, read_csv, score

FLOORS = {"units": 0.98, "roles": 0.97, "headings": 0.98, "indicators": 0.90, "indicators_measure": 0.85}


def _score_cli(plan: Path, gold: Path, out: Path, env: dict[str, str]) -> dict[str, float]:
    run_kg("build", str(plan), "--out", str(out), env=env)
    ttl = out / (plan.stem + ".ttl")
    duties = read_csv(run_kg("duties", "--graph", str(ttl), "--format", "csv").stdout)
    tasks = read_csv(run_kg("tasks", "--graph", str(ttl), "--format", "csv").stdout)
    inds = read_csv(run_kg("indicators", "--graph", str(ttl), "--format", "csv").stdout)
    return score(load_gold(gold), duties, tasks, inds)


def test_example_plan_meets_the_floors(example_graph: Path) -> None:
    ttl = str(example_graph)
    duties = read_csv(run_kg("duties", "--graph", ttl, "--format", "csv").stdout)
    tasks = read_csv(run_kg("tasks", "--graph", ttl, "--format", "csv").stdout)
    inds = read_csv(run_kg("indicators", "--graph", ttl, "--format", "csv").stdout)
    figures = score(load_gold(EXAMPLE_GOLD), duties, tasks, inds)
    for part, floor in FLOORS.items():
        assert figures[part] >= floor, f"{part} F1 {figures[part]:.3f} < {floor} ({figures})"


def test_csv_columns_start_as_promised(example_graph: Path) -> None:
    ttl = str(example_graph)
    heads = {
        "tasks": "line,kind,number,title,parent_line",
        "duties": "unit,role,line,task",
        "indicators": "line,name,value,measure,bound,year",
    }
    for cmd, start in heads.items():
        first = run_kg(cmd, "--graph", ttl, "--format", "csv").stdout.splitlines()[0]
        assert first.startswith(start), (cmd, first)


@pytest.mark.parametrize("plan", DEV_PLANS, ids=lambda p: p.stem)
def test_other_governments_roles(plan: Path, tmp_path: Path, cache_env: dict[str, str]) -> None:
    gold = DATA / "dev" / "gold" / (plan.stem + ".jsonl")
    figures = _score_cli(plan, gold, tmp_path, cache_env)
    assert figures["roles"] >= 0.85, figures


def test_gbk_file_gives_the_same_graph_content(tmp_path: Path, cache_env: dict[str, str]) -> None:
    from .conftest import EXAMPLE

    gbk = tmp_path / "plan-gbk.txt"
    gbk.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    figures = _score_cli(gbk, EXAMPLE_GOLD, tmp_path / "out", cache_env)
    for part, floor in FLOORS.items():
        assert figures[part] >= floor, (part, figures)
