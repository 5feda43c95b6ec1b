"""Draw a later development batch, once, after the earlier ones were tuned on:
the criteria of select.py, a fixed seed, and never a document an earlier
selection holds (dev, test or spare). Used by select_b.py and select_c.py."""
import json, os, random, re, sys

MARKS = re.compile(r"[“«„\"]")  # as in select.py


def words(t):
    return len(t.split())


def real_news(eval_dir, lang):
    """As select.py: 120-650 words and at least two quotation-mark pairs."""
    path = os.path.join(eval_dir, "real-news", f"wikinews-{lang}.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    return [r["id"] for r in rows if 120 <= words(r["text"]) <= 650 and len(MARKS.findall(r["text"])) >= 4]


def italian_passages(eval_dir):
    path = os.path.join(eval_dir, "real-news", "wikinews-it-passages.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    return [r["id"] for r in rows if len(MARKS.findall(r["text"])) >= 2 and words(r["text"]) >= 120]


def taken_ids(earlier):
    """Every id the earlier selection files (in this folder) hold."""
    here = os.path.dirname(os.path.abspath(__file__))
    taken = set()
    for name in earlier:
        for key, docs in json.load(open(os.path.join(here, name))).items():
            if key != "moved_to_test":
                taken |= {x["id"] for x in docs}
    return taken


def draw(eval_dir, per_lang, seed, earlier):
    """Print the batch: per language, `k` dev documents and four spares."""
    taken = taken_ids(earlier)
    rng = random.Random(seed)
    out = {}
    for lang, k in per_lang.items():
        pool = italian_passages(eval_dir) if lang == "it" else real_news(eval_dir, lang)
        pool = sorted(i for i in pool if i not in taken)
        chosen = rng.sample(pool, min(len(pool), k + 4))
        out[lang] = [{"id": i, "split": "dev" if n < k else "spare"} for n, i in enumerate(chosen)]
    json.dump(out, sys.stdout, indent=1)
    print()
