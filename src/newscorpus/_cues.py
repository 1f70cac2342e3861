"""Reporting cues: finding them in a paragraph, and telling a verb of speech from a noun.

The cue words come from the lexicon (``data/cues.txt``). A cue word is a cue
only where it is used as a verb of reporting (``she said``, ``according to``),
not as a noun (``a casual remark``), in a passive without its source, in a
participle phrase or inside an embedded question.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newscorpus._lexicon import LEXICON
from newscorpus._speakers import _QUANTIFIERS, _SKIP_BEFORE_CUE, _STOP
from newscorpus._tokens import OPENING_MARKS, POSSESSIVE

__all__ = [
    "CUE",
    "NOUNISH",
    "PAST",
    "attributing_cue",
    "coordinated",
    "cue_lemma",
    "find_cues",
    "in_question",
    "is_superlative",
    "is_verb_use",
    "naming",
    "participle",
    "passive",
]

CUE: Final = LEXICON.cue_pattern()
_CUE_LOWERED: Final = LEXICON.cue_pattern(lowered=True)
# A space and a cue, in ASCII text whose every character that may stand before a cue is
# a space (see `find_cues`; the cue words are ASCII).
_SPACE_AND_CUE: Final = re.compile(b" (?:" + LEXICON.cue_words().encode("ascii") + rb")(?![\w-])")
_SPACE_BEFORE_CUE: Final = bytes(
    c if c in b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'-" else 0x20
    for c in range(256)
)


def find_cues(text: str) -> list[re.Match[str]]:
    """Every cue in ``text``: the spans of ``CUE.finditer(text)``, found faster.

    The case-sensitive pattern scans the lower-cased text, so a match's
    ``group()`` may be in lower case: read the case from ``text``. Lower-casing
    keeps every offset and every character's part in the pattern, except for
    ``İ`` (two characters in lower case) and ``ı`` and ``ſ`` (which match ``i``
    and ``s`` when case is ignored): a text holding one of them is scanned as it is.

    A cue starts a word, and the engine skips ahead to a literal far faster than
    it tests a look-behind at every position. So the lower-cased text is encoded
    to ASCII (``?`` for every other character: the offsets stay) with a space for
    every character that may stand before a cue, and searched for a space and a
    cue. Every cue of the text is found there; each is matched again in the text,
    and when one differs (an ASCII stand-in ended or started a word where the
    character it stands for does not), the text is scanned.
    """
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:
        return list(CUE.finditer(text))
    # The leading space stands before the first character: a match at i starts a cue at i.
    spaced = b" " + low.encode("ascii", "replace").translate(_SPACE_BEFORE_CUE)
    cues = []
    for found in _SPACE_AND_CUE.finditer(spaced):
        cue = _CUE_LOWERED.match(low, found.start())
        if cue is None or cue.end() != found.end() - 1:
            return list(_CUE_LOWERED.finditer(low))
        cues.append(cue)
    return cues


def naming(text: str, cue: re.Match[str]) -> bool:
    """True for ``called`` in the sense "named": ``a group called "X"``, ``a firm called
    Cambridge Analytica``, ``a move called the boneless``.

    A noun phrase opened by ``a``, ``an`` or ``another`` stands right before the
    word, and a quote mark, a capital or ``the`` right after it (``a reporter called it``
    and ``An aide called him`` report); or ``so-`` before a quote mark.
    """
    if cue.group().lower() not in _NAMING:
        return False
    after = text[cue.end() : cue.end() + 24].split()
    if not after:
        return False
    quoted = after[0][0] in OPENING_MARKS
    if not (quoted or after[0] == "the" or (after[0][0].isupper() and after[0] not in _NAMED_NOT)):
        return False
    if _OBJECT_AND_QUOTE.match(text, cue.end()):
        return False  # 'An aide called Trump "the orange prince"': a name, then what he is called
    before = text[max(0, cue.start() - 60) : cue.start()].split()
    if quoted and before and before[-1].lower() in ("so", "so-"):  # "so-called"
        return True
    last = before[-1] if before else ""
    if last[:1].isupper() and not last.isupper() and not last.endswith("s"):
        return False  # "In a statement Kemp called the tax ...": a name and its verb
    for k in range(len(before) - 1, max(-1, len(before) - 7), -1):
        word = before[k]
        if word.lower() in ("a", "an", "another"):
            return k < len(before) - 1  # a noun between the article and "called"
        if not word.replace("-", "").isalnum() or word.lower() in _NOT_IN_NOUN_PHRASE:
            return False
    return False


_NAMING: Final = frozenset(("called", "dubbed"))
# A name of up to four capitalised words, then a quote mark: the object and its new name.
_OBJECT_AND_QUOTE: Final = re.compile(r"(?<![ \t])(?:[ \t]+[A-Z][\w’'.-]*){1,4}[ \t]+[\"“‘«]")
# Capitalised words after "called" that are its object, not a name: "called I", "called Him".
_NAMED_NOT: Final = frozenset("I He She It They We You Him Her Them Me Us".split())
# Words that end a noun phrase before "called" reading left: a verb, a conjunction, a pronoun.
_NOT_IN_NOUN_PHRASE: Final = frozenset(
    "and or but who which that has have had was were is are also then later once "
    "publicly reportedly recently repeatedly he she they it we i you".split()
)


# Words that open an embedded question ("asked whether she supports it", "how he sees it").
_QUESTION_WORDS: Final = frozenset("whether how why".split())
_BE_BEFORE_WHY: Final = frozenset("is was are were that's that’s it's it’s".split())


def in_question(text: str, pos: int) -> bool:
    """True when the source at ``pos`` is the subject of an embedded question.

    In ``asked whether she supports the bill`` or ``it is unclear how he views
    the deal`` the cue after the subject asks or wonders about a stance; it does
    not report one, so it opens no quote of its own.
    """
    words = text[max(0, pos - 24) : pos].split()
    if not words or words[-1].lower() not in _QUESTION_WORDS:
        return False
    # "which is why members say ...", "that's why he said ...": a reason, not a question.
    return len(words) < 2 or words[-2].lower() not in _BE_BEFORE_WHY


def _gap(cue: re.Match[str], spans: Sequence[tuple[int, int]]) -> int:
    """Characters between a cue and the nearest of the sorted ``spans``."""
    k = bisect.bisect_left(spans, (cue.start(), 0))
    near = spans[max(0, k - 1) : k + 1]
    return min(min(abs(cue.start() - b), abs(a - cue.end())) for a, b in near)


def passive(text: str, cue: re.Match[str], s_end: int) -> bool:
    """True when the cue's subject is not its source.

    ``a statement refuted by Kabul``, ``insurgents are estimated to hold``, and an
    infinitive after another verb (``used to support``).
    """
    word = cue.group().lower()
    if " " in word:
        return False
    if text.startswith(" by ", cue.end()) and word.endswith("ed"):
        return True
    before = text[max(0, cue.start() - 24) : cue.start()].split()
    prev = ""
    while before:
        prev = before[-1].lower()
        if not (prev.endswith("ly") or prev in _ADVERBS):
            break
        before.pop()  # "are now estimated", "was widely reported"
    if not before:
        return False
    if prev == "to":
        # "vowed to send", "used to support": the main verb carries the attribution;
        # "declined to comment" keeps its speech verb.
        return LEXICON.speech.get(word) not in _TO_SPEECH
    return word.endswith("ed") and prev in _BE


_TO_SPEECH: Final = frozenset(
    "say tell comment answer explain speak describe call discuss address mention".split()
)


_BE: Final = frozenset("is are was were be been being".split())
_ADVERBS: Final = frozenset("now also still already often later once then not never even".split())

# Lowercase words in -est that are no superlatives.
_NOT_SUPERLATIVES: Final = frozenset(
    "interest request protest contest test guest west chest quest forest conquest".split()
)


def attributing_cue(
    text: str, s_start: int, cues: list[re.Match[str]], quoted: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The cue that attributes the quoted spans: the speech cue nearest to a quote.

    A cue that opens a clause of its own (``..., and threatened``, ``, adding``)
    attributes only the quotes after it.
    """
    best: re.Match[str] | None = None
    best_gap = 1 << 30
    for m in cues:
        word = m.group().lower()
        # "thinks", "hopes" are in both lists: they attribute a quote only when no speech verb does.
        is_speech = (word in LEXICON.speech and word not in LEXICON.belief) or not word.isalpha()
        if quoted[0][1] <= m.start() and coordinated(text, s_start, m):
            later = quoted[bisect.bisect_left(quoted, (m.end(), 0)) :]
            gap = _gap(m, later) if later else 1 << 20
        else:
            gap = _gap(m, quoted)
        if not is_speech:
            gap += 200
        if gap < best_gap:
            best, best_gap = m, gap
    return best


