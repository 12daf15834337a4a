"""The explorer page as a file: self-contained, UTF-8, escaped, no lib/ folder (pyvis's known faults)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .conftest import run_kg

XSS_PLAN = (
    "关于印发<script>alert('title')</script>方案的通知\n"
    "一、重点任务\n"
    "1.推进“<img src=x onerror=alert(1)>”工程</script><script>alert('task')</script>。"
    "(市发改局牵头,市财政局按职责分工负责)\n"
    "2.落实\"引号\"与'单引号'任务。(市\"引号\"局牵头)\n"
)


def test_page_is_self_contained_and_utf8(example_graph: Path) -> None:
    page = example_graph.with_suffix(".html")
    raw = page.read_bytes()
    text = raw.decode("utf-8")  # must be UTF-8 whatever the locale
    assert '<meta charset="utf-8">' in text
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?(https?:)?//""", text), "no remote resources"
    assert "vis.Network" in text and "DataSet" in text  # vis-network is inlined
    assert not (page.parent / "lib").exists(), "pyvis would write a lib/ folder; kg does not"
    assert "临湘市" in text


def test_page_written_under_a_c_locale_is_still_utf8(tmp_path: Path, cache_env: dict[str, str]) -> None:
    from .conftest import EXAMPLE

    env = dict(cache_env, LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONIOENCODING="ascii")
    run_kg("build", str(EXAMPLE), "--out", str(tmp_path), env=env)
    text = (tmp_path / "linxiang-2024-eight-actions.html").read_bytes().decode("utf-8")
    assert "产业培塑行动实施方案" in text


def _data(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, flags=re.S)
    assert m
    return json.loads(m.group(1))


def test_page_data_matches_the_cli(example_graph: Path) -> None:
    """The page carries the analysis results of ``kg duties`` and ``kg overload``, not its own counts."""
    from kg.analysis import duty_list, load, overload
    from kg.store import open_store

    data = _data(example_graph.with_suffix(".html"))
    plan = load(open_store(example_graph))
    unit = next(u for u in data["units"] if u["name"] == "市发改局")
    dl = duty_list(plan, "市发改局")
    assert (unit["nDuties"], unit["nSeats"]) == (len(dl.duties), len(dl.teams)) == (48, 12)
    assert unit["load"] == next(r.score for r in overload(plan) if r.unit == "市发改局")
    assert dict(unit["roles"]) == {"shared": 28, "co": 10, "lead": 10}
    assert [u["load"] for u in data["units"]] == sorted((u["load"] for u in data["units"]), reverse=True)
    # line style tells roles apart as well as colour; kinds have distinct colours
    styles = {r["name"]: r["dashes"] for r in data["roles"]}
    assert styles["lead"] is False and styles["co"] and styles["shared"] and styles["co"] != styles["shared"]
    assert len({k["color"] for k in data["kinds"]}) == len(data["kinds"])
    # gaps are marked on the tasks of the action view
    assert any(t["gap"] == "no_lead" for t in data["tasks"])


def test_text_from_documents_cannot_break_out_of_the_page(tmp_path: Path) -> None:
    plan = tmp_path / "evil.txt"
    plan.write_text(XSS_PLAN, encoding="utf-8")
    run_kg("build", str(plan), "--out", str(tmp_path / "out"), "--no-cache")
    text = (tmp_path / "out" / "evil.html").read_text(encoding="utf-8")
    assert "<script>alert" not in text and "<img src=x" not in text
    assert "onerror=alert" not in text.replace("\\u003cimg src=x onerror=alert", "")
    data = _data(tmp_path / "out" / "evil.html")
    tasks = " ".join(t["text"] for t in data["tasks"])
    assert "<script>alert('task')</script>" in tasks  # kept as text, shown as text


def test_a_corpus_names_each_action_with_its_plan() -> None:
    from dataclasses import replace

    from kg.analysis import actions, duty_lists, overload, teams, toy
    from kg.views.explorer import explorer_data

    plan = toy()
    one = explorer_data(duty_lists(plan), overload(plan), actions(plan), teams(plan))
    assert [a["label"] for a in one["actions"]] == ["(main plan)"] and one["plans"] == ["toy"]
    acts = actions(plan)
    other = [replace(acts[0], plan="toy2", title="产业培塑行动实施方案", number="1")]
    two = explorer_data(duty_lists(plan), overload(plan), acts + other, teams(plan))
    assert two["plans"] == ["toy", "toy2"]
    assert [a["label"] for a in two["actions"]] == ["P1 · (main plan)", "P2 · 产业培塑行动"]
    assert two["actions"][1]["title"] == "toy2 · 产业培塑行动实施方案"
    assert {t["action"] for t in two["tasks"]} == {"a0", "a1"}


def test_a_graph_over_the_page_limit_gets_no_page_and_says_so(tmp_path: Path, monkeypatch, example_extraction) -> None:
    """The page worker is handed the graph chunk by chunk; past the limit it drops them and draws nothing."""
    from kg import _build
    from kg.graph import ntriples

    n = ntriples(example_extraction).count("\n")
    assert n > 25_000  # three chunks of 10,000 lines or more
    monkeypatch.setattr(_build, "extract", lambda *a, **k: example_extraction)
    monkeypatch.setattr(_build, "PAGE_LIMIT", 25_000)  # the third chunk goes over
    res = _build.build(Path("linxiang-2024-eight-actions.txt"), tmp_path / "over")
    assert res.html is None and not (tmp_path / "over" / "linxiang-2024-eight-actions.html").exists()
    assert any(x.startswith(f"page not written: {n:,} triples") for x in res.notes), res.notes
    monkeypatch.setattr(_build, "PAGE_LIMIT", n)  # exactly at the limit: drawn from every chunk
    res = _build.build(Path("linxiang-2024-eight-actions.txt"), tmp_path / "at")
    assert res.html is not None and res.triples == n
    from kg._page import write_html

    write_html(res.ttl, tmp_path / "whole.html")  # the page of the whole graph, drawn from the written Turtle
    page, whole = _data(res.html), _data(tmp_path / "whole.html")
    assert {u["name"]: (u["nDuties"], u["load"]) for u in page["units"]} == {
        u["name"]: (u["nDuties"], u["load"]) for u in whole["units"]}
    assert sorted(t["text"] for t in page["tasks"]) == sorted(t["text"] for t in whole["tasks"])
