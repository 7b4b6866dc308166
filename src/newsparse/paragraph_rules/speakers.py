"""Speakers rule: who said each quotation, and with which verb.

Attribution is read from the writer's words around a quotation, nearest first:
1. right after it: `“...,” he said`, `“...,” said Akram`, `“...” — Jane Roe`;
2. earlier in its sentence: `X said: “...”`, `X told reporters “...”`, `according
   to X, “...”`, `X called for a “thorough investigation”`, `his claim that ...`;
3. later in its sentence: `“bolt-on things,” Cook said, but instead “...”`,
   `“...,” according to the agency`, `as the Daily Ledger put it`;
4. a colon after the speaker (`Reyes cut her off: “...”`), then the paragraph's
   other quotations (`“...,” he said. “...”`), then, for a quotation that is a
   sentence of its own, the person the sentence before is about (`Later he
   leased his truck. “I made two salaries.”`);
5. the turn before: a quotation running on from the previous paragraph, or a
   paragraph that is all quotation, belongs to the last speaker (to the other
   one when the last paragraph ended on a quoted question) or to whoever the
   sentence before has speaking (`Moray said on Friday:`, `Moray was asked why.`,
   or a named person about to answer: `Asked what she would miss, Moray did not
   hesitate.`, `Moray had one answer:`).
A subject that names no one (`the statement said`) does not stop the search; a
passive verb (`she was warned that “...”`) gives the words to its agent or to no
one; a place or employer between a person and the verb (`Jane Roe of Acme said`)
is not the subject.

The words found (`speaker_text`) are then resolved to a name (`speaker`): a name
to the fullest form the article uses (an acronym to the name it spells out);
`he`/`she` and `the diplomat` to the nearest fitting person named before, unless
someone unnamed spoke after that person (`says a doctor from the town`); `they`,
`it` and `the company` to the nearest organisation (for a description, one its
noun fits, or one that is more than someone's workplace: `an analyst at Carrow
Capital` does not make Carrow Capital `the operator`); `a Reuters report` to its
owner; `a doctor` or `officials` to nobody (null).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter

from ..dateformats import DAY_WORDS, WEEKDAYS
from ..model import Quote
from ..names import (
    Mention,
    NameBook,
    continues_name,
    inside_title,
    is_acronym,
    is_name_word,
    is_organisation,
    paragraph_mentions,
    runs,
    skippable,
    split_title,
    strip_possessive,
    surname,
    title_word_before_name,
)
from ..quote_context import REACH, ParagraphView, is_verb, view, window
from ..quote_marks import Span
from ..sentences import Token
from ..vocab.pronouns import FIRST_PERSON, GROUP, PERSON, PRONOUNS
from ..vocab.reporting_verbs import (
    ACCORDING_WORDS,
    DOCUMENT_NOUNS,
    FRAMING_NOUNS,
    PASSIVE_TURN_PREDICATES,
    TURN_PREDICATES,
    VERB_BY_FORM,
)
from ..vocab.speakers import (
    ANONYMOUS_PLURALS,
    ARTICLES_ELSEWHERE,
    COMPANY_NOUNS,
    COMPANY_WORDS,
    NAME_PARTICLES,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    TITLES,
)
from .draft import Draft

NAME = "name"
PRONOUN = "pronoun"
DESCRIPTION = "description"
NOBODY = "nobody"
UNSAID = "unsaid"  # a subject the language leaves out (`», afirmó.`): the person before

_DEFINITE = frozenset("the this that his her its their our".split())
_INDEFINITE = frozenset("a an one another some two three four several many most other".split())
_DETERMINERS = _DEFINITE | _INDEFINITE
_MALE = frozenset("he him his himself".split())
_FEMALE = frozenset("she her hers herself".split())
_GENDERED = _MALE | _FEMALE
_OBJECTS = frozenset("him her".split())  # (`her` may be a possessive too: not counted either way)
_PRONOUN_WORDS = _GENDERED | frozenset(PRONOUNS)
_LOWER = attrgetter("lower")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
# Words that end a description read forwards (`said the spokesperson at a briefing`).
_DESCRIPTION_STOPS = frozenset(
    "in at on during who which that when after before while as to for of from by with".split()
)
# How far back a pronoun or description looks for its person: sentences.
ANTECEDENT_REACH = 12
# Names looked at per sentence when looking back (a sentence naming thousands is
# not prose, and must not make every pronoun read all of them).
MENTIONS_PER_SENTENCE = 40
# Similar nouns: `the diplomat` is the ambassador named before.
_ROLE_KIN: dict[str, frozenset[str]] = {
    "diplomat": frozenset({"ambassador", "envoy", "diplomat", "representative"}),
    "spokesperson": frozenset({"spokesperson", "spokesman", "spokeswoman"}),
    "spokesman": frozenset({"spokesperson", "spokesman", "spokeswoman"}),
    "spokeswoman": frozenset({"spokesperson", "spokesman", "spokeswoman"}),
    "executive": frozenset({"ceo", "chief", "executive", "chairman", "president"}),
    "ceo": frozenset({"ceo", "chief", "executive"}),
    "manager": frozenset({"manager", "boss", "coach", "head"}),
    "coach": frozenset({"coach", "manager", "boss", "head"}),
    "boss": frozenset({"boss", "manager", "coach", "head", "chief"}),
}


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that name a speaker: `he`, `the diplomat`, `Ambassador Akram`."""

    text: str
    kind: str
    words: tuple[str, ...]  # the name without titles, or the description's head noun
    at: int  # article-wide token position
    capitalised: bool = False  # a description with names in it (`the US military`)


@dataclass(frozen=True, slots=True)
class Attribution:
    phrase: Phrase | None
    cue: str | None


@dataclass(slots=True)
class _Para:
    view: ParagraphView
    base: int  # article-wide position of its first token
    sentence_base: int  # article-wide number of its first sentence
    quotes: list[int]  # indices into draft.quotes, in order


# --- reading speaker phrases ---------------------------------------------------------


def _name_phrase(tokens: list[Token], a: int, b: int, base: int) -> Phrase:
    """The name in tokens[a:b], with the titles before it in its text when they
    are a whole title (`Ambassador Lena Park`); a run that starts inside a longer
    title (`Coordinator for Strategic Communication Jon Reyes`) or whose titles
    hold other words (`Strategic Communication`) gives the name alone."""
    a += title_word_before_name(tokens, a, b)
    words = [t.text for t in tokens[a:b]]
    words[-1] = strip_possessive(words[-1])
    titles, name = split_title(words)
    if not name:
        name = words
    elif titles and (inside_title(tokens, a) or not all(_title_word(w) for w in titles)):
        words = words[len(titles) :]
    return Phrase(" ".join(words), NAME, tuple(name), base + a)


def _title_word(word: str) -> bool:
    w = word.casefold().rstrip(".")
    return w in TITLES or w + "." in TITLES or w in PERSON_NOUNS or w in ORGANISATION_WORDS or is_acronym(word)


def _description_back(tokens: list[Token], i: int, lo: int, base: int) -> Phrase | None:
    """A description ending at tokens[i]: `the diplomat`, `one neo-bank CEO`,
    `Pakistani officials`."""
    head = tokens[i].lower
    a = i
    while a > lo and i - a < 5:
        prev = tokens[a - 1]
        if prev.quote is not None or not prev.is_word or prev.lower in VERB_BY_FORM:
            break
        a -= 1
        if prev.lower in _DEFINITE or prev.lower in _INDEFINITE:
            return _description(tokens, a, i + 1, base, head)
    if head in ANONYMOUS_PLURALS or head == "aides":
        start = a if all(t.is_word for t in tokens[a:i]) else i
        return Phrase(_text(tokens, start, i + 1), NOBODY, (head,), base + start)
    return None


def _description(tokens: list[Token], a: int, b: int, base: int, head: str) -> Phrase:
    det = tokens[a].lower
    capitalised = any(t.is_capitalised for t in tokens[a + 1 : b])
    kind = DESCRIPTION if det in _DEFINITE or capitalised else NOBODY
    return Phrase(_text(tokens, a, b), kind, (head,), base + a, capitalised)


def _text(tokens: list[Token], a: int, b: int) -> str:
    return " ".join(t.text for t in tokens[a:b]).replace(" ,", ",")


