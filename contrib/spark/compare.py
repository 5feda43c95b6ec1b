#!/usr/bin/env python3
"""Compare the tables of a Spark run (partitioned by language and year) with
those of `dossier extract --format parquet`, row for row, in DuckDB.

    compare.py LOCAL_DIR CLUSTER_DIR

Every table the local run wrote must exist in the cluster output with the
same rows (as multisets, on the local table's columns, compared as text).
Prints one line per table; exits 1 on any difference.
"""
import os
import sys

import duckdb


def main(local, cluster):
    db = duckdb.connect()
    failed = False
    tables = sorted(t for t in os.listdir(local) if os.path.isdir(os.path.join(local, t)))
    for table in tables:
        local_glob = os.path.join(local, table, "*.parquet")
        cluster_glob = os.path.join(cluster, table, "**", "*.parquet")
        local_cols = [r[0] for r in db.execute(f"DESCRIBE SELECT * FROM read_parquet('{local_glob}')").fetchall()]
        as_text = ", ".join(f'CAST("{c}" AS VARCHAR) AS "{c}"' for c in local_cols)
        lq = f"SELECT {as_text} FROM read_parquet('{local_glob}')"
        try:
            cq = f"SELECT {as_text} FROM read_parquet('{cluster_glob}', hive_partitioning = true)"
            db.execute(f"DESCRIBE {cq}")
        except duckdb.Error as e:
            print(f"{table}: missing or different in the cluster output: {e}")
            failed = True
            continue
        n_local = db.execute(f"SELECT count(*) FROM ({lq})").fetchone()[0]
        n_cluster = db.execute(f"SELECT count(*) FROM ({cq})").fetchone()[0]
        only_local = db.execute(f"SELECT count(*) FROM (({lq}) EXCEPT ALL ({cq}))").fetchone()[0]
        only_cluster = db.execute(f"SELECT count(*) FROM (({cq}) EXCEPT ALL ({lq}))").fetchone()[0]
        same = n_local == n_cluster and only_local == 0 and only_cluster == 0
        failed |= not same
        print(f"{table}: local {n_local} rows, cluster {n_cluster}, only local {only_local}, only cluster {only_cluster}: {'same' if same else 'DIFFERENT'}")
    if not tables:
        print("no tables in the local output")
        failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
