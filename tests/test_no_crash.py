"""No input text or bytes makes newscorpus raise anything but a `NewscorpusError`."""

from __future__ import annotations

import contextlib
import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscorpus
from newscorpus import NewscorpusError, decode_bytes, extract_quotes, format_article, parse_article
from newscorpus.dateline import split_dateline

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


@pytest.mark.parametrize(
    "text", ["A(\rReuter)", "LONDON (Reuters\r) - Shares fell.", "A(\x00AP) - x"]
)
def test_a_carriage_return_or_nul_ends_a_dateline(text: str) -> None:
    # Found by hypothesis: "A(\rReuter)" built a Dateline holding "\r", which it refuses.
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text
    assert split_dateline(text, datetime.date(2021, 8, 16)) is None


def test_seed_with_garbage_appended() -> None:
    base = " date 2021-07-14 L\n\n"
    for junk in ["\x00", "\udcff", "“" * 50, "\n" * 50, "(" * 200]:
        with contextlib.suppress(NewscorpusError):
            newscorpus.parse_article(base + junk)


def _archive_bytes(kind: str) -> bytes:
    import io
    import tarfile
    import zipfile

    from .conftest import SEEDS

    buf = io.BytesIO()
    seeds = sorted(SEEDS.glob("*.txt"))
    if kind == "zip":
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for p in seeds:
                zf.write(p, p.name)
    else:
        with tarfile.open(fileobj=buf, mode="w:gz") as tf:
            for p in seeds:
                tf.add(p, p.name)
    return buf.getvalue()


_ARCHIVES = {kind: _archive_bytes(kind) for kind in ("zip", "tar.gz")}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(sorted(_ARCHIVES)),
    st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=8),
    st.floats(0.05, 1.0),
)
def test_damaged_archives_give_problems_not_crashes(
    kind: str, flips: list[tuple[float, int]], keep: float
) -> None:
    import tempfile
    from pathlib import Path

    data = bytearray(_ARCHIVES[kind])
    for where, value in flips:
        data[int(where * len(data))] = value
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"damaged.{kind}"
        path.write_bytes(bytes(data[: max(1, int(keep * len(data)))]))
        corpus = newscorpus.read_corpus(path, errors="skip")
        articles = list(corpus)
        assert len(articles) <= 3
        assert all(p.path.startswith(str(path)) for p in corpus.problems)
        with contextlib.suppress(NewscorpusError):
            list(newscorpus.read_corpus(path))
