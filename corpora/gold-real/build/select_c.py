#!/usr/bin/env python3
"""Draw a third development batch ("batch c"), once, after batches a and b were tuned on.

Run once: python3 select_c.py EVAL_DIR > selection-c.json
Same criteria as select.py, another fixed seed, and never a document that
selection.json or selection-b.json already holds (dev, test or spare). Every
document drawn here is dev: batch c is scored with the extractor as it stood at
the start of the session that drew it and as it stood when annotated (a fresh
figure for the tuning done on batches a and b), before any tuning on it.
The test split stays the one select.py drew.
"""
import json, os, random, re, sys

MARKS = re.compile(r"[“«„\"]")  # as in select.py


def words(t):
    return len(t.split())


def real_news(eval_dir, lang):
    """As select.py: 120-650 words and at least two quotation-mark pairs."""
    path = os.path.join(eval_dir, "real-news", f"wikinews-{lang}.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    return [r["id"] for r in rows if 120 <= words(r["text"]) <= 650 and len(MARKS.findall(r["text"])) >= 4]

PER_LANG = {"en": 6, "de": 6, "fr": 6, "it": 6}  # fr: no document left that meets the criteria


def main():
    eval_dir = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    taken = {x["id"] for lang, docs in json.load(open(os.path.join(here, "selection.json"))).items() if lang != "moved_to_test" for x in docs}
    taken |= {x["id"] for docs in json.load(open(os.path.join(here, "selection-b.json"))).values() for x in docs}
    rng = random.Random(20261209)
    out = {}
    for lang, k in PER_LANG.items():
        if lang == "it":
            rows = [json.loads(l) for l in open(os.path.join(eval_dir, "real-news", "wikinews-it-passages.jsonl"), encoding="utf-8")]
            pool = [r["id"] for r in rows if len(MARKS.findall(r["text"])) >= 2 and words(r["text"]) >= 120]
        else:
            pool = real_news(eval_dir, lang)
        pool = sorted(i for i in pool if i not in taken)
        chosen = rng.sample(pool, min(len(pool), k + 4))
        out[lang] = [{"id": i, "split": "dev" if n < k else "spare"} for n, i in enumerate(chosen)]
    json.dump(out, sys.stdout, indent=1)
    print()


main()
