"""Quote extraction: who said what, with rules tuned on annotated news.

`extract_quotes` finds every attribution in plain text; `Article.quotes` does
the same for an article's body, skipping embedded captions and links and
giving quotes inside an embedded tweet to the tweet's author.

What counts (the rules, in order):

1. A **direct** quote is a span in quote marks (straight, curly, ``''`` or
   guillemets) attributed by a cue in the same sentence: ``"...," Wallace
   stressed``, ``"...," said X``, ``X said: "..."``, ``"...," according to X``.
   A quote split around its cue (``"A," he said. "B."``) is one `Quote` with
   two ``parts``. A sentence that is nothing but a quote continues the last
   speaker of the paragraph, or of the paragraph before it (the source of a
   paragraph ending in a colon, ``Trump issued this statement:``, and a dash
   line under the quote, ``- Bernie Sanders.``, name it instead; a paragraph of
   prose in between names nobody, and a colon paragraph whose words are no
   plausible mention, ``Wait, it gets better:``, names nobody either); a quote
   opened and not closed runs on into the next paragraph when that one opens with
   a mark. A long quote inside prose with no cue is the prose subject's.
2. A **mixed** quote is reported speech that holds a quoted part: a cue, and
   outside the marks more than a few words of the reporter's own.
3. An **indirect** quote is a sentence with a cue and no quoted part:
   ``X said (that) ...``, ``X told reporters ...``, ``According to X, ...``,
   ``X warned/claimed/denied/admitted that ...``; verbs of belief and finding
   (``polls show``, ``he fears``) count too, as annotators of news count them.
   In a transcript, a speaker label opening a paragraph (``TAPPER: ...``) is
   the source of the whole paragraph.
4. **Scare quotes and titles** (``the "fault" of the UK``, a film's name) are
   not speech: quote marks inside a sentence that no cue attributes are
   ignored.

Apostrophes (``didn’t``, ``Clintons’``, ``’90s``) are never quote marks, and
single quotes nest inside double ones; a paragraph with no double marks quotes
in curly single ones (``‘...,’ she said``, the British style). Unbalanced
marks degrade that paragraph only. Every pattern is linear in the length of
the text.

Speakers resolve to the fullest form the article gives: ``Wallace`` becomes
``Ben Wallace``; ``he``, ``she`` and ``they`` become the most recent fitting
named speaker; a description with no name (``the prime minister's
spokesperson``) stays as written; titles before a name are not part of it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from newscorpus._lexicon import LEXICON
from newscorpus._patterns import MONTH_NAMES, TWEET_SIGNATURE
from newscorpus._speakers import (
    _SKIP_BEFORE_CUE,
    _STOP,
    _WEEKDAYS,
    Mention,
    SpeakerResolver,
    mention_after,
    mention_before,
)
from newscorpus.model import Quote, QuoteKind

if TYPE_CHECKING:
    from newscorpus.model import Article

__all__ = ["extract_quotes", "quotes_for_article"]

_CUE = LEXICON.cue_pattern()
_CUE_LOWERED = LEXICON.cue_pattern(lowered=True)
# A space and a cue, in ASCII text whose every character that may stand before a cue is
# a space (see `_find_cues`; the cue words are ASCII).
_SPACE_AND_CUE = re.compile(b" (?:" + LEXICON.cue_words().encode("ascii") + rb")(?![\w-])")
_SPACE_BEFORE_CUE = bytes(
    c if c in b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'-" else 0x20
    for c in range(256)
)
_DOUBLE_MARKS = ("“", "”", '"', "«", "»", "„", "''")
# Patterns that scan a whole paragraph open with a literal or a character class (no
# look-behind, no repeat), so that the engine skips ahead to where they can match.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# A sentence ends at . ! or ? (and any closing marks) before white space and a capital.
_STOP_TAIL = r"[.!?]*[\"”’'»)]*(?=\s+(?:''|[\"“‘'«(\[])?[A-Z0-9])"
_SENTENCE_END = re.compile(r"[.!?]" + _STOP_TAIL)
# The same in a text with no ! or ?: a literal first character, found faster.
_FULL_STOP = re.compile(r"\." + _STOP_TAIL)
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|"
    r"No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|U\.S|U\.N|U\.K|a\.m|p\.m)|"
    r"\b[A-Z]|(?:\b[A-Za-z]\.){2,})$"
)
_ACRONYM = re.compile(
    r"(?:\b(?:U\.S|U\.N|U\.K|D\.C|a\.m|p\.m|Inc|Corp|Co|Ltd)|(?:\b[A-Za-z]\.){2,})$"
)
_STARTER = re.compile(
    r"\s(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|His|Her|Their)\b"
)
_WORD = re.compile(r"[A-Za-z0-9][\w’'-]*")
_LEADING_FILLER = re.compile(
    r"(?:\s|,|:|—|–|-)*(?:(?:(?:on|in|at|last|this|late|early|earlier|later)\s+"
    r"(?:[A-Z][a-z]+day|[A-Z][a-z]+|week|month|year|night|morning|afternoon|evening|"
    r"the\s+\w+|a\s+\w+(?:\s+\w+)?)"
    # A bare weekday: "said Tuesday that ...", "told reporters Monday night ...".
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?"
    r"(?=\s))[\s,]*){0,2}(?:to\s+reporters\s*)?(?:,\s*)?"
)
_TRAILING_PUNCT = ".,;: \t\n—–-"
# No reported clause runs longer than this; it bounds the work a run-on "sentence" costs.
_MAX_CONTENT = 2000
_MAX_CUES = 16  # reporting cues read per sentence
# A quoted span this many words long is speech even where no cue attributes it.
_LONG_QUOTE = 8


@attrs.frozen
class _Paragraph:
    """One paragraph to read: where it starts in the text, its text, and its role."""

    index: int
    start: int
    text: str
    kind: str = "text"
    author: str | None = None


@attrs.define
class _Found:
    """A quote under construction (mutable while the paragraph is read)."""

    kind: QuoteKind
    start: int
    end: int
    paragraph: int
    parts: list[tuple[int, int]]
    mention: Mention | None
    cue: tuple[int, int] | None
    speaker: str | None = None
    #: The source asked a question (``X was asked by Jane Roe whether ...``): the one
    #: asked (``X``, if named), not the asker, is whom the next ``he`` or ``she`` means.
    asker: bool = False
    asked: Mention | None = None


def extract_quotes(text: str) -> list[Quote]:
    """Every quote in ``text`` with its speaker; offsets index into ``text``.

    Paragraphs are separated by blank lines, as in `Article.text`. In a block of
    long lines (a line over 80 characters: text not hard-wrapped) a single line
    break ends a paragraph too, unless the next line goes on in lower case.

    >>> for q in extract_quotes(
    ...     'UK Defense Minister Ben Wallace said on Wednesday that the UK would engage.\\n\\n'
    ...     '"You have to be a partner for peace," Wallace stressed.'):
    ...     print(q.kind, q.speaker, q.cue)
    indirect Ben Wallace said
    direct Ben Wallace stressed
    """
    paragraphs: list[_Paragraph] = []
    pos = 0
    for end, following in _iter_breaks(text):
        if text.find("\n", pos, end) == -1:
            paragraphs.append(_Paragraph(len(paragraphs), pos, text[pos:end]))
        else:
            for start, stop in _lines_of_block(text, pos, end):
                paragraphs.append(_Paragraph(len(paragraphs), start, text[start:stop]))
        pos = following
    return _extract(text, paragraphs)


# A line longer than this is not hard-wrapped: its block's line breaks end paragraphs.
_WRAP_WIDTH = 80


def _lines_of_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of the block ``text[start:end]`` (no blank line in it), as bounds.

    Hard-wrapped text (every line short) is one paragraph. In a block of long
    lines each line is one (a scraped page joins paragraphs with single line
    breaks), but a line that goes on in lower case continues the one before.
    """
    lines = text[start:end].split("\n")
    if max(len(line) for line in lines) <= _WRAP_WIDTH:
        return [(start, end)]
    bounds: list[tuple[int, int]] = []
    begin = start
    pos = start
    for k in range(len(lines) - 1):
        pos += len(lines[k]) + 1  # the start of line k + 1
        following = lines[k + 1].lstrip()
        if not following or following[0].islower():
            continue
        stop = pos - 1
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        if stop > begin:
            bounds.append((begin, stop))
        begin = pos + len(lines[k + 1]) - len(following)
    bounds.append((begin, end))
    return bounds


def quotes_for_article(article: Article) -> list[Quote]:
    """The quotes of an article's body; offsets index into `Article.text`.

    Captions and bare links are skipped; a quote inside an embedded tweet that
    no cue attributes is the tweet author's.
    """
    paragraphs = []
    for i, (p, start) in enumerate(zip(article.paragraphs, article.paragraph_offsets, strict=True)):
        if p.kind in ("caption", "link"):
            continue
        text = p.text
        author = None
        if p.tweet is not None:
            author = p.tweet.author
            # The signature line ("— Sky News (@SkyNews) August 13, 2021") is not speech.
            signature = TWEET_SIGNATURE.search(text, max(0, len(text) - 120))
            if signature is not None:
                text = text[: signature.start()].rstrip()
        paragraphs.append(_Paragraph(i, start, text, p.kind, author))
    return _extract(article.text, paragraphs)


def _iter_breaks(text: str) -> Iterable[tuple[int, int]]:
    """(end of paragraph, start of next) pairs, ending with the end of the text."""
    for m in _PARAGRAPH_BREAK.finditer(text):
        yield m.start(), m.end()
    yield len(text), len(text)


def _extract(text: str, paragraphs: Sequence[_Paragraph]) -> list[Quote]:
    resolver = SpeakerResolver(text, LEXICON)
    found: list[_Found] = []
    carry: _Found | None = None  # a quote left open at the end of the previous paragraph
    last_speaker: _Found | None = None
    # Paragraphs of prose since the last speaker was set: whether they move on from that
    # speaker (`_prose_source`) is worked out only when a quote could go on with it.
    prose: list[_Paragraph] = []
    # The double marks the text uses at all: each paragraph (a part of ``text``) is searched
    # for these alone. No mark holds white space, so none spans two paragraphs.
    marks = tuple([mark for mark in _DOUBLE_MARKS if mark in text])
    for para in paragraphs:
        if para.text[:1] in "-—–" and found and len(para.text) <= _MAX_DASH_LINE:
            _dash_source(para, found[-1], resolver)
        spans, unclosed = _quote_spans(para.text, marks)
        if unclosed is not None and not _WORD.search(para.text, unclosed):
            unclosed = None  # marks with no words after them quote nothing
        continues = carry is not None and para.text.lstrip()[:1] in "\"“«'„‘"
        if unclosed is not None:
            spans.append((unclosed, len(para.text)))
        if carry is not None and not continues:
            carry = None
        if prose and spans:
            for before in prose:
                last_speaker = _prose_source(before, last_speaker, resolver) or last_speaker
            prose.clear()
        items, speaking = _read_paragraph(para, spans, last_speaker, carry, resolver)
        if carry is not None and items and items[0] is carry:
            items = items[1:]
        label = _speaker_label(para)
        if label is not None:
            # The label speaks the whole paragraph; the cues inside it nest in its turn.
            items = [f for f in items if f.cue != label.cue]
            items.insert(0, label)
            resolver.note(label)
        found.extend(items)
        speaker: _Found | None = None
        if speaking is not None and speaking.mention is not None:
            speaker = speaking  # who the paragraph's last quotes go on with
        elif items or carry is not None:
            speaker = next(
                (f for f in reversed([*([carry] if carry else []), *items]) if f.mention), None
            )
        if unclosed is None and para.text.endswith(":"):
            # "Trump issued the following statement:" introduces the quote that follows.
            speaker = _introducer(para, spans) or speaker
        elif not items and not spans and para.kind == "text":
            prose.append(para)  # prose may move on from the last speaker: see above
        if speaker is not None:
            last_speaker = speaker
            prose.clear()
        carry = None
        if unclosed is not None and found and found[-1].end == para.start + len(para.text):
            carry = found[-1]
    return [_finish(f, text, resolver) for f in found]


