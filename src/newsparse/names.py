"""Name mentions: the people and organisations an article names, found from its
own capitalised words, so a speaker can be given the fullest name the article
uses (`Ambassador Akram` and `Akram` are `Munir Akram`; `PM Okafor` is
`Chidi Okafor`).

A mention is a run of capitalised words (with initials and name particles such
as `bin` or `van`); leading titles are dropped, a possessive (`Pakistan’s`) ends
it. Whether a name is a person's is judged from the article: a title or a
person-noun in front (`spokesperson Rui Matos`), a reporting verb after
(`Reyes said`), or an appositive (`Jane Roe, a lawyer,`).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter

from .sentences import Token
from .vocab.agencies import AGENCIES
from .vocab.given_names import GIVEN_NAMES
from .vocab.reporting_verbs import ACCORDING_WORDS, VERB_BY_FORM
from .vocab.speakers import (
    ARTICLES_ELSEWHERE,
    CALENDAR_NAMES,
    COMPANY_SUFFIXES,
    ENGLISH_FUNCTION_WORDS,
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    POST_NOMINALS,
    ROYAL_STYLES,
    TITLES,
)
from .vocab.timezones import ZONES_BY_ABBR

# Words between a name and its reporting verb (`Akram also said`, `Dorsey has since said`).
SKIPPABLE = frozenset(
    """
    also later then further previously has had have was is would will could may might did does
    reportedly since once again earlier recently repeatedly publicly privately separately
    still often first last just never not yet instead even now already
    """.split()
) | {q + tail for q in "'’" for tail in ("d", "s", "ll", "re", "ve")}  # `he’d said`: see `sentences._TOKEN`


_IS_NAME = attrgetter("is_name")


def skippable(token: Token) -> bool:
    """Between a subject and its verb: `also`, `has since`, any `-ly` adverb."""
    word = token.text
    return token.lower in SKIPPABLE or (word.endswith("ly") and word.islower() and len(word) > 4)


NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def surname(words: Sequence[str]) -> str:
    """The word a name is looked up by: its last, before `Jr.` or `III`."""
    folded = [w.casefold() for w in words]
    while len(folded) > 1 and folded[-1] in NAME_SUFFIXES:
        folded.pop()
    return folded[-1]


_POSSESSIVE_TAILS = ("’s", "'s", "’", "'")


def _possessive(word: str) -> bool:
    return word.endswith(_POSSESSIVE_TAILS) and len(word) > 2


def strip_possessive(word: str) -> str:
    for tail in _POSSESSIVE_TAILS:
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


def is_name_word(token: Token) -> bool:
    """A word that can be part of a name: capitalised, an initial, or `U.S.`;
    not a function word or a number (`Fifty-one percent`)."""
    return token.is_name


def continues_name(tokens: Sequence[Token], k: int) -> bool:
    """A calendar word that goes on the name before it (`Theresa May said`,
    `Koh Jun Lin`), not a date (`Smith May 3`)."""
    token = tokens[k]
    return (
        token.is_capitalised
        and token.lower in CALENDAR_NAMES
        and k > 0
        and tokens[k - 1].is_name
        and not (k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit())
    )


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(slots=True)  # not frozen, so cheaper to make; never changed once made
class Mention:
    """One naming of someone or something. `words` is the name without titles;
    `text` is the run as written."""

    words: tuple[str, ...]
    text: str
    at: int  # article-wide token order, for "nearest before"
    sentence: int  # article-wide sentence number
    titled: bool  # a title, person-noun or appositive says it is a person
    organisation: bool
    role: str | None  # the title or person-noun beside it (`spokesperson`)
    honorific: bool  # a capitalised title before it (`Mr.`, `President`, `CEO`)
    speaks: bool  # a reporting verb follows (`Reyes said`)
    employer: bool  # in an appositive after `at`/`of` (`Jane Roe, an analyst at Acme,`)
    key: str  # `surname(words)`, the word it is looked up by


def split_title(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """(titles, name): `Ambassador Munir Akram` gives (`Ambassador`, `Munir Akram`).
    Everything up to the last title-or-organisation word goes, so `Strategic
    Communication Jon Reyes` gives `Jon Reyes`; a run that is all titles is kept.
    Letters for an office or honour after a full name go too (`Jane Roe MP`)."""
    cut = 0
    for k, word in enumerate(words[:-1]):
        w = word.casefold().rstrip(".")
        if (w in TITLES or w + "." in TITLES or w in ORGANISATION_WORDS or w in PERSON_NOUNS) and w not in ROYAL_STYLES:
            cut = k + 1
    end = len(words)
    while end - cut > 2 and words[end - 1].casefold().rstrip(".") in POST_NOMINALS:
        end -= 1  # `Graham Sutherland MSP`
    return list(words[:cut]), list(words[cut:end])


_TITLE_JOINS = frozenset("of for and on & to".split())


def inside_title(tokens: Sequence[Token], a: int) -> bool:
    """Does the capitalised run at tokens[a] go on a title begun before it
    (`Secretary of State ...`, `Coordinator for Strategic Communication ...`)?"""
    return a >= 2 and tokens[a - 1].lower in _TITLE_JOINS and is_name_word(tokens[a - 2])


def title_word_before_name(tokens: Sequence[Token], a: int, b: int) -> int:
    """1 when the run tokens[a:b] goes on a title and its first word ends the
    title, not the name: the name opens at a given name (`Dean of Engineering
    Patricia Oyelaran`), else 0."""
    if b - a < 3 or not inside_title(tokens, a):
        return 0
    return int(tokens[a].lower not in GIVEN_NAMES and tokens[a + 1].lower in GIVEN_NAMES)


def _is_title(word: str) -> bool:
    w = word.casefold()
    return w in TITLES or w.rstrip(".") in TITLES or w in PERSON_NOUNS


def is_organisation(words: Sequence[str]) -> bool:
    folded = [w.casefold() for w in words]
    if folded and folded[-1] in ORGANISATION_WORDS:
        return True
    if " ".join(folded) in AGENCIES:
        return True
    return len(words) == 1 and is_acronym(words[0])


def runs(tokens: Sequence[Token], first: int, stop: int, wide: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Runs of name words in tokens[first:stop], as [a, b) ranges. A particle
    (`bin`, `van`) joins two name words when at most one space parts it from the
    next (`wide` holds the tokens followed by more); a possessive ends a run."""
    out: list[tuple[int, int]] = []
    k = first
    for a in compress(range(first, stop), map(_IS_NAME, tokens[first:stop])):
        if a >= k:  # not inside the run before
            k = _run_end(tokens, a, stop, wide)
            out.append((a, k))
    return out


