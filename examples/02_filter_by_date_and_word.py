"""Filter a folder by date and by words, and combine filters with & | ~.

python examples/02_filter_by_date_and_word.py [FOLDER] [SINCE] [WORD]
(defaults: seeds, 2021-08, Taliban)
"""

from __future__ import annotations

import sys

import newscorpus
from newscorpus import filters as F


def main(folder: str, since: str, word: str) -> None:
    corpus = newscorpus.read_corpus(folder, errors="skip")
    recent = corpus.filter(since=since, contains=word)
    print(f"since {since} mentioning {word!r}: {[a.id for a in recent]}")
    older_or_quoted = corpus.filter(~F.since(since) | F.has_quotes())
    print(f"before {since}, or with quotes: {older_or_quoted.count()} articles")
    print("articles by month:", corpus.count_by("month"))


if __name__ == "__main__":
    args = sys.argv[1:] + ["seeds", "2021-08", "Taliban"][len(sys.argv) - 1 :]
    main(*args[:3])
