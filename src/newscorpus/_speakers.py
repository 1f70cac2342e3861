"""Speakers: finding the mention next to a cue, and resolving it to a name.

A mention is the words that name the source as written (``UK Defense
Minister Ben Wallace``, ``he``, ``the prime minister's spokesperson``).
`SpeakerResolver` turns it into the fullest name the text gives: titles are
dropped, a surname is completed from an earlier full name, and ``he``/``she``/
``they`` point back to the most recent fitting speaker.
"""

from __future__ import annotations

import bisect
import re
from types import MappingProxyType
from typing import Final, NamedTuple, Protocol

import attrs

from newscorpus._lexicon import Lexicon
from newscorpus._places import is_country, is_country_name
from newscorpus._tokens import OPENING_MARKS

__all__ = ["WEEKDAY_ALTERNATION", "Mention", "SpeakerResolver", "mention_after", "mention_before"]

# A slash before a capital joins two names into one: "CNN/ORC", "ABC News/Washington Post".
_TOKEN: Final = re.compile(r"[\w’'.&-]+(?:/[A-Z][\w’'.&-]*)*|[^\w\s]")
# Two to eight capitalised words in a row (single words are sentence starts as often as
# names). It starts only at the start of a word, so a long run of letters is tried once, not
# at every position (which would be quadratic); the bound keeps each match, and the regex
# engine's backtracking stack, small on a megabyte of capitalised words.
_NEXT_NAME_WORD: Final = (
    r"(?:[ \t]+(?:[A-Z][\w’'.-]*|(?:de|van|von|der|al|bin|la|le|di|da)(?![\w’'.-])))"
)
_NAME_RUN: Final = re.compile(
    # The capital comes before the look-behind (which checks the character before it), so
    # that the engine skips to the next capital instead of trying the pattern everywhere.
    # The second word is spelled out, not repeated: most capitals start no run, and the
    # engine fails a plain sequence faster than it enters a repeat.
    r"[A-Z](?<![\w’'.-].)[\w’'.-]*" + _NEXT_NAME_WORD + _NEXT_NAME_WORD + "{0,6}"
)
_SPACE: Final = re.compile(r"\s+")

