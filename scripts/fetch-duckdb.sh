#!/usr/bin/env bash
# A Python with DuckDB for the Parquet output's test (tests/batch.rs), in the
# git-ignored .tools/py, from PyPI only. Idempotent. Prints the python to use.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$(cd "$here/.." && pwd)/.tools/py"
PY="${PYTHON:-python3}"
if ! "$venv/bin/python" -c 'import duckdb' 2>/dev/null; then
  "$PY" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'duckdb==2.0.0'
fi
echo "$venv/bin/python"
