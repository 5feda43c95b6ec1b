#!/usr/bin/env bash
# Rebuilds the NER models and re-runs every evaluation in MODEL_CARD.md.
# usage: models/rebuild.sh EVAL_DIR   (EVAL_DIR = the folder holding ner-train/ and ner-gold/)
# Single-threaded and deterministic: the same data give the same files and scores.
set -euo pipefail
E=${1:?usage: models/rebuild.sh EVAL_DIR}
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release -p dossier-ner
B=$CARGO_TARGET_DIR/release
W=$E/ner-train/wikiann
G=$E/ner-train/germeval2014/NER-de-dev.tsv
A=corpora/actors
$B/ner-train --lang en --train $W/en/train --dev $W/en/dev --actors $A --out models/ner-en.bin
$B/ner-train --lang de --train $W/de/train $G $G --dev $W/de/dev --actors $A --out models/ner-de.bin
$B/ner-train --lang fr --train $W/fr/train --dev $W/fr/dev --actors $A --out models/ner-fr.bin
$B/ner-train --lang es --train $W/es/train.conllu --dev $W/es/dev.conllu --actors $A --out models/ner-es.bin
$B/ner-train --lang multi --train $W/en/train $W/de/train $W/fr/train $W/es/train.conllu $G $G --dev $W/en/dev --actors $A --out models/ner-multi.bin
$B/ner-eval --model models/ner-en.bin --gold $E/ner-gold/en/wikigold-en.conllu
$B/ner-eval --model models/ner-en.bin --gold $E/ner-gold/en/wikiann-en-test.txt
$B/ner-eval --model models/ner-de.bin --gold $E/ner-gold/de/germeval2014-de-test.tsv
$B/ner-eval --model models/ner-de.bin --gold $E/ner-gold/de/wikiann-de-test.txt
$B/ner-eval --model models/ner-fr.bin --gold $E/ner-gold/fr/europeana-fr-bnf.bio --format io
$B/ner-eval --model models/ner-fr.bin --gold $E/ner-gold/fr/wikiann-fr-test.txt
$B/ner-eval --model models/ner-es.bin --gold $E/ner-gold/es/wikiann-es-test.conllu
$B/ner-eval --model models/ner-multi.bin --gold $E/ner-gold/en/wikigold-en.conllu
$B/ner-eval --model models/ner-multi.bin --gold $E/ner-gold/de/germeval2014-de-test.tsv
$B/ner-eval --model models/ner-multi.bin --gold crates/dossier-ner/data/it-sample.conll
