"""Byline evidence: `By Jane Doe and John Roe`, `Jane Doe | Reuters`,
`By The Associated Press`, `Posted by ...`, `Autori: ...`, a lone agency name,
and a byline a scrape glued to itself or to contact details.

`match(text)` says how much of a line is a byline; `authors(byline)` pulls the
person or agency names out of it; `is_lead_only` and `looks_like_name_line`
spot a byline label alone and a bare name; `given_name` says whether a name
opens with a common given name. `desk_line` and `copyright_name` read the
rarer forms the byline decision also weighs (`Our Foreign Staff`, `© 2003
Jane Roe`); they are asked about a few candidate lines, not every line.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..vocab.agencies import AGENCIES, AGENCIES_WORDS
from ..vocab.given_names import GIVEN_NAMES
from ..vocab.not_names import NOT_NAME_NOUNS
from ..vocab.roles import (
    BYLINE_FURNITURE,
    BYLINE_LEADS,
    CREDENTIALS,
    DESK_WORDS,
    JOB_WORDS,
    NOT_NAME_WORDS,
    OUTLET_WORDS,
    ROLE_WORDS,
)
from ..vocab.sitewide import SECTION_WORDS
from ..vocab.speakers import TITLES

# Unwrapping and the evidence of a page ask about the same line: answers are kept.
_CACHE_LINES = 4096


def _alternatives(phrases: list[str]) -> str:
    return "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))


# A label that ends in a colon needs nothing after it; a word (`By`, `Por`)
# must be followed by a space or a colon, so that `Bylines` is no label.
_LEAD = regex.compile(
    r"(?i)^(?:(?:"
    + _alternatives([lead for lead in BYLINE_LEADS if not lead.endswith((":", "："))])
    + r")(?=[\s:：])\s*[:：]?|(?:"
    + _alternatives([lead for lead in BYLINE_LEADS if lead.endswith((":", "："))])
    + r"))\s*"
)
_LONGEST_LEAD = max(len(lead) for lead in BYLINE_LEADS)
# The colon labels that name the writer even written alone without the colon
# (`Texto` / `Ana Sousa`); not `Story`, `Text` or `Words`, which a page's tabs say too.
_COLON_LEADS = frozenset(lead for lead in BYLINE_LEADS if lead.endswith(":")) - {"story:", "text:", "words:"}
_FURNITURE = _alternatives(list(BYLINE_FURNITURE))
# Job titles a scrape glues to the name (`Jane RoeStaff Writer`); short words
# (`Md`, `Dr`) are left out: they end too many names' capitals.
_GLUED_ROLES = _alternatives([w.title() for w in ROLE_WORDS if len(w) >= 4 and w.isalpha()])
# Where a byline stops: a timestamp or furniture glued on after the name.
_TAIL = regex.compile(
    r"""(?x)\s*(?:
        [|•·] | \s[-–—/]\s                            # a separator
      | \bon\s+(?=\p{Lu}\p{Ll}+\s+\d)                # `on November 14, 2019`
      | \s(?=\d+\s*(?:min|mins|minutes?|comments?|hours?|hrs?|days?|shares?|views?)\b)  # `Jane Roe 3 min read`
      | \s(?:for|FOR)\s+(?=\p{Lu})                    # `for The Guardian`, `FOR MAILONLINE`
      | \s(?:at|AT)\s+(?=\p{Lu}|\d)                  # `at Fr Moloney Park`, `Posted by Jane Roe at 8:47 PM`
      | (?:(?<=\p{Ll})|\s)(?=By\s+\p{Lu})               # the byline again: `By Jane RoeBy Jane Roe`
      | (?<=\p{Ll})(?=\p{Lu}{3,})                     # shouted furniture glued on
      | (?<=\p{Ll})/?(?=(?:"""
    + _GLUED_ROLES
    + r""")(?!\p{Ll}))                              # `Jane RoeStaff Writer`, `Jane Roe/Staff Writer`
      | (?<=\b\p{Lu}\p{Ll}{2,})(?<!\bMac)(?=(?:\p{Lu}\p{Ll}+\s+){1,2}(?:"""
    + _GLUED_ROLES
    + r""")(?!\p{Ll}))                              # `Helen MarshCourt Reporter`: a desk's word before the job
      | (?:(?<=\p{Ll})|\s)(?=(?:"""
    + _FURNITURE
    + r""")(?!\p{Ll}))                              # `View More Articles`, `Become a fan`
    )"""
)
# `(avec Belga)`, `(with agencies)`, `(con ANSA)`: the wire a writer's story drew on.
_WITH_AGENCY = regex.compile(r"\s*\((?:with|avec|con|mit|com|met|z)\s+(?P<wire>[^()]{2,30})\)$")
# Leads that are also a language's articles (Greek `της`, `του`): a name after them only.
_ARTICLE_LEADS = frozenset(w.casefold() for w in ("της", "του"))  # (casefold turns `ς` into `σ`)
# Leads that are English words too (Dutch `Door`, Swedish `Av`, Danish `Af`): people only after them.
_ENGLISH_WORD_LEADS = frozenset(("door", "av", "af"))
# The dashes an agency's sign-off under a story opens with (`— Bernama`).
_SIGN_OFF_DASHES = "—–-‒ "
# A job title glued on with a slash: `Jane Roe/Staff Reporter`.
_SLASHED_ROLE = regex.compile(r"(?<=\p{Ll})/(?=(?:" + _GLUED_ROLES + r")(?!\p{Ll}))")
# The article elided before a vowel in French and Italian (`L'Écho`): no name opens with it.
_ELIDED_ARTICLE = regex.compile(r"^[Ll]['’]\p{L}")
# `From Jane Roe, Lagos`: a lead only before a person (see `_from_people`).
_FROM = ("From ", "FROM ")
_FROM_PLACE = regex.compile(r",|\s+(?:in|IN)\s+")
_PARTICLES = frozenset("de da du van von der den ter ten del la le bin binti ibn al el dos das di".split())
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*|" + "|".join(sorted(_PARTICLES)) + r")$")
# The words that join two people: `and` in the languages of the byline labels
# (lower case, or a shouted byline's `AND`: `Dan`, `Y.` stay names).
_PEOPLE_JOINERS = ("and", "AND", "und", "et", "y", "e", "en", "og", "och", "ve", "dan", "и")
_JOINS_PEOPLE = frozenset((*_PEOPLE_JOINERS, "&"))
# Between people: commas, semicolons, `&` and those words.
_SPLIT_PEOPLE = regex.compile(r"\s*(?:,|;|&|\b(?:" + "|".join(_PEOPLE_JOINERS) + r")\b)\s*")
_HANDLE = regex.compile(r"@\w+")
# A byline may end on an abbreviated state or title (`..., Elgin, Ill.`, `Jr.`).
_ABBREVIATED_END = regex.compile(r"(?<![^\s,])\p{Lu}\p{L}{0,4}\.$")
# An `and` of a byline, before a list's last person (see `_without_affiliations`).
_JOIN = regex.compile(r"(?:^|\s)(?:&|" + "|".join(_PEOPLE_JOINERS) + r")\s")
# Contact details glued to a byline: e-mail addresses, handles, phone numbers.
# Each alternative starts only at a token boundary and takes its run
# possessively, so a long run of non-space text is scanned once, not once per
# character (linear, not quadratic).
_CONTACT = regex.compile(r"(?<![^\s(@])[^\s(@]++@[\w-]++\.[\w.]++|@\w++|(?<!\d)\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")
# The credits after a wire story's reporters (`Reporting by Jane Roe; Editing by
# Bo Park`): editors and contributors are not its writers.
_OTHER_CREDITS = regex.compile(
    r"(?i)\s*;\s*(?:additional\s+|further\s+)?(?:editing|edited|compiled|graphics|photos?|reporting|research)\s+by\b.*$"
)
_WRITING_CREDIT = regex.compile(r"(?i)\s*;\s*writing\s+by\s+")
# A correspondent's place after the name (`Jane Roe in Lagos`).
_IN_PLACE = regex.compile(r"\s+in\s+\p{Lu}.*$")
# A preposition left over where a time was cut off (`Posted by Jane Doe on`).
_TRAILING_WORD = regex.compile(r"(?i)(?<!\s)\s++(?:on|at|in|from|for)\s*+$")
_MAX_WORDS = 14
# The first field of `Jane Doe | Reuters` or `PTI, Washington,`.
_FIRST_FIELD = regex.compile(r"\s*[|,]\s*")
# Longer than this, a line is no bare name (furniture glued on included).
_MAX_NAME_LINE = 80
# A byline this long that ends in a full stop is a sentence.
_MAX_SENTENCE_WORDS = 6
# `By then, ...`, `By the time ...`: sentences, not bylines
_NOT_NAME_STARTS = frozenset({"then", "now", "the", "a", "an", "far", "contrast", "comparison"})


# Where a byline's sentence ends (`By Jane Doe and John Roe. Updated ...`): a
# full stop after a word, not after an initial or a title (`Prof.`, `Jr.`).
_SENTENCE_END = regex.compile(
    r"(?<=\p{Ll}{2}(?<!\b(?:Mrs|Prof|Rev|Gen|Col|Capt|Sgt|Gov|Sen|Rep|Hon|Msgr)))\.\s+(?=\p{Lu})"
)
# A job title in brackets after a name (`Anna Ūdre (foreign news editor)`).
_ASIDE = regex.compile(r"\s*\([^()]*+\)")
# `The Washington Post`, `The Kitchn`: an outlet, never a person.
_OUTLET_START = regex.compile(r"(?i)^the\s")
# Titles before a name, skipped when looking for the given name.
_HONORIFICS = frozenset("dr prof mr mrs ms sir dame rev fr".split())
# `Jane Roe, Health Reporter`: a name, a comma, then a job title.
_MAX_ROLE_TAIL_WORDS = 5
# `David Lassman | d@x.com By David Lassman | d@x.com`: the line says itself twice.
_SAID_TWICE = regex.compile(r"^(\p{Lu}\S*\s+\S+).*?\sBy\s+\1")
_COPYRIGHT = regex.compile(
    r"(?i)^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–,]\s*\d{4})*\s*,?\s*)?(?-i:(\p{Lu}[^.,;|]*?))[.,]?"
    r"(?:\s+all rights reserved\.?)?$"
)


def _fold(word: str) -> str:
    """A word as the vocabularies write it: case-folded, accents and outer
    punctuation dropped."""
    word = word.strip(".,;:()'’\"").casefold()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def given_name(name: str) -> bool:
    """Whether a name opens with a common given name (`Tom Bennett`, `Dr. Ana
    Ruiz`, `Jean-Pierre Roux`, `KIM Min-jun`)."""
    for word in name.split()[:2]:
        folded = _fold(word)
        if folded in _HONORIFICS:
            continue
        return folded in GIVEN_NAMES or ("-" in folded and folded.split("-", 1)[0] in GIVEN_NAMES)
    return False


def _without_titles(piece: str) -> str:
    """`Lynne Eldridge MD` -> `Lynne Eldridge`; `Dr. Ana Ruiz` -> `Ana Ruiz`."""
    words = piece.split()
    while len(words) > 2 and _is_credential(words[-1]):
        words.pop()
    while len(words) > 2 and _fold(words[0]) in _HONORIFICS:
        words.pop(0)
    # a job title before the name: `Senior Meteorologist Dana Ruiz`, `political reporter Jane Roe`
    at = 0
    while at < len(words) - 2 and (_fold(words[at]) in ROLE_WORDS or words[at][:1].islower()):
        at += 1
    if at and (given_name(" ".join(words[at:])) or _looks_like_name(" ".join(words[at:]))):
        del words[:at]
    return " ".join(words)


def _is_credential(word: str) -> bool:
    return _fold(word).replace(".", "") in CREDENTIALS


def _name_before_role(piece: str) -> str:
    """`Jane Roe Staff Writer` -> `Jane Roe`; `Ben Silverman Games Editor` ->
    `Ben Silverman`; `Bo Park CITY TIMES` -> `Bo Park`: the name is what comes
    before the job title and its topic, or the outlet in capitals, when it
    opens with a common given name."""
    words = piece.split()
    if not piece.isupper():
        # an outlet in capitals after a name: `Bo Park CITY TIMES`; not a surname
        # in capitals right after the given name (`Yves LE BIHAN`)
        k = len(words)
        while k > 0 and words[k - 1].isupper() and len(words[k - 1]) > 1:
            k -= 1
        # one long word in capitals is the surname (`Mehmet Ali KARADUMAN`); an
        # outlet is an acronym or several words (`Bo Park CNN`, `Bo Park CITY TIMES`)
        if k >= 2 and (len(words) - k >= 2 or len(words[-1]) <= _MAX_ACRONYM or words[-1].casefold() in AGENCIES):
            del words[k:]
    at = next((k for k, w in enumerate(words) if w.casefold().strip(".,") in ROLE_WORDS), len(words))
    if at < 2:
        return piece
    # a job title in sentence case starts at the capital before its lower-case
    # words: `Harriet Colebrook Social affairs correspondent`
    lower = next((k for k in range(2, at + 1) if k < len(words) and words[k][:1].islower()), None)
    if lower is not None and lower - 1 >= 2:
        at = lower - 1
    # a desk's name before the job: `Bethan Hughes Local Democracy Reporter`
    section = next((k for k in range(2, at) if words[k].casefold() in SECTION_WORDS), None)
    if section is not None:
        at = section
    name = words[:at]
    while len(name) > 2 and _fold(name[-1]) in NOT_NAME_NOUNS:
        name.pop()
    found = " ".join(name)
    return found if found != piece and given_name(found) and _looks_like_name(found) else piece


# The longest outlet written as an acronym after a name (`Bo Park CNN`).
_MAX_ACRONYM = 4
# `Jane Roe Springfield Gazette`: at least this many outlet words after the name
# (`Mary Ann Post` is a name).
_MIN_GLUED_OUTLET_WORDS = 2


def _name_before_outlet(piece: str) -> str:
    """`Jane Roe Springfield Gazette` -> `Jane Roe`; `Bo A. Park Twin City
    News-Herald` -> `Bo A. Park`; `BO PARK Associated Press` -> `BO PARK`: a
    name that opens with a common given name, then a few capitalised words
    ending in an outlet's word (or an agency's name), with no separator between."""
    words = piece.split()
    for at in range(2, len(words)):  # an agency glued on: `ROBERT FENWICK Associated Press`
        if " ".join(words[at:]).casefold() in AGENCIES and _looks_like_name(" ".join(words[:at])):
            return " ".join(words[:at])
    if len(words) < 2 + _MIN_GLUED_OUTLET_WORDS or _fold(words[-1]).rsplit("-", 1)[-1] not in OUTLET_WORDS:
        return piece
    at = 3 if len(words[1].strip(".")) == 1 else 2  # a middle initial
    name, outlet = words[:at], words[at:]
    # (a channel's number may stand among them: `CityWide 12 News`)
    if not _MIN_GLUED_OUTLET_WORDS <= len(outlet) <= _MAX_OUTLET_WORDS or not all(
        w[:1].isupper() or w.isdigit() for w in outlet
    ):
        return piece
    found = " ".join(name)
    return found if given_name(found) and _looks_like_name(found) else piece


def _names_agency(rest: str) -> bool:
    folded = rest.casefold().strip(" .,")
    return folded in AGENCIES or folded.startswith("the associated press")


def _looks_like_name(piece: str) -> bool:
    words = piece.split()
    if not 1 <= len(words) <= 5:
        return False
    if any(w.casefold().strip(".,") in ROLE_WORDS for w in words):
        return False
    if words[0].casefold() in NOT_NAME_WORDS:
        return False  # `Also Read | ...`, `The Latest`: no name opens with a function word or a page verb
    if any(_fold(w) in NOT_NAME_NOUNS for w in words):
        return False  # `Melbourne Cricket Ground`, `Tech Insider`: a place or an outlet
    if piece.casefold() in AGENCIES:
        return False
    # a lone upper-case acronym (`CNN`, `MS`) is an outlet or a credential
    if len(words) == 1 and (words[0].isupper() and len(words[0]) <= 4):
        return False
    return all(_NAME_WORD.match(w) for w in words)


# A Chinese paper's reporter credit (`記者林佳蓉／台南即時報導`, `本报记者 周振宇 刘晓霞`),
# perhaps after the paper's name; not a photo's credit (`记者 周振宇 摄`).
_REPORTER_CREDIT = regex.compile(
    r"^(?:\S{2,8}\s+)?(?:本报|本報)?(?:记者|記者)\s*(?P<names>\p{Han}{2,4}(?:[\s、，]+\p{Han}{2,4}){0,3})"
    r"\s*(?:[／/]\s*\p{Han}{0,6}(?:报道|報導)|(?:报道|報導))?$"
)
# What parts the Han names of one credit (`周振宇 刘晓霞`, `周振宇、刘晓霞`).
_HAN_NAMES_SPLIT = regex.compile(r"[\s、，,]+")


def _reporters(text: str) -> list[str]:
    m = _REPORTER_CREDIT.match(text.strip()) if ("记者" in text or "記者" in text) else None
    return _HAN_NAMES_SPLIT.split(m["names"]) if m else []


def authors(byline: str) -> list[str]:
    """Person names from a byline; the agency or desk when no person is named.

    `By Jane Holt, CNN Business` gives the person only; `Reuters, Washington,`
    gives the agency; `by jdadmin` gives the account name it credits;
    `記者林佳蓉／台南即時報導` gives the reporter.
    """
    reporters = _reporters(byline)
    if reporters:
        return reporters
    if byline[:1] in "（(" and (bracketed := bracketed_name(byline.strip())) is not None:
        byline = bracketed
    uncased = _uncased_match(byline)
    if uncased is not None:
        # Han names are listed with spaces (`周振宇 刘晓霞`); an Arabic name has them inside
        return _HAN_NAMES_SPLIT.split(byline) if uncased["han"] else [byline]
    text = " ".join(_CONTACT.sub(" ", byline).split()).lstrip(_SIGN_OFF_DASHES)  # single spaces keep the splits linear
    text = text.replace("*", "")  # a footnote's mark pointing at the writer's bio (`JANE ROE*`)
    text = _LEAD.sub("", _ASIDE.sub("", text) if "(" in text else text)
    if "/" in text:
        head, _, agency = text.rpartition("/")
        text = head if head.strip("/ ") and agency.strip().casefold() in AGENCIES else text.strip("/")
    if text.startswith(_FROM):
        text = _from_people(text) or text
    text = _TAIL.split(text, maxsplit=1)[0]
    if ". " in text:
        text = _SENTENCE_END.split(text, maxsplit=1)[0]
    if ";" in text:
        text = _WRITING_CREDIT.sub(", ", _OTHER_CREDITS.sub("", text))
    text = _TRAILING_WORD.sub("", text).strip(" ,.:")
    if "," in text and _JOIN.search(text):
        text = _without_affiliations(text)
    pieces = _without_jobs([_without_titles(p.strip(" .,")) for p in _SPLIT_PEOPLE.split(text) if p and p.strip(" .,")])
    pieces = [_name_before_role(_name_before_outlet(_IN_PLACE.sub("", p))) for p in pieces]
    people = [
        p
        for p in pieces
        if len(p.split()) >= 2 and not _OUTLET_START.match(p) and not _acronym_led(p.split()) and _looks_like_name(p)
    ]
    if people:
        return list(dict.fromkeys(people))
    agencies = [p for p in pieces if p.casefold() in AGENCIES]
    if agencies:
        return agencies[:1]
    if pieces:
        first = pieces[0]
        if 1 <= len(first.split()) <= 5 and first[:1].isalnum():
            return [first]
    return []


def _without_affiliations(text: str) -> str:
    """`Ana Souza e Rui Mattos, Portal Sul e Região` -> `Ana Souza e Rui Mattos`:
    a list of people ends with its last `and`; what follows a comma after that
    person is the outlet or the place, up to a comma that opens another list
    with `and` (`..., Open Docket, and Lise Carmody, The Harbor Courier`)."""
    kept: list[str] = []
    closed = False
    for field in text.split(","):
        if closed and _JOIN.match(field) is None:
            continue
        kept.append(field)
        closed = _JOIN.search(field) is not None
    return ",".join(kept)


def _without_jobs(pieces: list[str]) -> list[str]:
    """`Amara Okafor, Field Coordinator, Lake Zone Programmes` -> `Amara Okafor`:
    a job title written after a comma, and what follows it up to the next
    named person (the job's desk or programme), name nobody."""
    kept: list[str] = []
    in_job = False
    for piece in pieces:
        if kept and any(w.casefold() in JOB_WORDS for w in piece.split()):
            in_job = True
        elif not in_job or _named_person(piece):
            in_job = False
            kept.append(piece)
    return kept


@lru_cache(maxsize=_CACHE_LINES)
def match(text: str) -> str | None:
    """The byline part of a line, or None when the line is not a byline."""
    # split no further than a byline's length: a long paragraph is not split through
    words = text.split(None, _MAX_WORDS + 6)
    if not words or len(words) > _MAX_WORDS + 6:
        return None
    if "@" in text:  # `d@x.com By David Lassman`: contact details say nothing either way
        text_without_contacts = " ".join(_CONTACT.sub(" ", text).split()).strip(" |,")
        found = _match(text_without_contacts, text_without_contacts.split()) if text_without_contacts else None
        return None if found is None else text
    return _match(text, words)


def _match(text: str, words: list[str]) -> str | None:
    if _reporters(text):
        return text
    if text.startswith(_FROM) and _from_people(text) is not None:
        return text
    lead = _LEAD.match(text)
    if lead:
        rest = text[lead.end() :]
        if not rest or (not rest[:1].isalpha() and rest[:1] != "@"):
            return None
        word = lead.group().strip(" :：").casefold()
        if word in _ARTICLE_LEADS and not rest[:1].isupper():
            return None  # `Της κυβέρνησης η απόφαση ...`: an article opening a sentence
        if rest[:1].islower() and not (word.endswith("by") or lead.group().rstrip().endswith((":", "："))):
            # `Par ailleurs, ...`, `Von der Sperrung betroffen ...`: a word of another
            # language opening a sentence; only English `by` or a label takes a handle
            # in lower case (`by webadmin`, `Autor: redakcja`)
            return None
        if word in _ENGLISH_WORD_LEADS and (
            " by " in f" {rest.casefold()} " or not all(_looks_like_name(p) for p in _SPLIT_PEOPLE.split(rest) if p)
        ):
            return None  # `Door Hardware By Brand`: an English word, not Dutch `Door`
        # `by` must be followed by a name, not a sentence (`By then, ...`) or a
        # menu's sort key (`By subject`, `By Region`)
        if rest.split()[0].casefold().strip(",.;:") in _NOT_NAME_STARTS and not _names_agency(rest):
            return None
        if all(_fold(w) in NOT_NAME_NOUNS or w.casefold() in NOT_NAME_WORDS for w in rest.split()):
            return None
        if len(words) > _MAX_SENTENCE_WORDS and text.endswith(".") and not _ABBREVIATED_END.search(text):
            return None  # a sentence that starts with `By` (not a place's abbreviation: `Elgin, Ill.`)
        return text if authors(text) else None
    bare = text.strip(" ,.")
    if bare.lstrip(_SIGN_OFF_DASHES).strip("/").casefold() in AGENCIES:
        return text  # `Reuters`, and an agency's sign-off under a story (`— Bernama`, `/ritzau/`)
    if signs_off(text) and _named_people(bare.lstrip(_SIGN_OFF_DASHES)):
        return text  # a writer's sign-off under a story: `— Jane Roe`
    if text[:1] in "（(" and bracketed_name(text) is not None:
        return text  # `（佐藤美咲）`
    if text.endswith(")") and (aside := _WITH_AGENCY.search(text)) is not None:
        wire = aside.group("wire").casefold()
        if (wire in AGENCIES or wire in AGENCIES_WORDS) and _named_people(text[: aside.start()].strip()):
            return text  # `Julien Vanderlinden (avec Belga)`: the writer and the wire he drew on
    if "/" in bare:
        bare = _SLASHED_ROLE.sub(", ", bare)  # `Jane Roe/Staff Reporter` reads as `Jane Roe, Staff Reporter`
        head, slash, agency = bare.rpartition("/")
        if slash and agency.casefold() in AGENCIES and _named_people(head):
            return text  # `Emma Lindqvist/TT`: the writer and the agency she files for
        words = bare.split()
    # `Jane Doe | Reuters`, `PTI, Washington,`
    head = _FIRST_FIELD.split(bare, maxsplit=1)[0] if "|" in bare or "," in bare else bare
    if head.casefold() in AGENCIES and len(words) <= 6:
        return text
    if "|" in bare and _looks_like_name(head):
        return text
    if " By " in text and _SAID_TWICE.match(text) and authors(text):
        return text  # `Jane Roe, City Desk By Jane Roe, City Desk`
    if any(w in _JOINS_PEOPLE for w in words) and len(words) <= _MAX_WORDS and _names_only(bare):
        return text  # `Ann Lee and Bo Park CITY TIMES`
    if len(words) <= _MAX_WORDS and _names_then_outlet(bare):
        return text  # `Jane Roe, CNN`, `Jane Roe for The Guardian`, `Ann Lee and Bo Park, Reuters`
    if (
        len(words) <= _MAX_WORDS
        and text[:1].isupper()
        and any(w.casefold().strip(".,") in JOB_WORDS for w in words[2:])
        and _role_after_name(bare, head if "," in bare else None)
    ):
        return text
    return None


def signs_off(text: str) -> bool:
    """The line opens with a dash and a capital, the way a sign-off under a
    story names its writer or agency (`— Jane Roe`, `-- Bernama`)."""
    rest = text.lstrip(_SIGN_OFF_DASHES)
    return len(rest) < len(text) and text[:1] != " " and rest[:1].isupper()


def _from_people(text: str) -> str | None:
    """The people of `From Jane Roe, Lagos`, `From Jane Roe in Lagos`, without
    their place: a correspondent's byline in papers that credit a reporter away
    from the desk (not `From the archives`: people with common given names must
    follow); None when the line is no such byline."""
    head = _FROM_PLACE.split(text[len(_FROM[0]) :], maxsplit=1)[0].strip()
    return head if _named_people(head) else None


def _named_people(text: str) -> list[str]:
    """The people `text` lists (`Ann Lee and Bo Park`), when each is a named
    person (see `_named_person`); else none."""
    people = [p for p in _SPLIT_PEOPLE.split(text) if p]
    return people if people and all(_named_person(p) for p in people) else []


def _names_only(bare: str) -> bool:
    """Two or more people and nothing else, perhaps an outlet in capitals after
    them: `Ann Lee and Bo Park`, `Ann Lee, Bo Park & Cy Roe CITY TIMES`. Each
    opens with a common given name: tags list people too, but seldom with `and`."""
    words = bare.split()
    while len(words) > 4 and words[-1].isupper() and len(words[-1]) > 1:
        words.pop()  # the outlet
    pieces = [p for p in _SPLIT_PEOPLE.split(" ".join(words)) if p]
    return len(pieces) >= 2 and all(not p.isupper() and _named_person(p) for p in pieces)


def _named_person(piece: str) -> bool:
    """Two to four words that open with a common given name and read as a name."""
    return 2 <= len(piece.split()) <= 4 and given_name(piece) and _looks_like_name(piece)


# Where a byline's people end and their outlet begins.
_OUTLET_SEPARATOR = regex.compile(r",\s+|\s+(?:for|/|[-–—])\s+")
_OUTLET_SEPARATOR_HINTS = (", ", " for ", "/", " - ", " – ", " — ")
_MAX_OUTLET_WORDS = 4


def _names_then_outlet(bare: str) -> bool:
    """People, then the outlet they write for: `Jane Roe, CNN`, `Jane Roe for
    The Guardian`, `Ann Lee and Bo Park, Reuters`, `Jane Roe / City Times`,
    `Jane Roe (AP)`.
    Each person opens with a common given name; the outlet is a few capitalised
    words ending in an outlet's word (`Times`, `News`) or an agency."""
    if bare.endswith(")") and "(" in bare:  # `Jane Roe (AP)`
        head, _, outlet = bare[:-1].rpartition("(")
    elif not any(sep in bare for sep in _OUTLET_SEPARATOR_HINTS):
        return False  # most lines: no separator at all
    else:
        parts = _OUTLET_SEPARATOR.split(bare, maxsplit=1)
        if len(parts) != 2:
            return False
        head, outlet = parts
    head, outlet = head.strip(), outlet.strip(" .")
    outlet_words = outlet.split()
    if not 1 <= len(outlet_words) <= _MAX_OUTLET_WORDS or not all(w[:1].isupper() for w in outlet_words):
        return False
    if (
        outlet.casefold() not in AGENCIES
        and _fold(outlet_words[-1]) not in OUTLET_WORDS
        and not _acronym_led(outlet_words)
    ):
        return False
    return bool(_named_people(head))


def _acronym_led(words: list[str]) -> bool:
    """An outlet named by its letters and a region or desk (`NWR Westküste`,
    `BBC Wales`), not a job's letters (`CEO Acme`)."""
    first = words[0]
    if len(words) < 2 or not 2 <= len(first) <= _MAX_ACRONYM or not first.isupper():
        return False
    # (`ANN LEE` is a name in capitals; `CEO`, `MD` name a job or a degree)
    folded = first.casefold()
    return not all(w.isupper() for w in words) and not (folded in ROLE_WORDS or folded in JOB_WORDS or folded in TITLES)


def _role_after_name(bare: str, head: str | None) -> bool:
    """`Jane Roe, Health Reporter`, `Jane Roe Senior Reporter`: a name with a
    given name, then a job title (`head` is the part before a comma, if any)."""
    if head is None:
        head = _name_before_role(bare)
        if head == bare:
            return False
    tail = bare[len(head) :].strip(" ,").split()
    if not tail or len(tail) > _MAX_ROLE_TAIL_WORDS:
        return False
    if not any(w.casefold().strip(".,") in JOB_WORDS for w in tail):
        return False  # `Al Jazeera Media Institute`: an outlet, not a job
    if 2 <= len(head.split()) <= 4 and given_name(head) and _looks_like_name(head):
        return True
    return len(_named_people(head)) >= 2  # `Ann Lee and Bo Park, Staff Writers`: people who share the job


def is_lead_only(text: str) -> bool:
    """A byline label standing alone (`Author:`, `By`), the name on the next line."""
    if len(text) > _LONGEST_LEAD + 2:
        return False
    if text.strip().casefold() + ":" in _COLON_LEADS:
        return True  # a label written alone without its colon (`Texto` / `Ana Sousa`)
    m = _LEAD.match(text + " ")
    return m is not None and not text[m.end() - 1 :].strip()


# A name in a script without capitals, which `looks_like_name_line` cannot read:
# two to five Han or kana characters (`佐藤健一`, `周振宇`), or two to four
# Arabic or Hebrew words (`ليال بو موسى`); a few such names may be listed.
_HAN_NAME = r"[\p{Han}\p{Hiragana}\p{Katakana}ー・]{2,5}"
_UNCASED_NAME = regex.compile(
    rf"^(?:(?P<han>{_HAN_NAME}(?:[ 　、，,]+{_HAN_NAME}){{0,2}})"
    r"|[\p{Arabic}\p{Hebrew}]{2,}(?: [\p{Arabic}\p{Hebrew}]{2,}){1,3})$"
)
MAX_UNCASED_NAME_CHARS = 40
# The writer's name in brackets closing a Japanese paper's story: `（佐藤美咲）`.
_BRACKETED = regex.compile(r"^[（(]\s*([^()（）]+?)\s*[）)]$")


def uncased_name(text: str) -> bool:
    """A short name in a script without capitals (see `_UNCASED_NAME`): asked
    only of a line's leftover beside a time, or in brackets under a story,
    where the place vouches for it."""
    return _uncased_match(text) is not None


def _uncased_match(text: str) -> regex.Match[str] | None:
    return _UNCASED_NAME.match(text) if len(text) <= MAX_UNCASED_NAME_CHARS else None


def bracketed_name(text: str) -> str | None:
    """The name of `（佐藤美咲）`, a writer's credit in brackets under a story, or None."""
    m = _BRACKETED.match(text)
    return m.group(1) if m is not None and uncased_name(m.group(1)) else None


@lru_cache(maxsize=_CACHE_LINES)
def looks_like_name_line(text: str) -> bool:
    """A line that is just a person's name (`Nadia Okafor`, `Luis De
    LeonView More Articles`, `TOM BENNETT`), perhaps with a place or an outlet
    after a comma (`Jane Roe, Melbourne Cricket Ground`): a byline only when it
    sits beside other header lines, which the caller decides. Names have no
    function words, no words of menus or places, and are shouted in capitals
    only when they open with a common given name."""
    if len(text) > _MAX_NAME_LINE or not text[:1].isupper() or "/" in text:
        return False  # `Jane Roe / Getty Images` is a picture credit
    first, _, rest = text.partition(" ")
    rest = rest.lstrip()
    if not rest or not (rest[:1].isupper() or rest.split(None, 1)[0] in _PARTICLES):
        return False  # cheap tests first: most lines are no names
    first = first.rstrip(",")
    if not _NAME_WORD.match(first) or first.casefold() in NOT_NAME_WORDS or _fold(first) in NOT_NAME_NOUNS:
        return False
    if _ELIDED_ARTICLE.match(first):
        return False  # `L'Écho du Port`, `L’Unione Sarda`: a title opens with an article
    if "@" in text:
        text = _CONTACT.sub(" ", text).replace("( )", " ")  # `Jane Doe (@janedoe)`
    if text.endswith(")"):
        text = _ASIDE.sub("", text)  # `Jane Roe (with agencies)`
    bare = _TAIL.split(text, maxsplit=1)[0].strip(" ,.|")
    head, comma, tail = bare.partition(",")
    if comma and _listed_people(bare):
        return True
    if comma and not _place_after_name(tail):
        return False
    if " " in head and any(w in _JOINS_PEOPLE for w in head.split()):
        # `Lwazi Ngcobo and Anel du Plessis`: two to four names, each a name line's
        people = [p for p in _SPLIT_PEOPLE.split(head) if p]
        return 2 <= len(people) <= 4 and all(_bare_name(_without_titles(p)) for p in people)
    return _bare_name(_without_titles(head))


def _bare_name(head: str) -> bool:
    """What looks_like_name_line asks of the name itself."""
    words = head.split()
    if not 2 <= len(words) <= 4:
        return False
    if head.isupper() and not given_name(head):
        return False
    if not given_name(head) and any(
        len(w) >= _MIN_SUFFIXED_CHARS and _fold(w).endswith(_NOUN_SUFFIXES) for w in words[1:]
    ):
        return False  # `Royal Self-Indicting Arrogance`: a title's words, not a name's
    # a middle initial without its full stop after a given name (`Jane A Roe`) is no function word
    initial = len(words) == 3 and len(words[1]) == 1 and given_name(head)
    if any(w.casefold() in NOT_NAME_WORDS and not (initial and k == 1) for k, w in enumerate(words)):
        return False
    return _looks_like_name(head)


# Endings of abstract nouns that names do not have (`-ance` in `Arrogance`, not
# in `Vance`: a word this long at least), asked of a line that opens with no
# common given name.
_NOUN_SUFFIXES = ("tion", "sion", "ness", "ment", "ance", "ity", "ism", "ship", "less")
_MIN_SUFFIXED_CHARS = 7


def _listed_people(bare: str) -> bool:
    """Two to four people with common given names, commas between them, and
    perhaps the town they file from last: `Sanne de Vries, Thijs Bakker`,
    `Ольга Мельник, Андрій Бойко, Житомир` (a list of places or of tags has no
    given name opening each piece)."""
    pieces = [p.strip() for p in bare.split(",")]
    if len(pieces) >= 3 and _place_after_name(pieces[-1]):
        pieces.pop()
    return 2 <= len(pieces) <= MAX_LISTED_PEOPLE and all(_bare_name(p) and given_name(p) for p in pieces)


MAX_LISTED_PEOPLE = 4


def _place_after_name(tail: str) -> bool:
    """`Melbourne Cricket Ground`, `Northeast Ohio Media Group`, `Ph.D.`: a
    title-case place or outlet, or a credential, after a name's comma; not a
    second name or a sentence."""
    words = tail.replace(",", " ").split()
    if not 1 <= len(words) <= _MAX_ROLE_TAIL_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if all(_is_credential(w) for w in words):
        return True  # `Jane Roe, Ph.D.`
    if len(words) == 1 and len(words[0]) >= _MIN_PLACE_CHARS and words[0][1:].islower() and not given_name(words[0]):
        return True  # `Rahel Zimmermann, Chur`: the town the writer files from
    return any(_fold(w) in NOT_NAME_NOUNS or w.casefold() in ROLE_WORDS for w in words)


# A one-word place after a name's comma has at least this many letters.
_MIN_PLACE_CHARS = 3


# A line under a name that says who the person is, not another name: a job
# (`Senior Transport Correspondent`) or contact details (`jane.roe@post.no`).
MAX_ROLE_LINE_WORDS = 5


def job_line(text: str) -> bool:
    """A job title standing alone under a writer's name (`Senior Correspondent`)."""
    words = text.split()
    return (
        1 <= len(words) <= MAX_ROLE_LINE_WORDS
        and words[-1].casefold().strip(".,") in JOB_WORDS | DESK_WORDS
        and not any(c.isdigit() for c in text)
    )


def role_or_contact_line(text: str) -> bool:
    """A job title or contact details (an e-mail, a handle, a phone number)
    standing alone under a writer's name."""
    return job_line(text) or (len(text.split()) <= MAX_ROLE_LINE_WORDS and _CONTACT.fullmatch(text.strip()) is not None)


def desk_line(text: str) -> bool:
    """A desk or staff byline: `Our Foreign Staff`, `Telegraph Sport`, `By Our
    Correspondent`, `Web Desk`."""
    rest = _LEAD.sub("", text)
    words = rest.strip(" .,").split()
    if not 2 <= len(words) <= 4 or words[-1].casefold() not in DESK_WORDS:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    if words[0].casefold() == "our":  # `Our Staff` alone is a menu link; `By Our Staff` is not
        return len(words) >= 3 or rest != text
    return words[0].casefold() not in NOT_NAME_WORDS


def copyright_name(text: str) -> str | None:
    """The person a copyright line names (`© 2002, 2003 Jamie Zawinski`), when it
    names a person rather than a company."""
    if len(text) > _MAX_NAME_LINE:
        return None
    found = _COPYRIGHT.match(text.strip())
    if found is None:
        return None
    name = found.group(1).strip()
    return name if 2 <= len(name.split()) <= 4 and given_name(name) and _looks_like_name(name) else None
