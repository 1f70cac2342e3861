"""`Corpus`: a lazy, re-iterable stream of articles, and `read_corpus` to open one.

Nothing is read until the corpus is iterated, and nothing is kept: each
iteration streams the source again, so a folder of a million files costs the
memory of one batch. ``filter``, ``sorted`` and ``head`` return new lazy
corpora; the ``to_*`` methods export.

>>> corpus = read_corpus("seeds")
>>> [a.id[:3] for a in corpus.filter(since="2021-08")]
['001', '002']
>>> corpus.count_by("month")
{'2021-07': 1, '2021-08': 2}
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, Union

from newscorpus._sources import (
    DEFAULT_MAX_MEMBER_BYTES,
    Input,
    Listed,
    Outcome,
    Problem,
    SourceLike,
    check_source,
    classify_source,
    iter_inputs,
    parse_chunk,
    parse_input,
)
from newscorpus.errors import NewscorpusError
from newscorpus.filters import Predicate, PredicateLike, all_of, as_predicate, from_keywords
from newscorpus.model import Article

if TYPE_CHECKING:
    import pandas
    import pyarrow as pa

__all__ = ["Corpus", "Problem", "read_corpus"]

Errors = Literal["raise", "skip"]
CountKey = Literal["month", "agency", "place", "speaker"]

_T = TypeVar("_T")

#: Files sent to a worker process at a time: large enough that pickling is cheap per file.
DEFAULT_CHUNK_SIZE = 200
#: Bytes of archive members sent to a worker at a time, at most (when their size is known):
#: chunks of about equal work, so that no worker is left with a long last chunk alone.
DEFAULT_CHUNK_BYTES = 192 * 1024
#: Modules the worker processes' fork server imports once, so that each worker starts warm
#: (``pyarrow.compute``, which casting a batch imports, costs a worker 50 ms of CPU).
_PRELOAD = ("__main__", "newscorpus.parquet", "pyarrow.compute")


def read_corpus(
    source: SourceLike,
    *,
    errors: Errors = "raise",
    workers: int = 1,
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES,
) -> Corpus:
    """Open a corpus: a folder, glob, list of paths, archive, Parquet dataset or JSON Lines file.

    - a folder is walked recursively for ``*.txt`` files, in name order;
    - a ``.zip`` or ``.tar``/``.tar.gz``/``.tgz`` archive is read in memory,
      ``*.txt`` members in archive order, never extracted;
    - a ``.parquet`` file or a folder of them is read with `read_parquet`,
      a ``.jsonl`` file with `read_jsonl`.

    ``errors="raise"`` stops at the first bad input with its `NewscorpusError`;
    ``errors="skip"`` records it in `Corpus.problems` and goes on.
    ``workers`` parses in that many processes, order and errors unchanged.
    No file or archive member may be over ``max_member_bytes`` once read
    (`InputTooLargeError`). A source that names nothing raises `SourceError` now.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"'errors' must be 'raise' or 'skip' (got {errors!r})")
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"'workers' must be an int >= 1 (got {workers!r})")
    if max_member_bytes < 1:
        raise ValueError(f"'max_member_bytes' must be >= 1 (got {max_member_bytes!r})")
    check_source(source)
    kind = classify_source(source)
    if kind == "parquet":
        from newscorpus.parquet import read_parquet

        return read_parquet(os.fspath(source))  # type: ignore[arg-type]
    if kind == "jsonl":
        from newscorpus.jsonl import read_jsonl

        return read_jsonl(os.fspath(source), errors=errors)  # type: ignore[arg-type]
    origin = _Files(source, errors, workers, max_member_bytes, DEFAULT_CHUNK_SIZE)
    return Corpus._make(origin, ())


class _Origin(Protocol):
    pushdown: bool

    def iterate(
        self, *, predicate: Predicate | None, need_quotes: bool, problems: list[Problem]
    ) -> Iterator[Article]: ...