def subject_before(tokens: list[Token], j: int, lo: int, base: int) -> Phrase | None:
    """Who does the verb at tokens[j] have as subject, reading back to `lo`."""
    i = j - 1
    if i >= lo and _perfect(tokens[i], tokens[j]):
        i -= 1  # `Geneviève Marcoux, a indiqué`: past the perfect's auxiliary
    skipped = 0
    while i >= lo and skippable(tokens[i]) and skipped < 3:
        i -= 1
        skipped += 1
    if i < lo or tokens[i].quote is not None:
        return None
    token = tokens[i]
    if token.lower in PRONOUNS or token.lower in FIRST_PERSON:
        return Phrase(token.text, PRONOUN, (token.lower,), base + i)
    if token.lower in ("who", "which"):
        return _relative_subject(tokens, i, lo, base)
    if token.text == ",":  # `Jane Roe, a lawyer at Acme, said` / `Jane Roe, 45, said`
        return _appositive_subject(tokens, i, lo, base)
    if is_name_word(token) or continues_name(tokens, i):
        found = _name_back(tokens, i, lo, base)
        a = found.at - base if found is not None else i
        person = _person_before_affiliation(tokens, a, lo, base)
        if person is not None:
            return person
        if a - 2 >= lo and tokens[a - 1].lower in _PLACE_PREPOSITIONS and tokens[a - 2].is_word:
            # `Residents in Hull said`: the place is not who spoke
            return _description_back(tokens, a - 2, lo, base)
        return found
    if token.lower in ORGANISATION_NOUNS and i - 1 >= lo and is_name_word(tokens[i - 1]):
        named = _joined_name_back(tokens, i - 1, lo, base)  # `Air and Space magazine notes`
        a = named.at - base
        if a == lo or tokens[a - 1].lower not in _DETERMINERS:
            return named  # (`the Harbor army said` is a description, read below)
    if token.is_word and not token.text[0].isdigit():
        return _description_back(tokens, i, lo, base)
    return None


def _joined_name_back(tokens: list[Token], i: int, lo: int, base: int) -> Phrase:
    """The name ending at tokens[i] with the runs `and`, `&` or `of` join to it
    (`Air and Space`, `Friends of the Earth`)."""
    a = i
    while a > lo and is_name_word(tokens[a - 1]):
        a -= 1
    while a - 2 >= lo and tokens[a - 1].lower in ("and", "&", "of") and is_name_word(tokens[a - 2]):
        a -= 2
        while a > lo and is_name_word(tokens[a - 1]):
            a -= 1
    words = tuple(strip_possessive(t.text) for t in tokens[a : i + 1])
    return Phrase(" ".join(words), NAME, words, base + a)


def _relative_subject(tokens: list[Token], i: int, lo: int, base: int) -> Phrase | None:
    """`Acme, which notes it “...”`, `his friend Jon Hale, who revealed “...”`: the
    one a relative pronoun at tokens[i] stands for."""
    m = i - 1
    if m >= lo and tokens[m].text == ",":
        m -= 1
    if m < lo or tokens[m].quote is not None:
        return None
    if is_name_word(tokens[m]):
        return _name_back(tokens, m, lo, base)
    return _description_back(tokens, m, lo, base) if tokens[m].is_word else None


_PLACE_PREPOSITIONS = frozenset("in at from near across outside inside around".split())
# Words that tie a person to their place or employer before the verb (`Jane Roe of
# Acme said`, `Chief Jon Park with the city police said`).
_AFFILIATIONS = frozenset("of with at from for in".split())


def _person_before_affiliation(tokens: list[Token], a: int, lo: int, base: int) -> Phrase | None:
    """The person in `Jane Roe of Acme said` or `Chief Jon Park with the city police
    said`, when the name before the verb (at tokens[a]) is the place or employer:
    a full personal name before `of`/`with`/`at` (`the`), not a title (`Secretary of
    State ...`) or an organisation's own name (`Bank of ...`). An employer may
    hang from another (`Judge Tom Aldridge of the Iowa District Court for Halden
    County said`): the person is looked for past each."""
    for _ in range(MAX_AFFILIATIONS):
        p = a - 1
        if p > lo and tokens[p].lower == "the":
            p -= 1
        if p - 1 < lo or tokens[p].lower not in _AFFILIATIONS or not is_name_word(tokens[p - 1]):
            return None
        person = _name_back(tokens, p - 1, lo, base)
        if person is None or person.kind != NAME:
            return None
        titled = any(_title_word(w) for w in person.words)
        if is_organisation(person.words) or (titled and len(person.words) >= 2):
            a = person.at - base  # an employer's own employer, or a title (`Court of Appeals`)
            continue
        return person if len(person.words) >= 2 and not titled else None
    return None


# How many employers, one hanging from the next, may stand between a person and the verb.
MAX_AFFILIATIONS = 3


_PREPOSITIONS = frozenset("at of in for from with by on to into about against under over as and or".split())
# `of` and `for` in the other languages read (`La porte-parole du CSSHL, ...`).
_PREPOSITIONS_ELSEWHERE = frozenset("du de des del della dello di da do dos der für von".split())


def _appositive_subject(tokens: list[Token], comma: int, lo: int, base: int) -> Phrase | None:
    """The name an appositive hangs from: the nearest `Name, a ...` that is not the
    object of a preposition (`at Stratfor,`) or a place (`Greenbelt, Maryland,`);
    else a name set off after a description (`the boy’s father, Budi Santoso,`)."""
    fallback: Phrase | None = None
    for m in range(comma - 1, max(lo, comma - 40) - 1, -1):
        if tokens[m].quote is not None:
            break
        if tokens[m].text != "," or m <= lo:
            continue
        nxt = tokens[m + 1]
        if not is_name_word(tokens[m - 1]):
            if tokens[m - 1].is_word and (nxt.lower in ("who", "which", "whose") or nxt.lower in _INDEFINITE):
                # `One resident, who asked not to be named, said`
                described = _description_back(tokens, m - 1, lo, base)
                if described is not None:
                    return described
            continue
        found = _name_back(tokens, m - 1, lo, base)
        if found is None:
            continue
        a = found.at - base
        if a > lo and tokens[a - 1].lower in _PREPOSITIONS:
            continue
        if nxt.lower in _DEFINITE or nxt.lower in _INDEFINITE or nxt.text.islower() or nxt.text.isdigit():
            return found
        if fallback is None and m + 1 == comma:
            fallback = found
    return _named_appositive(tokens, comma, lo, base) or fallback


def _named_appositive(tokens: list[Token], comma: int, lo: int, base: int) -> Phrase | None:
    """`the boy’s father, Budi Santoso, said`: a name set off by commas after a
    description of the person is who the verb has for subject."""
    if comma - 1 < lo or not is_name_word(tokens[comma - 1]):
        return None
    found = _name_back(tokens, comma - 1, lo, base)
    if found is None or found.kind != NAME:
        return None
    a = found.at - base
    person = _person_before_affiliation(tokens, a, lo, base)
    if person is not None:
        # `Counsel for the group, Lydia Brennecke of Brennecke Orr, said`: a
        # person and employer set off by commas, whatever stands before
        b = person.at - base
        return person if b - 2 >= lo and tokens[b - 1].text == "," else None
    if a - 2 < lo or tokens[a - 1].text != ",":
        return None
    described = tokens[a - 2]
    if described.is_word and described.text.islower():
        return found
    if is_name_word(described) and len(found.words) >= 2 and not is_organisation(found.words):
        # `the director of the Pell Museum, Anna Berg, said`: the description
        # ends in the employer a preposition ties it to
        employer = _name_back(tokens, a - 2, lo, base)
        d = (employer.at - base if employer is not None else a - 2) - 1
        if d > lo and tokens[d].lower in _DEFINITE:
            d -= 1
        if d >= lo and (tokens[d].lower in _PREPOSITIONS or tokens[d].lower in _PREPOSITIONS_ELSEWHERE):
            return found
    return None


