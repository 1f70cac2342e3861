"""Headlines in title case: ``Glenn Beck Says Trump Poses A Threat To Democracy``.

In a headline every word is capitalized, so the rules that find a source by its
capital letters, and a cue by its lower-case verb, find neither. A paragraph of
one short line whose words are all capitalized is read on its own: the first
reporting verb in it (``Says``, ``Warns``, ``Endorses``) is the cue, the words
before it are the source, and the rest of the line is what the source says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newscorpus._content import TELL
from newscorpus._cues import NOUNISH, cue_lemma
from newscorpus._found import Found, Passage
from newscorpus._speakers import Mention
from newscorpus._tokens import CLOSING_MARKS, trim
from newscorpus.model import QuoteKind

__all__ = ["headline_attribution", "may_be_headline"]

_MAX_HEADLINE: Final = 200  # characters
_MAX_SOURCE_WORDS: Final = 7
_MIN_CONTENT_WORDS: Final = 2

# Words a headline leaves in lower case ("Sanders Says He Is Ready to Fight for the
# Nomination"): they neither count for its being in title case nor against it.
_SMALL: Final = frozenset(
    "a an the and or nor but so yet of to in on at by for from with into onto over up "
    "out off as via vs vs. per than about after before".split()
)
_HEADLINE_WORD: Final = re.compile(r"[^\W\d_](?:[\w’'-]|\.(?=\w))*")

# Words that make the words before a verb something other than its source: a question
# ("Why Trump Says ..."), a pointer ("Here's What Trump Said"), a clause of its own.
_NO_SOURCE_WORDS: Final = frozenset(
    "how why what when where who whom whose which whether if here here’s here's this "
    "these those watch is are was were be been will would can could should may might must "
    "do does did not i you we he she it they that".split()
)
# Between a source and its verb: adverbs and auxiliaries that belong to the verb.
_VERB_LEAD: Final = frozenset(
    "just now also still again finally reportedly even already actually has have had will "
    "would won’t won't doesn’t doesn't didn’t didn't does did never quietly openly".split()
)
# After a verb of telling or urging, the person told comes first, then the words told:
# the content starts at a pronoun, a determiner or "to" within a few words.
_TELLING: Final = TELL | frozenset(("urge", "ask", "promise"))
_CLAUSE_START: Final = frozenset(
    "he she they it i we you his her their its our the a an this that there to".split()
)
_MAX_ADDRESSEE_WORDS: Final = 4
# Cue forms too often nouns to be read as a headline's verb in their bare form ("Trump
# Plan Would Cut Taxes", "The Late Show With ..."); their "-s" and "-ed" forms are verbs.
_BARE_NOUNS: Final = NOUNISH | frozenset(("show", "read"))


def may_be_headline(text: str) -> bool:
    """True for one short line in title case: three or more words that are not small
    words, nine in ten of them capitalized, the line's first word too.

    >>> may_be_headline("Sanders Says He Is Ready to Fight for the Nomination")
    True
    >>> may_be_headline("Sanders says he is ready to fight.")
    False
    """
    if len(text) > _MAX_HEADLINE or "\n" in text or not text[:1].isupper():
        return False
    for word in text.split(None, 4)[1:4]:
        # Prose gives itself away early ("Donald Trump said ..."), before any regex runs.
        if word[0].islower() and word not in _SMALL:
            return False
    words = [w for w in _HEADLINE_WORD.findall(text) if w.lower() not in _SMALL]
    if len(words) < 3:
        return False
    capitalized = sum(1 for w in words if w[0].isupper())
    return capitalized * 10 >= len(words) * 9


def headline_attribution(para: Passage, spans: Sequence[tuple[int, int]]) -> Found | None:
    """The attribution of a headline in title case, or None when it has no reporting verb
    after a source.

    The source is the capitalized words before the verb, kept as written (a headline
    drops the articles and titles an article would give). ``spans`` are the quoted
    spans of the paragraph: content inside one is direct, content holding one mixed.
    """
    text = para.text
    words = [(m.start(), m.end(), m.group()) for m in _HEADLINE_WORD.finditer(text)]
    for i, (start, end, word) in enumerate(words):
        if i == 0 or not word[0].isupper():
            continue  # "The Federal Home Loan Bank Board announced ...": prose
        low = word.lower()
        lemma = cue_lemma(low)
        if lemma is None or low.endswith("ing") or (low == lemma and lemma in _BARE_NOUNS):
            continue
        comma = text.rfind(",", 0, start)
        first = 0 if comma == -1 else next(k for k, w in enumerate(words) if w[0] > comma)
        source = i
        while source > first + 1 and _verb_lead(words[source - 1][2]):
            source -= 1
        # "Trump Will Build the Wall, Aides Say": after a comma, a source and its verb
        # that end the line (but for the person told) follow what the source says.
        inverted = comma != -1 and len(words) - i - 1 <= _MAX_ADDRESSEE_WORDS - 1
        if not 0 < source - first <= _MAX_SOURCE_WORDS or any(
            w[2].lower() in _NO_SOURCE_WORDS for w in words[first:source]
        ):
            return None
        if inverted:
            # The comma may close a quote: "Is A 'Natural Born Citizen,' Board Finds".
            closes = text[comma + 1 : comma + 2] in CLOSING_MARKS
            c_start, c_end = trim(text, 0, comma + 2 if closes else comma)
        else:
            c_start = end
            if lemma in _TELLING:
                # "Trump Tells Supporters He Will ...": the words told start at "He".
                told = words[i + 1 : i + 1 + _MAX_ADDRESSEE_WORDS]
                c_start = next((w[0] for w in told if w[2].lower() in _CLAUSE_START), end)
            c_start, c_end = trim(text, c_start, len(text))
        if len(_HEADLINE_WORD.findall(text, c_start, c_end)) < _MIN_CONTENT_WORDS:
            return None
        kind: QuoteKind = "indirect"
        if any(a <= c_start and c_end <= b for a, b in spans):
            kind = "direct"
        elif any(c_start <= a and b <= c_end for a, b in spans):
            kind = "mixed"
        base = para.start
        s_start, s_end = words[first][0], words[source - 1][1]
        mention = Mention(base + s_start, base + s_end, text[s_start:s_end])
        return Found(
            kind, base + c_start, base + c_end, para.index, [], mention, (base + start, base + end)
        )
    return None


def _verb_lead(word: str) -> bool:
    """True for an adverb or an auxiliary that stands between a source and its verb
    (``Reportedly``, ``Just``); not for a name in -ly (``Italy``, ``Kelly``, ``Bradley``)."""
    low = word.lower()
    return low in _VERB_LEAD or (
        len(low) > 5 and low.endswith("ly") and not low.endswith(("ley", "lly", "ily"))
    )
