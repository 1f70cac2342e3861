"""Sentences: where a paragraph's sentences end, and where an attribution rejoins one.

A sentence ends at ``.``, ``!`` or ``?`` (and closing marks) before white
space and a capital, except after an abbreviation (``Mr.``, ``U.S.``); an
attribution split off after a quote's own stop (``"... ready?" Trump asked.``)
is joined back, and a headline label or a colon before a quote starts one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newscorpus._cues import CUE
from newscorpus._tokens import CLOSING_MARKS, WORD, has_words, inside

__all__ = ["AFTER_QUOTE", "NOT_VERBS", "sentences", "split_at_colons", "split_at_labels"]

# A sentence ends at . ! or ? (and any closing marks) before white space and a capital.
_STOP_TAIL: Final = r"[.!?]*[\"”’'»)]*(?=\s+(?:''|[\"“‘'«(\[])?[A-Z0-9])"
_SENTENCE_END: Final = re.compile(r"[.!?]" + _STOP_TAIL)
# The same in a text with no ! or ?: a literal first character, found faster.
_FULL_STOP: Final = re.compile(r"\." + _STOP_TAIL)
_ABBREVIATION: Final = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|"
    r"No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|U\.S|U\.N|U\.K|a\.m|p\.m)|"
    r"\b[A-Z]|(?:\b[A-Za-z]\.){2,})$"
)
_ACRONYM: Final = re.compile(
    r"(?:\b(?:U\.S|U\.N|U\.K|D\.C|a\.m|p\.m|Inc|Corp|Co|Ltd)|(?:\b[A-Za-z]\.){2,})$"
)
_STARTER: Final = re.compile(
    r"\s(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|His|Her|Their)\b"
)


def sentences(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence bounds in a paragraph; never inside a quoted span."""
    bounds: list[tuple[int, int]] = []
    start = 0
    ends = _SENTENCE_END if "!" in text or "?" in text else _FULL_STOP
    for m in ends.finditer(text):
        end = m.end()
        if spans and inside(end, spans):
            continue
        stop = m.start()
        if (
            text[stop] == "."
            # After five letters or digits no abbreviation ends (a cheap test first).
            and not (stop >= 5 and text[stop - 5 : stop].isalnum())
            and _ABBREVIATION.search(text, max(0, stop - 8), stop)
            and not (
                # "... in the U.S. He said": a sentence ends after an acronym.
                _STARTER.match(text, end) and _ACRONYM.search(text, max(0, stop - 8), stop)
            )
        ):
            continue
        bounds.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        bounds.append((start, len(text)))
    return _join_attributions(text, bounds)


