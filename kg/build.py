"""``kg build``: plan file -> records -> RDF -> Turtle + Oxigraph store (+ HTML page)."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extract import Extraction, extract
from extract.read import DEFAULT_MAX_MB

__all__ = ["BuildResult", "build", "summary_lines"]


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote and what it found."""

    plan: Path
    ttl: Path
    store: Path
    html: Path | None
    extraction: Extraction
    triples: int
    seconds: dict[str, float] = field(default_factory=dict)


def build(plan: str | Path, out_dir: str | Path, *, max_mb: float = DEFAULT_MAX_MB, html: bool = True,
          use_cache: bool = True) -> BuildResult:
    """Build the graph of ``plan`` into ``out_dir`` (atomically: nothing is left half-written).

    Writes ``<stem>.ttl``, ``<stem>.oxigraph/`` and, unless ``html=False``, ``<stem>.html``.
    """
    from .graph import PREFIXES, graph_triples, plan_base, turtle_lines
    from .store import atomic_dir, write_outputs

    t0 = time.perf_counter()
    plan = Path(plan)
    out = Path(out_dir)
    ex = extract(plan, max_mb=max_mb, use_cache=use_cache)
    t1 = time.perf_counter()
    triples = graph_triples(ex)
    text = turtle_lines(triples)
    t2 = time.perf_counter()
    stem = plan.stem
    html_path = None
    with atomic_dir(out) as tmp:
        write_outputs(text, stem, tmp, PREFIXES | {"kgd": plan_base(ex)})
        if html:
            from .views.html import write_html

            write_html(ex, tmp / f"{stem}.html")
            html_path = out / f"{stem}.html"
    t3 = time.perf_counter()
    return BuildResult(
        plan=plan,
        ttl=out / f"{stem}.ttl",
        store=out / f"{stem}.oxigraph",
        html=html_path,
        extraction=ex,
        triples=len(triples),
        seconds={"extract": t1 - t0, "graph": t2 - t1, "write": t3 - t2},
    )


def summary_lines(res: BuildResult, max_warnings: int = 20) -> list[str]:
    """The short summary ``kg build`` prints."""
    ex = res.extraction
    kinds = Counter(h.kind.value for h in ex.headings)
    roles = Counter(d.role.value for d in ex.duties)
    doc = ex.document
    out = [f"built {res.ttl} ({res.triples} triples) and {res.store}" + (f", {res.html}" if res.html else "")]
    head = " · ".join(x for x in (doc.number.quote if doc.number else None, doc.title, doc.date) if x)
    if head:
        out.append(f"plan: {head}")
    out.append(
        "headings: " + ", ".join(f"{k} {kinds[k]}" for k in ("annex", "section", "subsection", "task", "subtask") if kinds[k])
    )
    out.append(f"units: {len(ex.units)}   teams: {len(ex.teams)}   indicators: {len(ex.indicators)}   deadlines: "
               f"{sum(len(v) for v in ex.deadlines.values())}")
    out.append("duties: " + str(len(ex.duties)) + " (" + ", ".join(f"{r} {n}" for r, n in roles.most_common()) + ")")
    out.append(f"warnings: {len(ex.warnings)}")
    for w in ex.warnings[:max_warnings]:
        out.append(f"  line {w.line}: {w.code} {w.message}" if w.line else f"  {w.code} {w.message}")
    if len(ex.warnings) > max_warnings:
        out.append(f"  … {len(ex.warnings) - max_warnings} more (kg check --graph {res.ttl} lists them all)")
    return out