_STOP: Final = frozenset(
    (
        "that and but or nor which who whom whose because if when while as after before since "
        "although though so where whether than then to is was are were has have had be been "
        "being will would could should can may might must not do does did said says told this "
        "these those there here it's its also even just still now yet only what how why"
    ).split()
)
_SKIP_BEFORE_CUE: Final = frozenset(
    (
        "has have had was were is are will would could should can may might must also later "
        "previously then repeatedly recently once again reportedly publicly never not even "
        "already first last today yesterday often privately explicitly specifically widely "
        "long further simply quickly flatly just still frequently now initially originally "
        "subsequently ultimately finally openly immediately has've hasn't haven't didn't did "
        "does do cannot both each earlier seldom well soon twice nevertheless ever always instead "
        "more since "
        # Aspect verbs before an -ing cue: "he keeps talking about", "began writing".
        "keep keeps kept begin begins began begun start starts started stop stops stopped"
    ).split()
)
_PREPOSITIONS: Final = frozenset("in on at for of with from by".split())
# Capitalised words opening a sentence that never name a speaker alone.
_NOT_NAMES: Final = frozenset(
    (
        "despite within along alongside perhaps less more first finally across around upon amid "
        "among like unlike following fresh wow yes no according"
    ).split()
)
_DETERMINERS: Final = frozenset(
    (
        "the a an his her their its our my your this that these those some many most several "
        "one two"
    ).split()
)
# A possessive left alone as a mention (``His remarks were ...``, ``Their vows ...``: the
# noun cue follows it) stands for its owner, and an object pronoun (``hearing him say``)
# for its referent: read as the subject pronoun, each resolves to the person or group the
# text last named, not to the word itself.
_OTHER_CASES: Final = MappingProxyType(
    {
        "his": "he",
        "her": "she",
        "their": "they",
        "its": "it",
        "him": "he",
        "them": "they",
        "me": "I",
        "us": "we",
    }
)
# Quantifiers that stand alone as a subject ("Most said they were worried").
_QUANTIFIERS: Final = frozenset("some many most several few both all others".split())
# Words before a quantifier that make it a determiner of the noun after it ("as many").
_QUANTIFIER_LEADS: Final = frozenset("as too so a among".split())
# Days and months that never name a person ("May" and "June" can).
_TIME_WORDS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march july "
    "september october november december".split()
)
_TIME_NOUNS: Final = frozenset(
    "year week month night morning afternoon evening weekend day monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
_TIME_LEAD: Final = frozenset("last this next on that every one same past".split())
_WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_WEEKDAYS: Final = frozenset(name.lower() for name in _WEEKDAY_NAMES)
#: The days as a regex alternation: "Monday|Tuesday|...".
WEEKDAY_ALTERNATION: Final = "|".join(_WEEKDAY_NAMES)
_VERB_HEADS: Final = frozenset(
    "said says say told tells tell thought thinks wrote writes knew".split()
)
# Irregular verb forms that never head a subject (``they still felt called``, ``would only
# get called on``, ``that became known as``): the subject is further left, or there is none.
_NOT_SUBJECT_VERBS: Final = frozenset(
    "felt get gets got gotten became become went gone came made gave took seen saw".split()
)
# An object pronoun ends a longer subject only after a preposition (``most of
# them said``, ``those around him acknowledge``); after a verb it is that verb's object and
# the subject of the cue (``hearing him say``, ``let me say``), a mention of its own.
_OBJECT_PRONOUNS: Final = frozenset(("him", "them", "me", "us"))
_OBJECT_LEADS: Final = frozenset("of around among between for with to from about like than".split())
_RELATIVE: Final = frozenset("who which whose where when whom".split())
# Words that open an aside telling when, where or how (not who): "X, in a statement, said".
_ADVERBIAL_ASIDES: Final = frozenset(
    "in on at during after before despite amid following like unlike as".split()
)
# Words that make the noun phrase after them an object.
_BEFORE_OBJECT: Final = _OBJECT_LEADS | _PREPOSITIONS | frozenset(("over", "into", "through"))
_PERSON_PRONOUNS: Final = frozenset(("he", "she"))
# Relative pronouns that stand as a cue's subject ("Obama, who called ...").
_RELATIVE_SUBJECTS: Final = frozenset(("who", "which"))
# Titles of offices: the words before one in a capitalised run are its description.
_OFFICES: Final = frozenset(
    (
        "chairman chairwoman chairperson president ceo cfo director spokesman spokeswoman "
        "spokesperson secretary minister governor gov senator sen rep representative mayor "
        "ambassador envoy judge commissioner manager analyst economist adviser advisor "
        "strategist officer official executive founder leader whip treasurer"
    ).split()
)
_PERSON_PREPOSITIONS: Final = frozenset(("for", "in", "at"))
# Lowercase heads besides titles that an "of" completes ("members of the Senate").
_OFFICE_HEADS: Final = frozenset("head member members supporters residents people".split())
# Heads of names that go on after "of": "Ministry of Finance", "Federal Reserve Bank of New York".
_OF_HEADS: Final = frozenset(
    "bank banks board bureau chamber federation league society school college church "
    "republic kingdom states city province army navy division".split()
)
_ORG_WORDS: Final = frozenset(
    (
        "news party department committee campaign government ministry university times post "
        "journal inc corp foundation institute council commission agency office house senate "
        "congress court bank group association network media press television radio company "
        "administration poll center centre union organization organisation reuters ap afp "
        "telegraph guardian cnn bbc fox nbc abc cbs msnbc twitter facebook taliban nato "
        "republicans democrats gop state states kingdom nations army police fbi cia pentagon "
        "kremlin street daily magazine club fund coalition movement alliance council"
    ).split()
)
_MAX_TOKENS: Final = 10
# Words before a name in a run of capitalised words that are not part of it.
# Prepositions that open a sentence before a name ("For Mr. Biden, the trip ...", "In
# Cleveland, police ..."): a name never starts with one.
_OPENING_PREPOSITIONS: Final = frozenset(
    (
        "for in on at with without against by from during under over through about into "
        "toward towards behind beyond besides inside outside near via"
    ).split()
)
_NOT_NAME_START: Final = (
    frozenset(("the", "a", "an")) | _TIME_WORDS | _STOP | _NOT_NAMES | _OPENING_PREPOSITIONS
)
_MAX_PAREN: Final = 8
# Marks that set off an aside between a subject and its verb.
_ASIDE_MARKS: Final = frozenset(",—–-")
_CLOSING_TOKENS: Final = frozenset(('"', "”", "''", "’’"))


@attrs.frozen
class Mention:
    """Where a speaker is named in the text, and how."""

    start: int
    end: int
    text: str

    def shifted(self, by: int) -> Mention:
        """The same mention with offsets moved by ``by``."""
        return Mention(self.start + by, self.end + by, self.text)


class _Noted(Protocol):
    @property
    def mention(self) -> Mention | None: ...

    @property
    def speaker(self) -> str | None: ...


class _Tokens:
    """The tokens of ``text[start:end]``: their words at once, their offsets when asked for.

    A mention needs the offsets of two or three of the dozens of tokens in its
    window. Tokens stand apart by white space alone, so the offset of a token is
    one string search from its neighbour's: from the window's end for the tokens
    in its second half, from its start for the others.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.words: list[str] = _tokens(text[start:end])
        self._start = start
        self._end = end
        self._head: list[int] = []  # offsets of the first tokens, in order
        self._tail: list[int] = []  # offsets of the last tokens, last first
        # The window starts a sentence (or a quote, a line): nothing of it before.
        before = text[max(0, start - 3) : start].rstrip(" \t")
        self.opens = not before or before[-1] in '.!?"”’\n:;'

    def start(self, i: int) -> int:
        """Where token ``i`` starts."""
        words = self.words
        n = len(words)
        if i < len(self._head):
            return self._head[i]
        if n - 1 - i < len(self._tail):
            return self._tail[n - 1 - i]
        if 2 * i >= n:
            # The last occurrence before the next token (nothing but white space between).
            bound = self._tail[-1] if self._tail else self._end
            for j in range(n - 1 - len(self._tail), i - 1, -1):
                bound = self.text.rfind(words[j], self._start, bound)
                self._tail.append(bound)
            return bound
        # The first occurrence after the token before.
        pos = self._head[-1] + len(words[len(self._head) - 1]) if self._head else self._start
        for j in range(len(self._head), i + 1):
            pos = self.text.find(words[j], pos, self._end)
            self._head.append(pos)
            pos += len(words[j])
        return self._head[i]

    def end(self, i: int) -> int:
        """Where token ``i`` ends."""
        return self.start(i) + len(self.words[i])


def _tokens(text: str) -> list[str]:
    """``_TOKEN.findall(text)``, found faster.

    No token spans white space, and letters and digits between two spaces are one
    token: only the other runs need the pattern, whose every match costs more than
    a string method.
    """
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():
            words.append(chunk)
        else:
            words.extend(_TOKEN.findall(chunk))
    return words


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def mention_before(text: str, s_start: int, cue_start: int, lexicon: Lexicon) -> Mention | None:
    """The subject standing before a cue (``Wallace`` in ``Wallace stressed``).

    Looks at the last 80 characters first, and at 200 when the subject may
    start further back (a long aside between commas).
    """
    near = max(s_start, cue_start - 80)
    found = _mention_before(text, near, cue_start, lexicon)
    if near > s_start and (found is None or found.start <= near + 1):
        found = _mention_before(text, max(s_start, cue_start - 200), cue_start, lexicon)
    return found


def _mention_before(text: str, window: int, cue_start: int, lexicon: Lexicon) -> Mention | None:
    toks = _Tokens(text, window, cue_start)
    i = _skip_adverbs(toks, len(toks.words) - 1)
    # "last year proposed", "on Tuesday said", "in 2012 wrote": a time before the verb.
    while (
        i >= 1
        and toks.words[i].lower() in _TIME_NOUNS
        and (toks.words[i - 1].lower() in _TIME_LEAD or toks.words[i - 1].lower() in _WEEKDAYS)
    ):
        i = _skip_adverbs(toks, i - 2)
    if i >= 1 and toks.words[i].lower() in _WEEKDAYS:
        i = _skip_adverbs(toks, i - 1)  # "Ryan Tuesday said"
    i = _skip_adverbial(toks, i)
    if i >= 2 and toks.words[i].lower() in ("to", "by") and _is_chain_verb(toks.words[i - 1]):
        # "interjected to say", "is reported to have called", "began by saying": the
        # subject of the verb before the infinitive speaks.
        i = _skip_adverbs(toks, i - 2)
    if i >= 1 and toks.words[i].lower() == "all":
        i = _floating_all(toks, i, lexicon)
    if i < 0:
        return None
    if i >= 1 and toks.words[i] in _CLOSING_TOKENS and _titled_aside(toks, i - 1):
        i -= 1  # "Dana Perino, a host of ''The Five,'' refused": the comma inside the marks
    if toks.words[i] == "," and i >= 1 and toks.words[i - 1] == ")":
        named = _named_before_parenthesis(text, toks, i - 1, lexicon)
        if named is not None:
            return named  # "Gov. John Kasich (R-OH), said": a stray comma after the party
    if toks.words[i] in _ASIDE_MARKS:
        aux = _aside_after_auxiliary(toks, i)
        if aux < 0:
            return _appositive(text, toks, i, lexicon)
        i = _skip_adverbs(toks, aux)  # "Smith has, in recent weeks, said"
        if i < 0:
            return None
    if toks.words[i].lower() in _RELATIVE_SUBJECTS:
        return _relative(text, toks, i, lexicon)
    if (
        i >= 1
        and toks.words[i] == "that"
        and toks.words[i - 1].lower() in _BEARERS
        and text.startswith(_BEARER_VERBS, cue_start)
    ):
        # "a message that said ...", "water bottles that said ...": the thing bearing the
        # words says them ("that" is its relative pronoun).
        return _relative(text, toks, i, lexicon)
    counted = _counting_subject(text, toks, i, lexicon) or _those(text, toks, i, lexicon)
    if counted is not None:
        return counted
    i = _skip_parenthesis(toks, i)
    if i < 0:
        return None
    end_i = i
    begin = _np_left(toks, i, lexicon)
    if begin is None:
        return None
    if begin >= 2:
        # "Trump at the time said", "a staffer in the room wondered", "a source speaking
        # to Fox News said": the noun phrase before the preposition is the subject.
        prep = toks.words[begin - 1].lower()
        j = begin - 2
        verb = toks.words[j]
        if prep in ("to", "with") and j >= 1 and verb.endswith("ing") and verb.islower():
            j -= 1
        elif prep in _FOR_WHOM and (head := _speaker_head(toks.words, begin - 1)) >= 0:
            # "An aide to Seguin said", "A spokesman for the Bundesbank said", "A source
            # close to the talks said": the aide, the spokesman and the source speak, and
            # whom they speak for belongs to the mention.
            subject = _np_left(toks, head, lexicon)
            if subject is not None:
                return _make(text, toks.start(subject), toks.end(end_i))
            j = -1
        elif verb.lower() in _AUXILIARIES and prep in _ASIDE_PREPOSITIONS:
            j = _skip_adverbs(toks, j)  # "Smith had in the past argued"
        elif prep not in _PLACE_PREPOSITIONS:
            j = -1
        rel = _skip_adverbs(toks, begin - 2)
        if prep in _ASIDE_LEADS and rel >= 0 and toks.words[rel].lower() in _RELATIVE_SUBJECTS:
            # "Reed, who has in the past called", "Reed, who through her office
            # declined": the noun phrase after the preposition is its object.
            return _relative(text, toks, rel, lexicon)
        subject = _np_left(toks, j, lexicon) if j >= 0 else None
        if subject is not None:
            return _make(text, toks.start(subject), toks.end(j))
    return _make(text, toks.start(begin), toks.end(end_i))


# Things that bear words, and the verbs that say what they bear (not a video, a letter
# or a tweet, which their author speaks through).
_BEARERS: Final = frozenset(
    (
        "message messages sign signs banner banners shirt shirts t-shirt t-shirts bottles hat "
        "hats button buttons sticker stickers headline headlines note notes placard placards "
        "poster posters caption slogan website page billboard billboards"
    ).split()
)
_BEARER_VERBS: Final = ("said", "says", "read", "reads", "reading", "stated", "declared")


def _titled_aside(toks: _Tokens, comma: int) -> bool:
    """True when the comma at token ``comma``, inside closing quote marks, ends an aside
    after a name that holds a quoted title (``Dana Perino, a host of ''The Five,''``),
    not a quote's own words (``"Oh, let him make that decision," said``)."""
    if toks.words[comma] != ",":
        return False
    titled = False
    for k in range(comma - 1, max(0, comma - _MAX_TITLED), -1):
        word = toks.words[k]
        if word == ",":
            return titled and _is_cap(toks.words[k - 1])
        titled = titled or word[0] in OPENING_MARKS
    return False


_MAX_TITLED: Final = 24


def _counting_subject(text: str, toks: _Tokens, i: int, lexicon: Lexicon) -> Mention | None:
    """``She makes as many remarks``, ``He gave a few hints``: a quantifier after
    a verb counts the cue noun; the verb's subject is the source (None if not this shape)."""
    if i < 3 or toks.words[i].lower() not in _QUANTIFIERS:
        return None
    if toks.words[i - 1].lower() not in _QUANTIFIER_LEADS or not _is_chain_verb_like(
        toks.words[i - 2]
    ):
        return None
    j = _skip_adverbs(toks, i - 3)
    begin = _np_left(toks, j, lexicon) if j >= 0 else None
    if begin is None:
        return None
    return _make(text, toks.start(begin), toks.end(j))


def _those(text: str, toks: _Tokens, i: int, lexicon: Lexicon) -> Mention | None:
    """``Those polled said``, ``Most of those interviewed said``, ``those close to him
    say``: ``those`` and the words after it that say who they are name the source, when
    ``those`` opens a clause (not ``He thanked those polled``). So do the people a poll
    asked: ``Republicans surveyed said``."""
    if i < 1:
        return None
    if toks.words[i] in _SURVEYED:
        head = toks.words[i - 1].lower()
        if head == "people" or head.endswith("s"):
            begin = _np_left(toks, i - 1, lexicon)
            return _make(text, toks.start(begin), toks.end(i)) if begin is not None else None
    window = toks.words[max(0, i - _MAX_THOSE) : i]
    if "those" not in window and "Those" not in window:
        return None  # the common case, found without a loop
    for k in range(i - 1, max(-1, i - _MAX_THOSE), -1):
        word = toks.words[k].lower()
        if word == "those":
            break
        if not toks.words[k][0].isalnum() or word in _NOT_AFTER_THOSE:
            return None
        if word.endswith("ed") and (k == 0 or not _passive_after(toks.words[k - 1].lower())):
            return None  # "Several of those ministers criticised the EC for what they saw"
    else:
        return None
    start = k
    if k >= 2 and toks.words[k - 1] == "of" and toks.words[k - 2].lower() in _OF_THOSE:
        start = k - 2  # "Most of those polled", "Half of those surveyed"
    elif k == 0 and not toks.opens:
        return None  # the word before "those" is out of the window
    lead = toks.words[start - 1] if start > 0 else ""
    if lead and lead.lower() not in _CLAUSE_LEADS and lead[-1] not in ",;:":
        return None
    return _make(text, toks.start(start), toks.end(i))


_MAX_THOSE: Final = 8
_SURVEYED: Final = frozenset("polled surveyed interviewed questioned sampled".split())
# Words that show a clause of its own between "those" and the cue ("those who said it
# would fail now say"); a relative "who" and its verb stay inside the phrase.
_NOT_AFTER_THOSE: Final = frozenset(
    "that said says say told and but because if when while so what he she they we it".split()
)
_OF_THOSE: Final = _QUANTIFIERS | frozenset("half none one majority any each".split())
_CLAUSE_LEADS: Final = frozenset(
    "while and but as because although though when if since that whereas yet".split()
)


def _passive_after(word: str) -> bool:
    """True for a word after which a word in -ed is a participle describing ``those``
    (``those polled``, ``those who were surveyed``), not a verb of a clause."""
    return word in _BE_FORMS or word in ("those", "who")


def _is_chain_verb_like(tok: str) -> bool:
    """A lowercase word that may be a verb (not a function word)."""
    low = tok.lower()
    return tok.isalpha() and tok.islower() and low not in _STOP and low not in _PREPOSITIONS


def _floating_all(toks: _Tokens, i: int, lexicon: Lexicon) -> int:
    """The subject before a floating ``all`` at token ``i`` (``the ministers all urged``).

    ``all`` stands for its group only when no noun phrase comes before it
    (``avoided all mention``, ``are all quick to``): then ``i`` itself.
    """
    j = _skip_adverbs(toks, i - 1)
    if j >= 0 and _np_left(toks, j, lexicon) is not None:
        return j
    return i


# Prepositions between a person and whom the person speaks for ("an aide to Seguin").
_FOR_WHOM: Final = frozenset(("to", "for", "of"))
# Heads of a person who speaks for someone else, besides `_PERSON_HEADS`.
_AGENTS: Final = frozenset(
    "aide friend associate ally assistant lawyer attorney counsel confidant".split()
)


def _is_body(word: str) -> bool:
    """True when ``word`` ends the name of an institution or a company (``Centre``,
    ``Corp``, ``Committee``) or is an acronym (``CFTC``)."""
    if len(word) > 1 and word.isalpha() and word.isupper():
        return True
    low = _possessor(word.lower()).rstrip(".")
    return low in _INSTITUTIONS or low in _REGISTERED or low in _BODIES


# Heads of bodies' names besides `_INSTITUTIONS` ("Centre", "Board", "Federation"): "the
# Distributive Trades Survey Panel".
_BODIES: Final = frozenset("panel authority service trust exchange".split())


def _speaker_head(words: list[str], prep: int) -> int:
    """Where the head of a person who speaks stands when the preposition ``words[prep]``
    joins that person to whom the person speaks for (``an aide to``, ``a spokesman
    for``, ``a source close to``, ``an official of``), else -1 (``a letter to``,
    ``Critics of``)."""
    k = prep - 1
    if words[prep].lower() == "to" and k >= 1 and words[k].lower() == "close":
        k -= 1
    head = words[k].lower()
    return k if (head in _PERSON_HEADS or head in _AGENTS) and words[k].islower() else -1


_PLACE_PREPOSITIONS: Final = frozenset("at in on during inside outside near within".split())
_AUXILIARIES: Final = frozenset(
    "has have had will would could should can may might must did does do".split()
)
# Prepositions that open an adverbial phrase between an auxiliary and its verb.
_ASIDE_PREPOSITIONS: Final = frozenset(
    "in on at during over after for since before under within throughout across".split()
)
_MAX_ASIDE: Final = 8
# Prepositions opening a phrase between a relative pronoun and its verb
# ("who through his office declined").
_ASIDE_LEADS: Final = _PREPOSITIONS.union(_ASIDE_PREPOSITIONS, ("through", "like", "unlike", "via"))


def _aside_after_auxiliary(toks: _Tokens, close: int) -> int:
    """The auxiliary before an aside that ends at ``close`` and opens with a preposition
    (``has, in recent weeks,``), or -1: the aside is no part of the subject."""
    mark = toks.words[close]
    j = close - 1
    while j >= 0 and close - j <= _MAX_ASIDE and toks.words[j] != mark:
        j -= 1
    if j < 1 or close - j > _MAX_ASIDE or j + 1 >= close:
        return -1
    if toks.words[j + 1].lower() not in _ASIDE_PREPOSITIONS:
        return -1
    return j - 1 if toks.words[j - 1].lower() in _AUXILIARIES else -1


def _is_chain_verb(tok: str) -> bool:
    """A lowercase verb that can take an infinitive (``wants``, ``declined``, ``better``)."""
    low = tok.lower()
    return (
        _is_chain_verb_like(tok)
        and low not in _DETERMINERS
        and (low.endswith(("ed", "s")) or low in _CHAIN_VERBS)
    )


_CHAIN_VERBS: Final = frozenset(
    "want need try decline refuse seem appear began begin went go had better have "
    "plan hope expect continue "
    # "were more likely to say", "is willing to say": an adjective before the infinitive.
    "likely unlikely willing unwilling able unable eager ready quick reluctant".split()
)


# A time unit in a phrase such as "two weeks ago" or "a month later".
_TIME_UNITS: Final = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades".split()
)
# How many of a time unit: "two weeks", "a month", "several days", "24 hours".
_TIME_COUNTS: Final = frozenset(
    "a an one two three four five six seven eight nine ten few several many some".split()
)
# "less than two weeks ago", "about a month later": a bound before the count.
_TIME_BOUNDS: Final = frozenset("than about nearly almost only just barely some roughly".split())
# "can be heard asking", "was seen shaking": a verb of perception in the passive, whose
# subject is the one the participle after it describes.
_PERCEIVED: Final = frozenset("heard seen shown spotted caught pictured filmed overheard".split())
_BE_FORMS: Final = frozenset("be been being is are was were".split())
_RELATIVE_TIME: Final = frozenset(("ago", "later", "earlier"))
# The words that can end a phrase `_skip_adverbial` skips.
_ADVERBIAL_LAST: Final = (
    _PERCEIVED | _TIME_NOUNS | _RELATIVE_TIME | _TIME_UNITS | _TIME_WORDS | {"time"}
)
# Words that open a phrase of time before a day or a month: "in January", "on Monday".
_BEFORE_DATE: Final = frozenset("in on last this since".split())


