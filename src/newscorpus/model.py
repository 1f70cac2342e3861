"""The value types newscorpus hands out: `Article`, `Paragraph`, `Dateline`, `Tweet`, `Quote`.

All are frozen attrs classes: immutable, slotted, compared and hashed by value.
Change one with `attrs.evolve`. What can be derived from an article's text
(paragraph kinds, tweets, quotes) is computed on first use and kept, never
passed in, so an `Article` can never disagree with its own text.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from newscorpus._words import count_words

__all__ = [
    "Article",
    "Dateline",
    "Paragraph",
    "ParagraphKind",
    "Quote",
    "QuoteKind",
    "Tweet",
]

ParagraphKind = Literal["text", "tweet", "caption", "link"]
"""What a body paragraph holds: ``"text"`` is prose; the others are embedded material."""

QuoteKind = Literal["direct", "mixed", "indirect"]
"""``direct``: all content in quote marks; ``mixed``: reported speech holding a quoted
part; ``indirect``: reported speech without quote marks."""

_QUOTE_KINDS = ("direct", "mixed", "indirect")

_new_object = object.__new__
_set_slot = object.__setattr__
#: Where attrs keeps a ``cache_hash`` class's hash. The parser's fast constructors
#: set it; should an attrs release name it otherwise, they fall back to ``__init__``.
_HASH_SLOT = "_attrs_cached_hash"

#: A dateline date further than this from the header date is flagged in `Article.warnings`.
DATELINE_TOLERANCE_DAYS = 7


def _is_plain_date(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # datetime.datetime is a subclass of date; a datetime here is a mistake.
    if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
        raise TypeError(f"'{attribute.name}' must be a datetime.date (got {value!r})")


def _single_line(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and ("\n" in value or "\r" in value or "\x00" in value):
        raise ValueError(f"'{attribute.name}' must be a single line of text (got {value!r})")


def _span(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not (isinstance(value[0], int) and isinstance(value[1], int))
        or not 0 <= value[0] <= value[1]
    ):
        raise ValueError(
            f"'{attribute.name}' must be a (start, end) pair with 0 <= start <= end (got {value!r})"
        )


def _optional_span(value: Iterable[int] | None) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value
    return (start, end)


def _spans(value: Iterable[Iterable[int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for pair in value:
        start, end = pair
        out.append((start, end))
    return tuple(out)


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _path_str(value: str | os.PathLike[str] | None) -> str | None:
    return None if value is None else os.fspath(value)


@attrs.frozen
class Dateline:
    """The dateline that opens an article's first paragraph.

    ``text`` is the dateline exactly as printed (``"NEW YORK, Aug 16 (Reuters) -"``);
    the other fields are read from it. ``date`` is ``None`` when the dateline
    carries no date; a missing year is taken from the article's header date.

    >>> d = Dateline("WASHINGTON (Reuters) -", place="WASHINGTON", agencies=("Reuters",))
    >>> d.place, d.agencies, d.date
    ('WASHINGTON', ('Reuters',), None)
    """

    text: str = attrs.field(validator=[attrs.validators.instance_of(str), _single_line])
    place: str | None = attrs.field(default=None, validator=_single_line)
    region: str | None = attrs.field(default=None, validator=_single_line)
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    date: _dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(_is_plain_date)
    )


@attrs.frozen
class Tweet:
    """A tweet embedded in an article, as news sites paste it.

    Read from a paragraph such as ``Text https://t.co/x pic.twitter.com/y
    — Sky News (@SkyNews) August 13, 2021``: ``text`` is what the tweet says
    (links removed), ``author``/``handle``/``date`` come from the signature line.
    """

    text: str
    author: str | None = None
    handle: str | None = None
    date: _dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(_is_plain_date)
    )
    urls: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)


@attrs.frozen(cache_hash=True)
class Paragraph:
    """One body paragraph, its text kept exactly as in the source.

    ``blank_lines`` is how many blank lines stood before it in the source (layout
    only; it lets `format_article` reproduce a file byte for byte). ``kind``
    and ``tweet`` are read from the text, so they cannot disagree with it.

    >>> Paragraph("Kabul fell on Sunday.").kind
    'text'
    """

    # One validator a field, each a plain check: a parse builds many paragraphs.
    text: str = attrs.field()
    blank_lines: int = attrs.field(default=1, kw_only=True)
    # `kind`, read from the text on first use. A plain slot costs less than a
    # cached_property, and every export, word count and quote search asks for it.
    _kind: ParagraphKind | None = attrs.field(default=None, init=False, eq=False, repr=False)

    @blank_lines.validator
    def _check_blank_lines(self, attribute: attrs.Attribute[int], value: int) -> None:
        if type(value) is not int or value < 0:
            raise ValueError(f"'blank_lines' must be an int >= 0 (got {value!r})")

    @text.validator
    def _check_text(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"'text' must be a str (got {value!r})")
        if not value.strip():
            raise ValueError("'text' must hold more than white space")
        if "\r" in value or "\x00" in value:
            raise ValueError(f"'text' must not hold carriage returns or NUL (got {value!r})")
        for line in value.split("\n"):
            if not line.strip():
                raise ValueError(f"'text' must not hold a blank line (got {value!r})")
            if line != line.rstrip():
                raise ValueError(f"'text' lines must not end in white space (got {value!r})")

    @classmethod
    def _checked_by_parser(cls, text: str, blank_lines: int) -> Paragraph:
        """``Paragraph(text, blank_lines=blank_lines)`` for a text the parser has already
        made valid (lines stripped at the end, none blank): the validators, which
        cost more than the rest of a paragraph's parse, are not run again.

        Every slot is set as ``__init__`` sets it (the test suite compares them).
        """
        if not _FAST_INIT:
            return cls(text, blank_lines=blank_lines)
        p = _new_object(cls)
        _set_slot(p, "text", text)
        _set_slot(p, "blank_lines", blank_lines)
        _set_slot(p, "_kind", None)
        _set_slot(p, _HASH_SLOT, None)
        return p

    @property
    def kind(self) -> ParagraphKind:
        """``"text"`` for prose, else the kind of embedded material (tweet, caption, link)."""
        kind = self._kind
        if kind is None:
            kind = _embedded.classify_paragraph(self.text)
            object.__setattr__(self, "_kind", kind)
        return kind

    @functools.cached_property
    def tweet(self) -> Tweet | None:
        """The embedded tweet this paragraph holds, if it is one."""
        from newscorpus.embedded import parse_tweet

        return parse_tweet(self.text) if self.kind == "tweet" else None

    @property
    def is_prose(self) -> bool:
        """True for body prose, False for embedded material (tweets, captions, links)."""
        return self.kind == "text"


@attrs.frozen
class Quote:
    """One attribution: what was said (``text``, ``start``, ``end``) and who said it.

    Offsets are Python ``str`` offsets into the text the quote was extracted
    from (`Article.text` for `Article.quotes`). A quote split around its
    speaker (``"A," he said. "B."``) covers both pieces with ``start``/``end``
    and lists each in ``parts``. ``speaker`` is the fullest form of the
    speaker's name the text gives (``"Ben Wallace"`` for ``Wallace`` or
    ``he``), or a description as written; ``speaker_span`` is where the
    mention itself stands.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field(validator=attrs.validators.ge(0))
    kind: QuoteKind = attrs.field(validator=attrs.validators.in_(_QUOTE_KINDS))
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = attrs.field(
        default=None, converter=_optional_span, validator=_span
    )
    cue: str | None = None
    cue_span: tuple[int, int] | None = attrs.field(
        default=None, converter=_optional_span, validator=_span
    )
    paragraph: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    parts: tuple[tuple[int, int], ...] = attrs.field(default=(), converter=_spans)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"'end' must be >= start ({self.start}) (got {value})")

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` of the content."""
        return (self.start, self.end)

    @classmethod
    def _checked_by_extractor(
        cls,
        text: str,
        start: int,
        end: int,
        kind: QuoteKind,
        speaker: str | None,
        speaker_span: tuple[int, int] | None,
        cue: str | None,
        cue_span: tuple[int, int] | None,
        paragraph: int,
        parts: tuple[tuple[int, int], ...],
    ) -> Quote:
        """``Quote(...)`` of values the extractor has already made valid.

        The validators and converters cost more than the rest of building a
        quote; the extractor's offsets, kinds and tuples need none. Every slot
        is set as ``__init__`` sets it (the test suite compares them).
        """
        q = _new_object(cls)
        _set_slot(q, "text", text)
        _set_slot(q, "start", start)
        _set_slot(q, "end", end)
        _set_slot(q, "kind", kind)
        _set_slot(q, "speaker", speaker)
        _set_slot(q, "speaker_span", speaker_span)
        _set_slot(q, "cue", cue)
        _set_slot(q, "cue_span", cue_span)
        _set_slot(q, "paragraph", paragraph)
        _set_slot(q, "parts", parts)
        return q


def _paragraphs(value: Iterable[Paragraph | str]) -> tuple[Paragraph, ...]:
    return tuple(p if isinstance(p, Paragraph) else Paragraph(p) for p in value)


@attrs.frozen(cache_hash=True)
class Article:
    """A dated news article: header date, lede, dateline and body paragraphs.

    Build one with `parse_article` or `read_article`; the constructor is for
    tests and converters. ``paragraphs`` exclude the dateline, which lives in
    ``dateline.text``; plain strings are accepted and become `Paragraph`.

    >>> import datetime
    >>> a = Article(id="a1", date=datetime.date(2021, 7, 14), lede="Headline",
    ...             paragraphs=["First paragraph.", "Second one."])
    >>> a.text
    'First paragraph.\\n\\nSecond one.'
    """

    id: str = attrs.field(
        validator=attrs.validators.and_(
            attrs.validators.instance_of(str), attrs.validators.min_len(1)
        )
    )
    date: _dt.date = attrs.field(validator=_is_plain_date)
    lede: str = attrs.field(default="", validator=[attrs.validators.instance_of(str), _single_line])
    dateline: Dateline | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Dateline))
    )
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=_paragraphs)
    path: str | None = attrs.field(default=None, converter=_path_str, kw_only=True)

    @classmethod
    def _checked_by_parser(
        cls,
        id: str,
        date: _dt.date,
        lede: str,
        dateline: Dateline | None,
        paragraphs: tuple[Paragraph, ...],
        path: str | None,
    ) -> Article:
        """``Article(...)`` of fields the parser has already made valid, ``id`` aside.

        Validating an article costs more than the rest of building it; the
        parser's header date, stripped one-line lede, `Dateline`, paragraphs
        and path string need none. ``id`` comes from the caller: anything but
        a non-empty string goes through ``__init__``, which says what is wrong.
        Every slot is set as ``__init__`` sets it (the test suite compares them).
        """
        if not _FAST_INIT or type(id) is not str or not id:
            return cls(id, date, lede, dateline, paragraphs, path=path)
        a = _new_object(cls)
        _set_slot(a, "id", id)
        _set_slot(a, "date", date)
        _set_slot(a, "lede", lede)
        _set_slot(a, "dateline", dateline)
        _set_slot(a, "paragraphs", paragraphs)
        _set_slot(a, "path", path)
        _set_slot(a, _HASH_SLOT, None)
        return a

    @lede.validator
    def _check_lede(self, attribute: attrs.Attribute[str], value: str) -> None:
        if value != value.strip():
            raise ValueError(f"'lede' must not start or end with white space (got {value!r})")

    @functools.cached_property
    def text(self) -> str:
        """The body: paragraphs (dateline excluded) joined by one blank line.

        Quote offsets index into this string.
        """
        return "\n\n".join(p.text for p in self.paragraphs)

    @functools.cached_property
    def paragraph_offsets(self) -> tuple[int, ...]:
        """Where each paragraph starts in `text`."""
        offsets: list[int] = []
        pos = 0
        for p in self.paragraphs:
            offsets.append(pos)
            pos += len(p.text) + 2
        return tuple(offsets)

    @property
    def prose(self) -> tuple[Paragraph, ...]:
        """The paragraphs that are body prose (tweets, captions and bare links left out)."""
        return tuple(p for p in self.paragraphs if p.is_prose)

    @property
    def tweets(self) -> tuple[Tweet, ...]:
        """The tweets embedded in the body, in order."""
        return tuple(t for p in self.paragraphs if p.kind == "tweet" and (t := p.tweet) is not None)

    @functools.cached_property
    def lede_is_credit(self) -> bool:
        """True when the header lede is a photo credit rather than a headline or summary."""
        from newscorpus.embedded import is_photo_credit

        return is_photo_credit(self.lede)

    @property
    def word_count(self) -> int:
        """Words of body prose: the dateline and embedded material do not count."""
        return sum(count_words(p.text) for p in self.paragraphs if p.kind == "text")

    @property
    def year(self) -> int:
        """The header date's year (a Parquet partition column)."""
        return self.date.year

    @property
    def month(self) -> int:
        """The header date's month (a Parquet partition column)."""
        return self.date.month

    @functools.cached_property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote in the body, with speakers; offsets index into `text`.

        Computed on first access and kept: later accesses cost nothing.
        """
        from newscorpus.quotes import quotes_for_article

        return tuple(quotes_for_article(self))

    @property
    def warnings(self) -> tuple[str, ...]:
        """Oddities kept as found rather than "fixed".

        For example a dateline date far from the header date.
        """
        out: list[str] = []
        dl = self.dateline
        if dl is not None and dl.date is not None:
            days = (dl.date - self.date).days
            if abs(days) > DATELINE_TOLERANCE_DAYS:
                out.append(
                    f"dateline date {dl.date.isoformat()} is {abs(days)} days "
                    f"{'after' if days > 0 else 'before'} the header date {self.date.isoformat()}"
                )
        return tuple(out)


_FAST_INIT = all(_HASH_SLOT in getattr(c, "__slots__", ()) for c in (Paragraph, Article))

# Imported last: `embedded` reads `Tweet` and `ParagraphKind` from this module.
import newscorpus.embedded as _embedded  # noqa: E402