def _name_back(tokens: list[Token], i: int, lo: int, base: int) -> Phrase | None:
    a = i
    while a > lo:
        prev = tokens[a - 1]
        # `bin Laden`, and two particles: `von der Leyen`
        particle = prev.lower in NAME_PARTICLES and (
            (a - 1 > lo and is_name_word(tokens[a - 2]))
            or (a - 2 > lo and tokens[a - 2].lower in NAME_PARTICLES and is_name_word(tokens[a - 3]))
        )
        if (is_name_word(prev) and not prev.text.endswith(("’s", "'s"))) or particle or continues_name(tokens, a - 1):
            a -= 1
        else:
            break
    if a == i and tokens[i].lower in ANONYMOUS_PLURALS:  # `Officials said`
        return Phrase(tokens[i].text, NOBODY, (tokens[i].lower,), base + i)
    if a == i and (tokens[i].lower in PERSON_NOUNS or tokens[i].lower in ORGANISATION_NOUNS):
        return _description_back(tokens, i, lo, base)  # `one neo-bank CEO`
    return _name_phrase(tokens, a, i + 1, base)


def subject_after(tokens: list[Token], j: int, hi: int, base: int) -> Phrase | None:
    """The subject standing after an inverted verb: `said Akram`, `said CEO Tim
    Cook`, `said the spokesperson`, `said Farhan Haq, a UN spokesman`."""
    i = j + 1
    if i + 1 < hi and tokens[i].lower in _WHEN_WORDS:
        i += 1  # `a réagi mardi Hélène Vasseur`
    if i >= hi or tokens[i].quote is not None:
        return None
    token = tokens[i]
    if token.lower in PRONOUNS:
        return Phrase(token.text, PRONOUN, (token.lower,), base + i)
    if token.lower in _DEFINITE or token.lower in _INDEFINITE or token.lower in ARTICLES_ELSEWHERE:
        b = i + 1
        while b < hi and b - i <= 5 and tokens[b].is_word and tokens[b].lower not in _DESCRIPTION_STOPS:
            if tokens[b].lower in VERB_BY_FORM:
                break
            b += 1
        if b == i + 1:
            return None
        if b + 1 < hi and tokens[b].text == "," and is_name_word(tokens[b + 1]):
            return _name_forward(tokens, b + 1, hi, base)
        named = _name_after_description(tokens, b, hi)
        if named is not None:
            return _name_forward(tokens, named, hi, base)
        if token.lower in ARTICLES_ELSEWHERE:
            # only a name after them counts (`il sindaco Renato Da Col`: past the role
            # words), or the role alone, for whom it was given before (`afirmou o prefeito`)
            person = _name_forward(tokens, i, hi, base)
            if person is not None or not tokens[i + 1].text.islower():
                return person
            return Phrase(_text(tokens, i, i + 2), DESCRIPTION, (tokens[i + 1].lower,), base + i)
        if token.lower == "the" and is_name_word(tokens[b - 1]) and is_name_word(tokens[i + 1]):
            return _name_forward(tokens, i + 1, b, base)  # `said the Harbor Gazette`, `according to the NWS`
        return _description(tokens, i, b, base, tokens[b - 1].lower)
    return _name_forward(tokens, i, hi, base)


# When an inverted verb was said, between it and its subject (`a réagi mardi
# Hélène Vasseur`, `ha spiegato ieri il sindaco ...`): the date vocabulary's day
# words (with either apostrophe) and full weekday names (not `Sun` or `Sat`,
# which open names).
MAX_WEEKDAY_ABBREVIATION = 4
_WHEN_WORDS = (
    frozenset(DAY_WORDS)
    | frozenset(word.replace("'", "’") for word in DAY_WORDS)
    | frozenset(day for day in WEEKDAYS if len(day) > MAX_WEEKDAY_ABBREVIATION)
)


def _name_after_description(tokens: list[Token], b: int, hi: int) -> int | None:
    """Where the name stands after a longer description and its comma: `said
    the president of the beach operators, Stefano Gori` (no verb or quotation
    between them)."""
    for k in range(b, min(hi - 1, b + MAX_DESCRIPTION_TOKENS)):
        token = tokens[k]
        if token.quote is not None or token.lower in VERB_BY_FORM:
            return None
        if token.text == ",":
            return k + 1 if is_name_word(tokens[k + 1]) else None
    return None


# How far a description after an inverted verb may run before its comma and name.
MAX_DESCRIPTION_TOKENS = 10


def _name_forward(tokens: list[Token], i: int, hi: int, base: int) -> Phrase | None:
    """A name reading forward, past role words: `Foreign Office spokesperson Tahir
    Matos` and `study lead author Maria Lind` give the last capitalised run."""
    run_start: int | None = None
    b = i
    while b < hi and b - i < 10:
        token = tokens[b]
        if is_name_word(token) or (run_start is not None and continues_name(tokens, b)):
            if run_start is None:
                run_start = b
            b += 1
            if token.text.endswith(("’s", "'s")):
                run_start = None
            continue
        if token.lower in NAME_PARTICLES and run_start is not None:
            b += 1
            continue
        role_word = token.is_word and token.text.islower() and token.lower not in VERB_BY_FORM
        if run_start is None and role_word and b - i < 4:
            b += 1  # role words before the name
            continue
        if token.lower in PERSON_NOUNS and token.is_word:
            run_start = None
            b += 1
            continue
        break
    end = b
    while end > i and not (is_name_word(tokens[end - 1]) or continues_name(tokens, end - 1)):
        end -= 1
    if run_start is None or end <= run_start:
        return None
    return _name_phrase(tokens, run_start, end, base)


# --- finding the attribution ---------------------------------------------------------


def _cue_at(tokens: list[Token], j: int) -> str:
    return tokens[j].text


def _verb_subject(tokens: list[Token], j: int, lo: int, hi: int, base: int, *, follow: bool = True) -> Phrase | None:
    """The subject of the reporting verb at tokens[j] within [lo, hi). With
    `follow`, a verb sharing an earlier verb's subject (`..., says`, `and said`)
    takes that one; without, one step only (so the cost stays linear)."""
    verb = VERB_BY_FORM[tokens[j].lower]
    if tokens[j].lower == verb.participle or tokens[j].lower.endswith("ing"):
        return None  # takes its clause's subject: see `_clause_subject`
    if j > lo and tokens[j - 1].lower in ("to", "and", "but", "or", "then"):
        told = _told_to(tokens, j - 1, lo, base)
        if told is not None:
            return told
        # `turned to Twitter to describe ...`, `asked about X and said ...`
        return _clause_subject(tokens, j - 1, lo, base)[0] if follow else None
    if j > lo and tokens[j - 1].text == "," and not _after_quote(tokens, j - 1):
        appositive = subject_before(tokens, j, lo, base)
        if appositive is not None or not follow:
            return appositive
        # `FO denies any link, says Pakistan has ...`: a second verb of the same subject
        return _clause_subject(tokens, j, lo, base)[0]
    found = subject_before(tokens, j, lo, base)
    if found is None and verb.inverts and _after_quote(tokens, j):
        found = subject_after(tokens, j, hi, base)
    return found


def _verb_use(tokens: list[Token], j: int) -> bool:
    """A reporting verb used as a verb: lowercase, and not a noun after a
    determiner or a possessive (`the claim`, `Swift’s claims`)."""
    token = tokens[j]
    if not is_verb(token) or not token.text[:1].islower():
        return False
    if j == 0:
        return True
    prev = tokens[j - 1]
    if _perfect(prev, token):
        return True  # `a déclaré`: French `a` is the perfect's auxiliary, not an article
    return not (prev.lower in _DEFINITE or prev.lower in _INDEFINITE or prev.text.endswith(("’s", "'s", "s’")))


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _told_to(tokens: list[Token], to: int, lo: int, base: int) -> Phrase | None:
    """`prompted Judge Roe to quip`, `urged him to say`: the one told to speak is
    who speaks; not a place reached (`turned to Twitter to describe`)."""
    if tokens[to].lower != "to" or to - 2 < lo:
        return None
    obj = tokens[to - 1]
    if obj.lower in _OBJECT_PRONOUNS:
        a = to - 1
        found: Phrase | None = Phrase(obj.text, PRONOUN, (_OBJECT_PRONOUNS[obj.lower],), base + a)
    elif is_name_word(obj):
        found = _name_back(tokens, to - 1, lo, base)
        if found is None or found.kind != NAME:
            return None
        a = found.at - base
    else:
        return None
    verb = tokens[a - 1] if a > lo else None
    if verb is None or not verb.is_word or not verb.text.islower() or verb.lower in _PREPOSITIONS:
        return None
    return found


def _after_quote(tokens: list[Token], j: int) -> bool:
    """Does tokens[j] follow a quotation (`“...,” said X`, `“...”, said X`)?"""
    k = j - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    return k >= 0 and tokens[k].quote is not None


