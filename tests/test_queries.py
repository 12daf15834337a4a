"""Every saved query runs on the example graph and returns rows that agree with the gold."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kg.sparql import saved_queries

from .conftest import EXAMPLE, EXAMPLE_GOLD, run_kg
from .scoring import load_gold, norm_unit, read_csv

GOLD = load_gold(EXAMPLE_GOLD)
TEAM = {"convener", "deputy_convener", "member", "office", "leader", "deputy_leader"}
RESP = {(o["line"], norm_unit(r["unit"]), r["role"]) for o in GOLD for r in o.get("responsibilities", [])}


def q(graph: Path, name: str, *extra: str) -> list[dict]:
    return read_csv(run_kg("query", name, "--graph", str(graph), "--format", "csv", *extra).stdout)


def test_there_are_at_least_12_documented_queries() -> None:
    qs = saved_queries()
    assert len(qs) >= 12
    assert all(s.question for s in qs)


def test_leads_by_unit(example_graph: Path) -> None:
    rows = q(example_graph, "leads-by-unit")
    got = {r["unit"]: int(r["leads"]) for r in rows}
    assert got["市商务粮食局"] == len({line for line, u, r in RESP if u == "市商务粮食局" and r == "lead"})
    assert sum(got.values()) == len({(line, u) for line, u, r in RESP if r == "lead"})


def test_duties_of_unit(example_graph: Path) -> None:
    rows = q(example_graph, "duties-of-unit", "--bind", "name=市科工局")
    assert {int(r["line"]) for r in rows} == {line for line, u, _ in RESP if u == "市科工局"}


def test_tasks_without_lead(example_graph: Path) -> None:
    by_line = defaultdict(set)
    for line, _, role in RESP:
        by_line[line].add(role)
    expected = {line for line, roles in by_line.items() if roles & {"co", "shared"} and "lead" not in roles}
    assert {int(r["line"]) for r in q(example_graph, "tasks-without-lead")} == expected


def test_tasks_without_unit(example_graph: Path, tmp_path: Path) -> None:
    # every numbered task of the example names a unit on its line or on a subtask's line ...
    assert q(example_graph, "tasks-without-unit") == []
    # ... and a plan with such a task has it listed (so a broken query cannot pass on an empty answer)
    plan = tmp_path / "gap.txt"
    plan.write_text("一、重点任务\n1.第一项任务。(市发改局牵头)\n2.第二项任务,没有写责任单位。\n3.第三项任务。(市财政局负责)\n",
                    encoding="utf-8")
    run_kg("build", str(plan), "--out", str(tmp_path / "out"), "--no-html", "--no-cache")
    assert [int(r["line"]) for r in q(tmp_path / "out" / "gap.ttl", "tasks-without-unit")] == [3]


def test_units_sharing_most_tasks(example_graph: Path) -> None:
    pairs = Counter()
    by_line = defaultdict(set)
    for line, u, role in RESP:
        if role in ("lead", "co", "shared"):
            by_line[line].add(u)
    for units in by_line.values():
        us = sorted(units)
        for i, a in enumerate(us):
            for b in us[i + 1 :]:
                pairs[(a, b)] += 1
    rows = q(example_graph, "units-sharing-most-tasks")
    assert int(rows[0]["shared_tasks"]) == max(pairs.values())


def test_indicators_and_owners(example_graph: Path) -> None:
    rows = q(example_graph, "indicators-and-owners")
    gold = {(o["line"], norm_unit(r["unit"]), r.get("quota", "")) for o in GOLD for r in o.get("responsibilities", [])
            if r["role"] == "indicator_owner"}
    got = {(int(r["line"]), norm_unit(r["unit"]), r["quota"]) for r in rows}
    # kg names each unit by its entity name; compare on line and quota, and on the name where it is the same
    assert {(line, quota) for line, _, quota in got} == {(line, quota) for line, _, quota in gold}
    assert len(got & gold) >= len(gold) - 2
    assert all(r["indicator"] for r in rows)


def test_team_members(example_graph: Path) -> None:
    rows = q(example_graph, "team-members")
    assert Counter(r["role"] for r in rows) == Counter(r for _, _, r in RESP if r in TEAM)


def test_tasks_per_action(example_graph: Path) -> None:
    rows = q(example_graph, "tasks-per-action")
    annex_of = {}
    current = None
    for o in GOLD:
        if o["kind"] == "annex":
            current = o["number"]
        annex_of[o["line"]] = current
    expected = Counter(annex_of[o["line"]] for o in GOLD if o["kind"] in ("task", "subtask", "subsection")
                       and annex_of[o["line"]])
    assert {r["annex"]: int(r["tasks"]) for r in rows} == dict(expected)


def test_units_in_several_teams(example_graph: Path) -> None:
    teams = defaultdict(set)
    for line, u, role in RESP:
        if role in TEAM:
            teams[u].add(line)
    rows = q(example_graph, "units-in-several-teams")
    got = {r["unit"]: int(r["teams"]) for r in rows}
    assert got["市发改局"] == len(teams["市发改局"])
    assert got["市财政局"] == len(teams["市财政局"])


def test_lead_support_pairs(example_graph: Path) -> None:
    by_line = defaultdict(lambda: defaultdict(set))
    for line, u, role in RESP:
        by_line[line][role].add(u)
    pairs = Counter((a, b) for roles in by_line.values() for a in roles["lead"] for b in roles["co"])
    rows = q(example_graph, "lead-support-pairs")
    assert int(rows[0]["tasks"]) == max(pairs.values())


def test_deadlines(example_graph: Path) -> None:
    rows = q(example_graph, "deadlines")
    text = EXAMPLE.read_text(encoding="utf-8").split("\n")
    assert rows
    for r in rows:
        assert r["due"][:4].isdigit()
    assert any(r["deadline"] == "到2025年" and r["due"] == "2025-12-31" for r in rows)
    assert sum(line.count("到2025年") for line in text) >= sum(r["deadline"] == "到2025年" for r in rows)


def test_unit_aliases(example_graph: Path) -> None:
    rows = {r["unit"]: r["also_written"] for r in q(example_graph, "unit-aliases")}
    assert "市场监督管理局" in rows["市市场监督管理局"]
    assert "羊楼司家居产业发展中心" in rows["市羊楼司家居产业发展中心"]


def test_role_counts(example_graph: Path) -> None:
    rows = {r["role"]: int(r["n"]) for r in q(example_graph, "role-counts")}
    assert rows == dict(Counter(r for _, _, r in RESP))


def test_collective_duties(example_graph: Path) -> None:
    rows = q(example_graph, "collective-duties")
    expected = {(line, u) for line, u, _ in RESP
                if (u.startswith(("各", "属地")) or "成员单位" in u) and not u.endswith(("长", "主任", "负责人"))}
    assert {(int(r["line"]), r["collective"]) for r in rows} >= {(line, u) for line, u in expected if u != "各牵头单位"}


def test_targets_by_year(example_graph: Path) -> None:
    rows = q(example_graph, "targets-by-year")
    gold = {(o["line"], i["year"]) for o in GOLD for i in o.get("indicators", []) if i.get("year")}
    got = {(int(r["line"]), r["year"]) for r in rows}
    assert len(gold & got) / len(gold) > 0.8


@pytest.mark.parametrize("name", [s.name for s in saved_queries()])
def test_every_saved_query_answers_with_rows(example_graph: Path, name: str) -> None:
    extra = ("--bind", "name=市发改局") if name == "duties-of-unit" else ()
    rows = q(example_graph, name, *extra)
    if name != "tasks-without-unit":
        assert rows, name
