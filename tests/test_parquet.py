"""Parquet: schema, exact round trips, other engines reading it, atomic writes, pushdown."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscorpus
from newscorpus import Article, Corpus, SchemaError, SourceError, read_corpus, read_parquet
from newscorpus import filters as F
from newscorpus.parquet import (
    ARTICLE_SCHEMA,
    SCHEMA_VERSION,
    article_from_row,
    quotes_from_rows,
    record_batches,
    schema_with_metadata,
)
from tests.conftest import ROOT, SEEDS, shared_file
from tests.strategies import stored_articles

DOCS = ROOT / "docs"


def _seeds() -> list[Article]:
    return list(read_corpus(SEEDS))


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _articles(n_years: int = 3) -> list[Article]:
    """Short hand-written articles, one on the 10th and one on the 20th of every month."""
    out = []
    for year in range(2019, 2019 + n_years):
        for month in range(1, 13):
            for day in (10, 20):
                d = dt.date(year, month, day)
                place = "LONDON" if month % 2 else "KABUL"
                out.append(
                    newscorpus.parse_article(
                        f" date {d.isoformat()} Talks resume\n\n"
                        f"{place} ({'Reuters' if day == 10 else 'AP'}) - Officials met on "
                        f"{d:%A}.\n\n"
                        f'"We will talk again," minister Ana Diaz said.',
                        id=f"{d.isoformat()}",
                    )
                )
    return out


@pytest.mark.parametrize("name", ["out", "one.parquet"])
def test_round_trip_seeds(tmp_path: Path, name: str) -> None:
    articles = _seeds()
    written = Corpus(articles).to_parquet(tmp_path / name)
    assert written == tmp_path / name
    back = list(read_parquet(tmp_path / name))
    assert back == articles
    assert [a.path for a in back] == [a.path for a in articles]
    assert [a.quotes for a in back] == [a.quotes for a in articles]
    assert [a.tweets for a in back] == [a.tweets for a in articles]


def test_partitioned_layout_and_no_partitions(tmp_path: Path) -> None:
    Corpus(_seeds()).to_parquet(tmp_path / "out")
    assert _tree(tmp_path / "out") == [
        "year=2021",
        "year=2021/month=7",
        "year=2021/month=7/part-0.parquet",
        "year=2021/month=8",
        "year=2021/month=8/part-0.parquet",
    ]
    Corpus(_seeds()).to_parquet(tmp_path / "flat", partition_by=None)
    assert _tree(tmp_path / "flat") == ["part-0.parquet"]
    assert list(read_parquet(tmp_path / "flat")) == _seeds()
    Corpus(_seeds()).to_parquet(tmp_path / "years", partition_by=("year",))
    assert list(read_parquet(tmp_path / "years")) == _seeds()


def test_schema_and_metadata(tmp_path: Path) -> None:
    path = Corpus(_seeds()).to_parquet(tmp_path / "one.parquet")
    schema = pq.read_schema(path)
    assert schema.remove_metadata() == ARTICLE_SCHEMA
    meta = schema.metadata or {}
    assert meta[b"newscorpus.schema_version"] == SCHEMA_VERSION.encode()
    assert meta[b"newscorpus.version"] == newscorpus.__version__.encode()
    assert pa.types.is_dictionary(schema.field("dateline").type.field("place").type)
    assert pa.types.is_dictionary(schema.field("dateline").type.field("agencies").type.value_type)
    assert pa.types.is_dictionary(schema.field("paragraphs").type.value_type.field("kind").type)
    table = pq.read_table(path)
    table.validate(full=True)
    assert table.column("year").to_pylist() == [2021, 2021, 2021]


def test_values_match_the_articles(tmp_path: Path) -> None:
    articles = _seeds()
    table = Corpus(articles).to_arrow()
    rows = table.to_pylist()
    for a, row in zip(articles, rows, strict=True):
        assert row["id"] == a.id
        assert row["date"] == a.date
        assert (row["year"], row["month"]) == (a.year, a.month)
        assert row["lede"] == a.lede
        assert row["text"] == a.text
        assert row["word_count"] == a.word_count
        assert row["lede_is_credit"] == a.lede_is_credit
        assert [p["text"] for p in row["paragraphs"]] == [p.text for p in a.paragraphs]
        assert [p["kind"] for p in row["paragraphs"]] == [p.kind for p in a.paragraphs]
        assert [q["speaker"] for q in row["quotes"]] == [q.speaker for q in a.quotes]
        assert [(q["start"], q["end"]) for q in row["quotes"]] == [q.span for q in a.quotes]
    london = rows[0]["dateline"]
    assert london["place"] == "LONDON"
    assert london["agencies"] == ["UrduPoint News", "Sputnik"]
    assert london["date"] == dt.date(2021, 7, 14)
    assert rows[2]["dateline"] is None


def test_duckdb_reads_the_dataset(tmp_path: Path) -> None:
    articles = _seeds()
    Corpus(articles).to_parquet(tmp_path / "out")
    glob = f"{tmp_path}/out/**/*.parquet"
    rows = duckdb.execute(
        f"SELECT id, date, year, month, dateline.place, len(paragraphs) "
        f"FROM read_parquet('{glob}', hive_partitioning = true) ORDER BY id"
    ).fetchall()
    assert rows == [
        (
            a.id,
            a.date,
            a.year,
            a.month,
            a.dateline.place if a.dateline else None,
            len(a.paragraphs),
        )
        for a in articles
    ]
    quotes = duckdb.execute(
        f"SELECT id, q.speaker, q.text, q.start FROM ("
        f"  SELECT id, UNNEST(quotes) AS q FROM read_parquet('{glob}', hive_partitioning = true)"
        f") ORDER BY id, q.start"
    ).fetchall()
    assert quotes == sorted(
        ((a.id, q.speaker, q.text, q.start) for a in articles for q in a.quotes),
        key=lambda r: (r[0], r[3]),
    )


def test_polars_and_pandas_read_the_dataset(tmp_path: Path) -> None:
    articles = _seeds()
    Corpus(articles).to_parquet(tmp_path / "out")
    df = pl.read_parquet(tmp_path / "out", hive_partitioning=True).sort("id")
    assert df["id"].to_list() == [a.id for a in articles]
    assert df["word_count"].to_list() == [a.word_count for a in articles]
    assert df["month"].to_list() == [a.month for a in articles]
    assert df["quotes"].list.len().to_list() == [len(a.quotes) for a in articles]
    pdf = pd.read_parquet(tmp_path / "out").sort_values("id")
    assert list(pdf["id"]) == [a.id for a in articles]
    assert list(pdf["date"]) == [a.date for a in articles]
    assert list(pdf["text"]) == [a.text for a in articles]


_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(st.lists(stored_articles(), max_size=6, unique_by=lambda a: a.id))
def test_round_trip_property(tmp_path: Path, articles: list[Article]) -> None:
    target = tmp_path / f"{uuid.uuid4().hex}.parquet"
    Corpus(articles).to_parquet(target, row_group_size=2)
    back = list(read_parquet(target))
    assert back == articles
    assert [a.path for a in back] == [a.path for a in articles]
    assert [a.quotes for a in back] == [a.quotes for a in articles]
    stored = pq.read_table(target, columns=["quotes"]).column("quotes").to_pylist()
    assert [[q["text"] for q in qs or ()] for qs in stored] == [
        [q.text for q in a.quotes] for a in articles
    ]


@_SETTINGS
@given(st.lists(stored_articles(), max_size=6), st.booleans())
def test_column_batches_hold_every_field(articles: list[Article], quotes: bool) -> None:
    """Each row of a column-by-column batch holds its article's fields, derived ones too."""
    expected = list(read_corpus(SEEDS)) + articles
    batch = next(record_batches(expected, batch_size=100, quotes=quotes))
    batch.validate(full=True)
    assert batch.schema == schema_with_metadata(quotes=quotes)
    rows = batch.to_pylist()
    assert [article_from_row(r) for r in rows] == expected
    for row, a in zip(rows, expected, strict=True):
        assert (row["year"], row["month"]) == (a.date.year, a.date.month)
        assert row["text"] == a.text
        assert row["word_count"] == a.word_count
        assert row["lede_is_credit"] == a.lede_is_credit
        assert [p["kind"] for p in row["paragraphs"]] == [p.kind for p in a.paragraphs]
        assert [
            (t["text"], t["author"], t["handle"], t["date"], tuple(t["urls"]))
            for t in row["tweets"]
        ] == [(t.text, t.author, t.handle, t.date, t.urls) for t in a.tweets]
        if quotes:
            assert quotes_from_rows(row["quotes"]) == a.quotes
        else:
            assert row["quotes"] is None


