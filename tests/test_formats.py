"""Plans as .docx, .pdf and .html read like the text (documents made here, in the test)."""

from __future__ import annotations

import datetime
import glob
import re
from pathlib import Path

import pytest

from .conftest import run_kg
from .scoring import read_csv

LINES = ["关于印发某某工作方案的通知", "一、重点任务", "1.推进重大项目建设。(市发改局牵头,市财政局、市科工局按职责分工负责)",
         "2.扩大消费。新增就业4800人。(市商务局负责)"]
EXPECTED = {("市发改局", "lead"), ("市财政局", "co"), ("市科工局", "co"), ("市商务局", "shared")}


def _duties(plan: Path, tmp: Path) -> set[tuple[str, str]]:
    run_kg("build", str(plan), "--out", str(tmp / "out"), "--no-html", "--no-cache")
    rows = read_csv(run_kg("duties", "--graph", str(tmp / "out" / (plan.stem + ".ttl")), "--format", "csv").stdout)
    return {(r["unit"], r["role"]) for r in rows}


def test_docx(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for line in LINES:
        d.add_paragraph(line)
    t = d.add_table(rows=2, cols=3)
    for i, v in enumerate(["指标名称", "目标任务", "责任单位及任务"]):
        t.cell(0, i).text = v
    for i, v in enumerate(["新增规模工业企业", "45家", "市科工局20家"]):
        t.cell(1, i).text = v
    p = tmp_path / "plan.docx"
    d.save(str(p))
    assert _duties(p, tmp_path) == EXPECTED | {("市科工局", "indicator_owner")}


def test_html(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in LINES)
    p = tmp_path / "plan.html"
    p.write_text(f"<html><head><meta charset='utf-8'><script>var x='<p>市假局牵头</p>';</script></head>"
                 f"<body>{body}</body></html>", encoding="utf-8")
    assert _duties(p, tmp_path) == EXPECTED


def test_an_html_pages_title_is_no_line_of_the_plan(tmp_path: Path) -> None:
    # the <title> is the browser tab's caption: the plan's lines are the page's, numbered as a copy of the page gives
    # them (a title read as line 1 put every duty one line off)
    body = "".join(f"<p>{line}</p>" for line in LINES)
    p = tmp_path / "plan.html"
    p.write_text(f"<html><head><meta charset='utf-8'><title>关于印发工作方案的通知_市人民政府</title></head>"
                 f"<body>{body}</body></html>", encoding="utf-8")
    run_kg("build", str(p), "--out", str(tmp_path / "out"), "--no-html", "--no-cache")
    rows = read_csv(run_kg("duties", "--graph", str(tmp_path / "out" / "plan.ttl"), "--format", "csv").stdout)
    assert {(r["line"], r["unit"], r["role"]) for r in rows} == {
        ("3", "市发改局", "lead"), ("3", "市财政局", "co"), ("3", "市科工局", "co"), ("4", "市商务局", "shared")}


def _pdf_figure():  # type: ignore[no-untyped-def]
    """A matplotlib figure of an A4 page with a CJK font (skipped where none is installed, failed under CI)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    fonts = glob.glob("/usr/share/fonts/**/*CJK*.tt[cf]", recursive=True)
    if not fonts:
        import os

        import pytest

        if os.environ.get("CI"):
            pytest.fail("no CJK font to write the test PDF: scripts/setup-test-env.sh installs fonts-noto-cjk")
        pytest.skip("no CJK font installed (Debian: fonts-noto-cjk) to write a Chinese PDF")
    for f in fonts:
        font_manager.fontManager.addfont(f)
    plt.rcParams["font.sans-serif"] = [font_manager.FontProperties(fname=fonts[0]).get_name()]
    plt.rcParams["pdf.fonttype"] = 42
    return plt, plt.figure(figsize=(8.27, 11.69))


def test_pdf(tmp_path: Path) -> None:
    plt, fig = _pdf_figure()
    for k, line in enumerate(LINES):
        fig.text(0.05, 0.95 - k * 0.04, line, fontsize=10)
    p = tmp_path / "plan.pdf"
    fig.savefig(p)
    plt.close(fig)
    assert _duties(p, tmp_path) == EXPECTED


def test_a_real_plan_printed_to_pdf_by_a_browser_reads_like_its_text(tmp_path: Path) -> None:
    """A dev plan printed by Chromium with the Noto CJK fonts: the font maps some glyphs to the radicals' code
    points (⼯业和信息化部, 汽⻋) and pdfminer sets a paragraph's last visual line in a box of its own; the PDF must
    still give the text's duties, its unit names in the characters the page shows."""
    import html
    import subprocess

    from extract import extract

    from .browser import CHROMIUM_ARGS, chromium_path

    plan = Path(__file__).parent / "data" / "dev" / "plans" / "guofa-2019-bonded-zones.txt"
    lines = plan.read_text(encoding="utf-8").split("\n")
    page = tmp_path / "plan.html"
    page.write_text("<html><head><meta charset='utf-8'></head><body>"
                    + "".join(f"<p>{html.escape(x)}</p>" for x in lines if x.strip()) + "</body></html>", encoding="utf-8")
    pdf = tmp_path / "plan.pdf"
    subprocess.run([chromium_path(), "--headless", *CHROMIUM_ARGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                    str(page)], capture_output=True, timeout=120, check=True)
    got = extract(pdf, use_cache=False)
    want = extract(plan, use_cache=False)
    assert any(0x2F00 <= ord(ch) <= 0x2FDF for ch in _pdf_raw(pdf))  # the font does write radicals
    pairs = sorted((d.unit, d.role.value) for d in got.duties)
    assert pairs == sorted((d.unit, d.role.value) for d in want.duties)
    assert ("工业和信息化部", "co") in pairs
    assert [h.number for h in got.headings] == [h.number for h in want.headings]


def _pdf_raw(pdf: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(pdf))


def test_pdf_table_whose_row_numbers_come_out_as_a_column_of_their_own(tmp_path: Path) -> None:
    """pdfminer gives a narrow 序号 column's boxes one after another (1 / 2 / 3) before the rows' other cells."""
    from extract import extract

    plt, fig = _pdf_figure()
    rows = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "推进重大项目建设,完成投资50亿元", "县发改局", "县财政局、县自然资源局", "2024年12月"],
            ["2", "新建农村公路50公里", "县交通运输局", "各乡镇", "2024年10月"],
            ["3", "新增城镇就业3000人", "县人社局", "县财政局", "2024年12月"]]
    fig.text(0.3, 0.95, "某县2024年重点工作任务分解表", fontsize=12)
    for r, row in enumerate(rows):
        for x, cell in zip([0.05, 0.12, 0.52, 0.66, 0.86], row, strict=True):
            fig.text(x, 0.9 - r * 0.04, cell, fontsize=8)
    p = tmp_path / "tasks.pdf"
    fig.savefig(p)
    plt.close(fig)
    ex = extract(p, use_cache=False)
    assert ex.document.lines[6:9] == ("1", "2", "3")  # (as pdfminer lays the page out)
    assert [(d.unit, d.role.value) for d in ex.duties] == [
        ("县发改局", "lead"), ("县财政局", "co"), ("县自然资源局", "co"), ("县交通运输局", "lead"), ("各乡镇", "co"),
        ("县人社局", "lead"), ("县财政局", "co")]
    assert [i.value for i in ex.indicators] == ["50", "50", "3000"]


