"""The seed-format parser: headers, paragraphs, layout, errors and the round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings

import newscorpus
from newscorpus import Article, ParseError, format_article, parse_article, read_article

from .conftest import SEEDS
from .strategies import articles


def test_seed_000_header_dateline_and_paragraphs() -> None:
    a = read_article(SEEDS / "000_9581df6c21d385a1.txt")
    assert a.id == "000_9581df6c21d385a1"
    assert a.path is not None
    assert a.path.endswith("000_9581df6c21d385a1.txt")
    assert a.date == dt.date(2021, 7, 14)
    assert a.lede.startswith("UK Defense Minister Ben Wallace said on Wednesday")
    assert a.lede.endswith("abide by international rules")
    assert a.dateline is not None
    assert a.dateline.text == "LONDON (UrduPoint News / Sputnik - 14th July, 2021)"
    assert a.dateline.place == "LONDON"
    assert a.dateline.region is None
    assert a.dateline.agencies == ("UrduPoint News", "Sputnik")
    assert a.dateline.date == dt.date(2021, 7, 14)
    assert len(a.paragraphs) == 8
    assert a.paragraphs[0].text.startswith("UK Defense Minister Ben Wallace said on Wednesday")
    assert [p.kind for p in a.paragraphs] == ["text"] * 8
    assert a.warnings == ()


def test_seed_001() -> None:
    a = read_article(SEEDS / "001_65721658cb35620f.txt")
    assert a.date == dt.date(2021, 8, 16)
    assert a.dateline is not None
    assert a.dateline.place == "LONDON"
    assert a.dateline.agencies == ("UrduPoint News", "Sputnik")
    assert a.dateline.date == dt.date(2021, 8, 16)
    assert len(a.paragraphs) == 6
    assert a.paragraphs[1].text.startswith("\"It's important the international community")


def test_seed_002_no_dateline_tweet_caption_credit() -> None:
    a = read_article(SEEDS / "002_0f553011c71fda5c.txt")
    assert a.date == dt.date(2021, 8, 13)
    assert a.dateline is None
    assert a.lede == "Jonathan Brady - PA Images via Getty Images"
    assert a.lede_is_credit
    assert [p.kind for p in a.paragraphs] == ["text", "text", "tweet", "text", "caption"]
    assert [p.blank_lines for p in a.paragraphs] == [1, 1, 3, 1, 1]
    assert a.paragraphs[0].text.startswith("The Taliban advance in Afghanistan is “our fault”")
    (tweet,) = a.tweets
    assert tweet.handle == "@SkyNews"
    assert tweet.author == "Sky News"
    assert tweet.date == dt.date(2021, 8, 13)
    assert tweet.urls == ("https://t.co/93GPp25Qrh", "pic.twitter.com/XSE1Mf7NaI")
    assert tweet.text.startswith("Rory Stewart says refugee crisis brewing in Afghanistan")
    assert tweet.text.endswith("ramp up humanitarian efforts.")
    # Embedded material is not prose: word counts skip the tweet and the caption.
    assert len(a.prose) == 3
    assert a.word_count == sum(len(p.text.split()) for p in a.paragraphs[:2] + a.paragraphs[3:4])


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seeds_round_trip_byte_for_byte(path: Path) -> None:
    raw = path.read_bytes()
    assert not raw.endswith(b"\n")
    assert format_article(read_article(path)).encode("utf-8") == raw


@given(articles())
@settings(max_examples=300, deadline=None)
def test_parse_inverts_format(article: Article) -> None:
    assert parse_article(format_article(article), id=article.id) == article


@pytest.mark.parametrize(
    ("header", "lede"),
    [
        (" date 2021-07-14 Lede here", "Lede here"),
        ("date 2021-07-14 No leading space", "No leading space"),
        ("\tdate\t2021-07-14\tTabs", "Tabs"),
        ("  date    2021-07-14     Runs of spaces  ", "Runs of spaces"),
        (" date 2021-07-14", ""),
        (" date 2021-07-14   ", ""),
    ],
)
def test_header_variants(header: str, lede: str) -> None:
    a = parse_article(header + "\n\nBody.")
    assert a.date == dt.date(2021, 7, 14)
    assert a.lede == lede
    assert a.text == "Body."


@pytest.mark.parametrize(
    ("text", "line", "column", "expected"),
    [
        ("", 1, 1, "expected a header line"),
        ("Kabul fell.\n\nBody.", 1, 1, "expected a header line"),
        (" date\n\nBody.", 1, 1, "expected a header line"),
        (" date 14/07/2021 Lede\n\nBody.", 1, 7, "expected a date YYYY-MM-DD"),
        (" date 2021-02-30 Lede\n\nBody.", 1, 7, "expected a real calendar date"),
        ("date 2021-13-01 Lede", 1, 6, "expected a real calendar date"),
        (" date 2021-07-14 Lede\n\nBody\x00.", 3, 5, "unexpected NUL byte"),
    ],
)
def test_parse_errors_name_line_column_and_expectation(
    text: str, line: int, column: int, expected: str
) -> None:
    with pytest.raises(ParseError) as info:
        parse_article(text, path="news/001_x.txt")
    err = info.value
    assert (err.path, err.line, err.column) == ("news/001_x.txt", line, column)
    assert expected in err.message
    assert str(err).startswith(f"news/001_x.txt:{line}:{column}: ")
    assert isinstance(err, ValueError)
    assert isinstance(err, newscorpus.NewscorpusError)


def test_paragraphs_split_on_runs_of_blank_lines_and_keep_inner_lines() -> None:
    text = " date 2021-01-02 L\n\n\nOne\nstill one  \n \t \n\n\nTwo\n\n"
    a = parse_article(text)
    assert [p.text for p in a.paragraphs] == ["One\nstill one", "Two"]
    assert [p.blank_lines for p in a.paragraphs] == [2, 3]
    assert a.text == "One\nstill one\n\nTwo"
    assert a.paragraph_offsets == (0, len("One\nstill one") + 2)
    # Any Unicode white space trails off a line; a line of it is blank.
    b = parse_article(" date 2021-01-02 L\n\u2003\xa0\nOne\u3000\n\u2028\nTwo")
    assert [(p.text, p.blank_lines) for p in b.paragraphs] == [("One", 1), ("Two", 1)]


def test_no_blank_line_after_header_and_no_body() -> None:
    a = parse_article(" date 2021-01-02 L\nStraight on.")
    assert a.paragraphs[0].text == "Straight on."
    assert a.paragraphs[0].blank_lines == 0
    assert format_article(a) == " date 2021-01-02 L\nStraight on."
    empty = parse_article(" date 2021-01-02 Only a header")
    assert empty.paragraphs == ()
    assert empty.text == ""


def test_crlf_cr_and_bom_are_normalised() -> None:
    lf = parse_article(" date 2021-01-02 L\n\nA\n\nB", id="x")
    assert parse_article("\ufeff date 2021-01-02 L\r\n\r\nA\r\n\r\nB", id="x") == lf
    assert parse_article(" date 2021-01-02 L\r\rA\r\rB", id="x") == lf


def test_id_is_file_stem_or_stable_text_hash(tmp_path: Path) -> None:
    path = tmp_path / "007_0123456789abcdef.txt"
    path.write_text(" date 2021-01-02 L\n\nBody.", encoding="utf-8")
    assert read_article(path).id == "007_0123456789abcdef"
    a = parse_article(" date 2021-01-02 L\n\nBody.")
    b = parse_article(" date 2021-01-02 L\n\nBody.")
    c = parse_article(" date 2021-01-02 L\n\nOther body.")
    assert a.id == b.id != c.id
    assert len(a.id) == 16
    assert parse_article(" date 2021-01-02 L\n\nBody.", id="given").id == "given"


def test_read_article_errors_are_newscorpus_errors(tmp_path: Path) -> None:
    with pytest.raises(newscorpus.SourceError) as info:
        read_article(tmp_path / "missing.txt")
    assert info.value.path is not None
    assert info.value.path.endswith("missing.txt")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(" date 2021-01-02 Caf\xe9\n\nBody.".encode("latin-1"))
    with pytest.raises(newscorpus.DecodeError, match="line 1, column 21"):
        read_article(bad)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(" date 2021-01-02 L\n\nBody “quoted”.".encode("utf-16"))
    assert read_article(path).text == "Body “quoted”."


def test_articles_are_values() -> None:
    a = parse_article(" date 2021-01-02 L\n\nBody.", id="x")
    b = parse_article(" date 2021-01-02 L\n\nBody.", id="x")
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b}) == 1
