"""Fast paths that must give what the plain ones give: word counts, and the paragraphs,
articles and quotes that the parser and the extractor build without re-validating."""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import Article, Paragraph, Quote, extract_quotes, parse_article, read_article
from newscorpus._words import ASCII_SPACES, UNICODE_SPACES, count_words, prose_words

_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_the_space_lists_are_those_of_str_isspace() -> None:
    assert [c for c in _SPACES if c.isascii()] == sorted(ASCII_SPACES)
    assert [c for c in _SPACES if not c.isascii()] == list(UNICODE_SPACES)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "one",
        " one  two\tthree\n",
        "a\x1cb\x1dc\x1ed\x1ff\x0bg\x0ch\ri",
        "é,  日本\u3000語 😀x\xa0y",
        "a\ud800 b",  # a lone surrogate: not encodable, counted all the same
        "\x85lead and trail\u2029",
    ],
)
def test_count_words_examples(text: str) -> None:
    assert count_words(text) == len(text.split())


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from([*_SPACES, "a", "é", "日", "😀", "\x00", "-"])))
def test_count_words_is_len_split(text: str) -> None:
    assert count_words(text) == len(text.split())


@settings(deadline=None)
@given(st.text())
def test_count_words_any_text(text: str) -> None:
    assert count_words(text) == len(text.split())


def test_prose_words_skip_embedded_material() -> None:
    texts = ["Two words.", "pic.twitter.com/abc — A (@b) May 3, 2021", "three more words"]
    kinds = ["text", "tweet", "text"]
    assert prose_words(texts, kinds, "\n\n".join(texts)) == 5
    assert prose_words(texts[:1], kinds[:1], texts[0]) == 2
    assert prose_words([], [], "") == 0


def test_word_count_of_a_parsed_article() -> None:
    a = parse_article(" date 2021-08-16 Lede\n\nLONDON (Reuters) - One two.\n\nThree\nfour five.")
    assert a.word_count == 5 == sum(len(p.text.split()) for p in a.paragraphs)


def _slots(p: Paragraph | Article | Quote) -> dict[str, object]:
    missing = object()
    slots: tuple[str, ...] = getattr(type(p), "__slots__")  # noqa: B009 (made by attrs)
    return {s: getattr(p, s, missing) for s in slots if s != "__weakref__"}


@pytest.mark.parametrize(("text", "blank_lines"), [("One.", 1), ("Two\nlines.", 0), ("x", 3)])
def test_parser_paragraphs_are_paragraphs(text: str, blank_lines: int) -> None:
    fast = Paragraph._checked_by_parser(text, blank_lines)
    slow = Paragraph(text, blank_lines=blank_lines)
    assert _slots(fast) == _slots(slow)  # every slot, attrs' hash cache included
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert (fast.kind, fast.tweet) == (slow.kind, slow.tweet)


def test_parser_articles_are_articles() -> None:
    text = " date 2021-08-16 Lede\n\nLONDON (Reuters) - One two.\n\nThree."
    fast = parse_article(text, id="a", path="x/a.txt")
    slow = Article(
        id="a",
        date=fast.date,
        lede=fast.lede,
        dateline=fast.dateline,
        paragraphs=fast.paragraphs,
        path="x/a.txt",
    )
    assert _slots(fast) == _slots(slow)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)


@pytest.mark.parametrize("bad", ["", 3])
def test_parser_articles_check_the_id(bad: object) -> None:
    with pytest.raises((TypeError, ValueError), match="'id' must"):
        parse_article(" date 2021-08-16 Lede\n\nOne.", id=bad)  # type: ignore[arg-type]


def test_the_fast_constructors_are_in_use() -> None:
    from newscorpus import model

    assert model._FAST_INIT  # else attrs renamed its hash slot: the parser runs __init__


@settings(deadline=None, max_examples=300)
@given(
    st.lists(
        st.lists(st.sampled_from([*"ab .-(),\t\n\u3000\xa0\x85", "LONDON (Reuters) - "])).map(
            "".join
        ),
        max_size=6,
    )
)
def test_what_the_parser_builds_passes_the_validators(pieces: list[str]) -> None:
    a = parse_article(" date 2021-08-16 Lede\n\n" + "\n\n".join(pieces), id="x")
    attrs.validate(a)
    for p in a.paragraphs:
        attrs.validate(p)
        assert Paragraph(p.text, blank_lines=p.blank_lines) == p


@settings(deadline=None, max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            [
                '"We will win," ',
                "Smith said",
                " that ",
                "he told reporters. ",
                "“Not now.” ",
                "According to officials, ",
                "the vote was “rigged” ",
                "\n\n",
                "‘quoted’ ",
                "x",
            ]
        )
    ).map("".join)
)
def test_extracted_quotes_are_valid_quotes(text: str) -> None:
    for q in extract_quotes(text):
        attrs.validate(q)
        fields = attrs.asdict(q, recurse=False)
        plain = Quote(**fields)
        assert _slots(q) == _slots(plain)
        assert (q, hash(q), repr(q)) == (plain, hash(plain), repr(plain))


def test_seed_quotes_are_valid_quotes(seed_paths: list[Path]) -> None:
    quotes = [q for p in seed_paths for q in read_article(p).quotes]
    assert len(quotes) == 25
    for q in quotes:
        attrs.validate(q)
        assert Quote(**attrs.asdict(q, recurse=False)) == q
