"""JSON Lines: one article per line, with the field names of the Parquet schema.

Dates are ISO strings (``"2021-08-16"``); everything else is as in Parquet.
Like Parquet, articles are rebuilt from their primary fields and the derived
ones (kinds, tweets, quotes) are recomputed, so a round trip is exact.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscorpus._sources import Problem
from newscorpus.errors import NewscorpusError, ParseError, SchemaError, SourceError
from newscorpus.model import Article
from newscorpus.parquet import (
    BUILD_BATCH_ROWS,
    article_from_row,
    atomic_target,
    record_batches,
)

if TYPE_CHECKING:
    from newscorpus.corpus import Corpus, Errors

__all__ = ["iter_jsonl", "read_jsonl", "write_jsonl"]


def _default(value: object) -> str:
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {value!r} as JSON")


def write_jsonl(
    articles: Iterable[Article], path: str | os.PathLike[str], *, quotes: bool = True
) -> Path:
    """Write ``articles`` one per line to ``path`` (UTF-8), atomically."""
    target = Path(path)
    batches = record_batches(articles, batch_size=BUILD_BATCH_ROWS, quotes=quotes)
    with atomic_target(target, directory=False) as tmp, open(tmp, "w", encoding="utf-8") as f:
        for batch in batches:  # the rows of the Parquet export, so the two cannot disagree
            for row in batch.to_pylist():
                f.write(json.dumps(row, ensure_ascii=False, default=_default))
                f.write("\n")
    return target


def iter_jsonl(
    path: str | os.PathLike[str], *, errors: Errors, problems: list[Problem]
) -> Iterator[Article]:
    """Stream the articles of a JSON Lines file; a bad line raises, or is recorded and skipped."""
    where = os.fspath(path)
    try:
        f = open(where, encoding="utf-8")  # noqa: SIM115 (closed below, across yields)
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}", path=where) from exc
    with f:
        lineno = 0
        while True:
            lineno += 1
            try:
                line = f.readline()
            except UnicodeDecodeError as exc:
                err: NewscorpusError = SourceError(f"line {lineno}: not UTF-8: {exc}", path=where)
                if errors == "raise":
                    raise err from exc
                problems.append(Problem.from_error(err, path=where))
                return
            if not line:
                return
            if not line.strip():
                continue
            try:
                yield _article(line, where, lineno)
            except NewscorpusError as err:
                if errors == "raise":
                    raise
                problems.append(Problem.from_error(err, path=where))


def _article(line: str, where: str, lineno: int) -> Article:
    try:
        row: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not JSON: {exc.msg}", path=where, line=lineno, column=exc.colno) from exc
    if not isinstance(row, dict):
        raise SchemaError(f"line {lineno}: expected a JSON object per line", path=where)
    try:
        return article_from_row(row)
    except SchemaError as exc:
        raise SchemaError(f"line {lineno}: {exc.message}", path=where) from exc


def read_jsonl(path: str | os.PathLike[str], *, errors: Errors = "raise") -> Corpus:
    """A lazy `Corpus` over a JSON Lines file written by `Corpus.to_jsonl`."""
    from newscorpus.corpus import Corpus

    where = os.fspath(path)
    if not os.path.isfile(where):
        raise SourceError("no such file", path=where)
    if errors not in ("raise", "skip"):
        raise ValueError(f"'errors' must be 'raise' or 'skip' (got {errors!r})")
    return Corpus._from_jsonl(where, errors)
