#!/usr/bin/env bash
# README command (b): set up, then run every test and the lints.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
cargo test --locked --workspace
cargo clippy --locked --workspace --all-targets -- -D warnings
