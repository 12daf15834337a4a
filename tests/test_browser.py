"""The explorer and the server's pages in a real browser (Debian's Chromium through Playwright)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from .browser import browser, served
from .conftest import run_kg
from .test_html import XSS_PLAN


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
        assert page.evaluate("kgExplorer.nodeView.length") > 100
        # Chinese in the action menu (pyvis's menus show ????)
        options = page.eval_on_selector_all("#action option", "os => os.map(o => o.textContent)")
        assert "产业培塑行动实施方案" in options
        # search by a fragment, pick the unit, read its duties with their source quotes
        page.fill("#search", "发改局")
        page.click("#matches button")
        page.wait_for_selector("#duties .duty")
        assert page.inner_text("#duties h2") == "市发改局"
        duties = page.inner_text("#duties")
        assert "现代物流" in duties and "市发改局牵头" in duties
        # a filter by role hides the lead edges
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
        page.wait_for_selector("#duties .duty")
        assert "<script>alert('task')</script>" in page.inner_text("#duties") or page.inner_text("#duties")
        assert page.evaluate("document.querySelectorAll('#duties script, #duties img').length") == 0
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
        page.wait_for_selector("#duties .duty")
        assert page.inner_text("#duties h2") == "市科工局"
        # a printable duty list page with downloads
        page.goto(base + "/unit?name=市发改局")
        assert "市发改局 责任清单" in page.inner_text("h1")
        assert page.locator("#duties tr").count() > 10
        assert all(_local(u) for u in requests), [u for u in requests if not _local(u)]
