"""The source before a cue: the subject of its sentence or clause, as a mention.

``UK Defense Minister Ben Wallace said`` names its source before the cue; so do
``Jones, who chairs the panel, said``, ``the lawyer smiled and said`` and
``Having announced the plan, Smith said``. Sentence openers (``For Mr. Biden,``,
``Hastily``), objects (``made the case``) and implausible phrases are no
sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newscorpus._cues import PAST, cue_lemma, is_superlative, participle
from newscorpus._found import Passage
from newscorpus._lexicon import LEXICON
from newscorpus._patterns import MONTH_NAMES
from newscorpus._speakers import (
    _PERSON_PRONOUNS,
    _STOP,
    _WEEKDAYS,
    WEEKDAY_ALTERNATION,
    Mention,
    SpeakerResolver,
    mention_before,
)
from newscorpus._tokens import has_words, inside

__all__ = [
    "CHUNK",
    "PLAIN_DETERMINERS",
    "RELATIVE_WORDS",
    "adjacent_subject",
    "bound_speaker",
    "clause_subject",
    "conjoined_subject",
    "in_restrictive_clause",
    "lead_name",
    "main_subject",
    "not_an_object",
    "opener_word",
    "past_opener",
    "plain_word",
    "plausible",
    "relative_subject",
    "restrictive_subject",
    "sentence_subject",
    "with_subject",
]


def bound_speaker(
    text: str,
    s_start: int,
    mention: Mention,
    quoted: Sequence[tuple[int, int]],
    resolver: SpeakerResolver,
    para: Passage,
) -> str | None:
    """The speaker of a he, she or they that the sentence's subject binds
    (``Smith said he ...``, ``Smith, though she praised it, ...``, ``Smith quashed
    rumors he ...``), or None: see `SpeakerResolver.bound`. A subject inside quote
    marks is none."""
    if mention.text.lower() not in _BOUND_PRONOUNS or mention.start <= s_start:
        return None
    subject = sentence_subject(text, s_start, mention.start)
    if subject is None or subject.end > mention.start or inside(subject.start, quoted):
        return None
    if not _governed(text[subject.end : mention.start]):
        return None
    return resolver.bound(mention.text, subject.shifted(para.start))


def _governed(between: str) -> bool:
    """True when the words between a sentence's subject and a pronoun leave the pronoun
    in a clause that the subject's clause governs (``said he``, ``told reporters that
    he``, ``quashed rumors he``, ``, though she``).

    Not when the pronoun follows a comma or a quote mark (``South Carolina, he said,
    ...``: the pronoun's clause is the sentence's own), a relative word (``the
    marchers, whom he described``: another's clause), a semicolon, or a second
    clause with a subject of its own (``Smith left, and Jones said she ...``).
    """
    words = _BETWEEN_WORD.findall(between)
    if not words or ";" in words:
        return False
    last = words[-1].lower()
    if last in _ASIDE_SUBORDINATORS:
        return True
    if not last[:1].isalnum() or last in _BINDING_RELATIVES:
        return False
    for k in range(len(words) - 2):
        if (
            words[k] == ","
            and words[k + 1].lower() in ("and", "but")
            and any(w[:1].isupper() for w in words[k + 2 :])
        ):
            return False
    return True


# Words, and marks that break a clause, between a subject and a pronoun.
_BETWEEN_WORD: Final = re.compile(r"[\w’'-]+|[,;:()\"“”—–]")
_ASIDE_SUBORDINATORS: Final = frozenset(("though", "although", "while"))
_BINDING_RELATIVES: Final = frozenset(("who", "whom", "which", "whose"))
_BOUND_PRONOUNS: Final = frozenset(("he", "she", "they"))

RELATIVE_WORDS: Final = frozenset(("who", "which", "that"))

# Words that never name a source alone: possessives and demonstratives (``Her economic
# plan``, ``Those stances``), numbers (``Thirteen years earlier``), and imperatives and
# interjections that open a sentence (``Wait, it gets better:``).
_NOT_A_SOURCE: Final = frozenset(
    "her his its their our my your this that these those one two three four five six seven "
    "eight nine ten eleven twelve thirteen fourteen fifteen twenty wait see note remember "
    "consider imagine read watch worse better plus again yes no well oh".split()
)
# Adverb endings: a single capitalised word ending so opens a sentence (``Immediately``).
_ADVERB_ENDINGS: Final = (
    "ately",
    "ally",
    "ously",
    "edly",
    "ently",
    "antly",
    "ively",
    "ingly",
    "fully",
)
# Words inside a phrase that make it a clause, not a noun phrase (``the disruptions have
# become``, ``the statement is a``).
_FINITE: Final = frozenset(
    "is are was were has have had be been isn't aren't wasn't weren't".split()
)
# Determiners that open a second noun phrase when they stand inside one
# (``The rationale these proven``), unless a preposition or a possessive comes before.
_INNER_DETERMINERS: Final = frozenset("the a an these those this his her their".split())
# Words that may stand right before such a determiner inside one phrase.
_BEFORE_INNER: Final = frozenset("of for at in on from by with to and or about among".split())


def plausible(phrase: str) -> bool:
    """True when ``phrase`` may be a mention of a source: not a lone possessive, number,
    adverb or imperative, not a clause (a finite verb, a second determiner) and not an
    adjective left without its noun (``the biggest``)."""
    words = phrase.lower().replace("’", "'").split()
    if not words:
        return False
    if len(words) == 1:
        word = words[0]
        return word not in _NOT_A_SOURCE and not (len(word) > 5 and word.endswith(_ADVERB_ENDINGS))
    if is_superlative(phrase.split()[-1]):
        return False
    for k in range(1, len(words)):
        word = words[k]
        if word in _FINITE:
            return False
        if (
            word in _INNER_DETERMINERS
            and words[k - 1] not in _BEFORE_INNER
            and not words[k - 1].endswith(("'s", "s'"))
        ):
            return False
    return True


_LEAD_NAME: Final = re.compile(
    # The look-behind lets a match start only where a word does (linear on a run of capitals).
    r"(?<![\w’'.-])(?:(?:But|And|Yet|So)[ \t]+)?"
    r"(?P<np>(?:[A-Z][\w.’'-]*[ \t]+){0,4}[A-Z][\w’'-]*),[ \t]"
)
# Capitalised words that open a sentence, and a comma after them, but never its
# subject; days and months among them.
_NOT_LEAD: Final = frozenset(
    (
        "once when after as while if although though because since before until in on at for "
        "with by from during under over last this that it there here the a an and but or yet so "
        "still however meanwhile instead later earlier even despite amid among then now also "
        "just only not already again recently today yesterday tonight asked speaking following "
        "given like unlike without against through about into toward towards between having "
        "indeed overall first finally perhaps moreover nevertheless similarly ultimately "
        "in fact well yes no sure look of to"
    ).split()
).union(_WEEKDAYS, MONTH_NAMES.values())


def lead_name(text: str, s_start: int, limit: int) -> Mention | None:
    """``Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said``: the name
    opening the sentence, when the mention found before a cue lies in the aside after it."""
    m = _LEAD_NAME.match(text, s_start, limit)
    if m is None:
        return None
    np = m.group("np")
    first = np.split()[0].lower()
    if first in _NOT_LEAD or np.isupper() or _DASHES.search(text, m.end(), limit):
        return None  # "However, ...", a dateline ("DES MOINES, Iowa — ...")
    return Mention(m.start("np"), m.end("np"), np)


_DASHES: Final = re.compile(r"—|–|[ \t]-[ \t]|--")

# Irregular pasts and auxiliaries: a verb after a noun phrase opening a sentence.
_VERBS: Final = (
    "said|told|made|wrote|spoke|took|gave|began|went|saw|felt|knew|thought|"
    "sent|won|led|met|put|brought|sought|held|kept|found|ran|got|came|spent|stood|heard|left|"
    "meant|built|fought|became|chose|drew|fell|grew|rose|sold|taught|threw|did|"
    "begun|been|gone|done|seen|taken|given|known|shown|written|spoken|become|"
    "is|was|are|were|will|would|could|can|may|might|must"
)
_AUXILIARY_WORDS: Final = (
    "have|has|had|is|was|are|were|be|been|can|cannot|could|will|would|should|may|might|must|"
    "do|does|did|not"
)
_SUBJECT: Final = re.compile(
    # "And then Smith said": a connective, and "then" after it.
    r"(?<![\w’'.-])(?:(?:But|And|Then|So|Yet|Still|However|Meanwhile|Instead|Later),?[ \t]+"
    r"(?:then[ \t]+)?)?"
    r"(?:(?!(?:Once|When|After|As|While|If|Although|Though|Because|Since|Before|Until|In|On|At|"
    r"Unless|For|With|By|From|During|Under|Over|Last|This|That|It|There|Here|"
    # Closed-class words that open a sentence but never name its subject.
    r"The|A|An|And|But|Or|Yet|So|Still|However|Meanwhile|Instead|Later|Earlier|Early|Even|"
    r"Despite|Amid|Among|Shortly|Soon|Then|Now|Also|Just|Only|Not|Already|Again|Recently|"
    r"Today|Yesterday|Tonight|Asked|Speaking|Following|Given|Like|Unlike|Without|Against|"
    r"Through|About|Into|Toward|Towards|Between|Having|Hours|Days|Weeks|Months|Years|"
    r"Outside|Inside|Throughout|Minutes|Moments|Many|Some|Most|"
    # A question or an inversion ("How far this has spread is ...", "Nor are those ...").
    r"How|What|Why|Where|Whether|Who|Nor|Maybe|Have|Has|Had|Do|Does|Did|Don[’']t|Is|Are|Was|Were|"
    r"Can|Could|Would|Should|"
    r"Within|Along|Alongside|Perhaps|Less|More|First|Finally|Across|Around|Upon|Amid|"
    # A day opening a sentence ("Tuesday on CNN, Sen. X said") is when, not who.
    + WEEKDAY_ALTERNATION
    + r")\b)"
    r"(?P<np>(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b|(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]*)"
    r"(?=(?:[ \t]+\([^()\n]{1,16}\))?[ \t]+"
    r"(?:also[ \t]+|then[ \t]+|again[ \t]+|has[ \t]+|had[ \t]+)?[a-z])"
    # "The campaign said", "A Washington Post poll shows": a determiner, a few words, a verb.
    r"|(?P<dnp>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+"
    # Its words hold no auxiliary, relative or dash ("the disruptions have become", "brand -
    # a"), and it ends in no function word ("an issue for expected").
    r"(?:(?!(?:" + _AUXILIARY_WORDS + r"|that|which|who|-+)[ \t])[\w’'-]+[ \t]+){0,8}?"
    r"(?!(?:the|a|an|of|for|to|in|on|at|by|with|from|and|or)[ \t])[\w’'-]+)"
    r"(?=[ \t]+(?:also[ \t]+|then[ \t]+|again[ \t]+|has[ \t]+|had[ \t]+|have[ \t]+|"
    r"just[ \t]+|[a-z]{2,12}ly[ \t]+)?"
    # A word in -s before an auxiliary is the noun it ends ("security leaders have").
    r"(?:[a-z]+ed|[a-z]{2,}s(?![\w’'-]|[ \t]+(?:have|are|were|had|say|said|will|would)\b)|"
    + _VERBS
    + r")(?![\w’'-])))"
)

_WITH: Final = re.compile(r"\bwith[ \t]+$")
_ADVERBS_ONLY: Final = re.compile(r"(?:[ \t]+[a-z]+ly)*[ \t]*")


def with_subject(text: str, s_start: int, cue: re.Match[str]) -> Mention | None:
    """``..., with polls showing ...``: the noun after ``with`` is the participle's subject."""
    if text.find("with ", max(s_start, cue.start() - 80), cue.start()) == -1:
        return None
    mention = mention_before(text, s_start, cue.start(), LEXICON)
    if mention is None or _ADVERBS_ONLY.fullmatch(text, mention.end, cue.start()) is None:
        return _with_phrase(text, s_start, cue)  # "with Cruz repeatedly calling": adverbs
    if _WITH.search(text, max(s_start, mention.start - 6), mention.start) is None:
        return _with_phrase(text, s_start, cue)
    return mention


# ", with many of those over 45 supporting", "along with full-screen graphics showing": after
# a comma, a noun phrase of up to eight words, no verb, comma or mark in it.
_WITH_PHRASE: Final = re.compile(
    r"(?:,|\balong)[ \t]+with[ \t]+"
    r"(?P<np>(?![a-z]+(?:ing|ed)\b)[\w’'.$%-]+(?:[ \t]+[\w’'.$%-]+){0,7})[ \t]+$"
)
# Words that show the words after "with" are no plain noun phrase (a verb, a clause).
_NOT_IN_WITH_PHRASE: Final = frozenset(
    "that who which whom whose is are was were be been has have had will would could "
    "should can may might must to as than said says not after while by before when since "
    "- – — made".split()
)
# A possessive before the cue makes it a noun ("with recent criticism over his understanding").
_POSSESSIVES: Final = frozenset("his her their its our my your own".split())


def _with_phrase(text: str, s_start: int, cue: re.Match[str]) -> Mention | None:
    """The noun phrase between ``with`` and a participle (``with other candidates and a
    columnist suggesting``) when the nearest mention is only part of it."""
    m = _WITH_PHRASE.search(text, max(s_start, cue.start() - 70), cue.start())
    if m is None:
        return None
    words = m.group("np").lower().split()
    if not _NOT_IN_WITH_PHRASE.isdisjoint(words) or words[-1] in _POSSESSIVES:
        return None
    if words[-1].endswith(("ing", "ly")):
        return None
    return Mention(m.start("np"), m.end("np"), m.group("np"))


# ", who", ", which" (and a comma after, when an aside follows the pronoun).
_WHO: Final = re.compile(r",[ \t](?:who|which)(?P<comma>,)?[ \t]")
# What ends a relative clause before a cue, or shows the pronoun is not its subject.
_CLAUSE_CLOSED: Final = re.compile(r"[.;:\"“—]|[ \t]-[ \t]|^(?:is|was)[ \t]why\b")


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]``, or None."""
    found = None
    for m in pattern.finditer(text, lo, hi):
        found = m
    return found


def relative_subject(
    text: str, s_start: int, cue: re.Match[str], mention: Mention | None
) -> Mention | None:
    """``Weaver, who came out and endorsed ...``: a cue in a relative clause is the
    relative pronoun's (the mention runs from its antecedent to the pronoun)."""
    found = _last(_WHO, text, max(s_start, cue.start() - 100), cue.start())
    if found is None or (mention is not None and mention.start >= found.start()):
        return mention
    between = text[found.end() : cue.start()]
    if _CLAUSE_CLOSED.search(between) is not None:
        return mention
    if "," in between and not found.group("comma"):
        return mention  # "X, who is 70, said": the clause has closed
    pronoun_end = found.end() - (2 if found.group("comma") else 1)
    return mention_before(text, s_start, pronoun_end, LEXICON) or mention


