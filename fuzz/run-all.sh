#!/usr/bin/env bash
# Runs every fuzz target in turn for SECONDS each (default 600) on one core,
# from the seeds in corpus/TARGET (git-ignored; grows as libFuzzer learns).
# Crashes land in artifacts/TARGET/; a summary line per target is printed.
#   fuzz/run-all.sh [SECONDS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && mapfile -t targets < <(cargo fuzz list)
mkdir -p logs
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "corpus/$t" -- -max_total_time="$secs" -timeout=30 -rss_limit_mb=3072 \
    -artifact_prefix="artifacts/$t/" > "logs/$t.log" 2>&1
  status=$?
  runs="$(grep -o 'Done [0-9]* runs' "logs/$t.log" | grep -o '[0-9]*' || true)"
  echo "$t: exit $status, ${runs:-?} runs in ${secs} s, crashes: $(ls "artifacts/$t" | wc -l)"
done
