"""Reading and writing the seed format.

An article file looks like this (line 1 opens with a space)::

     date 2021-07-14 UK Defense Minister Ben Wallace said ...

    LONDON (UrduPoint News / Sputnik - 14th July, 2021) UK Defense Minister ...

    "Whatever the government of the day is, ...," Wallace was quoted as saying ...

`parse_article` reads text, `read_article` reads a file, `format_article`
writes an `Article` back; ``parse_article(format_article(a)) == a``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
from pathlib import Path

from newscorpus.dateline import split_dateline
from newscorpus.errors import DecodeError, ParseError, SourceError
from newscorpus.model import Article, Paragraph

__all__ = ["decode_bytes", "format_article", "parse_article", "read_article"]

# The lookbehind tries a run of blanks from its start only (linear on any input).
_HEADER = re.compile(r"(?<![^\S\n])[^\S\n]*date[^\S\n]+(?P<date>\S{1,40})(?:[^\S\n]+(?P<lede>.*))?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NEWLINES = re.compile(r"\r\n?")
_paragraph = Paragraph._checked_by_parser
_EXPECTED_HEADER = "expected a header line ' date YYYY-MM-DD <lede>'"


def parse_article(
    text: str,
    *,
    id: str | None = None,
    path: str | os.PathLike[str] | None = None,
) -> Article:
    """Parse one article in the seed format.

    ``id`` defaults to the file stem of ``path``, else to a stable hash of
    the text. Line ends may be LF, CRLF or CR; a leading BOM is ignored.
    Raises `ParseError` (with path, line and column) when the header is
    missing or its date is not a real calendar date.

    >>> text = " date 2021-08-16 Headline\\n\\nNEW YORK, Aug 16 (Reuters) - Stocks rose."
    >>> a = parse_article(text)
    >>> a.date, a.lede, a.dateline.place, a.dateline.agencies, a.text
    (datetime.date(2021, 8, 16), 'Headline', 'NEW YORK', ('Reuters',), 'Stocks rose.')
    """
    where = None if path is None else os.fspath(path)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if "\x00" in text:
        line, column = _position(text, text.index("\x00"))
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


def read_article(path: str | os.PathLike[str], *, id: str | None = None) -> Article:
    """Read and parse one article file (UTF-8; a BOM is removed, CRLF and CR become LF).

    Raises `SourceError` when the file cannot be read, `DecodeError` when it
    is not UTF-8 text, `ParseError` when it is not in the seed format.
    """
    where = os.fspath(path)
    try:
        data = Path(where).read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}", path=where) from exc
    return parse_article(decode_bytes(data, path=where), id=id, path=where)


def decode_bytes(data: bytes, *, path: str | None = None) -> str:
    """Decode an article file's bytes as UTF-8 (a UTF-8 BOM is dropped).

    UTF-16 with a BOM is accepted too. Anything else raises `DecodeError`
    naming the first bad byte's line and column.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid UTF-16 text: {exc.reason}", path=path) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8-sig", errors="replace")
        line, column = _position(good, len(good))
        raise DecodeError(
            f"line {line}, column {column}: byte 0x{data[exc.start]:02x} is not UTF-8: "
            "expected UTF-8 text",
            path=path,
        ) from exc


def format_article(article: Article) -> str:
    """Write an article in the seed format, without a trailing newline.

    The inverse of `parse_article`: a parsed file comes back byte for byte
    when it had LF line ends and no trailing white space.

    >>> a = parse_article(" date 2021-07-14 Lede\\n\\nLONDON, July 14 - Body.")
    >>> format_article(a)
    ' date 2021-07-14 Lede\\n\\nLONDON, July 14 - Body.'
    """
    header = f" date {article.date.isoformat()}"
    if article.lede:
        header += f" {article.lede}"
    out = [header]
    for i, p in enumerate(article.paragraphs):
        text = p.text
        if i == 0 and article.dateline is not None:
            text = f"{article.dateline.text} {text}"
        out.append("\n" * (p.blank_lines + 1))
        out.append(text)
    return "".join(out)


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


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column