def _clause_subject(tokens: list[Token], j: int, lo: int, base: int) -> tuple[Phrase | None, str | None]:
    """For a participle (`..., saying “...”`): the subject of an earlier reporting
    verb in the sentence, else the sentence's first name or pronoun."""
    for m in range(j - 1, lo - 1, -1):
        if _verb_use(tokens, m) and not tokens[m].lower.endswith("ing"):
            found = _verb_subject(tokens, m, lo, j, base, follow=False)
            if found is not None:
                return found, tokens[m].text
    for m in range(lo, j):
        token = tokens[m]
        if m == lo and token.text.endswith("ing"):
            continue  # `Moving forward, Swift ...`
        if token.lower in PRONOUNS:
            return Phrase(token.text, PRONOUN, (token.lower,), base + m), None
        if is_name_word(token):
            # `Green Bay coach Mike Hart`: the name after the role words
            found = _name_forward(tokens, m, j, base)
            if found is not None:
                return found, None
            end = m
            while end + 1 < j and is_name_word(tokens[end + 1]):
                end += 1
            return _name_phrase(tokens, m, end + 1, base), None
    return None, None


def _framing_subject(tokens: list[Token], j: int, lo: int, base: int) -> Phrase | None:
    """`his claim`, `Mr. Trump’s Oct. 11 announcement`: the owner of the words."""
    for m in range(j - 1, max(lo, j - 4) - 1, -1):
        token = tokens[m]
        if token.lower in _POSSESSIVE_PRONOUNS:
            return Phrase(token.text, PRONOUN, (_POSSESSIVE_PRONOUNS[token.lower],), base + m)
        if is_name_word(token) and token.text.endswith(("’s", "'s")):
            return _name_back(tokens, m, lo, base)
        if not token.is_word:
            return None
    return None


def _after(pv: ParagraphView, k: int, stop: int, base: int) -> Attribution | None:
    """Right after the quotation: `, he said`, `, said X`, `— X`, `, Jane Roe, a
    lawyer at the firm, told reporters`."""
    tokens = pv.tokens
    i = k + 1
    joined = i < stop and tokens[i].text == ","
    if joined:
        i += 1
    if i >= stop:
        return None
    if tokens[i].text in "—–-" and i + 1 < stop and is_name_word(tokens[i + 1]):
        found = _name_forward(tokens, i + 1, stop, base)
        return Attribution(found, None) if found is not None else None
    if i + 1 < stop and _perfect(tokens[i], tokens[i + 1]):
        i += 1  # `», a déclaré mardi Bernard Lacombe`: the perfect's auxiliary, then the verb
    if is_verb(tokens[i]):
        inverts = VERB_BY_FORM[tokens[i].lower].inverts
        found = subject_after(tokens, i, stop, base) if inverts else None
        if found is None and inverts and joined and _subject_unsaid(tokens, i + 1, stop):
            found = Phrase("", UNSAID, (), base + i)
        return Attribution(found, tokens[i].text) if found is not None else None
    if tokens[i].lower in _PREPOSITIONS:
        return None  # `was “disappointed” by the vote and would ask`: the sentence goes on
    # subject then verb: `he said`, `Ambassador Akram told`, `the 14th-ranked Okoye said`
    for j in range(i + 1, min(stop, i + 12)):
        if tokens[j].quote is not None:
            return None
        if tokens[j].text == "," and is_name_word(tokens[j - 1]):
            return _after_appositive(tokens, i, j, stop, base)
        if is_verb(tokens[j]) and not tokens[j].lower.endswith("ing"):
            if _said_to_subject(tokens, j, i):
                return _passive_attribution(tokens, j, stop, base)  # `“...,” she was told`
            found = subject_before(tokens, j, i, base)
            if found is not None and found.at - base <= i + 1 and not names_nobody(found):
                return Attribution(found, tokens[j].text)
            return None  # `“...,” the statement said`: whose statement, the turn before may say
    return None


def _subject_unsaid(tokens: list[Token], i: int, stop: int) -> bool:
    """After `“...”, afirmó` the sentence ends or goes on with no one named
    (`ha scritto in un post`): languages that drop the subject mean the person
    spoken of before."""
    if i >= stop or tokens[i].text in ".;":
        return True
    token = tokens[i]
    return (
        token.text.islower()
        and token.lower not in PRONOUNS
        and token.lower not in _DETERMINERS
        and token.lower not in ARTICLES_ELSEWHERE
        and not any(is_name_word(t) for t in tokens[i : min(stop, i + 4)])
    )


# The auxiliaries of other languages' perfect, before an inverted reporting verb
# (French `a` only before a French participle: `“...,” a report said` is English).
_PERFECT_AUXILIARIES = frozenset("ha hat ont han hanno".split())
_FRENCH_PARTICIPLE_ENDINGS = ("é", "i", "u")


def _perfect(auxiliary: Token, verb: Token) -> bool:
    if not is_verb(verb):
        return False
    if auxiliary.lower == "a":
        return verb.lower.endswith(_FRENCH_PARTICIPLE_ENDINGS)
    return auxiliary.lower in _PERFECT_AUXILIARIES


def _after_appositive(tokens: list[Token], i: int, comma: int, stop: int, base: int) -> Attribution | None:
    """`“...,” Jane Roe, a lawyer at the firm, told reporters`: the name before the
    comma, when a reporting verb comes within the next few words."""
    subject = _name_forward(tokens, i, comma, base)
    if subject is None or subject.at - base > i + 4:
        return None
    for j in range(comma + 1, min(stop, comma + 30)):
        if tokens[j].quote is not None:
            return None
        if is_verb(tokens[j], speech_only=True) and not tokens[j].lower.endswith("ing"):
            return Attribution(subject, tokens[j].text)
    return None


def _in_sentence(pv: ParagraphView, k: int, first: int, stop: int, base: int) -> Attribution | None:
    """The reporting verb nearest before the quotation in its sentence (then after
    it), with its subject."""
    tokens = pv.tokens
    for j in range(k - 1, first - 1, -1):
        token = tokens[j]
        if token.quote is not None:
            continue
        if token.lower == "according" and j + 2 <= k and tokens[j + 1].lower == "to":
            found = subject_after(tokens, j + 1, k, base)
            if found is not None and not names_nobody(found):
                return Attribution(found, "according to")
        if token.lower in ACCORDING_WORDS and j + 1 < k:
            found = subject_after(tokens, j, k, base)  # `Segundo Luana, ...`, `Selon la ministre, ...`
            if found is not None and found.kind == NAME and not names_nobody(found):
                return Attribution(found, token.text)
        if _put_it(tokens, j, k):
            found = _put_it_subject(tokens, j, first, base)
            if found is not None:
                return Attribution(found, "put it")
        if token.lower in FRAMING_NOUNS and any(t.lower in ("that", "of", "to") for t in tokens[j + 1 : min(k, j + 7)]):
            found = _framing_subject(tokens, j, first, base)
            if found is not None:
                return Attribution(found, None)
        if not _verb_use(tokens, j):
            continue
        if token.lower.endswith("ing"):
            found, _cue = _clause_subject(tokens, j, first, base)
            if found is not None:
                return Attribution(found, token.text)
            continue
        if _said_to_subject(tokens, j, first):
            return _passive_attribution(tokens, j, k, base)
        found = _verb_subject(tokens, j, first, k, base)
        if found is not None and not names_nobody(found):
            return Attribution(found, token.text)
    for j in range(k + 1, stop):
        token = tokens[j]
        if token.lower == "according" and j + 2 < stop and tokens[j + 1].lower == "to":
            found = subject_after(tokens, j + 1, stop, base)  # `“...,” according to the agency.`
            if found is not None and not names_nobody(found):
                return Attribution(found, "according to")
        if _put_it(tokens, j, stop):
            found = _put_it_subject(tokens, j, k + 1, base)  # `“...,” as the Daily Post put it.`
            if found is not None:
                return Attribution(found, "put it")
        if _verb_use(tokens, j) and not token.lower.endswith("ing"):
            found = subject_before(tokens, j, k + 1, base)
            if found is None and VERB_BY_FORM[token.lower].inverts:
                found = subject_after(tokens, j, stop, base)
            if found is not None and not names_nobody(found):
                return Attribution(found, token.text)
    return None


def _put_it(tokens: list[Token], j: int, stop: int) -> bool:
    """`as X put it`: `put` with `it` after it says whose words these are."""
    return tokens[j].lower == "put" and j + 1 < stop and tokens[j + 1].lower == "it" and tokens[j].quote is None


