#!/usr/bin/env python3
"""Move spares that annotators added to dev into test, at random, so that the test
split is a third of the set again. Run once, before any tuning (it was, on
2026-12-07, before the extractor was run on any of these documents).

Usage: python3 rebalance.py  (rewrites selection.json's "moved_to_test")
"""
import glob, json, os, random

here = os.path.dirname(os.path.abspath(__file__))
sel_path = os.path.join(here, "selection.json")
sel = json.load(open(sel_path, encoding="utf-8"))
sel.pop("moved_to_test", None)
spares = {x["id"] for docs in sel.values() for x in docs if x["split"] == "spare"}
dev = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(here, "..", "dev", "*.json")))
test = glob.glob(os.path.join(here, "..", "test", "*.json"))
total = len(dev) + len(test)
want = round(total / 3) - len(test)
pool = [d for d in dev if d in spares]
sel["moved_to_test"] = sorted(random.Random(20261207).sample(pool, max(0, min(want, len(pool)))))
json.dump(sel, open(sel_path, "w", encoding="utf-8"), indent=1)
print(f"{len(dev)} dev + {len(test)} test; moved {len(sel['moved_to_test'])} spares to test: {sel['moved_to_test']}")
