"""Every kind of broken or hostile input has a defined outcome: a table of cases.

Strict reading (`read_article`, `read_corpus(errors="raise")`) raises a
`NewscorpusError` naming where and what; lenient reading
(`read_corpus(errors="skip")`) records a `Problem` and goes on, and files seen
always equal articles yielded plus problems.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import newscorpus
from newscorpus import (
    DecodeError,
    InputTooLargeError,
    NewscorpusError,
    ParseError,
    SchemaError,
    SourceError,
    extract_quotes,
    read_article,
    read_corpus,
)

GOOD = " date 2021-07-14 Lede\n\nLONDON, July 14 - Body text."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256))


def _ok(check: Callable[[newscorpus.Article], object]) -> Callable[[newscorpus.Article], None]:
    def run(article: newscorpus.Article) -> None:
        assert check(article), article

    return run


# (case, file bytes, expected exception or None, where (line, column) or a check on the Article)
CASES: list[tuple[str, bytes, type[NewscorpusError] | None, object]] = [
    ("empty file", b"", ParseError, (1, 1)),
    ("whitespace only", b"  \n\t\n   ", ParseError, (1, 1)),
    ("binary data (PNG)", PNG, DecodeError, None),
    ("NUL bytes", b" date 2021-07-14 L\n\nBo\x00dy", ParseError, (3, 3)),
    ("UTF-8 with BOM", b"\xef\xbb\xbf" + GOOD.encode(), None, _ok(lambda a: a.lede == "Lede")),
    (
        "UTF-16 with BOM",
        GOOD.encode("utf-16"),
        None,
        _ok(lambda a: a.dateline is not None and a.dateline.place == "LONDON"),
    ),
    ("cp1252 bytes", " date 2021-07-14 Caf\xe9 “x”\n\nBody.".encode("cp1252"), DecodeError, None),
    (
        "CRLF line ends",
        GOOD.replace("\n", "\r\n").encode(),
        None,
        _ok(lambda a: a.text == "Body text."),
    ),
    (
        "CR line ends",
        GOOD.replace("\n", "\r").encode(),
        None,
        _ok(lambda a: a.text == "Body text."),
    ),
    ("no header", b"LONDON, July 14 - Body text.", ParseError, (1, 1)),
    ("header without date", b" date \n\nBody.", ParseError, (1, 1)),
    ("header with a bad date", b" date 14-07-2021 L\n\nBody.", ParseError, (1, 7)),
    ("impossible date", b" date 2021-02-30 L\n\nBody.", ParseError, (1, 7)),
    (
        "date far in the past",
        b" date 0001-01-01 L\n\nBody.",
        None,
        _ok(lambda a: a.date == dt.date(1, 1, 1)),
    ),
    (
        "date far in the future",
        b" date 9999-12-31 L\n\nBody.",
        None,
        _ok(lambda a: a.date == dt.date(9999, 12, 31)),
    ),
    (
        "extra spaces and tabs in header",
        b"\t date \t 2021-07-14 \t Lede  \t\n\nBody.",
        None,
        _ok(lambda a: a.lede == "Lede"),
    ),
    (
        "no blank line after header",
        b" date 2021-07-14 L\nBody.",
        None,
        _ok(lambda a: a.paragraphs[0].blank_lines == 0),
    ),
    ("no body", b" date 2021-07-14 Only a header", None, _ok(lambda a: a.paragraphs == ())),
]


@pytest.mark.parametrize(("case", "data", "error", "expect"), CASES, ids=[c[0] for c in CASES])
def test_strict_outcome(
    case: str, data: bytes, error: type[NewscorpusError] | None, expect: object, tmp_path: Path
) -> None:
    path = tmp_path / "001_case.txt"
    path.write_bytes(data)
    if error is None:
        article = read_article(path)
        assert callable(expect)
        expect(article)
        assert list(article.quotes) is not None
        return
    with pytest.raises(error) as info:
        read_article(path)
    err = info.value
    assert err.path == str(path)
    assert str(err)
    if isinstance(expect, tuple):
        assert isinstance(err, ParseError)
        assert (err.line, err.column) == expect


def test_lenient_records_every_case(tmp_path: Path) -> None:
    for i, (_case, data, _error, _expect) in enumerate(CASES):
        (tmp_path / f"{i:03d}_case.txt").write_bytes(data)
    corpus = read_corpus(tmp_path, errors="skip")
    articles = list(corpus)
    failing = [c for c in CASES if c[2] is not None]
    assert len(articles) == len(CASES) - len(failing)
    assert len(corpus.problems) == len(failing)
    assert len(articles) + len(corpus.problems) == len(CASES)
    by_file = {Path(p.path).name: p for p in corpus.problems}
    assert by_file["012_case.txt"].error == "ParseError"
    assert (by_file["012_case.txt"].line, by_file["012_case.txt"].column) == (1, 7)
    assert by_file["002_case.txt"].error == "DecodeError"


def test_fifty_megabyte_single_line(tmp_path: Path) -> None:
    line = ("The minister said the talks would resume. " * 1_200_000)[: 50 * 1024 * 1024]
    path = tmp_path / "big.txt"
    path.write_text(" date 2021-07-14 L\n\n" + line.rstrip(), encoding="utf-8")
    article = read_article(path)
    assert len(article.paragraphs) == 1
    assert len(article.text) == len(line.rstrip())
    assert article.dateline is None


def test_hundred_thousand_paragraphs() -> None:
    body = "\n\n".join(f"Paragraph {i} said nothing." for i in range(100_000))
    article = newscorpus.parse_article(" date 2021-07-14 L\n\n" + body)
    assert len(article.paragraphs) == 100_000
    assert article.paragraphs[-1].text == "Paragraph 99999 said nothing."
    assert isinstance(article.quotes, tuple)


def test_ten_thousand_opening_quotes() -> None:
    text = "“" * 10_000
    assert extract_quotes(text) == []
    text = 'He said "' + "word " * 10_000
    assert all(q.end <= len(text) for q in extract_quotes(text))


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "001_x.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    corpus = read_corpus(tmp_path, errors="skip")
    assert [a.id for a in corpus] == ["001_x"]
    assert len(corpus.problems) == 1
    assert "loop" in corpus.problems[0].reason
    with pytest.raises(SourceError, match="loop"):
        list(read_corpus(tmp_path, errors="raise"))


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "001_x.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: a mode-000 file is still readable")
        corpus = read_corpus(tmp_path, errors="skip")
        assert list(corpus) == []
        assert corpus.problems[0].error == "SourceError"
        with pytest.raises(SourceError):
            read_article(path)
    finally:
        path.chmod(0o644)


def test_archive_member_with_a_path_outside(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../etc/passwd.txt", GOOD)
        zf.writestr("/abs/001_x.txt", GOOD)
    before = set(tmp_path.parent.rglob("*"))
    articles = list(read_corpus(archive))
    assert [a.id for a in articles] == ["passwd", "001_x"]
    assert articles[0].text == "Body text."
    assert set(tmp_path.parent.rglob("*")) == before  # nothing was written out
    assert not Path("/etc/passwd.txt").exists()


def test_zip_bomb_is_capped(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("001_bomb.txt", " date 2021-07-14 L\n\n" + " " * (8 * 1024 * 1024) + "x")
        zf.writestr("002_fine.txt", GOOD)
    assert archive.stat().st_size < 100_000
    with pytest.raises(InputTooLargeError, match="001_bomb"):
        list(read_corpus(archive, max_member_bytes=1024 * 1024))
    corpus = read_corpus(archive, errors="skip", max_member_bytes=1024 * 1024)
    assert [a.id for a in corpus] == ["002_fine"]
    assert corpus.problems[0].error == "InputTooLargeError"


def test_parquet_that_is_not_a_newscorpus_dataset(tmp_path: Path) -> None:
    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1, 2, 3]}), path)
    with pytest.raises(SchemaError) as info:
        list(newscorpus.read_parquet(path))
    assert "newscorpus" in str(info.value)
    with pytest.raises(SchemaError):
        list(read_corpus(path))
    garbage = tmp_path / "garbage.parquet"
    garbage.write_bytes(b"not parquet at all")
    with pytest.raises(NewscorpusError):
        list(newscorpus.read_parquet(garbage))


def test_cli_validate_lists_every_bad_file(tmp_path: Path) -> None:
    from newscorpus.cli import main

    for i, (_case, data, _error, _expect) in enumerate(CASES):
        (tmp_path / f"{i:03d}_case.txt").write_bytes(data)
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        code = main(["validate", str(tmp_path), "-q"])
    assert code == 1
    lines = out.getvalue().splitlines()
    assert len(lines) == sum(1 for c in CASES if c[2] is not None)
    header = ": expected a header line ' date YYYY-MM-DD <lede>' (got an empty line)"
    assert any(line.endswith(header) for line in lines)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, mode 000 does not stop reads: make the read itself fail instead."""
    path = tmp_path / "001_x.txt"
    path.write_text(GOOD, encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(SourceError, match="Permission denied") as info:
        read_article(path)
    assert info.value.path == str(path)
