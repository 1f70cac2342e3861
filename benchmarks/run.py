"""Throughput, scaling and memory of newscorpus, each against a baseline measured in the same run.

    python benchmarks/run.py [--corpus PATH] [--memory-mb 250,500,1000] [--repeat 3]

Without ``--corpus`` it uses the 10,051 Reuters articles of
``../shared/eval/datelines/reuters-dev.zip`` and the 924 PolNeAR texts of
``../shared/eval/quotes/`` wrapped in the seed format (built once into
``bench-out/``) when ``../shared`` is present, else the seeds repeated. Figures
printed:

- the floor: read the same files and write their raw text to Parquet with
  plain pyarrow, no parsing;
- parse only; parse + quotes; parse + Parquet export (no quotes); parse +
  quotes + Parquet export, each as a ratio to the floor;
- ``workers=2`` against ``workers=1`` for parse + quotes + export, in alternating runs
  after a first run that starts the fork server (timed and printed on its own);
- ``read_parquet`` of one month of a ten-year partitioned dataset against a
  full scan;
- with ``--memory-mb``, the peak RSS of exporting a corpus of each size (the
  corpus repeated with fresh ids into a zip under ``bench-out/``), each export
  in its own process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import attrs
import pyarrow as pa
import pyarrow.parquet as pq

import newscorpus
from newscorpus import filters as F

ROOT = Path(__file__).resolve().parent.parent
SHARED_ZIP = ROOT.parent / "shared" / "eval" / "datelines" / "reuters-dev.zip"
SHARED_QUOTES = ROOT.parent / "shared" / "eval" / "quotes"
OUT = ROOT / "bench-out"


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other work)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def default_corpus() -> Path:
    """Reuters plus PolNeAR (wrapped in the seed format) when ``../shared`` is here.

    Built once into ``bench-out/``; without ``../shared``, the seeds repeated.
    """
    OUT.mkdir(exist_ok=True)
    if SHARED_ZIP.exists():
        target = OUT / "reuters-polnear.zip"
        if not target.exists():
            with zipfile.ZipFile(SHARED_ZIP) as src, zipfile.ZipFile(target, "w") as zf:
                for info in src.infolist():
                    if info.filename.endswith(".txt"):
                        zf.writestr(f"reuters/{Path(info.filename).name}", src.read(info))
                for name, text in polnear_articles():
                    zf.writestr(f"polnear/{name}", text)
        return target
    target = OUT / "seeds-x1000.zip"
    if not target.exists():
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        with zipfile.ZipFile(target, "w") as zf:
            for i in range(1000):
                for s in seeds:
                    zf.writestr(f"{i:04d}_{s.name}", s.read_bytes())
    return target


def polnear_articles() -> list[tuple[str, str]]:
    """The PolNeAR texts as seed-format articles: header date and title, then the text."""
    found = []
    for split in ("train", "dev"):
        index = SHARED_QUOTES / f"polnear-{split}.jsonl"
        for line in index.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            text = (SHARED_QUOTES / doc["text_file"]).read_text(encoding="utf-8")
            title = " ".join(doc["title"].split())
            found.append((f"{doc['doc_id']}.txt", f" date {doc['date']} {title}\n\n{text.strip()}"))
    return found


def floor(source: Path, out: Path) -> None:
    """Read every article file and write its raw text to Parquet: no parsing at all."""
    names: list[str] = []
    texts: list[str] = []
    if source.suffix == ".zip":
        with zipfile.ZipFile(source) as zf:
            for info in zf.infolist():
                if info.filename.endswith(".txt"):
                    names.append(info.filename)
                    texts.append(zf.read(info).decode("utf-8"))
    else:
        for path in sorted(source.rglob("*.txt")):
            names.append(path.name)
            texts.append(path.read_text(encoding="utf-8"))
    pq.write_table(pa.table({"id": names, "text": texts}), out, compression="zstd")


def one_month_vs_full(source: Path, work: Path, repeat: int) -> tuple[float, float, int, int]:
    """Spread the articles over ten years, write a partitioned dataset, read one month back."""
    articles = list(newscorpus.read_corpus(source, errors="skip").head(3000))
    start = dt.date(2011, 1, 1)
    spread = [
        attrs.evolve(a, id=f"{i:06d}", date=start + dt.timedelta(days=(i * 37) % 3650))
        for i, a in enumerate(articles * 4)
    ]
    dataset = work / "ten-years"
    newscorpus.Corpus(spread).to_parquet(dataset, quotes=False)
    month = F.since("2016-03") & F.until("2016-03")
    one = best_of(lambda: list(newscorpus.read_parquet(dataset, filter=month)), repeat)
    full = best_of(lambda: list(newscorpus.read_parquet(dataset)), repeat)
    n_month = len(list(newscorpus.read_parquet(dataset, filter=month)))
    return one, full, n_month, len(spread)


def scaled_zip(source: Path, megabytes: int) -> Path:
    """``source`` repeated with fresh ids until it holds about ``megabytes`` of text."""
    OUT.mkdir(exist_ok=True)
    target = OUT / f"scaled-{megabytes}mb.zip"
    if target.exists():
        return target
    members: list[tuple[str, bytes]] = []
    with zipfile.ZipFile(source) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist() if i.filename.endswith(".txt")]
    size = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as zf:
        copy = 0
        while size < megabytes * 1_000_000:
            for name, data in members:
                zf.writestr(f"{copy:04d}_{Path(name).name}", data)
                size += len(data)
            copy += 1
    return target


#: Prints the peak RSS of the process running it, in KiB. Not ``ru_maxrss``: Linux
#: keeps in it the peak of the address space a process had before ``execve``, and a
#: child that ``subprocess`` starts (with vfork) had its parent's. This script holds
#: one object per zip entry while it builds an archive (823,125 for the 1 GB one), and
#: its children reported that peak (325 and 552 MB for 500 MB and 1 GB), not their
#: own. ``VmHWM`` belongs to the child's own address space.
_PRINT_PEAK = (
    "import resource\n"
    "try:\n"
    "    with open('/proc/self/status') as f:\n"
    "        peak = next(int(l.split()[1]) for l in f if l.startswith('VmHWM:'))\n"
    "except (OSError, StopIteration):\n"
    "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "print(peak)\n"
)


def peak_rss_of_export(corpus: Path, out: Path, quotes: bool) -> float:
    """Peak RSS in MB of a fresh process exporting ``corpus`` to Parquet."""
    code = (
        "import sys, newscorpus\n"
        "newscorpus.read_corpus(sys.argv[1]).to_parquet(sys.argv[2], quotes=sys.argv[3] == '1')\n"
        + _PRINT_PEAK
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(corpus), str(out), "1" if quotes else "0"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout.split()[-1]) / 1024


def throughput(
    source: Path, size: int, count: int, work: Path, r: int, figures: dict[str, float]
) -> None:
    """Every timed run, each printed against the floor measured first."""

    def corpus(workers: int = 1) -> newscorpus.Corpus:
        return newscorpus.read_corpus(source, errors="skip", workers=workers)

    def touch_quotes() -> None:
        for a in corpus():
            _ = a.quotes

    runs: list[tuple[str, Callable[[], object]]] = [
        ("floor: raw text to Parquet", lambda: floor(source, work / "floor.parquet")),
        ("parse only", lambda: sum(1 for _ in corpus())),
        ("parse + quotes", touch_quotes),
        (
            "parse + Parquet (no quotes)",
            lambda: corpus().to_parquet(work / "nq.parquet", quotes=False),
        ),
        ("parse + quotes + Parquet", lambda: corpus().to_parquet(work / "q.parquet")),
    ]
    base = 0.0
    print(f"{'run':34} {'seconds':>8} {'MB/s':>7} {'articles/s':>11} {'x floor':>8}")
    for name, fn in runs:
        seconds = best_of(fn, r)
        base = base or seconds
        figures[name] = seconds
        print(
            f"{name:34} {seconds:8.3f} {size / 1e6 / seconds:7.2f} "
            f"{count / seconds:11,.0f} {seconds / base:8.2f}"
        )

    # The first run with workers starts the fork server (it imports newscorpus and pyarrow
    # once for every worker to come): a fixed cost, timed on its own, not in the pairs.
    cold = best_of(lambda: corpus(2).to_parquet(work / "w2.parquet"), 1)
    figures["workers=2 first run"] = cold
    print(f"\nworkers=2, first run in this process (starts the fork server): {cold:.3f}s")
    # Alternating runs, so that a machine whose speed drifts favours neither side.
    pairs = [
        (
            best_of(lambda: corpus(1).to_parquet(work / "w1.parquet"), 1),
            best_of(lambda: corpus(2).to_parquet(work / "w2.parquet"), 1),
        )
        for _ in range(r)
    ]
    one, two = min(p[0] for p in pairs), min(p[1] for p in pairs)
    ratio = statistics.median(a / b for a, b in pairs)
    figures["workers=1"], figures["workers=2"] = one, two
    figures["workers ratio"] = ratio
    print(
        f"workers=2 vs workers=1 (parse + quotes + Parquet): {ratio:.2f}x faster, the median "
        f"of {r} alternating pairs ("
        + ", ".join(f"{a:.3f}s / {b:.3f}s = {a / b:.2f}x" for a, b in pairs)
        + ")"
    )

    month, full, n_month, n_all = one_month_vs_full(source, work, r)
    figures["one month"], figures["full scan"] = month, full
    print(
        f"read_parquet one month ({n_month:,} of {n_all:,} rows) vs full scan: "
        f"{month:.3f}s / {full:.3f}s = {full / month:.1f}x faster"
    )


def peak_rss_of_import() -> float:
    """Peak RSS in MB of a fresh process exporting the three seeds: the fixed cost of an export."""
    code = (
        "import os, sys, tempfile, newscorpus\n"
        "with tempfile.TemporaryDirectory() as d:\n"
        "    newscorpus.read_corpus(sys.argv[1]).to_parquet(os.path.join(d, 's.parquet'))\n"
        + _PRINT_PEAK
    )
    seeds = str(Path(__file__).resolve().parent.parent / "seeds")
    done = subprocess.run(
        [sys.executable, "-c", code, seeds], check=True, capture_output=True, text=True
    )
    return int(done.stdout.split()[-1]) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="a folder or archive of article files")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--memory-mb", default="", help="comma-separated corpus sizes, e.g. 250,500,1000"
    )
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument(
        "--memory-only", action="store_true", help="skip the throughput runs (with --memory-mb)"
    )
    args = ap.parse_args()
    source = args.corpus or default_corpus()
    size = (
        sum(i.file_size for i in zipfile.ZipFile(source).infolist())
        if source.suffix == ".zip"
        else sum(p.stat().st_size for p in source.rglob("*.txt"))
    )
    count = sum(1 for _ in newscorpus.read_corpus(source, errors="skip"))
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"corpus:  {source} ({count:,} articles, {size / 1e6:.1f} MB)\n")
    figures: dict[str, float] = {}
    work = Path(tempfile.mkdtemp(prefix="newscorpus-bench-"))
    try:
        r = args.repeat

        if not args.memory_only:
            throughput(source, size, count, work, r, figures)

        sizes = [int(s) for s in args.memory_mb.split(",") if s.strip()]
        if sizes and source.suffix == ".zip":
            base = peak_rss_of_import()
            figures["rss import"] = base
            print(
                "\npeak RSS exporting (parse + quotes + Parquet, one process), of which "
                f"{base:.0f} MB is fixed (importing newscorpus and pyarrow, exporting the seeds):"
            )
            for mb in sizes:
                scaled = scaled_zip(source, mb)
                rss = peak_rss_of_export(scaled, work / f"rss-{mb}", quotes=True)
                figures[f"rss {mb} MB"] = rss
                print(f"  {mb:>5} MB corpus: {rss:7.1f} MB peak RSS")
        elif sizes:
            print(f"\npeak RSS: not measured, {source} is no zip archive to scale up")
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
