"""Answers of the analysis commands, checked against numbers derived from the gold annotation."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from .conftest import EXAMPLE, EXAMPLE_GOLD, run_kg
from .scoring import load_gold, norm_unit, read_csv

GOLD = load_gold(EXAMPLE_GOLD)
TEAM_ROLES = {"convener", "deputy_convener", "member", "office", "leader", "deputy_leader"}


@pytest.fixture(scope="module")
def surface_to_entity(example_graph: Path) -> dict[str, str]:
    """Map each written form of a unit to the entity name kg shows (its canonical label)."""
    rows = read_csv(run_kg("duties", "--graph", str(example_graph), "--format", "csv").stdout)
    return {norm_unit(r["unit"]): r["unit_name"] for r in rows}


def _gold_resp(role: str | None = None):
    for o in GOLD:
        for r in o.get("responsibilities", []):
            if role is None or r["role"] == role:
                yield o["line"], norm_unit(r["unit"]), r["role"]


def test_lead_count_of_each_unit_matches_gold(example_graph: Path, surface_to_entity: dict[str, str]) -> None:
    expected = Counter()
    for _line, unit, _ in set(_gold_resp("lead")):
        expected[surface_to_entity[unit]] += 1
    out = json.loads(run_kg("leads", "--graph", str(example_graph), "--format", "json").stdout)
    got = Counter()
    for r in out:
        if r["status"] == "led":
            for u in r["leads"]:
                got[u] += 1
    assert got == expected


def test_tasks_without_lead_match_gold(example_graph: Path) -> None:
    by_line = defaultdict(set)
    for line, _, role in _gold_resp():
        by_line[line].add(role)
    expected = {line for line, roles in by_line.items() if roles & {"co", "shared"} and "lead" not in roles}
    out = json.loads(run_kg("leads", "--graph", str(example_graph), "--format", "json").stdout)
    got = {r["line"] for r in out if r["status"] == "no_lead"}
    assert got == expected


def test_team_members_match_gold(example_graph: Path) -> None:
    expected = Counter(line for line, _, role in set(_gold_resp()) if role in TEAM_ROLES)
    rows = read_csv(run_kg("query", "team-members", "--graph", str(example_graph), "--format", "csv").stdout)
    got = Counter(int(r["line"]) for r in rows)
    assert got == expected


def test_overload_ranks_by_documented_weights(example_graph: Path, surface_to_entity: dict[str, str]) -> None:
    from kg.weights import ROLE_WEIGHTS

    expected = Counter()
    for _, unit, role in set(_gold_resp()):
        expected[surface_to_entity.get(unit, unit)] += ROLE_WEIGHTS[role]
    out = json.loads(run_kg("overload", "--graph", str(example_graph), "--format", "json").stdout)
    got = {r["unit"]: r["score"] for r in out}
    top_gold = max(expected, key=lambda u: expected[u])
    assert out[0]["unit"] == top_gold
    assert got[top_gold] == pytest.approx(expected[top_gold])
    fence = out[0]["fence"]
    assert all(r["outlier"] == (r["score"] > fence) for r in out)
    assert any(r["outlier"] for r in out)


def test_overload_plot_is_a_png(example_graph: Path, tmp_path: Path) -> None:
    png = tmp_path / "load.png"
    run_kg("overload", "--graph", str(example_graph), "--top", "10", "--plot", str(png))
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    from PIL import Image

    with Image.open(png) as im:
        assert im.width > 300 and im.height > 200


def test_duty_list_of_a_unit_by_fragment(example_graph: Path, surface_to_entity: dict[str, str]) -> None:
    expected = {line for line, unit, role in set(_gold_resp()) if surface_to_entity.get(unit) == "市发改局"}
    rows = read_csv(run_kg("duties", "发改局", "--graph", str(example_graph), "--format", "csv").stdout)
    assert {int(r["line"]) for r in rows} == expected
    assert {r["role"] for r in rows} >= {"lead", "co", "shared", "member", "office", "deputy_convener"}


def test_duty_list_table_groups_by_action(example_graph: Path) -> None:
    out = run_kg("duties", "市科工局", "--graph", str(example_graph)).stdout
    assert out.startswith("市科工局")
    assert "■ 创新提升行动实施方案" in out and "source: “" in out


def test_a_duty_list_is_printed_by_its_one_home(example_graph: Path, example_plan) -> None:
    """`kg duties UNIT` prints the duty list's text from kg.views.ledger (the home of its columns, rows and
    ledger), made of the DutyList itself: its counts, then each duty's role, task, line and source, the seats last."""
    from kg.analysis import duty_list
    from kg.views.ledger import duty_list_text

    dl = duty_list(example_plan, "发改局")
    text = duty_list_text(dl)
    assert run_kg("duties", "发改局", "--graph", str(example_graph)).stdout == text
    lines = text.splitlines()
    assert lines[:2] == ["市发改局 (department)", "48 duties: shared 28, co 10, lead 10; 12 team seats"]
    items = [ln.strip() for ln in lines if ln.startswith("    [")]
    assert items == ([f"[{d.role.value}] {d.task}  (line {d.line})" for d in dl.duties]
                     + [f"[{t.role.value}] {t.team}  ({t.plan}, line {t.line})" for t in dl.teams])
    assert [ln.strip() for ln in lines if "source: “" in ln] == [f"source: “{d.quote}”" for d in dl.duties]


