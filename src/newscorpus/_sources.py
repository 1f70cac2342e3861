"""Where articles come from: folders, globs, lists of paths and archives, as a stream of inputs.

`iter_inputs` lists a source lazily, in a stable order, and yields one `Input`
per article file, or the `NewscorpusError` met while listing (a symlink loop,
an unreadable folder, a corrupt or oversized archive member). `parse_input`
turns one `Input` into an `Article`. Archive members are read in memory with a
bounded read and never extracted: a member called ``../../etc/passwd`` is just
a name. `Problem` records an input that was skipped.
"""

from __future__ import annotations

import glob as _glob
import lzma
import os
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, Literal, NamedTuple, Union

import attrs

from newscorpus import _ziparchive
from newscorpus._parse import parse_text
from newscorpus.errors import InputTooLargeError, NewscorpusError, ParseError, SourceError
from newscorpus.model import Article, Quote
from newscorpus.parse import decode_bytes

__all__ = [
    "DEFAULT_MAX_MEMBER_BYTES",
    "Input",
    "Problem",
    "SourceKind",
    "ZipMember",
    "classify_source",
    "iter_inputs",
    "parse_chunk",
    "parse_input",
]

#: Cap on the bytes read from one file or archive member (after decompression): 64 MiB.
DEFAULT_MAX_MEMBER_BYTES = 64 * 1024 * 1024

_TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_GLOB_CHARS = frozenset("*?[")

SourceKind = Literal["files", "parquet", "jsonl"]
SourceLike = Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]]


@attrs.frozen
class Problem:
    """An input skipped under ``errors="skip"``: where it is and why it was skipped.

    ``line`` and ``column`` are 1-based and set when the error has a position
    (a `ParseError`); ``error`` names the exception class.

    >>> p = Problem(path="a.txt", reason="expected a header line", error="ParseError", line=1)
    >>> str(p)
    'a.txt:1: expected a header line (ParseError)'
    """

    path: str
    reason: str
    error: str
    line: int | None = None
    column: int | None = None

    @classmethod
    def from_error(cls, err: NewscorpusError, *, path: str) -> Problem:
        """The problem an error stands for; ``path`` is used when the error names none."""
        line = column = None
        if isinstance(err, ParseError):
            line, column = err.line, err.column
        return cls(
            path=err.path or path,
            reason=err.message,
            error=type(err).__name__,
            line=line,
            column=column,
        )

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.reason} ({self.error})"


class ZipMember(NamedTuple):
    """Where a zip archive member lies, so that the process parsing it reads it itself.

    The fields are those of the member's central directory record that reading
    it needs (see `newscorpus._ziparchive.read_member`). A named tuple: listing
    makes one per member, and a tuple costs a tenth of a frozen attrs class to
    build (and pickles as its fields).
    """

    archive: str
    name: str
    header_offset: int
    compress_type: int
    compress_size: int
    file_size: int
    crc: int
    flag_bits: int

    @classmethod
    def of(cls, archive: str, info: zipfile.ZipInfo) -> ZipMember:
        return cls(
            archive,
            info.filename,
            info.header_offset,
            info.compress_type,
            info.compress_size,
            info.file_size,
            info.CRC,
            info.flag_bits,
        )

    def info(self) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(self.name)
        info.header_offset = self.header_offset
        info.compress_type = self.compress_type
        info.compress_size = self.compress_size
        info.file_size = self.file_size
        info.CRC = self.crc
        info.flag_bits = self.flag_bits
        return info


class Input(NamedTuple):
    """One article file to parse: ``data`` in memory, an archive ``member`` or the file ``path``.

    A named tuple, like `ZipMember`: one is made per input listed.
    """

    path: str
    id: str
    data: bytes | None = None
    member: ZipMember | None = None

    def __repr__(self) -> str:
        return f"Input(path={self.path!r}, id={self.id!r})"

    @property
    def size(self) -> int:
        """Its bytes when known before reading (0 for a plain file, which is not stat'ed)."""
        if self.data is not None:
            return len(self.data)
        return self.member.file_size if self.member is not None else 0


Listed = Union[Input, NewscorpusError]  # noqa: UP007 (a runtime alias, Python 3.10)
"""What listing a source yields: an input to parse, or an error met while listing."""


def classify_source(source: SourceLike) -> SourceKind:
    """Whether ``source`` holds article files, a newscorpus Parquet dataset or JSON Lines."""
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        if name.endswith(".parquet"):
            return "parquet"
        if name.endswith(".jsonl"):
            return "jsonl"
        if os.path.isdir(name) and _first_data_suffix(name) == ".parquet":
            return "parquet"
    return "files"


def check_source(source: SourceLike) -> None:
    """Raise `SourceError` now when ``source`` names nothing at all (a typo, an empty glob)."""
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        if os.path.lexists(name):
            return
        if _GLOB_CHARS & set(name):
            if next(_glob.iglob(name, recursive=True), None) is None:
                raise SourceError("no file matches this glob", path=name)
            return
        raise SourceError("no such file or folder", path=name)
    if isinstance(source, bytes):
        raise TypeError(f"source must be a path, a glob or a list of paths (got {source!r})")