def test_docx_task_table_rows_hold_their_units(tmp_path: Path) -> None:
    """A task table after a numbered task: its units belong to the table's rows, not to task 1."""
    import docx

    from extract import extract

    d = docx.Document()
    for line in ["关于印发某某工作方案的通知", "一、重点任务", "1.推进重大项目建设。(市发改局牵头,市财政局配合)"]:
        d.add_paragraph(line)
    t = d.add_table(rows=3, cols=4)
    rows = [["序号", "工作任务", "牵头单位", "配合单位"], ["1", "优化营商环境", "市政务服务中心", "市市场监管局、市司法局"],
            ["2", "扩大有效投资", "市发改委", "市财政局"]]
    for r, row in enumerate(rows):
        for i, v in enumerate(row):
            t.cell(r, i).text = v
    p = tmp_path / "tasks.docx"
    d.save(str(p))
    ex = extract(p, use_cache=False)
    assert ex.document.lines[4:6] == ("1 | 优化营商环境 | 市政务服务中心 | 市市场监管局、市司法局 |", "2 | 扩大有效投资 | 市发改委 | 市财政局 |")
    got = [(d.span.line, d.unit, d.role.value, d.task_line, d.clause.quote if d.clause else None) for d in ex.duties]
    assert got == [
        (3, "市发改局", "lead", 3, "(市发改局牵头,市财政局配合)"), (3, "市财政局", "co", 3, "(市发改局牵头,市财政局配合)"),
        (5, "市政务服务中心", "lead", 2, "优化营商环境"), (5, "市市场监管局", "co", 2, "优化营商环境"),
        (5, "市司法局", "co", 2, "优化营商环境"), (6, "市发改委", "lead", 2, "扩大有效投资"),
        (6, "市财政局", "co", 2, "扩大有效投资")]