def _skip_adverbial(toks: _Tokens, i: int) -> int:
    """The token before an adverbial or a passive verb of perception ending at ``i``.

    ``The department less than two weeks ago said``, ``Fiorina a month later
    announced``, ``Gowdy earlier in the day touted``, ``Trump did not at any time
    mention``, ``a reporter can be heard asking``: the words between a subject and
    its verb are no subject themselves. ``i`` itself when no such phrase ends there.
    """
    words = toks.words
    if i < 1:
        return i
    low = words[i].lower()
    if low not in _ADVERBIAL_LAST:
        return i  # most subjects stand right before their verb: one lookup rules them out
    if low in _PERCEIVED and words[i - 1].lower() in _BE_FORMS:
        return _skip_adverbs(toks, i - 2)
    if low in _TIME_WORDS:
        # "A CNN poll in January shows", "The senator on Monday said"
        return _skip_adverbs(toks, i - 2) if words[i - 1].lower() in _BEFORE_DATE else i
    if (
        i >= 3
        and low in _TIME_NOUNS
        and words[i - 1].lower() == "the"
        and words[i - 2].lower() in ("in", "of")
        and words[i - 3].lower() in ("earlier", "later")
    ):
        return _skip_adverbs(toks, i - 4)  # "earlier in the day"
    if low == "time" and i >= 2 and words[i - 1].lower() == "any" and words[i - 2] == "at":
        return _skip_adverbs(toks, i - 3)  # "at any time"
    if low in _RELATIVE_TIME and words[i - 1].lower() in _TIME_UNITS:
        j = i - 2
    elif low in _TIME_UNITS and i + 1 < len(words) and words[i + 1].lower() in _RELATIVE_TIME:
        j = i - 1  # "later" was skipped as an adverb
    else:
        return i
    if j < 0 or not (words[j].lower() in _TIME_COUNTS or words[j].isdigit()):
        return i
    j -= 1
    while j >= 0 and words[j].lower() in _TIME_BOUNDS:
        j -= 1
    if j >= 0 and words[j].lower() in ("less", "more"):
        j -= 1
    return _skip_adverbs(toks, j)


def _skip_adverbs(toks: _Tokens, i: int) -> int:
    """The last token at or before ``i`` that is not an auxiliary or an adverb.

    ``could only quip``, ``has also repeatedly said``: auxiliaries and adverbs in
    ``-ly`` mix in any order between a subject and its verb.
    """
    while i >= 0:
        tok = toks.words[i]
        low = tok.lower()
        if not _is_word(tok) or _is_cap(tok):
            break
        if low == "far" and i and toks.words[i - 1].lower() in ("so", "thus"):
            i -= 2  # "Poindexter has so far invoked"
            continue
        if (
            low not in _SKIP_BEFORE_CUE
            and not low.endswith(("ly", "n't", "n’t"))  # "don’t think", "wouldn't say"
        ):
            break
        i -= 1
    return i


def _named_before_parenthesis(
    text: str, toks: _Tokens, close: int, lexicon: Lexicon
) -> Mention | None:
    """The name before a short parenthesis closing at token ``close``
    (``Sen. Jack Reed (D-R.I.)``) that opens its clause, or None.

    A name after a word or opening with one (``others, including Rep. Raul Grijalva
    (D-Ariz.),``, ``conducted with Shaw & Company (R),``) is part of an aside, not
    the subject.
    """
    k = _skip_parenthesis(toks, close)
    if k == close or k < 0 or not _is_cap(toks.words[k]):
        return None
    begin = _np_left(toks, k, lexicon)
    if begin is None or not _is_cap(toks.words[begin]):
        return None
    if begin > 0 and toks.words[begin - 1] != ",":
        return None
    return _make(text, toks.start(begin), toks.end(k))


def _skip_parenthesis(toks: _Tokens, i: int) -> int:
    """The token before a short parenthesis ending at ``i`` (``Sen. Jack Reed (D-R.I.)``)."""
    if i < 0 or toks.words[i] != ")":
        return i
    j = i - 1
    while j >= 0 and i - j <= _MAX_PAREN and toks.words[j] not in "()":
        j -= 1
    return j - 1 if j >= 0 and toks.words[j] == "(" else i


