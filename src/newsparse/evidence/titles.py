"""Title evidence: could a line be a headline, and how much does it look like one.

Both read the line's own evidence; `headline_quality` also asks whether the
page shows the line again (title bar, share text), which titles are and body
lines are not.
"""

from __future__ import annotations

import regex

from . import Evidence
from .features import code_or_table
from .times import in_phrase

DIGIT = regex.compile(r"\d")
_ALPHA_WORD = regex.compile(r"\p{L}{2,}")
# Headline-likeness by length in words: titles run from about 6 to 25 words.
_LENGTH_SCORE = {1: -3.0, 2: -2.0, 3: -0.5, 4: 0.5, 5: 1.0, 6: 1.5, 7: 2.0}
# Reported speech in the past tense marks a sentence of the story, not its title
# (lower case: `Had Told Me` in a title-case headline is no report).
REPORTED = regex.compile(r"\b(?:said|told|SAID|TOLD)\b")


def title_like(ev: Evidence, i: int) -> bool:
    """Could line i be a headline?"""
    found = ev.titles.get(i)
    if found is None:
        found = ev.titles[i] = _title_like(ev, i)
    return found


def _title_like(ev: Evidence, i: int) -> bool:
    e = ev.of[i]
    if e is None:
        return False
    text, f = ev.lines[i].text, e.features
    if f.furniture or f.sitewide or f.urlish or f.list_heading or ev.anchors[i] is not None:
        return False  # a list heading (`Most read`, `About the author`) heads other things
    if f.cjk:
        if not 6 <= f.chars <= 120:
            return False
    elif not (2 <= f.words <= 30 and f.chars <= 250):
        return False
    if f.ends_period and not text.endswith(("...", "…")) and f.title_ratio < 0.6:
        return False  # a sentence, unless written in Title Case as headlines are
    if text.endswith(":") or (f.words >= 18 and f.ends_sentence):
        return False
    if (e.marker is not None and not dash_quote(ev, i)) or e.credit or e.picture:
        return False
    # (the tests that read the text again come last: the line's evidence rules out most lines)
    if not f.cjk and len(_ALPHA_WORD.findall(text)) < 2:
        return False
    if code_or_table(text):
        return False
    # a meta line with a date (`Jane Doe 27/09/2018 2 comments`)
    return not (e.dated and not (e.times is None and in_phrase(text, e.dates)))


def dash_quote(ev: Evidence, i: int) -> bool:
    """Line i opens with a dash that marks speech, as Nordic and Finnish titles
    quote (`– Det var helt svart av røyk`): a lone line under such a dash, no
    item of a list (neither line beside it has a marker)."""
    if not ev.lines[i].text.startswith(("– ", "— ")):
        return False
    around = ev.nonblank(i + 1, i + 40)[:1]
    above = ev.previous_nonblank(i, 0)
    if above is not None:
        around.append(above)
    return all((e := ev.of[j]) is None or e.marker is None for j in around)


def headline_quality(ev: Evidence, i: int) -> float:
    """How much line i looks like a headline (title-like lines only)."""
    found = ev.title_scores.get(i)
    if found is None:
        found = ev.title_scores[i] = _headline_quality(ev, i)
    return found


def _headline_quality(ev: Evidence, i: int) -> float:
    e = ev.of[i]
    assert e is not None
    text, f = ev.lines[i].text, e.features
    words = f.words
    score = _LENGTH_SCORE.get(words, 2.5 if words <= 25 else -2.0)
    if e.name_line:
        score -= 2.5
    if f.upper:
        score -= 2.5 if words <= 4 else 0.5  # kickers, section labels, calls to action
    if not f.cjk:
        score += 1.5 * f.title_ratio - 1.0 * f.stop_ratio
    if len(DIGIT.findall(text)) * 4 > len(text):
        score -= 1.0
    if words >= 4 and ev.shown_again(i):
        score += 1.5  # the page shows its title twice (title bar, share text)
    if REPORTED.search(text):
        score -= 1.5  # `..., the minister said in an email`: a pull quote, not a title
    return score