def test_role_weights_and_the_overload_columns_are_keyed_by_role(example_graph: Path, example_plan) -> None:
    """Every role has a weight, keyed by the Role enum (as the page's labels and styles are); the overload
    CSV has a column per role in that order, holding the counts of the analysis result."""
    from extract.records import Role
    from kg.analysis import overload
    from kg.views.explorer import ROLE_LABELS, ROLE_STYLE
    from kg.weights import ROLE_WEIGHTS

    assert set(ROLE_WEIGHTS) == set(Role)
    assert all(type(r) is Role for r in (*ROLE_WEIGHTS, *ROLE_LABELS, *ROLE_STYLE))
    out = run_kg("overload", "--graph", str(example_graph), "--format", "csv").stdout
    assert out.splitlines()[0] == ",".join(["unit", "score", "outlier", "kind", "tasks", "partners",
                                            *(r.value for r in ROLE_WEIGHTS), "by_action", "plan"])
    rows = read_csv(out)
    loads = overload(example_plan)
    assert [r["unit"] for r in rows] == [u.unit for u in loads]
    for row, u in zip(rows, loads, strict=True):
        assert {r: int(row[r.value]) for r in Role if row[r.value] != "0"} == u.roles
    table = run_kg("overload", "--graph", str(example_graph)).stdout.splitlines()
    head = next(ln for ln in table if ln.startswith("unit "))
    assert head.split() == ["unit", "score", "outlier", "tasks", "partners", "lead", "co", "shared", "member",
                            "office", "indicator_owner", "plan", "by_action"]


