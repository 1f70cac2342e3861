"""Who said what: every quote in a folder, grouped by speaker.

python examples/03_quotes_by_speaker.py [FOLDER]      (default: seeds)
"""

from __future__ import annotations

import collections
import sys

import newscorpus


def main(folder: str) -> None:
    by_speaker: dict[str, list[str]] = collections.defaultdict(list)
    for article in newscorpus.read_corpus(folder, errors="skip"):
        for quote in article.quotes:
            text = " ".join(quote.text.split())
            by_speaker[quote.speaker or "(unknown)"].append(f"[{quote.kind}] {text[:70]}")
    for speaker, quotes in sorted(by_speaker.items(), key=lambda kv: -len(kv[1])):
        print(f"{speaker}: {len(quotes)} quote(s)")
        for line in quotes:
            print(f"    {line}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "seeds")
