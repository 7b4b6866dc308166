"""Article starts (`decisions/articles.py`): what belongs to a new article's header
and what is the previous article's end (issue 12)."""

from __future__ import annotations

import datetime as dt

from newsparse.decisions.articles import _code, _header_block, _moved_up, _wide_gap, start_options
from newsparse.evidence import Evidence, gather
from newsparse.evidence.captions import describes_picture
from newsparse.evidence.features import is_furniture, measure
from newsparse.evidence.titles import title_like
from newsparse.text import split_lines
from newsparse.unwrap import unwrap

NOW = dt.datetime(2025, 12, 5, 12, tzinfo=dt.UTC)
PARAGRAPH = "The council said on Monday that the new bridge would open to traffic in the spring of next year."


def _evidence(lines: list[str]) -> Evidence:
    return gather(unwrap(split_lines("\n".join(lines) + "\n")), NOW)


def _index(ev: Evidence, text: str) -> int:
    return next(i for i, line in enumerate(ev.lines) if line.text == text)


def test_a_header_block_ends_at_two_blank_lines() -> None:
    """The short line right above a title is its header only when at most one blank
    line stands between: two or more are where the previous article ends."""
    for blanks, in_block in ((0, True), (1, True), (2, False)):
        ev = _evidence([PARAGRAPH, "", "Politics", *[""] * blanks, "Bridge opens next spring", "", PARAGRAPH])
        title = _index(ev, "Bridge opens next spring")
        above = ev.nonblank(0, title)
        assert (_index(ev, "Politics") in _header_block(ev, title, above)) is in_block


def test_a_start_moves_up_over_its_own_anchors_only() -> None:
    """A time right above the title opens the article; a credit two blank lines
    above it closes the previous one."""
    own = _evidence([PARAGRAPH, "", "", "", "By Jane Roe", "Bridge opens next spring", "", PARAGRAPH])
    assert _moved_up(own, _index(own, "Bridge opens next spring")) == _index(own, "By Jane Roe")
    other = _evidence([PARAGRAPH, "By Jane Roe", "", "", "Bridge opens next spring", "", PARAGRAPH])
    title = _index(other, "Bridge opens next spring")
    assert _moved_up(other, title) == title


def test_a_wide_gap_is_wider_than_the_text_uses() -> None:
    assert _wide_gap([0, 2, 4, 6]) == 2  # one blank line between paragraphs
    assert _wide_gap([0, 3, 6, 9]) == 3  # two blank lines after every paragraph
    assert _wide_gap([]) == 2


def test_program_code_is_no_title() -> None:
    ev = _evidence(['var u = h === "https:" ? a : b;', "Storm hits coast; thousands lose power"])
    assert _code(ev, 0)
    assert not _code(ev, 1)


def test_a_headline_naming_a_day_is_a_title_not_a_time_line() -> None:
    """A date a headline's phrase runs through is a day it names: the line is
    still a title; a label and a date are a time line."""
    title = "Police seek two witnesses in Dec. 22 harbour bank robbery"
    ev = _evidence([PARAGRAPH, "", title, "", "Published Dec. 22, 2024 at 10:00", "", PARAGRAPH])
    assert title_like(ev, _index(ev, title))
    assert ev.anchors[_index(ev, title)] is None
    assert ev.anchors[_index(ev, "Published Dec. 22, 2024 at 10:00")] is not None


def test_a_gallery_tag_is_no_picture_credit() -> None:
    """`(photos)` after a headline tags a gallery; `(AP Photo)` credits a picture."""
    assert not describes_picture("Old harbour walk draws hundreds of visitors (photos)")
    assert describes_picture("Visitors on the old harbour walk (AP Photo)")


def test_a_title_shown_twice_is_no_list_of_teasers() -> None:
    """The same headline again under a title (its share text) with a byline below
    it is the title's own, not another story's teaser."""
    title = "Harbour bridge reopens after three years of repairs"
    body = [PARAGRAPH, "", PARAGRAPH, "", PARAGRAPH]
    ev = _evidence([*body, "", "", "", title, title, "By Jane Roe", "", *body])
    options = {o.line: o for o in start_options(ev)}
    assert options[_index(ev, title)].features["teasers_below"] == 0.0


def test_a_line_mostly_of_links_is_no_prose() -> None:
    """A picture's address and a post's metadata hold many words, all of a path:
    no paragraph for an article to keep. A sentence with a link is prose."""
    links = (
        "http://example.org/wp-content/uploads/2024/10/harbour_bridge_opening_day_photo_1.jpg 540 960 admin "
        "http://www.example.org/wp-content/uploads/sites/3/2024/03/site_signature_logo.jpg the bridge opens!"
    )
    sentence = "The council said the bridge would open in the spring, as set out at https://example.org/bridge."
    assert not measure(links).prose
    assert measure(sentence).prose


def test_a_full_header_above_a_title_counts_more_than_one_anchor() -> None:
    body = [PARAGRAPH, "", PARAGRAPH, "", PARAGRAPH]
    title = "Harbour bridge reopens after three years of repairs"
    full = _evidence([*body, "", "", "", "Jane Roe", "3 December 2025 09:00", title, "", *body])
    one = _evidence([*body, "", "", "", "3 December 2025 09:00", title, "", *body])
    anchor_above = [
        {o.line: o for o in start_options(ev)}[_index(ev, title)].features["anchor_above"] for ev in (full, one)
    ]
    assert anchor_above == [1.0, 0.5]


def test_a_titles_words_are_looked_for_below_a_long_menu() -> None:
    """A long menu between a title and its body: the title's words are still
    found in the prose below it."""
    title = "Harbour bridge reopens after three years of repairs"
    story = "The harbour bridge reopens on Monday after three years of repairs, the council said in a statement."
    menu = [f"Menu item {n}" for n in range(50)]
    body = [PARAGRAPH, "", PARAGRAPH, "", PARAGRAPH]
    ev = _evidence([*body, "", "", "", title, "", *menu, "", story, "", *body])
    option = {o.line: o for o in start_options(ev)}[_index(ev, title)]
    assert option.features["title_words_after"] > 0.5


def test_a_copyright_line_in_a_variant_sign_is_furniture() -> None:
    assert is_furniture("Copyright ⓒ Example News. All rights reserved")