def test_unknown_unit_suggests_names(example_graph: Path) -> None:
    p = run_kg("duties", "发展规划局", "--graph", str(example_graph), check=False)
    assert p.returncode == 2 and "市发改局" in p.stderr and len(p.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def example_plan(example_graph: Path):
    from kg import load_plan, open_store

    return load_plan(open_store(example_graph))


@pytest.mark.parametrize("written", ["市发改局", "发改局", "發改局", "市發改局", "市发展和改革局", "发展和改革局",
                                     "市發展和改革局", "发展改革局", " 市发改局 "])
def test_a_unit_is_found_by_any_written_form_in_either_script(example_plan, written: str) -> None:
    from kg.analysis import duty_list

    assert duty_list(example_plan, written).unit == "市发改局"


@pytest.mark.parametrize(("full", "short"), [("市教育和体育局", "市教体局"), ("市人力资源和社会保障局", "市人社局"),
                                             ("市住房和城乡建设局", "市住建局"), ("市卫生健康局", "市卫健局"),
                                             ("市市场监管局", "市市场监督管理局"), ("市政府办公室", "市政府办")])
def test_the_abbreviation_rule_is_general(example_plan, full: str, short: str) -> None:
    # one rule (same prefix and suffix, characters in order), not a list of this city's units
    from kg.analysis import find_unit

    assert example_plan.G.nodes[find_unit(example_plan, full)]["label"] == short


def test_abbreviation_known_answers() -> None:
    from kg.analysis import abbreviates

    assert abbreviates("市发改委", "市发展和改革委员会") and abbreviates("区医保局", "区医疗保障局")
    assert not abbreviates("市发改局", "县发展和改革局")      # another administration
    assert not abbreviates("市发改委", "市发展和改革局")      # another kind of body
    assert not abbreviates("市改发局", "市发展和改革局")      # characters out of order
    assert not abbreviates("市局", "市发展和改革局")          # nothing left to match
    assert not abbreviates("市发改局", "市发改局")


def test_ambiguous_fragment_lists_candidates(example_graph: Path) -> None:
    p = run_kg("duties", "产业发展中心", "--graph", str(example_graph), check=False)
    assert p.returncode == 2
    assert "市浮标产业发展中心" in p.stderr and "羊楼司竹木家居产业发展中心" in p.stderr


def test_xlsx_ledger(example_graph: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "ledger.xlsx"
    run_kg("duties", "市发改局", "--graph", str(example_graph), "--format", "xlsx", "--output", str(out))
    ws = load_workbook(out).active
    header = [c.value for c in ws[2]]
    assert header == ["序号", "行动", "任务", "牵头单位", "配合单位", "指标", "时限", "出处"]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    n_tasks = len({line for line, unit, role in set(_gold_resp()) if unit == "市发改局" and role not in TEAM_ROLES})
    assert len(rows) == n_tasks
    assert all("第" in r[7] and "行" in r[7] for r in rows)


def test_xlsx_ledger_of_every_unit(example_graph: Path, example_plan, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from kg.analysis import duty_list

    out = tmp_path / "all.xlsx"
    p = run_kg("duties", "--graph", str(example_graph), "--format", "xlsx", "-o", str(out))
    assert p.stdout.startswith(f"wrote {out}:") and len(p.stdout.splitlines()) == 1
    ws = load_workbook(out).active
    assert [c.value for c in ws[2]] == ["序号", "责任单位", "行动", "任务", "牵头单位", "配合单位", "指标", "时限", "出处"]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    by_unit = Counter(r[1] for r in rows)
    assert by_unit["市发改局"] == len(duty_list(example_plan, "市发改局").duties) > 10
    assert len(by_unit) > 40
    p = run_kg("duties", "--graph", str(example_graph), "--format", "xlsx", check=False)
    assert p.returncode == 2 and p.stderr.strip() == "kg: KG000: --format xlsx needs --output FILE.xlsx"


def test_chain_between_units_steps_through_shared_tasks(example_graph: Path) -> None:
    out = json.loads(run_kg("chain", "市发改局", "市残联", "--graph", str(example_graph), "--format", "json").stdout)
    assert out, "a chain exists"
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")
    for c in out:
        assert c["units"][0] == "市发改局" and c["units"][-1] == "市残联"
        for s in c["steps"]:
            text = lines[s["line"] - 1]
            # both units of the step are named on the task's line (as written or shortened)
            assert s["from"].lstrip("市") in text and s["to"].lstrip("市") in text


def test_chain_of_command(example_graph: Path) -> None:
    out = json.loads(run_kg("chain", "市教体局", "--graph", str(example_graph), "--format", "json").stdout)
    assert out["leading_groups"] and out["leading_groups"][0]["office"] == ["市政府办"]
    assert any(t["office"] for t in out["teams"])
    assert out["tasks"]


def test_saved_query_by_name_file_and_text(example_graph: Path, tmp_path: Path) -> None:
    by_name = run_kg("query", "role-counts", "--graph", str(example_graph), "--format", "csv").stdout
    f = tmp_path / "q.rq"
    f.write_text((Path(__file__).parent.parent / "queries" / "role-counts.rq").read_text(encoding="utf-8"))
    by_file = run_kg("query", str(f), "--graph", str(example_graph), "--format", "csv").stdout
    assert by_name == by_file
    counts = {r["role"]: int(r["n"]) for r in read_csv(by_name)}
    gold = Counter(role for _, _, role in set(_gold_resp()))
    assert counts == dict(gold)


def test_malformed_query_reports_position(example_graph: Path) -> None:
    p = run_kg("query", "SELECT ?x WHERE { ?x ?y }", "--graph", str(example_graph), check=False)
    assert p.returncode == 2
    assert "line 1, column" in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_query_timeout(example_graph: Path) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    p = run_kg("query", slow, "--graph", str(example_graph), "--timeout", "0.5", check=False)
    assert p.returncode == 2 and "stopped after 0.5 s" in p.stderr


def test_updates_are_refused(example_graph: Path) -> None:
    p = run_kg("query", "INSERT DATA { <a:b> <a:c> <a:d> }", "--graph", str(example_graph), check=False)
    assert p.returncode == 2 and "read-only" in p.stderr


def test_values_are_bound_not_spliced(example_graph: Path) -> None:
    evil = '市发改局" } ; DROP ALL ; #'
    p = run_kg("query", "duties-of-unit", "--graph", str(example_graph), "--bind", f"name={evil}", "--format", "csv")
    assert read_csv(p.stdout) == []
    ok = run_kg("query", "duties-of-unit", "--graph", str(example_graph), "--bind", "name=市发改局", "--format", "csv")
    assert len(read_csv(ok.stdout)) > 40


def test_check_reviews_a_graph_with_gaps(tmp_path: Path) -> None:
    plan = tmp_path / "gaps.txt"
    plan.write_text("一、重点任务\n1.第一项任务。(市发改局牵头)\n2.第二项任务,没有写责任单位。\n", encoding="utf-8")
    run_kg("build", str(plan), "--out", str(tmp_path / "out"), "--no-html", "--no-cache")
    rows = read_csv(run_kg("check", "--graph", str(tmp_path / "out" / "gaps.ttl"), "--format", "csv").stdout)
    # the SHACL finding, and the build's own W102 for the same line (kgo:ReadingIssue in the graph)
    assert [(r["severity"], r["line"]) for r in rows] == [("warning", "3"), ("info", "3")]
    assert rows[1]["what"].startswith("W102")
    assert "no responsible unit" in rows[0]["what"]


def test_leads_of_one_action(example_graph: Path) -> None:
    out = json.loads(run_kg("leads", "--graph", str(example_graph), "--action", "5", "--format", "json").stdout)
    assert out and all(r["action"] == "5" for r in out)
    # annex 5 (主体强身行动) has the lines 225-246; its leads in the gold
    gold_leads = {line for line, _, role in set(_gold_resp("lead")) if 225 <= line <= 246}
    assert {r["line"] for r in out if r["status"] == "led"} == gold_leads


def test_duty_list_across_a_corpus_of_plans(tmp_path: Path, cache_env: dict[str, str]) -> None:
    from .conftest import DEV_PLANS, EXAMPLE

    copy = tmp_path / "linxiang-copy.txt"
    copy.write_bytes(EXAMPLE.read_bytes())
    corpus = tmp_path / "corpus"
    for plan in (EXAMPLE, copy, next(p for p in DEV_PLANS if p.stem.startswith("xialu"))):
        run_kg("build", str(plan), "--out", str(corpus), "--no-html", env=cache_env)
    rows = read_csv(run_kg("duties", "发改局", "--graph", str(corpus), "--format", "csv").stdout)
    assert {r["plan"] for r in rows} == {"linxiang-2024-eight-actions.txt", "linxiang-copy.txt"}
    per_plan = [sum(r["plan"] == p for r in rows) for p in ("linxiang-2024-eight-actions.txt", "linxiang-copy.txt")]
    assert per_plan[0] == per_plan[1] > 40
    p = run_kg("duties", "卫健局", "--graph", str(corpus), check=False)
    assert p.returncode == 2 and "区卫健局" in p.stderr and "市卫健局" in p.stderr


def test_actions_carry_their_tasks_units_and_gaps(example_graph: Path) -> None:
    from kg.analysis import actions, leads, load, teams
    from kg.store import open_store

    plan = load(open_store(example_graph))
    acts = actions(plan)
    assert [a.number for a in acts] == [str(k) for k in range(1, 9)]
    reform = next(a for a in acts if a.title == "改革攻坚行动实施方案")
    assert len(reform.tasks) == 15 and all(t.gap == "no_lead" for t in reform.tasks)
    # every gap of kg leads is marked once, on its task
    gaps = leads(plan)
    marked = sorted((t.line, t.gap) for a in acts for t in a.tasks if t.gap)
    assert marked == sorted([(r.line, "no_lead") for r in gaps.no_lead] + [(r.line, "no_unit") for r in gaps.no_unit])
    seats = {t.team: len(t.members) for t in teams(plan)}
    assert seats["市安全守底行动工作专班"] == 32


# ---------------------------------------------------------------- typed results

def _conforms(value, tp) -> bool:
    """Whether ``value`` is of the annotated type ``tp`` (recursively: tuples, dicts, unions, dataclasses)."""
    import dataclasses
    import types
    import typing

    from extract.records import Role

    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, a) for a in args)
    if origin is typing.Literal:
        return type(value) is str and value in args
    if origin is tuple:
        if type(value) is not tuple:
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_conforms(v, args[0]) for v in value)
        return len(value) == len(args) and all(_conforms(v, a) for v, a in zip(value, args, strict=True))
    if origin is dict:
        return type(value) is dict and all(_conforms(k, args[0]) and _conforms(v, args[1]) for k, v in value.items())
    if tp is type(None):
        return value is None
    if tp is float:  # an int is a float, as for mypy
        return type(value) in (int, float)
    if tp in (str, int, bool):
        return type(value) is tp  # not a Role where a str is declared, nor a bool where an int is
    if tp is Role:
        return type(value) is Role
    assert dataclasses.is_dataclass(tp), tp
    hints = typing.get_type_hints(tp)
    return type(value) is tp and all(_conforms(getattr(value, f.name), hints[f.name]) for f in dataclasses.fields(tp))


