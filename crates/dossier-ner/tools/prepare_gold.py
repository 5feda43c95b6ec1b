#!/usr/bin/env python3
"""Prepares the gold NER training/held-out files for models/rebuild.sh.

usage: prepare_gold.py EVAL_DIR OUT_DIR

Reads EVAL_DIR/ner-train-gold (see its SOURCE.md files) and writes plain
CoNLL files (token<TAB>tag, blank line between sentences) to OUT_DIR:

- europarl-{en,de,es,it}.{train,dev,test}: the 799 parallel Europarl NER
  sentences (Agerri et al. 2018) split by position, the same in every
  language so that no translation of a held-out sentence is trained on:
  sentences 0-449 train, 450-549 dev (early stopping), 550-798 test (held out).
- uner-en-ewt-dev, uner-en-ewt-test, uner-en-pud, uner-de-pud: UNER v1 as is.
- smartdata-de-v3-dev (training) and smartdata-de-v3-test (held out):
  SmartData v3, one sentence per `sentences` entry; PERSON -> PER,
  ORGANIZATION/ORGANIZATION_COMPANY -> ORG, LOCATION* -> LOC except LOCATION_ROUTE ("die Strecke"), the other
  types (dates, numbers, ORG_POSITION, DISASTER_TYPE, TRIGGER...) -> O.
  v1 is not used (its documents overlap v3 test).
- wikiann-{en,de,fr,es}-quarter: every 4th sentence of the WikiANN (silver)
  train files, the supplement the models get beside the gold data.
Deterministic: the same inputs give byte-identical outputs.
"""
import gzip
import json
import os
import sys

E, OUT = sys.argv[1], sys.argv[2]
G = os.path.join(E, "ner-train-gold")
os.makedirs(OUT, exist_ok=True)


def blocks(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        cur = []
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    yield cur
                cur = []
            else:
                cur.append(line)
        if cur:
            yield cur


def write(name, sents):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for s in sents:
            for tok, tag in s:
                f.write(f"{tok}\t{tag}\n")
            f.write("\n")
    print(f"{name}: {len(sents)} sentences", file=sys.stderr)


def two_col(block):
    out = []
    for line in block:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 5:  # UNER: index token tag - annotator
            out.append((cols[1], cols[2]))
        else:
            out.append((cols[0], cols[-1]))
    return out


for lang in ["en", "de", "es", "it"]:
    s = [two_col(b) for b in blocks(os.path.join(G, lang, f"{lang}-europarl.test.conll02.gz"))]
    assert len(s) == 799, (lang, len(s))
    write(f"europarl-{lang}.train", s[:450])
    write(f"europarl-{lang}.dev", s[450:550])
    write(f"europarl-{lang}.test", s[550:])

for src, name in [
    ("en/en_ewt-ud-dev.iob2.gz", "uner-en-ewt-dev"),
    ("en/en_ewt-ud-test.iob2.gz", "uner-en-ewt-test"),
    ("en/en_pud-ud-test.iob2.gz", "uner-en-pud"),
    ("de/de_pud-ud-test.iob2.gz", "uner-de-pud"),
]:
    write(name, [two_col(b) for b in blocks(os.path.join(G, src))])

MAP = {"PERSON": "PER", "ORGANIZATION": "ORG", "ORGANIZATION_COMPANY": "ORG"}


def sd_type(t):
    t = t.upper().replace("-", "_")
    if t in MAP:
        return MAP[t]
    if t.startswith("LOCATION") and t != "LOCATION_ROUTE":
        return "LOC"
    return None


def smartdata(path):
    text = gzip.open(path, "rt", encoding="utf-8").read()
    dec = json.JSONDecoder()
    i, sents = 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            break
        doc, i = dec.raw_decode(text, i)
        body = doc["text"]["string"]
        toks = doc["tokens"]["array"]
        for sent in doc["sentences"]["array"]:
            a, b = sent["span"]["start"], sent["span"]["end"]
            cur, prev = [], None
            for t in toks:
                ts, te = t["span"]["start"], t["span"]["end"]
                if ts < a or te > b:
                    continue
                word = body[ts:te].strip()
                if not word or any(c.isspace() for c in word):
                    word = "".join(word.split()) or "_"
                raw = (t.get("ner") or {}).get("string", "O")
                tag = "O"
                if raw != "O" and "-" in raw:
                    p, ty = raw.split("-", 1)
                    lab = sd_type(ty)
                    if lab:
                        tag = ("I-" if p == "I" and prev == lab else "B-") + lab
                        prev = lab
                    else:
                        prev = None
                else:
                    prev = None
                cur.append((word, tag))
            if cur:
                sents.append(cur)
    return sents


write("smartdata-de-v3-dev", smartdata(os.path.join(G, "de/smartdata-v3_20200302-dev.json.gz")))
write("smartdata-de-v3-test", smartdata(os.path.join(G, "de/smartdata-v3_20200302-test.json.gz")))


def wikiann_quarter(lang, fname):
    path = os.path.join(E, "ner-train", "wikiann", lang, fname)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    blocks = [b for b in text.split("\n\n") if b.strip()]
    keep = blocks[::4]
    with open(os.path.join(OUT, f"wikiann-{lang}-quarter"), "w", encoding="utf-8") as f:
        for b in keep:
            f.write(b.strip("\n") + "\n\n")
    print(f"wikiann-{lang}-quarter: {len(keep)} sentences", file=sys.stderr)


for lang, fname in [("en", "train"), ("de", "train"), ("fr", "train"), ("es", "train.conllu")]:
    wikiann_quarter(lang, fname)