def _put_it_subject(tokens: list[Token], j: int, lo: int, base: int) -> Phrase | None:
    """Who put it so: `as the Daily Post put it`, `as she put it`, or the owner
    of the words in `as the agency’s memo put it`."""
    found = subject_before(tokens, j, lo, base)
    if found is not None and found.kind in (NAME, PRONOUN):
        return found
    return _framing_subject(tokens, j, lo, base) or found


def _own(pv: ParagraphView, q: int, base: int) -> Attribution | None:
    """Attribution from the quotation's own sentence."""
    first, stop = window(pv, q)
    k = pv.quote_token[q]
    return (
        _lead_in(pv, k, first, base)
        or _after(pv, k, stop, base)
        or _in_sentence(pv, k, first, stop, base)
        or _name_and_verb_lead(pv, k, first, base)
    )


def _name_and_verb_lead(pv: ParagraphView, k: int, first: int, base: int) -> Attribution | None:
    """`Ana Bell hollered, “...”`, `Umar ra berkata, “...”`: a sentence opening
    with a name and at most three lowercase words, then a comma or colon and the
    quotation, has the name speaking, whatever the verb (one not in the list, or
    in another language)."""
    tokens = pv.tokens
    if k - 2 <= first or tokens[k - 1].text not in ",:" or not is_name_word(tokens[first]):
        return None
    end = _run_end(tokens, first, k, pv.wide)
    between = tokens[end : k - 1]
    if not 1 <= len(between) <= 3 or not all(t.is_word and t.text.islower() for t in between):
        return None
    return Attribution(_name_phrase(tokens, first, end, base), None)


def _lead_in(pv: ParagraphView, k: int, first: int, base: int) -> Attribution | None:
    """A verb right before the quotation, `X said: “...”` or `he said, “...”`: it
    wins over a relay after it (`he said, “...,” the prosecutor’s office said`)."""
    tokens = pv.tokens
    j = k - 1
    if j >= first and tokens[j].text in ",:":
        j -= 1
    if j < first or not _verb_use(tokens, j) or not is_verb(tokens[j], speech_only=True):
        return None
    if tokens[j].lower.endswith("ing"):
        found, _cue = _clause_subject(tokens, j, first, base)
    elif _said_to_subject(tokens, j, first):
        return _passive_attribution(tokens, j, k, base)
    else:
        found = _verb_subject(tokens, j, first, k, base)
    if found is None or names_nobody(found):
        return None  # `That demand stays low suggests “...”`: no one's words yet
    return Attribution(found, tokens[j].text)


def _said_to_subject(tokens: list[Token], j: int, first: int) -> bool:
    """A passive reporting verb (`was warned`, `is told`), but not `is said to
    believe`, which gives the subject's own view."""
    return _passive(tokens, j, first) and not (j + 1 < len(tokens) and tokens[j + 1].lower == "to")


def _passive_attribution(tokens: list[Token], j: int, stop: int, base: int) -> Attribution:
    """`she was warned that “...”`, `He was told: “...”`: the words were said to
    the subject, so they are the agent's (`was told by the coach`) or no one's
    the article names; the turn before does not speak them either."""
    agent = subject_after(tokens, j + 1, stop, base) if j + 1 < stop and tokens[j + 1].lower == "by" else None
    return Attribution(agent, tokens[j].text)


def _signature(para: _Para) -> Attribution | None:
    """A paragraph that is only a dash and a name (`– Jane R.`) signs the
    quotation above it, as testimonials and epigraphs are signed."""
    tokens = para.view.tokens
    if len(tokens) < 2 or len(tokens) > 8 or tokens[0].text not in "—–-" or para.quotes:
        return None
    found = _name_forward(tokens, 1, len(tokens), para.base)
    return Attribution(found, None) if found is not None else None


def _last_speech(pv: ParagraphView, upto: int, base: int) -> Attribution | None:
    """The last reporting verb with a subject before token `upto` (`Matos said
    on Friday: ...`)."""
    tokens = pv.tokens
    # only the last sentence starting before `upto` counts (found by bisection: a
    # paragraph of thousands of sentences must not make each quotation walk them)
    s = bisect_left(pv.sentences, (upto, -1)) - 1
    for first, stop in pv.sentences[max(s, 0) : s + 1]:
        for j in range(min(stop, upto) - 1, max(first, upto - REACH) - 1, -1):
            if _verb_use(tokens, j) and is_verb(tokens[j], speech_only=True):
                if tokens[j].lower.endswith("ing"):
                    found, cue = _clause_subject(tokens, j, first, base)
                else:
                    found, cue = _verb_subject(tokens, j, first, stop, base), tokens[j].text
                if found is not None and _passive(tokens, j, first):
                    if tokens[j].lower not in PASSIVE_TURN_PREDICATES:
                        continue  # `the story is told by its children`: not the subject's words
                    return Attribution(found, None)  # `Moray was asked why.`: she answers
                if found is not None:
                    return Attribution(found, cue)
    return None


# Words that may stand between a subject and its turn predicate (`did not hesitate`).
_AUXILIARIES = frozenset("did didn't didn’t does doesn't doesn’t do not never was were is".split())
_PASSIVE = frozenset("was were is been being".split())
# Words a turn predicate may take after it (`paused for a moment.`).
_TURN_TAIL = 4
# How far into a sentence an opening phrase (`Asked what she would miss,`) may run.
_OPENING_REACH = 15


def _setup(para: _Para) -> Phrase | None:
    """The last sentence of a paragraph, when it has someone about to speak, for
    a quotation opening the next paragraph with no attribution of its own: its
    subject, a name or `he`/`she`, before a predicate of turn-taking (`Asked
    what she would miss, Moray did not hesitate.`, `Moray was asked why.`) or
    before a closing colon (`Moray had one answer:`)."""
    pv = para.view
    if not pv.sentences:
        return None
    first, stop = pv.sentences[-1]
    return _about_to_speak(pv, first, stop, para.base)


def _about_to_speak(pv: ParagraphView, first: int, stop: int, base: int) -> Phrase | None:
    """The subject of tokens[first:stop], a sentence with no quotation, when it
    has that subject about to speak: a turn predicate, or a colon at its end."""
    tokens = pv.tokens
    if any(t.quote is not None for t in tokens[first:stop]):
        return None
    starts = [first]
    comma = next((k for k in range(first, min(stop, first + _OPENING_REACH)) if tokens[k].text == ","), None)
    if comma is not None:
        starts.append(comma + 1)  # after an opening phrase
    colon = tokens[stop - 1].text == ":"
    for s in starts:
        subject = _subject_at(tokens, s, stop, base, pv.wide)
        if subject is None:
            continue
        j = s + 1 if subject.kind == PRONOUN else _run_end(tokens, s, stop, pv.wide)
        if colon or _turn_predicate(tokens, j, stop):
            return subject
    return None


def _subject_before_quote_sentence(para: _Para, q: int, resolver: _Resolver) -> Phrase | None:
    """For a quotation that is a sentence of its own, the subject of the sentence
    before it in its paragraph, when a person the article names (by name or as
    he/she, after any opening phrase or word): the writer introduces someone,
    then lets them speak."""
    pv = para.view
    s = pv.quote_sentence[q]
    first, stop = pv.sentences[s]
    k = pv.quote_token[q]
    if s == 0 or k != first or any(t.is_word or t.quote is not None for t in pv.tokens[k + 1 : stop]):
        return None
    first, stop = pv.sentences[s - 1]
    tokens = pv.tokens
    if any(t.quote is not None for t in tokens[first:stop]):
        return None
    starts = [first]
    if first + 1 < stop and tokens[first + 1].lower in ("he", "she"):
        starts.append(first + 1)  # `Later he ...`
    comma = next((j for j in range(first, min(stop, first + _OPENING_REACH)) if tokens[j].text == ","), None)
    if comma is not None:
        starts.append(comma + 1)  # after an opening phrase
    for start in starts:
        subject = _subject_at(tokens, start, stop, para.base, pv.wide)
        if subject is not None and resolver.named_person(subject):
            return subject
    return None