# What ends a relative clause with no commas, or shows it inside a quote (a full stop
# inside a sentence is an abbreviation's: "People who know Mr. Smith say").
_RELATIVE_CLOSED: Final = re.compile(r"[,;:\"“”—]|''|’’|[ \t]-[ \t]")
# " who ", " who'd ": a relative pronoun with no comma before it.
_RESTRICTIVE_WHO: Final = re.compile(r"(?<=[\w.])[ \t]who(?:[’']d)?[ \t]")
# Words that show a clause inside or after the relative clause ("the man who embodied the
# qualities that his party's elders imagined", "people who spoke with him and then Jones
# said"): a cue after them is that clause's.
_INNER_CLAUSE: Final = frozenset(
    "that which whom whose when because if whether while where he she they we i and but "
    "then or so yet".split()
)
# Verbs that report a clause: "a staff member who said she planned to ..." reports what
# the member said; not so "officials who spoke with the Post said".
_REPORTS_CLAUSE: Final = frozenset(
    "say tell claim argue insist warn believe think suggest note add predict state write "
    "report announce acknowledge admit deny contend assert maintain explain hope expect "
    "worry complain ask".split()
)
_AUXILIARIES: Final = frozenset("have has had also later previously earlier once".split())


def _relative_clause(text: str, who: re.Match[str], end: int) -> bool:
    """True when ``text[who.end():end]`` is a relative clause with no commas that only
    says who its antecedent is: words, nothing that closes it, no clause inside it, and
    no verb that reports a clause opening it."""
    words = text[who.end() : end].split()
    if not words or _RELATIVE_CLOSED.search(text, who.end(), end) is not None:
        return False
    if any(w.lower() in _INNER_CLAUSE for w in words):
        return False
    k = 0
    while k + 1 < len(words) and words[k] in _AUXILIARIES:
        k += 1
    return cue_lemma(words[k]) not in _REPORTS_CLAUSE


