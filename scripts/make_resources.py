"""Regenerate the generated data files under extract/resources/.

- t2s.tsv: a one-to-one Traditional -> Simplified character map, taken from OpenCC's
  TSCharacters dictionary (Apache-2.0; first candidate of each entry, single BMP
  characters only), so that normalising a text never changes its length and every
  offset found on the normalised text is valid on the original.
- jieba_small.txt: a small jieba dictionary: the most frequent words of jieba's own
  dictionary plus our lexicon of official-writing terms (lexicon.toml), so that
  segmentation starts in milliseconds instead of loading 349k words.

Run: python scripts/make_resources.py   (needs opencc-python-reimplemented and jieba)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "extract" / "resources"
TOP_WORDS = 12000


def make_t2s() -> None:
    import opencc

    src = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    rows = []
    for line in src.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        t, s = parts[0], parts[1].split(" ")[0]
        if len(t) == 1 and len(s) == 1 and t != s and ord(t) < 0x10000 and ord(s) < 0x10000:
            rows.append(f"{t}\t{s}")
    (HERE / "t2s.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"t2s.tsv: {len(rows)} characters")


def make_jieba_dict() -> None:
    import jieba

    sys.path.insert(0, str(HERE.parent.parent))
    from extract.lexicon import load_lexicon

    src = Path(jieba.__file__).parent / "dict.txt"
    entries = []
    for line in src.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            entries.append((int(parts[1]), parts[0], parts[2] if len(parts) > 2 else ""))
    entries.sort(key=lambda e: (-e[0], e[1]))
    words: dict[str, tuple[int, str]] = {}
    for freq, word, tag in entries[:TOP_WORDS]:
        words[word] = (freq, tag)
    for word in load_lexicon().segmentation_words():
        words.setdefault(word, (2000, "nt"))
    out = [f"{w} {f} {t}".rstrip() for w, (f, t) in sorted(words.items())]
    (HERE / "jieba_small.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"jieba_small.txt: {len(out)} words")


if __name__ == "__main__":
    make_t2s()
    make_jieba_dict()
