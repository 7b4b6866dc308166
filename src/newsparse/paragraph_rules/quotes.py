"""Quotes rule: direct quotations in bullets and body, with their positions.

Marks are paired per paragraph (`quote_marks.scan`). A quotation left open at the
end of a paragraph continues when the next paragraph reopens it, the way long
quotes run over several paragraphs; otherwise, and for a closing mark with none
open, the paragraph gets an `unbalanced-quotes` warning and the quoted words run
to its end.

A quotation is partial when the writer's own words lead into it (`called for a
“thorough investigation”`, `the ministry’s claim “is false,”`) or carry on from
it (`“The people aren’t buying” impeachment, Trump said`); a lead-in that only
attributes (`X said: “...”`, `X said “...”`) leaves it whole.

Not every pair of marks is a quotation. A short fragment inside the writer's
sentence is one only when the sentence says someone said it (`called for a
“thorough investigation”`); without a reporting word it is a scare quote (`the
“interim” government`); words standing where an adjective would (`the classic
“lost teens in the woods” plot`) are the writer's label; and words in title case
are a title or a name (`the “Magic Keyboard”`, `the film “Night of the Long
Knives”`), unless a verb of describing frames them (`described as “Facebook for
Farmers”`). Who said what is the `speakers` rule's job.
"""

from __future__ import annotations

import re
from itertools import islice

from ..model import ParseWarning, Quote
from ..paragraphs import Paragraph
from ..quote_context import ParagraphView, has_cue, is_verb, view, window
from ..quote_marks import Role, Scan, Span, scan
from ..sentences import Token
from ..vocab.pronouns import PRONOUNS
from ..vocab.reporting_verbs import VERB_BY_FORM
from ..vocab.stopwords import STOPWORDS
from .draft import Draft, QuoteSite

# A partial quotation of at most this many words needs a reporting word in its
# sentence to count as a quote.
SHORT_FRAGMENT = 4
# Quoted words up to this many, right before a noun, modify it (scare quotes).
MODIFIER_WORDS = 3
# Words just before a quotation that make it a name, not someone's words.
_NAMING_LEADS = frozenset(
    """
    so-called slogan tagline motto hashtag titled entitled nicknamed dubbed headlined
    term word phrase words known
    """.split()
)
# Kinds of work whose title follows them (`the film “Heat”`): a name when capitalised
# (`called the play “ridiculous”` is someone's word for it).
_WORK_NOUNS = frozenset(
    "book film movie song album show series podcast documentary exhibition novel play brand label".split()
)


def _is_partial(pv: ParagraphView, q: int) -> bool:
    """A fragment in the writer's sentence, not a quotation that stands on its own:
    anything before it in the sentence that is not an attribution lead-in
    (`X said:`, `X said, `, `X said `, `according to X, `)."""
    first, _stop = window(pv, q)
    k = pv.quote_token[q]
    # the last two tokens before it in its sentence, dashes and brackets aside
    last = before = None
    for j in range(k - 1, first - 1, -1):
        token = pv.tokens[j]
        if token.text not in "—–-(":
            if last is not None:
                before = token
                break
            last = token
    if last is None:
        return _runs_into_sentence(pv, q)
    if last.text == ":":
        return False
    if last.text == ",":
        return not has_cue(pv.tokens, first, k)
    if last.quote is not None:
        return False
    verb = _speech_verb_use(last, before)
    if verb and not last.lower.endswith("ing"):
        return False
    return not (verb and pv.text[pv.spans[q].start : pv.spans[q].start + 1].isupper())


def _runs_into_sentence(pv: ParagraphView, q: int) -> bool:
    """A quotation opening a sentence that the writer's words carry on, with no
    mark of its own end (`“The people aren’t buying” impeachment, Trump said`)."""
    span = pv.spans[q]
    k = pv.quote_token[q]
    if span.close is None or not pv.text[span.close - 1].isalnum() or k + 1 >= len(pv.tokens):
        return False
    nxt = pv.tokens[k + 1]
    return nxt.is_word and nxt.text.islower() and nxt.lower not in PRONOUNS and nxt.lower not in VERB_BY_FORM