def restrictive_subject(
    text: str, s_start: int, cue: re.Match[str], mention: Mention | None
) -> Mention | None:
    """``Two officials who spoke on condition of anonymity said ...``: a cue after a
    relative clause with no commas is the verb of the clause's antecedent, not of a
    noun phrase inside the clause (``Analysts who follow General Motors said``).

    The antecedent must stand right before ``who`` (``It was Smith who said`` is left
    alone).
    """
    if mention is not None and mention.start >= cue.start():
        return mention  # "..., said X": the mention after the cue
    lo = max(s_start, cue.start() - 150)
    if text.find("who", lo, cue.start()) == -1:
        return mention  # a cheap test before the pattern: no "who" in the window
    found = _last(_RESTRICTIVE_WHO, text, lo, cue.start())
    if found is None or (mention is not None and mention.start < found.end()):
        return mention
    after = text[found.end() : found.end() + 12].split()[:1]
    if after and (after[0][:1].isupper() or after[0] in _CLAUSE_SUBJECTS):
        return mention  # "a group who U.S. officials say is ...": the clause's own subject
    if not _relative_clause(text, found, cue.start()):
        return mention
    antecedent = mention_before(text, s_start, found.start(), LEXICON)
    if antecedent is None or antecedent.end != found.start() or not plausible(antecedent.text):
        return mention
    return antecedent


