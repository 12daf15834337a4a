"""Score the CLI's output against a line-based gold file, as an analyst would (see data/SCHEMA.md).

The normalisation rules are those of the gold schema: unit strings compared after
dropping a trailing 等 and 主要负责同志/主要负责人/相关负责人 and a trailing alias in
parentheses; values with commas and range dashes unified; measures without 以上/以下.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

HEADING_KINDS = {"annex", "section", "subsection", "task", "subtask"}
_UNIT_TAIL = re.compile(r"(等)?(主要负责同志|主要负责人|相关负责人|负责同志|负责人)?$")
_ALIAS_TAIL = re.compile(r"\([^()]*\)$")
_MEASURE_TAIL = re.compile(r"(以上|以下|左右|及以上|以内)$")


def norm_unit(u: str) -> str:
    u = re.sub(r"\s+", "", u or "").replace("（", "(").replace("）", ")")
    prev = None
    while prev != u:
        prev = u
        u = _UNIT_TAIL.sub("", u)
        if _ALIAS_TAIL.search(u) and _ALIAS_TAIL.sub("", u):
            u = _ALIAS_TAIL.sub("", u)
    return u


def norm_value(v: object) -> str:
    s = re.sub(r"\s+", "", str(v or "")).replace(",", "").replace("，", "")
    s = s.replace("～", "-").replace("~", "-").replace("—", "-").replace("–", "-")
    try:
        return f"{float(s):f}".rstrip("0").rstrip(".")
    except ValueError:
        return s


def norm_measure(m: object) -> str:
    return _MEASURE_TAIL.sub("", re.sub(r"\s+", "", str(m or "")))


def norm_num(n: object) -> str:
    return str(n or "").strip().strip("()（）.、．")


def f1(gold: set, pred: set) -> float:
    if not gold and not pred:
        return 1.0  # nothing to find, nothing found
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def _int(x: str) -> int | None:
    x = (x or "").strip()
    return int(x) if x.isdigit() else None


def score(gold: list[dict], duties: list[dict], tasks: list[dict], indicators: list[dict]) -> dict[str, float]:
    g_roles = {(o["line"], norm_unit(r["unit"]), r["role"]) for o in gold for r in o.get("responsibilities", [])}
    p_roles = {(_int(r["line"]), norm_unit(r["unit"]), r["role"].strip()) for r in duties}
    g_head = {(o["line"], o["kind"], norm_num(o.get("number")), o.get("parent_line"))
              for o in gold if o.get("kind") in HEADING_KINDS}
    p_head = {(_int(r["line"]), r["kind"], norm_num(r["number"]), _int(r["parent_line"]))
              for r in tasks if r["kind"] in HEADING_KINDS}
    g_ind = {(o["line"], norm_value(i["value"])) for o in gold for i in o.get("indicators", [])}
    p_ind = {(_int(r["line"]), norm_value(r["value"])) for r in indicators}
    g_meas = {(o["line"], norm_value(i["value"]), norm_measure(i.get("measure"))) for o in gold
              for i in o.get("indicators", [])}
    p_meas = {(_int(r["line"]), norm_value(r["value"]), norm_measure(r["measure"])) for r in indicators}
    return {
        "units": f1({(a, b) for a, b, _ in g_roles}, {(a, b) for a, b, _ in p_roles}),
        "roles": f1(g_roles, p_roles),
        "headings": f1(g_head, p_head),
        "indicators": f1(g_ind, p_ind),
        "indicators_measure": f1(g_meas, p_meas),
    }


def micro_roles(name: str, gold: list[dict], duties: list[dict]) -> tuple[set, set]:
    """(gold, predicted) role triples of one plan, keyed by the plan's name so plans can be pooled."""
    g = {(name, o["line"], norm_unit(r["unit"]), r["role"]) for o in gold for r in o.get("responsibilities", [])}
    p = {(name, _int(r["line"]), norm_unit(r["unit"]), r["role"].strip()) for r in duties}
    return g, p
