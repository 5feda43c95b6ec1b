#!/usr/bin/env python3
"""Export the project's own gold fixtures (not the seed) as ingestable JSONL:
corpora/news/project-fixtures.jsonl. Run after editing a gold file."""
import json, glob, os
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "news", "project-fixtures.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for path in sorted(glob.glob(os.path.join(here, "*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        doc = gold["doc"]
        if doc.get("source") != "fixture":
            continue
        name = os.path.splitext(os.path.basename(path))[0]
        record = {"title": doc["title"], "text": doc["text"], "language": doc["language"],
                  "published": doc["published"], "url": f"https://fixtures.dossier.invalid/{name}"}
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
