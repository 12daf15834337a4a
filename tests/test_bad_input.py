"""Errors a user can cause: one line on stderr, exit 2, no traceback, nothing left in --out."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import EXAMPLE, run_kg


def _bad(tmp_path: Path, name: str, data: bytes | None) -> Path:
    p = tmp_path / name
    if data is not None:
        p.write_bytes(data)
    return p


CASES = {
    "missing": ("missing.txt", None),
    "empty": ("empty.txt", b""),
    "binary": ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20),
    "no-chinese": ("english.txt", b"This plan has no Chinese text at all.\n" * 10),
    "bad-zip": ("broken.docx", b"PK\x03\x04" + b"garbage" * 50),
    "word-97": ("plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_is_one_line_and_exit_2(case: str, tmp_path: Path) -> None:
    name, data = CASES[case]
    plan = _bad(tmp_path, name, data)
    out = tmp_path / "out"
    p = run_kg("build", str(plan), "--out", str(out), check=False)
    assert p.returncode == 2, p.stderr
    assert len(p.stderr.strip().splitlines()) == 1, p.stderr
    assert "Traceback" not in p.stderr
    assert not out.exists() or not any(out.iterdir())


def test_a_word_97_file_says_how_to_read_it(tmp_path: Path) -> None:
    p = _bad(tmp_path, *CASES["word-97"])  # type: ignore[arg-type]
    err = run_kg("build", str(p), "-o", str(tmp_path / "out"), check=False).stderr
    assert ".docx" in err and "Save As" in err


def test_directory_is_refused(tmp_path: Path) -> None:
    p = run_kg("build", str(tmp_path), "--out", str(tmp_path / "out"), check=False)
    assert p.returncode == 2 and "directory" in p.stderr


def test_a_file_over_the_size_limit_is_refused_unread_and_nothing_is_written(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A 50 MB file is refused from its size before a byte of it is read (how fast that is, is bench/'s to
    measure): one line that says the size, the limit and what to do, exit 2, no output folder, no last-build
    record; --max-mb raises the limit (the same file is then read, and refused as no text)."""
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB to stat, nothing to write
    read: list[Path] = []
    read_bytes = Path.read_bytes

    def spy(self: Path) -> bytes:
        if self == big:
            read.append(self)
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    out, state = tmp_path / "out", tmp_path / "state"
    p = run_kg("build", str(big), "--out", str(out), env={"KG_STATE_DIR": str(state)}, check=False)
    assert (p.returncode, p.stdout) == (2, "")
    assert p.stderr == (f"kg: KG100: {big}: 50.0 MB is more than the 10 MB allowed for one plan "
                        "(pass --max-mb to raise the limit, or split the file)\n")
    assert read == []
    assert not out.exists() and not state.exists()
    p = run_kg("build", str(big), "--out", str(out), "--max-mb", "60", check=False)
    assert p.returncode == 2 and "MB allowed" not in p.stderr and read == [big]
    assert not out.exists()


def test_failed_build_leaves_previous_output_intact(tmp_path: Path, cache_env: dict[str, str]) -> None:
    out = tmp_path / "out"
    run_kg("build", str(EXAMPLE), "--out", str(out), "--no-html", env=cache_env)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = _bad(tmp_path, "linxiang-2024-eight-actions.txt", b"\x00\x01\x02" * 100)
    p = run_kg("build", str(bad), "--out", str(out), check=False)
    assert p.returncode == 2
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert before == after
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-")]


def test_missing_graph_is_one_line(tmp_path: Path) -> None:
    p = run_kg("duties", "--graph", str(tmp_path / "nope.ttl"), check=False)
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1


def test_damaged_graph_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is @not turtle <<<", encoding="utf-8")
    p = run_kg("tasks", "--graph", str(bad), check=False)
    assert p.returncode == 2 and "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1
