"""JSON Lines: the Parquet field names, exact round trips, bad lines raised or recorded."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscorpus import Article, Corpus, ParseError, SchemaError, read_corpus, read_jsonl
from newscorpus.parquet import ARTICLE_SCHEMA
from tests.conftest import SEEDS
from tests.strategies import stored_articles


def test_round_trip_seeds_with_parquet_field_names(tmp_path: Path) -> None:
    articles = list(read_corpus(SEEDS))
    Corpus(articles).to_jsonl(tmp_path / "c.jsonl")
    lines = (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    first = json.loads(lines[0])
    assert list(first) == ARTICLE_SCHEMA.names
    assert first["date"] == "2021-07-14"
    assert first["dateline"]["agencies"] == ["UrduPoint News", "Sputnik"]
    assert [q["speaker"] for q in first["quotes"]] == [q.speaker for q in articles[0].quotes]
    assert list(read_jsonl(tmp_path / "c.jsonl")) == articles


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(stored_articles(), max_size=5))
def test_round_trip_property(tmp_path: Path, articles: list[Article]) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.jsonl"
    Corpus(articles).to_jsonl(path, quotes=False)
    back = list(read_jsonl(path))
    assert back == articles
    assert [a.path for a in back] == [a.path for a in articles]


def test_bad_lines(tmp_path: Path) -> None:
    articles = list(read_corpus(SEEDS))
    Corpus(articles).to_jsonl(tmp_path / "c.jsonl")
    lines = (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(1, '{"id": "x", "date": "2021-08-16"')
    lines.insert(2, '{"id": "y"}')
    lines.insert(3, "")
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ParseError) as info:
        list(read_jsonl(tmp_path / "bad.jsonl"))
    assert info.value.line == 2
    corpus = read_jsonl(tmp_path / "bad.jsonl", errors="skip")
    assert list(corpus) == articles
    assert [(p.error, p.line) for p in corpus.problems] == [
        ("ParseError", 2),
        ("SchemaError", None),
    ]
    assert "line 3" in corpus.problems[1].reason
    (tmp_path / "list.jsonl").write_text("[1, 2]\n")
    with pytest.raises(SchemaError, match="line 1: expected a JSON object"):
        list(read_jsonl(tmp_path / "list.jsonl"))
