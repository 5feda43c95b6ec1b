#!/usr/bin/env python3
"""Regenerate corpora/gold/*.json from the annotation sources in this folder.

Offsets are never written by hand: every span is located with str.find-style
search on a unique substring (or a "left [[target]] right" context).
Run: python3 corpora/gold/build/build_all.py && python3 corpora/gold/validate.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helper
import seed, fr, en, de, es, it  # noqa: F401,E401  (each module registers its documents)

for d in helper.ALL_DOCS:
    d.write()
