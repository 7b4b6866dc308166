"""Byline decision: which line names the article's writers, if any.

Candidates are the lines around the article's header and just after its body
that read as a byline (`By Jane Doe`, `Jane Doe | Reuters`, a bare name, the
line after a lone `By`, the name beside a time on a time line, a desk line,
a copyright line naming a person), and "none": pages without a byline are
common, and a line that merely looks like a name (a tag, a section) must lose
to none. Each is scored by the fitted `BYLINE` weights on what it is (a `By`
lead, capitals, contact details, a role, a common given name, an agency rather
than a person) and where it stands (beside the headline, beside a time, under
a teaser title, after the body, above an author's bio). Writers named one a
line, each under the job or e-mail line of the one before, join the chosen
name in one byline (`BylinePick.more`).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..evidence import Evidence
from ..evidence import bylines as byline_evidence
from ..evidence.anchors import BYLINE, NAME, TIME
from ..evidence.features import is_author_heading, is_furniture
from ..evidence.meta import names_agree
from ..evidence.times import leftovers
from ..evidence.titles import title_like
from ..htmltext import PageMeta
from ..vocab.agencies import AGENCIES
from ..vocab.roles import ACCOUNT_LINES, BYLINE_LEADS, PROVIDER_LABELS, ROLE_WORDS
from .headers import before_comments
from .scoring import Choice, Features, Option, choose
from .weights import BYLINE as WEIGHTS

# How far above the headline (or the body, without one) and below the body a
# byline is looked for, in non-blank lines.
REACH_ABOVE = 12
# Further above than REACH_ABOVE, only a line with a byline label is looked at
# (the headline chosen may be a teaser's below the article's own).
FAR_REACH_ABOVE = 40
REACH_BELOW = 16
# Further below than REACH_BELOW, only a name whose bio follows it is looked at
# (an author box under the page's lists of links).
FAR_REACH_BELOW = 40
# Candidates this close together (in non-blank lines) make a list.
LIST_REACH = 4
# How many of the body's first and last lines may hold the byline.
BODY_EDGE = 3
_CONTACT = regex.compile(r"@\w|\S@\S|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")
_LEAD = regex.compile(r"(?i)^(?:by|written by|posted by|words by|story by|reporting by)\b")
# Labels with a colon that name the writer, in any language (`Autor:`, `Texto:`):
# as much a lead as `By`.
_COLON_LABELS = tuple(lead for lead in BYLINE_LEADS if lead.endswith((":", "：")))
_WORD_BUCKETS = ((2, "words_1_2"), (4, "words_3_4"), (8, "words_5_8"))
# An author's bio or author box: `Jane Roe is a reporter ...`, `More from Jane
# Roe`, `Kristin is a contributing editor ...` (group 1 or 2 is the name).
_BIO = regex.compile(
    r"^(?:(?:About|More from|More by|Articles by|Stories by|Posts by|Contact|Follow|Email)\s+"
    r"(\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3})\s*$"
    r"|(\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,3})\s+"
    r"(?:is|was|has|writes|covers|joined|lives|reports|teaches|serves|works)\s)"
)
# A bio is looked for outside the body and in its last lines.
BIO_BODY_TAIL = 3


@dataclass(frozen=True, slots=True)
class BylinePick:
    """The chosen byline: its line and the byline text (the whole line, or the
    part of a time line that names the writers)."""

    index: int
    text: str
    # the lines of the other writers named one a line beside the chosen one
    # (`Jane Roe` / `Staff writer` / `Bo Park` / `Reporter`), each with its name
    more: tuple[tuple[int, str], ...] = ()


# How many writers named one a line a byline may list.
MAX_CO_AUTHORS = 4


def _co_authors(ev: Evidence, i: int, start: int, stop: int) -> tuple[tuple[int, str], ...]:
    """The writers named one a line beside a bare name (line i), each name
    under the job or contact line of the one before it: `Lim Wei Ting` /
    `Senior Correspondent` / `Farah Nadzirah` / `Correspondent` (a bare name
    right after a name is something else: a section, a tag)."""
    found: list[tuple[int, str]] = []
    below = ev.nonblank(i + 1, min(stop, i + 1 + 4 * MAX_CO_AUTHORS))[: 2 * MAX_CO_AUTHORS]
    above = ev.nonblank(max(start, i - 4 * MAX_CO_AUTHORS), i)[::-1][: 2 * MAX_CO_AUTHORS]
    for lines in (below, above):
        # pairs of (the line beside the last name, the next name out)
        for k in range(0, len(lines) - 1, 2):
            role, name = lines[k], lines[k + 1]
            if not byline_evidence.role_or_contact_line(ev.lines[role].text) or not _another_name(ev, name):
                break
            found.append((name, ev.lines[name].text))
    return tuple(sorted(found)[:MAX_CO_AUTHORS])


def _job_below(ev: Evidence, i: int, stop: int) -> bool:
    """The line under a name is the person's job (`Senior Entertainment Editor`)."""
    below = ev.nonblank(i + 1, min(stop, i + 3))[:1]
    return bool(below) and byline_evidence.job_line(ev.lines[below[0]].text)


