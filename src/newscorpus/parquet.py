"""Parquet: the newscorpus Arrow schema, streaming atomic writes, and reads with pushdown.

One row per article. ``to_parquet`` streams record batches (memory is bounded
by the batch size, not the corpus) into a temporary sibling of the target and
renames it into place, so an interrupted export leaves any earlier output
intact. `read_parquet` pushes filters down to ``pyarrow.dataset``: partition
pruning on ``year``/``month`` and row-group statistics on ``date``.

Articles are rebuilt from the stored primary fields (id, path, date, lede,
dateline, paragraphs); what derives from the text (paragraph kinds, tweets,
quotes) is recomputed, so ``list(read_parquet(p)) == list(corpus)``. Stored
quotes are reused instead of recomputed when the file was written by this
same library version.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import shutil
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import pyarrow as pa
import pyarrow.parquet as pq

from newscorpus._columns import ColumnBuilder
from newscorpus._partitioned import write_partitioned
from newscorpus._sources import Listed, iter_parsed
from newscorpus._version import __version__
from newscorpus.errors import NewscorpusError, SchemaError, SourceError
from newscorpus.model import Article, Dateline, Paragraph, Quote

if TYPE_CHECKING:
    import pyarrow.dataset as ds

    from newscorpus.corpus import Corpus
    from newscorpus.filters import Predicate, PredicateLike

__all__ = [
    "ARTICLE_SCHEMA",
    "DEFAULT_ROW_GROUP_SIZE",
    "QUOTES_SCHEMA",
    "SCHEMA_VERSION",
    "article_from_row",
    "iter_parquet",
    "read_parquet",
    "record_batches",
    "write_parquet",
]

#: Bumped when the columns change in a way older readers cannot follow.
SCHEMA_VERSION = "1"
#: Rows per row group.
DEFAULT_ROW_GROUP_SIZE = 4096
#: Rows built into one record batch before the writer takes it. Kept small, as the Python
#: strings a batch is built from are many; the writer regroups batches into row groups.
BUILD_BATCH_ROWS = 1024

_DICT = pa.dictionary(pa.int32(), pa.string())
_SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64())])

DATELINE_TYPE = pa.struct(
    [
        ("text", pa.string()),
        ("place", _DICT),
        ("region", _DICT),
        ("agencies", pa.list_(_DICT)),
        ("date", pa.date32()),
    ]
)
PARAGRAPH_TYPE = pa.struct([("text", pa.string()), ("kind", _DICT), ("blank_lines", pa.int32())])
QUOTE_TYPE = pa.struct(
    [
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("kind", _DICT),
        ("speaker", pa.string()),
        ("speaker_span", _SPAN),
        ("cue", _DICT),
        ("cue_span", _SPAN),
        ("paragraph", pa.int32()),
        ("parts", pa.list_(_SPAN)),
    ]
)
TWEET_TYPE = pa.struct(
    [
        ("paragraph", pa.int32()),
        ("text", pa.string()),
        ("author", pa.string()),
        ("handle", pa.string()),
        ("date", pa.date32()),
        ("urls", pa.list_(pa.string())),
    ]
)

_ARTICLE_FIELDS: list[pa.Field[Any]] = [
    pa.field("id", pa.string(), nullable=False),
    pa.field("path", pa.string()),
    pa.field("date", pa.date32(), nullable=False),
    pa.field("year", pa.int32(), nullable=False),
    pa.field("month", pa.int32(), nullable=False),
    pa.field("lede", pa.string()),
    pa.field("lede_is_credit", pa.bool_()),
    pa.field("dateline", DATELINE_TYPE),
    pa.field("paragraphs", pa.list_(PARAGRAPH_TYPE)),
    pa.field("text", pa.string()),
    pa.field("word_count", pa.int32()),
    pa.field("quotes", pa.list_(QUOTE_TYPE)),
    pa.field("tweets", pa.list_(TWEET_TYPE)),
]
ARTICLE_SCHEMA = pa.schema(_ARTICLE_FIELDS)
"""The Arrow schema of a newscorpus dataset (see ``docs/parquet.md`` for each column)."""

_QUOTE_FIELDS: list[pa.Field[Any]] = [
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("date", pa.date32(), nullable=False),
    pa.field("quote", pa.int32(), nullable=False),
    pa.field("speaker", pa.string()),
    pa.field("text", pa.string()),
    pa.field("kind", _DICT),
    pa.field("cue", _DICT),
    pa.field("start", pa.int64()),
    pa.field("end", pa.int64()),
    pa.field("paragraph", pa.int32()),
]
QUOTES_SCHEMA = pa.schema(_QUOTE_FIELDS)
"""`Corpus.quotes_table`: one row per quote, with its article's id and date."""