def test_a_big5_file_reads_like_its_utf8_original(tmp_path: Path) -> None:
    """Big5 bytes are often valid GB18030 too (and decode to nonsense): the reader must pick Big5."""
    from extract import extract
    from extract.read import read_path

    src = Path(__file__).parent / "data" / "dev" / "plans" / "dongguan-2021-employment.txt"
    text = src.read_text(encoding="utf-8")
    big5 = tmp_path / "dongguan-big5.txt"
    big5.write_bytes(text.encode("big5"))
    raw = read_path(big5)
    assert raw.encoding == "big5" and raw.text.replace("\r", "") == text.replace("\r", "")
    original = [(d.span.line, d.unit, d.role.value) for d in extract(src, use_cache=False).duties]
    assert [(d.span.line, d.unit, d.role.value) for d in extract(big5, use_cache=False).duties] == original


# ---------------------------------------------------------------- .docx as Word writes it (built here with zipfile)

HUOSHAN = Path(__file__).parent / "data" / "corpus" / "plans" / "huoshan-2025-development-zone-tasks.txt"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _p(text: str) -> str:
    """A paragraph; a tab in ``text`` is a <w:tab/> between runs, as Word writes it."""
    runs = "<w:r><w:tab/></w:r>".join(f'<w:r><w:t xml:space="preserve">{_esc(part)}</w:t></w:r>'
                                      for part in text.split("\t"))
    return f"<w:p>{runs}</w:p>"


def _tc(text: str = "", *, span: int = 1, merge: str | None = None) -> str:
    """A cell; ``merge`` is "restart" (the first cell of a vertical merge) or "continue" (a cell under it)."""
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>" if merge == "continue" else "")
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(text)}</w:tc>"


def _docx_bytes(body: str, parts: dict[str, str] | None = None) -> bytes:
    """A minimal .docx of ``body`` (WordprocessingML), with other parts (word/numbering.xml…) as given."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                   '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                   'document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
        for name, xml in (parts or {}).items():
            z.writestr(name, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{xml}')
    return buf.getvalue()


def _huoshan() -> tuple[str, list[str], list[list[str]]]:
    """The real plan's title, table header and rows (its text has one cell per line, each ending in " |")."""
    lines = [x.removesuffix(" |").strip() for x in HUOSHAN.read_text(encoding="utf-8").splitlines()]
    return lines[0], lines[1:6], [lines[k:k + 5] for k in range(6, len(lines), 5)]


