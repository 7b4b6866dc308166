"""Dateline evidence: the place/agency/date prefix of a story's first paragraph.

Styles: `ISLAMABAD:`, `WASHINGTON (AP) —`, `LONDON, Dec 21 (Reuters) -`,
`BEIRUT, Lebanon, June 2 (UPI) —`, `PARIS (AFP) -`, `Washington, DC, United
States:`, `Hong Kong (CNN Business)` glued to the first word, `(CNN)` alone,
`Elgin, Ill. —` and `Tucson —` in title case before a dash (any dash after an
abbreviated state: `Celaya, Gto.-`), `Washington CNN —` (the outlet's brackets
lost), `MARINA DI CASTELVECCHIO.`, an outlet's domain after the place
(`JAKARTA, KOMPAS.com -`), a press wire's
(`DENVER, Feb. 6, 2024 /PRNewswire/ --`, `DENVER--(BUSINESS WIRE)--`), other
scripts' forms (`शिवगढ़:`, `أبوظبي في 4 يناير/ وام/`, `【鹿ノ沢】`,
`МОСКВА, 15 ноября. /ТАСС/.`), a German paper's `Kehlbach.`, and a first paragraph that is nothing but a
place in capitals (`BAAR, SWITZERLAND`). A column's or a kicker's label
(`POLL:`, `ASK AMY:`) is no place.
"""

from __future__ import annotations

import regex

from ..model import Dateline
from ..vocab.agencies import AGENCIES, NOT_CJK_PLACES, NOT_LONE_PLACES, NOT_PLACES
from ..vocab.roles import OUTLET_WORDS
from ..vocab.stopwords import STOPWORDS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_UPPER_PLACE = r"\p{Lu}[\p{Lu}\p{M}.'’\-]+(?:\s+\p{Lu}[\p{Lu}\p{M}.'’\-]*)*"
_TITLE_WORD = r"\p{Lu}[\p{L}\p{M}.'’\-]*"
# Lower-case words inside places' names: `Santa Rosa de Ocampo`, `Castellón de la Plana`.
_PLACE_PARTICLES = r"(?:de|da|do|dos|das|del|de\s+la|di|la|le|les|sur|am|an|im|upon|on|en)"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s+(?:{_PLACE_PARTICLES}\s+)?{_TITLE_WORD}){{0,2}}"
# A place in capitals, then up to two regions (`BEIRUT, Lebanon`, `NEW YORK, NY`).
_PLACES = rf"{_UPPER_PLACE}(?:,\s*{_TITLE_PLACE}){{0,2}}"
# A date in the dateline: `Dec 21`, `Dec. 21, 2024`, and day first in any language (`28 nov 2026`).
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+\p{{L}}{{3,10}}\.?(?:\s+\d{{4}})?)"
_AGENCY = r"\((?P<agency>[^()\n]{1,40})\)"
# (Spanish wires put a full stop before the dash: `Madrid, 4 abr (EFE).-`)
_SEP = r"(?:(?<=\))\.)?\s*(?P<sep>--|[-–—:])\s*"

# Title-case place[, State] and a dash with spaces: `Elgin, Ill. —`, `Portland, OR —`, `Tucson —`
_TITLE_CASE_PLACE = regex.compile(
    rf"^(?P<place>{_TITLE_PLACE}(?:,\s*(?:{_TITLE_PLACE}|\p{{Lu}}{{2}}))?)\s+(?P<sep>--|[–—])\s+(?=\S)"
)