def cue_lemma(word: str) -> str | None:
    """The lemma of a lower-case verb of speech or belief (``warned`` -> ``warn``), else None."""
    return LEXICON.speech.get(word) or LEXICON.belief.get(word)


_NOUN_BEFORE: Final = frozenset(
    (
        "the a an his her their its our my your this that these those such any no every each "
        "to of in on for with by from"
    ).split()
)
_DETERMINER_BEFORE: Final = frozenset("the a an".split())
_ARTICLES_AND_QUANTIFIERS: Final = frozenset(
    "the a an this that these those such any no every each".split()
)
_ADJECTIVE_ENDINGS: Final = ("ive", "al", "ous", "ful", "ic", "ary", "ent", "ant", "less", "ical")


def is_verb_use(text: str, cue: re.Match[str], s_start: int) -> bool:
    """False when a cue word stands as a noun (``the state of``, ``his tax plan``), as a
    modifier (``convertible preferred stock``) or for a fall (``exports declined 2 pct``).

    Words that are often nouns (``plan``, ``support``, ``hope``, ``claims``) count
    as verbs only after a subject: a pronoun, a name, a plural noun, an auxiliary
    or an adverb; their bare form only after a plural one (``Democrats demand``,
    not ``Gasoline demand``). Other cue words are verbs unless a determiner or an
    adjective stands right before them.
    """
    word = cue.group().lower()
    if " " in word:
        return True
    if word.startswith("declin") and _declines_in_amount(text, cue.end()):
        return False
    lemma = cue_lemma(word) or word
    if (word == "state" or lemma in _AFTER_NOT_SPEECH) and _idiom(text, cue.end(), word, lemma):
        return False
    before = text[max(s_start, cue.start() - 20) : cue.start()].split()
    if not before:
        return True
    raw = before[-1].strip(",;:")
    prev = raw.lower()
    if prev in _DETERMINER_BEFORE:
        return False  # "a written statement", "the reported plan"
    if word.endswith("ed") and (prev in _UNITS or _before_noun(text, cue, before[-1])):
        # "cumulative preferred shares", "a 8.9 pct guaranteed bond"; after a quantity,
        # a participle that describes it: "the 164.7 mln dlrs reported for February"
        return False
    if POSSESSIVE.search(raw) and prev not in _CONTRACTED:
        # "Trump's proposed wall", "the AP's report", "Valls' comments"; but "the
        # senator's claim that ..." reports what the senator claims. A form that is
        # never a noun or a modifier is a verb: the name ends in 's ("Moody's said").
        return word in _NEVER_MODIFIERS or text.startswith(" that ", cue.end())
    if word == lemma and _after_article(before):
        return False  # "a casual remark", "a sharp personal reference", "a wake-up call"
    if lemma == "show" and _show_noun(word, before):
        return False  # "a host on the TV show "Shark Tank"", "talk shows", "a strong showing"
    if lemma in NOUNISH and not word.endswith(("ed", "ing")) and word not in PAST:
        return bool(raw) and (
            prev in _SUBJECT_LEAD
            # "Trump plans", but not "Any plan", "Each state": a determiner opening a
            # sentence ("His comments" names whose comments they are).
            or (
                raw[0].isupper()
                and prev not in _ARTICLES_AND_QUANTIFIERS
                # "Gasoline demand", "U.S. support": a singular subject would take "demands".
                and (word != lemma or word in _PAST_AS_BASE or _plural(prev))
            )
            or (
                prev.endswith("s")
                and prev not in _NOUN_BEFORE
                and prev.isalpha()
                # "shows promise", "says support": a verb, unless the verb is also a noun
                and not _only_a_verb(prev)
            )
            or prev.endswith(("ly", "n't", "n’t"))  # "doesn't want"
        )
    if _superlative(before):
        # "one of the biggest challenges", "its latest claims", "the biggest worry is ...":
        # a superlative's head noun, whatever its ending.
        return False
    if not word.endswith("s") or before[-1][-1] in ",;:)":
        return True  # "Cuban, the team's owner, says": a verb after an aside
    # An adjective before the word makes it a noun ("a military claims"); a capital does
    # not ("Grant warns", "Waste Management agrees", "in January shows").
    return prev not in _NOUN_BEFORE and not (
        prev.isalpha()
        and raw[:1].islower()
        and prev.endswith(_ADJECTIVE_ENDINGS)
        and prev not in ("official",)
        and word not in _NEVER_NOUNS  # "The president says", "her rival tells"
    )


