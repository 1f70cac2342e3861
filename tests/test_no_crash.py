"""No input text or bytes makes newscorpus raise anything but a `NewscorpusError`."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscorpus
from newscorpus import NewscorpusError, decode_bytes, extract_quotes, format_article, parse_article

FRAGMENTS = st.sampled_from(
    [
        " date ",
        "date",
        "2021-07-14",
        "2021-02-30",
        "0000-00-00",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        " ",
        "LONDON",
        ", Aug 16",
        " (Reuters) ",
        " - ",
        " — ",
        "--",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "''",
        "«",
        "said",
        " he said, ",
        "according to ",
        ":",
        "Wallace",
        "https://t.co/x",
        "pic.twitter.com/",
        "(@SkyNews) August 13, 2021",
        "- via Getty Images",
        "\x00",
        "\ufeff",
        "\u2028",
        "\x85",
        "\xa0",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(FRAGMENTS, max_size=40).map("".join))


@given(TEXTS)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_parse_article_raises_only_newscorpus_errors(text: str) -> None:
    try:
        article = parse_article(text)
    except NewscorpusError:
        return
    # What parses formats back to something that parses to the same article.
    assert parse_article(format_article(article), id=article.id) == article
    assert all(article.text[q.start : q.end] == q.text for q in article.quotes)


@given(st.binary(max_size=400))
@settings(max_examples=300, deadline=None)
def test_bytes_raise_only_newscorpus_errors(data: bytes) -> None:
    with contextlib.suppress(NewscorpusError):
        parse_article(decode_bytes(data))


@given(TEXTS)
@settings(max_examples=400, deadline=None)
def test_extract_quotes_never_raises(text: str) -> None:
    for q in extract_quotes(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.speaker_span is not None:
            assert 0 <= q.speaker_span[0] <= q.speaker_span[1] <= len(text)


def test_seed_with_garbage_appended() -> None:
    base = " date 2021-07-14 L\n\n"
    for junk in ["\x00", "\udcff", "“" * 50, "\n" * 50, "(" * 200]:
        with contextlib.suppress(NewscorpusError):
            newscorpus.parse_article(base + junk)
