"""read_corpus and Corpus: sources, laziness, errors and problems, workers, transformations."""

from __future__ import annotations

import io
import os
import pickle
import shutil
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import attrs
import pytest

from newscorpus import (
    Article,
    Corpus,
    DecodeError,
    InputTooLargeError,
    ParseError,
    Problem,
    SourceError,
    read_article,
    read_corpus,
)
from tests.conftest import SEEDS, shared_file

SEED_IDS = ["000_9581df6c21d385a1", "001_65721658cb35620f", "002_0f553011c71fda5c"]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def _without_path(a: Article) -> Article:
    return attrs.evolve(a, path=None)


def _bad_folder(root: Path) -> dict[str, str]:
    """Seeds plus one bad file of each kind; returns the expected error class by file name."""
    shutil.copytree(SEEDS, root)
    (root / "sub").mkdir()
    (root / "sub" / "empty.txt").write_text("")
    (root / "sub" / "image.txt").write_bytes(PNG)
    (root / "sub" / "no_header.txt").write_text("Kabul fell on Sunday.\n")
    (root / "sub" / "bad_date.txt").write_text(" date 2021-02-30 Lede\n\nBody.\n")
    (root / "sub" / "ok.txt").write_text(" date 2021-09-01 Lede\n\nKABUL (AP) - Body.\n")
    (root / "notes.md").write_text("not an article")
    os.symlink(root, root / "sub" / "loop")
    os.symlink(root / "missing.txt", root / "sub" / "zz_broken.txt")
    return {
        "empty.txt": "ParseError",
        "image.txt": "DecodeError",
        "no_header.txt": "ParseError",
        "bad_date.txt": "ParseError",
        "loop": "SourceError",
        "zz_broken.txt": "SourceError",
    }


def test_folder_is_read_recursively_in_name_order(seed_paths: list[Path]) -> None:
    corpus = read_corpus(SEEDS)
    articles = list(corpus)
    assert [a.id for a in articles] == SEED_IDS
    assert articles == [read_article(p) for p in seed_paths]
    assert articles[0].path == str(seed_paths[0])
    assert corpus.problems == ()


def test_corpus_is_lazy_and_reiterable(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "c")
    corpus = read_corpus(tmp_path / "c")
    first = [a.id for a in corpus]
    (tmp_path / "c" / "003_new.txt").write_text(" date 2021-09-01 Lede\n\nBody.\n")
    assert [a.id for a in corpus] == [*first, "003_new"]


def test_glob_and_list_of_paths(seed_paths: list[Path]) -> None:
    assert [a.id for a in read_corpus(str(SEEDS / "00[02]_*.txt"))] == [SEED_IDS[0], SEED_IDS[2]]
    reversed_paths = list(reversed(seed_paths))
    assert [a.id for a in read_corpus(reversed_paths)] == list(reversed(SEED_IDS))


@pytest.mark.parametrize("suffix", [".zip", ".tar", ".tar.gz", ".tgz"])
def test_archives_are_read_in_memory(tmp_path: Path, suffix: str) -> None:
    archive = tmp_path / f"seeds{suffix}"
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    if suffix == ".zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in names:
                zf.write(SEEDS / name, f"corpus/{name}")
    else:
        with tarfile.open(archive, "w" if suffix == ".tar" else "w:gz") as tf:
            for name in names:
                tf.add(SEEDS / name, f"corpus/{name}")
    articles = list(read_corpus(archive))
    assert [a.id for a in articles] == SEED_IDS
    assert articles[0].path == f"{archive}/corpus/{names[0]}"
    assert [_without_path(a) for a in articles] == [_without_path(a) for a in read_corpus(SEEDS)]
    assert sorted(p.name for p in tmp_path.iterdir()) == [archive.name]  # nothing extracted


