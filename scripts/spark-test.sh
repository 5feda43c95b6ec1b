#!/usr/bin/env bash
# The Spark job (contrib/spark/dossier_spark.py) on a real standalone cluster
# on 127.0.0.1 — one master, two workers — compared row for row with a
# single-machine `dossier extract --format parquet` of the same inputs.
# Installs PySpark (PyPI) and Java (Debian) when missing; every daemon it
# starts is stopped on success and on failure. Run by scripts/test.sh.
#   scripts/spark-test.sh [DOSSIER_BINARY]   (default: target/debug/dossier)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
bin="$(realpath "${1:-target/debug/dossier}")"
PY="$(./scripts/fetch-spark.sh)"
export SPARK_HOME="$("$PY" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')"
export PYSPARK_PYTHON="$PY" PYSPARK_DRIVER_PYTHON="$PY" SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1
work="$(mktemp -d)"
export SPARK_LOG_DIR="$work/logs" SPARK_WORKER_DIR="$work/work"
pids=()
cleanup() {
  status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$status" != 0 ]; then tail -n 40 "$work"/*.log >&2 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

free_port() { "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # wait_for PORT WHAT
  for _ in $(seq 120); do
    "$PY" -c "import socket, sys; socket.create_connection(('127.0.0.1', $1), 1)" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "spark-test: the $2 did not open port $1" >&2; return 1
}

port="$(free_port)"
"$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$(free_port)" > "$work/master.log" 2>&1 &
pids+=($!)
wait_for "$port" "Spark master"
for i in 1 2; do
  "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g \
    --webui-port "$(free_port)" --work-dir "$work/worker-$i" "spark://127.0.0.1:$port" > "$work/worker-$i.log" 2>&1 &
  pids+=($!)
done
# Both workers registered with the master before the job starts.
for _ in $(seq 120); do
  [ "$(grep -c 'Registering worker' "$work/master.log" || true)" -ge 2 ] && break
  sleep 0.5
done

# Inputs: the bundled news texts and a JSON Lines dump, by absolute path
# (every worker sees this machine's files).
find "$root/corpora/news" -type f \( -name '*.txt' -o -name '*.jsonl' \) | sort > "$work/inputs.txt"
"$PY" - "$work/dump.jsonl" <<'PYEOF'
import json, sys
langs = [("fr", "Le ministre a déclaré mardi que le chiffrement serait protégé, selon Le Monde."),
         ("de", "Die Bundesregierung erklärte am Dienstag, dass die Verschlüsselung geschützt bleibe."),
         ("en", "“We will never build a backdoor,” Apple said on Tuesday, according to Reuters.")]
with open(sys.argv[1], "w") as f:
    for i in range(60):
        lang, text = langs[i % 3]
        f.write(json.dumps({"url": f"https://news.example/{i}", "text": f"{text} ({i})", "language": lang,
                            "published": f"202{4 + i % 2}-0{1 + i % 9}-11"}) + "\n")
PYEOF
echo "$work/dump.jsonl" >> "$work/inputs.txt"

"$bin" --ner-model none extract -q --inputs-from "$work/inputs.txt" --format parquet -o "$work/local"
"$SPARK_HOME/bin/spark-submit" --master "spark://127.0.0.1:$port" \
  --conf spark.executor.memory=768m --conf spark.ui.enabled=false --files "$bin" \
  contrib/spark/dossier_spark.py --inputs "file://$work/inputs.txt" --out "$work/cluster" --partitions 4 \
  --dossier-arg=--ner-model=none > "$work/submit.log" 2>&1
"$PY" contrib/spark/compare.py "$work/local" "$work/cluster"
echo "spark-test: the cluster output equals the single-machine output"