_MAX_DASH_LINE = 100
_DASH_SOURCE = re.compile(
    r"[-—–][ \t]*(?P<who>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,4})(?:,[^\n]*)?\.?"
)


def _dash_source(para: _Paragraph, last: _Found, resolver: SpeakerResolver) -> None:
    """``- Bernie Sanders.`` under a paragraph that is a bare quote: the line names its source."""
    m = _DASH_SOURCE.fullmatch(para.text)
    if m is None or last.kind != "direct" or last.cue is not None or last.paragraph >= para.index:
        return
    if not 0 <= para.start - last.end <= 4:
        return  # the quote must end the paragraph just before
    base = para.start
    who = m.group("who")
    if who.endswith(".") and len(who.rsplit(None, 1)[-1]) > 3:
        who = who[:-1]  # the line's full stop, not an initial's
    start = base + m.start("who")
    last.mention = Mention(start, start + len(who), who)
    last.speaker = None
    last.cue = (base, base + 1)
    resolver.note(last)


def _introducer(para: _Paragraph, spans: list[tuple[int, int]]) -> _Found | None:
    """The source of a paragraph's last sentence, when it ends in a colon and quotes nothing.

    ``Reporter Jane Doe says:``, ``The campaign released a statement:``: the quote in
    the next paragraph is that source's. The result holds only the mention.
    """
    text = para.text
    s_start = _sentences(text, spans)[-1][0]
    if spans and spans[-1][1] > s_start:
        return None
    end = len(text) - 1
    mention = None
    for m in reversed(list(_CUE.finditer(text, s_start, end))):
        if (
            not (text[m.start()].isupper() and m.start() > s_start)
            and _is_verb_use(text, m, s_start)
            and not _passive(text, m, end)
        ):
            mention = _mention_for(text, m, s_start, end)
            break
    if mention is None:
        mention = _sentence_subject(text, s_start, end)
    if mention is None:
        return None
    if not _plausible(mention.text):
        # "Wait, it gets better:", "The rationale these critics use is blind faith:": the
        # colon introduces a quote, but the words before it name no source.
        return _nobody(para)
    return _Found(
        "direct", para.start, para.start, para.index, [], mention.shifted(para.start), None
    )


def _nobody(para: _Paragraph) -> _Found:
    """A last speaker that names no source: the bare quote after ``para`` has none."""
    return _Found("direct", para.start, para.start, para.index, [], None, None)


# A paragraph this long (in words) is prose of its own, not a dateline or a label.
_PROSE_WORDS = 8


def _prose_source(
    para: _Paragraph, last: _Found | None, resolver: SpeakerResolver
) -> _Found | None:
    """Who a quote paragraph after the prose paragraph ``para`` goes on with.

    A paragraph of the reporter's own words, with no quote and no cue, moves on
    from the last speaker, and a bare quote after it names no source (a result with
    no mention) -- unless the paragraph's last sentence is about that speaker
    (``Trump was quick to add that ...``): None, the last speaker goes on. A short
    line (``(END VIDEO CLIP.)``, a dateline) does not interrupt the last speaker either.
    """
    text = para.text
    if not _has_words(text, 0, len(text), _PROSE_WORDS):
        return None
    if last is not None and last.mention is not None:
        s_start = _sentences(text, [])[-1][0]
        subject = _sentence_subject(text, s_start, len(text))
        if subject is not None:
            speaker = last.speaker or resolver.resolve(last.mention)
            if speaker is not None and resolver.resolve(subject.shifted(para.start)) == speaker:
                return None
    return _nobody(para)


