#!/bin/sh
# Prints the Python that `make setup` builds the virtual environment with: the system's own
# /usr/bin/python3 when it is 3.11 or newer and can build a virtual environment, else the
# first python3 on PATH. Debian's interpreter is a static, profile-guided build: the parser
# runs about 1.2 times as fast on it as on a shared-library build from source such as
# pyenv's (docs/performance.md, "Parser throughput", the interpreter). `make PYTHON=...`
# still picks another.
for candidate in /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
    "$candidate" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "$candidate"
    exit 0
  fi
done
echo python3
