"""Dateline accuracy and parse speed on the Reuters-21578 evaluation archive.

Runs the shared scorer's rule (place before the first comma, case-insensitive;
dateline date) over ``../shared/eval/datelines`` and prints the figures next to
a baseline measured in the same run: a naive "words before the first comma"
regex. Exits 0 with a message when the evaluation data is absent.

    python benchmarks/datelines.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
import zipfile
from pathlib import Path

import newscorpus

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "datelines"
NAIVE = re.compile(r"([^,\n]{1,60}),[^-\n]{0,60}?-")


def main() -> int:
    archive, gold_path = DATA / "reuters-dev.zip", DATA / "reuters-dev-datelines.jsonl"
    if not archive.exists() or not gold_path.exists():
        print(f"skipped: evaluation data not found under {DATA}")
        return 0
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    rows = [g for g in gold if g["dateline_date"]]
    with zipfile.ZipFile(archive) as zf:
        texts = [zf.read(g["file"]).decode("utf-8") for g in rows]
    chars = sum(len(t) for t in texts)

    t0 = time.perf_counter()
    parsed = [
        newscorpus.parse_article(t, id=g["file"][:-4]) for t, g in zip(texts, rows, strict=True)
    ]
    ours = time.perf_counter() - t0
    place_ok = date_ok = found = 0
    for a, g in zip(parsed, rows, strict=True):
        if a.dateline is None:
            continue
        found += 1
        place_ok += (a.dateline.place or "").upper() == g["place"].upper()
        date_ok += a.dateline.date == dt.date.fromisoformat(g["dateline_date"])

    t0 = time.perf_counter()
    naive_ok = 0
    for t, g in zip(texts, rows, strict=True):
        body = t.partition("\n\n")[2]
        m = NAIVE.match(body)
        naive_ok += bool(m) and m.group(1).strip().upper() == g["place"].upper()  # type: ignore[union-attr]
    naive = time.perf_counter() - t0

    n = len(rows)
    print(f"articles scored        {n}")
    print(f"dateline found         {found / n:.4f}")
    print(f"place accuracy         {place_ok / n:.4f}")
    print(f"  naive first comma    {naive_ok / n:.4f}   (no dates; any paragraph is a dateline)")
    print(f"date accuracy          {date_ok / n:.4f}")
    print(f"full parse speed       {chars / ours:,.0f} chars/s ({n / ours:,.0f} articles/s)")
    print(f"naive regex speed      {chars / naive:,.0f} chars/s; parse takes {ours / naive:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