def _np_left(toks: _Tokens, i: int, lexicon: Lexicon) -> int | None:
    """Index of the first token of the noun phrase ending at token ``i``."""
    head = toks.words[i]
    low = head.lower()
    if low in _QUANTIFIERS and (i == 0 or toks.words[i - 1].lower() not in _DETERMINERS):
        return i  # "Several said", "most believe": a quantifier stands for its group
    if (
        not _is_word(head)
        or low in _STOP
        or low in _PREPOSITIONS
        or low in _TIME_WORDS
        or low in _DETERMINERS
        or (head[:1].isdigit() and not (i >= 2 and toks.words[i - 1].lower() in ("in", "of")))
    ):
        return None  # but "four in 10 said" names a share of a group
    if low in lexicon.pronouns:
        return i
    if not _is_cap(head) and (
        low.endswith(("ed", "ing")) or low in _VERB_HEADS or low in _NOT_SUBJECT_VERBS
    ):
        return None
    if (
        low in _OBJECT_PRONOUNS
        and not head.isupper()  # "the US said": a country, not "us"
        and (i == 0 or toks.words[i - 1].lower() not in _OBJECT_LEADS)
    ):
        return i  # "hearing him say", "letting them know": the pronoun alone
    if low in _NOT_NAMES and (i == 0 or not _is_cap(toks.words[i - 1])):
        return None  # "Within weeks of the vote, he", "Despite criticizing the plan"
    begin = i
    j = i - 1
    after_of = -1  # the first token after the last "of" crossed
    company = False  # an "and Co" was crossed, and no comma since
    while j >= 0 and i - j < _MAX_TOKENS:
        tok = toks.words[j]
        low = tok.lower()
        if _joins_names(toks.words, j, toks.opens) or (
            # "Sears, Roebuck and Co", "Smith Barney, Harris Upham and Co Inc"
            tok == "," and company and _is_cap(toks.words[j - 1] if j else "")
        ):
            # "Jefferies and Co", "S and P", "Spain and Portugal": one name, or two that
            # speak together.
            company = tok != ","
            begin = j - 1
            j -= 2
            continue
        if not _is_word(tok) or low in _STOP or low in _TIME_WORDS or low in lexicon.pronouns:
            break
        if low in _PREPOSITIONS:
            left = toks.words[j - 1] if j > 0 else ""
            if (
                not left
                or not _is_word(left)
                or (_is_cap(left) and not (low == "of" and _of_name(toks, j, lexicon)))
                or left.lower() in _STOP
            ):
                break
            if low == "of":
                after_of = j + 1
            begin = j - 1
            j -= 2
            continue
        if low in _DETERMINERS:
            if (
                low == "the"
                and j >= 2
                and toks.words[j - 1] == "of"
                and _of_name(toks, j - 1, lexicon)
            ):
                after_of = j
                begin = j - 2  # "the Chancellor of the Exchequer": the name goes on
                j -= 3
                continue
            begin = j
            break
        # A lowercase word before a name ("former secretary Rory Stewart") is kept,
        # but a verb is not ("whom voters elected Smith").
        if (
            not _is_cap(tok)
            and _is_cap(toks.words[begin])
            and begin == i
            and low.endswith(("ed", "ing"))
        ):
            break
        begin = j
        j -= 1
    if after_of >= 0 and j >= 0 and i - j >= _MAX_TOKENS and _is_cap(toks.words[j]):
        return after_of  # the name before "of" runs on past the bound: it is not cut
    return begin


# Head words of institutions whose names go on after "of" ("the Bank of Nova Scotia").
_INSTITUTIONS: Final = _ORG_WORDS | _OF_HEADS
# Prepositions between a person's name and a place or body ("Rob Portman of Ohio").
_AFFILIATIONS: Final = frozenset(("of", "at", "with", "from"))
# Titles of a person in a capitalised run (not the adjectives among the lexicon's titles,
# such as "American" or "State", which open the names of bodies too).
_HONORIFICS: Final = frozenset("mr mrs ms miss dr prof rev sir dame lord lady".split())
_PERSON_TITLES: Final = (
    _OFFICES
    | _HONORIFICS
    | frozenset(
        "gen col lt sgt capt king queen prince princess pope cardinal bishop rabbi imam sheikh "
        "emir sultan".split()
    )
)


def _names_person(run: list[str], before: str, lexicon: Lexicon) -> bool | None:
    """Whether a capitalised run before ``of``, ``at``, ``with`` or ``from`` names a
    person, ``before`` being the word before it: yes when a title or office opens it or
    stands before it (``Sen. Rob Portman``, ``analyst Robert Gordon``), or a common given
    name or an initial opens the name (``Rob Portman``, ``W.A. Kistler``); no when a word
    names a body (``Gold Fields``, ``American Academy``) or an office (``Secretary``);
    else None.
    """
    low = [w.lower().rstrip(".") for w in run]
    if low[-1] in lexicon.titles or any(w in _INSTITUTIONS or w in _COMPANY_ENDINGS for w in low):
        return False
    k = 0
    while k < len(low) - 1 and low[k] in lexicon.titles:
        k += 1
    if low[k] in lexicon.given or any(_INITIALS.fullmatch(w) for w in run[k:]):
        return True
    # "Sen. Barbara Mikulski", "King Fahd"; not "Executive Life Insurance Co".
    titled = before in _PERSON_TITLES or not _PERSON_TITLES.isdisjoint(low[:k])
    return True if titled and len(low) - k <= 2 else None


_INITIALS: Final = re.compile(r"(?:[A-Z]\.)+")
# Last words of companies' names besides `_ORG_WORDS` ("Hughes Tool Co", "Bayer AG").
_COMPANY_ENDINGS: Final = frozenset("co ltd plc ag sa nv llc lp gmbh".split())


def _joins_names(words: list[str], j: int, opens: bool = False) -> bool:
    """True when ``words[j]`` is an ``and`` or ``&`` inside one name or between two
    names that speak together: capitalised words on both sides, and ``Co`` or the like
    after it (``Jefferies and Co``, ``Merck & Co Inc``), or before it a run of
    capitalised words that no verb governs (``S and P said``, ``the Securities and
    Exchange Commission``, ``Spain and Portugal``; not ``Cruz won Iowa and Trump
    said``). ``opens`` says that ``words`` starts a sentence.
    """
    if not (
        words[j] in _AND
        and j >= 1
        and j + 1 < len(words)
        and _is_cap(words[j - 1])
        and _is_cap(words[j + 1])
    ):
        return False
    if words[j + 1].rstrip(".,;:") in _AND_COMPANY:
        return True
    m = j - 1
    while m > 0 and j - m < 3 and _is_cap(words[m - 1]) and _is_word(words[m - 1]):
        m -= 1
    if m == 0:
        return opens
    lead = words[m - 1]
    return lead in (",", "(") or lead.lower() in _NAME_LEADS


_AND: Final = frozenset(("and", "&"))
# Words before a run of capitalised words that make it no verb's object ("the S and P").
_NAME_LEADS: Final = frozenset("the of for at with by from".split())
# What follows "and" or "&" in a company's name ("Jefferies and Co", "Dow Jones & Company").
_AND_COMPANY: Final = frozenset("Co Cos Company Sons Partners Associates Cie".split())


def _of_name(toks: _Tokens, of: int, lexicon: Lexicon) -> bool:
    """True when ``of`` at token ``of`` joins the words of one noun phrase: an
    institution or an office before it (``the Bank of Japan``, ``House of
    Representatives``, ``Secretary of State John Kerry``, ``the mayor of New York``) or
    a person or body in capitals (``Sen. Rob Portman of Ohio``, ``Gold Fields of South
    Africa``), and a capitalised word after; not a count (``Half of Vermont Democrats``:
    they are the Vermont Democrats)."""
    head = toks.words[of - 1].lower().rstrip(".")
    nxt = toks.words[of + 1] if of + 1 < len(toks.words) else ""
    if nxt.lower() == "the" and of + 2 < len(toks.words):
        nxt = toks.words[of + 2]
    return _is_cap(nxt) and (
        head in _ORG_WORDS
        or head in _OF_HEADS
        or head in lexicon.titles
        or (_is_cap(toks.words[of - 1]) and head not in _NOT_OF_HEADS)
    )


def _relative(text: str, toks: _Tokens, i: int, lexicon: Lexicon) -> Mention:
    """``Barack Obama, who called ...``: the mention runs from the antecedent to the pronoun.

    Its text is the antecedent, so that it resolves to a name.
    """
    j = i - 1
    if j >= 0 and toks.words[j] == ",":
        j -= 1
    begin = _np_left(toks, j, lexicon) if j >= 0 else None
    start, end = toks.start(i), toks.end(i)
    if begin is None:
        return Mention(start, end, toks.words[i])
    return Mention(toks.start(begin), end, _make(text, toks.start(begin), toks.end(j)).text)


def _appositive(text: str, toks: _Tokens, comma: int, lexicon: Lexicon) -> Mention | None:
    """The subject before an aside: ``X, who ..., said``, ``Ada Fisher, an RNC member, said``.

    A short clean appositive joins the mention (``A spokeswoman, Anna White,``);
    a relative clause or a long aside is skipped and the noun phrase before it
    is the subject.
    """
    mark = toks.words[comma]
    j = comma - 1
    while j >= 0 and toks.words[j] != mark:
        j -= 1
    if j >= 3 and _is_age(toks.words[j - 1]) and toks.words[j - 2] == mark:
        j -= 2  # "Jane Smith, 45, a nurse, said": the age is an aside too
    if j < 1:
        return None
    if toks.words[j - 1].lower() in _RELATIVE_SUBJECTS:
        # "Bret Stephens, who, after trading insults with Mr. Hannity, said"
        return _relative(text, toks, j - 1, lexicon)
    k = _skip_parenthesis(toks, j - 1)
    if k != j - 1:
        # "Sen. Jack Reed (D-R.I.), noting ..., said": the aside follows a name.
        np_start = _np_left(toks, k, lexicon) if k >= 0 else None
        return None if np_start is None else _make(text, toks.start(np_start), toks.end(k))
    np_start = _np_left(toks, j - 1, lexicon)
    if np_start is None:
        return None
    inner = toks.words[j + 1 : comma]
    first = inner[0].lower() if inner else ""
    if first in _ADVERBIAL_ASIDES:
        # "The minister, on the first day of a visit, said": the aside tells when or how.
        lead = toks.words[np_start - 1].lower() if np_start else ""
        if lead == "of" and np_start >= 2:
            # "Supporters of abortion rights, on the other hand, argued"
            outer = _np_left(toks, np_start - 2, lexicon)
            if outer is not None:
                return _make(text, toks.start(outer), toks.end(j - 1))
        elif lead not in _BEFORE_OBJECT:
            # Not "voters who listened to him over the decades, on TV, said": an object.
            return _make(text, toks.start(np_start), toks.end(j - 1))
    clean = (
        inner
        and first not in _RELATIVE
        # Not "Marine Le Pen, voiced support for Trump on Wednesday, saying": a verb.
        and not (inner[0][:1].islower() and first.endswith(("ing", "ed")))
        and len(inner) <= _MAX_TOKENS
        and all(_is_word(t) for t in inner)
        and (
            all(t.lower() not in _STOP for t in inner)
            # "Henry Clay's biographers, David and Jeanne Heidler, wrote": names joined
            or all(_is_cap(t) or _joins_names(inner, k, True) for k, t in enumerate(inner))
        )
    )
    if clean:
        return _make(text, toks.start(np_start), toks.end(comma - 1))
    if first in _RELATIVE or _is_cap(toks.words[j - 1]) or first.endswith(("ing", "ed")):
        # ", who ...,", a name before a long aside, or ", speaking on condition of ...,"
        np = _make(text, toks.start(np_start), toks.end(j - 1))
        if first in _RELATIVE_SUBJECTS:
            # It runs on to the pronoun, as in `_relative`: the cue may be the clause's.
            return Mention(np.start, toks.end(j + 1), np.text)
        return np
    return None


