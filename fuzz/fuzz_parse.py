"""Atheris fuzz target: bytes -> decode -> parse -> quotes -> format -> parse again.

Any exception other than a `NewscorpusError` is a crash, and so is a parsed
article that does not survive `format_article`. Run with ``make fuzz``
(``FUZZ_SECONDS=600 make fuzz`` for longer).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newscorpus


def test_one_input(data: bytes) -> None:
    try:
        text = newscorpus.decode_bytes(data)
        article = newscorpus.parse_article(text)
    except newscorpus.NewscorpusError:
        return
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text
    again = newscorpus.parse_article(newscorpus.format_article(article), id=article.id)
    assert again == article, (article, again)
    newscorpus.extract_quotes(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
