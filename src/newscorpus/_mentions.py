"""The mention a cue reports: inverted and prepositional sources after the cue.

``"...," said Jane Roe``, ``according to the ministry``, ``seen by Reuters``
and ``asked by reporters whether ...`` name their source after the cue;
`mention_for` picks the mention for a cue, before it or after it.
"""

from __future__ import annotations

import re
from typing import Final

from newscorpus._cues import cue_lemma
from newscorpus._lexicon import LEXICON
from newscorpus._speakers import _STOP, _WEEKDAYS, Mention, mention_after, mention_before
from newscorpus._subjects import CHUNK, PLAIN_DETERMINERS, lead_name, plain_word
from newscorpus._tokens import CLOSING_MARKS, OPENING_MARKS, TRAILING_PUNCT, WORD

__all__ = ["SET_OFF", "mention_for"]


def mention_for(text: str, cue: re.Match[str], s_start: int, s_end: int) -> Mention | None:
    """Who a cue names as the source (offsets relative to the paragraph)."""
    if cue.group().lower().startswith("according"):
        return _according_source(text, cue.end(), s_end)
    agent = _agent_source(text, cue, s_start, s_end)
    if agent is not None:
        return agent
    before = mention_before(text, s_start, cue.start(), LEXICON)
    if before is not None:
        # Not before a participle: "a nod to the front-runner acknowledging" is no source.
        if not cue.group().endswith("ing"):
            whole = _whole_source(text, s_start, cue.start(), before)
            if whole is not None:
                return whole
        if (
            before.start > s_start + 2
            and text[max(s_start, cue.start() - 3) : cue.start()].rstrip()[-1:] == ","
        ):
            return lead_name(text, s_start, before.start) or before
        return before
    after_quote = _after_quote(text, s_start, cue.start())
    if after_quote is not None:
        return after_quote
    # An inverted source follows its cue after a quote or a comma: '"...," said Smith'.
    lead = text[max(s_start, cue.start() - 12) : cue.start()].rstrip()
    if lead and lead[-1] not in SET_OFF:
        return None
    word = cue.group().lower()
    if " " in word or word.endswith("ing") or cue_lemma(word) in _TAKES_OBJECT:
        return None  # ", referring to Smith", ", praised Smith": the name is an object
    after = mention_after(text, cue.end(), s_end, LEXICON)
    if after is None:
        return None
    # ", said Smith." ends a clause; ", said Trump will win" reports what Trump will do.
    follow = WORD.match(text, after.end + 1, min(s_end, after.end + 30))
    if (
        text[after.end : after.end + 1] == " "
        and lead[-1:] not in CLOSING_MARKS  # '"...," says a source involved in the talks'
        and (
            (follow is not None and follow.group().lower() not in _AFTER_SOURCE)
            # 'McCain -- said the president "offered no changes"': what he said of him
            or text[after.end + 1 : after.end + 2] in OPENING_MARKS
        )
    ):
        return None
    return after


# '"...," Jim Miller, president of NAWG said': what stands between a quote that ends a
# clause and the cue after it (bounded: at most 99 characters, in a window of 110).
_QUOTE_THEN_SOURCE: Final = re.compile(
    r"[,?!][”\"’']{1,2}[ \t]{1,3}(?P<who>[^\s\"“”;:!?—–][^\"“”;:!?—–]{0,98}?)[ \t]{1,3}$"
)
# Words that open such a source besides a capital: "the 43-year-old", "one", "another".
_SOURCE_OPENERS: Final = PLAIN_DETERMINERS | frozenset(("one", "another"))
# Words a short source there never holds: what follows them is a clause or a place.
_NOT_IN_SOURCE: Final = _STOP | frozenset("in on at of for with by from to about into over".split())
# Words that make a long one a clause ("and" and "to" may stand in a source: "S and P",
# "an aide to Lyng").
_CLAUSE_WORDS: Final = (_STOP - frozenset(("and", "to"))) | frozenset(
    "he she they we i you he's she's they're".split()
)
_LINKS: Final = frozenset("of for at in with from to".split())
# A full stop that ends a sentence: not after a capital, "Mr", "Gov" and the like.
_SENTENCE_STOP: Final = re.compile(r"(?<![A-Z][a-z])(?<![A-Z][a-z][a-z])(?<![A-Z])\.[ \t]")


def _quote_then_source(text: str, s_start: int, cue_start: int) -> re.Match[str] | None:
    """What stands between a quote that ends a clause and the cue at ``cue_start``,
    opening with a capital or a determiner, with no sentence's end inside."""
    m = _QUOTE_THEN_SOURCE.search(text, max(s_start, cue_start - 110), cue_start)
    if m is None:
        return None
    who = m.group("who")
    if not (who[:1].isupper() or who.split(maxsplit=1)[0] in _SOURCE_OPENERS):
        return None
    return None if _SENTENCE_STOP.search(who) else m  # '"...," he said. Will wrote'


def _after_quote(text: str, s_start: int, cue_start: int) -> Mention | None:
    """``"...," the 43-year-old asked``, ``"...," Will wrote``: a short source between a
    quote that ends a clause and its cue, where the name rules find none (a number, a
    name spelled like a modal verb, ``the order released Friday``)."""
    m = _quote_then_source(text, s_start, cue_start)
    if m is None:
        return None
    who = m.group("who")
    words = who.split()
    while len(words) > 1 and (words[-1].lower() in _WEEKDAYS or words[-1].endswith("ed")):
        words.pop()  # "the order released Friday said": the order
    if (
        len(who) > 59
        or any(c in who for c in ",()")
        or len(words) > 5
        or not _NOT_IN_SOURCE.isdisjoint(words)
        or words[-1].endswith(("ly", "ing"))
    ):
        return None  # '"...," Hannity said in reference to': a clause, no source
    end = m.start("who") + who.index(words[-1], len(" ".join(words[:-1]))) + len(words[-1])
    return Mention(m.start("who"), end, " ".join(words))


