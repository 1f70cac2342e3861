"""Write a Hive-partitioned Parquet dataset with a bound on the bytes held in memory.

`pyarrow.dataset.write_dataset` stages rows per partition and keeps an open
writer per file; exporting a corpus that way held far more than one file's
writer does (measured: 452 MB peak RSS for 60,000 articles in 14 monthly
partitions, against 216 MB for one file), and more as the corpus grew. Here
each partition buffers whole record batches until it has a row group's worth,
and when the buffers together pass a byte budget the largest one is written
early, as a shorter row group. Memory is bounded by the budget and the number
of open files, whatever the size of the corpus or the order of its dates.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, cast

import pyarrow as pa
import pyarrow.parquet as pq

from newscorpus._arrays import ints

__all__ = ["write_partitioned"]

#: Bytes of Arrow data all partitions may buffer together before the largest is written.
MAX_BUFFERED_BYTES = 32 * 2**20
#: Files kept open at once; the least recently used is closed (a later row starts a new file).
MAX_OPEN_FILES = 64

Key = tuple[Any, ...]


def write_partitioned(
    batches: Iterable[pa.RecordBatch],
    folder: Path,
    *,
    parts: tuple[str, ...],
    schema: pa.Schema,
    compression: str,
    row_group_size: int,
    max_buffered_bytes: int = MAX_BUFFERED_BYTES,
) -> int:
    """Write ``batches`` under ``folder`` as ``name=value/.../part-N.parquet``; returns files made.

    The partition columns ``parts`` live in the folder names, not in the files
    (as `pyarrow.dataset` reads them back). ``parts`` may be empty: plain files.
    """
    file_schema = pa.schema([f for f in schema if f.name not in parts]).with_metadata(
        schema.metadata
    )
    buffers: dict[Key, list[pa.RecordBatch]] = {}
    writers: collections.OrderedDict[Key, pq.ParquetWriter] = collections.OrderedDict()
    files: dict[Key, int] = {}

    def writer(key: Key) -> pq.ParquetWriter:
        if key in writers:
            writers.move_to_end(key)
            return writers[key]
        if len(writers) >= MAX_OPEN_FILES:
            writers.popitem(last=False)[1].close()
        where = folder.joinpath(*(f"{n}={v}" for n, v in zip(parts, key, strict=True)))
        where.mkdir(parents=True, exist_ok=True)
        n = files[key] = files.get(key, -1) + 1
        w = pq.ParquetWriter(
            where / f"part-{n}.parquet", file_schema, compression=cast(Any, compression)
        )
        writers[key] = w
        return w

    def flush(key: Key, *, whole: bool) -> None:
        """Write the key's full row groups (all its rows when ``whole``); keep the rest."""
        table = pa.Table.from_batches(buffers.pop(key), schema=file_schema)
        keep = 0 if whole else table.num_rows % row_group_size
        if table.num_rows > keep:
            writer(key).write_table(
                table.slice(0, table.num_rows - keep), row_group_size=row_group_size
            )
        if keep:  # copied out (a slice would hold on to the whole table)
            rest = ints(range(table.num_rows - keep, table.num_rows), pa.int64())
            buffers[key] = table.take(rest).to_batches()

    try:
        buffered = 0
        for batch in batches:
            for key, piece in _split(batch, parts):
                rows = buffers.setdefault(key, [])
                rows.append(piece)
                buffered += piece.nbytes
                if sum(b.num_rows for b in rows) >= row_group_size:
                    flush(key, whole=False)
                    buffered = _size(buffers)
            while buffered > max_buffered_bytes and buffers:
                largest = max(buffers, key=lambda k: sum(b.nbytes for b in buffers[k]))
                flush(largest, whole=True)
                buffered = _size(buffers)
        for key in list(buffers):
            flush(key, whole=True)
    finally:
        for w in writers.values():
            w.close()
    return sum(n + 1 for n in files.values())


def _size(buffers: dict[Key, list[pa.RecordBatch]]) -> int:
    return sum(b.nbytes for rows in buffers.values() for b in rows)


def _split(batch: pa.RecordBatch, parts: tuple[str, ...]) -> Iterator[tuple[Key, pa.RecordBatch]]:
    """The batch's rows grouped by partition key, in first-seen order, partition columns dropped."""
    rest = batch.drop_columns(list(parts)) if parts else batch
    if not parts:
        yield (), rest
        return
    keys = list(zip(*(batch.column(p).to_pylist() for p in parts), strict=True))
    rows: dict[Key, list[int]] = {}
    for i, key in enumerate(keys):
        rows.setdefault(key, []).append(i)
    if len(rows) == 1:
        yield keys[0], rest
        return
    for key, indices in rows.items():
        yield key, rest.take(ints(indices, pa.int32()))