def iter_inputs(source: SourceLike, *, max_bytes: int, defer_zip: bool = False) -> Iterator[Listed]:
    """List the article inputs of ``source`` lazily, in a stable order.

    A folder is walked recursively for ``*.txt`` files, names sorted; a glob's
    matches are sorted; a list keeps its order; archive members come in
    archive order (``*.txt`` members only). With ``defer_zip`` a zip member
    is listed by where it lies (`Input.member`) and read only when parsed, by
    whichever process parses it.
    """
    names = [source] if isinstance(source, (str, os.PathLike)) else source
    for item in names:
        yield from _iter_path(os.fspath(item), max_bytes=max_bytes, top=True, defer=defer_zip)


def parse_input(
    item: Input, *, max_bytes: int, archives: dict[str, BinaryIO] | None = None
) -> Article:
    """Read, decode and parse one input; raises a `NewscorpusError` subclass on bad input.

    ``archives`` holds the zip archives opened so far to read deferred members
    (`Input.member`), by path; the caller closes them.
    """
    if item.data is not None:
        data = item.data
    elif item.member is not None:
        opened: dict[str, BinaryIO] = {} if archives is None else archives
        try:
            data = _read_deferred(item.member, max_bytes, opened)
        finally:
            if archives is None:
                _close_all(opened)
    else:
        data = _read_file(item.path, max_bytes)
    # `parse_article` without its argument checks: the id and path are strings.
    return parse_text(decode_bytes(data, path=item.path), item.id, item.path)


Outcome = Union[Article, tuple[Article, tuple[Quote, ...]], NewscorpusError]  # noqa: UP007


def parse_chunk(items: list[Listed], max_bytes: int, with_quotes: bool) -> list[Outcome]:
    """Parse a chunk of inputs in a worker process; errors come back as values, in order.

    With ``with_quotes`` each article comes with its quotes, computed here so
    that the parent process does not have to.
    """
    return [
        (found, found.quotes) if with_quotes and isinstance(found, Article) else found
        for found in iter_parsed(items, max_bytes)
    ]


def iter_parsed(items: Iterable[Listed], max_bytes: int) -> Iterator[Article | NewscorpusError]:
    """Parse listed inputs in order; an input that fails gives its error in its place."""
    archives: dict[str, BinaryIO] = {}
    try:
        for item in items:
            if isinstance(item, NewscorpusError):
                yield item
                continue
            try:
                yield parse_input(item, max_bytes=max_bytes, archives=archives)
            except NewscorpusError as err:
                yield err
    finally:
        _close_all(archives)


def _iter_path(name: str, *, max_bytes: int, top: bool, defer: bool) -> Iterator[Listed]:
    if os.path.isdir(name):
        yield from _walk(name, ancestors=frozenset())
    elif name.endswith(".zip"):
        yield from _iter_zip(name, max_bytes, defer=defer)
    elif name.endswith(_TAR_SUFFIXES):
        yield from _iter_tar(name, max_bytes)
    elif top and not os.path.lexists(name) and _GLOB_CHARS & set(name):
        for match in sorted(_glob.glob(name, recursive=True)):
            yield from _iter_path(match, max_bytes=max_bytes, top=False, defer=defer)
    elif top or name.endswith(".txt"):
        yield Input(path=name, id=Path(name).stem)


def _walk(folder: str, *, ancestors: frozenset[tuple[int, int]]) -> Iterator[Listed]:
    """Walk ``folder`` depth first in name order, following links but not loops."""
    try:
        st = os.stat(folder)
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            yield SourceError("symlink loop: this folder links back to one above it", path=folder)
            return
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield SourceError(f"cannot list folder: {exc.strerror or exc}", path=folder)
        return
    inner = ancestors | {key}
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(entry.path, ancestors=inner)
        elif entry.name.endswith(".txt"):
            yield Input(path=entry.path, id=_member_id(entry.name))


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise SourceError("not a regular file", path=path)
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}", path=path) from exc
    if len(data) > max_bytes:
        raise InputTooLargeError(f"file is over the cap of {max_bytes:,} bytes", path=path)
    return data


def _member_id(member: str) -> str:
    """``PurePosixPath(member).stem or member`` for a name ending in ``.txt``, without pathlib."""
    name = member.rpartition("/")[2]
    dot = name.rfind(".")
    return (name[:dot] if 0 < dot < len(name) - 1 else name) or member


def _member_input(
    archive: str, member: str, data: bytes | None, where: ZipMember | None = None
) -> Input:
    """An archive member's input: its bytes, or where it lies (a deferred zip member)."""
    return Input(f"{archive}/{member}", _member_id(member), data, where)


def _close_all(archives: dict[str, BinaryIO]) -> None:
    for f in archives.values():
        f.close()


