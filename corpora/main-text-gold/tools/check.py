#!/usr/bin/env python3
"""Checks snippet files: every `with`/`without` phrase must be an exact
substring of the page's normalised visible text (see visible_text.py).

Usage: check.py PAGES_DIR FILE.jsonl...   (PAGES_DIR: the htmldate-eval folder)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from visible_text import texts  # noqa: E402


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    pages, errors, n = sys.argv[1], 0, 0
    for path in sys.argv[2:]:
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            flat = texts(os.path.join(pages, row["file"]))[0]
            for phrase in row["with"] + row["without"]:
                n += 1
                if phrase not in flat:
                    errors += 1
                    print(f"{path}:{ln} {row['file']}: not on the page: {phrase!r}")
    print(f"{n} phrases checked, {errors} not found")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