def _colon_lead(para: _Para, q: int) -> Phrase | None:
    """`Reyes cut her off: “...”`, `He had one answer: “...”`: the subject of the
    words before a colon that opens the quotation, in its own sentence."""
    pv = para.view
    k = pv.quote_token[q]
    first, _stop = window(pv, q)
    if k - 1 <= first or pv.tokens[k - 1].text != ":":
        return None
    return _about_to_speak(pv, first, k, para.base)


def _subject_at(tokens: list[Token], s: int, stop: int, base: int, wide: frozenset[int]) -> Phrase | None:
    if s >= stop:
        return None
    if tokens[s].lower in ("he", "she"):
        return Phrase(tokens[s].text, PRONOUN, (tokens[s].lower,), base + s)
    end = _run_end(tokens, s, stop, wide)
    if end == s or tokens[end - 1].text.endswith(("’s", "'s")):
        return None
    return _name_phrase(tokens, s, end, base)


def _run_end(tokens: list[Token], s: int, stop: int, wide: frozenset[int]) -> int:
    found = runs(tokens, s, min(stop, s + 8), wide)
    return found[0][1] if found and found[0][0] == s else s


def _passive(tokens: list[Token], j: int, first: int) -> bool:
    """Is the verb at tokens[j] a passive (`was asked`, `had been told`)?"""
    k = j - 1
    while k >= first and (
        tokens[k].lower in ("not", "never") or (skippable(tokens[k]) and tokens[k].lower.endswith("ly"))
    ):
        k -= 1  # `was not asked`, `was repeatedly asked`
    return k >= first and tokens[k].lower in _PASSIVE


def _turn_predicate(tokens: list[Token], j: int, stop: int) -> bool:
    """`did not hesitate.`, `paused for a moment.`, `was asked about the plans.`"""
    passive = False
    while j < stop and tokens[j].lower in _AUXILIARIES:
        passive = passive or tokens[j].lower in _PASSIVE
        j += 1
    if j >= stop:
        return False
    word = tokens[j].lower
    if passive and word in PASSIVE_TURN_PREDICATES:
        return True
    if word not in TURN_PREDICATES:
        return False
    tail = 0
    for k in range(j + 1, stop):
        tail += tokens[k].is_word
        if tail > _TURN_TAIL:
            return False  # `smiled at the crowd gathered outside ...`: more than a gesture
    return True


# --- resolving phrases to names ------------------------------------------------------


@dataclass(slots=True)
class _Resolver:
    book: NameBook
    by_sentence: dict[int, list[Mention]]
    sentence_of_at: list[tuple[int, int]]  # (article position, sentence number), sorted
    unnamed: dict[str, list[int]]  # person-noun -> where `a`/`one ...` introduced one unnamed
    unnamed_speakers: list[int]  # where someone unnamed speaks (`says a doctor`), in order
    # sentence -> its he/him/his/she/her: (position, male, not an object: `him` and `her` may be)
    pronouns: dict[int, list[tuple[int, bool, bool]]]
    lead_pronouns: dict[int, tuple[int, str]]  # sentence -> its first he/she/they: (position, word)
    sentence_starts: frozenset[int]
    _genders: dict[str, str] | None = None

    def gender(self, key: str) -> str | None:
        """`he` or `she`, as the article refers to the person: by honorific, or by
        the pronouns after the name in sentences that name no other person (`He
        was arrested for a call to Omar.` says nothing of Omar)."""
        if self._genders is None:
            votes: dict[str, list[int]] = {}
            for n, found in self.by_sentence.items():
                # a possessive (`Omar’s office, where he ...`) is not who the pronouns are
                persons = [m for m in found if self.book.is_person(m) and not m.text.endswith(_POSSESSIVE_ENDINGS)]
                if not persons or any(m.key != persons[0].key for m in persons):
                    continue
                tally = votes.setdefault(persons[0].key, [0, 0])
                for at, male, subject in self.pronouns.get(n, ()):
                    # `Judge Roe told her: ...` says nothing of the judge
                    if at > persons[0].at and subject:
                        tally[0 if male else 1] += 1
            for m in self.book.mentions:
                honorific = m.text.split()[0].casefold().rstrip(".")
                if honorific in ("mr", "mrs", "ms", "miss"):
                    tally = votes.setdefault(m.key, [0, 0])
                    tally[0 if honorific == "mr" else 1] += 5
            self._genders = {k: "he" if v[0] > v[1] else "she" for k, v in votes.items() if v[0] != v[1]}
        return self._genders.get(key)

    def sentence_at(self, at: int) -> int:
        lo, hi = 0, len(self.sentence_of_at)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentence_of_at[mid][0] <= at:
                lo = mid + 1
            else:
                hi = mid
        return self.sentence_of_at[lo - 1][1] if lo else 0

    def antecedent(
        self, at: int, want: str, role: str | None = None, *, kin_only: bool = False, pronoun: str | None = None
    ) -> str | None:
        """The nearest fitting name before position `at`: the first (the subject)
        in the nearest sentence that has one."""
        here = self.sentence_at(at)
        kin = _ROLE_KIN.get(role or "", frozenset({role})) if role else frozenset()
        if kin:
            for n in range(here, max(-1, here - ANTECEDENT_REACH * 3), -1):
                for m in self.by_sentence.get(n, [])[:MENTIONS_PER_SENTENCE]:
                    if m.at < at and m.role in kin and self.book.is_person(m):
                        return " ".join(self.book.fullest(m.words, m.at))
        if kin_only:
            return None
        found = self._nearest(at, here, want, pronoun, loose=False)
        if found is None and pronoun in ("he", "she"):
            # no one the article shows to be a person: a full name opening its
            # sentence (`Jon Reyes spoke to reporters.`) will do
            found = self._nearest(at, here, want, pronoun, loose=True)
        return found

    def _nearest(self, at: int, here: int, want: str, pronoun: str | None, *, loose: bool) -> str | None:
        """The first fitting name in the nearest sentence before `at` (in sentence
        `here`) that has one; `loose` lets a full name opening its sentence fit
        as a person."""
        # `“...,” says a doctor from the town. ... he says`: a person unnamed who
        # spoke after every fitting name is who `he` is, and has no name
        k = bisect_left(self.unnamed_speakers, at)
        unnamed_before = self.unnamed_speakers[k - 1] if k and want == PERSON else -1
        for n in range(here, max(-1, here - ANTECEDENT_REACH), -1):
            lead = self.lead_pronouns.get(n)
            chosen: Mention | None = None
            for m in self.by_sentence.get(n, [])[:MENTIONS_PER_SENTENCE]:
                if m.at >= at:
                    continue
                if n != here and lead is not None and lead[1] == pronoun and lead[0] < m.at:
                    break  # `He was arrested ... Omar.`: its subject is the same `he`, look further back
                fits = self.book.is_person(m) if want == PERSON else m.organisation
                if loose and not fits:
                    fits = len(m.words) > 1 and not m.organisation and m.at in self.sentence_starts
                    fits = fits and not m.text.endswith(_POSSESSIVE_ENDINGS)
                if fits and pronoun in ("he", "she") and self.gender(m.key) not in (None, pronoun):
                    continue
                if fits and chosen is None:
                    chosen = m
                if fits and m.speaks:
                    # `Leader in the Rajya Sabha, Meenakshi Rao, said ...`: the one the
                    # sentence has speak, not a name in its description
                    chosen = m
                    break
            if chosen is not None:
                return None if chosen.at < unnamed_before else " ".join(self.book.fullest(chosen.words, chosen.at))
        return None

    def _is_name(self, phrase: Phrase) -> bool:
        """A lone capitalised word opening a sentence (`Pose`, `Untreated`) is a
        name only if the article also capitalises it mid-sentence or gives it a
        title."""
        if phrase.at not in self.sentence_starts or is_acronym(phrase.words[0]):
            return True
        if len(phrase.text.split()) > len(phrase.words):
            return True  # `Mrs Dai said`: a title says it is a name
        key = surname(phrase.words)
        return any(m.at not in self.sentence_starts for m in self.book.by_key(key)[:MENTIONS_PER_SENTENCE])

    def organisation(self, at: int, noun: str) -> str | None:
        """The organisation `the <noun>` stands for: the nearest before it that
        its noun names (`the council`: `Harlow Council`), or a business for a
        business's noun (`the company`: `Parcelway Logistics`), else the nearest."""
        here = self.sentence_at(at)
        fallback: str | None = None
        business: str | None = None
        for n in range(here, max(-1, here - ANTECEDENT_REACH * 3), -1):
            for m in reversed(self.by_sentence.get(n, [])[:MENTIONS_PER_SENTENCE]):
                if m.at >= at or not m.organisation:
                    continue
                if noun.rstrip("s") in (w.casefold().rstrip("s") for w in m.words):
                    return " ".join(m.words)
                if n < here - ANTECEDENT_REACH or m.employer:
                    # `an analyst at Carrow Capital` is not `the operator` (unless
                    # named elsewhere as more than someone's workplace)
                    continue
                if fallback is None:
                    fallback = " ".join(m.words)
                if business is None and noun in COMPANY_NOUNS and m.words[-1].casefold() in COMPANY_WORDS:
                    business = " ".join(m.words)
        return business or fallback

    def named_person(self, phrase: Phrase) -> bool:
        """Does `phrase` stand for a person the article names: a full name that
        is not an organisation's, a name the article gives a person, or `he`/`she`
        with such a person before it?"""
        if phrase.kind == PRONOUN:
            return self.speaker(phrase) is not None
        if phrase.kind != NAME:
            return False
        found = self.book.by_key(surname(phrase.words))[:MENTIONS_PER_SENTENCE]
        if any(m.organisation for m in found):
            return False
        full = self.book.fullest(phrase.words, phrase.at)
        return len(full) > 1 or any(self.book.is_person(m) for m in found)

    def may_speak(self, phrase: Phrase) -> bool:
        """Is `phrase` someone who can say things: a pronoun, a name the article
        gives a person, or an organisation's (a place or a thing is not)?"""
        if phrase.kind == PRONOUN:
            return True
        if phrase.kind != NAME:
            return False
        found = self.book.by_key(surname(phrase.words))[:MENTIONS_PER_SENTENCE]
        return any(m.organisation or self.book.is_person(m) for m in found)

    def speaker(self, phrase: Phrase) -> str | None:
        if phrase.kind == NAME:
            # a name written alone (`Lena said`) may be a given name; after a title (`Mrs Dai`) it is not
            full = self.book.fullest(phrase.words, phrase.at, given_name=phrase.text == " ".join(phrase.words))
            if len(full) == 1 and is_acronym(full[0]):
                full = self.book.spelt_out(full[0]) or full
            if len(full) == 1 and not self._is_name(phrase):
                return None
            return " ".join(full)
        if phrase.kind == PRONOUN:
            kind = PRONOUNS.get(phrase.words[0])
            if kind is None:
                return None
            found = self.antecedent(phrase.at, kind, pronoun=phrase.words[0])
            if found is None and kind == GROUP:
                found = self.antecedent(phrase.at, PERSON) if phrase.words[0] == "we" else None
            return found
        if phrase.kind == UNSAID:
            return self.antecedent(phrase.at, PERSON)
        if phrase.kind == DESCRIPTION:
            noun = phrase.words[0]
            known = noun in ORGANISATION_NOUNS or noun in PERSON_NOUNS or noun in ANONYMOUS_PLURALS
            if phrase.capitalised and noun in PERSON_NOUNS:
                # `the Rovers manager`: the person the article names in that post, if any
                named = self.antecedent(phrase.at, PERSON, noun, kin_only=True)
                if named is not None:
                    return named
            if phrase.capitalised and known:
                # `the US military`, `the Russian and Syrian defense ministries`
                words = phrase.text.split()
                return " ".join(words[1:]) if words[0].casefold() in _DEFINITE else phrase.text
            if phrase.capitalised and noun in DOCUMENT_NOUNS:
                # `a Harbor Analytics’ forecast`, `a Reuters report`: whose it is
                return _owner(phrase.text)
            if noun in ORGANISATION_NOUNS:
                return self.organisation(phrase.at, noun)
            if noun in PERSON_NOUNS:
                named = self.antecedent(phrase.at, PERSON, noun, kin_only=True)
                if named is not None:
                    return named
                if self.unnamed.get(noun, [phrase.at])[0] < phrase.at:
                    return None  # `one legal expert said ... the expert warned`
                return self.antecedent(phrase.at, PERSON, noun)
            if not known:
                # a role the vocabulary does not know, given to someone before
                # (`il sindaco Alessandro Cecchi ... ha detto il sindaco`)
                return self.antecedent(phrase.at, PERSON, noun, kin_only=True)
        return None


