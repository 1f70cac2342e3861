"""The buffer-built Arrow arrays equal what ``pyarrow.array`` builds, and pandas stays unloaded."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus._arrays import bitmap, bools, dates, dictionary, ints, lists, strings
from tests.conftest import SEEDS

_INT32 = st.integers(-(2**31), 2**31 - 1)
_INT64 = st.integers(-(2**63), 2**63 - 1)


def _same(got: pa.Array[Any], want: pa.Array[Any]) -> None:
    got.validate(full=True)
    assert got.type == want.type
    assert got.equals(want)
    assert got.to_pylist() == want.to_pylist()


@settings(deadline=None)  # the first pa.array call imports pandas
@given(st.lists(st.none() | st.text()))
def test_strings(values: list[str | None]) -> None:
    try:
        want = pa.array(values, pa.string())
    except (pa.ArrowException, UnicodeError) as exc:  # lone surrogates
        with pytest.raises(type(exc)):
            strings(values)
        return
    _same(strings(values), want)


@pytest.mark.parametrize(
    "values",
    [[], [None], ["", None, ""], ["ascii", "é", "日本", None, "😀x"], ["a" * 1000, None] * 3],
)
def test_strings_examples(values: list[str | None]) -> None:
    _same(strings(values), pa.array(values, pa.string()))


@settings(deadline=None)
@given(st.lists(st.none() | _INT32))
def test_int32(values: list[int | None]) -> None:
    _same(ints(values, pa.int32()), pa.array(values, pa.int32()))


@settings(deadline=None)
@given(st.lists(st.none() | _INT64))
def test_int64(values: list[int | None]) -> None:
    _same(ints(values, pa.int64()), pa.array(values, pa.int64()))


@settings(deadline=None)
@given(st.lists(st.none() | st.dates()))
def test_dates(values: list[dt.date | None]) -> None:
    _same(dates(values), pa.array(values, pa.date32()))


@settings(deadline=None)
@given(st.lists(st.none() | st.booleans()))
def test_bools(values: list[bool | None]) -> None:
    _same(bools(values), pa.array(values, pa.bool_()))


@settings(deadline=None)
@given(st.lists(st.booleans()))
def test_bitmap_is_lsb_first(flags: list[bool]) -> None:
    got = pa.Array.from_buffers(pa.bool_(), len(flags), [None, bitmap(flags)])
    assert got.to_pylist() == flags


@settings(deadline=None)
@given(st.lists(st.lists(st.text(alphabet="abc"), max_size=3) | st.none()))
def test_lists(rows: list[list[str] | None]) -> None:
    offsets = [0]
    flat: list[str] = []
    for row in rows:
        flat.extend(row or ())
        offsets.append(len(flat))
    got = lists(offsets, strings(flat), [row is not None for row in rows])
    _same(got, pa.array(rows, pa.list_(pa.string())))


def test_export_never_imports_pandas(tmp_path: Path) -> None:
    """pyarrow imports pandas on its first ``pyarrow.array`` call; the export makes none."""
    code = (
        "import sys, newscorpus\n"
        "c = newscorpus.read_corpus(sys.argv[1])\n"
        "c.to_parquet(sys.argv[2])\n"
        "c.to_parquet(sys.argv[3], quotes=False)\n"
        "print('pandas' in sys.modules)\n"
    )
    args = [str(SEEDS), str(tmp_path / "a.parquet"), str(tmp_path / "ds")]
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    )
    assert done.stdout.split() == ["False"]


def test_strings_with_lone_surrogates_fail_as_pyarrow_does() -> None:
    with pytest.raises(UnicodeEncodeError):
        pa.array(["a", None, "b\udcff"], pa.string())
    with pytest.raises(UnicodeEncodeError):
        strings(["a", None, "b\udcff"])


@settings(deadline=None)
@given(st.lists(st.none() | st.sampled_from(["text", "tweet", "caption", "", "é"])))
def test_dictionary(values: list[str | None]) -> None:
    want = pa.array(values, pa.string()).cast(pa.dictionary(pa.int32(), pa.string()))
    got = dictionary(values)
    _same(got, want)
    assert got.nbytes == want.nbytes  # partitioned writes weigh batches by their bytes
