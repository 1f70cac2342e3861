"""Predicates over articles: one expression model for in-memory filtering and Parquet pushdown.

Build predicates with the factories (`since`, `until`, `contains`, `regex`,
`agency`, `place`, `speaker`, `has_quotes`, `ids`, `where`) and combine them
with ``&``, ``|`` and ``~``; any ``Callable[[Article], bool]`` combines too.
Every predicate is called on an `Article`; those that can also say so as a
``pyarrow.dataset`` expression, which `read_parquet` pushes down to the scan
(partition pruning on ``year``/``month``, row-group statistics on ``date``).

>>> import datetime
>>> from newscorpus import Article
>>> a = Article(id="a", date=datetime.date(2021, 8, 16), lede="Kabul falls",
...             paragraphs=["The Taliban entered Kabul on Sunday."])
>>> p = since("2021-08") & contains("taliban") & ~contains("ceasefire")
>>> p(a)
True
>>> until("2021-07")(a)
False
"""

from __future__ import annotations

import abc
import datetime as _dt
import operator
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Union, cast

import attrs
from dateutil import parser as _dateutil_parser

from newscorpus.model import Article

if TYPE_CHECKING:
    import pyarrow.compute as pc

__all__ = [
    "Predicate",
    "PredicateLike",
    "agency",
    "all_of",
    "as_predicate",
    "contains",
    "from_keywords",
    "has_quotes",
    "ids",
    "place",
    "regex",
    "since",
    "speaker",
    "until",
    "where",
]

Pushdown = tuple["pc.Expression", bool]
"""An Arrow expression for a predicate and whether it is exact (else a superset: re-check)."""

# White space as Python's ``\s`` sees it, spelled so that RE2 (Arrow) reads it the same.
_SPACE_CODES = (
    *range(0x09, 0x0E),
    *range(0x1C, 0x21),
    0x85,
    0xA0,
    0x1680,
    *range(0x2000, 0x200B),
    0x2028,
    0x2029,
    0x202F,
    0x205F,
    0x3000,
)
_RE2_SPACE = "[" + "".join(f"\\x{{{c:x}}}" for c in _SPACE_CODES) + "]+"
_RE2_SPECIAL = frozenset("\\.^$|?*+()[]{}")


class Predicate(abc.ABC):
    """A test on an article that can be combined with ``&``, ``|`` and ``~``."""

    __slots__ = ()

    #: True when the test reads `Article.quotes` (so workers compute quotes ahead).
    needs_quotes: bool = False

    @abc.abstractmethod
    def __call__(self, article: Article) -> bool:
        """Whether ``article`` passes."""

    def arrow(self) -> Pushdown | None:
        """The predicate as a ``pyarrow.dataset`` expression over the newscorpus schema.

        ``None`` when it cannot be said in Arrow; otherwise the expression and
        whether it is exact (``False``: it keeps a superset, re-checked in Python).
        """
        return None

    def __and__(self, other: PredicateLike) -> Predicate:
        return _And((self, as_predicate(other)))

    def __rand__(self, other: PredicateLike) -> Predicate:
        return _And((as_predicate(other), self))

    def __or__(self, other: PredicateLike) -> Predicate:
        return _Or((self, as_predicate(other)))

    def __ror__(self, other: PredicateLike) -> Predicate:
        return _Or((as_predicate(other), self))

    def __invert__(self) -> Predicate:
        return _Not(self)


PredicateLike = Union[Predicate, Callable[[Article], bool]]  # noqa: UP007 (runtime alias)


def as_predicate(value: PredicateLike) -> Predicate:
    """``value`` as a `Predicate`: predicates pass through, callables are wrapped."""
    if isinstance(value, Predicate):
        return value
    if callable(value):
        return _Function(value)
    raise TypeError(f"a filter must be a Predicate or a callable (got {value!r})")


def all_of(predicates: Iterable[PredicateLike]) -> Predicate | None:
    """The conjunction of ``predicates``; ``None`` when there are none."""
    parts = tuple(as_predicate(p) for p in predicates)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else _And(parts)


# --- factories -------------------------------------------------------------------------


