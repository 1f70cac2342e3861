"""Stream the members of a zip archive without holding its directory in memory.

`zipfile.ZipFile` reads the whole central directory when it opens an archive:
one `ZipInfo` (about half a kilobyte) per member, a gigabyte of short articles
is a million members and half a gigabyte of memory before the first article is
parsed. Here the directory is read one record at a time from its own file
handle, and each member is decompressed (and its CRC checked) by the standard
library's `zipfile.ZipExtFile`, so memory stays flat whatever the archive holds.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO

__all__ = ["ZipFormatError", "iter_members", "read_member"]

_EOCD = struct.Struct("<4s4H2LH")  # end of central directory record
_EOCD_SIG = b"PK\x05\x06"
_LOCATOR = struct.Struct("<4sLQL")  # zip64 end of central directory locator
_LOCATOR_SIG = b"PK\x06\x07"
_EOCD64 = struct.Struct("<4sQ2H2L4Q")  # zip64 end of central directory record
_EOCD64_SIG = b"PK\x06\x06"
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # central directory file header
_CENTRAL_SIG = b"PK\x01\x02"
_LOCAL = struct.Struct("<4s2B4HL2L2H")  # local file header
_LOCAL_SIG = b"PK\x03\x04"
_MAX_COMMENT = 0xFFFF
_ZIP64_EXTRA = 0x0001
_UTF8_NAME = 0x800
_ENCRYPTED = 0x1
_UNSUPPORTED_FLAGS = 0x20 | 0x40  # compressed patched data, strong encryption


class ZipFormatError(Exception):
    """The archive, or one of its members, is not a readable zip structure."""


def iter_members(f: BinaryIO) -> Iterator[zipfile.ZipInfo]:
    """The archive's members in directory order, read one record at a time.

    ``f`` is a seekable binary file used for the directory alone; read members
    through another handle (`read_member`). Raises `ZipFormatError` when the
    archive has no valid directory, possibly after yielding the members before
    a corrupt record.
    """
    start, size, concat = _directory_extent(f)
    f.seek(start)
    pos = 0
    while pos < size:
        head = f.read(_CENTRAL.size)
        if len(head) != _CENTRAL.size:
            raise ZipFormatError("truncated central directory")
        rec = _CENTRAL.unpack(head)
        if rec[0] != _CENTRAL_SIG:
            raise ZipFormatError("bad magic number in the central directory")
        name_len, extra_len, comment_len = rec[12], rec[13], rec[14]
        raw_name = f.read(name_len)
        extra = f.read(extra_len)
        f.seek(comment_len, 1)
        pos += _CENTRAL.size + name_len + extra_len + comment_len
        flags = rec[5]
        name = raw_name.decode("utf-8" if flags & _UTF8_NAME else "cp437", "replace")
        info = zipfile.ZipInfo(name)
        info.flag_bits = flags
        info.compress_type = rec[6]
        info.CRC = rec[9]
        compress_size, file_size, offset = _zip64_sizes(rec[10], rec[11], rec[18], extra)
        info.compress_size = compress_size
        info.file_size = file_size
        info.header_offset = offset + concat
        info.external_attr = rec[17]
        yield info


def read_member(f: BinaryIO, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Up to ``limit`` bytes of the member's decompressed content, CRC-checked when complete.

    Raises `ZipFormatError` for a bad local header or an encrypted member, and
    whatever `zipfile` raises for corrupt compressed data.
    """
    if info.flag_bits & _ENCRYPTED:
        raise ZipFormatError("member is encrypted")
    if info.flag_bits & _UNSUPPORTED_FLAGS:
        raise ZipFormatError(
            "member uses an unsupported zip feature (patch data or strong encryption)"
        )
    f.seek(info.header_offset)
    head = f.read(_LOCAL.size)
    if len(head) != _LOCAL.size or head[:4] != _LOCAL_SIG:
        raise ZipFormatError("bad local file header")
    rec = _LOCAL.unpack(head)
    start = f.seek(rec[10] + rec[11], 1)  # name and extra field
    whole = _read_whole(f, info, limit)
    if whole is not None:
        return whole
    f.seek(start)
    with zipfile.ZipExtFile(f, "r", info) as member:
        return member.read(limit)


