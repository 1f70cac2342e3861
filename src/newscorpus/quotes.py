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
   paragraph ending in a colon, ``Trump issued this statement:``, a sentence
   that reports no words, ``Sam Lau said in a statement.``, and a dash
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
   ignored, and so is a name in title case after its owner's possessive
   (``CNN’s “New Day,” Sen. Smith told ...``), even before a cue.

Apostrophes (``didn’t``, ``Clintons’``, ``’90s``) are never quote marks, and
single quotes nest inside double ones; a paragraph with no double marks quotes
in curly single ones (``‘...,’ she said``, the British style). Unbalanced
marks degrade that paragraph only. Every pattern is linear in the length of
the text.

Speakers resolve to the fullest form the article gives: ``Wallace`` becomes
``Ben Wallace``; ``he``, ``she`` and ``they`` become the most recent fitting
named speaker; a description with no name (``the prime minister's
spokesperson``) stays as written; titles before a name are not part of it.

This module reads a text paragraph by paragraph; the rules live in private
modules, one concept each: `_marks` (quoted spans), `_sentences`, `_cues`
(cue words and their uses), `_subjects` (the source before a cue), `_mentions`
(the source after it), `_content` (what was said), `_labels` (attributions by
position: colons, speaker labels, questions), `_attributions` (one
paragraph's quotes), `_found` and `_tokens` (shared state and small tests),
and `_speakers` (resolving a mention to a name).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

from newscorpus._attributions import read_paragraph
from newscorpus._cues import CUE, is_verb_use, passive
from newscorpus._found import Found, Passage, cut, nobody
from newscorpus._labels import speaker_label
from newscorpus._lexicon import LEXICON
from newscorpus._marks import DOUBLE_MARKS, is_title, quote_spans
from newscorpus._mentions import mention_for
from newscorpus._patterns import TWEET_SIGNATURE
from newscorpus._sentences import sentences
from newscorpus._speakers import Mention, SpeakerResolver
from newscorpus._subjects import plausible, sentence_subject
from newscorpus._tokens import WORD, has_words, trim
from newscorpus.dateline import split_dateline
from newscorpus.model import Quote

if TYPE_CHECKING:
    from newscorpus.model import Article

__all__ = ["extract_quotes", "quotes_for_article"]

# Patterns that scan a whole paragraph open with a literal or a character class (no
# look-behind, no repeat), so that the engine skips ahead to where they can match.
_PARAGRAPH_BREAK: Final = re.compile(r"\n[^\S\n]*\n\s*")


def extract_quotes(text: str) -> list[Quote]:
    """Every quote in ``text`` with its speaker; offsets index into ``text``.

    Paragraphs are separated by blank lines, as in `Article.text`. In a block of
    long lines (a line over 80 characters: text not hard-wrapped) a single line
    break ends a paragraph too, unless the next line goes on in lower case. A
    dateline opening one of the first paragraphs (``WASHINGTON (AP) —``) is read
    apart from the prose after it, as `Article` holds it.

    >>> for q in extract_quotes(
    ...     'UK Defense Minister Ben Wallace said on Wednesday that the UK would engage.\\n\\n'
    ...     '"You have to be a partner for peace," Wallace stressed.'):
    ...     print(q.kind, q.speaker, q.cue)
    indirect Ben Wallace said
    direct Ben Wallace stressed
    """
    paragraphs: list[Passage] = []
    pos = 0
    for end, following in _iter_breaks(text):
        if text.find("\n", pos, end) == -1:
            paragraphs.append(Passage(len(paragraphs), pos, text[pos:end]))
        else:
            for start, stop in _lines_of_block(text, pos, end):
                paragraphs.append(Passage(len(paragraphs), start, text[start:stop]))
        pos = following
    for k, para in enumerate(paragraphs[:_DATELINE_PARAGRAPHS]):
        # "WASHINGTON (AP) — Bernie Sanders attacked ..., saying": the dateline is not
        # the sentence's subject (an `Article` holds its dateline apart from its text).
        split = split_dateline(para.text, _ANY_DATE)
        if split is not None:
            skip = len(para.text) - len(split[1])
            paragraphs[k] = Passage(para.index, para.start + skip, split[1])
            break
    return _extract(text, paragraphs)


# The paragraphs a raw text's dateline may open (after a headline and a byline), and a
# date to read it with (only where it ends is used).
_DATELINE_PARAGRAPHS: Final = 6
_ANY_DATE: Final = datetime.date(2000, 1, 1)


# A line longer than this is not hard-wrapped: its block's line breaks end paragraphs.
_WRAP_WIDTH: Final = 80


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
        paragraphs.append(Passage(i, start, text, p.kind, author))
    return _extract(article.text, paragraphs)


def _iter_breaks(text: str) -> Iterable[tuple[int, int]]:
    """(end of paragraph, start of next) pairs, ending with the end of the text."""
    for m in _PARAGRAPH_BREAK.finditer(text):
        yield m.start(), m.end()
    yield len(text), len(text)


def _extract(source: str, paragraphs: Sequence[Passage]) -> list[Quote]:
    # The rules read a copy of the text with the same offsets, so that each paragraph is
    # the same slice of it; quotes quote the source. Reuters-21578 marks company names
    # ("<Cooper Canada Ltd> said ..."): the copy has them without the marks. No-break and
    # thin spaces are spaces in it ("he\xa0said"): the rules match blanks as [ \t].
    text = source
    if "<" in text:
        text = _BRACKETED.sub(_unbracket, text)
    for space in _SPACES:
        if space in text:  # a C search: far cheaper than translating every text
            text = text.replace(space, " ")
    if text != source:
        paragraphs = [
            Passage(p.index, p.start, text[p.start : p.start + len(p.text)], p.kind, p.author)
            for p in paragraphs
        ]
    resolver = SpeakerResolver(text, LEXICON)
    found: list[Found] = []
    carry: Found | None = None  # a quote left open at the end of the previous paragraph
    last_speaker: Found | None = None
    # Paragraphs of prose since the last speaker was set: whether they move on from that
    # speaker (`_prose_source`) is worked out only when a quote could go on with it.
    prose: list[Passage] = []
    # The double marks the text uses at all: each paragraph (a part of ``text``) is searched
    # for these alone. No mark holds white space, so none spans two paragraphs.
    marks = tuple([mark for mark in DOUBLE_MARKS if mark in text])
    for para in paragraphs:
        if para.text[:1] in "-—–" and found and len(para.text) <= _MAX_DASH_LINE:
            _dash_source(para, found[-1], resolver)
        spans, unclosed = quote_spans(para.text, marks)
        if spans:
            spans = [s for s in spans if not is_title(para.text, s)]
        if unclosed is not None and not WORD.search(para.text, unclosed):
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
        items, speaking = read_paragraph(para, spans, last_speaker, carry, resolver)
        if carry is not None and items and items[0] is carry:
            items = items[1:]
        label = speaker_label(para)
        if label is not None:
            # The label speaks the whole paragraph; the cues inside it nest in its turn.
            items = [f for f in items if f.cue != label.cue]
            items.insert(0, label)
            resolver.note(label)
        found.extend(items)
        speaker: Found | None = None
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
    return [_finish(f, source, resolver) for f in found]


# A conjunction ending a clause: what it joined was cut off as another cue's.
_DANGLING: Final = re.compile(r"(?<![\s,;])[\s,;]+(?:and|or|but|nor|while|because)$")

_SPACES: Final = ("\xa0", "\u2007", "\u2009", "\u202f")  # no-break and thin spaces

# A company name in angle brackets, as Reuters-21578 marks them.
_BRACKETED: Final = re.compile(r"<(?=[A-Z])([^<>\n]{1,80})>")


def _unbracket(m: re.Match[str]) -> str:
    inside = m.group(1)
    if inside.upper() == inside:
        return " " * len(m.group())  # a ticker after a name: "Ford Motor Co <F>"
    return f" {inside} "


_MAX_DASH_LINE: Final = 100
_DASH_SOURCE: Final = re.compile(
    r"[-—–][ \t]*(?P<who>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,4})(?:,[^\n]*)?\.?"
)


def _dash_source(para: Passage, last: Found, resolver: SpeakerResolver) -> None:
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


def _introducer(para: Passage, spans: list[tuple[int, int]]) -> Found | None:
    """The source of a paragraph's last sentence, when it ends in a colon and quotes nothing.

    ``Reporter Jane Doe says:``, ``The campaign released a statement:``: the quote in
    the next paragraph is that source's. The result holds only the mention.
    """
    text = para.text
    s_start = sentences(text, spans)[-1][0]
    if spans and spans[-1][1] > s_start:
        return None
    end = len(text) - 1
    mention = None
    for m in reversed(list(CUE.finditer(text, s_start, end))):
        if (
            not (text[m.start()].isupper() and m.start() > s_start)
            and is_verb_use(text, m, s_start)
            and not passive(text, m, end)
        ):
            mention = mention_for(text, m, s_start, end)
            break
    if mention is None:
        mention = sentence_subject(text, s_start, end)
    if mention is None:
        return None
    if not plausible(mention.text):
        # "Wait, it gets better:", "The rationale these critics use is blind faith:": the
        # colon introduces a quote, but the words before it name no source.
        return nobody(para)
    return Found(
        "direct", para.start, para.start, para.index, [], mention.shifted(para.start), None
    )


# A paragraph this long (in words) is prose of its own, not a dateline or a label.
_PROSE_WORDS: Final = 8


def _prose_source(para: Passage, last: Found | None, resolver: SpeakerResolver) -> Found | None:
    """Who a quote paragraph after the prose paragraph ``para`` goes on with.

    A paragraph of the reporter's own words, with no quote and no cue, moves on
    from the last speaker, and a bare quote after it names no source (a result with
    no mention) -- unless the paragraph's last sentence is about that speaker
    (``Trump was quick to add that ...``): None, the last speaker goes on. A short
    line (``(END VIDEO CLIP.)``, a dateline) does not interrupt the last speaker either.
    """
    text = para.text
    if not has_words(text, 0, len(text), _PROSE_WORDS):
        return None
    if last is not None and last.mention is not None:
        s_start = sentences(text, [])[-1][0]
        subject = sentence_subject(text, s_start, len(text))
        if subject is not None:
            speaker = last.speaker or resolver.resolve(last.mention)
            if speaker is not None and resolver.resolve(subject.shifted(para.start)) == speaker:
                return None
    return nobody(para)


def _finish(f: Found, text: str, resolver: SpeakerResolver) -> Quote:
    start, end = trim(text, f.start, f.end)
    if f.kind != "direct" and text[end - 1 : end] in ("d", "r", "t", "e"):
        # "Clinton endorsed the plan and criticized Trump": the clause cut before the next
        # cue leaves no "and" behind.
        dangling = _DANGLING.search(text, max(start, end - 12), end)
        if dangling is not None and dangling.start() > start:
            end = trim(text, start, dangling.start())[1]
    if start and text[start - 1] == "<":
        start -= 1  # the content opens with a bracketed name (`_BRACKETED`)
    if text.startswith(">", end):
        end += 1
    speaker = f.speaker
    span = None
    if f.mention is not None:
        span = (f.mention.start, f.mention.end)
        if speaker is None:
            speaker = resolver.resolve(f.mention)
    cue = text[f.cue[0] : f.cue[1]] if f.cue else None
    cut(f, end)  # no part runs past the quote's end
    parts = tuple(f.parts) if len(f.parts) > 1 else ()
    # Offsets within the text, a known kind, tuples: valid as built.
    return Quote._checked_by_extractor(
        text[start:end], start, end, f.kind, speaker, span, cue, f.cue, f.paragraph, parts
    )