def _whole_source(text: str, s_start: int, cue_start: int, before: Mention) -> Mention | None:
    """The whole source between a quote that ends a clause and its cue, where the
    mention found before the cue is only its end: ``"...," a dealer for a German bank
    in London said`` (not ``a German bank in London``), ``"...," Jim Miller, president
    of NAWG said``. A comma or a preposition must stand before the mention found:
    ``"...," Reagan's spokesman Marlin Fitzwater said`` keeps what the name rules read."""
    m = _quote_then_source(text, s_start, cue_start)
    if m is None or m.start("who") >= before.start:
        return None
    gap = text[m.start("who") : before.start]
    words = m.group("who").split()
    if (
        len(words) > 12
        or not ("," in gap or not _LINKS.isdisjoint(gap.lower().split()))
        or not _CLAUSE_WORDS.isdisjoint(w.lower().strip(",()") for w in words)
    ):
        return None
    return Mention(m.start("who"), m.end("who"), " ".join(words))


# "seen by X", "mention from X": the agent after a cue that is no finite verb.
_AGENT: Final = re.compile(r"(?<![ \t])[ \t]+(?P<prep>by|from)[ \t]+")
# How the text after a cue opens when `_AGENT` may match there: a blank and by or from,
# or a tab or two blanks (whatever the blanks lead to, the pattern decides).
_AGENT_OPENINGS: Final = (" by", " from", "\t", "  ", " \t")
# Irregular past participles among the cue words (those in -ed are `passive`'s).
_IRREGULAR_PARTICIPLES: Final = frozenset("seen written shown heard".split())
# Words that open a noun phrase whose head noun may be a cue word ("no mention").
_NOUN_OPENERS: Final = frozenset("a an the no any every all his her its their our".split())


def _agent_source(text: str, cue: re.Match[str], s_start: int, s_end: int) -> Mention | None:
    """``an option seen by organizers``, ``there was no overt mention from the senator``:
    the source after ``by`` (a participle) or ``by``/``from`` (a noun cue).

    The words before such a cue are not its subject: a participle modifies the noun
    before it (or follows a passive ``is``), and a noun cue's modifiers are no mention.
    """
    if not text.startswith(_AGENT_OPENINGS, cue.end()):
        return None  # most cues: neither "by" nor "from" after the blanks that follow them
    m = _AGENT.match(text, cue.end(), s_end)
    if m is None:
        return None
    word = cue.group().lower()
    if word in _IRREGULAR_PARTICIPLES:
        if m.group("prep") != "by":
            return None
    elif (
        " " in word
        or word.endswith(("ed", "ing"))
        or not _after_noun_opener(text, s_start, cue.start())
    ):
        return None
    agent = mention_after(text, m.end(), s_end, LEXICON) or _plain_agent(text, m.end(), s_end)
    if agent is None or text.startswith(",", agent.end):
        return None  # "a letter written by X, a lawyer, contended": the phrase is an aside
    return agent


def _plain_agent(text: str, pos: int, s_end: int) -> Mention | None:
    """A lowercase noun phrase after ``by`` (``seen by organizers``, ``by other
    leaders``): plain words, after at most one determiner."""
    chunks = list(CHUNK.finditer(text, pos, min(s_end, pos + 60)))
    end = -1
    for k, chunk in enumerate(chunks[:4]):
        word = chunk.group()
        if plain_word(word):
            end = k
        elif not (k == 0 and word in PLAIN_DETERMINERS):
            break
    if end < 0:
        return None
    start, stop = chunks[0].start(), chunks[end].end()
    return Mention(start, stop, text[start:stop])


def _after_noun_opener(text: str, s_start: int, cue_start: int) -> bool:
    """True when the cue word heads a noun phrase: a determiner opens it, with at most
    two lowercase modifiers between (``no overt mention``, ``a thunderous chant``)."""
    before = text[max(s_start, cue_start - 40) : cue_start].split()
    for back in range(1, min(len(before), 3) + 1):
        low = before[-back]
        if low in _NOUN_OPENERS:
            return True
        if not low.replace("-", "").isalpha() or not low.islower() or low in _STOP:
            return False
        if low.endswith("ly"):
            return False
    return False


# Verbs whose noun phrase after them is their object, never an inverted source.
_TAKES_OBJECT: Final = frozenset(
    (
        "accuse blame blast challenge chide cite condemn criticize defend denounce describe "
        "dismiss endorse support oppose mock praise reject slam tout decry assail highlight "
        "downplay hail laud applaud thank welcome characterize portray dub invoke label favor "
        "identify reference show rebut refute"
    ).split()
)
_AFTER_SOURCE: Final = frozenset(
    "in on at during after before to of for about while when who with from as whose".split()
)


def _according_source(text: str, pos: int, s_end: int) -> Mention | None:
    """The source after ``according to``: everything up to the next comma or the end."""
    start = pos
    while start < s_end and text[start].isspace():
        start += 1
    comma = text.find(",", start, min(s_end, start + 160))
    end = comma if comma != -1 else min(s_end, start + 160)
    while end > start and text[end - 1] in TRAILING_PUNCT:
        end -= 1
    if end <= start:
        return None
    return Mention(start, end, " ".join(text[start:end].split()))


# Punctuation that sets an attribution off from what it reports.
SET_OFF: Final = frozenset(",:;”“\"'’»—–-")