_NEXT_WORD: Final = re.compile(r"(?<![ \t])[ \t]+([\w’'.-]+)")
# Words after which a cue's word is no verb of speech or belief: "thanks to",
# "show up", "found a way" (finding, not a finding), "speaking fees", "state laws" (but
# "they state that", "the Saudis state in a white paper").
_AFTER_NOT_SPEECH: Final = {
    "thank": frozenset(("to",)),
    "write": frozenset(("off",)),  # "write off capital investment": a deduction
    "show": frozenset(("up", "host", "hosts", "business")),
    "find": frozenset(
        "a an some any anyone anybody anything someone something ways way jobs work".split()
    ),
    # "paid speaking fees", "a prime-time speaking slot": a noun's modifier.
    "speak": frozenset(
        "fee fees slot slots schedule events event engagement engagements tour circuit "
        "gig gigs career role".split()
    ),
}
_STATE_VERB_BEFORE: Final = frozenset(
    "that the a an their his her its our this these those it they what how why whether "
    "in on clearly explicitly flatly publicly simply plainly repeatedly".split()
)


def _idiom(text: str, end: int, word: str, lemma: str) -> bool:
    """True when the word after a cue (ending at ``end``) shows it in a sense that reports
    nothing: "thanks to", "state laws"."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    next_word = after.group(1).lower()
    if word == "state":
        return next_word not in _STATE_VERB_BEFORE
    return next_word in _AFTER_NOT_SPEECH[lemma]


# Words for amounts: the participle after them modifies a noun ("8.9 pct preferred stock").
_AMOUNTS: Final = frozenset("pct percent per cent mln billion dlr dlrs stg".split())
# Units of quantities that never speak: an "-ed" cue after one describes the quantity.
_UNITS: Final = frozenset(
    "dlrs dollars tonnes tons francs marks yen lire stg pounds crowns barrels bushels bpd "
    "ounces bags hectares acres units".split()
)
_MODIFIER_ENDINGS: Final = ("ive", "ous", "able", "ible")
# Nouns in -ive: "Twitter's chief executive posted".
_NOUNS_IN_IVE: Final = frozenset(
    "executive representative relative native detective initiative objective operative "
    "alternative conservative progressive collective directive".split()
)
_NOT_AFTER_MODIFIER: Final = frozenset(
    "that to by on in at for from with as about of and or but not it its this these those "
    "the a an his her their yesterday today tonight".split()
)
_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")


def _before_noun(text: str, cue: re.Match[str], raw: str) -> bool:
    """True for a participle between a modifier and a noun: ``cumulative preferred shares``,
    ``13 pct guaranteed notes`` (an amount or an adjective right before it, a noun after;
    not ``Fiorina, 61, declined``, ``an ad in 2008 questioned``)."""
    prev = raw.lower()
    if not (
        prev in _AMOUNTS
        or (any(c.isdigit() for c in prev) and prev[-1].isalnum() and not _YEAR.fullmatch(prev))
        or (prev.isalpha() and prev.endswith(_MODIFIER_ENDINGS) and prev not in _NOUNS_IN_IVE)
    ):
        return False
    after = text[cue.end() : cue.end() + 24].split()
    return (
        bool(after)
        and after[0].isalpha()
        and after[0].islower()
        and (after[0] not in _NOT_AFTER_MODIFIER)
    )


# Words after "declined" that make it a fall, not a refusal ("declined 2 pct", "declined sharply").
_FALL_AFTER: Final = frozenset(
    "sharply slightly steadily further again marginally substantially significantly generally "
    "modestly steeply considerably from by in during since over for and".split()
)


def _declines_in_amount(text: str, end: int) -> bool:
    """True when ``decline`` at ``end`` is a fall (``declined 2 pct``, ``will decline over``),
    not a refusal (``declined to comment``)."""
    after = text[end : end + 24].split()
    if not after:
        return False
    nxt = after[0].lower().rstrip(",.;")
    return nxt in _FALL_AFTER or nxt[:1].isdigit() or nxt in _AMOUNT_WORDS


_AMOUNT_WORDS: Final = frozenset("one two three four five six seven eight nine ten half".split())


def _only_a_verb(word: str) -> bool:
    """True for a form of a cue verb that is no noun (``shows``, ``says``; not ``reports``)."""
    lemma = cue_lemma(word)
    return lemma is not None and lemma not in NOUNISH


def _superlative(before: list[str]) -> bool:
    """True when the words before a cue end in a determiner and a superlative
    (``the biggest``, ``its latest``): the cue word is the head noun they modify."""
    return (
        len(before) >= 2 and before[-2].lower() in _SUPERLATIVE_LEADS and is_superlative(before[-1])
    )


def is_superlative(word: str) -> bool:
    """A lowercase superlative adjective (``biggest``), not a noun in -est (``protest``)."""
    return (
        len(word) > 5
        and word.isalpha()
        and word.islower()
        and word.endswith("est")
        and word not in _NOT_SUPERLATIVES
    )


_SUPERLATIVE_LEADS: Final = frozenset("the its their his her our my your".split())
_NEVER_NOUNS: Final = frozenset("says tells thinks believes argues insists explains".split())
_NEVER_MODIFIERS: Final = _NEVER_NOUNS | frozenset(("said", "told"))
_ARTICLES: Final = frozenset(("a", "an"))
# Words after "a" that start a plural subject ("a few voters say", "a third say") or a clause
# of its own ("a strategy some believe", "a step they say").
_PLURAL_AFTER_ARTICLE: Final = frozenset(
    (
        "few lot number majority minority couple handful host of third quarter fifth half "
        "some many most all both others several he she they we i you it"
    ).split()
)
_MAX_MODIFIERS: Final = 3


def _after_article(before: list[str]) -> bool:
    """True when a cue's bare form ends a singular noun phrase that ``a``/``an`` opens.

    A singular subject would take ``says``, not ``say``: in ``a casual remark``,
    ``a procedural dispute`` the cue word is the phrase's head noun, and the
    words between are its modifiers. A modal or adverb between (``a spokesman
    would comment``) keeps the cue a verb.
    """
    for back in range(1, min(len(before), _MAX_MODIFIERS + 1)):
        word = before[-back]
        low = word.lower()
        if (
            not low.replace("-", "").isalpha()
            or word[0].isupper()
            or low in _STOP
            or low in _SKIP_BEFORE_CUE
            or low in _PLURAL_AFTER_ARTICLE
            or low == "people"
            or low.endswith(("ly", "s"))
        ):
            return False
        if before[-back - 1].lower() in _ARTICLES:
            return True
    return False


def _show_noun(word: str, before: list[str]) -> bool:
    """True when a form of ``show`` is a noun: after a kind of show (``TV shows``,
    ``radio show``), ``showing`` after an adjective (``a strong showing``), or ``show``
    after ``the`` and one singular noun (``the award show``: a singular subject would take
    ``shows``; a plural without ``-s``, ``the police show``, or a people, ``the French
    show``, keeps it a verb)."""
    prev = before[-1].lower()
    if word == "showing":
        return prev in _SHOWING_ADJECTIVES
    if prev in _SHOW_KINDS:
        return True
    if word != "show" or len(before) < 2 or before[-2].lower() != "the":
        return False
    noun = before[-1]
    return (
        prev.replace("-", "").isalpha()
        and not _plural(prev)
        and prev not in _STOP
        and prev not in _SKIP_BEFORE_CUE
        and not (noun[0].isupper() and not noun.isupper() and prev.endswith(_PEOPLES))
    )


_PEOPLES: Final = ("ese", "ish", "ch", "sh")  # "the Chinese", "the British", "the French"
_SHOW_KINDS: Final = frozenset(
    "tv television radio talk reality award awards cable quiz cooking variety "
    "late-night comedy".split()
)
_SHOWING_ADJECTIVES: Final = frozenset(
    "strong stronger strongest poor poorer poorest good better best weak weaker weakest "
    "solid dismal impressive disappointing surprising respectable decent lackluster stellar "
    "robust credible mediocre".split()
)


# "he's said", "that's known": a pronoun's 's is "is" or "has", not a possessive.
_CONTRACTED: Final = frozenset(
    w + s for w in "he she it that there who what here where let".split() for s in ("'s", "’s")
)
# Cue lemmas as often nouns ("his plan", "U.S. support"): verbs only after a subject
# (`is_verb_use`), and never in their bare form in a headline (`_headlines`).
NOUNISH: Final = frozenset(
    "call report claim comment statement promise plan question support hope fear view concern "
    "estimate doubt want need wish demand answer reply response praise blame charge pledge vow "
    "quote tweet post joke boast echo attack state note list sound decline forecast guarantee "
    "float protest remark signal dispute label rebuke".split()
)
# Cue verbs whose past tense is their bare form ("The Bank forecast the shortage").
_PAST_AS_BASE: Final = frozenset(("forecast",))
# Plural subjects without a final s, and the quantifiers that open a plural subject.
_PLURALS: Final = _QUANTIFIERS | frozenset(
    "people police media data staff children men women".split()
)


def _plural(word: str) -> bool:
    """True for a (lower-case) word that can head a plural subject: ``officials``, ``people``."""
    return word in _PLURALS or (word.endswith("s") and word.isalpha() and not word.endswith("ss"))


PAST: Final = frozenset("told said thought felt knew saw found showed shown wrote".split())
_SUBJECT_LEAD: Final = frozenset(
    "he she they we i you it who which that also will would could should can may might must "
    "did does do not never has have had has also still now only and but".split()
)


def participle(text: str, cue: re.Match[str]) -> bool:
    """True for a cue in ``-ing`` that is not a tense (``, saying``; not ``is saying``)."""
    word = cue.group().lower().split()[0]  # "referring to"
    if not word.endswith("ing") or word == "according":
        return False
    before = text[max(0, cue.start() - 24) : cue.start()].split()
    while len(before) > 1 and before[-1].lower() in _NOT_ADVERBS:
        before.pop()  # "is not saying", "was also calling"
    if before and before[-1].lower().replace("'", "’") in _CONTRACTED_BE:
        return False  # "he’s hoping"
    return not before or before[-1].lower() not in _PROGRESSIVE


_NOT_ADVERBS: Final = frozenset("not n’t also now still already just only even".split())
_CONTRACTED_BE: Final = frozenset("he’s she’s it’s they’re we’re i’m you’re who’s that’s".split())
_PROGRESSIVE: Final = frozenset(
    "is are was were be been am 's ’s keeps kept keep started began begun continues "
    "continued stop stopped".split()
)

_CONNECTIVE: Final = r"(?:and|but|while|then|before|after)"
# Each alternative opens with a character or a set of them, which the engine tests
# before it enters the alternative.
_COORDINATION: Final = re.compile(
    rf"(?:,[\"”’']?\s*{_CONNECTIVE}|[\s—–]{_CONNECTIVE}|(?P<comma>,[\"”’']?))"
    r"(?:\s+(?:has|have|had|also|then|later|would|will|could|did|[a-z]{2,12}ly)){0,2}\s*$"
)


def coordinated(text: str, s_start: int, cue: re.Match[str]) -> bool:
    """True when a cue continues the previous subject (``..., but claimed``, ``, arguing``).

    After a bare comma only a present participle continues (``, arguing that``);
    ``, announced on Thursday,`` modifies a noun instead.
    """
    window = text[max(s_start, cue.start() - 30) : cue.start()]
    m = _COORDINATION.search(window)
    if m is None:
        return False
    return not m.group("comma") or cue.group().lower().endswith("ing")
