"""Datelines: the ``PLACE, Region, Date (Agency) -`` that opens a news story.

`split_dateline` finds a dateline at the start of a first paragraph and
returns it parsed, with the prose that follows. The shapes it reads::

    LONDON (UrduPoint News / Sputnik - 14th July, 2021) UK Defense ...
    WASHINGTON (Reuters) - ...
    NEW YORK, Aug 16 (Reuters) - ...
    KABUL, Afghanistan (AP) — ...
    LONDON, March 3 - ...
    PARIS (AFP) -- ...
    UNITED NATIONS, Oct. 5 (Xinhua) -- ...
    BRUSSELS, Belgium — ...
    ISLAMABAD, Aug 16 (APP): ...
    Washington (CNN) ...
    NEW YORK--(BUSINESS WIRE)-- ...
    MOSCOW, August 16. /TASS/. ...
    CHICAGO, Aug. 16, 2021 /PRNewswire/ -- ...

A place in capitals is enough with a dash after it; a place in title case
(``Detroit, March 4 -``) needs a date or an agency too, so that prose such as
``US President Joe Biden said ...`` never reads as a dateline. Without a dash
or colon after the brackets, the brackets must hold a date or a known agency
after a place whose every word is capitalised (``San Francisco (CNN
Business)``), so that ``Sen. Paul (Ky.)`` or a caption's ``fighters in Kabul
(AFP)`` stay prose. Only the first `_MAX_DATELINE` characters are examined,
so the cost is bounded whatever the paragraph's length.
"""

from __future__ import annotations

import datetime as _dt
import re

from dateutil import parser as _dateutil_parser

from newscorpus._patterns import AGENCIES, MONTH_NAMES, MONTHS
from newscorpus.model import Dateline

__all__ = ["parse_dateline", "split_dateline"]

_MAX_DATELINE = 160
# A dateline's date in any shape is a few words (``Tuesday 3rd of March 2021 -``).
_MAX_DATE_WORDS = 6

# Every pattern below runs on at most _MAX_DATELINE characters and has no
# nested quantifiers that could backtrack.
_AGENCY_FORM = re.compile(
    r"(?P<loc>[^()\n]{1,100}?)[ \t]{0,8}\((?P<paren>[^()\n]{1,100})\)"
    r"(?:[ \t]{0,8}(?P<sep>--|[-–—:]))?[ \t]{0,8}"
)
# TASS and the press-release wires put the agency between slashes:
# ``MOSCOW, August 16. /TASS/.``, ``CHICAGO, Aug. 16, 2021 /PRNewswire/ --``.
_SLASH_FORM = re.compile(
    r"(?P<loc>[^/()\n]{1,100}?)[ \t]{1,8}/(?P<agency>[A-Z][A-Za-z0-9.&\-]{1,40})/"
    r"(?P<sep>[ \t]{0,8}(?:--|[-–—:])|\.)?[ \t]{0,8}"
)
# Business Wire glues its dashes to the place and the brackets: ``NEW YORK--(BUSINESS WIRE)--``.
_GLUED_DASHES = re.compile(r"[ \t]{0,8}(?:--|[-–—])\Z")
# The dash follows a space, or is glued to a date's day (``MONTREAL, Feb 26- Shr``).
_DASH_FORM = re.compile(
    r"(?P<loc>[^()\n]{1,120}?)"
    r"(?:[ \t]{1,8}(?P<sep>--|[-–—])(?:[ \t]{1,8}|(?=[^\s\-–—]))"
    r"|(?<=\d)(?P<glued>--|[-–—])[ \t]{1,8})"
)
# US party labels in brackets, ``Sen. Rand Paul (R-Ky.)``, are not agencies.
_PARTY_LABEL = re.compile(r"[DRI]-[A-Z]")
_SPACE = re.compile(r"\s+")
# Places have at most four words (the longest in 10,000 Reuters datelines have three).
_TITLE_PLACE = re.compile(r"[A-Z][A-Za-z.'’\-]*(?: [A-Za-z][A-Za-z.'’\-]*){0,3}")
_CAPS_PLACE = re.compile(r"[A-Z][A-Z.'’/\-]*(?: [A-Z][A-Z.'’/\-]*){0,3}")
_MARKER = re.compile(r"[*•#]{1,8}[ \t]*")
_REGION = re.compile(r"[A-Z][A-Za-z.'’\-]*(?: [A-Za-z][A-Za-z.'’\-]*){0,3}")
_DAY_MONTH = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?[ ]+(?P<month>[A-Za-z]{3,9})\.?(?:,?[ ]+(?P<year>\d{4}))?"
)
_MONTH_DAY = re.compile(
    r"(?P<month>[A-Za-z]{3,9})\.?[ ]*(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?[ ]+(?P<year>\d{4}))?"
)
_HAS_DIGIT = re.compile(r"\d")
# A region glued to the date without a comma: ``Va. Feb 26``, ``D.C. March 18``.
_REGION_THEN_DATE = re.compile(
    r"(?P<region>[A-Z][A-Za-z.]{0,20}\.)[ ]+(?P<date>[A-Za-z]{3,9}\.?[ ]*\d{1,2})"
)
# A run of blanks is tried from its first character only (the lookbehinds), which keeps
# these splits linear on long runs of spaces.
_AGENCY_SPLIT = re.compile(r"(?<![ \t])[ \t]*(?:/|,|&|\band\b)[ \t]*")
_AGENCY_DATE_SPLIT = re.compile(
    r"(?<![ \t])[ \t]+(?:--|[-–—])[ \t]+|,[ \t]+(?=\d|[A-Z][a-z]+\.?[ ]\d)"
)
_AGENCY_NAME = re.compile(r"[A-Z][A-Za-z0-9.&'’\-]*(?: [A-Za-z0-9.&'’\-]+){0,4}")


