#!/usr/bin/env bash
# Look at the web app in real headless Chromium: ingest corpora/ plus an
# article full of markup into a scratch data directory, run `dossier serve`
# on a free loopback port, save screenshots of every page at laptop
# (1366×768) and phone (390×844) sizes, in light and dark mode, under
# target/browser-check/, and check in the rendered DOM that the markup stayed
# text (no <img src=x>, no injected <script>).
#
#   scripts/browser-check.sh [path/to/dossier]
#
# Installs Debian's chromium and chromium-driver with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-${CARGO_TARGET_DIR:-target}/debug/dossier}
OUT=target/browser-check
if ! command -v chromium >/dev/null; then
  SUDO=$(command -v sudo || true)
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
fi
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
EVIL='<script>alert(1)</script> "><img src=x onerror=alert(1)>'
printf -- "---\ntitle: 'Zanzibar %s'\ndate: 2025-03-01\n---\nLe ministre Zanzibar a déclaré : « %s ». Apple a dit que le chiffrement %s reste.\n" "$EVIL" "$EVIL" "$EVIL" > "$WORK/evil.md"
"$BIN" --data-dir "$WORK/data" ingest -q corpora/ "$WORK/evil.md"
"$BIN" --data-dir "$WORK/data" serve --bind 127.0.0.1:0 > "$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 50); do grep -q http:// "$WORK/serve.out" && break; sleep 0.2; done
URL=$(grep -o 'http://[0-9.:]*' "$WORK/serve.out" | head -1)
echo "serving at $URL"
SEED=$(curl -s "$URL/api/search?q=%22porte+d%C3%A9rob%C3%A9e%22" | python3 -c 'import json,sys; print(next(h["id"] for h in json.load(sys.stdin)["hits"] if h["source"].endswith("uk-apple-icloud-backdoor.fr.txt")))')
EVILDOC=$(curl -s "$URL/api/search?q=Zanzibar" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])')
CHROME=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions --virtual-time-budget=2000)
pages=(
  "search|/search?q=%22porte+d%C3%A9rob%C3%A9e%22"
  "timeline|/timeline?actor=apple"
  "actor|/actor/apple"
  "document|/doc/$SEED"
  "evil-document|/doc/$EVILDOC"
  "evil-search|/search?q=Zanzibar"
  "actors|/actors"
)
status=0
for p in "${pages[@]}"; do
  name=${p%%|*}; path=${p#*|}
  "${CHROME[@]}" --window-size=1366,768 --screenshot="$OUT/$name-laptop.png" "$URL$path" 2>/dev/null
  "${CHROME[@]}" --window-size=390,844 --screenshot="$OUT/$name-phone.png" "$URL$path" 2>/dev/null
  "${CHROME[@]}" --force-dark-mode --blink-settings=preferredColorScheme=0 --window-size=1366,768 --screenshot="$OUT/$name-dark.png" "$URL$path" 2>/dev/null
  dom=$("${CHROME[@]}" --dump-dom "$URL$path" 2>/dev/null)
  if grep -q '<img src="x"' <<<"$dom" || [ "$(grep -o '<script' <<<"$dom" | wc -l)" -ne 1 ]; then
    echo "FAIL: $path renders injected markup"; status=1
  else
    echo "ok: $name"
  fi
done
echo "screenshots in $OUT/"
exit $status
