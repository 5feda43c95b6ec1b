#!/usr/bin/env python3
"""Choose the real-news articles to annotate and fix the dev/test split, once.

Run once before any tuning: python3 select.py EVAL_DIR > selection.json
EVAL_DIR is the folder holding real-news/ and temporal-gold/ (e.g. ../shared/eval).
The choice is random with a fixed seed among articles of 120-650 words that contain
at least two quotation-mark pairs (es: MEANTIME documents with a quote or two speech verbs;
it: passages with a quote).
A third of each language, drawn with the same generator, is the test split: never
tune the extractor against it.
"""
import json, os, random, re, sys

PER_LANG = {"en": 16, "de": 14, "fr": 12, "es": 10, "it": 12}
MARKS = re.compile(r"[“«„\"]")


def words(t):
    return len(t.split())


def real_news(eval_dir, lang):
    path = os.path.join(eval_dir, "real-news", f"wikinews-{lang}.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ok = lambda r: 120 <= words(r["text"]) <= 650 and len(MARKS.findall(r["text"])) >= 4
    return [r["id"] for r in rows if ok(r)]


def meantime_es(eval_dir):
    os.environ["DOSSIER_EVAL"] = eval_dir
    import sources
    sources.EVAL = eval_dir
    speech = re.compile(r"\b(dijo|afirmó|declaró|aseguró|explicó|señaló|según|anunció|indicó)\b")
    docs = sources.meantime_es()
    ok = lambda t: words(t) >= 120 and (len(MARKS.findall(t)) >= 2 or len(speech.findall(t)) >= 2)
    return [i for i, d in docs.items() if ok(d["text"])]


def main():
    eval_dir = sys.argv[1]
    rng = random.Random(20261207)
    out = {}
    for lang, k in PER_LANG.items():
        if lang == "es":
            pool = meantime_es(eval_dir)
        elif lang == "it":
            rows = [json.loads(l) for l in open(os.path.join(eval_dir, "real-news", "wikinews-it-passages.jsonl"), encoding="utf-8")]
            pool = [r["id"] for r in rows if len(MARKS.findall(r["text"])) >= 2 and words(r["text"]) >= 120]
        else:
            pool = real_news(eval_dir, lang)
        # Draw extra candidates: annotators skip one with no attribution at all and take the next.
        chosen = rng.sample(pool, min(len(pool), k + 6))
        test = set(rng.sample(chosen[:k], k // 3))
        out[lang] = [{"id": i, "split": ("test" if i in test else "dev") if n < k else "spare"} for n, i in enumerate(chosen)]
    json.dump(out, sys.stdout, indent=1)
    print()


main()