def parse_dateline(text: str, header_date: _dt.date) -> Dateline | None:
    """Read ``text`` as a whole dateline; ``None`` when it is not one.

    >>> import datetime
    >>> d = parse_dateline("NEW YORK, Aug 16 (Reuters) -", datetime.date(2021, 8, 16))
    >>> d.place, d.region, d.agencies, d.date
    ('NEW YORK', None, ('Reuters',), datetime.date(2021, 8, 16))
    """
    found = _match(text, header_date)
    if found is None or text[found[1] :].strip():
        return None
    return found[0]


def split_dateline(paragraph: str, header_date: _dt.date) -> tuple[Dateline, str] | None:
    """Split a first paragraph into its dateline and the prose after it.

    Returns ``None`` when the paragraph does not open with a dateline, or when
    nothing follows it (a dateline alone in its paragraph stays prose, so the
    layout round-trips). A dateline date without a year takes the year that
    puts it nearest the header date (a December dateline in a January article
    is last year's).

    >>> import datetime
    >>> dl, rest = split_dateline("LONDON, March 3 - Shares fell.", datetime.date(1987, 3, 3))
    >>> dl.place, dl.date, rest
    ('LONDON', datetime.date(1987, 3, 3), 'Shares fell.')
    """
    found = _match(paragraph, header_date)
    if found is None:
        return None
    rest = paragraph[found[1] :].lstrip()
    return (found[0], rest) if rest else None


