#!/usr/bin/env python3
"""Runs `ronten analyze --jsonl -` under Apache Spark (local mode) with
RDD.pipe(..., checkCode=True) and checks that the results are byte for byte
those of the same requests piped through the binary directly; then checks
that a ronten that exits non-zero fails the Spark job.

Usage: pipe_corpus.py RONTEN CORPUS [--limit N]

The requests are {"path": ...} lines with absolute paths (the pipe's child
runs in the executor's working directory, which a real cluster does not
share with the driver). With more than N article files under CORPUS, every
k-th file in sorted order is taken so the subset spans every folder.
Results are compared in request order: RDD.pipe keeps each partition's
order and collect() keeps the partitions' order.
"""
import argparse
import json
import os
import subprocess
import sys
import time

EXTENSIONS = {".md", ".markdown", ".mdown", ".mkd", ".txt", ".text"}


def requests(corpus, limit):
    files = []
    for folder, subfolders, names in os.walk(corpus):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in EXTENSIONS:
                files.append(os.path.abspath(os.path.join(folder, name)))
    files.sort()
    if len(files) > limit:
        step = -(-len(files) // limit)
        files = files[::step]
    return [json.dumps({"path": f}, ensure_ascii=False) for f in files]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ronten")
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()
    ronten = os.path.abspath(args.ronten)
    lines = requests(args.corpus, args.limit)
    if not lines:
        sys.exit("no articles under " + args.corpus)
    command = ronten + " analyze --jsonl - --format jsonl --jobs 1"

    started = time.time()
    local = subprocess.run(command.split(), input=("\n".join(lines) + "\n").encode("utf-8"),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if local.returncode != 0:
        sys.exit("local run failed with %d: %s" % (local.returncode, local.stderr.decode("utf-8", "replace")))
    local_seconds = time.time() - started

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master("local[2]").appName("ronten-pipe")
             .config("spark.ui.enabled", "false")
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        started = time.time()
        rdd = spark.sparkContext.parallelize(lines, args.partitions)
        results = rdd.pipe(command, checkCode=True).collect()
        spark_seconds = time.time() - started
        piped = ("\n".join(results) + "\n").encode("utf-8")
        if len(results) != len(lines):
            sys.exit("spark returned %d lines for %d requests" % (len(results), len(lines)))
        if piped != local.stdout:
            for i, (a, b) in enumerate(zip(piped.split(b"\n"), local.stdout.split(b"\n"))):
                if a != b:
                    sys.exit("line %d differs between Spark and the local run" % (i + 1))
            sys.exit("Spark and local outputs differ")

        # A ronten that fails must fail the job: an unknown flag exits with 2.
        failing = rdd.pipe(ronten + " analyze --jsonl - --no-such-flag", checkCode=True)
        try:
            failing.collect()
        except Exception as error:  # Py4J wraps the executor's PySparkRuntimeError
            if "exited with error code 2" not in str(error) and "PIPE_FUNCTION_EXITED" not in str(error):
                sys.exit("the failing job failed for another reason: %s" % str(error)[:500])
        else:
            sys.exit("a ronten exiting with 2 did not fail the Spark job")
    finally:
        spark.stop()

    print("spark: %d requests, %d result lines (%d bytes) identical to the local run; "
          "failing ronten failed the job; local %.1fs, spark %.1fs"
          % (len(lines), len(results), len(piped), local_seconds, spark_seconds))


if __name__ == "__main__":
    main()
