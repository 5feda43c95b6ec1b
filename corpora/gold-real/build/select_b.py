#!/usr/bin/env python3
"""Draw a second development batch ("batch b"), once, after the first set was tuned on.

Run once: python3 select_b.py EVAL_DIR > selection-b.json
Same criteria as select.py, another fixed seed, and never a document that
selection.json already holds (dev, test or spare). Every document drawn here is
dev: batch b was scored once with the extractor as it stood when it was
annotated (an unbiased figure for the tuning done on batch a), then tuned on.
The test split stays the one select.py drew.
"""
import sys

from later_batch import draw

draw(sys.argv[1], {"en": 6, "de": 6, "fr": 6, "it": 8}, 20261208, ["selection.json"])