def _join_attributions(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin ``"... ready?" Trump asked.``: an attribution split off after a quote's own stop."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        if out and text[out[-1][1] - 1] in CLOSING_MARKS:
            # The stop inside the marks: "?" in '"... ready?"' and in "''... ready?''".
            stop = text[out[-1][0] : out[-1][1]].rstrip(_CLOSING_CHARS)[-1:]
            cue = CUE.search(text, start, min(end, start + 160))
            if cue is not None and (
                (
                    cue.start() < start + 60
                    and len(WORD.findall(text, start, cue.start())) <= 4
                    and (stop in ("?", "!") or not has_words(text, cue.end(), end, 3))
                )
                or _set_off_source(text, start, end, cue)
            ):
                # After a quote's full stop, only a short sentence is its attribution.
                out[-1] = (out[-1][0], end)
                continue
            # '"... right?" Trump went on.': a name and a verb after a quote's ? or !
            after = AFTER_QUOTE.match(text, out[-1][1], end)
            if (
                stop in ("?", "!")
                and after is not None
                and after.group("who")
                and after.group("verb") not in NOT_VERBS
            ):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


_CLOSING_CHARS: Final = "".join(sorted(CLOSING_MARKS))


def _set_off_source(text: str, start: int, end: int, cue: re.Match[str]) -> bool:
    """True for ``Miller, a retired worker from a nuclear plant, said.`` after a quote: a
    name and its appositive set off by commas, the cue, and no words of its own after it."""
    name = _NAME_AND_COMMA.match(text, start, cue.start())
    return (
        name is not None
        and text[cue.start()].islower()
        and text.endswith(", ", start, cue.start())
        and "," not in text[name.end() : cue.start() - 2]
        and (
            not has_words(text, cue.end(), end, 3)
            or _ADJUNCT.match(text, cue.end(), end) is not None
        )
    )


# After a cue, words that report nothing of their own: an adverb, a preposition.
_ADJUNCT: Final = re.compile(
    r"(?<![ \t])[ \t]+(?:[a-z]{2,15}ly|in|on|at|to|into|during|via|through|with|from|after|"
    r"before|by|outside|over|as)\b"
)
# A name of one to four capitalised words and a comma, opening a sentence.
_NAME_AND_COMMA: Final = re.compile(
    r"(?<![\w’'.-])[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3},[ \t]+"
)

# "Headline words - Jane Roe: "..."": a dash, a short label and a colon before a quote.
_DASH_LABEL: Final = re.compile(
    r"[ \t][-–—][ \t]+(?P<label>[A-Z][^:\n\"“”.!?]{0,60}):[ \t\xa0]*[\"“«‘']"
)
_MAX_LABEL_WORDS: Final = 5


def split_at_labels(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a newsletter item at the dash before its source: ``Polls agree - Jane Roe: "..."``.

    The headline's words before the dash (``Polls agree``) do not attribute the quote;
    the label after it (``Jane Roe``, ``More from Roe``) names its source.
    """
    out: list[tuple[int, int]] = []
    for s_start, s_end in bounds:
        m = _DASH_LABEL.search(text, s_start, s_end)
        if m is not None and len(m.group("label").split()) <= _MAX_LABEL_WORDS:
            out.append((s_start, m.start()))
            s_start = m.start("label")
        out.append((s_start, s_end))
    return out


# Words at most between a quote and the cue of its own attribution ("the senator said").
_OWN_ATTRIBUTION_WORDS: Final = 3
_OWN_ATTRIBUTION_REACH: Final = 60  # characters (it bounds the work per colon)


def split_at_colons(
    text: str, bounds: list[tuple[int, int]], spans: list[tuple[int, int]], cue_starts: list[int]
) -> list[tuple[int, int]]:
    """Split a sentence at a colon before a quote that has an attribution of its own.

    ``Smith argued that France had changed: "It is gone," he claimed.``: the quote is
    the words of ``he claimed``, and the clause before the colon is reported apart.
    """
    out: list[tuple[int, int]] = []
    for s_start, s_end in bounds:
        colon = text.find(":", s_start, s_end)
        while colon != -1:
            k = bisect.bisect_left(spans, (colon, 0))
            if (
                k < len(spans)
                and spans[k][0] - colon <= 3
                and spans[k][1] <= s_end
                and not text[colon + 1 : spans[k][0]].strip()
            ):
                a, b = spans[k]
                c = bisect.bisect_left(cue_starts, b)
                if (
                    (text[b - 2 : b - 1] in (",", "!", "?") or text[b : b + 1] == ",")
                    and c < len(cue_starts)
                    and cue_starts[c] < min(s_end, b + _OWN_ATTRIBUTION_REACH)
                    and len(WORD.findall(text, b, cue_starts[c])) <= _OWN_ATTRIBUTION_WORDS
                    and has_words(text, s_start, colon, 2)
                    and not inside(colon, spans)
                ):
                    out.append((s_start, colon + 1))
                    s_start = a
            colon = text.find(":", colon + 1, s_end)
        out.append((s_start, s_end))
    return out


_NAME: Final = r"(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]*"
# "the statement", "a voice-over in the ad": a determiner and a few lowercase words.
# Its words may be capitalised ("the Republican vice-presidential nominee riffed"), so the
# verb after it must look like one: a past in -ed, a present in -s, or an irregular past.
_DESCRIPTION: Final = (
    r"(?:the|a|an|his|her|their|its|one)(?:[ \t]+[A-Za-z][A-Za-z.’'-]*){1,4}?"
    r"(?=[ \t]+(?:[a-z]{1,13}(?:ed|s)|said|told|wrote|spoke|read|thought|swore|went)(?![\w’'-]))"
)
AFTER_QUOTE: Final = re.compile(
    rf"(?<![ \t])[ \t]+(?:(?P<who>{_NAME}|he|she|they|{_DESCRIPTION})[ \t]+(?P<verb>[a-z]{{3,15}})"
    rf"|(?P<verb2>[a-z]{{3,15}})[ \t]+(?P<who2>{_NAME}))(?![\w’'-])"
)

NOT_VERBS: Final = frozenset(
    "and but who which that was is were are has had have the for with".split()
)
