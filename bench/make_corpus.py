"""A synthetic corpus of N plans for the corpus benchmarks (bench/bench_corpus.py, bench/bench_queries.py).

Each plan is a variant of one of the real plans kg ships with: the example
(kg/resources/examples/) and the dev plans (tests/data/dev/plans/), taken in turn.  A variant

- renames units: every unit that kg finds in the source (as written) may be swapped for another
  unit named in any of the sources (distinct names stay distinct), and the level prefix of the
  local ones moves between 市, 县 and 区 (市发改局 -> 县发改局);
- changes numbers: amounts before a measure word (95家, 3.2%, 10亿元) are scaled by 0.7-1.3, the
  document number (〔2024〕1号) and the day of the date are redrawn;
- reorders tasks: each run of numbered task lines (1. 2. 3. … with what follows each) is shuffled
  and renumbered.

The same seed gives the same files; no two files have the same content (a corpus build would keep
only one of two identical plans).  This is a benchmark input only, never test gold: the variants
are not read by a person and nothing says what kg should find in them.

Usage: python bench/make_corpus.py OUT_DIR [-n 1000] [--seed 1]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "kg" / "resources" / "examples" / "linxiang-2024-eight-actions.txt"
DEV_PLANS = ROOT / "tests" / "data" / "dev" / "plans"

LEVELS = "市县区"
_MEASURE = r"(?=\s*(?:%|％|个百分点|家|个|项|亿|万|千|元|公里|千米|米|亩|人|名|所|座|户|吨|次|平方|辆|套|条|处|场|批|倍))"
_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)" + _MEASURE)
_DOC_NO = re.compile(r"(〔\d{4}〕|\[\d{4}\])(\d+)(号|號)")
_DAY = re.compile(r"(\d{4}年\d{1,2}月)(\d{1,2})(日)")
_TASK = re.compile(r"^(\s*)(\d{1,3})([.．、]|\s)(?=\S)")
_HIGHER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|附件)")


@dataclass(frozen=True)
class Source:
    path: Path
    text: str
    units: tuple[str, ...]  # unit names as written in the text, longest first


def sources() -> list[Source]:
    """The example and the dev plans, with the unit names kg finds in each (as written)."""
    from extract import extract

    out = []
    for p in [EXAMPLE, *sorted(DEV_PLANS.glob("*.txt"))]:
        ex = extract(p)
        names = {label for u in ex.units if u.kind.value in ("department", "zone", "enterprise", "higher_level")
                 for label in (u.name, *u.labels) if len(label) >= 3}
        text = ex.document.text
        out.append(Source(p, text, tuple(sorted((n for n in names if n in text), key=lambda n: (-len(n), n)))))
    return out


def _level(name: str, level: str) -> str:
    return level + name[1:] if name[0] in LEVELS and name[1:2] not in LEVELS else name


def _rename_units(text: str, src: Source, pool: list[str], rng: random.Random) -> str:
    """Swap some units for others of the pool and move local units to one level (市/县/区)."""
    if not src.units:
        return text
    level = rng.choice(LEVELS)
    taken = set(src.units)
    free = [n for n in pool if n not in taken]
    rng.shuffle(free)
    mapping: dict[str, str] = {}
    for name in src.units:
        new = free.pop() if free and rng.random() < 0.3 else name
        mapping[name] = _level(new, level)
    # distinct names stay distinct (two units never become one)
    seen: set[str] = set()
    for name in src.units:
        if mapping[name] in seen:
            mapping[name] = name
        seen.add(mapping[name])
    pattern = re.compile("|".join(map(re.escape, src.units)))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def _scale_numbers(text: str, rng: random.Random) -> str:
    def scale(m: re.Match[str]) -> str:
        s = m.group(1)
        decimals = len(s.split(".")[1]) if "." in s else 0
        v = float(s) * rng.uniform(0.7, 1.3)
        return f"{v:.{decimals}f}" if decimals else str(max(1, round(v)))

    text = _NUMBER.sub(scale, text)
    text = _DOC_NO.sub(lambda m: f"{m.group(1)}{rng.randint(1, 300)}{m.group(3)}", text)
    return _DAY.sub(lambda m: f"{m.group(1)}{rng.randint(1, 28)}{m.group(3)}", text)


def _shuffle_tasks(text: str, rng: random.Random) -> str:
    """Shuffle each run of tasks numbered 1, 2, 3, … (a task: its numbered line and the lines after it)."""
    lines = text.split("\n")
    out: list[str] = []
    blocks: list[list[str]] = []

    def close() -> None:
        if len(blocks) > 1:
            rng.shuffle(blocks)
        for k, block in enumerate(blocks, 1):
            m = _TASK.match(block[0])
            assert m is not None
            out.append(f"{m.group(1)}{k}{m.group(3)}{block[0][m.end():]}")
            out.extend(block[1:])
        blocks.clear()

    for line in lines:
        m = _TASK.match(line)
        if m and int(m.group(2)) == len(blocks) + 1:
            blocks.append([line])
        elif m and int(m.group(2)) == 1:
            close()
            blocks.append([line])
        elif blocks and not m and not _HIGHER.match(line):
            blocks[-1].append(line)
        else:
            close()
            out.append(line)
    close()
    return "\n".join(out)


def variant(src: Source, pool: list[str], rng: random.Random) -> str:
    text = _rename_units(src.text, src, pool, rng)
    text = _scale_numbers(text, rng)
    return _shuffle_tasks(text, rng)


def make_corpus(out: Path, n: int, seed: int = 1, srcs: list[Source] | None = None) -> list[Path]:
    """Write ``n`` distinct plans into ``out`` (created); return their paths."""
    srcs = srcs if srcs is not None else sources()
    pool = sorted({u for s in srcs for u in s.units})
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    paths = []
    for i in range(n):
        src = srcs[i % len(srcs)]
        rng = random.Random(f"{seed}/{i}")
        text = variant(src, pool, rng)
        h = hashlib.sha1(text.encode("utf-8")).hexdigest()
        tries = 0
        while h in seen and tries < 5:
            text = variant(src, pool, rng)
            h = hashlib.sha1(text.encode("utf-8")).hexdigest()
            tries += 1
        if h in seen:  # a source with nothing to vary: a line says which variant this is
            text += f"\n（第{i + 1}稿）"
            h = hashlib.sha1(text.encode("utf-8")).hexdigest()
        seen.add(h)
        path = out / f"{src.path.stem}-v{i + 1:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    paths = make_corpus(a.out, a.n, a.seed)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"{len(paths)} plans, {chars:,} characters in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
