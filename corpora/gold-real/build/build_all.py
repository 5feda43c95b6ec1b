#!/usr/bin/env python3
"""Regenerate corpora/gold-real/{dev,test}/*.json from the annotation modules here.

Usage: python3 corpora/gold-real/build/build_all.py EVAL_DIR [LANG...]
EVAL_DIR holds real-news/ and temporal-gold/ (e.g. ../shared/eval). Texts are read
from there; offsets are located by unique-substring search, never typed by hand.
"""
import importlib, os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
if len(sys.argv) < 2:
    sys.exit("usage: build_all.py EVAL_DIR [LANG...]  (EVAL_DIR: the folder holding real-news/ and temporal-gold/)")
os.environ["DOSSIER_EVAL"] = sys.argv[1]
import sources  # noqa: E402
sources.EVAL = sys.argv[1]
import helper  # noqa: E402

# A language's documents may be spread over several modules: en.py, en2.py, ...
wanted = sys.argv[2:] or ["en", "de", "fr", "es", "it"]
for name in sorted(f[:-3] for f in os.listdir(here) if f.endswith(".py")):
    if name.rstrip("0123456789") in wanted or name in wanted:
        importlib.import_module(name)
for d in helper.ALL_DOCS:
    d.write()
