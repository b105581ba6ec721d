"""Run `extract` over NDJSON records with Apache Spark.

Each line of the input is one record, `{"id": ..., "url": ..., "date": ..., "text" | "html": ...}`.
Spark splits the file into partitions and pipes each one through a single
`extract --input-format ndjson` process (`rdd.pipe`): the process reads the partition's records on
stdin and prints one output record (an article, or an error record) per line, in order. The output
directory holds one part file per partition, in input order.

    python3 examples/spark_extract.py --master 'local[2]' records.ndjson out/    # local mode
    spark-submit --master spark://host:7077 examples/spark_extract.py records.ndjson out/

`extract` must be on the PATH of every executor, or named with --extract.
"""

import argparse
import shlex

from pyspark.sql import SparkSession


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="NDJSON file (or directory, or glob) of records")
    parser.add_argument("output", help="directory for the output part files (must not exist)")
    parser.add_argument("--master", help="Spark master URL, e.g. local[2]; spark-submit's when omitted")
    parser.add_argument("--extract", default="extract", help="the extract command (default: extract)")
    parser.add_argument("--partitions", type=int, help="least number of partitions (default: Spark's parallelism)")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        sc = spark.sparkContext
        records = sc.textFile(args.input, minPartitions=args.partitions or sc.defaultParallelism).filter(lambda line: line.strip() != "")
        # One process per partition, one worker thread each: Spark does the fan-out. Quiet: stderr
        # would only carry a summary per partition. The exit code is 1 when some records failed,
        # which is not a task failure: their error records are in the output.
        command = shlex.split(args.extract) + ["--input-format", "ndjson", "--ndjson", "--jobs", "1", "--quiet"]
        records.pipe(shlex.join(command), checkCode=False).saveAsTextFile(args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
