#!/usr/bin/env python3
"""Runs trafilatura on the pages of main-text evaluation sets and writes its
texts as `{"set", "id", "text"}` lines, which `eval-extraction --predictions`
scores with exactly the metric it uses for Dossier.

Usage: main-text-baseline.py OUT.jsonl SET... [--pages DIR] [--no-comments]

Reads the same layouts as `dossier_web::eval::sets` (ground-truth.json,
ground-truth.jsonl, snippet files with --pages). Needs `pip install
trafilatura lxml_html_clean`. Prints pages/s for text-only extraction.
"""
import gzip
import json
import os
import sys
import time


def pages_of(path, pages_dir):
    label = os.path.splitext(os.path.basename(os.path.normpath(path)))[0]
    if os.path.isfile(os.path.join(path, "ground-truth.json")):
        truth = json.load(open(os.path.join(path, "ground-truth.json")))
        for pid, v in sorted(truth.items()):
            yield label, pid, os.path.join(path, "html", pid + ".html.gz"), v.get("url")
        return
    if os.path.isfile(os.path.join(path, "ground-truth.jsonl")):
        for line in open(os.path.join(path, "ground-truth.jsonl")):
            if line.strip():
                v = json.loads(line)
                pid = v["id"] if isinstance(v["id"], str) else json.dumps(v["id"])
                yield label, pid, os.path.join(path, "html", pid + ".html.gz"), v.get("url")
        return
    files = sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith(".jsonl")) if os.path.isdir(path) else [path]
    for f in files:
        for line in open(f):
            if line.strip():
                v = json.loads(line)
                yield label, v["file"], os.path.join(pages_dir, v["file"]), v.get("url")


def main():
    args = sys.argv[1:]
    pages_dir, comments = None, True
    if "--pages" in args:
        i = args.index("--pages")
        pages_dir = args[i + 1]
        del args[i:i + 2]
    if "--no-comments" in args:
        args.remove("--no-comments")
        comments = False
    if len(args) < 2:
        sys.exit(__doc__)
    import trafilatura

    out, sets = args[0], args[1:]
    rows, secs, n = [], 0.0, 0
    for s in sets:
        for label, pid, html_path, url in pages_of(s, pages_dir):
            html = gzip.open(html_path).read()  # bytes: trafilatura detects the encoding
            start = time.perf_counter()
            text = trafilatura.extract(html, url=url, include_comments=comments) or ""
            secs += time.perf_counter() - start
            n += 1
            rows.append(json.dumps({"set": label, "id": pid, "text": text}, ensure_ascii=False))
    with open(out, "w") as f:
        f.write("\n".join(rows) + "\n")
    print(f"trafilatura {trafilatura.__version__}: {n} pages, {n / secs:.1f} pages/s (text only, one core)")


if __name__ == "__main__":
    main()
