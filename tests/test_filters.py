"""Predicates: dates, text, datelines, speakers; composition; one model for memory and Arrow."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newscorpus import Article, Corpus, parse_article, read_corpus
from newscorpus import filters as F
from tests.conftest import SEEDS

D = dt.date


def _article(text: str, id: str = "a") -> Article:
    return parse_article(text, id=id)


KABUL = _article(
    " date 2021-08-16 Taliban enter Kabul\n\n"
    "KABUL, Aug 16 (Reuters) - Taliban fighters entered the capital.\n\n"
    '"The war is over," Prime\nMinister Imran Khan said on Monday.',
    id="kabul",
)
WARNING = _article(" date 2021-07-01 Storm warning\n\nLONDON (AP) - Forecasters warned of gales.")


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2021-08", D(2021, 8, 1), D(2021, 8, 31)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2021-12", D(2021, 12, 1), D(2021, 12, 31)),
        ("2021", D(2021, 1, 1), D(2021, 12, 31)),
        ("August 2021", D(2021, 8, 1), D(2021, 8, 31)),
        ("14 July 2021", D(2021, 7, 14), D(2021, 7, 14)),
        ("2021-07-14", D(2021, 7, 14), D(2021, 7, 14)),
        (D(2021, 7, 14), D(2021, 7, 14), D(2021, 7, 14)),
        (dt.datetime(2021, 7, 14, 12), D(2021, 7, 14), D(2021, 7, 14)),
    ],
)
def test_date_bounds_cover_the_period_named(value: object, start: D, end: D) -> None:
    assert F.since(value) == F._DateRange(since=start, until=None)  # type: ignore[arg-type]
    assert F.until(value) == F._DateRange(since=None, until=end)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["yesterday-ish", "14 July", "2021-13"])
def test_unreadable_dates_are_value_errors(value: str) -> None:
    with pytest.raises(ValueError, match="'since'"):
        F.since(value)


def test_bounds_are_inclusive() -> None:
    assert F.since("2021-08-16")(KABUL)
    assert F.until("2021-08-16")(KABUL)
    assert not F.until("2021-08-15")(KABUL)
    assert (F.since("2021-08") & F.until("2021-08"))(KABUL)


def test_contains_matches_words_and_phrases_case_insensitively() -> None:
    assert F.contains("taliban")(KABUL)
    assert F.contains("TALIBAN ENTER")(KABUL)  # lede
    assert F.contains("prime minister")(KABUL)  # across a line break
    assert F.contains("war")(KABUL)
    assert not F.contains("war")(WARNING)  # whole words only: not "warned"
    assert F.contains(["ceasefire", "gales"])(WARNING)
    assert not F.contains(["ceasefire", "truce"])(KABUL)
    with pytest.raises(ValueError, match="'contains'"):
        F.contains([])


def test_regex_agency_place_ids() -> None:
    assert F.regex(r"\bfight\w+")(KABUL)
    assert F.regex(re.compile(r"GALES", re.I))(WARNING)
    assert F.agency("reuters")(KABUL)
    assert not F.agency("reuters")(WARNING)
    assert F.agency(["AFP", "AP"])(WARNING)
    assert F.place("Kabul")(KABUL)
    assert not F.place("Kabul")(WARNING)
    assert F.ids(["a", "zzz"])(WARNING)
    assert not F.ids("a")(KABUL)


def test_speaker_by_surname_or_full_name() -> None:
    seeds = list(read_corpus(SEEDS))
    wallace = seeds[0]
    assert "Ben Wallace" in {q.speaker for q in wallace.quotes}
    assert F.speaker("Wallace")(wallace)
    assert F.speaker("ben wallace")(wallace)
    assert not F.speaker("Ben")(wallace)
    assert F.has_quotes()(wallace)
    assert F.has_quotes(False)(WARNING)
    assert F.speaker("x").needs_quotes
    assert (F.since("2021") & F.has_quotes()).needs_quotes
    assert not (F.since("2021") | F.contains("x")).needs_quotes


def test_composition_with_callables() -> None:
    long = F.where(lambda a: a.word_count > 8)
    assert (F.contains("taliban") & long)(KABUL)
    assert ((lambda a: a.id == "a") | F.contains("taliban"))(WARNING)
    assert (F.contains("taliban") & (lambda a: True))(KABUL)
    assert (~F.contains("taliban"))(WARNING)
    assert not (~F.contains("taliban") | F.ids("none"))(KABUL)
    with pytest.raises(TypeError, match="a filter must be"):
        F.as_predicate(42)  # type: ignore[arg-type]


def test_keyword_filters_are_the_same_predicates() -> None:
    corpus = Corpus([KABUL, WARNING])
    got = corpus.filter(since="2021-08", contains=["taliban"], agency="Reuters", has_quotes=True)
    assert list(got) == [KABUL]
    assert list(corpus.filter(F.place("london"), until="2021-07")) == [WARNING]
    assert F.from_keywords() is None


def test_arrow_expressions_say_whether_they_are_exact() -> None:
    assert F.since("2021").arrow()[1] is True  # type: ignore[index]
    assert F.ids("a").arrow()[1] is True  # type: ignore[index]
    assert F.contains("a").arrow()[1] is False  # type: ignore[index]
    assert F.regex("a").arrow() is None
    assert F.speaker("a").arrow() is None
    both = F.since("2021") & F.regex("a")
    assert both.arrow()[1] is False  # type: ignore[index]
    assert (F.since("2021") | F.regex("a")).arrow() is None
    assert (~F.contains("a")).arrow() is None
    assert (~F.ids("a")).arrow()[1] is True  # type: ignore[index]
