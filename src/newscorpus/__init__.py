"""newscorpus: typed, fast parsing of dated news corpora.

Parse articles in the seed format into `Article` objects, pull out who said
what with `extract_quotes`, filter a `Corpus` and export it to Parquet.

>>> import newscorpus
>>> a = newscorpus.parse_article(" date 2021-08-16 Lede\\n\\nWASHINGTON (Reuters) - Stocks rose.")
>>> a.dateline.place, a.dateline.agencies
('WASHINGTON', ('Reuters',))
"""

from importlib import metadata as _metadata

from newscorpus import filters
from newscorpus import quotes as _quotes
from newscorpus._version import __version__ as _source_version
from newscorpus.corpus import Corpus, Problem, read_corpus
from newscorpus.dateline import parse_dateline, split_dateline
from newscorpus.embedded import classify_paragraph, is_photo_credit, parse_tweet
from newscorpus.errors import (
    DecodeError,
    InputTooLargeError,
    NewscorpusError,
    ParseError,
    SchemaError,
    SourceError,
)
from newscorpus.jsonl import read_jsonl
from newscorpus.model import Article, Dateline, Paragraph, ParagraphKind, Quote, QuoteKind, Tweet
from newscorpus.parquet import read_parquet
from newscorpus.parse import decode_bytes, format_article, parse_article, read_article
from newscorpus.quotes import extract_quotes

#: True when the quote extractor runs as mypyc-compiled code; False when it is pure Python
#: (built with ``NEWSCORPUS_PURE_PYTHON=1``, or on another interpreter than CPython).
__compiled__ = not str(_quotes.__file__).endswith(".py")

try:
    # The installed distribution's metadata, built from _version.py: one source.
    __version__ = _metadata.version("newscorpus")
except _metadata.PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = _source_version

__all__ = [
    "Article",
    "Corpus",
    "Dateline",
    "DecodeError",
    "InputTooLargeError",
    "NewscorpusError",
    "Paragraph",
    "ParagraphKind",
    "ParseError",
    "Problem",
    "Quote",
    "QuoteKind",
    "SchemaError",
    "SourceError",
    "Tweet",
    "__compiled__",
    "__version__",
    "classify_paragraph",
    "decode_bytes",
    "extract_quotes",
    "filters",
    "format_article",
    "is_photo_credit",
    "parse_article",
    "parse_dateline",
    "parse_tweet",
    "read_article",
    "read_corpus",
    "read_jsonl",
    "read_parquet",
    "split_dateline",
]
