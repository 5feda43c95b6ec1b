#!/usr/bin/env python3
"""Draw a third development batch ("batch c"), once, after batches a and b were tuned on.

Run once: python3 select_c.py EVAL_DIR > selection-c.json
Same criteria as select.py, another fixed seed, and never a document that
selection.json or selection-b.json already holds (dev, test or spare). Every
document drawn here is dev: batch c is scored with the extractor as it stood at
the start of the session that drew it and as it stood when annotated (a fresh
figure for the tuning done on batches a and b), before any tuning on it.
The test split stays the one select.py drew.
"""
import sys

from later_batch import draw

# fr: no document left that meets the criteria.
draw(sys.argv[1], {"en": 6, "de": 6, "fr": 6, "it": 6}, 20261209, ["selection.json", "selection-b.json"])