def mention_after(text: str, pos: int, s_end: int, lexicon: Lexicon) -> Mention | None:
    """The source after a cue: ``said Smith``, ``according to the news outlet``."""
    toks = _Tokens(text, pos, min(s_end, pos + 160))
    words = toks.words
    if not words:
        return None
    first = words[0]
    low = first.lower().rstrip(".,;:")  # "said one."
    if not _is_word(first) or (not _is_cap(first) and (low in _STOP or low in _PREPOSITIONS)):
        return None
    if low in _PERSON_PRONOUNS or low == "they":
        return _make(text, toks.start(0), toks.end(0))
    # "said retired neurosurgeon Ben Carson": a name within a few words counts.
    soon = any(_is_cap(t) for t in words[:4])
    named = (_is_cap(first) or low in lexicon.titles or soon) and low not in _DETERMINERS
    if not named and low not in _DETERMINERS and low != "another":
        return None  # "said another analyst"
    end = 0
    for k, tok in enumerate(words):
        tlow = tok.lower()
        if k and _joins_names(words, k, True) and k + 1 < _MAX_TOKENS:
            end = k + 1  # "said Richard Simon of Goldman Sachs and Co"
            continue
        if not _is_word(tok) or (tlow in _STOP and not _is_cap(tok)) or k >= _MAX_TOKENS:
            break
        if (
            tlow in _PREPOSITIONS
            and k + 1 < len(words)
            and not _is_cap(words[k + 1])
            # "said Larry Johnson of the Corn Growers": "of the" and a name go on with it.
            and not (
                tlow == "of" and words[k + 1] == "the" and _is_cap("".join(words[k + 2 : k + 3]))
            )
        ):
            break
        if (
            k
            and not _is_cap(tok)
            and tlow.endswith(("ed", "ing"))
            and words[k - 1].lower() not in _DETERMINERS
        ):
            break  # "said Smith, adding"; but "said a retired judge" holds an adjective
        end = k
    while end and (words[end].lower() in _PREPOSITIONS or words[end] == "the"):
        end -= 1  # the bound fell after "of" or "of the": the name stops before it
    return _make(text, toks.start(0), toks.end(end))


def _make(text: str, start: int, end: int) -> Mention:
    # A sentence's full stop is not part of a name ("said Ben Wallace."), an initial's is.
    while (
        end > start
        and text[end - 1] in ".,;:"
        # An initial ends in a dot, five characters at most from the end (a short search).
        and not (text[end - 1] == "." and _INITIAL.search(text, max(start, end - 6), end))
    ):
        end -= 1
    if end - start in (4, 5) and text[start:end].lower() in _PRONOUN_IS:
        end -= 2  # "she’s essentially saying": "she is"
    words = text[start:end]
    if not words.isprintable() or "  " in words:
        # Every white space character but " " is unprintable: only then is there any to fold.
        words = _SPACE.sub(" ", words)
    return Mention(start, end, words)


_PRONOUN_IS: Final = frozenset(p + s for p in ("he", "she") for s in ("'s", "’s"))
_INITIAL: Final = re.compile(r"(?:\b[A-Z]|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St))\.$")


_UNKNOWN: Final = 0
_MALE: Final = 1
_FEMALE: Final = 2
_FEMALE_TITLES: Final = ("Mrs. ", "Ms. ", "Mrs ", "Ms ", "Miss ")
# How far back a pronoun looks past names of the other sex.
_MAX_NAMES_BACK: Final = 20
# The most occurrences of a surname read for its sex (a long text names its subject often).
_MAX_SURNAME_VOTES: Final = 40
# The most speakers and names whose sex a text is searched for.
_MAX_SEXES: Final = 200
# A title and the word after it (``Mr. Smith``, ``Mrs Smith``, ``Miss Smith``). It opens
# with a literal, so that the engine skips to each "M" instead of trying every position.
_TITLED: Final = re.compile(r"M(?P<title>rs|s|iss|r)\.?[ ](?P<name>[A-Z][\w’'-]*)")
# A subject pronoun after a name, and what may not stand between them (another name, a
# quote, the sentence's end) for the pronoun to be the name's. Each alternative opens with
# a literal and checks the word's start after it (``\b`` spelled as a look-behind), so that
# the engine skips to each h, H, s or S instead of trying the pattern at every position.
_SUBJECT_PRONOUN: Final = re.compile(
    r"(?:h(?<!\w.)(?:e|imself|erself)|H(?<!\w.)e|s(?<!\w.)he|S(?<!\w.)he)\b"
)
_LOWER_WORD: Final = re.compile(r"[a-z][a-z]")
_PRONOUN_BARRIER: Final = re.compile(r"[A-Z.!?;:“”\"\n(]")


def _other_sex(sex: int) -> int:
    """`_FEMALE` for `_MALE` and the other way round."""
    return _MALE + _FEMALE - sex


def _latest_before(candidates: list[tuple[int, str]], pos: int) -> str:
    """The latest of (position, name) pairs before ``pos``, else the first."""
    for at, full in reversed(candidates):
        if at < pos:
            return full
    return candidates[0][1]


def _title_sex(mention: str) -> int:
    """The sex a mention's opening title gives (``Mrs. Clinton``, ``Mr Smith``), if any."""
    if not mention.startswith(("M", "m")):
        return _UNKNOWN  # every title read here opens with an M
    first = mention[:6].split(" ", 1)[0].rstrip(".").lower()
    if first == "mr":
        return _MALE
    if first in ("mrs", "ms", "miss"):
        return _FEMALE
    return _UNKNOWN


class _Reading(NamedTuple):
    """A mention's text, read once."""

    #: The pronoun the mention is, or None.
    pronoun: str | None
    #: The name in it, titles dropped (shared: not to be changed).
    name: list[str]
    #: True when the name is a person's, not an organisation's.
    is_person: bool
    #: True when the mention may be a ``they``: a group, an organisation, a plural noun.
    is_group: bool
    #: The speaker it names, or None for a pronoun or a bare surname (which depend on position).
    speaker: str | None