def _bare_name(ev: Evidence, i: int, text: str) -> bool:
    e = ev.of[i]
    return e is not None and e.name_line and text == ev.lines[i].text


def _another_name(ev: Evidence, j: int) -> bool:
    e = ev.of[j]
    return e is not None and e.name_line and ev.anchors[j] in (None, NAME) and not e.features.furniture


def _candidate_text(ev: Evidence, i: int) -> tuple[str, str] | None:
    """(byline text, how the line reads as one) for a line that could be the byline."""
    e = ev.of[i]
    if e is None or e.lead_only:
        return None
    text = ev.lines[i].text
    if e.features.furniture or e.features.sitewide:
        # a copyright line is furniture, but on a personal page it names the writer
        name = byline_evidence.copyright_name(text) if text[:1] in "©(Cc" else None
        return None if name is None else (name, "copyright")
    previous = ev.previous_nonblank(i, 0)
    if previous is not None and ev.key(previous) in PROVIDER_LABELS:
        return None  # the company under `NEWS PROVIDED BY` issued the release; it did not write it
    if previous is not None and (p := ev.of[previous]) is not None and p.lead_only:
        return text, "after_label"
    if previous is not None and (e.name_line or e.byline is not None) and is_author_heading(ev.lines[previous].text):
        return text, "after_label"  # `About the author` / `Jane Roe`: the author box's heading labels the name
    if e.times is not None:  # a time line: the name beside the time
        for piece in leftovers(text, e.times):
            if is_furniture(piece):
                continue
            if byline_evidence.match(piece) is not None:
                return piece, "in_time_line"
            if byline_evidence.looks_like_name_line(piece):
                return piece, "name_in_time_line"
            if byline_evidence.uncased_name(piece) and text.startswith(piece):
                # `佐藤健一 2014年11月5日`: a name without capitals opens the line
                # (what follows the time there is its zone or place: `بتوقيت بيروت`)
                return piece, "name_in_time_line"
        return None
    if e.byline is not None:
        return e.byline, "byline"
    if e.name_line or ev.anchors[i] == NAME:
        if e.credit:
            return None  # `Fot. Archiwum Kuriera`: a picture's credit, not a name
        return None if _beside_account(ev, i) else (text, "bare_name")
    if e.features.words <= 8:
        if byline_evidence.desk_line(text):
            above = ev.of[previous] if previous is not None else None
            return None if above is not None and above.name_line else (text, "desk")  # a name's job, not a desk
        name = byline_evidence.copyright_name(text) if text[:1] in "©(Cc" else None
        if name is not None:
            return name, "copyright"
    return None


def _beside_account(ev: Evidence, i: int) -> bool:
    """A name beside `Sign Out` or `My Account` is the signed-in reader's."""
    around = ev.nonblank(max(0, i - 4), i)[-2:] + ev.nonblank(i + 1, i + 5)[:2]
    return any(ev.key(j).strip() in ACCOUNT_LINES for j in around)


