#!/usr/bin/env bash
# Set up everything the tests need, from the project's own files:
#  - a virtualenv in .venv with kg and its test extras;
#  - Debian's chromium and the CJK fonts for the browser tests (installed when missing and root).
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
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}") \
      >/dev/null 2>&1 || echo "setup: could not install ${need[*]} (browser tests will say why they skip)" >&2
  else
    echo "setup: ${need[*]} missing and not root: browser tests will be skipped outside CI" >&2
  fi
fi
