"""Format sweep: does a plan read the same in another format?

    python scripts/format_sweep.py DIR [names...] [--fmt docx,xlsx,html,gbk,pdf,pdftable]

DIR holds plans/*.txt (tests/data/dev, tests/data/corpus).  Each plan is written as .docx (a paragraph a line),
.xlsx (a row a line: a line parted by bars or tabs into cells, any other line in the first column),
.pdf-table (the HTML page with each run of lines that end in a bar written as a ruled <table>, printed to PDF),
.html (a <p> a non-empty line), GBK text and .pdf (that HTML printed by Debian's chromium with the fonts installed),
read back by kg, and the multiset of its (unit, role) duties compared with the text's reading (unit names in kg's
normal form, so a PDF font's radicals count as the characters they show).  Prints kept/text/format per plan and
an agreement F1 per format.
"""

from __future__ import annotations

import collections
import html
import subprocess
import sys
import tempfile
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

Duties = collections.Counter[tuple[str, str]]


def duties(path: Path) -> Duties | None:
    from extract.errors import InputError
    from extract.pipeline import extract
    from extract.read import normalise

    try:
        ex = extract(path, use_cache=False)
    except InputError:
        return None
    return collections.Counter((normalise(d.unit), d.role.value) for d in ex.duties)


def write_as(fmt: str, text: str, folder: Path) -> Path:
    lines = text.split("\n")
    if fmt == "docx":
        import docx

        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        out = folder / "plan.docx"
        document.save(str(out))
        return out
    if fmt == "xlsx":
        import re

        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        for line in lines:
            cells = [c.strip() for c in re.split(r"\s*\|\s*|\t+", line.strip())]
            while cells and not cells[-1]:
                cells.pop()
            if cells and not cells[0] and line.strip().startswith("|"):
                cells.pop(0)
            sheet.append(cells or [None])
        out = folder / "plan.xlsx"
        book.save(str(out))
        return out
    if fmt == "gbk":
        out = folder / "plan.txt"
        out.write_bytes(text.encode("gb18030"))
        return out
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip()) if fmt != "pdftable" else _ruled(lines)
    page = folder / "plan.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    if fmt == "html":
        return page
    out = folder / "plan.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", str(page)], capture_output=True, timeout=120, check=True)
    return out


def _ruled(lines: list[str]) -> str:
    """The page's body with each run of lines ending in a bar (a table's rows) as a <table> with borders."""
    out: list[str] = []
    rows: list[list[str]] = []
    for line in [*lines, ""]:
        if line.count("|") >= 2 and line.strip().endswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if rows:
            out.append("<table border='1' style='border-collapse:collapse'>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
            rows = []
        if line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    return "".join(out)


def sweep(args: tuple[Path, list[str]]) -> tuple[str, list[tuple[str, int, int, int]]]:
    plan, fmts = args
    base = duties(plan) or collections.Counter()
    rows = []
    with tempfile.TemporaryDirectory() as td:
        for fmt in fmts:
            got = duties(write_as(fmt, plan.read_text(encoding="utf-8"), Path(td))) or collections.Counter()
            rows.append((fmt, sum((base & got).values()), sum(base.values()), sum(got.values())))
    return plan.stem, rows


Sweep = Callable[[tuple[Path, list[str]]], tuple[str, list[tuple[str, int, int, int]]]]


def run(sweep_one: Sweep, option: str, default: list[str], what: str, argv: list[str]) -> None:
    """Parse ``DIR [names...] [option a,b]``, sweep each plan over the kinds with two workers, print a line a plan
    (kept/text/other per kind) and the agreement F1 of each kind (``what`` names the other reading in the totals)."""
    args = list(argv)
    kinds = list(default)
    if option in args:
        k = args.index(option)
        kinds = args[k + 1].split(",")
        del args[k : k + 2]
    root, names = Path(args[0]), args[1:]
    plans = [p for p in sorted((root / "plans").glob("*.txt")) if not names or any(n in p.stem for n in names)]
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    with Pool(2) as pool:
        for stem, rows in pool.imap(sweep_one, [(p, kinds) for p in plans]):
            cells = []
            for kind, kept, text, other in rows:
                for k, v in enumerate((kept, text, other)):
                    totals[kind][k] += v
                cells.append(f"{kind} {kept}/{text}/{other}{'' if kept == text == other else ' <<'}")
            print(f"{stem[:60]:60s} " + "  ".join(cells), flush=True)
    for kind, (kept, text, other) in totals.items():
        p, r = (kept / other if other else 0.0), (kept / text if text else 0.0)
        print(f"TOTAL {kind}: kept {kept} of the text's {text}, {what} gave {other}; "
              f"agreement F1 {2 * p * r / (p + r) if p + r else 0.0:.4f}")


def main() -> None:
    run(sweep, "--fmt", ["docx", "html", "gbk"], "the format", sys.argv[1:])


if __name__ == "__main__":
    main()
