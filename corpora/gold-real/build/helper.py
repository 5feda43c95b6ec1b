"""The annotation DSL of corpora/gold/build/helper.py (spans by unique substring,
never typed offsets), for real articles: the text comes from the evaluation
folder (sources.py), each document keeps its source id, licence and split."""
import importlib.util, json, os

import sources

# The fixtures' helper module has the same name: load it by path.
_spec = importlib.util.spec_from_file_location(
    "fixture_helper", os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "gold", "build", "helper.py"))
fixture_helper = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixture_helper)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # corpora/gold-real
SELECTION = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "selection.json"), encoding="utf-8"))
SPLIT = {x["id"]: x["split"] for lang, docs in SELECTION.items() if lang != "moved_to_test" for x in docs}
MOVED_TO_TEST = set(SELECTION.get("moved_to_test", []))  # see rebalance.py
# Batches b, c and d (select_b.py, select_c.py, select_d.py): dev documents drawn after the
# earlier batches had been tuned on.
for _name in ("selection-b.json", "selection-c.json", "selection-d.json"):
    _batch = os.path.join(os.path.dirname(os.path.abspath(__file__)), _name)
    if os.path.exists(_batch):
        for _docs in json.load(open(_batch, encoding="utf-8")).values():
            SPLIT.update({x["id"]: x["split"] for x in _docs if x["id"] not in SPLIT})
ALL_DOCS = []


class D(fixture_helper.D):
    """One real article: text, title and date come from the source (sources.py);
    `split` is the one fixed in selection.json (a spare takes the split of the
    document it replaces: pass split=...)."""

    def __init__(s, doc_id, lang, split=None, published=None):
        src = sources.source(lang, doc_id)
        s.slug, s.lang, s.doc_id = doc_id, lang, doc_id
        s.title, s.text, s.url = src["title"], src["text"], src["url"]
        s.published = published or src["date"]
        s.split = "test" if doc_id in MOVED_TO_TEST else split or SPLIT[doc_id]
        assert s.split in ("dev", "test"), (doc_id, s.split)
        s.norm = lambda x: x
        s.actors = {}
        s.order = []
        s.quotes, s.claims, s.events, s.dates = [], [], [], []
        ALL_DOCS.append(s)

    def C(s, spec, claimant, stance=None):
        l = s.loc(spec)
        cl = s.who(*claimant) if claimant else None
        claim = {"text": l["text"], "start": l["start"], "end": l["end"], "claimant": cl}
        if stance:
            claim["stance"] = stance
        s.claims.append(claim)

    def write(s):
        obj = {
            "note": "Real news annotated by the Dossier project; text " + sources.LICENCE[s.lang] + "; annotations CC BY 4.0",
            "doc": {"title": s.title, "text": s.text, "language": s.lang, "published": s.published, "source": s.doc_id,
                    "url": s.url, "licence": sources.LICENCE[s.lang], "split": s.split},
            "actors": [s.actors[k] for k in s.order],
            "quotes": sorted(s.quotes, key=lambda x: x["start"]),
            "claims": sorted(s.claims, key=lambda x: x["start"]),
            "events": sorted(s.events, key=lambda x: x["start"]),
            "dates": sorted(s.dates, key=lambda x: x["start"]),
        }
        path = os.path.join(OUT, s.split, f"{s.slug}.json")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")
        words = len(s.text.split())
        print(f"{path}: words={words} actors={len(s.order)} quotes={len(s.quotes)} claims={len(s.claims)} events={len(s.events)} dates={len(s.dates)}")


