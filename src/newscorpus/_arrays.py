"""Arrow arrays built from their buffers: what ``pyarrow.array`` gives, without pandas.

``pyarrow.array`` asks pyarrow's pandas shim whether its argument is a pandas
object, and the shim imports pandas to answer, when pandas is installed: 40 MB
of memory and a fifth of a second in the export and in every worker process.
These builders lay out the same values in Arrow buffers (the ``array`` module
for numbers, one UTF-8 string for text) and wrap them with
``pyarrow.Array.from_buffers``: the same arrays, and pandas is never imported.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from array import array
from collections.abc import Sequence
from typing import Any, cast

import pyarrow as pa

__all__ = ["bitmap", "bools", "dates", "dictionary", "ints", "lists", "strings"]

_EPOCH = _dt.date(1970, 1, 1).toordinal()
_MAX_OFFSET = 2**31 - 1
_BITS = bytes.maketrans(b"\x00\x01", b"01")
_I32 = pa.int32()
_TYPECODES: dict[pa.DataType, str] = {pa.int32(): "i", pa.int64(): "q"}


def bitmap(flags: Sequence[bool]) -> pa.Buffer:
    """An Arrow bitmap: bit ``i`` (least significant first) set where ``flags[i]`` is true."""
    if not flags:
        return pa.py_buffer(b"")
    # Read as a binary number, the last flag the most significant digit.
    digits = bytes(map(bool, reversed(flags))).translate(_BITS)
    return pa.py_buffer(int(digits, 2).to_bytes((len(flags) + 7) // 8, "little"))


def _validity(values: Sequence[Any]) -> pa.Buffer | None:
    """The validity bitmap of ``values`` (None is null), or None when nothing is null."""
    if None not in values:
        return None
    return bitmap([v is not None for v in values])


def strings(values: Sequence[str | None]) -> pa.Array[Any]:
    """``pa.array(values, pa.string())``."""
    valid = _validity(values)
    texts = cast("Sequence[str]", values) if valid is None else [v or "" for v in values]
    try:
        data, lengths = _utf8(texts)
    except UnicodeEncodeError:  # lone surrogates: let pyarrow say what it says of them
        return pa.array(values, pa.string())
    if data.size > _MAX_OFFSET:
        return pa.array(values, pa.string())
    # Each step from a list: several times faster than chained iterators.
    offsets = array("i", list(itertools.accumulate(lengths, initial=0)))
    buffers = [valid, pa.py_buffer(offsets), data]
    return pa.Array.from_buffers(pa.string(), len(values), buffers)


#: Strings encoded at a time, the bytes gathered in Arrow's memory pool: the text
#: of a whole batch is never one Python object (a 1 GB export peaked at 270 MB
#: with one, 255 MB without).
_PIECE = 32


def _utf8(texts: Sequence[str]) -> tuple[pa.Buffer, list[int]]:
    """The UTF-8 bytes of ``texts`` end to end, in one Arrow buffer, and each one's length."""
    sink = pa.BufferOutputStream()
    lengths: list[int] = []
    for i in range(0, len(texts), _PIECE):
        part = texts[i : i + _PIECE]
        joined = "".join(part)
        if joined.isascii():  # a flag lookup: then a string's length is its UTF-8 length
            sink.write(joined.encode("ascii"))
            lengths.extend(map(len, part))
        else:
            encoded = [t.encode("utf-8") for t in part]
            sink.write(b"".join(encoded))
            lengths.extend(map(len, encoded))
    return sink.getvalue(), lengths


def ints(values: Sequence[int | None], type: pa.DataType) -> pa.Array[Any]:
    """``pa.array(values, type)`` for ``pa.int32()`` or ``pa.int64()``."""
    valid = _validity(values)
    numbers = array(
        _TYPECODES[type],
        cast("Sequence[int]", values) if valid is None else [v or 0 for v in values],
    )
    return pa.Array.from_buffers(type, len(values), [valid, pa.py_buffer(numbers)])


def dates(values: Sequence[_dt.date | None]) -> pa.Array[Any]:
    """``pa.array(values, pa.date32())``: days since 1970-01-01."""
    valid = _validity(values)
    days = array("i", [0 if d is None else d.toordinal() - _EPOCH for d in values])
    return pa.Array.from_buffers(pa.date32(), len(values), [valid, pa.py_buffer(days)])


def bools(values: Sequence[bool | None]) -> pa.Array[Any]:
    """``pa.array(values, pa.bool_())``."""
    valid = _validity(values)
    flags = bitmap([bool(v) for v in values])
    return pa.Array.from_buffers(pa.bool_(), len(values), [valid, flags])


def dictionary(values: Sequence[str | None]) -> pa.Array[Any]:
    """``pa.array(values, pa.string()).cast(pa.dictionary(pa.int32(), pa.string()))``.

    The dictionary holds each value once, in order of first appearance, as the cast does.
    """
    index: dict[str, int] = {}
    codes = [None if v is None else index.setdefault(v, len(index)) for v in values]
    return pa.DictionaryArray.from_arrays(ints(codes, _I32), strings(list(index)))


def lists(
    offsets: Sequence[int], values: pa.Array[Any], valid: Sequence[bool] = ()
) -> pa.Array[Any]:
    """``pa.ListArray.from_arrays(offsets, values, mask=...)``, null where ``valid`` is false.

    ``valid`` may be empty: no row is null.
    """
    validity = None if all(valid) else bitmap(valid)
    buffers = [validity, pa.py_buffer(array("i", offsets))]
    return pa.Array.from_buffers(
        pa.list_(values.type), len(offsets) - 1, buffers, children=[values]
    )
