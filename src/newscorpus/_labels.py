"""Attributions by position, not by a verb: colons, speaker labels, questions asked.

``Stewart: "..."``, a transcript's ``TAPPER: ...``, ``Asked whether ..., Smith
said ...`` and a name next to a quote's closing mark attribute a quote without a
cue of their own; headline labels and interjections (``BREAKING:``, ``Wow:``)
name nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newscorpus._found import Found, Passage
from newscorpus._lexicon import LEXICON
from newscorpus._sentences import AFTER_QUOTE, NOT_VERBS
from newscorpus._speakers import WEEKDAY_ALTERNATION, Mention, mention_before
from newscorpus._subjects import RELATIVE_WORDS, lead_name, sentence_subject
from newscorpus._tokens import WORD, has_words, trim

__all__ = ["adjacent_attribution", "asked_question", "colon_attribution", "speaker_label"]

# A colon before a quote; a non-breaking space after it counts like a space.
_BEFORE_QUOTE: Final = re.compile(r":[ \t\xa0]*$")


def adjacent_attribution(
    text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]]
) -> tuple[re.Match[str], Mention | None] | None:
    """Attribution by position when the verb is not in the lexicon.

    ``"Go back," Trump barked`` and ``"Great!" beamed Donald Hartley`` (a name
    and a verb right after a quote that ends in , ! or ?), and ``Shaw: "..."``
    (a colon right before a quote).
    """
    a, b = quoted[0]
    colon = _BEFORE_QUOTE.search(text, max(s_start, a - 3), a)
    if colon is not None:
        mention = mention_before(text, s_start, colon.start(), LEXICON)
        if mention is not None and _is_interjection(mention.text):
            mention = None  # "Wow: "..."": an interjection, not a source
        elif mention is not None and _not_a_noun(mention.text):
            # "... makes that clear: "..."", "... bring himself to utter: "...""
            mention = sentence_subject(text, s_start, mention.start) or mention
        lead = _OBJECT_LEAD.search(text, s_start, mention.start) if mention is not None else None
        if mention is not None and lead is not None:
            # "She then addressed the crowd again: "..."": the noun is the verb's object.
            mention = (
                sentence_subject(text, s_start, mention.start)
                or lead_name(text, s_start, mention.start)
                or (
                    # "The campaign, in a Q&A, worded it carefully: "...""
                    mention_before(text, s_start, lead.start(), LEXICON)
                    if lead.group().split()[0] not in _PREPOSITION_WORDS
                    else None
                )
                or mention
            )
        if mention is None and not has_words(text, b, s_end, 1):
            # "Trump leaned in and boomed: "..."": the sentence's subject speaks.
            mention = sentence_subject(text, s_start, colon.start())
        if mention is not None:
            return colon, mention
    if text[b - 2 : b - 1] not in (",", "!", "?") or a != s_start:
        return None
    m = AFTER_QUOTE.match(text, b, s_end)
    if m is None:
        return None
    if m.group("who"):
        verb, who = "verb", "who"
    else:
        verb, who = "verb2", "who2"
    if m.group(verb) in NOT_VERBS:
        return None
    cue = _VERB.match(text, m.start(verb))
    if cue is None:
        return None
    start, end = m.span(who)
    return cue, Mention(start, end, m.group(who))


def _not_a_noun(word: str) -> bool:
    """True for a lower-case word before a colon that can name no source: not a pronoun
    (``he``, ``its``) nor a plural noun (``officials``); an adjective, a verb, ``all``."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _LABEL_PRONOUNS
        and word not in _OWNERS
        and not word.endswith("s")
    )


_OWNERS: Final = frozenset("his her its their our my your".split())
_OBJECT_LEAD: Final = re.compile(r"(?<![\w’'-])(?!(?:and|but|or|that|who|which)\b)[a-z]+[ \t]+$")
_PREPOSITION_WORDS: Final = frozenset("to for with at in on of from by about into than as".split())

_VERB: Final = re.compile(r"[a-z]{3,15}")


_COLON_SOURCE: Final = re.compile(
    r"(?<![\w’'.-])(?P<who>[A-Z][\w’'.-]*(?:[ \t]+[\w’'.-]+){0,4}):[ \t\xa0]+(?=\S)"
)


