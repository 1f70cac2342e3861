"""Each script in examples/ runs as it is, on the seeds, and prints or writes what it says."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

EXAMPLES = ROOT / "examples"


def _run(name: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_parse_and_print() -> None:
    out = _run("01_parse_and_print.py", str(SEEDS))
    assert "000_9581df6c21d385a1  2021-07-14  LONDON (UrduPoint News, Sputnik)" in out
    assert "5 paragraphs: text text tweet text caption" in out


def test_filter_by_date_and_word() -> None:
    out = _run("02_filter_by_date_and_word.py", str(SEEDS), "2021-08", "Taliban")
    assert "['001_65721658cb35620f', '002_0f553011c71fda5c']" in out
    assert "{'2021-07': 1, '2021-08': 2}" in out


def test_quotes_by_speaker() -> None:
    out = _run("03_quotes_by_speaker.py", str(SEEDS))
    first = out.splitlines()[0]
    assert first.startswith("Ben Wallace: ")
    assert "Rory Stewart: " in out
    assert '[direct] "You have to be a partner for peace' in out


def test_export_parquet_duckdb(tmp_path: Path) -> None:
    pytest.importorskip("duckdb", reason="duckdb is a dev/examples dependency")
    out = _run("04_export_parquet_duckdb.py", str(SEEDS), str(tmp_path / "ds"))
    assert out.splitlines()[:2] == ["2021-07: 1 articles", "2021-08: 2 articles"]
    assert "Ben Wallace: " in out
    assert list((tmp_path / "ds").glob("year=2021/month=*/*.parquet"))


def test_plot_weekly(tmp_path: Path) -> None:
    if importlib.util.find_spec("matplotlib") is None:
        pytest.skip("matplotlib is not installed (pip install 'newscorpus[examples]')")
    png = tmp_path / "weekly.png"
    out = _run("05_plot_weekly.py", str(SEEDS), str(png))
    assert out.startswith(f"wrote {png}: 3 articles in 3 weeks")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
