"""Line features: the measurements every rule reads.

Computed once per line. They are deliberately simple and language-light
(length, punctuation, capitalisation, function-word density, link-likeness) so
that they carry over to outlets and languages the rules were not written for.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .vocab.furniture import FURNITURE_LINES, FURNITURE_PREFIXES
from .vocab.sitewide import ABOUT_LEADS, LIST_HEADINGS, SITEWIDE_PHRASES
from .vocab.stopwords import STOPWORDS

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A bare domain is a run of non-space holding a word character before `.com/`;
# the match starts only at the run's start so the search stays linear in the line.
_URLISH = regex.compile(
    r"(?:https?://|www\.|(?<!\S)[^\s\w]*\w\S*?\.(?:com|org|net|co|io)/|pic\.twitter\.com|@\w{2,})", regex.I
)
_SITEWIDE = regex.compile(
    "|".join(
        (r"(?<!\w)" if p[0].isalnum() else "") + regex.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "")
        for p in SITEWIDE_PHRASES
    ),
    regex.IGNORECASE,
)
# Longer lines need two site-wide phrases to count as a notice.
MAX_SITEWIDE_WORDS = 35
_SITEWIDE_FOLDED = tuple(p.casefold() for p in SITEWIDE_PHRASES)
# An author box heading: a lead then a capitalised name (`About Jane Doe`).
_ABOUT_SOMEONE = regex.compile(
    r"(?i:" + "|".join(regex.escape(a) for a in ABOUT_LEADS) + r")\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$"
)
# Sentence-final punctuation, after any closing quotes or brackets.
_SENTENCE_END = regex.compile(r"[.!?…。！？:;]['\"’”»)\]]*$")
# A substring every _URLISH match holds: a cheap test that spares most lines the full one.
_URL_HINT = regex.compile(r"\.(?:com|org|net|co|io)/|https?://|www\.|pic\.twitter\.com|@\w{2,}", regex.I)
_CLOSERS = "'\"’”»)]"
# Characters that can end a headline but not usually a body sentence.
FURNITURE_PUNCT = " .:!|>»›·•-–—"


@dataclass(frozen=True, slots=True)
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

    @property
    def prose(self) -> bool:
        """Running prose: a sentence or more of text with function words."""
        if self.cjk:
            return (self.chars >= 30 and self.ends_sentence) or self.chars >= 80
        if self.furniture or self.sitewide or self.words < 6:
            return False
        if self.ends_sentence:
            return self.stop_ratio >= 0.12 or self.words >= 25
        return self.words >= 18 and self.stop_ratio >= 0.2

    @property
    def weight(self) -> int:
        """How much text the line holds, in words (CJK: characters / 2)."""
        return self.words


def furniture_key(text: str) -> str:
    """The form furniture lines are compared in: case-folded, outer punctuation trimmed."""
    return text.casefold().strip(FURNITURE_PUNCT)


# Counters pages print beside a title: `12 comments`, `New, 6 comments`, `3.4K shares`.
_COUNTER = regex.compile(
    r"(?i)^(?:new,\s*)?[\d.,]+[km]?\s+(?:comments?|shares?|views?|replies|responses|reads?|likes?)$"
)


# A breadcrumb trail: `Home » News »`, `Home > Sport > Tennis`.
_BREADCRUMB = regex.compile(r"^(?:[^»›>]{1,30}\s*[»›>]\s*){1,}[^»›>]{0,40}$")


def is_furniture(text: str) -> bool:
    key = furniture_key(text)
    if key in FURNITURE_LINES or _COUNTER.match(key):
        return True
    if len(text) <= 120 and ("»" in text or "›" in text or " > " in text) and _BREADCRUMB.match(text):
        return True
    if len(text) <= 120:
        folded = text.casefold()
        return any(folded.startswith(p) for p in FURNITURE_PREFIXES)
    return False


def measure(text: str) -> Features:
    """Measure one line (already normalised, non-blank)."""
    words = _WORD.findall(text)
    n = len(words)
    cjk_chars = len(_CJK.findall(text))
    cjk = cjk_chars * 2 > len(text.replace(" ", ""))
    if cjk:
        n = max(n, cjk_chars // 2)
    lowered = [w.casefold() for w in words]
    stop = sum(1 for w in lowered if w in STOPWORDS)
    titled = sum(1 for w in words if w[0].isupper())
    if text.isascii():  # the common case, where str.isupper() means exactly this
        upper = text.isupper()
    else:
        letters = [c for c in text if c.isalpha()]
        upper = any(c.isupper() for c in letters) and not any(c.islower() for c in letters)
    stripped = text.rstrip(_CLOSERS)
    return Features(
        chars=len(text),
        words=n,
        stop_ratio=stop / len(words) if words else 0.0,
        title_ratio=titled / len(words) if words else 0.0,
        upper=upper,
        ends_sentence=bool(_SENTENCE_END.search(text)),
        ends_period=stripped.endswith(".") and not stripped.endswith("..."),
        urlish=bool(_URL_HINT.search(text)) and bool(_URLISH.search(text)),
        cjk=cjk,
        furniture=is_furniture(text),
        sitewide=is_sitewide(text, n),
        list_heading=is_list_heading(text),
    )


def is_sitewide(text: str, words: int) -> bool:
    """Cookie, legal, newsletter or account text. A long paragraph mentioning
    one such phrase (`... sign up for regulations ...`) is article prose; it
    takes two phrases to make it a notice."""
    # The phrase pattern is slow (a long case-insensitive alternation tried at every
    # position): every match holds a phrase as a case-folded substring, so most lines
    # are answered by plain substring tests first.
    folded = text.casefold()
    if not any(phrase in folded for phrase in _SITEWIDE_FOLDED):
        return False
    found = _SITEWIDE.findall(text, overlapped=False)
    if not found:
        return False
    return words <= MAX_SITEWIDE_WORDS or len({f.casefold() for f in found}) >= 2


def is_list_heading(text: str) -> bool:
    if len(text) > 60:
        return False
    key = furniture_key(text)
    if any(key == h or key.startswith(h + " ") for h in LIST_HEADINGS):
        return True
    return bool(_ABOUT_SOMEONE.match(text))