# Words after which a verb form is a noun (`the claim`, `his reply`).
_NOUN_LEADS = frozenset("a an the this that his her its their our my your one another".split())


def _speech_verb_use(last: Token, before: Token | None) -> bool:
    """Is the last word a reporting verb used as a verb: lowercase (not `United
    States`), not after a determiner or a possessive (not `the ministry’s claim`)?"""
    if not is_verb(last, speech_only=True) or not last.text[:1].islower():
        return False
    if before is None:
        return True
    return before.lower not in _NOUN_LEADS and not before.text.endswith(("’s", "'s", "s’"))


# A letter or digit: `[^\W_]` matches exactly the characters `str.isalnum()` accepts.
_ALNUM = re.compile(r"[^\W_]")


def _words(text: str, most: int) -> list[str]:
    """The first `most` words of `text` (those with a letter or digit)."""
    return list(islice(filter(_ALNUM.search, text.split()), most))


# Short words a title leaves in lowercase (`Night of the Living Dead`).
_TITLE_LOWERCASE = frozenset("a an the of and or nor but in on at to for with from by as into over vs".split())
# Longer than this, a run of capitalised words is not read as a title.
TITLE_WORDS = 12


def _is_title(quoted: str) -> bool:
    """`Night of the Living Dead`, `Zombies on Film: The Story`, `White Zombie.`:
    two or more words in title case (every word capitalised but short function
    words), no sentence inside (no `,`, `!`, `?`, or `.` but a last one)."""
    body = quoted.removesuffix(".")
    if any(c in body for c in ",.!?;"):
        return False
    words = _words(body, TITLE_WORDS + 1)
    if not 2 <= len(words) <= TITLE_WORDS:
        return False
    first = words[0].lstrip("‘'\"“(")
    if not first[:1].isupper():
        return False
    for word in words[1:]:
        w = word.lstrip("‘'\"“(")
        if not (w[:1].isupper() or w[:1].isdigit() or w in _TITLE_LOWERCASE):
            return False
    return True


def _characterised(pv: ParagraphView, q: int) -> bool:
    """`described as “Facebook for Farmers”`: a verb of describing and `as` right
    before the quotation make even capitalised words someone's description."""
    k = pv.quote_token[q]
    first, _stop = window(pv, q)
    if k - 2 < first or pv.tokens[k - 1].lower != "as":
        return False
    verb = VERB_BY_FORM.get(pv.tokens[k - 2].lower)
    return verb is not None and not verb.speech


def _named_in_passing(pv: ParagraphView, q: int) -> bool:
    """Do words stand before the quotation in its sentence (`by announcing “Star
    Road”, its first game`), or does no word of saying stand anywhere in it (a
    heading: `“Star Road: Night Run” ($20)`)?"""
    first, stop = window(pv, q)
    return pv.quote_token[q] > first or not has_cue(pv.tokens, first, stop)


def _is_quotation(pv: ParagraphView, q: int, partial: bool) -> bool:
    span = pv.spans[q]
    quoted = pv.text[span.start : span.end]
    words = _words(quoted, SHORT_FRAGMENT + 1)
    if not words:
        return False
    if _is_title(quoted) and not _characterised(pv, q) and (partial or _named_in_passing(pv, q)):
        return False  # `the 1968 film “Night of the Living Dead”`: a title in the writer's sentence
    k = pv.quote_token[q]
    first, stop = window(pv, q)
    if partial and _between_determiner_and_noun(pv, k, first, stop):
        return False  # `the classic “lost teens in the woods” plot`: the writer's label
    if len(words) > SHORT_FRAGMENT:
        return True
    lead = [t.lower for t in pv.tokens[max(first, k - 3) : k] if t.quote is None]
    if any(w in _NAMING_LEADS for w in lead):
        return False
    if words[0][:1].isupper() and any(w in _WORK_NOUNS for w in lead):
        return False
    if partial and len(words) <= MODIFIER_WORDS and _modifies_next(pv, k, stop):
        return False
    cue = has_cue(pv.tokens, first, stop)
    title_like = all(w[0].isupper() or not w[0].isalpha() for w in words) and not any(
        c in pv.text[span.start : span.end] for c in ".!?"
    )
    if title_like and not cue:
        return False
    return not partial or cue


