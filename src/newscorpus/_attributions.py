"""One paragraph's attributions: its sentences' cues, sources and content, as quotes.

`read_paragraph` reads each sentence's cues in order, finds each cue's
source (`_subjects`, `_mentions`, `_labels`) and content (`_content`), and
joins quoted spans to them as direct or mixed quotes; a sentence that is
only a quote continues the paragraph's last speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newscorpus._content import (
    MAX_CONTENT,
    before_connective,
    before_inverted_source,
    closing_content,
    comma_before_according,
    content_bounds,
    inner_clause_start,
    next_clause,
    pieces,
    set_off_after,
)
from newscorpus._cues import (
    attributing_cue,
    coordinated,
    find_cues,
    in_question,
    is_verb_use,
    naming,
    participle,
    passive,
)
from newscorpus._found import Found, Passage, clause_found, cut
from newscorpus._headlines import headline_attribution, may_be_headline
from newscorpus._labels import adjacent_attribution, asked_question, colon_attribution
from newscorpus._lexicon import LEXICON
from newscorpus._mentions import mention_for
from newscorpus._sentences import sentences, split_at_colons, split_at_labels
from newscorpus._speakers import WEEKDAY_ALTERNATION, Mention, SpeakerResolver
from newscorpus._subjects import (
    adjacent_subject,
    bound_speaker,
    clause_subject,
    conjoined_subject,
    in_restrictive_clause,
    main_subject,
    not_an_object,
    opener_word,
    opens_sentence,
    past_opener,
    plausible,
    relative_subject,
    restrictive_subject,
    sentence_subject,
    with_subject,
)
from newscorpus._tokens import THAT, WORD, has_words, inside, trim, words_outside
from newscorpus.model import QuoteKind

__all__ = ["read_paragraph"]

_MAX_CUES: Final = 16  # reporting cues read per sentence
# A quoted span this many words long is speech even where no cue attributes it.
_LONG_QUOTE: Final = 8


def read_paragraph(
    para: Passage,
    spans: list[tuple[int, int]],
    last: Found | None,
    carry: Found | None,
    resolver: SpeakerResolver,
) -> tuple[list[Found], Found | None]:
    """The paragraph's quotes, and the one whose speaker a following quote goes on with."""
    text = para.text
    out: list[Found] = []
    found_cues = find_cues(text)
    if not spans and not found_cues and ":" not in text and not _may_name_source(text):
        return out, None  # no quote marks, no colon, no cue, no poll: nothing is attributed
    if para.kind == "text" and ":" not in text and may_be_headline(text):
        headline = headline_attribution(para, spans)
        if headline is not None:
            resolver.note(headline)
            return [headline], None
    cue_starts = [m.start() for m in found_cues]
    previous: Found | None = carry
    asks = "sked" in text  # "asked", "Asked"
    bounds = sentences(text, spans)
    if spans and ":" in text:
        bounds = split_at_labels(text, bounds)
        if cue_starts:
            bounds = split_at_colons(text, bounds, spans, cue_starts)
    for s_start, s_end in bounds:
        quoted: list[tuple[int, int]] = []
        if spans:
            lo = bisect.bisect_left(spans, (s_start, 0))
            hi = bisect.bisect_left(spans, (s_end, 0))
            quoted = [(a, b) for a, b in spans[lo:hi] if b <= s_end]
        in_sentence = found_cues[
            bisect.bisect_left(cue_starts, s_start) : bisect.bisect_left(cue_starts, s_end)
        ]
        if text.startswith(("In ", "As ", "To "), s_start):
            poll = _source_opener(para, s_start, s_end, quoted)
            if poll is not None:
                out.append(poll)
        asked = _questions(para, s_start, s_end, in_sentence, quoted, out) if asks else None
        if asked is not None and asked[1] < s_end:
            # The question's words and quotes are not the answer's: its cues report nothing.
            quoted = [q for q in quoted if not asked[0] <= q[0] < asked[1]]
        cues = _reporting_cues(text, s_start, s_end, in_sentence, quoted, asked)
        if not cues and not quoted and in_sentence:
            expected = _expectation(para, s_start, s_end, in_sentence)
            if expected is not None:
                out.append(expected)
                continue
        attributing = attributing_cue(text, s_start, cues, quoted) if quoted and cues else None
        if quoted and attributing is None:
            previous = _unattributed(
                para,
                (s_start, s_end),
                quoted,
                spans,
                (found_cues, cue_starts),
                out,
                previous,
                last,
                resolver,
            )
            continue
        if not quoted and (not cues or (para.index == 0 and s_start == 0)):
            # "Graham: Trump's rhetoric is destroying the party"; in a title, the label
            # speaks even where a cue follows ("Clinton: I support D.C. statehood").
            headline = colon_attribution(para, s_start, s_end)
            if headline is not None and (not cues or _labelled_by(headline, para.start)):
                out.append(headline)
                previous = headline
                continue
            if not cues:
                continue
        subject: Mention | None = None
        used: set[tuple[int, int]] = set()  # quoted spans (in the paragraph) a cue took
        if attributing is not None:
            # The attributing cue takes its quotes first, whatever its place in the sentence.
            cues = [attributing, *[m for m in cues if m is not attributing]]
            cues.sort(key=lambda m: m.start())
            if quoted[-1][1] <= cues[0].start() and coordinated(text, s_start, cues[0]):
                head = _main_clause(para, s_start, quoted, cues[0])
                if head is not None:
                    out.append(head)
                    used.update(quoted)
                    attributing = None  # the cues after it report clauses of their own
        for i, m in enumerate(cues):
            if (
                i + 1 < len(cues)
                and m is not attributing
                and not participle(text, cues[i + 1])
                and in_restrictive_clause(text, s_start, m, cues[i + 1])
            ):
                continue  # "Officials who spoke on condition of anonymity said ..."
            mention = _cue_mention(text, s_start, s_end, m, subject, m is attributing)
            if (
                i > 0
                and m is not attributing
                and mention is not None
                and (mention.text.lower() in _NESTED_PRONOUNS or not participle(text, m))
                and _NESTED.fullmatch(text, cues[i - 1].end(), mention.start) is not None
            ):
                continue  # "said they want ...": what the source says it wants is its words
            if mention is not None and m is not attributing and in_question(text, mention.start):
                continue  # "asked whether she supports ...": a question, not what she said
            free = [q for q in quoted if q not in used] if used else quoted
            made = _report(para, (s_start, s_end), cues, i, mention, quoted, free, m is attributing)
            if made is not None and free:
                # The quotes a cue took are not another cue's; but in "X said Y called it
                # "a disgrace"" the quote is Y's too.
                for q in free:
                    if made.start <= para.start + q[0] < made.end and not (
                        attributing is not None and m.end() <= attributing.start() < q[0]
                    ):
                        used.add(q)
            mention = _past_openers(para, (s_start, s_end), cues, i, mention, made)
            if (
                made is None
                and mention is not None
                and not quoted
                and i == len(cues) - 1
                and not (out and out[-1].end > para.start + s_start)
                and _NOTHING_SAID.fullmatch(text, m.end(), s_end) is not None
            ):
                # "Sam Lau said in a statement." reports no words of its own: a bare quote
                # after it is his. The result holds only the mention, as `nobody` holds none.
                source = mention.shifted(para.start)
                previous = Found("indirect", para.start, para.start, para.index, [], source, None)
            if made is not None:
                if made.mention is None:
                    # "In declaring ..., the pope showed ...": no source by the cue.
                    opener = past_opener(
                        text, s_start, s_end, sentence_subject(text, s_start, s_end)
                    )
                    if opener is not None and opener.start < m.end() and m.start() < opener.end:
                        # 'Adding, "..."': a participle opening a fragment goes on with
                        # the source before it; no other cue is its own source.
                        before = (previous or last) if m.group().endswith("ing") else None
                        made.mention = before.mention if before is not None else None
                    else:
                        made.mention = opener.shifted(para.start) if opener is not None else None
                elif mention is not None and made.speaker is None:
                    made.speaker = bound_speaker(text, s_start, mention, quoted, resolver, para)
                out.append(made)
                if made.kind == "direct" or not (
                    previous is not None
                    and previous.kind == "direct"
                    and previous.end > para.start + s_start
                ):
                    # "'...,' said X, who has argued that ...", "'...,' X told a crowd that
                    # the campaign estimated at 3,000": the quotes after go on with X.
                    previous = made
            if mention is not None:
                subject = mention
    if spans and len(out) > 1:
        _yield_to_others(text, out, spans, para.start)
    if len(out) > 1:
        _yield_to_inner_sources(text, out, spans, para.start)
    for f in out:
        if not f.asker:
            resolver.note(f)
        elif f.asked is not None:
            resolver.note(Found(f.kind, f.start, f.end, f.paragraph, [], f.asked, f.cue))
    return out, previous


