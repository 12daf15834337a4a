"""``kg diff OLD NEW``: what changed between two versions of a plan (or two corpus builds).

Tasks are matched by their text: the same text is the same task; of the rest, an old and a new
task whose texts are similar enough (difflib's ratio, :data:`REWORDED`) are one task reworded,
the others were removed or added.  Duties are compared per unit (its name) and task (matched as
above): added, removed, or the role changed.  Targets are compared per task and name: value or
year changed, added, removed.

>>> from kg.changes import match_tasks
>>> m = match_tasks(["推进重大项目建设", "加快物流发展"], ["推进重大项目建设", "加快现代物流发展", "新增任务"])
>>> m.reworded, m.added
([('加快物流发展', '加快现代物流发展', 0.86)], ['新增任务'])
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from .store import GraphStore

__all__ = ["DIFF_COLUMNS", "REWORDED", "TaskMatch", "diff", "match_tasks", "summary"]

#: two task texts at least this similar (difflib ratio) are one task reworded
REWORDED = 0.6
DIFF_COLUMNS = ("what", "change", "unit", "role", "old_role", "task", "old_task", "value", "old_value", "year",
                "old_year", "similarity", "line", "old_line", "plan", "old_plan")


@dataclass
class TaskMatch:
    """Old task text -> new task text; reworded (old, new, similarity); removed and added texts."""

    same: list[str] = field(default_factory=list)
    reworded: list[tuple[str, str, float]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    def new_of(self) -> dict[str, str]:
        """Old text -> the new text it became (the same text when unchanged)."""
        return {t: t for t in self.same} | {o: n for o, n, _ in self.reworded}


def _key(text: str) -> str:
    return "".join(text.split())


def match_tasks(old: list[str], new: list[str], threshold: float = REWORDED) -> TaskMatch:
    """Match old task texts to new ones: equal texts, then the most similar pairs above ``threshold``."""
    m = TaskMatch()
    left = Counter(_key(t) for t in new)
    rest_old = []
    for t in old:
        if left[_key(t)] > 0:
            left[_key(t)] -= 1
            m.same.append(t)
        else:
            rest_old.append(t)
    rest_new = []
    for t in new:
        if left[_key(t)] > 0:  # a new text no old one had (or more copies of it than before)
            left[_key(t)] -= 1
            rest_new.append(t)
    pairs = []
    for i, o in enumerate(rest_old):
        for j, n in enumerate(rest_new):
            sm = difflib.SequenceMatcher(None, o, n, autojunk=False)
            if sm.real_quick_ratio() >= threshold and sm.quick_ratio() >= threshold:
                r = sm.ratio()
                if r >= threshold:
                    pairs.append((r, i, j))
    used_o: set[int] = set()
    used_n: set[int] = set()
    for r, i, j in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if i not in used_o and j not in used_n:
            used_o.add(i)
            used_n.add(j)
            m.reworded.append((rest_old[i], rest_new[j], round(r, 2)))
    m.reworded.sort(key=lambda x: old.index(x[0]))
    m.removed = [t for i, t in enumerate(rest_old) if i not in used_o]
    m.added = [t for j, t in enumerate(rest_new) if j not in used_n]
    return m


def _tasks(store: GraphStore) -> dict[tuple[str, int], str]:
    from .lists import tasks

    return {(r["plan"], r["line"]): (r.get("title") or r["text"]) for r in tasks(store)}


def diff(old: GraphStore, new: GraphStore, threshold: float = REWORDED) -> list[dict[str, Any]]:
    """The changes from ``old`` to ``new``: one dict per change (columns :data:`DIFF_COLUMNS`).

    ``what`` is ``task``, ``duty`` or ``target``; ``change`` is ``added``, ``removed``,
    ``reworded`` (tasks), ``role`` (duties: the role changed) or ``changed`` (targets).
    """
    from .lists import duties, indicators

    t_old, t_new = _tasks(old), _tasks(new)
    m = match_tasks(list(t_old.values()), list(t_new.values()), threshold)
    where_old = {t: k for k, t in t_old.items()}
    where_new = {t: k for k, t in t_new.items()}
    rows: list[dict[str, Any]] = []
    for t in m.removed:
        rows.append({"what": "task", "change": "removed", "old_task": t, "old_line": where_old[t][1],
                     "old_plan": where_old[t][0]})
    for t in m.added:
        rows.append({"what": "task", "change": "added", "task": t, "line": where_new[t][1], "plan": where_new[t][0]})
    for o, n, r in m.reworded:
        rows.append({"what": "task", "change": "reworded", "task": n, "old_task": o, "similarity": r,
                     "line": where_new[n][1], "plan": where_new[n][0], "old_line": where_old[o][1],
                     "old_plan": where_old[o][0]})
    # the identity of a task across versions: its new text (an old task's new text when matched)
    ident = m.new_of()

    def task_of(texts: dict[tuple[str, int], str], is_old: bool, r: dict[str, Any]) -> str:
        t = texts.get((r["plan"], int(r["task_line"])), "") if r.get("task_line") is not None else ""
        return ident.get(t, f"\0old:{t}") if is_old and t else t

    def duty_map(store: GraphStore, texts: dict[tuple[str, int], str], is_old: bool) -> dict[Any, dict[str, Any]]:
        out: dict[Any, dict[str, Any]] = defaultdict(dict)
        for r in duties(store):
            key = (r["unit_name"], task_of(texts, is_old, r), r.get("team") or "")
            out[key].setdefault(r["role"], r)
        return out

    d_old, d_new = duty_map(old, t_old, True), duty_map(new, t_new, False)

    def show(task: str) -> str:
        return task.removeprefix("\0old:")

    for key in sorted(set(d_old) | set(d_new)):
        unit, task, team = key
        ro, rn = d_old.get(key, {}), d_new.get(key, {})
        label = show(task) or team
        if ro and rn:
            if set(ro) != set(rn):
                a, b = next(iter(ro.values())), next(iter(rn.values()))
                rows.append({"what": "duty", "change": "role", "unit": unit, "role": "、".join(sorted(rn)),
                             "old_role": "、".join(sorted(ro)), "task": label, "line": b["line"], "plan": b["plan"],
                             "old_line": a["line"], "old_plan": a["plan"]})
        elif ro:
            a = next(iter(ro.values()))
            rows.append({"what": "duty", "change": "removed", "unit": unit, "old_role": "、".join(sorted(ro)),
                         "old_task": label, "old_line": a["line"], "old_plan": a["plan"]})
        else:
            b = next(iter(rn.values()))
            rows.append({"what": "duty", "change": "added", "unit": unit, "role": "、".join(sorted(rn)),
                         "task": label, "line": b["line"], "plan": b["plan"]})

    def target_map(store: GraphStore, texts: dict[tuple[str, int], str], is_old: bool) -> dict[Any, dict[str, Any]]:
        out: dict[Any, dict[str, Any]] = {}
        seen: Counter[Any] = Counter()
        for r in indicators(store):
            base = (task_of(texts, is_old, r), r["name"])
            seen[base] += 1
            out[(*base, seen[base])] = r
        return out

    i_old, i_new = target_map(old, t_old, True), target_map(new, t_new, False)
    for key in sorted(set(i_old) | set(i_new)):
        a, b = i_old.get(key), i_new.get(key)
        task = show(key[0])
        if a and b:
            va, vb = f"{a['value']}{a['measure']}", f"{b['value']}{b['measure']}"
            if va != vb or a.get("year") != b.get("year"):
                rows.append({"what": "target", "change": "changed", "unit": b["name"], "task": task, "value": vb,
                             "old_value": va, "year": b.get("year"), "old_year": a.get("year"), "line": b["line"],
                             "plan": b["plan"], "old_line": a["line"], "old_plan": a["plan"]})
        elif a:
            rows.append({"what": "target", "change": "removed", "unit": a["name"], "old_task": task,
                         "old_value": f"{a['value']}{a['measure']}", "old_year": a.get("year"), "old_line": a["line"],
                         "old_plan": a["plan"]})
        elif b:
            rows.append({"what": "target", "change": "added", "unit": b["name"], "task": task,
                         "value": f"{b['value']}{b['measure']}", "year": b.get("year"), "line": b["line"],
                         "plan": b["plan"]})
    return rows


def summary(rows: list[dict[str, Any]]) -> str:
    """One line: how many duties, tasks and targets changed, and in how many units.

    >>> summary([{"what": "duty", "change": "added", "unit": "市发改局"}])
    'duties: 1 added, 0 removed, 0 role changed (1 unit); tasks: 0 added, 0 removed, 0 reworded; targets: 0 changed, 0 added, 0 removed'
    """
    c = Counter((r["what"], r["change"]) for r in rows)
    units = {r["unit"] for r in rows if r["what"] == "duty"}
    return (f"duties: {c['duty', 'added']} added, {c['duty', 'removed']} removed, {c['duty', 'role']} role changed "
            f"({len(units)} unit{'s' if len(units) != 1 else ''}); "
            f"tasks: {c['task', 'added']} added, {c['task', 'removed']} removed, {c['task', 'reworded']} reworded; "
            f"targets: {c['target', 'changed']} changed, {c['target', 'added']} added, {c['target', 'removed']} removed")