class _Boom(Exception):
    pass


def _failing(articles: list[Article], after: int, exc: BaseException) -> Iterator[Article]:
    for i, a in enumerate(articles):
        if i == after:
            raise exc
        yield a


@pytest.mark.parametrize("name", ["out", "one.parquet"])
@pytest.mark.parametrize("exc", [_Boom("disk on fire"), KeyboardInterrupt()])
def test_interrupted_write_leaves_the_old_output(
    tmp_path: Path, name: str, exc: BaseException
) -> None:
    old = _seeds()
    Corpus(old).to_parquet(tmp_path / name)
    before = _tree(tmp_path)
    new = _articles(2)

    class _Once:
        def __iter__(self) -> Iterator[Article]:
            return _failing(new, 30, exc)

    with pytest.raises(type(exc)):
        Corpus(_Once()).to_parquet(tmp_path / name, row_group_size=4)
    assert _tree(tmp_path) == before  # no temporary debris
    assert list(read_parquet(tmp_path / name)) == old


def test_strict_parse_error_mid_export_keeps_its_type(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    (src / "001_z_bad.txt").write_text("no header\n")
    with pytest.raises(newscorpus.ParseError):
        read_corpus(src).to_parquet(tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["src"]


def test_replacing_an_existing_dataset(tmp_path: Path) -> None:
    Corpus(_articles(2)).to_parquet(tmp_path / "out")
    Corpus(_seeds()).to_parquet(tmp_path / "out")
    assert list(read_parquet(tmp_path / "out")) == _seeds()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_refuses_to_replace_a_folder_that_is_not_a_dataset(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "notes.txt").write_text("precious")
    with pytest.raises(SourceError, match="refusing to replace"):
        Corpus(_seeds()).to_parquet(tmp_path / "home")
    assert (tmp_path / "home" / "notes.txt").read_text() == "precious"


def test_empty_corpus(tmp_path: Path) -> None:
    Corpus([]).to_parquet(tmp_path / "out")
    Corpus([]).to_parquet(tmp_path / "one.parquet")
    assert list(read_parquet(tmp_path / "out")) == []
    assert list(read_parquet(tmp_path / "one.parquet")) == []


def test_not_a_newscorpus_dataset(tmp_path: Path) -> None:
    pq.write_table(pa.table({"id": ["a"], "body": ["x"]}), tmp_path / "other.parquet")
    with pytest.raises(
        SchemaError, match=r"missing column.*path, date, lede, dateline, paragraphs"
    ):
        read_parquet(tmp_path / "other.parquet")
    table = Corpus(_seeds()).to_arrow().replace_schema_metadata(None)
    pq.write_table(table, tmp_path / "nometa.parquet")
    with pytest.raises(SchemaError, match=r"newscorpus\.schema_version"):
        read_parquet(tmp_path / "nometa.parquet")
    (tmp_path / "junk.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(SchemaError):
        read_parquet(tmp_path / "junk.parquet")
    with pytest.raises(SourceError):
        read_parquet(tmp_path / "missing.parquet")


def test_one_month_touches_only_its_files(tmp_path: Path) -> None:
    articles = _articles(3)
    Corpus(articles).to_parquet(tmp_path / "out")
    month = F.since("2020-03") & F.until("2020-03")
    expr, exact = month.arrow()  # type: ignore[misc]
    assert exact
    dataset = ds.dataset(tmp_path / "out", format="parquet", partitioning="hive")
    fragments = list(dataset.get_fragments(filter=expr))
    assert [Path(f.path).relative_to(tmp_path / "out").as_posix() for f in fragments] == [
        "year=2020/month=3/part-0.parquet"
    ]
    got = list(read_parquet(tmp_path / "out", filter=month))
    assert [a.id for a in got] == ["2020-03-10", "2020-03-20"]


@pytest.mark.parametrize(
    "predicate",
    [
        F.since("2020-03-15"),
        F.until("2019-02"),
        F.since("2019-06") & F.until("2019-07-15"),
        F.contains("officials met"),
        F.contains(["monday", "FRIDAY"]),
        ~F.contains("tuesday"),
        F.place("kabul"),
        F.agency("ap"),
        F.place("London") | F.ids(["2021-12-20"]),
        ~F.ids(["2019-01-10", "2019-01-20"]),
        F.speaker("Diaz") & F.since("2021-11"),
        F.has_quotes(False),
        F.regex(r"Thurs|Sun") & F.agency("Reuters"),
        F.where(lambda a: a.date.day == 10) & F.until("2019-03"),
    ],
    ids=repr,
)
@pytest.mark.parametrize("name", ["out", "one.parquet"])
def test_pushdown_agrees_with_memory(tmp_path: Path, name: str, predicate: F.Predicate) -> None:
    articles = _articles(3)
    Corpus(articles).to_parquet(tmp_path / name)
    expected = [a for a in articles if predicate(a)]
    assert list(read_parquet(tmp_path / name, filter=predicate)) == expected
    assert list(read_parquet(tmp_path / name).filter(predicate).head(3)) == expected[:3]


def test_read_parquet_reuses_stored_quotes(tmp_path: Path) -> None:
    Corpus(_seeds()).to_parquet(tmp_path / "one.parquet")
    back = list(read_parquet(tmp_path / "one.parquet"))
    assert all("quotes" in _cached(a) for a in back)
    Corpus(_seeds()).to_parquet(tmp_path / "noq.parquet", quotes=False)
    assert pq.read_table(tmp_path / "noq.parquet").column("quotes").null_count == 3
    lazy = list(read_parquet(tmp_path / "noq.parquet"))
    assert not any("quotes" in _cached(a) for a in lazy)
    assert [a.quotes for a in lazy] == [a.quotes for a in _seeds()]


def _cached(a: Article) -> set[str]:
    out = set()
    for name in ("quotes",):
        try:
            object.__getattribute__(a, name)
        except AttributeError:
            continue
        # attrs computes a cached property through __getattr__ when its slot is empty
        out.add(name)
    return out


def test_workers_export_the_same_dataset(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    (src / "zz_bad.txt").write_text("no header\n")
    one = read_corpus(src, errors="skip")
    two = read_corpus(src, errors="skip", workers=2)
    one.to_parquet(tmp_path / "a.parquet")
    two.to_parquet(tmp_path / "b.parquet")
    assert pq.read_table(tmp_path / "a.parquet").equals(pq.read_table(tmp_path / "b.parquet"))
    assert one.problems == two.problems
    assert len(two.problems) == 1


def test_workers_send_batches_that_read_back_whole() -> None:
    from newscorpus._sources import iter_inputs
    from newscorpus.parquet import batch_chunk, batch_from_ipc, schema_with_metadata

    data, errors = batch_chunk(list(iter_inputs(str(SEEDS), max_bytes=2**20)), 2**20, True)
    assert data is not None
    assert errors == []
    batch = batch_from_ipc(data)
    assert batch.schema.equals(schema_with_metadata(quotes=True), check_metadata=True)
    assert batch.to_pylist() == read_corpus(SEEDS).to_arrow().to_pylist()
    assert batch_chunk([], 2**20, True) == (None, [])
    two = read_corpus(SEEDS, workers=2).to_arrow()
    assert two.schema.equals(schema_with_metadata(quotes=True), check_metadata=True)
    assert two.to_pylist() == batch.to_pylist()


def test_reuters_export_round_trip(tmp_path: Path) -> None:
    archive = shared_file("eval", "datelines", "reuters-dev.zip")
    corpus = read_corpus(archive)
    corpus.to_parquet(tmp_path / "reuters", quotes=False)
    back = read_parquet(tmp_path / "reuters")
    assert back.count() == 10_051
    march = read_parquet(tmp_path / "reuters", filter=F.since("1987-03") & F.until("1987-03"))
    assert march.count() == sum(1 for a in corpus if (a.year, a.month) == (1987, 3))