def _plain_only(v) -> bool:
    if type(v) is dict:
        return all(type(k) is str and _plain_only(x) for k, x in v.items())
    if type(v) is list:
        return all(_plain_only(x) for x in v)
    return type(v) in (str, int, float, bool, type(None))


def test_analysis_results_are_typed_dataclasses(example_plan) -> None:
    """Every analysis function returns frozen dataclasses whose fields hold the declared types (roles as Role),
    never dicts or lists; ``to_dict()`` turns each into plain data."""
    import dataclasses

    from kg import analysis as A

    dls = A.duty_lists(example_plan)
    loads = A.overload(example_plan, collectives=True)
    table = A.leads(example_plan)
    acts, teams = A.actions(example_plan), A.teams(example_plan)
    chains = A.chain(example_plan, "市发改局", "市残联")
    cc = A.command_chain(example_plan, "市教体局")
    results = [
        (A.duty_list(example_plan, "发改局"), A.DutyList), *((dl, A.DutyList) for dl in dls),
        (table, A.LeadsTable), *((a, A.ActionView) for a in acts), *((t, A.TeamView) for t in teams),
        *((r, A.UnitLoad) for r in loads), *((c, A.ChainPath) for c in chains), (cc, A.CommandChain),
    ]
    # real answers, not empty ones: every kind of row is there to be checked
    assert len(dls) > 40 and sum(len(dl.duties) for dl in dls) > 400 and sum(len(dl.teams) for dl in dls) > 100
    assert table.by_unit and table.by_task and table.no_lead and table.no_unit
    assert len(acts) == 8 and teams and len(loads) > 40 and chains and cc.leading_groups and cc.teams and cc.tasks
    for value, cls in results:
        assert _conforms(value, cls), f"{type(value).__name__} is not a well-typed {cls.__name__}: {value!r:.300}"
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, dataclasses.fields(value)[0].name, None)
        plain = value.to_dict()
        assert _plain_only(plain), f"{cls.__name__}.to_dict() is not plain data"
    assert chains[0].to_dict()["steps"][0].keys() == {"from", "to", "task", "line", "plan", "shared_tasks"}
    assert loads[0].to_dict()["plan"] == list(loads[0].plans)


def test_the_cli_json_is_the_results_to_dict(example_graph: Path, example_plan, capsys) -> None:
    """``--format json`` prints the results' ``to_dict()`` (one serialisation path), keys in field order."""
    from kg.analysis import command_chain, duty_list, overload
    from kg.cli import main

    def cli_json(*args: str):
        assert main([*args, "--graph", str(example_graph), "--format", "json"]) == 0
        return json.loads(capsys.readouterr().out)

    cc = command_chain(example_plan, "市教体局").to_dict()
    assert json.dumps(cli_json("chain", "市教体局"), ensure_ascii=False) == json.dumps(cc, ensure_ascii=False)
    assert cli_json("overload") == [r.to_dict() for r in overload(example_plan)]
    dl = duty_list(example_plan, "市发改局")
    rows = cli_json("duties", "市发改局")
    assert rows[: len(dl.duties)] == [r.to_dict() for r in dl.duties] and len(rows) == len(dl.duties) + len(dl.teams)
