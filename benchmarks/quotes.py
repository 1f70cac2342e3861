"""Quote extraction accuracy and speed on the PolNeAR evaluation data.

Scores `newscorpus.extract_quotes` with the shared scorer (``score_quotes.py``)
on the development and training splits, and times a baseline in the same run:
a naive regex that takes every double-quoted span as a quote. Prints the
figures and the speed ratio. Exits 0 with a message when ``../shared`` is
absent (the data is copyrighted and never ships with newscorpus).

    python benchmarks/quotes.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import newscorpus

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "quotes"
NAIVE = re.compile(r"[\"“][^\"“”]{1,2000}[\"”]")


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.speaker: str | None = None
        self.speaker_span: tuple[int, int] | None = None


def naive_quotes(text: str) -> list[_Span]:
    """Every double-quoted span, no speaker: what a one-line regex gives."""
    return [_Span(m.start(), m.end()) for m in NAIVE.finditer(text)]


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_quotes", DATA / "score_quotes.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _speed(texts: list[str], impl: Any, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            impl(text)
        best = min(best, time.perf_counter() - t0)
    return sum(len(t) for t in texts) / best


def main() -> int:
    if not (DATA / "score_quotes.py").exists():
        print(f"skipped: evaluation data not found under {DATA}")
        return 0
    scorer = _scorer()
    print(
        f"{'split':6} {'impl':10} {'P':>6} {'R':>6} {'F1':>6} {'direct':>7} {'mixed':>6} "
        f"{'indir':>6} {'speaker':>8} {'chars/s':>11}"
    )
    for split in ("dev", "train"):
        gold = DATA / f"polnear-{split}.jsonl"
        docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
        texts = [(DATA / d["text_file"]).read_text(encoding="utf-8") for d in docs]
        for name, impl in (("newscorpus", newscorpus.extract_quotes), ("naive", naive_quotes)):
            res = scorer.score(gold, impl)
            kinds = res["recall_by_kind"]
            speed = _speed(texts, impl)
            print(
                f"{split:6} {name:10} {res['precision']:6.3f} {res['recall']:6.3f} "
                f"{res['f1']:6.3f} {kinds.get('direct', 0):7.3f} {kinds.get('mixed', 0):6.3f} "
                f"{kinds.get('indirect', 0):6.3f} {res['speaker_accuracy'] or 0:8.3f} "
                f"{speed:11,.0f}"
            )
        ours = _speed(texts, newscorpus.extract_quotes)
        naive = _speed(texts, naive_quotes)
        print(f"{split}: newscorpus takes {naive / ours:.1f}x the naive regex's time per char")
    return 0


if __name__ == "__main__":
    sys.exit(main())