def _run_end(tokens: Sequence[Token], k: int, stop: int, wide: frozenset[int]) -> int:
    """Where the run of name words starting at tokens[k] ends."""
    while k < stop:
        token = tokens[k]
        if token.is_name or continues_name(tokens, k):
            k += 1
            if _possessive(token.text):
                break
            continue
        if token.lower in NAME_PARTICLES and k not in wide and _particle_joins(tokens, k, stop):
            k += 1
            continue
        break
    return k


def _particle_joins(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """Does the particle at tokens[k] join a name word after it, directly or
    through a second particle (`van der Merwe`, `von der Leyen`, `de la Cruz`)?"""
    if k + 1 < stop and tokens[k + 1].is_name:
        return True
    return k + 2 < stop and tokens[k + 1].lower in NAME_PARTICLES and tokens[k + 2].is_name


# Reporting verbs that say the words themselves, but for participles (`said`, not `saying`).
_SAYS = frozenset(w for w, verb in VERB_BY_FORM.items() if verb.speech and not w.endswith("ing"))


def _followed_by_verb(tokens: Sequence[Token], k: int, stop: int) -> bool:
    for j in range(k, min(stop, k + 3)):
        token = tokens[j]
        if token.lower in _SAYS:
            return True
        if not skippable(token):
            return False
    return False


# An aside set off by commas after a name is at most this many tokens long.
MAX_ASIDE_TOKENS = 15


def _verb_after_aside(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """`Gloria Ansah, who lives four blocks away, said` and `Paulo Vientes, an
    acoustician at the station, said`: a reporting verb after the aside that
    follows the name (tokens[k] is the comma opening it)."""
    if tokens[k].text != "," or k + 1 >= stop or tokens[k + 1].quote is not None:
        return False
    for j in range(k + 1, min(stop, k + 1 + MAX_ASIDE_TOKENS)):
        token = tokens[j]
        if token.quote is not None or token.text in ".;:":
            return False
        if token.text == ",":
            aside = tokens[k + 1 : j]
            if 2 <= len(aside) <= MAX_NAME_ASIDE and all(t.is_capitalised for t in aside):
                return False  # `leader in the Rajya Sabha, Meenakshi Rao, said`: the name in the aside speaks
            return _followed_by_verb(tokens, j + 1, stop)
    return False


_PLACE_PREPOSITIONS = frozenset("of in at from".split())
# A name set off by commas after a description is two to four capitalised words.
MAX_NAME_ASIDE = 4


def _named_in_aside(tokens: Sequence[Token], a: int, b: int, first: int, stop: int) -> bool:
    """The name tokens[a:b] is set off by commas and a reporting verb follows
    (`Leader of the House, Meenakshi Rao, said`): the name is who speaks."""
    return (
        a > first
        and tokens[a - 1].text == ","
        and b + 1 < stop
        and tokens[b].text == ","
        and (tokens[b + 1].lower in _SAYS)
    )


def _appositive_role(tokens: Sequence[Token], k: int, stop: int) -> str | None:
    """`Jane Roe, a lawyer,`, `Jane Roe, deputy administrator at NASA,` or `Jane
    Roe, 45,`: the role (or `age`), if any."""
    if k + 2 >= stop or tokens[k].text != ",":
        return None
    nxt = tokens[k + 1]
    if nxt.text.isdigit() and tokens[k + 2].text == ",":
        return "age"
    if nxt.quote is not None or not nxt.is_word:
        return None
    owner = _possessive(nxt.text) and nxt.is_capitalised  # `Jane Roe, Smith’s attorney,`
    if nxt.lower not in ("a", "an", "the") and not (nxt.text.islower() or nxt.lower in TITLES or owner):
        return None
    if nxt.lower in ENGLISH_FUNCTION_WORDS and nxt.lower not in ("a", "an", "the"):
        return None  # `Iceberg Passages, after the novelist Jo Walton`: no appositive
    for j in range(k + 1, min(stop, k + 7)):
        word = tokens[j].lower.removeprefix("co-")
        if word in PERSON_NOUNS or (word in TITLES and word not in ORGANISATION_WORDS):
            return word
        if word.endswith("-year-old"):
            return "age"  # `Jane Roe, a 61-year-old who ...,`
        if tokens[j].text in ",.;" or tokens[j].lower in VERB_BY_FORM:
            return None
    return None


def _clock_zone(tokens: Sequence[Token], a: int, first: int) -> bool:
    """A time-zone abbreviation written after a time (`1430 GMT`, `10 a.m. ET`)."""
    if tokens[a].text not in ZONES_BY_ABBR or a <= first:
        return False
    before = "".join(t.lower for t in tokens[max(first, a - 5) : a])
    return before[-1:].isdigit() or (before.endswith(("am", "pm", "a.m.", "p.m.")) and any(c.isdigit() for c in before))


# Words before an organisation that make it someone's workplace in an appositive.
_EMPLOYER_LEADS = frozenset("at of for with from".split())
# How far back from `at Acme` the appositive's comma may stand (`, a senior metals analyst at`).
_APPOSITIVE_REACH = 10


def _in_appositive(tokens: Sequence[Token], a: int, first: int) -> bool:
    """Is the name at tokens[a] the place someone works, inside an appositive
    describing them: `Helen Marsh, a metals analyst at Carrow Capital`?"""
    if a - 1 <= first or tokens[a - 1].lower not in _EMPLOYER_LEADS:
        return False
    for m in range(a - 2, max(first, a - 2 - _APPOSITIVE_REACH) - 1, -1):
        token = tokens[m]
        if token.text == ",":
            return m > first and is_name_word(tokens[m - 1])
        if token.quote is not None or token.lower in VERB_BY_FORM or token.text in ".;:":
            return False
    return False


@functools.lru_cache(maxsize=4096)
def _name_parts(words: tuple[str, ...]) -> tuple[bool, tuple[str, ...], str | None, bool, str] | None:
    """What a run's words say, whatever stands around them: (organisation, the
    name, the role its titles give, whether it has titles, its key); None for a
    post, not a name (`Council Coordinator`)."""
    if len(words) == 1:  # no titles in front: the name is the word
        word = words[0]
        if not word or _is_title(word):
            return None
        folded = word.casefold()
        return folded in ORGANISATION_WORDS or folded in AGENCIES or is_acronym(word), words, None, False, folded
    organisation = is_organisation(words)
    titles, name = ([], list(words)) if organisation else split_title(words)
    if not name or not name[-1] or all(_is_title(w) for w in name):
        return None
    if name[0].casefold() in ROYAL_STYLES and len(name) > 1:
        titles = [name[0]]  # `Prince Andrew` keeps its style but it says "person"
    titles = [w for w in titles if _is_title(w)]
    role = titles[-1].casefold() if titles else None
    return organisation, tuple(name), role, bool(titles), surname(name)


def paragraph_mentions(
    tokens: Sequence[Token], ranges: Sequence[tuple[int, int]], base: int, sentence: int, wide: frozenset[int]
) -> list[list[Mention]]:
    """Name mentions in each sentence tokens[first:stop] of a paragraph, `ranges`
    covering all its tokens in order, the first numbered `sentence`, in one pass
    over the paragraph's name words; `base` offsets `at`, `wide` as for `runs`."""
    out: list[list[Mention]] = [[] for _ in ranges]
    s = k = stop = 0
    first = 0
    for a in compress(count(), map(_IS_NAME, tokens)):
        if a < k:
            continue  # inside the run before
        while a >= stop:
            first, stop = ranges[s]
            s += 1
        k = _run_end(tokens, a, stop, wide)
        found = _mention(tokens, a, k, first, stop, base, sentence + s - 1)
        if found is not None:
            out[s - 1].append(found)
    return out


# Endings of adverbs that open sentences (`Apparently`, `Reportedly`), not of names
# (`Kelly`, `Beverly`).
_ADVERB_ENDINGS = ("ently", "ately", "ously", "edly", "ingly", "ically", "fully", "ively", "ually")
# ... and of participles (`Hosting Cook at Dreamforce`): made once, not per mention.
_LEAD_ENDINGS = ("ing", *_ADVERB_ENDINGS)


def _mention(
    tokens: Sequence[Token], a: int, b: int, first: int, stop: int, base: int, sentence: int
) -> Mention | None:
    """The mention a run of name words tokens[a:b] makes, if any, in its sentence
    tokens[first:stop]."""
    a += title_word_before_name(tokens, a, b)  # `Dean of Engineering Patricia Oyelaran`
    # most runs are one word: no list comprehension for those
    texts = [tokens[a].text] if b == a + 1 else [t.text for t in tokens[a:b]]
    words = texts
    last = texts[-1]  # stays the last when a lead word goes below (that needs two words)
    ends_possessive = last.endswith(_POSSESSIVE_TAILS)
    if ends_possessive:
        words = [*texts[:-1], strip_possessive(last)]
    if len(words) > 1 and a == first and (words[0].endswith(_LEAD_ENDINGS) or words[0].casefold() in ACCORDING_WORDS):
        words = words[1:]  # `Hosting Cook at Dreamforce`, `Apparently Lindsey was ...`
        texts = texts[1:]
        a += 1
    if len(words) == 1 and tokens[a].text in ZONES_BY_ABBR and _clock_zone(tokens, a, first):
        return None  # `by 1430 GMT`: a time zone, not a name
    parts = _name_parts(tuple(words))
    if parts is None:
        return None  # `Council Coordinator`: a post, not a name
    organisation, name, role, honorific, key = parts
    if role is None and a > first:
        # `secretary Jane Roe`, or set off by a comma: `the general secretary, Jane Roe,`
        k = a - 2 if tokens[a - 1].text == "," and a - 2 >= first else a - 1
        before = tokens[k].lower.removeprefix("co-").removeprefix("ex-")
        if before in PERSON_NOUNS or before in TITLES:
            role = before
        elif k > first and tokens[k - 1].lower in ARTICLES_ELSEWHERE and tokens[k].text.islower():
            role = before  # `il sindaco Alessandro Cecchi`, `La alcaldesa, Marta Olmedo`
    if organisation:
        speaks = False
        employer = _in_appositive(tokens, a, first)
    else:
        if role is None and b + 2 < stop and tokens[b].text == ",":
            role = _appositive_role(tokens, b, stop)
        # `Pirro’s comments`: after a possessive the word is a noun, not a verb
        possessive = ends_possessive and len(last) > 2  # `_possessive(last)`
        # `Mayor Jane Roe of Lapinig Norte said`: a place after `of` is not who speaks
        placed = a > first and tokens[a - 1].lower in _PLACE_PREPOSITIONS
        speaks = (
            b < stop
            and not possessive
            and not placed
            and (
                _followed_by_verb(tokens, b, stop)
                or _verb_after_aside(tokens, b, stop)
                or _named_in_aside(tokens, a, b, first, stop)
            )
        )
        employer = False
    titled = role is not None and not organisation
    text = " ".join(texts)
    return Mention(name, text, base + a, sentence, titled, organisation, role, honorific, speaks, employer, key)


class NameBook:
    """Every mention in an article, to look names up in."""

    def __init__(self, found: list[Mention]) -> None:
        self.mentions = sorted(found, key=lambda m: m.at)
        # A name is a person's when the article says so (a title, a role, a
        # reporting verb) and it is a full name somewhere or carries an honorific:
        # `producer Apple` or `Apple said` alone do not make a person.
        full = {m.key for m in self.mentions if len(m.words) > 1 and not m.organisation}
        self._person_keys = {m.key for m in self.mentions if (m.titled or m.speaks) and (m.key in full or m.honorific)}
        self._by_key: dict[str, list[Mention]] = {}
        self._by_first: dict[str, list[Mention]] = {}
        for m in self.mentions:
            self._by_key.setdefault(m.key, []).append(m)
            self._by_first.setdefault(m.words[0].casefold(), []).append(m)
        self._longest: dict[tuple[tuple[str, ...], bool], tuple[list[Mention], list[int], tuple[str, ...] | None]] = {}
        self._initials: dict[str, tuple[str, ...]] | None = None

    def spelt_out(self, acronym: str) -> tuple[str, ...] | None:
        """The name an acronym stands for, when the article writes it out: `NWS`
        is `National Weather Service` (its words' initials, in order)."""
        if self._initials is None:
            self._initials = {}
            for m in self.mentions:
                if len(m.words) > 1 and all(w[:1].isupper() for w in m.words):
                    self._initials.setdefault("".join(w[0] for w in m.words), m.words)
        return self._initials.get(acronym.replace(".", ""))

    def by_key(self, key: str) -> list[Mention]:
        return self._by_key.get(key, [])

    def add_speakers(self, keys: set[str]) -> None:
        """Names the article has saying something are people (if full names)."""
        full = {m.key for m in self.mentions if len(m.words) > 1 and not m.organisation}
        self._person_keys |= keys & full

    def add_persons(self, keys: set[str]) -> None:
        """Names the article shows to be people some other way (see the speakers
        rule): a single name such as `Omar` counts then too."""
        organisations = {m.key for m in self.mentions if m.organisation}
        self._person_keys |= keys - organisations

    def is_person(self, mention: Mention) -> bool:
        return not mention.organisation and mention.key in self._person_keys

    def fullest(self, words: Sequence[str], at: int, *, given_name: bool = False) -> tuple[str, ...]:
        """The fullest name the article gives for `words`: the longest mention
        ending in the same word and holding all of them; when two different
        names tie (`John Smith`, `Jane Smith`), the one nearest before `at`.
        With `given_name` (a name written alone, without a title: `Lena said`),
        a given name is the one full name the article gives starting with it."""
        want = tuple(w.casefold() for w in words)
        if not want:
            return tuple(words)
        key = (want, given_name)
        if key not in self._longest:
            self._longest[key] = self._candidates(want, given_name)
        found, positions, only = self._longest[key]
        if only is not None:
            return only
        if not found:
            return tuple(words)
        k = bisect.bisect_right(positions, at)
        return (found[k - 1] if k else found[0]).words

    def _candidates(
        self, want: tuple[str, ...], given_name: bool = False
    ) -> tuple[list[Mention], list[int], tuple[str, ...] | None]:
        """The longest mentions holding `want`, their positions, and the one name
        they all give (None when they differ, as `John Smith` and `Jane Smith`)."""
        found: list[Mention] = []
        # `Globex` is `Globex Inc`: a company's fuller name adds a legal suffix
        extended = [
            m
            for m in self._by_first.get(want[0], [])
            if len(m.words) > len(want)
            and tuple(w.casefold() for w in m.words[: len(want)]) == want
            and all(w.casefold() in COMPANY_SUFFIXES for w in m.words[len(want) :])
        ]
        for m in self._by_key.get(surname(want), []) + extended:
            have = [w.casefold() for w in m.words]
            if len(have) < len(want) or not _in_order(list(want), have):
                continue
            if found and len(have) < len(found[0].words):
                continue
            if found and len(have) > len(found[0].words):
                found = []
            found.append(m)
        if given_name and len(want) == 1 and want[0] in GIVEN_NAMES and all(len(m.words) == 1 for m in found):
            # `Lena said` after `Lena Ortiz ...`: a given name alone is the person the
            # article names in full with it, when it names only one so
            full_names = [m for m in self._by_first.get(want[0], []) if len(m.words) > 1 and not m.organisation]
            if len({m.words for m in full_names}) == 1:
                found = full_names
        names = {m.words for m in found}
        titled = {m.words for m in found if m.titled}  # `Jane Roe, a professor,` over a signature
        only = names.pop() if len(names) == 1 else titled.pop() if len(titled) == 1 else None
        found.sort(key=lambda m: m.at)
        return found, [m.at for m in found], only


def _in_order(want: list[str], have: list[str]) -> bool:
    """Are all of `want` in `have`, in that order (other words may stand between)?"""
    k = 0
    for w in want:  # `list.index` from the last match: no generator per word
        try:
            k = have.index(w, k) + 1
        except ValueError:
            return False
    return True
