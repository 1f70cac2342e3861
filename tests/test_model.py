"""The value types: validation at the boundary, immutability, equality by value."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from newscorpus import Article, Dateline, Paragraph, Quote, parse_article

D = dt.date(2021, 8, 16)


def test_article_accepts_plain_strings_and_path_like() -> None:
    from pathlib import Path

    a = Article(id="a", date=D, paragraphs=["One.", "Two."], path=Path("x/a.txt"))
    assert a.paragraphs == (Paragraph("One."), Paragraph("Two."))
    assert a.path == "x/a.txt"
    assert a.text == "One.\n\nTwo."
    assert (a.year, a.month) == (2021, 8)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"id": ""}, "'id' must be"),
        ({"date": dt.datetime(2021, 8, 16, 12)}, "'date' must be a datetime.date"),
        ({"date": "2021-08-16"}, "'date' must be a datetime.date"),
        ({"lede": "two\nlines"}, "'lede' must be a single line"),
        ({"lede": " padded "}, "'lede' must not start or end with white space"),
        ({"dateline": "LONDON -"}, "'dateline' must be"),
    ],
)
def test_article_validates_what_enters(kwargs: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"id": "a", "date": D}
    fields.update(kwargs)
    with pytest.raises((TypeError, ValueError), match=message):
        Article(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["", "   ", "a\n\nb", "a\n \nb", "trailing ", "cr\rhere", "nul\x00"]
)
def test_paragraph_rejects_text_the_format_cannot_hold(text: str) -> None:
    with pytest.raises(ValueError, match="'text'"):
        Paragraph(text)


def test_paragraph_kind_is_read_once_and_never_disagrees_with_the_text() -> None:
    tweet = Paragraph("Kabul has fallen. pic.twitter.com/abc123")
    assert tweet.kind == "tweet"
    assert tweet.kind == "tweet"  # kept from the first read
    prose = attrs.evolve(tweet, text="Kabul has fallen.")
    assert prose.kind == "text"
    assert prose == Paragraph("Kabul has fallen.")  # a read kind takes no part in equality
    assert hash(prose) == hash(Paragraph("Kabul has fallen."))
    assert "kind" not in repr(tweet)
    assert pickle.loads(pickle.dumps(tweet)).kind == "tweet"


def test_paragraph_blank_lines_not_negative() -> None:
    with pytest.raises(ValueError, match="blank_lines"):
        Paragraph("x", blank_lines=-1)


def test_quote_validates_spans() -> None:
    q = Quote("hi", 1, 3, "direct", speaker="Ben Wallace", speaker_span=[5, 16], parts=[[1, 3]])
    assert q.speaker_span == (5, 16)
    assert q.parts == ((1, 3),)
    assert q.span == (1, 3)
    with pytest.raises(ValueError, match="'end' must be >= start"):
        Quote("x", 5, 2, "direct")
    with pytest.raises(ValueError, match="'kind' must be in"):
        Quote("x", 0, 1, "paraphrase")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'cue_span'"):
        Quote("x", 0, 1, "direct", cue_span=(4, 2))


def test_models_are_frozen_and_change_with_evolve() -> None:
    a = parse_article(" date 2021-08-16 L\n\nLONDON, Aug 16 - Body.", id="a")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.lede = "new"  # type: ignore[misc]
    b = attrs.evolve(a, lede="New lede")
    assert b.lede == "New lede"
    assert a.lede == "L"
    assert b != a
    assert (
        b.dateline
        == a.dateline
        == Dateline("LONDON, Aug 16 -", place="LONDON", date=dt.date(2021, 8, 16))
    )


def test_cached_properties_survive_pickling_and_do_not_affect_equality() -> None:
    a = parse_article(" date 2021-08-16 L\n\nBody one.\n\nBody two.", id="a")
    fresh = parse_article(" date 2021-08-16 L\n\nBody one.\n\nBody two.", id="a")
    assert a.text == "Body one.\n\nBody two."  # fills the cache on a, not on fresh
    assert a == fresh
    assert hash(a) == hash(fresh)
    clone = pickle.loads(pickle.dumps(a))
    assert clone == a
    assert clone.text == a.text