def colon_attribution(para: Passage, s_start: int, s_end: int) -> Found | None:
    """``Graham: Trump's rhetoric is destroying the party``: a source, a colon, what it says."""
    if para.text.find(":", s_start, s_end) == -1:
        return None
    m = _COLON_SOURCE.match(para.text, s_start, s_end)
    if m is None or len(WORD.findall(para.text, m.end(), s_end)) < 3:
        return None
    base = para.start
    colon = (base + m.end("who"), base + m.end("who") + 1)
    c_start, c_end = trim(para.text, m.end(), s_end)
    mention: Mention | None = Mention(base + m.start("who"), base + m.end("who"), m.group("who"))
    clause = _is_clause_label(m.group("who"))
    own = _LABEL_PRONOUN.search(para.text, m.start("who"), m.end("who")) if clause else None
    if own is not None:
        # "They included: ...", "Among its findings: ...": the clause's pronoun speaks.
        mention = Mention(base + own.start(), base + own.end(), own.group())
    elif clause or _is_interjection(m.group("who")):
        # "Wow: Smith says ...", "The pattern is clear: the agency ...": the headline's
        # own subject speaks, if any.
        subject = sentence_subject(para.text, m.end(), s_end)
        if subject is None:
            # "Wow: Al Sharpton Just Said Something ...": a title's subject, then "Just".
            just = _JUST_DID.match(para.text, m.end(), s_end)
            if just is not None:
                subject = Mention(just.start("who"), just.end("who"), just.group("who"))
        mention = subject.shifted(base) if subject is not None else None
    return Found("indirect", base + c_start, base + c_end, para.index, [], mention, colon)


# A title-case subject before "Just" and the capitalised verb after it.
_JUST_DID: Final = re.compile(
    r"(?P<who>[A-Z](?<![\w’'.-].)[\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]+Just[ \t]+[A-Z]"
)


_SPEAKER_LABEL: Final = re.compile(
    r"(?<![\w’'.-])(?P<who>[A-Z][A-Z.’'-]{1,30}(?:[ \t]+[A-Z][A-Z.’'-]{0,30}){0,3})"
    r":[ \t\xa0]+(?=\S)"
)
# Editorial labels that open a paragraph but name no speaker.
_NOT_SPEAKERS: Final = frozenset(
    "update updated correction clarification note editor's editor’s watch read video photos "
    "related breaking exclusive analysis opinion transcript".split()
)
# Interjections and news labels before a colon (``Wow:``, ``BUSTED:``, ``The Latest:``):
# a headline's opener, not its source.
_INTERJECTIONS: Final = _NOT_SPEAKERS.union(
    "wow whoa boom bombshell busted leaked latest yikes ouch oops shocking shock huge "
    "confirmed revealed flashback listen look developing alert".split()
)


def _is_interjection(who: str) -> bool:
    """True for a label before a colon that is an interjection or a news label, not a source."""
    words = who.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return len(words) == 1 and words[0].strip(".!") in _INTERJECTIONS


# Words that make a label before a colon a clause of its own, not a source: a form of
# "be" or "have", and words that open an adverbial or a connective, never a noun phrase.
_CLAUSE_VERBS: Final = frozenset("is are was were be been has have had".split())
_NOT_LABEL_START: Final = frozenset(
    "among and but so then just also yet still here there "
    # "For context:", "In short:", "At issue:": an adverbial, no noun phrase
    "for in at to on by with as of from after before during since under over".split()
)
_LABEL_PRONOUNS: Final = frozenset("he she they we i it you this that".split())


_LABEL_PRONOUN: Final = re.compile(
    r"(?<![\w’'])(?:[Ii]|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)"
    r"(?![\w’'])"
)


def _is_clause_label(who: str) -> bool:
    """True for a label before a colon that says something itself (``The pattern is clear:``,
    ``He needs one:``, ``Among the votes:``) and so names no source."""
    words = who.lower().replace("’", "'").split()
    if not words:
        return False
    if words[0] in _NOT_LABEL_START or (len(words) > 1 and words[0] in _LABEL_PRONOUNS):
        return True
    return any(w in _CLAUSE_VERBS or w.endswith("n't") for w in words[1:])