class Corpus:
    """A lazy, re-iterable sequence of articles.

    Build one with `read_corpus`, `read_parquet` or `read_jsonl`, or wrap
    articles already in memory with ``Corpus(articles)`` (pass a list, or
    anything re-iterable, to iterate more than once).

    There is no ``len()``: counting means reading, so it is a method, `count`.
    """

    __slots__ = ("_origin", "_problems", "_steps")

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._origin: _Origin = _Articles(articles)
        self._steps: tuple[_Step, ...] = ()
        self._problems: list[Problem] = []

    @classmethod
    def _make(cls, origin: _Origin, steps: tuple[_Step, ...]) -> Corpus:
        corpus = cls.__new__(cls)
        corpus._origin = origin
        corpus._steps = steps
        corpus._problems = []
        return corpus

    @classmethod
    def _from_parquet(cls, path: str) -> Corpus:
        return cls._make(_Parquet(path), ())

    @classmethod
    def _from_jsonl(cls, path: str, errors: Errors) -> Corpus:
        return cls._make(_Jsonl(path, errors), ())

    def __repr__(self) -> str:
        steps = "".join(f".{s!r}" for s in self._steps)
        return f"<Corpus {self._origin!r}{steps}>"

    # --- iteration ---------------------------------------------------------------------

    def __iter__(self) -> Iterator[Article]:
        return self._iterate(need_quotes=False)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """The inputs skipped so far by the latest iteration (``errors="skip"``).

        After a full pass over an unfiltered corpus, inputs seen = articles
        yielded + ``len(problems)``.
        """
        return tuple(self._problems)

    def count(self) -> int:
        """How many articles the corpus yields (a full pass)."""
        return sum(1 for _ in self)

    def _needs_quotes(self) -> bool:
        return any(isinstance(s, _Filter) and s.predicate.needs_quotes for s in self._steps)

    def _iterate(self, *, need_quotes: bool) -> Iterator[Article]:
        problems: list[Problem] = []
        self._problems = problems
        steps = self._steps
        predicate = None
        if self._origin.pushdown:
            lead = list(itertools.takewhile(lambda s: isinstance(s, _Filter), steps))
            predicate = all_of(s.predicate for s in lead if isinstance(s, _Filter))
            steps = steps[len(lead) :]
        it = self._origin.iterate(
            predicate=predicate,
            need_quotes=need_quotes or self._needs_quotes(),
            problems=problems,
        )
        try:
            for step in steps:
                it = step.apply(it)
            yield from it
        finally:
            _close(it)

    # --- transformations ---------------------------------------------------------------

    def filter(self, *predicates: PredicateLike, **keywords: Any) -> Corpus:
        """The articles passing every predicate and keyword filter, as a new lazy corpus.

        Keywords: ``since``, ``until``, ``contains``, ``regex``, ``agency``,
        ``place``, ``speaker``, ``has_quotes``, ``ids`` (see `newscorpus.filters`).
        Predicates: `newscorpus.filters` objects or any ``Callable[[Article], bool]``.
        """
        parts = [as_predicate(p) for p in predicates]
        from_kw = from_keywords(**keywords)
        if from_kw is not None:
            parts.append(from_kw)
        combined = all_of(parts)
        if combined is None:
            return self
        return Corpus._make(self._origin, (*self._steps, _Filter(combined)))

    def sorted(
        self, *, key: Callable[[Article], Any] | None = None, reverse: bool = False
    ) -> Corpus:
        """The articles in order of ``key`` (default: date, then id).

        Sorting needs every article at once: iterating the result holds the
        whole corpus in memory.
        """
        return Corpus._make(self._origin, (*self._steps, _Sorted(key, reverse)))

    def head(self, n: int) -> Corpus:
        """The first ``n`` articles; reading stops there."""
        if n < 0:
            raise ValueError(f"'n' must be >= 0 (got {n})")
        return Corpus._make(self._origin, (*self._steps, _Head(n)))

    def count_by(self, key: CountKey) -> dict[str | None, int]:
        """Count articles by ``"month"`` (``"2021-08"``), ``"agency"`` or ``"place"``,
        or quotes by resolved ``"speaker"``.

        Articles without the key (no dateline, say) count under ``None``; an
        article with two agencies counts once for each. Months come in
        calendar order, the other keys most frequent first.
        """
        counts: collections.Counter[str | None] = collections.Counter()
        if key == "month":
            for a in self:
                counts[f"{a.date.year:04d}-{a.date.month:02d}"] += 1
            return dict(sorted(counts.items(), key=lambda kv: kv[0] or ""))
        if key == "agency":
            for a in self:
                agencies = a.dateline.agencies if a.dateline else ()
                counts.update(agencies or (None,))
        elif key == "place":
            for a in self:
                counts[a.dateline.place if a.dateline else None] += 1
        elif key == "speaker":
            for a in self._iterate(need_quotes=True):
                counts.update(q.speaker for q in a.quotes)
        else:
            raise ValueError(f"'key' must be 'month', 'agency', 'place' or 'speaker' (got {key!r})")
        return dict(counts.most_common())

    # --- exports -----------------------------------------------------------------------

    def to_parquet(
        self,
        path: str | os.PathLike[str],
        *,
        partition_by: tuple[str, ...] | None = ("year", "month"),
        compression: str = "zstd",
        row_group_size: int | None = None,
        quotes: bool = True,
    ) -> Path:
        """Write the corpus to Parquet, streaming, atomically; returns the path written.

        A ``path`` ending in ``.parquet`` gets one file; any other path a
        Hive-partitioned dataset (``year=2021/month=8/part-0.parquet``), or a
        folder of plain files with ``partition_by=None``. The output is built
        in a temporary sibling and renamed into place, so a failure or Ctrl-C
        part-way leaves an earlier output at ``path`` as it was. With
        ``quotes=False`` quote extraction is skipped and the ``quotes`` column
        is null.
        """
        from newscorpus.parquet import BUILD_BATCH_ROWS, DEFAULT_ROW_GROUP_SIZE, write_parquet

        size = row_group_size or DEFAULT_ROW_GROUP_SIZE
        return write_parquet(
            self._batches(quotes=quotes, batch_size=min(size, BUILD_BATCH_ROWS)),
            path,
            partition_by=partition_by,
            compression=compression,
            row_group_size=size,
            quotes=quotes,
        )

    def _batches(self, *, quotes: bool, batch_size: int) -> Iterator[pa.RecordBatch]:
        """The corpus as record batches; built in the workers when there are some to use."""
        from newscorpus.parquet import record_batches

        origin = self._origin
        if isinstance(origin, _Files) and origin.workers > 1 and not self._steps:
            problems: list[Problem] = []
            self._problems = problems
            return origin.iter_batches(quotes=quotes, problems=problems)
        return record_batches(
            self._iterate(need_quotes=quotes), batch_size=batch_size, quotes=quotes
        )

    def to_jsonl(self, path: str | os.PathLike[str], *, quotes: bool = True) -> Path:
        """Write one JSON object per line, with the Parquet column names; atomic like Parquet."""
        from newscorpus.jsonl import write_jsonl

        return write_jsonl(self._iterate(need_quotes=quotes), path, quotes=quotes)

    def to_arrow(self, *, quotes: bool = True) -> pa.Table:
        """The whole corpus as one ``pyarrow.Table`` of the Parquet schema (held in memory)."""
        import pyarrow as pa

        from newscorpus.parquet import DEFAULT_ROW_GROUP_SIZE, schema_with_metadata

        batches = self._batches(quotes=quotes, batch_size=DEFAULT_ROW_GROUP_SIZE)
        return pa.Table.from_batches(list(batches), schema=schema_with_metadata(quotes=quotes))

    def to_pandas(self, *, quotes: bool = True) -> pandas.DataFrame:
        """The whole corpus as a pandas DataFrame (needs pandas installed)."""
        try:
            import pandas  # noqa: F401
        except ImportError as exc:
            raise ImportError(
                "Corpus.to_pandas needs pandas, which is not installed: pip install pandas"
            ) from exc
        return self.to_arrow(quotes=quotes).to_pandas()

    def quotes_table(self) -> pa.Table:
        """One row per quote: ``article_id``, ``date``, ``quote`` (its index), ``speaker``,
        ``text``, ``kind``, ``cue``, ``start``, ``end``, ``paragraph``."""
        from newscorpus.parquet import quotes_table_of

        return quotes_table_of(self._iterate(need_quotes=True))


