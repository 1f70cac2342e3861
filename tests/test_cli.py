"""The command line, run in-process on the seeds; one run through ``python -m``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import newscorpus
from newscorpus.cli import main

from .conftest import SEEDS

SEED0 = str(SEEDS / "000_9581df6c21d385a1.txt")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"newscorpus {newscorpus.__version__}\n"


def test_python_dash_m_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newscorpus", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"newscorpus {newscorpus.__version__}"


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", SEED0]) == 0
    out = capsys.readouterr().out
    assert "date      2021-07-14" in out
    assert "dateline  LONDON (UrduPoint News / Sputnik - 14th July, 2021)" in out
    assert "  agencies  UrduPoint News, Sputnik" in out
    assert "paragraphs (8," in out
    assert "direct   Ben Wallace (stressed)" in out


def test_quotes_filtered_by_speaker(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(SEEDS), "--speaker", "Wallace", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows
    assert {r["speaker"] for r in rows} == {"Ben Wallace"}
    assert {"direct", "indirect", "mixed"} >= {r["kind"] for r in rows}
    assert {r["article_id"][:3] for r in rows} == {"000", "002"}


def test_quotes_csv_has_header(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(SEEDS), "--format", "csv", "--since", "2021-08-16"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "article_id,date,kind,speaker,cue,quote"
    assert all(line.startswith("001_") for line in lines[1:])


def test_stats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("articles  3\n")
    assert "        1  2021-07" in out
    assert "        2  2021-08" in out
    assert "        2  LONDON" in out
    assert "Rory Stewart" in out


def test_export_parquet_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seeds.parquet"
    assert main(["export", str(SEEDS), "-o", str(out), "--contains", "Taliban", "-q"]) == 0
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert sorted(str(i) for i in table.column("id").to_pylist())[0] == "000_9581df6c21d385a1"
    jsonl = tmp_path / "seeds.jsonl"
    assert main(["export", str(SEEDS), "-o", str(jsonl), "--until", "2021-07-31", "-q"]) == 0
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["000_9581df6c21d385a1"]
    assert capsys.readouterr().out == ""  # data went to files, nothing to stdout


def test_validate_reports_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text(" date 2021-01-02 L\n\nBody.", encoding="utf-8")
    (tmp_path / "no_header.txt").write_text("Just prose.", encoding="utf-8")
    (tmp_path / "bad_date.txt").write_text(" date 2021-02-30 L\n\nBody.", encoding="utf-8")
    assert main(["validate", str(tmp_path), "-q"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert any("bad_date.txt:1:7: " in line and "calendar date" in line for line in lines)
    assert any("no_header.txt:1:1: " in line for line in lines)


def test_errors_are_one_line_with_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "does/not/exist.txt"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert main(["stats", str(SEEDS), "--since", "not a date at all"]) == 2
    assert main(["frobnicate"]) == 2


def test_demo_writes_parquet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo" / "seeds.parquet"
    assert main(["demo", str(SEEDS), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "3 articles from" in text
    assert "tweet     Sky News (@SkyNews)" in text
    assert pq.read_table(out).num_rows == 3