class SpeakerResolver:
    """Resolve mentions to the fullest name the text gives.

    Built once per text: it indexes every run of capitalised words, so that a
    surname finds its full name and a pronoun finds the latest person.
    """

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._text = text
        # How many words `_in_lower_case` has looked for (and names `_first_names`).
        self._lower_scans = 0
        self._names: list[tuple[int, str]] = []  # (position, full name of two or more words)
        self._by_surname: dict[str, list[tuple[int, str]]] = {}
        # A name recurs: each distinct run of words is read once, to its (full name, surname).
        read: dict[str, tuple[str, str] | None] = {}
        for m in _NAME_RUN.finditer(text):
            run = m.group()
            if run in read:
                entry = read[run]
            else:
                words = run.split()
                if words[-1].endswith(".") and _INITIAL.search(words[-1]) is None:
                    words[-1] = words[-1].rstrip(".")  # "... Donald Trump.": the full stop
                name = self._strip_titles(words)
                entry = None
                if len(name) >= 2 and not self._is_org(name) and not _title_case(name):
                    entry = (" ".join(name), name[-1])
                read[run] = entry
            if entry is not None:
                full, surname = entry
                at = m.start()
                self._names.append((at, full))
                self._by_surname.setdefault(surname, []).append((at, full))
        self._positions = [p for p, _ in self._names]
        # Attributions seen so far: (position, resolved speaker, is a person, is a group).
        self._noted: list[tuple[int, str, bool, bool]] = []
        # Mention texts read so far (each is read at least twice): see `_read`.
        self._read_cache: dict[str, _Reading] = {}
        # Surname -> (times after Mr., times after Mrs./Ms./Miss), read on first use.
        self._titled: dict[str, tuple[int, int]] | None = None
        # The sex the text gives each speaker and surname asked about: see `_sex`.
        self._sexes: dict[str, int] = {}

    def note(self, found: _Noted) -> None:
        """Remember an attribution, so that later pronouns can point back to it."""
        m = found.mention
        if m is None:
            return
        reading = self._read(m.text)
        if reading.pronoun is not None:
            return
        speaker = found.speaker or self.resolve(m)
        if speaker:
            self._noted.append((m.start, speaker, reading.is_person, reading.is_group))

    def resolve(self, mention: Mention) -> str | None:
        """The speaker's name (or description) for ``mention``."""
        reading = self._read(mention.text)
        if reading.pronoun is not None:
            return self._resolve_pronoun(reading.pronoun, mention.start)
        if reading.speaker is not None:
            return reading.speaker
        return self._complete(reading.name[0], mention.start, _title_sex(mention.text))

    def bound(self, pronoun: str, subject: Mention) -> str | None:
        """The speaker ``pronoun`` stands for when ``subject``, the subject of the clause
        that governs the pronoun's own in the same sentence, binds it; else None.

        In news prose a he, she or they that is the subject of a clause reported by, or
        set inside, another's (``Smith said he ...``, ``Smith, though she praised it,
        said ...``) is that clause's subject, whoever spoke last. It binds only a
        subject it agrees with: he and she a person the text names in full (or by a
        surname it completes) and shows to be of the pronoun's sex, or who has spoken
        before; they a group named in full or described by a plural noun.
        """
        low = pronoun.lower()
        if low not in ("he", "she", "they"):
            return None
        reading = self._read(subject.text)
        name = reading.name
        if reading.pronoun is not None or not name or " and " in subject.text:
            return None
        if any(w.lower() in _DETERMINERS for w in name):
            return None  # "His Catholic faith": a possessive, not a name
        speaker = self.resolve(subject)
        if speaker is None:
            return None
        if low == "they":
            head = subject.text.split()[-1]
            plural = head.islower() and head.endswith("s") and not head.endswith("ss")
            return None if reading.is_person or not (plural or len(name) >= 2) else speaker
        if not reading.is_person or (len(name) < 2 and name[0] not in self._by_surname):
            return None  # a group, or a lone capitalised word the text names no one by
        sex = _MALE if low == "he" else _FEMALE
        if self._sex(speaker) == sex or (
            self._sex(speaker) == _UNKNOWN and any(s == speaker for _, s, _, _ in self._noted)
        ):
            return speaker
        return None

    def _resolve_pronoun(self, pronoun: str, pos: int) -> str:
        low = pronoun.lower()
        if low not in ("he", "she", "they", "it"):
            return pronoun
        if low == "it":
            # "Ethyl Corp said ... It said": an "it" that reports points back to the
            # latest source nearby that is no person and no plural: a company, a body, a
            # singular description. An "it" that seems, reads or continues stays.
            if _IT_REPORTS.match(self._text, pos + 2) is None:
                return pronoun
            for at, speaker, is_person, _ in reversed(self._noted):
                if at < pos - _IT_REACH:
                    break
                if at < pos and not is_person and self._may_be_it(speaker):
                    return speaker
            return pronoun
        if low == "they":
            # They point back to a group, an organisation or a plural noun; not to a
            # description that cannot be one ("The goal", "the senator").
            for at, speaker, _, is_group in reversed(self._noted):
                if at < pos and is_group:
                    return speaker
            return pronoun
        latest: str | None = None
        for at, speaker, is_person, _ in reversed(self._noted):
            if at < pos and is_person:  # he/she point back to a person
                latest = speaker
                break
        if latest is None:
            k = bisect.bisect_left(self._positions, pos) - 1
            stop = max(-1, k - _MAX_NAMES_BACK)
            while k > stop and latest is None:
                name = self._names[k][1]
                if not is_country_name(name.split()):  # "Funaro ... West Germany ... he"
                    latest = name
                k -= 1
        sex = _MALE if low == "he" else _FEMALE
        if latest is not None and self._sex(latest) != _other_sex(sex):
            return latest
        # The latest person is of the other sex ("she" after Mr. Smith): the latest
        # speaker, else name, that the text shows to be of the pronoun's sex.
        # None: the pronoun itself, rather than a name the text shows to be wrong.
        return self._latest_of_sex(sex, pos) or pronoun

    def _may_be_it(self, speaker: str) -> bool:
        """True when a source that is no named person may be an ``it``: a name, or a
        description of a body or a document (``The company``, ``the statement``); not a
        plural (``officials``) or a person described (``A spokesman``)."""
        head = speaker.rsplit(" ", 1)[-1]
        low = head.lower()
        if head[:1].isupper():
            # Not "Analysts" or "Others" opening a sentence, nor "Chairman".
            if (
                (head == speaker and self._common_plural(low))
                or low in self._lexicon.female_nouns
                or low in self._lexicon.male_nouns
            ):
                return False
            # Nor "Japan" ("Japan hopes to ...", then "it added": the source before), as
            # when a country read as a person's name; "the U.S." and "the Soviet Union"
            # read as organisations' names, and may be.
            words = speaker.split()
            return not is_country_name(words) or self._is_org(words)
        return low in _THINGS

    def _latest_of_sex(self, sex: int, pos: int) -> str | None:
        """The latest speaker before ``pos`` of sex ``sex``, else the latest such name
        among the few before it, or None."""
        for at, speaker, is_person, _ in reversed(self._noted):
            if at < pos and is_person and self._sex(speaker) == sex:
                return speaker
        k = bisect.bisect_left(self._positions, pos) - 1
        stop = max(-1, k - _MAX_NAMES_BACK)
        while k > stop:
            name = self._names[k][1]
            if self._sex(name) == sex and not is_country_name(name.split()):
                return name
            k -= 1
        return None

    def _sex(self, speaker: str) -> int:
        """Whether the text shows ``speaker`` to be a man (`_MALE`), a woman (`_FEMALE`),
        or neither (`_UNKNOWN`); remembered for the text.

        A word of the speaker's own decides first (``Mrs.``, ``spokeswoman``, a
        common first name); else what the text says of the surname, or of the
        whole name when two people share the surname (`_name_sex`).
        """
        known = self._sexes.get(speaker)
        if known is None:
            known = _UNKNOWN
            if len(self._sexes) >= _MAX_SEXES:
                return known  # each costs a scan of the text: a bound keeps the whole linear
            words = speaker.split()
            for n in range(len(words)):
                known = self._word_sex(words, n)
                if known:
                    break
            surname = words[-1].rstrip(".,") if words else ""
            if known == _UNKNOWN and _is_cap(surname) and surname.isalpha():
                low = surname.lower()
                if low not in self._lexicon.pronouns and low not in _TIME_WORDS:
                    # A surname two people of the text share says nothing of either.
                    # So does one that takes both Mr. and Mrs. (the Clintons).
                    names = self._by_surname.get(surname, [])
                    shared = len({full for _, full in names}) > 1 or self._two_titles(surname)
                    known = self._name_sex(speaker.rstrip(".,") if shared else surname)
            self._sexes[speaker] = known
        return known

    def _word_sex(self, words: list[str], n: int) -> int:
        """The sex word ``n`` of a mention gives: a noun in lower case (``the
        senator's wife``), or a title or first name before a name (``Mrs. Clinton``,
        ``Mary Smith``; not ``Virginia Gov. Terry McAuliffe``)."""
        word = words[n]
        low = word.lower().strip(".,")
        lex = self._lexicon
        if low.endswith(("'s", "’s")):
            return _UNKNOWN  # "the senator's wife": the possessor is someone else
        if word.islower():
            if low in lex.female_nouns:
                return _FEMALE
            return _MALE if low in lex.male_nouns else _UNKNOWN
        if n + 1 == len(words) or not _is_cap(words[n + 1]):
            return _UNKNOWN
        if words[n + 1].lower().rstrip(".,") in lex.titles:
            return _UNKNOWN
        return _FEMALE if low in lex.female else _MALE if low in lex.male else _UNKNOWN

    def _two_titles(self, surname: str) -> bool:
        """True when the text gives a surname both ``Mr.`` and ``Mrs.``/``Ms.``: two people."""
        male, female = self._title_counts(surname)
        return male > 0 and female > 0

    def _title_counts(self, name: str) -> tuple[int, int]:
        """How often ``Mr.`` and ``Mrs.``/``Ms.``/``Miss`` stand before ``name``.

        One pass over the text indexes every titled surname; a name of several
        words (two people share its surname) is counted in the text itself.
        """
        if " " in name:
            text = self._text
            male = text.count("Mr. " + name) + text.count("Mr " + name)
            return male, sum(text.count(t + name) for t in _FEMALE_TITLES)
        if self._titled is None:
            self._titled = {}
            text = self._text
            for m in _TITLED.finditer(text):
                if m.start() and text[m.start() - 1].isalnum():
                    continue  # "HMS Victory", not a title
                key = _possessor(m.group("name"))
                male, female = self._titled.get(key, (0, 0))
                if m.group("title") == "r":
                    male += 1
                else:
                    female += 1
                self._titled[key] = (male, female)
        return self._titled.get(name, (0, 0))

    def _name_sex(self, surname: str) -> int:
        """What the text says of a surname's sex: ``Mr. Smith`` and ``Mrs. Smith``
        (three votes each), and ``Smith said he`` and ``Smith said she`` (one vote
        each: the first he or she after the name in its sentence, with no capital,
        quote mark or full stop between, and not after ``Smith's``). One side must
        have twice the other's votes.
        """
        text = self._text
        male, female = self._title_counts(surname)
        male, female = 3 * male, 3 * female
        pos = text.find(surname)
        seen = 0
        while pos >= 0 and seen < _MAX_SURNAME_VOTES:
            end = pos + len(surname)
            seen += 1
            after = text[end : end + 1]
            # "Smith's wife said she": the pronoun is not Smith's; "Smithson" is not Smith.
            if not (after.isalnum() or after in "'’"):
                m = _SUBJECT_PRONOUN.search(text, end, end + 80)
                if (
                    m is not None
                    and not _PRONOUN_BARRIER.search(text, end, m.start())
                    # A verb between ("Smith said he"): "On Sunday, she" says nothing of Sunday.
                    and _LOWER_WORD.search(text, end, m.start())
                ):
                    if m.group().lower() in ("he", "himself"):
                        male += 1
                    else:
                        female += 1
            pos = text.find(surname, end)
        if male > 2 * female:
            return _MALE
        if female > 2 * male:
            return _FEMALE
        return _UNKNOWN

    def _complete(self, surname: str, pos: int, sex: int = _UNKNOWN) -> str:
        """The full name of ``surname`` at ``pos``: the latest before it, else the first.

        When that name is of the other sex than the mention's title (``Bill
        Clinton`` for ``Mrs. Clinton``), the latest name not of the other sex is taken.
        """
        bare = surname[:-2] if surname.endswith(("’s", "'s")) else surname
        candidates = self._by_surname.get(bare)
        if not candidates:
            return bare
        full = _latest_before(candidates, pos)
        if sex and self._sex(full) == _other_sex(sex):
            fitting = [
                c
                for c in candidates
                if self._sex(c[1]) != _other_sex(sex)
                # "With Mrs. Clinton" is a sentence's opening, not a name.
                and c[1].split(" ", 1)[0].lower() not in _PREPOSITIONS
            ]
            if fitting:
                return _latest_before(fitting, pos)
        return full

    def _read(self, text: str) -> _Reading:
        """What a mention's text says, wherever it stands (remembered for the text)."""
        known = self._read_cache.get(text)
        if known is None:
            words = text.split()
            low = words[0].lower() if len(words) == 1 else ""
            if low in self._lexicon.pronouns:
                known = _Reading(words[0], [], False, False, None)
            elif low in _OTHER_CASES and not words[0].isupper():  # "US" is no "us"
                known = _Reading(_OTHER_CASES[low], [], False, False, None)
            else:
                name, complement, owned = self._name_in(words)
                # "Spain and Portugal", "S and P": two, or a firm; never a he or a she.
                is_person = bool(name) and not self._is_org(name) and _AND.isdisjoint(name)
                if owned:
                    # "Sanford Margoshes of Shearson Lehman" is a person, "Critics of Trump"
                    # a group: the whole mention describes either.
                    plural = self._common_plural(_possessor(name[-1]).lower()) if name else True
                    is_person = is_person and not plural
                    known = _Reading(None, name, is_person, not is_person, text.strip(" ,"))
                elif not name or complement:
                    head = _head(words)
                    group = _group_noun(head)
                    if head in _PERSON_HEADS:
                        # "the source", "a spokesman for the ministry": one person, whom a
                        # he or a she may stand for.
                        is_person = not group
                    elif head in _THINGS:
                        is_person = False  # "A Reuter report from Washington"
                    known = _Reading(None, name, is_person, group, text.strip(" ,"))
                elif is_person and self._is_country(name):
                    # "Brazil said": no he, she, it or they points back to a country.
                    full = " ".join(name) if len(name) > 1 else None
                    known = _Reading(None, name, False, False, full)
                elif len(name) == 1:
                    # A surname (see `_complete`), an organisation's name ("Congress"), or a
                    # word opening a sentence that names no one ("Voters", "Others").
                    word = _possessor(name[0])
                    if is_person and word not in self._by_surname and not name[0].isupper():
                        low = word.lower()
                        if low in _NOBODY or self._common_plural(low):
                            is_person = False
                            group = low not in _NOBODY
                        else:
                            group = False
                    else:
                        group = not is_person
                    known = _Reading(None, name, is_person, group, None)
                else:
                    known = _Reading(None, name, is_person, not is_person, " ".join(name))
            self._read_cache[text] = known
        return known

    def _common_plural(self, low: str) -> bool:
        """True when a lone capitalised word is a plural noun opening a sentence, not a
        surname: it ends as a plural and the text writes it in lower case too (``Voters
        said``, ``Aides said``), or it names a people or a following (``Russians``,
        ``Islamists``). ``Sanders`` and ``Brooks`` are in lower case nowhere."""
        if not _group_noun(_head([low])):
            return False
        if low.endswith(_PEOPLE_ENDINGS) or low in _SOURCE_PLURALS:
            return True
        return self._in_lower_case(low)

    def _in_lower_case(self, low: str) -> bool:
        """True when the text writes ``low`` as a word of its own: a common word, not a name.
        False once `_MAX_LOWER_SCANS` words were looked for (each is a scan of the text:
        the bound keeps the whole linear)."""
        if self._lower_scans >= _MAX_LOWER_SCANS:
            return False
        self._lower_scans += 1
        text = self._text
        pos = text.find(low)
        tries = 0
        while pos >= 0 and tries < _MAX_LOWER_TRIES:
            end = pos + len(low)
            if not (pos and text[pos - 1].isalpha()) and not text[end : end + 1].isalpha():
                return True
            pos = text.find(low, end)
            tries += 1
        return False

    def _name_in(self, words: list[str]) -> tuple[list[str], bool, bool]:
        """The name in a mention, titles dropped, whether it is only a complement, and
        whether an ``of`` joins it to another name (`_of_names`).

        The name is the run of capitalised words that an aside follows
        (``Jane Smith, 45, a nurse``, ``Former governor Jan Brewer, an early
        supporter of Trump``), else the mention's last run. A one-word name
        after a preposition (``a nurse from Leeds``, ``the mayor of London``) is
        a complement: the mention is a description, not that name.
        """
        run: list[str] = []
        owner: list[str] = []  # the run before an "of" that joins it to the next
        # "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas": no one person.
        two = not _AND.isdisjoint(words) and any(
            words[n + 1].rstrip(".,;:") not in _AND_COMPANY and _joins_names(words, n, True)
            for n in range(1, len(words) - 1)
        )
        institution = -1  # where an "of" after an institution's head word stands
        run_start = 0
        listed = False  # a comma stands inside the run
        comma = 0
        before = ""
        described = False  # a lowercase head and a preposition came before the run
        for n, w in enumerate(words):
            clean = w.strip(",;:")
            if clean[:1].isupper() or (run and clean in ("de", "van", "von", "der", "al", "bin")):
                if not run:
                    before = words[n - 1].lower() if n else ""
                    described = described or _head_of_complement(words, n, self._lexicon.titles)
                    listed = False
                    run_start = n
                if clean != w and not listed:
                    comma = len(run) + 1  # where the words after the first comma start
                listed = listed or clean != w  # "Sir Roy Denman, Head of ...": no one name
                run.append(clean)
                if (
                    w.endswith(",")
                    and n + 1 < len(words)
                    and not words[n + 1][:1].isupper()  # "Ames, Bell and Cole": a list
                    and before not in _PREPOSITIONS
                ):
                    break  # an aside follows the name
            elif run and n + 1 < len(words) and _joins_names(words, n, True):
                run.append(w)  # "Jefferies and Co", "Merck & Co Inc": one name
            elif (
                w in _AFFILIATIONS
                and run
                and not listed
                and not two
                and self._names_person(run, before)
            ):
                # "Sen. Rob Portman of Ohio", "Brian Waterhouse at James Capel and Co": the
                # person's name, then a place or a body.
                break
            elif w == "of" and run and _possessor(run[-1].lower()).rstrip(".") in _INSTITUTIONS:
                institution = n  # "The Bank of Nova Scotia": the name goes on after "of"
                run = []
            elif w == "of" and run and _of_names(words, n, self._lexicon.titles):
                # "Sanford Margoshes of Shearson Lehman", "Gold Fields of South Africa Ltd",
                # "Critics of Trump": the first run is who or what the mention names.
                owner = owner or run
                run = []
            else:
                run = []
        if owner:
            return self._strip_titles(owner), True, True
        if run and run[-1].endswith(("’s", "'s")):
            return [], False, False  # "Twitter's chief executive": the possessor is not the speaker
        if listed and 2 <= len(run) - comma <= 4 and _is_body(run[comma - 1]):
            # "The director of the European Centre, Ina Kirsch", "The political department
            # head at Iraq's Defence Ministry, Abdul Jabbar Muhsen": the body, then the
            # person, who is the one the mention names.
            return self._strip_titles(run[comma:]), False, False
        name = self._strip_titles(run)
        if (
            0 < run_start - institution <= 2
            and institution >= 0
            and _OFFICES.isdisjoint(w.lower().rstrip(".") for w in run)
        ):
            # "The University of Southern California" (not "Southern California"); but
            # "the Bank of England Governor Mervyn King", "Bank of Japan governor Satoshi
            # Sumita" are persons.
            return name, True, False
        if (
            len(name) == 1
            and len(run) > 1
            and name[0].lower().rstrip(".") in _PERSON_TITLES
            and _HONORIFICS.isdisjoint(w.lower().rstrip(".") for w in run)
        ):
            return name, True, False  # "The Agriculture Minister": titles, no name (not "Mr. King")
        # "a nurse from Leeds", "the chairman of the Association of Coffee Exporters": a
        # description; not "Secretary of State John Kerry".
        complement = before in _PREPOSITIONS and (len(name) == 1 or described)
        # "a spokesman for the Bundesbank", "an aide to Seguin": the last run completes
        # the person the mention describes.
        k = _skip_article(words, run_start - 1)
        if k >= 1 and words[k] in _FOR_WHOM and not listed:
            complement = complement or _speaker_head(words, k) >= 0
        return name, complement, False

    def _strip_titles(self, words: list[str]) -> list[str]:
        titles = self._lexicon.titles
        last = len(words) - 1
        k = 0
        if "." in "".join(words):  # most runs hold no full stop: no word to test
            for j in range(last):
                # "... the Freedom of Information Act. But Trump": a sentence ends inside the run.
                word = words[j]
                if (
                    word[-1:] == "."
                    and len(word) > 3
                    and "." not in word[:-1]  # "E.F. Hutton": initials, no sentence's end
                    and word[:-1].lower() not in titles
                ):
                    k = j + 1
        while k < last:
            low = words[k].lower()
            if not (
                low.rstrip(".") in titles
                or low in _NOT_NAME_START  # "While Clinton", "The Rev. Al Sharpton"
                or (low.endswith(("'s", "’s")) and not _in_name(words, k))  # "He's Donald Trump"
            ):
                break
            if low == "first" and self._first_names(words, k):
                break  # "First Interstate Bancorp", "First Boston"; not "First Lady Jill Biden"
            k += 1
        if last < 0:
            return words
        if _possessor(words[last].lower()) in _ORG_WORDS:
            # "The White House", "the State Department", "General Motors Corp": the words
            # before an organisation's head noun are its name, not a title.
            while k and (words[k - 1].lower().rstrip(".") in titles or words[k - 1] in _AND):
                k -= 1  # "the Trade and Industry Department": "and" joins two of its words
            return words[k:]
        for j in range(last - 1, k - 1, -1):
            if words[j].lower().rstrip(".") in _OFFICES:
                # "Hughes Tool Co Chairman W.A. Kistler", "N.J. Rep. Mathew Rinaldo": an
                # office inside the run ends what describes the person
                return words[j + 1 :]
        return words[k:]

    def _first_names(self, words: list[str], k: int) -> bool:
        """True when ``First`` at ``words[k]`` opens a name (``First Interstate Bancorp``,
        ``First Boston``), not a title (``First Lady``) or a sentence (``First Trump
        goes to Louisiana``): a company's word ends the run, or the text writes ``First``
        and the next word twice."""
        nxt = words[k + 1]
        if nxt.lower().rstrip(".") in self._lexicon.titles or nxt.endswith(("'s", "’s")):
            return False  # "First Chicago's Johnson": the name is after the possessive
        end = _possessor(words[-1].lower()).rstrip(".")
        if end in _INSTITUTIONS or end in _COMPANY_ENDINGS:
            return True
        if self._lower_scans >= _MAX_LOWER_SCANS:
            return False
        self._lower_scans += 1
        return self._text.count(f"{words[k]} {nxt}") >= 2

    def _names_person(self, run: list[str], before: str) -> bool:
        """True when a capitalised run before ``of`` or the like names a person
        (`_names_person`), or the text calls it by its last word alone, which it never
        writes in lower case (``Ray Stone of Merrill Lynch`` ... ``Stone said``; not
        ``Motor Sales``)."""
        verdict = _names_person(run, before, self._lexicon)
        if verdict is not None:
            return verdict
        name = self._strip_titles(run)
        if len(name) < 2 or self._lower_scans >= _MAX_LOWER_SCANS:
            return False
        self._lower_scans += 1
        text = self._text
        surname = name[-1]
        if text.count(surname) <= text.count(f"{name[-2]} {surname}"):
            return False
        return not self._in_lower_case(surname.lower())

    def _is_country(self, name: list[str]) -> bool:
        """True when ``name`` is a country's (``Brazil``, ``West Germany``), not a
        surname the text gives in full (``Jordan`` after ``Jerry Jordan``)."""
        if not is_country_name(name):
            return False
        fuller = self._by_surname.get(name[0], ()) if len(name) == 1 else ()
        # "Korea" after "South Korea" is the country; "Jordan" after "Jerry Jordan" the man.
        return all(is_country_name(full.split()) for _, full in fuller)

    @staticmethod
    def _is_org(name: list[str]) -> bool:
        """True when a name is an organisation's or a group's, not a person's.

        Only a possessive ending is dropped before the look-up: stripping every
        ``s`` would turn ``Democrats`` into ``democrat`` and ``Press`` into ``pre``.
        """
        for w in name:
            if _possessor(w.lower()) in _ORG_WORDS:
                return True
        return len(name) == 1 and name[0].isupper() and len(name[0]) > 1