def _owner(text: str) -> str | None:
    """The capitalised words of a description, as one name: `a Harbor Analytics’
    forecast` gives `Harbor Analytics`."""
    words = [w for w in text.split()[1:] if w[:1].isupper()]
    if not words:
        return None
    words[-1] = strip_possessive(words[-1])
    return " ".join(words)


def names_nobody(phrase: Phrase) -> bool:
    """`the statement`, `a new study`, `That demand stays low`, `her closing`: a
    description that stands for no one the article could name: a document, or
    words no noun of ours heads that run longer than a person's description
    (`the ex-associate`, `the 72-year-old` are someone)."""
    if phrase.kind != DESCRIPTION or phrase.capitalised:
        return False
    noun = phrase.words[0]
    if any(
        form in ORGANISATION_NOUNS or form in PERSON_NOUNS or form in ANONYMOUS_PLURALS
        for form in (noun, noun.removesuffix("s"), noun.removesuffix("es"))  # `the physicians`
    ):
        return False
    return noun in DOCUMENT_NOUNS or noun.endswith("ing") or len(phrase.text.split()) > 3


# --- the rule ------------------------------------------------------------------------


def _views(draft: Draft) -> list[_Para]:
    by_place: dict[tuple[str, int], list[int]] = {}
    for n, quote in enumerate(draft.quotes):
        by_place.setdefault((quote.field, quote.index), []).append(n)
    out: list[_Para] = []
    base = sentence_base = 0
    for field, index, para in draft.fields():
        numbers = by_place.get((field, index), [])
        spans = []
        for n in numbers:
            quote, site = draft.quotes[n], draft.quote_sites[n]
            spans.append(Span(site.open, site.close, "double", quote.start, quote.end))
        pv = view(para.text, tuple(spans))
        out.append(_Para(pv, base, sentence_base, numbers))
        base += len(pv.tokens) + 1
        sentence_base += len(pv.sentences)
    return out


def _resolver(paras: list[_Para]) -> _Resolver:
    found: list[Mention] = []
    by_sentence: dict[int, list[Mention]] = {}
    positions: list[tuple[int, int]] = []
    unnamed: dict[str, list[int]] = {}
    unnamed_speakers: list[int] = []
    pronouns: dict[int, list[tuple[int, bool, bool]]] = {}
    lead_pronouns: dict[int, tuple[int, str]] = {}
    for para in paras:
        tokens, ranges, base = para.view.tokens, para.view.sentences, para.base
        named = paragraph_mentions(tokens, ranges, base, para.sentence_base, para.view.wide)
        for s, (first, _stop) in enumerate(ranges):
            number = para.sentence_base + s
            positions.append((base + first, number))
            by_sentence[number] = named[s]
            found.extend(named[s])
        lowers = list(map(_LOWER, tokens))
        # he/she/his/her... and the first he/she/they/it/we of each sentence (in its first 8 words)
        s = 0
        for k in compress(count(), map(_PRONOUN_WORDS.__contains__, lowers)):
            while k >= ranges[s][1]:
                s += 1
            number = para.sentence_base + s
            word = lowers[k]
            if word in _GENDERED:
                pronouns.setdefault(number, []).append((base + k, word in _MALE, word not in _OBJECTS))
            if word in PRONOUNS and number not in lead_pronouns and k < ranges[s][0] + 8:
                lead_pronouns[number] = (base + k, word)
        for k in compress(count(), map(_UNNAMED_HEADS.__contains__, lowers)):
            det = next((d for d in range(k - 1, max(-1, k - 5), -1) if lowers[d] in _INDEFINITE), None)
            if det is None:
                continue
            if lowers[k] in PERSON_NOUNS:
                unnamed.setdefault(lowers[k], []).append(base + k)
            if _unnamed_speaker(tokens, det, k, ranges):
                unnamed_speakers.append(base + k)
    starts = frozenset(at for at, _n in positions)
    book = NameBook(found)
    book.add_persons(_persons_by_pronouns(by_sentence, pronouns, starts))
    return _Resolver(book, by_sentence, positions, unnamed, unnamed_speakers, pronouns, lead_pronouns, starts)