def since(value: _dt.date | str) -> Predicate:
    """Articles dated on or after ``value``.

    A string is read by dateutil at the precision it gives: ``"2021-08"`` and
    ``"August 2021"`` mean from 1 August 2021, ``"2021"`` from 1 January.
    """
    return _DateRange(since=_bound(value, end=False, name="since"), until=None)


def until(value: _dt.date | str) -> Predicate:
    """Articles dated on or before ``value``, inclusive.

    A string covers the whole period it names: ``"2021-08"`` means through
    31 August 2021, ``"2021"`` through 31 December.
    """
    return _DateRange(since=None, until=_bound(value, end=True, name="until"))


def contains(phrases: str | Iterable[str]) -> Predicate:
    """Articles whose lede or body holds a word or phrase, case-insensitively; a list means any.

    Phrases match whole words (``"war"`` does not match ``"warning"``), and
    the spaces in a phrase match any run of white space, line breaks included.
    """
    items = _strings(phrases, "contains")
    return _Contains(items)


def regex(pattern: str | re.Pattern[str]) -> Predicate:
    """Articles whose lede or body matches ``pattern`` (Python ``re.search``; not pushed down)."""
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    return _Regex(compiled)


def agency(names: str | Iterable[str]) -> Predicate:
    """Articles whose dateline credits one of these agencies (case-insensitive)."""
    return _Agency(frozenset(n.lower() for n in _strings(names, "agency")))


def place(names: str | Iterable[str]) -> Predicate:
    """Articles whose dateline place is one of these (case-insensitive: ``"London"``)."""
    return _Place(frozenset(n.lower() for n in _strings(names, "place")))


def speaker(names: str | Iterable[str]) -> Predicate:
    """Articles with a quote whose resolved speaker is one of these, by full name or surname.

    ``speaker("Wallace")`` and ``speaker("Ben Wallace")`` both match a quote
    attributed to Ben Wallace (case-insensitive).
    """
    return _Speaker(frozenset(n.lower().strip() for n in _strings(names, "speaker")))


def has_quotes(value: bool = True) -> Predicate:
    """Articles with at least one quote (or, with ``False``, with none)."""
    return _HasQuotes(value)


def ids(values: str | Iterable[str]) -> Predicate:
    """Articles whose id is one of ``values``."""
    return _Ids(frozenset(_strings(values, "ids")))


def where(function: Callable[[Article], bool]) -> Predicate:
    """Any function of an article as a predicate (evaluated in Python, never pushed down)."""
    return _Function(function)


def from_keywords(
    *,
    since: _dt.date | str | None = None,
    until: _dt.date | str | None = None,
    contains: str | Iterable[str] | None = None,
    regex: str | re.Pattern[str] | None = None,
    agency: str | Iterable[str] | None = None,
    place: str | Iterable[str] | None = None,
    speaker: str | Iterable[str] | None = None,
    has_quotes: bool | None = None,
    ids: str | Iterable[str] | None = None,
) -> Predicate | None:
    """The conjunction of the keyword filters given (``None`` when none is)."""
    parts: list[Predicate] = []
    if since is not None or until is not None:
        parts.append(
            _DateRange(
                since=None if since is None else _bound(since, end=False, name="since"),
                until=None if until is None else _bound(until, end=True, name="until"),
            )
        )
    factories: list[tuple[Any, Callable[[Any], Predicate]]] = [
        (contains, globals()["contains"]),
        (regex, globals()["regex"]),
        (agency, globals()["agency"]),
        (place, globals()["place"]),
        (speaker, globals()["speaker"]),
        (has_quotes, globals()["has_quotes"]),
        (ids, globals()["ids"]),
    ]
    parts.extend(factory(value) for value, factory in factories if value is not None)
    return all_of(parts)


# --- predicate classes -----------------------------------------------------------------


