"""A paragraph being read and a quote under construction: the state the rules share."""

from __future__ import annotations

import attrs

from newscorpus._speakers import Mention
from newscorpus.model import QuoteKind

__all__ = ["Found", "Passage", "clause_found", "cut", "nobody"]


@attrs.frozen
class Passage:
    """One paragraph to read: where it starts in the text, its text, and its role."""

    index: int
    start: int
    text: str
    kind: str = "text"
    author: str | None = None


@attrs.define
class Found:
    """A quote under construction (mutable while the paragraph is read)."""

    kind: QuoteKind
    start: int
    end: int
    paragraph: int
    parts: list[tuple[int, int]]
    mention: Mention | None
    cue: tuple[int, int] | None
    speaker: str | None = None
    #: The source asked a question (``X was asked by Jane Roe whether ...``): the one
    #: asked (``X``, if named), not the asker, is whom the next ``he`` or ``she`` means.
    asker: bool = False
    asked: Mention | None = None


def nobody(para: Passage) -> Found:
    """A last speaker that names no source: the bare quote after ``para`` has none."""
    return Found("direct", para.start, para.start, para.index, [], None, None)


def cut(f: Found, end: int) -> None:
    """End quote ``f`` at ``end``: the parts that start before it stay, the last cut short."""
    f.end = end
    parts = [(a, min(b, end)) for a, b in f.parts if a < end]
    f.parts = parts if len(parts) > 1 else [(f.start, end)]


def clause_found(out: list[Found], para: Passage, cue_at: int) -> Found | None:
    """The reported clause of the cue at ``cue_at``, when it ends before the quote that follows."""
    for f in reversed(out):
        if f.cue is not None and f.cue[0] == cue_at:
            return f if f.kind != "direct" and f.paragraph == para.index else None
    return None
