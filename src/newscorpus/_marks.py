"""Quote marks: which spans of a paragraph are quoted.

Double marks (straight, curly, guillemets, ``''``) pair up in order; a paragraph
with none quotes in single marks, curly or straight (the British style).
Apostrophes (``didn’t``, ``Clintons’``, ``’90s``, ``rock 'n' roll``) are never
quote marks, and a mark left open runs to the end of the paragraph.
"""

from __future__ import annotations

import re
from typing import Final

from newscorpus._tokens import POSSESSIVE, WORD

__all__ = ["DOUBLE_MARKS", "is_title", "quote_spans"]

DOUBLE_MARKS: Final = ("“", "”", '"', "«", "»", "„", "''")


def quote_spans(
    text: str, marks: tuple[str, ...] = DOUBLE_MARKS
) -> tuple[list[tuple[int, int]], int | None]:
    """Spans of double-quoted material and the offset of an opening mark left unclosed.

    Curly and angle marks say which way they face; a straight mark opens
    when it stands before a word and closes otherwise. A close with nothing
    open is ignored.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    n = len(text)
    for pos, mark in _double_marks(text, marks):
        end = pos + len(mark)
        if mark in "“«„":
            if open_at is None:
                open_at = pos
            elif mark == "“" and (text[open_at] == "„" or _closes_here(text, pos, end)):
                # „German style“ closes with the mark English opens with; so does a
                # mistyped “close“ (after a word, before a space or a stop).
                if WORD.search(text, open_at, pos):
                    spans.append((open_at, end))
                open_at = None
        elif mark in "”»":
            if open_at is not None:
                if WORD.search(text, open_at, pos):
                    spans.append((open_at, end))
                open_at = None
        elif open_at is None:
            after = text[end : end + 1]
            before = text[pos - 1 : pos] if pos else " "
            if after and not after.isspace() and (before.isspace() or before in "([—–-:,"):
                open_at = pos
        else:
            if WORD.search(text, open_at, pos):
                spans.append((open_at, end))
            open_at = None
    if open_at is not None and open_at >= n - 1:
        open_at = None
    if not spans and open_at is None:
        if "‘" in text:
            return _single_spans(text)
        if "'" in text:
            return _straight_single_spans(text)
    return spans, open_at


def _double_marks(text: str, marks: tuple[str, ...] = DOUBLE_MARKS) -> list[tuple[int, str]]:
    """Where each double mark (``“ ” " « » „ ''``) stands, in order, and which it is.

    A string search per mark is faster than a pattern testing every character;
    ``marks`` may leave out those the whole text lacks.
    """
    found: list[tuple[int, str]] = []
    for mark in marks:
        pos = text.find(mark)
        while pos != -1:
            found.append((pos, mark))
            pos = text.find(mark, pos + len(mark))
    found.sort()
    return found


def _closes_here(text: str, pos: int, end: int) -> bool:
    """True when a mark at ``pos`` stands after a word and before a space, a stop or the end."""
    before = text[pos - 1 : pos]
    after = text[end : end + 1]
    return (
        bool(before)
        and not before.isspace()
        and before not in "([—–-"
        and (not after or after.isspace() or after in ",.;:!?)")
    )


_SINGLE_MARK: Final = re.compile(r"[‘’]")
_OPENS_BEFORE: Final = frozenset(" \t\n([—–-:;,")


def _single_spans(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Quotes in curly single marks, where a paragraph has no double ones (British style).

    ``‘`` opens at the start of a word; ``’`` closes when no letter or digit follows
    it (``didn’t`` is a word), unless it looks like a plural possessive (``the
    Smiths’ house``) and a later mark can close instead.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    marks = [(m.start(), m.group()) for m in _SINGLE_MARK.finditer(text)]
    # The last mark that can close a quote (a later one exists while it lies ahead).
    last_close = max(
        (p for p, m in marks if m == "’" and not text[p + 1 : p + 2].isalnum()), default=-1
    )
    for pos, mark in marks:
        if mark == "‘":
            if open_at is None and (pos == 0 or text[pos - 1] in _OPENS_BEFORE):
                open_at = pos
            continue
        if open_at is None:
            continue
        after = text[pos + 1 : pos + 2]
        if after.isalnum():
            continue  # an apostrophe inside a word
        if _plural_possessive(text, pos, last_close):
            continue
        if WORD.search(text, open_at, pos):
            spans.append((open_at, pos + 1))
        open_at = None
    if open_at is not None and (open_at >= len(text) - 1 or not WORD.search(text, open_at)):
        open_at = None
    return spans, open_at


def _straight_single_spans(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Quotes in straight single marks, where a paragraph has no other marks.

    British copy typed as plain text quotes with ``'``, which is also the
    apostrophe. A mark opens only before a letter at the start of a word (not
    ``'90s``, ``'em``, ``rock 'n' roll``) and closes only after a word and
    before no letter or digit (``didn't`` is a word); a plural possessive
    (``the Smiths' house``) closes nothing while a later mark can.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    marks = [m.start() for m in _STRAIGHT_SINGLE.finditer(text)]
    last_close = max(
        (p for p in marks if not text[p + 1 : p + 2].isalnum() and not text[p - 1 : p].isspace()),
        default=-1,
    )
    for pos in marks:
        before = text[pos - 1 : pos] if pos else " "
        after = text[pos + 1 : pos + 2]
        if open_at is None:
            if (
                (before.isspace() or before in _OPENS_BEFORE)
                and after.isalpha()
                and _ELISION.match(text, pos) is None
            ):
                open_at = pos
            continue
        if after.isalnum() or before.isspace():
            continue  # an apostrophe inside a word, or a mark opening another word
        if _plural_possessive(text, pos, last_close):
            continue
        if WORD.search(text, open_at, pos):
            spans.append((open_at, pos + 1))
        open_at = None
    if open_at:
        # Only a paragraph opening with a mark runs on into the next one; a lone mark
        # inside a paragraph is more likely an apostrophe ("the 'burbs").
        open_at = None
    return spans, open_at


def _plural_possessive(text: str, pos: int, last_close: int) -> bool:
    """``the Smiths’ house``: a mark after an ``s`` and before a lower-case word, which a
    later mark (the last that can close lies at ``last_close``) can close instead."""
    return (
        text[pos - 1 : pos] == "s"
        and text[pos + 1 : pos + 2] == " "
        and text[pos + 2 : pos + 3].islower()
        and last_close > pos
    )


_STRAIGHT_SINGLE: Final = re.compile(r"'")
# Words that open with an apostrophe: elisions, not quotes.
_ELISION: Final = re.compile(r"'(?:em|til|tis|twas|cause|n|bout|round|nuff|s)\b", re.IGNORECASE)


# Words a title may hold in lower case.
_TITLE_SMALL: Final = frozenset("of the a an and & in on at for to with".split())
_MAX_TITLE_WORDS: Final = 6
_MARK_CHARACTERS: Final = "".join(DOUBLE_MARKS)


def is_title(text: str, span: tuple[int, int]) -> bool:
    """True for a quoted span that names a show, a book or a programme after its owner.

    ``CNN’s “New Day,”``, ``MSNBC's "Morning Joe"``, ``the government's "Food for
    Work" program``: up to six words, each capitalized but for small ones, right
    after a possessive. Such a name is no one's speech, though a cue after it
    (``“New Day,” Sen. Gillibrand told ...``) looks like one attributing it.

    >>> is_title("Friday on CNN’s “New Day,” Sen. Smith said", (16, 26))
    True
    >>> is_title("Trump’s “very bad” remarks", (8, 18))
    False
    >>> is_title("the government's ''Food for Work'' program", (17, 34))
    True
    """
    start, end = span
    # The owner's possessive right before the mark: "CNN’s “New Day,”".
    if POSSESSIVE.search(text[max(0, start - 4) : start].rstrip(" \t")) is None:
        return False
    words = text[start:end].strip(_MARK_CHARACTERS).split()
    return 0 < len(words) <= _MAX_TITLE_WORDS and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words
    )
