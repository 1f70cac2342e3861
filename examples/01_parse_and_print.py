"""Parse every article in a folder and print its header, dateline and paragraph kinds.

python examples/01_parse_and_print.py [FOLDER]      (default: seeds)
"""

from __future__ import annotations

import sys

import newscorpus


def main(folder: str) -> None:
    corpus = newscorpus.read_corpus(folder, errors="skip")
    for article in corpus:
        dateline = article.dateline
        agencies = ", ".join(dateline.agencies) if dateline else ""
        where = f"{dateline.place} ({agencies or 'no agency'})" if dateline else "-"
        kinds = " ".join(p.kind for p in article.paragraphs)
        print(f"{article.id}  {article.date}  {where}")
        print(f"    {article.lede[:70]}")
        print(f"    {len(article.paragraphs)} paragraphs: {kinds}; {article.word_count} words")
    for problem in corpus.problems:
        print(f"skipped {problem.path}: {problem.reason}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "seeds")
