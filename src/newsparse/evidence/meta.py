"""Metadata evidence: how a line agrees with what an HTML page says about itself
(`htmltext.PageMeta`: its title, times and authors).

The metadata never decides alone: each answer here is one feature of a scored
decision (`meta_title`, `meta_author`, `meta_time`), weighed like every other,
and `--explain` names it when it weighed. A page's `<title>` usually carries the
site's name too (`Headline | Site`), so a title is compared piece by piece.
"""

from __future__ import annotations

import regex

from ..htmltext import PageMeta
from .features import content_words

# `Headline | Site`, `Headline - Site`, `Site: Headline`.
_TITLE_SEPARATOR = regex.compile(r"\s+[|–—-]\s+|\s*[|•»:]\s+")


def _titles(meta: PageMeta) -> list[str]:
    found = [t for t in (meta.og_title, meta.title) if t]
    pieces = [p for t in found for p in _TITLE_SEPARATOR.split(t) if p]
    return [*found, *pieces]


def title_agreement(meta: PageMeta | None, text: str) -> float:
    """How much line `text` is the page's title (0 to 1): the share of words in
    common with the og:title, the `<title>` or a piece of it, whichever agrees most."""
    if meta is None:
        return 0.0
    own = content_words(text)
    if not own:
        return 0.0
    best = 0.0
    for title in _titles(meta):
        theirs = content_words(title)
        if theirs:
            best = max(best, len(own & theirs) / len(own | theirs))
    return best


def names_agree(meta: PageMeta | None, names: list[str]) -> bool:
    """One of `names` is an author the page's metadata names."""
    if meta is None or not meta.authors or not names:
        return False
    wanted = {" ".join(a.casefold().split()) for a in meta.authors}
    return any(" ".join(n.casefold().split()) in wanted for n in names)


def day_agrees(written: str | None, iso: str | None) -> bool:
    """A metadata time (ISO 8601, as the page writes it) and a reading fall on the same day."""
    return bool(written and iso and len(iso) >= 10 and written.strip()[:10] == iso[:10])
