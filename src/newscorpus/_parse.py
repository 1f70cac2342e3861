"""The seed-format parser's hot path, compiled with mypyc (see ``hatch_build.py``).

`newscorpus.parse` holds the public functions; `parse_article` there checks
its arguments (a compiled function would reject a bad ``id`` with mypyc's own
message before the article's validators could name it) and calls `parse_text`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from pathlib import Path

from newscorpus.dateline import split_dateline
from newscorpus.errors import ParseError
from newscorpus.model import Article, Paragraph

__all__ = ["parse_text", "position"]

# The lookbehind tries a run of blanks from its start only (linear on any input).
_HEADER = re.compile(r"(?<![^\S\n])[^\S\n]*date[^\S\n]+(?P<date>\S{1,40})(?:[^\S\n]+(?P<lede>.*))?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NEWLINES = re.compile(r"\r\n?")
_paragraph = Paragraph._checked_by_parser
_EXPECTED_HEADER = "expected a header line ' date YYYY-MM-DD <lede>'"


def parse_text(text: str, id: str | None, where: str | None) -> Article:
    """`newscorpus.parse_article` of a text, a string ``id`` (or None) and a path string."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if "\x00" in text:
        line, column = position(text, text.index("\x00"))
        raise ParseError("unexpected NUL byte: expected text", path=where, line=line, column=column)
    header, _, body = text.partition("\n")
    date, lede = _parse_header(header, where)
    pieces = _split_paragraphs(body)
    dateline = None
    if pieces:
        found = split_dateline(pieces[0][0], date)
        if found is not None:
            dateline, rest = found
            pieces[0] = (rest, pieces[0][1])
    # Each text is valid as split (and the prose after a dateline is a stripped tail of one).
    paragraphs = tuple([_paragraph(t, blank) for t, blank in pieces])
    if id is None:
        id = Path(where).stem if where else _text_id(text)
    return Article._checked_by_parser(id, date, lede, dateline, paragraphs, where)


def _parse_header(header: str, where: str | None) -> tuple[_dt.date, str]:
    m = _HEADER.fullmatch(header)
    if m is None:
        got = repr(header[:40]) if header.strip() else "an empty line"
        raise ParseError(f"{_EXPECTED_HEADER} (got {got})", path=where, line=1, column=1)
    raw = m.group("date")
    column = m.start("date") + 1
    d = _ISO_DATE.fullmatch(raw)
    if d is None:
        raise ParseError(
            f"expected a date YYYY-MM-DD after 'date' (got {raw!r})",
            path=where,
            line=1,
            column=column,
        )
    try:
        date = _dt.date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
    except ValueError as exc:
        raise ParseError(
            f"expected a real calendar date YYYY-MM-DD (got {raw!r}: {exc})",
            path=where,
            line=1,
            column=column,
        ) from exc
    return date, (m.group("lede") or "").strip()


def _split_paragraphs(body: str) -> list[tuple[str, int]]:
    """Split the text after the header line on runs of blank lines: (text, blank lines before).

    Each paragraph records how many blank lines stood before it, so that
    `format_article` can give the layout back. Trailing white space is trimmed
    line by line (`str.rstrip`: linear, Unicode-aware), so a line of white
    space counts as blank: every text is a valid `Paragraph` text.
    """
    paragraphs: list[tuple[str, int]] = []
    lines: list[str] = []
    blank = 0
    for line in body.split("\n"):
        line = line.rstrip()
        if line:
            lines.append(line)
        elif lines:
            paragraphs.append(("\n".join(lines), blank))
            lines = []
            blank = 1
        else:
            blank += 1
    if lines:
        paragraphs.append(("\n".join(lines), blank))
    return paragraphs


def _text_id(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def position(text: str, index: int) -> tuple[int, int]:
    """The line and column (both from 1) of ``text[index]``."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column