_DETERMINERS = frozenset("a an the these those".split())  # not `that`: `reported that “...”`


def _between_determiner_and_noun(pv: ParagraphView, k: int, first: int, stop: int) -> bool:
    """`the classic “lost teens in the woods” plot`, `one of those “What will you
    be?” forms`: a quotation of any length standing where an adjective would,
    after a determiner (and at most one word) and before its noun."""
    tokens = pv.tokens
    j = k - 1
    if j > first and tokens[j].lower not in _DETERMINERS and tokens[j].is_word and tokens[j].text.islower():
        j -= 1  # one adjective between (`the classic`)
    return j >= first and tokens[j].lower in _DETERMINERS and _modifies_next(pv, k, stop)


def _modifies_next(pv: ParagraphView, k: int, stop: int) -> bool:
    """`the “interim” government`, `a “phase one” deal`: quoted words used as a
    modifier of the noun after them are the writer's label, not someone's words."""
    if k + 1 >= stop:
        return False
    nxt = pv.tokens[k + 1]
    word = nxt.text
    if word in ("or", "and") and k + 2 < stop and pv.tokens[k + 2].quote is not None:
        return _modifies_next(pv, k + 2, stop)  # `“severe” or “emergency” levels`
    return (
        nxt.is_word
        and word.islower()
        and word not in STOPWORDS
        and not is_verb(nxt)
        and not word.endswith("ly")
        and not word.endswith("ing")
    )


def _continues(prev: Scan | None, cur: Scan, text: str) -> bool:
    """Does this paragraph pick up a quotation the previous one left open?"""
    if prev is None or not prev.spans or prev.spans[-1].close is not None:
        return False
    first = cur.first_mark
    return first is not None and first.role is Role.OPEN and not text[: first.pos].strip()


def _warn(draft: Draft, para: Paragraph, message: str) -> None:
    draft.warnings.append(ParseWarning("unbalanced-quotes", message, para.first_line))


def _scan_field(draft: Draft, field: str, paras: list[Paragraph]) -> None:
    prev: Scan | None = None
    for index, para in enumerate(paras):
        text = para.text
        found = scan(text)
        left_open = prev is not None and prev.spans and prev.spans[-1].close is None
        if not found.spans and not found.stray_closes and not left_open:
            prev = found  # nothing quoted, nothing to close
            continue
        spans = list(found.spans)
        stray = list(found.stray_closes)
        continues = _continues(prev, found, text)
        if prev is not None and prev.spans and prev.spans[-1].close is None and not continues:
            # `“...` then `...,” he said`: the next paragraph closes without reopening
            if stray and (not spans or stray[0] < spans[0].start):
                start = len(text) - len(text.lstrip())
                close = end = stray.pop(0)
                while end > start and text[end - 1] in " ,":
                    end -= 1
                spans.insert(0, Span(None, close, "double", start, end))
                continues = True
            else:
                _warn(draft, paras[index - 1], "quotation opened and never closed")
        if stray:
            _warn(draft, para, "closing quotation mark with no opening mark")
        pv = view(text, tuple(spans)) if spans else None
        for q, span in enumerate(spans):
            assert pv is not None
            partial = _is_partial(pv, q) and not (q == 0 and continues)
            if not _is_quotation(pv, q, partial) and not (q == 0 and continues):
                continue
            draft.quotes.append(
                Quote(text[span.start : span.end], None, None, None, partial, field, index, span.start, span.end)
            )
            draft.quote_sites.append(QuoteSite(span.open, span.close, q == 0 and continues))
        prev = Scan(tuple(spans), tuple(stray), found.first_mark)
    if prev is not None and prev.spans and prev.spans[-1].close is None:
        _warn(draft, paras[-1], "quotation opened and never closed")


def rule(draft: Draft) -> None:
    _scan_field(draft, "bullets", draft.bullets)
    _scan_field(draft, "body", draft.body)
