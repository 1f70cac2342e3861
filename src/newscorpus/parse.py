"""Reading and writing the seed format.

An article file looks like this (line 1 opens with a space)::

     date 2021-07-14 UK Defense Minister Ben Wallace said ...

    LONDON (UrduPoint News / Sputnik - 14th July, 2021) UK Defense Minister ...

    "Whatever the government of the day is, ...," Wallace was quoted as saying ...

`parse_article` reads text, `read_article` reads a file, `format_article`
writes an `Article` back; ``parse_article(format_article(a)) == a``.
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from newscorpus._parse import parse_text, position
from newscorpus.errors import DecodeError, SourceError
from newscorpus.model import Article

__all__ = ["decode_bytes", "format_article", "parse_article", "read_article"]


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
    if id is None or type(id) is str:
        return parse_text(text, id, where)
    # Any other id: the article's __init__ (its validators) says what is wrong with it,
    # once the text has parsed (as for a string id).
    return attrs.evolve(parse_text(text, "?", where), id=id)


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
        line, column = position(good, len(good))
        raise DecodeError(
            f"line {line}, column {column}: byte 0x{data[exc.start]:02x} is not UTF-8: "
            "expected UTF-8 text",
            path=path,
        ) from exc


def format_article(article: Article) -> str:
    """Write an article in the seed format, without a trailing newline.

    The inverse of `parse_article`: a parsed file comes back byte for byte
    when it had LF line ends, no trailing white space, and one space after
    its dateline (``Washington (CNN)The ...`` comes back with the space);
    parsing the result always gives the same `Article`.

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
