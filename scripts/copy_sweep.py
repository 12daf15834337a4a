"""Copy sweep: does a plan read the same when it is copied the ways real copies come?

    python scripts/copy_sweep.py DIR [names...] [--copy bare,labels,spaces,bars,blank,tight,wrap,trad]

DIR holds plans/*.txt (tests/data/dev, tests/data/corpus).  Each plan is rewritten as another copy of the same
text would give it, then read back by kg, and the multiset of its (unit, role) duties compared with the text's
own reading (unit names in kg's normal form, so Traditional and Simplified names count as one):

- bare: a responsibility bracket written as sentences of its own (…任务。市发改局牵头,市财政局按职责分工负责。)
- labels: the bracket's clause written as labels ((牵头单位:市发改局;配合单位:市财政局))
- spaces: the units inside a responsibility bracket parted by single spaces (a PDF's copy)
- bars: a table's trailing bars dropped (指标名称 | → 指标名称), its empty continuation rows left blank
- blank: a blank line after every paragraph (a web page's copy)
- tight: every blank line dropped (a copy from a page whose paragraphs have no space between them)
- wrap: every paragraph wrapped at 38 characters (a PDF's text, lines of a table kept whole)
- trad: written in Traditional characters (each simplified character with a single traditional form)

Prints kept/text/copy per plan and an agreement F1 per kind of copy.
"""

from __future__ import annotations

import collections
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from format_sweep import Duties, duties, run

_BRACKET = re.compile(r"[（(]([^（）()]*?(?:牵头|负责|配合|协助|参与)[^（）()]*)[）)]")
_LEAD_THEN = re.compile(r"(.+?)牵头[,，](.+?)(?:等(?:相关|有关)?(?:部门|单位))?(?:按职责分工|按照职责分工|分工)?(?:负责|配合)")
_SHARED = re.compile(r"(.+?)(?:等(?:相关|有关)?(?:部门|单位))?(?:按职责分工|按照职责分工|分工)?负责")
WIDTH = 38


def _bare(text: str) -> str:
    return _BRACKET.sub(lambda m: "。" + m.group(1) + "。", text)


def _label(m: re.Match[str]) -> str:
    inner = m.group(1)
    if (x := _LEAD_THEN.fullmatch(inner)) is not None:
        return f"(牵头单位:{x.group(1)};配合单位:{x.group(2)})"
    if (x := _SHARED.fullmatch(inner)) is not None:
        return f"(责任单位:{x.group(1)})"
    return m.group(0)


def _spaces(text: str) -> str:
    return _BRACKET.sub(lambda m: "(" + m.group(1).replace("、", " ") + ")", text)


def _bars(text: str) -> str:
    return "\n".join("" if line.strip() == "||" else re.sub(r"\s*\|\s*$", "", line) for line in text.split("\n"))


def _wrap(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line[:1].isspace() and line.strip():
            line = "\u3000\u3000" + line.strip()  # a paragraph's indent as a PDF sets it: two full-width spaces
        if len(line) <= WIDTH or "|" in line:
            out.append(line)
        else:
            out += [line[k : k + WIDTH] for k in range(0, len(line), WIDTH)]
    return "\n".join(out)


def _traditional() -> Callable[[str], str]:
    table = Path(__file__).resolve().parents[1] / "extract" / "resources" / "t2s.tsv"
    forms: dict[str, list[str]] = collections.defaultdict(list)
    for row in table.read_text(encoding="utf-8").splitlines():
        t, _, s = row.partition("\t")
        if len(t) == 1 and len(s) == 1:
            forms[s].append(t)
    one = {s: ts[0] for s, ts in forms.items() if len(ts) == 1}
    return lambda text: "".join(one.get(c, c) for c in text)


COPIES: dict[str, Callable[[str], str]] = {
    "bare": _bare,
    "labels": lambda text: _BRACKET.sub(_label, text),
    "spaces": _spaces,
    "bars": _bars,
    "blank": lambda text: "\n\n".join(text.split("\n")),
    "tight": lambda text: "\n".join(line for line in text.split("\n") if line.strip()),
    "wrap": _wrap,
    "trad": _traditional(),
}


def sweep(args: tuple[Path, list[str]]) -> tuple[str, list[tuple[str, int, int, int]]]:
    plan, copies = args
    base: Duties = duties(plan) or collections.Counter()
    text = plan.read_text(encoding="utf-8")
    rows = []
    with tempfile.TemporaryDirectory() as td:
        for name in copies:
            out = Path(td) / "plan.txt"
            out.write_text(COPIES[name](text), encoding="utf-8")
            got = duties(out) or collections.Counter()
            rows.append((name, sum((base & got).values()), sum(base.values()), sum(got.values())))
    return plan.stem, rows


def main() -> None:
    args = sys.argv[1:]
    if "--copy" in args and (unknown := [c for c in args[args.index("--copy") + 1].split(",") if c not in COPIES]):
        sys.exit(f"copy_sweep: no such copy: {', '.join(unknown)} (known: {', '.join(COPIES)})")
    run(sweep, "--copy", list(COPIES), "the copy", args)


if __name__ == "__main__":
    main()
