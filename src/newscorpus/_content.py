"""What a source said: where the content of an indirect or mixed quote begins and ends.

Content begins after the cue and what may stand between it and the words
reported (``that``, a time, ``told reporters``, an inverted source and its
description) and ends at the sentence's end or where the next clause of the
reporter's own begins (``, while ...``, ``; ...``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newscorpus._lexicon import LEXICON
from newscorpus._mentions import SET_OFF, mention_for
from newscorpus._speakers import Mention, mention_before
from newscorpus._tokens import THAT, WORD, count_words, has_words, inside, trim

__all__ = [
    "MAX_CONTENT",
    "TELL",
    "before_connective",
    "before_inverted_source",
    "closing_content",
    "comma_before_according",
    "content_bounds",
    "inner_clause_start",
    "next_clause",
    "pieces",
    "set_off_after",
]

_LEADING_FILLER: Final = re.compile(
    r"(?:\s|,|:|—|–|-)*(?:(?:(?:on|in|at|last|this|late|early|earlier|later)\s+"
    r"(?:[A-Z][a-z]+day|[A-Z][a-z]+|week|month|year|night|morning|afternoon|evening|"
    r"the\s+\w+|a\s+\w+(?:\s+\w+)?)"
    # A bare weekday: "said Tuesday that ...", "told reporters Monday night ...".
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?"
    r"(?=\s))[\s,]*){0,2}(?:to\s+reporters\s*)?(?:,\s*)?"
)


def _past_filler(text: str, pos: int, end: int) -> int:
    """``pos`` moved past what may stand before reported words: a time, a comma, a dash."""
    filler = _LEADING_FILLER.match(text, pos, end)
    return filler.end() if filler else pos


# No reported clause runs longer than this; it bounds the work a run-on "sentence" costs.
MAX_CONTENT: Final = 2000


def inner_clause_start(
    text: str,
    start: int,
    end: int,
    sources: list[int],
    k: int,
    spans: list[tuple[int, int]],
    base: int,
) -> int:
    """Where the first clause with its own source (``sources[k:]``) starts in ``[start, end)``.

    ``end`` when there is none, or when it would leave fewer than two words before it.
    """
    opener: re.Match[str] | None = None
    looked = False
    while k < len(sources) and sources[k] - base < end:
        at = sources[k] - base
        k += 1
        clause = _INNER_CLAUSE.search(text, max(start, at - 16), at)
        if clause is None or inside(clause.start(), spans):
            continue
        sep = clause.start()
        if not looked:
            opener = _fronted_opener(text, start, end)
            looked = True
        if _sets_off(text, opener, sep) or not has_words(text, start, sep, 2):
            continue
        return sep
    return end


# "which Jones denied", ", while the mayor insisted": a separator, at most one
# connective, then (at the end of the searched window) the clause's source.
_INNER_CLAUSE: Final = re.compile(
    r"[,;:—][ \t]*(?:(?:which|while|when|whereas|but|and|yet|although|though|with)[ \t]+)?$"
)

_FRONTING: Final = (
    r"(?:when|while|if|after|before|since|once|until|unless|because|although|though|whereas|as|"
    r"in|on|at|by|during|despite|amid|under|following)"
)
# "that, in 2015, ...", "that — for now — ...", "that when ...": a phrase fronted in the clause.
_FRONTED_OPEN: Final = re.compile(rf"(?<![\w’'])that(?:[ \t]*[,—]|[ \t]+(?={_FRONTING}[ \t]))")
# "if the bill passes, ...": the content itself opens with a fronted clause.
_FRONTED_START: Final = re.compile(
    r"[ \t]?(?:when|while|if|once|unless|because|although|though|whereas)[ \t]"
)
# The fronted phrase up to the separator that closes it.
_FRONTED_BODY: Final = re.compile(r"[^;:.!?,—]{0,200}")


def _fronted(text: str, start: int, sep: int) -> bool:
    """True when the separator at ``sep`` opens or closes a phrase fronted in the content.

    The content starts at ``start``. In ``said that, in 2015, X signed`` and ``said
    that when X ..., Y`` the separators set off the phrase, and the reported clause
    goes on after them.
    """
    return _sets_off(text, _fronted_opener(text, start, sep), sep)


def _fronted_opener(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first opening of a fronted phrase (``that,``, ``that when``) in ``[start, end)``."""
    m = _FRONTED_START.match(text, start, end)
    if m is None:
        # The opener may look past the end ("that while"); it must start before it.
        m = _FRONTED_OPEN.search(text, start, min(len(text), end + 16))
        if m is not None and m.start() >= end:
            return None
    return m