def _read_whole(f: BinaryIO, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """The member read in one go, when it is stored or deflated, whole and sound; else None.

    `zipfile.ZipExtFile` costs more than a short article's parse in Python
    calls. This path reads the compressed bytes in one call and returns them
    only if they come out at the declared size, within ``limit``, with the
    declared CRC; anything else (a truncated, corrupt or oversized member) is
    left to `ZipExtFile`, so errors stay exactly what `zipfile` says.
    """
    size = info.file_size
    if info.compress_size > limit or size > limit:
        return None
    raw = f.read(info.compress_size)
    if len(raw) != info.compress_size:
        return None
    if info.compress_type == zipfile.ZIP_STORED:
        data = raw
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflate = zlib.decompressobj(-15)
        try:
            data = inflate.decompress(raw, size + 1)
        except zlib.error:
            return None
        if not inflate.eof:
            return None
    else:
        return None
    if len(data) != size or zlib.crc32(data) != info.CRC:
        return None
    return data


def _directory_extent(f: BinaryIO) -> tuple[int, int, int]:
    """(start, size, bytes prepended to the archive) of the central directory."""
    end = f.seek(0, 2)
    tail_len = min(end, _EOCD.size + _MAX_COMMENT)
    f.seek(end - tail_len)
    tail = f.read(tail_len)
    at = _find_end_record(tail)
    if at < 0:
        raise ZipFormatError("File is not a zip file (no end of central directory record)")
    rec = _EOCD.unpack_from(tail, at)
    eocd_pos = end - tail_len + at
    size, offset = rec[5], rec[6]
    records = eocd_pos
    if 0xFFFF in (rec[3], rec[4]) or 0xFFFFFFFF in (size, offset):
        size, offset, records = _zip64_extent(f, eocd_pos, size, offset)
    concat = records - size - offset
    start = offset + concat
    if start < 0:
        raise ZipFormatError("bad offset for the central directory")
    return start, size, concat


def _find_end_record(tail: bytes) -> int:
    """Where the end record starts in ``tail``, or -1.

    The archive comment may itself hold the record's signature, so the record
    whose comment length reaches exactly to the end wins; failing that (bytes
    appended after the archive), the last complete one, as `zipfile` does.
    """
    fallback = -1
    at = tail.rfind(_EOCD_SIG)
    while at >= 0:
        if at + _EOCD.size <= len(tail):
            if at + _EOCD.size + _EOCD.unpack_from(tail, at)[7] == len(tail):
                return at
            if fallback < 0:
                fallback = at
        at = tail.rfind(_EOCD_SIG, 0, at)
    return fallback


def _zip64_extent(f: BinaryIO, eocd_pos: int, size: int, offset: int) -> tuple[int, int, int]:
    """The zip64 directory size and offset, and where the zip64 records begin."""
    if eocd_pos < _LOCATOR.size:
        return size, offset, eocd_pos
    f.seek(eocd_pos - _LOCATOR.size)
    loc = _LOCATOR.unpack(f.read(_LOCATOR.size))
    if loc[0] != _LOCATOR_SIG:
        return size, offset, eocd_pos  # values that merely look like zip64 markers
    rec_pos = eocd_pos - _LOCATOR.size - _EOCD64.size
    if rec_pos < 0:
        raise ZipFormatError("truncated zip64 end of central directory record")
    f.seek(rec_pos)
    rec = _EOCD64.unpack(f.read(_EOCD64.size))
    if rec[0] != _EOCD64_SIG:
        raise ZipFormatError("bad zip64 end of central directory record")
    return rec[8], rec[9], rec_pos


def _zip64_sizes(
    compress_size: int, file_size: int, offset: int, extra: bytes
) -> tuple[int, int, int]:
    """Replace 0xFFFFFFFF markers by the 64-bit values of the zip64 extra field."""
    if 0xFFFFFFFF not in (compress_size, file_size, offset):
        return compress_size, file_size, offset
    i = 0
    while i + 4 <= len(extra):
        tag, length = struct.unpack_from("<2H", extra, i)
        body = extra[i + 4 : i + 4 + length]
        i += 4 + length
        if tag != _ZIP64_EXTRA:
            continue
        values = [v for (v,) in struct.iter_unpack("<Q", body[: len(body) // 8 * 8])]
        if file_size == 0xFFFFFFFF and values:
            file_size = values.pop(0)
        if compress_size == 0xFFFFFFFF and values:
            compress_size = values.pop(0)
        if offset == 0xFFFFFFFF and values:
            offset = values.pop(0)
        break
    return compress_size, file_size, offset
