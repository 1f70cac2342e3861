"""The streaming zip reader agrees with `zipfile` on every archive shape we meet."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import read_corpus
from newscorpus._ziparchive import ZipFormatError, iter_members, read_member
from newscorpus.errors import SourceError

from .conftest import SEEDS

_METHODS = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]


def _read_all(data: bytes, limit: int = 1 << 20) -> dict[str, bytes]:
    directory, members = io.BytesIO(data), io.BytesIO(data)
    return {i.filename: read_member(members, i, limit) for i in iter_members(directory)}


def _stdlib(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _zip(members: list[tuple[str, bytes, int]], *, comment: bytes = b"") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.comment = comment
        for name, content, method in members:
            zf.writestr(name, content, compress_type=method)
    return buf.getvalue()


def test_every_compression_method_reads_back() -> None:
    text = (SEEDS / "000_9581df6c21d385a1.txt").read_bytes()
    data = _zip([(f"{m}/a.txt", text, m) for m in _METHODS])
    assert _read_all(data) == _stdlib(data)
    assert set(_read_all(data).values()) == {text}


def test_names_comments_and_prepended_bytes() -> None:
    members = [("Zürich/été.txt", b"x", zipfile.ZIP_STORED), ("b.txt", b"", zipfile.ZIP_DEFLATED)]
    data = _zip(members, comment=b"a fake end record: PK\x05\x06" + bytes(40))
    assert _read_all(data) == {"Zürich/été.txt": b"x", "b.txt": b""}
    stub = b"#!/bin/sh\necho self-extracting\n" * 10  # an archive with bytes in front
    assert _read_all(stub + data) == {"Zürich/été.txt": b"x", "b.txt": b""}


def test_zip64_members_and_directory() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):
            with zf.open(f"m{i}.txt", "w", force_zip64=True) as f:
                f.write(b"zip64 " * 1000)
    data = buf.getvalue()
    assert _read_all(data) == _stdlib(data)
    assert len(_read_all(data)) == 3


class _Unseekable(io.RawIOBase):
    """A write-only stream that cannot seek, as a pipe: zipfile then writes data descriptors."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.data += b
        return len(b)


def test_members_with_data_descriptors() -> None:
    out = _Unseekable()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", b"streamed " * 50)
        zf.writestr("b.txt", b"")
    data = bytes(out.data)
    assert all(i.flag_bits & 0x08 for i in iter_members(io.BytesIO(data)))
    assert _read_all(data) == _stdlib(data) == {"a.txt": b"streamed " * 50, "b.txt": b""}


def test_read_is_bounded_and_crc_checked() -> None:
    data = _zip([("big.txt", b"a" * 100_000, zipfile.ZIP_DEFLATED)])
    [info] = iter_members(io.BytesIO(data))
    assert read_member(io.BytesIO(data), info, 10) == b"a" * 10
    stored = bytearray(_zip([("s.txt", b"hello world", zipfile.ZIP_STORED)]))
    at = stored.index(b"hello world")
    stored[at] = ord("j")
    [info] = iter_members(io.BytesIO(bytes(stored)))
    with pytest.raises(zipfile.BadZipFile, match="CRC"):
        read_member(io.BytesIO(bytes(stored)), info, 100)


def test_encrypted_and_broken_archives_are_clear_errors() -> None:
    data = bytearray(_zip([("s.txt", b"secret", zipfile.ZIP_STORED)]))
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 1  # the encryption flag bit in the directory record
    [info] = iter_members(io.BytesIO(bytes(data)))
    with pytest.raises(ZipFormatError, match="encrypted"):
        read_member(io.BytesIO(bytes(data)), info, 100)
    with pytest.raises(ZipFormatError, match="not a zip file"):
        list(iter_members(io.BytesIO(b"PK\x03\x04 not really a zip")))
    whole = _zip([("a.txt", b"a", 0), ("b.txt", b"b", 0)])
    cut = whole.index(b"PK\x01\x02", whole.index(b"PK\x01\x02") + 1)
    broken = whole[:cut] + b"XX" + whole[cut + 2 :]  # the second directory record is damaged
    members = iter_members(io.BytesIO(broken))
    assert next(members).filename == "a.txt"
    with pytest.raises(ZipFormatError, match="bad magic number"):
        next(members)


def test_corpus_reports_a_damaged_directory_after_the_good_members(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    whole = _zip([(p.name, p.read_bytes(), zipfile.ZIP_DEFLATED) for p in seeds])
    last = whole.rindex(b"PK\x01\x02")
    archive = tmp_path / "damaged.zip"
    archive.write_bytes(whole[:last] + b"XX" + whole[last + 2 :])
    corpus = read_corpus(archive, errors="skip")
    assert [a.id for a in corpus] == [p.stem for p in seeds[:2]]
    [problem] = corpus.problems
    assert problem.path == str(archive)
    assert "corrupt zip archive directory" in problem.reason
    with pytest.raises(SourceError, match="corrupt zip archive directory"):
        list(read_corpus(archive))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(
                st.characters(codec="utf-8", exclude_characters="\x00/\\"), min_size=1, max_size=12
            ),
            st.binary(max_size=300),
            st.sampled_from(_METHODS),
        ),
        max_size=6,
        unique_by=lambda m: m[0],
    ),
    st.binary(max_size=40),
)
def test_agrees_with_zipfile(members: list[tuple[str, bytes, int]], prefix: bytes) -> None:
    data = _zip(members)
    assert _read_all(prefix + data) == _stdlib(data)


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_one_go_read_leaves_every_fault_to_zipfile(method: int) -> None:
    """Whole sound members are read in one call; a fault gets `ZipExtFile`'s own error."""
    content = b"quoted words " * 200
    data = _zip([("a.txt", content, method)])
    [info] = iter_members(io.BytesIO(data))
    assert read_member(io.BytesIO(data), info, len(content)) == content
    assert read_member(io.BytesIO(data), info, 7) == content[:7]  # bounded, no CRC check
    bad = bytearray(data)
    bad[data.index(b"PK\x01\x02") + 16] ^= 0xFF  # the CRC in the directory record
    [info] = iter_members(io.BytesIO(bytes(bad)))
    with pytest.raises(zipfile.BadZipFile, match="CRC"):
        read_member(io.BytesIO(bytes(bad)), info, 1 << 20)
    [info] = iter_members(io.BytesIO(data))
    start = data.index(b"a.txt") + len(b"a.txt")  # the local header's name, then the content
    cut = data[: start + 20]
    with pytest.raises((EOFError, zipfile.BadZipFile, OSError)):
        read_member(io.BytesIO(cut), info, 1 << 20)


def test_member_larger_than_declared_is_left_to_zipfile() -> None:
    data = _zip([("bomb.txt", b"x" * 50_000, zipfile.ZIP_DEFLATED)])
    [info] = iter_members(io.BytesIO(data))
    info.file_size = 10  # the directory lies about the size: zipfile stops there, CRC fails
    with pytest.raises(zipfile.BadZipFile, match="CRC"):
        read_member(io.BytesIO(data), info, 100)
