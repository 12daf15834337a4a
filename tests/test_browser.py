"""The explorer and the server's pages in a real browser (Debian's Chromium through Playwright)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest

from .browser import browser, close_browser, served
from .conftest import run_kg
from .test_html import XSS_PLAN


@pytest.fixture(scope="module", autouse=True)
def _one_browser() -> Iterator[None]:
    """One Chromium for the tests of this module (each launch costs about a second)."""
    yield
    close_browser()


def _local(url: str) -> bool:
    u = urlsplit(url)
    return u.scheme in ("file", "data", "blob", "about") or u.hostname in ("127.0.0.1", "localhost", "::1")


def test_explorer_from_disk_works_offline(example_graph: Path) -> None:
    page_file = example_graph.with_suffix(".html")
    with browser() as b:
        page = b.new_page(viewport={"width": 1300, "height": 850})
        outside: list[str] = []
        page.route("**/*", lambda route: route.continue_() if _local(route.request.url)
                   else (outside.append(route.request.url), route.abort()))
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        page.wait_for_function("window.kgExplorer && window.kgExplorer.ready", timeout=30000)
        assert not errors and not outside
        assert page.evaluate("kgExplorer.nodeView.length") > 50
        # Chinese in the action menu (pyvis's menus show ????)
        options = page.eval_on_selector_all("#action option", "os => os.map(o => o.textContent)")
        assert "产业培塑行动实施方案" in options
        # search by a fragment, pick the unit, read its duties with their source quotes
        page.fill("#search", "发改局")
        page.click("#matches button")
        page.wait_for_selector("#side .duty")
        assert page.inner_text("#side h2") == "市发改局"
        duties = page.inner_text("#side")
        assert "现代物流" in duties and "市发改局牵头" in duties
        # a filter by role hides the lead edges
        page.click("#back")
        page.wait_for_function("window.kgExplorer.ready && !location.hash")
        before = page.evaluate("kgExplorer.edgeView.length")
        page.uncheck("#roles input[data-name=lead]")
        assert page.evaluate("kgExplorer.edgeView.length") < before
        # the CJK font is there, so names are not drawn as boxes
        assert page.evaluate("document.fonts.check('14px \"Noto Sans CJK SC\"')")


def test_hostile_text_runs_nothing_and_shows_as_text(tmp_path: Path) -> None:
    plan = tmp_path / "evil.txt"
    plan.write_text(XSS_PLAN, encoding="utf-8")
    run_kg("build", str(plan), "--out", str(tmp_path / "out"), "--no-cache")
    with browser() as b:
        page = b.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto((tmp_path / "out" / "evil.html").as_uri())
        page.wait_for_function("window.kgExplorer && window.kgExplorer.ready", timeout=30000)
        assert page.title().startswith("关于印发<script>")
        page.fill("#search", "市发改局")
        page.keyboard.press("Enter")
        page.wait_for_selector("#side .duty")
        assert "<script>alert('task')</script>" in page.inner_text("#side")
        assert page.evaluate("document.querySelectorAll('#side script, #side img').length") == 0
        assert dialogs == []


def test_server_pages_in_the_browser(example_graph: Path) -> None:
    with served(example_graph) as base, browser() as b:
        page = b.new_page(viewport={"width": 1300, "height": 850})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(base + "/")
        page.wait_for_selector("#saved button")
        page.click("#saved button[data-query=leads-by-unit]")
        page.wait_for_selector("#results tr:nth-child(3)")
        header = page.eval_on_selector_all("#results th", "ths => ths.map(t => t.textContent)")
        assert header == ["unit", "leads"]
        first = page.eval_on_selector_all("#results tr:nth-child(2) td", "tds => tds.map(t => t.textContent)")
        assert first == ["市商务粮食局", "11"]
        # the explorer served by the endpoint: search, click, see duties
        page.goto(base + "/explorer")
        page.wait_for_function("window.kgExplorer && window.kgExplorer.ready", timeout=30000)
        page.fill("#search", "科工局")
        page.click("#matches button")
        page.wait_for_selector("#side .duty")
        assert page.inner_text("#side h2") == "市科工局"
        # a printable duty list page with downloads
        page.goto(base + "/unit?name=市发改局")
        assert "市发改局 责任清单" in page.inner_text("h1")
        assert page.locator("#duties tr").count() > 10
        assert all(_local(u) for u in requests), [u for u in requests if not _local(u)]


# ---------------------------------------------------------------- legibility, focus, filters (issue #10)

# every drawn label: its on-screen font size and its box in CSS pixels of the page
_LABELS = """() => {
  const net = kgExplorer.network, s = net.getScale(), out = [];
  for (const id of kgExplorer.nodes.getIds()) {
    const L = net.body.nodes[id].labelModule;
    if (!L.elementOptions.label || !String(L.elementOptions.label).trim()) continue;
    const z = L.size, a = net.canvasToDOM({x: z.left, y: z.top}), b = net.canvasToDOM({x: z.left + z.width, y: z.top + z.height});
    out.push({id: id, text: String(L.elementOptions.label), px: L.fontOptions.size * s, box: [a.x, a.y, b.x, b.y]});
  }
  return out;
}"""
# every visible node's bounding box (shape and label) against the canvas
_OUTSIDE = """() => {
  const net = kgExplorer.network, c = document.getElementById('graph'), out = [];
  for (const id of kgExplorer.nodes.getIds()) {
    const bb = net.getBoundingBox(id), a = net.canvasToDOM({x: bb.left, y: bb.top}), b = net.canvasToDOM({x: bb.right, y: bb.bottom});
    if (a.x < -1 || a.y < -1 || b.x > c.clientWidth + 1 || b.y > c.clientHeight + 1) out.push(id);
  }
  return out;
}"""


def _overlaps(labels: list[dict[str, Any]]) -> list[tuple[str, str]]:
    out = []
    for i, p in enumerate(labels):
        for q in labels[i + 1:]:
            a, b = p["box"], q["box"]
            if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                out.append((p["text"], q["text"]))
    return out


def _open(b: Any, url: str) -> Any:
    page = b.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(url)
    page.wait_for_function("window.kgExplorer && window.kgExplorer.ready", timeout=30000)
    return page


def _ready(page: Any) -> None:
    page.wait_for_function("window.kgExplorer.ready", timeout=30000)


def _click_node(page: Any, node_id: str) -> None:
    x, y = page.evaluate("""id => { const p = kgExplorer.network.getPositions([id])[id], d = kgExplorer.network.canvasToDOM(p),
        r = document.getElementById('graph').getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }""", node_id)
    page.mouse.click(x, y)


def test_first_view_is_legible(example_graph: Path) -> None:
    with browser() as b:
        page = _open(b, example_graph.with_suffix(".html").as_uri())
        labels = page.evaluate(_LABELS)
        groups = page.evaluate("kgExplorer.nodes.get().map(n => n.group)")
        assert "task" not in groups and groups.count("action") == 8 and groups.count("unit") >= 60
        assert len(labels) == len(groups)  # every node is named on screen
        small = [(lb["text"], round(lb["px"], 1)) for lb in labels if lb["px"] < 12]
        assert not small, small
        assert not _overlaps(labels), _overlaps(labels)[:5]
        assert page.evaluate(_OUTSIDE) == []
        # the canvas is used: labels spread over most of its width and height
        xs = [x for lb in labels for x in (lb["box"][0], lb["box"][2])]
        ys = [y for lb in labels for y in (lb["box"][1], lb["box"][3])]
        w, h = page.evaluate("[document.getElementById('graph').clientWidth, document.getElementById('graph').clientHeight]")
        assert max(xs) - min(xs) > 0.75 * w and max(ys) - min(ys) > 0.75 * h
        # aggregated edges: one per unit and action, as wide as its duties, lead edges solid
        edges = page.evaluate("kgExplorer.edges.get().map(e => [e.role, e.dashes, e.n, e.width])")
        assert {e[0] for e in edges} == {"lead", "other"}
        assert all(e[1] is False for e in edges if e[0] == "lead") and all(e[1] for e in edges if e[0] == "other")
        heavy = max(edges, key=lambda e: e[2])
        light = min(edges, key=lambda e: e[2])
        assert heavy[3] > light[3]


def test_unit_focus_counts_match_the_cli_and_survive_a_reload(example_graph: Path) -> None:
    cli = run_kg("duties", "市发改局", "--graph", str(example_graph)).stdout
    m = re.search(r"(\d+) duties: .*; (\d+) team seats", cli)
    assert m and m.groups() == ("48", "12")
    score = re.search(r"^市发改局\s+([\d.]+)", run_kg("overload", "--graph", str(example_graph)).stdout, flags=re.M)
    assert score
    with browser() as b:
        page = _open(b, example_graph.with_suffix(".html").as_uri())
        uid = page.evaluate("kgExplorer.data.units.find(u => u.name === '市发改局').id")
        _click_node(page, uid)
        page.wait_for_function("location.hash.length > 1")
        _ready(page)
        assert page.evaluate("decodeURIComponent(location.hash)") == "#unit=市发改局"
        counts = page.inner_text("#side .counts")
        assert counts == f"{m.group(1)} 项职责 duties · {m.group(2)} 个专班席位 team seats"
        assert f"负荷 load {float(score.group(1)):g}" in page.inner_text("#side")
        assert "共同 shared 28 · 配合 co 10 · 牵头 lead 10" in page.inner_text("#side")
        # the neighbourhood: its 48 duties and 12 seats as edges, its tasks, the units it shares them with
        mine = page.evaluate(f"kgExplorer.edges.get().filter(e => e.from === '{uid}').length")
        assert mine == 60
        groups = page.evaluate("kgExplorer.nodes.get().map(n => n.group)")
        assert groups.count("task") >= 40 and groups.count("unit") > 20
        assert page.evaluate(_OUTSIDE) == []
        page.screenshot(path=str(example_graph.parent / "unit.png"))
        # reload restores the same focus
        page.reload()
        _ready(page)
        assert page.inner_text("#side h2") == "市发改局"
        assert page.evaluate(f"kgExplorer.edges.get().filter(e => e.from === '{uid}').length") == 60
        # back to the overview, and the browser's back button returns to the focus
        page.click("#back")
        _ready(page)
        assert page.evaluate("location.hash") == ""
        assert "task" not in page.evaluate("kgExplorer.nodes.get().map(n => n.group)")
        page.go_back()
        page.wait_for_function("location.hash.length > 1")
        _ready(page)
        assert page.inner_text("#side h2") == "市发改局"


def test_action_focus_marks_gaps_and_a_shared_link_opens_it(example_graph: Path) -> None:
    with browser() as b:
        page = _open(b, example_graph.with_suffix(".html").as_uri() + "#action=" + quote("改革攻坚行动"))
        assert page.inner_text("#side h2") == "改革攻坚行动实施方案"
        assert "15 项无牵头 no lead" in page.inner_text("#side .counts")
        labels = page.evaluate("kgExplorer.nodes.get().filter(n => n.group === 'task').map(n => n.label)")
        assert labels and all(lb.startswith("⚠ 无牵头") for lb in labels)
        assert page.evaluate(_OUTSIDE) == []


def test_filters_refit_the_view(example_graph: Path) -> None:
    with browser() as b:
        page = _open(b, example_graph.with_suffix(".html").as_uri())
        options = page.eval_on_selector_all("#action option", "os => os.map(o => o.value)")
        assert len(options) == 9
        for value in options[1:]:
            page.select_option("#action", value)
            _ready(page)
            shown = page.evaluate("kgExplorer.nodes.get().filter(n => n.group === 'action').map(n => n.id)")
            assert shown == [value]
            assert page.evaluate(_OUTSIDE) == [], value
            assert all(lb["px"] >= 12 for lb in page.evaluate(_LABELS))
            # and in the focus on each unit of that action, nothing is off-screen either
        page.select_option("#action", "")
        _ready(page)
        page.uncheck("#kinds input[data-name=department]")
        _ready(page)
        kinds = page.evaluate("kgExplorer.nodes.get().filter(n => n.group === 'unit').map(n => kgExplorer.data.units.find(u => u.id === n.id).kind)")
        assert kinds and "department" not in kinds
        assert page.evaluate(_OUTSIDE) == []
        # search re-centres on what it finds
        page.fill("#search", "科工局")
        page.keyboard.press("Enter")
        _ready(page)
        # (the side panel follows the search's focus; on a loaded machine a moment later than the view)
        page.wait_for_function("document.querySelector('#side h2').innerText === '市科工局'", timeout=10_000)
        assert page.inner_text("#side h2") == "市科工局"
        assert page.evaluate(_OUTSIDE) == []


def test_units_by_load_or_name_and_a_ledger_that_prints(example_graph: Path) -> None:
    with served(example_graph) as base, browser() as b:
        page = b.new_page(viewport={"width": 1300, "height": 850})
        page.goto(base + "/units")
        first = page.eval_on_selector_all("#units tr:nth-child(2) td", "tds => tds.map(t => t.textContent)")
        assert first[1:4] == ["市发改局", "department", "108.5"]  # by load, as kg overload
        loads = page.eval_on_selector_all("#units tr td:nth-child(4)", "tds => tds.map(t => parseFloat(t.textContent))")
        assert loads == sorted(loads, reverse=True)
        page.click("#by-name")
        names = page.eval_on_selector_all("#units tr td:nth-child(2)", "tds => tds.map(t => t.textContent)")
        # dictionary (pinyin) order, not code points: 各 (gè) before 临 (lín) before 市 (shì)
        assert names.index("各镇、街道") < names.index("临湘高新区") < names.index("市发改局")
        page.goto(base + "/unit?name=市发改局")
        assert "48 项职责 duties · 12 个专班席位 team seats" in page.inner_text("p.muted")
        for media, width in (("screen", 1300), ("print", 1047)):  # A4 landscape less margins, at 96 dpi
            page.set_viewport_size({"width": width, "height": 794})
            page.emulate_media(media=media)
            widths = page.eval_on_selector_all("#duties tr:first-child th", "ths => ths.map(t => t.getBoundingClientRect().width)")
            assert len(widths) == 8
            # no column so narrow that its words run vertically: 行动 holds four characters a line at least
            font = page.evaluate("parseFloat(getComputedStyle(document.querySelector('#duties td')).fontSize)")
            assert widths[1] >= 4 * font, (media, widths)
            assert page.evaluate("document.querySelector('#duties').getBoundingClientRect().right") <= width
        pdf = page.pdf(format="A4", landscape=True, prefer_css_page_size=True)
        assert pdf[:4] == b"%PDF"