def _sets_off(text: str, opener: re.Match[str] | None, sep: int) -> bool:
    """True when the separator at ``sep`` opens or closes the fronted phrase at ``opener``."""
    if opener is None or opener.start() >= sep:
        return False
    return opener.end() > sep or _FRONTED_BODY.fullmatch(text, opener.end(), sep) is not None


_CONNECTIVE_END: Final = re.compile(r"(?<![\w’'])(?:and|but|then|while|before|after)[\s,]*$")


def before_connective(text: str, start: int, end: int) -> int:
    """``end``, moved back over the word that joins the next clause (``, and``, ``but``)."""
    m = _CONNECTIVE_END.search(text, max(start, end - 12), end)
    return m.start() if m is not None else end


def content_bounds(
    text: str,
    s_start: int,
    s_end: int,
    cue: re.Match[str],
    mention: Mention | None,
) -> tuple[int, int]:
    """The reported content of an attribution: after the cue, or before the speaker."""
    a_start = _past_filler(text, cue.end(), s_end)
    raw = cue.end()
    if mention is not None and mention.start >= cue.end() and mention.end <= s_end:
        raw = mention.end
        a_start = _past_filler(text, max(a_start, mention.end), s_end)
    lead = cue.start()
    if mention is not None and s_start <= mention.start < cue.start():
        lead = mention.start
    before = text[max(s_start, lead - 4) : lead].rstrip()
    verb = LEXICON.speech.get(cue.group().lower())
    if before[-1:] == "," and "," in text[raw:a_start] and _clause_before(text, s_start, lead):
        # Commas set the attribution off on both sides. An aside after it ("..., he
        # said, without giving details", "..., said Jo Lee, senior vice president for
        # policy") leaves the content before; otherwise the clause runs on both sides
        # ("The company, he said, would cut jobs", "At issue, said Genentech, is ...").
        if not (
            _ASIDE_OPENS.match(text, a_start, s_end)
            or (raw != cue.end() and _APPOSITION.match(text, raw, s_end) is not None)
        ):
            if has_words(text, a_start, s_end, 1):
                return max(s_start, lead - MAX_CONTENT), min(s_end, a_start + MAX_CONTENT)
        elif verb in _SAY:
            return max(s_start, lead - MAX_CONTENT), lead
    a_start = _past_addressee(text, cue, a_start, s_end)
    copula = _CLEFT_COPULA.match(text, a_start, s_end)
    if copula is not None:
        a_start = copula.end()  # "what they want is recognition": what follows the copula
    if has_words(text, a_start, s_end, 3) and not (
        # "..., Smith said in an interview." / "..., said Jo Lee, a pollster." / "...,
        # an official told Reuters on Monday.": an aside or the person told follows the
        # attribution, and the content is before it.
        before[-1:] == ","
        and verb in _SAY
        and (
            _aside_follows(text, raw, s_end, appositive=raw != cue.end())
            or (verb == "tell" and _only_told(text, raw, s_end))
        )
        and has_words(text, s_start, lead, 4)
    ):
        return a_start, min(s_end, a_start + MAX_CONTENT)
    # The cue closes the sentence ("..., he said."): the content comes before,
    # set off by a comma or a closing quote mark.
    if not before or before[-1] not in SET_OFF:
        return lead, lead
    return max(s_start, lead - MAX_CONTENT), max(s_start, lead)


