"""Embedded material: tweets, photo captions and credits, bare links.

News pages pasted as text carry more than prose. These functions tell a
paragraph's kind from its text alone, so that quote extraction and word
counts can skip what is not body prose:

- ``"tweet"``: an embedded tweet, recognised by its signature line
  (``— Sky News (@SkyNews) August 13, 2021``) or a ``pic.twitter.com`` link;
- ``"caption"``: a photo caption or credit (``- via Getty Images ...``,
  ``... (AP Photo/Rahmat Gul)``, ``Photo: AFP``);
- ``"link"``: nothing but URLs;
- ``"text"``: everything else, which is prose.

Tests and patterns are bounded, so a paragraph of any length costs linear time.
"""

from __future__ import annotations

import datetime as _dt

from newscorpus import _patterns as P
from newscorpus.model import ParagraphKind, Tweet

__all__ = ["classify_paragraph", "is_photo_credit", "parse_tweet"]

_MAX_CREDIT = 160
_MAX_CAPTION = 400
_CAPTION_FIRST = frozenset(s[0] for s in P.CAPTION_STARTS)


def classify_paragraph(text: str) -> ParagraphKind:
    """The kind of a body paragraph, read from its text.

    >>> classify_paragraph("https://t.co/93GPp25Qrh")
    'link'
    >>> classify_paragraph("- via Getty Images Taliban fighters are pictured in Kandahar.")
    'caption'
    >>> classify_paragraph("Kabul fell on Sunday.")
    'text'
    """
    stripped = text.strip()
    # Cheap tests first (one character, then substrings): most paragraphs are prose and
    # skip every pattern. "pic.twitter.com/" and "://" both hold a "/": one fast scan for it.
    slash = "/" in stripped
    length = len(stripped)
    tail_start = length - 120 if length > 120 else 0  # (the builtin max costs more)
    if (slash and "pic.twitter.com/" in stripped) or (
        stripped.find("(@", tail_start) >= 0 and P.TWEET_SIGNATURE.search(stripped[tail_start:])
    ):
        return "tweet"
    linked = (slash and "://" in stripped) or "www." in stripped
    if linked and not P.URL.sub("", stripped).strip():
        return "link"
    if length <= _MAX_CAPTION and (
        (
            stripped[:1] in _CAPTION_FIRST
            and stripped.startswith(P.CAPTION_STARTS)
            and P.CAPTION_OPENING.match(stripped)
        )
        or (stripped.endswith((")", "]")) and P.CAPTION_CLOSING.search(stripped[tail_start:]))
        or (length <= _MAX_CREDIT and is_photo_credit(stripped))
    ):
        return "caption"
    return "text"


def is_photo_credit(text: str) -> bool:
    """True when ``text`` is a photo credit, as a header lede sometimes is.

    >>> is_photo_credit("Jonathan Brady - PA Images via Getty Images")
    True
    >>> is_photo_credit("UK Defense Minister Ben Wallace said on Wednesday ...")
    False
    """
    text = text.strip()
    if (
        not text
        or len(text) > _MAX_CREDIT
        or (text.endswith((".", "?", "!")) and " via " not in text)
    ):
        return False
    if not (text.rstrip(")").endswith(P.PHOTO_SOURCES) or text.startswith(P.CREDIT_STARTS)):
        return False
    if text in P.AGENCIES or text.capitalize() in P.AGENCIES:
        return False  # a bare agency name closing wire copy is a sign-off, not a credit
    return P.PHOTO_CREDIT.fullmatch(text) is not None


def parse_tweet(text: str) -> Tweet:
    """Read an embedded tweet: its words, links, author, handle and date.

    >>> t = parse_tweet("Fears grow.https://t.co/93GPp25Qrhpic.twitter.com/XSE1Mf7NaI "
    ...                 "— Sky News (@SkyNews) August 13, 2021")
    >>> t.text, t.author, t.handle, t.date
    ('Fears grow.', 'Sky News', '@SkyNews', datetime.date(2021, 8, 13))
    >>> t.urls
    ('https://t.co/93GPp25Qrh', 'pic.twitter.com/XSE1Mf7NaI')
    """
    body = text.strip()
    author: str | None = None
    handle: str | None = None
    when: _dt.date | None = None
    tail_start = max(0, len(body) - 120)
    m = P.TWEET_SIGNATURE.search(body, tail_start)
    if m is not None:
        author = m.group("author").strip() or None
        handle = "@" + m.group("handle")
        when = _signature_date(m.group("date"))
        body = body[: m.start()].rstrip()
    urls = tuple(_tweet_urls(body))
    for url in urls:
        body = body.replace(url, " ", 1)
    words = " ".join(body.split())
    return Tweet(text=words, author=author, handle=handle, date=when, urls=urls)


def _tweet_urls(body: str) -> list[str]:
    """URLs in a tweet's body; Twitter's own links are split where sites glue them together."""
    out: list[str] = []
    for m in P.URL.finditer(body):
        url = m.group()
        pieces = P.TWITTER_LINK.findall(url)
        if pieces and "".join(pieces) == url:
            out.extend(pieces)
        else:
            out.append(url)
    return out


def _signature_date(text: str) -> _dt.date | None:
    parts = text.replace(",", " ").replace(".", " ").split()
    month = P.MONTHS.get(parts[0].lower())
    if month is None:
        return None
    try:
        return _dt.date(int(parts[2]), month, int(parts[1]))
    except ValueError:
        return None
