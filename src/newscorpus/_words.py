"""Counting words as ``len(text.split())`` does, without making the words.

``str.split`` builds a string per word, which costs more than everything else
a word count does. Here each byte of the UTF-8 text is mapped to a space
(white space) or an ``x`` (anything else) in one C call, and the words are the
places where an ``x`` follows a space or opens the text. A multi-byte
character is never white space, except the few listed in `UNICODE_SPACES`;
text holding one of those is split the usual way.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["UNICODE_SPACES", "count_words", "prose_words"]

#: The ASCII characters ``str.split`` splits on (``str.isspace``).
ASCII_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
#: The characters beyond ASCII that ``str.isspace`` holds (the test suite checks the list).
UNICODE_SPACES = (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)

_MAP = bytes(ord(" ") if chr(b) in ASCII_SPACES else ord("x") for b in range(256))


def count_words(text: str) -> int:
    """``len(text.split())``: the runs of characters that are not white space."""
    if text.isascii():
        data = text.encode("ascii")
    elif any(c in text for c in UNICODE_SPACES):
        return len(text.split())
    else:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: not white space, but not encodable
            return len(text.split())
    mapped = data.translate(_MAP)
    return mapped.count(b" x") + mapped.startswith(b"x")


def prose_words(texts: Sequence[str], kinds: Sequence[str], joined: str) -> int:
    """`Article.word_count` of paragraphs ``texts`` of ``kinds``, ``joined`` by blank lines.

    When every paragraph is prose the joined text is counted in one go: the
    blank lines between paragraphs never join two words.
    """
    if kinds.count("text") == len(kinds):
        return count_words(joined)
    return sum(count_words(t) for t, k in zip(texts, kinds, strict=True) if k == "text")
