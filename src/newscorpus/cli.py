"""The ``newscorpus`` command line.

Subcommands: ``show``, ``quotes``, ``stats``, ``export``, ``validate`` and
``demo``; ``newscorpus COMMAND --help`` tells the options. Data goes to
stdout, everything else (progress, problems, errors) to stderr, so pipes work.

Exit codes:

====  ===========================================================
0     success
1     ``validate`` (or ``--errors skip``) found inputs that failed
2     usage error (unknown option, bad date, ...)
3     input error: a `NewscorpusError` (file missing, not in the seed format, ...)
4     output error: the output could not be written
130   interrupted (Ctrl-C)
====  ===========================================================

Only the standard library is used here, and `import newscorpus` never
imports this module.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO, TypeVar

import newscorpus
from newscorpus.corpus import Corpus, read_corpus
from newscorpus.errors import NewscorpusError
from newscorpus.model import Article, Quote

__all__ = ["main"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_OUTPUT = 4
EXIT_INTERRUPTED = 130

_T = TypeVar("_T")


class _Usage(Exception):
    """A command-line mistake found after parsing (exit code 2)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    >>> main(["--version"])  # doctest: +ELLIPSIS
    newscorpus ...
    0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return int(exc.code or 0)
    if args.version:
        print(f"newscorpus {newscorpus.__version__}")
        return EXIT_OK
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.run(args)
        return code
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our stdout went away (`| head`): not an error of ours.
        _quiet_stdout()
        return EXIT_OK
    except _Usage as exc:
        if args.debug:
            raise
        _err(f"error: {exc}")
        return EXIT_USAGE
    except NewscorpusError as exc:
        if args.debug:
            raise
        _err(f"error: {exc}")
        return EXIT_INPUT
    except ValueError as exc:
        if args.debug:
            raise
        _err(f"error: {exc}")
        return EXIT_USAGE
    except OSError as exc:
        if args.debug:
            raise
        _err(f"error: {exc}")
        return EXIT_OUTPUT


# --- commands ------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    a = newscorpus.read_article(args.file)
    out = sys.stdout
    out.write(f"id        {a.id}\n")
    out.write(f"date      {a.date.isoformat()}\n")
    out.write(f"lede      {a.lede}{'  [photo credit]' if a.lede_is_credit else ''}\n")
    if a.dateline is None:
        out.write("dateline  (none)\n")
    else:
        d = a.dateline
        out.write(f"dateline  {d.text}\n")
        out.write(f"  place     {d.place or '-'}\n")
        out.write(f"  region    {d.region or '-'}\n")
        out.write(f"  agencies  {', '.join(d.agencies) or '-'}\n")
        out.write(f"  date      {d.date.isoformat() if d.date else '-'}\n")
    for warning in a.warnings:
        out.write(f"warning   {warning}\n")
    out.write(f"\nparagraphs ({len(a.paragraphs)}, {a.word_count} words of prose)\n")
    for i, p in enumerate(a.paragraphs):
        out.write(f"  [{i}] {p.kind:<7} {_clip(p.text, 100)}\n")
        if p.tweet is not None:
            t = p.tweet
            when = t.date.isoformat() if t.date else "-"
            out.write(f"        tweet by {t.author or '-'} ({t.handle or '-'}) on {when}\n")
    out.write(f"\nquotes ({len(a.quotes)})\n")
    for q in a.quotes:
        out.write(
            f"  [{q.paragraph}] {q.kind:<8} {q.speaker or '?'} ({q.cue or 'no cue'}): "
            f"{_clip(q.text, 90)}\n"
        )
    return EXIT_OK


