"""Parse a corpus on a Dask cluster (``pip install "newscorpus[dask]"``).

`read_corpus` turns a folder or glob of article files into a
``dask.dataframe.DataFrame`` whose columns are exactly the Arrow schema of
`Corpus.to_parquet` (as pandas ``ArrowDtype`` columns), parsed in partitions
of files on the workers. `to_parquet` writes it as a dataset that
`newscorpus.read_parquet` reads back::

    from dask.distributed import Client
    import newscorpus.dask as ncd

    client = Client("scheduler:8786")
    frame = ncd.read_corpus("/data/news/**/*.txt", files_per_partition=1000)
    ncd.to_parquet(frame, "/data/news-parquet")

Importing ``newscorpus`` never imports this module or Dask.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import pandas as pd
import pyarrow as pa

from newscorpus.corpus import read_corpus as _read_corpus
from newscorpus.errors import SourceError
from newscorpus.parquet import record_batches, schema_with_metadata

__all__ = ["read_corpus", "to_parquet"]

#: Files parsed by one task.
DEFAULT_FILES_PER_PARTITION = 500


def read_corpus(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION,
    quotes: bool = True,
) -> dd.DataFrame:
    """A Dask DataFrame of the articles in ``source``, one row per article.

    ``source`` is a folder (walked for ``*.txt``), a glob (``**`` allowed) or a
    list of files. Files that fail to parse are skipped, as with
    ``errors="skip"``; run ``newscorpus validate`` to list them.
    """
    if files_per_partition < 1:
        raise ValueError(f"'files_per_partition' must be >= 1 (got {files_per_partition})")
    files = _files(source)
    if not files:
        raise SourceError("no article files found", path=str(source))
    groups = [
        tuple(files[i : i + files_per_partition]) for i in range(0, len(files), files_per_partition)
    ]
    schema = schema_with_metadata(quotes=quotes)
    return dd.from_map(
        _Partition(quotes),
        groups,
        meta=_frame(schema.empty_table()),
        enforce_metadata=False,
    )


def to_parquet(frame: dd.DataFrame, path: str | os.PathLike[str], *, quotes: bool = True) -> None:
    """Write ``frame`` as a dataset partitioned by year and month that `read_parquet` reads."""
    schema = schema_with_metadata(quotes=quotes)
    frame.to_parquet(
        os.fspath(path),
        engine="pyarrow",
        partition_on=["year", "month"],
        schema=schema,
        custom_metadata=dict(schema.metadata or {}),
        write_index=False,
    )


class _Partition:
    """Parse one group of files into a pandas frame of Arrow columns (runs on a worker)."""

    def __init__(self, quotes: bool) -> None:
        self.quotes = quotes

    def __call__(self, files: tuple[str, ...]) -> pd.DataFrame:
        schema = schema_with_metadata(quotes=self.quotes)
        corpus = _read_corpus(list(files), errors="skip")
        batches = list(record_batches(corpus, batch_size=4096, quotes=self.quotes))
        return _frame(pa.Table.from_batches(batches, schema=schema))


def _frame(table: pa.Table) -> pd.DataFrame:
    frame: pd.DataFrame = table.to_pandas(types_mapper=pd.ArrowDtype)
    return frame


def _files(source: Any) -> list[str]:
    if isinstance(source, (list, tuple)):
        return [os.fspath(p) for p in source]
    name = os.fspath(source)
    if os.path.isdir(name):
        return sorted(str(p) for p in Path(name).rglob("*.txt"))
    return sorted(glob.glob(name, recursive=True))
