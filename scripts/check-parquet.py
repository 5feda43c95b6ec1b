#!/usr/bin/env python3
"""Load the tables of `dossier extract --format parquet -o DIR` in DuckDB and
join quotes to documents. Prints a JSON report; exits non-zero on a problem.

    python3 -m venv .tools/py && .tools/py/bin/pip install duckdb
    .tools/py/bin/python scripts/check-parquet.py DIR
"""
import json
import sys

import duckdb

TABLES = ["documents", "actors", "mentions", "quotes", "claims", "events", "dates", "legal_refs"]


def main(folder: str) -> int:
    con = duckdb.connect()
    report = {}
    for t in TABLES:
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{folder}/{t}/*.parquet')")
        report[t] = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
    report["quotes_joined"] = con.execute(
        "SELECT count(*) FROM quotes q JOIN documents d USING (doc_id)"
    ).fetchone()[0]
    orphans = con.execute(
        "SELECT count(*) FROM quotes q ANTI JOIN documents d USING (doc_id)"
    ).fetchone()[0]
    report["by_language"] = dict(
        con.execute(
            "SELECT d.language, count(*) FROM quotes q JOIN documents d USING (doc_id) GROUP BY 1 ORDER BY 1"
        ).fetchall()
    )
    dup = con.execute("SELECT count(*) - count(DISTINCT doc_id) FROM documents").fetchone()[0]
    report["duplicate_documents"] = dup
    print(json.dumps(report))
    return 1 if orphans else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
