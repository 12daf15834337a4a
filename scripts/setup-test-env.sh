#!/usr/bin/env bash
# Set up everything the tests need, from the project's own files:
#  - a virtualenv in .venv with kg and its test extras;
#  - Debian's chromium and the CJK fonts for the browser tests, and Virtuoso's server binaries
#    (virtuoso-opensource-7-bin: virtuoso-t and isql-vt, without the system service) for the
#    `kg push` tests, which start their own server on a loopback port (installed when missing and root).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need+=(fonts-noto-cjk)
command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1 || need+=(virtuoso-opensource-7-bin)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >/dev/null 2>&1 || true
    for pkg in "${need[@]}"; do  # one at a time: a package that cannot be had does not keep out the others
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 \
        || echo "setup: could not install $pkg (the tests that need it say why they skip)" >&2
    done
  else
    echo "setup: ${need[*]} missing and not root: the tests that need them are skipped outside CI" >&2
  fi
fi
