#!/usr/bin/env python3
"""Draw a fourth development batch ("batch d"), once, after batches a, b and c were tuned on.

Run once: python3 select_d.py EVAL_DIR > selection-d.json
Same criteria as select.py, another fixed seed, and never a document that an
earlier selection holds (dev, test or spare). Every document drawn here is dev:
batch d is first scored with the extractor as it stood when the batch was drawn
(commit 6ca4ac6) and as it stands when the annotation is done, before any tuning
on it. Italian is drawn heavier: it is the language the test split scores worst.
The test split stays the one select.py drew.
"""
import sys

from later_batch import draw

# fr: no document left that meets the criteria (see select_c.py).
draw(sys.argv[1], {"en": 5, "de": 5, "it": 12}, 20261208, ["selection.json", "selection-b.json", "selection-c.json"])