def _persons_by_pronouns(
    by_sentence: dict[int, list[Mention]], pronouns: dict[int, list[tuple[int, bool, bool]]], starts: frozenset[int]
) -> set[str]:
    """Names the he/she after them show to be people: a name opening a sentence
    that has he/she/his/her after it and no other name in it that speaks; once
    if the name speaks itself (`Omar asked the court for mercy, saying she ...`),
    twice for a full name that does not (`Buckley, who had not sung in years,
    worried that she ...`). `Acme said it ...` makes no one a person."""
    full = {m.key for found in by_sentence.values() for m in found if len(m.words) > 1 and not m.organisation}
    found: set[str] = set()
    seen: dict[str, int] = {}
    for n, gendered in pronouns.items():
        names = [m for m in by_sentence.get(n, ())[:MENTIONS_PER_SENTENCE] if not m.organisation]
        if not names or names[0].at not in starts or names[0].text.endswith(_POSSESSIVE_ENDINGS):
            continue
        first = names[0]
        if any(m.speaks for m in names[1:]) or not any(at > first.at for at, _male, _subject in gendered):
            continue
        if first.speaks:
            found.add(first.key)
        elif first.key in full:
            seen[first.key] = seen.get(first.key, 0) + 1
    return found | {key for key, times in seen.items() if times > 1}


# Heads of a description of someone left unnamed (`a source close to the talks`).
_UNNAMED_HEADS = PERSON_NOUNS | {"source"}
# Words before `a doctor` that make it what someone is, not someone new (`who is a doctor`).
_COPULAS = frozenset("is was are were be been being became becomes as".split())


def _unnamed_speaker(tokens: list[Token], det: int, head: int, ranges: list[tuple[int, int]]) -> bool:
    """Is `a doctor from Hebron` (tokens[det:head + 1]) someone left unnamed who
    speaks: after an inverted reporting verb (`says a doctor`), or the subject of
    one later in its sentence with no name or pronoun between (`a source close to
    the inquiry has told reporters`); not an appositive (`Jane Roe, a lawyer,`)
    nor a predicate (`who is a doctor`)?"""
    if det > 0:
        before = tokens[det - 1]
        if before.lower in _COPULAS or (before.text == "," and det > 1 and tokens[det - 2].is_name):
            return False
        if is_verb(before, speech_only=True):
            return True
    stop = ranges[bisect_right(ranges, (head, len(tokens))) - 1][1]  # the end of head's sentence
    for j in range(head + 1, min(stop, head + 12)):
        token = tokens[j]
        if token.is_name or token.lower in PRONOUNS or token.quote is not None:
            return False
        if is_verb(token, speech_only=True) and not token.lower.endswith("ing"):
            return True
    return False


def rule(draft: Draft) -> None:
    if not draft.quotes:
        return
    paras = _views(draft)
    resolver = _resolver(paras)
    # what each quotation's own sentence says
    attributions: list[Attribution | None] = [None] * len(draft.quotes)
    for para in paras:
        for q, n in enumerate(para.quotes):
            attributions[n] = _own(para.view, q, para.base)
    _share_across_paragraphs(draft, attributions)
    _borrow(draft, paras, attributions, resolver)
    resolver.book.add_speakers(
        {surname(a.phrase.words) for a in attributions if a is not None and a.phrase and a.phrase.kind == NAME}
    )
    for n, quote in enumerate(draft.quotes):
        attribution = attributions[n]
        if attribution is not None:
            draft.quotes[n] = _attributed(quote, attribution, resolver)


def _share_across_paragraphs(draft: Draft, attributions: list[Attribution | None]) -> None:
    """A quotation running over several paragraphs has one speaker, usually
    named in its last part: every part without its own takes the first found."""
    chain: list[int] = []
    for n in range(len(draft.quotes) + 1):
        if n < len(draft.quotes) and draft.quote_sites[n].continues and chain:
            chain.append(n)
            continue
        found = next((attributions[m] for m in chain if attributions[m] is not None), None)
        if len(chain) > 1 and found is not None:
            for m in chain:
                attributions[m] = attributions[m] or found
        chain = [n]


def _borrow(draft: Draft, paras: list[_Para], attributions: list[Attribution | None], resolver: _Resolver) -> None:
    """Quotations their own sentence does not attribute take the attribution of
    the turn they belong to (steps 4 and 5 of the module docstring)."""
    previous: Attribution | None = None  # the speaker of the last paragraph with quotations
    other: Attribution | None = None  # the one who spoke before `previous`, someone else
    for p, para in enumerate(paras):
        later: list[Attribution | None] = [None] * len(para.quotes)
        upcoming: Attribution | None = None
        for q in range(len(para.quotes) - 1, -1, -1):
            later[q] = upcoming
            upcoming = attributions[para.quotes[q]] or upcoming
        earlier: Attribution | None = None
        for q, n in enumerate(para.quotes):
            if attributions[n] is None:
                attributions[n] = _turn(draft, paras, p, q, earlier, later[q], (previous, other), resolver)
            earlier = attributions[n] or earlier
        if para.quotes:
            # the turn before is this paragraph's: when none of its quotations has
            # a speaker, a quotation after it must not reach past it to an older one
            if earlier is None or previous is None:
                other = None
            elif _speaker_of(previous, resolver) != _speaker_of(earlier, resolver):
                other = previous
            previous = earlier


def _speaker_of(attribution: Attribution, resolver: _Resolver) -> str | None:
    return resolver.speaker(attribution.phrase) if attribution.phrase is not None else None


def _asks(draft: Draft, para: _Para) -> bool:
    """Does the paragraph end on a question in quotation marks?"""
    if not para.quotes:
        return False
    last = draft.quotes[para.quotes[-1]]
    return last.text.rstrip("”’\"' ").endswith("?")


def _turn(
    draft: Draft,
    paras: list[_Para],
    p: int,
    q: int,
    earlier: Attribution | None,
    later: Attribution | None,
    turns: tuple[Attribution | None, Attribution | None],
    resolver: _Resolver,
) -> Attribution | None:
    """The attribution an unattributed quotation borrows; `turns` holds the
    speaker of the last paragraph with quotations and the other one before it."""
    previous, other = turns
    para = paras[p]
    n = para.quotes[q]
    if draft.quote_sites[n].continues and previous is not None:
        return previous
    start_of_para = para.view.quote_sentence[q] == 0
    lead = _colon_lead(para, q)
    if lead is not None and resolver.named_person(lead):
        return Attribution(lead, None)
    chosen = earlier
    if chosen is None:
        chosen = _last_speech(para.view, para.view.quote_token[q], para.base)
        if chosen is None and start_of_para and p > 0:
            prev = paras[p - 1]
            chosen = _last_speech(prev.view, len(prev.view.tokens), prev.base)
    chosen = chosen or later
    if chosen is None:
        # `Reyes bought a truck and leased it out. “I made two salaries.”`
        subject = _subject_before_quote_sentence(para, q, resolver)
        if subject is not None:
            chosen = Attribution(subject, None)
    if chosen is None and p + 1 < len(paras):
        chosen = _signature(paras[p + 1])
    if chosen is None and p > 0 and para.view.quote_token[q] == 0:
        # `Asked what she would miss, Moray did not hesitate.` then `“The storms...`
        setup = _setup(paras[p - 1])
        if setup is not None and resolver.named_person(setup):
            chosen = Attribution(setup, None)
    if draft.quotes[n].partial:
        # a fragment in a sentence with no reporting verb: the sentence's subject,
        # when it is someone (not `Michigan` or `the Earth` in `... in Michigan, “...”`)
        first, _stop = window(para.view, q)
        subject, _cue = _clause_subject(para.view.tokens, para.view.quote_token[q], first, para.base)
        if subject is not None and resolver.may_speak(subject):
            return Attribution(subject, None)
    if chosen is None and start_of_para and p > 0 and paras[p - 1].quotes:
        # a paragraph of quotation answering a question is the other one's turn
        chosen = other if other is not None and _asks(draft, paras[p - 1]) else previous
    return chosen


def _attributed(quote: Quote, attribution: Attribution, resolver: _Resolver) -> Quote:
    q, phrase = quote, attribution.phrase
    speaker, speaker_text = (
        (q.speaker, q.speaker_text) if phrase is None else (resolver.speaker(phrase), phrase.text or None)
    )
    return Quote(q.text, speaker, speaker_text, attribution.cue, q.partial, q.field, q.index, q.start, q.end)
