"""Export a folder to a partitioned Parquet dataset and query it with DuckDB.

python examples/04_export_parquet_duckdb.py [FOLDER] [OUT]
(defaults: seeds, example-out/dataset; needs duckdb: pip install duckdb)
"""

from __future__ import annotations

import sys

import duckdb

import newscorpus


def main(folder: str, out: str) -> None:
    path = newscorpus.read_corpus(folder, errors="skip").to_parquet(out)
    con = duckdb.connect()
    files = f"{path}/**/*.parquet"
    rows = con.execute(
        f"""
        SELECT year, month, count(*) AS articles
        FROM read_parquet('{files}', hive_partitioning = true)
        GROUP BY year, month ORDER BY year, month
        """
    ).fetchall()
    for year, month, articles in rows:
        print(f"{year}-{int(month):02d}: {articles} articles")
    speakers = con.execute(
        f"""
        SELECT q.speaker, count(*) AS n
        FROM (SELECT UNNEST(quotes) AS q FROM read_parquet('{files}', hive_partitioning = true))
        WHERE q.speaker IS NOT NULL
        GROUP BY q.speaker ORDER BY n DESC, q.speaker LIMIT 5
        """
    ).fetchall()
    for speaker, n in speakers:
        print(f"{speaker}: {n}")


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "seeds",
        sys.argv[2] if len(sys.argv) > 2 else "example-out/dataset",
    )