@attrs.frozen
class _DateRange(Predicate):
    since: _dt.date | None
    until: _dt.date | None

    def __call__(self, article: Article) -> bool:
        d = article.date
        return (self.since is None or d >= self.since) and (self.until is None or d <= self.until)

    def arrow(self) -> Pushdown | None:
        import pyarrow as pa
        import pyarrow.compute as pc

        date, year, month = pc.field("date"), pc.field("year"), pc.field("month")
        expr = None
        if self.since is not None:
            s = self.since
            part = (date >= pa.scalar(s, pa.date32())) & (
                (year > s.year) | ((year == s.year) & (month >= s.month))
            )
            expr = part
        if self.until is not None:
            u = self.until
            part = (date <= pa.scalar(u, pa.date32())) & (
                (year < u.year) | ((year == u.year) & (month <= u.month))
            )
            expr = part if expr is None else expr & part
        if expr is None:
            return None
        return expr, True


@attrs.frozen
class _Contains(Predicate):
    phrases: tuple[str, ...]
    _pattern: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in self.phrases)
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        object.__setattr__(self, "_pattern", pattern)

    def __call__(self, article: Article) -> bool:
        return bool(self._pattern.search(article.lede) or self._pattern.search(article.text))

    def arrow(self) -> Pushdown | None:
        import pyarrow.compute as pc

        # A substring prefilter (RE2 has no Unicode word boundaries): the exact test follows.
        alternatives = "|".join(
            _RE2_SPACE.join(_re2_escape(w) for w in p.split()) for p in self.phrases
        )
        pattern = f"(?:{alternatives})"
        expr = pc.match_substring_regex(
            pc.field("lede"), pattern, ignore_case=True
        ) | pc.match_substring_regex(pc.field("text"), pattern, ignore_case=True)
        return expr, False


@attrs.frozen
class _Regex(Predicate):
    pattern: re.Pattern[str]

    def __call__(self, article: Article) -> bool:
        return bool(self.pattern.search(article.lede) or self.pattern.search(article.text))


@attrs.frozen
class _Agency(Predicate):
    names: frozenset[str]

    def __call__(self, article: Article) -> bool:
        dl = article.dateline
        return dl is not None and any(a.lower() in self.names for a in dl.agencies)

    def arrow(self) -> Pushdown | None:
        import pyarrow as pa
        import pyarrow.compute as pc

        sep = "\x1f"
        joined = pc.binary_join(pc.field("dateline", "agencies").cast(pa.list_(pa.string())), sep)
        alternatives = "|".join(_re2_escape(n) for n in sorted(self.names))
        pattern = f"(?:^|{sep})(?:{alternatives})(?:{sep}|$)"
        found = pc.match_substring_regex(joined, pattern, ignore_case=True)
        return _expression(pc.coalesce(found, pa.scalar(False))), False


@attrs.frozen
class _Place(Predicate):
    names: frozenset[str]

    def __call__(self, article: Article) -> bool:
        dl = article.dateline
        return dl is not None and dl.place is not None and dl.place.lower() in self.names

    def arrow(self) -> Pushdown | None:
        import pyarrow as pa
        import pyarrow.compute as pc

        lowered = pc.utf8_lower(pc.field("dateline", "place").cast(pa.string()))
        found: Any = lowered.isin(sorted(self.names))
        return _expression(pc.coalesce(found, pa.scalar(False))), False


@attrs.frozen
class _Speaker(Predicate):
    names: frozenset[str]
    needs_quotes = True

    def __call__(self, article: Article) -> bool:
        for q in article.quotes:
            if q.speaker is None:
                continue
            full = q.speaker.lower()
            words = full.split()
            if full in self.names or (words and words[-1] in self.names):
                return True
        return False


@attrs.frozen
class _HasQuotes(Predicate):
    value: bool
    needs_quotes = True

    def __call__(self, article: Article) -> bool:
        return bool(article.quotes) == self.value


@attrs.frozen
class _Ids(Predicate):
    values: frozenset[str]

    def __call__(self, article: Article) -> bool:
        return article.id in self.values

    def arrow(self) -> Pushdown | None:
        import pyarrow.compute as pc

        return pc.field("id").isin(sorted(self.values)), True


@attrs.frozen
class _Function(Predicate):
    function: Callable[[Article], bool]

    def __call__(self, article: Article) -> bool:
        return bool(self.function(article))