def _shape(text: str, how: str, bio: set[str], meta: PageMeta | None) -> Features:
    words = text.split()
    bucket = next((name for top, name in _WORD_BUCKETS if len(words) <= top), "words_9_up")
    letters = [c for c in text if c.isalpha()]
    names = byline_evidence.authors(text)
    first = names[0] if names else ""
    agency = first.casefold() in AGENCIES
    return {
        how: 1.0,
        bucket: 1.0,
        # a sign-off's dash or brackets mark the writer under a story as `By`
        # does above it (`— Jane Roe`, `（佐藤美咲）`)
        "lead": float(
            bool(_LEAD.match(text))
            or text.casefold().startswith(_COLON_LABELS)
            or byline_evidence.signs_off(text)
            or byline_evidence.bracketed_name(text) is not None
        ),
        "capitals": float(bool(letters) and all(c.isupper() for c in letters)),
        "contact": float(bool(_CONTACT.search(text))),
        "role": float(any(w.casefold().strip(".,|") in ROLE_WORDS for w in words)),
        "authors": float(len(names) > 0),
        "given_name": float(not agency and byline_evidence.given_name(first)),
        "agency": float(agency),
        "bio": float(bool(first) and _in_bio(first, bio)),
        "meta_author": float(names_agree(meta, names)),
    }


def _bio_subjects(ev: Evidence, start: int, stop: int, body_start: int, body_stop: int) -> set[str]:
    """The names (case-folded) the article's author bios and author boxes speak of."""
    body_tail = ev.nonblank(body_start, body_stop)[-BIO_BODY_TAIL:]
    found: set[str] = set()
    for i in [*ev.nonblank(start, body_start), *body_tail, *ev.nonblank(body_stop, stop)]:
        text = ev.lines[i].text
        if not text[:1].isupper():
            continue
        subject = _bio_subject(text)
        if subject is not None:
            found.add(subject)
    return found


def _bio_subject(text: str) -> str | None:
    """Whom a bio line speaks of (case-folded), or None for no bio line."""
    m = _BIO.match(text)
    return None if m is None else (m.group(1) or m.group(2)).casefold()


def _bio_follows(ev: Evidence, i: int, stop: int) -> bool:
    """Line i is a name and the next line is a bio of that person (`Jane Roe` /
    `Jane is a contributing editor ...`)."""
    e = ev.of[i]
    if e is None or not e.name_line:
        return False
    following = ev.nonblank(i + 1, min(stop, i + 4))[:1]
    if not following:
        return False
    subject = _bio_subject(ev.lines[following[0]].text)
    return subject is not None and _in_bio(ev.lines[i].text, {subject})


def without_bio(ev: Evidence, body_start: int, body_stop: int, pick: BylinePick | None) -> int:
    """Where the body ends once the byline's own writers' bios are taken off
    its end (`Jane Roe covers education for the Courier. Contact her at ...`):
    they are about the writer, not the story."""
    if pick is None:
        return body_stop
    names = [name.casefold() for name in byline_evidence.authors(pick.text)]
    stop = body_stop
    for i in reversed(ev.nonblank(body_start, body_stop)[-BIO_BODY_TAIL * 2 :]):
        f = ev.features(i)
        if f is not None and not f.prose and stop == body_stop:
            continue  # the furniture under the bio (`2 Comments`, a commenter's name)
        subject = _bio_subject(ev.lines[i].text)
        if subject is None or not any(_in_bio(name, {subject}) for name in names):
            break
        stop = i
    return stop if ev.count_nonblank(body_start, stop) else body_stop


def _in_bio(name: str, bio: set[str]) -> bool:
    """The name, or its given name alone (`Kristin is ...`), is a bio's subject."""
    folded = name.casefold()
    words = folded.split()
    return folded in bio or (len(words) >= 2 and words[0] in bio)


