"""Line features: the measurements every rule reads.

Computed once per line. They are deliberately simple and language-light
(length, punctuation, capitalisation, function-word density, link-likeness) so
that they carry over to outlets and languages the rules were not written for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import regex

from ..vocab.furniture import FURNITURE_LINES, FURNITURE_PREFIXES
from ..vocab.sitewide import (
    ABOUT_LEADS,
    AUTHOR_HEADINGS,
    CONSENT_PHRASES,
    LIST_HEADINGS,
    PAYWALL_NOTICES,
    SITEWIDE_PHRASES,
)
from ..vocab.stopwords import STOPWORDS

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*")
# The same words in ASCII text, where the standard library's engine is faster.
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A bare domain is a run of non-space holding a word character before `.com/`;
# the match starts only at the run's start so the search stays linear in the line.
_URLISH = regex.compile(
    r"(?:https?://|www\.|(?<!\S)[^\s\w]*\w\S*?\.(?:com|org|net|co|io)/|pic\.twitter\.com|@\w{2,})", regex.I
)


def _whole_phrase(phrase: str) -> str:
    """A site-wide phrase, case-folded, that ends a word if it ends in a letter or digit."""
    return re.escape(phrase.casefold()) + (r"(?!\w)" if phrase[-1].isalnum() else "")


# Site-wide phrases as whole words, matched in case-folded text (the standard
# library's engine on folded text is many times faster than a case-insensitive
# alternation). The phrases that open with a letter or digit start a word: that
# test is made once for all of them, not once per phrase at every position (a
# phrase's first character decides which group can match at a position, so each
# position still takes the first phrase in the table that matches there).
_SITEWIDE = re.compile(
    "|".join(
        [
            r"(?<!\w)(?:" + "|".join(_whole_phrase(p) for p in SITEWIDE_PHRASES if p[0].isalnum()) + ")",
            *(_whole_phrase(p) for p in SITEWIDE_PHRASES if not p[0].isalnum()),
        ]
    )
)
_CONSENT = re.compile(r"(?<!\w)(?:" + "|".join(_whole_phrase(p) for p in CONSENT_PHRASES) + ")")
# A writer's bio line: a name, `is a(n)`, and a newsroom job.
_WRITER_BIO = regex.compile(
    r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(?:is|was)\s+(?:an?|the)\s+"
    r"[^.]{0,80}?\b(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|producer)s?\b"
)
# Lines longer than this are measured without holding all their words at once.
_LONG_LINE = 100_000
# Longer lines need two site-wide phrases to count as a notice.
MAX_SITEWIDE_WORDS = 35
# An author box heading: a lead then a capitalised name (`About Jane Doe`).
_ABOUT_SOMEONE = regex.compile(
    r"(?i:" + "|".join(regex.escape(a) for a in ABOUT_LEADS) + r")\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$"
)
# Sentence-final punctuation, tested after any closing quotes or brackets (`CLOSERS`).
# (with the full stops of Indian scripts, Urdu and Ethiopic, and the Arabic question mark)
_SENTENCE_MARKS = tuple(".!?…。！？:;।॥۔؟።")
# A substring every _URLISH match holds: a cheap test that spares most lines the full one.
_URL_HINT = regex.compile(r"\.(?:com|org|net|co|io)/|https?://|www\.|pic\.twitter\.com|@\w{2,}", regex.I)
# The closing quotes and brackets a sentence may end in after its punctuation.
CLOSERS = "'\"’”»)]"
# Characters that can end a headline but not usually a body sentence.
FURNITURE_PUNCT = " .:!|>»›·•-–—"


@dataclass(slots=True)  # not frozen: built for every line, and frozen init is slow; never changed
class Features:
    """What the rules know about one non-blank line."""

    chars: int
    words: int  # word count; for CJK scripts, an equivalent from character count
    stop_ratio: float  # share of words that are function words
    title_ratio: float  # share of words starting with a capital letter
    upper: bool  # every letter is upper case
    ends_sentence: bool  # ends with sentence punctuation (closing quotes allowed)
    ends_period: bool  # ends with a full stop specifically
    urlish: bool  # contains a link, a handle or a bare domain
    cjk: bool  # mostly CJK script
    furniture: bool  # a known furniture line (`Share`, `Advertisement`, ...)
    sitewide: bool  # cookie, legal, newsletter or account text
    list_heading: bool  # heads a list of other stories (`Most popular`, `More from ...`)
    linked: bool = False  # links take most of it (a picture's address and a post's metadata)
    # running prose: a sentence or more of text with function words (`_is_prose`;
    # kept, not worked out on each use: the decisions ask it of every line many times)
    prose: bool = field(init=False)

    def __post_init__(self) -> None:
        self.prose = _is_prose(self)


def ends_sentence(text: str) -> bool:
    """Whether the text ends with sentence punctuation (closing quotes or brackets allowed)."""
    return text.rstrip(CLOSERS).endswith(_SENTENCE_MARKS)


# A sentence at least this long, in mostly lower-case words, is prose whatever its language.
_LOWER_SENTENCE_WORDS = 10


def _is_prose(f: Features) -> bool:
    if f.cjk:
        return (f.chars >= 30 and f.ends_sentence) or f.chars >= 80
    if f.furniture or f.sitewide or f.linked or f.words < 6:
        return False  # the words of a link's path are no sentence
    if f.ends_sentence:
        # function words mark prose in the languages the list knows; in any
        # language, a long sentence of mostly lower-case words is prose too
        return f.stop_ratio >= 0.12 or f.words >= 25 or (f.words >= _LOWER_SENTENCE_WORDS and f.title_ratio <= 0.25)
    return f.words >= 18 and f.stop_ratio >= 0.2


# Content words are compared by their first letters, a crude stem that lets
# `sitcom` meet `sitcoms` and `protest` meet `protesters` in any language.
STEM_CHARS = 6


# Words of three letters or more (no digits), in any script.
_LETTER_WORD = regex.compile(r"[^\W\d_]{3,}")
_ASCII_LETTER_WORD = re.compile(r"[a-z]{3,}")
_STOP_STEMS = frozenset(w[:STEM_CHARS] for w in STOPWORDS)


# A line of code or of a drawn table: braces, box-drawing characters, a
# snake_case name, a call (`avg(n)`), a cast (`::`), a `-- ` comment, or a
# trailing comma, semicolon or open bracket (the line goes on).
_SNAKE_CASE = regex.compile(r"\w_\w")
_CALL = regex.compile(r"[A-Za-z_]\w*\(\w*[,)]")  # a name, not a date's weekday (`7/14(水)`)
_BOX_DRAWING = regex.compile(r"\p{Block=Box_Drawing}")
_CODE_ENDS = (",", ";", "(", "[")
# A template's placeholder left unfilled in the page (`{{hitsCtrl.values.hits}}`).
_PLACEHOLDER = regex.compile(r"\{\{[^{}]{0,80}\}\}")


def code_or_table(text: str) -> bool:
    """A row of a drawn table or a line of code: no title and no header line,
    whatever its words. (Plain string tests first: most lines have none of
    the characters, and the patterns run only where one stands.)"""
    if "{{" in text:
        text = _PLACEHOLDER.sub("", text)  # a page template's unfilled placeholder is no code
    if "{" in text or "}" in text or "::" in text or text.startswith("-- ") or text.endswith(_CODE_ENDS):
        return True
    if "_" in text and _SNAKE_CASE.search(text):
        return True
    if "(" in text and _CALL.search(text):
        return True
    return not text.isascii() and _BOX_DRAWING.search(text) is not None


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """The stems of a line's content words (not function words, three letters or
    more), case-folded; for CJK text, its character pairs."""
    folded = text.casefold()
    if folded.isascii():
        return frozenset({w[:STEM_CHARS] for w in _ASCII_LETTER_WORD.findall(folded)} - _STOP_STEMS)
    if _CJK.search(text):
        chars = [c for c in text if _CJK.match(c)]
        return frozenset(a + b for a, b in pairwise(chars))
    return frozenset({w[:STEM_CHARS] for w in _LETTER_WORD.findall(folded)} - _STOP_STEMS)


def furniture_key(text: str) -> str:
    """The form furniture lines are compared in: case-folded, outer punctuation trimmed."""
    return text.casefold().strip(FURNITURE_PUNCT)


# Counters pages print beside a title: `12 comments`, `New, 6 comments`, `3.4K shares`.
_COUNTER = regex.compile(
    r"(?i)^(?:new,\s*)?[\d.,]+[km]?\s+(?:comments?|shares?|views?|replies|responses|reads?|likes?)$"
    r"|^(?:comments?|shares?|replies|reposts?|likes?)\s*\(?\d+\)?$"  # `Comments (4)`, `Repost 0`
)


# Furniture lines are short: the longest is a copyright or a breadcrumb trail.
MAX_FURNITURE_CHARS = 120
# A breadcrumb trail: `Home » News »`, `Home > Sport > Tennis`.
_BREADCRUMB = regex.compile(r"^(?:[^»›>]{1,30}\s*[»›>]\s*){1,}[^»›>]{0,40}$")


def is_furniture(text: str) -> bool:
    if len(text) > MAX_FURNITURE_CHARS:
        return False
    key = furniture_key(text)
    if key in FURNITURE_LINES or _COUNTER.match(key):
        return True
    if ("»" in text or "›" in text or " > " in text) and _BREADCRUMB.match(text):
        return True
    return text.casefold().startswith(FURNITURE_PREFIXES)


def measure(text: str) -> Features:
    """Measure one line (already normalised, non-blank)."""
    ascii_only = text.isascii()
    pattern = _ASCII_WORD if ascii_only else _WORD
    if len(text) <= _LONG_LINE:
        words = pattern.findall(text)
        n = len(words)
        stop = sum(1 for w in words if w.casefold() in STOPWORDS)
        titled = sum(1 for w in words if w[0].isupper())
    else:  # a huge line: count as we go rather than hold every word at once
        n = stop = titled = 0
        for m in pattern.finditer(text):
            w = m.group()
            n += 1
            stop += w.casefold() in STOPWORDS
            titled += w[0].isupper()
    counted = n
    cjk = False
    if not ascii_only:
        cjk_chars = sum(1 for _ in _CJK.finditer(text)) if len(text) > _LONG_LINE else len(_CJK.findall(text))
        cjk = cjk_chars * 2 > len(text) - text.count(" ")
        if cjk:
            n = max(n, cjk_chars // 2)
    upper = text.isupper()  # some cased letter, and none in lower case
    stripped = text.rstrip(CLOSERS)
    return Features(
        chars=len(text),
        words=n,
        stop_ratio=stop / counted if counted else 0.0,
        title_ratio=titled / counted if counted else 0.0,
        upper=upper,
        ends_sentence=stripped.endswith(_SENTENCE_MARKS),
        ends_period=stripped.endswith(".") and not stripped.endswith("..."),
        urlish=(urlish := bool(_URL_HINT.search(text)) and bool(_URLISH.search(text))),
        cjk=cjk,
        furniture=is_furniture(text),
        sitewide=is_sitewide(text, n),
        list_heading=is_list_heading(text),
        linked=urlish and _linked(text),
    )


# A link written out in full: its words are a path, not a sentence.
_LINK = regex.compile(r"(?:https?://|www\.)\S+", regex.I)


def _linked(text: str) -> bool:
    """Whether links take more than half of the line's characters."""
    return 2 * sum(len(m.group()) for m in _LINK.finditer(text)) > len(text)


