#!/usr/bin/env bash
# README command (a): set up, build, ingest the bundled corpus into ./dossier-data
# and show what Dossier finds. Safe to run again (re-ingesting changes nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
cargo build --locked --bin dossier
dossier=./target/debug/dossier
echo "== dossier ingest corpora/"
$dossier ingest --quiet corpora/
echo; echo '== dossier search '"'"'"porte dérobée"'"'"
$dossier search '"porte dérobée"' --limit 3
echo; echo "== dossier search backdoor --lang en,de,es,it"
$dossier search backdoor --lang en,de,es,it --limit 3
echo; echo "== dossier timeline --actor apple --undated"
$dossier timeline --actor apple --undated
echo; echo "== dossier timeline --format html -o dossier-timeline.html"
$dossier timeline --undated --format html -o dossier-timeline.html
echo; echo "== dossier stats"
$dossier stats
echo; echo "== the web app: run the line below, then open http://127.0.0.1:8080/"
echo "$dossier serve"
