#!/usr/bin/env python3
"""Validate the real-news gold set (corpora/gold-real/{dev,test}/*.json).

Usage: python3 corpora/gold-real/validate.py [FILE ...]
Runs the checks of corpora/gold/validate.py; actor ids may be any id of the
actor registry (corpora/actors/*.toml), and each document must carry its
source id, licence and split.
"""
import glob, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(here), "gold"))
import validate as base  # noqa: E402

for path in glob.glob(os.path.join(os.path.dirname(here), "actors", "*.toml")):
    base.KNOWN_IDS.update(re.findall(r'^id = "([^"]+)"', open(path, encoding="utf-8").read(), re.M))

_check = base.check_file


def check_file(path):
    # Real documents name their source id, not fixture/seed.
    errors = [e for e in _check(path) if "doc: source '" not in e and "file name should start" not in e]
    import json
    doc = json.load(open(path, encoding="utf-8"))["doc"]
    for key in ("source", "licence", "split"):
        if not doc.get(key):
            errors.append(f"{path}: doc.{key} missing")
    if doc.get("split") not in ("dev", "test") or os.path.basename(os.path.dirname(path)) != doc.get("split"):
        errors.append(f"{path}: doc.split must be dev or test and match its folder")
    return errors


base.check_file = check_file
if __name__ == "__main__":
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "dev", "*.json")) + glob.glob(os.path.join(here, "test", "*.json")))
    sys.exit(base.main([sys.argv[0]] + files))
