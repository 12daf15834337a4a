"""Pictures: the overload chart (bar chart of load by role)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extract.records import Role

from .._files import write_atomic

if TYPE_CHECKING:
    from .._answers import UnitLoad

__all__ = ["plot_overload"]

#: the order of the bars: task roles, then seats in teams
_ROLE_ORDER = (Role.lead, Role.shared, Role.co, Role.supervisor, Role.indicator_owner, Role.convener, Role.leader,
               Role.office, Role.deputy_convener, Role.deputy_leader, Role.member)


def _cjk_font() -> list[str]:
    from matplotlib import font_manager

    wanted = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "WenQuanYi Zen Hei", "Source Han Sans SC",
              "SimHei", "Microsoft YaHei")
    have = {f.name for f in font_manager.fontManager.ttflist}
    if not any(f in have for f in wanted):
        # matplotlib's font cache predates fonts installed later (e.g. Debian's fonts-noto-cjk): add them
        import glob

        for path in sorted(glob.glob("/usr/share/fonts/**/*CJK*.tt[cf]", recursive=True)
                           + glob.glob("/usr/share/fonts/**/*CJK*.otf", recursive=True)):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
        have = {f.name for f in font_manager.fontManager.ttflist}
    return [f for f in wanted if f in have] + ["DejaVu Sans"]


def plot_overload(rows: Sequence[UnitLoad], path: Path, top: int = 25) -> None:
    """Stacked horizontal bars of each unit's weighted load by role (:func:`kg.analysis.overload`'s
    rows); outliers marked. Atomic write."""
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from ..weights import ROLE_WEIGHTS

    plt.rcParams["font.sans-serif"] = _cjk_font()
    plt.rcParams["axes.unicode_minus"] = False
    rows = list(rows[:top])[::-1]
    fig, ax = plt.subplots(figsize=(10, max(3.0, 0.32 * len(rows) + 1.2)), dpi=110)
    left = [0.0] * len(rows)
    labels = [("⚠ " if r.outlier else "") + r.unit for r in rows]
    cmap = plt.get_cmap("tab20")
    for k, role in enumerate(_ROLE_ORDER):
        vals = [r.roles.get(role, 0) * ROLE_WEIGHTS.get(role, 0) for r in rows]
        if not any(vals):
            continue
        ax.barh(labels, vals, left=left, color=cmap(k), label=f"{role} ×{ROLE_WEIGHTS.get(role, 0):g}")
        left = [a + b for a, b in zip(left, vals, strict=True)]
    fence = rows[0].fence if rows else None
    if fence:
        ax.axvline(fence, color="crimson", linestyle="--", linewidth=1, label=f"outlier fence {fence:g}")
    ax.set_xlabel("load score (weighted duties)")
    ax.set_title("Unit load by role")
    ax.legend(loc="lower right", fontsize=8)
    with warnings.catch_warnings():
        # without a CJK font (Debian: fonts-noto-cjk) names draw as boxes; say it once, not per glyph
        warnings.simplefilter("ignore", UserWarning)
        fig.tight_layout()
    def save(tmp: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            fig.savefig(tmp, format="png")

    try:
        write_atomic(path, save)
    finally:
        plt.close(fig)