def _quotes(args: argparse.Namespace) -> int:
    corpus = _open(args)
    rows = (
        (a, q)
        for a in _progress(corpus, args, "articles")
        for q in a.quotes
        if _speaker_matches(q, args.speaker)
    )
    fmt = args.format
    out = sys.stdout
    if fmt == "jsonl":
        for a, q in rows:
            out.write(json.dumps(_quote_record(a, q), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(["article_id", "date", "kind", "speaker", "cue", "quote"])
        for a, q in rows:
            writer.writerow(
                [a.id, a.date.isoformat(), q.kind, q.speaker or "", q.cue or "", q.text]
            )
    else:
        for a, q in rows:
            out.write(f"{a.id}\t{q.kind}\t{q.speaker or '?'}\t{_clip(q.text, 80)}\n")
    return _finish(corpus, args)


def _stats(args: argparse.Namespace) -> int:
    corpus = _open(args)
    articles = 0
    months: dict[str, int] = {}
    agencies: dict[str, int] = {}
    places: dict[str, int] = {}
    speakers: dict[str, int] = {}
    quotes = 0
    for a in _progress(corpus, args, "articles"):
        articles += 1
        key = f"{a.date.year:04d}-{a.date.month:02d}"
        months[key] = months.get(key, 0) + 1
        if a.dateline is not None:
            for agency in a.dateline.agencies:
                agencies[agency] = agencies.get(agency, 0) + 1
            if a.dateline.place:
                places[a.dateline.place] = places.get(a.dateline.place, 0) + 1
        for q in a.quotes:
            quotes += 1
            if q.speaker:
                speakers[q.speaker] = speakers.get(q.speaker, 0) + 1
    out = sys.stdout
    out.write(f"articles  {articles}\nquotes    {quotes}\n")
    _table(out, "articles by month", sorted(months.items()))
    _table(out, "agencies", _top(agencies, args.top))
    _table(out, "places", _top(places, args.top))
    _table(out, "top speakers", _top(speakers, args.top))
    return _finish(corpus, args)


def _export(args: argparse.Namespace) -> int:
    corpus = _open(args)
    fmt = args.format or (
        "jsonl" if str(args.output).endswith((".jsonl", ".ndjson")) else "parquet"
    )
    counted = _Counted(corpus, args)
    if fmt == "jsonl":
        path = counted.corpus.to_jsonl(args.output, quotes=not args.no_quotes)
    else:
        partition: tuple[str, ...] | None = tuple(args.partition_by.split(","))
        if args.partition_by in ("", "none"):
            partition = None
        path = counted.corpus.to_parquet(
            args.output,
            partition_by=partition,
            compression=args.compression,
            quotes=not args.no_quotes,
        )
    _note(args, f"wrote {counted.count} articles to {path}")
    return _finish(corpus, args)


def _validate(args: argparse.Namespace) -> int:
    corpus = read_corpus(args.source, errors="skip", workers=args.workers)
    ok = 0
    for _ in _progress(corpus, args, "files"):
        ok += 1
    problems = corpus.problems
    for p in problems:
        sys.stdout.write(f"{_where(p)}: {p.reason}\n")
    _note(args, f"{ok} articles parsed, {len(problems)} problem(s)")
    return EXIT_PROBLEMS if problems else EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    corpus = read_corpus(args.source, errors="skip")
    out = sys.stdout
    articles = list(corpus)
    out.write(f"newscorpus {newscorpus.__version__}: {len(articles)} articles from {args.source}\n")
    for a in articles:
        out.write(f"\n{a.id}  {a.date.isoformat()}  {a.word_count} words\n")
        credit = "  [photo credit]" if a.lede_is_credit else ""
        out.write(f"  lede      {_clip(a.lede, 90)}{credit}\n")
        if a.dateline is not None:
            d = a.dateline
            when = d.date.isoformat() if d.date else "-"
            out.write(f"  dateline  {d.place} | {', '.join(d.agencies) or '-'} | {when}\n")
        else:
            out.write("  dateline  (none)\n")
        for t in a.tweets:
            out.write(f"  tweet     {t.author} ({t.handle})\n")
        for q in a.quotes:
            out.write(f"  {q.kind:<9} {q.speaker or '?'}: {_clip(q.text, 70)}\n")
    path = corpus.to_parquet(args.out, partition_by=None)
    quotes = sum(len(a.quotes) for a in articles)
    out.write(f"\n{len(articles)} articles, {quotes} quotes written to {path}\n")
    return _finish(corpus, args)


# --- helpers -------------------------------------------------------------------------


def _open(args: argparse.Namespace) -> Corpus:
    corpus = read_corpus(args.source, errors=args.errors, workers=args.workers)
    keywords: dict[str, Any] = {}
    for name in ("since", "until", "regex", "agency", "place", "speaker"):
        value = getattr(args, name, None)
        if value:
            keywords[name] = value
    if getattr(args, "contains", None):
        keywords["contains"] = args.contains
    if getattr(args, "has_quotes", False):
        keywords["has_quotes"] = True
    try:
        return corpus.filter(**keywords) if keywords else corpus
    except ValueError as exc:
        raise _Usage(str(exc)) from exc


def _finish(corpus: Corpus, args: argparse.Namespace) -> int:
    problems = corpus.problems
    for p in problems:
        _err(f"skipped {_where(p)}: {p.reason}")
    return EXIT_PROBLEMS if problems else EXIT_OK


def _where(problem: Any) -> str:
    where = str(problem.path)
    line = getattr(problem, "line", None)
    column = getattr(problem, "column", None)
    if line:
        where += f":{line}"
        if column:
            where += f":{column}"
    return where


def _clip(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _speaker_matches(quote: Quote, wanted: str | None) -> bool:
    if not wanted:
        return True
    name = (quote.speaker or "").lower()
    want = wanted.lower()
    return name == want or want in name.split() or name.endswith(" " + want)


def _quote_record(a: Article, q: Quote) -> dict[str, Any]:
    return {
        "article_id": a.id,
        "date": a.date.isoformat(),
        "kind": q.kind,
        "speaker": q.speaker,
        "cue": q.cue,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "paragraph": q.paragraph,
    }


def _top(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _table(out: TextIO, title: str, rows: Iterable[tuple[str, int]]) -> None:
    rows = list(rows)
    out.write(f"\n{title}\n")
    if not rows:
        out.write("  (none)\n")
    for key, count in rows:
        out.write(f"  {count:>7}  {key}\n")


class _Counted:
    """Counts the articles a corpus yields while an export streams it."""

    def __init__(self, corpus: Corpus, args: argparse.Namespace) -> None:
        self.count = 0
        self._args = args
        self.corpus = corpus.filter(self._tick)

    def _tick(self, _article: Article) -> bool:
        self.count += 1
        if self.count % 1000 == 0 and _show_progress(self._args):
            sys.stderr.write(f"\r  {self.count:,} articles")
            sys.stderr.flush()
        return True


def _show_progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


def _progress(items: Iterable[_T], args: argparse.Namespace, unit: str) -> Iterator[_T]:
    """Yield ``items``; on a terminal, show a running count on stderr."""
    if not _show_progress(args):
        yield from items
        return
    n = 0
    last = 0.0
    for item in items:
        n += 1
        now = time.monotonic()
        if now - last > 0.2:
            sys.stderr.write(f"\r  {n:,} {unit}")
            sys.stderr.flush()
            last = now
        yield item
    sys.stderr.write(f"\r  {n:,} {unit}\n")


def _note(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        _err(message)


def _err(message: str) -> None:
    sys.stderr.write(message + "\n")


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


# --- the parser ----------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="newscorpus",
        description="Parse dated news articles, extract quotes, export to Parquet.",
        epilog="Exit codes: 0 ok, 1 some inputs failed, 2 usage, 3 input error, "
        "4 output error, 130 interrupted.",
    )
    top.add_argument("--version", action="store_true", help="print the version and exit")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="no progress or notes")
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    top.set_defaults(quiet=False, debug=False)
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    show = sub.add_parser("show", parents=[common], help="show one parsed article")
    show.add_argument("file", help="an article file in the seed format")
    show.set_defaults(run=_show)

    source = argparse.ArgumentParser(add_help=False)
    source.add_argument("source", help="a folder, glob, .zip/.tar archive, Parquet or JSONL")
    source.add_argument(
        "--errors",
        choices=("raise", "skip"),
        default="skip",
        help="stop at the first bad input, or skip and report it (default: skip)",
    )
    source.add_argument("--workers", type=int, default=1, help="parsing processes")

    filters = argparse.ArgumentParser(add_help=False)
    g = filters.add_argument_group("filters")
    g.add_argument("--since", help="from this date on (2021-08, 14 July 2021, ...)")
    g.add_argument("--until", help="up to this date, inclusive")
    g.add_argument("--contains", action="append", help="a word or phrase (repeat: any)")
    g.add_argument("--regex", help="a regular expression over lede and body")
    g.add_argument("--agency", help="a news agency in the dateline")
    g.add_argument("--place", help="the dateline's place")
    g.add_argument("--speaker", help="a quoted speaker, surname or full name")
    g.add_argument("--has-quotes", action="store_true", help="only articles with quotes")

    quotes = sub.add_parser(
        "quotes", parents=[common, source, filters], help="list quotes with speakers"
    )
    quotes.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    quotes.set_defaults(run=_quotes)

    stats = sub.add_parser("stats", parents=[common, source, filters], help="summary counts")
    stats.add_argument("--top", type=int, default=10, help="rows per table (default 10)")
    stats.set_defaults(run=_stats)

    export = sub.add_parser(
        "export", parents=[common, source, filters], help="write Parquet or JSON Lines"
    )
    export.add_argument("-o", "--output", required=True, help="output path")
    export.add_argument("--format", choices=("parquet", "jsonl"), help="default: by extension")
    export.add_argument(
        "--partition-by", default="year,month", help="Parquet partition columns, or 'none'"
    )
    export.add_argument("--compression", default="zstd", help="Parquet compression codec")
    export.add_argument("--no-quotes", action="store_true", help="skip quote extraction")
    export.set_defaults(run=_export)

    validate = sub.add_parser(
        "validate", parents=[common], help="parse everything, report every problem"
    )
    validate.add_argument("source", help="a folder, glob or archive")
    validate.add_argument("--workers", type=int, default=1, help="parsing processes")
    validate.set_defaults(run=_validate)

    demo = sub.add_parser("demo", parents=[common], help="summarise a folder and export it")
    demo.add_argument("source", nargs="?", default="seeds", help="default: seeds")
    demo.add_argument("--out", default="demo-out/seeds.parquet", help="Parquet file to write")
    demo.set_defaults(run=_demo)
    return top


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