def _combine(
    parts: Iterable[Predicate], op: Callable[[Any, Any], Any], *, partial: bool
) -> Pushdown | None:
    """The parts' Arrow expressions joined by ``op``; with ``partial``, parts that
    cannot be pushed are left out (and the result is then not exact)."""
    expr = None
    exact = True
    for p in parts:
        found = p.arrow()
        if found is None:
            if not partial:
                return None
            exact = False
            continue
        expr = found[0] if expr is None else op(expr, found[0])
        exact = exact and found[1]
    return None if expr is None else (expr, exact)


@attrs.frozen
class _And(Predicate):
    parts: tuple[Predicate, ...]

    @property
    def needs_quotes(self) -> bool:  # type: ignore[override]
        return any(p.needs_quotes for p in self.parts)

    def __call__(self, article: Article) -> bool:
        return all(p(article) for p in self.parts)

    def arrow(self) -> Pushdown | None:
        # Push what can be pushed; the rest is checked in Python (so not exact).
        return _combine(self.parts, operator.and_, partial=True)


@attrs.frozen
class _Or(Predicate):
    parts: tuple[Predicate, ...]

    @property
    def needs_quotes(self) -> bool:  # type: ignore[override]
        return any(p.needs_quotes for p in self.parts)

    def __call__(self, article: Article) -> bool:
        return any(p(article) for p in self.parts)

    def arrow(self) -> Pushdown | None:
        # An "or" narrows the scan only when every part can be pushed.
        return _combine(self.parts, operator.or_, partial=False)


@attrs.frozen
class _Not(Predicate):
    part: Predicate

    @property
    def needs_quotes(self) -> bool:  # type: ignore[override]
        return self.part.needs_quotes

    def __call__(self, article: Article) -> bool:
        return not self.part(article)

    def arrow(self) -> Pushdown | None:
        found = self.part.arrow()
        if found is None or not found[1]:
            return None
        return ~found[0], True


# --- helpers ---------------------------------------------------------------------------


def _expression(value: Any) -> pc.Expression:
    """A compute call over expressions, typed as what it is (the stubs say array or scalar)."""
    return cast("pc.Expression", value)


def _strings(value: str | Iterable[str], name: str) -> tuple[str, ...]:
    items = (value,) if isinstance(value, str) else tuple(value)
    if not items or not all(isinstance(v, str) and v.strip() for v in items):
        raise ValueError(f"'{name}' must be a non-empty string or list of them (got {value!r})")
    return items


def _re2_escape(text: str) -> str:
    return "".join("\\" + c if c in _RE2_SPECIAL else c for c in text)


# The lookbehinds try a run of blanks from its start only: linear on any input.
_YEAR = re.compile(r"(?<!\s)\s*(\d{4})\s*")
_YEAR_MONTH = re.compile(r"(?<!\s)\s*(\d{4})-(\d{1,2})\s*")
_DEFAULT_A = _dt.datetime(2000, 1, 1)
_DEFAULT_B = _dt.datetime(2001, 2, 2)


def _bound(value: _dt.date | str, *, end: bool, name: str) -> _dt.date:
    """A date bound; a string stands for the first (``end=False``) or last day it names."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"'{name}' must be a date or a string (got {value!r})")
    try:
        if m := _YEAR.fullmatch(value.strip()):
            year = int(m.group(1))
            return _dt.date(year, 12, 31) if end else _dt.date(year, 1, 1)
        if m := _YEAR_MONTH.fullmatch(value.strip()):
            return _month_bound(int(m.group(1)), int(m.group(2)), end=end)
        a = _dateutil_parser.parse(value, default=_DEFAULT_A)
        b = _dateutil_parser.parse(value, default=_DEFAULT_B)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"'{name}': cannot read {value!r} as a date ({exc})") from exc
    if a.year != b.year:
        raise ValueError(f"'{name}': {value!r} names no year")
    if a.month != b.month:
        return _dt.date(a.year, 12, 31) if end else _dt.date(a.year, 1, 1)
    if a.day != b.day:
        return _month_bound(a.year, a.month, end=end)
    return a.date()


def _month_bound(year: int, month: int, *, end: bool) -> _dt.date:
    first = _dt.date(year, month, 1)
    if not end:
        return first
    following = _dt.date(year + month // 12, month % 12 + 1, 1)
    return following - _dt.timedelta(days=1)