def _rows_of_duties(ex, lines: range) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(row number, unit, role) of each duty on ``lines``: its row is the last line at or above it that
    starts with a row number."""
    text = ex.document.lines
    out = set()
    for d in ex.duties:
        if d.span.line not in lines:
            continue
        k = d.span.line - 1
        while not re.match(r"\d+(?: \||\t|$)", text[k].strip()):
            k -= 1
        out.add((re.match(r"\d+", text[k].strip()).group(0), d.unit, d.role.value))
    return out


def test_docx_with_tabs_and_merged_cells_reads_like_the_plan(tmp_path: Path) -> None:
    """A real plan's table twice in one .docx, as Word holds tables: paragraphs aligned with tabs, then a
    table whose title is a row across it, whose header has two rows (责任主体 over 责任领导 and 责任单位)
    and whose 完成时限 “全年” is one cell down all rows.  Both read to the plan's rows (a tab stays a
    tab; a merged cell reads as python-docx reads it) and give the duties of the plan's text."""
    from extract import extract
    from extract.read import read_bytes

    title, header, rows = _huoshan()
    assert [r[4] for r in rows] == ["全年", "全年", "全年"]
    number, task, leader, units, deadline = header
    tab_lines = ["\t".join(header), *("\t".join(r) for r in rows)]
    table = [
        "<w:tr>" + _tc(title, span=5) + "</w:tr>",
        "<w:tr>" + _tc(number, merge="restart") + _tc(task, merge="restart") + _tc("责任主体", span=2)
        + _tc(deadline, merge="restart") + "</w:tr>",
        "<w:tr>" + _tc(merge="continue") + _tc(merge="continue") + _tc(leader) + _tc(units) + _tc(merge="continue")
        + "</w:tr>",
        *("<w:tr>" + "".join(_tc(c) for c in r[:4]) + _tc(r[4], merge="restart" if k == 0 else "continue") + "</w:tr>"
          for k, r in enumerate(rows)),
    ]
    doc = tmp_path / "huoshan.docx"
    doc.write_bytes(_docx_bytes("".join(_p(x) for x in [title, *tab_lines]) + "<w:tbl>" + "".join(table) + "</w:tbl>"))
    assert read_bytes(doc.read_bytes(), name=doc.name).text.split("\n") == [
        title, *tab_lines,
        title + " |",  # one cell across the table stays one cell
        f"{number} | {task} | 责任主体 |  | {deadline} |",  # a cell over two columns, then an empty one
        *(" | ".join(r) + " |" for r in [header, *rows])]  # merged down: the text in every row it spans

    expected = _rows_of_duties(extract(HUOSHAN, use_cache=False), range(1, 100))
    assert expected == {("1", "叶林", "supervisor"), ("1", "招商工作部", "shared"), ("1", "安商工作部", "shared"),
                        ("2", "马振明", "supervisor"), ("2", "改革办", "shared"),
                        ("3", "张云峰", "supervisor"), ("3", "规划建设局", "shared")}
    ex = extract(doc, use_cache=False)
    assert _rows_of_duties(ex, range(2, 6)) == expected  # the rows aligned with tabs
    assert _rows_of_duties(ex, range(6, 12)) == expected  # the Word table


def test_html_table_with_merged_cells_reads_like_the_docx_one(tmp_path: Path) -> None:
    """An HTML task table whose lead cell is merged down (rowspan) and whose header has a cell over two
    columns (colspan): as the .docx reader does, a merged-down cell is written in every row it spans and
    a cell over two columns is followed by an empty one, so every row keeps its columns (the lead was read as
    the next row's lead before: its 配合单位 moved into the 牵头单位 column)."""
    from extract import extract
    from extract.read import read_bytes

    rows = ["<tr><td rowspan='2'>序号</td><td rowspan='2'>工作任务</td><td colspan='2'>责任单位</td>"
            "<td rowspan='2'>完成时限</td></tr>",
            "<tr><td>牵头单位</td><td>配合单位</td></tr>",
            "<tr><td>1</td><td>完成植树造林2万亩</td><td rowspan='2'>县林业局</td><td>县自然资源局</td><td>6月</td></tr>",
            "<tr><td>2</td><td>开展森林防火检查</td><td>各乡镇</td><td>长期</td></tr>"]
    page = tmp_path / "plan.html"
    page.write_bytes(("<html><head><meta charset='gbk'></head><body><p>关于印发任务分解表的通知</p><table>"
                      + "".join(rows) + "</table></body></html>").encode("gbk"))
    assert read_bytes(page.read_bytes(), name=page.name).text.split("\n")[1:] == [
        "序号 |工作任务 |责任单位 | |完成时限 |", "序号 |工作任务 |牵头单位 |配合单位 |完成时限 |",
        "1 |完成植树造林2万亩 |县林业局 |县自然资源局 |6月 |", "2 |开展森林防火检查 |县林业局 |各乡镇 |长期 |"]
    ex = extract(page, use_cache=False)
    assert {(d.span.line, d.unit, d.role.value) for d in ex.duties} == {
        (4, "县林业局", "lead"), (4, "县自然资源局", "co"), (5, "县林业局", "lead"), (5, "各乡镇", "co")}


def test_html_cell_with_line_breaks_stays_one_cell(tmp_path: Path) -> None:
    """Units parted by <br> (or paragraphs) inside one cell: the row is one row, every unit of the cell read."""
    from extract import extract

    page = tmp_path / "plan.html"
    page.write_text("<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
                    "<tr><td>1</td><td>推进老旧小区改造</td><td>县住建局</td><td>县财政局<br>县发改局</td></tr>"
                    "<tr><td>2</td><td>建设农贸市场</td><td><p>县商务局</p><p>县市场监管局</p></td><td>各乡镇</td></tr>"
                    "</table>", encoding="utf-8")
    ex = extract(page, use_cache=False)
    assert sorted((d.span.line, d.unit, d.role.value) for d in ex.duties) == [
        (2, "县住建局", "lead"), (2, "县发改局", "co"), (2, "县财政局", "co"),
        (3, "县商务局", "lead"), (3, "县市场监管局", "lead"), (3, "各乡镇", "co")]