def in_restrictive_clause(
    text: str, s_start: int, cue: re.Match[str], later: re.Match[str]
) -> bool:
    """True when ``cue`` is the verb of a relative clause whose antecedent is the
    subject of ``later`` (``Two officials who spoke on condition of anonymity said``):
    the clause only says who the officials are; ``later`` reports."""
    who = _RESTRICTIVE_WHO.search(text, max(s_start, cue.start() - 24), cue.start())
    return (
        who is not None
        and _AUXILIARIES.issuperset(text[who.end() : cue.start()].split())  # "who have"
        and _relative_clause(text, who, later.start())
    )


def adjacent_subject(text: str, s_start: int, cue: re.Match[str]) -> Mention | None:
    """``a speech that included Trump vowing ...``: a name right before a participle
    (no comma between) is its subject."""
    lo = max(s_start, cue.start() - 40)
    word = text.rfind(" ", lo, cue.start() - 1) + 1 or lo
    adverb = text[word : cue.start()].rstrip().endswith("ly")
    if text[word : word + 1].islower() and not adverb:
        return _plain_subject(text, s_start, cue.start())
    if not text[word : word + 1].isupper() and not adverb:
        return None  # a cheap test first: a capitalised word or an adverb before the cue
    mention = mention_before(text, s_start, cue.start(), LEXICON)
    if mention is None or _ADVERBS_ONLY.fullmatch(text, mention.end, cue.start()) is None:
        return None
    if _ADDRESSED.search(text, max(s_start, mention.start - 24), mention.start):
        return None  # "a statement to Wired explaining ...": the statement explains
    if mention.text[:1].isupper() or _after_perceiving(text, s_start, mention.start):
        return mention
    return None


# A message sent or a reply to someone: the name after it is no subject of a participle.
_ADDRESSED: Final = re.compile(
    r"(?:letters?|statement|telex|message|note|memo|e-?mail|cable|written|wrote|writes|write|"
    r"responded|responds|respond|replied|replies|reply)"
    r"[ \t]{1,3}to[ \t]{1,3}$"
)