# --- steps -----------------------------------------------------------------------------


class _Filter:
    __slots__ = ("predicate",)

    def __init__(self, predicate: Predicate) -> None:
        self.predicate = predicate

    def __repr__(self) -> str:
        return f"filter({self.predicate!r})"

    def apply(self, it: Iterator[Article]) -> Iterator[Article]:
        return filter(self.predicate, it)


class _Sorted:
    __slots__ = ("key", "reverse")

    def __init__(self, key: Callable[[Article], Any] | None, reverse: bool) -> None:
        self.key = key
        self.reverse = reverse

    def __repr__(self) -> str:
        return f"sorted(key={self.key!r}, reverse={self.reverse})"

    def apply(self, it: Iterator[Article]) -> Iterator[Article]:
        key = self.key or _date_id
        return iter(sorted(it, key=key, reverse=self.reverse))


class _Head:
    __slots__ = ("n",)

    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return f"head({self.n})"

    def apply(self, it: Iterator[Article]) -> Iterator[Article]:
        return _head(it, self.n)


_Step = Union[_Filter, _Sorted, _Head]  # noqa: UP007 (a runtime alias, Python 3.10)


def _date_id(article: Article) -> tuple[Any, str]:
    return (article.date, article.id)


def _head(it: Iterator[Article], n: int) -> Iterator[Article]:
    try:
        if n == 0:
            return
        for i, article in enumerate(it, start=1):
            yield article
            if i >= n:
                return
    finally:
        _close(it)