def byline_options(
    ev: Evidence, start: int, stop: int, body_start: int, body_stop: int, headline: int | None
) -> tuple[list[Option], dict[int, str]]:
    """The byline candidates of an article (index -1 is "none") with their
    features, and each candidate line's byline text."""
    top = headline if headline is not None else body_start
    above = ev.nonblank(start, top)[-FAR_REACH_ABOVE:]
    header = ev.nonblank(top, body_start)
    body = ev.nonblank(body_start, body_stop)
    edges = body[:BODY_EDGE] + [i for i in body[-BODY_EDGE:] if i not in body[:BODY_EDGE]]
    below = before_comments(ev, ev.nonblank(body_stop, stop))
    after = below[:REACH_BELOW] + [i for i in below[REACH_BELOW:FAR_REACH_BELOW] if _bio_follows(ev, i, stop)]
    options = [Option(None, {"none": 1.0})]
    texts: dict[int, str] = {}
    found_features: dict[int, Features] = {}
    bio: set[str] | None = None
    for i in [*above, *header, *edges, *after]:
        if i == headline:
            continue
        found = _candidate_text(ev, i)
        if found is None:
            continue
        text, how = found
        far = i < top and ev.count_nonblank(i, top) > REACH_ABOVE
        if far and not (how == "byline" and _LEAD.match(text)):
            continue
        texts[i] = text
        if bio is None:
            bio = _bio_subjects(ev, start, stop, body_start, body_stop)
        features = _shape(text, how, bio, ev.meta)
        if how == "bare_name" and _job_below(ev, i, stop):
            features["role"] = 1.0  # `Jane Roe` / `Senior Editor`: the job the one-line form writes after the name
        previous = ev.previous_nonblank(i, start)
        features.update(
            {
                "above_headline": float(i < top),
                "far_above": float(far),
                "above_distance": min(ev.count_nonblank(i, top), REACH_ABOVE) / REACH_ABOVE if i < top else 0.0,
                "in_header": float(top < i < body_start or (headline is None and i in header)),
                "right_below_headline": float(headline is not None and 0 < ev.count_nonblank(headline, i) <= 2),
                "in_body": float(body_start <= i < body_stop),
                "after_body": float(i >= body_stop),
                "after_distance": min(ev.count_nonblank(body_stop, i), REACH_BELOW) / REACH_BELOW
                if i >= body_stop
                else 0.0,
                "time_near": float(_time_near(ev, i, start, stop)),
                "under_title": float(
                    previous is not None and previous != headline and title_like(ev, previous) and i < top
                ),
                "under_title_after_body": float(previous is not None and i >= body_stop and title_like(ev, previous)),
                "shown_again": float(ev.shown[ev.key(i)] > 1),
                "anchor": float(ev.anchors[i] in (BYLINE, NAME)),
            }
        )
        found_features[i] = features
    for i, features in found_features.items():
        block = {j for j, _ in _co_authors(ev, i, start, stop)} if _bare_name(ev, i, texts[i]) else set()
        features["in_list"] = float(_in_list(ev, i, {j: t for j, t in texts.items() if j not in block}))
        options.append(Option(i, features))
    return options, texts


def _in_list(ev: Evidence, i: int, texts: dict[int, str]) -> bool:
    """Another candidate naming someone else stands within LIST_REACH non-blank
    lines: a list of teasers or of staff, not an article's byline."""
    return any(j != i and texts[j] != texts[i] and ev.count_nonblank(min(i, j), max(i, j)) <= LIST_REACH for j in texts)


def _time_near(ev: Evidence, i: int, start: int, stop: int) -> bool:
    """A time line is the candidate itself or among the two lines on either side of it."""
    before = ev.nonblank(max(start, i - 6), i)[-2:]
    after = ev.nonblank(i + 1, min(stop, i + 7))[:2]
    return any(ev.anchors[j] == TIME for j in [*before, i, *after])


def choose_byline(
    ev: Evidence, start: int, stop: int, body_start: int, body_stop: int, headline: int | None
) -> tuple[Choice, BylinePick | None]:
    options, texts = byline_options(ev, start, stop, body_start, body_stop, headline)
    choice = choose("byline", options, WEIGHTS)
    won = choice.winner
    if won is None or won.line is None:
        return choice, None
    text = texts[won.line]
    more = _co_authors(ev, won.line, start, stop) if _bare_name(ev, won.line, text) else ()
    return choice, BylinePick(won.line, text, more)