# All that may follow the last cue of a sentence that reports no words: "said in a
# statement.", "said on Monday.", "told reporters."
_NOTHING_SAID: Final = re.compile(
    r"(?:(?<![ \t])[ \t]+(?:in|on|at|during|via|through|to|with|late|early|earlier|later|"
    r"last|this|" + WEEKDAY_ALTERNATION + r"|reporters|journalists)\b[^.;:!?\"“”\n]{0,60})?"
    r"\.[ \t]*"
)


# "The sale is expected to expand ...": an expectation with no source, which news
# annotation counts as an attribution. The "to" opens what is expected.
_EXPECTED: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being)(?:[ \t]+(?:not|also|still|now|widely|generally|"
    r"largely|broadly))?[ \t]+(?P<cue>expected)[ \t]+(?P<to>to)[ \t]"
)


def _expectation(
    para: Passage,
    s_start: int,
    s_end: int,
    in_sentence: list[re.Match[str]],
) -> Found | None:
    """``The sale is expected to expand the company's reach``: what is expected of whom,
    the subject and the infinitive as two parts, with no source (a passive names none)."""
    text = para.text
    m = _EXPECTED.search(text, s_start, s_end)
    if m is None:
        return None
    if not any(c.start() == m.start("cue") for c in in_sentence):
        return None
    # The subject: the words of its clause before the verb, after any comma or connective.
    start = max(s_start, *(text.rfind(p, s_start, m.start()) + 1 for p in ",;:(—–"))
    words = text[start : m.start()].split()
    while words and words[0].lower() in _CLAUSE_OPENERS:
        del words[0]
    if not 0 < len(words) <= _MAX_SUBJECT_WORDS:
        return None
    subject = trim(text, text.index(words[0], start), m.start())
    c_start, c_end = trim(text, m.start("to"), s_end)
    if not WORD.search(text, c_start + 2, c_end):
        return None  # "to" and nothing after it
    base = para.start
    parts = [(base + subject[0], base + subject[1]), (base + c_start, base + c_end)]
    cue_span = (base + m.start("cue"), base + m.end("cue"))
    return Found("indirect", parts[0][0], parts[1][1], para.index, parts, None, cue_span)


_MAX_SUBJECT_WORDS: Final = 12
# Words that open a clause before its subject: "But it was not expected to ...". A
# relative pronoun is the subject: "voters, who are expected to ...".
_CLAUSE_OPENERS: Final = frozenset(
    "and but so yet or because while as if when although though since where whereas "
    "however now still".split()
)


def _report(
    para: Passage,
    sentence: tuple[int, int],
    cues: list[re.Match[str]],
    i: int,
    mention: Mention | None,
    quoted: list[tuple[int, int]],
    free: list[tuple[int, int]],
    attributing: bool,
) -> Found | None:
    """What cue ``cues[i]`` reports: the quotes it attributes (direct or mixed), else its
    clause (indirect). ``free`` are the sentence's quotes no earlier cue took."""
    s_start, s_end = sentence
    m = cues[i]
    if attributing:
        made = _attributed(para, s_start, s_end, free, m, mention, later=cues[i + 1 :])
        if made is not None and made.kind == "mixed" and mention is not None:
            _end_at_next_clause(made, para, s_start, free, cues[i + 1 : i + 4], m, mention)
        return made
    # A second cue with quotes of its own: '"A," he said, before adding: "B."'
    made = _attributed(para, s_start, s_end, free, m, mention, mixed=False)
    if made is None and m.group().lower() not in LEXICON.direct_only:
        made = _indirect(para, s_start, s_end, m, cues, i, mention, quoted, free)
    return made


def _past_openers(
    para: Passage,
    sentence: tuple[int, int],
    cues: list[re.Match[str]],
    i: int,
    mention: Mention | None,
    made: Found | None,
) -> Mention | None:
    """Move the source of ``made`` (cue ``cues[i]``) past an opening phrase; the mention
    the next cue may share.

    A cue in an opening phrase (``Having announced the plan, Smith said``) reports
    the main clause's subject; an opener taken for a mention (``Hastily``, ``For
    Mr. Biden,``) gives way to the subject after it. The content stays where it is.
    """
    text = para.text
    s_start, s_end = sentence
    m = cues[i]
    if made is not None and (
        opens_sentence(text, s_start, m)
        if mention is None
        else opener_word(text, s_start, m, mention)
    ):
        # The cue sits in an opening phrase: the main clause's subject is the source.
        main = main_subject(text, s_start, s_end, m, cues[i + 1 : i + 3])
        made.mention = main.shifted(para.start) if main is not None else None
    else:
        source = past_opener(text, s_start, s_end, mention)
        if source is not mention:
            mention = source
            if made is not None:
                made.mention = source.shifted(para.start) if source is not None else None
    return mention


def _unattributed(
    para: Passage,
    sentence: tuple[int, int],
    quoted: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    cues: tuple[list[re.Match[str]], list[int]],
    out: list[Found],
    previous: Found | None,
    last: Found | None,
    resolver: SpeakerResolver,
) -> Found | None:
    """Attribute a sentence's quotes that none of its cues attributes; add them to ``out``.

    A name next to the quote (``"...," Smith.``), a clause between the quote and
    the one before (``"A," he said, adding that X. "B."``), a label before a
    colon, or the speaker the quote goes on with: returns the quote a following
    one goes on with (``previous``, unless this sentence changed it). ``cues`` are
    the paragraph's cues and their offsets.
    """
    text = para.text
    s_start, s_end = sentence
    adjacent = adjacent_attribution(text, s_start, s_end, quoted)
    if adjacent is not None:
        cue, mention = adjacent
        found = _attributed(para, s_start, s_end, quoted, cue, mention)
        if found is not None:
            out.append(found)
            return found
        return previous
    apart = (
        _clause_between(para, previous, cues[0], cues[1], spans, quoted[0][0])
        if previous is not None and previous.kind == "direct" and previous.paragraph == para.index
        else None
    )
    clause = clause_found(out, para, apart) if apart is not None else None
    if clause is not None:
        # The clause between takes the quote: '"A," he said, adding that X. "B."'
        clause.kind = "mixed"
        cut(clause, para.start + quoted[-1][1])
        return previous
    # 'Graham: Trump's "hateful rhetoric" is destroying the party': the label
    # speaks, though its words in quote marks would go on with the last speaker.
    labelled = colon_attribution(para, s_start, s_end)
    going_on: Found | None
    if labelled is not None and labelled.mention is not None:
        labelled.kind = "mixed"
        going_on = labelled
    else:
        going_on = _continuation(
            para, s_start, s_end, quoted, previous, last, resolver, apart=apart
        )
        if going_on is None and labelled is not None:
            labelled.kind = "mixed"
            going_on = labelled
    if going_on is None:
        return previous
    if going_on is not previous:
        out.append(going_on)
    return going_on


def _cue_mention(
    text: str,
    s_start: int,
    s_end: int,
    m: re.Match[str],
    subject: Mention | None,
    attributing: bool,
) -> Mention | None:
    """The source of cue ``m``: by the cue, else the subject of its clause or sentence.

    ``subject`` is the source of the sentence's cue before (``X said ... and added``);
    ``attributing`` says the cue attributes the sentence's quotes.
    """
    mention: Mention | None
    words = (
        _WORDS_TO_SAY.search(text, max(s_start, m.start() - 24), m.start())
        if m.group() == "say"
        else None
    )
    if words is not None:
        # "Smith had harsh words to say about ...": the one who has the words says them.
        holder = clause_subject(text, s_start, words.start()) or sentence_subject(
            text, s_start, words.start()
        )
        if holder is not None:
            return holder
    if participle(text, m):
        # ", saying ...", "issued a statement saying ...": the clause's subject speaks.
        mention = with_subject(text, s_start, m) or adjacent_subject(text, s_start, m)
        if mention is None:
            candidate = subject or clause_subject(text, s_start, m.start())
            mention = not_an_object(text, s_start, candidate)
        if mention is None:
            mention = sentence_subject(text, s_start, m.start())
        if mention is None:
            candidate = mention_for(text, m, s_start, s_end)
            mention = not_an_object(text, s_start, candidate)
    else:
        mention = restrictive_subject(text, s_start, m, mention_for(text, m, s_start, s_end))
        if mention is None and coordinated(text, s_start, m):
            mention = (
                conjoined_subject(text, s_start, m)
                or subject
                or sentence_subject(text, s_start, m.start())
            )
        elif mention is None and attributing:
            mention = sentence_subject(text, s_start, m.start())
    if mention is None or mention.end <= m.start() - 5:
        mention = relative_subject(text, s_start, m, mention)
    return mention


def _questions(
    para: Passage,
    s_start: int,
    s_end: int,
    in_sentence: list[re.Match[str]],
    quoted: list[tuple[int, int]],
    out: list[Found],
) -> tuple[int, int] | None:
    """Add the sentence's questions asked (``X was asked whether ...``) to ``out``.

    Returns the bounds of the question an ``Asked ...,`` opener puts before the
    answer (``Asked whether he would run, Smith said ...``), or None: no cue in
    them reports.
    """
    text = para.text
    bounds: tuple[int, int] | None = None
    for m in in_sentence:
        if m.group().lower() == "asked" and not inside(m.start(), quoted):
            leads = not has_words(text, s_start, m.start(), 3)  # "Asked", "When asked"
            question = asked_question(para, s_start, s_end, m, in_sentence if leads else ())
            if question is not None:
                out.append(question)
                if leads:
                    bounds = (m.start(), question.end - para.start)
    return bounds


def _reporting_cues(
    text: str,
    s_start: int,
    s_end: int,
    in_sentence: list[re.Match[str]],
    quoted: list[tuple[int, int]],
    asked: tuple[int, int] | None,
) -> list[re.Match[str]]:
    """The sentence's cues that report: verbs of speech in use, outside its quotes and
    the question an opener asked, not passives without a source, not names."""
    cues: list[re.Match[str]] = []
    for m in in_sentence:
        at = m.start()
        if (
            m.end() <= s_end
            and not (asked is not None and asked[0] <= at < asked[1])
            and not (quoted and inside(at, quoted))
            and not (at > s_start and text[at].isupper())  # "State Department"
            and not passive(text, m, s_end)
            and is_verb_use(text, m, s_start)
            and not naming(text, m)
        ):
            cues.append(m)
    # A sentence of news prose has at most six reporting cues (PolNeAR train); a run-on
    # "sentence" with hundreds would cost time quadratic in their number.
    del cues[_MAX_CUES:]
    return cues


# "In a CNN/ORC poll released Monday, 31% said ...": the poll opening a sentence reports it,
# as "According to" would (a participle's aside after the poll is part of its name); so
# does the source of "As reported by the Times, ...".
_SOURCE_OPENER: Final = re.compile(
    r"As[ \t]+(?:first[ \t]+|previously[ \t]+|originally[ \t]+)?reported[ \t]+(?:by|in)[ \t]+"
    r"(?P<by>[^,;:.!?\"“”\n]{1,80}),[ \t]*"
    r"|In[ \t]+(?P<src>(?:a|an|the|this|that|its|their|his|her|our)[ \t]"
    r"[^,;:.!?\"“”\n]{0,80}?\b(?:poll|survey)s?\b[^,;:!?\"“”\n]{0,60}"
    r"(?:,[ \t]*(?:conducted|released|taken|published)\b[^,;:!?\"“”\n]{0,60})?),[ \t]*"
    # "To Ms. Gil, skateboarding is ...": a view held by the person named.
    r"|To[ \t]+(?P<to>(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?"
    r"[A-Z][a-z][\w-]*(?:[ \t]+[A-Z][a-z][\w-]*){0,2}),[ \t]*"
)


def _may_name_source(text: str) -> bool:
    """A cheap test for a paragraph that may open a sentence with a poll or a ``To X,``
    stance (no cue in it)."""
    return ("In " in text and ("poll" in text or "survey" in text)) or (
        text.startswith("To ") or ". To " in text
    )


def _source_opener(
    para: Passage, s_start: int, s_end: int, quoted: Sequence[tuple[int, int]]
) -> Found | None:
    """``In a new Post-ABC poll, Clinton leads``, ``As reported by the Times, ...``: a source.

    News annotators count the opener as an attribution of the whole clause after
    it, like ``According to a new poll, ...`` (PolNeAR train: 20 of 22 poll openers).
    """
    text = para.text
    m = _SOURCE_OPENER.match(text, s_start, s_end)
    if m is None:
        return None
    group = "src" if m.group("src") is not None else "to" if m.group("to") is not None else "by"
    start, end = trim(text, m.end(), s_end)
    if group == "to" and text.startswith("who ", start):
        aside = text.find(", ", start, end)  # "To Sexton, who studies rallies, Tuesday ..."
        if aside != -1:
            start = aside + 2
    if not has_words(text, start, end, 3):
        return None
    kind: QuoteKind = "mixed" if any(start <= a < end for a, _ in quoted) else "indirect"
    base = para.start
    src = m.group(group).rstrip()
    mention = Mention(base + m.start(group), base + m.start(group) + len(src), src)
    cue_end = (
        s_start + len(text[s_start : m.start(group)].rstrip()) if group == "by" else s_start + 2
    )
    cue = (base + s_start, base + cue_end)
    return Found(kind, base + start, base + end, para.index, [], mention, cue, src)


def _yield_to_others(text: str, out: list[Found], spans: list[tuple[int, int]], base: int) -> None:
    """A mixed quote ends where another attribution's content begins after its quotes.

    ``'X called it "a disgrace," and Y said the vote was lost'``: Y's clause is not X's.
    """
    mixed = [f for f in out if f.kind == "mixed"]
    if not mixed:
        return
    starts = sorted([f.start for f in out])
    for f in mixed:
        inner = [b for a, b in spans if f.start <= base + a and base + b <= f.end]
        if not inner:
            continue
        last = base + inner[-1]
        k = bisect.bisect_right(starts, last)
        if k < len(starts) and starts[k] < f.end:
            cut(f, base + before_connective(text, last - base, starts[k] - base))


def _yield_to_inner_sources(
    text: str, out: list[Found], spans: list[tuple[int, int]], base: int
) -> None:
    """An indirect or mixed quote ends where another quote's reporting clause starts in it.

    ``Smith said the plan would fail, which Jones denied, calling it "fine"``: from
    ``, which Jones denied`` on, the words are Jones's, not Smith's. The clause starts
    at a separator (``,`` ``;`` ``:`` ``—``) and an optional connective before its own
    source and cue. At least two words stay, or nothing is cut; a mixed quote left
    with no quoted words is indirect.
    """
    # Where the other clauses' sources start (a source, then its cue), in text order.
    sources = sorted(
        [
            g.mention.start
            for g in out
            if g.mention is not None
            and g.cue is not None
            and 0 <= g.cue[0] - g.mention.end <= _SOURCE_TO_CUE
        ]
    )
    if not sources:
        return
    for f in out:
        if f.kind == "direct" or f.cue is None or f.start < base:
            continue  # a quote carried over from the paragraph before stays as it is
        k = bisect.bisect_left(sources, f.cue[1])
        if k == len(sources) or sources[k] >= f.end:
            continue
        start = f.start - base
        if len(f.parts) == 2 and f.parts[0][1] <= f.cue[0] < f.parts[1][0]:
            start = f.parts[1][0] - base  # "The plan, he said, ...": the words after the cue
        end = inner_clause_start(text, start, f.end - base, sources, k, spans, base)
        if end < f.end - base:
            cut(f, base + trim(text, start, end)[1])
            if f.kind == "mixed" and not any(start <= a < end for a, _ in spans):
                f.kind = "indirect"


# "words to say", "things to say": the noun before an infinitive cue is what is said.
_WORDS_TO_SAY: Final = re.compile(r"(?<![\w’'-])(?:words?|things?|plenty)[ \t]+to[ \t]+$")

# Characters at most between a clause's source and its cue ("Jones on Tuesday denied").
_SOURCE_TO_CUE: Final = 40

_NESTED: Final = re.compile(r"[ \t]+(?:that[ \t]+)?")
_NESTED_PRONOUNS: Final = frozenset("he she they we i it".split())


def _continuation(
    para: Passage,
    s_start: int,
    s_end: int,
    quoted: list[tuple[int, int]],
    previous: Found | None,
    last: Found | None,
    resolver: SpeakerResolver,
    *,
    apart: int | None = None,
) -> Found | None:
    """A quoted sentence with no cue: the last speaker's words, or scare quotes.

    It continues the last direct quote, unless a clause of another cue stands
    between them (``apart``): then it is a quote of its own, by the same speaker.
    """
    text = para.text
    base = para.start
    own: Mention | None = None
    if words_outside(text, s_start, s_end, quoted) > 2:
        # Scare quotes and titles are not speech without a cue; a whole quoted
        # sentence inside reporter's prose still is someone's words.
        marked = quoted  # every quoted span, short ones too
        quoted = [q for q in quoted if has_words(text, q[0], q[1], _LONG_QUOTE)]
        if not quoted:
            return None
        own = _prose_subject(text, s_start, quoted[0][0], marked)
    q_start, q_end = quoted[0][0], quoted[-1][1]
    parts = [(base + a, base + b) for a, b in quoted]
    if (
        previous is not None
        and previous.kind == "direct"
        and apart is None
        and own is None  # "He commanded the party to "..."": the prose's own quote
        and (previous.paragraph == para.index or previous.end >= base - 3)
    ):
        previous.parts.extend(parts)
        previous.end = base + q_end
        return previous
    source = previous or last
    found = Found("direct", base + q_start, base + q_end, para.index, parts, None, None)
    if para.kind == "tweet" and para.author:
        found.speaker = para.author
    elif own is not None:
        # "The ad targets a "corrupt system ..."": the prose's own subject quotes it.
        found.mention = own.shifted(base)
        if own.text.isupper():
            found.speaker = own.text  # a headline stands as written, no name inside it
    elif source is not None:
        found.mention = source.mention
        found.speaker = source.speaker or (
            resolver.resolve(source.mention) if source.mention else None
        )
    return found


def _prose_subject(
    text: str, s_start: int, q_start: int, spans: Sequence[tuple[int, int]]
) -> Mention | None:
    """The subject of the reporter's words before a quote that no cue attributes, if any.

    ``The ad targets a "corrupt political system ..."``: a verb the lexicon does not
    know, and its subject is the quote's source rather than the last speaker. A
    subject inside quote marks (a title's words) or one that is no plausible mention
    does not count.
    """
    if not has_words(text, s_start, q_start, 2):
        return None
    start = s_start
    while start < q_start and text[start] in " \t":
        start += 1
    headline = _CAPS_HEADLINE.fullmatch(text, start, q_start)
    if headline is not None:
        # A newsletter's "EBOLA SURVIVORS, THROUGH THE LENS “It’s about ...” [HuffPost.]":
        # the excerpt is the headlined article's.
        return Mention(headline.start("h"), headline.end("h"), headline.group("h"))
    subject = sentence_subject(text, s_start, q_start)
    if subject is None or inside(subject.start, spans) or not plausible(subject.text):
        return None
    return subject


# An all-capitals headline of three words or more, right before a quote's opening mark
# (a match starts where a word does: linear on a long run of capitals).
_CAPS_HEADLINE: Final = re.compile(
    r"(?P<h>(?<![A-Z0-9’'‘:,&$%-])[A-Z][A-Z0-9’'‘:,&$%-]*"
    r"(?:[ \t]+[A-Z0-9’'‘:,&$%-]+){2,})[ \t]*"
)


def _labelled_by(found: Found, start: int) -> bool:
    """True when the source of a colon attribution is the label that opens the text at
    ``start`` (not the subject after an interjection: ``Wow: Smith says ...``)."""
    return found.mention is not None and found.mention.start == start


def _clause_between(
    para: Passage,
    previous: Found,
    cues: list[re.Match[str]],
    cue_starts: list[int],
    spans: Sequence[tuple[int, int]],
    pos: int,
) -> int | None:
    """Where a cue opens a clause between the direct quote ``previous`` and ``pos``, if one does.

    ``"A," he said, adding that the race was close. "B."``: the reporter's clause
    in between has a cue of its own, and ``"B."`` goes with it, not with ``"A,"``.
    The offset is in the text; None when only the quote's own cue stands between.
    """
    if previous.kind != "direct" or previous.paragraph != para.index:
        return None
    base = para.start
    own = previous.cue[0] - base if previous.cue else -1
    lo = bisect.bisect_left(cue_starts, previous.end - base)
    hi = bisect.bisect_left(cue_starts, pos)
    for m in reversed(cues[lo:hi]):
        if m.start() != own and not inside(m.start(), spans):
            lemma = LEXICON.speech.get(m.group().lower())
            return base + m.start() if lemma in _GOES_ON else None
    return None


# Cues whose clause goes on with the speaker's words (", adding that ..."); after
# ", referring to ..." or "when asked ..." the next quote still continues the first.
_GOES_ON: Final = frozenset("add explain remark".split())


def _main_clause(
    para: Passage, s_start: int, quoted: list[tuple[int, int]], cue: re.Match[str]
) -> Found | None:
    """``Clinton talked up her "50-state strategy," promising ...``: quotes before the first cue.

    When every cue of a sentence opens a clause of its own after the quotes, the
    quotes are in the main clause, whose verb the lexicon does not know: the
    sentence's subject says them, in a mixed quote that runs up to the cue's clause.
    """
    text = para.text
    subject = sentence_subject(text, s_start, quoted[0][0])
    if subject is None:
        return None
    verb = WORD.search(text, subject.end, quoted[0][0])
    if verb is None:
        return None
    end = before_connective(text, verb.end(), cue.start())
    start, end = trim(text, verb.end(), max(end, quoted[-1][1]))
    base = para.start
    return Found(
        "mixed",
        base + start,
        base + end,
        para.index,
        [(base + start, base + end)],
        subject.shifted(base),
        (base + verb.start(), base + verb.end()),
    )


def _attributed(
    para: Passage,
    s_start: int,
    s_end: int,
    quoted: list[tuple[int, int]],
    cue: re.Match[str],
    mention: Mention | None,
    *,
    mixed: bool = True,
    later: Sequence[re.Match[str]] = (),
) -> Found | None:
    """A sentence whose quoted part a cue attributes: direct, or (if ``mixed``) mixed.

    The quotes that touch the attribution (``"...," he said``, ``X said: "..."``,
    and both halves of ``"A," he said, "B."``) are direct speech, unless the
    reporter's own words run on after them. Quote marks elsewhere in the
    sentence (a show's title) are not part of it. Without touching quotes, the
    reported clause that holds the quoted words is a mixed quote; it ends where
    a clause of one of the ``later`` cues begins (``, adding that``).
    """
    if not quoted:
        return None
    text = para.text
    base = para.start
    own = [(cue.start(), cue.end())]
    block_start, block_end = cue.start(), cue.end()
    if mention is not None and s_start <= mention.start < s_end:
        own.append((mention.start, mention.end))
        block_start = min(block_start, mention.start)
        block_end = max(block_end, mention.end)
    cue_span = (base + cue.start(), base + cue.end())
    absolute = mention.shifted(base) if mention is not None else None
    touching = _touching(text, quoted, block_start, block_end)
    if touching:
        first = touching[0][0]
        if touching[0][1] <= block_start:
            # '"...," he said' is direct when the quote opens the sentence or a colon
            # or a dash introduces it ('WASHINGTON (Reuters) - "...," he said');
            # 'The advance is "our fault", Stewart said' is mixed.
            lead = words_outside(text, s_start, first, own, _CONNECTIVES)
            direct = lead == 0 or text[s_start:first].rstrip().endswith((":", "-", "—", "–"))
        else:
            direct = words_outside(text, touching[-1][1], s_end, own) <= 3
        if direct:
            parts = [(base + a, base + b) for a, b in touching]
            return Found(
                "direct",
                base + touching[0][0],
                base + touching[-1][1],
                para.index,
                parts,
                absolute,
                cue_span,
            )
    if not mixed:
        return None
    c_start, c_end = content_bounds(text, s_start, s_end, cue, mention)
    # "The plan, he said, was "a disaster"": content on both sides of the attribution.
    medial = c_start < block_start and c_end > block_end
    if c_start >= block_end:
        # The clause after the cue holds the quote: it runs to the next clause's cue.
        stop = next((m.start() for m in later if coordinated(text, s_start, m)), c_end)
        if stop < c_end and not has_words(text, c_start, stop, 1):
            # '... the "woman card," Fiorina said, adding that ...': the next clause
            # follows the attribution at once, and the content is before it.
            c_start, c_end = max(s_start, block_start - MAX_CONTENT), block_start
            quoted = [q for q in quoted if q[1] <= block_start] or quoted
        elif stop < c_end:
            c_end = before_connective(text, c_start, stop)
            quoted = [q for q in quoted if q[0] < c_end] or quoted
    c_start = min(c_start, quoted[0][0])
    c_end = max(c_end, quoted[-1][1])
    split = pieces(text, c_start, c_end, cue, mention) if medial else []
    return Found(
        "mixed",
        base + c_start,
        base + c_end,
        para.index,
        [(base + a, base + b) for a, b in split] or [(base + c_start, base + c_end)],
        absolute,
        cue_span,
    )


# Punctuation and manner adverbs ("said bluntly: ...") between a quote and its attribution.
_GAP: Final = re.compile(r"(?:[\s,:;—–-]|(?<![a-z])[a-z]{2,12}ly\b)*")


def _touching(
    text: str, quoted: list[tuple[int, int]], block_start: int, block_end: int
) -> list[tuple[int, int]]:
    """The quotes separated from the attribution ``[block_start, block_end)`` by punctuation only.

    A chain of such quotes on either side counts (``"A," he said, "B," and "C."`` is
    not a chain: "and" is a word).
    """
    before = [q for q in quoted if q[1] <= block_start]
    after = [q for q in quoted if q[0] >= block_end]
    out: list[tuple[int, int]] = []
    edge = block_start
    for q in reversed(before):
        if _GAP.fullmatch(text, q[1], edge) is None:
            break
        out.insert(0, q)
        edge = q[0]
    edge = block_end
    if (
        out
        and after
        and text[out[-1][1] - 2] == ","
        and _GAP.fullmatch(text, edge, after[0][0]) is None
        and _RESUMES.fullmatch(text, edge, after[0][0]) is not None
        and len(WORD.findall(text, edge, after[0][0])) <= 15
        # '"A," he said, noting that he and his wife, Callista, "B"': a clause, not an aside.
        and THAT.search(text, edge, after[0][0]) is None
    ):
        # '"A," he said of the race, "B."': the quote resumes after a short aside.
        edge = after[0][0]
    for q in after:
        if _GAP.fullmatch(text, edge, q[0]) is None:
            break
        out.append(q)
        edge = q[1]
    return out


_RESUMES: Final = re.compile(r"[^\"“”«».!?]{1,200}[,:][ \t]*")


_CONNECTIVES: Final = frozenset("but and so yet or then also".split())


def _indirect(
    para: Passage,
    s_start: int,
    s_end: int,
    cue: re.Match[str],
    cues: list[re.Match[str]],
    i: int,
    mention: Mention | None,
    quoted: Sequence[tuple[int, int]] = (),
    free: Sequence[tuple[int, int]] = (),
) -> Found | None:
    """Reported speech without quote marks (quotes another cue attributes stay outside).

    A quote in the clause that no other cue took (``free``) is this cue's own:
    ``"...," he said, adding that the vote was "rigged."`` makes the clause mixed.
    """
    if mention is None:
        return None
    text = para.text
    base = para.start
    whole = False
    if cue.group().lower().startswith("according"):
        comma = text.find(",", mention.end, s_end)
        if comma != -1 and mention.start - cue.end() < 4 and not set_off_after(text, s_start, cue):
            c_start, c_end = comma + 1, min(s_end, comma + 1 + MAX_CONTENT)
        else:
            # "..., Smith said, according to the Post": the source reports the whole sentence.
            c_start, c_end = max(s_start, cue.start() - MAX_CONTENT), cue.start()
            whole = True
    else:
        # Content before a cue starts no earlier than the cue before it.
        floor = cues[i - 1].end() if i > 0 else s_start
        c_start, c_end = content_bounds(text, floor, s_end, cue, mention)
        if i > 0 and c_end <= cue.start():
            c_start, c_end = closing_content(text, s_start, s_end, cue, mention, c_start, c_end)
        # Content on both sides of the cue ("The plan, he said, ...") resumes after it.
        split = pieces(text, c_start, c_end, cue, mention)
        resume = split[1][0] if split else c_start
        # A coordinated cue ("admitted that A, but claimed that B") ends this content;
        # an embedded one ("said China is expecting growth") does not.
        if i + 1 < len(cues) and resume < cues[i + 1].start() < c_end:
            if before_inverted_source(text, s_start, s_end, cues[i + 1]):
                return None  # the words of the source named after the next cue
            comma = comma_before_according(text, s_start, resume, cues[i + 1])
            if comma != -1:
                c_end = comma  # "X said A, according to the Times": A ends at the comma
            elif coordinated(text, s_start, cues[i + 1]):
                c_end = cues[i + 1].start()
            else:
                nxt = next_clause(text, s_start, cue, mention, cues[i + 1 : i + 4], c_end)
                if nxt > resume:
                    # "As the Times reported, Carter said ...", "If it fails, Taylor warned,
                    # voters will leave": a boundary before the content starts is not its
                    # end; the Times reports Carter's clause.
                    c_end = nxt
    kind: QuoteKind = "indirect"
    k = bisect.bisect_left(quoted, (cue.end(), 0))
    if k < len(quoted) and c_start <= quoted[k][0] < c_end:
        if any(cue.end() <= m.start() < quoted[k][0] for m in cues[i + 1 :]):
            kind = "mixed"  # "X said Y called it "a disgrace"": Y's quote nests in X's words
        elif quoted[k] in free:
            kind = "mixed"
            own = set(free)
            for j in range(k + 1, len(quoted)):  # up to the next quote another cue took
                if quoted[j][0] >= c_end or quoted[j] not in own:
                    c_end = min(c_end, quoted[j][0])
                    break
        else:
            c_end = quoted[k][0]  # the next quote belongs to another cue
    if k > 0 and c_start < quoted[k - 1][1] <= min(c_end, cue.start()):
        if whole:
            kind = "mixed"
        else:
            c_start = quoted[k - 1][1]
    c_start, c_end = trim(text, c_start, c_end)
    if not has_words(text, c_start, c_end, 2):
        return None
    return Found(
        kind,
        base + c_start,
        base + c_end,
        para.index,
        [(base + a, base + b) for a, b in pieces(text, c_start, c_end, cue, mention)],
        mention.shifted(base),
        (base + cue.start(), base + cue.end()),
    )


def _end_at_next_clause(
    made: Found,
    para: Passage,
    s_start: int,
    quoted: list[tuple[int, int]],
    later: list[re.Match[str]],
    cue: re.Match[str],
    mention: Mention,
) -> None:
    """End a mixed quote where a clause with its own source starts, if its quotes come before."""
    base = para.start
    end = next_clause(para.text, s_start, cue, mention, later, made.end - base)
    start = made.start - base
    quotes_end = max((b for a, b in quoted if start <= a < made.end - base), default=start)
    if start < end < made.end - base and quotes_end <= end:
        cut(made, base + trim(para.text, start, end)[1])