# A place in a script without capitals, then a colon, as Indian-language papers
# write it (`शिवगढ़:`); Arabic agencies' form, place, `في` and the date, the
# agency between slashes (`أبوظبي في 4 يناير/ وام/`); a Japanese paper's place in
# lenticular brackets (`【鹿ノ沢】`), not its labels (`【速報】`).
_INDIC_WORD = r"[\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}]+"
_INDIC_PLACE = regex.compile(rf"^(?P<place>{_INDIC_WORD}(?:\s+{_INDIC_WORD}){{0,2}})\s*(?P<sep>:)\s+(?=\S)")
_ARABIC_AGENCY_PLACE = regex.compile(
    r"^(?P<place>\p{Arabic}+(?:\s+\p{Arabic}+)?)\s+في\s+(?P<date>\d{1,2}\s+\p{Arabic}+)\s*/\s*"
    r"(?P<agency>[^/\n]{1,40}?)\s*/\s*(?=\S)"
)
# A Chinese wire's or paper's dateline: the agency, the place, the day and `电`
# (`新华社南昌4月16日电`, `本报北京3月3日讯`).
_CJK_WIRE_PLACE = regex.compile(
    r"^(?P<agency>新华社|新華社|中新社|中新网|中新網|本报|本報)(?P<place>\p{Han}{2,8}?)"
    r"(?P<date>\d{1,2}月\d{1,2}日)(?:电|電|讯|訊)\s*(?=\S)"
)
# A Baltic wire's: `RĪGA, 3. marts. LETA.` (the day, a full stop, the month).
_DOTTED_DAY_WIRE = regex.compile(
    rf"^(?P<place>{_UPPER_PLACE}),\s*(?P<date>\d{{1,2}}\.\s*\p{{Ll}}{{3,12}})\.\s*(?P<agency>\p{{Lu}}{{2,8}})(?P<sep>\.)\s+(?=\S)"
)
# A German paper's title-case place and a full stop (`Kehlbach. Seit Dienstag ...`,
# `Bad Wendelstal. Die ...`): taken only before a sentence holding German
# function words (see `match`), as an English paragraph may open `Boom. The ...`.
_TITLE_PLACE_STOP = regex.compile(
    r"^(?P<place>(?:Bad\s+|Sankt\s+|St\.\s+)?\p{Lu}\p{Ll}{2,}(?:[-/]\p{Lu}?\p{Ll}+)?)(?P<sep>\.)\s+(?=\p{Lu})"
)
_GERMAN_WORD = regex.compile(r"\b(?:der|die|das|und|ist|sich|nicht|mit|auf|für|von|den|dem|eine?|wird|wurde|seit)\b")
# How many German function words the first sentences after the place must hold.
MIN_GERMAN_WORDS = 3
_BRACKETED_CJK_PLACE = regex.compile(r"^【(?P<place>[^】\s\d]{1,12})】\s*(?=\S)")
# A place in capitals and a full stop (`MARINA DI CASTELVECCHIO. Dove ...`): only
# capitals of two letters or more, so no abbreviation (`U.S. officials`) is one.
_UPPER_PLACE_STOP = regex.compile(r"^(?P<place>\p{Lu}{2,}(?:[\s'’\-]+\p{Lu}{2,})*)(?P<sep>\.)\s+(?=\p{Lu})")

# Title-case place, then an outlet in capitals where the scrape lost its brackets:
# `Washington CNN —` (the place's words are not in capitals: `Washington DC —` is a place)
_CASED_WORD = r"\p{Lu}\p{Ll}[\p{L}\p{M}.'’\-]*"
_PLACE_THEN_OUTLET = regex.compile(
    rf"^(?P<place>{_CASED_WORD}(?:\s+(?:{_PLACE_PARTICLES}\s+)?{_CASED_WORD}){{0,2}})\s+"
    r"(?P<agency>\p{Lu}{3,5})\s+(?P<sep>--|[–—])\s+(?=\S)"
)

# (a title-case place alone before a colon is more often a name or a series:
# `Benjamin:`, `Star Wars Jedi:`; only a list of places is taken)
_TITLE_PLACE_COLON = regex.compile(rf"^(?P<place>{_TITLE_PLACE}(?:,\s*{_TITLE_PLACE}){{1,3}}):\s+(?=\S)")
# a place in brackets opening the paragraph (`(Saint-Aurèle-des-Monts) Le conseil
# ...`), not an outlet's name (`(CNN)`, `(Fox News)`)
_BRACKETED_PLACE = regex.compile(rf"^\((?P<place>{_TITLE_PLACE})\)\s+(?=\p{{Lu}})")
# Patterns whose place may be one title-case word: it must look like a name, not a label.
_LONE_TITLE_WORD = (_TITLE_CASE_PLACE, _BRACKETED_PLACE, _TITLE_PLACE_STOP)

