"""Words and spans: the small tests on a stretch of text that every quote rule uses."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

__all__ = [
    "CLOSING_MARKS",
    "OPENING_MARKS",
    "POSSESSIVE",
    "THAT",
    "TRAILING_PUNCT",
    "WORD",
    "count_words",
    "has_words",
    "inside",
    "trim",
    "words_outside",
]

WORD: Final = re.compile(r"[A-Za-z0-9][\w’'-]*")
# The word "that", which opens a reported clause ("said that ...").
THAT: Final = re.compile(r"\bthat\b")

TRAILING_PUNCT: Final = ".,;: \t\n—–-"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` moved past leading white space and trailing punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING_PUNCT:
        end -= 1
    return start, end


CLOSING_MARKS: Final = frozenset("”\"'’»")
# Marks that may open a quote.
OPENING_MARKS: Final = frozenset("“\"‘'«")
# A word's possessive ending: "Trump's", "CNN’s", "Valls'".
POSSESSIVE: Final = re.compile(r"(?:[’']s|s[’'])$")


def inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``pos`` falls strictly inside one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def has_words(text: str, start: int, end: int, n: int) -> bool:
    """True when ``text[start:end]`` holds at least ``n`` words (looks no further than needed)."""
    pos = start
    for _ in range(max(n, 1)):
        word = WORD.search(text, pos, end)
        if word is None:
            return False
        pos = word.end()
    return True


def words_outside(
    text: str,
    start: int,
    end: int,
    taken: list[tuple[int, int]],
    ignore: frozenset[str] = frozenset(),
) -> int:
    """Words in ``text[start:end]`` outside the ``taken`` spans (and not in ``ignore``)."""
    count = 0
    pos = start
    for a, b in sorted(taken):
        if b <= pos or a >= end:
            continue
        if a > pos:
            count += count_words(text, pos, a, ignore)
        pos = max(pos, b)
    if pos < end:
        count += count_words(text, pos, end, ignore)
    return count


def count_words(text: str, start: int, end: int, ignore: frozenset[str]) -> int:
    """Words in ``text[start:end]``, not counting those whose lower case is in ``ignore``."""
    words = WORD.findall(text, start, end)
    if not ignore:
        return len(words)
    return sum(1 for w in words if w.lower() not in ignore)
