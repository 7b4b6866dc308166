"""Invented articles made from a seed, for tests that need many or large inputs:
scaling, determinism, every line landing in its field. The same seed always
gives the same text, so a failure can be reproduced from the seed it names."""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable

FIRST_NAMES = ["Ana", "Tomas", "Mira", "Jonas", "Lena", "Ravi", "Ines", "Kofi", "Sofia", "Pavel", "Hana", "Omar"]
LAST_NAMES = ["Torres", "Brandt", "Costa", "Okafor", "Ortiz", "Lindqvist", "Marsh", "Novak", "Haddad", "Sato"]
PLACES = ["PORTMOUTH", "VALDERAS", "NORTHBRIDGE", "KESTREL BAY", "ALDERMOOR", "SAN LUCENA"]
AGENCIES = ["Reuters", "AP", "AFP"]
ROLES = ["the mayor", "a spokeswoman for the council", "the harbour master", "a local shop owner"]
SUBJECTS = ["The council", "The port authority", "The ministry", "Engineers", "Residents", "The union", "Officials"]
VERBS = ["said", "announced", "warned", "confirmed", "argued", "reported"]
OBJECTS = [
    "the old harbour bridge would close to cars from January",
    "ferry fares would rise by a fifth in the spring",
    "repairs to the sea wall would take at least eighteen months",
    "the new tram line was running three weeks behind schedule",
    "the fish market would move to the eastern quay next year",
    "water rates would be frozen until the end of the decade",
]
QUOTES = [
    "We cannot take the risk of waiting another winter",
    "Nobody has asked the people who live here",
    "The numbers simply do not add up",
    "This is the first good news the town has had in years",
    "We will keep the service running whatever it costs",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
FURNITURE = ["Advertisement", "Share this article", "Read more", "Subscribe to our newsletter"]
SECTIONS = ["Local news", "Business", "Transport", "World"]


def _name(rnd: random.Random) -> str:
    return f"{rnd.choice(FIRST_NAMES)} {rnd.choice(LAST_NAMES)}"


def _sentence(rnd: random.Random) -> str:
    day = rnd.choice(["Monday", "Tuesday", "Friday"])
    return f"{rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} on {day} that {rnd.choice(OBJECTS)}."


def _paragraph(rnd: random.Random) -> str:
    kind = rnd.random()
    if kind < 0.35:
        return f"“{rnd.choice(QUOTES)},” {_name(rnd)} {rnd.choice(VERBS[:2])}. " + _sentence(rnd)
    if kind < 0.5:
        return f"{rnd.choice(ROLES).capitalize()} called the plan “{rnd.choice(QUOTES).lower()}” and left it there."
    return " ".join(_sentence(rnd) for _ in range(rnd.randint(1, 3)))


def article(rnd: random.Random) -> list[str]:
    """One article as its lines (blank lines between blocks)."""
    day, month, year = rnd.randint(1, 28), rnd.choice(MONTHS), rnd.randint(2015, 2024)
    headline = f"{rnd.choice(SUBJECTS)} says {rnd.choice(OBJECTS)}"
    authors = [_name(rnd) for _ in range(rnd.choice([1, 1, 2, 3]))]
    byline = "By " + (authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1])
    blocks = [rnd.choice(SECTIONS), headline, byline, f"Published {day} {month} {year} 10:{rnd.randint(10, 59)}"]
    agency = rnd.choice(AGENCIES)
    blocks.append(f"{rnd.choice(PLACES)}, {month[:3]} {day} ({agency}) - " + _sentence(rnd))
    for _ in range(rnd.randint(3, 8)):
        blocks.append(_paragraph(rnd))
        if rnd.random() < 0.15:
            blocks.append(rnd.choice(FURNITURE))
    if rnd.random() < 0.5:
        blocks.append(
            f"Boats at the quay in {rnd.choice(PLACES).title()} on {month} {day}. (Photo: {agency}/{_name(rnd)})"
        )
    blocks.append(rnd.choice(FURNITURE))
    return blocks


def articles(seed: int, size: int) -> str:
    """Articles one after another, three blank lines apart, until `size` characters."""
    return _one_after_another(article, seed, size)


def _one_after_another(make: Callable[[random.Random], list[str]], seed: int, size: int) -> str:
    """What `make` gives (blocks, blank lines between) again and again, three
    blank lines apart, until `size` characters."""
    rnd = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        text = "\n\n".join(make(rnd))
        out.append(text)
        total += len(text) + 3
    return "\n\n\n".join(out) + "\n"


def wrapped_articles(seed: int, size: int, width: int = 64) -> str:
    """`articles`, with every block longer than `width` wrapped at `width`, as
    text saved from e-mail or a terminal is."""
    blocks = articles(seed, size).split("\n\n")
    return "\n\n".join("\n".join(textwrap.wrap(b, width)) if len(b) > width else b for b in blocks)


def hard_wrapped(seed: int, size: int, width: int = 60) -> str:
    """One article whose body is one paragraph of `size` characters wrapped at
    `width`, every line ending in `and` (so every line runs on into the next)."""
    rnd = random.Random(seed)
    words = " ".join(_sentence(rnd).rstrip(".") for _ in range(8)).split()
    lines: list[str] = []
    total = 0
    while total < size:
        line: list[str] = []
        while sum(len(w) + 1 for w in line) < width:
            line.append(rnd.choice(words))
        lines.append(" ".join(line) + " and")
        total += len(lines[-1]) + 1
    return f"{rnd.choice(SUBJECTS)} faces a hard year\n\nBy {_name(rnd)}\n\n" + "\n".join(lines) + "\nthat was all.\n"


def _teaser(rnd: random.Random) -> str:
    """A related-story title, long enough to be looked for again on its page."""
    return f"{rnd.choice(SUBJECTS)} in {rnd.choice(PLACES).title()} {rnd.choice(VERBS)} {rnd.choice(OBJECTS)}"


def page(rnd: random.Random) -> list[str]:
    """A whole page as a scraper saves it: a menu, a most-read list, one article,
    and the same list again under it with related titles each shown once."""
    teasers = [_teaser(rnd) for _ in range(rnd.randint(3, 6))]
    menu = " ".join(rnd.sample(SECTIONS, len(SECTIONS)))
    related = [_teaser(rnd) + f" ({rnd.randint(2, 99)} photos)" for _ in range(rnd.randint(6, 12))]
    return [menu, "Most read", *teasers, *article(rnd), "Related stories", *teasers, *related, "© The Harbour Post"]


def pages(seed: int, size: int) -> str:
    """Whole pages one after another, three blank lines apart, until `size` characters."""
    return _one_after_another(page, seed, size)


def boxed_story(seed: int, size: int) -> str:
    """One article whose body runs to `size` characters with a list heading
    between every two paragraphs (`You may also like`): each heading asks
    whether the body ends there."""
    rnd = random.Random(seed)
    blocks = [f"{rnd.choice(SUBJECTS)} says {rnd.choice(OBJECTS)}", f"By {_name(rnd)}", "Published 3 March 2024"]
    total = 0
    while total < size:
        # numbered, so that no paragraph is shown twice (a page's second copy of its story)
        blocks += [f"{_paragraph(rnd)} It was the {len(blocks)}th meeting.", "You may also like"]
        total += len(blocks[-2]) + len(blocks[-1]) + 4
    return "\n\n".join(blocks) + "\n"