# ordered: strict forms first
_PATTERNS = (
    # PLACE[, Region][, Date] (Agency) —
    regex.compile(rf"^(?P<place>{_PLACES})(?:,\s*(?P<date>{_DATE}))?\s*{_AGENCY}(?:{_SEP}|(?=\p{{Lu}}))"),
    # PLACE[, Region] (Date) —: `ASHGROVE, Mo. (May 13, 2024) —`
    regex.compile(rf"^(?P<place>{_PLACES})\s*\((?P<date>{_DATE})\){_SEP}(?=\S)"),
    # Title Place[, Region], Date (Agency) — or /Agency/ —: `Kumasi, Nov 28 (GNA) –`,
    # `Vadu Someșului, 22 mai /Agerpres/ -`
    regex.compile(
        rf"^(?P<place>{_TITLE_PLACE}(?:,\s*{_TITLE_PLACE})?),\s*(?P<date>{_DATE})\s*"
        rf"(?:{_AGENCY}|/(?P<agency>[^/\n]{{1,40}})/){_SEP}(?=\S)"
    ),
    # a press wire's: PLACE[, Region], Date /Wire/ -- (or a full stop: `МОСКВА, 15 ноября. /ТАСС/.`)
    # and PLACE--(WIRE)--
    regex.compile(
        rf"^(?P<place>{_PLACES}),\s*(?P<date>{_DATE})\s*/(?P<agency>[^/\n]{{1,40}})/(?:{_SEP}|(?P<sep>\.)\s*)(?=\S)"
    ),
    regex.compile(rf"^(?P<place>{_PLACES})\s*--\s*{_AGENCY}\s*(?P<sep>--)\s*(?=\S)"),
    # an outlet's domain, PLACE — (`KABARLEMBAH.COM, KARANGSARI -`)
    regex.compile(
        rf"^(?P<agency>[\p{{L}}\d\-]+\.(?i:com|net|org|co\.id|co|id)),\s*(?P<place>{_UPPER_PLACE}){_SEP}(?=\S)"
    ),
    # PLACE, an outlet's domain — (`JAKARTA, KOMPAS.com -`)
    regex.compile(
        rf"^(?P<place>{_UPPER_PLACE}),\s*(?P<agency>[\p{{L}}\d\-]+\.(?:com|net|org|co\.id|co|id)){_SEP}(?=\S)"
    ),
    # PLACE[, Region][, Date] — / :
    regex.compile(rf"^(?P<place>{_PLACES})(?:,\s*(?P<date>{_DATE}))?{_SEP}(?=\S)"),
    # Title Place (Agency) glued or separated: `Hong Kong (CNN Business)A muddled`
    regex.compile(rf"^(?P<place>{_TITLE_PLACE})\s*{_AGENCY}(?:{_SEP})?(?=\S)"),
    # Title-case place list then a colon: `Washington, DC, United States:`
    _TITLE_PLACE_COLON,
    _BRACKETED_PLACE,
    # (Agency) alone
    regex.compile(rf"^{_AGENCY}(?:{_SEP}|\s*)(?=\S)"),
    _PLACE_THEN_OUTLET,
    _TITLE_CASE_PLACE,
    _INDIC_PLACE,
    _ARABIC_AGENCY_PLACE,
    _BRACKETED_CJK_PLACE,
    _CJK_WIRE_PLACE,
    _DOTTED_DAY_WIRE,
    _UPPER_PLACE_STOP,
    _TITLE_PLACE_STOP,
    # Title-case place, an abbreviated state and any dash: `Celaya, Gto.-`, `Elgin, Ill. -`
    regex.compile(rf"^(?P<place>{_TITLE_PLACE},\s*\p{{Lu}}\p{{Ll}}{{1,4}}\.)\s*(?P<sep>--|[-–—])\s*(?=\S)"),
    # Agency-like token then a dash: `NewsDesk.Net -`
    # (the token is taken whole, possessively: a long run of dots must not backtrack)
    regex.compile(r"^(?P<agency>(?=\S+\.\S)\S++|\p{Lu}{2,})\s+(?P<sep>--|[-–—])\s+(?=\S)"),
)
_WHOLE_PLACE = regex.compile(rf"^{_UPPER_PLACE}(?:,\s*{_UPPER_PLACE}){{0,2}}$")

