"""Plot articles per week and quotes per speaker to a PNG.

python examples/05_plot_weekly.py [FOLDER] [OUT.png]
(defaults: seeds, example-out/weekly.png; needs matplotlib: pip install "newscorpus[examples]")
"""

from __future__ import annotations

import collections
import datetime as dt
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

import newscorpus


def main(folder: str, out: str) -> None:
    weeks: collections.Counter[dt.date] = collections.Counter()
    speakers: collections.Counter[str] = collections.Counter()
    for article in newscorpus.read_corpus(folder, errors="skip"):
        weeks[article.date - dt.timedelta(days=article.date.weekday())] += 1
        speakers.update(q.speaker for q in article.quotes if q.speaker)
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    days = sorted(weeks)
    left.bar([d.isoformat() for d in days], [weeks[d] for d in days])
    left.set_title("articles per week (week starting)")
    left.yaxis.get_major_locator().set_params(integer=True)
    top = speakers.most_common(8)
    right.barh([s for s, _ in top][::-1], [n for _, n in top][::-1])
    right.set_title("quotes per speaker")
    fig.tight_layout()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=100)
    print(
        f"wrote {out}: {sum(weeks.values())} articles in {len(weeks)} weeks, "
        f"{sum(speakers.values())} quotes by {len(speakers)} speakers"
    )


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "seeds",
        sys.argv[2] if len(sys.argv) > 2 else "example-out/weekly.png",
    )