def _after_perceiving(text: str, s_start: int, start: int) -> bool:
    """True when the word before ``start`` is a verb of perception or of leaving
    (``left many Republicans wondering``): the noun phrase after it is no object of
    the clause's own verb but the participle's subject."""
    lo = max(s_start, start - 12)
    word = text[lo:start].split()
    return bool(word) and word[-1] in _PERCEIVE_OR_LEAVE


CHUNK: Final = re.compile(r"\S+")
# Verbs of perception and of leaving or keeping someone in a state: the noun phrase after
# them is the subject of a participle that follows it ("left many voters wondering
# whether ...", "seeing the road sign warning that ...").
_PERCEIVE_OR_LEAVE: Final = frozenset(
    "see sees saw seen seeing watch watches watched watching hear hears heard hearing "
    "leave leaves left leaving keep keeps kept keeping catch catches caught".split()
)
# Words that stand before a noun phrase that is a subject, never before an object.
_BEFORE_PLAIN_SUBJECT: Final = frozenset(
    "with of for from and but while alongside among after as include includes included "
    "including".split()
)
# Lowercase words that end a noun phrase or cannot be part of one: the words that end
# a name (``_STOP``, but for ``its``, a determiner here), and more.
_NOT_NOUNS: Final = _STOP.difference(("it's", "its")).union(
    "it very more most no for with at in on of from by about into over under against earlier "
    "without upon instead later again too well soon often continue keep start stop time "
    "times year years week weeks day days month months night hours minutes".split()
)
PLAIN_DETERMINERS: Final = frozenset(
    "the a an his her their its our my your some many most all other several two three".split()
)
# Words that open the subject of a relative clause whose pronoun is its object ("who it
# believes deserves the title").
_CLAUSE_SUBJECTS: Final = PLAIN_DETERMINERS | frozenset("it he she they we i you".split())


def _plain_subject(text: str, s_start: int, cue_start: int) -> Mention | None:
    """``..., with top officials underlining ...``, ``protesters chanting ...``: a lowercase
    noun phrase right before a participle is its subject when nothing before it makes it
    an object (the sentence's start, a comma, ``with``, ``of``; not ``approved a resolution
    condemning``). Names may modify its noun (``from Bernie Sanders supporters seeking``)
    where a word before them bounds it; at a sentence's start a name and a lowercase word
    are a subject and its verb (``Sullivan put off deciding``)."""
    chunks = list(CHUNK.finditer(text, max(s_start, cue_start - 60), cue_start))
    last = len(chunks) - 1
    if last < 0 or not plain_word(chunks[last].group()):
        return None
    begin = last
    j = last - 1
    named = determined = False
    while j >= 0 and last - j < 5:
        word = chunks[j].group()
        if word.lower() in _PHRASE_OPENERS:
            if word[0].isupper() and last - j > 2:
                return None  # "The guideline requires companies wishing": a verb inside
            begin = j
            j -= 1
            determined = True
            break
        if word in _PERCEIVE_OR_LEAVE:
            break
        if not plain_word(word) or word in _TAKES_OBJECT_PAST:
            if not _modifier(word):
                break
            named = True
        begin = j
        j -= 1
    if named and j < 0 and not determined:
        return None  # "Sullivan put off deciding": a name opening the sentence and its verb
    if (
        j >= 2
        and chunks[j].group() == "of"
        and chunks[j - 1].group() in _PARTS
        and _part_of_object(chunks[j - 2].group())
    ):
        return None  # "Sanders spent much of his campaign railing": the object's part
    if j >= 0:
        lead = chunks[j].group()
        if (
            lead[-1:] not in ",;:("
            and lead not in _BEFORE_PLAIN_SUBJECT
            and lead not in _PERCEIVE_OR_LEAVE
        ):
            return None
    elif chunks[0].start() > s_start and has_words(text, s_start, chunks[0].start(), 1):
        return None  # the phrase may run on to the left: an unknown lead
    if begin == last and chunks[last].group() in _REFLEXIVES:
        return None  # "she couldn't see herself supporting ...": the clause's subject
    start, end = chunks[begin].start(), chunks[last].end()
    return Mention(start, end, text[start:end])


def _part_of_object(verb: str) -> bool:
    """True for a verb before ``much of``, ``most of`` (``spent much of his speech``)."""
    return verb.isalpha() and verb.islower() and verb not in _BEFORE_PLAIN_SUBJECT


def _modifier(word: str) -> bool:
    """A capitalised word that may modify the noun after it (``Bernie Sanders supporters``,
    ``a U.S.-born gunman``), not the pronoun ``I``."""
    return (
        word[:1].isupper()
        and word != "I"
        and word.replace("-", "").replace(".", "").isalpha()
        and word.lower() not in _NOT_NOUNS
    )


# Words that open a noun phrase before a participle ("One pastor supporting Mr. Cruz").
_PHRASE_OPENERS: Final = PLAIN_DETERMINERS | frozenset("another one each these those both".split())

_REFLEXIVES: Final = frozenset(
    "himself herself themselves itself myself yourself ourselves".split()
)