def _of_names(words: list[str], of: int, titles: frozenset[str]) -> bool:
    """True when the ``of`` at ``of`` joins two capitalised runs that name one thing
    or one person together (``Sanford Margoshes of Shearson Lehman``, ``Critics of
    Trump``); not an institution's or an office's name (``the Bank of Japan``,
    ``Secretary of State John Kerry``), whose last run is the name."""
    head = words[of - 1].lower().rstrip(".,")
    if head in _INSTITUTIONS or head in titles or head in _NOT_OF_HEADS:
        return False
    nxt = words[of + 1] if of + 1 < len(words) else ""
    if nxt == "the" and of + 2 < len(words):
        nxt = words[of + 2]
    return _is_cap(nxt)


def _head_of_complement(words: list[str], n: int, titles: frozenset[str]) -> bool:
    """True when the capitalised run at ``n`` completes a lowercase head before it: a
    person ``for``, ``in`` or ``at`` a place or body (``a spokesman for the Bank``,
    ``a woman in Leeds``), or an office ``of`` one (``the mayor of New York``). Not
    ``a post from X``, ``speeches by X``, ``footage of X``: X is the source there."""
    k = _skip_article(words, n - 1)
    if k < 1 or not (words[k - 1].isalpha() and words[k - 1].islower()):
        return False
    prep, head = words[k].lower(), words[k - 1]
    if prep in _PERSON_PREPOSITIONS:
        return head not in _DETERMINERS
    return prep == "of" and (head in titles or head in _OFFICE_HEADS)