# An abbreviated region (`Ill.`, `Gto.`, `Calif.`) is at most this long, its full stop included.
MAX_ABBREVIATION_CHARS = 6
# A title-case place alone is a word of at least this many letters.
MIN_LONE_PLACE_CHARS = 4


def _place_ok(place: str | None, pattern: regex.Pattern[str]) -> bool:
    """Not a column's or a kicker's label (`POLL:`, `ASK AMY:`), and a lone
    title-case place is no function word (`But —`)."""
    if place is None:
        return True
    words = place.split()
    if words[0].casefold().strip(".,") in NOT_PLACES:
        return False
    if len(words) == 1 and words[0].casefold().strip(".,") in NOT_LONE_PLACES:
        return False  # `NEW: ...` in a list of highlights
    if pattern is _BRACKETED_CJK_PLACE and place in NOT_CJK_PLACES:
        return False
    if pattern is _UPPER_PLACE_STOP and len(place.replace(" ", "")) < MIN_LONE_PLACE_CHARS:
        return False
    if pattern is _BRACKETED_PLACE and (
        place.isupper() or place.casefold() in AGENCIES or words[-1].casefold() in OUTLET_WORDS
    ):
        return False
    if pattern in _LONE_TITLE_WORD and len(words) == 1:
        word = words[0].rstrip(",.")
        return len(word) >= MIN_LONE_PLACE_CHARS and word.casefold() not in STOPWORDS
    return True


def _agency_ok(agency: str | None) -> bool:
    return agency is None or (len(agency.split()) <= 4 and not any(c.isdigit() for c in agency))


def match(text: str) -> tuple[Dateline, str] | None:
    """(Dateline, rest of the paragraph), or None."""
    for pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        agency = groups.get("agency")
        place = groups.get("place")
        if not _agency_ok(agency) or not _place_ok(place, pattern):
            continue
        if place is None and agency is not None and pattern is _PATTERNS[-1]:  # noqa: SIM102
            # a bare `WORD -` prefix is a dateline only for a known agency or a domain
            if agency.casefold() not in AGENCIES and "." not in agency:
                continue
        dateline_text = text[: m.end()].strip()
        rest = text[m.end() :].lstrip()
        if not rest:
            continue
        if pattern is _TITLE_PLACE_STOP and len(set(_GERMAN_WORD.findall(rest[:300]))) < MIN_GERMAN_WORDS:
            continue
        place = place.strip().rstrip("-–—").rstrip() if place else None  # `DENVER--(BUSINESS WIRE)--`
        if place and place.endswith(".") and len(place.split()[-1]) > MAX_ABBREVIATION_CHARS:
            place = place[:-1]  # `PALMAVERDE, Texas.-`: a full stop before the dash, not an abbreviation's
        return Dateline(dateline_text, place, agency, groups.get("date")), rest
    return None


def is_place_line(text: str) -> bool:
    """A paragraph that is nothing but a place in capitals (`BAAR, SWITZERLAND`)."""
    words = text.split()
    return bool(_WHOLE_PLACE.match(text)) and len(words) <= 5 and words[0].casefold() not in NOT_PLACES
