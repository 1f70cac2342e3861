"""Hypothesis strategies shared by the tests: valid Articles in the shapes real news takes."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from newscorpus import Article, Dateline, Paragraph, parse_dateline, split_dateline

PLACES = ["LONDON", "NEW YORK", "WASHINGTON", "KABUL", "UNITED NATIONS", "Detroit", "ST. PAUL"]
REGIONS = ["Afghanistan", "N.Y.", "Calif.", "Belgium", "British Columbia"]
AGENCIES = ["Reuters", "AP", "AFP", "Xinhua", "UrduPoint News / Sputnik"]
MONTHS = ["Jan", "Feb.", "March", "Aug", "Oct.", "December"]
SEPARATORS = ["-", "--", "—", "–"]

FRAGMENTS = [
    "UK Defense Minister Ben Wallace said on Wednesday that the government will act.",
    '"Whatever the government of the day is, it will engage," Wallace was quoted as saying.',
    "“This is our fault,” he said.",
    "Stewart said Britain would have to “expect to take a lot of refugees”.",
    "The Clintons’ foundation didn’t comment on the ’90s deals.",
    "Shr 1.11 dlrs vs 1.04 dlrs",
    "According to the news outlet, Wallace admitted that it would be controversial.",
    "https://t.co/93GPp25Qrh",
    "- via Getty Images Taliban fighters are pictured in Kandahar.",
    "Fears grow. pic.twitter.com/XSE1Mf7NaI — Sky News (@SkyNews) August 13, 2021",
    "(AP Photo/Rahmat Gul)",
    "'single' and \"double\" and « guillemets »",
]

# Printable text without line breaks; surrogates cannot be encoded.
_LINE_CHARS = st.characters(codec="utf-8", blacklist_characters="\n\r\x00")


@st.composite
def lines(draw: st.DrawFn) -> str:
    """One non-blank line with no white space at either end."""
    text = draw(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(_LINE_CHARS, min_size=1, max_size=60))
    )
    text = text.strip()
    assume(text)
    return text


@st.composite
def paragraphs(draw: st.DrawFn, *, first: bool = False) -> Paragraph:
    body = "\n".join(draw(st.lists(lines(), min_size=1, max_size=3)))
    blank = draw(st.integers(min_value=0 if first else 1, max_value=3))
    return Paragraph(body, blank_lines=blank)


@st.composite
def dateline_texts(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(PLACES))
    if draw(st.booleans()):
        text += ", " + draw(st.sampled_from(REGIONS))
    if draw(st.booleans()):
        text += f", {draw(st.sampled_from(MONTHS))} {draw(st.integers(1, 28))}"
    if draw(st.booleans()):
        return f"{text} ({draw(st.sampled_from(AGENCIES))}) {draw(st.sampled_from(SEPARATORS))}"
    return f"{text} {draw(st.sampled_from(SEPARATORS))}"


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A valid Article that the parser could have produced (so it round-trips through text)."""
    date = draw(dates)
    lede = draw(st.one_of(st.just(""), lines()))
    paras = [draw(paragraphs(first=True))]
    paras += draw(st.lists(paragraphs(), max_size=5))
    dateline: Dateline | None = None
    if draw(st.booleans()):
        dateline = parse_dateline(draw(dateline_texts()), date)
        assume(dateline is not None)
        # The prose after a dateline starts at its first non-space character.
        assume(paras[0].text == paras[0].text.lstrip())
        found = split_dateline(f"{dateline.text} {paras[0].text}", date)  # type: ignore[union-attr]
        assume(found == (dateline, paras[0].text))
    else:
        assume(split_dateline(paras[0].text, date) is None)
    ident = draw(st.from_regex(r"[0-9]{3}_[0-9a-f]{16}", fullmatch=True))
    return Article(id=ident, date=date, lede=lede, dateline=dateline, paragraphs=paras)


@st.composite
def stored_articles(draw: st.DrawFn) -> Article:
    """A valid Article as Parquet and JSON Lines must keep it, path included.

    Unlike `articles`, the first paragraph may look like a dateline although
    the article has none: such an article cannot round-trip through text, but
    it must through Parquet.
    """
    base = draw(articles())
    if base.dateline is None and draw(st.booleans()):
        first = f"{draw(dateline_texts())} {base.paragraphs[0].text}"
        paras = (Paragraph(first, blank_lines=base.paragraphs[0].blank_lines), *base.paragraphs[1:])
        base = attrs.evolve(base, paragraphs=paras)
    path = draw(st.one_of(st.none(), st.just(f"corpus/{base.id}.txt")))
    return attrs.evolve(base, path=path)
