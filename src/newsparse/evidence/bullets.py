"""Bullet evidence: a list marker (`•`, `-`, `*`, `▪`, `1.`) and the headings
(`Key points`, `Highlights`) that put unmarked summary lines under them."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..text import Line
from . import datelines
from .features import CLOSERS, is_sitewide

MARKER = regex.compile(r"^(?:[•●▪■◆◦‣∙·*►▶✓✔]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")
# At most this many unmarked bullets follow a heading (or a headline:
# `line_rules/bullet.py`), each at most this long.
MAX_UNMARKED_BULLETS = 5
MAX_BULLET_WORDS = 45
# The fewest words of an unmarked bullet.
MIN_BULLET_WORDS = 6
# A line this many times longer than every bullet above it is no bullet.
LONGER_THAN_BULLETS = 2
# Headings after which unmarked lines are summary bullets, up to the body.
BULLET_HEADINGS = frozenset(
    {
        "key points", "highlights", "key highlights", "story highlights", "in brief", "in short", "at a glance",
        "the big picture",
        "summary", "key takeaways", "takeaways", "key facts", "fast facts", "quick facts", "what you need to know",
        "the gist", "tl;dr",
        "what we know", "here's what we know", "here’s what we know", "what to know", "quick read", "quick reads",
        # in the other languages read
        "en bref", "l'essentiel", "l’essentiel", "das wichtigste in kürze", "en resumen", "lo más importante",
        "resumo", "resumo da notícia", "in sintesi", "in breve", "ringkasan", "samenvatting",
        "lo que debe saber", "lo que sabemos", "lo que hay que saber", "ce qu'il faut savoir", "ce qu’il faut savoir",
        "o que se sabe", "o que você precisa saber", "das müssen sie wissen", "kurz und knapp", "in kürze",
    }
)  # fmt: skip


_FULL_STOPS = (".", "!", "?", "。", "।")


def _ends_in_full_stop(text: str) -> bool:
    """The line ends in a full stop, perhaps inside closing quotes or brackets."""
    return text.rstrip(CLOSERS + " ").endswith(_FULL_STOPS)


def _note(text: str) -> bool:
    """Site-wide text under a heading: a note on the list, not a point of it."""
    return is_sitewide(text, len(text.split()))


def strip_marker(text: str) -> str | None:
    m = MARKER.match(text)
    if not m or m.end() == len(text):
        return None
    return text[m.end() :].strip()


def is_heading(text: str) -> bool:
    """`Key points`, and such a heading with its subject (`Fast facts on plantar fasciitis`)."""
    folded = text.casefold().strip(" :")
    if folded in BULLET_HEADINGS:
        return True
    head, on, _ = folded.partition(" on ")
    return bool(on) and head in BULLET_HEADINGS and len(folded.split()) <= MAX_HEADING_WORDS


# A bullet heading with its subject is short.
MAX_HEADING_WORDS = 8


def under_heading(lines: Sequence[Line], i: int) -> bool:
    """Whether line i belongs to the unbroken run of a few short lines under a
    bullet heading (`Key points`); a paragraph that opens with a dateline is
    the story's first, not a bullet, and the list's note (`Summary is AI
    generated, newsroom reviewed.`) is none either."""
    for seen, j in enumerate(range(i - 1, -1, -1), 1):
        text = lines[j].text
        if not text:
            return False  # a blank line ends the list
        if is_heading(text):
            return _point_under(lines, j, i)
        if seen > MAX_UNMARKED_BULLETS or len(text.split()) > MAX_BULLET_WORDS:
            return False
    return False


def _point_under(lines: Sequence[Line], heading: int, i: int) -> bool:
    """Line i, under the heading with only a few short lines between, is one of
    its points. (Asked only once a heading is found: most lines stand under none,
    and the site-wide and dateline patterns cost more.)"""
    if _note(lines[i].text):
        return False
    between = [lines[j].text for j in range(heading + 1, i) if not _note(lines[j].text)]
    if len(between) >= MAX_UNMARKED_BULLETS:
        return False
    points = [t for t in between if len(t.split()) >= MIN_BULLET_WORDS]  # a label (`AI-assisted summary`) is none
    if points:
        # the story's first paragraph may follow the points with no blank line:
        # it is much longer than they are, or a sentence under points written
        # without full stops
        if len(lines[i].text.split()) > LONGER_THAN_BULLETS * max(len(t.split()) for t in points):
            return False
        if not any(_ends_in_full_stop(t) for t in points) and _ends_in_full_stop(lines[i].text):
            return False
    return datelines.match(lines[i].text) is None