def _close(it: Iterator[Any]) -> None:
    close = getattr(it, "close", None)
    if close is not None:
        close()


# --- origins ---------------------------------------------------------------------------


class _Articles:
    __slots__ = ("items",)
    pushdown = False

    def __init__(self, items: Iterable[Article]) -> None:
        self.items = items

    def __repr__(self) -> str:
        return f"articles {type(self.items).__name__}"

    def iterate(
        self, *, predicate: Predicate | None, need_quotes: bool, problems: list[Problem]
    ) -> Iterator[Article]:
        return iter(self.items)


class _Parquet:
    __slots__ = ("path",)
    pushdown = True

    def __init__(self, path: str) -> None:
        self.path = path

    def __repr__(self) -> str:
        return f"parquet {self.path!r}"

    def iterate(
        self, *, predicate: Predicate | None, need_quotes: bool, problems: list[Problem]
    ) -> Iterator[Article]:
        from newscorpus.parquet import iter_parquet

        return iter_parquet(self.path, predicate=predicate)


class _Jsonl:
    __slots__ = ("errors", "path")
    pushdown = False

    def __init__(self, path: str, errors: Errors) -> None:
        self.path = path
        self.errors = errors

    def __repr__(self) -> str:
        return f"jsonl {self.path!r}"

    def iterate(
        self, *, predicate: Predicate | None, need_quotes: bool, problems: list[Problem]
    ) -> Iterator[Article]:
        from newscorpus.jsonl import iter_jsonl

        return iter_jsonl(self.path, errors=self.errors, problems=problems)