def is_sitewide(text: str, words: int) -> bool:
    """Cookie, legal, newsletter or account text, or a line about the writer
    (`Jane Doe is a reporter for ...`). A long paragraph mentioning one such
    phrase (`... sign up for regulations ...`) is article prose; it takes two
    phrases, or one and a notice's own words in another language (`votre
    consentement`), to make it a notice."""
    if words <= MAX_SITEWIDE_WORDS and _WRITER_BIO.match(text):
        return True
    folded = text.casefold()
    found = _SITEWIDE.findall(folded)
    if not found:
        return False
    if words <= MAX_SITEWIDE_WORDS or len(set(found)) >= 2:
        return True
    return _CONSENT.search(folded) is not None


_LIST_HEADING_SET = frozenset(LIST_HEADINGS)
_LIST_HEADING_STARTS = tuple(h + " " for h in LIST_HEADINGS)


# The head of a page's comments: `Comments`, `12 Comments`, `Comments (3)`,
# `Leave a Reply`, `Join the discussion`.
_COMMENTS_HEADING = regex.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments)(?:\s*\(\d+\))?"
    r"|(?:leave|post|add) a (?:reply|comment)|join the (?:discussion|conversation)$"
)


def is_comments_heading(text: str) -> bool:
    """The heading of the comments under an article."""
    return len(text) <= 40 and _COMMENTS_HEADING.fullmatch(furniture_key(text)) is not None


_PAYWALL = regex.compile("|".join(f"(?:{p})" for p in PAYWALL_NOTICES))
# A notice is a sentence or two, not a paragraph that quotes one.
MAX_NOTICE_CHARS = 200


def is_paywall_notice(text: str) -> bool:
    """A notice where a paywall or an archive cut the story (`The article you
    requested has been archived`)."""
    return len(text) <= MAX_NOTICE_CHARS and _PAYWALL.search(text.casefold().replace("’", "'")) is not None


def is_author_heading(text: str) -> bool:
    """The heading of an author box (`About the author`, `Sobre Ana Ribeiro`):
    what follows it is about the writer, not the story."""
    if len(text) > 60:
        return False
    return furniture_key(text) in AUTHOR_HEADINGS or bool(_ABOUT_SOMEONE.match(text))


def is_list_heading(text: str) -> bool:
    if len(text) > 60:
        return False
    key = furniture_key(text)
    if key in _LIST_HEADING_SET or key.startswith(_LIST_HEADING_STARTS):
        return True
    return bool(_ABOUT_SOMEONE.match(text))