def test_docx_list_numbers_written_by_word_read_as_the_headings_they_show(tmp_path: Path) -> None:
    """Headings numbered by a Word list (the 一、 / (一) / 1. are not typed but drawn from numbering.xml, directly
    or through a heading style): the text reads with the labels a reader sees, so the outline holds."""
    from extract import extract
    from extract.read import read_bytes

    def lvl(k: int, fmt: str, text: str) -> str:
        return (f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/></w:lvl>')

    numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
                 + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）") + lvl(2, "decimal", "%3.")
                 + '</w:abstractNum><w:abstractNum w:abstractNumId="1">' + lvl(0, "bullet", "•")
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    styles = (f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr>'
              '<w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')

    def para(text: str, *, ilvl: int | None = None, num: int = 1, style: str | None = None) -> str:
        props = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>' if ilvl is not None else "")
        return f"<w:p><w:pPr>{props}</w:pPr>" + _p(text)[5:]

    body = "".join([_p("关于印发某某工作方案的通知"), para("稳增长", style="Heading1"), para("扩大投资", ilvl=1),
                    para("推进重大项目建设。(市发改局牵头,市财政局按职责分工负责)", ilvl=2),
                    para("扩大有效消费。(市商务局负责)", ilvl=2), para("抓好消费", ilvl=1),
                    para("办好消费节。(市商务局负责)", ilvl=2), para("一个要点", ilvl=0, num=2),
                    para("保民生", style="Heading1"), para("稳就业。(市人社局负责)", ilvl=2)])
    doc = tmp_path / "numbered.docx"
    doc.write_bytes(_docx_bytes(body, {"word/numbering.xml": numbering, "word/styles.xml": styles}))
    assert read_bytes(doc.read_bytes(), name=doc.name).text.split("\n") == [
        "关于印发某某工作方案的通知", "一、稳增长", "（一）扩大投资", "1.推进重大项目建设。(市发改局牵头,市财政局按职责分工负责)",
        "2.扩大有效消费。(市商务局负责)", "（二）抓好消费", "1.办好消费节。(市商务局负责)", "一个要点", "二、保民生",
        "1.稳就业。(市人社局负责)"]
    ex = extract(doc, use_cache=False)
    assert [(h.line, h.kind.value, h.number) for h in ex.headings] == [
        (2, "section", "一"), (3, "subsection", "一"), (4, "task", "1"), (5, "task", "2"), (6, "subsection", "二"),
        (7, "task", "1"), (9, "section", "二"), (10, "task", "1")]
    assert {(d.unit, d.role.value, d.task_line) for d in ex.duties} == {
        ("市发改局", "lead", 4), ("市财政局", "co", 4), ("市商务局", "shared", 5), ("市商务局", "shared", 7),
        ("市人社局", "shared", 10)}


def test_xlsx_task_table_reads_like_the_plans_text(tmp_path: Path) -> None:
    """A responsibility table published as a spreadsheet (the first rows of a real one, nanping-2021 in the
    corpus): a section row merged across the columns is a heading of the rows under it, a lead cell merged down
    is every covered row's lead, dates and percentages read as the sheet shows them, a long integer keeps its digits,
    a title merged across and down is written once, a hidden sheet is left out; its duties are the plan text's."""
    from openpyxl import Workbook

    from extract import extract
    from extract.read import read_bytes

    src = Path(__file__).parent / "data" / "corpus" / "plans" / "nanping-2021-disclosure-tasks-progress-shifted-cells.txt"
    text = [x for x in src.read_text(encoding="utf-8").split("\n") if x.strip()][:8]
    book = Workbook()
    sheet = book.active
    for line in text:
        cells = [c.strip() for c in line.rstrip(" |").split(" | ")]
        sheet.append([c for c in cells if c.strip("|")])
    for row in (2, 3, 7):  # 一、… / (一)… / (二)…: one cell across the row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    sheet["C5"] = None  # 市发改委 市自然资源局 merged down over rows 4 and 5
    sheet.merge_cells("C4:C5")
    sheet.append(["5.及时公开落实举措", "公开率达到", "市发改委", "各县(市、区)政府", datetime.date(2021, 12, 31)])
    sheet.append(["6.公开咨询电话", 13912345678, None, None, None])
    sheet["B9"] = 0.95
    sheet["B9"].number_format = "0%"
    titled = book.create_sheet("封面", 0)  # a title merged across the columns and down two rows: written once
    titled["A1"] = "2021年政务公开工作要点任务分解表"
    titled.merge_cells("A1:E2")
    hidden = book.create_sheet("草稿")
    hidden.append(["工作任务", "牵头单位"])
    hidden.append(["草稿", "市财政局"])
    hidden.sheet_state = "hidden"
    path = tmp_path / "tasks.xlsx"
    book.save(str(path))
    raw = read_bytes(path.read_bytes(), name=path.name)
    assert raw.text.split("\n")[0] == "2021年政务公开工作要点任务分解表" and raw.text.count("工作要点任务分解表") == 1
    lines = raw.text.split("\n")[1:]
    assert raw.format == "xlsx" and lines[1:3] == [x.split(" |")[0] for x in text[1:3]]  # no bars: one cell
    assert lines[3].split(" | ")[2] == lines[4].split(" | ")[2] == "市发改委 市自然资源局"
    assert lines[8] == "5.及时公开落实举措 | 95% | 市发改委 | 各县(市、区)政府 | 2021年12月31日 |"
    assert lines[9] == "6.公开咨询电话 | 13912345678 |  |  |  |"  # (every digit of a long integer)
    assert "市财政局" not in raw.text
    got = {(d.span.line - 1, d.unit, d.role.value) for d in extract(path, use_cache=False).duties}
    plain = tmp_path / "tasks.txt"
    plain.write_text("\n".join(text), encoding="utf-8")
    assert {x for x in got if x[0] <= 8} == {(d.span.line, d.unit, d.role.value)
                                             for d in extract(plain, use_cache=False).duties}
    assert (9, "市发改委", "lead") in got and (9, "各县(市、区)政府", "co") in got and len(got) >= 14


def test_zip_that_is_no_document_says_so(tmp_path: Path) -> None:
    import zipfile

    from extract.errors import InputError
    from extract.read import read_path

    path = tmp_path / "plan.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "方案")
    with pytest.raises(InputError, match=r"neither a \.docx document nor an \.xlsx workbook"):
        read_path(path)


def test_a_ruled_task_table_printed_to_pdf_reads_row_by_row(tmp_path: Path) -> None:
    """A real plan's task table (suining-2017 in the corpus) as an HTML table with borders, printed by Chromium:
    pdfminer's boxes follow the columns (every task, then every unit), so no row was read; the rules drawn around
    the cells put each character in its cell, and the rows read as the plan's text does (a cell merged down
    written in every row it covers, one merged across followed by an empty cell, as in a .docx table)."""
    import html
    import subprocess

    from extract import extract
    from extract.read import read_path

    from .browser import CHROMIUM_ARGS, chromium_path

    plan = Path(__file__).parent / "data" / "corpus" / "plans" / "suining-2017-tourism-reform-pipe-rows.txt"
    lines = [x for x in plan.read_text(encoding="utf-8").split("\n") if x.strip()]
    rows = [[c.strip() for c in x.strip().strip("|").split("|")] for x in lines if x.startswith("|")]
    prose = [x for x in lines if not x.startswith("|")]

    def cell(c: str, extra: str = "") -> str:
        return f"<td{extra}>{html.escape(c)}</td>"

    body = "".join("<tr>" + "".join(cell(c) for c in r) + "</tr>" for r in rows)
    merged = ("<tr>" + cell("9", " rowspan='2'") + cell("推动旅游产业发展,完善旅游产品体系。") + cell("市旅游局", " colspan='2'")
              + "</tr><tr>" + cell("建设智慧旅游平台,提升旅游服务水平。") + cell("市经信委") + cell("持续实施") + "</tr>")
    page = tmp_path / "plan.html"
    page.write_text("<html><head><meta charset='utf-8'></head><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in prose)
                    + f"<table border='1' style='border-collapse:collapse'>{body}{merged}</table><p>附件2</p></body></html>",
                    encoding="utf-8")
    pdf = tmp_path / "plan.pdf"
    subprocess.run([chromium_path(), "--headless", *CHROMIUM_ARGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                    str(page)], capture_output=True, timeout=120, check=True)
    text = read_path(pdf).text.split("\n")
    assert "序号 | 工作任务 | 负责单位 | 时间进度 |" in text
    assert text[-3:] == ["9 | 推动旅游产业发展,完善旅游产品体系。 | 市旅游局 |  |",
                         "9 | 建设智慧旅游平台,提升旅游服务水平。 | 市经信委 | 持续实施 |", "附件2"]
    want = sorted((d.unit, d.role.value) for d in extract(plan, use_cache=False).duties)
    got = sorted((d.unit, d.role.value) for d in extract(pdf, use_cache=False).duties)
    assert len(want) == 36 and set(want) <= set(got) and ("市经信委", "shared") in got


def test_pdf_pages_a_reviewer_built_read_at_least_as_before(tmp_path: Path) -> None:
    """Pages a second reader printed with Chromium against the ruled-table reader: text drawn inside a Form
    XObject (a block with opacity) is read; a row a page break cut, with no rule under it, keeps its text; a roster
    as a bordered table (组长 | 张三 县长 |) gives its seats; a bordered box of prose paragraphs stays prose."""
    import subprocess

    from extract import extract

    from .browser import CHROMIUM_ARGS, chromium_path

    head = "<html><head><meta charset='utf-8'><style>td{border:1px solid black} table{border-collapse:collapse}</style></head><body>"
    long = "完善工作机制,强化督促检查,确保各项措施落地见效。" * 40
    pages = {
        "opacity": "<p>二、重点任务</p><div style='opacity:0.9'><p>(一)深化“放管服”改革。全面推行政务服务事项清单管理。"
                   "(县政务服务中心牵头,县发改局、县司法局配合)</p></div><p>(二)优化项目审批服务。(县住建局牵头,县自然资源局配合)</p>",
        "split": "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>" + "".join(
            f"<tr><td>{k}</td><td>推进第{k}项重点工作,完善工作机制。</td><td>县发改局</td><td>县司法局</td></tr>" for k in range(1, 6))
                 + f"<tr><td>6</td><td>{long}由县财政局牵头,县审计局、县统计局配合。</td><td>县财政局</td><td>县审计局</td></tr></table>",
        "roster": "<p>成立县优化营商环境工作领导小组,组成如下:</p><table><tr><td>组长</td><td>张三</td><td>县长</td></tr>"
                  "<tr><td>副组长</td><td>李四</td><td>常务副县长</td></tr><tr><td>成员</td><td>王五</td><td>县发改局局长</td></tr>"
                  "<tr><td></td><td>赵六</td><td>县财政局局长</td></tr></table>",
        "boxed": "<table><tr><td><p>(一)深化改革。全面推行清单管理。(县政务服务中心牵头,县发改局、县司法局配合)</p>"
                 "<p>(二)优化审批。推行并联审批。(县住建局牵头,县自然资源局配合)</p></td><td><p>(三)强化保障。加大投入力度。"
                 "县财政局负责落实专项资金。</p><p>(四)引进人才。完善激励政策。县人社局牵头,县教育局配合。</p></td></tr></table>",
    }
    got = {}
    for name, body in pages.items():
        page, pdf = tmp_path / f"{name}.html", tmp_path / f"{name}.pdf"
        page.write_text(head + body + "</body></html>", encoding="utf-8")
        subprocess.run([chromium_path(), "--headless", *CHROMIUM_ARGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                        str(page)], capture_output=True, timeout=120, check=True)
        got[name] = {(d.unit, d.role.value) for d in extract(pdf, use_cache=False).duties}
    assert {("县政务服务中心", "lead"), ("县发改局", "co"), ("县司法局", "co"), ("县住建局", "lead")} <= got["opacity"]
    assert {("县财政局", "lead"), ("县审计局", "co"), ("县统计局", "co"), ("县发改局", "lead")} <= got["split"]
    assert {("县长", "leader"), ("常务副县长", "deputy_leader"), ("县发改局局长", "member"), ("县财政局局长", "member")} \
        <= got["roster"]
    assert {("县财政局", "shared"), ("县人社局", "lead"), ("县教育局", "co"), ("县政务服务中心", "lead")} <= got["boxed"]
