#!/usr/bin/env python3
"""Run `dossier extract` on a Spark cluster and write the Parquet tables of
`dossier extract --format parquet`, partitioned by language and year.

    spark-submit --master spark://HOST:7077 --files target/release/dossier \\
        contrib/spark/dossier_spark.py --inputs inputs.txt --out hdfs:///dossier/tables \\
        [--partitions 64] [--dossier-arg=--ner-model=none ...]

`--inputs` is a text file (local, HDFS or S3: whatever Spark reads) listing one
input per line: files Spark can read (local paths that every worker sees,
`hdfs://`, `s3a://`), including `.jsonl(.gz|.zst)` dumps and `.warc(.gz)`.
Each partition of the list is processed by one `dossier extract` process on
an executor (the binary shipped with `--files`, found with SparkFiles, or
`--dossier PATH` on every worker): local paths are passed as they are, so
`source` and `doc_id` equal a single-machine run's; remote files are copied to
the executor's scratch folder first (their `source` is then the copy's path).
The JSON Lines records are streamed back (no whole-partition buffering in
Python) and turned into the same tables and columns as
`dossier extract --format parquet` (see the README.md written there).
"""
import argparse
import json
import os
import shutil
import subprocess
import tempfile

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import StringType

STATEMENT = [
    ("text", "text"), ("start", "start"), ("end", "end"),
    ("{who}_actor_id", "{who}.actor_id"), ("{who}_text", "{who}.text"),
    ("{who}_start", "{who}.start"), ("{who}_end", "{who}.end"),
    ("{who}_role", "{who}.role.text"), ("{who}_confidence", "{who}.confidence"),
    ("cue", "cue.text"), ("date", "date"), ("date_inferred", "date_inferred"),
    ("stance", "stance"), ("topics", "json:topics"), ("instruments", "json:instruments"),
]
TABLES = {
    "actors": ("actors", [("actor_id", "id"), ("name", "name"), ("kind", "kind"), ("wikidata", "wikidata")]),
    "quotes": ("quotes", [(a.format(who="speaker"), b.format(who="speaker")) for a, b in STATEMENT]),
    "claims": ("claims", [(a.format(who="claimant"), b.format(who="claimant")) for a, b in STATEMENT]),
    "events": ("events", [("date", "date"), ("precision", "precision"), ("approximate", "approximate"),
                          ("date_text", "date_text"), ("date_start", "date_start"), ("date_end", "date_end"),
                          ("text", "text"), ("start", "start"), ("end", "end"), ("actors", "json:actors")]),
    "dates": ("dates", [("text", "text"), ("start", "start"), ("end", "end"), ("value", "value"),
                        ("precision", "precision"), ("approximate", "approximate"), ("relative", "relative")]),
    "legal_refs": ("legal_refs", [("text", "text"), ("start", "start"), ("end", "end"), ("kind", "kind"),
                                  ("jurisdiction", "jurisdiction"), ("instrument_id", "instrument_id"),
                                  ("fields", "json:fields")]),
}


def find_binary(explicit):
    if explicit:
        return explicit
    shipped = SparkFiles.get("dossier")
    if os.path.exists(shipped):
        os.chmod(shipped, 0o755)
        return shipped
    found = shutil.which("dossier")
    if not found:
        raise RuntimeError("no dossier binary: ship it with --files or give --dossier PATH")
    return found