def _clause_before(text: str, s_start: int, lead: int) -> bool:
    """True when words of the reported clause stand before an attribution at ``lead``.

    ``But, he added, ...`` and ``And so, he said, ...`` have none, and ``... because,
    it said, ...`` opens its clause after the attribution: a connective ends the words.
    """
    words = WORD.findall(text, max(s_start, lead - 40), lead)
    return bool(words) and words[-1].lower() not in _CLAUSE_LINKS


def pieces(
    text: str, c_start: int, c_end: int, cue: re.Match[str], mention: Mention | None
) -> list[tuple[int, int]]:
    """The two pieces of a content that runs on both sides of its attribution, else [].

    ``The company, he said, would cut jobs`` gives ``The company`` and ``would cut jobs``.
    """
    start, end = cue.start(), cue.end()
    if mention is not None and c_start < mention.start < c_end:
        start, end = min(start, mention.start), max(end, mention.end)
    if not c_start < start < end < c_end:
        return []
    return [trim(text, c_start, start), trim(text, _past_filler(text, end, c_end), c_end)]


# A name of up to six words ("Reuters", "The New York Times", "Bank of Japan").
_NAME_RUN: Final = (
    r"(?<![\w’'.&-])(?:[Tt]he[ \t]+)?[A-Z][\w’'.&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'.&-]*){0,5}"
)


# What opens an aside after an attribution set off by commas, not the rest of the clause
# (", he said, adding ...", ", he said, without giving details"): a participle of
# reporting, or any other that is no gerund subject of a verb ("revoking them would be
# ..."); "with"/"without"; a joined or a relative clause; an appositive.
_ASIDE_OPENS: Final = re.compile(
    r"(?:(?:add|say|not|cit|explain|argu|warn|stress|insist|claim|suggest|predict|refer"
    r"|point|call|describ|urg|ask)ing\b"
    r"|(?!during|nothing|something|everything|anything)[a-z]{2,}ing\b"
    r"(?!(?:(?!that\b)[^,.;:]){0,60}?\b(?:would|will|could|can|may|might|should|must|is|was"
    r"|are|were)\b)"
    r"|(?:with|without|and|but|or|nor|as|while|whereas|although|though|who|whose|which"
    r"|according|a|an|on[ \t]+condition)\b)"
)
# Words that open a sentence but no reported clause: "But, he added, ...", "when, he said, ...".
_CLAUSE_LINKS: Final = frozenset(
    "but and so yet or then however when while whereas because if although though as since "
    "until unless where which who that".split()
)


def _only_told(text: str, pos: int, s_end: int) -> bool:
    """True when only the person told, and perhaps a time or an aside, follows ``pos``.

    ``..., an official told The New York Times on Monday.`` names whom the
    official told; ``told the Times the plan was dead`` goes on to report.
    """
    m = _TOLD_WHOM.match(text, pos, s_end)
    if m is None:
        return False
    return not has_words(text, _past_filler(text, m.end(), s_end), s_end, 1) or _aside_follows(
        text, m.end(), s_end, appositive=False
    )


# The person told: a name ("Reuters", "The New York Times"), or a plain noun phrase of a
# word or two ("reporters", "a news conference").
_TOLD_WHOM: Final = re.compile(
    r"(?<![ \t])[ \t]+(?:"
    + _NAME_RUN
    + r"|(?:(?:the|a|an)[ \t]+)?[a-z]+(?:[ \t]+[a-z]+)?)(?=[ \t]*[,.;!?)]|[ \t]*$|[ \t]+[a-z])"
)