def _skip_article(words: list[str], k: int) -> int:
    """``k``, or the word before it when ``words[k]`` is an article (``for the Bank``)."""
    return k - 1 if k >= 0 and words[k].lower() in ("the", "a", "an") else k


def _is_age(word: str) -> bool:
    """A person's age standing as an aside (``Smith, 45,``)."""
    return word.isdigit() and len(word) <= 3


# Function words that a name never holds in capitals, but a headline or a title in title
# case does ("More Important Than Electing Obama", "Chuck Grassley Compares X To Y").
_TITLE_CASE_WORDS: Final = frozenset(
    "than is are was were has have to for with and or but in on at by from of the an your our "
    "his her their its this that how why what when not be about after into over as we you it"
    "".split()
)


def _title_case(name: list[str]) -> bool:
    """True when a run of capitalised words is a headline's, not a name: a function word
    after its first word is capitalised (an initial such as ``A.`` is not one)."""
    return any(w.lower() in _TITLE_CASE_WORDS for w in name[1:])


# Words that, opening a sentence, name no one person ("Everyone said", "Another said").
_NOBODY: Final = frozenset("everyone everybody nobody one another anyone someone each".split())
# Endings of a plural that names a people or a following ("Americans", "Islamists").
_PEOPLE_ENDINGS: Final = ("ians", "eans", "icans", "ists", "inos")
# Plural nouns that news prose quotes as sources ("Aides said", "Critics argue").
_SOURCE_PLURALS: Final = frozenset(
    "aides allies supporters voters officials critics advisers advisors analysts experts "
    "observers sources residents members leaders lawmakers legislators conservatives "
    "liberals progressives respondents protesters activists organizers organisers "
    "strategists donors delegates economists researchers scientists investigators "
    "prosecutors authorities witnesses opponents backers students parents workers "
    "others".split()
)
# The most lone capitalised words a text is searched for in lower case, and the most
# places each is looked at (each search is a scan of the text: the bounds keep it linear).
_MAX_LOWER_SCANS: Final = 200
_MAX_LOWER_TRIES: Final = 20
# Where a description's head noun ends: a preposition, a relative word, an aside's comma.
_AFTER_HEAD: Final = frozenset(
    "of in on at for with from by within among between including like to about across around "
    "near over against behind than who which that whose close".split()
)
# Nouns that name a group in the singular ("the campaign", "his team"), besides `_ORG_WORDS`.
_COLLECTIVE: Final = _ORG_WORDS | frozenset(
    "team staff crowd board firm family public majority audience panel jury industry "
    "community electorate establishment military opposition leadership caucus delegation "
    "people men women children folks".split()
)
# Counts that stand alone for a group ("Three said", "70 percent said").
_COUNTS: Final = frozenset(
    "percent dozens hundreds thousands millions two three four five six seven eight nine "
    "ten".split()
)
# Words that count the noun after "of", which is then the head ("a number of voters",
# "most of them", "a third of Democrats"; not "one of them").
_PARTITIVES: Final = (
    _QUANTIFIERS
    | _COUNTS
    | frozenset(
        "number chunk majority minority group handful lot share third half quarter bunch "
        "rest".split()
    )
)
# Words before "of" that count or pick out of a group, not name anyone in it.
_NOT_OF_HEADS: Final = _PARTITIVES | _NOBODY | frozenset("none neither either any".split())
# Words in -s that are not plural nouns.
_NOT_PLURAL: Final = frozenset("news series species politics economics always perhaps".split())


# The verbs after an "it" that reports, and how far back its source may stand.
_IT_REPORTS: Final = re.compile(
    r"[ \t]{1,3}(?:also[ \t]{1,3})?(?:said|says|added|adds|told|reported|announced|stated|noted"
    r"|estimated|forecast|expects|quoted)\b"
)
_IT_REACH: Final = 600
# Lowercase heads of a singular source that an ``it`` may stand for, besides the words
# of institutions ("the company", "the statement", "the report").
_IT_HEADS: Final = frozenset(
    (
        "firm unit subsidiary affiliate concern consortium institute statement report "
        "paper newspaper survey study document letter filing order ruling decision suit "
        "complaint review forecast agency organization organisation exchange embassy"
    ).split()
)
# Heads of a body or a document: no person.
_THINGS: Final = _INSTITUTIONS | _IT_HEADS


def _head(words: list[str]) -> str:
    """A description's head noun, in lower case: the last word before a preposition, a
    relative word or an aside's comma (``a spokesman for the ministry`` -> ``spokesman``)."""
    head = ""
    for w in words:
        low = w.lower()
        if low in _AFTER_HEAD and not (low == "of" and head in _PARTITIVES):
            break
        head = low.rstrip(",;:")
        if low.endswith(","):
            break
    return head


def _group_noun(head: str) -> bool:
    """True when a description's head noun (`_head`, lower case) names a group: a plural
    (``officials``, ``the voters``, ``Mr. Smith's advisers``) or a collective noun (``the
    campaign``). A singular head (``The goal``, ``the statement``, ``a supporter``) cannot
    be a ``they``; nor can a possessive."""
    if head in _COLLECTIVE or head in _QUANTIFIERS or head in _COUNTS or head.isdigit():
        return True
    return (
        len(head) > 3
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        and head not in _NOT_PLURAL
    )


# Head nouns of a description of one person who speaks and whom the text does not name
# ("the source", "a senior official", "the spokesman"). Titles are left out: "the
# president" or "the senator" stands for someone named before, whose name a he or a she
# should resolve to.
_PERSON_HEADS: Final = frozenset(
    "source official spokesman spokeswoman spokesperson analyst economist trader dealer "
    "banker broker diplomat aide adviser advisor expert strategist observer insider "
    "consultant commentator researcher scientist witness resident delegate negotiator "
    "member".split()
)
# Companies' registered endings: a name that ends in one is one company's.
_REGISTERED: Final = _COMPANY_ENDINGS | frozenset("inc corp cos corporation incorporated".split())
# Possessors that are groups a name is for ("The People's Daily", "the First Women's Bank").
_NAMED_FOR: Final = frozenset("people women children men".split())


def _in_name(words: list[str], k: int) -> bool:
    """True when the possessive ``words[k]`` is part of a name, not whose it is.

    ``Moody's Investors Service Inc``, ``McDonald's Corp``, ``The People's Daily``;
    not ``Japan's Nissan Motor Co Ltd``, ``Drexel's Ramirez``, ``Obama's White House``.
    """
    stem = words[k].lower()[:-2]
    if stem in _NAMED_FOR:
        return True
    return (
        _possessor(words[-1].lower()).rstrip(".,") in _REGISTERED
        and not is_country(stem)
        and all(words[j][:1].isupper() or words[j] in _AND for j in range(k + 1, len(words)))
    )


def _possessor(word: str) -> str:
    """``word`` without a possessive ending (``times’`` -> ``times``, ``cnn's`` -> ``cnn``)."""
    if word.endswith(("’s", "'s")):
        return word[:-2]
    return word.rstrip("’'")