def _match(paragraph: str, header_date: _dt.date) -> tuple[Dateline, int] | None:
    """The dateline opening ``paragraph`` and where the prose after it starts."""
    head = paragraph[:_MAX_DATELINE]
    for stop in ("\r", "\x00"):
        # A parsed article holds neither, but `extract_quotes` reads any text: a dateline
        # ends before one (a `Dateline` is a single line), as the patterns end it at "\n".
        if stop in head:
            head = head[: head.index(stop)]
    # Wire copy sometimes marks a story with asterisks before the dateline.
    marker = _MARKER.match(head)
    skip = marker.end() if marker else 0
    if not head[skip : skip + 1].isalpha() or not head[skip : skip + 1].isupper():
        return None
    m = _AGENCY_FORM.match(head, skip) if "(" in head else None
    if m is not None:
        loc = m.group("loc")
        glued = _GLUED_DASHES.search(loc)
        found = _with_agency(loc[: glued.start()] if glued else loc, m.group("paren"), header_date)
        if found is not None and _brackets_close_a_dateline(m.group("sep"), found):
            return _agency_dateline(head, m, found)
    m = _SLASH_FORM.match(head, skip) if "/" in head else None
    if m is not None:
        found = _with_agency(m.group("loc").rstrip(". \t"), m.group("agency"), header_date)
        if found is not None and (m.group("sep") or found[3] is not None):
            return _agency_dateline(head, m, found)
    if "-" not in head and "—" not in head and "–" not in head:
        return None  # every other form needs a dash
    m = _DASH_FORM.match(head, skip)
    if m is None:
        return None
    parsed = _location(m.group("loc"), header_date)
    if parsed is None:
        return None
    place, region, when, caps, agencies = parsed
    if not caps and when is None:
        return None
    sep_end = m.end("sep") if m.group("sep") else m.end("glued")
    return Dateline(head[:sep_end], place, region, agencies, when), m.end()


def _with_agency(
    loc: str, paren: str, header_date: _dt.date
) -> tuple[str, str | None, tuple[str, ...], _dt.date | None] | None:
    parsed = _location(loc, header_date)
    if parsed is None:
        return None
    place, region, when, _caps, loc_agencies = parsed
    agency_text, date_text = _split_agency_date(paren)
    agencies = loc_agencies + tuple(a for a in _AGENCY_SPLIT.split(agency_text) if a)
    if not agencies or not all(_AGENCY_NAME.fullmatch(a) for a in agencies):
        return None
    if _PARTY_LABEL.match(agencies[0]):
        return None
    if date_text:
        paren_date = _read_date(date_text, header_date)
        if paren_date is None:
            return None
        when = when or paren_date
    return place, region, agencies, when


def _agency_dateline(
    head: str,
    m: re.Match[str],
    found: tuple[str, str | None, tuple[str, ...], _dt.date | None],
) -> tuple[Dateline, int]:
    """The dateline an agency form ``m`` matched, as printed, and where its prose starts."""
    place, region, agencies, when = found
    return Dateline(head[: m.end()].rstrip(), place, region, agencies, when), m.end()


def _brackets_close_a_dateline(
    sep: str | None, found: tuple[str, str | None, tuple[str, ...], _dt.date | None]
) -> bool:
    """Whether ``PLACE (...)`` followed by ``sep`` (or nothing) ends a dateline.

    A dash is enough, and so is a date (``LONDON (UrduPoint News / Sputnik -
    14th July, 2021) ...``). A colon needs a place in capitals or a known
    agency (``KABUL (Pajhwok):``, not ``Sen. Paul (Ky.): "..."``); nothing at
    all needs a known agency after a capitalised place (``Washington (CNN)
    The president ...``, not a caption's ``fighters in Kabul (AFP)``).
    """
    place, _region, agencies, when = found
    if (sep and sep != ":") or when is not None:
        return True
    known = all(w[:1].isupper() for w in place.split()) and all(
        (a in AGENCIES or a.split()[0] in AGENCIES) and "Photo" not in a for a in agencies
    )
    return known or (sep == ":" and _CAPS_PLACE.fullmatch(place) is not None)


def _split_agency_date(paren: str) -> tuple[str, str]:
    parts = _AGENCY_DATE_SPLIT.split(paren.strip(), maxsplit=1)
    if len(parts) == 2 and _HAS_DIGIT.search(parts[1]):
        return parts[0], parts[1]
    return paren.strip(), ""