_REQUIRED = ("id", "path", "date", "lede", "dateline", "paragraphs")
_KEY_SCHEMA_VERSION = b"newscorpus.schema_version"
_KEY_VERSION = b"newscorpus.version"
_KEY_QUOTES = b"newscorpus.quotes"
_PART_NUMBER = re.compile(r"part-([0-9]{1,9})\.parquet")


def _plain(t: pa.DataType) -> pa.DataType:
    """``t`` with its dictionary strings spelled as plain strings (what rows are built as)."""
    if pa.types.is_dictionary(t):
        return pa.string()
    if pa.types.is_list(t):
        return pa.list_(_plain(t.value_type))
    if pa.types.is_struct(t):
        fields = [t.field(i) for i in range(t.num_fields)]  # StructType.fields needs pyarrow 18
        return pa.struct([pa.field(f.name, _plain(f.type), f.nullable) for f in fields])
    return t


def _batch(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.RecordBatch:
    """Rows as a record batch of ``schema``.

    Built with plain strings and cast to dictionaries: ``from_pylist`` straight
    into nested dictionary types gives invalid arrays where a struct is null.
    """
    plain = pa.schema([pa.field(f.name, _plain(f.type), f.nullable) for f in schema])
    return pa.RecordBatch.from_pylist(rows, schema=plain).cast(schema)


def schema_with_metadata(*, quotes: bool) -> pa.Schema:
    """`ARTICLE_SCHEMA` carrying the schema version, library version and whether quotes are set."""
    return ARTICLE_SCHEMA.with_metadata(
        {
            _KEY_SCHEMA_VERSION: SCHEMA_VERSION.encode(),
            _KEY_VERSION: __version__.encode(),
            _KEY_QUOTES: b"true" if quotes else b"false",
        }
    )


# --- rows ------------------------------------------------------------------------------


def _as_date(value: Any, what: str) -> _dt.date | None:
    if value is None or (isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError as exc:
            raise SchemaError(f"{what}: expected a date YYYY-MM-DD (got {value!r})") from exc
    raise SchemaError(f"{what}: expected a date (got {value!r})")


def article_from_row(row: dict[str, Any]) -> Article:
    """Rebuild an `Article` from its stored primary fields (JSON dates may be ISO strings)."""
    try:
        dl = row["dateline"]
        dateline = None
        if dl is not None:
            dateline = Dateline(
                dl["text"],
                place=dl["place"],
                region=dl["region"],
                agencies=tuple(dl["agencies"] or ()),
                date=_as_date(dl["date"], "dateline.date"),
            )
        paragraphs = tuple(
            Paragraph(p["text"], blank_lines=p["blank_lines"]) for p in row["paragraphs"] or ()
        )
        date = _as_date(row["date"], "date")
        if date is None:
            raise SchemaError("'date' is null")
        return Article(
            id=row["id"],
            date=date,
            lede=row["lede"] or "",
            dateline=dateline,
            paragraphs=paragraphs,
            path=row["path"],
        )
    except KeyError as exc:
        raise SchemaError(f"row has no field {exc.args[0]!r}") from exc
    except (TypeError, ValueError) as exc:
        if isinstance(exc, NewscorpusError):
            raise
        raise SchemaError(f"row of article {row.get('id')!r} is not valid: {exc}") from exc


def quotes_from_rows(rows: Sequence[dict[str, Any]]) -> tuple[Quote, ...]:
    """The stored ``quotes`` column of one article back as `Quote` values."""
    out = []
    for q in rows:
        sp, cs = q["speaker_span"], q["cue_span"]
        out.append(
            Quote(
                text=q["text"],
                start=q["start"],
                end=q["end"],
                kind=q["kind"],
                speaker=q["speaker"],
                speaker_span=None if sp is None else (sp["start"], sp["end"]),
                cue=q["cue"],
                cue_span=None if cs is None else (cs["start"], cs["end"]),
                paragraph=q["paragraph"],
                parts=tuple((p["start"], p["end"]) for p in q["parts"] or ()),
            )
        )
    return tuple(out)


def prime_quotes(article: Article, quotes: tuple[Quote, ...]) -> None:
    """Fill `Article.quotes`'s cache with quotes already computed for this same text.

    `Article.quotes` is an attrs cached property: its cache is a slot that
    ``object.__setattr__`` can fill, as a first access would.
    """
    object.__setattr__(article, "quotes", quotes)


# --- writing ---------------------------------------------------------------------------


def record_batches(
    articles: Iterable[Article], *, batch_size: int, quotes: bool
) -> Iterator[pa.RecordBatch]:
    """Stream ``articles`` as record batches of `ARTICLE_SCHEMA`, ``batch_size`` rows each."""
    schema = schema_with_metadata(quotes=quotes)
    columns = ColumnBuilder(quotes=quotes)
    for a in articles:
        columns.add(a)
        if len(columns) >= batch_size:
            yield columns.finish(schema)
            columns = ColumnBuilder(quotes=quotes)
    if len(columns):
        yield columns.finish(schema)


def batch_chunk(
    items: list[Listed], max_bytes: int, quotes: bool
) -> tuple[bytes | None, list[NewscorpusError]]:
    """Parse a chunk of inputs into one record batch, in a worker process.

    The batch comes back as an Arrow IPC stream (`batch_from_ipc` reads it):
    half the work of pickling its arrays one buffer at a time, on both sides
    of the pipe. The errors met come back beside it, in input order.
    """
    columns = ColumnBuilder(quotes=quotes)
    errors: list[NewscorpusError] = []
    for found in iter_parsed(items, max_bytes):
        if isinstance(found, NewscorpusError):
            errors.append(found)
        else:
            columns.add(found)
    if not len(columns):
        return None, errors
    batch = columns.finish(schema_with_metadata(quotes=quotes))
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as stream:
        stream.write_batch(batch)
    return sink.getvalue().to_pybytes(), errors


def batch_from_ipc(data: bytes) -> pa.RecordBatch:
    """The record batch of an IPC stream made by `batch_chunk`, read without a copy."""
    return pa.ipc.open_stream(data).read_next_batch()


def write_parquet(
    batches: Iterable[pa.RecordBatch],
    path: str | os.PathLike[str],
    *,
    partition_by: Sequence[str] | None = ("year", "month"),
    compression: str = "zstd",
    row_group_size: int = DEFAULT_ROW_GROUP_SIZE,
    quotes: bool = True,
) -> Path:
    """Write record batches of `ARTICLE_SCHEMA` to ``path`` atomically; see `Corpus.to_parquet`."""
    target = Path(path)
    if row_group_size < 1:
        raise ValueError(f"'row_group_size' must be >= 1 (got {row_group_size})")
    parts = tuple(partition_by or ())
    for name in parts:
        if name not in ("year", "month"):
            raise ValueError(f"'partition_by' holds 'year' and/or 'month' (got {name!r})")
    schema = schema_with_metadata(quotes=quotes)
    single = target.name.endswith(".parquet")
    with atomic_target(target, directory=not single) as tmp:
        if single:
            with pq.ParquetWriter(tmp, schema, compression=cast(Any, compression)) as writer:
                for group in _regroup(batches, row_group_size):
                    writer.write_table(group, row_group_size=row_group_size)
        elif not write_partitioned(
            batches,
            tmp,
            parts=parts,
            schema=schema,
            compression=compression,
            row_group_size=row_group_size,
        ):
            # An empty corpus still gives a readable dataset: one file, no rows.
            pq.write_table(schema.empty_table(), tmp / "part-0.parquet")
    return target


def _regroup(batches: Iterable[pa.RecordBatch], size: int) -> Iterator[pa.Table]:
    """Tables of ``size`` rows (the last may be shorter) from batches of any size."""
    buffer: list[pa.RecordBatch] = []
    rows = 0
    for batch in batches:
        buffer.append(batch)
        rows += batch.num_rows
        while rows >= size:
            table = pa.Table.from_batches(buffer)
            yield table.slice(0, size)
            rest = table.slice(size)
            buffer = rest.to_batches()
            rows = rest.num_rows
    if rows:
        yield pa.Table.from_batches(buffer)


@contextlib.contextmanager
def atomic_target(target: Path, *, directory: bool) -> Iterator[Path]:
    """A temporary sibling of ``target`` that replaces it on success and vanishes on failure."""
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and target.is_dir() and not _looks_like_dataset(target):
        raise SourceError(
            "refusing to replace a folder that is not a Parquet dataset", path=str(target)
        )
    token = uuid.uuid4().hex[:12]
    tmp = parent / f".{target.name}.tmp-{token}"
    try:
        if directory:
            tmp.mkdir()
        yield tmp
    except BaseException:
        _remove(tmp)
        raise
    if not directory and target.is_file():
        os.replace(tmp, target)
        return
    if not os.path.lexists(target):
        os.replace(tmp, target)
        return
    old = parent / f".{target.name}.old-{token}"
    os.replace(target, old)
    try:
        os.replace(tmp, target)
    except BaseException:
        os.replace(old, target)
        _remove(tmp)
        raise
    _remove(old)


def _looks_like_dataset(folder: Path) -> bool:
    for root, _dirs, files in os.walk(folder):
        if root != str(folder) and "=" not in Path(root).name:
            return False
        if any(not f.endswith(".parquet") for f in files):
            return False
    return True


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


# --- reading ---------------------------------------------------------------------------


def open_dataset(path: str | os.PathLike[str]) -> tuple[ds.Dataset, bool]:
    """Open a newscorpus dataset; returns it and whether its stored quotes can be reused.

    Raises `SourceError` when ``path`` cannot be read and `SchemaError`,
    naming what is missing, when it was not written by newscorpus.
    """
    import pyarrow.dataset as ds  # on first read: it costs 50 MB of memory to import

    where = os.fspath(path)
    if not os.path.exists(where):
        raise SourceError("no such file or folder", path=where)
    try:
        if os.path.isdir(where):
            dataset = ds.dataset(where, format="parquet", partitioning="hive")
        else:
            dataset = ds.dataset(where, format="parquet")
    except (pa.ArrowException, OSError) as exc:
        raise SchemaError(f"not a readable Parquet dataset: {exc}", path=where) from exc
    schema = dataset.schema
    missing = [n for n in _REQUIRED if n not in schema.names]
    meta = schema.metadata or {}
    if missing:
        raise SchemaError(
            f"not a newscorpus dataset: missing column(s) {', '.join(missing)}", path=where
        )
    if _KEY_SCHEMA_VERSION not in meta:
        raise SchemaError(
            "not a newscorpus dataset: missing 'newscorpus.schema_version' in the file metadata",
            path=where,
        )
    version = meta[_KEY_SCHEMA_VERSION].decode()
    if version != SCHEMA_VERSION:
        raise SchemaError(
            f"newscorpus schema version {version} is not supported (this library reads "
            f"{SCHEMA_VERSION})",
            path=where,
        )
    reuse = meta.get(_KEY_QUOTES) == b"true" and meta.get(_KEY_VERSION) == __version__.encode()
    return dataset, reuse and "quotes" in schema.names


def iter_parquet(
    path: str | os.PathLike[str], *, predicate: Predicate | None, batch_size: int = 1024
) -> Iterator[Article]:
    """Stream the articles of a newscorpus dataset that pass ``predicate``.

    The predicate's Arrow expression filters the scan (partitions, row
    groups, rows); when it is not exact the predicate is checked again on
    the rebuilt articles.
    """
    dataset, reuse_quotes = open_dataset(path)
    expr = None
    exact = predicate is None
    if predicate is not None:
        found = predicate.arrow()
        if found is not None:
            expr, exact = found
    columns = list(_REQUIRED) + (["quotes"] if reuse_quotes else [])
    try:
        for batch in _ordered_batches(dataset, columns=columns, expr=expr, batch_size=batch_size):
            for row in batch.to_pylist():
                article = article_from_row(row)
                if reuse_quotes:
                    prime_quotes(article, quotes_from_rows(row["quotes"] or ()))
                if exact or predicate is None or predicate(article):
                    yield article
    except pa.ArrowException as exc:
        raise SchemaError(f"cannot read the dataset: {exc}", path=os.fspath(path)) from exc


def _ordered_batches(
    dataset: ds.Dataset, *, columns: list[str], expr: Any, batch_size: int
) -> Iterator[pa.RecordBatch]:
    """The rows passing ``expr``, partitions in calendar order, each file in written order."""
    import pyarrow.dataset as ds

    if not isinstance(dataset, ds.FileSystemDataset):
        yield from dataset.to_batches(columns=columns, filter=expr, batch_size=batch_size)
        return
    fragments = sorted(dataset.get_fragments(filter=expr), key=_fragment_key)
    for fragment in fragments:
        yield from fragment.to_batches(
            schema=dataset.schema, columns=columns, filter=expr, batch_size=batch_size
        )


def _fragment_key(fragment: Any) -> tuple[int, int, str, int, str]:
    """Partitions in calendar order, then files in the order written (part-2 before part-10)."""
    import pyarrow.dataset as ds

    keys = ds.get_partition_keys(fragment.partition_expression)
    year, month = keys.get("year", 0), keys.get("month", 0)
    folder, _, name = fragment.path.rpartition("/")
    number = _PART_NUMBER.fullmatch(name)
    return (
        int(year) if year is not None else 0,
        int(month) if month is not None else 0,
        folder,
        int(number.group(1)) if number else -1,
        name,
    )


def read_parquet(path: str | os.PathLike[str], *, filter: PredicateLike | None = None) -> Corpus:
    """A lazy `Corpus` over a Parquet file or dataset written by newscorpus.

    ``filter`` is pushed down to the scan: ``read_parquet(p, filter=since("2021-08")
    & until("2021-08"))`` reads only the files of August 2021. Articles come
    in the order written, partition by partition in calendar order (so a
    partitioned export of a corpus in date order reads back in that order).
    """
    from newscorpus.corpus import Corpus

    open_dataset(path)  # fail now, not on first iteration, when it is not a dataset
    corpus = Corpus._from_parquet(os.fspath(path))
    return corpus if filter is None else corpus.filter(filter)


def quotes_table_of(articles: Iterable[Article]) -> pa.Table:
    """One row per quote: article id and date, speaker, text, kind, cue, offsets."""
    rows = []
    for a in articles:
        for i, q in enumerate(a.quotes):
            rows.append(
                {
                    "article_id": a.id,
                    "date": a.date,
                    "quote": i,
                    "speaker": q.speaker,
                    "text": q.text,
                    "kind": q.kind,
                    "cue": q.cue,
                    "start": q.start,
                    "end": q.end,
                    "paragraph": q.paragraph,
                }
            )
    return pa.Table.from_batches([_batch(rows, QUOTES_SCHEMA)])
