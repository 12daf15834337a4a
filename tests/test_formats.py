"""Plans as .docx, .pdf and .html read like the text (documents made here, in the test)."""

from __future__ import annotations

import glob
from pathlib import Path

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


def test_pdf(tmp_path: Path) -> None:
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
    fig = plt.figure(figsize=(8.27, 11.69))
    for k, line in enumerate(LINES):
        fig.text(0.05, 0.95 - k * 0.04, line, fontsize=10)
    p = tmp_path / "plan.pdf"
    fig.savefig(p)
    plt.close(fig)
    assert _duties(p, tmp_path) == EXPECTED


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