def _location(
    loc: str, header_date: _dt.date
) -> tuple[str, str | None, _dt.date | None, bool, tuple[str, ...]] | None:
    """Read ``PLACE[, Region][, Date][, Agency]``.

    Returns place, region, date, whether the place is in capitals, and any
    agency named after the date (``WASHINGTON, March 12, Reuter -``).
    """
    parts = [_SPACE.sub(" ", p.strip()) for p in loc.split(",")]
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    place = parts[0]
    caps = _CAPS_PLACE.fullmatch(place) is not None
    if not caps and _TITLE_PLACE.fullmatch(place) is None:
        return None
    rest = parts[1:]
    agencies: tuple[str, ...] = ()
    if rest and rest[-1] in AGENCIES:
        agencies = (rest.pop(),)
    when: _dt.date | None = None
    # A date is the last part, or the last two when the year follows a comma.
    if rest and _HAS_DIGIT.search(rest[-1]):
        date_text = rest.pop()
        if rest and len(date_text) == 4 and date_text.isdigit() and _HAS_DIGIT.search(rest[-1]):
            date_text = f"{rest.pop()}, {date_text}"
        glued = _REGION_THEN_DATE.fullmatch(date_text)
        if glued is not None:
            rest.append(glued.group("region"))
            date_text = glued.group("date")
        when = _read_date(date_text, header_date)
        if when is None:
            return None
    if len(rest) > 2 or not all(_REGION.fullmatch(r) for r in rest):
        return None
    region = ", ".join(rest) or None
    return place, region, when, caps, agencies


def _read_date(text: str, header_date: _dt.date) -> _dt.date | None:
    """A dateline date: ``Aug 16``, ``Oct. 5``, ``14th July, 2021``, ``March 3, 2021``."""
    text = text.strip()
    m = _MONTH_DAY.fullmatch(text) or _DAY_MONTH.fullmatch(text)
    if m is not None:
        month = _month(m.group("month"))
        if month is None:
            return None
        day = int(m.group("day"))
        year = m.group("year")
        return _complete(month, day, int(year) if year else None, header_date)
    if not any(c.isalpha() for c in text):
        return None  # a bare number is not a date (``The bound, 104-page document``)
    if len(text.split()) > _MAX_DATE_WORDS:
        # Prose that a bracket further on pulled in (``March 3 - The European Community
        # (EC)``): dateutil would refuse it, at more than the cost of parsing an article.
        return None
    return _dateutil_date(text, header_date)


def _month(word: str) -> int | None:
    """A month number from a name, tolerating the typos wire copy carries.

    A word of four or more letters that a month's full name starts with, or
    that starts with it (``Marc``, ``Marchg``), counts as that month.
    """
    word = word.lower()
    month = MONTHS.get(word)
    if month is not None or len(word) < 4:
        return month
    full = MONTH_NAMES.get(word[:3])
    if full is not None and (full.startswith(word) or word.startswith(full)):
        return MONTHS[full]
    return None


def _dateutil_date(text: str, header_date: _dt.date) -> _dt.date | None:
    # Shapes the fast path does not know go to dateutil; without a year in the
    # text, the year is chosen near the header date like the fast path does.
    default = _dt.datetime(1, 1, 1)
    try:
        parsed = _dateutil_parser.parse(text, default=default, fuzzy=False)
    except (ValueError, OverflowError):
        return None
    has_year = any(len(tok) == 4 and tok.isdigit() for tok in re.findall(r"\d+", text))
    return _complete(parsed.month, parsed.day, parsed.year if has_year else None, header_date)


def _complete(month: int, day: int, year: int | None, header_date: _dt.date) -> _dt.date | None:
    if year is not None:
        try:
            return _dt.date(year, month, day)
        except ValueError:
            return None
    best: _dt.date | None = None
    for y in (header_date.year, header_date.year - 1, header_date.year + 1):
        try:
            candidate = _dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - header_date).days) < abs((best - header_date).days):
            best = candidate
    return best
