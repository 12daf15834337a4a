"""A corpus of plans: kg build PLAN... | DIR, the default graph, the plan column, offices across plans, kg diff."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import DATA, DEV_PLANS, EXAMPLE, EXAMPLE_GOLD, edited_example, run_kg

OFFICES = DATA / "offices" / "plans"
TASK_ROLES = {"lead", "co", "shared", "supervisor", "indicator_owner"}


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory, cache_env: dict[str, str]) -> dict[str, str]:
    return cache_env | {"KG_STATE_DIR": str(tmp_path_factory.mktemp("state"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, state: dict[str, str]) -> Path:
    """The example plus the dev plans, built in one command with two processes."""
    out = tmp_path_factory.mktemp("corpus")
    p = run_kg("build", str(EXAMPLE), str(DATA / "dev" / "plans"), "--out", str(out), "--jobs", "2", env=state)
    assert "19 plans" in p.stdout
    return out


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_corpus_layout_and_per_plan_duties_against_the_gold(corpus: Path, state: dict[str, str]) -> None:
    from extract import extract

    manifest = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))["plans"]
    assert len(manifest) == 1 + len(DEV_PLANS)
    assert (corpus / "corpus.oxigraph").is_dir() and (corpus / "corpus.html").is_file()
    rows = _csv(run_kg("duties", "--graph", str(corpus), "--format", "csv", env=state).stdout)
    per_plan = Counter(r["plan"] for r in rows)
    for plan in [EXAMPLE, *DEV_PLANS]:
        assert per_plan[plan.name] == len(extract(plan).duties), plan.name
    # the example's duties are exactly its gold (unit as written, role, line)
    gold = Counter()
    for line in EXAMPLE_GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for r in rec["responsibilities"]:
            gold[(rec["line"], r["role"])] += 1
    got = Counter((int(r["line"]), r["role"]) for r in rows if r["plan"] == EXAMPLE.name)
    assert got == gold


def test_one_named_graph_per_plan(corpus: Path, state: dict[str, str]) -> None:
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p a kgo:Plan } }"
    rows = _csv(run_kg("query", q, "--graph", str(corpus), "--format", "csv", env=state).stdout)
    assert rows[0]["n"] == str(1 + len(DEV_PLANS))


def test_nodes_plans_share_answer_once(corpus: Path, state: dict[str, str], example_graph: Path) -> None:
    # measures (kgd:measure/%) are in many plans: a query over the corpus must not answer once per plan
    alone = _csv(run_kg("indicators", "--graph", str(example_graph), "--format", "csv", env=state).stdout)
    rows = _csv(run_kg("indicators", "--graph", str(corpus), "--format", "csv", env=state).stdout)
    def key(r: dict[str, str]) -> str:
        return json.dumps(r, ensure_ascii=False, sort_keys=True)

    assert sorted(map(key, (r for r in rows if r["plan"] == EXAMPLE.name))) == sorted(map(key, alone))


def test_each_plan_of_a_corpus_has_the_graph_of_its_own_build(tmp_path: Path, state: dict[str, str]) -> None:
    # three real plans built as a corpus by two worker processes, and each built alone: the plan's
    # named graph plus the shared measure nodes (moved to the corpus graph) is its own build's graph
    import pyoxigraph as ox

    from kg.corpus import CORPUS_GRAPH

    state = state | {"KG_STATE_DIR": str(tmp_path / "state")}  # the module's corpus stays the last built
    names = ["guangdong-2021-work-report.txt", "guofa-2019-bonded-zones.txt", "xialu-2020-key-work.txt"]
    src = tmp_path / "plans"
    src.mkdir()
    for n in names:
        shutil.copy(DATA / "dev" / "plans" / n, src / n)
    out = tmp_path / "corpus"
    run_kg("build", str(src), "--out", str(out), "--jobs", "2", "--no-html", env=state)
    store = ox.Store.read_only(str(out / "corpus.oxigraph"))
    shared = {q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(CORPUS_GRAPH))}
    measures = 0
    for n in names:
        run_kg("build", str(src / n), "--out", str(tmp_path / "single"), "--no-html", env=state)
        stem = n.removesuffix(".txt")
        alone = {q.triple for q in ox.parse(path=str(tmp_path / "single" / f"{stem}.ttl"), format=ox.RdfFormat.TURTLE)}
        graph = ox.NamedNode(f"https://w3id.org/kg-plan/id/{stem}")
        own = {q.triple for q in store.quads_for_pattern(None, None, None, graph)}
        assert own and own <= alone, n
        assert alone - own <= shared, n
        assert all("/id/measure/" in str(t.subject) for t in alone - own), n
        measures += len(alone - own)
        assert {q.triple for q in ox.parse(path=str(out / "plans" / f"{stem}.ttl"), format=ox.RdfFormat.TURTLE)} == alone, n
    assert measures  # the measure nodes were moved, and found again


def test_a_unit_in_several_plans_has_one_duty_list(corpus: Path, state: dict[str, str]) -> None:
    rows = _csv(run_kg("duties", "--graph", str(corpus), "--format", "csv", env=state).stdout)
    expected = Counter(r["plan"] for r in rows if r["unit_name"] == "商务部")
    assert len(expected) >= 2
    dl = json.loads(run_kg("duties", "商务部", "--graph", str(corpus), "--format", "json", env=state).stdout)
    assert Counter(r["plan"] for r in dl if r["section"] != "工作专班") == expected
    text = run_kg("duties", "商务部", "--graph", str(corpus), env=state).stdout
    assert [ln for ln in text.splitlines() if ln.startswith("● plan")] == [f"● plan {p}" for p in sorted(expected)]


def test_no_collective_in_overload_unless_asked(corpus: Path, state: dict[str, str]) -> None:
    rows = json.loads(run_kg("overload", "--graph", str(corpus), "--format", "json", env=state).stdout)
    assert rows and not [r for r in rows if r["kind"] == "collective"]
    with_c = json.loads(run_kg("overload", "--graph", str(corpus), "--format", "json", "--collectives",
                               env=state).stdout)
    assert [r for r in with_c if r["kind"] == "collective"]
    # by_action names the plan of each action
    assert any(k.startswith("linxiang-2024-eight-actions: ") for r in rows for k in r["by_action"])


@pytest.mark.parametrize("command", ["tasks", "duties", "indicators", "leads", "overload", "check"])
def test_the_plan_column_everywhere(corpus: Path, state: dict[str, str], command: str) -> None:
    out = run_kg(command, "--graph", str(corpus), "--format", "csv", env=state).stdout
    rows = _csv(out)
    assert "plan" in rows[0], command
    assert len({r["plan"] for r in rows}) > 1, command
    table = run_kg(command, "--graph", str(corpus), env=state).stdout
    assert re.search(r"^\S.*\bplan\b", table, re.M), command  # a header naming the plan column


def test_commands_read_the_last_build_and_say_so(corpus: Path, state: dict[str, str], tmp_path: Path) -> None:
    out = run_kg("tasks", env=state, cwd=tmp_path).stdout
    assert out.splitlines()[0] == f"graph: {corpus.resolve()} (last built)"
    fresh = state | {"KG_STATE_DIR": str(tmp_path / "nothing")}
    p = run_kg("tasks", env=fresh, cwd=tmp_path, check=False)
    assert p.returncode == 2 and "kg build" in p.stderr


def test_rebuild_skips_unchanged_replaces_changed_drops_gone(tmp_path: Path, state: dict[str, str]) -> None:
    src = tmp_path / "plans"
    shutil.copytree(OFFICES, src)
    out = tmp_path / "out"
    first = run_kg("build", str(src), "--out", str(out), env=state).stdout
    assert "4 built, 0 unchanged" in first
    again = run_kg("build", str(src), "--out", str(out), env=state).stdout
    assert "0 built, 4 unchanged" in again
    p = src / "yueyang-2024-key-work.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("市财政局、", ""), encoding="utf-8")
    (src / "pingjiang-2024-key-work.txt").unlink()
    third = run_kg("build", str(src), "--out", str(out), env=state).stdout
    assert "1 built, 2 unchanged" in third and "dropped:" in third and "pingjiang" in third
    q = "SELECT ?s (COUNT(?p) AS ?n) WHERE { ?p a kgo:Plan ; kgo:sourceName ?s } GROUP BY ?s ORDER BY ?s"
    rows = _csv(run_kg("query", q, "--graph", str(out), "--format", "csv", env=state).stdout)
    assert [(r["s"], r["n"]) for r in rows] == [("linxiang-2023-key-work.txt", "1"), ("linxiang-2024-key-work.txt", "1"),
                                                ("yueyang-2024-key-work.txt", "1")]
    duties = _csv(run_kg("duties", "--graph", str(out), "--format", "csv", env=state).stdout)
    assert [r["unit"] for r in duties if r["plan"] == "yueyang-2024-key-work.txt"] == ["市发改局", "各县市区人民政府"]
    assert sorted(f.name for f in (out / "plans").iterdir()) == [
        "linxiang-2023-key-work.ttl", "linxiang-2024-key-work.ttl", "yueyang-2024-key-work.ttl"]


def test_bad_input_in_a_corpus(tmp_path: Path, state: dict[str, str]) -> None:
    src = tmp_path / "plans"
    (src / "a").mkdir(parents=True)
    (src / "b").mkdir()
    shutil.copy(OFFICES / "yueyang-2024-key-work.txt", src / "a" / "plan.txt")
    shutil.copy(OFFICES / "pingjiang-2024-key-work.txt", src / "b" / "plan.txt")  # same name, other folder
    shutil.copy(OFFICES / "yueyang-2024-key-work.txt", src / "copy-of-yueyang.txt")  # same plan twice
    (src / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf \x00\xff")
    out = tmp_path / "out"
    p = run_kg("build", str(src), "--out", str(out), env=state, check=False)
    assert p.returncode == 1, p.stderr
    assert "failed: 1 file(s)" in p.stdout and "broken.pdf" in p.stdout
    assert "same plan twice" in p.stdout and "copy-of-yueyang.txt" in p.stdout
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?p a kgo:Plan } } ORDER BY ?g"
    graphs = [r["g"] for r in _csv(run_kg("query", q, "--graph", str(out), "--format", "csv", env=state).stdout)]
    assert len(graphs) == 2 and len(set(graphs)) == 2
    # the good plans were built although one file failed
    duties = _csv(run_kg("duties", "--graph", str(out), "--format", "csv", env=state).stdout)
    assert {r["unit"] for r in duties} >= {"市发改局", "县发改局"}


def test_offices_across_plans(tmp_path: Path, state: dict[str, str]) -> None:
    out = tmp_path / "out"
    p = run_kg("build", str(OFFICES), "--out", str(out), env=state).stdout
    assert "3 offices named in several plans" in p
    q = "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a kgo:Office }"
    assert _csv(run_kg("query", q, "--graph", str(out), "--format", "csv", env=state).stdout)[0]["n"] == "8"
    q = "SELECT ?c WHERE { ?c kgo:unitKind kgo:collective . FILTER EXISTS { ?c skos:exactMatch ?o } }"
    assert _csv(run_kg("query", q, "--graph", str(out), "--format", "csv", env=state).stdout) == []
    dl = json.loads(run_kg("duties", "临湘市发改局", "--graph", str(out), "--format", "json", env=state).stdout)
    # (2024's line 3, 临湘市发展和改革局…负责方案的统筹推进, stands before any heading: its line is its task)
    assert Counter(r["plan"] for r in dl) == {"linxiang-2023-key-work.txt": 3, "linxiang-2024-key-work.txt": 3}
    assert [r["line"] for r in dl if r["plan"] == "linxiang-2024-key-work.txt"] == [3, 5, 6]
    amb = run_kg("duties", "市发改局", "--graph", str(out), env=state, check=False)
    assert amb.returncode == 2 and "临湘市发展和改革局" in amb.stderr and "岳阳市发改局" in amb.stderr
    ranked = json.loads(run_kg("overload", "--graph", str(out), "--format", "json", env=state).stdout)
    assert len(ranked) == 8


def test_offices_rules() -> None:
    from kg.offices import link_offices

    plans = [("a", "临湘市", [("a1", "市发改局", "department", ("市发改局",)),
                              ("a2", "各街道", "collective", ("各街道",))]),
             ("b", "临湘市", [("b1", "发改局", "department", ("发改局",)),
                              ("b2", "各街道", "collective", ("各街道",)),
                              ("b3", "县发改局", "department", ("县发改局",))]),
             ("c", "岳阳市", [("c1", "市发改局", "department", ("市发改局",))]),
             ("d", None, [("d1", "市发改局", "department", ("市发改局",))])]
    links = link_offices(plans)
    assert links["a1"] == links["b1"] != links["c1"]
    assert "a2" not in links and "b2" not in links and "b3" not in links and "d1" not in links


_NAMES = ["市发改局", "市发展和改革局", "发改局", "县发改局", "临湘市发展和改革局", "市发改委", "市发展和改革委员会",
          "市政府办", "市政府办公室", "市财政局", "高新区", "临湘高新区"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["临湘市", "岳阳市", None]),
                          st.lists(st.tuples(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=2, unique=True),
                                             st.sampled_from(["department", "zone", "collective"])), max_size=5)),
                min_size=1, max_size=7))
def test_offices_are_those_of_comparing_every_pair_of_units(spec: list) -> None:
    # offices() compares classes of units with the same names, and only pairs that can match; the
    # answer must be the one of the plain rule: two units of different plans are one office when _same
    from kg import offices as mod

    plans = [(f"p{i}", loc, [(f"p{i}/u{j}", names[0], kind, tuple(names)) for j, (names, kind) in enumerate(units)])
             for i, (loc, units) in enumerate(spec)]
    found = [(p, uid, forms, raw) for p, loc, units in plans if loc for uid, name, kind, labels in units
             if kind in mod.OFFICE_KINDS
             and (forms := {q for x in {mod._norm(y) for y in labels} if (q := mod._qualified(x, loc))})
             and (raw := set(labels))]
    parent = list(range(len(found)))
    for i in range(len(found)):
        for j in range(i + 1, len(found)):
            same_loc = next(loc for p, loc, _ in plans if p == found[i][0]) == next(
                loc for p, loc, _ in plans if p == found[j][0])
            if same_loc and found[i][0] != found[j][0] and mod._same(found[i][2], found[j][2]):
                parent[mod._find(parent, j)] = mod._find(parent, i)
    expected = {frozenset(found[j][1] for j in range(len(found)) if mod._find(parent, j) == mod._find(parent, i))
                for i in range(len(found))}
    assert {frozenset(o.units) for o in mod.offices(plans)} == expected


def test_diff_of_anedited_example(tmp_path: Path, state: dict[str, str], example_graph: Path) -> None:
    new = edited_example(tmp_path / "linxiang-2025.txt")
    rows = json.loads(run_kg("diff", str(example_graph), str(new), "--format", "json", env=state).stdout)
    got = sorted((r["what"], r["change"], r.get("unit") or "", r.get("role") or "", r.get("old_role") or "",
                  r.get("task") or r.get("old_task") or "") for r in rows)
    assert got == sorted([
        ("duty", "removed", "市科工局", "", "co", "建筑建材"),
        ("duty", "role", "市发改局", "co", "lead", "现代物流"),
        ("duty", "role", "市交通运输局", "lead", "co", "现代物流"),
        ("duty", "added", "市数据局", "lead", "", "数字经济"),
        ("task", "added", "", "", "", "数字经济"),
        ("task", "reworded", "", "", "", "文化旅游产业"),
        ("target", "changed", "高新技术企业", "", "", "主要目标"),
    ])
    target = next(r for r in rows if r["what"] == "target")
    assert (target["old_value"], target["value"]) == ("95家", "100家")
    table = run_kg("diff", str(EXAMPLE), str(new), env=state).stdout
    assert ("duties: 1 added, 1 removed, 2 role changed (4 units); tasks: 1 added, 0 removed, 1 reworded; "
            "targets: 1 changed, 0 added, 0 removed") in table
    same = json.loads(run_kg("diff", str(example_graph), str(example_graph), "--format", "json", env=state).stdout)
    assert same == []


def test_the_single_plan_form_is_unchanged(tmp_path: Path, state: dict[str, str]) -> None:
    run_kg("build", str(OFFICES / "yueyang-2024-key-work.txt"), "--out", str(tmp_path), env=state)
    assert (tmp_path / "yueyang-2024-key-work.ttl").is_file()
    assert not (tmp_path / "corpus.json").exists()


@pytest.mark.parametrize("delay", [0.5, 1.5, 3.0])
def test_a_build_killed_half_way_leaves_the_corpus_readable(tmp_path: Path, state: dict[str, str],
                                                             delay: float) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "plans"
    shutil.copytree(OFFICES, src)
    out = tmp_path / "out"
    run_kg("build", str(src), "--out", str(out), env=state)
    before = run_kg("duties", "--graph", str(out), "--format", "csv", env=state).stdout
    (src / "yueyang-2024-key-work.txt").write_text(
        (src / "yueyang-2024-key-work.txt").read_text(encoding="utf-8") + "2.新增任务。(市财政局负责)\n", encoding="utf-8")
    shutil.copy(EXAMPLE, src / EXAMPLE.name)  # a big plan: the build takes a few seconds
    env = dict(os.environ) | state | {"KG_CACHE_DIR": "off"}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out), "-q"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    now = run_kg("duties", "--graph", str(out), "--format", "csv", env=state).stdout
    assert now == before or "新增任务" in now  # the old corpus, or the new one if the build had finished
    run_kg("build", str(src), "--out", str(out), env=state)
    rows = _csv(run_kg("duties", "--graph", str(out), "--format", "csv", env=state).stdout)
    assert {r["plan"] for r in rows} == {p.name for p in src.rglob("*.txt")}
    assert not list(out.glob(".kg-*"))


def test_saved_queries_with_lines_name_the_plan(corpus: Path, state: dict[str, str]) -> None:
    from kg.sparql import saved_queries

    for sq in saved_queries():
        out = run_kg("query", sq.name, "--graph", str(corpus), "--format", "csv", env=state).stdout
        header = out.splitlines()[0].split(",")
        if "line" in header:
            assert "plan" in header, sq.name


def test_duties_under_no_heading_are_in_the_duty_list_and_the_leads(tmp_path: Path, state: dict[str, str]) -> None:
    # luan-2022 (dev): a progress table pasted with no heading above it; each row's units are in the unit's duty
    # list with the row's task cell as their task, and the row's lead is the lead of its helpers
    plan = DATA / "dev" / "plans" / "luan-2022-progress-report.txt"
    run_kg("build", str(plan), "--out", str(tmp_path), "--no-html", env=state)
    graph = str(tmp_path / (plan.stem + ".ttl"))
    dl = json.loads(run_kg("duties", "市发改委", "--graph", graph, "--format", "json", env=state).stdout)
    assert [(d["line"], d["role"], d["task"]) for d in dl][:2] == [
        (26, "lead", "地区生产总值增长8.5%以上。"), (40, "co", "规上工业增加值增长9.5%以上。")]
    assert len(dl) == 6 and dl[0]["supporting"] == ["各直属机构", "市政府各部门"]
    leads = run_kg("leads", "--graph", graph, env=state).stdout
    assert "市经信局" in leads and "规上工业增加值增长9.5%以上。" in leads
