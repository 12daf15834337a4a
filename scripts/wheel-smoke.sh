#!/usr/bin/env bash
# Wheel smoke test: what a user of `pip install kg` gets, not what an editable install hides.
#
# Builds the wheel, checks that it carries every subpackage and resource file, installs it into a
# FRESH virtual environment (not editable) and runs the tool from a directory outside the
# repository: kg --version, kg build (the bundled example, found through importlib.resources),
# kg queries, kg duties 发改局, kg query leads-by-unit, kg leads, and checks the HTML page.
# Any failure stops it with a message and a non-zero exit.  Called by .ci/run before pytest (whose
# summary then closes the log); both always run.
#
# Usage: bash scripts/wheel-smoke.sh            (builds with .venv/bin/python, or $PYTHON)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build_py=${PYTHON:-$root/.venv/bin/python}
[ -x "$build_py" ] || build_py=python3
start=$(date +%s)

work=$(mktemp -d "${TMPDIR:-/tmp}/kg-wheel-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'echo "wheel-smoke: FAILED at line $LINENO" >&2' ERR
say() { echo "wheel-smoke: $*"; }
fail() { echo "wheel-smoke: FAILED: $*" >&2; exit 1; }

say "building the wheel from a clean copy of the source"
# without what earlier builds left here: setuptools reads a stale kg.egg-info/SOURCES.txt and
# build/lib, which would hide a missing package or ship a module since deleted (as a clean
# clone in CI would not)
mkdir "$work/src"
tar -C "$root" --exclude=./.git --exclude=./.venv --exclude=./build --exclude='*.egg-info' \
    --exclude=__pycache__ --exclude='./graphs/*.oxigraph' -cf - . | tar -C "$work/src" -xf -
"$build_py" -m pip wheel -v --no-deps -w "$work/dist" "$work/src" >"$work/wheel.log" 2>&1 \
  || { cat "$work/wheel.log" >&2; fail "pip wheel"; }
# setuptools' own warnings (a deprecated license table, a data folder absent from the packages)
if grep -E "[A-Za-z]Warning|absent from" "$work/wheel.log" >&2; then fail "the build printed warnings"; fi
wheels=("$work"/dist/kg-*.whl)
[ -f "${wheels[0]}" ] || fail "no wheel was built"
wheel=${wheels[0]}

say "checking its contents"
"$build_py" - "$wheel" "$work/src" <<'EOF'
import sys, zipfile
from pathlib import Path

names = set(zipfile.ZipFile(sys.argv[1]).namelist())
root = Path(sys.argv[2])
# every module and every resource file of the source tree must be in the wheel
want = {p.relative_to(root).as_posix() for pkg in ("extract", "kg") for p in (root / pkg).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
missing = sorted(want - names)
for must in ("kg/views/__init__.py", "kg/resources/ontology.ttl", "kg/resources/shapes.ttl",
             "kg/resources/queries/leads-by-unit.rq", "kg/resources/templates/explorer.html",
             "kg/resources/examples/linxiang-2024-eight-actions.txt", "extract/resources/lexicon.toml"):
    if must not in names:
        missing.append(must)
if missing:
    sys.exit("wheel-smoke: FAILED: the wheel lacks " + ", ".join(missing))
print(f"wheel-smoke: {len(names)} files in {Path(sys.argv[1]).name}, none missing")
EOF

say "installing it into a fresh virtual environment"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$wheel" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "pip install of the wheel"; }
installed=$(date +%s)

mkdir "$work/run"
cd "$work/run"  # outside the repository: nothing may come from the source tree
unset PYTHONPATH
export KG_CACHE_DIR="$work/cache"
export KG_STATE_DIR="$work/state"  # what `kg build` last wrote: this run's own, not the user's
kg="$work/venv/bin/kg"

where=$("$work/venv/bin/python" -c "import kg, extract; print(kg.__file__); print(extract.__file__)")
case "$where" in *"$root"*) fail "kg was imported from the source tree: $where" ;; esac

run() {  # run kg with arguments, keep its output in $out; any failure or traceback stops the test
  say "kg $*"
  if ! out=$("$kg" "$@" 2>"$work/stderr"); then
    cat "$work/stderr" >&2
    fail "kg $* exited non-zero"
  fi
  if grep -q "Traceback" "$work/stderr"; then cat "$work/stderr" >&2; fail "kg $* printed a traceback"; fi
}
expect() {  # expect TEXT: the last output contains TEXT
  grep -qF -- "$1" <<<"$out" || { printf '%s\n' "$out" | head -20 >&2; fail "expected “$1” in the output"; }
}

version=$("$work/venv/bin/python" -c "import importlib.metadata as m; print(m.version('kg'))")
run --version
[ "$out" = "kg $version" ] || fail "kg --version printed “$out”, not “kg $version”"
run -V
[ "$out" = "kg $version" ] || fail "kg -V printed “$out”"

run build
expect "built graphs/linxiang-2024-eight-actions.ttl"
for f in graphs/linxiang-2024-eight-actions.ttl graphs/linxiang-2024-eight-actions.html; do
  [ -s "$f" ] || fail "kg build did not write $f"
done
[ -d graphs/linxiang-2024-eight-actions.oxigraph ] || fail "kg build did not write the Oxigraph store"
grep -q "</html>" graphs/linxiang-2024-eight-actions.html || fail "the HTML page is incomplete"
grep -q "市发改局" graphs/linxiang-2024-eight-actions.html || fail "the HTML page does not show the units"

run queries
expect "leads-by-unit"
run duties 发改局
expect "市发改局"
expect "source: “"
run query leads-by-unit
expect "市发改局"
run leads
expect "Who leads what"
run duties --format xlsx -o all.xlsx
[ -s all.xlsx ] || fail "kg duties --format xlsx -o all.xlsx wrote no file"
run check
"$work/venv/bin/python" - <<'EOF'
import kg
from kg.cli import EXAMPLE_PLAN

a = kg.build(EXAMPLE_PLAN(), "again", html=False)
b = kg.build(EXAMPLE_PLAN(), "again", html=False)  # kg.build must still be the function
assert a.triples == b.triples, (a, b)
print("wheel-smoke: kg.build twice in one process:", repr(b))
EOF

end=$(date +%s)
say "passed in $((end - start)) s ($((installed - start)) s to build and install, $((end - installed)) s of commands)"