def _finish(f: _Found, text: str, resolver: SpeakerResolver) -> Quote:
    start, end = _trim(text, f.start, f.end)
    speaker = f.speaker
    span = None
    if f.mention is not None:
        span = (f.mention.start, f.mention.end)
        if speaker is None:
            speaker = resolver.resolve(f.mention)
    cue = text[f.cue[0] : f.cue[1]] if f.cue else None
    parts = tuple(f.parts) if len(f.parts) > 1 else ()
    # Offsets within the text, a known kind, tuples: valid as built.
    return Quote._checked_by_extractor(
        text[start:end], start, end, f.kind, speaker, span, cue, f.cue, f.paragraph, parts
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        end -= 1
    return start, end


def _quote_spans(
    text: str, marks: tuple[str, ...] = _DOUBLE_MARKS
) -> tuple[list[tuple[int, int]], int | None]:
    """Spans of double-quoted material and the offset of an opening mark left unclosed.

    Curly and angle marks say which way they face; a straight mark opens
    when it stands before a word and closes otherwise. A close with nothing
    open is ignored.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    n = len(text)
    for pos, mark in _double_marks(text, marks):
        end = pos + len(mark)
        if mark in "“«„":
            if open_at is None:
                open_at = pos
            elif mark == "“" and (text[open_at] == "„" or _closes_here(text, pos, end)):
                # „German style“ closes with the mark English opens with; so does a
                # mistyped “close“ (after a word, before a space or a stop).
                if _WORD.search(text, open_at, pos):
                    spans.append((open_at, end))
                open_at = None
        elif mark in "”»":
            if open_at is not None:
                if _WORD.search(text, open_at, pos):
                    spans.append((open_at, end))
                open_at = None
        elif open_at is None:
            after = text[end : end + 1]
            before = text[pos - 1 : pos] if pos else " "
            if after and not after.isspace() and (before.isspace() or before in "([—–-:,"):
                open_at = pos
        else:
            if _WORD.search(text, open_at, pos):
                spans.append((open_at, end))
            open_at = None
    if open_at is not None and open_at >= n - 1:
        open_at = None
    if not spans and open_at is None:
        if "‘" in text:
            return _single_spans(text)
        if "'" in text:
            return _straight_single_spans(text)
    return spans, open_at


def _double_marks(text: str, marks: tuple[str, ...] = _DOUBLE_MARKS) -> list[tuple[int, str]]:
    """Where each double mark (``“ ” " « » „ ''``) stands, in order, and which it is.

    A string search per mark is faster than a pattern testing every character;
    ``marks`` may leave out those the whole text lacks.
    """
    found: list[tuple[int, str]] = []
    for mark in marks:
        pos = text.find(mark)
        while pos != -1:
            found.append((pos, mark))
            pos = text.find(mark, pos + len(mark))
    found.sort()
    return found


def _closes_here(text: str, pos: int, end: int) -> bool:
    """True when a mark at ``pos`` stands after a word and before a space, a stop or the end."""
    before = text[pos - 1 : pos]
    after = text[end : end + 1]
    return (
        bool(before)
        and not before.isspace()
        and before not in "([—–-"
        and (not after or after.isspace() or after in ",.;:!?)")
    )


_SINGLE_MARK = re.compile(r"[‘’]")
_OPENS_BEFORE = frozenset(" \t\n([—–-:;,")


def _single_spans(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Quotes in curly single marks, where a paragraph has no double ones (British style).

    ``‘`` opens at the start of a word; ``’`` closes when no letter or digit follows
    it (``didn’t`` is a word), unless it looks like a plural possessive (``the
    Smiths’ house``) and a later mark can close instead.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    marks = [(m.start(), m.group()) for m in _SINGLE_MARK.finditer(text)]
    # The last mark that can close a quote (a later one exists while it lies ahead).
    last_close = max(
        (p for p, m in marks if m == "’" and not text[p + 1 : p + 2].isalnum()), default=-1
    )
    for pos, mark in marks:
        if mark == "‘":
            if open_at is None and (pos == 0 or text[pos - 1] in _OPENS_BEFORE):
                open_at = pos
            continue
        if open_at is None:
            continue
        after = text[pos + 1 : pos + 2]
        if after.isalnum():
            continue  # an apostrophe inside a word
        if _plural_possessive(text, pos, last_close):
            continue
        if _WORD.search(text, open_at, pos):
            spans.append((open_at, pos + 1))
        open_at = None
    if open_at is not None and (open_at >= len(text) - 1 or not _WORD.search(text, open_at)):
        open_at = None
    return spans, open_at


def _straight_single_spans(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Quotes in straight single marks, where a paragraph has no other marks.

    British copy typed as plain text quotes with ``'``, which is also the
    apostrophe. A mark opens only before a letter at the start of a word (not
    ``'90s``, ``'em``, ``rock 'n' roll``) and closes only after a word and
    before no letter or digit (``didn't`` is a word); a plural possessive
    (``the Smiths' house``) closes nothing while a later mark can.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    marks = [m.start() for m in _STRAIGHT_SINGLE.finditer(text)]
    last_close = max(
        (p for p in marks if not text[p + 1 : p + 2].isalnum() and not text[p - 1 : p].isspace()),
        default=-1,
    )
    for pos in marks:
        before = text[pos - 1 : pos] if pos else " "
        after = text[pos + 1 : pos + 2]
        if open_at is None:
            if (
                (before.isspace() or before in _OPENS_BEFORE)
                and after.isalpha()
                and _ELISION.match(text, pos) is None
            ):
                open_at = pos
            continue
        if after.isalnum() or before.isspace():
            continue  # an apostrophe inside a word, or a mark opening another word
        if _plural_possessive(text, pos, last_close):
            continue
        if _WORD.search(text, open_at, pos):
            spans.append((open_at, pos + 1))
        open_at = None
    if open_at:
        # Only a paragraph opening with a mark runs on into the next one; a lone mark
        # inside a paragraph is more likely an apostrophe ("the 'burbs").
        open_at = None
    return spans, open_at


def _plural_possessive(text: str, pos: int, last_close: int) -> bool:
    """``the Smiths’ house``: a mark after an ``s`` and before a lower-case word, which a
    later mark (the last that can close lies at ``last_close``) can close instead."""
    return (
        text[pos - 1 : pos] == "s"
        and text[pos + 1 : pos + 2] == " "
        and text[pos + 2 : pos + 3].islower()
        and last_close > pos
    )


_STRAIGHT_SINGLE = re.compile(r"'")
# Words that open with an apostrophe: elisions, not quotes.
_ELISION = re.compile(r"'(?:em|til|tis|twas|cause|n|bout|round|nuff|s)\b", re.IGNORECASE)


def _sentences(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence bounds in a paragraph; never inside a quoted span."""
    bounds: list[tuple[int, int]] = []
    start = 0
    ends = _SENTENCE_END if "!" in text or "?" in text else _FULL_STOP
    for m in ends.finditer(text):
        end = m.end()
        if spans and _inside(end, spans):
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
        if out and text[out[-1][1] - 1] in _CLOSING_MARKS:
            cue = _CUE.search(text, start, min(end, start + 60))
            if (
                cue is not None
                and len(_WORD.findall(text, start, cue.start())) <= 4
                and (text[out[-1][1] - 2] in "?!" or not _has_words(text, cue.end(), end, 3))
            ):
                # After a quote's full stop, only a short sentence is its attribution.
                out[-1] = (out[-1][0], end)
                continue
            # '"... right?" Trump went on.': a name and a verb after a quote's ? or !
            after = _AFTER_QUOTE.match(text, out[-1][1], end)
            if (
                text[out[-1][1] - 2] in "?!"
                and after is not None
                and after.group("who")
                and after.group("verb") not in _NOT_VERBS
            ):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


_CLOSING_MARKS = frozenset("”\"'’»")


def _find_cues(text: str) -> list[re.Match[str]]:
    """Every cue in ``text``: the spans of ``_CUE.finditer(text)``, found faster.

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
        return list(_CUE.finditer(text))
    # The leading space stands before the first character: a match at i starts a cue at i.
    spaced = b" " + low.encode("ascii", "replace").translate(_SPACE_BEFORE_CUE)
    cues = []
    for found in _SPACE_AND_CUE.finditer(spaced):
        cue = _CUE_LOWERED.match(low, found.start())
        if cue is None or cue.end() != found.end() - 1:
            return list(_CUE_LOWERED.finditer(low))
        cues.append(cue)
    return cues


def _read_paragraph(
    para: _Paragraph,
    spans: list[tuple[int, int]],
    last: _Found | None,
    carry: _Found | None,
    resolver: SpeakerResolver,
) -> tuple[list[_Found], _Found | None]:
    """The paragraph's quotes, and the one whose speaker a following quote goes on with."""
    text = para.text
    out: list[_Found] = []
    found_cues = _find_cues(text)
    if not spans and not found_cues and ":" not in text and not _may_name_source(text):
        return out, None  # no quote marks, no colon, no cue, no poll: nothing is attributed
    cue_starts = [m.start() for m in found_cues]
    previous: _Found | None = carry
    asks = "sked" in text  # "asked", "Asked"
    bounds = _sentences(text, spans)
    if spans and ":" in text:
        bounds = _split_at_labels(text, bounds)
        if cue_starts:
            bounds = _split_at_colons(text, bounds, spans, cue_starts)
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
        asked_at, answer_at = s_end, s_end  # an "Asked ...," opener's bounds
        for m in in_sentence if asks else ():
            if m.group().lower() == "asked" and not _inside(m.start(), quoted):
                leads = not _has_words(text, s_start, m.start(), 3)  # "Asked", "When asked"
                question = _question(para, s_start, s_end, m, in_sentence if leads else ())
                if question is not None:
                    out.append(question)
                    if leads:
                        asked_at, answer_at = m.start(), question.end - para.start
        if answer_at < s_end:
            # The question's words and quotes are not the answer's: its cues report nothing.
            quoted = [q for q in quoted if not asked_at <= q[0] < answer_at]
        cues: list[re.Match[str]] = []
        for m in in_sentence:
            at = m.start()
            if (
                m.end() <= s_end
                and not asked_at <= at < answer_at
                and not (quoted and _inside(at, quoted))
                and not (at > s_start and text[at].isupper())  # "State Department"
                and not _passive(text, m, s_end)
                and _is_verb_use(text, m, s_start)
                and not _naming(text, m)
            ):
                cues.append(m)
        # A sentence of news prose has at most six reporting cues (PolNeAR train); a run-on
        # "sentence" with hundreds would cost time quadratic in their number.
        del cues[_MAX_CUES:]
        attributing = _attributing_cue(text, s_start, cues, quoted) if quoted and cues else None
        if quoted and attributing is None:
            adjacent = _adjacent_attribution(text, s_start, s_end, quoted)
            if adjacent is not None:
                cue, mention = adjacent
                found = _attributed(para, s_start, s_end, quoted, cue, mention)
                if found is not None:
                    out.append(found)
                    previous = found
                continue
            apart = (
                _clause_between(para, previous, found_cues, cue_starts, spans, quoted[0][0])
                if previous is not None
                and previous.kind == "direct"
                and previous.paragraph == para.index
                else None
            )
            clause = _clause_found(out, para, apart) if apart is not None else None
            if clause is not None:
                # The clause between takes the quote: '"A," he said, adding that X. "B."'
                clause.kind = "mixed"
                _cut(clause, para.start + quoted[-1][1])
                continue
            # 'Graham: Trump's "hateful rhetoric" is destroying the party': the label
            # speaks, though its words in quote marks would go on with the last speaker.
            labelled = _colon_attribution(para, s_start, s_end)
            going_on: _Found | None
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
            if going_on is not None:
                if going_on is not previous:
                    out.append(going_on)
                previous = going_on
            continue
        if not cues and not quoted:
            headline = _colon_attribution(para, s_start, s_end)
            if headline is not None:
                out.append(headline)
                previous = headline
            continue
        subject: Mention | None = None
        used: set[tuple[int, int]] = set()  # quoted spans (in the paragraph) a cue took
        if attributing is not None:
            # The attributing cue takes its quotes first, whatever its place in the sentence.
            cues = [attributing, *[m for m in cues if m is not attributing]]
            cues.sort(key=lambda m: m.start())
            if quoted[-1][1] <= cues[0].start() and _coordinated(text, s_start, cues[0]):
                head = _main_clause(para, s_start, quoted, cues[0])
                if head is not None:
                    out.append(head)
                    used.update(quoted)
                    attributing = None  # the cues after it report clauses of their own
        for i, m in enumerate(cues):
            if _participle(text, m):
                # ", saying ...", "issued a statement saying ...": the clause's subject speaks.
                mention = _with_subject(text, s_start, m) or _adjacent_subject(text, s_start, m)
                if mention is None:
                    candidate = subject or _clause_subject(text, s_start, m.start())
                    mention = _not_an_object(text, s_start, candidate)
                if mention is None:
                    mention = _sentence_subject(text, s_start, m.start())
                if mention is None:
                    candidate = _mention_for(text, m, s_start, s_end)
                    mention = _not_an_object(text, s_start, candidate)
            else:
                mention = _mention_for(text, m, s_start, s_end)
                if mention is None and _coordinated(text, s_start, m):
                    mention = (
                        _conjoined_subject(text, s_start, m)
                        or subject
                        or _sentence_subject(text, s_start, m.start())
                    )
                elif mention is None and m is attributing:
                    mention = _sentence_subject(text, s_start, m.start())
            if mention is None or mention.end <= m.start() - 5:
                mention = _relative_subject(text, s_start, m, mention)
            if (
                i > 0
                and m is not attributing
                and mention is not None
                and (mention.text.lower() in _NESTED_PRONOUNS or not _participle(text, m))
                and _NESTED.fullmatch(text, cues[i - 1].end(), mention.start) is not None
            ):
                continue  # "said they want ...": what the source says it wants is its words
            if mention is not None and m is not attributing and _in_question(text, mention.start):
                continue  # "asked whether she supports ...": a question, not what she said
            made: _Found | None
            free = [q for q in quoted if q not in used] if used else quoted
            if m is attributing:
                made = _attributed(
                    para,
                    s_start,
                    s_end,
                    free,
                    m,
                    mention,
                    later=cues[i + 1 :],
                )
                if made is not None and made.kind == "mixed" and mention is not None:
                    later = cues[i + 1 : i + 4]
                    _end_at_next_clause(made, para, s_start, free, later, m, mention)
            else:
                # A second cue with quotes of its own: '"A," he said, before adding: "B."'
                made = _attributed(para, s_start, s_end, free, m, mention, mixed=False)
                if made is None and m.group().lower() not in LEXICON.direct_only:
                    made = _indirect(para, s_start, s_end, m, cues, i, mention, quoted, free)
            if made is not None and free:
                # The quotes a cue took are not another cue's; but in "X said Y called it
                # "a disgrace"" the quote is Y's too.
                for q in free:
                    if made.start <= para.start + q[0] < made.end and not (
                        attributing is not None and m.end() <= attributing.start() < q[0]
                    ):
                        used.add(q)
            if made is not None and mention is not None and _opener_word(text, s_start, m, mention):
                # The cue sits in an opening phrase: the main clause's subject is the source.
                main = _main_subject(text, s_start, s_end, m, cues[i + 1 : i + 3])
                made.mention = main.shifted(para.start) if main is not None else None
            else:
                source = _past_opener(text, s_start, s_end, mention)
                if source is not mention:
                    # The content stays where the opener put it; only the source moves.
                    mention = source
                    if made is not None:
                        made.mention = source.shifted(para.start) if source is not None else None
            if made is not None:
                if made.mention is None:
                    # "In declaring ..., the pope showed ...": no source by the cue.
                    opener = _past_opener(
                        text, s_start, s_end, _sentence_subject(text, s_start, s_end)
                    )
                    made.mention = opener.shifted(para.start) if opener is not None else None
                elif mention is not None and made.speaker is None:
                    made.speaker = _bound_speaker(text, s_start, mention, quoted, resolver, para)
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
            resolver.note(_Found(f.kind, f.start, f.end, f.paragraph, [], f.asked, f.cue))
    return out, previous


# "In a CNN/ORC poll released Monday, 31% said ...": the poll opening a sentence reports it,
# as "According to" would (a participle's aside after the poll is part of its name); so
# does the source of "As reported by the Times, ...".
_SOURCE_OPENER = re.compile(
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
    para: _Paragraph, s_start: int, s_end: int, quoted: Sequence[tuple[int, int]]
) -> _Found | None:
    """``In a new Post-ABC poll, Clinton leads``, ``As reported by the Times, ...``: a source.

    News annotators count the opener as an attribution of the whole clause after
    it, like ``According to a new poll, ...`` (PolNeAR train: 20 of 22 poll openers).
    """
    text = para.text
    m = _SOURCE_OPENER.match(text, s_start, s_end)
    if m is None:
        return None
    group = "src" if m.group("src") is not None else "to" if m.group("to") is not None else "by"
    start, end = _trim(text, m.end(), s_end)
    if group == "to" and text.startswith("who ", start):
        aside = text.find(", ", start, end)  # "To Sexton, who studies rallies, Tuesday ..."
        if aside != -1:
            start = aside + 2
    if not _has_words(text, start, end, 3):
        return None
    kind: QuoteKind = "mixed" if any(start <= a < end for a, _ in quoted) else "indirect"
    base = para.start
    src = m.group(group).rstrip()
    mention = Mention(base + m.start(group), base + m.start(group) + len(src), src)
    cue_end = (
        s_start + len(text[s_start : m.start(group)].rstrip()) if group == "by" else s_start + 2
    )
    cue = (base + s_start, base + cue_end)
    return _Found(kind, base + start, base + end, para.index, [], mention, cue, src)


def _bound_speaker(
    text: str,
    s_start: int,
    mention: Mention,
    quoted: Sequence[tuple[int, int]],
    resolver: SpeakerResolver,
    para: _Paragraph,
) -> str | None:
    """The speaker of a he, she or they that the sentence's subject binds
    (``Smith said he ...``, ``Smith, though she praised it, ...``, ``Smith quashed
    rumors he ...``), or None: see `SpeakerResolver.bound`. A subject inside quote
    marks is none."""
    if mention.text.lower() not in _BOUND_PRONOUNS or mention.start <= s_start:
        return None
    subject = _sentence_subject(text, s_start, mention.start)
    if subject is None or subject.end > mention.start or _inside(subject.start, quoted):
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
_BETWEEN_WORD = re.compile(r"[\w’'-]+|[,;:()\"“”—–]")
_ASIDE_SUBORDINATORS = frozenset(("though", "although", "while"))
_BINDING_RELATIVES = frozenset(("who", "whom", "which", "whose"))
_BOUND_PRONOUNS = frozenset(("he", "she", "they"))


# "Headline words - Jane Roe: "..."": a dash, a short label and a colon before a quote.
_DASH_LABEL = re.compile(r"[ \t][-–—][ \t]+(?P<label>[A-Z][^:\n\"“”.!?]{0,60}):[ \t\xa0]*[\"“«‘']")
_MAX_LABEL_WORDS = 5


def _split_at_labels(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
_OWN_ATTRIBUTION_WORDS = 3
_OWN_ATTRIBUTION_REACH = 60  # characters (it bounds the work per colon)


def _split_at_colons(
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
                    and len(_WORD.findall(text, b, cue_starts[c])) <= _OWN_ATTRIBUTION_WORDS
                    and _has_words(text, s_start, colon, 2)
                    and not _inside(colon, spans)
                ):
                    out.append((s_start, colon + 1))
                    s_start = a
            colon = text.find(":", colon + 1, s_end)
        out.append((s_start, s_end))
    return out


def _naming(text: str, cue: re.Match[str]) -> bool:
    """True for ``called`` in the sense "named": ``a group called "X"``, ``a bill called "Y"``.

    A noun after ``a`` or ``an`` (or ``so``) stands right before the word, and a
    quote mark right after it: the quoted words are a name, not what anyone said.
    """
    if cue.group().lower() != "called":
        return False
    after = text[cue.end() : cue.end() + 2].lstrip()
    if not after or after[0] not in "\"“‘'«":
        return False
    before = text[max(0, cue.start() - 40) : cue.start()].split()
    if before and before[-1].lower() in ("so", "so-"):  # "so-called", split at the hyphen
        return True
    return (
        len(before) >= 2
        and before[-1].isalpha()
        and before[-1].islower()
        and any(w.lower() in ("a", "an") for w in before[-3:-1])
    )


def _yield_to_others(text: str, out: list[_Found], spans: list[tuple[int, int]], base: int) -> None:
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
            _cut(f, base + _before_connective(text, last - base, starts[k] - base))


def _cut(f: _Found, end: int) -> None:
    """End quote ``f`` at ``end`` (its content is then one part)."""
    f.end = end
    f.parts = [(f.start, f.end)]


def _yield_to_inner_sources(
    text: str, out: list[_Found], spans: list[tuple[int, int]], base: int
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
        end = _inner_clause_start(text, start, f.end - base, sources, k, spans, base)
        if end < f.end - base:
            _cut(f, base + _trim(text, start, end)[1])
            if f.kind == "mixed" and not any(start <= a < end for a, _ in spans):
                f.kind = "indirect"


def _inner_clause_start(
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
        if clause is None or _inside(clause.start(), spans):
            continue
        sep = clause.start()
        if not looked:
            opener = _fronted_opener(text, start, end)
            looked = True
        if _sets_off(text, opener, sep) or not _has_words(text, start, sep, 2):
            continue
        return sep
    return end


# "which Jones denied", ", while the mayor insisted": a separator, at most one
# connective, then (at the end of the searched window) the clause's source.
_INNER_CLAUSE = re.compile(
    r"[,;:—][ \t]*(?:(?:which|while|when|whereas|but|and|yet|although|though|with)[ \t]+)?$"
)
# Characters at most between a clause's source and its cue ("Jones on Tuesday denied").
_SOURCE_TO_CUE = 40
_FRONTING = (
    r"(?:when|while|if|after|before|since|once|until|unless|because|although|though|whereas|as|"
    r"in|on|at|by|during|despite|amid|under|following)"
)
# "that, in 2015, ...", "that — for now — ...", "that when ...": a phrase fronted in the clause.
_FRONTED_OPEN = re.compile(rf"(?<![\w’'])that(?:[ \t]*[,—]|[ \t]+(?={_FRONTING}[ \t]))")
# "if the bill passes, ...": the content itself opens with a fronted clause.
_FRONTED_START = re.compile(
    r"[ \t]?(?:when|while|if|once|unless|because|although|though|whereas)[ \t]"
)
# The fronted phrase up to the separator that closes it.
_FRONTED_BODY = re.compile(r"[^;:.!?,—]{0,200}")


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


_NESTED = re.compile(r"[ \t]+(?:that[ \t]+)?")
_NESTED_PRONOUNS = frozenset("he she they we i it".split())
# Words that open an embedded question ("asked whether she supports it", "how he sees it").
_QUESTION_WORDS = frozenset("whether how why".split())
_BE_BEFORE_WHY = frozenset("is was are were that's that’s it's it’s".split())


def _in_question(text: str, pos: int) -> bool:
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


_NAME = r"(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]*"
# "the statement", "a voice-over in the ad": a determiner and a few lowercase words.
_DESCRIPTION = r"(?:the|a|an|his|her|their|its|one)(?:[ \t]+[a-z][a-z’'-]*){1,4}?"
_AFTER_QUOTE = re.compile(
    rf"(?<![ \t])[ \t]+(?:(?P<who>{_NAME}|he|she|they|{_DESCRIPTION})[ \t]+(?P<verb>[a-z]{{3,15}})"
    rf"|(?P<verb2>[a-z]{{3,15}})[ \t]+(?P<who2>{_NAME}))\b"
)
# A colon before a quote; a non-breaking space after it counts like a space.
_BEFORE_QUOTE = re.compile(r":[ \t\xa0]*$")


def _adjacent_attribution(
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
        lead = _OBJECT_LEAD.search(text, s_start, mention.start) if mention is not None else None
        if mention is not None and lead is not None:
            # "She then addressed the crowd again: "..."": the noun is the verb's object.
            mention = (
                _sentence_subject(text, s_start, mention.start)
                or _lead_name(text, s_start, mention.start)
                or (
                    # "The campaign, in a Q&A, worded it carefully: "...""
                    mention_before(text, s_start, lead.start(), LEXICON)
                    if lead.group().split()[0] not in _PREPOSITION_WORDS
                    else None
                )
                or mention
            )
        if mention is None and not _has_words(text, b, s_end, 1):
            # "Trump leaned in and boomed: "..."": the sentence's subject speaks.
            mention = _sentence_subject(text, s_start, colon.start())
        if mention is not None:
            return colon, mention
    if text[b - 2 : b - 1] not in (",", "!", "?") or a != s_start:
        return None
    m = _AFTER_QUOTE.match(text, b, s_end)
    if m is None:
        return None
    if m.group("who"):
        verb, who = "verb", "who"
    else:
        verb, who = "verb2", "who2"
    if m.group(verb) in _NOT_VERBS:
        return None
    cue = _VERB.match(text, m.start(verb))
    if cue is None:
        return None
    start, end = m.span(who)
    return cue, Mention(start, end, m.group(who))


_OBJECT_LEAD = re.compile(r"(?<![\w’'-])(?!(?:and|but|or|that|who|which)\b)[a-z]+[ \t]+$")
_PREPOSITION_WORDS = frozenset("to for with at in on of from by about into than as".split())
_NOT_VERBS = frozenset("and but who which that was is were are has had have the for with".split())
_VERB = re.compile(r"[a-z]{3,15}")


_COLON_SOURCE = re.compile(
    r"(?<![\w’'.-])(?P<who>[A-Z][\w’'.-]*(?:[ \t]+[\w’'.-]+){0,4}):[ \t\xa0]+(?=\S)"
)


def _colon_attribution(para: _Paragraph, s_start: int, s_end: int) -> _Found | None:
    """``Graham: Trump's rhetoric is destroying the party``: a source, a colon, what it says."""
    if para.text.find(":", s_start, s_end) == -1:
        return None
    m = _COLON_SOURCE.match(para.text, s_start, s_end)
    if m is None or len(_WORD.findall(para.text, m.end(), s_end)) < 3:
        return None
    base = para.start
    colon = (base + m.end("who"), base + m.end("who") + 1)
    c_start, c_end = _trim(para.text, m.end(), s_end)
    mention: Mention | None = Mention(base + m.start("who"), base + m.end("who"), m.group("who"))
    clause = _is_clause_label(m.group("who"))
    own = _LABEL_PRONOUN.search(para.text, m.start("who"), m.end("who")) if clause else None
    if own is not None:
        # "They included: ...", "Among its findings: ...": the clause's pronoun speaks.
        mention = Mention(base + own.start(), base + own.end(), own.group())
    elif clause or _is_interjection(m.group("who")):
        # "Wow: Smith says ...", "The pattern is clear: the agency ...": the headline's
        # own subject speaks, if any.
        subject = _sentence_subject(para.text, m.end(), s_end)
        mention = subject.shifted(base) if subject is not None else None
    return _Found("indirect", base + c_start, base + c_end, para.index, [], mention, colon)


_SPEAKER_LABEL = re.compile(
    r"(?<![\w’'.-])(?P<who>[A-Z][A-Z.’'-]{1,30}(?:[ \t]+[A-Z][A-Z.’'-]{0,30}){0,3})"
    r":[ \t\xa0]+(?=\S)"
)
# Editorial labels that open a paragraph but name no speaker.
_NOT_SPEAKERS = frozenset(
    "update updated correction clarification note editor's editor’s watch read video photos "
    "related breaking exclusive analysis opinion transcript".split()
)
# Interjections and news labels before a colon (``Wow:``, ``BUSTED:``, ``The Latest:``):
# a headline's opener, not its source.
_INTERJECTIONS = _NOT_SPEAKERS.union(
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
_CLAUSE_VERBS = frozenset("is are was were be been has have had".split())
_NOT_LABEL_START = frozenset("among and but so then just also yet still here there".split())
_LABEL_PRONOUNS = frozenset("he she they we i it you this that".split())


_LABEL_PRONOUN = re.compile(
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


def _speaker_label(para: _Paragraph) -> _Found | None:
    """``TAPPER: ...``: a transcript's speaker label opening a paragraph.

    The label (two or more capital letters; not ``Q:`` or ``A:``, whose turns the
    answers' own cues attribute better) is the source of everything the paragraph says.
    """
    if ":" not in para.text:
        return None
    m = _SPEAKER_LABEL.match(para.text)
    if m is None or not _has_words(para.text, m.end(), len(para.text), 3):
        return None
    if any(w.lower() in _NOT_SPEAKERS for w in m.group("who").split()) or _is_interjection(
        m.group("who")
    ):
        return None
    base = para.start
    c_start, c_end = _trim(para.text, m.end(), len(para.text))
    who = Mention(base + m.start("who"), base + m.end("who"), m.group("who"))
    colon = (base + m.end("who"), base + m.end("who") + 1)
    return _Found("indirect", base + c_start, base + c_end, para.index, [], who, colon)


_QUESTION_LEAD = r"(?:about|whether|if|why|what|how|to)\b"
_ASKED_LEAD = frozenset("when was were is are being been if after once while".split())
_ASKED_WHAT = re.compile(
    r"(?<![ \t])[ \t]+(?:by[ \t]+(?P<by>(?!" + _QUESTION_LEAD + r")[^\s,.;:!?\"“”]+"
    r"(?:[ \t]+(?!" + _QUESTION_LEAD + r"|on\b|in\b|at\b|during\b)[^\s,.;:!?\"“”]+){0,6})[ \t]+)?"
    r"(?:(?:on|in|at|last|this|during)[ \t]+[\w’'.-]+[ \t]+){0,2}"
    r"(?P<what>(?:" + _QUESTION_LEAD + r")[ \t])"
)


def _question(
    para: _Paragraph,
    s_start: int,
    s_end: int,
    cue: re.Match[str],
    cues: Sequence[re.Match[str]] = (),
) -> _Found | None:
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
    start, end = _trim(text, start, comma if comma != -1 else s_end)
    if not _has_words(text, start, end, 2):
        return None
    base = para.start
    cue_span = (base + cue.start(), base + cue.end())
    asker = None
    if m.group("by") is not None:
        asker = Mention(base + m.start("by"), base + m.end("by"), m.group("by"))
    found = _Found("indirect", base + start, base + end, para.index, [], asker, cue_span)
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
        if mention is None or mention.text.lower() in _RELATIVE_WORDS:
            continue
        lead = text[max(start, mention.start - 6) : mention.start].rstrip().rstrip("”\"’'")
        if lead.endswith(","):
            return text.rfind(",", start, mention.start)
    return text.find(",", start, s_end)


_RELATIVE_WORDS = frozenset(("who", "which", "that"))
# No question opener runs longer than this (it bounds the cues `_answer_comma` reads).
_MAX_QUESTION = 300


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``pos`` falls strictly inside one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _gap(cue: re.Match[str], spans: Sequence[tuple[int, int]]) -> int:
    """Characters between a cue and the nearest of the sorted ``spans``."""
    k = bisect.bisect_left(spans, (cue.start(), 0))
    near = spans[max(0, k - 1) : k + 1]
    return min(min(abs(cue.start() - b), abs(a - cue.end())) for a, b in near)


def _has_words(text: str, start: int, end: int, n: int) -> bool:
    """True when ``text[start:end]`` holds at least ``n`` words (looks no further than needed)."""
    pos = start
    for _ in range(max(n, 1)):
        word = _WORD.search(text, pos, end)
        if word is None:
            return False
        pos = word.end()
    return True


def _passive(text: str, cue: re.Match[str], s_end: int) -> bool:
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


_TO_SPEECH = frozenset(
    "say tell comment answer explain speak describe call discuss address mention".split()
)


_BE = frozenset("is are was were be been being".split())
_ADVERBS = frozenset("now also still already often later once then not never even".split())


def _continuation(
    para: _Paragraph,
    s_start: int,
    s_end: int,
    quoted: list[tuple[int, int]],
    previous: _Found | None,
    last: _Found | None,
    resolver: SpeakerResolver,
    *,
    apart: int | None = None,
) -> _Found | None:
    """A quoted sentence with no cue: the last speaker's words, or scare quotes.

    It continues the last direct quote, unless a clause of another cue stands
    between them (``apart``): then it is a quote of its own, by the same speaker.
    """
    text = para.text
    base = para.start
    own: Mention | None = None
    if _words_outside(text, s_start, s_end, quoted) > 2:
        # Scare quotes and titles are not speech without a cue; a whole quoted
        # sentence inside reporter's prose still is someone's words.
        marked = quoted  # every quoted span, short ones too
        quoted = [q for q in quoted if _has_words(text, q[0], q[1], _LONG_QUOTE)]
        if not quoted:
            return None
        own = _prose_subject(text, s_start, quoted[0][0], marked)
    q_start, q_end = quoted[0][0], quoted[-1][1]
    parts = [(base + a, base + b) for a, b in quoted]
    if (
        previous is not None
        and previous.kind == "direct"
        and apart is None
        and (previous.paragraph == para.index or previous.end >= base - 3)
    ):
        previous.parts.extend(parts)
        previous.end = base + q_end
        return previous
    source = previous or last
    found = _Found("direct", base + q_start, base + q_end, para.index, parts, None, None)
    if para.kind == "tweet" and para.author:
        found.speaker = para.author
    elif own is not None:
        # "The ad targets a "corrupt system ..."": the prose's own subject quotes it.
        found.mention = own.shifted(base)
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
    if not _has_words(text, s_start, q_start, 2):
        return None
    subject = _sentence_subject(text, s_start, q_start)
    if subject is None or _inside(subject.start, spans) or not _plausible(subject.text):
        return None
    return subject


# Words that never name a source alone: possessives and demonstratives (``Her economic
# plan``, ``Those stances``), numbers (``Thirteen years earlier``), and imperatives and
# interjections that open a sentence (``Wait, it gets better:``).
_NOT_A_SOURCE = frozenset(
    "her his its their our my your this that these those one two three four five six seven "
    "eight nine ten eleven twelve thirteen fourteen fifteen twenty wait see note remember "
    "consider imagine read watch worse better plus again yes no well oh".split()
)
# Adverb endings: a single capitalised word ending so opens a sentence (``Immediately``).
_ADVERB_ENDINGS = ("ately", "ally", "ously", "edly", "ently", "antly", "ively", "ingly", "fully")
# Words inside a phrase that make it a clause, not a noun phrase (``the disruptions have
# become``, ``the statement is a``).
_FINITE = frozenset("is are was were has have had be been isn't aren't wasn't weren't".split())
# Determiners that open a second noun phrase when they stand inside one
# (``The rationale these proven``), unless a preposition or a possessive comes before.
_INNER_DETERMINERS = frozenset("the a an these those this his her their".split())
# Words that may stand right before such a determiner inside one phrase.
_BEFORE_INNER = frozenset("of for at in on from by with to and or about among".split())
# Lowercase words in -est that are no superlatives.
_NOT_SUPERLATIVES = frozenset(
    "interest request protest contest test guest west chest quest forest conquest".split()
)


def _plausible(phrase: str) -> bool:
    """True when ``phrase`` may be a mention of a source: not a lone possessive, number,
    adverb or imperative, not a clause (a finite verb, a second determiner) and not an
    adjective left without its noun (``the biggest``)."""
    words = phrase.lower().replace("’", "'").split()
    if not words:
        return False
    if len(words) == 1:
        word = words[0]
        return word not in _NOT_A_SOURCE and not (len(word) > 5 and word.endswith(_ADVERB_ENDINGS))
    if _is_superlative(phrase.split()[-1]):
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


def _clause_between(
    para: _Paragraph,
    previous: _Found,
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
        if m.start() != own and not _inside(m.start(), spans):
            lemma = LEXICON.speech.get(m.group().lower())
            return base + m.start() if lemma in _GOES_ON else None
    return None


# Cues whose clause goes on with the speaker's words (", adding that ..."); after
# ", referring to ..." or "when asked ..." the next quote still continues the first.
_GOES_ON = frozenset("add explain remark".split())


def _clause_found(out: list[_Found], para: _Paragraph, cue_at: int) -> _Found | None:
    """The reported clause of the cue at ``cue_at``, when it ends before the quote that follows."""
    for f in reversed(out):
        if f.cue is not None and f.cue[0] == cue_at:
            return f if f.kind != "direct" and f.paragraph == para.index else None
    return None


_CONNECTIVE_END = re.compile(r"(?<![\w’'])(?:and|but|then|while|before|after)[\s,]*$")


def _before_connective(text: str, start: int, end: int) -> int:
    """``end``, moved back over the word that joins the next clause (``, and``, ``but``)."""
    m = _CONNECTIVE_END.search(text, max(start, end - 12), end)
    return m.start() if m is not None else end


def _main_clause(
    para: _Paragraph, s_start: int, quoted: list[tuple[int, int]], cue: re.Match[str]
) -> _Found | None:
    """``Clinton talked up her "50-state strategy," promising ...``: quotes before the first cue.

    When every cue of a sentence opens a clause of its own after the quotes, the
    quotes are in the main clause, whose verb the lexicon does not know: the
    sentence's subject says them, in a mixed quote that runs up to the cue's clause.
    """
    text = para.text
    subject = _sentence_subject(text, s_start, quoted[0][0])
    if subject is None:
        return None
    verb = _WORD.search(text, subject.end, quoted[0][0])
    if verb is None:
        return None
    end = _before_connective(text, verb.end(), cue.start())
    start, end = _trim(text, verb.end(), max(end, quoted[-1][1]))
    base = para.start
    return _Found(
        "mixed",
        base + start,
        base + end,
        para.index,
        [(base + start, base + end)],
        subject.shifted(base),
        (base + verb.start(), base + verb.end()),
    )


def _attributed(
    para: _Paragraph,
    s_start: int,
    s_end: int,
    quoted: list[tuple[int, int]],
    cue: re.Match[str],
    mention: Mention | None,
    *,
    mixed: bool = True,
    later: Sequence[re.Match[str]] = (),
) -> _Found | None:
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
            lead = _words_outside(text, s_start, first, own, _CONNECTIVES)
            direct = lead == 0 or text[s_start:first].rstrip().endswith((":", "-", "—", "–"))
        else:
            direct = _words_outside(text, touching[-1][1], s_end, own) <= 3
        if direct:
            parts = [(base + a, base + b) for a, b in touching]
            return _Found(
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
    c_start, c_end = _content_bounds(text, s_start, s_end, cue, mention)
    if c_start >= block_end:
        # The clause after the cue holds the quote: it runs to the next clause's cue.
        stop = next((m.start() for m in later if _coordinated(text, s_start, m)), c_end)
        if stop < c_end and not _has_words(text, c_start, stop, 1):
            # '... the "woman card," Fiorina said, adding that ...': the next clause
            # follows the attribution at once, and the content is before it.
            c_start, c_end = max(s_start, block_start - _MAX_CONTENT), block_start
            quoted = [q for q in quoted if q[1] <= block_start] or quoted
        elif stop < c_end:
            c_end = _before_connective(text, c_start, stop)
            quoted = [q for q in quoted if q[0] < c_end] or quoted
    c_start = min(c_start, quoted[0][0])
    c_end = max(c_end, quoted[-1][1])
    return _Found(
        "mixed",
        base + c_start,
        base + c_end,
        para.index,
        [(base + c_start, base + c_end)],
        absolute,
        cue_span,
    )


# Punctuation and manner adverbs ("said bluntly: ...") between a quote and its attribution.
_GAP = re.compile(r"(?:[\s,:;—–-]|(?<![a-z])[a-z]{2,12}ly\b)*")


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
        and len(_WORD.findall(text, edge, after[0][0])) <= 15
        # '"A," he said, noting that he and his wife, Callista, "B"': a clause, not an aside.
        and _CLAUSE.search(text, edge, after[0][0]) is None
    ):
        # '"A," he said of the race, "B."': the quote resumes after a short aside.
        edge = after[0][0]
    for q in after:
        if _GAP.fullmatch(text, edge, q[0]) is None:
            break
        out.append(q)
        edge = q[1]
    return out


_CLAUSE = re.compile(r"\bthat\b")
_RESUMES = re.compile(r"[^\"“”«».!?]{1,200}[,:][ \t]*")


_CONNECTIVES = frozenset("but and so yet or then also".split())


def _attributing_cue(
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
        if quoted[0][1] <= m.start() and _coordinated(text, s_start, m):
            later = quoted[bisect.bisect_left(quoted, (m.end(), 0)) :]
            gap = _gap(m, later) if later else 1 << 20
        else:
            gap = _gap(m, quoted)
        if not is_speech:
            gap += 200
        if gap < best_gap:
            best, best_gap = m, gap
    return best


def _mention_for(text: str, cue: re.Match[str], s_start: int, s_end: int) -> Mention | None:
    """Who a cue names as the source (offsets relative to the paragraph)."""
    if cue.group().lower().startswith("according"):
        return _according_source(text, cue.end(), s_end)
    agent = _agent_source(text, cue, s_start, s_end)
    if agent is not None:
        return agent
    before = mention_before(text, s_start, cue.start(), LEXICON)
    if before is not None:
        if (
            before.start > s_start + 2
            and text[max(s_start, cue.start() - 3) : cue.start()].rstrip()[-1:] == ","
        ):
            return _lead_name(text, s_start, before.start) or before
        return before
    # An inverted source follows its cue after a quote or a comma: '"...," said Smith'.
    lead = text[max(s_start, cue.start() - 12) : cue.start()].rstrip()
    if lead and lead[-1] not in _SET_OFF:
        return None
    word = cue.group().lower()
    if " " in word or word.endswith("ing") or _lemma(word) in _TAKES_OBJECT:
        return None  # ", referring to Smith", ", praised Smith": the name is an object
    after = mention_after(text, cue.end(), s_end, LEXICON)
    if after is None:
        return None
    # ", said Smith." ends a clause; ", said Trump will win" reports what Trump will do.
    follow = _WORD.match(text, after.end + 1, min(s_end, after.end + 30))
    if (
        text[after.end : after.end + 1] == " "
        and lead[-1:] not in _CLOSING_MARKS  # '"...," says a source involved in the talks'
        and follow is not None
        and follow.group().lower() not in _AFTER_SOURCE
    ):
        return None
    return after


# "seen by X", "mention from X": the agent after a cue that is no finite verb.
_AGENT = re.compile(r"(?<![ \t])[ \t]+(?P<prep>by|from)[ \t]+")
# Irregular past participles among the cue words (those in -ed are `_passive`'s).
_IRREGULAR_PARTICIPLES = frozenset("seen written shown heard".split())
# Words that open a noun phrase whose head noun may be a cue word ("no mention").
_NOUN_OPENERS = frozenset("a an the no any every all his her its their our".split())


def _agent_source(text: str, cue: re.Match[str], s_start: int, s_end: int) -> Mention | None:
    """``an option seen by organizers``, ``there was no overt mention from the senator``:
    the source after ``by`` (a participle) or ``by``/``from`` (a noun cue).

    The words before such a cue are not its subject: a participle modifies the noun
    before it (or follows a passive ``is``), and a noun cue's modifiers are no mention.
    """
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
    chunks = list(_CHUNK.finditer(text, pos, min(s_end, pos + 60)))
    end = -1
    for k, chunk in enumerate(chunks[:4]):
        word = chunk.group()
        if _plain_word(word):
            end = k
        elif not (k == 0 and word in _PLAIN_DETERMINERS):
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


_LEAD_NAME = re.compile(
    # The look-behind lets a match start only where a word does (linear on a run of capitals).
    r"(?<![\w’'.-])(?:(?:But|And|Yet|So)[ \t]+)?"
    r"(?P<np>(?:[A-Z][\w.’'-]*[ \t]+){0,4}[A-Z][\w’'-]*),[ \t]"
)
# Capitalised words that open a sentence, and a comma after them, but never its
# subject; days and months among them.
_NOT_LEAD = frozenset(
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


def _lead_name(text: str, s_start: int, limit: int) -> Mention | None:
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


_DASHES = re.compile(r"—|–|[ \t]-[ \t]|--")


def _lemma(word: str) -> str | None:
    return LEXICON.speech.get(word) or LEXICON.belief.get(word)


# Verbs whose noun phrase after them is their object, never an inverted source.
_TAKES_OBJECT = frozenset(
    (
        "accuse blame blast challenge chide cite condemn criticize defend denounce describe "
        "dismiss endorse support oppose mock praise reject slam tout decry assail highlight "
        "downplay hail laud applaud thank welcome characterize portray dub invoke label favor "
        "identify reference show rebut refute"
    ).split()
)
_AFTER_SOURCE = frozenset(
    "in on at during after before to of for about while when who with from as whose".split()
)


def _according_source(text: str, pos: int, s_end: int) -> Mention | None:
    """The source after ``according to``: everything up to the next comma or the end."""
    start = pos
    while start < s_end and text[start].isspace():
        start += 1
    comma = text.find(",", start, min(s_end, start + 160))
    end = comma if comma != -1 else min(s_end, start + 160)
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        end -= 1
    if end <= start:
        return None
    return Mention(start, end, " ".join(text[start:end].split()))


# Punctuation that sets an attribution off from what it reports.
_SET_OFF = frozenset(",:;”“\"'’»—–-")
_NOUN_BEFORE = frozenset(
    (
        "the a an his her their its our my your this that these those such any no every each "
        "to of in on for with by from"
    ).split()
)
_DETERMINER_BEFORE = frozenset("the a an".split())
_ADJECTIVE_ENDINGS = ("ive", "al", "ous", "ful", "ic", "ary", "ent", "ant", "less", "ical")


def _is_verb_use(text: str, cue: re.Match[str], s_start: int) -> bool:
    """False when a cue word stands as a noun (``the state of``, ``his tax plan``).

    Words that are often nouns (``plan``, ``support``, ``hope``, ``claims``) count
    as verbs only after a subject: a pronoun, a name, a plural noun, an auxiliary
    or an adverb. Other cue words are verbs unless a determiner or an adjective
    stands right before them.
    """
    word = cue.group().lower()
    if " " in word:
        return True
    before = text[max(s_start, cue.start() - 20) : cue.start()].split()
    if not before:
        return True
    raw = before[-1].strip(",;:")
    prev = raw.lower()
    if prev in _DETERMINER_BEFORE:
        return False  # "a written statement", "the reported plan"
    if _POSSESSIVE.search(raw) and prev not in _CONTRACTED:
        # "Trump's proposed wall", "the AP's report", "Valls' comments"; but "the
        # senator's claim that ..." reports what the senator claims.
        return text.startswith(" that ", cue.end())
    lemma = LEXICON.speech.get(word) or LEXICON.belief.get(word) or word
    if word == lemma and _after_article(before):
        return False  # "a casual remark", "a sharp personal reference", "a wake-up call"
    if lemma in _NOUNISH and not word.endswith(("ed", "ing")) and word not in _PAST:
        return bool(raw) and (
            prev in _SUBJECT_LEAD
            or raw[0].isupper()
            or (prev.endswith("s") and prev not in _NOUN_BEFORE and prev.isalpha())
            or prev.endswith(("ly", "n't", "n’t"))  # "doesn't want"
        )
    if not word.endswith("s") or before[-1][-1] in ",;:)":
        return True  # "Cuban, the team's owner, says": a verb after an aside
    if _superlative(before):
        return False  # "one of the biggest challenges", "its latest claims"
    return prev not in _NOUN_BEFORE and not (
        prev.isalpha()
        and prev.endswith(_ADJECTIVE_ENDINGS)
        and prev not in ("official",)
        and word not in _NEVER_NOUNS  # "The president says", "her rival tells"
    )


def _superlative(before: list[str]) -> bool:
    """True when the words before a cue end in a determiner and a superlative
    (``the biggest``, ``its latest``): the cue word is the head noun they modify."""
    return (
        len(before) >= 2
        and before[-2].lower() in _SUPERLATIVE_LEADS
        and _is_superlative(before[-1])
    )


def _is_superlative(word: str) -> bool:
    """A lowercase superlative adjective (``biggest``), not a noun in -est (``protest``)."""
    return (
        len(word) > 5
        and word.isalpha()
        and word.islower()
        and word.endswith("est")
        and word not in _NOT_SUPERLATIVES
    )


_SUPERLATIVE_LEADS = frozenset("the its their his her our my your".split())
_NEVER_NOUNS = frozenset("says tells thinks believes argues insists explains".split())
_ARTICLES = frozenset(("a", "an"))
# Words after "a" that start a plural subject ("a few voters say", "a third say") or a clause
# of its own ("a strategy some believe", "a step they say").
_PLURAL_AFTER_ARTICLE = frozenset(
    (
        "few lot number majority minority couple handful host of third quarter fifth half "
        "some many most all both others several he she they we i you it"
    ).split()
)
_MAX_MODIFIERS = 3


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


_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
# "he's said", "that's known": a pronoun's 's is "is" or "has", not a possessive.
_CONTRACTED = frozenset(
    w + s for w in "he she it that there who what here where let".split() for s in ("'s", "’s")
)
_NOUNISH = frozenset(
    "call report claim comment statement promise plan question support hope fear view concern "
    "estimate doubt want need wish demand answer reply response praise blame charge pledge vow "
    "quote tweet post joke boast echo attack state note list sound".split()
)
_PAST = frozenset("told said thought felt knew saw found showed shown wrote".split())
_SUBJECT_LEAD = frozenset(
    "he she they we i you it who which that also will would could should can may might must "
    "did does do not never has have had has also still now only and but".split()
)


def _words_outside(
    text: str,
    start: int,
    end: int,
    taken: list[tuple[int, int]],
    ignore: frozenset[str] = frozenset(),
) -> int:
    """Words in ``text[start:end]`` outside the ``taken`` spans (and not in ``ignore``)."""
    count = 0
    pos = start
    for a, b in sorted(taken):
        if b <= pos or a >= end:
            continue
        if a > pos:
            count += _count_words(text, pos, a, ignore)
        pos = max(pos, b)
    if pos < end:
        count += _count_words(text, pos, end, ignore)
    return count


def _count_words(text: str, start: int, end: int, ignore: frozenset[str]) -> int:
    words = _WORD.findall(text, start, end)
    if not ignore:
        return len(words)
    return sum(1 for w in words if w.lower() not in ignore)


def _content_bounds(
    text: str,
    s_start: int,
    s_end: int,
    cue: re.Match[str],
    mention: Mention | None,
) -> tuple[int, int]:
    """The reported content of an attribution: after the cue, or before the speaker."""
    after = _LEADING_FILLER.match(text, cue.end(), s_end)
    a_start = after.end() if after else cue.end()
    raw = cue.end()
    if mention is not None and mention.start >= cue.end() and mention.end <= s_end:
        raw = mention.end
        a_start = max(a_start, mention.end)
        filler = _LEADING_FILLER.match(text, a_start, s_end)
        a_start = filler.end() if filler else a_start
    a_start = _past_addressee(text, cue, a_start, s_end)
    copula = _CLEFT_COPULA.match(text, a_start, s_end)
    if copula is not None:
        a_start = copula.end()  # "what they want is recognition": what follows the copula
    lead = cue.start()
    if mention is not None and s_start <= mention.start < cue.start():
        lead = mention.start
    before = text[max(s_start, lead - 4) : lead].rstrip()
    if _has_words(text, a_start, s_end, 3) and not (
        # "..., Smith said in an interview." / "..., said Jo Lee, a pollster.": an aside
        # follows the attribution, and the content is before it.
        before[-1:] == ","
        and LEXICON.speech.get(cue.group().lower()) in _SAY
        and _aside_follows(text, raw, s_end, appositive=raw != cue.end())
        and _has_words(text, s_start, lead, 4)
    ):
        return a_start, min(s_end, a_start + _MAX_CONTENT)
    # The cue closes the sentence ("..., he said."): the content comes before,
    # set off by a comma or a closing quote mark.
    if not before or before[-1] not in _SET_OFF:
        return lead, lead
    return max(s_start, lead - _MAX_CONTENT), max(s_start, lead)


def _past_addressee(text: str, cue: re.Match[str], start: int, s_end: int) -> int:
    """Where the content starts once the person told is skipped (``told the Times that``).

    A verb of telling takes the person told before its clause: ``told Fox
    News on Monday that ...`` reports ``that ...``. Only a ``that`` within a
    few words, with no quote mark or sentence mark before it, ends the
    addressee; ``warned that ...`` and ``warned of ...`` have none.
    """
    word = cue.group().lower()
    if LEXICON.speech.get(word.split(" ", 1)[0]) not in _TELL:
        return start
    m = _ADDRESSEE.match(text, start, s_end)
    if m is None or _count_words(text, start, m.start("that"), frozenset()) > _MAX_ADDRESSEE:
        return start
    return m.start("that")


# A cue right before a copula ends a pseudo-cleft subject ("what they want is ...").
_CLEFT_COPULA = re.compile(r"(?:is|was|are|were)[ \t]+(?=\w)")
_TELL = frozenset("tell assure remind inform warn advise notify convince persuade".split())
# The person told: words up to a "that", never opening with "that" or a preposition.
_ADDRESSEE = re.compile(
    r"(?!(?:that|of|about|against|on|in|for|to|with)\b)[^\"“”.;:!?\n]{1,120}?(?<=\s)(?P<that>that)\b"
)
_MAX_ADDRESSEE = 14


def _aside_follows(text: str, pos: int, s_end: int, *, appositive: bool) -> bool:
    """True when an aside, not the reported clause, follows an attribution at ``pos``."""
    m = _ASIDE_AFTER.match(text, pos, s_end)
    if m is not None:
        # ", adding that ..." is a new clause; "in an interview that ..." reports.
        return bool(m.group("comma")) or _THAT.search(text, m.end(), s_end) is None
    return appositive and _APPOSITION.match(text, pos, s_end) is not None


_ASIDE_AFTER = re.compile(
    r"(?<![ \t])[ \t]*(?:(?P<comma>,)[ \t]*(?:adding|noting|saying|citing|explaining|and|but)\b"
    r"|(?:in|during|after|before|while|when)\b)"
)
# What follows an inverted source and describes it: ", a pollster", ", director of
# ...", ", 45,", ", R-Ohio", " who was briefed ...".
_APPOSITION = re.compile(
    r",[ \t]*(?:(?:a|an|the|who|whose|which|now|also|one)\b|[A-Z0-9]"
    r"|[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:of|for|at)\b)"
    r"|(?<![ \t])[ \t]+(?:who|whose)\b"
)
_THAT = re.compile(r"\bthat\b")
_SAY = frozenset("say tell write add note explain argue".split())


def _indirect(
    para: _Paragraph,
    s_start: int,
    s_end: int,
    cue: re.Match[str],
    cues: list[re.Match[str]],
    i: int,
    mention: Mention | None,
    quoted: Sequence[tuple[int, int]] = (),
    free: Sequence[tuple[int, int]] = (),
) -> _Found | None:
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
        if comma != -1 and mention.start - cue.end() < 4 and not _set_off_after(text, s_start, cue):
            c_start, c_end = comma + 1, min(s_end, comma + 1 + _MAX_CONTENT)
        else:
            # "..., Smith said, according to the Post": the source reports the whole sentence.
            c_start, c_end = max(s_start, cue.start() - _MAX_CONTENT), cue.start()
            whole = True
    else:
        # Content before a cue starts no earlier than the cue before it.
        floor = cues[i - 1].end() if i > 0 else s_start
        c_start, c_end = _content_bounds(text, floor, s_end, cue, mention)
        if i > 0 and c_end <= cue.start():
            c_start, c_end = _closing_content(text, s_start, s_end, cue, mention, c_start, c_end)
        # A coordinated cue ("admitted that A, but claimed that B") ends this content;
        # an embedded one ("said China is expecting growth") does not.
        if i + 1 < len(cues) and c_start < cues[i + 1].start() < c_end:
            if _before_inverted_source(text, s_start, s_end, cues[i + 1]):
                return None  # the words of the source named after the next cue
            comma = _comma_before_according(text, s_start, c_start, cues[i + 1])
            if comma != -1:
                c_end = comma  # "X said A, according to the Times": A ends at the comma
            elif _coordinated(text, s_start, cues[i + 1]):
                c_end = cues[i + 1].start()
            else:
                nxt = _next_clause(text, s_start, cue, mention, cues[i + 1 : i + 4], c_end)
                if nxt > c_start:
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
    c_start, c_end = _trim(text, c_start, c_end)
    if not _has_words(text, c_start, c_end, 2):
        return None
    return _Found(
        kind,
        base + c_start,
        base + c_end,
        para.index,
        [],
        mention.shifted(base),
        (base + cue.start(), base + cue.end()),
    )


def _closing_content(
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
    w_start, w_end = _content_bounds(text, s_start, s_end, cue, mention)
    if w_end <= cue.start() and w_start < c_start:
        return w_start, w_end
    return c_start, c_end


def _set_off_after(text: str, s_start: int, cue: re.Match[str]) -> bool:
    """True for ``S, according to X, ...``: a comma sets the cue off after a clause.

    The source then reports the clause before it (PolNeAR train: 257 of 263 such
    attributions), not the words after its closing comma.
    """
    before = text[max(s_start, cue.start() - 3) : cue.start()].rstrip()
    return before[-1:] == "," and _has_words(text, s_start, cue.start(), 3)


def _comma_before_according(text: str, s_start: int, c_start: int, nxt: re.Match[str]) -> int:
    """The comma that sets off a later ``according to`` cue ``nxt`` after content at ``c_start``.

    ``Carter said he erred, according to the Times``: Carter's words end at the
    comma; the rest names the paper that reports them. -1 when ``nxt`` is not such a cue.
    """
    if not nxt.group().lower().startswith("according") or not _set_off_after(text, s_start, nxt):
        return -1
    return text.rfind(",", c_start, nxt.start())


def _before_inverted_source(text: str, s_start: int, s_end: int, nxt: re.Match[str]) -> bool:
    """True when ``nxt`` is a ``, said X`` whose source follows it, closing the clause.

    ``Families do not know what to keep, said Kessel, a lawyer``: Kessel reports
    the whole clause; the inner cue (``know``) is part of Kessel's words, not a
    quote of its own whose content would run on into the name of the source.
    """
    if text[max(s_start, nxt.start() - 3) : nxt.start()].rstrip()[-1:] != ",":
        return False
    if LEXICON.speech.get(nxt.group().lower()) not in _SAY or not _set_off_after(
        text, s_start, nxt
    ):
        return False
    source = _mention_for(text, nxt, s_start, s_end)
    return source is not None and source.start >= nxt.end()


def _end_at_next_clause(
    made: _Found,
    para: _Paragraph,
    s_start: int,
    quoted: list[tuple[int, int]],
    later: list[re.Match[str]],
    cue: re.Match[str],
    mention: Mention,
) -> None:
    """End a mixed quote where a clause with its own source starts, if its quotes come before."""
    base = para.start
    end = _next_clause(para.text, s_start, cue, mention, later, made.end - base)
    start = made.start - base
    quotes_end = max((b for a, b in quoted if start <= a < made.end - base), default=start)
    if start < end < made.end - base and quotes_end <= end:
        _cut(made, base + _trim(para.text, start, end)[1])


def _next_clause(
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


_NEW_CLAUSE = re.compile(
    r"(?:;|,[ \t]*(?:but|while|whereas|yet|although|though|and)|[ \t](?:but|while|whereas))"
    r"[ \t]+$"
)
_CONJUNCTION = re.compile(
    r";|,[ \t]*(?:but|while|whereas|yet|although|though|and)[ \t]|[ \t](?:but|while|whereas)[ \t]"
)
_FRONTED = re.compile(
    r"(?:(?:But|And)[ \t]+)?(?:While|Although|Though|Whereas|Even[ \t]+as|Even[ \t]+though|"
    r"When|Where|After|Before|Since|Ever[ \t]+since|Once|If|Until|Because|As)[ \t]"
)


_SUBJECT = re.compile(
    # "And then Smith said": a connective, and "then" after it.
    r"(?<![\w’'.-])(?:(?:But|And|Then|So|Yet|Still|However|Meanwhile|Instead|Later),?[ \t]+"
    r"(?:then[ \t]+)?)?"
    r"(?:(?!(?:Once|When|After|As|While|If|Although|Though|Because|Since|Before|Until|In|On|At|"
    r"For|With|By|From|During|Under|Over|Last|This|That|It|There|Here|"
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
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?P<np>(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b|(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]*)"
    r"(?=(?:[ \t]+\([^()\n]{1,16}\))?[ \t]+(?:also[ \t]+|then[ \t]+|has[ \t]+|had[ \t]+)?[a-z])"
    # "The campaign said", "A Washington Post poll shows": a determiner, a few words, a verb.
    r"|(?P<dnp>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+"
    r"(?:[\w’'-]+[ \t]+){0,4}?[\w’'-]+)"
    r"(?=[ \t]+(?:also[ \t]+|then[ \t]+|has[ \t]+|had[ \t]+|have[ \t]+)?"
    r"(?:[a-z]+ed|[a-z]{2,}s|said|told|made|wrote|spoke|took|gave|began|went|saw|felt|knew|thought|"
    r"is|was|are|were|will|would|could|can|may|might|must)\b))"
)


def _participle(text: str, cue: re.Match[str]) -> bool:
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


_NOT_ADVERBS = frozenset("not n’t also now still already just only even".split())
_CONTRACTED_BE = frozenset("he’s she’s it’s they’re we’re i’m you’re who’s that’s".split())
_PROGRESSIVE = frozenset(
    "is are was were be been am 's ’s keeps kept keep started began begun continues "
    "continued stop stopped".split()
)


_WITH = re.compile(r"\bwith[ \t]+$")
_ADVERBS_ONLY = re.compile(r"(?:[ \t]+[a-z]+ly)*[ \t]*")


def _with_subject(text: str, s_start: int, cue: re.Match[str]) -> Mention | None:
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
_WITH_PHRASE = re.compile(
    r"(?:,|\balong)[ \t]+with[ \t]+"
    r"(?P<np>(?![a-z]+(?:ing|ed)\b)[\w’'.$%-]+(?:[ \t]+[\w’'.$%-]+){0,7})[ \t]+$"
)
# Words that show the words after "with" are no plain noun phrase (a verb, a clause).
_NOT_IN_WITH_PHRASE = frozenset(
    "that who which whom whose is are was were be been has have had will would could "
    "should can may might must to as than said says not after while by before when since "
    "- – — made".split()
)
# A possessive before the cue makes it a noun ("with recent criticism over his understanding").
_POSSESSIVES = frozenset("his her their its our my your own".split())


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
_WHO = re.compile(r",[ \t](?:who|which)(?P<comma>,)?[ \t]")
# What ends a relative clause before a cue, or shows the pronoun is not its subject.
_CLAUSE_CLOSED = re.compile(r"[.;:\"“—]|[ \t]-[ \t]|^(?:is|was)[ \t]why\b")


def _relative_subject(
    text: str, s_start: int, cue: re.Match[str], mention: Mention | None
) -> Mention | None:
    """``Weaver, who came out and endorsed ...``: a cue in a relative clause is the
    relative pronoun's (the mention runs from its antecedent to the pronoun)."""
    window = max(s_start, cue.start() - 100)
    found = None
    for w in _WHO.finditer(text, window, cue.start()):
        found = w
    if found is None or (mention is not None and mention.start >= found.start()):
        return mention
    between = text[found.end() : cue.start()]
    if _CLAUSE_CLOSED.search(between) is not None:
        return mention
    if "," in between and not found.group("comma"):
        return mention  # "X, who is 70, said": the clause has closed
    pronoun_end = found.end() - (2 if found.group("comma") else 1)
    return mention_before(text, s_start, pronoun_end, LEXICON) or mention


def _adjacent_subject(text: str, s_start: int, cue: re.Match[str]) -> Mention | None:
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
    if mention.text[:1].isupper() or _after_perceiving(text, s_start, mention.start):
        return mention
    return None


def _after_perceiving(text: str, s_start: int, start: int) -> bool:
    """True when the word before ``start`` is a verb of perception or of leaving
    (``left many Republicans wondering``): the noun phrase after it is no object of
    the clause's own verb but the participle's subject."""
    lo = max(s_start, start - 12)
    word = text[lo:start].split()
    return bool(word) and word[-1] in _PERCEIVE_OR_LEAVE


_CHUNK = re.compile(r"\S+")
# Verbs of perception and of leaving or keeping someone in a state: the noun phrase after
# them is the subject of a participle that follows it ("left many voters wondering
# whether ...", "seeing the road sign warning that ...").
_PERCEIVE_OR_LEAVE = frozenset(
    "see sees saw seen seeing watch watches watched watching hear hears heard hearing "
    "leave leaves left leaving keep keeps kept keeping catch catches caught".split()
)
# Words that stand before a noun phrase that is a subject, never before an object.
_BEFORE_PLAIN_SUBJECT = frozenset(
    "with of for from and but while alongside among after as include includes included "
    "including".split()
)
# Lowercase words that end a noun phrase or cannot be part of one: the words that end
# a name (``_STOP``, but for ``its``, a determiner here), and more.
_NOT_NOUNS = _STOP.difference(("it's", "its")).union(
    "it very more most no for with at in on of from by about into over under against "
    "without upon instead later again too well soon often continue keep start stop time "
    "times year years week weeks day days month months night hours minutes".split()
)
_PLAIN_DETERMINERS = frozenset(
    "the a an his her their its our my your some many most all other several two three".split()
)


def _plain_subject(text: str, s_start: int, cue_start: int) -> Mention | None:
    """``..., with top officials underlining ...``, ``protesters chanting ...``: a lowercase
    noun phrase right before a participle is its subject when nothing before it makes it
    an object (the sentence's start, a comma, ``with``, ``of``; not ``approved a resolution
    condemning``)."""
    chunks = list(_CHUNK.finditer(text, max(s_start, cue_start - 60), cue_start))
    last = len(chunks) - 1
    if last < 0 or not _plain_word(chunks[last].group()):
        return None
    begin = last
    j = last - 1
    while j >= 0 and last - j < 5:
        word = chunks[j].group()
        if word in _PLAIN_DETERMINERS:
            begin = j
            j -= 1
            break
        if word in _PERCEIVE_OR_LEAVE or not _plain_word(word):
            break
        begin = j
        j -= 1
    if j >= 0:
        lead = chunks[j].group()
        if (
            lead[-1:] not in ",;:("
            and lead not in _BEFORE_PLAIN_SUBJECT
            and lead not in _PERCEIVE_OR_LEAVE
        ):
            return None
    elif chunks[0].start() > s_start and _has_words(text, s_start, chunks[0].start(), 1):
        return None  # the phrase may run on to the left: an unknown lead
    if begin == last and chunks[last].group() in _REFLEXIVES:
        return None  # "she couldn't see herself supporting ...": the clause's subject
    start, end = chunks[begin].start(), chunks[last].end()
    return Mention(start, end, text[start:end])


_REFLEXIVES = frozenset("himself herself themselves itself myself yourself ourselves".split())


def _plain_word(word: str) -> bool:
    """A lowercase word that may be part of a noun phrase (not a verb form, adverb, or
    function word)."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_NOUNS
        and word not in _PLAIN_DETERMINERS
        and not word.endswith(("ing", "ed", "ly"))
    )


_LAST_WORD = re.compile(r"(?<![\w’'-])(?P<to>to[ \t]+)?[a-z]+[ \t]+$")
# Irregular past tenses that take an object ("made the case", "gave a speech").
_TAKES_OBJECT_PAST = frozenset(
    "made gave sent took won led met put set brought bought sought caught taught left held kept "
    "told wrote showed found".split()
)


def _not_an_object(text: str, s_start: int, mention: Mention | None) -> Mention | None:
    """``mention``, or the subject of the verb whose object it is (see `_verb_subject`)."""
    if mention is None:
        return None
    return _verb_subject(text, s_start, mention) or mention


def _verb_subject(text: str, s_start: int, mention: Mention) -> Mention | None:
    """``Bush offered a retort on Twitter, tweeting ...``: a participle does not go with
    the object of a verb before it but with that verb's subject."""
    verb = _LAST_WORD.search(text, max(s_start, mention.start - 16), mention.start)
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


_CLAUSE_OPEN = re.compile(
    r"(?:[,;]|\b(?:but|and|when|while|as|because|although|though|since|after|before|where|"
    r"until|once|so))[ \t]+"
)


def _clause_subject(text: str, s_start: int, limit: int) -> Mention | None:
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
            if not subject.text.endswith(("ing", "ed")):  # not "Arriving at the scene, ...
                return subject
    return None


def _sentence_subject(text: str, s_start: int, limit: int) -> Mention | None:
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
            # "Priebus, who has been in contact with the campaign, arrived ... and acknowledged"
            return _lead_name(text, s_start, limit)
    return _subject_mention(m)


def _subject_mention(m: re.Match[str]) -> Mention:
    """The name, pronoun or noun phrase a `_SUBJECT` match holds."""
    group = "np" if m.group("np") else "dnp"
    return Mention(m.start(group), m.end(group), m.group(group))


_SUBORDINATORS = frozenset("after before since until by upon while when without".split())
_TIME_OPENERS = frozenset(
    "one two three four five six seven eight nine ten a about nearly almost just only "
    "soon long even right hours days weeks months years minutes moments".split()
)


def _opener_word(text: str, s_start: int, cue: re.Match[str], mention: Mention) -> bool:
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


def _main_subject(
    text: str, s_start: int, s_end: int, cue: re.Match[str], later: Sequence[re.Match[str]]
) -> Mention | None:
    """The subject of the main clause after the opening phrase that holds ``cue``.

    The source of a later cue, when it stands right after the phrase's comma
    (``..., Fox host Sean Hannity indicated``), else the words that open the clause.
    """
    comma = text.find(", ", cue.end(), s_end)
    if comma == -1:
        return None
    for nxt in later:
        if nxt.start() > comma:
            source = mention_before(text, comma + 2, nxt.start(), LEXICON)
            if source is not None and source.start == comma + 2:
                return source
            break
    m = _SUBJECT.match(text, comma + 2, s_end)
    return _subject_mention(m) if m is not None else None


def _fronted_participle(m: re.Match[str]) -> bool:
    """True for a subject match that is one word in ``-ing`` (``Responding to ...``), a
    participle opening the sentence rather than a name (``Manning`` is one too)."""
    np = m.group("np")
    return bool(np) and len(np) > 5 and np.endswith("ing") and " " not in np


# A word opening a sentence that may be a participle or an adverb, and the word after it.
_OPENER = re.compile(
    r"(?:(?:But|And|Yet|So)[ \t]+)?(?P<word>[A-Z][a-z]{2,20}(?:ing|ed|ly))"
    r"[ \t]+(?P<next>[a-z][a-z’'-]*)"
)
# Participles that always open a phrase, whatever follows them.
_OPENING_PARTICIPLES = frozenset(("having", "being"))
# Words after a name that show it is the subject of a verb (``Schilling also added``).
_AFTER_SUBJECT = frozenset(
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


def _past_opener(text: str, s_start: int, s_end: int, mention: Mention | None) -> Mention | None:
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
    if subject is None or subject.start != at or subject.text.lower() in _RELATIVE_WORDS:
        return None  # ", which have ...": the comma closed no opener
    return subject


# The comma that closes an opening phrase (a closing quote mark may stand after it).
_OPENER_END = re.compile(r",[”\"’']?[ \t]+")
# A verb in the past or an auxiliary: where the subject of a main clause ends.
_MAIN_VERB = re.compile(
    r"[ \t](?:[a-z]{2,20}ed|said|told|made|wrote|spoke|took|gave|began|went|saw|felt|knew|"
    r"thought|sought|brought|held|is|was|are|were|has|had|have|will|would|could|can)\b"
)


# "smiled and said": a verb, ``and`` (an adverb may follow) right before a cue.
_CONJOINED = re.compile(
    r"(?<![\w’'-])(?P<verb>[a-z]{2,15})[ \t]+and[ \t]+(?:[a-z]{2,12}ly[ \t]+)?$"
)


def _conjoined_subject(text: str, s_start: int, cue: re.Match[str]) -> Mention | None:
    """``When asked whom she backed, Ms. Ruiz smiled and said``: a cue joined to a verb
    by ``and`` shares that verb's subject, the mention right before it (not an earlier
    cue's, which may be in a clause of its own)."""
    m = _CONJOINED.search(text, max(s_start, cue.start() - 32), cue.start())
    if m is None:
        return None
    verb = m.group("verb")
    if not (verb.endswith("ed") or verb in _TAKES_OBJECT_PAST or verb in _PAST):
        return None
    mention = mention_before(text, s_start, m.start("verb"), LEXICON)
    if mention is None or _ADVERBS_ONLY.fullmatch(text, mention.end, m.start("verb")) is None:
        return None
    return mention


_CONNECTIVE = r"(?:and|but|while|then|before|after)"
# Each alternative opens with a character or a set of them, which the engine tests
# before it enters the alternative.
_COORDINATION = re.compile(
    rf"(?:,[\"”’']?\s*{_CONNECTIVE}|[\s—–]{_CONNECTIVE}|(?P<comma>,[\"”’']?))"
    r"(?:\s+(?:has|have|had|also|then|later|would|will|could|did|[a-z]{2,12}ly)){0,2}\s*$"
)


def _coordinated(text: str, s_start: int, cue: re.Match[str]) -> bool:
    """True when a cue continues the previous subject (``..., but claimed``, ``, arguing``).

    After a bare comma only a present participle continues (``, arguing that``);
    ``, announced on Thursday,`` modifies a noun instead.
    """
    window = text[max(s_start, cue.start() - 30) : cue.start()]
    m = _COORDINATION.search(window)
    if m is None:
        return False
    return not m.group("comma") or cue.group().lower().endswith("ing")
