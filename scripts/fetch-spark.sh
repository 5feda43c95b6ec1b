#!/usr/bin/env bash
# PySpark (from PyPI, into the git-ignored .tools/py beside DuckDB) and a
# Java runtime (Debian's openjdk-17-jre-headless) for the Spark cluster test
# (scripts/spark-test.sh). Idempotent. Prints the python to use.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$(cd "$here/.." && pwd)/.tools/py"
PY="$("$here/fetch-duckdb.sh")"
if ! "$PY" -c 'import pyspark' 2>/dev/null; then
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'pyspark==4.3.0' >&2
fi
# Spark 4 needs Java 17 or newer.
if ! java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >&2
fi
echo "$PY"