def run_partition(paths, binary, extra_args):
    """One `dossier extract` per partition; yields JSON Lines records as strings."""
    paths = [p.strip() for p in paths if p.strip() and not p.startswith("#")]
    if not paths:
        return
    scratch = tempfile.mkdtemp(prefix="dossier-")
    try:
        local = []
        for p in paths:
            if "://" in p and not p.startswith("file://") and not p.startswith("http"):
                # A remote file (hdfs://, s3a://): copied with the Hadoop CLI of the worker.
                dest = os.path.join(scratch, str(len(local)) + "-" + os.path.basename(p))
                subprocess.run(["hadoop", "fs", "-get", p, dest], check=True)
                local.append(dest)
            else:
                local.append(p[len("file://"):] if p.startswith("file://") else p)
        listing = os.path.join(scratch, "inputs.txt")
        with open(listing, "w") as f:
            f.write("\n".join(local) + "\n")
        cmd = [binary, *extra_args, "extract", "-q", "--allow-failures", "--ordered", "--inputs-from", listing]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        for line in proc.stdout:
            yield line.rstrip("\n")
        if proc.wait() not in (0,):
            raise RuntimeError(f"dossier exited with {proc.returncode}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def col(path):
    if path.startswith("json:"):
        return F.to_json(F.col("item." + path[5:]))
    return F.col("item." + path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", required=True, help="text file listing inputs, one per line")
    ap.add_argument("--out", required=True, help="output folder (tables partitioned by language and year)")
    ap.add_argument("--partitions", type=int, default=0, help="dossier processes (default: Spark's parallelism)")
    ap.add_argument("--dossier", help="path of the dossier binary on every worker (default: shipped with --files)")
    ap.add_argument("--dossier-arg", action="append", default=[], help="global dossier option, e.g. --dossier-arg=--ner-model=none")
    args = ap.parse_args()

    spark = SparkSession.builder.appName("dossier-extract").getOrCreate()
    sc = spark.sparkContext
    parts = args.partitions or sc.defaultParallelism
    listing = sc.textFile(args.inputs).filter(lambda l: l.strip() and not l.startswith("#"))
    listing = listing.zipWithIndex().map(lambda x: (x[1], x[0])).partitionBy(parts).values()
    extra = list(args.dossier_arg)
    binary = args.dossier
    records = listing.mapPartitions(lambda it: run_partition(it, find_binary(binary), extra))
    docs = spark.read.json(records).cache()

    def year():
        return F.substring(F.col("published"), 1, 4).cast("long")

    documents = docs.select(
        "doc_id", "source", "title", "published",
        (F.coalesce(F.col("published_precision"), F.lit("day")) if "published_precision" in docs.columns else F.lit("day")).alias("published_precision"),
        year().alias("year"), "language", "language_confidence", "kind", "topic_relevance",
        *[(F.to_json(F.col(c)) if c in ("authors", "tags") else F.col(c)).alias(c) if c in docs.columns else F.lit(None).cast(StringType()).alias(c)
          for c in ("authors", "site_name", "modified", "description", "tags", "section", "published_source", "text")],
    )
    documents.write.mode("overwrite").partitionBy("language", "year").parquet(os.path.join(args.out, "documents"))

    for table, (field, cols) in TABLES.items():
        if field not in docs.columns:
            continue
        exploded = docs.select("doc_id", "language", year().alias("year"), F.posexplode(field).alias("idx", "item"))
        item_fields = set(exploded.schema["item"].dataType.fieldNames()) if hasattr(exploded.schema["item"].dataType, "fieldNames") else set()
        out_cols = [F.col("doc_id")] + ([] if table == "actors" else [F.col("idx").cast("long").alias("idx")])
        for name, path in cols:
            head = path.split(":")[-1].split(".")[0]
            out_cols.append((col(path) if head in item_fields else F.lit(None)).alias(name))
        exploded.select(*out_cols, "language", "year").write.mode("overwrite").partitionBy("language", "year").parquet(os.path.join(args.out, table))
        if table == "actors" and "mentions" in item_fields:
            mentions = exploded.select("doc_id", F.col("item.id").alias("actor_id"), F.explode("item.mentions").alias("m"), "language", "year")
            mentions.select("doc_id", "actor_id", F.col("m.start").alias("start"), F.col("m.end").alias("end"), F.col("m.text").alias("text"), "language", "year") \
                .write.mode("overwrite").partitionBy("language", "year").parquet(os.path.join(args.out, "mentions"))
    spark.stop()


if __name__ == "__main__":
    main()