def speaker_label(para: Passage) -> Found | None:
    """``TAPPER: ...``: a transcript's speaker label opening a paragraph.

    The label (two or more capital letters; not ``Q:`` or ``A:``, whose turns the
    answers' own cues attribute better) is the source of everything the paragraph says.
    """
    if ":" not in para.text:
        return None
    m = _SPEAKER_LABEL.match(para.text)
    if m is None or not has_words(para.text, m.end(), len(para.text), 3):
        return None
    if any(w.lower() in _NOT_SPEAKERS for w in m.group("who").split()) or _is_interjection(
        m.group("who")
    ):
        return None
    base = para.start
    c_start, c_end = trim(para.text, m.end(), len(para.text))
    who = Mention(base + m.start("who"), base + m.end("who"), m.group("who"))
    colon = (base + m.end("who"), base + m.end("who") + 1)
    return Found("indirect", base + c_start, base + c_end, para.index, [], who, colon)


_QUESTION_LEAD: Final = r"(?:about|whether|if|why|what|how|to)\b"
_ASKED_LEAD: Final = frozenset("when was were is are being been if after once while".split())
_ASKED_WHAT: Final = re.compile(
    r"(?<![ \t])[ \t]+(?:by[ \t]+(?P<by>(?!" + _QUESTION_LEAD + r")[^\s,.;:!?\"“”]+"
    r"(?:[ \t]+(?!" + _QUESTION_LEAD + r"|on\b|in\b|at\b|during\b)[^\s,.;:!?\"“”]+){0,6})[ \t]+)?"
    r"(?:(?:(?:on|in|at|last|this|during)[ \t]+[\w’'.-]+|"
    + WEEKDAY_ALTERNATION
    + r"|today|yesterday|later|again|repeatedly)[ \t]+){0,2}"
    r"(?P<what>(?:" + _QUESTION_LEAD + r")[ \t])"
)


def asked_question(
    para: Passage,
    s_start: int,
    s_end: int,
    cue: re.Match[str],
    cues: Sequence[re.Match[str]] = (),
) -> Found | None:
    """``Asked whether he would run, Smith said ...``: a question, and who asked it.

    The question runs to the comma before the answer's source (``, Smith said``),
    past any comma of an aside in it; without one, to its first comma. Its
    source is the asker a passive names (``was asked by host Jane Roe whether``),
    else nobody.
    """
    text = para.text
    before = text[max(s_start, cue.start() - 12) : cue.start()].split()
    if before and before[-1].lower() not in _ASKED_LEAD:
        return None
    m = _ASKED_WHAT.match(text, cue.end(), s_end)
    if m is None:
        return None
    start = m.start("what")
    comma = _answer_comma(text, start, s_end, cues)
    start, end = trim(text, start, comma if comma != -1 else s_end)
    if not has_words(text, start, end, 2):
        return None
    base = para.start
    cue_span = (base + cue.start(), base + cue.end())
    asker = None
    if m.group("by") is not None:
        asker = Mention(base + m.start("by"), base + m.end("by"), m.group("by"))
    found = Found("indirect", base + start, base + end, para.index, [], asker, cue_span)
    if asker is not None:
        found.asker = True
        asked = mention_before(text, s_start, cue.start(), LEXICON)
        found.asked = asked.shifted(base) if asked is not None else None
    return found


def _answer_comma(text: str, start: int, s_end: int, cues: Sequence[re.Match[str]]) -> int:
    """The comma that ends a question opener: the one right before the source of a later cue.

    ``Asked whether his job, which friends called awful, hurt him, Mr. Doe said``:
    ``friends`` follows ``which``, ``Mr. Doe`` a comma. When no cue has such a source,
    the first comma (-1 if there is none).
    """
    for m in cues:
        if m.start() <= start or not text[m.start()].islower():
            continue
        if m.start() > start + _MAX_QUESTION:
            break
        mention = mention_before(text, start, m.start(), LEXICON)
        if mention is None or mention.text.lower() in RELATIVE_WORDS:
            continue
        lead = text[max(start, mention.start - 6) : mention.start].rstrip().rstrip("”\"’'")
        if lead.endswith(","):
            return text.rfind(",", start, mention.start)
    return text.find(",", start, s_end)


# No question opener runs longer than this (it bounds the cues `_answer_comma` reads).
_MAX_QUESTION: Final = 300
