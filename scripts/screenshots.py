"""Screenshots of the explorer for the README, made from the real page of the bundled example.

Builds the example into a temporary folder, opens its page in Debian's Chromium at 1600×1000 and
writes docs/explorer-overview.png, docs/explorer-unit.png (a focus on 市发改局) and
docs/explorer-action.png (a focus on 改革攻坚行动, whose tasks all lack a lead).

Usage: python scripts/screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "kg" / "resources" / "examples" / "linxiang-2024-eight-actions.txt"
sys.path.insert(0, str(ROOT))

VIEWS = (("explorer-overview.png", ""), ("explorer-unit.png", "#unit=" + quote("市发改局")),
         ("explorer-action.png", "#action=" + quote("改革攻坚行动")))


def _shrink(path: Path) -> None:
    """256 colours are plenty for a screenshot of text and lines, at a third of the size."""
    from PIL import Image

    with Image.open(path) as im:
        small = im.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    from tests.browser import browser

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(PLAN), "--out", tmp, "-q"], check=True,
                       env=dict(os.environ, KG_CACHE_DIR=str(Path(tmp) / "cache")))
        page_file = Path(tmp) / "linxiang-2024-eight-actions.html"
        with browser() as b:
            for name, fragment in VIEWS:
                page = b.new_page(viewport={"width": 1600, "height": 1000})
                page.goto(page_file.as_uri() + fragment)
                page.wait_for_function("window.kgExplorer && window.kgExplorer.ready", timeout=30000)
                page.screenshot(path=str(out / name))
                page.close()
                _shrink(out / name)
                print(f"wrote {out / name}")


if __name__ == "__main__":
    main()
