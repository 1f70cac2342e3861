"""The partitioned writer keeps every row, in bounded memory, whatever the order of dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pyarrow.parquet as pq
import pytest

from newscorpus import Article, Corpus, _partitioned, read_corpus, read_parquet
from newscorpus.parquet import record_batches, schema_with_metadata

from .conftest import SEEDS


def _spread(n: int, months: int) -> list[Article]:
    """Seed articles under fresh ids, their dates cycling over ``months`` months."""
    seeds = list(read_corpus(SEEDS))
    return [
        attrs.evolve(
            seeds[i % 3],
            id=f"a{i:04d}",
            date=dt.date(2000 + (i % months) // 12, i % months % 12 + 1, 1),
        )
        for i in range(n)
    ]


def _write(articles: list[Article], folder: Path, **kw: int) -> int:
    schema = schema_with_metadata(quotes=False)
    return _partitioned.write_partitioned(
        record_batches(articles, batch_size=7, quotes=False),
        folder,
        parts=("year", "month"),
        schema=schema,
        compression="zstd",
        **{"row_group_size": 5, **kw},
    )


def _row_groups(folder: Path) -> dict[str, list[int]]:
    found = {}
    for f in sorted(folder.rglob("*.parquet")):
        meta = pq.ParquetFile(f).metadata
        found[str(f.relative_to(folder))] = [
            meta.row_group(i).num_rows for i in range(meta.num_row_groups)
        ]
    return found


def test_full_row_groups_and_every_row(tmp_path: Path) -> None:
    articles = _spread(60, months=4)
    assert _write(articles, tmp_path / "d") == 4
    groups = _row_groups(tmp_path / "d")
    assert groups["year=2000/month=1/part-0.parquet"] == [5, 5, 5]
    assert all(sum(g) == 15 for g in groups.values())
    back = sorted(read_parquet(tmp_path / "d"), key=lambda a: a.id)
    assert back == articles


def test_budget_writes_the_largest_buffer_early(tmp_path: Path) -> None:
    articles = _spread(60, months=4)
    _write(articles, tmp_path / "d", max_buffered_bytes=1)  # every batch goes straight out
    groups = _row_groups(tmp_path / "d")
    assert max(max(g) for g in groups.values()) <= 5
    assert sum(sum(g) for g in groups.values()) == 60
    assert sorted(read_parquet(tmp_path / "d"), key=lambda a: a.id) == articles


def test_more_partitions_than_open_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_partitioned, "MAX_OPEN_FILES", 2)
    articles = _spread(40, months=5)  # dates cycle, so closed partitions come back
    files = _write(articles, tmp_path / "d", row_group_size=1)
    assert files > 5
    assert (tmp_path / "d" / "year=2000" / "month=1" / "part-1.parquet").exists()
    assert sorted(read_parquet(tmp_path / "d"), key=lambda a: a.id) == articles


def test_corpus_export_without_partitions(tmp_path: Path) -> None:
    articles = _spread(9, months=3)
    Corpus(articles).to_parquet(tmp_path / "flat", partition_by=None, row_group_size=4)
    assert _row_groups(tmp_path / "flat") == {"part-0.parquet": [4, 4, 1]}
    assert list(read_parquet(tmp_path / "flat")) == articles


def test_files_of_a_partition_read_back_in_written_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_partitioned, "MAX_OPEN_FILES", 1)
    articles = _spread(160, months=2)  # months alternate: each batch closes the other file
    _write(articles, tmp_path / "d", row_group_size=1)
    assert (tmp_path / "d" / "year=2000" / "month=1" / "part-10.parquet").exists()
    back = [a.id for a in read_parquet(tmp_path / "d")]
    assert back == [a.id for a in articles[0::2]] + [a.id for a in articles[1::2]]