def plain_word(word: str) -> bool:
    """A lowercase word that may be part of a noun phrase (not a verb form, adverb, or
    function word)."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_NOUNS
        and word not in PLAIN_DETERMINERS
        and not word.endswith(("ing", "ed", "ly"))
    )


_LAST_WORD: Final = re.compile(r"(?<![\w’'-])(?P<to>to[ \t]+)?[a-z]+[ \t]+$")
# Irregular past tenses that take an object ("made the case", "gave a speech").
_TAKES_OBJECT_PAST: Final = frozenset(
    "made gave sent took won led met put set brought bought sought caught taught left held kept "
    "told wrote showed found spent".split()
)
# "much of", "most of": a part of the object after the verb.
_PARTS: Final = frozenset("much most all part some half".split())
_PART_OF: Final = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(_PARTS)) + r")[ \t]+of[ \t]+$")


def not_an_object(text: str, s_start: int, mention: Mention | None) -> Mention | None:
    """``mention``, or the subject of the verb whose object it is (see `_verb_subject`)."""
    if mention is None:
        return None
    return _verb_subject(text, s_start, mention) or mention


def _verb_subject(text: str, s_start: int, mention: Mention) -> Mention | None:
    """``Bush offered a retort on Twitter, tweeting ...``: a participle does not go with
    the object of a verb before it but with that verb's subject (``Sanders spent much of
    his campaign railing against ...``: the part of the object too)."""
    end = mention.start
    part = _PART_OF.search(text, max(s_start, end - 16), end)
    if part is not None:
        end = part.start()
    verb = _LAST_WORD.search(text, max(s_start, end - 16), end)
    if verb is None:
        return None
    word = verb.group().split()[-1]
    if word in _NOT_NOUNS or not (
        word.endswith("ed") or word in _TAKES_OBJECT_PAST or verb.group("to")
    ):
        return None
    return mention_before(
        text, s_start, verb.end("to") if verb.group("to") else verb.start(), LEXICON
    )


_CLAUSE_OPEN: Final = re.compile(
    r"(?:[,;]|\b(?:but|and|when|while|as|because|although|though|since|after|before|where|"
    r"until|once|so))[ \t]+"
)


def clause_subject(text: str, s_start: int, limit: int) -> Mention | None:
    """The subject of the last clause before ``limit`` that is not the sentence's first.

    ``He was challenged over his temper, but he talked more about policy, saying
    ...``: a participle goes with the nearest clause's subject.
    """
    window = max(s_start, limit - 200)
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, window, limit)]
    for pos in reversed(opens):
        m = _SUBJECT.match(text, pos, limit)
        if m is not None and m.start() > s_start:
            subject = _subject_mention(m)
            if subject is not None and not subject.text.endswith(("ing", "ed")):
                return subject  # not "Arriving at the scene, ..."
    return None


def sentence_subject(text: str, s_start: int, limit: int) -> Mention | None:
    """The name or pronoun opening a sentence: the subject a later ``, saying`` continues.

    An opening clause (``Once he was president, Mr. Obama ...``) is skipped.
    """
    m = _SUBJECT.match(text, s_start, limit)
    if m is not None and _fronted_participle(m):
        # "Responding to the attack, Jones said": the participle opens a clause.
        comma = text.find(", ", m.end(), min(limit, s_start + 120))
        after = _SUBJECT.match(text, comma + 2, limit) if comma != -1 else None
        m = after or m
    if m is None:
        comma = text.find(", ", s_start, min(limit, s_start + 120))
        if comma == -1:
            return None
        m = _SUBJECT.match(text, comma + 2, limit)
        if m is None:
            # "Priebus, who has been in contact with the campaign, arrived ... and acknowledged";
            # "During the campaign, Betsey Wright, a close aide, coined ... in describing"
            return lead_name(text, s_start, limit) or lead_name(text, comma + 2, limit)
    return _subject_mention(m)


def _subject_mention(m: re.Match[str]) -> Mention | None:
    """The name, pronoun or noun phrase a `_SUBJECT` match holds.

    A possessive name goes on with the noun phrase it opens, up to the verb
    (``Trump's campaign said``); with no verb after that phrase the possessor is
    the subject (``Trump's recent assertion that ...``)."""
    group = "np" if m.group("np") else "dnp"
    start, end = m.start(group), m.end(group)
    if group == "np" and m.string.endswith(("’s", "'s"), start, end):
        word = m.string[start : end - 2].lower()
        if word in _CONTRACTED:
            # "He's comparing ...": "he is"; "It's", "That's" name no one.
            return (
                Mention(start, end - 2, m.string[start : end - 2])
                if word in _PERSON_PRONOUNS
                else None
            )
        after = _NEXT_WORD.match(m.string, end, m.endpos)
        if after is None or after.group(1) in _WHEN or _verb_next(m.string, end, m.endpos):
            # "Moody's said", "Standard and Poor's yesterday cut": the name is the possessive
            return Mention(start, end, m.string[start:end])
        phrase_end = _possessed(m.string, end, m.endpos)
        if phrase_end < 0 and _NAMED_AFTER.match(m.string, end, m.endpos):
            return None  # "Clinton's husband, Bill, hurled ...": the name after speaks
        # No verb next ("Trump's recent assertion that ..."): the possessor is the source.
        end = phrase_end if phrase_end > 0 else end - 2
    return Mention(start, end, m.string[start:end])


_CONTRACTED: Final = frozenset("he she it that there here what who let".split())
# A name set off after the words a possessive governs ("France's party leader, Marine").
_NAMED_AFTER: Final = re.compile(r"(?:[ \t]{1,3}[\w’'-]{1,30}){1,6},[ \t]{1,3}[A-Z]")
_NEXT_WORD: Final = re.compile(r"[ \t]{1,3}([\w’'-]+)")
# A verb next: where the noun phrase a possessive opens ends.
_VERB_NEXT: Final = re.compile(
    r"[ \t]{1,3}(?:(?:also|then|[a-z]{2,12}ly)[ \t]{1,3})?"
    r"(?P<verb>[a-z]+ed|(?P<s>[a-z]{2,}s)|" + _VERBS + r"|set|showed|has|had|have)\b"
)
_MAX_POSSESSED: Final = 4
_WHEN: Final = frozenset("yesterday today tonight tomorrow now".split())
_COMPOUND: Final = re.compile(r"[a-z]{1,20}(?:-[a-z]{1,20}){1,3}")  # "state-owned"


def _possessed(text: str, end: int, limit: int) -> int:
    """Where the noun phrase a possessive ending at ``end`` opens ends (``Trump's campaign
    said``, ``Europe's mainstream political leaders were``): up to four nouns,
    adjectives or names, then a verb; -1 when no verb follows them."""
    pos = end
    for _ in range(_MAX_POSSESSED):
        m = _NEXT_WORD.match(text, pos, limit)
        if m is None:
            return -1
        word = m.group(1)
        if not (plain_word(word) or _modifier(word) or _COMPOUND.fullmatch(word)):
            return -1
        pos = m.end()
        if _verb_next(text, pos, limit):
            return pos
    return -1


def _verb_next(text: str, pos: int, limit: int) -> bool:
    """True when a verb (see `_VERB_NEXT`) follows ``pos``; a word in -s is a plural
    noun when a verb or a noun follows it (``allies have``, ``press secretary``)."""
    verb = _VERB_NEXT.match(text, pos, limit)
    if verb is None or not verb.group("s"):
        return verb is not None
    after = _NEXT_WORD.match(text, verb.end(), limit)
    return after is None or not (
        plain_word(after.group(1)) or _VERB_NEXT.match(text, verb.end(), limit)
    )


_SUBORDINATORS: Final = frozenset("after before since until by upon while when without".split())
_TIME_OPENERS: Final = frozenset(
    "one two three four five six seven eight nine ten a about nearly almost just only "
    "soon long even right hours days weeks months years minutes moments".split()
)


def opener_word(text: str, s_start: int, cue: re.Match[str], mention: Mention) -> bool:
    """True when ``mention`` is the first word of an opening phrase holding the cue.

    ``Having announced that ..., Judge Roe ruled``, ``Holding signs calling him a
    liar, the protesters chanted``, ``One month after announcing his support,
    Rubio ...``: the word opening the sentence is no source; the opening phrase,
    set off by a comma after the cue, has the main clause's subject as its own.
    """
    if mention.start != s_start or " " in mention.text or "," in text[s_start : cue.start()]:
        return False
    word = mention.text
    if word == "Having":
        return True
    if len(word) > 5 and word.endswith("ing") and mention.end < cue.start() - 1:
        return True  # "Utilizing language highlighting ...", never "Manning said"
    # "One month after announcing ...", "Nearly a year after going after ...": a time
    # phrase, then a subordinator, then the cue.
    if not (word.lower() in _TIME_OPENERS or word.endswith("ly")):
        return False
    if not cue.group().split(" ", 1)[0].endswith("ing"):
        return False
    return not _SUBORDINATORS.isdisjoint(text[s_start : cue.start()].lower().split())


def opens_sentence(text: str, s_start: int, cue: re.Match[str]) -> bool:
    """True for a participle cue that opens its sentence, alone or after a subordinator:
    ``Citing "obligations in Tennessee," the spokeswoman told ...``, ``In declaring ...,
    the pope demonstrated ...``: the phrase has the main clause's subject as its own."""
    if not participle(text, cue):
        return False
    words = text[s_start : cue.start()].split()
    return not words or (len(words) == 1 and words[0].lower() in _OPENING_SUBORDINATORS)


_OPENING_SUBORDINATORS: Final = _SUBORDINATORS.union(("in", "on"))


def main_subject(
    text: str, s_start: int, s_end: int, cue: re.Match[str], later: Sequence[re.Match[str]]
) -> Mention | None:
    """The subject of the main clause after the opening phrase that holds ``cue``.

    The source of a later cue, when it stands right after the phrase's comma
    (``..., Fox host Sean Hannity indicated``), else the words that open the clause.
    """
    comma = _OPENER_END.search(text, cue.end(), s_end)
    if comma is None:
        return None
    at = comma.end()
    for nxt in later:
        if nxt.start() > at:
            source = mention_before(text, at, nxt.start(), LEXICON)
            if source is not None and source.start == at:
                return source
            break
    m = _SUBJECT.match(text, at, s_end)
    return _subject_mention(m) if m is not None else None


def _fronted_participle(m: re.Match[str]) -> bool:
    """True for a subject match that is one word in ``-ing`` (``Responding to ...``), a
    participle opening the sentence rather than a name (``Manning`` is one too)."""
    np = m.group("np")
    return bool(np) and len(np) > 5 and np.endswith("ing") and " " not in np


# A word opening a sentence that may be a participle or an adverb, and the word after it.
_OPENER: Final = re.compile(
    r"(?:(?:But|And|Yet|So)[ \t]+)?(?P<word>[A-Z][a-z]{2,20}(?:ing|ed|ly))"
    r"[ \t]+(?P<next>[a-z][a-z’'-]*)"
)
# Participles that always open a phrase, whatever follows them.
_OPENING_PARTICIPLES: Final = frozenset(("having", "being"))
# Words after a name that show it is the subject of a verb (``Schilling also added``).
_AFTER_SUBJECT: Final = frozenset(
    "is are was were has have had will would could can may might must should does did do "
    "also then still now later just never already even only once again often first".split()
)


def _is_opener(text: str, s_start: int, mention: Mention) -> bool:
    """True when ``mention`` is a lone participle or adverb opening its sentence, not a
    name: ``Holding signs ...,``, ``Having announced ...,``, ``Hastily blaming ...,``.

    A participle is followed by its object or a preposition, a name by its verb
    (``Schilling added``, ``Ebeling reminisced``, ``Beijing could``): a cue, an
    auxiliary, an adverb or a past tense after the word keeps it a name. An adverb
    is one when a participle follows it (``Kelly said``, ``Jolly then noted`` stay
    names), or when its ending is an adverb's (``Initially``).
    """
    if not text.endswith(("ing", "ed", "ly"), mention.start, mention.end):
        return False  # `_OPENER`'s word, which must be the mention, ends so
    m = _OPENER.match(text, s_start)
    if m is None or m.start("word") != mention.start or m.end("word") != mention.end:
        return False
    word = m.group("word").lower()
    after = m.group("next")
    if word.endswith("ly"):
        return word.endswith(_ADVERB_ENDINGS) or (len(after) > 5 and after.endswith("ing"))
    if word in _OPENING_PARTICIPLES:
        return True
    return not (
        after in _AFTER_SUBJECT
        or after in LEXICON.speech
        or after in LEXICON.belief
        or after.endswith(("ed", "ly"))
    )


def past_opener(text: str, s_start: int, s_end: int, mention: Mention | None) -> Mention | None:
    """``mention``, unless it is a phrase opening the sentence (see `_is_opener`): then the
    subject after that phrase's comma (``Having announced ..., Judge Berman proceeded``),
    or None when none stands there."""
    if mention is None or mention.start > s_start + 4 or not _is_opener(text, s_start, mention):
        return mention
    comma = _OPENER_END.search(text, mention.end, min(s_end, mention.end + 200))
    if comma is None:
        return None
    at = comma.end()
    m = _SUBJECT.match(text, at, s_end)
    if m is not None:
        return _subject_mention(m)
    # "Arriving upon the scene, police began ...": a lowercase noun phrase and its verb.
    verb = _MAIN_VERB.search(text, at, min(s_end, at + 60))
    if verb is None:
        return None
    subject = mention_before(text, at, verb.start(), LEXICON)
    if subject is None or subject.start != at or subject.text.lower() in RELATIVE_WORDS:
        return None  # ", which have ...": the comma closed no opener
    return subject


# The comma that closes an opening phrase (a closing quote mark may stand after it).
_OPENER_END: Final = re.compile(r",[”\"’']?[ \t]+")
# A verb in the past or an auxiliary: where the subject of a main clause ends.
_MAIN_VERB: Final = re.compile(
    r"[ \t](?:[a-z]{2,20}ed|said|told|made|wrote|spoke|took|gave|began|went|saw|felt|knew|"
    r"thought|sought|brought|held|is|was|are|were|has|had|have|will|would|could|can)\b"
)


# "smiled and said": a verb, ``and`` (an adverb may follow) right before a cue.
_CONJOINED: Final = re.compile(
    r"(?<![\w’'-])(?P<verb>[a-z]{2,15})[ \t]+and[ \t]+(?:[a-z]{2,12}ly[ \t]+)?$"
)


def conjoined_subject(text: str, s_start: int, cue: re.Match[str]) -> Mention | None:
    """``When asked whom she backed, Ms. Ruiz smiled and said``: a cue joined to a verb
    by ``and`` shares that verb's subject, the mention right before it (not an earlier
    cue's, which may be in a clause of its own)."""
    m = _CONJOINED.search(text, max(s_start, cue.start() - 32), cue.start())
    if m is None:
        return None
    verb = m.group("verb")
    if not (verb.endswith("ed") or verb in _TAKES_OBJECT_PAST or verb in PAST):
        return None
    mention = mention_before(text, s_start, m.start("verb"), LEXICON)
    if mention is None or _ADVERBS_ONLY.fullmatch(text, mention.end, m.start("verb")) is None:
        return None
    return mention