def test_archive_member_names_are_only_names(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../etc/passwd.txt", " date 2021-08-16 Lede\n\nBody.")
        zf.writestr("/abs/x.txt", " date 2021-08-17 Lede\n\nBody.")
    articles = list(read_corpus(archive))
    assert [(a.id, a.path) for a in articles] == [
        ("passwd", f"{archive}/../../etc/passwd.txt"),
        ("x", f"{archive}//abs/x.txt"),
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil.zip"]


def test_zip_bomb_is_capped(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", b" date 2021-08-16 Lede\n\n" + b"a" * 3_000_000)
        zf.writestr("small.txt", " date 2021-08-16 Lede\n\nBody.")
    assert archive.stat().st_size < 20_000
    with pytest.raises(InputTooLargeError, match="over the cap of 1,000,000 bytes") as info:
        list(read_corpus(archive, max_member_bytes=1_000_000))
    assert info.value.path == f"{archive}/big.txt"
    corpus = read_corpus(archive, errors="skip", max_member_bytes=1_000_000)
    assert [a.id for a in corpus] == ["small"]
    assert [p.error for p in corpus.problems] == ["InputTooLargeError"]
    assert [a.id for a in read_corpus(archive)] == ["big", "small"]  # under the default cap


def test_file_over_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2021-08-16 Lede\n\n" + "word " * 1000)
    with pytest.raises(InputTooLargeError):
        list(read_corpus(path, max_member_bytes=100))


def test_strict_mode_raises_the_first_error_with_its_position(tmp_path: Path) -> None:
    _bad_folder(tmp_path / "c")
    corpus = read_corpus(tmp_path / "c")
    with pytest.raises(ParseError) as info:
        list(corpus)
    assert info.value.path == str(tmp_path / "c" / "sub" / "bad_date.txt")
    assert (info.value.line, info.value.column) == (1, 7)


def test_skip_mode_accounts_for_every_file(tmp_path: Path) -> None:
    expected = _bad_folder(tmp_path / "c")
    corpus = read_corpus(tmp_path / "c", errors="skip")
    articles = list(corpus)
    assert [a.id for a in articles] == [*SEED_IDS, "ok"]
    got = {Path(p.path).name: p.error for p in corpus.problems}
    assert got == expected
    bad_date = next(p for p in corpus.problems if p.path.endswith("bad_date.txt"))
    assert (bad_date.line, bad_date.column) == (1, 7)
    assert "2021-02-30" in bad_date.reason
    # Every input seen is an article or a problem: 4 good + 4 bad files + a loop + a dead link.
    seen = 3 + 5 + 1 + 1
    assert len(articles) + len(corpus.problems) == seen


def test_problems_are_reset_by_each_iteration(tmp_path: Path) -> None:
    _bad_folder(tmp_path / "c")
    corpus = read_corpus(tmp_path / "c", errors="skip")
    list(corpus)
    n = len(corpus.problems)
    list(corpus)
    assert len(corpus.problems) == n == 6


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2021-08-16 Lede\n\nBody.")
    path.chmod(0)
    corpus = read_corpus(tmp_path, errors="skip")
    assert list(corpus) == []
    assert [p.error for p in corpus.problems] == ["SourceError"]


def test_problem_from_error_and_str() -> None:
    err = ParseError("expected a date", path="a.txt", line=1, column=7)
    p = Problem.from_error(err, path="ignored")
    assert p == Problem(
        path="a.txt", reason="expected a date", error="ParseError", line=1, column=7
    )
    assert str(p) == "a.txt:1:7: expected a date (ParseError)"
    d = Problem.from_error(DecodeError("not UTF-8"), path="b.txt")
    assert (d.path, d.line, d.column) == ("b.txt", None, None)


def test_source_that_names_nothing_raises_now(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file or folder"):
        read_corpus(tmp_path / "missing")
    with pytest.raises(SourceError, match="no file matches"):
        read_corpus(str(tmp_path / "*.txt"))
    with pytest.raises(ValueError, match="'errors' must be"):
        read_corpus(SEEDS, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'workers' must be"):
        read_corpus(SEEDS, workers=0)


def test_corrupt_archive_is_a_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SourceError, match="cannot open zip archive"):
        list(read_corpus(bad))
    corpus = read_corpus([bad, *sorted(SEEDS.glob("*.txt"))], errors="skip")
    assert len(list(corpus)) == 3
    assert [p.path for p in corpus.problems] == [str(bad)]


def test_workers_give_the_same_articles_and_problems(tmp_path: Path) -> None:
    _bad_folder(tmp_path / "c")
    one = read_corpus(tmp_path / "c", errors="skip")
    two = read_corpus(tmp_path / "c", errors="skip", workers=2)
    assert list(two) == list(one)
    assert two.problems == one.problems
    with pytest.raises(ParseError) as info:
        list(read_corpus(tmp_path / "c", workers=2))
    assert info.value.path == str(tmp_path / "c" / "sub" / "bad_date.txt")


def test_workers_compute_quotes_ahead_when_a_filter_needs_them() -> None:
    one = read_corpus(SEEDS).filter(speaker="Wallace")
    two = read_corpus(SEEDS, workers=2).filter(speaker="Wallace")
    got = list(two)
    assert got == list(one)
    assert [a.quotes for a in got] == [a.quotes for a in one]


def test_articles_pickle() -> None:
    for a in read_corpus(SEEDS):
        assert pickle.loads(pickle.dumps(a)) == a


def test_filter_sorted_head() -> None:
    corpus = read_corpus(SEEDS)
    assert [a.id for a in corpus.filter(since="2021-08-14")] == [SEED_IDS[1]]
    assert [a.date.isoformat() for a in corpus.sorted()] == [
        "2021-07-14",
        "2021-08-13",
        "2021-08-16",
    ]
    newest = corpus.sorted(key=lambda a: a.date, reverse=True).head(1)
    assert [a.id for a in newest] == [SEED_IDS[1]]
    assert list(corpus.head(0)) == []
    assert corpus.count() == 3
    assert corpus.filter() is corpus
    assert "files" in repr(corpus.head(2))


def test_count_by() -> None:
    corpus = read_corpus(SEEDS)
    assert corpus.count_by("month") == {"2021-07": 1, "2021-08": 2}
    assert corpus.count_by("place") == {"LONDON": 2, None: 1}
    assert corpus.count_by("agency") == {"UrduPoint News": 2, "Sputnik": 2, None: 1}
    speakers = corpus.count_by("speaker")
    assert speakers["Ben Wallace"] >= 2
    assert sum(speakers.values()) == sum(len(a.quotes) for a in corpus)
    with pytest.raises(ValueError, match="'key' must be"):
        corpus.count_by("lede")  # type: ignore[arg-type]


def test_corpus_over_articles_in_memory() -> None:
    articles = list(read_corpus(SEEDS))
    corpus = Corpus(articles)
    assert list(corpus.filter(place="London")) == articles[:2]
    assert list(corpus) == articles


def test_to_pandas_and_quotes_table() -> None:
    corpus = read_corpus(SEEDS)
    df = corpus.to_pandas()
    assert list(df["id"]) == SEED_IDS
    assert list(df["word_count"]) == [a.word_count for a in corpus]
    table = corpus.quotes_table()
    quotes = [(a.id, q) for a in corpus for q in a.quotes]
    assert table.num_rows == len(quotes)
    assert table.column("article_id").to_pylist() == [i for i, _ in quotes]
    assert table.column("speaker").to_pylist() == [q.speaker for _, q in quotes]
    assert table.column("text").to_pylist() == [q.text for _, q in quotes]


def test_parquet_and_jsonl_sources_are_recognised(tmp_path: Path) -> None:
    corpus = read_corpus(SEEDS)
    corpus.to_parquet(tmp_path / "out")
    corpus.to_parquet(tmp_path / "one.parquet")
    corpus.to_jsonl(tmp_path / "c.jsonl")
    expected = list(corpus)
    for name in ["out", "one.parquet", "c.jsonl"]:
        assert list(read_corpus(tmp_path / name)) == expected


def test_reuters_archive_is_read_whole() -> None:
    archive = shared_file("eval", "datelines", "reuters-dev.zip")
    corpus = read_corpus(archive, errors="skip")
    n = corpus.count()
    with zipfile.ZipFile(archive) as zf:
        members = sum(1 for i in zf.infolist() if i.filename.endswith(".txt"))
    assert n + len(corpus.problems) == members == 10_051


def test_decode_error_path_inside_archive(tmp_path: Path) -> None:
    archive = tmp_path / "a.tar"
    with tarfile.open(archive, "w") as tf:
        info = tarfile.TarInfo("x/image.txt")
        info.size = len(PNG)
        tf.addfile(info, io.BytesIO(PNG))
    with pytest.raises(DecodeError) as err:
        list(read_corpus(archive))
    assert err.value.path == f"{archive}/x/image.txt"


def _bad_zip(archive: Path) -> None:
    """Seeds plus bad members of each kind, one over 4 KiB, one with a wrong CRC."""
    good = " date 2021-09-01 Lede\n\nKABUL (AP) - Body.\n"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(SEEDS.glob("*.txt")):
            zf.writestr(f"seeds/{path.name}", path.read_bytes())
        zf.writestr("bad/empty.txt", "")
        zf.writestr("bad/image.txt", PNG)
        zf.writestr("bad/big.txt", good + "x" * 5000)
        zf.writestr("bad/crc.txt", good)
        zf.writestr("ok.txt", good)
    data = bytearray(archive.read_bytes())
    at = data.index(b"bad/crc.txt") + len(b"bad/crc.txt")  # the local header's name
    data[at + 3] ^= 0xFF  # a byte of the deflated content
    archive.write_bytes(bytes(data))


@pytest.mark.parametrize("chunk", [1, 2, 200])
def test_workers_read_zip_members_themselves(tmp_path: Path, chunk: int) -> None:
    from newscorpus.corpus import _Files

    archive = tmp_path / "c.zip"
    _bad_zip(archive)
    one = read_corpus(archive, errors="skip", max_member_bytes=4096)
    two = Corpus._make(_Files(archive, "skip", 2, 4096, chunk, chunk_bytes=3000), ())
    assert list(two) == list(one)
    assert two.problems == one.problems
    assert [p.error for p in one.problems] == [
        "ParseError",
        "DecodeError",
        "InputTooLargeError",
        "SourceError",
    ]
    two.to_parquet(tmp_path / "two.parquet")
    one.to_parquet(tmp_path / "one.parquet")
    assert two.problems == one.problems
    back = [list(read_corpus(tmp_path / f"{n}.parquet")) for n in ("one", "two")]
    assert back[0] == back[1]
    with pytest.raises(ParseError) as info:
        list(read_corpus(archive, workers=2, max_member_bytes=4096))
    assert info.value.path == f"{archive}/bad/empty.txt"


def test_chunks_are_cut_by_count_and_by_known_bytes() -> None:
    from newscorpus._sources import Input
    from newscorpus.corpus import _chunks

    items = [Input(path=f"{i}.txt", id=str(i), data=b"x" * 10) for i in range(7)]
    unknown = [Input(path=f"{i}.txt", id=str(i)) for i in range(5)]  # files: size not known
    err = SourceError("cannot list folder", path="x")
    assert [len(c) for c in _chunks(iter(items), 3, 1000)] == [3, 3, 1]
    assert [len(c) for c in _chunks(iter(items), 100, 25)] == [3, 3, 1]
    assert [len(c) for c in _chunks(iter([*unknown, err]), 4, 1)] == [4, 2]
    assert list(_chunks(iter([]), 3, 10)) == []


def test_last_chunks_shrink_so_that_workers_finish_together() -> None:
    from newscorpus._sources import Input
    from newscorpus.corpus import _chunks

    unknown = [Input(path=f"{i}.txt", id=str(i)) for i in range(100)]
    chunks = list(_chunks(iter(unknown), 10, 1, parts=4))
    assert [i for c in chunks for i in c] == unknown
    assert [len(c) for c in chunks] == [10] * 7 + [8, 6, 4, 3, 3, 2, 2, 2]
    # Sizes known: shares of what is left in bytes, down to an eighth of a full chunk.
    sized = [Input(path=f"{i}.txt", id=str(i), data=b"x" * (1 + i % 3)) for i in range(300)]
    chunks = list(_chunks(iter(sized), 1000, 64, parts=4))
    assert [i for c in chunks for i in c] == sized
    sizes = [sum(i.size for i in c if isinstance(i, Input)) for c in chunks]
    assert all(64 <= n < 67 for n in sizes[:6])
    assert sizes[6:] == sorted(sizes[6:], reverse=True)
    assert sizes[6] < 64
    assert min(sizes[:-1]) >= 8
    assert [len(c) for c in _chunks(iter(unknown[:3]), 10, 1, parts=4)] == [2, 1]
    assert [len(c) for c in _chunks(iter(unknown[:30]), 10, 1, parts=1)] == [10, 10, 10]


def test_deferred_zip_members_are_listed_not_read(tmp_path: Path) -> None:
    from pathlib import PurePosixPath

    from newscorpus._sources import Input, iter_inputs, iter_parsed

    archive = tmp_path / "c.zip"
    _bad_zip(archive)
    eager = list(iter_inputs(str(archive), max_bytes=4096))
    lazy = list(iter_inputs(str(archive), max_bytes=4096, defer_zip=True))
    inputs = [i for i in lazy if isinstance(i, Input)]
    assert len(inputs) == len(lazy)
    assert all(i.data is None and i.member for i in inputs)
    assert [i.path for i in inputs] == [
        f"{archive}/{n}" for n in zipfile.ZipFile(archive).namelist()
    ]
    assert [i.id for i in inputs] == [PurePosixPath(i.path).stem for i in inputs]

    def outcomes(items: list[Any]) -> list[Any]:
        return [
            (type(o).__name__, str(o)) if isinstance(o, Exception) else o
            for o in iter_parsed(items, 4096)
        ]

    assert outcomes(lazy) == outcomes(eager)
    assert pickle.loads(pickle.dumps(lazy)) == lazy