class _Files:
    __slots__ = ("chunk_bytes", "chunk_size", "errors", "max_bytes", "source", "workers")
    pushdown = False

    def __init__(
        self,
        source: SourceLike,
        errors: Errors,
        workers: int,
        max_bytes: int,
        chunk_size: int,
        chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    ) -> None:
        self.source = source
        self.errors = errors
        self.workers = workers
        self.max_bytes = max_bytes
        self.chunk_size = chunk_size
        self.chunk_bytes = chunk_bytes

    def __repr__(self) -> str:
        src = self.source
        shown = os.fspath(src) if isinstance(src, (str, os.PathLike)) else f"{len(src)} paths"
        return f"files {shown!r}"

    def iterate(
        self, *, predicate: Predicate | None, need_quotes: bool, problems: list[Problem]
    ) -> Iterator[Article]:
        parallel = self.workers > 1
        # Workers read the zip members they parse: the parent only lists them.
        items = iter_inputs(self.source, max_bytes=self.max_bytes, defer_zip=parallel)
        outcomes = self._parallel(items, need_quotes) if parallel else self._serial(items)
        try:
            for out in outcomes:
                if isinstance(out, NewscorpusError):
                    if self.errors == "raise":
                        raise out
                    problems.append(Problem.from_error(out, path=out.path or "<unknown>"))
                    continue
                if isinstance(out, tuple):
                    from newscorpus.parquet import prime_quotes

                    prime_quotes(out[0], out[1])
                    yield out[0]
                else:
                    yield out
        finally:
            _close(outcomes)

    def _serial(self, items: Iterator[Listed]) -> Iterator[Outcome]:
        for item in items:
            if isinstance(item, NewscorpusError):
                yield item
                continue
            try:
                yield parse_input(item, max_bytes=self.max_bytes)
            except NewscorpusError as err:
                yield err

    def _parallel(self, items: Iterator[Listed], need_quotes: bool) -> Iterator[Outcome]:
        for outcomes in self._map_chunks(items, parse_chunk, self.max_bytes, need_quotes):
            yield from outcomes

    def iter_batches(self, *, quotes: bool, problems: list[Problem]) -> Iterator[pa.RecordBatch]:
        """Record batches built in the worker processes: parse, quotes and rows all off the parent.

        Errors are raised or recorded in input order, as `iterate` does.
        """
        from newscorpus.parquet import batch_chunk, batch_from_ipc

        items = iter_inputs(self.source, max_bytes=self.max_bytes, defer_zip=True)
        results = self._map_chunks(items, batch_chunk, self.max_bytes, quotes)
        try:
            for data, errors in results:
                for err in errors:
                    if self.errors == "raise":
                        raise err
                    problems.append(Problem.from_error(err, path=err.path or "<unknown>"))
                if data is not None:
                    yield batch_from_ipc(data)
        finally:
            _close(results)

    def _map_chunks(
        self, items: Iterator[Listed], function: Callable[..., _T], *args: Any
    ) -> Iterator[_T]:
        """``function(chunk, *args)`` over chunks of ``items`` in worker processes, in order.

        At most two chunks per worker are in flight, and as many held back at
        the end of the listing (see `_chunks`), so memory stays bounded
        however large the source.
        """
        pending: collections.deque[Future[_T]] = collections.deque()
        executor = ProcessPoolExecutor(self.workers, mp_context=_worker_context())
        chunks = _chunks(items, self.chunk_size, self.chunk_bytes, parts=2 * self.workers)
        done = False
        try:
            while True:
                chunk = next(chunks, None)
                if chunk:
                    pending.append(executor.submit(function, chunk, *args))
                if pending and (not chunk or len(pending) >= 2 * self.workers):
                    yield pending.popleft().result()
                elif not chunk:
                    done = True
                    return
        finally:
            for future in pending:
                future.cancel()
            # Once every result is in, the workers are left to exit while the caller goes on
            # (writing the last row group); stopped early, they are waited for.
            executor.shutdown(wait=not done, cancel_futures=True)


def _chunks(
    items: Iterator[Listed], size: int, max_bytes: int, *, parts: int = 1
) -> Iterator[list[Listed]]:
    """``items`` in lists of ``size`` items, cut earlier at ``max_bytes`` of known input size.

    The last ``parts`` full chunks are held back until the listing ends, then
    cut again into chunks that shrink (each 1/``parts`` of what is left, at least
    1/8 of a full one): the workers then run out of work together, instead of
    one idling while another finishes a full chunk alone.
    """
    held: collections.deque[list[Listed]] = collections.deque()
    for chunk in _full_chunks(items, size, max_bytes):
        held.append(chunk)
        if len(held) > parts:
            yield held.popleft()
    if parts <= 1:
        yield from held
        return
    rest = [item for chunk in held for item in chunk]
    count, total = len(rest), sum(map(_size, rest))
    start = 0
    while start < count:
        # What is left, in full chunks by whichever limit binds; the next chunk takes a share.
        left = max((count - start) / size, total / max_bytes)
        share = min(1.0, max(1 / 8, left / parts))
        end, taken = start, 0
        while end < count and end - start < share * size and taken < share * max_bytes:
            taken += _size(rest[end])
            end += 1
        yield rest[start:end]
        start, total = end, total - taken


def _full_chunks(items: Iterator[Listed], size: int, max_bytes: int) -> Iterator[list[Listed]]:
    chunk: list[Listed] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += _size(item)
        if len(chunk) >= size or total >= max_bytes:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def _size(item: Listed) -> int:
    return item.size if isinstance(item, Input) else 0


def _worker_context() -> multiprocessing.context.BaseContext:
    """Fork server processes (spawned ones where there is no fork server).

    Not plain fork: forking a parent that runs threads (pyarrow's, the
    caller's) can deadlock the child. The fork server imports newscorpus and
    pyarrow once, when it starts, so that a worker does not spend a quarter of a
    second importing them; a fork server already started elsewhere is used
    as it is.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(_PRELOAD))
    return context