def _past_addressee(text: str, cue: re.Match[str], start: int, s_end: int) -> int:
    """Where the content starts once the person told is skipped (``told the Times that``).

    A verb of telling takes the person told before its clause: ``told Fox
    News on Monday that ...`` reports ``that ...``. Only a ``that`` within a
    few words, with no quote mark or sentence mark before it, ends the
    addressee; ``warned that ...`` and ``warned of ...`` have none.
    """
    word = cue.group().lower()
    if LEXICON.speech.get(word.split(" ", 1)[0]) not in TELL:
        return start
    m = _ADDRESSEE.match(text, start, s_end)
    if m is None or count_words(text, start, m.start("that"), frozenset()) > _MAX_ADDRESSEE:
        # "told Reuters he would ...", "told CNN on Sunday the deal was off"
        named = _NAMED_ADDRESSEE.match(text, start, s_end)
        if named is None:
            return start
        clause = _past_filler(text, named.end(), s_end)
        return clause if _CLAUSE_OPENS.match(text, clause, s_end) else start
    return m.start("that")


# A cue right before a copula ends a pseudo-cleft subject ("what they want is ...").
_CLEFT_COPULA: Final = re.compile(r"(?:is|was|are|were)[ \t]+(?=\w)")
# Verbs of telling: the person told stands before what is told ("told the Times that").
TELL: Final = frozenset("tell assure remind inform warn advise notify convince persuade".split())
# The person told: words up to a "that", never opening with "that" or a preposition.
_ADDRESSEE: Final = re.compile(
    r"(?!(?:that|of|about|against|on|in|for|to|with)\b)[^\"“”.;:!?\n]{1,120}?(?<=\s)(?P<that>that)\b"
)
_MAX_ADDRESSEE: Final = 14
# A named addressee, then the clause told with no "that": "told Reuters the talks failed".
_NAMED_ADDRESSEE: Final = re.compile(_NAME_RUN + r"[ \t]+")
_CLAUSE_OPENS: Final = re.compile(
    r"(?:he|she|they|it|we|i|you|there|the|a|an|his|her|its|their|this|these|those|no|some"
    r"|many|most|all)\b|[0-9]"
)


def _aside_follows(text: str, pos: int, s_end: int, *, appositive: bool) -> bool:
    """True when an aside, not the reported clause, follows an attribution at ``pos``."""
    m = _ASIDE_AFTER.match(text, pos, s_end)
    if m is not None:
        # ", adding that ..." is a new clause; "in an interview that ..." reports.
        return bool(m.group("comma")) or THAT.search(text, m.end(), s_end) is None
    return appositive and _APPOSITION.match(text, pos, s_end) is not None


_ASIDE_AFTER: Final = re.compile(
    r"(?<![ \t])[ \t]*(?:(?P<comma>,)[ \t]*(?:adding|noting|saying|citing|explaining|and|but)\b"
    r"|(?:in|during|after|before|while|when)\b)"
)
# What follows an inverted source and describes it: ", a pollster", ", director of
# ...", ", 45,", ", R-Ohio", " who was briefed ...".
_APPOSITION: Final = re.compile(
    r",[ \t]*(?:(?:a|an|the|who|whose|which|now|also|one)\b|[A-Z0-9]"
    r"|[a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]+(?:of|for|at|with)\b)"
    r"|(?<![ \t])[ \t]+(?:who|whose)\b"
)
_SAY: Final = frozenset("say tell write add note explain argue".split())


def closing_content(
    text: str,
    s_start: int,
    s_end: int,
    cue: re.Match[str],
    mention: Mention | None,
    c_start: int,
    c_end: int,
) -> tuple[int, int]:
    """The content of a cue that closes its sentence: the whole clause before it.

    ``In an email, Carter said he erred, the Times reported``: the paper reports
    the clause with Carter's cue in it, not only Carter's words. ``(c_start,
    c_end)`` is the content that starts after the cue before; it stays when the
    wider reading does not also put the content before the cue.
    """
    w_start, w_end = content_bounds(text, s_start, s_end, cue, mention)
    if w_end <= cue.start() and w_start < c_start:
        return w_start, w_end
    return c_start, c_end


def set_off_after(text: str, s_start: int, cue: re.Match[str]) -> bool:
    """True for ``S, according to X, ...``: a comma sets the cue off after a clause.

    The source then reports the clause before it (PolNeAR train: 257 of 263 such
    attributions), not the words after its closing comma.
    """
    before = text[max(s_start, cue.start() - 3) : cue.start()].rstrip()
    return before[-1:] == "," and has_words(text, s_start, cue.start(), 3)