def _read_deferred(member: ZipMember, max_bytes: int, archives: dict[str, BinaryIO]) -> bytes:
    """Read a member listed with ``defer_zip``, opening its archive once for ``archives``."""
    f = archives.get(member.archive)
    if f is None:
        try:
            f = archives[member.archive] = open(member.archive, "rb")  # noqa: SIM115
        except OSError as exc:
            where = f"{member.archive}/{member.name}"
            raise SourceError(f"cannot read archive member: {exc}", path=where) from exc
    return _read_zip_member(f, member.info(), member.archive, max_bytes)


def _iter_zip(archive: str, max_bytes: int, *, defer: bool) -> Iterator[Listed]:
    """Members in directory order, the directory streamed (see `newscorpus._ziparchive`).

    With ``defer`` members are not read here: each `Input` says where its member lies.
    """
    try:
        directory = open(archive, "rb")  # noqa: SIM115 (closed by the with below)
        data_file = open(archive, "rb")  # noqa: SIM115
    except OSError as exc:
        yield SourceError(f"cannot open zip archive: {exc.strerror or exc}", path=archive)
        return
    with directory, data_file:
        members = _ziparchive.iter_members(directory)
        listed = 0
        while True:
            try:
                info = next(members, None)
            except (_ziparchive.ZipFormatError, OSError, struct.error) as exc:
                what = "corrupt zip archive directory" if listed else "cannot open zip archive"
                yield SourceError(f"{what}: {exc}", path=archive)
                return
            listed += 1
            if info is None:
                return
            if info.is_dir() or not info.filename.endswith(".txt"):
                continue
            if defer:
                yield _member_input(archive, info.filename, None, ZipMember.of(archive, info))
                continue
            try:
                data = _read_zip_member(data_file, info, archive, max_bytes)
            except NewscorpusError as err:
                yield err
                continue
            yield _member_input(archive, info.filename, data)


_ZIP_MEMBER_ERRORS = (
    _ziparchive.ZipFormatError,
    OSError,
    zipfile.BadZipFile,  # a bad CRC
    zlib.error,
    lzma.LZMAError,
    RuntimeError,
    NotImplementedError,  # an unknown compression method
    ValueError,
    EOFError,  # a truncated member
    struct.error,
)


def _read_zip_member(
    data_file: BinaryIO, info: zipfile.ZipInfo, archive: str, max_bytes: int
) -> bytes:
    where = f"{archive}/{info.filename}"
    try:
        # Bounded read: the directory's declared size is not trusted.
        data = _ziparchive.read_member(data_file, info, max_bytes + 1)
    except _ZIP_MEMBER_ERRORS as exc:
        raise SourceError(f"cannot read archive member: {exc}", path=where) from exc
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"archive member is over the cap of {max_bytes:,} bytes once decompressed",
            path=where,
        )
    return data


def _iter_tar(archive: str, max_bytes: int) -> Iterator[Listed]:
    try:
        tf = tarfile.open(archive, "r:*")  # noqa: SIM115 (closed by the with below)
    except (OSError, tarfile.TarError, EOFError, zlib.error) as exc:
        yield SourceError(f"cannot open tar archive: {exc}", path=archive)
        return
    with tf:
        members = _tar_members(tf, archive)
        for member in members:
            if isinstance(member, NewscorpusError):
                yield member
                return
            if not member.name.endswith(".txt") or member.isdir():
                continue
            where = f"{archive}/{member.name}"
            if not member.isfile():
                yield SourceError("archive member is a link, not a regular file", path=where)
                continue
            try:
                f = tf.extractfile(member)
                data = b"" if f is None else f.read(max_bytes + 1)
            except (OSError, tarfile.TarError, EOFError, zlib.error) as exc:
                yield SourceError(f"cannot read archive member: {exc}", path=where)
                continue
            if len(data) > max_bytes:
                yield InputTooLargeError(
                    f"archive member is over the cap of {max_bytes:,} bytes once decompressed",
                    path=where,
                )
                continue
            yield _member_input(archive, member.name, data)


def _tar_members(tf: tarfile.TarFile, archive: str) -> Iterator[tarfile.TarInfo | SourceError]:
    """The members of a tar archive, streamed; a corrupt tail ends the stream with an error.

    `tarfile` remembers every member it has read (``members``), a list as long
    as the archive; links are never followed here, so it is emptied as we go
    and memory stays flat.
    """
    while True:
        try:
            member = tf.next()
        except (OSError, tarfile.TarError, EOFError, zlib.error) as exc:
            yield SourceError(f"corrupt tar archive: {exc}", path=archive)
            return
        if member is None:
            return
        tf.members.clear()  # type: ignore[attr-defined]  # not in the stubs
        yield member


def _first_data_suffix(folder: str) -> str | None:
    """``.parquet`` or ``.txt``: whichever kind of file a walk of ``folder`` meets first."""
    for _root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".parquet", ".txt")):
                return Path(name).suffix
    return None
