"""Every pattern that sees untrusted text runs in linear time on adversarial input.

Patterns are collected from the modules' namespaces, so a new one is covered
without touching this test. Timings are compared as ratios between sizes (the
best of a few runs), never against a wall clock.
"""

from __future__ import annotations

import importlib
import re
import time
from collections.abc import Callable

import pytest

import newscorpus

MODULES = [
    "newscorpus._patterns",
    "newscorpus.dateline",
    "newscorpus.embedded",
    "newscorpus.parse",
    "newscorpus._parse",
    "newscorpus._tokens",
    "newscorpus._marks",
    "newscorpus._cues",
    "newscorpus._sentences",
    "newscorpus._subjects",
    "newscorpus._mentions",
    "newscorpus._content",
    "newscorpus._labels",
    "newscorpus._headlines",
    "newscorpus._attributions",
    "newscorpus.quotes",
    "newscorpus._speakers",
    "newscorpus.filters",
]

UNITS = [
    "a ",
    "A",
    '"',
    "“a ",
    "(",
    "((",
    "-",
    " - ",
    ", ",
    "LONDON ",
    "LONDON, ",
    "@",
    "(@a) ",
    "http://",
    "https://t.co/",
    " ",
    "\t",
    "\n \n",
    ". A",
    "said ",
    "he said, ",
    "Mr. ",
    "' ",
    ":",
    "— a (",
    "via Getty Images ",
    "quickly ",
    "‘a ",
    "’s ",
    ", and ",
    "—and ",
    "Ab Cd, ",
    "- Ab ",
    "but he ",
    ", who, ",
    ", which is why ",
    ", though she ",
    "told ab that he ",
    "And then ",
    "to ab ",
    "To Ab ",
    " by ",
    "ab\t",
    # Headline labels, colons before quotes, question openers, naming, long lines.
    " - Ab Cd: “",
    " - Ab Cd ",
    ":\u00a0",
    ': "a," he said ',
    "Asked whether a, ",
    "a group called “Ab” ",
    # Run-on "sentences" holding hundreds of cues and quotes.
    'a group called "',
    '"a," he said. ',
    "Wow: ",
    # Agencies between slashes and dashes glued to a place (datelines).
    " /AB/",
    "A /B/ -- ",
    "A--",
    # The person told, before a "that" (quotes).
    "told ab ",
    "b that",
    # Plural possessives inside single-quoted text, then apostrophes that close nothing.
    "'A s' b x'y ",
    "‘A s’ b x’y ",
    "Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd\n",
    ", which Ab ",
    "that, in ",
    "that when ",
    "— ",
    "his ",
    "Its Their ",
    "smiled and ",
    "a, according to Ab, ",
    "Ab said a, the paper reported, ",
    "ab and quickly ",
    # Participles and adverbs opening sentences, and the comma that closes them.
    "Holding ab, ",
    "Abcdefing ",
    "Hastily abing, the ab said ",
    ",” ab ",
    # Names and the pronouns after them (a speaker's sex).
    "Ab said he ",
    "Mrs. Ab said she, ",
    # Sources after a cue: an asker after "by", a poll or report opening a sentence.
    "asked by ab ",
    " by Ab Cd ",
    "In a poll ",
    "As reported by ",
    ", said Ab, director of ",
]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(id(value), (f"{name}.{attr}", value))
    return sorted(found.values())


def _best(fn: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _time(fn: Callable[[str], object], unit: str, size: int, runs: int = 3) -> float:
    text = unit * (size // len(unit) + 1)
    return max(_best(lambda: fn(text), runs), 2e-4)


def _check_linear(fn: Callable[[str], object], what: str) -> None:
    """10 KB, 100 KB for every unit; 1 MB for the unit that grew most.

    The bounds sit between linear and quadratic growth with room on both sides,
    because CI machines are shared: ten times the input may take up to 40 times as
    long (quadratic: 100), a hundred times up to 1,000 times (quadratic: 10,000;
    n**1.5 reaches it). Cache effects alone make a linear scan of 1 MB cost 3-4 times
    more per byte than one of 10 KB.
    """
    growth = {}
    for unit in UNITS:
        growth[unit] = _time(fn, unit, 100_000, runs=1) / _time(fn, unit, 10_000)
    unit, worst = max(growth.items(), key=lambda kv: kv[1])
    if worst >= 40:  # one slow run on a busy machine is not evidence: measure again
        worst = _time(fn, unit, 100_000) / _time(fn, unit, 10_000)
    assert worst < 40, f"{what}: {unit!r} x10 took {worst:.0f}x the time"
    big = _time(fn, unit, 1_000_000, runs=1) / _time(fn, unit, 10_000)
    if big >= 1_000:  # as above: a busy machine's one slow run is measured again
        big = _time(fn, unit, 1_000_000) / _time(fn, unit, 10_000)
    assert big < 1_000, f"{what}: {unit!r} x100 took {big:.0f}x the time"


def test_patterns_are_collected() -> None:
    names = [n for n, _ in _patterns()]
    expected = {
        "newscorpus._cues.CUE",
        "newscorpus._patterns.TWEET_SIGNATURE",
        "newscorpus._subjects._WHO",
        "newscorpus._subjects._CLAUSE_CLOSED",
        "newscorpus._subjects.CHUNK",
        "newscorpus._subjects._LAST_WORD",
        "newscorpus._sentences._DASH_LABEL",
        "newscorpus._content._INNER_CLAUSE",
        "newscorpus._content._FRONTED_OPEN",
        "newscorpus._content._FRONTED_BODY",
        "newscorpus._labels._LABEL_PRONOUN",
        "newscorpus._subjects._CONJOINED",
        "newscorpus.dateline._SLASH_FORM",
        "newscorpus.dateline._GLUED_DASHES",
        "newscorpus._content._ADDRESSEE",
        "newscorpus._marks._ELISION",
        "newscorpus._subjects._OPENER",
        "newscorpus._subjects._OPENER_END",
        "newscorpus._subjects._MAIN_VERB",
        "newscorpus._subjects._SUBJECT",
        "newscorpus._speakers._SUBJECT_PRONOUN",
        "newscorpus._speakers._PRONOUN_BARRIER",
        "newscorpus._speakers._LOWER_WORD",
        "newscorpus._content._APPOSITION",
        "newscorpus._labels._ASKED_WHAT",
        "newscorpus._attributions._SOURCE_OPENER",
        "newscorpus._mentions._AGENT",
        "newscorpus._subjects._WITH_PHRASE",
    }
    assert expected <= set(names), expected - set(names)
    assert len(names) > 20


@pytest.mark.parametrize(
    ("name", "pattern"), _patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_pattern_is_linear(name: str, pattern: re.Pattern[str]) -> None:
    def scan(text: str) -> int:
        return sum(1 for _ in pattern.finditer(text))

    _check_linear(scan, name)


def test_parse_and_quotes_are_linear() -> None:
    def run(body: str) -> None:
        article = newscorpus.parse_article(" date 2021-07-14 L\n\n" + body)
        _ = article.quotes
        newscorpus.extract_quotes(body)

    _check_linear(run, "parse_article + quotes")
