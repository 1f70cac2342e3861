"""`newscorpus.dask`: the same rows and schema as `to_parquet`, parsed on a two-worker cluster."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

import newscorpus

dd = pytest.importorskip("dask.dataframe", reason="dask is an optional extra")
distributed = pytest.importorskip("distributed", reason="dask.distributed is an optional extra")

import newscorpus.dask as ncd  # noqa: E402
from newscorpus.parquet import ARTICLE_SCHEMA  # noqa: E402

from .conftest import SEEDS  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore")  # a local cluster warns about ports and threads


@pytest.fixture(scope="module")
def client() -> object:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_schema_is_the_parquet_schema() -> None:
    frame = ncd.read_corpus(SEEDS, files_per_partition=2)
    schema = pa.Schema.from_pandas(frame._meta, preserve_index=False)
    assert schema.names == ARTICLE_SCHEMA.names
    assert [f.type for f in schema] == [f.type for f in ARTICLE_SCHEMA]


def test_cluster_round_trip(client: object, tmp_path: Path) -> None:
    frame = ncd.read_corpus(SEEDS, files_per_partition=1)
    assert frame.npartitions == 3
    rows = frame.compute()
    assert sorted(rows["id"]) == [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    ncd.to_parquet(frame, tmp_path / "ds")
    back = {a.id: a for a in newscorpus.read_parquet(tmp_path / "ds")}
    original = {a.id: a for a in newscorpus.read_corpus(SEEDS)}
    assert back == original
    assert {k: v.quotes for k, v in back.items()} == {k: v.quotes for k, v in original.items()}


def test_no_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(newscorpus.SourceError):
        ncd.read_corpus(tmp_path / "*.txt")