def comma_before_according(text: str, s_start: int, c_start: int, nxt: re.Match[str]) -> int:
    """The comma that sets off a later ``according to`` cue ``nxt`` after content at ``c_start``.

    ``Carter said he erred, according to the Times``: Carter's words end at the
    comma; the rest names the paper that reports them. -1 when ``nxt`` is not such a cue.
    """
    if not nxt.group().lower().startswith("according") or not set_off_after(text, s_start, nxt):
        return -1
    return text.rfind(",", c_start, nxt.start())


def before_inverted_source(text: str, s_start: int, s_end: int, nxt: re.Match[str]) -> bool:
    """True when ``nxt`` is a ``, said X`` whose source follows it, closing the clause.

    ``Families do not know what to keep, said Kessel, a lawyer``: Kessel reports
    the whole clause; the inner cue (``know``) is part of Kessel's words, not a
    quote of its own whose content would run on into the name of the source.
    """
    if text[max(s_start, nxt.start() - 3) : nxt.start()].rstrip()[-1:] != ",":
        return False
    if LEXICON.speech.get(nxt.group().lower()) not in _SAY or not set_off_after(text, s_start, nxt):
        return False
    source = mention_for(text, nxt, s_start, s_end)
    return source is not None and source.start >= nxt.end()


def next_clause(
    text: str,
    s_start: int,
    cue: re.Match[str],
    mention: Mention,
    later: Sequence[re.Match[str]],
    c_end: int,
) -> int:
    """Where a clause with its own source ends the content (``X said A, but Y said B``).

    ``later`` are the cues after ``cue``; ``While X claimed A, Y said B``: a
    fronted clause ends at the comma before Y.
    """
    if not later:
        return c_end
    fronted = _FRONTED.match(text, s_start, mention.start) is not None
    for nxt in later:
        if nxt.start() >= c_end:
            break
        c_end = _clause_boundary(text, s_start, cue, nxt, fronted, c_end)
    return c_end


def _clause_boundary(
    text: str, s_start: int, cue: re.Match[str], nxt: re.Match[str], fronted: bool, c_end: int
) -> int:
    """Where the clause of cue ``nxt`` begins, if it has a source of its own; else ``c_end``."""
    window = max(cue.end(), nxt.start() - 80)
    if not fronted and _CONJUNCTION.search(text, window, nxt.start()) is None:
        return c_end  # no clause boundary to look for (cheap test first)
    other = mention_before(text, s_start, nxt.start(), LEXICON)
    if other is None or other.start <= cue.end():
        return c_end
    m = _NEW_CLAUSE.search(text, max(cue.end(), other.start - 16), other.start)
    if m is not None:
        return c_end if _fronted(text, cue.end(), m.start()) else m.start()
    if fronted:
        comma = text.rfind(",", cue.end(), other.start)
        if (
            comma != -1
            and not text[comma + 1 : other.start].strip()
            and not _fronted(text, cue.end(), comma)
        ):
            return comma
    return c_end


# A conjunction that joins a clause of the reporter's own (", while ...", " but ...").
_JOINING: Final = r",[ \t]*(?:but|while|whereas|yet|although|though|and)|[ \t](?:but|while|whereas)"
# Such a clause, or a semicolon, right before a source; `_CONJUNCTION` is the cheap test
# for one anywhere in a window, built from the same words so that the two cannot drift.
_NEW_CLAUSE: Final = re.compile(rf"(?:;|{_JOINING})[ \t]+$")
_CONJUNCTION: Final = re.compile(rf";|(?:{_JOINING})[ \t]")
_FRONTED: Final = re.compile(
    r"(?:(?:But|And)[ \t]+)?(?:While|Although|Though|Whereas|Even[ \t]+as|Even[ \t]+though|"
    r"When|Where|After|Before|Since|Ever[ \t]+since|Once|If|Until|Because|As)[ \t]"
)
