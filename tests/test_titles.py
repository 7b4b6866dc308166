"""Title evidence (`evidence/titles.py`): how much a line looks like a headline;
and the headline candidates' shape features (`decisions/headline.py`)."""

from __future__ import annotations

import datetime as dt

from newsparse import parse_text
from newsparse.decisions.headers import clusters
from newsparse.decisions.headline import best_above, headline_options
from newsparse.evidence import gather
from newsparse.evidence.titles import headline_quality, title_like
from newsparse.text import split_lines

NOW = dt.datetime(2024, 12, 1, 12, 0, tzinfo=dt.UTC)


def _quality(line: str) -> float:
    ev = gather(split_lines(line + "\n"), NOW)
    return headline_quality(ev, 0)


def test_reported_speech_in_lower_case_marks_a_sentence_of_the_story() -> None:
    # the same words, once a sentence reporting speech and once a title
    assert _quality("Nobody told me before I ran for the city council, the mayor said") < _quality(
        "Nobody Warned Me Before I Ran for the City Council, the Mayor Writes"
    )


def test_told_in_a_title_case_headline_is_no_report() -> None:
    assert _quality("What Nobody Told Me Before I Ran for the City Council") == _quality(
        "What Nobody Warned Me Before I Ran for the City Council"
    )


def test_a_glued_menu_is_menu_words_and_a_title_case_title_is_not() -> None:
    menu = "The Latest Opinion Politics Culture Climate The Magazine"
    title = "Late Night Bus Routes Made Permanent"
    body = (
        "The council voted on Monday to keep the late-night buses running on four routes, after a "
        "two-year trial that carried more than 400,000 passengers across the city."
    )
    ev = gather(split_lines(f"{menu}\n{title}\n\n{body}\n"), NOW)
    features = {ev.lines[o.line].text: o.features for o in headline_options(ev, 0, 3, 4) if o.line is not None}
    assert features[menu]["menu_words"] == 1.0
    assert features[title]["menu_words"] == 0.0


def test_a_title_over_its_standfirst_parts_the_anchors_around_it() -> None:
    lines = [
        "By Omar Haddad",
        "Cracking the sitcom code",
        "After signing up to write a script for television, I learned that most comedies follow a simple formula.",
        "Nov. 18, 2024, 8:01 AM",
    ]
    ev = gather(split_lines("\n".join(lines) + "\n"), NOW)
    # the teaser's byline above is no part of the header under the title
    assert clusters(ev, 0, len(lines)) == [[0], [3]]


def test_a_headers_title_is_looked_for_no_further_up_than_another_headers_anchor() -> None:
    lines = [
        "The internet cannot create social change",
        "By Lena Park",
        "Cracking the sitcom code",
        "After signing up to write a script for television, I learned that most comedies follow a simple formula.",
        "Nov. 18, 2024, 8:01 AM",
    ]
    ev = gather(split_lines("\n".join(lines) + "\n"), NOW)
    found = best_above(ev, 4, 0, 6, own_anchors=True)
    assert found is not None and found[0] == 2


def test_a_headline_over_its_standfirst_and_unmarked_summary_points_is_chosen() -> None:
    # a tabloid's layout: the headline, a long standfirst and three summary points
    # whose markers the scrape lost, then the byline and the time
    page = (
        "HARBOUR DRAMA\n"
        "'It was like a wall of water': Lifeboat crews pull six from capsized ferry off Kestrel Point\n"
        "Passengers clung to the hull for forty minutes as the crossing's only ferry rolled over in a squall, "
        "with two lifeboats and a coastguard helicopter sent to the scene\n"
        "Six passengers rescued after the harbour ferry capsized in a sudden squall\n"
        "Coastguard helicopter and two lifeboats launched from Kestrel Point at 3pm\n"
        "Ferry was due for its annual safety inspection next month, operator says\n"
        "By Jane Roe, News Reporter\n"
        "Published: 16:48 BST, 12 August 2023\n"
        "\n"
        "Six people were pulled from the sea off Kestrel Point on Saturday afternoon after the harbour ferry "
        "capsized in a sudden squall, the coastguard said.\n"
        "\n"
        "The ferry, which carries up to forty passengers on the short crossing to the island, rolled over "
        "about two hundred metres from the quay, witnesses told reporters at the harbour.\n"
    )
    (record,) = parse_text(page, now=NOW)
    assert record.headline is not None and record.headline.startswith("'It was like a wall of water'")


def test_a_title_quoted_with_a_dash_is_a_title_and_a_dashed_list_item_is_not() -> None:
    quoted = "Nyheter\n– Det var helt svart av røyk\nBrann i tre naust på kaia tirsdag kveld.\n"
    listed = "Slik gjør du:\n– Hold avstand til brannen\n– Ring nødnummeret med en gang\n"
    ev = gather(split_lines(quoted), NOW)
    assert title_like(ev, 1)
    ev = gather(split_lines(listed), NOW)
    assert not title_like(ev, 1)


def test_a_news_tickers_line_is_a_candidate_only_when_the_body_speaks_of_it() -> None:
    """A ticker over another story is no headline candidate; one over its own
    story is, and its label reads as a promo's opener."""
    other = (
        "Última hora: Cortada la autovía por un accidente múltiple\n"
        "Los embalses bajan al 19% en marzo\n"
        "Los embalses de la cuenca bajan al 19% y la Junta prohíbe el riego de jardines en marzo.\n"
    )
    own = (
        "BREAKING: Fire closes Harlow ring road\n"
        "Harlow news\n"
        "A fire at a tyre depot has closed the Harlow ring road in both directions, and drivers are told to avoid it.\n"
    )
    options = [
        {o.line: o.features for o in headline_options(gather(split_lines(page), NOW), 0, 2, 3)} for page in (other, own)
    ]
    assert list(options[0]) == [1]
    assert options[1][0]["promo_opener"] == 1.0 and options[1][1]["promo_opener"] == 0.0


def test_a_link_to_the_post_before_or_after_is_no_headline_candidate() -> None:
    """A blog sets the titles of its neighbouring posts apart with an arrow at
    one end; a title quoting someone in guillemets keeps its closing mark."""
    page = (
        "« Five cider farms worth the drive this autumn\n"
        "Three pub quizzes we lost this month ›\n"
        "Why the Bell Street bakery is moving after forty years\n"
        "« On reste ici » : à Vernay, les bouchers refusent de partir\n"
    )
    ev = gather(split_lines(page), NOW)
    assert sorted(o.line for o in headline_options(ev, 0, 4, 4)) == [2, 3]


def test_a_line_wrapping_a_nearby_title_is_no_headline_candidate() -> None:
    """A breadcrumb that ends in the title, a title bar that adds the site's name
    and a blog's links to its neighbouring posts are no headline; a kicker
    before the title (`Bad Wendelstal: ...`) is part of it."""
    page = (
        "You are here: Home / Parish News / Harvest supper is back for the autumn\n"
        "Harvest supper is back for the autumn\n"
        "Harvest supper is back for the autumn | St Brigid's Parish\n"
        "« A new roof for the hall | Main | Choir practice moves to Tuesdays »\n"
        "Kestrel Bay: Council votes to rebuild the tidal swimming pool\n"
        "Kestrel Bay\n"
    )
    ev = gather(split_lines(page), NOW)
    assert sorted(o.line for o in headline_options(ev, 0, 6, 6)) == [1, 4, 5]
